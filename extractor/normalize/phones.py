"""German phone numbers: tell them from amounts, dates and postal codes; clean and compare them.

Validation is Google's libphonenumber (the ``phonenumbers`` package): it knows
which German area codes and lengths exist. It alone is too lenient for telling a
phone from other numbers ("2016-2017" parses as a valid Essen number), so a shape
check comes first: a phone starts with a trunk "0", "+" or "00" (possibly in
brackets) and holds only digits, spaces and "-", "/", "(", ")". Dots are refused,
so dates ("14.10.2018") and amounts ("5.000") never pass.

Decisions:

- ``normalise_phone`` returns the number *as written* (the contract's example keeps
  "07153-7005-104"), with spaces collapsed and a "Tel.:"/"Telefon:"/"Fon:"/"Mobil:"
  label removed. Use ``phone_digits`` ("+4971537005104", E.164) to compare numbers.
- A local number without area code ("7005-104") is not accepted: it cannot be
  dialled or compared. A "Fax" label makes the text not a phone.
"""
from __future__ import annotations

import re

import phonenumbers

from extractor.core.textnorm import normalise_inline

DEFAULT_REGION = "DE"
MAX_LENGTH = 60

_LABEL_RE = re.compile(
    r"^(?:tel(?:efon)?(?:nummer)?|fon|phone|mobil(?:telefon)?|handy|t)\s*\.?\s*(?:-?\s*nr\.?\s*)?:?\s*",
    re.IGNORECASE)
# Trunk prefix "0" (not "00..." without country code), "+CC" or "00CC"; "(0" for "(07153) ...".
_SHAPE_RE = re.compile(r"(?:\+[1-9]|00[1-9]|\(0[1-9]|0[1-9])[0-9 ()/\-–]*[0-9]")
_DIGIT_COUNT = (6, 17)  # inclusive; E.164 is at most 15 digits, "0049" adds two


def _strip(text: str) -> str | None:
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_LENGTH:
        return None
    s = normalise_inline(text)
    s = _LABEL_RE.sub("", s, count=1)
    return s.rstrip(" ,;.")


def _parse(display: str, region: str) -> phonenumbers.PhoneNumber | None:
    if not _SHAPE_RE.fullmatch(display):
        return None
    digits = sum(ch.isdigit() for ch in display)
    if not _DIGIT_COUNT[0] <= digits <= _DIGIT_COUNT[1]:
        return None
    if display.count("(") != display.count(")"):
        return None
    try:
        number = phonenumbers.parse(display, region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def normalise_phone(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The phone number as written, cleaned for display; ``None`` if ``text`` is not one.

    >>> normalise_phone("Tel.: 07153-7005-104")
    '07153-7005-104'
    >>> normalise_phone("07531  -  800 1178")
    '07531 - 800 1178'
    >>> normalise_phone("73207") is None, normalise_phone("14.10.2018") is None
    (True, True)
    """
    display = _strip(text)
    if not display:
        return None
    return display if _parse(display, region) is not None else None


def phone_digits(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The number in E.164 form for comparing ("+4971537005104"); ``None`` if not a phone.

    >>> phone_digits("07153-7005-104"), phone_digits("+49 (0)7153 7005104")
    ('+4971537005104', '+4971537005104')
    >>> phone_digits("(07153) 7005-104"), phone_digits("0049 7153 7005104")
    ('+4971537005104', '+4971537005104')
    """
    display = _strip(text)
    if not display:
        return None
    number = _parse(display, region)
    if number is None:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def looks_like_phone(text: str, region: str = DEFAULT_REGION) -> bool:
    """True if ``text`` is a phone number, not an amount, date, year range or postal code.

    >>> looks_like_phone("07153-7005-104"), looks_like_phone("07034/125-21")
    (True, True)
    >>> [looks_like_phone(t) for t in ("5.000", "73207", "2016-2017", "14.10.2018")]
    [False, False, False, False]
    """
    return normalise_phone(text, region) is not None
