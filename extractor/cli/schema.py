"""``schema``: the JSON Schema of a report type's record."""
from __future__ import annotations

import json
from typing import IO, Any

import click

from extractor.core import registry
from extractor.reports.writers import Writer

from .common import choose_writer, fail_usage, open_output, output_options


def _write_json(schema: dict[str, Any], out: IO[bytes]) -> None:
    out.write((json.dumps(schema, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


WRITERS = (Writer("json", (".json",), _write_json),)


@click.command(epilog="\b\nExamples:\n  report-extractor schema kfd -o kfd-record.schema.json\n"
                      "  report-extractor schema --type samples/sachbericht/sachbericht.toml")
@click.argument("type_arg", required=False, metavar="[TYPE]")
@click.option("-t", "--type", "type_opt", metavar="NAME|FILE", help="The type, as an option (same as TYPE).")
@output_options(WRITERS, "json", "the schema")
def schema(type_arg: str | None, type_opt: str | None, fmt: str | None, output: str | None, file_mode: int) -> None:
    """Print the JSON Schema of a report type's record: an installed type's name or a type file
    (form.toml) [default: the installed default type]."""
    if type_arg and type_opt:
        fail_usage("name the type once (TYPE or --type)")
    try:
        rt = registry.get(type_arg or type_opt)
    except registry.UnknownReportType as exc:
        raise click.BadParameter(str(exc), param_hint="TYPE") from None
    writer = choose_writer(WRITERS, fmt, output, "json")
    with open_output(output, file_mode) as out:
        writer.write(rt.model.model_json_schema(), out)
