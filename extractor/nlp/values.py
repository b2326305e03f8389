"""Normalised values for entity candidates; candidates that do not hold up are dropped here.

``normalise_span`` returns ``(span, value, detail)``: the span possibly trimmed
(e.g. "Herrn" cut off a person), the JSON value written into the record, and a
richer detail object for field rules (a ``ParsedDate``, a Quantity with its noun,
address parts). ``None`` drops the candidate.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

from ..normalize import (looks_like_phone, parse_date, parse_money, parse_quantity, parse_time,
                         parse_time_range, phone_digits)
from . import lang_de, patterns

_FORMS = set(lang_de.ADDRESS_FORMS)
_FUNCTIONS = {f.lower() for f in lang_de.FUNCTION_TITLES}
_INTRODUCERS = set(lang_de.ORG_INTRODUCERS) - {"Institut", "Stiftung", "Verein", "Initiative"}
_TRAILING_PUNCT = ".,;:!?)("
_LIST_GLUE = {",", "und", "sowie", "/", "(", ")", "oder", "u.", "&", ";"}


def normalise_span(span: Span, doc: Doc, warnings: list[dict]) -> tuple[Span, Any, Any] | None:
    handler = _HANDLERS[span.label_]
    return handler(span, doc, warnings)


def _relabel(doc: Doc, start: int, end: int, label: str) -> Span:
    return Span(doc, start, end, label=label)


def _email(span, doc, warnings):
    return span, span.text.lower(), None


def _url(span, doc, warnings):
    text = span.text.rstrip(_TRAILING_PUNCT)
    if "@" in text or not re.search(r"[a-z]", text, re.I):
        return None
    trimmed = doc.char_span(span.start_char, span.start_char + len(text), label="URL", alignment_mode="contract")
    if trimmed is None:
        return None
    return trimmed, text.lower(), None


def _phone(span, doc, warnings):
    if not looks_like_phone(span.text):
        return None
    return span, phone_digits(span.text), None


def _date(span, doc, warnings):
    parsed = parse_date(span.text)
    if parsed is None:
        # Day and month without a year ("24. Juni"): kept, value None, for the field rules to place in a year.
        parsed_any = parse_date(span.text, default_year=2000)
        if parsed_any is None or not parsed_any.valid:
            return None
        return span, None, None  # field rules may place it in a year they can justify
    if not parsed.valid:
        warnings.append({"code": "invalid_date", "message": f"'{span.text}' is not a real date ({parsed.reason}); "
                                                            f"it was left out", "start": span.start_char})
        return None
    if parsed.precision == "month":
        value = parsed.date.strftime("%Y-%m")
    elif parsed.end_date:
        value = f"{parsed.iso}/{parsed.end_iso}"
    else:
        value = parsed.iso
    return span, value, parsed


def _time(span, doc, warnings):
    rng = parse_time_range(span.text)
    if rng:
        return span, {"start": rng[0], "end": rng[1]}, rng
    single = parse_time(span.text)
    if single:
        return span, single, (single, None)
    return None


def _money(span, doc, warnings):
    money = parse_money(span.text)
    if money is None:
        return None
    return span, dict(money), money


def _address(span, doc, warnings):
    m = patterns.POSTAL_CITY.fullmatch(span.text)
    if m:
        city = m.group(2).rstrip(",;: ")
        value = {"postal_code": m.group(1), "city": city}
        end = span.start_char + m.start(2) + len(city)
        trimmed = doc.char_span(span.start_char, end, label="ADDRESS", alignment_mode="contract") or span
        return trimmed, value, value
    value = {"street": span.text.strip()}
    return span, value, value


def _count(span, doc, warnings):
    # The noun part: tokens after the last number token.
    num_idx = [i for i, t in enumerate(span) if t.like_num or t.lower_ in lang_de.NUMBER_WORDS]
    if not num_idx:
        return None
    noun = span[num_idx[-1] + 1:]
    number_part = doc.text[span.start_char:noun.start_char].strip() if len(noun) else span.text
    qty = parse_quantity(number_part)
    if qty is None or not len(noun):
        return None
    # A year or a time of day in front of a noun is not a count ("2016 Flüchtlinge kamen" is rare; "2016 wurde" not)
    if len(num_idx) == 1 and re.fullmatch(r"(19|20)\d\d", span[num_idx[0]].text) and not qty["qualifier"]:
        return None
    value = {**qty, "noun": noun.text}
    return span, value, value


def _person(span, doc, warnings):
    toks = list(span)
    i = 0
    while i < len(toks) and (toks[i].text in _FORMS or toks[i].lower_ in _FUNCTIONS):
        i += 1
    if i >= len(toks):
        return None
    name = span[i:]
    # A name needs at least one word that is not an academic title.
    words = [t for t in name if t.text not in lang_de.ACADEMIC_TITLES]
    if not words:
        return None
    trimmed = _relabel(doc, name.start, span.end, "PERSON")
    return trimmed, trimmed.text, {"form": span[:i].text or None}


def _org(span, doc, warnings):
    rule = span.id_
    if rule == "introduced":
        if span[0].text in _INTRODUCERS:
            span = _relabel(doc, span.start + 1, span.end, "ORG")
        if not len(span):
            return None
    if rule == "acronym" and not _in_enumeration(span, doc):
        return None
    text = span.text.strip(_TRAILING_PUNCT.replace(".", "") + " ")
    return span, text, {"rule": rule}


def _in_enumeration(span: Span, doc: Doc) -> bool:
    """An all-caps word counts as an organisation only inside a list that names another organisation."""
    sent = span.sent
    ruler = doc.spans.get("ruler", [])
    others = [s for s in ruler if s.label_ == "ORG" and s.id_ != "acronym" and s.sent == sent
              and (s.end <= span.start or s.start >= span.end)]
    if not others:
        return False
    prev_tok = doc[span.start - 1].text if span.start > 0 else ""
    next_tok = doc[span.end].text if span.end < len(doc) else ""
    return prev_tok in _LIST_GLUE or next_tok in _LIST_GLUE


_HANDLERS = {"EMAIL": _email, "URL": _url, "PHONE": _phone, "DATE": _date, "TIME": _time, "MONEY": _money,
             "ADDRESS": _address, "COUNT": _count, "PERSON": _person, "ORG": _org}
