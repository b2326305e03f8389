"""``import``: report files into a database."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from extractor.core.report_type import ReportType

from .common import DB_HELP, fail_usage, make_read_options, open_db, read_options, type_option

EPILOG = """\b
Examples:
  report-extractor import reports/                                   # into ./reports.db (SQLite)
  report-extractor import reports/ --db postgresql://user@localhost/kfd
  report-extractor import reports/ --workers 4 --timeout 120
  report-extractor import reports/ --force                           # extract everything again
  report-extractor import reports/ --db postgresql://db-host/kfd --scheduler tcp://dask-host:8786

\b
Each finished file is committed on its own: an interrupted import keeps what finished, and running
it again does the rest. Files already imported with the same content and extractor version are
skipped. With --scheduler the files are extracted on a Dask cluster (pip install
"report-extractor[dask]"; see the README, "More than one machine") and stored in PostgreSQL.
Exit status: 0 all imported, 1 some files failed (stored with their reason) or the workers or the
cluster could not be used, 2 usage error.
"""


@click.command("import", epilog=EPILOG)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
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
def import_(inputs: tuple[Path, ...], db: str, workers: int | None, timeout: float, force: bool,
            scheduler: str | None, shared_fs: bool, report_type: ReportType, password: str | None,
            pdf_engine: str) -> None:
    """Import report files (folders are searched recursively) into a database.

    Only .txt, .docx and .pdf files inside folders are taken; other files are counted as skipped.
    Files run in parallel worker processes; a file that fails is stored with its error code.
    """
    from rich.console import Console
    from rich.text import Text

    from extractor.bulk.importer import failures_table, run_import, summary_table
    from extractor.bulk.runner import BatchError

    runner = _runner(scheduler, shared_fs, db, workers=workers, timeout=timeout, report_type=report_type.name,
                     options=make_read_options(password, pdf_engine))
    store = open_db(db, create=True)
    out, err = Console(), Console(stderr=True)
    try:
        summary = run_import(list(inputs), store, runner, force=force, err=err)
    except KeyboardInterrupt:
        err.print(f"interrupted; finished files are in {store.display_url}; run the same command again to "
                  "import the rest", markup=False, highlight=False)
        sys.exit(130)
    except BatchError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        sys.exit(1)
    finally:
        store.close()
    if not summary.found:
        err.print("nothing to import: no .txt, .docx or .pdf files found", highlight=False)
        sys.exit(1)
    out.print(Text(f"database: {store.display_url}"), soft_wrap=True)
    if summary.cluster:
        out.print(Text(f"cluster: {summary.cluster}"), soft_wrap=True)
    out.print(summary_table(summary))
    if summary.failed or summary.earlier_failed:
        out.print(failures_table(summary))
    sys.exit(summary.exit_code)


def _runner(scheduler: str | None, shared_fs: bool, db: str, *, workers: int | None, **settings):
    """This machine's worker pool, or the Dask cluster's workers with --scheduler."""
    if scheduler is None:
        if shared_fs:
            fail_usage("--shared-fs applies only with --scheduler")
        from extractor.bulk.batch import Runner
        return Runner(workers=workers, **settings)
    from extractor.bulk.db import StoreError, database_url
    if workers is not None:
        fail_usage("--workers does not apply with --scheduler: the cluster's workers (and their --nthreads) "
                   "decide how many files run at once")
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
    return DaskRunner(scheduler, shared_fs=shared_fs, **settings)
