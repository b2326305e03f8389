""".doc and .rtf through LibreOffice: the committed twins read like their docx (records and eval figures
equal), LibreOffice is optional, the RTF pre-check, and the conversion's confinement (time limit and
kill of the process group, temporary folders removed, one soffice at a time).

LibreOffice conversions cost a few seconds each, so the samples are read once per module.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import pytest

from extractor.core import registry
from extractor.core.errors import ExtractionError
from extractor.pipeline.engine import build_record
from extractor.readers import Limits, libreoffice, read, rtf
from extractor.reports.evaluate import evaluate
from testkit.office import CORPUS_TWINS, twin_gold
from tests.conftest import ROOT, SAMPLES
from tests.support.processes import soffice_processes

KFD = registry.get("kfd")
BLOCK_FIELDS = ("kind", "text", "start", "end", "level", "table", "row", "col", "indent", "bold", "font_size")
BAD = ROOT / "tests" / "data" / "bad"
BIN_OVERRUN = b"{\\rtf1\\ansi Hallo {\\pict\\pngblip\\picw10\\pich10 \\bin2147483000 abc}}"


def _signature(doc) -> list[tuple]:
    return [tuple(getattr(b, f) for f in BLOCK_FIELDS) for b in doc.blocks]


@pytest.fixture(scope="module")
def docs():
    return {fmt: read(SAMPLES / f"plochingen.{fmt}") for fmt in ("docx", "doc", "rtf")}


@pytest.mark.parametrize("fmt", ["doc", "rtf"])
def test_twin_reads_like_the_docx(docs, fmt):
    doc, docx = docs[fmt], docs["docx"]
    data = (SAMPLES / f"plochingen.{fmt}").read_bytes()
    assert (doc.meta.format, doc.meta.size, doc.meta.path) == (fmt, len(data), str(SAMPLES / f"plochingen.{fmt}"))
    assert doc.meta.sha256 != docx.meta.sha256 and len(doc.meta.sha256) == 64
    assert doc.text == docx.text
    assert _signature(doc) == _signature(docx)
    assert doc.meta.removed[0] == docx.meta.removed[0]


@pytest.mark.parametrize("fmt", ["doc", "rtf"])
def test_twin_gives_the_docx_record(docs, fmt):
    record, expected = build_record(docs[fmt], KFD), build_record(docs["docx"], KFD)
    assert record["source"]["format"] == fmt
    assert {k: v for k, v in record.items() if k != "source"} == {k: v for k, v in expected.items() if k != "source"}


def _figures(folder: Path) -> dict:
    figures = evaluate(folder, KFD).as_dict(worst=100)
    for report in figures["worst"]:
        report["file"] = Path(report["file"]).stem
    return figures


def test_eval_figures_on_the_twins_equal_the_docx_figures(tmp_path):
    for name in CORPUS_TWINS:
        shutil.copy(SAMPLES / "corpus" / f"{name}.docx", tmp_path)
        shutil.copy(SAMPLES / "corpus" / f"{name}.gold.json", tmp_path)
    expected = _figures(tmp_path)
    assert expected["reports"] == len(CORPUS_TWINS) and expected["headline"]["reports_failed"] == 0
    for fmt in ("doc", "odt", "rtf"):
        assert _figures(SAMPLES / "office" / fmt) == expected, fmt


@pytest.mark.parametrize("fmt", ["doc", "odt", "rtf"])
def test_twin_gold_is_the_docx_gold(fmt):
    for name in CORPUS_TWINS:
        gold = json.loads((SAMPLES / "office" / fmt / f"{name}.gold.json").read_text(encoding="utf-8"))
        docx_gold = json.loads((SAMPLES / "corpus" / f"{name}.gold.json").read_text(encoding="utf-8"))
        assert gold == twin_gold(docx_gold, name, fmt)
        assert (SAMPLES / "office" / fmt / gold["file"]).is_file()


# -- without LibreOffice ----------------------------------------------------------------------------

@pytest.fixture
def no_libreoffice(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert libreoffice.find_soffice() is None


@pytest.mark.parametrize("fmt", ["doc", "rtf"])
def test_without_libreoffice_doc_and_rtf_say_how_to_install_it(no_libreoffice, fmt):
    with pytest.raises(ExtractionError) as info:
        read(SAMPLES / f"plochingen.{fmt}")
    assert info.value.code == "converter_unavailable"
    assert "apt-get install libreoffice-writer-nogui" in info.value.message


def test_without_libreoffice_every_other_format_still_reads(no_libreoffice):
    texts = {fmt: read(SAMPLES / f"plochingen.{fmt}").text for fmt in ("txt", "docx", "odt", "pdf")}
    assert texts["odt"] == texts["docx"]
    assert all("Angaben zur Kommune" in text for text in texts.values())


# -- the RTF pre-check (no LibreOffice started: it is not even on PATH) ------------------------------

def test_rtf_nested_too_deep_is_refused_before_conversion(no_libreoffice, tmp_path):
    path = tmp_path / "deep.rtf"
    path.write_bytes(b"{\\rtf1\\ansi " + b"{" * 5000 + b"Text" + b"}" * 5000 + b"}")
    with pytest.raises(ExtractionError) as info:
        read(path)
    assert info.value.code == "hostile" and "5,001 deep" in info.value.message


def test_rtf_binary_data_past_the_end_is_refused_before_conversion(no_libreoffice, tmp_path):
    path = tmp_path / "bin.rtf"
    path.write_bytes(BIN_OVERRUN)
    with pytest.raises(ExtractionError) as info:
        read(path)
    assert info.value.code == "hostile" and "2,147,483,000 bytes" in info.value.message


def test_rtf_check_counts_real_groups_only():
    escaped = b"{\\rtf1 " + b"\\{" * 3000 + b"{\\b fett}\\\\}"
    rtf.check(escaped, Path("x.rtf"), max_depth=2)  # escaped braces are text; "\\\\}" closes a group
    with pytest.raises(ExtractionError):
        rtf.check(escaped, Path("x.rtf"), max_depth=1)
    rtf.check(b"{\\rtf1 {\\pict \\bin3 abc}}", Path("x.rtf"), max_depth=5)  # \bin within the file


# -- the conversion's confinement -------------------------------------------------------------------

def test_timeout_kills_soffice_and_removes_the_folder(monkeypatch, tmp_path):
    """A 60-byte RTF that keeps LibreOffice busy for minutes (the pre-check refuses it; here it goes
    straight to the converter): stopped at the time limit, its processes killed, its folder gone."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    started = time.monotonic()
    with pytest.raises(ExtractionError) as info:
        libreoffice.convert(BIN_OVERRUN, ".rtf", "docx", "RTF document", tmp_path / "x.rtf",
                            Limits(max_convert_seconds=8))
    assert info.value.code == "timeout"
    assert time.monotonic() - started < 30
    assert soffice_processes(str(tmp_path)) == []
    assert list(tmp_path.glob(f"{libreoffice.TEMP_PREFIX}*")) == []


