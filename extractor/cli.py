"""Command line: ``report-extractor`` (also ``python -m extractor``)."""
from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

import click

from . import __version__, registry
from .errors import ExtractionError

EPILOG_CONVERT = """\b
Examples:
  report-extractor convert samples/plochingen.pdf          # one JSON record on stdout
  report-extractor convert samples/ -o out/                # out/<name>.json per file, sub-folders kept
  report-extractor convert a.docx b.pdf > records.jsonl    # several inputs, no -o: JSON Lines

\b
Exit status: 0 all converted, 1 at least one file failed, 2 usage error.
A file that fails prints one line to stderr: "<file>: error [<code>]: <reason>".
"""


def _type_names() -> list[str]:
    return sorted(registry.report_types())


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="report-extractor")
def main() -> None:
    """Turn free-text reports (.txt, .docx, .pdf) written on a fixed form into validated JSON records.

    Each record holds the form's sections (answer text without the prompt questions, and whether the
    section is missing or unanswered), typed fields such as municipality, contact, events and costs,
    the entities found, and the normalised text every offset points into.
    """


@main.command(epilog=EPILOG_CONVERT)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for one <name>.json per input (created if needed). Without it, records go to stdout.")
@click.option("-t", "--type", "report_type", default="kfd", show_default=True,
              type=click.Choice(_type_names()), help="Report type (schema) of the inputs.")
@click.option("--password", help="Password for encrypted PDFs.")
@click.option("--compact", is_flag=True, help="One-line JSON instead of indented.")
@click.option("--debug", is_flag=True, help="Show a traceback for unexpected internal errors.")
def convert(inputs: tuple[Path, ...], output: Path | None, report_type: str, password: str | None,
            compact: bool, debug: bool) -> None:
    """Convert report files (or folders of them, searched recursively) into JSON records.

    The format is recognised by content, not by extension. Inside folders only .txt, .docx and .pdf
    files are taken; files named explicitly are always tried.
    """
    from .engine import extract
    from .inputs import collect, output_names

    found = collect(list(inputs))
    failed = 0
    for p in found.missing:
        click.echo(f"{p}: error [not_found]: no such file or folder", err=True)
        failed += 1
    if not found.files:
        click.echo("nothing to convert: no .txt, .docx or .pdf files found", err=True)
        sys.exit(1)
    targets = output_names([rel for _, rel in found.files]) if output else [None] * len(found.files)
    single = len(found.files) == 1 and output is None
    ok = 0
    for (path, _), target in zip(found.files, targets):
        try:
            record = extract(path, report_type, password=password)
        except ExtractionError as exc:
            click.echo(exc.one_line(), err=True)
            failed += 1
            continue
        except Exception as exc:  # a bug must not stop the batch; report it on one line
            click.echo(f"{path}: error [internal]: {type(exc).__name__}: {' '.join(str(exc).split())}", err=True)
            if debug:
                traceback.print_exc()
            failed += 1
            continue
        ok += 1
        indent = None if compact or (output is None and not single) else 2
        text = json.dumps(record, ensure_ascii=False, indent=indent)
        if output is None:
            click.echo(text)
        else:
            dest = output / target
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(text + "\n", encoding="utf-8")
    if output is not None or len(found.files) > 1 or found.skipped:
        skipped = f", {len(found.skipped)} other files skipped" if found.skipped else ""
        where = f" into {output}" if output else ""
        click.echo(f"converted {ok}{where}, failed {failed}{skipped}", err=True)
    sys.exit(1 if failed else 0)


EPILOG_EVAL = """\b
Examples:
  report-extractor eval samples/corpus                 # tables; checks samples/corpus/thresholds.json if present
  report-extractor eval samples/corpus --format json   # the same figures for machines

\b
DIR holds report files and, next to each, <name>.gold.json (its expected record).
Exit status: 0 ok, 1 a headline figure is below its threshold, 2 usage error.
"""


