"""Broken and hostile input: every bad file gets its typed error (code, message, file) from the Python
API, one line and exit 1 from ``convert``, a failed row from ``import``; fast and in bounded memory.
Misnamed files and UTF-16 text are read anyway.

The committed files are in tests/data/bad (built by scripts/build_bad_corpus.py; MANIFEST.json says
what each must give). What cannot be committed is made here: 100 MB of text, a file without read
permission, a FIFO and a symlink loop.
"""
from __future__ import annotations

import bz2
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from pathlib import Path

import pypdfium2
import pytest
from lxml import etree

from extractor.pipeline.engine import extract
from extractor.core.errors import ExtractionError
from extractor.readers import ReadOptions, read
from extractor.readers.files import open_checked, read_at_most
from extractor.readers.limits import MB, Limits
from tests.conftest import ROOT

BAD = ROOT / "tests" / "data" / "bad"
MANIFEST: dict[str, dict] = json.loads((BAD / "MANIFEST.json").read_text(encoding="utf-8"))
FAILING = sorted(name for name, entry in MANIFEST.items() if entry["expect"] != "ok")
READABLE = sorted(name for name, entry in MANIFEST.items() if entry["expect"] == "ok")


def _error(path: Path, **kwargs) -> ExtractionError:
    with pytest.raises(ExtractionError) as info:
        read(path, ReadOptions(**kwargs))
    return info.value


