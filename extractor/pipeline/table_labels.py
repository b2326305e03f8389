"""Label/value pairs in tables: which cell holds the value of a label cell.

A form's fields typed into a table sit beside their labels (label | value, also two pairs in one row:
label | value | label | value) or below them (a row of labels over a row of values). Read cell by cell,
row by row, a value below its label comes after the whole row of labels, so values are paired with labels
by the table's rows and columns, not by reading order. Which cells are labels is the caller's (the form's)
business; this module knows only the grid.
"""
from __future__ import annotations

from typing import Callable

CellKey = tuple[int, int, int]  # (table, row, column), as the readers number table cells


def pair_cells(first_lines: dict[CellKey, str], is_label: Callable[[str], bool]) -> dict[CellKey, CellKey]:
    """Value cell -> its label cell, for the cells given by their first line.

    Per table: labels whose right neighbour is a value vote for "beside", labels whose right neighbour is
    another label vote for "below"; the majority decides (a tie: beside). Beside, a label's value is the
    next cell to its right -- even one that reads like a label, when it ends the row ("Telefon" |
    "Tel.: 0711 ..."). Below, it is the cell under the label. A cell with nothing to its left, under a
    value, continues that value (the label cell is merged over both rows, or a page break cut the row).
    """
    tables: dict[int, list[CellKey]] = {}
    for key in sorted(first_lines):
        tables.setdefault(key[0], []).append(key)
    value_of: dict[CellKey, CellKey] = {}
    for keys in tables.values():
        value_of.update(_pair_table(keys, {k: is_label(first_lines[k]) for k in keys}))
    return value_of


def _pair_table(keys: list[CellKey], label: dict[CellKey, bool]) -> dict[CellKey, CellKey]:
    right: dict[CellKey, CellKey] = {}
    for a, b in zip(keys, keys[1:]):
        if a[1] == b[1]:
            right[a] = b
    present = set(keys)
    beside = sum(1 for k in keys if label[k] and k in right and not label[right[k]])
    below = sum(1 for k in keys if label[k] and k in right and label[right[k]])
    value_of: dict[CellKey, CellKey] = {}
    for key in keys:
        if not label[key] or key in value_of:
            continue
        if below > beside:
            under = (key[0], key[1] + 1, key[2])
            if under in present and not label[under]:
                value_of[under] = key
        elif key in right:
            value = right[key]
            if not label[value] or value not in right:
                value_of[value] = key
    if below <= beside:
        has_left = {b for b in right.values()}
        for key in keys:
            above = (key[0], key[1] - 1, key[2])
            if key not in value_of and not label[key] and key not in has_left and above in value_of:
                value_of[key] = value_of[above]
    return value_of
