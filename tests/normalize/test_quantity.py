"""Counts as the contract's Quantity, on hand-written cases and on the real reports' population fields."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalize.quantity import parse_quantity
from tests.conftest import ROOT

SAMPLES = ROOT / "samples"


def q(value, max=None, approximate=False, qualifier=None):
    return {"value": value, "max": max, "approximate": approximate, "qualifier": qualifier}


QUANTITIES = [
    ("ca. 14.000", q(14000, approximate=True, qualifier="ca.")),
    ("gut 40", q(40, approximate=True, qualifier="gut")),
    ("gut 40 Bürgerinnen und Bürger", q(40, approximate=True, qualifier="gut")),
    ("über 100", q(100, approximate=True, qualifier="über")),
    ("rund 30", q(30, approximate=True, qualifier="rund")),
    ("mehr als 25", q(25, approximate=True, qualifier="mehr als")),
    ("etwa 60", q(60, approximate=True, qualifier="etwa")),
    ("bis zu 100 Personen", q(100, approximate=True, qualifier="bis zu")),
    ("ca. 6-800 Personen", q(600, max=800, approximate=True, qualifier="ca.")),
    ("ca. 6 - 800 Personen", q(600, max=800, approximate=True, qualifier="ca.")),
    ("3-4.000", q(3000, max=4000)),
    ("20-30", q(20, max=30)),
    ("20 – 30", q(20, max=30)),
    ("20 bis 30 Teilnehmende", q(20, max=30)),
    ("150-200", q(150, max=200)),
    ("1-15", q(1, max=15)),
    ("1-100", q(1, max=100)),
    ("5-20", q(5, max=20)),
    ("zwischen 20 und 30", q(20, max=30, qualifier="zwischen")),
    ("2-3 Mio.", q(2_000_000, max=3_000_000)),
    ("1,2 Mio. Einwohner", q(1_200_000)),
    ("5 Tsd.", q(5000)),
    ("8979 (5/2016)", q(8979)),
    ("8979(5/2016)", q(8979)),
    ("9.007 Einwohner (Stand 2016)", q(9007)),
    ("44884 (Stat. Landesamt Baden-Württemberg, 31.12.2015)", q(44884)),
    ("280.288", q(280288)),
    ("12.363", q(12363)),
    ("14 000", q(14000)),
    ("40.", q(40)),
    ("40, davon 12 Frauen", q(40)),
    ("zwölf Personen", q(12)),
    ("gut zwanzig", q(20, approximate=True, qualifier="gut")),
    ("zwei bis drei", q(2, max=3)),
    ("100+", q(100, approximate=True, qualifier="+")),
    ("40 und mehr", q(40, approximate=True, qualifier="und mehr")),
    ("insgesamt 40", q(40, qualifier="insgesamt")),
    ("insgesamt ca. 40", q(40, approximate=True, qualifier="insgesamt ca.")),
    ("1,5", q(1.5)),
    ("  ca.  14.000  ", q(14000, approximate=True, qualifier="ca.")),
]

NOT_QUANTITIES = [
    "", "   ", "keine Angabe", "k.A.", "Einwohner: 40", "5/2016", "40%", "5.000€", "5.000 €",
    "14.10.2018", "07.06.2017", "07153", "07153-7005-104", "1.5", "12.34", "20 30", "30-20",
    "zwischen 20", "ein paar", "eine Veranstaltung", "-5", "18:00", "x" * 2000,
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_parse_quantity(text, expected):
    result = parse_quantity(text)
    assert result == {**expected, "text": text.strip()}


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_not_a_quantity(text):
    assert parse_quantity(text) is None


def test_integral_values_are_ints():
    assert type(parse_quantity("6.000,00")["value"]) is int
    assert type(parse_quantity("1,5")["value"]) is float


def _line_after(path: Path, label: str) -> str:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    i = next(i for i, line in enumerate(lines) if line.rstrip(":") == label)
    return lines[i + 1]


# The population answer of each real report, checked by hand against the file.
POPULATION = [
    ("plochingen.txt", q(14000, approximate=True, qualifier="ca.")),
    ("real/aidlingen.txt", q(8979)),
    ("real/dusslingen.txt", q(6000)),
    ("real/hemsbach.txt", q(12363)),
    ("real/konstanz_landkreis.txt", q(280288)),
    ("real/lahr.txt", q(44884)),
    ("real/march.txt", q(9007)),
    ("real/friedrichshafen.txt", None),  # the field is empty: the next line is the next label
    ("real/ulm.txt", q(121540, approximate=True, qualifier="rd.")),
]

# Every qualifier the issue names, before a population: the number is read, the qualifier kept as written.
POPULATION_QUALIFIERS = ["rd.", "rund", "ca.", "ca", "etwa", "ungef.", "knapp", "gut", "über", "mehr als", "bis zu"]


@pytest.mark.parametrize("qualifier", POPULATION_QUALIFIERS)
def test_every_qualifier_before_a_population(qualifier):
    assert parse_quantity(f"{qualifier} 12.345") == {**q(12345, approximate=True, qualifier=qualifier),
                                                      "text": f"{qualifier} 12.345"}


@pytest.mark.parametrize(("name", "expected"), POPULATION)
def test_population_of_real_reports(name, expected):
    answer = _line_after(SAMPLES / name, "Einwohnerzahl")
    result = parse_quantity(answer)
    if expected is None:
        assert result is None
    else:
        assert result == {**expected, "text": answer}


QUANTITY_KEYS = ["value", "max", "approximate", "qualifier", "text"]


def _check_quantity(result, text):
    if result is None:
        return
    assert list(result) == QUANTITY_KEYS
    assert type(result["value"]) in (int, float) and result["value"] >= 0
    assert result["max"] is None or (type(result["max"]) in (int, float) and result["max"] > result["value"])
    assert isinstance(result["approximate"], bool)
    assert result["qualifier"] is None or isinstance(result["qualifier"], str)
    assert result["text"] == text.strip()


AMOUNTISH = st.text(alphabet="0123456789.,-– /()+%ca bisTsdMio.überrund", max_size=40)


@given(st.one_of(st.text(max_size=80), AMOUNTISH))
def test_parse_quantity_is_total(text):
    _check_quantity(parse_quantity(text), text)
