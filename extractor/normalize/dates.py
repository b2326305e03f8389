"""German dates and date ranges: "07.06.2017", "22. Juni 2017", "vom 24.-30. September 2016".

Hand-written over the standard library: date parsers such as dateparser guess
(day/month order, missing parts), and a report must never get a guessed date.
Month and weekday names come from ``extractor.lang.de.calendar`` (why not babel's: see there).

Decisions:

- Two-digit years: 00-69 -> 20xx, 70-99 -> 19xx. Other lengths (1 or 3 digits,
  "29.11.216") and years outside 1900-2099 make the date *invalid*. Such a year is repaired
  (one digit added or dropped: "217" -> 2017) only when the context confirms exactly one
  repair: the weekday written with the date, or the years of the other dates of its list
  (``confirm_years``). The repair is said in ``repaired``; without confirmation the date stays
  invalid, never guessed.
- "Juni 2017", "06/2017", "06.2017" have month precision: the 1st of the month,
  ``precision="month"``. A year alone ("2017") is not a date (``None``).
- Without a year ("den 24. Juni", "14.10.") the ``default_year`` is used; without
  one the result is ``None``.
- A range's left side takes what it lacks from the right side ("14.10. - 15.10.2018",
  "24.-30. September 2016", "10./11.02.2017"); if that makes it later than the
  right side and the year was inherited, it is the year before ("30.12. - 02.01.2017").
  Two days joined by "und"/"/" ("10. und 11. Februar 2017") are read as first and
  last day.
- A leading "am", "vom", "von", "ab", "seit", "im", "den" and weekday names
  ("Samstag,", "Sa.,") are skipped; trailing spaces and punctuation are ignored.
- Lists ("am 03.05., 10.05. und 17.05.2017", "am 3. und 17. Mai 2017"): ``parse_date_list``
  gives each date of the list on its own; a date without month or year takes them from the
  next one that has them. Two days one after the other joined by "und" are one event of two
  days ("10. und 11. Februar 2017"), as in a range. A date of the list that is not a real date
  spoils only itself.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

from extractor.core.textnorm import normalise_inline
from extractor.lang.de import calendar

MIN_YEAR, MAX_YEAR = 1900, 2099
MAX_LENGTH = 200


@dataclass(frozen=True)
class ParsedDate:
    """A date or date range found in a text, or the finding that it is not a real date.

    ``valid=False`` means the text has the shape of a date but is not one (31.02.2017,
    a 3-digit year, a range that ends before it starts); then ``date`` and
    ``end_date`` are None and ``reason`` says why (for a ``quality.warnings`` entry).
    """

    date: dt.date | None
    end_date: dt.date | None = None          # last day of a range, else None
    precision: Literal["day", "month"] = "day"
    valid: bool = True
    reason: str | None = None
    repaired: str | None = None              # how a typo was repaired, for a warning; None: as written

    @property
    def iso(self) -> str | None:
        return self.date.isoformat() if self.date else None

    @property
    def end_iso(self) -> str | None:
        return self.end_date.isoformat() if self.end_date else None


def _name_key(name: str) -> str:
    return name.lower().rstrip(".")


# Names as keys: lower case, no final dot ("Sept." -> "sept").
_MONTH_NUMBERS = {_name_key(name): number for table in (calendar.MONTHS, calendar.MONTH_VARIANTS,
                                                calendar.MONTH_ABBREVIATIONS) for name, number in table.items()}
_WEEKDAY_NUMBERS = {_name_key(name): number for table in (calendar.WEEKDAYS, calendar.WEEKDAY_VARIANTS,
                                                         calendar.WEEKDAY_ABBREVIATIONS)
                    for name, number in table.items()}

_MONTH_NAME = "|".join(sorted((re.escape(k) for k in _MONTH_NUMBERS), key=len, reverse=True))
_WEEKDAY_NAME = "|".join(sorted((re.escape(k) for k in _WEEKDAY_NUMBERS), key=len, reverse=True))

# Weekday (optionally abbreviated with a dot), optional comma, optional "den".
_WEEKDAY_RE = re.compile(rf"(?<!\w)(?P<wd>{_WEEKDAY_NAME})(?!\w)\.?\s*,?\s*(?:den(?!\w)\s*)?",
                         re.IGNORECASE)
_LEAD_RE = re.compile(r"^(?:(?:am|vom|von|ab|seit|im|den)(?!\w)\s*)+", re.IGNORECASE)
_TRAIL_RE = re.compile(r"[\s,;:!?)]*$")

# One side of a date. Numeric day/month, or a day and a month name; year optional.
_NUMERIC = re.compile(r"(?P<d>[0-9]{1,2})\.\s?(?P<m>[0-9]{1,2})\.(?:\s?(?P<y>[0-9]+)\.?)?")
_NAMED = re.compile(rf"(?P<d>[0-9]{{1,2}})\.?\s*(?P<mn>{_MONTH_NAME})(?!\w)\.?(?:\s*(?P<y>[0-9]+)\.?)?",
                    re.IGNORECASE)
_DAY_ONLY = re.compile(r"(?P<d>[0-9]{1,2})\.")
_ISO = re.compile(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})\.?")
_MONTH_YEAR_NAMED = re.compile(rf"(?P<mn>{_MONTH_NAME})(?!\w)\.?(?:\s*(?P<y>[0-9]+)\.?)?", re.IGNORECASE)
_MONTH_YEAR_NUMERIC = re.compile(r"(?P<m>[0-9]{1,2})[./](?P<y>[0-9]{4})\.?")
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|/|&|bis(?:\s+zum?)?(?!\w)|und(?!\w)|u\.)\s*", re.IGNORECASE)


class _Invalid(Exception):
    """Internal: the text is shaped like a date but is not a real one."""


class _BadYear(_Invalid):
    """Internal: the year has a wrong number of digits or lies outside 1900-2099."""

    def __init__(self, raw: str):
        super().__init__(f"year {raw!r} is not a plausible year")
        self.raw = raw


@dataclass(frozen=True)
class _Parts:
    day: int | None
    month: int | None
    year: int | None


def _year(raw: str | None) -> int | None:
    if raw is None:
        return None
    if len(raw) == 2:
        two = int(raw)
        return 2000 + two if two < 70 else 1900 + two
    if len(raw) == 4 and MIN_YEAR <= int(raw) <= MAX_YEAR:
        return int(raw)
    raise _BadYear(raw)


def year_repairs(raw: str) -> list[int]:
    """The plausible years one typed digit away from ``raw``: one digit missing ("217" -> 2017) or one
    too many ("20177" -> 2017).

    >>> year_repairs("217"), year_repairs("20177"), year_repairs("1017")
    ([2017], [2017, 2077], [])
    """
    if len(raw) == 3:
        found = {raw[:i] + d + raw[i:] for i in range(4) for d in "0123456789"}
    elif len(raw) == 5:
        found = {raw[:i] + raw[i + 1:] for i in range(5)}
    else:
        return []
    return sorted(int(y) for y in found if y[0] != "0" and MIN_YEAR <= int(y) <= MAX_YEAR)


def _side(s: str) -> _Parts | None:
    """Parse one side of a date (range); None if it is not shaped like one."""
    if m := _NUMERIC.fullmatch(s):
        return _Parts(int(m["d"]), int(m["m"]), _year(m["y"]))
    if m := _NAMED.fullmatch(s):
        return _Parts(int(m["d"]), _MONTH_NUMBERS[_name_key(m["mn"])], _year(m["y"]))
    if m := _DAY_ONLY.fullmatch(s):
        return _Parts(int(m["d"]), None, None)
    return None


def _make(day: int, month: int, year: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _Invalid(f"{day:02d}.{month:02d}.{year} is not a calendar date") from None


def _single(s: str, default_year: int | None) -> ParsedDate | None:
    if m := _ISO.fullmatch(s):
        return ParsedDate(_make(int(m["d"]), int(m["m"]), _year(m["y"])))
    parts = _side(s)
    if parts is not None:
        if parts.month is None:
            return None  # "24." alone
        year = parts.year if parts.year is not None else default_year
        if year is None:
            return None
        return ParsedDate(_make(parts.day, parts.month, year))
    if m := _MONTH_YEAR_NAMED.fullmatch(s):
        year = _year(m["y"]) if m["y"] else default_year
        if year is None:
            return None
        return ParsedDate(_make(1, _MONTH_NUMBERS[_name_key(m["mn"])], year), precision="month")
    if m := _MONTH_YEAR_NUMERIC.fullmatch(s):
        month = int(m["m"])
        if not 1 <= month <= 12:
            return None  # "14/2016" is not a month; such a text is rather a count or a ratio
        return ParsedDate(_make(1, month, _year(m["y"])), precision="month")
    return None


def _range(s: str, default_year: int | None) -> ParsedDate | None:
    for sep in _RANGE_SEP.finditer(s):
        left_text, right_text = s[:sep.start()], s[sep.end():]
        if not left_text or not right_text:
            continue
        left, right = _side(left_text), _side(right_text)
        if left is None or right is None:
            continue
        if right.month is None:
            return None  # "24. - 30." names no month
        right_year = right.year if right.year is not None else default_year
        if right_year is None:
            return None
        end = _make(right.day, right.month, right_year)
        month = left.month if left.month is not None else right.month
        year_inherited = left.year is None
        year = left.year if left.year is not None else right_year
        start = _make(left.day, month, year)
        if start > end and year_inherited:
            start = _make(left.day, month, year - 1)
        if start > end:
            raise _Invalid(f"the range ends ({end.isoformat()}) before it starts ({start.isoformat()})")
        return ParsedDate(start, end if end != start else None)
    return None


def parse_date(text: str, default_year: int | None = None,
               confirm_years: frozenset[int] | set[int] | None = None) -> ParsedDate | None:
    """Parse a German date or date range.

    Returns ``None`` when the text is not a date (or lacks a year and no
    ``default_year`` is given), a ``ParsedDate`` with ``valid=False`` when it is
    shaped like a date but is not a real one, else a valid ``ParsedDate``.
    ``confirm_years``: the years of the other dates of its list, which may confirm
    the repair of a mistyped year (see the module's decisions).

    >>> parse_date("Mittwoch, 09.11.2016").iso
    '2016-11-09'
    >>> r = parse_date("vom 24.-30. September 2016"); (r.iso, r.end_iso)
    ('2016-09-24', '2016-09-30')
    >>> r = parse_date("Juni 2017"); (r.iso, r.precision)
    ('2017-06-01', 'month')
    >>> parse_date("den 24. Juni") is None, parse_date("den 24. Juni", default_year=2017).iso
    (True, '2017-06-24')
    >>> r = parse_date("31.02.2017"); (r.valid, r.date, r.reason)
    (False, None, '31.02.2017 is not a calendar date')
    >>> parse_date("17.05.217").valid, parse_date("Mittwoch, 17.05.217").iso
    (False, '2017-05-17')
    >>> parse_date("2017") is None
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if default_year is not None and not MIN_YEAR <= default_year <= MAX_YEAR:
        raise ValueError(f"default_year {default_year} outside {MIN_YEAR}-{MAX_YEAR}")
    if len(text) > MAX_LENGTH:
        return None
    s = normalise_inline(text)
    weekdays = [_WEEKDAY_NUMBERS[_name_key(m.group("wd"))] for m in _WEEKDAY_RE.finditer(s)]
    s = _WEEKDAY_RE.sub("", s)
    s = _LEAD_RE.sub("", s)
    s = _TRAIL_RE.sub("", s)  # a final "." stays: it may be a date's ("14.10.")
    if not s:
        return None
    try:
        return _parse(s, default_year)
    except _BadYear as exc:
        weekday = weekdays[0] if len(weekdays) == 1 else None
        return _repaired(s, exc, default_year, weekday, confirm_years) or _invalid(exc)
    except _Invalid as exc:
        return _invalid(exc)


def _parse(s: str, default_year: int | None) -> ParsedDate | None:
    found = _single(s, default_year)
    return found if found is not None else _range(s, default_year)


def _invalid(exc: _Invalid) -> ParsedDate:
    return ParsedDate(None, None, valid=False, reason=str(exc))


def _repaired(s: str, exc: _BadYear, default_year: int | None, weekday: int | None,
              confirm_years) -> ParsedDate | None:
    """The one repair of a mistyped year that the written weekday or the list's other years confirm."""
    if weekday is None and not confirm_years:
        return None
    at = s.rfind(exc.raw)
    candidates = []
    for year in year_repairs(exc.raw):
        try:
            found = _parse(s[:at] + str(year) + s[at + len(exc.raw):], default_year)
        except _Invalid:
            continue
        if found is None or found.end_date is not None:
            continue
        if weekday is not None and found.date.weekday() != weekday:
            continue
        if confirm_years and found.date.year not in confirm_years:
            continue
        candidates.append(found)
    if len(candidates) != 1:
        return None
    found = candidates[0]
    why = "the weekday written with it" if weekday is not None else "the other dates of its list"
    return replace(found, repaired=f"the year {exc.raw!r} has a typo; {found.date.year} is the only year "
                                   f"one digit away that fits {why}")


# A list of dates: its separators, and what may stand before one of its dates.
_LIST_SEP = re.compile(r"\s*(?:,|;|&|\bund\b|\bsowie\b)\s*", re.IGNORECASE)
_ELEMENT_LEAD = re.compile(r"(?:am|den|vom)(?!\w)\s*", re.IGNORECASE)


def parse_date_list(text: str) -> list[tuple[int, int, ParsedDate]] | None:
    """Each date of a list with its offsets in ``text``; ``None`` if ``text`` is not a list of dates.

    A date lacking month or year takes them from the next date that has them; a mistyped year is
    repaired only when the list's other dates (or its weekday) confirm it; an invalid date of the
    list is returned as such, the others keep their values.

    >>> [(text[s:e], p.iso) for text in ["am 03.05., 10.05. und 17.05.2017"]
    ...  for s, e, p in parse_date_list(text)]
    [('03.05.', '2017-05-03'), ('10.05.', '2017-05-10'), ('17.05.2017', '2017-05-17')]
    >>> [(p.iso, p.repaired is not None) for _, _, p in parse_date_list("03.05.2017 und 17.05.217")]
    [('2017-05-03', False), ('2017-05-17', True)]
    >>> [(p.iso, p.end_iso) for _, _, p in parse_date_list("10. und 11. Februar 2017")]
    [('2017-02-10', '2017-02-11')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        return None
    pieces = _list_pieces(text)
    if len(pieces) < 2:
        return None
    two_days = _two_day_pairs(text, pieces)
    pieces = [piece for i, piece in enumerate(pieces) if i not in two_days and i - 1 not in two_days]
    if not pieces:
        return sorted(two_days.values())
    parts: list[_Parts | None] = []  # None: a mistyped year
    for start, end in pieces:
        try:
            part = _side(_TRAIL_RE.sub("", _WEEKDAY_RE.sub("", text[start:end])))
        except _BadYear:
            part = None
        except _Invalid:
            return None
        if part is not None and part.day is None:
            return None
        parts.append(part)
    # month and year from the right: each date takes what it lacks from the next one that has it
    month = year = None
    inherited: list[tuple[int | None, int | None]] = []
    for part in reversed(parts):
        if part is not None:
            month = part.month if part.month is not None else month
            year = part.year if part.year is not None else year
        inherited.append((month, year))
    inherited.reverse()
    out: list[tuple[int, int, ParsedDate]] = []
    for (start, end), part, (m, y) in zip(pieces, parts, inherited):
        own = text[start:end]
        if part is not None and m is None or y is None and part is not None and part.year is None:
            return None  # a day without month, or no year anywhere after it: not a list of dates
        if part is not None and part.month is None:
            own = f"{_TRAIL_RE.sub('', own)}{m:02d}."  # "3." of "3. und 17. Mai 2017"
        found = parse_date(own, default_year=y)
        if found is None:
            return None
        out.append((start, end, found))
    for i in range(len(out) - 2, -1, -1):  # "30.12. und 02.01.2017": the year before, as in a range
        (start, end, found), after = out[i], out[i + 1][2]
        if parts[i] is not None and parts[i].year is None and found.valid and after.valid and found.date > after.date:
            out[i] = (start, end, parse_date(text[start:end] if parts[i].month is not None else
                                             f"{_TRAIL_RE.sub('', text[start:end])}{found.date.month:02d}.",
                                             default_year=found.date.year - 1))
    out += two_days.values()
    years = {found.date.year for _, _, found in out if found.valid}
    if len(years) == 1:  # the list's other dates confirm the repair of a mistyped year
        out = [(start, end, found if found.valid else parse_date(text[start:end], confirm_years=years) or found)
               for start, end, found in out]
    return sorted(out, key=lambda item: item[0])


def _list_pieces(text: str) -> list[tuple[int, int]]:
    """Offsets of the list's dates: split at the separators; a weekday stays with its date."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    for sep in [*_LIST_SEP.finditer(text), None]:
        end = sep.start() if sep else len(text)
        if text[pos:end].strip():
            lead = _ELEMENT_LEAD.match(text, pos, end)
            start = lead.end() if lead else pos
            if pieces and _WEEKDAY_RE.fullmatch(text, pieces[-1][0], pieces[-1][1]):
                start = pieces.pop()[0]  # "Mittwoch, 03.05.2017": the comma belongs to the weekday
            pieces.append((start, end))
        pos = sep.end() if sep else len(text)
    return pieces


def _two_day_pairs(text: str, pieces: list[tuple[int, int]]) -> dict[int, tuple[int, int, ParsedDate]]:
    """Pairs of dates joined by "und" on two days in a row, set apart from the rest of the list by "sowie"
    or ";" ("10. und 11. Februar 2017 sowie 3. Mai 2017"): one event of two days, as a range. By the
    index of the pair's first date."""
    def joiner(i: int) -> str:  # the separator after piece i ("" at the end of the list)
        return text[pieces[i][1]:pieces[i + 1][0]].strip().lower() if i + 1 < len(pieces) else ""

    pairs = {}
    for i in range(len(pieces) - 1):
        if joiner(i) not in ("und", "&") or (i > 0 and joiner(i - 1) in ("und", "&", ",")) \
                or joiner(i + 1) in ("und", "&", ","):
            continue
        both = parse_date(text[pieces[i][0]:pieces[i + 1][1]])
        if both is not None and both.valid and both.end_date and (both.end_date - both.date).days == 1:
            pairs[i] = (pieces[i][0], pieces[i + 1][1], both)
    return pairs
