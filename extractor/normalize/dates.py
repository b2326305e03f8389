"""German dates and date ranges: "07.06.2017", "22. Juni 2017", "vom 24.-30. September 2016".

Hand-written over the standard library: date parsers such as dateparser guess
(day/month order, missing parts), and a report must never get a guessed date.
Month and weekday names come from ``extractor.lang.de.calendar`` (why not babel's: see there).

Decisions:

- Two-digit years: 00-69 -> 20xx, 70-99 -> 19xx. Other lengths (1 or 3 digits,
  "29.11.216") and years outside 1900-2099 make the date *invalid*, never repaired.
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
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
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
_WEEKDAYS = {_name_key(name) for table in (calendar.WEEKDAYS, calendar.WEEKDAY_VARIANTS,
                                           calendar.WEEKDAY_ABBREVIATIONS) for name in table}

_MONTH_NAME = "|".join(sorted((re.escape(k) for k in _MONTH_NUMBERS), key=len, reverse=True))
_WEEKDAY_NAME = "|".join(sorted((re.escape(k) for k in _WEEKDAYS), key=len, reverse=True))

# Weekday (optionally abbreviated with a dot), optional comma, optional "den".
_WEEKDAY_RE = re.compile(rf"(?<!\w)(?:{_WEEKDAY_NAME})(?!\w)\.?\s*,?\s*(?:den(?!\w)\s*)?",
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
    raise _Invalid(f"year {raw!r} is not a plausible year")


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


def parse_date(text: str, default_year: int | None = None) -> ParsedDate | None:
    """Parse a German date or date range.

    Returns ``None`` when the text is not a date (or lacks a year and no
    ``default_year`` is given), a ``ParsedDate`` with ``valid=False`` when it is
    shaped like a date but is not a real one, else a valid ``ParsedDate``.

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
    s = _WEEKDAY_RE.sub("", s)
    s = _LEAD_RE.sub("", s)
    s = _TRAIL_RE.sub("", s)  # a final "." stays: it may be a date's ("14.10.")
    if not s:
        return None
    try:
        found = _single(s, default_year)
        if found is None:
            found = _range(s, default_year)
        return found
    except _Invalid as exc:
        return ParsedDate(None, None, valid=False, reason=str(exc))
