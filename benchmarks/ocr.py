"""OCR benchmark: scanned pages through the whole pipeline, side by side with bare Tesseract.

Run from the repository root (the machine is shared: run it when ``uptime`` shows a low load; the
load averages before and after are printed with the figures):

    python -m benchmarks.ocr                        # all parts, on the scanned set (samples/scanned)
    python -m benchmarks.ocr --parts cli,pipeline   # only some: cli, bindings, pipeline, workers, memory
    python -m benchmarks.ocr --json ocr.json

What it measures, on the pages of samples/scanned (23 pages: black and white and grayscale scans,
200 and 300 dpi, tilted, two turned on their side):

1. ``cli``: bare ``tesseract PAGE.png - -l deu tsv`` (Debian's binary, one process per page) on the page
   images the pipeline reads (each page rendered at 300 dpi, as ``--ocr auto`` renders it), with
   ``OMP_THREAD_LIMIT=1`` (one core, as a worker has) and with Tesseract's default threads.
2. ``bindings``: recognition alone through tesserocr (the C API in this process) and through
   pytesseract (the CLI per call, the image through a temporary file), on the same images.
3. ``pipeline``: ``extract()`` on each scanned file, the whole way (render, orientation and skew, OCR,
   layout, sections, entities, fields, validation); seconds per page. The headline is its ratio to
   the bare CLI per page (target <= 1.3).
4. ``workers``: pages per second through the real import (``run_import``, worker processes, a fresh
   SQLite database), each page a one-page PDF, with 1 and with 2 workers; wall clock.
5. ``memory``: peak RSS of a process extracting a 10-page and a 100-page scan (the scanned pages
   repeated): pages are read one at a time, so the peak must not grow with the page count.

Times are CPU seconds (this process and its children; other programs on the machine do not inflate
them) and wall seconds; with ``--repeat`` above 1 the fastest run counts and the spread is shown.
Docling reports 0.6-2.5 pages/s on CPU with OCR; the table puts the workers' pages/s beside it.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from benchmarks.run import peak_rss_kib, run_import

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ROOT / "samples" / "scanned"
PARTS = ("cli", "bindings", "pipeline", "workers", "memory")
DPI = 300
TARGET_RATIO = 1.3
DOCLING_PAGES_PER_S = (0.6, 2.5)


def _cpu() -> float:
    """CPU seconds of this process and of its waited-for children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(fn, repeat: int) -> dict:
    """Run ``fn`` ``repeat`` times; the fastest CPU and wall seconds, and the spread of the CPU times."""
    cpu, wall = [], []
    for _ in range(repeat):
        c, w = _cpu(), time.perf_counter()
        fn()
        cpu.append(_cpu() - c)
        wall.append(time.perf_counter() - w)
    return {"cpu_s": min(cpu), "wall_s": min(wall), "cpu_spread": (max(cpu) - min(cpu)) / min(cpu) if min(cpu) else 0}


def _scans() -> list[Path]:
    return sorted(p for p in SCANNED.iterdir() if p.suffix in (".pdf", ".tif"))


def _tiff_pages(scan: Path):
    """(index, the TIFF positioned at that page) for each page of a multi-page TIFF."""
    from PIL import Image

    with Image.open(scan) as tif:
        for i in range(tif.n_frames):
            tif.seek(i)
            yield i, tif


def page_images(work: Path) -> list[Path]:
    """Every scanned page as the pipeline sees it: rendered at 300 dpi in grayscale (a TIFF page at its own
    resolution), saved as PNG for the CLI."""
    import pypdfium2

    out = []
    for scan in _scans():
        if scan.suffix == ".tif":
            for i, frame in _tiff_pages(scan):
                out.append(work / f"{scan.stem}-{i + 1}.png")
                frame.convert("L").save(out[-1], dpi=frame.info["dpi"])
            continue
        pdf = pypdfium2.PdfDocument(scan)
        for i in range(len(pdf)):
            out.append(work / f"{scan.stem}-{i + 1}.png")
            pdf[i].render(scale=DPI / 72, grayscale=True).to_pil().convert("L").save(out[-1], dpi=(DPI, DPI))
        pdf.close()
    return out


def measure_cli(images: list[Path], repeat: int) -> dict:
    def run(env):
        for image in images:
            subprocess.run(["tesseract", str(image), "-", "-l", "deu", "tsv"], capture_output=True, check=True,
                           env={**os.environ, **env})
    version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split()[1]
    one = _timed(lambda: run({"OMP_THREAD_LIMIT": "1"}), repeat)
    default = _timed(lambda: run({}), repeat)
    return {"version": version, "pages": len(images), "one_thread": one, "default_threads": default}


