"""Inputs that once crashed or hung the pipeline, each with the outcome it must have now.

The files in tests/data/regressions/ are fuzzer findings (testkit/fuzz.py), minimised with
``python -m testkit.fuzz --minimise <file>``. Each case names what used to happen.
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.pipeline.engine import extract
from extractor.core.errors import ExtractionError
from extractor.readers import read
from extractor.core.registry import get
from extractor.pipeline.sections import split
from testkit import fuzz
from tests.conftest import ROOT, SAMPLES

REGRESSIONS = ROOT / "tests" / "data" / "regressions"

# file -> (error code, words of the message); what it raised before the fix.
CASES = {
    # IndexError from zipfile.ZipInfo.is_dir() on a member whose name is empty (docx reader).
    "docx_empty_member_name.docx": ("corrupt", "no name"),
    # NotImplementedError from zipfile ("zip file version 25.5") escaped format sniffing.
    "zip_extract_version_too_new.docx": ("corrupt", "zip file version"),
}


def test_every_regression_file_has_a_case():
    assert {p.name for p in REGRESSIONS.iterdir()} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_regression_input_gives_its_typed_error(name):
    code, words = CASES[name]
    with pytest.raises(ExtractionError) as info:
        read(REGRESSIONS / name)
    assert info.value.code == code
    assert words in info.value.message
    with pytest.raises(ExtractionError):
        extract(REGRESSIONS / name)


def test_long_text_is_extracted_whole(tmp_path: Path):
    """400,000 characters in one report give one record of the whole text. (How the time grows with the
    length, once quadratic through spaCy's ``Token.is_sent_start``: ``python -m benchmarks.long_inputs``.)"""
    base = (SAMPLES / "plochingen.txt").read_text(encoding="utf-8")
    path = tmp_path / "long.txt"
    path.write_text((base * (400_000 // len(base) + 1))[:400_000], encoding="utf-8")
    record = extract(path)
    assert len(record["text"]) > 390_000
    assert record["sections"]["recommendations"]["heading"] is not None


def test_fuzz_harness_replays_a_regression_without_finding():
    r = subprocess.run([sys.executable, "-m", "testkit.fuzz", "--replay",
                        str(REGRESSIONS / "docx_empty_member_name.docx")], capture_output=True, text=True,
                       cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "no finding" in r.stdout


def test_fuzz_harness_detects_an_offset_violation():
    doc = read(SAMPLES / "plochingen.txt")
    smap = split(doc, get("kfd").form)
    assert fuzz.offset_problems(doc, smap) == []
    doc.blocks[3].start += 1
    assert fuzz.offset_problems(doc, smap)[0].startswith("block: #3")


def test_fuzz_mutations_are_deterministic_per_seed():
    data = (SAMPLES / "plochingen.docx").read_bytes()
    first = [fuzz.mutate("docx", data, random.Random(i)) for i in range(5)]
    assert first == [fuzz.mutate("docx", data, random.Random(i)) for i in range(5)]
    assert all(m != data for m in first)
