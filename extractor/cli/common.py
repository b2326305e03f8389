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
    """``-t/--type NAME|FILE``, handed to the command as the ``ReportType`` itself (a type file is read and
    checked here, so that a mistake in it is a usage error naming its line)."""
    return click.option("-t", "--type", "report_type", metavar="NAME|FILE", callback=_report_type,
                        help=f"{help}; installed: {', '.join(registry.names())}; or a type file (form.toml).")


def read_options(f: Callable) -> Callable:
    """``--password`` and ``--pdf-engine``, handed to the command as one ``ReadOptions``."""
    f = click.option("--pdf-engine", type=click.Choice(["pdfium", "pdfplumber"]), default="pdfium",
                     show_default=True, envvar="REPORT_EXTRACTOR_PDF_BACKEND", show_envvar=True,
                     help="Library that reads PDF text: pdfium is about 15 times faster; a damaged PDF is "
                          "always read with pdfplumber.")(f)
    f = click.option("--password", help="Password for encrypted PDFs.")(f)
    return f


def make_read_options(password: str | None, pdf_engine: str):
    from extractor.readers import ReadOptions
    return ReadOptions(password=password, pdf_engine=pdf_engine)  # type: ignore[arg-type]


def open_db(db, *, create: bool):
    from extractor.bulk.store import StoreError, open_store
    try:
        return open_store(db, create=create)
    except StoreError as exc:
        fail_usage(str(exc))
