from pathlib import Path

import pytest

from extractor.report_types.kfd.form import FORM

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SCANNED_PDF = ROOT / "tests" / "data" / "scanned" / "2015_1_Reaktion_Gemeinderat_Unterstuetzung_Heuweiler_Buergerrunde.pdf"

SECTION_KEYS = list(FORM.keys)


@pytest.fixture
def plochingen_text() -> str:
    return (SAMPLES / "plochingen.txt").read_text(encoding="utf-8")


def squash(text: str | None) -> str:
    """Whitespace-insensitive comparison form."""
    return " ".join((text or "").split())
