"""From markers to the written text and the gold record.

The filler lint runs on the laid-out report before the markers are resolved; the gold is made from the
plants whose markers survive the layout, in document order, and checked against the written text.
"""
from __future__ import annotations

import datetime as dt
import re
from copy import deepcopy

from testkit.corpus.banks import FILLER_BANNED, LOCAL_WORDS
from testkit.corpus.form import SECTION_KEYS
from testkit.corpus.model import LIST_START, MARK, Plant, Report, Sec


def strings_in_order(pre: list[str], secs: list[Sec]):
    """Every line of the document in reading order as (its list, its index, its role, its section key)."""
    for i in range(len(pre)):
        yield pre, i, "pre", None
    for sec in secs:
        for b in sec.blocks:
            if b.kind == "fields":
                for f in b.fields:
                    for i in range(len(f.lines)):
                        yield f.lines, i, "field", sec.key
            else:
                for i in range(len(b.lines)):
                    yield b.lines, i, b.kind, sec.key


def lint_filler(r: Report, pre: list[str], secs: list[Sec]) -> None:
    """Text outside the plants must hold no entity: no digits, no organisation names, no dates or money."""
    for lines, i, role, key in strings_in_order(pre, secs):
        if role == "prompt":
            continue
        bare = MARK.sub("", lines[i])
        if re.search(r"\d", bare):
            raise AssertionError(f"{r.name}: digit outside a plant in {key}: {bare!r}")
        if key != "municipality" and FILLER_BANNED.search(bare):
            raise AssertionError(f"{r.name}: entity-like word in filler of {key}: "
                                 f"{FILLER_BANNED.search(bare).group(0)!r} in {bare!r}")


def localise(r: Report, text: str) -> str:
    """Filler is written for a Gemeinde: reword it for a Stadt or a Landkreis."""
    kind = "Landkreis" if r.landkreis else "Stadt" if r.kind in ("Stadt", "Große Kreisstadt") else None
    for old, new in LOCAL_WORDS.get(kind, []):
        text = re.sub(rf"\b{old}\b", new, text)
    return text


def resolve(r: Report, pre: list[str], secs: list[Sec]) -> tuple[list[str], list[Sec], list[Plant]]:
    """Replace the markers by their text; the plants that survive, in document order."""
    pre, secs = deepcopy(pre), deepcopy(secs)
    found: list[Plant] = []
    for lines, i, role, _ in strings_in_order(pre, secs):
        if role in ("para", "list", "sub"):
            lines[i] = localise(r, lines[i])
        for m in MARK.finditer(lines[i]):
            found.append(r.P.items[int(m.group(1))])
        # "... Brücke e.V." at the end of a sentence takes no second full stop; "von dem IB" is "vom IB"
        text = r.P.resolve(lines[i]).replace(f"von {LIST_START}dem ", "vom ").replace(LIST_START, "")
        lines[i] = re.sub(r"(e\.\s?V\.)\.", r"\1", text)
    return pre, secs, found


def gold_record(r: Report, secs: list[Sec], plants: list[Plant]) -> dict:
    """The gold record of the report (see samples/corpus/README.md for its conventions)."""
    events = [p.facts["event"] for p in plants if "event" in p.facts]
    participants = [p.facts["participant"] for p in plants if "participant" in p.facts]
    orgs = list(dict.fromkeys(p.value for p in plants if p.label == "ORG"))
    mod_orgs = list(dict.fromkeys(p.value for p in plants if p.label == "ORG" and p.facts.get("moderation")))
    mod_persons = list(dict.fromkeys(p.value for p in plants if p.label == "PERSON" and p.facts.get("moderation")))
    topics = next((p.facts["topics"] for p in plants if "topics" in p.facts), [])
    results = [localise(r, r.P.resolve(p.facts["result"])) for p in plants if "result" in p.facts]
    money = [p.facts for p in plants if "money" in p.facts]
    amounts = [m["money"] for m in money]
    total = next((m["money"] for m in money if m["total"]), None)
    if total is None and len(amounts) == 1:
        total = amounts[0]
    present = {s.key: s.heading is not None for s in secs}
    answered = {s.key: s.answered for s in secs}
    sections = {k: {"present": present.get(k, False), "answered": present.get(k, False) and answered.get(k, False)}
                for k in SECTION_KEYS}
    entities = [{"label": p.label, "text": p.text, "value": p.value} for p in plants if p.label]
    return {
        "file": f"{r.name}.{r.fmt}",
        "format": r.fmt,
        "municipality": r.gold_municipality,
        "contact": r.gold_contact,
        "events": events,
        "participants": participants,
        "organisations": orgs,
        "moderation": {"organisations": mod_orgs, "persons": mod_persons},
        "topics": topics,
        "results": results,
        "costs": {"amounts": amounts, "total": total},
        "sections": sections,
        "entities": entities,
    }


def check_gold(r: Report, gold: dict, pre: list[str], secs: list[Sec]) -> None:
    """The gold must be consistent with the text that was written (cheap self-checks)."""
    text = "\n".join([s.heading or "" for s in secs] + [lines[i] for lines, i, _, _ in strings_in_order(pre, secs)])
    for ent in gold["entities"]:
        assert ent["text"] in text, (r.name, ent)
    for item in gold["results"]:
        assert item in text, (r.name, item)
    for e in gold["events"]:
        dt.date.fromisoformat(e["date"])
    assert list(gold["sections"]) == list(SECTION_KEYS)
