"""Rich pieces for terminal tables: a path cell that is shortened in the middle instead of being
broken in the middle of a word, and shown with its control characters escaped (``filenames.shown``)."""
from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from extractor.core.filenames import shown
from extractor.core.wording import shorten_middle

MIN_PATH_WIDTH = 16


class PathCell:
    """A path as a table cell: as wide as the table can give it, and when that is too narrow, the middle
    is replaced by "…" (the start and the file name stay). Never wrapped."""

    def __init__(self, path: str, style: str = ""):
        self.path = shown(path)
        self.style = style

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(min(len(self.path), MIN_PATH_WIDTH), len(self.path))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text(shorten_middle(self.path, options.max_width), style=self.style, no_wrap=True, overflow="crop")
