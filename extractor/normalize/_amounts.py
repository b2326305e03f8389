"""The scanner shared by ``parse_quantity`` and ``parse_money``.

Grammar, anchored at the start of the text (after whitespace normalisation)::

    amount  := qualifier? [currency]? side (range_sep side)? trailing_qualifier? tail
    side    := number [multiplier]? [currency]?        (number words only for counts)
    tail    := "" | a space, bracket or punctuation not followed by a digit, then anything

Square brackets are money-only parts. The tail (unit, note, rest of the sentence) is
ignored by the value but not checked, so "9.007 Einwohner (Stand 2016)" is 9007.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from extractor.core.textnorm import normalise_inline
from .numbers import (MULTIPLIER_TOKEN, NO_CENTS, NUMBER_TOKEN, multiplier_value,
                      parse_decimal_de, parse_number_word)
from .qualifiers import Qualifier, match_trailing_qualifier, split_qualifier

# Longer texts are not an amount's span; refusing them bounds the work per call.
MAX_LENGTH = 1000

_NUMBER_RE = re.compile(rf"(?P<num>{NUMBER_TOKEN})(?P<nocents>{NO_CENTS})?")
_WORD_RE = re.compile(r"[^\W\d_]+")
_MULTIPLIER_RE = re.compile(rf"\s*(?P<mult>{MULTIPLIER_TOKEN})", re.IGNORECASE)
# "€", "EUR", "Euro"; a glued "T"/"k" means thousands ("5 T€", "5 TEUR", "5 k€").
_CURRENCY_SUFFIX_RE = re.compile(
    r"\s*(?P<thousand>[Tk])?\s?(?:€|EUR(?:O|OS)?(?![^\W\d_]))", re.IGNORECASE)
_CURRENCY_PREFIX_RE = re.compile(r"(?:€|EUR(?:O)?(?![^\W\d_]))\s*", re.IGNORECASE)
_RANGE_SEP_RE = re.compile(r"\s*(?:-|–|—|bis(?!\w))\s*", re.IGNORECASE)
_AND_SEP_RE = re.compile(r"\s*und(?!\w)\s*", re.IGNORECASE)
# What may follow an amount: nothing, or a break that does not continue the number.
_TAIL_OK_RE = re.compile(r"$|\(|[\s.,;:!?)\]](?![0-9])")


@dataclass(frozen=True)
class _Side:
    number: Decimal
    plain_integer: bool      # written as digits without decimals or scale: shorthand candidate
    digits: int
    scale: int | None        # multiplier written on this side
    currency: bool
    no_cents: bool
    end: int


@dataclass(frozen=True)
class Amount:
    value: Decimal
    max: Decimal | None
    qualifier: Qualifier | None
    currency: bool           # a currency sign or word was written
    no_cents: bool           # ",-" was written


def _side(s: str, pos: int, *, money: bool) -> _Side | None:
    m = _NUMBER_RE.match(s, pos)
    no_cents = False
    if m is not None:
        number = parse_decimal_de(m.group("num"))
        if number is None:
            return None
        no_cents = m.group("nocents") is not None
        token = m.group("num")
        plain = "," not in token  # an integer as written: "6", "800", "4.000"
        digits = len(str(int(number)))
        end = m.end()
    elif not money:
        w = _WORD_RE.match(s, pos)
        word_value = parse_number_word(w.group()) if w else None
        if word_value is None:
            return None
        number, plain, digits, end = Decimal(word_value), False, 0, w.end()
    else:
        return None
    scale = None
    mm = _MULTIPLIER_RE.match(s, end)
    if mm is not None:
        scale = multiplier_value(mm.group("mult"))
        end = mm.end()
    currency = False
    if money:
        cm = _CURRENCY_SUFFIX_RE.match(s, end)
        if cm is not None:
            currency = True
            if cm.group("thousand"):
                if scale is not None:
                    return None  # "5 Mio. T€" is nonsense
                scale = 1000
            end = cm.end()
    return _Side(number, plain and scale is None, digits, scale, currency, no_cents, end)


def _expand_shorthand(low: _Side, high: _Side) -> Decimal:
    """German shorthand "6-800" means 600 to 800; "20-30" and "1-15" stay as written.

    Only when the upper end has at least two more digits, ends in as many zeros,
    and the scaled lower end is still below it (so "1-100" stays 1 to 100).
    """
    if not (low.plain_integer and high.plain_integer):
        return low.number
    shift = high.digits - low.digits
    if shift < 2:
        return low.number
    factor = Decimal(10) ** shift
    if high.number % factor != 0 or low.number * factor >= high.number:
        return low.number
    return low.number * factor


def scan_amount(text: str, *, money: bool) -> Amount | None:
    """Parse a quantity (``money=False``) or an amount of money; ``None`` for junk."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        return None
    s = normalise_inline(text)
    qualifier, s = split_qualifier(s)
    currency = False
    if money:
        pm = _CURRENCY_PREFIX_RE.match(s)
        if pm is not None:
            currency = True
            s = s[pm.end():]
            if qualifier is None:  # "EUR ca. 5.000"
                qualifier, s = split_qualifier(s)
    first = _side(s, 0, money=money)
    if first is None:
        return None
    low, high, end = first, None, first.end
    sep = _RANGE_SEP_RE.match(s, end)
    if sep is None and qualifier is not None and qualifier.bound == "range":
        sep = _AND_SEP_RE.match(s, end)  # "zwischen 20 und 30"
    if sep is not None:
        second = _side(s, sep.end(), money=money)
        if second is not None:
            high, end = second, second.end
    if qualifier is not None and qualifier.bound == "range" and high is None:
        return None  # "zwischen 20" lacks its other end
    if qualifier is None:
        trailing = match_trailing_qualifier(s, end)
        if trailing is not None:
            qualifier, end = trailing
    if not _TAIL_OK_RE.match(s, end):
        return None
    if not money and (_CURRENCY_SUFFIX_RE.match(s, end) or low.currency):
        return None  # "5.000 €" is money, not a count
    value = low.number
    maximum = None
    if high is not None:
        value = _expand_shorthand(low, high)
        scale_low = low.scale if low.scale is not None else high.scale  # "2-3 Mio." scales both
        value *= scale_low or 1
        maximum = high.number * (high.scale or 1)
        if maximum < value:
            return None  # a reversed range is not guessed at
        if maximum == value:
            maximum = None
    else:
        value *= low.scale or 1
    return Amount(
        value=value,
        max=maximum,
        qualifier=qualifier,
        currency=currency or low.currency or (high is not None and high.currency),
        no_cents=low.no_cents or (high is not None and high.no_cents),
    )
