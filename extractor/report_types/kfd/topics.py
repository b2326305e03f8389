"""topics: tags from the controlled vocabulary, matched in the topics section tolerant of typos and
inflection ("Wohnenm" is Wohnen, "Spracherwerb" is Sprache)."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from .vocab import TOPIC_EXCLUDE, TOPICS

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")
TYPO_MIN = 86
_EXCLUDE = tuple(TOPIC_EXCLUDE)


def topics(ctx) -> list[str]:
    sec = ctx.sections.sections.get("topics")
    if sec is None or not sec.answer_text:
        return []
    return tag(sec.answer_text)


# "Ehren- und Hauptamtliche", "Ehren- Hauptamtliche": a first part whose compound ends like the word after it.
_TRUNCATED = re.compile(r"([A-Za-zÄÖÜäöüß]{3,})\s?-\s+(?:(?:und|oder|bzw\.|sowie)\s+)?([A-Za-zÄÖÜäöüß]{4,})")


def tag(text: str) -> list[str]:
    low = text.lower()
    # Each distinct word once, and words of an excluded stem ("Wohnmobil") dropped up front.
    words = [w for w in dict.fromkeys(w.lower().strip("-") for w in _WORD.findall(text))
             if not w.startswith(_EXCLUDE)]
    completed = _completed_compounds(text)
    by_length: dict[int, list[str]] = {}
    for w in words:
        by_length.setdefault(len(w), []).append(w)
    found = []
    for topic, stems in TOPICS.items():
        for stem in stems:
            if " " in stem:
                hit = stem in low
            else:
                hit = any(w.startswith(stem) for w in words) or _typo_of(stem, by_length) or any(
                    word.startswith(stem) for word in completed.get(stem[:3], ()))
            if hit:
                found.append(topic)
                break
    return found


def _completed_compounds(text: str) -> dict[str, list[str]]:
    """The compounds a truncated first part stands for, by their first three letters: "Ehren- Hauptamtliche"
    -> "ehrenamtliche" (the first part and each ending of the word after it)."""
    out: dict[str, list[str]] = {}
    for m in _TRUNCATED.finditer(text):
        first, second = m.group(1).lower(), m.group(2).lower()
        out.setdefault(first[:3], []).extend(first + second[k:] for k in range(1, len(second) - 2))
    return out


def _typo_of(stem: str, by_length: dict[int, list[str]]) -> bool:
    """A typo of the stem itself ("Wohnenm", "Bidlung"), only for words of about the stem's length."""
    if len(stem) < 5:
        return False
    return any(fuzz.ratio(w, stem) >= TYPO_MIN
               for n in range(len(stem) - 2, len(stem) + 3) for w in by_length.get(n, ()))
