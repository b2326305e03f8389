"""Office formats benchmark: ms per document through the pipeline for .odt, .doc and .rtf, side by side with
each format's floor.

Run from the repository root (needs LibreOffice):

    python -m benchmarks.office                 # the committed twins, once each
    python -m benchmarks.office --repeat 3 --json office.json

Documents: the LibreOffice twins of samples/plochingen.docx and of the corpus reports in
``testkit.office.CORPUS_TWINS`` (made by ``python -m testkit.office``), with their docx originals.

Per document, interleaved, wall-clock (LibreOffice works in another process, so this process's CPU time
would miss it; the machine's load goes into every figure alike):

- pipeline: ``extract`` (read, split, entities, fields, validate) of the file;
- read: ``readers.read`` alone;
- floor: for .doc and .rtf the bare LibreOffice conversion to docx, as one would run it by hand
  (``soffice --headless --convert-to docx`` with a fresh profile, no confinement, nothing read); for .odt
  the docx reader on the docx twin (the same content from the format the odt reader is measured against).

The spaCy pipeline is loaded and warmed before timing.
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from extractor.core import registry
from extractor.pipeline.engine import build_record
from extractor.readers import read
from extractor.readers.libreoffice import find_soffice
from testkit.office import CORPUS, CORPUS_TWINS, OFFICE, SAMPLES

FORMATS = ("docx", "odt", "doc", "rtf")


def documents(fmt: str) -> list[tuple[Path, Path]]:
    """(the file in ``fmt``, its docx original) for every twin."""
    if fmt == "docx":
        return [(SAMPLES / "plochingen.docx",) * 2] + [(CORPUS / f"{n}.docx",) * 2 for n in CORPUS_TWINS]
    return ([(SAMPLES / f"plochingen.{fmt}", SAMPLES / "plochingen.docx")]
            + [(OFFICE / fmt / f"{n}.{fmt}", CORPUS / f"{n}.docx") for n in CORPUS_TWINS])


def bare_conversion(path: Path) -> float:
    """Seconds for ``soffice --headless --convert-to docx`` with a fresh profile (its first start included,
    as in the pipeline's conversion)."""
    work = Path(tempfile.mkdtemp(prefix="bench-lo-"))
    try:
        started = time.perf_counter()
        subprocess.run(["soffice", f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                        "--convert-to", "docx", "--outdir", str(work), str(path)],
                       check=True, capture_output=True, timeout=600)
        seconds = time.perf_counter() - started
        assert (work / f"{path.stem}.docx").is_file(), path
        return seconds
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def measure(formats: tuple[str, ...], repeat: int) -> dict[str, dict[str, float]]:
    rt = registry.get(None)
    build_record(read(SAMPLES / "plochingen.docx"), rt)  # load and warm spaCy
    samples: dict[str, dict[str, list[float]]] = {f: {"pipeline": [], "read": [], "floor": []} for f in formats}
    for _ in range(repeat):
        for fmt in formats:
            for path, original in documents(fmt):
                doc_holder = {}
                samples[fmt]["read"].append(_timed(lambda: doc_holder.setdefault("doc", read(path))))
                samples[fmt]["pipeline"].append(samples[fmt]["read"][-1]
                                                + _timed(lambda: build_record(doc_holder["doc"], rt)))
                if fmt in ("doc", "rtf"):
                    samples[fmt]["floor"].append(bare_conversion(path))
                elif fmt == "odt":
                    samples[fmt]["floor"].append(_timed(lambda: read(original)))
    return {fmt: {k: statistics.median(v) * 1000 for k, v in figures.items() if v} | {"docs": len(figures["read"])}
            for fmt, figures in samples.items()}


def table(results: dict[str, dict[str, float]]) -> str:
    floors = {"docx": "-", "odt": "docx reader on the docx twin", "doc": "bare LibreOffice conversion",
              "rtf": "bare LibreOffice conversion"}
    lines = [f"{'format':<7}{'docs':>5}{'pipeline ms':>13}{'read ms':>10}{'floor ms':>10}{'read/floor':>12}"
             f"{'pipeline/floor':>16}  floor"]
    for fmt, r in results.items():
        floor = r.get("floor")
        ratio = lambda x: f"{x / floor:.2f}" if floor else "-"  # noqa: E731
        lines.append(f"{fmt:<7}{r['docs']:>5}{r['pipeline']:>13.1f}{r['read']:>10.1f}"
                     f"{f'{floor:.1f}' if floor else '-':>10}{ratio(r['read']):>12}{ratio(r['pipeline']):>16}"
                     f"  {floors[fmt]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="passes over the documents (median per format)")
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated, from " + ",".join(FORMATS))
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args(argv)
    if find_soffice() is None:
        print("LibreOffice is not installed: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 2
    formats = tuple(f for f in args.formats.split(",") if f)
    results = measure(formats, max(1, args.repeat))
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
