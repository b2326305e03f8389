"""Small, report-type-neutral helpers that field rules share: lines, list items, noun phrases."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from extractor.lang.de import function_words
from extractor.nlp.rules import ADJECTIVE
from extractor.readers.markers import LIST_MARKER


@dataclass
class TextSpan:
    text: str
    start: int
    end: int


def lines_between(text: str, start: int, end: int) -> list[TextSpan]:
    """Non-empty lines of ``text[start:end]``, stripped, with their offsets."""
    out = []
    pos = start
    for raw in text[start:end].split("\n"):
        stripped = raw.strip()
        if stripped:
            s = pos + (len(raw) - len(raw.lstrip()))
            out.append(TextSpan(stripped, s, s + len(stripped)))
        pos += len(raw) + 1
    return out


def strip_marker(line: TextSpan) -> TextSpan | None:
    """The text of a list item without its marker ("• ", "- ", "1. ", "a) "), or None if no marker."""
    m = LIST_MARKER.match(line.text)
    if not m:
        return None
    rest = line.text[m.end():].strip()
    return TextSpan(rest, line.end - len(rest), line.end) if rest else None


def split_parts(line: TextSpan, sep: str = ",") -> list[TextSpan]:
    """Split a line at ``sep`` keeping offsets ("Iris Manz, Hauptamtsleiterin, Rathausplatz 1")."""
    out = []
    pos = line.start
    for raw in line.text.split(sep):
        stripped = raw.strip()
        if stripped:
            s = pos + (len(raw) - len(raw.lstrip()))
            out.append(TextSpan(stripped, s, s + len(stripped)))
        pos += len(raw) + len(sep)
    return out


def sub_span(line: TextSpan, start: int, end: int) -> TextSpan | None:
    """The part of ``line`` between absolute offsets, stripped of spaces and list punctuation."""
    s, e = max(start, line.start), min(end, line.end)
    raw = line.text[s - line.start:e - line.start]
    lead = len(raw) - len(raw.lstrip(" ,;:-–"))
    stripped = raw.strip(" ,;:-–")
    return TextSpan(stripped, s + lead, s + lead + len(stripped)) if stripped else None


_ADJ = re.compile(ADJECTIVE)
# Words that attach an origin or a genitive attribute to a noun ("aus der ...", "der Kirchengemeinden").
_ATTRIBUTE_STARTS = {*function_words.ORIGIN_PREPOSITIONS, *function_words.GENITIVE_ARTICLES}
_ARTICLES = set(function_words.ARTICLES)
_AND = set(function_words.AND_CONJUNCTIONS)


def extend_noun_phrase(tokens: list[Token]) -> int:
    """How many of ``tokens`` continue a noun phrase as an origin or genitive attribute:
    "aus der operativen Flüchtlingsarbeit", "der Kirchengemeinden". Stops at verbs and other words."""
    i = 0
    n = len(tokens)
    while i < n and tokens[i].lower_ in _ATTRIBUTE_STARTS:
        j = i + 1
        while j < n and (tokens[j].lower_ in _ARTICLES or _ADJ.match(tokens[j].text)):
            j += 1
        if j < n and tokens[j].is_title and tokens[j].is_alpha:
            j += 1
            # coordinated nouns: "aus Politik und Verwaltung"
            while j + 1 < n and tokens[j].lower_ in _AND and tokens[j + 1].is_title:
                j += 2
            i = j
        else:
            break
    return i


def previous_sentence(span: Span) -> Span | None:
    sent = span.sent
    if sent.start == 0:
        return None
    prev = span.doc[sent.start - 1].sent
    return prev
