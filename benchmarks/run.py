"""Throughput benchmark: the pipeline per format and per stage, side by side with the raw libraries.

Run from the repository root:

    python -m benchmarks.run                          # 300 generated reports per format
    python -m benchmarks.run --n 60 --formats txt,pdf --json bench.json
    python -m benchmarks.run --pdf-backends pdfium,pdfplumber   # both pdf engines, side by side
    python -m benchmarks.run --formats pdf --pdf-dir samples/forms/pdf   # LibreOffice exports of Word forms
    python -m benchmarks.run --memory                 # peak RSS importing 500 and 5,000 documents

What it does, in one run:

1. Generates N reports per format with the corpus generator (``testkit.corpus``, one seed
   per 72 reports, so every file is a different report) into a temporary folder, or reuses
   ``--corpus-dir``.
2. Per document, in this process (spaCy pipeline loaded once): the stages of ``extract`` -- read,
   split, entities, fields, validate -- and the store (one row into a fresh SQLite database), and
   the floor: the same file through the raw library alone (``open().read()``, python-docx paragraph
   text, pdfplumber ``extract_text``, pypdfium2 ``get_text_range``) and spaCy's tokeniser alone
   (``spacy.blank("de").make_doc``) on the same text. Times are CPU time of this process
   (``time.process_time``): other programs on the machine do not inflate them, and the pipeline
   and its floor are measured alike, document by document, interleaved.
3. Documents per second through the real import path (``extractor.importer.run_import`` with its
   worker processes, into a fresh SQLite database), with 1 worker and with ``--workers``
   (default: all cores), wall-clock, worker start-up included; peak RSS of the importing process
   and of its largest worker.

The headline is the ratio of the pipeline (read to validated record) to its floor.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FORMATS = ("txt", "docx", "pdf")
STAGES = ("read", "split", "entities", "fields", "validate")
WIDTH = 180  # the tables are wider than a terminal's default 80 columns
TABLES_TO = sys.stdout  # stderr when the JSON goes to stdout
TARGETS = {"txt": 2.0, "docx": 2.0, "pdf_pdfplumber": 1.5, "pdf_pypdfium2": 3.0, "scaling": 1.7}


# ------------------------------------------------------------------------------------------ corpus

def _build_one(job: tuple[str, int, dict, str]) -> tuple[str, str, str]:
    seed, index, plan, out = job
    from testkit.corpus.build import build_report  # here, not at the top: the import child stays lean
    data, _gold, _features = build_report(index, plan, seed)
    path = Path(out) / plan["fmt"] / f"{seed}-{index:02d}-{plan['name']}.{plan['fmt']}"
    path.write_bytes(data)
    return plan["fmt"], str(path), hashlib.sha256(data).hexdigest()


def generate(out: Path, n: int, formats: tuple[str, ...], workers: int) -> dict[str, list[Path]]:
    """``n`` generated reports per format in ``out/<fmt>/``; reused when already there."""
    manifest = out / "manifest.json"
    if manifest.exists():
        have = json.loads(manifest.read_text())
        if all(len(have.get(f, [])) >= n for f in formats):
            return {f: [Path(p) for p in have[f][:n]] for f in formats}
    from testkit.corpus.plan import DEFAULT_COUNT, plan_corpus
    jobs = []
    per_seed = DEFAULT_COUNT // 3  # reports of one format per seed (a seed plans a corpus: a third per format)
    for k in range(math.ceil(n / per_seed)):
        seed = f"bench{k:03d}"
        plans = plan_corpus(seed, DEFAULT_COUNT)
        taken = {f: 0 for f in formats}
        for index, plan in enumerate(plans):
            fmt = plan["fmt"]
            if fmt in formats and taken[fmt] < n - k * per_seed:
                taken[fmt] += 1
                jobs.append((seed, index, plan, str(out)))
    for f in formats:
        (out / f).mkdir(parents=True, exist_ok=True)
    paths: dict[str, list[str]] = {f: [] for f in formats}
    seen: set[str] = set()
    started = time.monotonic()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for i, (fmt, path, sha) in enumerate(pool.map(_build_one, jobs, chunksize=4), start=1):
            if sha in seen:  # two seeds wrote the same bytes: change this copy so the import keeps both
                sha = _make_unique(Path(path), i)
            seen.add(sha)
            paths[fmt].append(path)
            if i % 100 == 0:
                _say(f"  generated {i}/{len(jobs)} reports ({time.monotonic() - started:.0f} s)")
    manifest.write_text(json.dumps(paths, indent=1))
    return {f: [Path(p) for p in paths[f][:n]] for f in formats}


def _make_unique(path: Path, k: int) -> str:
    """A content-neutral change: a trailing blank line (txt), a comment after %%EOF (pdf), a zip comment (docx)."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        data += f"\n% copy {k}\n".encode()
    elif path.suffix == ".docx":
        buf = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                dst.writestr(item, src.read(item.filename))
            dst.comment = f"copy {k}".encode()
        data = buf.getvalue()
    else:
        data += b"\n" + b" " * (k % 50 + 1) + b"\n"
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


