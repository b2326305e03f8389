"""``check``: which reports miss which sections, from a database or from files."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from extractor.core.report_type import ReportType

from .common import DB_HELP, fail_usage, make_read_options, open_db, read_options, type_option

EPILOG = """\b
Examples:
  report-extractor check reports.db                        # the imported corpus
  report-extractor check reports.db --html report.html     # one self-contained page with chart and table
  report-extractor check some.docx other.pdf --format json # the same without a database
  report-extractor check --db postgresql://user@localhost/kfd --format csv -o check.csv

\b
Exit status: 0 all reports checked, 1 some files could not be read, 2 usage error.
"""


@click.command(epilog=EPILOG)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", help=DB_HELP + " Instead of INPUTS.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the table/JSON/CSV to this file instead of stdout.")
@click.option("--html", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write one self-contained HTML page (summary, coverage chart, sortable list).")
@click.option("-w", "--workers", type=click.IntRange(min=1), help="Worker processes for files [default: CPUs].")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds one file may take (files only).")
@type_option("Report type (schema)")
@read_options
def check(inputs: tuple[Path, ...], db: str | None, fmt: str, output: Path | None, html: Path | None,
          workers: int | None, timeout: float, report_type: ReportType, password: str | None, pdf_engine: str,
          ocr: str, ocr_lang: str, ocr_dpi: int) -> None:
    """Check which reports miss which sections: a database, or report files and folders.

    INPUTS is either one database (a SQLite file or a URL) or report files and folders.
    Per report: missing and unanswered sections and warnings; for the corpus: how many reports
    answer each section and the most common gaps.
    """
    from rich.console import Console

    from extractor.bulk.db import looks_like_database
    from extractor.reports import check as checks

    rt = report_type
    if db is None and len(inputs) == 1 and looks_like_database(inputs[0]):
        db = str(inputs[0])
        inputs = ()
    if db is not None and inputs:
        fail_usage("give either a database or report files, not both")
    if db is None and not inputs:
        fail_usage("nothing to check: give a database (reports.db) or report files")
    err = Console(stderr=True)
    if db is not None:
        store = open_db(db, create=False)
        try:
            results = checks.from_rows(store.rows(report_type=rt.name), rt)
            source = store.display_url
        finally:
            store.close()
    else:
        from extractor.bulk.batch import BatchError
        try:
            results = checks.check_files(list(inputs), err, rt, workers=workers, timeout=timeout,
                                         options=make_read_options(password, pdf_engine, ocr, ocr_lang, ocr_dpi))
        except BatchError as exc:
            err.print(f"error: {exc}", markup=False, highlight=False)
            sys.exit(1)
        source = ", ".join(str(p) for p in inputs)
    summary = checks.summarise(results, rt)
    if fmt == "json":
        text = checks.to_json(results, summary, rt) + "\n"
    elif fmt == "csv":
        text = checks.to_csv(results, rt)
    else:
        text = None
    if text is not None:
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
    elif output:
        with output.open("w", encoding="utf-8") as fh:
            checks.print_table(Console(file=fh, width=120), results, summary, rt)
    else:
        checks.print_table(Console(), results, summary, rt)
    if html:
        checks.write_html(html, checks.to_html(results, summary, rt, title=f"Qualitätsprüfung: {rt.title}",
                                               source=source))
        err.print(f"wrote {html}", markup=False, highlight=False)
    sys.exit(1 if summary["failed"] else 0)
