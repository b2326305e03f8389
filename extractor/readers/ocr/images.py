"""Page images from image files (PNG, JPEG, TIFF with any number of pages), decoded by Pillow one page at a
time, with the usual typed errors: ``corrupt`` for what Pillow cannot decode, ``too_large`` for a page over
``Limits.max_image_pixels`` (checked from the header, before a pixel is decoded) or a TIFF with more
pages than ``Limits.max_pages``.

Each page comes as a grayscale image with its resolution: the file's own when it is plausible (it
makes a page between 3.5 and 17 inches wide), else that of an A4 page across the image's shorter side
(scanners and phones write 72 or 96 dpi when they know nothing). Pages above the OCR resolution are
scaled down to it (a 600 dpi scan reads as well at 300, in a quarter of the time). A JPEG's EXIF
orientation is applied (a phone's photo of a page); Tesseract's OSD turns what is still on its side.
"""
from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from extractor.core.errors import ExtractionError

from ..limits import Limits

PILLOW_FORMATS = {"PNG": "png", "JPEG": "jpeg", "TIFF": "tiff"}  # Pillow's name -> source.format
A4_SHORT_INCHES = 210 / 25.4
PLAUSIBLE_WIDTH_INCHES = (3.5, 17.0)
_DOWNSCALE_ABOVE = 1.1      # a page less than 10% above the OCR resolution is left as it is


def open_image(data: bytes, path: Path) -> Image.Image:
    """The image file, opened (its header read, nothing decoded)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own cap decides
            return Image.open(io.BytesIO(data), formats=list(PILLOW_FORMATS))
    except Image.DecompressionBombError as exc:
        raise ExtractionError("too_large", f"the image is too large to decode ({exc})", path) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ExtractionError("corrupt", f"damaged image ({type(exc).__name__}: {exc})"[:300], path) from None


def page_images(image: Image.Image, path: Path, limits: Limits, max_dpi: int) -> Iterator[tuple[Image.Image, float]]:
    """Each page of an opened image file: (grayscale image, its dpi), decoded when its turn comes."""
    count = getattr(image, "n_frames", 1)
    if count > limits.max_pages:
        raise ExtractionError("too_large", f"{count:,} pages exceed the limit of {limits.max_pages:,}", path)
    for index in range(count):
        try:
            image.seek(index)
            width, height = image.size
            if width * height > limits.max_image_pixels:
                raise ExtractionError("too_large", f"page {index + 1} has {width:,} x {height:,} pixels, over the "
                                      f"limit of {limits.max_image_pixels:,}", path)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                page = _grayscale(ImageOps.exif_transpose(image))
        except ExtractionError:
            raise
        except Image.DecompressionBombError as exc:
            raise ExtractionError("too_large", f"page {index + 1} is too large to decode ({exc})", path) from None
        except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:  # truncated or damaged data
            raise ExtractionError("corrupt", f"damaged image, page {index + 1} ({type(exc).__name__}: {exc})"[:300],
                                  path) from None
        dpi = _dpi(image.info.get("dpi"), page.size)
        if dpi > max_dpi * _DOWNSCALE_ABOVE:
            factor = max_dpi / dpi
            page = page.resize((max(1, round(page.width * factor)), max(1, round(page.height * factor))),
                               Image.Resampling.LANCZOS, reducing_gap=2.0)
            dpi = max_dpi
        yield page, dpi


def _grayscale(image: Image.Image) -> Image.Image:
    """8-bit grayscale; transparency over white, 16-bit samples scaled down, not clipped."""
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        white = Image.new("RGBA", image.size, "white")
        return Image.alpha_composite(white, image.convert("RGBA")).convert("L")
    if image.mode.startswith("I;16") or image.mode == "I":
        return image.convert("I").point(lambda v: v / 256).convert("L")
    return image.convert("L")


def _dpi(declared, size: tuple[int, int]) -> float:
    short = min(size)
    try:
        dpi = float(declared[0])
    except (TypeError, ValueError, IndexError):
        dpi = 0.0
    low, high = PLAUSIBLE_WIDTH_INCHES
    if dpi > 0 and low <= size[0] / dpi <= high:
        return dpi
    return short / A4_SHORT_INCHES
