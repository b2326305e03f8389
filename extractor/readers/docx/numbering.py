"""List markers of a .docx as Word draws them from word/numbering.xml (they are not in the paragraph text).

numPr (paragraph or style chain) -> w:num (numId) -> w:abstractNum (maybe via a numbering style's
w:numStyleLink) -> w:lvl[@w:ilvl], with w:lvlOverride on the w:num replacing a level or its start
value. Counted per abstract list, as Word does (``ListCounters``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree

from ..markers import bullet_marker, format_number
from .styles import Styles
from .wordml import MAX_ILVL, MC_FALLBACK, num_and_level, on_off, qn, w_val

_MAX_LINKS = 8                    # numStyleLink hops; a hostile file may loop
_LEVEL_REF = re.compile(r"%([1-9])")


@dataclass(frozen=True)
class Level:
    fmt: str                      # w:numFmt: decimal, lowerLetter, bullet, none, ...
    text: str                     # w:lvlText: "%1.", "%1.%2.", a bullet glyph, "" for none
    start: int                    # w:start; the standard's default is 0
    restart: int | None           # w:lvlRestart: 1-based level whose use restarts this one, 0 never
    legal: bool                   # w:isLgl: every %N in decimal ("1.1" under a roman top level)
    style_id: str | None          # w:pStyle: the paragraph style tied to this level


@dataclass(frozen=True)
class ListDef:
    counter: str                  # the abstractNumId: instances sharing it share counters
    levels: dict[int, Level]
    restarts: frozenset[int]      # levels this instance restarts where it is first used


def _number_val(el: etree._Element | None, default: int) -> int:
    try:
        return max(0, min(int(el.get(qn("w:val"))), 10**9))
    except (AttributeError, TypeError, ValueError):
        return default


def _number_val_attr(el: etree._Element, attr: str) -> int | None:
    try:
        return int(el.get(qn(attr)))
    except (TypeError, ValueError):
        return None


def _level(lvl: etree._Element) -> Level:
    fmt = lvl.find(qn("w:numFmt"))
    if fmt is None:  # Word 2010 custom formats ("001, 002") sit in mc:AlternateContent with a fallback
        fmt = lvl.find(f"*/{MC_FALLBACK}/{qn('w:numFmt')}")
    restart = lvl.find(qn("w:lvlRestart"))
    return Level(fmt=(fmt.get(qn("w:val")) if fmt is not None else None) or "decimal",
                  text=w_val(lvl, qn("w:lvlText")) or "",
                  start=_number_val(lvl.find(qn("w:start")), 0),
                  restart=None if restart is None else _number_val(restart, 0),
                  legal=bool(on_off(lvl.find(qn("w:isLgl")))),
                  style_id=w_val(lvl, qn("w:pStyle")))


def _levels_of(container: etree._Element) -> dict[int, Level]:
    levels: dict[int, Level] = {}
    for lvl in container.iterchildren(qn("w:lvl")):
        ilvl = _number_val_attr(lvl, "w:ilvl")
        if ilvl is not None and ilvl <= MAX_ILVL:
            levels.setdefault(ilvl, _level(lvl))
    return levels


class Numbering:
    """The list definitions of one document, resolved per numId."""

    def __init__(self, root: etree._Element | None, styles: Styles):
        self._styles = styles
        self._abstracts: dict[str, etree._Element] = {}
        self._nums: dict[str, etree._Element] = {}
        self._cache: dict[str, ListDef | None] = {}
        if root is None:
            return
        for el in root.iterchildren(qn("w:abstractNum")):
            self._abstracts.setdefault(el.get(qn("w:abstractNumId")) or "", el)
        for el in root.iterchildren(qn("w:num")):
            self._nums.setdefault(el.get(qn("w:numId")) or "", el)

    def definition(self, num_id: str) -> ListDef | None:
        if num_id not in self._cache:
            self._cache[num_id] = self._resolve(num_id)
        return self._cache[num_id]

    def _resolve(self, num_id: str) -> ListDef | None:
        num = self._nums.get(num_id)
        abstract = self._abstract_of(num)
        if abstract is None:
            return None
        levels = _levels_of(abstract)
        restarts = set()
        for override in num.iterchildren(qn("w:lvlOverride")):
            ilvl = _number_val_attr(override, "w:ilvl")
            if ilvl is None or not 0 <= ilvl <= MAX_ILVL:
                continue
            lvl = override.find(qn("w:lvl"))
            if lvl is not None:
                levels[ilvl] = _level(lvl)
                restarts.add(ilvl)
            start = override.find(qn("w:startOverride"))
            if start is not None and ilvl in levels:
                levels[ilvl] = replace(levels[ilvl], start=_number_val(start, levels[ilvl].start))
                restarts.add(ilvl)
        return ListDef(counter=abstract.get(qn("w:abstractNumId")) or "", levels=levels,
                        restarts=frozenset(restarts))

    def _abstract_of(self, num: etree._Element | None) -> etree._Element | None:
        """The abstractNum of a w:num, following numStyleLink to the numbering style's own list."""
        for _ in range(_MAX_LINKS):
            if num is None:
                return None
            abstract = self._abstracts.get(w_val(num, qn("w:abstractNumId")) or "")
            link = w_val(abstract, qn("w:numStyleLink"))
            if abstract is None or link is None:
                return abstract
            num_id, _ilvl = num_and_level(self._styles.numbering_style_num_pr(link))
            num = self._nums.get(num_id or "")
        return None


