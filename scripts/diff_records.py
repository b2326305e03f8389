"""Compare two folders of records (``convert -o``'s output) and list every difference, path by path.

A refactoring must leave records identical. Make the "before" set from the old commit and the "after"
set from the new one, then compare:

    git stash; report-extractor convert samples/ -o /tmp/before; git stash pop
    report-extractor convert samples/ -o /tmp/after
    python scripts/diff_records.py /tmp/before /tmp/after

Exit status 0 when every record is identical (and both folders hold the same files), else 1.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def differences(a: Any, b: Any, where: str = "") -> list[str]:
    """Human-readable differences between two JSON values ("events[1].date: '2017-06-22' != '2017-06-23'")."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for key in list(a) + [k for k in b if k not in a]:
            path = f"{where}.{key}" if where else key
            if key not in b:
                out.append(f"{path}: only before")
            elif key not in a:
                out.append(f"{path}: only after")
            else:
                out += differences(a[key], b[key], path)
        return out
    if isinstance(a, list) and isinstance(b, list):
        out = [f"{where}: {len(a)} items before, {len(b)} after"] if len(a) != len(b) else []
        for i, (x, y) in enumerate(zip(a, b)):
            out += differences(x, y, f"{where}[{i}]")
        return out
    if a != b or type(a) is not type(b):
        return [f"{where}: {a!r} != {b!r}"[:300]]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--ignore", action="append", default=[],
                        help="a top-level key to leave out of the comparison (repeatable), e.g. source")
    parser.add_argument("--most", type=int, default=5, help="differences shown per file (default 5)")
    args = parser.parse_args(argv)
    before = {p.relative_to(args.before): p for p in sorted(args.before.rglob("*.json"))}
    after = {p.relative_to(args.after): p for p in sorted(args.after.rglob("*.json"))}
    bad = 0
    for rel in sorted(set(before) | set(after)):
        if rel not in after or rel not in before:
            print(f"{rel}: only {'before' if rel in before else 'after'}")
            bad += 1
            continue
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (before[rel], after[rel]))
        for key in args.ignore:
            a.pop(key, None)
            b.pop(key, None)
        diffs = differences(a, b)
        if diffs:
            bad += 1
            print(f"{rel}: {len(diffs)} difference(s)")
            for d in diffs[:args.most]:
                print(f"    {d}")
    print(f"{len(set(before) | set(after))} records compared, {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
