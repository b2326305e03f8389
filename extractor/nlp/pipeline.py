"""One rule-based German spaCy pipeline, built once per process.

    spacy.blank("de") + tokenizer tweaks
      -> "de_line_sentences"  sentence starts at line breaks and sentence punctuation
      -> "de_pattern_entities" regex patterns over doc.text (EMAIL, URL, PHONE, DATE, TIME, MONEY, ADDRESS)
      -> "de_span_ruler"       SpanRuler: gazetteers and token shapes (ORG, PERSON, COUNT)
      -> "de_entity_resolver"  overlaps resolved by label priority, values normalised, ``doc.ents`` set

Every entity span carries its normalised value in ``span._.value``. An installed
statistical model is never required.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.util import compile_infix_regex, compile_suffix_regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import patterns
from .labels import BY_NAME
from .lexemes import flag_patterns, warm_up
from .rules import count_patterns, org_patterns, person_patterns
from .values import normalise_span

REGEX_LABELS = [("EMAIL", patterns.EMAIL), ("URL", patterns.URL), ("PHONE", patterns.PHONE),
                ("DATE", patterns.DATE), ("DATE", patterns.DATE_WEEKDAY_NO_YEAR),
                ("DATE", patterns.DATE_MONTH_YEAR), ("TIME", patterns.TIME_RANGE), ("TIME", patterns.TIME),
                ("MONEY", patterns.MONEY), ("ADDRESS", patterns.STREET), ("ADDRESS", patterns.POSTAL_CITY),
                ("COUNT", patterns.COUNT_LABELLED)]

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
    spans = []
    text = doc.text  # rebuilt from the tokens on every access
    for label, regex in REGEX_LABELS:
        part = "ent" if "ent" in regex.groupindex else 0  # a pattern may mark the entity inside its match
        source = "labelled" if part else ""
        for m in regex.finditer(text):
            stripped = m.group(part).rstrip()  # "Rathausplatz 21\n\n": an entity ends at its last character
            span = doc.char_span(m.start(part), m.start(part) + len(stripped), label=label,
                                 alignment_mode="expand", span_id=source)
            if span is not None and span.text.strip():
                spans.append(span)
    doc.spans["pattern_candidates"] = spans
    return doc


@Language.component("de_entity_resolver")
def entity_resolver(doc: Doc) -> Doc:
    candidates = list(doc.spans.get("pattern_candidates", [])) + list(doc.spans.get("ruler", []))
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
        if any(taken[final.start:final.end]):
            continue
        final._.value = value
        final._.detail = detail
        chosen.append(final)
        for i in range(final.start, final.end):
            taken[i] = True
    doc.ents = sorted(chosen, key=lambda s: s.start)
    doc._.entity_warnings = warnings
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The pipeline, built once per process (gazetteers compile into matchers here, not per document)."""
    nlp = spacy.blank("de")
    nlp.max_length = 60_000_000
    nlp.tokenizer.token_match = _TOKEN_MATCH.match
    # Arrows ("Stadt X->www.x.de") and a postal code glued to a house number ("Platz 1,72144") split tokens.
    infixes = list(nlp.Defaults.infixes) + [r"->|=>|→", r"(?<=\d),(?=\d{5}$)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # A full stop after a year ends the sentence; it is not an ordinal ("im Juni 2017.").
    # Likewise after a legal form ("... Integra gGmbH.").
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=(?:19|20)\d\d)\.", r"(?<=GmbH)\.", r"(?<=\bAG)\.", r"(?<=\beG)\.", r"(?<=GbR)\.",
                                              r"(?<=€)\.", r"(?<=\d)€"]  # "4.800€." ends a sentence
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.add_pipe("de_line_sentences")
    nlp.add_pipe("de_pattern_entities")
    ruler = nlp.add_pipe("span_ruler", name="de_span_ruler", config={"spans_key": "ruler", "overwrite": True})
    # Word-level tests become lexeme flags, checked in C (lexemes.py: a third of the pipeline's time).
    ruler.add_patterns(flag_patterns(org_patterns() + person_patterns() + count_patterns(), nlp.vocab))
    nlp.add_pipe("de_entity_resolver")
    warm_up(nlp)  # common words stay in the vocabulary; documents run in memory zones (lexemes.py)
    return nlp
