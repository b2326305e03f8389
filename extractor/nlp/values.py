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
from .rules import ADJECTIVE, GAZETTEER_GENITIVES, NOT_NAME_WORDS

_FORMS = set(names.ADDRESS_FORMS)
_FUNCTIONS = {f.lower() for f in names.FUNCTION_TITLES}
_INTRODUCERS = {*organisations.ORG_INTRODUCERS, *organisations.ACRONYM_INTRODUCERS}
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
    trimmed = _relabel(doc, name.start, span.end, "PERSON")
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


def org(span, doc, warnings):
    rule = span.id_
    if rule == "quoted":  # 'Initiative „Willkommen in Lindach“': the kind and the name, without the quotes
        head, _, name = span.text.partition(" ")
        return span, f"{head} {name.strip().strip(_QUOTES).strip()}", {"rule": rule}
    if rule == "owner_firm" and not _owner_named(span, doc):
        return None  # "Gute Moderation": a firm is named so only after a person of the report
    if rule in ("plural", "coordinated"):
        return _coordinated(span, doc, rule)
    base = None
    if rule == "genitive":  # "des Asylkreises": the Asylkreis
        base = GAZETTEER_GENITIVES[span[0].text]
    if rule == "introduced":
        if span[0].text in _INTRODUCERS:
            span = _relabel(doc, span.start + 1, span.end, "ORG")
        if not len(span):
            return None
    if rule == "acronym" and (not _in_enumeration(span, doc) or _abbreviation(span, doc)):
        return None
    if rule == "legal_form":
        span = _extend_left(span, doc)
    kind = base or span.text
    if rule in ("head", "compound", "introduced", "club") or (rule in ("gazetteer", "genitive") and kind in _TAKES_NAME):
        if rule == "compound" and span[0].text in organisations.NOT_OFFICE_COMPOUNDS:
            return None
        extended = _extend_right(span, doc, bare_kind=rule in ("gazetteer", "genitive"))
        if extended == span and rule in ("gazetteer", "genitive"):
            before = doc[span.start - 1].lower_ if span.start > 0 else ""
            if before in _DESCRIPTIVE_BEFORE or kind in organisations.ACTIVITY_NAMES:
                return None  # "zu einem Unterstützerkreis formiert", "an der Flüchtlingshilfe": a kind, no body
            if kind in organisations.GENERIC_BODIES and _among_fields(span, doc):
                return None  # "Schule, Sport, Feuerwehr": fields of work, not bodies
        if base is not None and extended != span:
            return extended, f"{base} {doc[span.end:extended.end].text}", {"rule": rule}
        span = extended
    elif rule == "gazetteer" and span.text in organisations.GENERIC_BODIES and _among_fields(span, doc):
        return None
    text = base or span.text.strip(_TRAILING_PUNCT.replace(".", "") + " ")
    return span, text, {"rule": rule}


_QUOTES = "„\"“”»«‚‘’'"


def _owner_named(span: Span, doc: Doc) -> bool:
    """The firm's first word is the surname of a person named in the report ("Herr Christoph Weinmann,
    Weinmann Moderation")."""
    surname = span[0].text
    return any(s.label_ == "PERSON" and s[-1].text == surname and s.end <= span.start
               for s in doc.spans.get("ruler", []))


def _coordinated(span: Span, doc: Doc, rule: str):
    """"Universitäten Freiburg und Kassel": "Universitäten Freiburg" is the Universität Freiburg, "Kassel"
    the Universität Kassel; each is its own entity."""
    singular = organisations.INSTITUTION_PLURALS[span[0].text]
    detail = {"rule": rule, "phrase_start": span.start}  # where the coordinated phrase starts
    if rule == "plural":
        return span, f"{singular} {span[1].text}", detail
    last = _relabel(doc, span.end - 1, span.end, "ORG")
    return last, f"{singular} {last.text}", detail


def _among_fields(span: Span, doc: Doc) -> bool:
    """In an enumeration ("Schule, Sport, Feuerwehr etc.") whose other items are plain nouns, not
    organisations: a list of fields of work."""
    items = _enumeration_items(span, doc)
    orgs = [s for s in doc.spans.get("ruler", []) if s.label_ == "ORG"]
    return any(not any(o.start <= i < o.end for o in orgs) for i in items)


