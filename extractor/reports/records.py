"""The formats ``convert`` writes records in: JSON (one record, or an array of them) and JSON Lines."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from .writers import Writer, json_lines


@dataclass
class Records:
    """Records as they are extracted; ``single``: one input, so JSON gets the record, not an array."""
    items: Iterator[dict[str, Any]]
    single: bool


def _indented(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2)


def write_json(records: Records, out: IO[bytes]) -> int:
    n = 0
    if records.single:
        for record in records.items:
            out.write((_indented(record) + "\n").encode("utf-8"))
            n += 1
        return n
    out.write(b"[")
    for record in records.items:  # an array written as the records come
        out.write((",\n" if n else "\n").encode("utf-8") + _indented(record).encode("utf-8"))
        n += 1
    out.write(b"\n]\n" if n else b"]\n")
    return n


def write_jsonl(records: Records, out: IO[bytes]) -> int:
    return json_lines(records.items, out)


WRITERS = (
    Writer("json", (".json",), write_json),
    Writer("jsonl", (".jsonl",), write_jsonl),
)
