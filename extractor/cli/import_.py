"""``import``: report files into a database."""
from __future__ import annotations

import sys

import click

from extractor.core.report_type import ReportType

from .common import (DB_HELP, EXIT_FAILED, EXIT_INTERRUPTED, checked_inputs, fail_usage, file_mode_option,
                     follow_symlinks_option, inputs_argument, make_read_options, nothing_found, open_db, read_options,
                     type_option)

EPILOG = """\b
Examples:
  report-extractor import samples/                                   # into ./reports.db (SQLite)
  report-extractor import samples/ --db postgresql://user@localhost/kfd
  report-extractor import samples/ --workers 4 --timeout 120
  report-extractor import samples/ --force                           # extract everything again
  report-extractor import samples/ --db postgresql://db-host/kfd --scheduler tcp://dask-host:8786

\b
Each finished file is committed on its own: an interrupted import keeps what finished, and running
it again does the rest. Files already imported with the same content and extractor version are
skipped; so is a second file with the same content as another (listed as a duplicate). Symbolic
links to files outside the given folders are skipped and listed (--follow-symlinks reads them).
A new SQLite database is created with mode 600 (--file-mode). With --scheduler the files are
extracted on a Dask cluster (pip install "report-extractor[dask]"; see the README, "More than one
machine") and stored in PostgreSQL.
Exit status: 0 every file named is in the database as a record; 1 some files could not be read,
now or in an earlier run (unchanged since; --force tries them again), or the workers or the cluster
could not be used; 2 usage error (see report-extractor --help).
"""


@click.command("import", epilog=EPILOG)
@inputs_argument
@click.option("--db", default="reports.db", show_default=True, help=DB_HELP)
@click.option("-w", "--workers", type=click.IntRange(min=1), help="Worker processes [default: number of CPUs].")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds one file may take; a file over the limit is stopped and stored as failed.")
@click.option("--force", is_flag=True, help="Extract every file again, even if unchanged.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Extract on the Dask cluster with this scheduler (tcp://HOST:8786) instead of local workers; "
                   "needs a PostgreSQL --db.")
@click.option("--shared-fs", is_flag=True,
              help="With --scheduler: the workers see the input files at the same paths, so send paths "
                   "instead of the files' bytes.")
@type_option()
@read_options
@follow_symlinks_option
@file_mode_option
def import_(inputs: tuple[str, ...], db: str, workers: int | None, timeout: float, force: bool,
            scheduler: str | None, shared_fs: bool, report_type: ReportType, password: str | None,
            ask_password: bool, pdf_engine: str, ocr: str, ocr_lang: str, ocr_dpi: int, follow_symlinks: bool,
            file_mode: int) -> None:
    """Import report files (folders are searched recursively) into a database.

    Only .txt, .docx, .odt, .doc, .rtf and .pdf files and scans (.png, .jpg, .jpeg, .tif, .tiff) inside folders are taken;
    other files are counted as skipped. Scanned pages are read by OCR (--ocr), which counts against --timeout.
    Files run in parallel worker processes; a file that fails is stored with its error code.
    """
    from rich.console import Console
    from rich.text import Text

    from extractor.bulk.importer import run_import
    from extractor.bulk.inputs import collect
    from extractor.bulk.runner import BatchError
    from extractor.core.filenames import shown

    paths = checked_inputs(inputs)
    found = collect(paths, relative=False, follow_symlinks=follow_symlinks)
    if not found.files:  # before the database is made: a usage error changes nothing
        nothing_found("import", paths, len(found.refused))
    del found
    options = make_read_options(password, pdf_engine, ask_password, ocr=ocr, ocr_lang=ocr_lang, ocr_dpi=ocr_dpi)
    runner = _runner(scheduler, shared_fs, db, workers=workers, timeout=timeout, report_type=report_type,
                     options=options)
    store = open_db(db, create=True, file_mode=file_mode)
    out, err = Console(), Console(stderr=True)
    try:
        summary = run_import(paths, store, runner, force=force, err=err, follow_symlinks=follow_symlinks)
    except KeyboardInterrupt:
        err.print(f"interrupted; finished files are in {shown(store.display_url)}; run the same command again to "
                  "import the rest", markup=False, highlight=False)
        sys.exit(EXIT_INTERRUPTED)
    except BatchError as exc:
        err.print(f"error: {shown(str(exc))}", markup=False, highlight=False)
        sys.exit(EXIT_FAILED)
    finally:
        store.close()
    out.print(Text(f"database: {shown(store.display_url)}"), soft_wrap=True)
    if summary.cluster:
        out.print(Text(f"cluster: {summary.cluster}"), soft_wrap=True)
    out.print(summary_table(summary))
    if summary.duplicates:
        out.print(duplicates_table(summary))
    if summary.failed or summary.earlier_failed:
        out.print(failures_table(summary))
    if summary.refused:
        out.print(refused_table(summary))
    if summary.earlier_failed and not summary.failed:
        err.print(f"exit status 1: {len(summary.earlier_failed)} of the files named failed in an earlier run and "
                  "are unchanged (not tried again; --force does)", markup=False, highlight=False, soft_wrap=True)
    sys.exit(summary.exit_code)


