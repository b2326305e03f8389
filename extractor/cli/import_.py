"""``import``: report files into a database."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from extractor.core.report_type import ReportType

from .common import (DB_HELP, file_mode_option, follow_symlinks_option, make_read_options, open_db, read_options,
                     type_option)

EPILOG = """\b
Examples:
  report-extractor import reports/                                   # into ./reports.db (SQLite)
  report-extractor import reports/ --db postgresql://user@localhost/kfd
  report-extractor import reports/ --workers 4 --timeout 120
  report-extractor import reports/ --force                           # extract everything again

\b
Each finished file is committed on its own: an interrupted import keeps what finished, and running
it again does the rest. Files already imported with the same content and extractor version are
skipped. Symbolic links to files outside the given folders are skipped and listed (--follow-symlinks
reads them). A new SQLite database is created with mode 600 (--file-mode).
Exit status: 0 all imported, 1 some files failed (stored with their reason), 2 usage error.
"""


@click.command("import", epilog=EPILOG)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--db", default="reports.db", show_default=True, help=DB_HELP)
@click.option("-w", "--workers", type=click.IntRange(min=1), help="Worker processes [default: number of CPUs].")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds one file may take; a file over the limit is stopped and stored as failed.")
@click.option("--force", is_flag=True, help="Extract every file again, even if unchanged.")
@type_option()
@read_options
@follow_symlinks_option
@file_mode_option
def import_(inputs: tuple[Path, ...], db: str, workers: int | None, timeout: float, force: bool,
            report_type: ReportType, password: str | None, ask_password: bool, pdf_engine: str,
            follow_symlinks: bool, file_mode: int) -> None:
    """Import report files (folders are searched recursively) into a database.

    Only .txt, .docx and .pdf files inside folders are taken; other files are counted as skipped.
    Files run in parallel worker processes; a file that fails is stored with its error code.
    """
    from rich.console import Console
    from rich.text import Text

    from extractor.bulk.batch import BatchError
    from extractor.core.filenames import shown
    from extractor.bulk.importer import failures_table, refused_table, run_import, summary_table

    options = make_read_options(password, pdf_engine, ask_password)
    store = open_db(db, create=True, file_mode=file_mode)
    out, err = Console(), Console(stderr=True)
    try:
        summary = run_import(list(inputs), store, workers=workers, timeout=timeout, force=force,
                             report_type=report_type.ref, options=options, err=err,
                             follow_symlinks=follow_symlinks)
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
    out.print(Text(f"database: {shown(store.display_url)}"), soft_wrap=True)
    out.print(summary_table(summary))
    if summary.failed or summary.earlier_failed:
        out.print(failures_table(summary))
    if summary.refused:
        out.print(refused_table(summary))
    sys.exit(summary.exit_code)
