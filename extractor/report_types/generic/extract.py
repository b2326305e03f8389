"""The generic field extractors: one function per kind (``kinds.py``), each reading a source.

A source is the value after a label (``labelled``) or a whole section (``section``). Entities found
there give the typed values (``span._.value``); after a label, where no entity was found, the value
itself is read with the kind's normaliser ("Fördersumme: 48 500" is money because the label says so).
A missing section, an unanswered one and a placeholder ("k. A.") give nothing.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from extractor.core.form import FormDef
from extractor.lang.de import names
from extractor.normalize import looks_like_phone, normalise_phone, parse_date, parse_money, parse_quantity
from extractor.pipeline.fieldkit import TextSpan, split_parts
from extractor.pipeline.sections import is_placeholder

from .amounts import amounts
from .items import section_items, value_items


@dataclass
class Source:
    """Where a field looks: offset ranges of the document text, and the labelled value's lines if any."""
    spans: list[tuple[int, int]]
    lines: list[TextSpan] | None = None     # the value after a label, one span per line
    section: str | None = None              # the whole section (no label)

    @property
    def empty(self) -> bool:
        return not self.spans


def labelled(ctx, form: FormDef, label_key: str) -> Source:
    """The value written after a label ("Telefon: ..."), or nothing when absent or a placeholder."""
    lv = ctx.sections.labels.get(label_key)
    if lv is None or not lv.value or is_placeholder(form, lv.value):
        return Source([])
    lines = [TextSpan(s.text, s.start, s.end) for s in lv.lines]
    return Source([(ln.start, ln.end) for ln in lines], lines=lines)


def section(ctx, key: str) -> Source:
    """A section's body, or nothing when the section is missing or unanswered."""
    sec = ctx.sections.sections.get(key)
    if sec is None or not sec.answered:
        return Source([], section=key)
    return Source([(sec.body_start, sec.body_end)], section=key)


def _ents(ctx, src: Source, label: str) -> list:
    return [ent for start, end in src.spans for ent in ctx.entities(label, start=start, end=end)]


def _first(values: list) -> Any:
    return values[0] if values else None


def _unique(values) -> list:
    return list(dict.fromkeys(v for v in values if v))


def _first_line(src: Source) -> str | None:
    return src.lines[0].text if src.lines else None


# ------------------------------------------------------------------------------------------- text kinds

def text(ctx, src: Source) -> str | None:
    if src.empty:
        return None
    if src.lines is not None:
        return "\n".join(ln.text for ln in src.lines)
    return ctx.sections.sections[src.section].answer_text


def items(ctx, src: Source) -> list[str]:
    if src.empty:
        return []
    return value_items(src.lines) if src.lines is not None else section_items(ctx, src.section)


def matches(ctx, src: Source, pattern: re.Pattern[str]) -> list[str]:
    """Every match of a type file's ``pattern`` in the source (its first group, if it has groups)."""
    out = []
    for start, end in src.spans:
        for m in pattern.finditer(ctx.doc.text, start, end):
            found = m.group(1) if pattern.groups else m.group(0)
            if found and found.strip():
                out.append(found.strip())
    return out


# -------------------------------------------------------------------------------------- numbers, money

def _quantity_of(value: dict) -> dict:
    return {k: value[k] for k in ("value", "max", "approximate", "qualifier", "text")}


def quantity(ctx, src: Source) -> dict | None:
    line = _first_line(src)
    parsed = parse_quantity(line) if line else None
    if parsed is not None:
        return _quantity_of(parsed)
    return _first([_quantity_of(e._.value) for e in _ents(ctx, src, "COUNT")])


def money(ctx, src: Source) -> dict | None:
    """The first amount; after a label, a bare number too ("Fördersumme: 12.500,00": the label says it is
    money, and the record knows euros only)."""
    found = [dict(e._.value) for e in _ents(ctx, src, "MONEY")]
    if not found and src.lines:
        line = src.lines[0].text
        parsed = parse_money(line)
        if parsed is None and (number := parse_quantity(line)) is not None:
            parsed = {**_quantity_of(number), "currency": "EUR", "label": None}
        found = [dict(parsed)] if parsed else []
    return _first(found)


def money_amounts(ctx, src: Source) -> dict:
    return amounts(ctx, src.spans)


