"""Scanned versions of the project's own born-digital reports: the labelled scanned set (samples/scanned/)
and the files the OCR tests read.

Run from the repository root:

    python -m testkit.scans             # writes samples/scanned/: the scans, their gold, README.md

Every scan is made from a committed born-digital PDF (samples/corpus/, samples/plochingen.pdf) the way
a scanner or a fax machine makes one from the printed report: each page rendered at the scan's
resolution, tilted by up to a degree either way, blurred (the optics), its paper and ink given a
tone, noise and specks of dust, then stored as an office scanner stores it: black and white (CCITT
Group 4) or grayscale JPEG. Some scans carry a page turned on its side, one is a mixed PDF (its
first page born-digital, the rest scanned), one a multi-page TIFF. The gold of each scan is its
born-digital twin's gold (the text is the same report), with its own file name.

Deterministic: the noise is seeded by the file name, Pillow writes no dates, so a rebuild gives
byte-identical files. The sizes stay small (some 40 KB a page black and white, 200 KB grayscale).
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OUT = SAMPLES / "scanned"


@dataclass(frozen=True)
class Scan:
    """How one report is scanned."""
    source: str                     # the born-digital PDF, relative to samples/
    gold: str                       # its gold record, relative to samples/
    dpi: int = 200                  # scan resolution
    gray: bool = False              # grayscale JPEG; else black and white (Group 4)
    turned: dict[int, int] | None = None  # page -> degrees turned clockwise (the sheet fed on its side)
    born_digital: tuple[int, ...] = ()    # pages kept born-digital (a mixed PDF)
    tiff: bool = False              # a multi-page TIFF instead of a PDF

    @property
    def name(self) -> str:
        return Path(self.source).stem + (".tif" if self.tiff else ".pdf")


SCANS = (
    Scan("corpus/birkenweiler.pdf", "corpus/birkenweiler.gold.json"),
    Scan("corpus/haslenbronn.pdf", "corpus/haslenbronn.gold.json", dpi=300),
    Scan("corpus/kaltenweiler.pdf", "corpus/kaltenweiler.gold.json", gray=True),
    Scan("corpus/kappelrain.pdf", "corpus/kappelrain.gold.json", turned={2: 90}),
    Scan("corpus/obersulmingen.pdf", "corpus/obersulmingen.gold.json", born_digital=(1,)),
    Scan("corpus/wendlingshausen.pdf", "corpus/wendlingshausen.gold.json", tiff=True),
    Scan("plochingen.pdf", "real/plochingen.gold.json", dpi=300, turned={4: 270}),
)

TILT = 1.0              # degrees, at most, either way
BLUR = 0.35             # Gaussian blur radius in pixels at 100 dpi (the scanner's optics)
PAPER, INK = 245, 30    # gray levels of the scanned paper and ink
NOISE = 3.0             # standard deviation of the sensor noise, gray levels
DUST = 0.0003           # share of pixels with a speck of dust
THRESHOLD = 150         # black and white: darker than this is ink
JPEG_QUALITY = 40
SCANNED_AT = datetime(2017, 7, 20, 8, 30).timetuple()  # a fixed date: rebuilds are byte-identical


def scan_page(page: pypdfium2.PdfPage, dpi: int, tilt: float, turned: int, rng: np.random.Generator,
              gray: bool) -> Image.Image:
    """One page as the scanner sees it."""
    image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if turned:
        image = image.rotate(-turned, expand=True)  # Pillow turns anticlockwise
    image = image.filter(ImageFilter.GaussianBlur(BLUR * dpi / 100))
    pixels = np.asarray(image, dtype=np.float32) * ((PAPER - INK) / 255) + INK
    pixels += rng.normal(0.0, NOISE, pixels.shape)
    pixels[rng.random(pixels.shape) < DUST] = INK
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return image if gray else image.point(lambda v: 255 if v > THRESHOLD else 0, mode="1")


def scan_report(scan: Scan) -> bytes:
    """The scanned file of one report."""
    rng = np.random.default_rng(int(hashlib.sha256(scan.name.encode()).hexdigest()[:16], 16))
    source = pypdfium2.PdfDocument(SAMPLES / scan.source)
    pages = []
    for i in range(len(source)):
        number = i + 1
        if number in scan.born_digital:
            pages.append(None)
            continue
        tilt = float(rng.uniform(0.5, 1.0) * TILT * (1 if i % 2 else -1))
        pages.append(scan_page(source[i], scan.dpi, tilt, (scan.turned or {}).get(number, 0), rng, scan.gray))
    out = io.BytesIO()
    if scan.tiff:
        pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:], compression="group4",
                      dpi=(scan.dpi, scan.dpi))
        return out.getvalue()
    scanned = [p for p in pages if p is not None]
    jpeg = {"quality": JPEG_QUALITY} if scan.gray else {}
    scanned[0].save(out, "PDF", save_all=True, append_images=scanned[1:], resolution=scan.dpi,
                    creationDate=SCANNED_AT, modDate=SCANNED_AT, **jpeg)
    if not scan.born_digital:
        return out.getvalue()
    return _mixed(source, pypdfium2.PdfDocument(out.getvalue()), pages)


def _mixed(source: pypdfium2.PdfDocument, scans: pypdfium2.PdfDocument, pages: list) -> bytes:
    """A PDF of the born-digital pages (where ``pages`` has None) and the scanned ones, in order."""
    mixed = pypdfium2.PdfDocument.new()
    k = 0
    for i, page in enumerate(pages):
        if page is None:
            mixed.import_pages(source, [i])
        else:
            mixed.import_pages(scans, [k])
            k += 1
    out = io.BytesIO()
    mixed.save(out)
    return _fixed_stamps(out.getvalue())


def _fixed_stamps(pdf: bytes) -> bytes:
    """pdfium stamps a saved file with the time and a random file ID; both become fixed (of the same
    length, so the cross-reference offsets stay right)."""
    pdf = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:" + time.strftime("%Y%m%d%H%M%S", SCANNED_AT).encode(),
                 pdf)
    blank = re.sub(rb"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\]", b"/ID[<" + b"0" * 32 + b"><" + b"0" * 32 + b">]", pdf)
    file_id = hashlib.md5(blank).hexdigest().upper().encode()
    return blank.replace(b"/ID[<" + b"0" * 32 + b"><" + b"0" * 32 + b">]", b"/ID[<" + file_id + b"><" + file_id + b">]")


def gold_for(scan: Scan) -> dict:
    gold = json.loads((SAMPLES / scan.gold).read_text(encoding="utf-8"))
    gold["file"] = scan.name
    gold["format"] = "tiff" if scan.tiff else "pdf"
    return gold


README = """# Scanned reports: a labelled set for OCR

