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


def tag(text: str) -> list[str]:
    low = text.lower()
    # Each distinct word once, and words of an excluded stem ("Wohnmobil") dropped up front.
    words = [w for w in dict.fromkeys(w.lower().strip("-") for w in _WORD.findall(text))
             if not w.startswith(_EXCLUDE)]
    by_length: dict[int, list[str]] = {}
    for w in words:
        by_length.setdefault(len(w), []).append(w)
    found = []
    for topic, stems in TOPICS.items():
        for stem in stems:
            if " " in stem:
                hit = stem in low
            else:
                hit = any(w.startswith(stem) for w in words) or _typo_of(stem, by_length)
            if hit:
                found.append(topic)
                break
    return found


def _typo_of(stem: str, by_length: dict[int, list[str]]) -> bool:
    """A typo of the stem itself ("Wohnenm", "Bidlung"), only for words of about the stem's length."""
    if len(stem) < 5:
        return False
    return any(fuzz.ratio(w, stem) >= TYPO_MIN
               for n in range(len(stem) - 2, len(stem) + 3) for w in by_length.get(n, ()))
