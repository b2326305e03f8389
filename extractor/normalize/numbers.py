"""German numbers: digits in German notation (via babel) and small number words.

Every function here is total on ``str``: junk gives ``None``, never an exception.
Values come back as ``int`` when integral, else ``float`` (JSON-ready; the
arithmetic inside is ``Decimal`` so "1,2" x 1.000.000 is exactly 1200000).
"""
from __future__ import annotations

import re
from decimal import Decimal, DecimalException

from babel.numbers import NumberFormatError, parse_decimal

from extractor.core.textnorm import normalise_inline
from extractor.lang.de import numbers as words

LOCALE = "de_DE"

# One German number token, as it is written. Tried in this order:
# dot-grouped ("14.000", "1.234,5"), space-grouped ("14 000"), plain ("44884", "1,5").
# The tail stops "12.34", "14.10.2018" or "1.5" from yielding a prefix of themselves.
NUMBER_TOKEN = (
    r"(?:[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?"
    r"|[0-9]{1,3}(?: [0-9]{3})+(?:,[0-9]+)?"
    r"|[0-9]+(?:,[0-9]+)?)"
    r"(?![0-9]|[.,][0-9])"
)
# "6.000,-", "500,--", "500.-": the German way of writing "no cents" on amounts.
NO_CENTS = r"(?:[,.](?:-{1,2}|–))"

_NUMBER_RE = re.compile(rf"(?P<num>{NUMBER_TOKEN})(?P<nocents>{NO_CENTS})?")
_SPACE_GROUPED = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+(?:,[0-9]+)?")
_LEADING_ZERO = re.compile(r"0[0-9]")
# No report counts beyond 10^18; longer digit runs are IDs or junk, and babel's strict
# check fails on more than 28 digits (decimal.InvalidOperation in format_decimal).
MAX_DIGITS = 18


def to_number(value: Decimal) -> int | float:
    """``Decimal`` -> ``int`` when integral, else ``float``."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_decimal_de(text: str) -> Decimal | None:
    """Parse one German-formatted number to a ``Decimal``; ``None`` if it is not one.

    Strict: the whole text (surrounding spaces aside) must be the number.

    >>> parse_decimal_de("5.000,50")
    Decimal('5000.50')
    >>> parse_decimal_de("12.34") is None   # not German notation: never guessed
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    s = normalise_inline(text)
    m = _NUMBER_RE.fullmatch(s)
    if m is None:
        return None
    token = m.group("num")
    if _LEADING_ZERO.match(token):
        return None  # "07153", "073207": phone or postal code fragments, not quantities
    if sum(ch.isdigit() for ch in token) > MAX_DIGITS:
        return None
    if _SPACE_GROUPED.fullmatch(token):
        token = token.replace(" ", ".")  # DIN 5008 allows a space as thousands separator
    try:
        # strict=True makes babel reject misplaced group separators ("1.50", "30.00").
        return parse_decimal(token, locale=LOCALE, strict=True)
    except (NumberFormatError, DecimalException):
        return None


def parse_number(text: str) -> int | float | None:
    """Parse a number written in German notation.

    Dots group thousands, the comma is the decimal mark; ",-" means no cents; a
    space may group thousands. No sign, no leading zeros, nothing else around it.

    >>> parse_number("14.000"), parse_number("5.000,50"), parse_number("6.000,-")
    (14000, 5000.5, 6000)
    >>> parse_number("1,5"), parse_number("44884")
    (1.5, 44884)
    >>> parse_number("1.5") is None, parse_number("-5") is None, parse_number("ca. 5") is None
    (True, True, True)
    """
    value = parse_decimal_de(text)
    return None if value is None else to_number(value)


# --- number words -----------------------------------------------------------------------------

_UNITS, _TEENS, _TENS = words.UNITS, words.TEENS, words.TENS
# Inside compounds "eins" loses its s: "einundzwanzig", "einhundert".
_COMPOUND_UNITS = {**{k: v for k, v in _UNITS.items() if k != "eins"}, "ein": 1}


def _below_100(word: str) -> int | None:
    if word in _UNITS:
        return _UNITS[word]
    if word in _TEENS:
        return _TEENS[word]
    if word in _TENS:
        return _TENS[word]
    unit, sep, tens = word.partition("und")
    if sep and unit in _COMPOUND_UNITS and tens in _TENS:
        return _COMPOUND_UNITS[unit] + _TENS[tens]
    return None


def _below_1000(word: str) -> int | None:
    head, sep, tail = word.partition("hundert")
    if not sep:
        return _below_100(word)
    if head == "":
        hundreds = 1
    elif head in _COMPOUND_UNITS:
        hundreds = _COMPOUND_UNITS[head]
    else:
        return None
    if tail.startswith("und"):  # "hundertundzwei"
        tail = tail[3:]
        if not tail:
            return None
    if tail == "":
        return hundreds * 100
    rest = _below_100(tail)
    return None if rest is None else hundreds * 100 + rest


def parse_number_word(text: str) -> int | None:
    """A German cardinal written as a word, 0 to 999 999; ``None`` otherwise.

    Case-insensitive, written as one word as German does ("zweihundertvierzig").
    The articles "ein"/"eine"/"einen"/... are *not* numbers here (too ambiguous);
    "eins" is.

    >>> parse_number_word("zwölf"), parse_number_word("Zwanzig"), parse_number_word("hundert")
    (12, 20, 100)
    >>> parse_number_word("einundzwanzig"), parse_number_word("zweitausenddreihundert")
    (21, 2300)
    >>> parse_number_word("eine") is None, parse_number_word("einige") is None
    (True, True)
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    word = normalise_inline(text).lower()
    if not word or not word.isalpha() or len(word) > 60:
        return None
    if word == "null":
        return 0
    head, sep, tail = word.partition("tausend")
    if not sep:
        return _below_1000(word)
    if head == "":
        thousands = 1
    elif head in _COMPOUND_UNITS:
        thousands = _COMPOUND_UNITS[head]
    else:
        thousands = _below_1000(head)
        if thousands is None:
            return None
    if tail.startswith("und"):  # "tausendundeins"
        tail = tail[3:]
        if not tail:
            return None
    if tail == "":
        return thousands * 1000
    rest = _below_1000(tail)
    return None if rest is None else thousands * 1000 + rest


# --- multipliers ------------------------------------------------------------------------------

# Scale words after a number ("1,2 Mio.", "5 Tsd."). Keys are lower case without a final dot.
MULTIPLIERS: dict[str, int] = {name.lower(): value for table in (words.SCALE_WORDS, words.SCALE_ABBREVIATIONS)
                               for name, value in table.items()}
_SCALE_WORDS = "|".join(sorted(words.SCALE_WORDS, key=len, reverse=True))
_SCALE_ABBREVIATIONS = "|".join(sorted(words.SCALE_ABBREVIATIONS, key=len, reverse=True))
MULTIPLIER_TOKEN = rf"(?:{_SCALE_WORDS}|(?:{_SCALE_ABBREVIATIONS})\.?)(?![\w])"


def multiplier_value(token: str) -> int | None:
    """Scale factor of a multiplier word ("Mio." -> 1000000), ``None`` if it is not one."""
    return MULTIPLIERS.get(token.lower().rstrip("."))
