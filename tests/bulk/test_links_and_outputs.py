"""Inputs that could trick a run: a symbolic link out of the given folders (``x.txt -> /etc/shadow``),
and inputs whose outputs would collide (two ``x.txt`` in different folders, ``x.pdf`` next to
``x.pdf.txt``) or whose output name would be too long."""
from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from extractor.bulk.inputs import NAME_MAX, output_names
from tests.conftest import SAMPLES
from tests.support.bulk import run_cli, summary_count

SECRET = "Angaben zur Kommune\nName der Stadt oder Gemeinde: Geheimstadt\nPasswort: hunter2-streng-geheim\n"


@pytest.fixture
def linked(tmp_path) -> tuple[Path, Path]:
    """A folder with a real report, a link to a secret outside it, a link to a file inside it and a
    link to a folder outside it."""
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "shadow.txt").write_text(SECRET, encoding="utf-8")
    (outside / "more").mkdir()
    (outside / "more" / "secret.txt").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "march.txt").write_bytes((SAMPLES / "real" / "march.txt").read_bytes())
    os.symlink(outside / "shadow.txt", folder / "x.txt")                    # out of the folder
    os.symlink("../march.txt", folder / "sub" / "inside.txt")               # stays inside: read
    os.symlink(outside / "more", folder / "linked-folder")                   # a folder: never walked
    return folder, outside


def test_import_does_not_follow_a_link_out_of_the_folder(linked, tmp_path):
    folder, outside = linked
    db = tmp_path / "reports.db"
    r = run_cli("import", folder, "--db", db, "--workers", "1", env={"COLUMNS": "400"})  # no folded cells
    assert r.returncode == 0, r.stdout + r.stderr
    assert summary_count(r.stdout, "links not followed (skipped)") == 2
    assert "Skipped links" in r.stdout
    assert re.search(r"reports/x\.txt\s*│ symbolic link to \S*/elsewhere/shadow\.txt, outside the given folders",
                     r.stdout), r.stdout
    assert re.search(r"reports/linked-folder\s*│ symbolic link to a folder", r.stdout)
    with sqlite3.connect(db) as conn:
        stored = [row[0] for row in conn.execute("select record from reports where status = 'ok'")]
    assert stored and not any("hunter2" in rec for rec in stored)             # nothing of the target
    # asked for: the link is read
    r = run_cli("import", folder, "--db", db, "--workers", "1", "--follow-symlinks")
    assert r.returncode == 0, r.stderr
    with sqlite3.connect(db) as conn:
        assert any("hunter2" in row[0] for row in conn.execute("select record from reports where status = 'ok'"))


def test_convert_and_check_do_not_follow_a_link_out_of_the_folder(linked, tmp_path):
    folder, _ = linked
    r = run_cli("convert", folder, "-o", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    assert f"{folder / 'x.txt'}: skipped: symbolic link to " in r.stderr
    written = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.json"))
    assert written == ["march.json", "sub/inside.json"]
    assert r.stderr.strip().splitlines()[-1].endswith("converted 2 into " + str(tmp_path / "out") +
                                                      ", failed 0, 2 links not followed")
    # a link named on the command line is held to its own folder too; nothing left to do: a usage error
    r = run_cli("convert", folder / "x.txt")
    assert r.returncode == 2 and "hunter2" not in r.stdout and "skipped: symbolic link" in r.stderr
    assert "1 symbolic link not followed (--follow-symlinks reads them)" in r.stderr
    r = run_cli("convert", folder / "x.txt", "--follow-symlinks")
    assert r.returncode == 0 and "hunter2" in r.stdout
    r = run_cli("check", folder, "--format", "json", "--workers", "1")
    assert r.returncode == 0, r.stderr
    assert [Path(rep["path"]).name for rep in json.loads(r.stdout)["reports"]] == ["march.txt", "inside.txt"]
    assert "skipped:" in r.stderr and "x.txt" in r.stderr


def test_output_names_never_collide_and_fit_the_file_system():
    long_stem = "b" * 252
    rels = [Path("x.txt"), Path("x.pdf"), Path("x.pdf.txt"), Path("X.docx"), Path("a/r.txt"), Path("a/r.pdf"),
            Path("x.txt"), Path(long_stem + ".txt"), Path(long_stem + ".pdf"), Path("y.txt")]
    names = output_names(rels)
    assert len({str(n).casefold() for n in names}) == len(rels)               # unique, also by case alone
    assert names == output_names(rels)                                          # deterministic
    assert all(len(os.fsencode(n.name)) <= NAME_MAX for n in names)
    assert names[-1] == Path("y.json")                                          # the plain case stays plain
    assert names[4:6] == [Path("a/r.txt.json"), Path("a/r.pdf.json")]
    assert names[0] == Path("x.txt.json") and names[6] == Path("x.txt~2.json")


def test_convert_writes_as_many_files_as_it_says(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for folder in (a, b, c):
        folder.mkdir()
    (a / "x.txt").write_bytes((SAMPLES / "real" / "march.txt").read_bytes())
    (b / "x.txt").write_bytes((SAMPLES / "real" / "lahr.txt").read_bytes())
    (c / "x.pdf").write_bytes((SAMPLES / "plochingen.pdf").read_bytes())
    (c / "x.pdf.txt").write_bytes((SAMPLES / "real" / "hemsbach.txt").read_bytes())
    (c / "x.txt").write_bytes((SAMPLES / "real" / "aidlingen.txt").read_bytes())
    (c / ("l" * 251 + ".txt")).write_bytes((SAMPLES / "real" / "dusslingen.txt").read_bytes())
    out = tmp_path / "out"
    r = run_cli("convert", a, b, c, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    written = sorted(out.iterdir())
    assert r.stderr.strip().splitlines()[-1] == f"converted {len(written)} into {out}, failed 0"
    assert len(written) == 6
    municipalities = sorted(json.loads(p.read_text(encoding="utf-8"))["municipality"]["name"] for p in written)
    assert municipalities == sorted(["March", "Lahr/Schwarzwald", "Plochingen", "Hemsbach", "Aidlingen", "Dußlingen"])
    # the same run again gives the same names
    again = tmp_path / "again"
    assert run_cli("convert", a, b, c, "-o", again).returncode == 0
    assert [p.name for p in sorted(again.iterdir())] == [p.name for p in written]
