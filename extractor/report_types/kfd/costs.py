"""costs: every amount in the costs section with what it was for, and the total (the generic amounts
extractor, extractor/report_types/generic/amounts.py).

The label is the coordinated list of cost nouns nearest the amount in its sentence
("Beratung, Konzeption und Moderation").
"""
from __future__ import annotations

from extractor.report_types.generic.amounts import amounts

from .vocab import COST_NOUNS

_GLUE = {",", "und", "sowie", "/", "&", "bzw."}
# Cost words that say nothing about what the money was for; used only when nothing better is near.
_GENERIC = ("kosten", "kostenfaktor", "ausgaben", "aufwand", "auslagen", "betrag")


def costs(ctx) -> dict:
    sec = ctx.sections.sections.get("costs")
    spans = [(sec.body_start, sec.body_end)] if sec is not None else []
    return amounts(ctx, spans, label=lambda _ctx, ent: _label(ent))


def _is_cost_noun(tok) -> bool:
    low = tok.lower_
    return tok.is_title and tok.is_alpha and any(low.startswith(n) or low.endswith(n) for n in COST_NOUNS)


def _label(ent) -> str | None:
    """The run of cost nouns joined by commas/und that belongs to this amount, in the same sentence.

    Each run belongs to the amount it is nearest to ("Für A fielen 2.200 € an, für B 300 €."); an
    amount takes the best of its own runs, else the best run of the sentence.
    """
    sent = ent.sent
    # An amount that runs on past its sentence's end (the sentence split between "etwa" and "2800 Euro")
    # is not among the sentence's entities: count it in.
    amounts = [e for e in sent.ents if e.label_ == "MONEY" and e != ent] + [ent]
    runs = []
    i = sent.start
    while i < sent.end:
        if any(a.start <= i < a.end for a in amounts):
            i += 1
            continue
        if _is_cost_noun(ent.doc[i]):
            j = i + 1
            while j + 1 < sent.end and ent.doc[j].text in _GLUE and _is_cost_noun(ent.doc[j + 1]):
                j += 2
            runs.append(ent.doc[i:j])
            i = j
        else:
            i += 1
    if not runs:
        return None
    own = [r for r in runs if min(amounts, key=lambda a: _distance(r, a)) == ent]
    return min(own or runs, key=lambda r: _distance(r, ent)).text


def _distance(run, ent) -> float:
    gap = ent.start - run.end if run.end <= ent.start else run.start - ent.end
    # "120 € für Raummiete": a run introduced by "für" right after the amount is what it paid for
    if run.start > ent.end and run.doc[run.start - 1].lower_ == "für" and run.start - ent.end <= 2:
        gap -= 2
    generic = len(run) == 1 and run[0].lower_ in _GENERIC
    # "... Moderation der Veranstaltung": a genitive attribute of the run before it is not the label
    attribute = run.start >= 2 and run.doc[run.start - 1].lower_ in ("der", "des") and _is_cost_noun(
        run.doc[run.start - 2])
    return gap + 8 * generic + 8 * attribute - 3 * (len(run) > 1)