def measure_bindings(images: list[Path], repeat: int) -> dict:
    import pytesseract
    from PIL import Image

    from extractor.readers.ocr.tesseract import engine

    loaded = [Image.open(p).convert("L") for p in images]
    tesseract = engine("deu")
    api = tesseract.api

    def with_tesserocr():
        for im in loaded:
            api.SetImage(im)
            api.Recognize()
            api.GetTSVText(0)

    def with_pytesseract():
        for im in loaded:
            pytesseract.image_to_data(im, lang="deu")

    env = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"  # pytesseract's CLI children, as in the CLI's one-thread figure
    try:
        return {"pages": len(loaded), "tesserocr": {"version": tesseract.version, **_timed(with_tesserocr, repeat)},
                "pytesseract": {"version": pytesseract.get_tesseract_version().base_version,
                                **_timed(with_pytesseract, repeat)}}
    finally:
        if env is None:
            del os.environ["OMP_THREAD_LIMIT"]
        else:
            os.environ["OMP_THREAD_LIMIT"] = env


def measure_pipeline(repeat: int) -> dict:
    from extractor.pipeline.engine import extract

    scans = _scans()
    extract(scans[-1])  # the spaCy pipeline and the Tesseract engine load once, as in a worker
    pages: dict[str, int] = {}

    def run():
        for scan in scans:
            pages[scan.name] = extract(scan)["source"]["pages"]
    return {**_timed(run, repeat), "pages": sum(pages.values()), "files": pages}


def split_pages(work: Path) -> list[Path]:
    """Every scanned page as a one-page PDF (the workers' jobs)."""
    import pypdfium2

    out = []
    for scan in _scans():
        if scan.suffix == ".tif":
            for i, frame in _tiff_pages(scan):
                out.append(work / f"{scan.stem}-{i + 1}.pdf")
                frame.convert("1").save(out[-1], "PDF", resolution=frame.info["dpi"][0])
            continue
        pdf = pypdfium2.PdfDocument(scan)
        for i in range(len(pdf)):
            one = pypdfium2.PdfDocument.new()
            one.import_pages(pdf, [i])
            out.append(work / f"{scan.stem}-{i + 1}.pdf")
            one.save(out[-1])
            one.close()
        pdf.close()
    return out


def measure_workers(work: Path, counts: tuple[int, ...]) -> dict:
    files = split_pages(work)
    out = {}
    for n in counts:
        res = run_import(files, n, work, f"ocr-{n}")
        out[str(n)] = {"pages": len(files), "seconds": res["seconds"], "pages_per_s": res["docs_per_s"],
                       "steady_pages_per_s": res["steady_docs_per_s"], "failed": res["failed"],
                       "rss_worker_mb": res["rss_worker_kib"] / 1024}
    return out


def long_scan(work: Path, pages: int) -> Path:
    """A ``pages``-page scan: the scanned set's PDF pages, repeated."""
    import pypdfium2

    out = pypdfium2.PdfDocument.new()
    sources = [pypdfium2.PdfDocument(p) for p in _scans() if p.suffix == ".pdf"]
    while len(out) < pages:
        for src in sources:
            for i in range(len(src)):
                if len(out) < pages:
                    out.import_pages(src, [i])
    path = work / f"scan-{pages}.pdf"
    out.save(path)
    return path


