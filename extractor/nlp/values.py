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

from extractor.lang.de import function_words, names, numbers, organisations
from extractor.normalize import (looks_like_phone, parse_date, parse_money, parse_quantity, parse_time,
                                 parse_time_range, phone_digits)
from . import patterns
from .labels import LABELS
from .rules import NOT_NAME_WORDS

_FORMS = set(names.ADDRESS_FORMS)
_FUNCTIONS = {f.lower() for f in names.FUNCTION_TITLES}
_INTRODUCERS = set(organisations.ORG_INTRODUCERS)
_TAKES_NAME = organisations.ORG_TAKES_NAME
# Before a bare kind of body, these make it a description rather than a name.
_DESCRIPTIVE_BEFORE = {*function_words.INDEFINITE_ARTICLES, "für", "kein", "keine", "neuen", "neue", "eigenen",
                       "eigene"}
# Lower-case forms of capitalised words that start a sentence or a phrase rather than a name.
_STOP_LEFT = {*NOT_NAME_WORDS, *function_words.DETERMINERS, "träger", "partner", "moderation", "beratung",
              "kooperation", "unterstützung", "dank"}
_TRAILING_PUNCT = ".,;:!?)("
_LIST_GLUE = {",", "und", "sowie", "/", "(", ")", "oder", "u.", "&", ";"}


def normalise_span(span: Span, doc: Doc, warnings: list) -> tuple[Span, Any, Any] | None:
    """The label's normaliser (``labels.py``) applied to one candidate span."""
    return _NORMALISERS[span.label_](span, doc, warnings)


def _relabel(doc: Doc, start: int, end: int, label: str) -> Span:
    return Span(doc, start, end, label=label)


def email(span, doc, warnings):
    return span, span.text.lower(), None


def url(span, doc, warnings):
    text = span.text.rstrip(_TRAILING_PUNCT)
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


def date(span, doc, warnings):
    parsed = parse_date(span.text)
    if parsed is None:
        # Day and month without a year ("24. Juni"): kept, value None, for the field rules to place in a year.
        parsed_any = parse_date(span.text, default_year=2000)
        if parsed_any is None or not parsed_any.valid:
            return None
        return span, None, None  # field rules may place it in a year they can justify
    if not parsed.valid:
        warnings.append((span.start_char, RecordWarning(
            code="invalid_date", message=f"'{span.text}' is not a real date ({parsed.reason}); it was left out")))
        return None
    if parsed.precision == "month":
        value = parsed.date.strftime("%Y-%m")
    elif parsed.end_date:
        value = f"{parsed.iso}/{parsed.end_iso}"
    else:
        value = parsed.iso
    return span, value, parsed


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
    trimmed = _relabel(doc, name.start, span.end, "PERSON")
    return trimmed, trimmed.text, {"form": span[:i].text or None}


def org(span, doc, warnings):
    rule = span.id_
    if rule == "introduced":
        if span[0].text in _INTRODUCERS:
            span = _relabel(doc, span.start + 1, span.end, "ORG")
        if not len(span):
            return None
    if rule == "acronym" and not _in_enumeration(span, doc):
        return None
    if rule == "legal_form":
        span = _extend_left(span, doc)
    if rule in ("head", "compound", "introduced", "club") or (rule == "gazetteer" and span.text in _TAKES_NAME):
        extended = _extend_right(span, doc)
        if extended == span and rule == "gazetteer" and span.start > 0 \
                and doc[span.start - 1].lower_ in _DESCRIPTIVE_BEFORE:
            return None  # "zu einem Unterstützerkreis formiert", "Netzwerk für Flüchtlingshilfe": a kind, not a body
        span = extended
    text = span.text.strip(_TRAILING_PUNCT.replace(".", "") + " ")
    return span, text, {"rule": rule}


_NAME_GLUE = organisations.NAME_JOINERS
_NAME_MAX_TOKENS = 6
_SUFFIXES = set(organisations.ORG_SUFFIXES)


def _is_name_word(tok) -> bool:
    return (tok.is_title or tok.is_upper or tok.text[:1].isupper()) and not tok.is_punct and not tok.is_space \
        and tok.text not in names.NOT_SURNAMES and tok.lower_ not in _STOP_LEFT


def _other_org_tokens(span: Span, doc: Doc) -> set[int]:
    """Tokens of other organisation candidates: "DRK und Sportgemeinschaft X e.V." are two names."""
    return {i for s in doc.spans.get("ruler", []) if s.label_ == "ORG" and (s.end <= span.start or s.start >= span.end)
            for i in range(s.start, s.end)}


def _extend_left(span: Span, doc: Doc) -> Span:
    """'Beteiligung e.V.' -> 'Forum Dialog und Beteiligung e.V.': take the name words before a legal form."""
    start = span.start
    others = _other_org_tokens(span, doc)
    # where another name starts ("... und Arbeitskreis Asyl X e.V."), "und" joins two names, not one
    starts_of_others = {s.start for s in doc.spans.get("ruler", []) if s.label_ == "ORG" and s.start > span.start - 8
                        and s.start < span.end and s != span}
    before_glue = None  # where the name stood before it crossed an "und"
    while start > 0 and span.end - start < _NAME_MAX_TOKENS + 1:
        prev = doc[start - 1]
        if prev.i in others:
            if before_glue is not None:  # "Freundeskreis Asyl X und Nachbarschaftshilfe X e.V.": two names
                start = before_glue
            break
        if _is_name_word(prev) and not prev.is_sent_start:
            start -= 1
        elif prev.lower_ in _NAME_GLUE and start - 2 >= 0 and _is_name_word(doc[start - 2]) \
                and doc[start - 2].i not in others and start not in starts_of_others:
            before_glue = start
            start -= 1
        elif _is_name_word(prev) and prev.is_sent_start:
            start -= 1
            break
        else:
            break
    while start < span.start and doc[start].lower_ in _NAME_GLUE:
        start += 1
    return Span(doc, start, span.end, label="ORG") if start != span.start else span


def _extend_right(span: Span, doc: Doc) -> Span:
    """'Freundeskreis Asyl' + ' Lindach/Fils e.V.': take the proper name (and legal form) after a kind of body."""
    end = span.end
    others = _other_org_tokens(span, doc)
    while end < len(doc) and end - span.end < _NAME_MAX_TOKENS:
        tok = doc[end]
        if tok.is_space or tok.is_sent_start or tok.i in others:
            break
        if tok.text in _SUFFIXES:
            end += 1
            break
        if _is_name_word(tok) and not tok.like_num:
            end += 1
        elif tok.lower_ in _NAME_GLUE - {"der", "des"} and end + 1 < len(doc) and _is_name_word(doc[end + 1]) \
                and not doc[end + 1].is_sent_start and end + 1 not in others:
            end += 1
        elif tok.like_num and tok.text.isdigit() and len(tok.text) == 4 and end > span.end:
            end += 1  # "SV Musterdorf 1920"
            break
        else:
            break
    while end > span.end and doc[end - 1].lower_ in _NAME_GLUE:
        end -= 1
    return Span(doc, span.start, end, label="ORG") if end != span.end else span


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




_NORMALISERS = {label.name: globals()[label.normaliser] for label in LABELS}
