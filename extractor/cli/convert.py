"""``convert``: report files (or standard input) to JSON records."""
from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from extractor.core.errors import ExtractionError
from extractor.core.report_type import ReportType
from extractor.core.wording import plural
from extractor.reports.records import WRITERS

from .common import (EXIT_FAILED, EXIT_OK, STDIN, checked_inputs, choose_writer, fail_usage, file_mode_option,
                     follow_symlinks_option, inputs_argument, make_read_options, nothing_found, open_output,
                     read_options, type_option)

EPILOG = """\b
Examples:
  report-extractor convert samples/plochingen.pdf          # one JSON record on standard output
  cat samples/plochingen.txt | report-extractor convert -  # standard input (the format is sniffed)
  report-extractor convert samples/ -o out/                # out/<name>.json per file, sub-folders kept
  report-extractor convert samples/real -o records.jsonl   # all records in one JSON Lines file
  report-extractor convert a.docx b.pdf > records.jsonl    # several inputs on standard output: JSON Lines

\b
-o is a folder (an existing one, a name ending in "/", or a name without extension) or a file
named .json or .jsonl. In a folder, each input gives <name>.json, keeping sub-folders. Output
names never collide: inputs in one folder sharing a name (a.txt and a.pdf) give <name>.<ext>.json,
names still taken get ~2, ~3, and an over-long name is cut and given a short hash. Symbolic links
to files outside the given folders are skipped and listed (--follow-symlinks reads them). Files
are written with mode 600 (--file-mode).
Exit status: 0 all converted, 1 some files could not be read, 2 usage error (see report-extractor --help).
"""

STDIN_NAME = "<stdin>"  # source.file of a record read from standard input


@click.command(epilog=EPILOG)
@inputs_argument
@click.option("-o", "--output", metavar="FOLDER|FILE",
              help="A folder for one <name>.json per input, or one .json/.jsonl file; "
                   '"-" or none: standard output.')
@click.option("-f", "--format", "fmt", type=click.Choice([w.name for w in WRITERS]),
              help="json (indented; an array for several inputs) or jsonl (one record per line) "
                   "[default: from the -o extension, else json for one input and jsonl for several].")
