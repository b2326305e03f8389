"""``eval``: score extraction against hand-made gold records."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from extractor.core.report_type import ReportType

from .common import type_option

EPILOG = """\b
Examples:
  report-extractor eval samples/corpus                 # tables; checks samples/corpus/thresholds.json if present
  report-extractor eval samples/corpus --format json   # the same figures for machines

\b
FOLDER holds report files and, next to each, <name>.gold.json (its expected record).
Exit status: 0 ok, 1 a headline figure is below its threshold, 2 usage error.
"""


@click.command(name="eval", epilog=EPILOG)
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@type_option("Report type (schema) of the reports")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--worst", default=10, show_default=True, help="How many of the worst reports to list.")
@click.option("--thresholds", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSON file of minimum headline figures (default: FOLDER/thresholds.json if it exists).")
def eval_cmd(folder: Path, report_type: ReportType, fmt: str, worst: int, thresholds: Path | None) -> None:
    """Score extraction against gold records: precision, recall and F1 per field and per entity label,
    section detection, and missing/unanswered accuracy."""
    from extractor.reports.eval_tables import print_evaluation
    from extractor.reports.evaluate import check_thresholds, evaluate, gold_files

    if not gold_files(folder):
        raise click.UsageError(f"no *.gold.json files in {folder}")
    ev = evaluate(folder, report_type)
    if thresholds is None and (folder / "thresholds.json").exists():
        thresholds = folder / "thresholds.json"
    below = check_thresholds(ev, json.loads(thresholds.read_text())) if thresholds else []
    if fmt == "json":
        out = ev.as_dict(worst)
        out["thresholds"] = {"file": str(thresholds) if thresholds else None, "below": below}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print_evaluation(ev, worst)
        if thresholds:
            click.echo(f"thresholds ({thresholds}): " + ("all met" if not below else "BELOW: " + "; ".join(below)))
    sys.exit(1 if below else 0)
