"""Amounts of money as the data contract's ``Money``: "ca. 5.000€", "5 T€", "EUR 5.000,50"."""
from __future__ import annotations

from typing import Literal

from ._amounts import scan_amount
from .quantity import Quantity, quantity_of


class Money(Quantity):
    currency: Literal["EUR"]
    label: str | None            # what the amount is for; set by the field rules, None here


def parse_money(text: str) -> Money | None:
    """Parse an amount of euros written in German into a ``Money`` dict, ``None`` otherwise.

    Accepted currency marks, before or after the number: "€", "EUR", "Euro"; thousands
    as "T€", "TEUR", "k€", "Tsd.", "Tausend"; "Mio."/"Millionen", "Mrd."/"Milliarden".
    German ",-" ("500,- ") marks an amount of money by itself, so "6.000,-" is money
    even without a currency. A bare number ("5000") is not money: it is ``None``, and
    so is any other currency ("500 $", "500 CHF"): only euros exist in the contract.

    >>> m = parse_money("ca. 5.000€"); (m["value"], m["approximate"], m["qualifier"], m["currency"])
    (5000, True, 'ca.', 'EUR')
    >>> parse_money("5 T€")["value"], parse_money("1,2 Mio. €")["value"], parse_money("EUR 5.000,50")["value"]
    (5000, 1200000, 5000.5)
    >>> parse_money("5000") is None, parse_money("5.000 CHF") is None
    (True, True)
    """
    amount = scan_amount(text, money=True)
    if amount is None or not (amount.currency or amount.no_cents):
        return None
    return Money(**quantity_of(amount, text), currency="EUR", label=None)
