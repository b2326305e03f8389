"""Amounts of euros as the contract's Money."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalize.money import parse_money


def eur(value, max=None, approximate=False, qualifier=None):
    return {"value": value, "max": max, "approximate": approximate, "qualifier": qualifier}


MONEY = [
    ("5.000€", eur(5000)),
    ("5.000 €", eur(5000)),
    ("5000 Euro", eur(5000)),
    ("5000 euro", eur(5000)),
    ("5.000 EUR", eur(5000)),
    ("EUR 5.000,50", eur(5000.5)),
    ("EUR5000", eur(5000)),
    ("€ 500", eur(500)),
    ("€500", eur(500)),
    ("5 T€", eur(5000)),
    ("5T€", eur(5000)),
    ("5 TEUR", eur(5000)),
    ("5 k€", eur(5000)),
    ("5 Tsd. Euro", eur(5000)),
    ("5 Tsd. €", eur(5000)),
    ("5 Tausend Euro", eur(5000)),
    ("1,2 Mio. €", eur(1_200_000)),
    ("1,2 Millionen Euro", eur(1_200_000)),
    ("2 Mrd. €", eur(2_000_000_000)),
    ("ca. 5.000€", eur(5000, approximate=True, qualifier="ca.")),
    ("ca. 6.000,- €", eur(6000, approximate=True, qualifier="ca.")),
    ("ca. 6.000,-€", eur(6000, approximate=True, qualifier="ca.")),
    ("6.000,00 EUR", eur(6000)),
    ("500,- Euro", eur(500)),
    ("500,--", eur(500)),
    ("6.000,-", eur(6000)),
    ("500.- €", eur(500)),
    ("insgesamt 6.000 €", eur(6000, qualifier="insgesamt")),
    ("EUR ca. 5.000", eur(5000, approximate=True, qualifier="ca.")),
    ("über 1.000 €", eur(1000, approximate=True, qualifier="über")),
    ("5.000 - 6.000 €", eur(5000, max=6000)),
    ("5.000 € - 6.000 €", eur(5000, max=6000)),
    ("5-8.000 €", eur(5000, max=8000)),
    ("5.000 € (brutto)", eur(5000)),
    ("5.000 €.", eur(5000)),
    ("1.234,56 €", eur(1234.56)),
]

NOT_MONEY = [
    "", "5000", "5.000", "ca. 5.000", "5.000 CHF", "500 $", "$ 500", "Euro", "€", "Europa 5",
    "5 Europäer", "Kosten: 5.000 €", "keine Kosten", "12.34 €", "5 Mio. T€", "-500 €", "07.06.2017",
    "5 %", "x" * 2000,
]


@pytest.mark.parametrize(("text", "expected"), MONEY)
def test_parse_money(text, expected):
    assert parse_money(text) == {**expected, "text": text.strip(), "currency": "EUR", "label": None}


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text):
    assert parse_money(text) is None


def test_plochingen_costs():
    """The two amounts of the sample's costs section, as the contract's example has them."""
    for text, value in (("ca. 5.000€", 5000), ("ca. 6.000€", 6000)):
        money = parse_money(text)
        assert (money["value"], money["approximate"], money["qualifier"]) == (value, True, "ca.")


MONEY_KEYS = ["value", "max", "approximate", "qualifier", "text", "currency", "label"]
MONEYISH = st.text(alphabet="0123456789.,-– €EURoTskMi()ca bis", max_size=40)


@given(st.one_of(st.text(max_size=80), MONEYISH))
def test_parse_money_is_total(text):
    money = parse_money(text)
    if money is None:
        return
    assert list(money) == MONEY_KEYS
    assert type(money["value"]) in (int, float) and money["value"] >= 0
    assert money["max"] is None or money["max"] > money["value"]
    assert isinstance(money["approximate"], bool)
    assert money["currency"] == "EUR" and money["label"] is None
    assert money["text"] == text.strip()
