"""``eval``: score extraction against hand-made gold records."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from extractor.core.errors import ExtractionError
from extractor.core.report_type import ReportType
from extractor.reports.eval_tables import WRITERS

from .common import EXIT_FAILED, EXIT_OK, choose_writer, fail_usage, open_output, output_options, type_option

EPILOG = """\b
Examples:
  report-extractor eval samples/real                   # tables; checks samples/real/thresholds.json
  report-extractor eval samples/corpus --format json   # the same figures for machines
  report-extractor eval samples/corpus -o eval.json    # ... written to a file

\b
FOLDER holds report files and, next to each, <name>.gold.json (its expected record).
Exit status: 0 ok, 1 a headline figure is below its threshold, 2 usage error (see report-extractor --help).
"""


@click.command(name="eval", epilog=EPILOG)
@click.argument("folder", metavar="FOLDER", type=click.Path(file_okay=False, path_type=Path))
@type_option("Report type of the reports in FOLDER, whose evaluation fields are scored")
@output_options(WRITERS, "table", "the figures")
@click.option("--worst", default=10, show_default=True, help="How many of the worst reports to list.")
@click.option("--thresholds", type=click.Path(dir_okay=False, path_type=Path),
              help="JSON file of minimum headline figures [default: FOLDER/thresholds.json if it exists].")
def eval_cmd(folder: Path, report_type: ReportType, fmt: str | None, output: str | None, file_mode: int, worst: int,
             thresholds: Path | None) -> None:
    """Score extraction against gold records in FOLDER: precision, recall and F1 per field and per
    entity label, section detection, and missing/unanswered accuracy."""
    from rich.console import Console

    from extractor.bulk.progress import BatchProgress
    from extractor.pipeline.engine import extract
    from extractor.reports.eval_tables import EvalReport
    from extractor.reports.evaluate import check_thresholds, evaluate, gold_files

    writer = choose_writer(WRITERS, fmt, output, "table")
    if not folder.is_dir():
        fail_usage(f"no such folder: {folder}")
    if thresholds is not None and not thresholds.is_file():
        fail_usage(f"no such file: {thresholds}")
    golds = gold_files(folder)
    if not golds:
        fail_usage(f"nothing to evaluate: no *.gold.json files in {folder}")
    if report_type.evaluation is None:
        fail_usage(f"report type {report_type.name!r} defines no evaluation")
    if thresholds is None and (folder / "thresholds.json").exists():
        thresholds = folder / "thresholds.json"

    with BatchProgress(len(golds), Console(stderr=True), "evaluating") as progress:
        def timed_extract(path: Path, rt: ReportType) -> dict:
            started = time.monotonic()
            try:
                record = extract(path, rt)
            except ExtractionError as exc:
                progress.advance(str(path), time.monotonic() - started, exc.code, exc.message)
                raise
            progress.advance(str(path), time.monotonic() - started)
            return record
        ev = evaluate(folder, report_type, extract_fn=timed_extract)
    below = check_thresholds(ev, json.loads(thresholds.read_text())) if thresholds else []
    with open_output(output, file_mode) as out:
        writer.write(EvalReport(ev, worst, thresholds, below), out)
    sys.exit(EXIT_FAILED if below else EXIT_OK)
