"""Counts as the data contract's ``Quantity``: "ca. 14.000", "gut 40", "ca. 6-800 Personen"."""
from __future__ import annotations

from typing import TypedDict

from ._amounts import Amount, scan_amount
from .numbers import to_number


class Quantity(TypedDict):
    value: int | float
    max: int | float | None      # upper end of a range, else None
    approximate: bool            # a qualifier of approximation was written (see qualifiers.py)
    qualifier: str | None        # the qualifier as written ("ca.", "mehr als", "insgesamt")
    text: str                    # the input as written, stripped: notes stay here


def parse_quantity(text: str) -> Quantity | None:
    """Parse a count written in German into a ``Quantity`` dict, ``None`` if there is none.

    The number must come first (after an optional qualifier); whatever follows it
    (unit, a note in brackets, the rest of a sentence) is ignored by ``value`` and
    kept in ``text``. Number words work too ("zwölf Personen").

    Ranges give ``max``: "20-30", "20 bis 30", "zwischen 20 und 30"; the German
    shorthand "6-800" is 600 to 800 (only when the upper end has two or more extra
    digits that are all zeros, so "1-15" stays 1 to 15). A reversed range is ``None``.
    A range alone is not "approximate": only a qualifier makes it so.

    >>> parse_quantity("ca. 14.000")
    {'value': 14000, 'max': None, 'approximate': True, 'qualifier': 'ca.', 'text': 'ca. 14.000'}
    >>> q = parse_quantity("ca. 6-800 Personen"); (q["value"], q["max"], q["qualifier"])
    (600, 800, 'ca.')
    >>> parse_quantity("9.007 Einwohner (Stand 2016)")["value"]
    9007
    >>> parse_quantity("keine Angabe") is None, parse_quantity("14.10.2018") is None
    (True, True)

    Not a count (``None``): text that does not start with a number ("Einwohner: 40"),
    a number followed directly by another digit group, "/", "%" or a currency
    ("5/2016", "40%", "5.000€"), numbers with a leading zero ("07153"), numbers in
    non-German notation ("1.5").
    """
    amount = scan_amount(text, money=False)
    return None if amount is None else quantity_of(amount, text)


def quantity_of(amount: Amount, text: str) -> Quantity:
    """The contract's Quantity fields of a scanned amount (shared with money)."""
    return Quantity(
        value=to_number(amount.value),
        max=None if amount.max is None else to_number(amount.max),
        approximate=amount.qualifier.approximate if amount.qualifier else False,
        qualifier=amount.qualifier.text if amount.qualifier else None,
        text=text.strip(),
    )
