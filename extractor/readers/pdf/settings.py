"""The layout thresholds as named settings, in the style of pdfplumber's ``TableSettings``: one frozen
object that the line, table and block stages read, so a caller (or a test, or later OCR with its own
measures) tunes them without editing the stages."""
from __future__ import annotations

from dataclasses import dataclass, field

from pdfplumber.table import TableSettings


@dataclass(frozen=True)
class LayoutSettings:
    """size_step (0.5): font sizes are compared rounded to half points.
    heading_ratio (1.15): a font size at least this many times the body size is clearly above it: a
        heading size (the body size is the most common size of the whole document).
    heading_max_words (20): a longer run of large type is a paragraph, not a heading.
    bold_short_words (12): a bold line of at most this many words is a heading candidate.
    gap_ratio (1.25): a line pitch above the normal pitch times this starts a new block.
    band (0.12): the top/bottom share of the page height searched for running headers and footers.
    edge_lines (3): at most this many outermost lines per side are header/footer candidates.
    running_share (0.5): a header/footer repeats on at least this share of the pages with text.
    column_gap_ratio (1.5): a gap this many font sizes wide may separate a two-column table's columns.
    column_min_rows (3): a column boundary must be shared by at least this many rows.
    column_align (3.0): points within which column starts count as the same x.
    column_margin_align (6.0): a table's left column starts this close to the page's left margin.
    gutter (9.0): points of white space between the columns of a page set in columns (at least).
    gutter_crossings (0.2): a gutter is looked for where the words of at most this share of a page's rows
        cross an x (headings and paragraphs above and below a stretch in columns cross it).
    column_min_lines (5): a page's columns have at least this many lines each, side by side.
    column_full_share (0.6): text beside a gutter with at least this share of full lines (ending near the
        side's right edge) is running text in columns, not a table;
    column_unaligned_full_share (0.4): ... and so is text with this share, where the lines of the two
        sides do not start level with each other (a table's label and value do).
    column_min_share (0.2): a column is at least this share of the columns' width together.
    ruled: how ruling lines become a table's cells: pdfplumber's ``TableSettings`` (lines strategy; its
        snap, join, minimum edge length and intersection tolerances, 3 points each).
    """
    size_step: float = 0.5
    heading_ratio: float = 1.15
    heading_max_words: int = 20
    bold_short_words: int = 12
    gap_ratio: float = 1.25
    band: float = 0.12
    edge_lines: int = 3
    running_share: float = 0.5
    column_gap_ratio: float = 1.5
    column_min_rows: int = 3
    column_align: float = 3.0
    column_margin_align: float = 6.0
    gutter: float = 9.0
    gutter_crossings: float = 0.2
    column_min_lines: int = 5
    column_full_share: float = 0.6
    column_unaligned_full_share: float = 0.4
    column_min_share: float = 0.2
    ruled: TableSettings = field(default_factory=TableSettings)

    def round_size(self, size: float) -> float:
        return round(size / self.size_step) * self.size_step


DEFAULT_LAYOUT = LayoutSettings()