@main.command(name="eval", epilog=EPILOG_EVAL)
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-t", "--type", "report_type", default="kfd", show_default=True, type=click.Choice(_type_names()))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--worst", default=10, show_default=True, help="How many of the worst reports to list.")
@click.option("--thresholds", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSON file of minimum headline figures (default: FOLDER/thresholds.json if it exists).")
def eval_cmd(folder: Path, report_type: str, fmt: str, worst: int, thresholds: Path | None) -> None:
    """Score extraction against gold records: precision, recall and F1 per field and per entity label,
    section detection, and missing/unanswered accuracy."""
    from .evaluate import check_thresholds, evaluate, gold_files
    from .report_tables import print_evaluation

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


@main.command()
@click.argument("report_type", default="kfd", type=click.Choice(_type_names()))
def schema(report_type: str) -> None:
    """Print the JSON Schema of a report type's record (default: kfd)."""
    rt = registry.get(report_type)
    click.echo(json.dumps(rt.model.model_json_schema(), ensure_ascii=False, indent=2))


EPILOG_IMPORT = """\b
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

EPILOG_CHECK = """\b
Examples:
  report-extractor check reports.db                        # the imported corpus
  report-extractor check reports.db --html report.html     # one self-contained page with chart and table
  report-extractor check some.docx other.pdf --format json # the same without a database
  report-extractor check --db postgresql://user@localhost/kfd --format csv -o check.csv

\b
Exit status: 0 all reports checked, 1 some files could not be read, 2 usage error.
"""

EPILOG_EXPORT = """\b
Examples:
  report-extractor export reports.db -o reports.xlsx        # format from the file name
  report-extractor export reports.db --format csv > reports.csv
  report-extractor export reports.db --format jsonl --redact -o shared.jsonl

\b
--redact drops the contact's name, phone and e-mail and all persons, and masks the same strings
(and every e-mail address) wherever they occur, including the full text and section answers.
"""

_DB_HELP = "SQLite file or SQLAlchemy URL (postgresql://user@host/db)."


def _fail_usage(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def _open(db, *, create: bool):
    from .store import StoreError, open_store
    try:
        return open_store(db, create=create)
    except StoreError as exc:
        _fail_usage(str(exc))


@main.command("import", epilog=EPILOG_IMPORT)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--db", default="reports.db", show_default=True, help=_DB_HELP)
@click.option("-w", "--workers", type=click.IntRange(min=1), help="Worker processes [default: number of CPUs].")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds one file may take; a file over the limit is stopped and stored as failed.")
@click.option("--force", is_flag=True, help="Extract every file again, even if unchanged.")
@click.option("-t", "--type", "report_type", default="kfd", show_default=True,
              type=click.Choice(_type_names()), help="Report type (schema) of the inputs.")
@click.option("--password", help="Password for encrypted PDFs.")
def import_(inputs: tuple[Path, ...], db: str, workers: int | None, timeout: float, force: bool,
            report_type: str, password: str | None) -> None:
    """Import report files (folders are searched recursively) into a database.

    Only .txt, .docx and .pdf files inside folders are taken; other files are counted as skipped.
    Files run in parallel worker processes; a file that fails is stored with its error code.
    """
    from rich.console import Console
    from rich.text import Text

    from .batch import BatchError
    from .importer import failures_table, run_import, summary_table

    store = _open(db, create=True)
    out, err = Console(), Console(stderr=True)
    try:
        summary = run_import(list(inputs), store, workers=workers, timeout=timeout, force=force,
                             report_type=report_type, password=password, err=err)
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
    out.print(summary_table(summary))
    if summary.failed or summary.earlier_failed:
        out.print(failures_table(summary))
    sys.exit(summary.exit_code)


@main.command(epilog=EPILOG_CHECK)
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--db", help=_DB_HELP + " Instead of INPUTS.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the table/JSON/CSV to this file instead of stdout.")
@click.option("--html", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write one self-contained HTML page (summary, coverage chart, sortable list).")
@click.option("-w", "--workers", type=click.IntRange(min=1), help="Worker processes for files [default: CPUs].")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="Seconds one file may take (files only).")
@click.option("-t", "--type", "report_type", default="kfd", show_default=True,
              type=click.Choice(_type_names()), help="Report type (schema).")
def check(inputs: tuple[Path, ...], db: str | None, fmt: str, output: Path | None, html: Path | None,
          workers: int | None, timeout: float, report_type: str) -> None:
    """Check which reports miss which sections: a database, or report files and folders.

    INPUTS is either one database (a SQLite file or a URL) or report files and folders.
    Per report: missing and unanswered sections and warnings; for the corpus: how many reports
    answer each section and the most common gaps.
    """
    from rich.console import Console

    from . import check as checks_mod
    from .store import looks_like_database

    rt = registry.get(report_type)
    if db is None and len(inputs) == 1 and looks_like_database(inputs[0]):
        db = str(inputs[0])
        inputs = ()
    if db is not None and inputs:
        _fail_usage("give either a database or report files, not both")
    if db is None and not inputs:
        _fail_usage("nothing to check: give a database (reports.db) or report files")
    err = Console(stderr=True)
    if db is not None:
        store = _open(db, create=False)
        try:
            results = checks_mod.from_rows(store.rows(report_type=rt.name))
            source = store.display_url
        finally:
            store.close()
    else:
        from .batch import BatchError
        try:
            results = checks_mod.check_files(list(inputs), err, workers=workers, timeout=timeout,
                                             report_type=rt.name)
        except BatchError as exc:
            err.print(f"error: {exc}", markup=False, highlight=False)
            sys.exit(1)
        source = ", ".join(str(p) for p in inputs)
    summary = checks_mod.summarise(results, rt.form)
    if fmt == "json":
        text = checks_mod.to_json(results, summary) + "\n"
    elif fmt == "csv":
        text = checks_mod.to_csv(results, rt.form)
    else:
        text = None
    if text is not None:
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            click.echo(text, nl=False)
    elif output:
        with output.open("w", encoding="utf-8") as fh:
            checks_mod.print_table(Console(file=fh, width=120), results, summary)
    else:
        checks_mod.print_table(Console(), results, summary)
    if html:
        checks_mod.write_html(html, checks_mod.to_html(results, summary, rt.form, title=f"Qualitätsprüfung: {rt.title}",
                                                       source=source))
        err.print(f"wrote {html}", markup=False, highlight=False)
    sys.exit(1 if summary["failed"] else 0)


@main.command(epilog=EPILOG_EXPORT)
@click.argument("database", required=False)
@click.option("--db", help=_DB_HELP + " Instead of DATABASE.")
@click.option("-f", "--format", "fmt", type=click.Choice(["csv", "xlsx", "jsonl"]),
              help="Output format [default: from the -o file name, else csv].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file (required for xlsx). Without it, csv/jsonl go to stdout.")
@click.option("--redact", is_flag=True, help="Drop personal data (contact name, phone, e-mail, persons) everywhere.")
@click.option("-t", "--type", "report_type", default="kfd", show_default=True,
              type=click.Choice(_type_names()), help="Report type (schema).")
def export(database: str | None, db: str | None, fmt: str | None, output: Path | None, redact: bool,
           report_type: str) -> None:
    """Export the imported reports: one row per report (csv, xlsx) or the full records (jsonl).

    Rows hold the headline fields (municipality, district, region, population, contact, events,
    participants, costs, topics) and the completeness of every section. Failed files are not exported.
    """
    from . import export as export_mod

    if database and db:
        _fail_usage("give the database once (DATABASE or --db)")
    db = db or database or "reports.db"
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in export_mod.FORMATS else "csv"
    if fmt == "xlsx" and output is None:
        _fail_usage("xlsx needs an output file: -o reports.xlsx")
    rt = registry.get(report_type)
    store = _open(db, create=False)
    try:
        rows = store.rows(report_type=rt.name)
        if fmt == "xlsx":
            n = export_mod.write_xlsx(rows, output, rt.form, redact=redact)
        else:
            fh = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
            try:
                if fmt == "csv":
                    n = export_mod.write_csv(rows, fh, rt.form, redact=redact)
                else:
                    n = export_mod.write_jsonl(rows, fh, redact=redact)
            finally:
                if output:
                    fh.close()
        failed = sum(1 for r in store.rows(with_record=False, status="failed", report_type=rt.name))
    finally:
        store.close()
    where = f" to {output}" if output else ""
    redacted = ", personal data redacted" if redact else ""
    note = f"; {failed} failed files not exported" if failed else ""
    click.echo(f"exported {n} reports{where} ({fmt}{redacted}){note}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