def _isolated(paths: list[Path], *, memory_mb: int = 1024, prelude: str = "", timeout: float = 120) -> list[dict]:
    """Read each path in a fresh interpreter under an address-space limit; per file: the error code
    ("ok" when read), seconds, and the process's peak RSS so far (MB)."""
    code = textwrap.dedent(f"""
        import json, resource, sys, time
        limit = {memory_mb} * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        from extractor.core.errors import ExtractionError
        from extractor.readers import read
        {prelude}
        out = []
        for p in sys.argv[1:]:
            started = time.monotonic()
            try:
                read(p)
                code = "ok"
            except ExtractionError as exc:
                code = exc.code
            except MemoryError:
                code = "MemoryError"
            # VmHWM, not ru_maxrss: ru_maxrss keeps the forking parent's peak across exec.
            hwm = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0])
            out.append({{"path": p, "code": code, "seconds": time.monotonic() - started, "rss_mb": hwm / 1024}})
        print(json.dumps(out))
    """)
    r = subprocess.run([sys.executable, "-c", code, *map(str, paths)], capture_output=True, text=True,
                       cwd=ROOT, timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr[-3000:]
    return json.loads(r.stdout.splitlines()[-1])


def _big_text(path: Path, size: int) -> Path:
    """A text file of ``size`` bytes: a real first line, then a hole (sparse: costs no disk or time)."""
    with path.open("wb") as fh:
        fh.write("Angaben zur Kommune\nName der Stadt oder Gemeinde: Musterstadt\n".encode())
        fh.truncate(size)
    return path


# --- the committed corpus -------------------------------------------------------------------------

def test_manifest_names_every_file_and_every_file_exists():
    here = {p.name for p in BAD.iterdir()} - {"MANIFEST.json"}
    assert here == {name for name in MANIFEST if not name.startswith("../")}
    assert all((BAD / name).is_file() for name in MANIFEST)
    assert all(entry["why"] for entry in MANIFEST.values())


def test_corpus_files_are_small():
    assert all((BAD / name).stat().st_size < 300 * 1024 for name in MANIFEST)


@pytest.mark.parametrize("name", FAILING)
def test_python_api_gives_the_typed_error(name):
    path = BAD / name
    started = time.monotonic()
    with pytest.raises(ExtractionError) as info:
        extract(path)
    err = info.value
    assert err.code == MANIFEST[name]["expect"], err.one_line()
    assert err.path == str(path)
    assert err.message.strip()
    assert err.one_line().startswith(f"{path}: error [{err.code}]: ") and "\n" not in err.one_line()
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("name", READABLE)
def test_misnamed_and_utf16_files_are_read_anyway(name):
    entry = MANIFEST[name]
    doc = read(BAD / name)
    if "same_text_as" in entry:
        assert doc.text == read(ROOT / entry["same_text_as"]).text
    if "encoding" in entry:  # what Python's own codec makes of the bytes, read as UTF-8
        assert doc.meta.encoding.replace("_", "-") == entry["encoding"]
        assert "\x00" not in doc.text
        assert doc.text.split() == (BAD / name).read_bytes().decode(entry["encoding"]).split()
    codes = [w.code for w in doc.warnings]
    assert codes.count("format_mismatch") == (1 if entry.get("warning") == "format_mismatch" else 0)
    record = extract(BAD / name)
    assert record["text"] == doc.text
    if entry.get("warning"):
        assert entry["warning"] in [w["code"] for w in record["quality"]["warnings"]]


def test_format_mismatch_names_both_formats():
    doc = read(BAD / "docx_named.pdf")
    warning = next(w for w in doc.warnings if w.code == "format_mismatch")
    assert doc.meta.format == "docx"
    assert "named .pdf" in warning.message and "docx" in warning.message


def test_external_entity_file_is_real_and_refused_without_reading_the_target():
    with zipfile.ZipFile(BAD / "external_entity.docx") as zf:
        xml = zf.read("word/document.xml")
    # An entity-expanding parser really would put the local file into the text ...
    naive = etree.fromstring(xml, etree.XMLParser(resolve_entities=True, no_network=True))
    assert "root:" in "".join(naive.itertext())
    # ... the reader refuses the file instead.
    err = _error(BAD / "external_entity.docx")
    assert err.code == "hostile"
    assert "DOCTYPE" in err.message and "root:" not in err.message


def test_billion_laughs_file_is_real_and_refused_fast():
    with zipfile.ZipFile(BAD / "billion_laughs.docx") as zf:
        xml = zf.read("word/document.xml")
    assert xml.count(b"<!ENTITY") == 10 and b"&lol9;" in xml
    started = time.monotonic()
    assert _error(BAD / "billion_laughs.docx").code == "hostile"
    assert time.monotonic() - started < 2


def test_zip_bomb_declares_gigabytes_and_is_refused_before_inflating():
    with zipfile.ZipFile(BAD / "zip_bomb.docx") as zf:
        declared = sum(info.file_size for info in zf.infolist())
    assert declared > 4 * 1024 * MB  # 50 x 100 MiB
    assert (BAD / "zip_bomb.docx").stat().st_size < 200 * 1024
    err = _error(BAD / "zip_bomb.docx")
    assert err.code == "too_large" and "zip bomb" in err.message


def test_bzip2_member_lying_about_its_size_is_refused():
    with zipfile.ZipFile(BAD / "zip_bomb_bzip2.docx") as zf:
        info = zf.getinfo("word/media/image1.bin")
        raw = (BAD / "zip_bomb_bzip2.docx").read_bytes()
    assert info.compress_type == zipfile.ZIP_BZIP2 and info.file_size == 1000
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    first_mb = bz2.BZ2Decompressor().decompress(raw[start:start + info.compress_size], max_length=MB)
    assert len(first_mb) == MB  # the ~800 bytes inflate far beyond the declared 1,000
    err = _error(BAD / "zip_bomb_bzip2.docx")
    assert err.code == "unsupported" and "compression method 12" in err.message


def test_many_pages_file_really_has_them():
    assert len(pypdfium2.PdfDocument(str(BAD / "many_pages.pdf"))) == 2500
    err = _error(BAD / "many_pages.pdf")
    assert err.code == "too_large" and "2,500 pages" in err.message


def test_page_limit_is_a_setting():
    doc = read(BAD / "many_pages.pdf", ReadOptions(limits=Limits(max_pages=3000)))
    assert doc.meta.pages == 2500
    assert doc.meta.removed == ["Seite mit Text"]  # the same line on every page: a running header


def test_object_limit_is_a_setting():
    err = _error(BAD / "object_bomb.pdf", limits=Limits(max_page_objects=1000))
    assert err.code == "too_large" and "1,000" in err.message


def test_encrypted_pdf_reads_with_its_password():
    assert "--password" in _error(BAD / "encrypted.pdf").message
    assert "wrong password" in _error(BAD / "encrypted.pdf", password="falsch").message
    doc = read(BAD / "encrypted.pdf", ReadOptions(password="geheim"))
    assert "Vertraulicher Bericht der Stadt Musterstadt." in doc.text


def test_bad_files_stay_within_time_and_memory():
    """All committed bad files in one fresh process limited to 1 GiB of address space: none needs
    more, none takes long (a zip bomb or billion laughs that expanded would hit the limit)."""
    results = _isolated([BAD / name for name in MANIFEST])
    by_name = {Path(r["path"]).name: r for r in results}
    for name, entry in MANIFEST.items():
        r = by_name[Path(name).name]
        assert r["code"] == entry["expect"], (name, r)
        assert r["seconds"] < 20, (name, r)
    assert max(r["rss_mb"] for r in results) < 600


# --- files made at test time ----------------------------------------------------------------------

def test_100_mb_text_is_refused_before_reading(tmp_path):
    big = _big_text(tmp_path / "huge.txt", 100 * MB)
    [r] = _isolated([big], memory_mb=1024)
    assert r["code"] == "too_large"
    assert r["seconds"] < 1
    assert r["rss_mb"] < 150  # the 100 MB were never read into memory
    err = _error(big)
    assert "plain text" in err.message and "20 MB" in err.message


def test_text_size_limits_are_settings(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes((ROOT / "samples" / "plochingen.txt").read_bytes() * 3)
    assert read(path).text
    assert _error(path, limits=Limits(max_txt_bytes=20_000)).code == "too_large"
    assert _error(path, limits=Limits(max_text_chars=1000)).code == "too_large"


def test_file_over_the_size_limit_is_refused_whatever_its_format(tmp_path):
    path = tmp_path / "big.pdf"
    with path.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.truncate(101 * MB)
    [r] = _isolated([path])
    assert r["code"] == "too_large" and r["seconds"] < 1 and r["rss_mb"] < 150


def _unreadable(directory: Path) -> Path:
    path = directory / "secret.txt"
    path.write_text("Angaben zur Kommune\n", encoding="utf-8")
    path.chmod(0)
    return path


def test_file_without_read_permission(tmp_path):
    path = _unreadable(tmp_path)
    if os.geteuid() != 0:
        err = _error(path)
    else:
        # root reads anything through CAP_DAC_OVERRIDE; a child without that capability (and without
        # CAP_DAC_READ_SEARCH) is held to the file's mode bits like any user.
        code = ("import sys; from extractor.readers import read; from extractor.core.errors import ExtractionError\n"
                "try:\n    read(sys.argv[1])\nexcept ExtractionError as exc:\n    print(exc.code, exc.message)")
        caps = "-dac_override,-dac_read_search"
        r = subprocess.run(["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", sys.executable, "-c", code,
                            str(path)], capture_output=True, text=True, cwd=ROOT, timeout=120,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert r.returncode == 0, r.stderr
        code_, _, message = r.stdout.strip().partition(" ")
        err = ExtractionError(code_, message, path)
    assert err.code == "permission"
    assert "permission denied" in err.message


def test_fifo_is_not_a_file_and_does_not_block(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [r] = _isolated([fifo], timeout=60)  # a reader that opened the FIFO would wait for a writer forever
    assert r["code"] == "not_a_file"
    assert _error(fifo).code == "not_a_file"


def test_fifo_swapped_in_after_the_stat_check_does_not_block(tmp_path):
    """``open_checked`` opens without blocking and checks what it opened."""
    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    code = ("import sys; from pathlib import Path; from extractor.readers.files import open_checked\n"
            "from extractor.readers.limits import Limits; from extractor.core.errors import ExtractionError\n"
            "try:\n    open_checked(Path(sys.argv[1]), Limits()).__enter__()\n"
            "except ExtractionError as exc:\n    print(exc.code)")
    r = subprocess.run([sys.executable, "-c", code, str(fifo)], capture_output=True, text=True, cwd=ROOT,
                       timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.stdout.strip() == "not_a_file", r.stderr


def test_symlink_loop_and_dangling_link(tmp_path):
    loop = tmp_path / "loop.txt"
    os.symlink(loop.name, loop)
    err = _error(loop)
    assert err.code == "not_a_file" and "symbolic links" in err.message
    dangling = tmp_path / "gone.txt"
    os.symlink("nowhere.txt", dangling)
    assert _error(dangling).code == "not_found"


def test_file_growing_past_the_limit_after_the_check_is_refused(tmp_path):
    path = tmp_path / "growing.txt"
    path.write_bytes(b"Angaben zur Kommune\n" * 10)
    limits = Limits(max_file_bytes=1000)
    with open_checked(path, limits) as (fh, st):
        assert st.st_size == 200
        with path.open("ab") as grow:
            grow.write(b"x" * 5000)
        with pytest.raises(ExtractionError) as info:
            read_at_most(fh, limits.max_file_bytes, path)
    assert info.value.code == "too_large"


# --- the command line -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def special_files():
    """The files that cannot be committed, in one folder: 100 MB of text, a FIFO, a symlink loop."""
    folder = Path(tempfile.mkdtemp(prefix="bad-special-"))
    _big_text(folder / "huge.txt", 100 * MB)
    os.mkfifo(folder / "pipe.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    yield {"huge.txt": "too_large", "pipe.txt": "not_a_file", "loop.txt": "not_a_file"}, folder
    shutil.rmtree(folder)


def _cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_convert_gives_one_line_per_bad_file_and_exit_1(tmp_path, special_files):
    expected_special, folder = special_files
    bad = [BAD / name for name in FAILING] + [folder / name for name in expected_special]
    good = [BAD / name for name in READABLE]
    r = _cli("convert", *map(str, bad + good), "-o", str(tmp_path / "out"))
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    expected = {**{str(BAD / n): MANIFEST[n]["expect"] for n in FAILING},
                **{str(folder / n): code for n, code in expected_special.items()}}
    for path, code in expected.items():  # several files: "[ 3/20] failed   0.00s  <file>: error [<code>]: <reason>"
        mine = [line for line in lines if re.match(rf"\[ *\d+/\d+\] failed +\d+\.\d\ds  {re.escape(path)}: ", line)]
        assert len(mine) == 1, (path, lines)
        assert f"  {path}: error [{code}]: " in mine[0], mine[0]
    assert lines[-1] == f"converted {len(good)} into {tmp_path / 'out'}, failed {len(bad)}"
    assert "Traceback" not in r.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == sorted(Path(n).stem + ".json" for n in READABLE)


def test_convert_password_option():
    enc = str(BAD / "encrypted.pdf")  # without a password: see the test above
    r = _cli("convert", enc, "--password", "falsch")
    assert r.returncode == 1 and "wrong password" in r.stderr
    r = _cli("convert", enc, "--password", "geheim")
    assert r.returncode == 0, r.stderr
    assert "Vertraulicher Bericht der Stadt Musterstadt." in json.loads(r.stdout)["text"]


def _import_rows(db: Path) -> dict[str, tuple[str, str | None, str | None]]:
    with sqlite3.connect(db) as conn:
        return {Path(p).name: (s, c, m) for p, s, c, m in
                conn.execute("select path, status, error_code, error_message from reports")}


def test_import_stores_a_failed_row_with_the_reason_for_every_bad_file(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for name in MANIFEST:
        shutil.copy(BAD / name, folder / Path(name).name)
    _big_text(folder / "huge.txt", 100 * MB)
    db = tmp_path / "reports.db"
    r = _cli("import", str(folder), "--db", str(db), "--workers", "2", "--timeout", "60")
    assert r.returncode == 1, r.stderr[-3000:]
    rows = _import_rows(db)
    expected = {Path(n).name: e["expect"] for n, e in MANIFEST.items()} | {"huge.txt": "too_large"}
    for name, code in expected.items():
        if code == "ok":
            assert rows[name][0] == "ok", (name, rows.get(name))
        else:
            status, got, message = rows[name]
            assert (status, got) == ("failed", code), (name, rows[name])
            assert message and "\n" not in message


def test_import_survives_a_fifo_and_a_symlink_loop_in_the_folder(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(ROOT / "samples" / "plochingen.txt", folder / "plochingen.txt")
    os.mkfifo(folder / "pipe.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    db = tmp_path / "reports.db"
    r = _cli("import", str(folder), "--db", str(db), "--workers", "1", "--timeout", "60", timeout=120)
    assert r.returncode == 1, r.stderr[-3000:]
    assert "Traceback" not in r.stderr
    rows = _import_rows(db)
    assert rows["plochingen.txt"][0] == "ok"
    assert rows["pipe.txt"][:2] == ("failed", "not_a_file")
    assert rows["loop.txt"][:2] == ("failed", "not_a_file")