# ------------------------------------------------------------------------------------------ in-process

def _cpu_ms(fn, *args):
    t0 = time.process_time()
    out = fn(*args)
    return (time.process_time() - t0) * 1000, out


def _floor_read(fmt: str, path: Path) -> dict[str, float]:
    """The raw library alone, CPU ms: what reading this file costs without the pipeline."""
    if fmt == "txt":
        def raw():
            with open(path, encoding="utf-8", errors="replace") as fh:
                return fh.read()
        return {"open_read": _cpu_ms(raw)[0]}
    if fmt == "docx":
        import docx

        def raw():
            return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        return {"python_docx": _cpu_ms(raw)[0]}
    import pdfplumber
    import pypdfium2

    def plumber():
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)

    def pdfium():
        pdf = pypdfium2.PdfDocument(path)
        try:
            parts = []
            for i in range(len(pdf)):
                page = pdf[i]
                textpage = page.get_textpage()
                parts.append(textpage.get_text_range())
                textpage.close()
                page.close()
            return "\n".join(parts)
        finally:
            pdf.close()
    return {"pdfplumber": _cpu_ms(plumber)[0], "pypdfium2": _cpu_ms(pdfium)[0]}


def _pdf_read_parts(path: Path, options) -> dict[str, float]:
    """The pdf read stage in parts, CPU ms: the engine's words and ruling lines, the layout (lines,
    tables, columns, blocks), and within the layout the ruled-table finder alone."""
    from extractor.readers.pdf import ENGINES
    from extractor.readers.pdf.layout import layout
    from extractor.readers.pdf.settings import DEFAULT_LAYOUT
    from extractor.readers.pdf.tables import ruled_cells

    data = path.read_bytes()
    words_ms, pages = _cpu_ms(ENGINES[options.pdf_engine], path, data, options, [])
    if pages is None:  # declined (damaged): not part of this breakdown
        return {}
    layout_ms = _cpu_ms(layout, pages)[0]
    tables_ms = _cpu_ms(lambda: [ruled_cells(p.rules, DEFAULT_LAYOUT) for p in pages])[0]
    return {"read_words": words_ms, "read_layout": layout_ms, "read_tables": tables_ms,
            "ruled_pages": sum(1 for p in pages if ruled_cells(p.rules, DEFAULT_LAYOUT))}


