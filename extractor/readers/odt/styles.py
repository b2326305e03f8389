"""Paragraph, text and list styles of an .odt: the parent chain, heading levels from outline levels or
style names, list styles, and text properties (bold, size, hidden) inherited through styles.

Styles come from two places: common styles (styles.xml ``office:styles``) and automatic styles, which
content.xml and styles.xml each have their own of ("P1" in one is not "P1" in the other), so the body
and the page headers each get a ``Styles`` of their own.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..wordproc import heading_level_of_name, is_list_style_name
from .odfxml import bounded_int, decode_style_name, qn

_MAX_CHAIN = 32                   # parent chains are a handful deep; a hostile file may loop
_MAX_OUTLINE = 10                 # ODF outline levels are 1..10


@dataclass
class ParaStyle:
    name: str | None = None                      # display name of the nearest common style
    level: int | None = None                     # heading level, 0 for titles
    list_style: str | None = None                # style:list-style-name in the chain
    list_name: bool = False                      # a list style by name
    chain: list[etree._Element] = field(default_factory=list)


def outline_level(value: str | None) -> int | None:
    """``text:outline-level``/``style:default-outline-level`` 1..10 as a heading level; None otherwise."""
    level = bounded_int(value, 0, 0, 10**6)
    return level if 1 <= level <= _MAX_OUTLINE else None


def _display_name(style: etree._Element) -> str | None:
    name = style.get(qn("style:display-name"))
    if name:
        return name
    raw = style.get(qn("style:name"))
    return decode_style_name(raw) if raw else None


class Styles:
    def __init__(self, common: etree._Element | None, automatic: etree._Element | None):
        self._by_name: dict[tuple[str, str], etree._Element] = {}
        self._automatic: set[int] = set()
        self._defaults: dict[str, etree._Element] = {}
        self.list_styles: dict[str, etree._Element] = {}
        self._para_cache: dict[str | None, ParaStyle] = {}
        self._prop_cache: dict[tuple, str | None] = {}
        for container, is_auto in ((automatic, True), (common, False)):
            if container is None:
                continue
            for el in container:
                if el.tag == qn("style:style"):
                    key = (el.get(qn("style:family")) or "", el.get(qn("style:name")) or "")
                    self._by_name.setdefault(key, el)
                    if is_auto:
                        self._automatic.add(id(el))
                elif el.tag == qn("style:default-style"):
                    self._defaults.setdefault(el.get(qn("style:family")) or "", el)
                elif el.tag == qn("text:list-style"):
                    self.list_styles.setdefault(el.get(qn("style:name")) or "", el)

    def _chain(self, family: str, name: str | None) -> list[etree._Element]:
        style = self._by_name.get((family, name)) if name else None
        chain: list[etree._Element] = []
        while style is not None and style not in chain and len(chain) < _MAX_CHAIN:
            chain.append(style)
            style = self._by_name.get((family, style.get(qn("style:parent-style-name")) or ""))
        return chain

    def paragraph(self, name: str | None) -> ParaStyle:
        if name in self._para_cache:
            return self._para_cache[name]
        chain = self._chain("paragraph", name)
        info = ParaStyle(chain=chain)
        common = [s for s in chain if id(s) not in self._automatic]
        info.name = _display_name(common[0]) if common else None
        for style in chain:
            outline = style.get(qn("style:default-outline-level"))
            if outline:
                info.level = outline_level(outline)
                break
            level = None if id(style) in self._automatic else heading_level_of_name(_display_name(style))
            if level is not None:
                info.level = level
                break
        info.list_style = next((s.get(qn("style:list-style-name")) for s in chain
                                if s.get(qn("style:list-style-name"))), None)
        info.list_name = any(is_list_style_name(_display_name(s) or "") for s in common)
        self._para_cache[name] = info
        return info

    def text_prop(self, spans: tuple[str, ...], para: ParaStyle, attr: str) -> str | None:
        """A text property (``fo:font-weight``, ...) as the innermost span, its parents, the paragraph
        style chain and the default paragraph style decide it."""
        key = (spans, id(para), attr)
        if key not in self._prop_cache:
            self._prop_cache[key] = self._resolve(spans, para, attr)
        return self._prop_cache[key]

    def _resolve(self, spans: tuple[str, ...], para: ParaStyle, attr: str) -> str | None:
        chains = [self._chain("text", span) for span in reversed(spans)] + [para.chain]
        default = self._defaults.get("paragraph")
        for style in [s for chain in chains for s in chain] + ([default] if default is not None else []):
            props = style.find(qn("style:text-properties"))
            if props is not None and props.get(attr) is not None:
                return props.get(attr)
        return None
