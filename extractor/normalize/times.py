"""Clock times and time ranges as "HH:MM": "18.00 Uhr", "9:30", "18h", "10-15 Uhr".

A number is a time only with evidence: a colon ("18:00"), or "Uhr"/"h" after it.
"18.00" or "18" alone (and so "10-15", "16.00 - 19.30") could be a count or an
amount, so they are times only when the caller says the context is a time
(``assume_time=True``, e.g. the text follows "von"/"ab" next to a date).

Hours 0-23; "24:00"/"24 Uhr" is allowed as end of day. Minutes 00-59, always two
digits when written. A range may run past midnight ("22:00 - 02:00"), so the end
is not required to be later than the start.
"""
from __future__ import annotations

import re

from extractor.core.textnorm import normalise_inline

MAX_LENGTH = 100

# One time: hour, optional ":"/"." and two-digit minutes, optional "Uhr"/"h".
_TIME = r"(?P<h{n}>[0-9]{{1,2}})(?:(?P<sep{n}>[:.])(?P<m{n}>[0-9]{{2}}))?(?:\s*(?P<uhr{n}>Uhr|h)(?!\w))?"
# "bis 18 Uhr" is the end of something, so it is not accepted as a single time.
_SINGLE_RE = re.compile(r"(?:(?:um|ab|gegen|ca\.?|circa)(?!\w)\s*)?" + _TIME.format(n=1),
                        re.IGNORECASE)
# "und" joins a range only after "zwischen": "um 18 und 20 Uhr" is two times.
_RANGE_RE = re.compile(
    r"(?:(?P<prefix>von|zwischen)(?!\w)\s*)?" + _TIME.format(n=1)
    + r"\s*(?P<sep>-|–|—|bis(?!\w)|und(?!\w))\s*" + _TIME.format(n=2),
    re.IGNORECASE)
_TRAIL_RE = re.compile(r"[\s,;.!?)]*$")


def _clean(text: str) -> str | None:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        return None
    s = normalise_inline(text)
    # Drop trailing punctuation, but keep the dot of "18.00".
    return _TRAIL_RE.sub("", s)


def _hhmm(hour: str, minute: str | None) -> str | None:
    h, m = int(hour), int(minute) if minute is not None else 0
    if h == 24 and m == 0:
        return "24:00"
    if h > 23 or m > 59:
        return None
    return f"{h:02d}:{m:02d}"


def _has_evidence(match: re.Match[str], n: int) -> bool:
    return match[f"sep{n}"] == ":" or match[f"uhr{n}"] is not None


def parse_time(text: str, *, assume_time: bool = False) -> str | None:
    """Parse one clock time to "HH:MM"; ``None`` if it is not one.

    >>> parse_time("18:00"), parse_time("18.00 Uhr"), parse_time("18 Uhr"), parse_time("9.30 Uhr")
    ('18:00', '18:00', '18:00', '09:30')
    >>> parse_time("18h"), parse_time("um 9:30")
    ('18:00', '09:30')
    >>> parse_time("25:00") is None, parse_time("18:75") is None, parse_time("18") is None
    (True, True, True)
    >>> parse_time("18.00", assume_time=True)
    '18:00'
    """
    s = _clean(text)
    if not s:
        return None
    m = _SINGLE_RE.fullmatch(s)
    if m is None or not (assume_time or _has_evidence(m, 1)):
        return None
    return _hhmm(m["h1"], m["m1"])


def parse_time_range(text: str, *, assume_time: bool = False) -> tuple[str, str] | None:
    """Parse a time range to ``("HH:MM", "HH:MM")``; ``None`` if it is not one.

    "Uhr" or a colon on either side is evidence for both ("10-15 Uhr").

    >>> parse_time_range("18:00 - 20:30"), parse_time_range("18 bis 20.30 Uhr")
    (('18:00', '20:30'), ('18:00', '20:30'))
    >>> parse_time_range("von 9:30 - 14:00 Uhr"), parse_time_range("16.00 Uhr - 19.30 Uhr")
    (('09:30', '14:00'), ('16:00', '19:30'))
    >>> parse_time_range("10-15") is None, parse_time_range("10-15", assume_time=True)
    (True, ('10:00', '15:00'))
    """
    s = _clean(text)
    if not s:
        return None
    m = _RANGE_RE.fullmatch(s)
    if m is None or not (assume_time or _has_evidence(m, 1) or _has_evidence(m, 2)):
        return None
    if m["sep"].lower() == "und" and (m["prefix"] or "").lower() != "zwischen":
        return None
    start, end = _hhmm(m["h1"], m["m1"]), _hhmm(m["h2"], m["m2"])
    if start is None or end is None:
        return None
    return start, end
