"""``schema``: the JSON Schema of a report type's record."""
from __future__ import annotations

import json

import click

from extractor.core import registry

from .common import fail_usage


@click.command()
@click.argument("type_arg", required=False, metavar="[TYPE]")
@click.option("-t", "--type", "type_opt", metavar="NAME|FILE", help="The type, as an option (same as TYPE).")
def schema(type_arg: str | None, type_opt: str | None) -> None:
    """Print the JSON Schema of a report type's record: an installed type's name or a type file
    (form.toml) [default: the installed default type]."""
    if type_arg and type_opt:
        fail_usage("name the type once (TYPE or --type)")
    try:
        rt = registry.get(type_arg or type_opt)
    except registry.UnknownReportType as exc:
        raise click.BadParameter(str(exc), param_hint="TYPE") from None
    click.echo(json.dumps(rt.model.model_json_schema(), ensure_ascii=False, indent=2))
