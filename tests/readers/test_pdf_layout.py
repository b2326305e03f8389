"""The PDF layout stages on words made by hand: no engine and no PDF, as OCR words will arrive (issue 14)."""
from __future__ import annotations

from extractor.readers.options import PDF_ENGINES
from extractor.readers.pdf import ENGINES
from extractor.readers.pdf.layout import layout
from extractor.readers.pdf.settings import LayoutSettings
from extractor.readers.pdf.words import PageWords, Word

HEIGHT = 842.0  # A4, points


def _line(texts: list[str], x0: float, x1: float, top: float, size: float = 10.0) -> list[Word]:
    """Words spread evenly from x0 to x1 on one line, each box one font size tall."""
    step = (x1 - x0) / len(texts)
    return [Word(t, x0 + i * step, x0 + (i + 1) * step - 4, top, top + size, size, False) for i, t in enumerate(texts)]


def _pages() -> list[PageWords]:
    first = (_line(["KFD-Bericht", "2017"], 50, 200, 20)                        # running header
             + _line(["Bericht"], 50, 130, 150, size=16)                         # heading size
             + _line(["Die", "Arbeit", "wurde", "Verschrift-"], 50, 500, 180)   # a full line ending in a hyphen
             + _line(["licht", "und", "abgelegt."], 50, 200, 192)
             + _line(["Seite", "1"], 280, 320, 800))                             # page number
    second = (_line(["KFD-Bericht", "2017"], 50, 200, 20)
              + _line(["Zweite", "Seite."], 50, 160, 150)
              + _line(["Seite", "2"], 280, 320, 800))
    return [PageWords(1, HEIGHT, first), PageWords(2, HEIGHT, second)]


def test_layout_builds_blocks_from_page_words_of_any_origin():
    result = layout(_pages())
    assert [(b.kind, b.text, b.page, b.level) for b in result.blocks] == [
        ("heading", "Bericht", 1, 1),
        ("paragraph", "Die Arbeit wurde Verschriftlicht und abgelegt.", 1, None),
        ("paragraph", "Zweite Seite.", 2, None),
    ]
    assert result.removed == ["KFD-Bericht 2017", "Seite 1"]


def test_layout_thresholds_are_settings():
    # Type 1.6 times the body size is a heading at the default ratio (1.15), body text at 2.0.
    result = layout(_pages(), LayoutSettings(heading_ratio=2.0))
    assert [(b.kind, b.text) for b in result.blocks][0] == ("paragraph", "Bericht")
    # Headers and footers are looked for in the top and bottom 12% of a page; in 1% there are none.
    narrow = layout(_pages(), LayoutSettings(band=0.01))
    assert narrow.removed == []
    assert [b.text for b in narrow.blocks if b.page == 2] == ["KFD-Bericht 2017", "Zweite Seite.", "Seite 2"]


def test_every_engine_read_options_names_has_an_engine():
    assert set(ENGINES) == set(PDF_ENGINES)
