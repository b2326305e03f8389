"""Paragraph and character styles of a .docx: the basedOn chain, heading levels from outline levels or
style names, list styles, numbering given by a style, and run properties inherited through styles."""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..wordproc import heading_level_of_name, is_list_style_name
from .wordml import num_and_level, qn, w_val

_MAX_CHAIN = 32                   # basedOn chains are a handful deep; a hostile file may loop


@dataclass
class ParaStyle:
    name: str | None = None
    style_id: str | None = None
    level: int | None = None                          # heading level, 0 for titles
    num_id: str | None = None                         # w:numPr/w:numId in the chain (None: not said)
    ilvl: int | None = None                           # w:numPr/w:ilvl in the chain (None: not said)
    list_name: bool = False                           # a list style by name
    chain: list[etree._Element] = field(default_factory=list)


class Styles:
    def __init__(self, styles_root: etree._Element | None):
        self._by_id: dict[tuple[str, str], etree._Element] = {}
        self._default: etree._Element | None = None
        self._doc_rpr: etree._Element | None = None
        self._para_cache: dict[str | None, ParaStyle] = {}
        self._char_cache: dict[str, list[etree._Element]] = {}
        self._inherited: dict[tuple[str | None, int, str], etree._Element | None] = {}
        if styles_root is None:
            return
        for style in styles_root.iterchildren(qn("w:style")):
            stype = style.get(qn("w:type")) or "paragraph"
            self._by_id.setdefault((stype, style.get(qn("w:styleId")) or ""), style)
            if stype == "paragraph" and (style.get(qn("w:default")) or "").lower() in ("1", "true", "on"):
                self._default = style  # the last default wins, as in Word
        self._doc_rpr = styles_root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")

    def _chain(self, stype: str, style_id: str | None) -> list[etree._Element]:
        style = self._by_id.get((stype, style_id)) if style_id else None
        if style is None and stype == "paragraph":
            style = self._default
        chain: list[etree._Element] = []
        while style is not None and style not in chain and len(chain) < _MAX_CHAIN:
            chain.append(style)
            style = self._by_id.get((stype, w_val(style, qn("w:basedOn")) or ""))
        return chain

    def numbering_style_num_pr(self, style_id: str) -> etree._Element | None:
        """``w:numPr`` of a numbering style, where a w:numStyleLink list keeps its definition."""
        style = self._by_id.get(("numbering", style_id))
        return style.find(f"{qn('w:pPr')}/{qn('w:numPr')}") if style is not None else None

    def char_chain(self, style_id: str) -> list[etree._Element]:
        if style_id not in self._char_cache:
            self._char_cache[style_id] = self._chain("character", style_id)
        return self._char_cache[style_id]

    def paragraph(self, style_id: str | None) -> ParaStyle:
        if style_id in self._para_cache:
            return self._para_cache[style_id]
        chain = self._chain("paragraph", style_id)
        info = ParaStyle(chain=chain)
        if chain:
            info.style_id = chain[0].get(qn("w:styleId"))
            info.name = w_val(chain[0], qn("w:name")) or info.style_id
        for style in chain:
            outline = w_val(style, f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
            if outline is not None:
                info.level = outline_level(outline)
                break
            level = heading_level_of_name(w_val(style, qn("w:name")), style.get(qn("w:styleId")))
            if level is not None:
                info.level = level
                break
        for style in chain:  # the nearest style that says it wins, for numId and ilvl separately
            num_id, ilvl = num_and_level(style.find(f"{qn('w:pPr')}/{qn('w:numPr')}"))
            info.num_id = info.num_id if info.num_id is not None else num_id
            info.ilvl = info.ilvl if info.ilvl is not None else ilvl
        info.list_name = any(is_list_style_name(n) for s in chain
                             for n in (w_val(s, qn("w:name")), s.get(qn("w:styleId"))) if n)
        self._para_cache[style_id] = info
        return info

    def run_prop(self, run: etree._Element, para: ParaStyle, tag: str) -> etree._Element | None:
        """The element deciding a run property: direct, character style, paragraph style, defaults."""
        rpr = run.find(qn("w:rPr"))
        el = rpr.find(tag) if rpr is not None else None
        if el is not None:
            return el
        char_id = w_val(rpr, qn("w:rStyle"))
        key = (char_id, id(para), tag)
        if key not in self._inherited:
            self._inherited[key] = self._inherited_prop(char_id, para, tag)
        return self._inherited[key]

    def _inherited_prop(self, char_id: str | None, para: ParaStyle, tag: str) -> etree._Element | None:
        for style in (self.char_chain(char_id) if char_id else []) + para.chain:
            el = style.find(f"{qn('w:rPr')}/{tag}")
            if el is not None:
                return el
        return self._doc_rpr.find(tag) if self._doc_rpr is not None else None


def outline_level(value: str) -> int | None:
    # w:outlineLvl 0..8 are outline levels 1..9; 9 means body text.
    try:
        number = int(value)
    except ValueError:
        return None
    return number + 1 if 0 <= number <= 8 else None
