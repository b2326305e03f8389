"""Command line: ``report-extractor`` (also ``python -m extractor``). One module per command; each parses
its options into typed objects and calls the layers below."""
from __future__ import annotations

import click

from extractor import __version__

from .check import check
from .common import CONVENTION
from .convert import convert
from .evaluate import eval_cmd
from .export import export
from .import_ import import_
from .list_types import types_cmd
from .schema import schema
from .type_file import type_group


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}, epilog=CONVENTION)
@click.version_option(__version__, prog_name="report-extractor")
def main() -> None:
    """Turn free-text reports (.txt, .docx, .pdf; scans by OCR) written on a fixed form into validated JSON records.

    Each record holds the form's sections (answer text without the prompt questions, and whether the
    section is missing or unanswered), the report type's typed fields (for KFD: municipality, contact,
    events, costs, ...), the entities found, and the normalised text every offset points into.
    A report type is installed (`report-extractor types`) or described in a file (`type init`).
    """


for _command in (convert, import_, check, export, eval_cmd, schema, types_cmd, type_group):
    main.add_command(_command)

if __name__ == "__main__":  # pragma: no cover
    main()
