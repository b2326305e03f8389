"""Build the .doc, .odt and .rtf twins of docx samples with LibreOffice, and the twins' gold.

Run from the repository root (needs LibreOffice: apt-get install libreoffice-writer-nogui):

    python -m testkit.office            # writes the files below

- samples/plochingen.{doc,odt,rtf}: from samples/plochingen.docx (no gold: compared with the docx's record);
- samples/office/<fmt>/<name>.<fmt> for the corpus reports in ``CORPUS_TWINS``, each with
  <name>.gold.json: the docx twin's gold with only ``file`` and ``format`` changed, so ``eval`` on a
  twin folder must give the docx twins' figures.

Conversions go through the extractor's own confined LibreOffice route (``readers.libreoffice``). LibreOffice
stamps dates and ids into what it writes, so a rebuild is not byte-identical; tests compare the twins
with their docx by content.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from extractor.readers.libreoffice import convert
from extractor.readers.limits import Limits

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = SAMPLES / "corpus"
OFFICE = SAMPLES / "office"
FORMATS = ("doc", "odt", "rtf")
# Corpus reports with what a converter must keep: tables, bullets and numbered lists, letters ("A."),
# dash bullets, headers and footers, and a report without headings.
CORPUS_TWINS = ("rappenhofen", "steinachtal", "duerrweiler")


def twin_gold(gold: dict, name: str, fmt: str) -> dict:
    """The docx twin's gold for the ``fmt`` twin: the same record, another file."""
    return {**gold, "file": f"{name}.{fmt}", "format": fmt}


def _convert(docx: Path, fmt: str) -> bytes:
    return convert(docx.read_bytes(), ".docx", fmt, "Word document", docx, Limits(max_convert_seconds=300))


def build(formats: tuple[str, ...] = FORMATS) -> list[Path]:
    written = []
    for fmt in formats:
        target = SAMPLES / f"plochingen.{fmt}"
        target.write_bytes(_convert(SAMPLES / "plochingen.docx", fmt))
        written.append(target)
        folder = OFFICE / fmt
        folder.mkdir(parents=True, exist_ok=True)
        for name in CORPUS_TWINS:
            target = folder / f"{name}.{fmt}"
            target.write_bytes(_convert(CORPUS / f"{name}.docx", fmt))
            gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
            (folder / f"{name}.gold.json").write_text(
                json.dumps(twin_gold(gold, name, fmt), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--format", choices=FORMATS, action="append", help="only these formats (repeatable)")
    args = parser.parse_args(argv)
    for path in build(tuple(args.format or FORMATS)):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
