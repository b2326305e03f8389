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


PASSWORD_ENV = "REPORT_EXTRACTOR_PDF_PASSWORD"


def read_options(f: Callable) -> Callable:
    """``--password``/``--ask-password`` and ``--pdf-engine``, handed to the command as one ``ReadOptions``
    (through ``make_read_options``)."""
    f = click.option("--pdf-engine", type=click.Choice(["pdfium", "pdfplumber"]), default="pdfium",
                     show_default=True, envvar="REPORT_EXTRACTOR_PDF_BACKEND", show_envvar=True,
                     help="Library that reads PDF text: pdfium is about 15 times faster; a damaged PDF is "
                          "always read with pdfplumber.")(f)
    # A password on the command line is visible to every local user (process list, shell history):
    # the environment variable and the prompt are the safer ways.
    f = click.option("--ask-password", is_flag=True,
                     help="Prompt for the password of encrypted PDFs (input hidden).")(f)
    f = click.option("--password", envvar=PASSWORD_ENV, show_envvar=True,
                     help="Password for encrypted PDFs. Visible to other users in the process list: prefer "
                          f"${PASSWORD_ENV} or --ask-password.")(f)
    return f


def follow_symlinks_option(f: Callable) -> Callable:
    """``--follow-symlinks``: see ``extractor.bulk.inputs.collect``."""
    return click.option("--follow-symlinks", is_flag=True,
                        help="Also read symbolic links whose target lies outside the given files' folders "
                             "(by default they are skipped and listed).")(f)


def make_read_options(password: str | None, pdf_engine: str, ask_password: bool = False):
    from extractor.readers import ReadOptions
    if ask_password:
        password = click.prompt("Password for encrypted PDFs", hide_input=True, err=True)
    return ReadOptions(password=password, pdf_engine=pdf_engine)  # type: ignore[arg-type]


def _octal(ctx: click.Context, param: click.Parameter, value: str) -> int:
    try:
        mode = int(value, 8)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an octal file mode such as 600 or 640", ctx=ctx, param=param)
    if not 0 <= mode <= 0o777:
        raise click.BadParameter(f"{value!r} is not a file mode (000 to 777)", ctx=ctx, param=param)
    return mode


def file_mode_option(f: Callable) -> Callable:
    """``--file-mode``: permissions of the files the command writes (database, exports, pages)."""
    return click.option("--file-mode", default="600", show_default=True, callback=_octal, metavar="OCTAL",
                        envvar="REPORT_EXTRACTOR_FILE_MODE", show_envvar=True,
                        help="Permissions of the files written (they hold personal data: by default only "
                             "their owner may read them).")(f)


def open_db(db, *, create: bool, file_mode: int | None = None):
    from extractor.bulk.store import StoreError, open_store
    try:
        return open_store(db, create=create, file_mode=file_mode)
    except StoreError as exc:
        fail_usage(str(exc))
