"""participants: who took part and how many, from the participants section.

A count's group is the noun it counts plus an origin or genitive attribute
("20 Vertreter aus der operativen Flüchtlingsarbeit"); its event is the event kind
named in the same sentence, else in the sentence before.
"""
from __future__ import annotations

import re

from extractor.pipeline.fieldkit import extend_noun_phrase, previous_sentence

from .events import event_kind, kinds_in

# Nouns that count things, not people.
_NOT_PEOPLE = re.compile(r"^(?:workshops?|standort\w*|themen|thementische?|tische?|gruppen|arbeitsgruppen|"
                         r"veranstaltungen|termine?|stunden|minuten|tage?|wochen|monate?|jahre?|plakate?|flyer|"
                         r"projekte?|ideen|vorschläge?|fragen|beiträge?|seiten|stationen|runden|sitzungen|"
                         r"maßnahmen|ergebnisse?|punkte?|prozent)$", re.I)


def participants(ctx) -> list[dict]:
    out = []
    sec = ctx.sections.sections.get("participants")
    answer_start = sec.answer_start if sec and sec.answer_start is not None else 0
    for ent in ctx.entities("COUNT", section="participants"):
        value = ent._.value
        noun = value["noun"]
        if _NOT_PEOPLE.match(noun.split()[-1]):
            continue
        doc = ent.doc
        extra = 0 if ent.id_ == "labelled" else extend_noun_phrase(list(doc[ent.end: ent.sent.end]))
        group = doc[ent.end - len(noun.split()): ent.end + extra].text if extra else noun
        count = {k: value[k] for k in ("value", "max", "approximate", "qualifier", "text")}
        out.append({"group": group, "count": count, "event": _event(ent, answer_start)})
    return out


def _event(ent, answer_start: int) -> str | None:
    for sent in (ent.sent, previous_sentence(ent)):
        if sent is None or sent.start_char < answer_start:
            continue  # the sentence before the answer is the form's prompt, not the report's
        kinds = kinds_in(sent)
        if kinds:
            return event_kind(kinds[0].text)
    return None