def _runner(scheduler: str | None, shared_fs: bool, db: str, *, workers: int | None, report_type: ReportType,
            **settings):
    """This machine's worker pool, or the Dask cluster's workers with --scheduler."""
    if scheduler is None:
        if shared_fs:
            fail_usage("--shared-fs applies only with --scheduler")
        from extractor.bulk.batch import Runner
        return Runner(workers=workers, report_type=report_type.ref, **settings)
    from extractor.bulk.db import StoreError, database_url
    if workers is not None:
        fail_usage("--workers does not apply with --scheduler: the cluster's workers (and their --nthreads) "
                   "decide how many files run at once")
    if report_type.origin and not shared_fs:
        fail_usage(f"a type file ({report_type.origin}) with --scheduler needs --shared-fs: the workers read it "
                   "at the same path (or install the type as a package on every worker and name it)")
    try:
        backend = database_url(db).get_backend_name()
    except StoreError as exc:
        fail_usage(str(exc))
    if backend != "postgresql":
        fail_usage("--scheduler needs a PostgreSQL database (--db postgresql://user@host/db): a cluster's "
                   "results go to a database server, not to a SQLite file on this machine")
    try:
        from extractor.bulk.cluster import DaskRunner
    except ImportError:
        fail_usage('--scheduler needs Dask: pip install "report-extractor[dask]"')
    return DaskRunner(scheduler, shared_fs=shared_fs, report_type=report_type.ref, **settings)


def summary_table(summary):
    """What happened to every report file found; the rows above the total add up to it."""
    from rich.table import Table

    table = Table(title="Import summary", show_header=True, title_justify="left")
    table.add_column("files")
    table.add_column("count", justify="right")
    table.add_row("imported now", str(summary.ok))
    table.add_row("failed now", str(len(summary.failed)))
    table.add_row("unchanged (already imported)", str(summary.unchanged))
    if summary.earlier_failed:
        table.add_row("  of which failed earlier", str(len(summary.earlier_failed)))
    table.add_row("moved (path updated)", str(summary.moved))
    table.add_row("duplicates (same content)", str(len(summary.duplicates)), end_section=True)
    table.add_row("report files found", str(summary.found), style="bold", end_section=True)
    table.add_row("other files skipped", str(summary.skipped_other))
    if summary.refused:
        table.add_row("links not followed (skipped)", str(len(summary.refused)))
    extracted = summary.ok + len(summary.failed)
    if extracted:
        where = " (Dask)" if summary.cluster else ""
        table.caption = (f"{summary.seconds:.1f} s with {summary.workers} worker(s){where}, "
                         f"{extracted / summary.seconds:.2f} files/s")
    else:
        table.caption = f"{summary.seconds:.1f} s, nothing to extract"
    return table


def duplicates_table(summary):
    """Files not imported because another file has the same content: they are not in check or export."""
    from rich.table import Table

    from extractor.reports.terminal import PathCell

    table = Table(title="Duplicates (not imported: the same content as another file)", title_justify="left")
    table.add_column("file")
    table.add_column("same content as")
    for path, holder in summary.duplicates:
        table.add_row(PathCell(path), PathCell(holder))
    return table


def failures_table(summary):
    from rich.table import Table
    from rich.text import Text

    from extractor.core.filenames import shown
    from extractor.reports.terminal import PathCell

    table = Table(title="Failed files", title_justify="left")
    table.add_column("file")
    table.add_column("code")
    table.add_column("reason")
    for path, code, message in summary.failed:
        table.add_row(PathCell(path), Text(code or ""), Text(shown(message or "")))
    for path, code, message in summary.earlier_failed:
        table.add_row(PathCell(path), Text(code or ""), Text(shown(f"{message or ''} (earlier run; unchanged)")))
    return table


def refused_table(summary):
    """Symbolic links not read: their target lies outside the given folders (``--follow-symlinks``)."""
    from rich.table import Table
    from rich.text import Text

    from extractor.reports.terminal import PathCell

    table = Table(title="Skipped links", title_justify="left")
    table.add_column("file")
    table.add_column("reason")
    for path, why in summary.refused:
        table.add_row(PathCell(path), Text(why))
    return table
