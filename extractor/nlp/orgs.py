"""Organisation candidates: how far a name reaches ("Freundeskreis Asyl" + " Lindach e.V.", "Verein für soziale
Arbeit Lindach e.V."), what its value is (coordinated names, names in quotes, genitives), and the candidates that
name no organisation (a field of work, an activity, a kind of body described, an abbreviation in brackets)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractor.lang.de import function_words, names, organisations
from .rules import ADJECTIVE, GAZETTEER_GENITIVES, NOT_NAME_WORDS
from .spans import TRAILING_PUNCT, relabel

_INTRODUCERS = {*organisations.ORG_INTRODUCERS, *organisations.ACRONYM_INTRODUCERS}
_TAKES_NAME = organisations.ORG_TAKES_NAME
# Before a bare kind of body, these make it a description rather than a name.
_DESCRIPTIVE_BEFORE = {*function_words.INDEFINITE_ARTICLES, "für", "kein", "keine", "neuen", "neue", "eigenen",
                       "eigene"}
# Lower-case forms of capitalised words that start a sentence or a phrase rather than a name.
_STOP_LEFT = {*NOT_NAME_WORDS, *function_words.DETERMINERS, "träger", "partner", "moderation", "beratung",
              "kooperation", "unterstützung", "dank"}
_LIST_GLUE = {",", "und", "sowie", "/", "(", ")", "oder", "u.", "&", ";"}


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
            span = relabel(doc, span.start + 1, span.end, "ORG")
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
        if extended == span and rule in ("gazetteer", "genitive") and span.start > 0 \
                and doc[span.start - 1].lower_ in _DESCRIPTIVE_BEFORE:
            return None  # "zu einem Unterstützerkreis formiert": a kind, no body
        if base is not None and extended != span:
            return extended, f"{base} {doc[span.end:extended.end].text}", {"rule": rule}
        span = extended
    text = base or span.text.strip(TRAILING_PUNCT.replace(".", "") + " ")
    if text in organisations.ACTIVITY_NAMES:
        return None  # "an der Flüchtlingshilfe Beteiligte": an activity, no body without a name
    if text in organisations.GENERIC_BODIES and _among_fields(span, doc):
        return None  # "Schule, Sport, Feuerwehr": fields of work, not bodies
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
    last = relabel(doc, span.end - 1, span.end, "ORG")
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
