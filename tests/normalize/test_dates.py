"""German dates, date ranges and lists of dates; invalid dates are reported, repaired only when context confirms."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalize.dates import ParsedDate, parse_date, parse_date_list, year_repairs

D = dt.date

# (text, start, end or None)
DATES = [
    ("07.06.2017", D(2017, 6, 7), None),
    ("7.6.17", D(2017, 6, 7), None),
    ("07.06.17", D(2017, 6, 7), None),
    ("7.6.1999", D(1999, 6, 7), None),
    ("7.6.99", D(1999, 6, 7), None),
    ("1.1.00", D(2000, 1, 1), None),
    ("31.12.69", D(2069, 12, 31), None),
    ("1.1.70", D(1970, 1, 1), None),
    ("22. Juni 2017", D(2017, 6, 22), None),
    ("22.Juni 2017", D(2017, 6, 22), None),
    ("22 Juni 2017", D(2017, 6, 22), None),
    ("04. Februar 2017", D(2017, 2, 4), None),
    ("Samstag, 04. Februar 2017", D(2017, 2, 4), None),
    ("Mittwoch, 09.11.2016", D(2016, 11, 9), None),
    ("Sa., 04.02.2017", D(2017, 2, 4), None),
    ("am Samstag, den 24. Juni 2017", D(2017, 6, 24), None),
    ("am 29. Oktober 2016", D(2016, 10, 29), None),
    ("07.06.2017.", D(2017, 6, 7), None),
    ("2017-06-07", D(2017, 6, 7), None),
    ("3. Jan. 2017", D(2017, 1, 3), None),
    ("3. Januar 2017", D(2017, 1, 3), None),
    ("5. Jänner 2017", D(2017, 1, 5), None),
    ("1. Febr. 2017", D(2017, 2, 1), None),
    ("1. Feb 2017", D(2017, 2, 1), None),
    ("5. März 2017", D(2017, 3, 5), None),
    ("5. Maerz 2017", D(2017, 3, 5), None),
    ("5. Mrz. 2017", D(2017, 3, 5), None),
    ("5. März 2017".replace("ä", "a\u0308"), D(2017, 3, 5), None),  # decomposed umlaut
    ("1. Sept. 2017", D(2017, 9, 1), None),
    ("1. Sep 2017", D(2017, 9, 1), None),
    ("24. dezember 2016", D(2016, 12, 24), None),
    ("14.10. - 15.10.2018", D(2018, 10, 14), D(2018, 10, 15)),
    ("14.10.2018 - 15.10.2018", D(2018, 10, 14), D(2018, 10, 15)),
    ("Freitag, 14.10. - Samstag, 15.10.2018", D(2018, 10, 14), D(2018, 10, 15)),
    ("vom 24.-30. September 2016", D(2016, 9, 24), D(2016, 9, 30)),
    ("24. bis 30. September 2016", D(2016, 9, 24), D(2016, 9, 30)),
    ("24. – 30. September 2016", D(2016, 9, 24), D(2016, 9, 30)),
    ("24.-30.09.2016", D(2016, 9, 24), D(2016, 9, 30)),
    ("10./11.02.2017", D(2017, 2, 10), D(2017, 2, 11)),
    ("am 10./11.02.2017", D(2017, 2, 10), D(2017, 2, 11)),
    ("10. und 11. Februar 2017", D(2017, 2, 10), D(2017, 2, 11)),
    ("30. September - 2. Oktober 2016", D(2016, 9, 30), D(2016, 10, 2)),
    ("30.12. - 02.01.2017", D(2016, 12, 30), D(2017, 1, 2)),
    ("30.12.2016 bis 02.01.2017", D(2016, 12, 30), D(2017, 1, 2)),
    # a "range" of one day is that day: no end_date (the record would claim a second day otherwise)
    ("24.06.2017 - 24.06.2017", D(2017, 6, 24), None),
    ("24. bis 24. Juni 2017", D(2017, 6, 24), None),
]


@pytest.mark.parametrize(("text", "start", "end"), DATES)
def test_parse_date(text, start, end):
    assert parse_date(text) == ParsedDate(start, end, precision="day", valid=True, reason=None)


MONTHS = [("Juni 2017", D(2017, 6, 1)), ("im Juni 2017", D(2017, 6, 1)), ("Sept. 2016", D(2016, 9, 1)),
          ("06/2017", D(2017, 6, 1)), ("5/2016", D(2016, 5, 1)), ("06.2017", D(2017, 6, 1))]


@pytest.mark.parametrize(("text", "first"), MONTHS)
def test_month_precision(text, first):
    assert parse_date(text) == ParsedDate(first, None, precision="month")


@pytest.mark.parametrize(("text", "expected"), [
    ("den 24. Juni", D(2017, 6, 24)),
    ("Samstag, den 24. Juni", D(2017, 6, 24)),
    ("14.10.", D(2017, 10, 14)),
    ("24.-30. September", D(2017, 9, 24)),
])
def test_default_year(text, expected):
    assert parse_date(text) is None
    assert parse_date(text, default_year=2017).date == expected


def test_explicit_year_beats_default_year():
    assert parse_date("07.06.2016", default_year=2017).date == D(2016, 6, 7)


INVALID = ["29.11.216", "31.02.2017", "29.02.2017", "32.01.2017", "12.13.2017", "0.0.2017",
           "7.6.7", "07.06.20170", "07.06.1017", "31. Juni 2017", "15.10.2018 - 14.10.2018",
           "31./32.01.2017"]


@pytest.mark.parametrize("text", INVALID)
def test_invalid_dates_are_reported_not_guessed(text):
    result = parse_date(text)
    assert result is not None
    assert (result.valid, result.date, result.end_date) == (False, None, None)
    assert result.reason


# A mistyped year: (text, confirm_years, repaired date or None when it stays invalid)
REPAIRS = [
    ("Mittwoch, 17.05.217", None, D(2017, 5, 17)),        # the weekday fits 2017 only
    ("Sa., 24.06.217", None, D(2017, 6, 24)),
    ("Donnerstag, 17.05.217", None, None),                # 17.05.2017 was a Wednesday: no repair
    ("17.05.217", {2017}, D(2017, 5, 17)),                # the other dates of its list are in 2017
    ("17.05.217", {2016}, None),                          # ... in another year: no repair
    ("17.05.20177", {2017}, D(2017, 5, 17)),              # one digit too many
    ("17.05.217", None, None),                            # nothing confirms it: left out (the spec's rule)
    ("29.11.216", None, None),
]


@pytest.mark.parametrize(("text", "years", "repaired"), REPAIRS)
def test_a_mistyped_year_is_repaired_only_when_context_confirms_it(text, years, repaired):
    result = parse_date(text, confirm_years=years)
    if repaired is None:
        assert (result.valid, result.date, result.repaired) == (False, None, None)
    else:
        assert (result.valid, result.date) == (True, repaired)
        assert "typo" in result.repaired


@pytest.mark.parametrize(("raw", "years"), [("217", [2017]), ("216", [2016]), ("20177", [2017, 2077]), ("2017", []),
                                            ("7", [])])
def test_year_repairs(raw, years):
    assert year_repairs(raw) == years


def test_an_ambiguous_year_needs_its_context():
    assert len(year_repairs("199")) > 1  # 1909, 1919, ..., 1990, ..., 1999
    # 01.01. was a Friday in 1909, 1993 and 1999: the weekday does not single one out, so nothing is repaired
    assert parse_date("Freitag, 01.01.199").valid is False


# A list of dates: (text, [(date text, start, end or None, valid)])
LISTS = [
    ("03.05.2017 und 17.05.2017", [("03.05.2017", D(2017, 5, 3), None), ("17.05.2017", D(2017, 5, 17), None)]),
    ("03.05., 10.05. und 17.05.2017", [("03.05.", D(2017, 5, 3), None), ("10.05.", D(2017, 5, 10), None),
                                       ("17.05.2017", D(2017, 5, 17), None)]),
    ("3. und 17. Mai 2017", [("3.", D(2017, 5, 3), None), ("17. Mai 2017", D(2017, 5, 17), None)]),
    ("am 3. Mai und am 17. Mai 2017", [("3. Mai", D(2017, 5, 3), None), ("17. Mai 2017", D(2017, 5, 17), None)]),
    ("Mittwoch, 03.05.2017 und Mittwoch, 17.05.2017", [("Mittwoch, 03.05.2017", D(2017, 5, 3), None),
                                                       ("Mittwoch, 17.05.2017", D(2017, 5, 17), None)]),
    ("30.12. und 02.01.2017", [("30.12.", D(2016, 12, 30), None), ("02.01.2017", D(2017, 1, 2), None)]),
    # two days in a row joined by "und": one event of two days, as the range "10./11.02.2017"
    ("10. und 11. Februar 2017", [("10. und 11. Februar 2017", D(2017, 2, 10), D(2017, 2, 11))]),
    ("10. und 11. Februar 2017 sowie 3. Mai 2017", [("10. und 11. Februar 2017", D(2017, 2, 10), D(2017, 2, 11)),
                                                   ("3. Mai 2017", D(2017, 5, 3), None)]),
    # one bad date spoils only itself; a typo the list confirms is repaired
    ("03.05.2017 und 17.05.217", [("03.05.2017", D(2017, 5, 3), None), ("17.05.217", D(2017, 5, 17), None)]),
    ("03.05.2017, 31.02.2017 und 17.05.2017", [("03.05.2017", D(2017, 5, 3), None), ("31.02.2017", None, None),
                                               ("17.05.2017", D(2017, 5, 17), None)]),
    ("03.05.2016, 10.05.2017 und 17.05.217", [("03.05.2016", D(2016, 5, 3), None),
                                              ("10.05.2017", D(2017, 5, 10), None), ("17.05.217", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_parse_date_list(text, expected):
    got = [(text[s:e], p.date, p.end_date) for s, e, p in parse_date_list(text)]
    assert got == expected


@pytest.mark.parametrize("text", ["1. und 2. Workshop", "03.05.2017", "Mai und Juni", "3. und 4.", "12.05. und 13.05."])
def test_not_a_list_of_dates(text):
    assert parse_date_list(text) is None


def test_leap_day_is_valid():
    assert parse_date("29.02.2016").date == D(2016, 2, 29)


NOT_DATES = ["", "2017", "5.000", "12.363", "280.288", "1.000.000", "14:00", "18:00 - 20:30",
             "Juni", "24.", "24. - 30.", "2016-2017", "Samstag", "07153-7005-104", "hallo",
             "22.6.2017, 10:00 Uhr", "14/2016", "Juni bis Juli 2017", "x" * 500]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text):
    assert parse_date(text) is None


def test_default_year_out_of_range_is_an_error():
    with pytest.raises(ValueError):
        parse_date("24. Juni", default_year=17)


DATEISH = st.text(alphabet="0123456789.-/ JuniMärzSamstag,bisundvom", max_size=40)


@given(st.one_of(st.text(max_size=80), DATEISH),
       st.one_of(st.none(), st.integers(min_value=1900, max_value=2099)))
def test_parse_date_is_total(text, default_year):
    result = parse_date(text, default_year=default_year)
    if result is None:
        return
    assert isinstance(result, ParsedDate)
    if result.valid:
        assert isinstance(result.date, dt.date) and result.reason is None
        assert result.end_date is None or result.end_date > result.date
        assert result.precision in ("day", "month")
    else:
        assert result.date is None and result.end_date is None and isinstance(result.reason, str)


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)))
def test_round_trip_numeric(day):
    assert parse_date(day.strftime("%d.%m.%Y")).date == day


@given(st.dates(min_value=D(1970, 1, 1), max_value=D(2069, 12, 31)),  # where "yy" is unambiguous
       st.sampled_from(["d. MMMM y", "dd. MMM y", "EEEE, d. MMMM y", "EEE, dd.MM.yy"]),
       st.sampled_from(["de", "de_AT", "de_CH"]))
def test_round_trip_babel_formats(day, pattern, locale):
    from babel.dates import format_date
    assert parse_date(format_date(day, pattern, locale=locale)).date == day
