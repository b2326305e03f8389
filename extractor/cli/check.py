"""``check``: which reports miss which sections, from a database or from files."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from extractor.core.report_type import ReportType
from extractor.reports.check import WRITERS

from .common import (DB_HELP, EXIT_FAILED, EXIT_OK, checked_inputs, choose_writer, csv_option, fail_usage,
                     follow_symlinks_option, inputs_argument, make_read_options, nothing_found, open_db, open_output,
                     output_options, read_options, type_option)

EPILOG = """\b
Examples:
  report-extractor check reports.db                        # the imported corpus, as tables
  report-extractor check reports.db -o report.html         # one self-contained page: chart and sortable list
  report-extractor check reports.db --html report.html     # the tables, and the page as well
  report-extractor check reports.db -o check.csv           # one row per report
  report-extractor check samples/real --format json        # files instead of a database

\b
Documents that are not on the form at all (warning not_a_form: an agenda, a poster) are listed apart
and left out of the section figures; --include-non-forms counts them in. Symbolic links to files
outside the given folders are skipped and listed (--follow-symlinks reads them). Files written (-o,
--html) have mode 600 (--file-mode).
Exit status: 0 every report read, 1 some files could not be read, 2 usage error (see report-extractor --help).
"""


@click.command(epilog=EPILOG)
@inputs_argument
@click.option("--db", help=DB_HELP + " Instead of INPUTS.")
@output_options(WRITERS, "table", "the check")
@click.option("--html", metavar="FILE", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the HTML page to FILE (besides -o or the table on standard output).")
@click.option("--include-non-forms", is_flag=True,
              help="Count documents that are not on the form (not_a_form) in the section figures.")
@csv_option
@click.option("-w", "--workers", type=click.IntRange(min=1), help="Worker processes for files [default: CPUs].")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds one file may take (files only).")
@type_option("Report type")
@read_options
@follow_symlinks_option
def check(inputs: tuple[str, ...], db: str | None, fmt: str | None, output: str | None, file_mode: int,
          html: Path | None, include_non_forms: bool, csv_style, workers: int | None, timeout: float,
          report_type: ReportType, password: str | None, ask_password: bool, pdf_engine: str, ocr: str, ocr_lang: str,
          ocr_dpi: int, follow_symlinks: bool) -> None:
    """Check which reports miss which sections: a database, or report files and folders.

    INPUTS is either one database (a SQLite file or a URL) or report files and folders.
    Per report: missing and unanswered sections and warnings; for the corpus: how many reports
    answer each section and the most common gaps.
    """
    from rich.console import Console

    from extractor.bulk.db import looks_like_database
    from extractor.core.filenames import shown
    from extractor.reports.check import CheckReport, check_files, from_rows, write_html

    writer = choose_writer(WRITERS, fmt, output, "table")
    rt = report_type
    if db is None and len(inputs) == 1 and looks_like_database(inputs[0]):
        db = str(inputs[0])
        inputs = ()
    if db is not None and inputs:
        fail_usage("give either a database or report files, not both")
    if db is None and not inputs:
        fail_usage("nothing to check: give a database (reports.db) or report files")
    if db is not None:
        store = open_db(db, create=False)
        try:
            checks = from_rows(store.rows(report_type=rt.name), rt)
            source = store.display_url
        finally:
            store.close()
        if not checks:
            fail_usage(f"nothing to check: {source} holds no {rt.name} reports (import some first)")
    else:
        from extractor.bulk.batch import BatchError
        paths = checked_inputs(inputs)
        try:
            options = make_read_options(password, pdf_engine, ask_password, ocr=ocr, ocr_lang=ocr_lang, ocr_dpi=ocr_dpi)
            checks = check_files(paths, Console(stderr=True), rt, follow_symlinks=follow_symlinks, workers=workers,
                                 timeout=timeout, options=options)
        except BatchError as exc:
            click.echo(f"error: {shown(str(exc))}", err=True)
            sys.exit(EXIT_FAILED)
        if not checks:
            nothing_found("check", paths)
        source = ", ".join(inputs)
    report = CheckReport(checks, rt, source, include_non_forms=include_non_forms, csv=csv_style)
    with open_output(output, file_mode) as out:
        writer.write(report, out)
    if html:
        with open_output(html, file_mode) as fh:
            write_html(report, fh)
    for name in filter(None, (output if output != "-" else None, html)):
        click.echo(f"wrote {shown(name)}", err=True)
    sys.exit(EXIT_FAILED if report.summary["failed"] else EXIT_OK)