def measure_memory(work: Path, sizes: tuple[int, ...]) -> dict:
    code = textwrap.dedent("""
        import json, sys, time
        from extractor.pipeline.engine import extract
        from benchmarks.run import peak_rss_kib
        started = time.monotonic()
        record = extract(sys.argv[1])
        print(json.dumps({"pages": record["source"]["pages"], "ocr_pages": len(record["source"]["ocr"]["pages"]),
                          "seconds": time.monotonic() - started, "rss_kib": peak_rss_kib()}))
    """)
    out = {}
    for n in sizes:
        path = long_scan(work, n)
        proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, cwd=ROOT)
        if proc.returncode:
            raise RuntimeError(proc.stderr[-2000:])
        res = json.loads(proc.stdout.splitlines()[-1])
        out[str(n)] = {**res, "rss_mb": res["rss_kib"] / 1024, "file_mb": path.stat().st_size / 1e6}
    return out


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def report(res: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=140)
    console.print(f"load average before: {res['load_before']}, after: {res['load_after']} (2 cores; CPU seconds "
                  "are little affected by load, wall seconds are)")
    t = Table(title="Seconds per page", title_justify="left")
    for col in ("what", "pages", "CPU s/page", "wall s/page", "CPU spread"):
        t.add_column(col, justify="right" if col != "what" else "left")
    rows = []
    if "cli" in res:
        c = res["cli"]
        rows += [(f"bare tesseract {c['version']} CLI, 1 thread", c["pages"], c["one_thread"]),
                 (f"bare tesseract {c['version']} CLI, default threads (OpenMP)", c["pages"], c["default_threads"])]
    if "bindings" in res:
        b = res["bindings"]
        rows += [(f"tesserocr {b['tesserocr']['version']}: recognition only", b["pages"], b["tesserocr"]),
                 (f"pytesseract (tesseract {b['pytesseract']['version']}): recognition only", b["pages"],
                  b["pytesseract"])]
    if "pipeline" in res:
        rows.append(("pipeline: extract() whole way", res["pipeline"]["pages"], res["pipeline"]))
    for name, pages, m in rows:
        t.add_row(name, str(pages), f"{m['cpu_s'] / pages:.2f}", f"{m['wall_s'] / pages:.2f}",
                  f"{m.get('cpu_spread', 0):.0%}")
    if "cli" in res and "pipeline" in res:
        ratio = (res["pipeline"]["cpu_s"] / res["pipeline"]["pages"]) / (res["cli"]["one_thread"]["cpu_s"]
                                                                          / res["cli"]["pages"])
        res["ratio_pipeline_to_cli"] = ratio
        t.caption = f"pipeline / bare CLI (1 thread), CPU per page: {ratio:.2f}x (target <= {TARGET_RATIO})"
    if rows:
        console.print(t)
    if "workers" in res:
        t = Table(title="Pages per second through the import (one-page PDFs, fresh SQLite)", title_justify="left")
        for col in ("workers", "pages", "wall s", "pages/s", "steady pages/s", "peak RSS worker"):
            t.add_column(col, justify="right")
        for n, w in res["workers"].items():
            t.add_row(n, str(w["pages"]), f"{w['seconds']:.0f}", f"{w['pages_per_s']:.2f}",
                      f"{w['steady_pages_per_s']:.2f}" if w["steady_pages_per_s"] else "-", f"{w['rss_worker_mb']:.0f} MB")
        lo, hi = DOCLING_PAGES_PER_S
        t.caption = f"Docling (its own report): {lo}-{hi} pages/s on CPU with OCR"
        console.print(t)
    if "memory" in res:
        t = Table(title="Peak RSS extracting one long scan (fresh process)", title_justify="left")
        for col in ("pages", "file", "seconds", "peak RSS"):
            t.add_column(col, justify="right")
        for n, m in res["memory"].items():
            t.add_row(n, f"{m['file_mb']:.1f} MB", f"{m['seconds']:.0f}", f"{m['rss_mb']:.0f} MB")
        console.print(t)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated: {','.join(PARTS)}")
    parser.add_argument("--repeat", type=int, default=1, help="runs per timing; the fastest counts (default 1)")
    parser.add_argument("--memory-pages", default="10,100", help="page counts of the long scans (default 10,100)")
    parser.add_argument("--json", help="also write the figures as JSON to this file")
    args = parser.parse_args(argv)
    parts = [p for p in args.parts.split(",") if p]
    if not set(parts) <= set(PARTS):
        parser.error(f"--parts: choose from {','.join(PARTS)}")
    res: dict = {"load_before": _load()}
    with tempfile.TemporaryDirectory(prefix="ocr-bench-") as tmp:
        work = Path(tmp)
        images = page_images(work) if {"cli", "bindings"} & set(parts) else []
        if "cli" in parts:
            res["cli"] = measure_cli(images, args.repeat)
        if "bindings" in parts:
            res["bindings"] = measure_bindings(images, args.repeat)
        if "pipeline" in parts:
            res["pipeline"] = measure_pipeline(args.repeat)
        if "workers" in parts:
            res["workers"] = measure_workers(work, (1, 2))
        if "memory" in parts:
            res["memory"] = measure_memory(work, tuple(int(n) for n in args.memory_pages.split(",")))
    res["load_after"] = _load()
    report(res)
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2) + "\n")


if __name__ == "__main__":
    main()
