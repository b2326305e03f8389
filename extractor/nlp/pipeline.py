"""One rule-based German spaCy pipeline, built once per process.

    spacy.blank("de") + tokenizer tweaks
      -> "de_line_sentences"  sentence starts at line breaks and sentence punctuation
      -> "de_pattern_entities" regex patterns over doc.text (EMAIL, URL, PHONE, DATE and lists of dates, TIME,
                               MONEY, ADDRESS, ORG named in quotes)
      -> "de_span_ruler"       SpanRuler: gazetteers and token shapes (ORG, PERSON, COUNT)
      -> "de_entity_resolver"  overlaps resolved by label priority, values normalised, short mentions given
                               the full name said before (coreference.py), ``doc.ents`` set

Every entity span carries its normalised value in ``span._.value``. An installed
statistical model is never required.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.util import compile_infix_regex, compile_suffix_regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.normalize import parse_date_list

from . import patterns
from .coreference import resolve_short_mentions
from .labels import BY_NAME
from .lexemes import flag_patterns, warm_up
from .rules import QUALIFIER_ABBREVIATIONS, count_patterns, org_patterns, person_patterns
from .values import DATE_LIST_READINGS, normalise_span

# (label, pattern, rule): the rule names the pattern for the normaliser (the span's id); a pattern with an
# "ent" group marks the entity inside its match.
REGEX_LABELS = [("EMAIL", patterns.EMAIL, ""), ("URL", patterns.URL, ""), ("PHONE", patterns.PHONE, ""),
                ("DATE", patterns.DATE, ""), ("DATE", patterns.DATE_WEEKDAY_NO_YEAR, ""),
                ("DATE", patterns.DATE_MONTH_YEAR, ""), ("TIME", patterns.TIME_RANGE, ""),
                ("TIME", patterns.TIME, ""), ("MONEY", patterns.MONEY, ""), ("ADDRESS", patterns.STREET, ""),
                ("ADDRESS", patterns.POSTAL_CITY, ""), ("COUNT", patterns.COUNT_LABELLED, "labelled"),
                ("ORG", patterns.ORG_QUOTED, "quoted")]

for _name in ("value", "detail"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("entity_warnings"):
    Doc.set_extension("entity_warnings", default=None)

# One token for names with an internal dot ("Taten.Drang") and abbreviated streets ("Friedrichstr.").
_TOKEN_MATCH = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]+\.[A-ZÄÖÜ][a-zäöüß]+|[A-ZÄÖÜ][a-zäöüß]+str\.)$")


@Language.component("de_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """A sentence starts after a line break, after ., ! or ? and at the first token."""
    # Set all starts in one array: spaCy's ``Token.is_sent_start`` setter scans the whole doc on
    # every call (quadratic: a 1 MB text took over ten minutes).
    starts = numpy.full(len(doc), -1, dtype="int64")  # 1 starts a sentence, -1 continues one
    prev = None
    for i, tok in enumerate(doc):
        # whitespace (a blank line) stays with the sentence before it, so no sentence is only space
        if i == 0 or (not tok.is_space and ("\n" in prev.text or (prev.text in (".", "!", "?", "…")
                                                                  and not tok.is_punct))):
            starts[i] = 1
        prev = tok
    if len(doc):
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # spaCy wants uint64
    return doc


@Language.component("de_pattern_entities")
def pattern_entities(doc: Doc) -> Doc:
    text = doc.text  # rebuilt from the tokens on every access
    spans = _date_list_items(doc, text)  # first: a list's reading of a date wins over the date alone
    for label, regex, rule in REGEX_LABELS:
        part = "ent" if "ent" in regex.groupindex else 0  # a pattern may mark the entity inside its match
        for m in regex.finditer(text):
            stripped = m.group(part).rstrip()  # "Rathausplatz 21\n\n": an entity ends at its last character
            span = doc.char_span(m.start(part), m.start(part) + len(stripped), label=label,
                                 alignment_mode="expand", span_id=rule)
            if span is not None and span.text.strip():
                spans.append(span)
    doc.spans["pattern_candidates"] = spans
    return doc


def _date_list_items(doc: Doc, text: str) -> list[Span]:
    """One candidate per date of a list of dates; its reading (year and month from the list, a confirmed
    repair) is kept in ``doc.user_data`` for the date normaliser."""
    spans = []
    readings = doc.user_data.setdefault(DATE_LIST_READINGS, {})
    for m in patterns.DATE_LIST.finditer(text):
        for start, end, parsed in parse_date_list(m.group(0)) or []:
            span = doc.char_span(m.start() + start, m.start() + end, label="DATE", alignment_mode="expand")
            if span is not None:
                readings[(span.start_char, span.end_char)] = parsed
                spans.append(span)
    return spans


# A text that ends in a long line of prose without a full stop was cut off mid-sentence ("... von Herrn
# Dan"): its last word may be a piece of one, so no entity ends there.
_CUT_MIN_WORDS = 12
_SENTENCE_END = ".!?:;)]\"“”»'"


def _cut_off_at(text: str) -> int:
    """Where the text was cut off mid-sentence (an entity may not reach that far), else past its end."""
    body = text.rstrip()
    last = body[body.rfind("\n") + 1:].strip()
    if not last or last[-1] in _SENTENCE_END or len(last.split()) < _CUT_MIN_WORDS or not last[0].isalnum():
        return len(text) + 1
    return len(body)


@Language.component("de_entity_resolver")
def entity_resolver(doc: Doc) -> Doc:
    candidates = list(doc.spans.get("pattern_candidates", [])) + list(doc.spans.get("ruler", []))
    cut = _cut_off_at(doc.text)
    warnings: list[dict] = []
    chosen: list[Span] = []
    taken = [False] * len(doc)
    for span in sorted(candidates, key=lambda s: (-BY_NAME[s.label_].priority, -(s.end_char - s.start_char), s.start)):
        if any(taken[span.start:span.end]):
            continue
        result = normalise_span(span, doc, warnings)
        if result is None:
            continue
        final, value, detail = result
        if any(taken[final.start:final.end]) or final.end_char >= cut:
            continue
        final._.value = value
        final._.detail = detail
        chosen.append(final)
        for i in range(final.start, final.end):
            taken[i] = True
    chosen.sort(key=lambda s: s.start)
    resolve_short_mentions(chosen)
    doc.ents = chosen
    doc._.entity_warnings = warnings
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The pipeline, built once per process (gazetteers compile into matchers here, not per document)."""
    nlp = spacy.blank("de")
    nlp.max_length = 60_000_000
    nlp.tokenizer.token_match = _TOKEN_MATCH.match
    # Arrows ("Stadt X->www.x.de") and a postal code glued to a house number ("Platz 1,72144", "Berg 10a,72144")
    # split tokens.
    infixes = list(nlp.Defaults.infixes) + [r"->|=>|→", r"(?<=\w),(?=\d{5}$)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # A full stop after a year ends the sentence; it is not an ordinal ("im Juni 2017.").
    # Likewise after a legal form ("... Integra gGmbH.").
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=(?:19|20)\d\d)\.", r"(?<=GmbH)\.", r"(?<=\bAG)\.", r"(?<=\beG)\.", r"(?<=GbR)\.",
                                              r"(?<=€)\.", r"(?<=\d)€"]  # "4.800€." ends a sentence
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # Abbreviated qualifiers stay one token ("rd. 120 Gäste", "Ca. 40"), as the count patterns read them.
    for spelling in QUALIFIER_ABBREVIATIONS:
        for written in {spelling, spelling.capitalize()}:
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    nlp.add_pipe("de_line_sentences")
    nlp.add_pipe("de_pattern_entities")
    ruler = nlp.add_pipe("span_ruler", name="de_span_ruler", config={"spans_key": "ruler", "overwrite": True})
    # Word-level tests become lexeme flags, checked in C (lexemes.py: a third of the pipeline's time).
    ruler.add_patterns(flag_patterns(org_patterns() + person_patterns() + count_patterns(), nlp.vocab))
    nlp.add_pipe("de_entity_resolver")
    warm_up(nlp)  # common words stay in the vocabulary; documents run in memory zones (lexemes.py)
    return nlp
