"""List labels of an .odt as LibreOffice draws them: a list style's levels (``text:list-level-style-number``
/ ``-bullet`` / ``-image``) and running counters per list.

Counting: a ``text:list`` starts a new list unless it continues one (``text:continue-list`` names the
list by its xml:id; ``text:continue-numbering="true"`` continues the last list of the same style);
nested lists count in their outer list's counters, one level deeper; ``text:start-value`` on a list item
sets its number. Labels are drawn like the docx reader draws Word's: every bullet glyph "•" (a dash
"-"), numbers in the level's format with prefix and suffix, ``text:display-levels`` upper levels
joined with "." (or LibreOffice's own pattern ``loext:num-list-format``, "%1%.%2%.").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from ..markers import bullet_marker, format_number
from .odfxml import bounded_int, qn

MAX_LEVEL = 10
_PATTERN_REF = re.compile(r"%(\d{1,2})%")
# style:num-format -> the Word format name markers.format_number knows.
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman",
            "": "none"}


@dataclass(frozen=True)
class Level:
    kind: str                     # "number", "bullet", "image"
    fmt: str                      # Word format name: decimal, lowerLetter, ..., none
    prefix: str
    suffix: str
    display: int                  # text:display-levels: how many levels' numbers the label shows
    start: int                    # text:start-value
    bullet: str                   # text:bullet-char
    pattern: str | None           # loext:num-list-format


def _fmt(value: str | None) -> str:
    if value is None:
        return "decimal"
    if value.startswith("01"):
        return "decimalZero"      # LibreOffice's "01, 02, 03, ..."
    return _FORMATS.get(value, "decimal")


def _levels(list_style: etree._Element) -> dict[int, Level]:
    levels: dict[int, Level] = {}
    kinds = {qn("text:list-level-style-number"): "number", qn("text:list-level-style-bullet"): "bullet",
             qn("text:list-level-style-image"): "image"}
    for el in list_style:
        kind = kinds.get(el.tag)
        level = bounded_int(el.get(qn("text:level")), 0, 0, 1000)
        if kind is None or not 1 <= level <= MAX_LEVEL:
            continue
        levels.setdefault(level, Level(
            kind=kind, fmt=_fmt(el.get(qn("style:num-format"))) if kind == "number" else "bullet",
            prefix=el.get(qn("style:num-prefix")) or "", suffix=el.get(qn("style:num-suffix")) or "",
            display=bounded_int(el.get(qn("text:display-levels")), 1, 1, MAX_LEVEL),
            start=bounded_int(el.get(qn("text:start-value")), 1, 0, 10**9),
            bullet=el.get(qn("text:bullet-char")) or "",
            pattern=el.get(qn("loext:num-list-format")) if kind == "number" else None))
    return levels


class ListCounters:
    """Running numbers per list in document order, giving each list item its label."""

    def __init__(self, list_styles: dict[str, etree._Element]):
        self._list_styles = list_styles
        self._levels: dict[str, dict[int, Level]] = {}
        self._counts: dict[int, list[int | None]] = {}
        self._by_xml_id: dict[str, int] = {}
        self._last_of_style: dict[str | None, int] = {}
        self._next_key = 0

    def begin(self, lst: etree._Element, style: str | None) -> int:
        """The counters key of a top-level ``text:list``."""
        key = self._by_xml_id.get(lst.get(qn("text:continue-list")) or "")
        if key is None and lst.get(qn("text:continue-numbering")) == "true":
            key = self._last_of_style.get(style)
        if key is None:
            key = self._next_key
            self._next_key += 1
            self._counts[key] = [None] * (MAX_LEVEL + 1)
        xml_id = lst.get(qn("xml:id"))
        if xml_id:
            self._by_xml_id[xml_id] = key
        self._last_of_style[style] = key
        return key

    def levels(self, style: str | None) -> dict[int, Level]:
        if style is None:
            return {}
        if style not in self._levels:
            el = self._list_styles.get(style)
            self._levels[style] = _levels(el) if el is not None else {}
        return self._levels[style]

    def next_marker(self, key: int, style: str | None, depth: int, start_value: int | None) -> str | None:
        """Count one item at ``depth`` (1-based) of list ``key`` and return its label (None: no label)."""
        depth = min(depth, MAX_LEVEL)
        levels = self.levels(style)
        level = levels.get(depth)
        counts = self._counts[key]
        start = level.start if level is not None else 1
        if start_value is not None:
            counts[depth] = start_value
        else:
            counts[depth] = start if counts[depth] is None else counts[depth] + 1
        for deeper in range(depth + 1, MAX_LEVEL + 1):
            counts[deeper] = None
        if level is None:
            return None
        if level.kind != "number":
            return "•" if level.kind == "image" else bullet_marker(level.bullet)
        return _number_label(level, levels, counts, depth)


def _number_label(level: Level, levels: dict[int, Level], counts: list[int | None], depth: int) -> str | None:
    def number(ref: int) -> str:
        ref_level = levels.get(ref)
        if ref_level is None or not 1 <= ref <= depth:
            return ""
        value = counts[ref] if counts[ref] is not None else ref_level.start
        return format_number(value, ref_level.fmt if ref_level.kind == "number" else "none")

    if level.pattern:
        label = _PATTERN_REF.sub(lambda m: number(int(m.group(1))), level.pattern)
    elif level.fmt == "none":
        label = level.prefix + level.suffix
    else:
        shown = range(max(1, depth - level.display + 1), depth + 1)
        label = level.prefix + ".".join(number(ref) for ref in shown) + level.suffix
    return label.strip() or None
