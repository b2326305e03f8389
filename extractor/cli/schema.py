"""``schema``: the JSON Schema of a report type's record."""
from __future__ import annotations

import json
from typing import IO, Any

import click

from extractor.core import registry
from extractor.reports.writers import Writer

from .common import choose_writer, open_output, output_options


def _write_json(schema: dict[str, Any], out: IO[bytes]) -> None:
    out.write((json.dumps(schema, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


WRITERS = (Writer("json", (".json",), _write_json),)


@click.command(epilog="\b\nExample:\n  report-extractor schema kfd -o kfd-record.schema.json")
@click.argument("report_type", required=False, metavar="[TYPE]")
@output_options(WRITERS, "json", "the schema")
def schema(report_type: str | None, fmt: str | None, output: str | None) -> None:
    """Print the JSON Schema of a report type's record (default: the installed default type)."""
    try:
        rt = registry.get(report_type)
    except registry.UnknownReportType as exc:
        raise click.BadParameter(str(exc), param_hint="TYPE") from None
    writer = choose_writer(WRITERS, fmt, output, "json")
    with open_output(output) as out:
        writer.write(rt.model.model_json_schema(), out)