def measure_in_process(paths: dict[str, list[Path]], pdf_backends: list[str], skip_store: bool,
                       work: Path) -> dict:
    """Per-document CPU ms per stage and of the floor, by format (pdf once per backend)."""
    import spacy

    from extractor import __version__
    from extractor.bulk.store import FileResult, open_store
    from extractor.core import registry
    from extractor.nlp import get_nlp
    from extractor.pipeline.engine import build_record
    from extractor.readers import ReadOptions, read
    from extractor.readers.formats import by_suffix

    rt = registry.get("kfd")
    nlp = get_nlp()
    tokenizer = spacy.blank("de")
    store = None if skip_store else open_store(work / "stages.db")
    results: dict[str, dict] = {}
    runs = [(fmt, None) for fmt in paths if fmt != "pdf"]
    runs += [("pdf", b) for b in pdf_backends] if "pdf" in paths else []
    for fmt, backend in runs:
        name = fmt if backend is None else f"pdf ({backend})"
        options = ReadOptions(pdf_engine=backend or "pdfium")
        files = paths[fmt]
        rows: list[dict[str, float]] = []
        failed = 0
        for i, path in enumerate([files[0]] + files):  # the first file once more, untimed: warm-up
            row: dict[str, float] = {}
            t0 = time.perf_counter()
            try:
                row["read"], doc = _cpu_ms(read, path, options)
                timings: dict[str, float] = {}
                record = build_record(doc, rt, timings=timings)
            except Exception as exc:  # noqa: BLE001 -- a failed file is counted, not fatal
                failed += i > 0
                _say(f"  {path.name}: {type(exc).__name__}: {exc}")
                continue
            row.update({k: v * 1000 for k, v in timings.items()})
            row["pipeline"] = sum(row[s] for s in STAGES)
            row["pipeline_wall"] = (time.perf_counter() - t0) * 1000
            if store is not None:
                key = str(work / "rows" / name / path.name)
                row["store"] = _cpu_ms(store.save, FileResult(
                    path=key, sha256=record["source"]["sha256"], size=path.stat().st_size,
                    format=by_suffix(path).name, report_type=rt.name,
                    schema_version=record["schema_version"], extractor_version=__version__, record=record,
                    headline=rt.headline(record), error_code=None, error_message=None, duration_ms=round(row["pipeline_wall"])))[0]
            row.update(_floor_read(fmt, path) if backend in (None, pdf_backends[0]) else {})
            if fmt == "pdf":
                row.update(_pdf_read_parts(path, options))
            row["tokenise"] = _cpu_ms(tokenizer.make_doc, doc.text)[0]
            row["tokenise_pipeline"] = _cpu_ms(nlp.make_doc, doc.text)[0]
            row["chars"] = len(doc.text)
            row["pages"] = doc.meta.pages or 0
            if i > 0:
                rows.append(row)
        if fmt == "pdf" and rows:
            results_extra = {
                "pages_total": int(sum(r["pages"] for r in rows)),
                "ruled_pages_total": int(sum(r.get("ruled_pages", 0) for r in rows)),
                "per_page_ms": {k: statistics.median(r[k] / max(r["pages"], 1) for r in rows if k in r)
                                for k in ("read", "read_words", "read_layout", "pipeline")}}
            ruled = [r["read_tables"] / r["ruled_pages"] for r in rows if r.get("ruled_pages")]
            results_extra["per_page_ms"]["read_tables"] = statistics.median(ruled) if ruled else 0.0
        else:
            results_extra = {}
        results[name] = {**results_extra, "format": fmt, "backend": backend, "docs": len(rows), "failed": failed,
                         "median_ms": {k: statistics.median(r[k] for r in rows) for k in rows[0]} if rows else {},
                         "mean_ms": {k: statistics.fmean(r[k] for r in rows) for k in rows[0]} if rows else {}}
        _say(f"  {name}: {len(rows)} documents measured")
    if store is not None:
        store.close()
    # pdf floors come from the first backend's rows; give every pdf row the same floor figures
    pdf_rows = [r for r in results.values() if r["format"] == "pdf"]
    for r in pdf_rows[1:]:
        for stat in ("median_ms", "mean_ms"):
            for k in ("pdfplumber", "pypdfium2"):
                r[stat][k] = pdf_rows[0][stat][k]
    return results


def ratios(row: dict) -> dict[str, float]:
    """Pipeline time over its floor (medians per document)."""
    m = row["median_ms"]
    if not m:
        return {}
    if row["format"] == "txt":
        return {"vs_read+tokenise": m["pipeline"] / (m["open_read"] + m["tokenise"])}
    if row["format"] == "docx":
        return {"vs_read+tokenise": m["pipeline"] / (m["python_docx"] + m["tokenise"])}
    return {"vs_pdfplumber": m["pipeline"] / m["pdfplumber"], "vs_pypdfium2": m["pipeline"] / m["pypdfium2"]}


# ------------------------------------------------------------------------------------------ memory

