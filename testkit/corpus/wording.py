"""How the generator writes values and phrases in German: numbers, dates, times, money, phone numbers,
enumerations, articles, names, and the odd typo. Pure functions; each style is a name the plan draws.
"""
from __future__ import annotations

import datetime as dt
import random
import re

from testkit.corpus.banks import KINDS

# ====================================================================================== value formats

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def german_number(value: float, cents: bool = False, dots: bool = True) -> str:
    whole = int(value)
    text = f"{whole:,}".replace(",", ".") if dots else str(whole)
    if cents:
        text += "," + f"{round((value - whole) * 100):02d}"
    return text


def fmt_date(d: dt.date, style: str) -> str:
    wd, mon = WEEKDAYS[d.weekday()], MONTHS[d.month - 1]
    return {
        "dmy": f"{d:%d.%m.%Y}",
        "dmy_short": f"{d.day}.{d.month}.{d.year % 100:02d}",
        "named": f"{d.day}. {mon} {d.year}",
        "named0": f"{d.day:02d}. {mon} {d.year}",
        "wd_named": f"{wd}, {d.day:02d}. {mon} {d.year}",
        "wd_dmy": f"{wd}, {d:%d.%m.%Y}",
        "wd_den_noyear": f"{wd}, den {d.day}. {mon}",
        "wd_noyear_num": f"{wd}, {d:%d.%m.}",
    }[style]


def fmt_range(s: dt.date, e: dt.date, style: str) -> tuple[str, str]:
    """(preposition, date text) for an event over several days."""
    mon = MONTHS[e.month - 1]
    return {
        "range_named": ("vom", f"{s.day}.-{e.day}. {mon} {e.year}"),
        "range_slash": ("am", f"{s.day}./{e.day}.{e:%m.%Y}"),
        "range_full": ("vom", f"{s:%d.%m.} - {e:%d.%m.%Y}"),
        "range_bis": ("vom", f"{s.day}. bis {e.day}. {mon} {e.year}"),
        "range_und": ("am", f"{s.day}. und {e.day}. {mon} {e.year}"),
    }[style]


def _hm(t: tuple[int, int], sep: str, bare_hour: bool = False) -> str:
    h, m = t
    if bare_hour and m == 0:
        return str(h)
    return f"{h}{sep}{m:02d}" if sep == "." else f"{h:02d}{sep}{m:02d}" if h >= 10 else f"{h}{sep}{m:02d}"


def clock(t: tuple[int, int]) -> str:
    """A time's normalised value, "HH:MM"."""
    return f"{t[0]:02d}:{t[1]:02d}"


def fmt_times(start: tuple[int, int], end: tuple[int, int] | None, style: str) -> tuple[str, str]:
    """(preposition, time text) – the text is what a TIME entity covers."""
    if end is None:
        return {"ab_uhr": ("ab", f"{_hm(start, ':', True)} Uhr"),
                "um_uhr": ("um", f"{_hm(start, '.')} Uhr")}[style]
    return {
        "colon_dash": ("von", f"{_hm(start, ':')} - {_hm(end, ':')}"),
        "bis_uhr_mixed": ("von", f"{_hm(start, '.', True)} bis {_hm(end, '.', True)} Uhr"),
        "dash_uhr_hours": ("von", f"{start[0]}-{end[0]} Uhr"),
        "dot_uhr_both": ("von", f"{_hm(start, '.')} Uhr - {_hm(end, '.')} Uhr"),
        "colon_bis_uhr": ("von", f"{_hm(start, ':')} bis {_hm(end, ':')} Uhr"),
        "colon_dash_uhr": ("von", f"{_hm(start, ':')} - {_hm(end, ':')} Uhr"),
        "endash": ("von", f"{_hm(start, ':')}–{_hm(end, ':')} Uhr"),
        "zwischen": ("", f"zwischen {_hm(start, ':')} Uhr und {_hm(end, ':')} Uhr"),
        "dot_h": ("von", f"{start[0]}.{start[1]:02d}-{end[0]}.{end[1]:02d}h"),
        "day_part": ("", f"{_day_part(start)} {start[0]} bis {end[0]} Uhr"),
        "endash_hours": ("", f"{start[0]}–{end[0]} Uhr"),
    }[style]


