"""What the commands share: the report-type and reading options, usage errors, opening the database."""
from __future__ import annotations

import sys
from collections.abc import Callable

import click

from extractor.core import registry
from extractor.core.report_type import ReportType

DB_HELP = "SQLite file or SQLAlchemy URL (postgresql://user@host/db)."


def fail_usage(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def _report_type(ctx: click.Context, param: click.Parameter, value: str | None) -> ReportType:
    try:
        return registry.get(value or None)
    except registry.UnknownReportType as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None


def type_option(help: str = "Report type (schema) of the inputs [default: the installed default]") -> Callable:
    """``-t/--type NAME``, handed to the command as the ``ReportType`` itself."""
    return click.option("-t", "--type", "report_type", metavar="NAME", callback=_report_type,
                        help=f"{help}; installed: {', '.join(registry.names())}.")


def read_options(f: Callable) -> Callable:
    """``--password``, ``--pdf-engine``, ``--ocr``, ``--ocr-lang`` and ``--ocr-dpi``, made one
    ``ReadOptions`` by ``make_read_options``."""
    f = click.option("--ocr-dpi", type=click.IntRange(50, 1200), default=300, show_default=True, metavar="DPI",
                     help="Resolution PDF pages are rendered at for OCR; image files above it are scaled down "
                          "to it.")(f)
    f = click.option("--ocr-lang", default="deu", show_default=True, metavar="LANG",
                     help="Tesseract language(s) for OCR, '+'-joined (deu+eng); each needs its language data "
                          "(Debian: tesseract-ocr-LANG).")(f)
    f = click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                     help="Read pages by OCR (Tesseract): auto = PDF pages without a usable text layer and "
                          "image files; always = every page; never = none (a scan fails as no_text_layer).")(f)
    f = click.option("--pdf-engine", type=click.Choice(["pdfium", "pdfplumber"]), default="pdfium",
                     show_default=True, envvar="REPORT_EXTRACTOR_PDF_BACKEND", show_envvar=True,
                     help="Library that reads PDF text: pdfium is about 15 times faster; a damaged PDF is "
                          "always read with pdfplumber.")(f)
    f = click.option("--password", help="Password for encrypted PDFs.")(f)
    return f


def make_read_options(password: str | None, pdf_engine: str, ocr: str = "auto", ocr_lang: str = "deu",
                      ocr_dpi: int = 300):
    from extractor.readers import ReadOptions
    try:
        return ReadOptions(password=password, pdf_engine=pdf_engine, ocr=ocr, ocr_lang=ocr_lang,  # type: ignore[arg-type]
                           ocr_dpi=ocr_dpi)
    except ValueError as exc:  # a malformed --ocr-lang
        raise click.BadParameter(str(exc)) from None


def open_db(db, *, create: bool):
    from extractor.bulk.store import StoreError, open_store
    try:
        return open_store(db, create=create)
    except StoreError as exc:
        fail_usage(str(exc))
