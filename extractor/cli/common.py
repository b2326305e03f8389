"""The one convention every command follows, and the options and helpers that carry it out.

``CONVENTION`` is its only description: ``report-extractor --help`` prints it, the README quotes it. A
new command takes its inputs with ``inputs_argument``/``checked_inputs``, its output with
``output_options``/``choose_writer``/``open_output`` (a table of ``Writer``s, see
``extractor.reports.writers``; every file is created through ``open_output`` with ``--file-mode``,
0600 by default), shows per-file progress with ``extractor.bulk.progress.BatchProgress``, and ends
with one of the ``EXIT_*`` statuses.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, NoReturn

import click

from extractor.core import registry
from extractor.core.filenames import shown
from extractor.core.private_files import DEFAULT_MODE, open_binary
from extractor.core.report_type import ReportType
from extractor.reports.writers import CSV_DIALECTS, DEFAULT_CSV_DIALECT, CsvStyle, FormatError, Writer, choose

EXIT_OK = 0
EXIT_FAILED = 1      # done, but some files could not be read (or eval: a figure below its threshold)
EXIT_USAGE = 2       # nothing done: the command line must change
EXIT_INTERRUPTED = 130

STDIN = "-"          # as an input: standard input; as -o: standard output

CONVENTION = """\b
Conventions (all commands):
  INPUTS     report files and folders; folders are searched recursively for .txt, .docx, .odt, .doc,
             .rtf and .pdf files and scans (.png, .jpg, .jpeg, .tif, .tiff). A path that does not
             exist is a usage error. "-" reads standard input (convert).
             A symbolic link to a file outside the given folders is skipped and listed
             (--follow-symlinks reads it).
  -o FILE    write FILE; its extension gives the format (.csv, .json, .html, ...), and an extension
             the command cannot write is refused. No -o, or "-o -": standard output.
  -f FORMAT  the format where the extension does not tell it (standard output); it may not
             contradict the extension.
  -t TYPE    the report type: an installed type's name (report-extractor types) or a type file
             (form.toml) [default: $REPORT_EXTRACTOR_TYPE, else the one installed].
  --csv-dialect excel-de (default; for German Excel: UTF-8 with BOM, ';', decimal comma, CRLF)
             or rfc4180 (',', decimal point, no BOM); also $REPORT_EXTRACTOR_CSV_DIALECT.
  --file-mode  every file written (-o, --html, a new database) is readable by its owner only
             (600), as it holds personal data; --file-mode 640 or $REPORT_EXTRACTOR_FILE_MODE
             asks for another mode.
  Results go to standard output or -o. Progress and messages go to standard error: a progress bar
  on a terminal, one plain line per file otherwise. A file that cannot be read is named on one
  line, "<file>: error [<code>]: <reason>", and the other files go on. File names are shown with
  control characters escaped (\\x1b).

\b
Exit status:
  0    done
  1    done, but some files could not be read (each named, with its error code, and not in
       the output), or: eval found a figure below its threshold, or type check a mistake
  2    nothing done: usage error (bad option, unknown format or extension, an input or
       database that does not exist, no report files in the inputs, a type file with mistakes)
  130  interrupted (Ctrl-C)
