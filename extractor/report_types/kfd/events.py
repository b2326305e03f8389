"""events: the dialogue's events with kind, date(s) and times, from the concept section.

A date counts as an event date when its sentence says so (an event kind such as
"Bürgerdialog", or "Durchführung", "fand ... statt"); dates of notes ("Stand ...",
"seit ...") are not events. A date written without a year is placed in a year only
when its weekday fixes it among the years the report talks about; the inference is
named in the warnings.
"""
from __future__ import annotations

import datetime as dt
import re

from extractor.lang.de import calendar
from extractor.normalize import parse_date

from .vocab import EVENT_CUES, EVENT_KIND_HEADS, EVENT_KIND_NOT, NOT_EVENT_CUES, STRONG_EVENT_CUES

_NOT_EVENT_BEFORE = {"seit", "stand", "bis", "vor", "nach", "ab", "zum", "bis zum", "spätestens", "frist"}
# Weekday name (lower case) -> its number, to place a date without a year ("Mittwoch, 31.01.").
_WEEKDAYS = {name.lower(): number for table in (calendar.WEEKDAYS, calendar.WEEKDAY_VARIANTS,
                                                calendar.WEEKDAY_ABBREVIATIONS) for name, number in table.items()}
_YEAR = re.compile(r"(?<!\d)(20\d\d|19\d\d)(?!\d)")


def event_kind(token_text: str) -> str | None:
    """The event kind a word names, in its base form ("Expertenworkshops" -> "Expertenworkshop"), or None."""
    low = token_text.lower()
    if not token_text[:1].isupper() or low in EVENT_KIND_NOT:
        return None
    if low.endswith(EVENT_KIND_HEADS):
        return token_text
    for ending in ("es", "s"):  # genitive or plural
        if low.endswith(ending) and low[: -len(ending)].endswith(EVENT_KIND_HEADS):
            base = token_text[: -len(ending)]
            return base if base.lower() not in EVENT_KIND_NOT else None
    return None


def kinds_in(span) -> list:
    return [t for t in span if t.is_alpha and event_kind(t.text)]


def events(ctx) -> list[dict]:
    dates = ctx.entities("DATE", section="concept")
    strict = False
    if not any(_is_event_date(ctx, d, strict=False) for d in dates):
        dates = [d for d in ctx.entities("DATE") if ctx.section_of(d.start_char) not in (None, "municipality")]
        strict = True
    out: list[dict] = []
    years = _years_in(ctx)
    for ent in dates:
        if not _is_event_date(ctx, ent, strict=strict):
            continue
        date, end_date = _dates(ctx, ent, years, out)
        if date is None:
            continue
        start, end = _times(ctx, ent)
        kind = _kind(ent)
        _add(out, {"kind": kind, "date": date, "end_date": end_date, "start": start, "end": end})
    return out


def _add(events: list[dict], event: dict) -> None:
    """A date named again is the same event ("Durchführung am 09.05.2017 und 13.05.2017" and later "09.05.2017 –
    In dieser Veranstaltung ..."): what one mention lacks the other tells. Mentions that disagree (another
    kind, other times) are events of their own."""
    for known in events:
        if all(known[k] == event[k] or known[k] is None or event[k] is None for k in event) \
                and (known["date"], known["end_date"]) == (event["date"], event["end_date"]):
            known.update({k: v for k, v in event.items() if known[k] is None})
            return
    events.append(event)


