"""reportlab pieces shared by the sample and corpus builders: the DejaVu fonts and "Seite N von M" pages."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")  # Debian package fonts-dejavu-core
ITALIC = {"DejaVuSans": "Oblique", "DejaVuSerif": "Italic"}  # each family's name for its italic


@cache
def register_fonts() -> None:
    """Register DejaVuSans and DejaVuSerif (regular, bold, italic, bold italic) as font families."""
    for family, italic in ITALIC.items():
        files = {"": family, "-Bold": f"{family}-Bold", f"-{italic}": f"{family}-{italic}",
                 f"-Bold{italic}": f"{family}-Bold{italic}"}
        for suffix, name in files.items():
            path = DEJAVU / f"{name}.ttf"
            if not path.exists():
                raise SystemExit(f"{path} missing: install the DejaVu fonts (apt-get install fonts-dejavu-core)")
            pdfmetrics.registerFont(TTFont(f"{family}{suffix}", str(path)))
        pdfmetrics.registerFontFamily(family, normal=family, bold=f"{family}-Bold", italic=f"{family}-{italic}",
                                      boldItalic=f"{family}-Bold{italic}")


class DeferredPagesCanvas(Canvas):
    """Defers page output until the end so a footer can say "Seite N von M" (two-pass numbering).
    Subclasses draw their running header and footer in ``decorate(total)``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = self.page_count
        for state in self._pages:
            self.__dict__.update(state)
            self.decorate(total)
            super().showPage()
        super().save()

    def decorate(self, total: int) -> None:
        raise NotImplementedError