def _day_part(t: tuple[int, int]) -> str:
    return "vormittags" if t[0] < 12 else "nachmittags" if t[0] < 17 else "abends"


MONEY_STYLES = ["sym_nospace", "sym_space", "euro_plain", "euro_dot", "eur_pre", "eur_post", "teur", "dash",
                "cents"]


def fmt_money(value: float, style: str) -> str:
    if style == "teur":
        return (f"{german_number(value / 1000, dots=False)}" if value % 1000 == 0
                else f"{value / 1000:.1f}".replace(".", ",")) + " T€"
    return {
        "sym_nospace": f"{german_number(value)}€",
        "sym_space": f"{german_number(value)} €",
        "euro_plain": f"{german_number(value, dots=False)} Euro",
        "euro_dot": f"{german_number(value)} Euro",
        "eur_pre": f"EUR {german_number(value, cents=True)}",
        "eur_post": f"{german_number(value)} EUR",
        "dash": f"{german_number(value)},- €",
        "cents": f"{german_number(value, cents=True)} €",
    }[style]


def phone_e164(written: str) -> str:
    digits = re.sub(r"\(0\)", "", written)
    digits = re.sub(r"\D", "", digits)
    if written.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("0049"):
        return "+" + digits[2:]
    return "+49" + digits[1:]


PHONE_STYLES = ["dash", "slash_dash", "spaced_dash", "slash_space", "plus49", "plus49_0", "paren", "spaces",
                "dash_simple"]


def fmt_phone(area: str, main: str, ext: str, style: str) -> str:
    return {
        "dash": f"{area}-{main}-{ext}",
        "slash_dash": f"{area}/{main}-{ext}",
        "spaced_dash": f"{area} - {main} {ext}",
        "slash_space": f"{area}/ {main}{ext}",
        "plus49": f"+49 {area[1:]} {main}-{ext}",
        "plus49_0": f"+49 (0){area[1:]} {main}-{ext}",
        "paren": f"({area}) {main}-{ext}",
        "spaces": f"{area} {main} {ext}",
        "dash_simple": f"{area}-{main}{ext}",
    }[style]


def slug(name: str) -> str:
    s = name.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def oxford(items: list[str], conj: str = "und") -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


# ======================================================================================== grammar

# Article (or contracted preposition) by case and gender: nom, indef, dat, am, beim, zum, gen.
ARTICLES = {"nom": {"m": "der", "f": "die", "n": "das"}, "indef": {"m": "ein", "f": "eine", "n": "ein"},
            "dat": {"m": "dem", "f": "der", "n": "dem"}, "am": {"m": "Am", "f": "An der", "n": "Am"},
            "beim": {"m": "Beim", "f": "Bei der", "n": "Beim"}, "zum": {"m": "Zum", "f": "Zur", "n": "Zum"},
            "gen": {"m": "des", "f": "der", "n": "des"}}


def art(kind: str, case: str) -> str:
    """The article of an event kind in ``case`` (see ARTICLES)."""
    return ARTICLES[case][KINDS[kind][0]]


def written_name(written_kind: str | None, town: str) -> str:
    """The municipality's name as the report writes it: "Stadt Musterhausen" or the bare name."""
    return f"{written_kind} {town}" if written_kind else town


def ascii_fold(text: str) -> str:
    return slug(text).replace("-", "")


def typo(rng: random.Random, word: str) -> str:
    """One slip of the keyboard in a word of six or more letters (never the first letter)."""
    i = rng.randint(1, len(word) - 2)
    op = rng.choice(["swap", "drop", "double", "append"])
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    return word + rng.choice("mnr")