def test_stale_folders_of_dead_processes_are_swept(monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp_path / f"{libreoffice.TEMP_PREFIX}{int(gone.stdout)}-abc"
    mine = tmp_path / f"{libreoffice.TEMP_PREFIX}{os.getpid()}-def"
    parent = tmp_path / f"{libreoffice.TEMP_PREFIX}{os.getppid()}-ghi"
    for folder in (dead, mine, parent):
        (folder / "profile").mkdir(parents=True)
    libreoffice.sweep_stale()
    assert not dead.exists() and mine.exists() and parent.exists()


def test_one_conversion_at_a_time_per_process(monkeypatch, tmp_path):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    running, most = [], []

    def fake_run(command, work, path, limits):
        running.append(path)
        most.append(len(running))
        time.sleep(0.2)
        (work / "out").mkdir()
        (work / "out" / "input.docx").write_bytes(b"docx")
        running.remove(path)
        return ""

    monkeypatch.setattr(libreoffice, "_run", fake_run)
    results = []
    threads = [threading.Thread(target=lambda i=i: results.append(
        libreoffice.convert(b"{\\rtf1}", ".rtf", "docx", "RTF", tmp_path / f"{i}.rtf", Limits()))) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [b"docx"] * 3
    assert max(most) == 1


# -- macros -----------------------------------------------------------------------------------------

def _basic_modules(odt: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(odt)) as zf:
        return {n: zf.read(n) for n in zf.namelist() if n.startswith("Basic/") and n.endswith("Module1.xml")}


def test_a_doc_with_macros_is_converted_without_loading_them(tmp_path, monkeypatch):
    """tests/data/bad/macro.doc carries a VBA project with an AutoOpen macro. LibreOffice with its own
    default settings imports it (saved as .odt, the document holds the module as Basic); through the
    extractor's profile the project is not even loaded, so nothing of it can run."""
    data = (BAD / "macro.doc").read_bytes()
    monkeypatch.setenv("MACRO_MARKER", str(tmp_path / "ran"))
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "macro.doc").write_bytes(data)
    subprocess.run([str(libreoffice.find_soffice()), f"-env:UserInstallation={(plain / 'profile').as_uri()}",
                    "--headless", "--convert-to", "odt", "--outdir", str(plain), str(plain / "macro.doc")],
                   capture_output=True, timeout=300)
    if not (plain / "macro.odt").exists():  # a new profile's first start only makes the profile
        subprocess.run([str(libreoffice.find_soffice()), f"-env:UserInstallation={(plain / 'profile').as_uri()}",
                        "--headless", "--convert-to", "odt", "--outdir", str(plain), str(plain / "macro.doc")],
                       capture_output=True, timeout=300)
    by_default = _basic_modules((plain / "macro.odt").read_bytes())
    assert len(by_default) == 1 and b"Sub AutoOpen()" in next(iter(by_default.values()))

    ours = libreoffice.convert(data, ".doc", "odt", "Word 97-2003 document", BAD / "macro.doc", Limits())
    assert _basic_modules(ours) == {}
    assert not (tmp_path / "ran").exists()
