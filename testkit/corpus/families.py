"""Families of cases for the patterns real reports from unseen towns showed (issue 17): lists of dates with one bad
date, time ranges written otherwise, multi-word towns, qualifier abbreviations, streets of every ending,
organisations of several shapes, headings glued to the sentence before them.

Each family draws from the report's own second random stream (``Report.fam``), so a report that has none of
them is written as before; what a family writes is planted like every other value.
"""
from __future__ import annotations

import re

from testkit.corpus.banks import (DATE_LIST_LEADS, FIELDS_OF_WORK, HOUSE_NUMBERS, IMPOSSIBLE_DATES, MORE_CITIES,
                                  MORE_COUNT_QUALIFIERS, MORE_POPULATION_QUALIFIERS, MORE_STREETS, MORE_TIME_STYLES,
                                  ORG_SHAPES, QUOTES, TOWNS)
from testkit.corpus.model import EventSpec, Report
from testkit.corpus.wording import ARTICLES, MONTHS, oxford

DATE_LIST_SHARE = 0.45      # of the reports with two or more events of one day each
YEAR_TYPO_SHARE = 0.35      # of the single events written with their weekday
TIME_SHARE = 0.35
STREET_SHARE = 0.35
QUALIFIER_SHARE = 0.35      # of the counts with a qualifier
POPULATION_QUALIFIER_SHARE = 0.3
ADDRESS_SHARE = 0.6         # of the moderators without an address block
ORG_SHARE = 0.5
GLUE_SHARE = 0.5            # of the txt reports
_ONE_WORD_TOWN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+$")


def _turn(r: Report, options: list, k: int = 0):
    """One of ``options`` by the report's place in the corpus (and ``k``, the place of the value in the report):
    each comes up in turn, so the corpus has each (a random choice might leave one out)."""
    return options[(r.index + k) % len(options)]


# ===================================================================================== events and times

def plan_date_list(r: Report) -> None:
    """Some reports with several events name their dates in one list; one date of the list may be bad: a
    mistyped year (repaired: the list's other dates are of that year) or a day no calendar has (left out)."""
    events, fam = r.events, r.fam
    if len(events) < 2 or r.plan["mobile"] or r.plan["yearless"] or r.plan["invalid_date"] \
            or fam.random() >= DATE_LIST_SHARE:
        return
    same_year = len({e.start.year for e in events}) == 1
    for ev in events:
        ev.kind, ev.end, ev.time, ev.time_style, ev.date_style = None, None, None, None, "list"
    r.date_list = fam.choice(["numeric", "numeric_noyear", "named"] if same_year else ["numeric"])
    # a typo only where every date writes its year (the list's other years confirm the repair); a day no
    # calendar has only where no date takes its year from it
    bad = _turn(r, ["none", "typo", "impossible"])
    if bad == "typo" and r.date_list != "numeric" and same_year:
        r.date_list = "numeric"  # the list must write each year for the others to confirm the repair
    if bad == "typo" and same_year:
        events[fam.randrange(len(events))].bad = "typo"
        r.feat("date list: mistyped year (repaired)")
    elif bad == "impossible" and r.date_list != "named":
        events[fam.randrange(len(events))].bad = "impossible"
        r.feat("date list: impossible date (left out)")
    r.feat(f"dates as one list: {r.date_list}")


def date_list_line(r: Report) -> str:
    """The line that lists every event's date ("Termine: 03.05., 10.05. und 17.05.2017")."""
    events = r.events
    texts = []
    for i, ev in enumerate(events):
        d, last = ev.start, i == len(events) - 1
        if r.date_list == "named":  # "3. und 17. Mai 2017", "28. April, 5. und 12. Mai 2017"
            same_month = not last and d.month == events[i + 1].start.month
            text = f"{d.day}." if same_month else f"{d.day}. {MONTHS[d.month - 1]}" + (f" {d.year}" if last else "")
        elif r.date_list == "numeric_noyear" and not last:
            text = f"{d:%d.%m.}"
        else:
            text = f"{d:%d.%m.%Y}"
        texts.append(_plant_list_date(r, ev, text))
    lead = r.fam.choice(DATE_LIST_LEADS)
    return f"{lead} {oxford(texts)}" + ("." if lead.startswith(("Die", "Statt")) else "")


def _plant_list_date(r: Report, ev: EventSpec, text: str) -> str:
    if ev.bad == "impossible":  # no event, no entity: named in the warnings only
        return r.P.plain(r.fam.choice(IMPOSSIBLE_DATES) + text[6:])
    gold = {"kind": None, "date": ev.start.isoformat(), "end_date": None, "start": None, "end": None}
    return r.P("DATE", event_date_text(ev, text), ev.start.isoformat(), event=gold)


def _mistype_year(text: str, year: int) -> str:
    """The year with its second digit left out ("2017" -> "217")."""
    y = str(year)
    return text[: text.rfind(y)] + y[0] + y[2:] + text[text.rfind(y) + 4:]


