"""``convert``: report files to JSON records."""
from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

import click

from extractor.core.errors import ExtractionError
from extractor.core.report_type import ReportType

from .common import file_mode_option, follow_symlinks_option, make_read_options, read_options, type_option

EPILOG = """\b
Examples:
  report-extractor convert samples/plochingen.pdf          # one JSON record on stdout
  report-extractor convert samples/ -o out/                # out/<name>.json per file, sub-folders kept
  report-extractor convert a.docx b.pdf > records.jsonl    # several inputs, no -o: JSON Lines

\b
Exit status: 0 all converted, 1 at least one file failed, 2 usage error.
A file that fails prints one line to stderr: "<file>: error [<code>]: <reason>".
Output names never collide: inputs sharing a name get their extension or ~2, ~3 (see --help of -o);
files are written with mode 600 (--file-mode).
"""


@click.command(epilog=EPILOG)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for one <name>.json per input (created if needed). Without it, records go to stdout.")
@type_option()
@read_options
@follow_symlinks_option
@file_mode_option
@click.option("--compact", is_flag=True, help="One-line JSON instead of indented.")
@click.option("--debug", is_flag=True, help="Show a traceback for unexpected internal errors.")
def convert(inputs: tuple[Path, ...], output: Path | None, report_type: ReportType, password: str | None,
            ask_password: bool, pdf_engine: str, follow_symlinks: bool, file_mode: int, compact: bool,
            debug: bool) -> None:
    """Convert report files (or folders of them, searched recursively) into JSON records.

    The format is recognised by content, not by extension. Inside folders only .txt, .docx and .pdf
    files are taken; files named explicitly are always tried.
    """
    from extractor.bulk.inputs import collect, output_names
    from extractor.core.filenames import shown
    from extractor.core.private_files import write_bytes
    from extractor.pipeline.engine import extract

    options = make_read_options(password, pdf_engine, ask_password)
    found = collect(list(inputs), follow_symlinks=follow_symlinks)
    failed = 0
    for p in found.missing:
        click.echo(f"{shown(p)}: error [not_found]: no such file or folder", err=True)
        failed += 1
    for p, reason in found.refused:
        click.echo(f"{shown(p)}: skipped: {reason}", err=True)
    if not found.files:
        click.echo("nothing to convert: no .txt, .docx or .pdf files found", err=True)
        sys.exit(1)
    targets = output_names([f.rel for f in found.files]) if output else [None] * len(found.files)
    single = len(found.files) == 1 and output is None
    ok = 0
    for f, target in zip(found.files, targets):
        try:
            record = extract(f.path, report_type, options)
        except ExtractionError as exc:
            click.echo(exc.one_line(), err=True)
            failed += 1
            continue
        except Exception as exc:  # a bug must not stop the batch; report it on one line
            click.echo(f"{shown(f.path)}: error [internal]: {type(exc).__name__}: {shown(' '.join(str(exc).split()))}",
                       err=True)
            if debug:
                traceback.print_exc()
            failed += 1
            continue
        indent = None if compact or (output is None and not single) else 2
        text = json.dumps(record, ensure_ascii=False, indent=indent)
        if output is None:
            click.echo(text)
            ok += 1
            continue
        dest = output / target
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(dest, (text + "\n").encode("utf-8"), file_mode)
        except OSError as exc:  # counted as failed: the summary counts only files really written
            click.echo(f"{shown(f.path)}: error [write_failed]: cannot write {shown(dest)}: "
                       f"{exc.strerror or exc}", err=True)
            failed += 1
            continue
        ok += 1
    if output is not None or len(found.files) > 1 or found.skipped or found.refused:
        skipped = f", {len(found.skipped)} other files skipped" if found.skipped else ""
        refused = f", {len(found.refused)} links not followed" if found.refused else ""
        where = f" into {shown(output)}" if output else ""
        click.echo(f"converted {ok}{where}, failed {failed}{skipped}{refused}", err=True)
    sys.exit(1 if failed else 0)