def _enumeration_items(span: Span, doc: Doc) -> list[int]:
    """Token indices of the capitalised one-word items listed with ``span`` (commas, "und", "sowie", "oder";
    inside its brackets, if it is in brackets)."""
    glue = {",", "und", "sowie", "oder", "/"}
    items = []
    for step, edge in ((-1, span.start - 1), (1, span.end)):
        i = edge
        while 0 <= i < len(doc) and doc[i].lower_ in glue:
            i += step
            if 0 <= i < len(doc) and doc[i].is_title and doc[i].is_alpha and doc[i].lower_ not in glue:
                items.append(i)
                i += step
            else:
                break
    return items


_NAME_GLUE = organisations.NAME_JOINERS
_AND = {"und", "&"}
_NAME_MAX_TOKENS = 6
_SUFFIXES = set(organisations.ORG_SUFFIXES)


def _is_name_word(tok) -> bool:
    return (tok.is_title or tok.is_upper or tok.text[:1].isupper()) and not tok.is_punct and not tok.is_space \
        and tok.text not in names.NOT_SURNAMES and tok.lower_ not in _STOP_LEFT \
        and not tok.lower_.endswith(_NOMINALISED)  # "der Flüchtlingshilfe Beteiligten": people, not a name


_NOMINALISED = tuple(function_words.NOMINALISED_ENDINGS)


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
    start = _head_before(doc, start)
    return Span(doc, start, span.end, label="ORG") if start != span.start else span


_NAME_HEADS = set(organisations.NAME_HEADS)
_LOWER_IN_NAME = {"für", "der", "des", "von", "zur", "zum", "und", *function_words.ARTICLES}


def _head_before(doc: Doc, start: int) -> int:
    """'Arbeit Lindach e.V.' -> 'Verein für soziale Arbeit Lindach e.V.': across lower-case words back to
    the head of the name, if one stands a few words before; else ``start`` as it is."""
    i = start - 1
    while i >= 0 and start - i <= _NAME_MAX_TOKENS:
        tok = doc[i]
        if tok.text in _NAME_HEADS:
            return i
        if tok.is_punct or tok.is_space or tok.like_num or tok.is_sent_start:
            break
        if not (tok.lower_ in _LOWER_IN_NAME or re.match(ADJECTIVE, tok.lower_) or _is_name_word(tok)):
            break
        i -= 1
    return start


def _extend_right(span: Span, doc: Doc, bare_kind: bool = False) -> Span:
    """'Freundeskreis Asyl' + ' Lindach/Fils e.V.': take the proper name (and legal form) after a kind of body.
    ``bare_kind``: the span is a kind alone ("Asylkreis"); an "und" right after it joins another noun."""
    end = span.end
    others = _other_org_tokens(span, doc)
    while end < len(doc) and end - span.end < _NAME_MAX_TOKENS:
        tok = doc[end]
        if tok.i in others:
            # "Verein für soziale Arbeit" + "Lindach e.V.": a legal form right after it ends the same name
            tail = max((s for s in doc.spans.get("ruler", []) if s.label_ == "ORG" and s.start == end
                        and s.id_ == "legal_form"), key=len, default=None)
            if tail is not None and doc[end - 1].lower_ not in _NAME_GLUE:
                end = tail.end
            break
        if tok.is_space or tok.is_sent_start:
            break
        if tok.text in _SUFFIXES:
            end += 1
            break
        if _is_name_word(tok) and not tok.like_num:
            end += 1
        elif tok.lower_ in _NAME_GLUE - {"der", "des"} and end + 1 < len(doc) and _is_name_word(doc[end + 1]) \
                and not doc[end + 1].is_sent_start and end + 1 not in others \
                and not (bare_kind and end == span.end and tok.lower_ in _AND):  # "des Asylkreises und Flüchtlingen"
            end += 1
        elif tok.like_num and tok.text.isdigit() and len(tok.text) == 4 and end > span.end:
            end += 1  # "SV Musterdorf 1920"
            break
        else:
            break
    while end > span.end and doc[end - 1].lower_ in _NAME_GLUE:
        end -= 1
    return Span(doc, span.start, end, label="ORG") if end != span.end else span


def _abbreviation(span: Span, doc: Doc) -> bool:
    """"Begegnungszentrum Migration und Ehrenamt (BZME)": alone in brackets after a name, the short name of
    what stands before it."""
    return (1 < span.start and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")"
            and _is_name_word(doc[span.start - 2]))


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
