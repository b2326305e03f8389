"""``types``: the installed report types and where they come from."""
from __future__ import annotations

import click

from extractor.core import registry


@click.command("types")
def types_cmd() -> None:
    """List the installed report types: name, version, title and the package that provides each.

    A type described in a file is not installed: name it by its path wherever a type is asked for
    (--type form.toml); `report-extractor type check form.toml` tells whether it is sound.
    """
    from rich.console import Console
    from rich.table import Table

    try:
        default = registry.default_name()
    except registry.UnknownReportType:
        default = None
    table = Table(box=None, pad_edge=False)
    for col in ("name", "version", "title", "from"):
        table.add_column(col, overflow="fold")
    for name, origin in registry.installed():
        try:
            rt = registry.get(name)
            version, title = rt.version, rt.title
        except registry.UnknownReportType as exc:
            version, title = "?", f"cannot be loaded: {exc}"
        table.add_row(name + (" (default)" if name == default else ""), version, title, origin)
    Console(width=160).print(table)
    if default and registry.is_type_file(default):
        click.echo(f"default (${registry.DEFAULT_ENV}): {default}")
