"""``import``: report files into a database."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from extractor.core.report_type import ReportType

from .common import DB_HELP, make_read_options, open_db, read_options, type_option

EPILOG = """\b
Examples:
  report-extractor import reports/                                   # into ./reports.db (SQLite)
  report-extractor import reports/ --db postgresql://user@localhost/kfd
  report-extractor import reports/ --workers 4 --timeout 120
  report-extractor import reports/ --force                           # extract everything again

\b
Each finished file is committed on its own: an interrupted import keeps what finished, and running
it again does the rest. Files already imported with the same content and extractor version are
skipped. Exit status: 0 all imported, 1 some files failed (stored with their reason), 2 usage error.
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
def import_(inputs: tuple[Path, ...], db: str, workers: int | None, timeout: float, force: bool,
            report_type: ReportType, password: str | None, pdf_engine: str, ocr: str, ocr_lang: str, ocr_dpi: int) -> None:
    """Import report files (folders are searched recursively) into a database.

    Only .txt, .docx and .pdf files and scans (.png, .jpg, .jpeg, .tif, .tiff) inside folders are taken;
    other files are counted as skipped. Scanned pages are read by OCR (--ocr), which counts against --timeout.
    Files run in parallel worker processes; a file that fails is stored with its error code.
    """
    from rich.console import Console
    from rich.text import Text

    from extractor.bulk.batch import BatchError
    from extractor.bulk.importer import failures_table, run_import, summary_table

    store = open_db(db, create=True)
    out, err = Console(), Console(stderr=True)
    try:
        summary = run_import(list(inputs), store, workers=workers, timeout=timeout, force=force,
                             report_type=report_type.name, options=make_read_options(password, pdf_engine, ocr, ocr_lang, ocr_dpi),
                             err=err)
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
        err.print("nothing to import: no .txt, .docx, .pdf or scanned image files found", highlight=False)
        sys.exit(1)
    out.print(Text(f"database: {store.display_url}"), soft_wrap=True)
    out.print(summary_table(summary))
    if summary.failed or summary.earlier_failed:
        out.print(failures_table(summary))
    sys.exit(summary.exit_code)
