"""Clock times and time ranges as HH:MM."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalize.times import parse_time, parse_time_range

TIMES = [
    ("18:00", "18:00"), ("18.00 Uhr", "18:00"), ("18 Uhr", "18:00"), ("9:30", "09:30"),
    ("9.30 Uhr", "09:30"), ("18h", "18:00"), ("18 h", "18:00"), ("18:00h", "18:00"),
    ("18.00h", "18:00"), ("um 18 Uhr", "18:00"), ("ab 9.30 Uhr", "09:30"), ("0:00", "00:00"),
    ("23:59", "23:59"), ("24:00", "24:00"), ("24 Uhr", "24:00"), ("18 UHR", "18:00"),
    ("10:00 Uhr.", "10:00"), ("09:05", "09:05"),
]
NOT_TIMES = ["", "18", "18.00", "9.30", "25:00", "18:75", "24:30", "18:0", "18:000", "1800",
             "18:00 - 20:30", "14.10.2018", "5.000", "18 Uhrzeit", "Uhr", "18hundert", "-18:00",
             "bis 18 Uhr", "von 18 Uhr", "x" * 200]


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_parse_time(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_a_time(text):
    assert parse_time(text) is None


@pytest.mark.parametrize(("text", "expected"), [("18", "18:00"), ("18.00", "18:00"), ("9.30", "09:30")])
def test_bare_numbers_are_times_only_in_time_context(text, expected):
    assert parse_time(text) is None
    assert parse_time(text, assume_time=True) == expected


@pytest.mark.parametrize("text", ["25", "18.75", "12,30"])
def test_time_context_still_validates(text):
    assert parse_time(text, assume_time=True) is None


RANGES = [
    ("18:00 - 20:30", ("18:00", "20:30")),
    ("18 bis 20.30 Uhr", ("18:00", "20:30")),
    ("10-15 Uhr", ("10:00", "15:00")),
    ("16.00 Uhr - 19.30 Uhr", ("16:00", "19:30")),
    ("von 9:30 - 14:00 Uhr", ("09:30", "14:00")),
    ("10:00 bis 17:00 Uhr", ("10:00", "17:00")),
    ("9:30 Uhr - 15:00 Uhr", ("09:30", "15:00")),
    ("10.00 Uhr - 16.00 Uhr", ("10:00", "16:00")),
    ("18:00–20:30", ("18:00", "20:30")),
    ("zwischen 18 und 20 Uhr", ("18:00", "20:00")),
    ("22:00 - 02:00 Uhr", ("22:00", "02:00")),  # past midnight
    ("18 - 24 Uhr", ("18:00", "24:00")),
]
NOT_RANGES = ["", "10-15", "16.00 - 19.30", "2016-2017", "18:00", "18:00 - 25:00 Uhr",
              "18:75 - 20:00", "14.10. - 15.10.2018", "18:00 - ", "- 20:30", "18 Uhr bis",
              "18 und 20 Uhr", "um 18 und 20 Uhr", "x" * 200]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_parse_time_range(text, expected):
    assert parse_time_range(text) == expected


@pytest.mark.parametrize("text", NOT_RANGES)
def test_not_a_time_range(text):
    assert parse_time_range(text) is None


def test_range_without_evidence_needs_time_context():
    assert parse_time_range("10-15", assume_time=True) == ("10:00", "15:00")
    assert parse_time_range("16.00 - 19.30", assume_time=True) == ("16:00", "19:30")
    assert parse_time_range("2016-2017", assume_time=True) is None


HHMM = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00")
TIMEISH = st.text(alphabet="0123456789:. -Uhrbisvon", max_size=30)


@given(st.one_of(st.text(max_size=60), TIMEISH), st.booleans())
def test_parse_time_is_total(text, assume_time):
    result = parse_time(text, assume_time=assume_time)
    assert result is None or HHMM.fullmatch(result)


@given(st.one_of(st.text(max_size=60), TIMEISH), st.booleans())
def test_parse_time_range_is_total(text, assume_time):
    result = parse_time_range(text, assume_time=assume_time)
    assert result is None or (isinstance(result, tuple) and len(result) == 2
                              and all(HHMM.fullmatch(t) for t in result))


@given(st.integers(0, 23), st.integers(0, 59))
def test_round_trip(hour, minute):
    assert parse_time(f"{hour}:{minute:02d}") == f"{hour:02d}:{minute:02d}"
    assert parse_time(f"{hour}.{minute:02d} Uhr") == f"{hour:02d}:{minute:02d}"