Scans of born-digital reports of this repository, made by `python -m testkit.scans` (see its docstring:
tilt, blur, noise, dust; black and white or grayscale; pages turned on their side; a mixed PDF; a
multi-page TIFF). Do not edit by hand: change the script and rebuild. Each `<name>.gold.json` is the
gold of the born-digital twin (from samples/corpus/ and samples/real/), so
`report-extractor eval samples/scanned` measures what OCR costs against the same reports read from
their text layer (tests/reports/test_evaluate.py compares the two; docs/ocr.md has the figures).

| file | from | scan |
|---|---|---|
{rows}
"""


def _describe(scan: Scan) -> str:
    parts = [f"{scan.dpi} dpi", "grayscale JPEG" if scan.gray else "black and white"]
    if scan.tiff:
        parts.append("multi-page TIFF (Group 4)")
    for page, degrees in (scan.turned or {}).items():
        parts.append(f"page {page} turned {degrees}° clockwise")
    if scan.born_digital:
        parts.append("mixed: page(s) " + ", ".join(map(str, scan.born_digital)) + " born-digital")
    return ", ".join(parts)


def build(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for scan in SCANS:
        path = out / scan.name
        path.write_bytes(scan_report(scan))
        gold = out / (Path(scan.name).stem + ".gold.json")
        gold.write_text(json.dumps(gold_for(scan), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written += [path, gold]
    rows = "\n".join(f"| {s.name} | samples/{s.source} | {_describe(s)} |" for s in SCANS)
    (out / "README.md").write_text(README.format(rows=rows), encoding="utf-8")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder to write (default: {OUT})")
    args = parser.parse_args()
    for path in build(args.out):
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
