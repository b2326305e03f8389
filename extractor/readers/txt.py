"""Plain text: encoding detection (BOMs, UTF-16 without BOM, strict UTF-8, charset-normalizer), a block per line."""
from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from extractor.core.document import Document, DocumentBuilder, DocumentMeta
from extractor.core.errors import ExtractionError
from extractor.core.textnorm import normalise_newlines
from .files import sha256_of
from .markers import LIST_MARKER
from .options import ReadOptions

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Legacy encodings a German office file can plausibly be in; keeps charset-normalizer
# from choosing exotic code pages for short texts.
_LEGACY = ["cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman", "utf_16", "utf_16_le", "utf_16_be"]
_MAX_CONTROL_RATIO = 0.01
# UTF-16 without BOM: at least this share of zero high bytes (Latin text: nearly all), and
# almost no zero low bytes (a zero low byte is U+0000 or U+xx00, rare in text).
_UTF16_SAMPLE = 65_536
_UTF16_MIN_ZEROS = 0.3
_UTF16_MAX_OTHER_ZEROS = 0.02


def decode(data: bytes, path: Path | str | None = None) -> tuple[str, str]:
    """Return (text, encoding name)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise ExtractionError("decode", f"starts with a {name} BOM but does not decode: {exc.reason}",
                                      path) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is None:
        raise ExtractionError("decode", "not text in any supported encoding (binary data?)", path)
    return str(best), best.encoding


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a BOM, told by its zero bytes: Latin text has a zero in every other byte.

    Checked before UTF-8 because plain-ASCII UTF-16 is valid UTF-8 (full of NUL characters).
    """
    sample = data[:_UTF16_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    for name, zeros, other in (("utf-16-le", zeros_odd, zeros_even), ("utf-16-be", zeros_even, zeros_odd)):
        if zeros >= _UTF16_MIN_ZEROS and other <= _UTF16_MAX_OTHER_ZEROS:
            try:
                return data.decode(name), name
            except UnicodeDecodeError:  # odd length, lone surrogates: not UTF-16 after all
                return None
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:100_000]
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return controls > max(2, _MAX_CONTROL_RATIO * len(sample))


def read(path: Path, data: bytes, options: ReadOptions) -> Document:
    limits = options.limits
    text, encoding = decode(data, path)
    if _looks_binary(text):
        raise ExtractionError("corrupt", "binary data, not a text file", path)
    if len(text) > limits.max_text_chars:
        raise ExtractionError("too_large", f"{len(text):,} characters exceed the limit of {limits.max_text_chars:,}",
                              path)
    builder = DocumentBuilder()
    blank = False
    for line in normalise_newlines(text).split("\n"):
        if not line.strip():
            blank = True
            continue
        expanded = line.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip())
        kind = "list_item" if LIST_MARKER.match(line) else "paragraph"
        builder.add(kind, line, gap_before=blank, indent=indent)
        blank = False
    meta = DocumentMeta(path=str(path), format="txt", sha256=sha256_of(data), size=len(data), encoding=encoding)
    return builder.build(meta)