@type_option()
@read_options
@follow_symlinks_option
@file_mode_option
@click.option("--debug", is_flag=True, help="Show a traceback for unexpected internal errors.")
def convert(inputs: tuple[str, ...], output: str | None, fmt: str | None, report_type: ReportType,
            password: str | None, ask_password: bool, pdf_engine: str, ocr: str, ocr_lang: str, ocr_dpi: int,
            follow_symlinks: bool, file_mode: int, debug: bool) -> None:
    """Convert report files (or folders of them, searched recursively) into JSON records.

    The format is recognised by content, not by extension. Inside folders only .txt, .docx, .odt,
    .doc, .rtf and .pdf files and scans (.png, .jpg, .jpeg, .tif, .tiff) are taken; files named explicitly are always tried.
    "-" reads one report from standard input. Scanned pages are read by OCR (--ocr).
    """
    from rich.console import Console

    from extractor.bulk.inputs import collect, output_names
    from extractor.bulk.progress import BatchProgress
    from extractor.core.filenames import shown
    from extractor.core.private_files import open_binary
    from extractor.reports.records import Records, write_json

    paths = checked_inputs(inputs, stdin=True)
    folder = _as_folder(output)
    if folder is not None and fmt == "jsonl":
        fail_usage("a folder gets one .json per input; for JSON Lines name a file: -o records.jsonl")
    refused = 0
    if str(paths[0]) == STDIN:
        if ask_password:
            fail_usage('--ask-password reads standard input, which "-" takes for the report: set '
                       '$REPORT_EXTRACTOR_PDF_PASSWORD instead')
        files: list[tuple[Path, Path | None]] = [(Path(STDIN), Path("stdin"))]
        skipped = 0
    else:
        found = collect(paths, follow_symlinks=follow_symlinks)
        files, skipped, refused = [(f.path, f.rel) for f in found.files], len(found.skipped), len(found.refused)
        for link, why in found.refused:
            click.echo(f"{shown(link)}: skipped: {why}", err=True)
        if not files:
            nothing_found("convert", paths, refused)
    many = len(files) > 1
    writer = None if folder is not None else choose_writer(WRITERS, fmt, output, "jsonl" if many else "json")
    options = make_read_options(password, pdf_engine, ask_password, ocr=ocr, ocr_lang=ocr_lang,
                                ocr_dpi=ocr_dpi)  # after the usage errors: it may prompt
    failed = 0

    def records(progress: BatchProgress | None) -> Iterator[tuple[dict[str, Any], Path | None]]:
        nonlocal failed
        targets = output_names([rel for _, rel in files]) if folder is not None else [None] * len(files)
        for (path, _), target in zip(files, targets):
            started = time.monotonic()
            try:
                record = _extract(path, report_type, options)
            except ExtractionError as exc:
                failed += 1
                if progress:
                    progress.advance(str(path), time.monotonic() - started, exc.code, exc.message)
                else:
                    click.echo(exc.one_line(), err=True)
                continue
            except Exception as exc:  # a bug must not stop the batch; report it on one line
                failed += 1
                message = f"{type(exc).__name__}: {' '.join(str(exc).split())}"
                if progress:
                    progress.advance(str(path), time.monotonic() - started, "internal", message)
                else:
                    click.echo(f"{shown(path)}: error [internal]: {shown(message)}", err=True)
                if debug:
                    traceback.print_exc()
                continue
            if progress:
                progress.advance(str(path), time.monotonic() - started)
            yield record, target

    with BatchProgress(len(files) if many else 0, Console(stderr=True), "converting") as progress:
        if folder is not None:
            ok = 0
            for record, target in records(progress if many else None):
                dest = folder / target
                try:  # a private file (0600) like every output (``open_output``); a failure is this file's only
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    with open_binary(dest, file_mode) as fh:
                        write_json(Records(iter([record]), single=True), fh)
                except OSError as exc:  # counted as failed: the summary counts only files really written
                    failed += 1
                    click.echo(f"{shown(record['source']['file'])}: error [write_failed]: cannot write {shown(dest)}: "
                               f"{exc.strerror or exc}", err=True)
                    continue
                ok += 1
        else:
            with open_output(output, file_mode) as out:
                ok = writer.write(Records((r for r, _ in records(progress if many else None)), single=not many), out)
    if folder is not None or many or skipped or refused:
        others = f", {plural(skipped, 'other file')} skipped" if skipped else ""
        links = f", {plural(refused, 'link')} not followed" if refused else ""
        where = f" into {shown(output)}" if output not in (None, STDIN) else ""
        click.echo(f"converted {ok}{where}, failed {failed}{others}{links}", err=True)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _as_folder(output: str | None) -> Path | None:
    """-o as a folder, or None when it names a file or standard output (refused when it is neither)."""
    if output in (None, STDIN):
        return None
    path = Path(output)
    suffixes = {s for w in WRITERS for s in w.suffixes}
    if path.is_dir() or output.endswith(("/", "\\")):
        return path
    if path.suffix.lower() in suffixes:
        return None
    if not path.suffix:
        return path
    fail_usage(f"-o {output}: name a folder (end it with /) or a .json or .jsonl file")


def _extract(path: Path, report_type: ReportType, options) -> dict[str, Any]:
    """The record of one file; "-" reads standard input (within the file size limit) through a
    temporary file, so that every reader and limit applies as for a named file."""
    from extractor.core.private_files import write_bytes
    from extractor.pipeline.engine import extract
    from extractor.readers.limits import MB

    if str(path) != STDIN:
        return extract(path, report_type, options)
    limit = options.limits.max_file_bytes
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise ExtractionError("too_large", f"standard input exceeds the limit of {limit / MB:.0f} MB", STDIN_NAME)
    with tempfile.TemporaryDirectory(prefix="report-extractor-") as tmp:
        spool = Path(tmp) / "stdin"
        write_bytes(spool, data)  # report data: private, as every file written
        try:
            record = extract(spool, report_type, options)
        except ExtractionError as exc:
            exc.path = STDIN_NAME
            raise
    record["source"]["file"] = STDIN_NAME
    return record
