"""``type init`` and ``type check``: report types described in a file."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

import click

from extractor.core import registry
from extractor.reports.writers import Writer

from .common import EXIT_FAILED, checked_inputs, choose_writer, fail_usage, open_output, output_options


def _write_toml(text: str, out: IO[bytes]) -> None:
    out.write(text.encode("utf-8"))


WRITERS = (Writer("toml", (".toml",), _write_toml),)

INIT_EPILOG = """\b
Example:
  report-extractor type init blank-form.docx -o sachbericht.toml
  (edit sachbericht.toml: section keys, field names and kinds, heading variants)
  report-extractor type check sachbericht.toml
  report-extractor convert --type sachbericht.toml report.pdf
"""


@click.group("type")
def type_group() -> None:
    """Report types described in a file (TOML) instead of code: start one from a blank form, check one."""


@type_group.command("init", epilog=INIT_EPILOG)
@click.argument("blank_form", metavar="BLANK_FORM")
@output_options(WRITERS, "toml", "the type file")
@click.option("--name", help="The type's name (lower case) [default: from the output or form file name].")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
def init(blank_form: str, fmt: str | None, output: str | None, file_mode: int, name: str | None,
         force: bool) -> None:
    """Write a starting type file from a blank form (.docx, .pdf, .txt): headings become sections, the
    questions under them prompts, label/value table rows labelled fields."""
    from extractor.core.errors import ExtractionError
    from extractor.core.filenames import shown
    from extractor.readers import read
    from extractor.report_types.typefile.blank_form import slug, starting_file

    (form,) = checked_inputs([blank_form])
    if form.is_dir():
        fail_usage(f"{form} is a folder; name the blank form's file")
    writer = choose_writer(WRITERS, fmt, output, "toml")
    written = None if output in (None, "-") else Path(output)
    if written is not None and written.exists() and not force:
        fail_usage(f"{written} exists; use --force to overwrite it")
    try:
        doc = read(form)
    except ExtractionError as exc:
        click.echo(exc.one_line(), err=True)
        sys.exit(EXIT_FAILED)
    name = name or slug((written or form).stem, 3).replace("_", "-")
    text, counts = starting_file(doc, name, form.name)
    if not counts["sections"]:
        click.echo(f"{shown(form)}: no headings found (heading styles, bold or larger lines); nothing written",
                   err=True)
        sys.exit(EXIT_FAILED)
    with open_output(output, file_mode) as out:
        writer.write(text, out)
    where = shown(written) if written else None
    click.echo(f"{where or 'stdout'}: {counts['sections']} sections, {counts['prompts']} prompts, "
               f"{counts['labelled']} labelled fields, {counts['answers']} answer fields; check the guessed "
               f"kinds and names, then: report-extractor type check {where or 'FILE'}", err=True)


@type_group.command("check")
@click.argument("type_file", type=click.Path(dir_okay=False, path_type=Path))
def check(type_file: Path) -> None:
    """Check a type file; print what it defines, or every mistake with its line (exit status 1)."""
    if not (type_file.exists() or type_file.is_symlink()):
        fail_usage(f"no such type file: {type_file}")
    try:
        rt = registry.get(os.path.abspath(type_file))
    except registry.UnknownReportType as exc:
        click.echo(str(exc), err=True)
        sys.exit(EXIT_FAILED)
    form = rt.form
    click.echo(f"{type_file}: ok: type {rt.name!r} version {rt.version}, {rt.title!r}")
    click.echo(f"  {len(form.sections)} sections:")
    for s in form.sections:
        extra = [_count(len(s.aliases), "variant"), _count(len(s.prompts), "prompt"),
                 f"labels: {', '.join(ld.label for ld in s.labels)}" if s.labels else ""]
        click.echo(f"    {s.key}: {s.heading!r}" + "".join(f"; {e}" for e in extra if e))
    from extractor.report_types.typefile.spec import COMMON_PARTS
    own = [k for k in rt.model.model_fields if k not in COMMON_PARTS]
    click.echo(f"  fields: {', '.join(own)}")
    click.echo(f"  columns: {', '.join(c.name for c in rt.columns) or 'none'}"
               + (f" (check names a report by {rt.label_column})" if rt.label_column else ""))
    click.echo(f"  personal (--redact): {', '.join(rt.personal_fields) or 'none'}")


def _count(n: int, noun: str) -> str:
    return "" if not n else f"{n} {noun}" + ("s" if n > 1 else "")