def _is_event_date(ctx, ent, strict: bool) -> bool:
    parsed = ent._.detail
    if parsed is not None and getattr(parsed, "precision", "day") != "day":
        return False
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 2):ent.start]
    if any(t.lower_ in _NOT_EVENT_BEFORE for t in before):
        return False
    text = ctx.doc.text  # the same string; spaCy's ``doc.text`` is rebuilt from every token per access
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    prefix = text[line_start:ent.start_char]
    if prefix.count("(") > prefix.count(")"):
        return False  # a date inside brackets is a note
    sent_text = ent.sent.text.lower()
    kinds = kinds_in(ent.sent)
    strong = any(c in sent_text for c in STRONG_EVENT_CUES)
    if any(c in sent_text for c in NOT_EVENT_CUES) and not strong:
        # "Die Einladungen gingen am ... raus", "Der Gemeinderat beschloss am ...": only an event when the kind
        # stands right before the date ("Bürgerdialog am 7.6.")
        return any(0 <= ent.start - k.i <= 3 for k in kinds)
    if strict:
        return bool(kinds) or strong
    return bool(kinds) or strong or any(c in sent_text for c in EVENT_CUES)


def _dates(ctx, ent, years: list[int], found: list[dict]) -> tuple[str | None, str | None]:
    parsed = ent._.detail
    if parsed is not None:
        return parsed.iso, parsed.end_iso
    # No year written: let the weekday decide among the years the report mentions.
    weekday = next((_WEEKDAYS[w] for w in re.findall(r"[A-Za-z]+", ent.text.lower()) if w in _WEEKDAYS), None)
    candidates = []
    for year in sorted(set(range(min(years) - 1, max(years) + 2))) if years else []:
        p = parse_date(ent.text, default_year=year)
        if p and p.valid and p.date and (weekday is None or p.date.weekday() == weekday):
            candidates.append(p)
    if weekday is not None and len(candidates) == 1:
        p = candidates[0]
        ctx.warn("year_inferred", f"'{ent.text}' has no year; {p.date.year} is the only year near those the "
                                  f"report mentions on which it falls on that weekday", ctx.section_of(ent.start_char))
        return _placed(ent, p)
    event_years = {e["date"][:4] for e in found}
    if weekday is None and len(event_years) == 1:
        year = int(event_years.pop())
        p = parse_date(ent.text, default_year=year)
        if p and p.valid and p.date:
            ctx.warn("year_inferred", f"'{ent.text}' has no year; {year} is the year of the report's other "
                                      f"events", ctx.section_of(ent.start_char))
            return _placed(ent, p)
    ctx.warn("date_without_year", f"'{ent.text}' has no year and none can be told from the report; "
                                  f"the event was left out", ctx.section_of(ent.start_char))
    return None, None


def _placed(ent, parsed) -> tuple[str, str | None]:
    """The date placed in a year; the entity's value says so too."""
    ent._.value = f"{parsed.iso}/{parsed.end_iso}" if parsed.end_date else parsed.iso
    return parsed.iso, parsed.end_iso


def _years_in(ctx) -> list[int]:
    years = []
    for ent in ctx.entities("DATE"):
        if ent._.detail is not None and ent._.detail.date:
            years.append(ent._.detail.date.year)
    years += [int(y) for y in _YEAR.findall(ctx.doc.text)]
    return [y for y in years if 1990 <= y <= dt.date.today().year + 1]


def _times(ctx, ent) -> tuple[str | None, str | None]:
    sent = ent.sent
    times = [t for t in ctx.entities("TIME", start=sent.start_char, end=sent.end_char)]
    other_dates = [d for d in ctx.entities("DATE", start=sent.start_char, end=sent.end_char) if d != ent]
    after = [t for t in times if t.start_char >= ent.end_char
             and not any(ent.end_char <= d.start_char < t.start_char for d in other_dates)]
    pick = after[0] if after else None
    if pick is None and not other_dates and times:
        pick = times[0]
    if pick is None:
        return None, None
    value = pick._.value
    if isinstance(value, dict):
        return value["start"], value["end"]
    return value, None


def _kind(ent) -> str | None:
    kinds = kinds_in(ent.sent)
    before = [t for t in kinds if t.i < ent.start]
    if before:
        return event_kind(before[-1].text)
    after = [t for t in kinds if t.i >= ent.end]
    return event_kind(after[0].text) if after else None