def peak_rss_kib(pid: int | str = "self") -> int:
    """Peak resident set size of one process (VmHWM; unlike ``getrusage``, it restarts at exec,
    so a process started from a large one does not report its parent's size)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


class ChildPeaks(threading.Thread):
    """Samples the peak RSS of this process's children (the import's workers) until stopped."""

    def __init__(self, interval: float = 0.2):
        super().__init__(daemon=True)
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.wait(self.interval):
            for pid in _children(os.getpid()):
                self.peaks[pid] = max(self.peaks.get(pid, 0), peak_rss_kib(pid))

    def stop(self) -> int:
        self._halt.set()
        self.join()
        return max(self.peaks.values(), default=0)


# ------------------------------------------------------------------------------------------ import

def import_child(listing: Path, db: Path, workers: int) -> dict:
    """Runs in a fresh process: import the listed files, report wall time and peak RSS (KiB)."""
    from rich.console import Console

    from extractor.bulk import importer
    from extractor.bulk.store import open_store

    stamps: list[float] = []
    files = [Path(p) for p in json.loads(listing.read_text())]
    store = open_store(db)
    peaks = ChildPeaks()
    peaks.start()
    started = time.monotonic()
    with open(os.devnull, "w") as devnull:  # the progress lines, not kept (they would count as memory)
        summary = importer.run_import(files, store, workers=workers, timeout=120,
                                      err=Console(file=devnull, width=200),
                                      on_file=lambda outcome: stamps.append(time.monotonic()))
    seconds = time.monotonic() - started
    worker_peak = peaks.stop()
    store.close()
    steady = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 2 and stamps[-1] > stamps[0] else None
    return {"files": len(files), "ok": summary.ok, "failed": len(summary.failed), "workers": workers,
            "seconds": seconds, "docs_per_s": (summary.ok + len(summary.failed)) / seconds,
            "steady_docs_per_s": steady, "first_result_s": (stamps[0] - started) if stamps else None,
            "parent_cpu_ms_per_doc": 1000 * time.process_time() / max(1, len(files)),
            "rss_parent_kib": peak_rss_kib(), "rss_worker_kib": worker_peak}


def run_import(files: list[Path], workers: int, work: Path, tag: str, env: dict | None = None) -> dict:
    listing = work / f"import-{tag}.json"
    listing.write_text(json.dumps([str(p) for p in files]))
    db = work / f"import-{tag}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    proc = subprocess.run([sys.executable, "-m", "benchmarks.run", "--import-child", str(listing),
                           "--db", str(db), "--workers", str(workers)], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})})
    if proc.returncode != 0:
        raise RuntimeError(f"import child failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------------------ output

def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def print_tables(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=WIDTH, file=TABLES_TO)
    stages = Table(title=f"Median CPU ms per document ({report['machine']})", title_justify="left")
    for col in ("format", "docs", "pages", "chars", *STAGES, "pipeline", "store", "floor: raw read",
                "floor: tokenise", "ratio"):
        stages.add_column(col, justify="left" if col == "format" else "right")
    for name, row in report["in_process"].items():
        m = row["median_ms"]
        if not m:
            continue
        raw = {"txt": f"{m.get('open_read', 0):.2f} open().read()", "docx": f"{m.get('python_docx', 0):.1f} python-docx",
               "pdf": f"{m.get('pdfplumber', 0):.0f} pdfplumber / {m.get('pypdfium2', 0):.1f} pypdfium2"}[row["format"]]
        r = ratios(row)
        ratio = " / ".join(f"{v:.2f}x" for v in r.values())
        stages.add_row(name, str(row["docs"]), f"{m['pages']:.0f}" if m["pages"] else "-", f"{m['chars']:.0f}",
                       *(f"{m[s]:.1f}" for s in STAGES), f"{m['pipeline']:.1f}",
                       f"{m['store']:.1f}" if "store" in m else "-", raw, f"{m['tokenise']:.1f}", ratio)
    stages.caption = ("ratio: pipeline (read..validate) / floor; txt, docx: floor = raw read + spaCy tokenisation; "
                      "pdf: pdfplumber extract_text / pypdfium2 get_text_range")
    console.print(stages)

    pdf_rows = [(name, row) for name, row in report["in_process"].items()
                if row["format"] == "pdf" and row.get("per_page_ms")]
    if pdf_rows:
        per_page = Table(title="PDF per page (median CPU ms per page over the documents)", title_justify="left")
        for col in ("engine", "docs", "pages", "with ruled tables", "read", "words + rules", "layout",
                    "ruled tables (a page with them)", "pipeline"):
            per_page.add_column(col, justify="left" if col == "engine" else "right")
        for name, row in pdf_rows:
            m = row["per_page_ms"]
            per_page.add_row(name, str(row["docs"]), str(row["pages_total"]), str(row["ruled_pages_total"]),
                             *(f"{m[k]:.2f}" for k in ("read", "read_words", "read_layout", "read_tables", "pipeline")))
        per_page.caption = ("words + rules: the engine (stage 1); layout: lines, ruled tables, columns, blocks; "
                            "ruled tables: finding the cells (pdfplumber's lines strategy on the ruling lines), "
                            "per page that has a table, part of layout")
        console.print(per_page)

    if report.get("imports"):
        imp = Table(title="Import through run_import (wall clock, worker start-up included)", title_justify="left")
        for col in ("format", "docs", "workers", "seconds", "first result s", "docs/s", "steady docs/s",
                    "speed-up", "peak RSS parent", "peak RSS worker"):
            imp.add_column(col, justify="left" if col == "format" else "right")
        for fmt, pair in report["imports"].items():
            base = pair[0]["docs_per_s"]
            for res in pair:
                steady = res.get("steady_docs_per_s")
                first = res.get("first_result_s")
                imp.add_row(fmt, str(res["files"]), str(res["workers"]), f"{res['seconds']:.1f}",
                            f"{first:.1f}" if first is not None else "-",
                            f"{res['docs_per_s']:.1f}", f"{steady:.1f}" if steady else "-",
                            f"{res['docs_per_s'] / base:.2f}x", f"{res['rss_parent_kib'] / 1024:.0f} MB",
                            f"{res['rss_worker_kib'] / 1024:.0f} MB")
        imp.caption = ("first result: seconds until the first file is done (worker start-up: Python, spaCy, the "
                       "pipeline); steady: files per second from the first result to the last")
        console.print(imp)

    head = Table(title="Headline: targets", title_justify="left")
    for col in ("measure", "value", "target", "met"):
        head.add_column(col, justify="left" if col == "measure" else "right")
    for measure, value, target in report["headline"]:
        head.add_row(measure, f"{value:.2f}x", f"{'<=' if 'scaling' not in measure else '>='} {target:.1f}x",
                     "yes" if (value >= target if "scaling" in measure else value <= target) else "NO")
    console.print(head)
    console.print(f"peak RSS of this process (all in-process measurements): "
                  f"{report['rss_in_process_kib'] / 1024:.0f} MB")


def headline(report: dict) -> list[tuple[str, float, float]]:
    out = []
    for name, row in report["in_process"].items():
        r = ratios(row)
        if row["format"] in ("txt", "docx"):
            out.append((f"{name}: pipeline / (read + tokenise)", r["vs_read+tokenise"], TARGETS[row["format"]]))
        elif r:
            out.append((f"{name}: pipeline / pdfplumber extract_text", r["vs_pdfplumber"], TARGETS["pdf_pdfplumber"]))
            out.append((f"{name}: pipeline / pypdfium2 text (goal)", r["vs_pypdfium2"], TARGETS["pdf_pypdfium2"]))
    for fmt, pair in report.get("imports", {}).items():
        if len(pair) == 2:
            out.append((f"{fmt}: import scaling, {pair[1]['workers']} workers / 1",
                        pair[1]["docs_per_s"] / pair[0]["docs_per_s"], TARGETS["scaling"]))
    return out


# ------------------------------------------------------------------------------------------ main

def memory_mode(args, work: Path) -> dict:
    """Peak RSS importing 500 and then 5,000 documents (fresh database and workers each time)."""
    small, large = args.memory_sizes
    per_format = math.ceil(large / len(args.formats))
    corpus = Path(args.corpus_dir) if args.corpus_dir else work / "corpus"
    paths = generate(corpus, per_format, args.formats, args.workers)
    mixed = [p for group in zip(*paths.values()) for p in group]  # formats interleaved
    out = {}
    for n in (small, large):
        _say(f"importing {n} documents with {args.workers} workers ...")
        out[str(n)] = run_import(mixed[:n], args.workers, work, f"memory-{n}")
    a, b = out[str(small)], out[str(large)]
    out["worker_growth"] = b["rss_worker_kib"] / a["rss_worker_kib"] - 1
    out["parent_growth"] = b["rss_parent_kib"] / a["rss_parent_kib"] - 1
    return out


def print_memory(res: dict, sizes: tuple[int, int]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title="Peak RSS over a long import (run_import, fresh database each)", title_justify="left")
    for col in ("documents", "workers", "seconds", "docs/s", "peak RSS parent", "peak RSS worker"):
        t.add_column(col, justify="right")
    for n in sizes:
        r = res[str(n)]
        t.add_row(str(r["files"]), str(r["workers"]), f"{r['seconds']:.0f}", f"{r['docs_per_s']:.1f}",
                  f"{r['rss_parent_kib'] / 1024:.0f} MB", f"{r['rss_worker_kib'] / 1024:.0f} MB")
    t.caption = (f"growth {sizes[0]} -> {sizes[1]}: worker {res['worker_growth']:+.1%}, "
                 f"parent {res['parent_growth']:+.1%} (target: within 10%)")
    Console(width=WIDTH, file=TABLES_TO).print(t)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--n", type=int, default=300, help="reports per format (default 300)")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated: txt,docx,pdf")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="workers for the parallel import (default: all cores)")
    parser.add_argument("--skip-store", action="store_true", help="leave out the store stage and the imports")
    parser.add_argument("--pdf-backends", default=None,
                        help="pdf engines to measure, first = the one whose floors are reported "
                             "(default: the reader's default)")
    parser.add_argument("--corpus-dir", help="generate into (or reuse) this folder instead of a temporary one")
    parser.add_argument("--pdf-dir", help="measure the PDFs in this folder instead of generated ones "
                                          "(e.g. samples/forms/pdf: Word forms exported by LibreOffice)")
    parser.add_argument("--json", help="also write the figures as JSON to this file ('-' for stdout)")
    parser.add_argument("--memory", action="store_true",
                        help="memory mode: import 500 and then 5,000 documents, print both peaks")
    parser.add_argument("--memory-sizes", default="500,5000", help=argparse.SUPPRESS)
    parser.add_argument("--import-child", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.import_child:
        print(json.dumps(import_child(Path(args.import_child), Path(args.db), args.workers)))
        return
    args.formats = tuple(f for f in args.formats.split(",") if f)
    if not set(args.formats) <= set(FORMATS):
        parser.error(f"--formats: choose from {','.join(FORMATS)}")
    args.memory_sizes = tuple(int(x) for x in args.memory_sizes.split(","))

    from extractor.readers import DEFAULT_OPTIONS
    backends = args.pdf_backends.split(",") if args.pdf_backends else [DEFAULT_OPTIONS.pdf_engine]
    global TABLES_TO
    TABLES_TO = sys.stderr if args.json == "-" else sys.stdout

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        work = Path(tmp)
        machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
        if args.memory:
            res = memory_mode(args, work)
            print_memory(res, args.memory_sizes)
            report = {"machine": machine, "memory": res}
        else:
            corpus = Path(args.corpus_dir) if args.corpus_dir else work / "corpus"
            generated = tuple(f for f in args.formats if f != "pdf" or not args.pdf_dir)
            if generated:
                _say(f"generating {args.n} reports per format ({','.join(generated)}) into {corpus} ...")
            paths = generate(corpus, args.n, generated, args.workers) if generated else {}
            if args.pdf_dir and "pdf" in args.formats:
                paths["pdf"] = sorted(Path(args.pdf_dir).glob("*.pdf"))[:args.n]
            _say("measuring stages and floors in this process ...")
            in_process = measure_in_process(paths, backends, args.skip_store, work)
            report = {"machine": machine, "n": args.n, "in_process": in_process,
                      "rss_in_process_kib": peak_rss_kib()}
            if not args.skip_store:
                report["imports"] = {}
                for fmt, files in paths.items():
                    pair = []
                    for w in sorted({1, args.workers}):
                        _say(f"importing {len(files)} {fmt} files with {w} worker(s) ...")
                        pair.append(run_import(files, w, work, f"{fmt}-{w}"))
                    report["imports"][fmt] = pair
            report["headline"] = headline(report)
            print_tables(report)
        if args.json:
            text = json.dumps(report, indent=1, default=str)
            if args.json == "-":
                print(text)
            else:
                Path(args.json).write_text(text + "\n")


if __name__ == "__main__":
    main()