"""

DB_HELP = "SQLite file or SQLAlchemy URL (postgresql://user@host/db)."


def fail_usage(message: str) -> NoReturn:
    """"error: <message>" on standard error (control characters of a file name in it escaped), exit 2."""
    click.echo(f"error: {shown(message)}", err=True)
    sys.exit(EXIT_USAGE)


# ------------------------------------------------------------------------------------------------ inputs

def inputs_argument(f: Callable) -> Callable:
    """``INPUTS...``: files and folders, as written (a database URL must keep its "//"); checked and made
    paths by ``checked_inputs``."""
    return click.argument("inputs", nargs=-1, metavar="INPUTS...")(f)


def checked_inputs(inputs: Sequence[str], *, stdin: bool = False) -> list[Path]:
    """The inputs as paths, or a usage error when one does not exist ("-" is standard input where ``stdin``)."""
    if not inputs:
        fail_usage("no INPUTS: name report files or folders" + (' (or "-" for standard input)' if stdin else ""))
    if STDIN in inputs:
        if not stdin:
            fail_usage('"-" (standard input) is read by convert only; name files or folders')
        if len(inputs) > 1:
            fail_usage('"-" (standard input) cannot be combined with other inputs')
        return [Path(STDIN)]
    paths = [Path(p) for p in inputs]
    for p in paths:
        if not (p.exists() or p.is_symlink()):
            fail_usage(f"no such file or folder: {p}")
    return paths


def nothing_found(verb: str, inputs: Sequence[Path], links_refused: int = 0) -> NoReturn:
    """The usage error for inputs that hold no report file (``links_refused``: symbolic links not followed)."""
    from extractor.core.wording import plural
    from extractor.readers.formats import SUFFIXES
    names = ", ".join(str(p) for p in inputs)
    links = (f" but {plural(links_refused, 'symbolic link')} not followed (--follow-symlinks reads them)"
             if links_refused else "")
    fail_usage(f"nothing to {verb}: no {', '.join(SUFFIXES)} files in {names}{links}")


# ------------------------------------------------------------------------------------------------ output

def output_options(writers: Sequence[Writer], default: str, what: str = "the result") -> Callable:
    """``-f/--format`` (the writers' names), ``-o/--output FILE`` ("-": standard output) and ``--file-mode``."""
    suffixes = ", ".join(f"{s} {w.name}" for w in writers for s in w.suffixes)

    def decorate(f: Callable) -> Callable:
        f = file_mode_option(f)
        f = click.option("-o", "--output", metavar="FILE",
                         help=f"Write {what} to FILE; the extension gives the format ({suffixes}). "
                              '"-" or none: standard output.')(f)
        f = click.option("-f", "--format", "fmt", type=click.Choice([w.name for w in writers]),
                         help=f"Output format [default: from the -o extension, else {default}].")(f)
        return f
    return decorate


def choose_writer(writers: Sequence[Writer], fmt: str | None, output: str | None, default: str) -> Writer:
    try:
        writer = choose(writers, fmt, output, default)
    except FormatError as exc:
        fail_usage(str(exc))
    if writer.binary and output in (None, STDIN) and sys.stdout.isatty():
        fail_usage(f"{writer.name} is not for a terminal: name a file with -o, or redirect standard output")
    return writer


@contextmanager
def open_output(output: str | Path | None, file_mode: int = DEFAULT_MODE) -> Iterator[IO[bytes]]:
    """The byte stream for -o (or --html): standard output for None and "-", else the file, its folder
    created, the file itself created or overwritten with ``file_mode`` (``core.private_files``: it holds
    report data). A file that cannot be created is a usage error; nothing has been written then."""
    if output is None or str(output) == STDIN:
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    path = Path(output)
    if path.is_dir():
        fail_usage(f"{path} is a folder; -o needs a file name")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = open_binary(path, file_mode)
    except OSError as exc:
        fail_usage(f"cannot write {path}: {exc.strerror or exc}")
    with fh:
        yield fh


def _octal(ctx: click.Context, param: click.Parameter, value: str) -> int:
    try:
        mode = int(value, 8)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an octal file mode such as 600 or 640", ctx=ctx, param=param)
    if not 0 <= mode <= 0o777:
        raise click.BadParameter(f"{value!r} is not a file mode (000 to 777)", ctx=ctx, param=param)
    return mode


def file_mode_option(f: Callable) -> Callable:
    """``--file-mode``: permissions of the files the command writes (``open_output``, the database)."""
    return click.option("--file-mode", default=f"{DEFAULT_MODE:o}", show_default=True, callback=_octal,
                        metavar="OCTAL", envvar="REPORT_EXTRACTOR_FILE_MODE", show_envvar=True,
                        help="Permissions of the files written (they hold personal data: by default only "
                             "their owner may read them).")(f)


def csv_option(f: Callable) -> Callable:
    """``--csv-dialect``, handed to the command as a ``CsvStyle``."""
    return click.option("--csv-dialect", "csv_style", type=click.Choice(list(CSV_DIALECTS)),
                        default=DEFAULT_CSV_DIALECT, show_default=True, envvar="REPORT_EXTRACTOR_CSV_DIALECT",
                        callback=lambda ctx, param, value: CsvStyle(value),
                        help="; ".join(f"{k}: {v}" for k, v in CSV_DIALECTS.items()) + ".")(f)


# ------------------------------------------------------------------------------------- type, reading, db

def _report_type(ctx: click.Context, param: click.Parameter, value: str | None) -> ReportType:
    try:
        return registry.get(value or None)
    except registry.UnknownReportType as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None


def type_option(help: str = "Report type of the inputs [default: the installed default]") -> Callable:
    """``-t/--type NAME|FILE``, handed to the command as the ``ReportType`` itself (a type file is read and
    checked here, so that a mistake in it is a usage error naming its line)."""
    return click.option("-t", "--type", "report_type", metavar="NAME|FILE", callback=_report_type,
                        help=f"{help}; installed: {', '.join(registry.names())}; or a type file (form.toml).")


PASSWORD_ENV = "REPORT_EXTRACTOR_PDF_PASSWORD"


def read_options(f: Callable) -> Callable:
    """``--password``/``--ask-password``, ``--pdf-engine``, ``--ocr``, ``--ocr-lang`` and ``--ocr-dpi``,
    handed to the command as one ``ReadOptions`` (through ``make_read_options``)."""
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


def make_read_options(password: str | None, pdf_engine: str, ask_password: bool = False, *, ocr: str = "auto",
                      ocr_lang: str = "deu", ocr_dpi: int = 300):
    from extractor.readers import ReadOptions
    if ask_password:
        password = click.prompt("Password for encrypted PDFs", hide_input=True, err=True)
    try:
        return ReadOptions(password=password, pdf_engine=pdf_engine, ocr=ocr, ocr_lang=ocr_lang,  # type: ignore[arg-type]
                           ocr_dpi=ocr_dpi)
    except ValueError as exc:  # a malformed --ocr-lang
        raise click.BadParameter(str(exc)) from None


def open_db(db, *, create: bool, file_mode: int | None = None):
    from extractor.bulk.store import StoreError, open_store
    try:
        return open_store(db, create=create, file_mode=file_mode)
    except StoreError as exc:
        fail_usage(str(exc))