# ---------------------------------------------------------------------------------------- dates, periods

_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|bis(?: zum| einschließlich)?)\s*$", re.I)


def _date_values(ctx, src: Source) -> list[str]:
    values = [e._.value for e in _ents(ctx, src, "DATE") if isinstance(e._.value, str)]
    if not values and src.lines:
        parsed = parse_date(src.lines[0].text)
        if parsed is not None and parsed.valid:
            values = [f"{parsed.iso}/{parsed.end_iso}" if parsed.end_date else parsed.iso]
    return values


def dates(ctx, src: Source) -> list[str]:
    """Every date; a range gives its first and last day."""
    return _unique(d for v in _date_values(ctx, src) for d in v.split("/"))


def date(ctx, src: Source) -> str | None:
    return _first(dates(ctx, src))


def periods(ctx, src: Source) -> list[dict]:
    """Date ranges: written as one ("01.03.2023 – 29.02.2024") or as two dates joined by "bis" or a dash."""
    ents = [e for e in _ents(ctx, src, "DATE") if isinstance(e._.value, str)]
    out, i = [], 0
    while i < len(ents):
        value = ents[i]._.value
        if "/" in value:
            start, end = value.split("/")
            out.append({"start": start, "end": end})
        elif i + 1 < len(ents) and "/" not in ents[i + 1]._.value and _RANGE_JOIN.match(
                ctx.doc.text[ents[i].end_char:ents[i + 1].start_char]):
            out.append({"start": value, "end": ents[i + 1]._.value})
            i += 1
        i += 1
    if not out and src.lines:  # after a label, one date is where the period starts ("ab 01.03.2023")
        found = _date_values(ctx, src)
        if found:
            start, _, end = found[0].partition("/")
            out.append({"start": start, "end": end or None})
    return out


def period(ctx, src: Source) -> dict | None:
    return _first(periods(ctx, src))


# ------------------------------------------------------------------------------- contact details, names

def phone(ctx, src: Source) -> str | None:
    found = [normalise_phone(e.text) for e in _ents(ctx, src, "PHONE")]
    line = _first_line(src)
    if not found and line and looks_like_phone(line):
        found = [normalise_phone(line)]
    return _first([p for p in found if p])


def email(ctx, src: Source) -> str | None:
    return _first([e.text for e in _ents(ctx, src, "EMAIL")])


def url(ctx, src: Source) -> str | None:
    return _first([e.text for e in _ents(ctx, src, "URL")])


_FORMS = tuple(f"{form} " for form in names.ADDRESS_FORMS)


def persons(ctx, src: Source) -> list[str]:
    return _unique(e._.value for e in _ents(ctx, src, "PERSON"))


def person(ctx, src: Source) -> str | None:
    """The first person named; after a label, the value's first part when no name was recognised."""
    found = persons(ctx, src)
    if found or not src.lines:
        return _first(found)
    first = split_parts(src.lines[0])[0].text
    while first.startswith(_FORMS):
        first = first.split(" ", 1)[1]
    return first or None


def organisations(ctx, src: Source) -> list[str]:
    return _unique(e._.value for e in _ents(ctx, src, "ORG"))


def organisation(ctx, src: Source) -> str | None:
    """After a label, the value's first part (the label says it is an organisation); in a section, the
    first organisation named."""
    if src.lines:
        return split_parts(src.lines[0])[0].text
    return _first(organisations(ctx, src))


def address(ctx, src: Source) -> dict | None:
    """The first street and the first postal code and town after it, as one address."""
    out: dict[str, str] = {}
    for ent in _ents(ctx, src, "ADDRESS"):
        value = ent._.value
        if "street" in value and "street" not in out and "postal_code" not in out:
            out["street"] = value["street"]
        elif "postal_code" in value and "postal_code" not in out:
            out.update(postal_code=value["postal_code"], city=value["city"])
    return {"street": None, "postal_code": None, "city": None, **out} if out else None


EXTRACTORS: dict[str, Callable[[Any, Source], Any]] = {
    "text": text, "items": items, "quantity": quantity, "money": money, "amounts": money_amounts,
    "date": date, "dates": dates, "period": period, "periods": periods, "phone": phone, "email": email,
    "url": url, "person": person, "persons": persons, "organisation": organisation,
    "organisations": organisations, "address": address,
}
