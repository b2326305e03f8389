"""Qualifiers in front of a German number: "ca. 14.000", "gut 40", "mehr als 25", "insgesamt 6.000 €".

Hand-written: no library knows these. The words are the lists of ``extractor.lang.de.qualifiers``; each says
whether the number is approximate and, if so, from which side (``bound``):

- ``"about"`` (ca., rund, ~), ``"lower"`` (the true value is at least / more than the number: gut, über,
  mehr als, 100+) and ``"upper"`` (at most / less than: knapp, unter, bis zu).

The data contract counts all of these as approximate ("über 100" and "mehr als 25"
are approximate). Three kinds are recognised but are *not* approximate:

- ``total`` words (insgesamt, gesamt, in Summe): they mark a sum,
  which the costs rules need; the number itself is exact. Decision: they are kept
  as the qualifier (so "insgesamt 6.000 €" has qualifier "insgesamt", approximate False).
- exactness words (genau, exakt): ``bound="exact"``.
- "zwischen" introduces a range ("zwischen 20 und 30"): ``bound="range"``.

Qualifiers can be stacked ("insgesamt ca."): the result spans all of them as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from extractor.lang.de import qualifiers as words

Bound = Literal["about", "lower", "upper", "exact", "range"]


@dataclass(frozen=True)
class Qualifier:
    """A qualifier as written in the text, and what it means."""

    text: str                 # as written, e.g. "Ca.", "mehr als", "insgesamt ca."
    approximate: bool
    bound: Bound | None       # None only for a pure total word ("insgesamt")
    total: bool = False       # "insgesamt", "gesamt": the number is a sum


# (spelling, approximate, bound, total). Spellings are matched case-insensitively with
# any run of spaces between words.
_TABLE: list[tuple[str, bool, Bound | None, bool]] = [
    *[(w, True, "about", False) for w in words.ABOUT],
    *[(w, True, "lower", False) for w in words.AT_LEAST],
    *[(w, True, "upper", False) for w in words.AT_MOST],
    *[(w, False, "exact", False) for w in words.EXACT],
    *[(w, False, None, True) for w in words.TOTAL],
    *[(w, False, "range", False) for w in words.RANGE],
]
# Trailing qualifiers: "100+", "40 und mehr", "40 oder mehr".
_TRAILING_TABLE: list[tuple[str, bool, Bound | None, bool]] = [
    (w, True, "lower", False) for w in words.TRAILING_AT_LEAST]


def _alternation(table: list[tuple[str, bool, Bound | None, bool]]) -> str:
    parts = []
    # Longest first so "mehr als" wins over nothing and "knapp über" over "knapp".
    for spelling, *_ in sorted(table, key=lambda row: -len(row[0])):
        words = [re.escape(w) for w in spelling.split(" ")]
        pattern = r"\s+".join(words)
        # A word qualifier must end at a word boundary ("über" but not "überwiegend");
        # one ending in "." or a symbol may touch the number ("ca.40", "~40", ">100").
        if spelling[-1].isalpha():
            pattern += r"(?!\w)"
        parts.append(pattern)
    return "|".join(parts)


_LOOKUP = {spelling: (approx, bound, total) for spelling, approx, bound, total in _TABLE}
_TRAILING_LOOKUP = {s: (a, b, t) for s, a, b, t in _TRAILING_TABLE}
# The leading qualifiers as one regex alternation, for patterns that find amounts in running text.
QUALIFIER_PATTERN = _alternation(_TABLE)
_LEADING_RE = re.compile(rf"\s*({QUALIFIER_PATTERN})\s*", re.IGNORECASE)
_TRAILING_RE = re.compile(rf"\s*({_alternation(_TRAILING_TABLE)})(?!\w)", re.IGNORECASE)
_MAX_STACK = 3


def _key(written: str) -> str:
    return " ".join(written.lower().split())


def _combine(parts: list[tuple[str, tuple[bool, Bound | None, bool]]], text: str) -> Qualifier:
    approximate = any(meaning[0] for _, meaning in parts)
    bounds = [meaning[1] for _, meaning in parts if meaning[1] is not None]
    total = any(meaning[2] for _, meaning in parts)
    return Qualifier(text=text, approximate=approximate, bound=bounds[-1] if bounds else None,
                     total=total)


def split_qualifier(text: str) -> tuple[Qualifier | None, str]:
    """Split leading qualifier(s) off ``text``: ``(qualifier or None, the rest)``.

    The rest has its leading spaces removed; the qualifier text is as written.

    >>> q, rest = split_qualifier("ca. 14.000")
    >>> q.text, q.approximate, q.bound, rest
    ('ca.', True, 'about', '14.000')
    >>> q, rest = split_qualifier("mehr als 25 Personen")
    >>> q.text, q.approximate, q.bound, rest
    ('mehr als', True, 'lower', '25 Personen')
    >>> q, rest = split_qualifier("Insgesamt ca. 6.000 €")
    >>> q.text, q.approximate, q.total, rest
    ('Insgesamt ca.', True, True, '6.000 €')
    >>> split_qualifier("überwiegend 40")
    (None, 'überwiegend 40')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    parts: list[tuple[str, tuple[bool, Bound | None, bool]]] = []
    pos = 0
    start = end = None
    while len(parts) < _MAX_STACK:
        m = _LEADING_RE.match(text, pos)
        if m is None:
            break
        meaning = _LOOKUP.get(_key(m.group(1)))
        if meaning is None:  # cannot happen: the pattern is built from the table
            break
        parts.append((m.group(1), meaning))
        if start is None:
            start = m.start(1)
        end = m.end(1)
        pos = m.end()
    if not parts:
        return None, text.lstrip()
    return _combine(parts, text[start:end]), text[pos:].lstrip()


def parse_qualifier(text: str) -> Qualifier | None:
    """The qualifier that ``text`` consists of entirely, else ``None``.

    >>> parse_qualifier("über").bound, parse_qualifier("Bis zu").approximate
    ('lower', True)
    >>> parse_qualifier("insgesamt").approximate, parse_qualifier("Haus") is None
    (False, True)
    """
    qualifier, rest = split_qualifier(text)
    return qualifier if qualifier is not None and rest.strip() == "" else None


def match_trailing_qualifier(text: str, pos: int = 0) -> tuple[Qualifier, int] | None:
    """A trailing qualifier ("+", "und mehr", "oder mehr") at ``pos``: ``(qualifier, end)``.

    >>> q, end = match_trailing_qualifier("100+ Gäste", 3)
    >>> q.text, q.bound, end
    ('+', 'lower', 4)
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    m = _TRAILING_RE.match(text, pos)
    if m is None:
        return None
    meaning = _TRAILING_LOOKUP[_key(m.group(1))]
    return _combine([(m.group(1), meaning)], m.group(1)), m.end()
