"""Short mentions of a name given in full earlier in the same report take the full name as their value:
"Herr Weinmann" after "Herr Christoph Weinmann" is Christoph Weinmann; "des Helferkreises" after "einen
Helferkreis für Flüchtlinge" is that Helferkreis. A short mention with no full name before it keeps its own."""
from __future__ import annotations

from spacy.tokens import Span

from extractor.lang.de import names, organisations

_TITLES = set(names.ACADEMIC_TITLES)


def _name_words(value: str) -> list[str]:
    return [w for w in value.split() if w not in _TITLES]


def _full_person(short: Span, earlier: list[Span]) -> str | None:
    words = _name_words(short._.value)
    if len(words) != 1:
        return None
    for prev in reversed(earlier):
        full = _name_words(prev._.value) if prev.label_ == "PERSON" else []
        if len(full) > 1 and full[-1] == words[0]:
            return prev._.value
    return None


def _full_org(short: Span, earlier: list[Span]) -> str | None:
    if short._.value not in organisations.ORG_TAKES_NAME:
        return None
    for prev in reversed(earlier):
        if prev.label_ == "ORG" and prev._.value.startswith(short._.value + " "):
            return prev._.value
    return None


def resolve_short_mentions(ents: list[Span]) -> None:
    """Give each short mention in ``ents`` (in document order) the value of its full name given earlier."""
    for i, ent in enumerate(ents):
        full = (_full_person if ent.label_ == "PERSON" else _full_org if ent.label_ == "ORG" else None)
        value = full(ent, ents[:i]) if full else None
        if value is not None:
            ent._.value = value
