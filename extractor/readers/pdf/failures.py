"""What an engine could not read, reported with the same codes and words whichever engine read the file."""
from __future__ import annotations

from pathlib import Path

from extractor.core.errors import ExtractionError
from extractor.core.warnings import RecordWarning

from ..limits import Limits


def describe(exc: BaseException) -> str:
    """A library exception in a message: its type and its first 120 characters, on one line."""
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def password_error(path: Path, password: str | None) -> ExtractionError:
    if password:
        return ExtractionError("encrypted", "wrong password for this PDF", path)
    return ExtractionError("encrypted", "password protected; pass --password", path)


def encryption_error(exc: BaseException, path: Path) -> ExtractionError:
    return ExtractionError("encrypted", f"unsupported PDF encryption ({describe(exc)})", path)


def damaged_error(exc: BaseException, path: Path) -> ExtractionError:
    return ExtractionError("corrupt", f"damaged PDF ({describe(exc)})", path)


def no_pages_error(path: Path) -> ExtractionError:
    return ExtractionError("corrupt", "the PDF has no pages", path)


def timeout_error(number: int, limits: Limits, path: Path) -> ExtractionError:
    return ExtractionError("timeout", f"reading stopped at page {number} after {limits.max_seconds:g} s", path)


def check_page_count(count: int | None, limits: Limits, path: Path) -> None:
    """Refuse a file with more pages (declared or found) than ``limits.max_pages``."""
    if count is not None and count > limits.max_pages:
        raise ExtractionError("too_large", f"{count:,} pages exceed the limit of {limits.max_pages:,}", path)


def skipped_page(number: int, limits: Limits) -> RecordWarning:
    return RecordWarning(code="page_skipped", message=f"page {number} draws more than {limits.max_page_objects:,} "
                                                      "objects; its text was not read")


def unreadable_page(number: int, exc: BaseException) -> RecordWarning:
    return RecordWarning(code="page_unreadable", message=f"page {number} could not be read ({describe(exc)})")