def plan_year_typo(r: Report, ev: EventSpec) -> None:
    """A single event written with its weekday may have a mistyped year: the weekday confirms the repair."""
    if ev.date_style == "wd_dmy" and not ev.end and len(r.events) == 1 and r.fam.random() < YEAR_TYPO_SHARE:
        ev.bad = "typo"
        r.feat("date: weekday and mistyped year (repaired)")


def event_date_text(ev: EventSpec, text: str) -> str:
    """The written date of an event, with the family's typo if it has one."""
    return _mistype_year(text, ev.start.year) if ev.bad == "typo" else text


def time_style(r: Report, start: tuple[int, int], end: tuple[int, int], style: str,
               k: int) -> tuple[str, tuple[int, int], tuple[int, int]]:
    """Some time ranges are written the other ways towns write them ("zwischen 9:30 Uhr und 15:00 Uhr",
    "10.00-16.00h", "vormittags 9 bis 12 Uhr", "18–21 Uhr"): (style, start, end); a style of whole hours
    takes the hours."""
    if r.fam.random() >= TIME_SHARE:
        return style, start, end
    style, whole = _turn(r, MORE_TIME_STYLES, k)
    return (style, (start[0], 0), (end[0], 0)) if whole else (style, start, end)


# ================================================================================= places and numbers

def contact_street(r: Report, street: str, n: int) -> str:
    """The contact's street: of any common ending or named after a person, the number with a letter or a range."""
    if r.fam.random() >= STREET_SHARE:
        return street
    r.feat("street: other ending, person's name or house number")
    number = r.fam.choice(HOUSE_NUMBERS).format(n=n, m=n + 2)
    return f"{r.fam.choice(MORE_STREETS)} {number}"


def office_address(r: Report) -> tuple[str, str, str] | None:
    """A moderator's office address in a town whose name has several words, or None."""
    if r.fam.random() >= ADDRESS_SHARE:
        return None
    plz, city = r.fam.choice(MORE_CITIES)
    r.feat("address: town of several words")
    return f"{r.fam.choice(MORE_STREETS)} {r.fam.randint(1, 60)}", plz, city


def population_qualifier(r: Report) -> str | None:
    """A qualifier for the population, written the other ways towns write it ("rd. 12.300", "ungef. 8.000"), or
    None for the population as the report writes it otherwise."""
    if r.fam.random() >= POPULATION_QUALIFIER_SHARE:
        return None
    return _turn(r, MORE_POPULATION_QUALIFIERS)


def count_qualifier(r: Report, qualifier: str) -> str:
    if r.fam.random() >= QUALIFIER_SHARE:
        return qualifier
    return r.fam.choice(MORE_COUNT_QUALIFIERS)


# ====================================================================================== organisations

def org_sentences(r: Report) -> list[str]:
    """Sentences naming organisations of the shapes real reports use, or a list of fields of work that names
    none; each organisation planted with its value."""
    fam, P = r.fam, r.P
    if fam.random() >= ORG_SHARE:
        return []
    out = []
    shape = _turn(r, ["coordinated", "lower_case", "quoted", "fields"])
    r.feat(f"organisations: {shape.replace('_', ' ')}")
    if shape == "coordinated":
        template, singulars = ORG_SHAPES["coordinated"]
        plural = fam.choice(sorted(singulars))
        a, b = fam.sample([t for t in TOWNS if _ONE_WORD_TOWN.match(t) and t != r.town], 2)
        out.append(template.format(a=P("ORG", f"{plural} {a}", f"{singulars[plural]} {a}"),
                                   b=P("ORG", b, f"{singulars[plural]} {b}")))
    elif shape == "lower_case":
        options = [(t, g) for t, g in ORG_SHAPES["lower_case"] if "{town}" not in t or _ONE_WORD_TOWN.match(r.town)]
        template, gender = fam.choice(options)
        name = template.format(town=r.town)
        out.append(f"Mit dabei war außerdem {ARTICLES['nom'][gender]} {P('ORG', name, name)}.")
    elif shape == "quoted":
        kind, name, gender = fam.choice(ORG_SHAPES["quoted"])
        left, right = fam.choice(QUOTES)
        org = P("ORG", f"{kind} {left}{name}{right}", f"{kind} {name}")
        out.append(f"Eingebracht hat sich auch {ARTICLES['nom'][gender]} {org}.")
    else:
        out.append(f"Engagierte aus {P.plain(fam.choice(FIELDS_OF_WORK))} brachten ihre Sicht ein.")
    return out


# ================================================================================ headings in a line

def glue_headings(r: Report) -> bool:
    """Whether this txt report glues headings to the sentence before them, as text from web pages does."""
    return r.fmt == "txt" and r.fam.random() < GLUE_SHARE
