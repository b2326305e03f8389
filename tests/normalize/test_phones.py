"""Phone numbers: told apart from amounts, dates, years and postal codes; display and E.164 forms."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.normalize.phones import looks_like_phone, normalise_phone, phone_digits
from tests.conftest import ROOT

SAMPLES = ROOT / "samples"

# (text, display form, E.164)
PHONES = [
    ("07153-7005-104", "07153-7005-104", "+4971537005104"),
    ("07034/125-21", "07034/125-21", "+49703412521"),
    ("07531 - 800 1178", "07531 - 800 1178", "+4975318001178"),
    ("07531  -   800 1178", "07531 - 800 1178", "+4975318001178"),
    ("07821/ 3273923", "07821/ 3273923", "+4978213273923"),
    ("06201-707-90", "06201-707-90", "+49620170790"),
    ("+49 (0)7153 7005104", "+49 (0)7153 7005104", "+4971537005104"),
    ("0049 7153 7005104", "0049 7153 7005104", "+4971537005104"),
    ("(07153) 7005-104", "(07153) 7005-104", "+4971537005104"),
    ("Tel.: 07153 70050", "07153 70050", "+49715370050"),
    ("Tel 07153 70050", "07153 70050", "+49715370050"),
    ("Telefon: 07153 70050", "07153 70050", "+49715370050"),
    ("Tel.-Nr.: 07153 70050", "07153 70050", "+49715370050"),
    ("0171 1234567", "0171 1234567", "+491711234567"),
    ("+41 44 123 45 67", "+41 44 123 45 67", "+41441234567"),
    ("07153-7005-104.", "07153-7005-104", "+4971537005104"),
]

NOT_PHONES = [
    "", "5.000", "73207", "01067", "2016-2017", "14.10.2018", "01.10.2018", "07.06.2017",
    "44884", "280.288", "7005-104", "0123 456789", "07153.7005104", "Fax: 07153 70050",
    "07153 7005-104 oder 0171 1234567", "(07153 7005104", "0", "+", "00", "ca. 5.000 €",
    "unseld@plochingen.de", "18:00 - 20:30", "0" * 40, "x" * 100,
]


@pytest.mark.parametrize(("text", "display", "e164"), PHONES)
def test_phone(text, display, e164):
    assert looks_like_phone(text)
    assert normalise_phone(text) == display
    assert phone_digits(text) == e164


@pytest.mark.parametrize("text", NOT_PHONES)
def test_not_a_phone(text):
    assert not looks_like_phone(text)
    assert normalise_phone(text) is None
    assert phone_digits(text) is None


def test_same_number_written_differently_compares_equal():
    forms = ["07153-7005-104", "+49 (0)7153 7005104", "0049 7153 7005104", "(07153) 7005-104",
             "07153 7005104"]
    assert len({phone_digits(f) for f in forms}) == 1


def _line_after(path: Path, label: str) -> str:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    i = next(i for i, line in enumerate(lines) if line.rstrip(":") == label)
    return lines[i + 1]


# The contact phone of each real report, as written there.
REAL = ["plochingen.txt", "real/aidlingen.txt", "real/dusslingen.txt", "real/friedrichshafen.txt",
        "real/hemsbach.txt", "real/konstanz_landkreis.txt", "real/lahr.txt", "real/march.txt"]


@pytest.mark.parametrize("name", REAL)
def test_real_contact_phones(name):
    answer = _line_after(SAMPLES / name, "Telefon der Kontaktperson")
    assert looks_like_phone(answer)
    assert normalise_phone(answer) == " ".join(answer.split())
    national = "".join(ch for ch in answer if ch.isdigit())
    assert national.startswith("0")
    assert phone_digits(answer) == "+49" + national[1:]


def test_postal_codes_and_populations_of_real_reports_are_not_phones():
    for name in REAL:
        text = (SAMPLES / name).read_text(encoding="utf-8")
        population = _line_after(SAMPLES / name, "Einwohnerzahl")
        assert not looks_like_phone(population)
        for token in text.split():
            if token.isdigit() and len(token) == 5:  # postal codes such as 73207
                assert not looks_like_phone(token)


PHONEISH = st.text(alphabet="0123456789 +-/().Tel:", max_size=30)


@given(st.one_of(st.text(max_size=80), PHONEISH))
def test_phone_functions_are_total(text):
    display = normalise_phone(text)
    digits = phone_digits(text)
    is_phone = looks_like_phone(text)
    assert is_phone == (display is not None) == (digits is not None)
    if display is not None:
        assert display == " ".join(display.split()) and display
        assert digits.startswith("+") and digits[1:].isdigit()
