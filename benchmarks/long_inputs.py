"""Speed on long inputs, the figures side by side (these were timed asserts in unit tests once):

1. one long txt report (the Plochingen report repeated) at 100,000, 200,000 and 400,000 characters:
   CPU seconds and seconds per 100,000 characters, which stay about equal when the time is linear
   (sentence starts set token by token through spaCy once made 200,000 characters take 25 s);
2. each real PDF of samples/real-pdf read by both PDF engines: CPU seconds and pages.

    python -m benchmarks.long_inputs                # both
    python -m benchmarks.long_inputs --sizes 100000,1000000
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from extractor.pipeline.engine import extract
from extractor.readers import ReadOptions, read

ROOT = Path(__file__).resolve().parent.parent


def cpu_seconds(fn) -> tuple[float, object]:
    started = time.process_time()
    result = fn()
    return time.process_time() - started, result


def long_text(sizes: list[int]) -> None:
    base = (ROOT / "samples" / "plochingen.txt").read_text(encoding="utf-8")
    extract(ROOT / "samples" / "plochingen.txt")   # the NLP model loaded before timing
    print(f"{'characters':>12} {'CPU s':>8} {'s per 100k':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"long-{size}.txt"
            path.write_text((base * (size // len(base) + 1))[:size], encoding="utf-8")
            seconds, record = cpu_seconds(lambda: extract(path))
            assert len(record["text"]) > size * 0.97
            print(f"{size:>12,} {seconds:>8.1f} {seconds / size * 100_000:>11.2f}")


def real_pdfs() -> None:
    engines = ("pdfium", "pdfplumber")
    print(f"\n{'file':<70} {'pages':>5} " + " ".join(f"{e + ' s':>13}" for e in engines))
    for path in sorted((ROOT / "samples" / "real-pdf").glob("*.pdf")):
        row, pages = [], None
        for engine in engines:
            seconds, doc = cpu_seconds(lambda: read(path, ReadOptions(pdf_engine=engine)))
            pages = doc.meta.pages
            row.append(f"{seconds:>13.2f}")
        print(f"{path.name[:70]:<70} {pages:>5} " + " ".join(row))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100000,200000,400000", help="characters of the long txt, comma-separated")
    ap.add_argument("--skip-pdf", action="store_true")
    args = ap.parse_args()
    long_text([int(s) for s in args.sizes.split(",")])
    if not args.skip_pdf:
        real_pdfs()


if __name__ == "__main__":
    main()
