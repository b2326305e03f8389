"""Resource limits for reading one file: one typed object, passed in by the caller; and the budget that
enforces the text and time limits during a walk."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from extractor.core.errors import ExtractionError

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Resource limits for reading one file. Each default is far above any real report and low enough
    that a hostile or broken file is refused within seconds and a few hundred MB of memory (measured on
    the 2-core, 24 GB development machine). All are settings: ``read(path, limits=Limits(max_pages=500))``,
    ``extract(..., limits=...)``, and the batch runner's ``limits``.

    max_file_bytes (100 MB): the raw file, checked with stat() before a byte is read. The whole file is
        held in memory while it is read, so this bounds the input's memory. Reports with photos are a
        few MB; a 200-page scan reaches 50-80 MB.
    max_txt_bytes (20 MB): a plain-text file (known from its first bytes) larger than this is refused
        before it is read. 20 MB is some 10,000 pages of text; decoding and analysing it would take
        minutes.
    max_text_chars (2,000,000): extracted text, any format (~800 dense pages; a KFD report has 10,000
        to 50,000). The NLP and field rules run at about 20 s and 50 MB per million characters, so this
        keeps one file under a minute, the import's default per-file timeout.
    max_pages (2,000): PDF pages, from the page tree's /Count before any page is read, then counted.
    max_page_objects (100,000): objects (glyphs, paths, images, form uses) one PDF page may draw.
        pdfminer interprets content streams in pure Python (~0.1 ms per object: 300,000 tiny rectangles
        took 29 s); a real text page draws a few thousand glyphs. A page over the limit is skipped
        with a warning; a file whose every page is over it is ``too_large``.
    max_seconds (120): wall-clock budget for reading one PDF's pages or one docx body (a real PDF page
        takes 0.05-0.5 s, a docx paragraph 0.2 ms, so 120 s is hundreds of pages). Text is bounded by
        its size.
    max_inflated_bytes (200 MB): docx, the declared uncompressed size of all zip members together.
    max_compression_ratio (200): docx, a member over 1 MB that inflates more than this is a zip bomb
        (XML deflates 5-20 times, images barely).
    max_xml_bytes (50 MB): docx, one XML part, uncompressed (large documents have 5-20 MB). Parsed,
        86 MB of XML took 1.3 GB of memory.
    max_zip_members (5,000): docx, zip members (tens of parts, a few hundred with many images).
        max_inflated_bytes, max_compression_ratio, max_xml_bytes and max_zip_members hold for .odt too.
    max_convert_seconds (60): .doc and .rtf, LibreOffice's conversion to docx, killed (with every process
        it started) when over. A report converts in 1-3 s (6-10 s on a loaded 2-core machine); a tiny
        RTF declaring 2 GB of binary data kept LibreOffice busy past 60 s.
    max_convert_memory (2 GB): .doc and .rtf, LibreOffice's address space (it converts a report in about
        210 MB of memory and under a 1 GB address-space limit).
    max_rtf_depth (1,000): .rtf, groups nested in one another ("{{{...}}}"), checked before LibreOffice
        starts. Word and LibreOffice write a few dozen.
    max_image_pixels (80,000,000): pixels of one page image: an image file's page (checked from its
        header, before it is decoded: a decompression bomb declares billions) or a PDF page rendered
        for OCR (a page too large for it at the OCR resolution is rendered at a lower one). An A4 scan
        at 600 dpi has 35 million; Pillow's own guard warns at 89 million.
    max_ocr_seconds (1,800): wall-clock budget for the OCR of one file. OCR takes 2-4 s per page
        (docs/ocr.md), so this is some 500 pages; the import's per-file ``--timeout`` applies as well.
    """
    max_file_bytes: int = 100 * MB
    max_txt_bytes: int = 20 * MB
    max_text_chars: int = 2_000_000
    max_pages: int = 2_000
    max_page_objects: int = 100_000
    max_seconds: float = 120.0
    max_inflated_bytes: int = 200 * MB
    max_compression_ratio: int = 200
    max_xml_bytes: int = 50 * MB
    max_zip_members: int = 5_000
    max_convert_seconds: float = 60.0
    max_convert_memory: int = 2048 * MB
    max_rtf_depth: int = 1_000
    max_image_pixels: int = 80_000_000
    max_ocr_seconds: float = 1800.0


DEFAULT_LIMITS = Limits()


class Budget:
    """Stops a walk over a document's body past the text limit or the time limit, instead of checking at
    the end: a 30 MB docx of short random paragraphs held 55 million characters and took 270 s to walk."""

    def __init__(self, limits: Limits, path: Path):
        self.max_chars = limits.max_text_chars
        self.max_seconds = limits.max_seconds
        self.deadline = time.monotonic() + limits.max_seconds
        self.path = path
        self.chars = 0
        self.items = 0

    def spend(self, chars: int) -> None:
        self.chars += chars
        self.items += 1
        if self.chars > self.max_chars:
            raise ExtractionError("too_large", f"more than {self.max_chars:,} characters of text", self.path)
        if self.items % 256 == 0 and time.monotonic() > self.deadline:
            raise ExtractionError("timeout", f"reading stopped after {self.max_seconds:g} s", self.path)
