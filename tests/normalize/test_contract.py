"""The normalisers' shared contract (extractor/normalize/__init__.py) and edge values a caller meets:
non-text is a programming error naming its type; a text is read up to each normaliser's length limit
and refused beyond it; the reasons given for a date that is not one; the ends of the calendar and clock;
German number words around "tausend"."""
import datetime as dt

import pytest

from extractor.normalize import (_amounts, dates, looks_like_phone, normalise_phone, parse_date, parse_money,
                                 parse_number, parse_number_word, parse_qualifier, parse_quantity, parse_time,
                                 parse_time_range, phone_digits, phones, split_qualifier, times)

PUBLIC = [parse_date, parse_money, parse_number, parse_number_word, normalise_phone, phone_digits, looks_like_phone,
          parse_qualifier, split_qualifier, parse_quantity, parse_time, parse_time_range]


@pytest.mark.parametrize("fn", PUBLIC, ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", [5, None, b"24.06.2017"], ids=["int", "None", "bytes"])
def test_non_text_is_a_programming_error_naming_its_type(fn, value):
    with pytest.raises(TypeError, match=rf"^text must be str, not {type(value).__name__}$"):
        fn(value)


@pytest.mark.parametrize("fn,text,limit", [
    (lambda t: parse_date(t).iso, "24.06.2017", dates.MAX_LENGTH),
    (parse_time, "10:30 Uhr", times.MAX_LENGTH),
    (normalise_phone, "07153 7005104", phones.MAX_LENGTH),
    (lambda t: parse_quantity(t)["value"], "ca. 40", _amounts.MAX_LENGTH),
    (lambda t: parse_money(t)["value"], "2.500 Euro", _amounts.MAX_LENGTH),
], ids=["date", "time", "phone", "quantity", "money"])
def test_a_text_as_long_as_the_limit_is_read(fn, text, limit):
    assert fn(text.ljust(limit)) == fn(text) is not None


@pytest.mark.parametrize("fn,text,limit", [
    (parse_date, "24.06.2017", dates.MAX_LENGTH), (parse_time, "10:30 Uhr", times.MAX_LENGTH),
    (normalise_phone, "07153 7005104", phones.MAX_LENGTH), (parse_quantity, "ca. 40", _amounts.MAX_LENGTH),
    (parse_money, "2.500 Euro", _amounts.MAX_LENGTH),
], ids=["date", "time", "phone", "quantity", "money"])
def test_one_character_over_the_limit_is_refused(fn, text, limit):
    assert fn(text.ljust(limit + 1)) is None


@pytest.mark.parametrize("text,reason", [
    ("1.1.1850", "year '1850' is not a plausible year"),
    ("30.09.2016 - 01.09.2016", "the range ends (2016-09-01) before it starts (2016-09-30)"),
    ("31.02.2017", "31.02.2017 is not a calendar date"),
])
def test_a_date_that_is_not_one_says_why(text, reason):
    result = parse_date(text)
    assert (result.valid, result.date, result.end_date, result.reason) == (False, None, None, reason)


def test_a_default_year_outside_the_plausible_ones_is_refused():
    with pytest.raises(ValueError, match="^default_year 1850 outside 1900-2099$"):
        parse_date("24. Juni", default_year=1850)


@pytest.mark.parametrize("text,month", [("01/2017", 1), ("12/2017", 12), ("1.2017", 1), ("12.2016", 12)])
def test_first_and_last_month(text, month):
    result = parse_date(text)
    assert result.precision == "month" and result.date.month == month


@pytest.mark.parametrize("text", ["13/2017", "0/2017", "00.2017"])
def test_no_thirteenth_or_zeroth_month(text):
    assert parse_date(text) is None


def test_a_range_whose_start_lacks_the_year_and_falls_on_the_end_day():
    """"31.12. - 31.12.2017" is one day, not a year: the start takes the end's year."""
    assert parse_date("31.12. - 31.12.2017") == parse_date("31.12.2017")
    assert parse_date("31.12. - 02.01.2017").date == dt.date(2016, 12, 31)


@pytest.mark.parametrize("text,expected", [("23:59", "23:59"), ("23:60", None), ("25:00", None), ("0:00 Uhr", "00:00")])
def test_the_ends_of_the_clock(text, expected):
    assert parse_time(text) == expected


def test_a_time_range_with_und_needs_zwischen():
    assert parse_time_range("zwischen 10 und 12 Uhr") == ("10:00", "12:00")
    assert parse_time_range("Zwischen 10 und 12 Uhr") == ("10:00", "12:00")
    assert parse_time_range("10 und 12 Uhr") is None


@pytest.mark.parametrize("word,value", [
    ("tausend", 1000), ("eintausend", 1000), ("zweitausend", 2000), ("tausendundeins", 1001),
    ("tausendeins", 1001), ("zweitausendsiebzehn", 2017), ("eintausendzweihundertdreißig", 1230),
    ("hundertundeins", 101), ("einundzwanzig", 21), ("tausendund", None), ("zweihundertdreihundert", None),
    ("undtausend", None), ("x" * 61, None), ("eins" * 15, None),
])
def test_number_words(word, value):
    assert parse_number_word(word) == value
