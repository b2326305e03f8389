"""The report's events (the dialogue's dates): when they took place, and how a report writes them."""
from __future__ import annotations

import datetime as dt

from testkit.corpus import families
from testkit.corpus.banks import EVENING_KINDS, EVENT_SERIES, MULTI_DAY_KINDS, PLACES, SINGLE_KINDS
from testkit.corpus.model import EventSpec, Report
from testkit.corpus.wording import art, clock, fmt_date, fmt_range, fmt_times

SINGLE_DATE_STYLES = ["dmy", "dmy", "dmy", "dmy_short", "named", "named0", "wd_named", "wd_dmy"]


def plan_events(r: Report) -> None:
    """Draw the events (one to three, a mobile week, a two-day workshop) into ``r.events``."""
    rng, plan = r.rng, r.plan
    start = dt.date(2016, 9, 1) + dt.timedelta(days=rng.randint(0, 640))
    if plan["mobile"]:
        kinds: tuple = (None,)
    elif plan["n_events"] == 1:
        kinds = (rng.choice(SINGLE_KINDS) if rng.random() < 0.7 or plan["kfd_kind"] else None,)
    else:
        kinds = rng.choice([s for s in EVENT_SERIES if len(s) == plan["n_events"]])
    day = start
    for i, kind in enumerate(kinds):
        if i:
            day = day + dt.timedelta(days=rng.randint(7, 35))
        evening = kind in EVENING_KINDS
        # weekday evenings for talks, Fridays/Saturdays for workshops
        target = rng.choice([0, 1, 2, 3]) if evening else rng.choice([4, 5, 5, 5])
        day = day + dt.timedelta(days=(target - day.weekday()) % 7)
        end = None
        if plan["mobile"]:
            day = day + dt.timedelta(days=(5 - day.weekday()) % 7)   # a week from Saturday to Friday
            end = day + dt.timedelta(days=6)
        elif (kind in MULTI_DAY_KINDS and plan["multi_day"] and not any(e.end for e in r.events)
              and not (plan["invalid_date"] and i == len(kinds) - 1)):
            day = day + dt.timedelta(days=(4 - day.weekday()) % 7)   # Friday and Saturday
            end = day + dt.timedelta(days=1)
        if end:
            styles = ["range_full"]
            if end.month == day.month:
                styles += ["range_named", "range_bis"] + (["range_slash", "range_und"] if (end - day).days == 1 else [])
            date_style = rng.choice(styles)
        elif plan["yearless"] and i == 0:
            date_style = plan["yearless_style"]
        elif plan["invalid_date"] and i == len(kinds) - 1:
            date_style = "dmy"
        else:
            date_style = rng.choice(SINGLE_DATE_STYLES)
        time = None
        time_style = None
        if rng.random() < (0.4 if end else 0.85):
            if evening:
                s = rng.choice([(18, 0), (18, 30), (19, 0), (19, 30), (17, 0)])
                e = (s[0] + rng.choice([2, 2, 3]), rng.choice([0, 0, 30]))
            else:
                s = rng.choice([(9, 0), (9, 30), (10, 0), (14, 0), (13, 0)])
                e = (s[0] + rng.choice([3, 4, 5, 6, 7]), rng.choice([0, 0, 30]))
            if rng.random() < 0.1:
                time, time_style = (s, None), rng.choice(["ab_uhr", "um_uhr"])
            else:
                styles = ["colon_dash", "bis_uhr_mixed", "dot_uhr_both", "colon_bis_uhr", "colon_dash_uhr", "endash"]
                if s[1] == 0 and e[1] == 0:
                    styles += ["dash_uhr_hours", "dash_uhr_hours"]
                time_style, s, e = families.time_style(r, s, e, rng.choice(styles), i)
                time = (s, e)
        invalid = plan["invalid_date"] and i == len(kinds) - 1
        r.events.append(EventSpec(kind, day, end, time, date_style, time_style, invalid))
    families.plan_date_list(r)
    families.plan_year_typo(r, r.events[0])


def plant_event_date(r: Report, ev: EventSpec) -> tuple[str, str]:
    """(preposition, marked date text). The DATE plant carries the event the date stands for."""
    P = r.P
    t_start = t_end = None
    if ev.time:
        s, e = ev.time
        t_start, t_end = clock(s), clock(e) if e else None
    if ev.invalid:
        y = str(ev.start.year)
        r.feat("date: mistyped year (no event in the gold)")
        return "am", P.plain(f"{ev.start:%d.%m.}{y[0]}{y[2:]}")
    gold = {"kind": ev.kind, "date": ev.start.isoformat(), "end_date": ev.end.isoformat() if ev.end else None,
            "start": t_start, "end": t_end}
    r.feat(f"date: {ev.date_style}")
    if ev.end:
        prep, text = fmt_range(ev.start, ev.end, ev.date_style)
        value = f"{ev.start.isoformat()}/{ev.end.isoformat()}"
    else:
        prep, text = "am", families.event_date_text(ev, fmt_date(ev.start, ev.date_style))
        value = ev.start.isoformat()
    return prep, P("DATE", text, value, event=gold)


def plant_event_time(r: Report, ev: EventSpec) -> tuple[str, str] | None:
    """(preposition, marked time text), or None for an event without a time."""
    if not ev.time:
        return None
    s, e = ev.time
    prep, text = fmt_times(s, e, ev.time_style)
    r.feat(f"time: {ev.time_style}")
    value = {"start": clock(s), "end": clock(e)} if e else clock(s)
    return prep, r.P("TIME", text, value)


def event_text(r: Report, ev: EventSpec, form: str) -> str:
    """The event as a line or a sentence of the given form, its date and time planted."""
    rng = r.rng
    prep, date = plant_event_date(r, ev)
    time = plant_event_time(r, ev)
    tprep, ttext = time if time else ("", "")
    after_comma = f", {ttext}" if time else ""
    after_prep = (f" {tprep} {ttext}" if tprep else f", {ttext},") if time else ""
    kind = ev.kind
    r.feat(f"event form: {form}")
    with_prep = f" {tprep} {ttext}" if tprep else f" {ttext}"
    if form == "line_kind":
        return f"{kind} {prep} {date}" + (rng.choice([with_prep, after_comma]) if time else "")
    if form == "kind_colon":
        return f"{kind}: {date}{after_comma}"
    if form == "durchf":
        return f"Durchführung {prep} {date}" + (rng.choice([after_comma, with_prep]) if time else "")
    if form == "durchf_colon":
        return f"Durchführung {prep}: {date}" + ((with_prep if tprep else after_comma) if time else "")
    if form == "termin":
        return f"Termin: {date}{after_comma}"
    place = rng.choice(PLACES)
    if form == "prose_fand":
        return f"{art(kind, 'nom').capitalize()} {kind} fand {prep} {date}{after_prep} {place} statt."
    if form == "prose_am":
        return f"{prep.capitalize()} {date} fand{after_prep} {place} {art(kind, 'indef')} {kind} statt."
    if form == "durchgefuehrt":
        return f"{art(kind, 'nom').capitalize()} {kind} wurde {prep} {date}{after_prep} {place} durchgeführt."
    if form == "kfd":
        return f"Der Kommunale Flüchtlingsdialog in {r.town} fand {prep} {date}{after_comma} statt."
    raise ValueError(form)