class ListCounters:
    """Running list numbers in document order, giving each numbered paragraph its visible marker.

    Counters belong to the abstract definition, not to the w:num: Word continues a list
    across numIds that share one abstractNum, and a w:num with a start override restarts
    the overridden levels where it is first used ("restart numbering" in Word).
    """

    def __init__(self, numbering: Numbering):
        self._numbering = numbering
        self._counts: dict[str, list[int | None]] = {}
        self._seen: set[str] = set()

    def ilvl_for_style(self, num_id: str, style_id: str | None) -> int:
        """The level whose w:pStyle is the paragraph's style (heading numbering), else 0."""
        definition = self._numbering.definition(num_id)
        if definition is not None and style_id:
            for ilvl, level in sorted(definition.levels.items()):
                if level.style_id == style_id:
                    return ilvl
        return 0

    def next_marker(self, num_id: str, ilvl: int) -> str | None:
        """Count one paragraph of list ``num_id`` at ``ilvl`` and return its marker (None: no marker)."""
        definition = self._numbering.definition(num_id)
        if definition is None:
            return None
        counts = self._counts.setdefault(definition.counter, [None] * (MAX_ILVL + 1))
        if num_id not in self._seen:
            self._seen.add(num_id)
            for restarted in definition.restarts:
                counts[restarted] = None
        level = definition.levels.get(ilvl)
        if level is None:
            return None
        counts[ilvl] = level.start if counts[ilvl] is None else counts[ilvl] + 1
        for deeper in range(ilvl + 1, MAX_ILVL + 1):
            below = definition.levels.get(deeper)
            # w:lvlRestart N (1-based): using any of levels 1..N restarts this level; 0: never.
            # Default and a value that is not above this level (ignored, standard): all above.
            restart = below.restart if below is not None and below.restart is not None else deeper
            if ilvl < min(restart, deeper):
                counts[deeper] = None
        return _render_marker(level, definition.levels, counts)


def _render_marker(level: Level, levels: dict[int, Level], counts: list[int | None]) -> str | None:
    if level.fmt == "none":
        return None
    if level.fmt == "bullet":
        return bullet_marker(level.text)

    def number(match: re.Match) -> str:
        ref = int(match.group(1)) - 1
        ref_level = levels.get(ref)
        if ref_level is None:
            return ""
        value = counts[ref] if counts[ref] is not None else ref_level.start
        fmt = "decimal" if level.legal and ref_level.fmt not in ("none", "bullet") else ref_level.fmt
        return format_number(value, fmt)

    return _LEVEL_REF.sub(number, level.text).strip() or None
