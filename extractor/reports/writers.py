"""Output formats: the one contract every writer of a file follows, and the CSV that German Excel opens.

Each command that writes has a small table of ``Writer``s (``check.WRITERS``, ``export.WRITERS``, ...).
A writer has a ``--format`` name and the file suffixes that select it; ``choose`` picks one from
``--format`` or from the output file's suffix and refuses an unknown suffix instead of guessing.
Writers write bytes, so a file and standard output get the same bytes; the file itself is opened by
``cli.common.open_output`` (mode 0600, ``core.private_files``). Every csv cell is written through
``CsvStyle.writer`` and every xlsx cell through ``cells.append_xlsx_row``: both neutralise formulas
(``cells``), so no writer has to remember it.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any, Literal

from .cells import csv_value

LIST_SEPARATOR = "; "    # between the items of a list in one csv/xlsx cell, in every column


@dataclass(frozen=True)
class Writer:
    name: str                                   # the --format value: "csv"
    suffixes: tuple[str, ...]                   # output file names that select it: (".csv",)
    write: Callable[[Any, IO[bytes]], Any]      # write(content, out); content is the command's own
    binary: bool = False                        # not text: refused on a terminal (xlsx)


class FormatError(ValueError):
    """The output format cannot be told, or contradicts the output file's name."""


def choose(writers: Sequence[Writer], fmt: str | None, output: str | None, default: str) -> Writer:
    """The writer for one output: ``--format`` when given, else the suffix of ``output`` (a file name;
    None or "-" is standard output), else ``default``. A file suffix no writer has is refused; so is a
    suffix that names another format than ``--format``."""
    by_name = {w.name: w for w in writers}
    by_suffix = {s: w for w in writers for s in w.suffixes}
    suffix = _suffix(output)
    named = by_suffix.get(suffix) if suffix else None
    if fmt is not None:
        if named is not None and named.name != fmt:
            raise FormatError(f"{output} is named as {named.name} but --format is {fmt}")
        return by_name[fmt]
    if named is not None:
        return named
    if suffix:
        known = ", ".join(s for w in writers for s in w.suffixes)
        raise FormatError(f"cannot tell the format from the name {output}: use {known}, or --format")
    if output not in (None, "-"):
        raise FormatError(f"{output} has no extension: add one ({', '.join(s for w in writers for s in w.suffixes)}) "
                          "or give --format")
    return by_name[default]


def _suffix(output: str | None) -> str:
    if output in (None, "-"):
        return ""
    name = output.replace("\\", "/").rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[1].lower() if "." in name.strip(".") else ""


@contextmanager
def text_stream(out: IO[bytes], *, bom: bool = False, newline: str | None = None) -> Iterator[IO[str]]:
    """A UTF-8 text view of the byte stream ``out``, left open when done (it may be standard output)."""
    wrapper = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline=newline, write_through=True)
    try:
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()


def json_lines(items: Iterable[Any], out: IO[bytes]) -> int:
    """JSON Lines: one compact JSON value per line, written as the items come; returns how many."""
    n = 0
    for item in items:
        out.write((json.dumps(item, ensure_ascii=False) + "\n").encode("utf-8"))
        n += 1
    return n


# ----------------------------------------------------------------------------------------------------- CSV

CsvDialect = Literal["excel-de", "rfc4180"]
CSV_DIALECTS: dict[str, str] = {
    "excel-de": "for German Excel (the default): UTF-8 with BOM, ';' between fields, decimal comma, CRLF",
    "rfc4180": "RFC 4180: UTF-8 without BOM, ',' between fields, decimal point, CRLF",
}
DEFAULT_CSV_DIALECT: CsvDialect = "excel-de"


@dataclass(frozen=True)
class CsvStyle:
    """How csv files are written. A double-clicked .csv in a German Excel splits on ';', reads ',' as the
    decimal mark and needs the BOM to take the bytes as UTF-8 (else every umlaut comes out garbled).
    Fields are quoted only when they hold the delimiter, a quote or a line break; quotes are doubled."""
    dialect: CsvDialect = DEFAULT_CSV_DIALECT

    @property
    def delimiter(self) -> str:
        return ";" if self.dialect == "excel-de" else ","

    def cell(self, value: Any) -> str:
        """One value as csv text: no value is empty; a whole float is an integer; booleans are 1/0."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return "1" if value else "0"
        if isinstance(value, float):
            if value.is_integer():
                return str(int(value))
            text = repr(value)
            return text.replace(".", ",") if self.dialect == "excel-de" else text
        return str(value)

    @contextmanager
    def writer(self, out: IO[bytes]) -> Iterator[CsvRows]:
        """The rows of a csv file over ``out``, in this style."""
        with text_stream(out, bom=self.dialect == "excel-de", newline="") as text:
            yield CsvRows(self, csv.writer(text, delimiter=self.delimiter, quotechar='"', quoting=csv.QUOTE_MINIMAL,
                                           doublequote=True, lineterminator="\r\n"))


class CsvRows:
    """Writes the rows of one csv file: the one place a csv cell is made. Each value is neutralised
    (``cells.csv_value``: a text that a spreadsheet would take as a formula gets its apostrophe) and
    then written in the file's style (``CsvStyle.cell``), so a negative number stays a number."""

    def __init__(self, style: CsvStyle, writer: Any):
        self._style, self._writer = style, writer

    def writerow(self, values: Iterable[Any]) -> None:
        self._writer.writerow([self._style.cell(csv_value(v)) for v in values])
