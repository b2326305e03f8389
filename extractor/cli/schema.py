"""``schema``: the JSON Schema of a report type's record."""
from __future__ import annotations

import json

import click

from extractor.core import registry


@click.command()
@click.argument("report_type", required=False, metavar="[TYPE]")
def schema(report_type: str | None) -> None:
    """Print the JSON Schema of a report type's record (default: the installed default type)."""
    try:
        rt = registry.get(report_type)
    except registry.UnknownReportType as exc:
        raise click.BadParameter(str(exc), param_hint="TYPE") from None
    click.echo(json.dumps(rt.model.model_json_schema(), ensure_ascii=False, indent=2))
