"""Qualifiers before a number: as written, approximate or not, and from which side."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalize.qualifiers import (Qualifier, match_trailing_qualifier, parse_qualifier,
                                            split_qualifier)

# (text, qualifier as written, approximate, bound, total, rest)
SPLITS = [
    ("ca. 14.000", "ca.", True, "about", False, "14.000"),
    ("ca 14.000", "ca", True, "about", False, "14.000"),
    ("Ca.14.000", "Ca.", True, "about", False, "14.000"),
    ("circa 300", "circa", True, "about", False, "300"),
    ("zirka 300", "zirka", True, "about", False, "300"),
    ("etwa 60", "etwa", True, "about", False, "60"),
    ("rund 30", "rund", True, "about", False, "30"),
    ("rd. 12.345", "rd.", True, "about", False, "12.345"),
    ("Rd. 12.345", "Rd.", True, "about", False, "12.345"),
    ("rd 12.345", "rd", True, "about", False, "12.345"),
    ("ungef. 300", "ungef.", True, "about", False, "300"),
    ("ungefähr 30", "ungefähr", True, "about", False, "30"),
    ("annähernd 30", "annähernd", True, "about", False, "30"),
    ("~ 30", "~", True, "about", False, "30"),
    ("gut 40 Bürger", "gut", True, "lower", False, "40 Bürger"),
    ("über 100", "über", True, "lower", False, "100"),
    ("Über 100", "Über", True, "lower", False, "100"),
    ("mehr als 25", "mehr als", True, "lower", False, "25"),
    ("mehr  als 25", "mehr  als", True, "lower", False, "25"),
    ("mind. 10", "mind.", True, "lower", False, "10"),
    ("mindestens 10", "mindestens", True, "lower", False, "10"),
    ("knapp 50", "knapp", True, "upper", False, "50"),
    ("knapp über 50", "knapp über", True, "lower", False, "50"),
    ("fast 50", "fast", True, "upper", False, "50"),
    ("bis zu 100", "bis zu", True, "upper", False, "100"),
    ("weniger als 10", "weniger als", True, "upper", False, "10"),
    ("unter 10", "unter", True, "upper", False, "10"),
    ("max. 20", "max.", True, "upper", False, "20"),
    ("höchstens 20", "höchstens", True, "upper", False, "20"),
    ("genau 20", "genau", False, "exact", False, "20"),
    ("insgesamt 6.000 €", "insgesamt", False, None, True, "6.000 €"),
    ("insgesamt ca. 6.000 €", "insgesamt ca.", True, "about", True, "6.000 €"),
    ("zwischen 20 und 30", "zwischen", False, "range", False, "20 und 30"),
]


@pytest.mark.parametrize(("text", "written", "approximate", "bound", "total", "rest"), SPLITS)
def test_split_qualifier(text, written, approximate, bound, total, rest):
    qualifier, remainder = split_qualifier(text)
    assert qualifier == Qualifier(written, approximate, bound, total)
    assert remainder == rest


# Words that start like a qualifier but are not one, and texts without any.
NO_QUALIFIER = ["überwiegend 40", "Gesamtkosten 6.000", "gute", "Rundgang", "cab 5", "40",
                "etwas", "", "Untergruppe 3", "maxi 3", "mindestenz 4"]


@pytest.mark.parametrize("text", NO_QUALIFIER)
def test_no_qualifier(text):
    qualifier, rest = split_qualifier(text)
    assert qualifier is None
    assert rest == text.lstrip()


@pytest.mark.parametrize(("text", "approximate"), [
    ("ca.", True), ("über", True), ("mehr als", True), ("Bis zu", True), ("insgesamt", False),
    ("genau", False), (" rund ", True),
])
def test_parse_qualifier(text, approximate):
    qualifier = parse_qualifier(text)
    assert qualifier is not None and qualifier.approximate is approximate


@pytest.mark.parametrize("text", ["ca. 5", "Haus", "", "überall"])
def test_parse_qualifier_rejects(text):
    assert parse_qualifier(text) is None


@pytest.mark.parametrize(("text", "pos", "written", "end"), [
    ("100+", 3, "+", 4), ("40 und mehr Gäste", 2, "und mehr", 11), ("40 oder mehr", 2, "oder mehr", 12),
])
def test_trailing_qualifier(text, pos, written, end):
    found = match_trailing_qualifier(text, pos)
    assert found is not None
    qualifier, stop = found
    assert (qualifier.text, qualifier.approximate, qualifier.bound, stop) == (written, True, "lower", end)


@pytest.mark.parametrize(("text", "pos"), [("40 und mehrere", 2), ("40 Personen", 2), ("40", 2)])
def test_no_trailing_qualifier(text, pos):
    assert match_trailing_qualifier(text, pos) is None


@given(st.text(max_size=60))
def test_split_qualifier_is_total(text):
    qualifier, rest = split_qualifier(text)
    assert isinstance(rest, str)
    if qualifier is not None:
        assert qualifier.text and qualifier.text in text  # as written
        assert isinstance(qualifier.approximate, bool)
        assert text.endswith(rest)


@given(st.text(max_size=60))
def test_parse_qualifier_is_total(text):
    qualifier = parse_qualifier(text)
    assert qualifier is None or isinstance(qualifier, Qualifier)


@given(st.text(max_size=40), st.integers(min_value=0, max_value=50))
def test_match_trailing_qualifier_is_total(text, pos):
    found = match_trailing_qualifier(text, pos)
    assert found is None or (isinstance(found[0], Qualifier) and pos < found[1] <= len(text))
