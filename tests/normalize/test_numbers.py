"""German number notation (babel, strict) and number words."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalize.numbers import parse_decimal_de, parse_number, parse_number_word

NUMBERS = [
    ("14.000", 14000), ("12.363", 12363), ("280.288", 280288), ("5.000,50", 5000.5),
    ("6.000,-", 6000), ("6.000,--", 6000), ("500.-", 500), ("44884", 44884), ("1,5", 1.5),
    ("0,5", 0.5), ("0", 0), ("6.000,00", 6000), ("1.000.000", 1000000), ("1.234,5678", 1234.5678),
    ("14 000", 14000), (" 40 ", 40), ("\u00a014\u202f000\u00a0", 14000),
]
NOT_NUMBERS = [
    "", " ", "1.5", "1.50", "12.34", "30.00", "1.0000", "-5", "+5", "1e5", "NaN", "Infinity",
    "1_000", "07153", "073207", "14.10.2018", "07.06.2017", "ca. 5", "5 €", "5.000€", ",5", ".5",
    "1.000,", "١٢", "12 34", "1 0000", "5,-,-", "zwei",
    "1" + ".000" * 10, "1" * 19, "1" + ".000" * 20000,  # beyond 18 digits (babel fails past 28)
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS)
def test_parse_number(text, expected):
    value = parse_number(text)
    assert value == expected
    assert type(value) is type(expected)  # int when integral, float otherwise


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_a_number(text):
    assert parse_number(text) is None
    assert parse_decimal_de(text) is None


WORDS = [
    ("null", 0), ("eins", 1), ("zwei", 2), ("Drei", 3), ("zwölf", 12), ("zwoelf", 12),
    ("siebzehn", 17), ("zwanzig", 20), ("dreißig", 30), ("dreissig", 30), ("einundzwanzig", 21),
    ("neunundneunzig", 99), ("hundert", 100), ("einhundert", 100), ("zweihundertvierzig", 240),
    ("hundertundzwei", 102), ("tausend", 1000), ("eintausend", 1000),
    ("zweitausenddreihundert", 2300), ("HUNDERT", 100),
]
NOT_WORDS = ["", "ein", "eine", "einen", "einige", "viele", "zwanzigzig", "einsundzwanzig",
             "hundertund", "zwei drei", "12", "Haus", "tausendtausend", "undzwanzig"]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_parse_number_word(text, expected):
    assert parse_number_word(text) == expected


@pytest.mark.parametrize("text", NOT_WORDS)
def test_not_a_number_word(text):
    assert parse_number_word(text) is None


def test_non_str_is_a_type_error():
    with pytest.raises(TypeError):
        parse_number(14000)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_number_word(None)  # type: ignore[arg-type]


NUMBERISH = st.text(alphabet="0123456789.,- €\u00a0", max_size=30)


@given(st.one_of(st.text(max_size=60), NUMBERISH))
def test_parse_number_is_total(text):
    value = parse_number(text)
    assert value is None or (type(value) in (int, float) and value >= 0)


@given(st.integers(min_value=0, max_value=10**18 - 1))
def test_parse_number_reads_what_babel_writes(n):
    from babel.numbers import format_decimal
    assert parse_number(format_decimal(n, locale="de_DE")) == n


@given(st.one_of(st.text(max_size=60), st.text(alphabet="einszwdrvuhtfüßg", max_size=40)))
def test_parse_number_word_is_total(text):
    value = parse_number_word(text)
    assert value is None or (type(value) is int and 0 <= value < 1_000_000)
