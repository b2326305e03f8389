"""``convert``: report files to JSON records."""
from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

import click

from extractor.core.errors import ExtractionError
from extractor.core.report_type import ReportType

from .common import make_read_options, read_options, type_option

EPILOG = """\b
Examples:
  report-extractor convert samples/plochingen.pdf          # one JSON record on stdout
  report-extractor convert samples/ -o out/                # out/<name>.json per file, sub-folders kept
  report-extractor convert a.docx b.pdf > records.jsonl    # several inputs, no -o: JSON Lines

\b
Exit status: 0 all converted, 1 at least one file failed, 2 usage error.
A file that fails prints one line to stderr: "<file>: error [<code>]: <reason>".
"""


@click.command(epilog=EPILOG)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for one <name>.json per input (created if needed). Without it, records go to stdout.")
@type_option()
@read_options
@click.option("--compact", is_flag=True, help="One-line JSON instead of indented.")
@click.option("--debug", is_flag=True, help="Show a traceback for unexpected internal errors.")
def convert(inputs: tuple[Path, ...], output: Path | None, report_type: ReportType, password: str | None,
            pdf_engine: str, ocr: str, ocr_lang: str, ocr_dpi: int, compact: bool, debug: bool) -> None:
    """Convert report files (or folders of them, searched recursively) into JSON records.

    The format is recognised by content, not by extension. Inside folders only .txt, .docx and .pdf
    files and scans (.png, .jpg, .jpeg, .tif, .tiff) are taken; files named explicitly are always tried.
    Scanned pages are read by OCR (--ocr).
    """
    from extractor.bulk.inputs import collect, output_names
    from extractor.pipeline.engine import extract

    options = make_read_options(password, pdf_engine, ocr, ocr_lang, ocr_dpi)
    found = collect(list(inputs))
    failed = 0
    for p in found.missing:
        click.echo(f"{p}: error [not_found]: no such file or folder", err=True)
        failed += 1
    if not found.files:
        click.echo("nothing to convert: no .txt, .docx, .pdf or scanned image files found", err=True)
        sys.exit(1)
    targets = output_names([rel for _, rel in found.files]) if output else [None] * len(found.files)
    single = len(found.files) == 1 and output is None
    ok = 0
    for (path, _), target in zip(found.files, targets):
        try:
            record = extract(path, report_type, options)
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
