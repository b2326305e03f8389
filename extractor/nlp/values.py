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

from extractor.core.warnings import RecordWarning

from extractor.lang.de import names, numbers
from extractor.normalize import (looks_like_phone, parse_date, parse_money, parse_quantity, parse_time,
                                 parse_time_range, phone_digits)
from . import patterns
from .labels import LABELS
from .orgs import org
from .spans import TRAILING_PUNCT, relabel

_FORMS = set(names.ADDRESS_FORMS)
_FUNCTIONS = {f.lower() for f in names.FUNCTION_TITLES}


def normalise_span(span: Span, doc: Doc, warnings: list) -> tuple[Span, Any, Any] | None:
    """The label's normaliser (``labels.py``) applied to one candidate span."""
    return _NORMALISERS[span.label_](span, doc, warnings)


def email(span, doc, warnings):
    return span, span.text.lower(), None


def url(span, doc, warnings):
    text = span.text.rstrip(TRAILING_PUNCT)
    if "@" in text or not re.search(r"[a-z]", text, re.I):
        return None
    trimmed = doc.char_span(span.start_char, span.start_char + len(text), label="URL", alignment_mode="contract")
    if trimmed is None:
        return None
    return trimmed, text.lower(), None


def phone(span, doc, warnings):
    if not looks_like_phone(span.text):
        return None
    return span, phone_digits(span.text), None


# doc.user_data key: (start_char, end_char) -> the ParsedDate a list of dates gives one of its dates.
DATE_LIST_READINGS = "date_list_readings"


def date(span, doc, warnings):
    parsed = doc.user_data.get(DATE_LIST_READINGS, {}).get((span.start_char, span.end_char))
    if parsed is None:
        parsed = parse_date(span.text)
    if parsed is None:
        # Day and month without a year ("24. Juni"): kept, value None, for the field rules to place in a year.
        parsed_any = parse_date(span.text, default_year=2000)
        if parsed_any is None or not parsed_any.valid:
            return None
        return span, None, None  # field rules may place it in a year they can justify
    if not parsed.valid:
        _warn_once(warnings, span, "invalid_date",
                   f"'{span.text}' is not a real date ({parsed.reason}); it was left out")
        return None
    if parsed.repaired:
        _warn_once(warnings, span, "date_repaired", f"'{span.text}' was read as {parsed.iso}: {parsed.repaired}")
    if parsed.precision == "month":
        value = parsed.date.strftime("%Y-%m")
    elif parsed.end_date:
        value = f"{parsed.iso}/{parsed.end_iso}"
    else:
        value = parsed.iso
    return span, value, parsed


def _warn_once(warnings: list, span: Span, code: str, message: str) -> None:
    """A warning about a span; a second candidate on the same text does not repeat it."""
    if not any(at == span.start_char and w.code == code for at, w in warnings):
        warnings.append((span.start_char, RecordWarning(code=code, message=message)))


def time(span, doc, warnings):
    rng = parse_time_range(span.text)
    if rng:
        return span, {"start": rng[0], "end": rng[1]}, rng
    single = parse_time(span.text)
    if single:
        return span, single, (single, None)
    return None


def money(span, doc, warnings):
    money = parse_money(span.text)
    if money is None:
        return None
    return span, dict(money), money


def address(span, doc, warnings):
    m = patterns.POSTAL_CITY.fullmatch(span.text)
    if m:
        city = m.group(2).rstrip(",;: ")
        value = {"postal_code": m.group(1), "city": city}
        end = span.start_char + m.start(2) + len(city)
        trimmed = doc.char_span(span.start_char, end, label="ADDRESS", alignment_mode="contract") or span
        return trimmed, value, value
    value = {"street": span.text.strip()}
    return span, value, value


def count(span, doc, warnings):
    if span.id_ == "labelled":  # "Ehrenamtliche: 25": the noun is the label before the colon
        line_start = doc.text.rfind("\n", 0, span.start_char) + 1
        noun = doc.text[line_start:span.start_char].strip().rstrip(":").strip()
        qty = parse_quantity(span.text)
        return (span, {**qty, "noun": noun}, {**qty, "noun": noun}) if qty and noun else None
    # The noun part: tokens after the last number token.
    num_idx = [i for i, t in enumerate(span) if t.like_num or t.lower_ in numbers.COUNT_WORDS]
    if not num_idx:
        return None
    noun = span[num_idx[-1] + 1:]
    # span[:k].text, not doc.text[...]: spaCy rebuilds doc.text from all tokens on every access.
    number_part = span[:num_idx[-1] + 1].text.strip() if len(noun) else span.text
    qty = parse_quantity(number_part)
    if qty is None or not len(noun):
        return None
    # A year or a time of day in front of a noun is not a count ("2016 Flüchtlinge kamen" is rare; "2016 wurde" not)
    if len(num_idx) == 1 and re.fullmatch(r"(19|20)\d\d", span[num_idx[0]].text) and not qty["qualifier"]:
        return None
    value = {**qty, "noun": noun.text}
    return span, value, value


def person(span, doc, warnings):
    if span.id_ == "line_name":
        return (span, span.text, {"form": None}) if _alone_on_line(span, doc) and _in_email(span, doc) else None
    if span.id_ == "last_first":
        before = doc[span.start - 1] if span.start else None
        if before is not None and not (before.is_space or before.text in (":", "-", "–")):
            return None  # "Stuttgart, Felix ..." inside a sentence is no name
        if span[0].text in names.FIRST_NAMES:
            return None
        return span, f"{span[-1].text} {span[0].text}", {"form": None}
    toks = list(span)
    i = 0
    while i < len(toks) and (toks[i].text in _FORMS or toks[i].lower_ in _FUNCTIONS):
        i += 1
    if i >= len(toks):
        return None
    name = span[i:]
    # A name needs at least one word that is not an academic title.
    words = [t for t in name if t.text not in names.ACADEMIC_TITLES]
    if not words:
        return None
    trimmed = relabel(doc, name.start, span.end, "PERSON")
    return trimmed, trimmed.text, {"form": span[:i].text or None}


def _alone_on_line(span: Span, doc: Doc) -> bool:
    """The span starts its line and ends it, or a comma follows ("Marcello Lallo, Leiter ...")."""
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is None or "\n" in before.text) and (after is None or "\n" in after.text or after.text == ",")


def _fold(word: str) -> str:
    word = word.lower()
    for umlaut, spelt in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        word = word.replace(umlaut, spelt)
    return word


def _in_email(span: Span, doc: Doc) -> bool:
    """The surname is part of an e-mail address of the report ("marcello.lallo@...", "i.dias-heller@...")."""
    if _EMAIL_WORDS not in doc.user_data:
        doc.user_data[_EMAIL_WORDS] = {part for m in patterns.EMAIL.finditer(doc.text)
                                       for part in re.split(r"[._+-]", m.group(0).split("@")[0].lower())}
    words = doc.user_data[_EMAIL_WORDS]
    surname = span[-1].text
    return any(_fold(part) in words or part.lower() in words for part in surname.split("-"))


_EMAIL_WORDS = "email_local_words"


_NORMALISERS = {label.name: globals()[label.normaliser] for label in LABELS}
