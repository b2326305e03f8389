"""Type files: a form described without code works where a type name does, and a mistake in one is a
clear error with file, line and what to fix, never a traceback."""
from __future__ import annotations

import json
import textwrap

import pytest

from extractor.core import registry
from tests.conftest import ROOT
from tests.support.bulk import run_cli

THIRD_PARTY = ROOT / "tests" / "data" / "thirdparty"

GOOD = """\
name = "notes"
title = "Notizen"

[[section]]
key = "who"
heading = "Anwesende Personen"

[[section]]
key = "when"
heading = "Termine und Fristen"

[[field]]
name = "people"
kind = "persons"
section = "who"

[[field]]
name = "dates"
kind = "dates"
section = "when"
"""


def write(tmp_path, text: str, name: str = "form.toml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_the_third_party_type_written_as_a_file_scores_as_the_code_does():
    """tests/data/thirdparty/minutes.toml describes the minutes type of minutes_type/ without code."""
    r = run_cli("eval", THIRD_PARTY / "reports", "--type", THIRD_PARTY / "minutes.toml", "--format", "json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["fields"]["attendees"]["f1"] == 1.0 and out["fields"]["next_meeting"]["f1"] == 1.0


@pytest.mark.parametrize("edit, line, says", [
    # TOML syntax: tomllib's line and column
    (lambda t: t.replace('title = "Notizen"', 'title = "Notizen'), 2, "TOML syntax"),
    (lambda t: t.replace('kind = "persons"', 'kind = "personen"'), 14, "unknown kind 'personen' (did you mean "
                                                                       "'person'?); use one of: text, items"),
    (lambda t: t.replace('key = "when"', 'key = "who"'), 9, "duplicate section key"),
    (lambda t: t.replace('section = "when"\n', 'section = "when"\npattern = "GiQ-(\\\\d{4}"\n'), 21,
     "bad pattern: missing ), unterminated subpattern"),
    (lambda t: t.replace('section = "who"', 'section = "wer"'), 15, "no section has the key 'wer'"),
    (lambda t: t.replace('name = "dates"', 'name = "dates"\ncolour = true'), 19, "unknown key 'colour' (did you "
                                                                                   "mean 'column'?)"),
    (lambda t: t.replace('name = "dates"', 'name = "text"'), 18, "'text' is a part every record has"),
    (lambda t: t.replace('name = "dates"', 'name = "people.first"'), 18, "a name cannot be both a field and a group"),
    (lambda t: t.replace('heading = "Termine und Fristen"', 'heading = "Anwesende Personen"'), 10,
     "is also a heading of section 'who'"),
    (lambda t: t.replace('title = "Notizen"\n', ''), None, "title is missing"),
])
def test_mistakes_name_file_line_and_fix(tmp_path, edit, line, says):
    path = write(tmp_path, edit(GOOD))
    r = run_cli("type", "check", path)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    where = f"{path}:{line}:" if line else f"{path}:"
    assert r.stderr.startswith(where), r.stderr
    assert says in r.stderr, r.stderr
    # the same mistake where a type is used: a usage error naming the file, not a crash
    r = run_cli("convert", "--type", path, ROOT / "samples" / "plochingen.txt")
    assert r.returncode == 2 and "Traceback" not in r.stderr and str(path) in r.stderr


def test_several_mistakes_are_listed_together(tmp_path):
    text = GOOD.replace('kind = "persons"', 'kind = "leute"').replace('section = "when"', 'section = "wann"')
    r = run_cli("type", "check", write(tmp_path, text))
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 2 and ":14: " in lines[0] and ":20: " in lines[1]


def test_paths_that_are_no_type_file(tmp_path):
    r = run_cli("type", "check", tmp_path / "missing.toml")
    assert r.returncode == 2 and "no such type file" in r.stderr               # a missing input: usage error
    (tmp_path / "form.yaml").write_text("name: x\n")
    r = run_cli("convert", "--type", tmp_path / "form.yaml", ROOT / "samples" / "plochingen.txt")
    assert r.returncode == 2 and "not a type file: report types are read from .toml files" in r.stderr
    r = run_cli("convert", "--type", "notinstalled", ROOT / "samples" / "plochingen.txt")
    assert r.returncode == 2 and "a type described in a file is named by its path" in r.stderr


def test_the_registry_reads_a_file_once_and_knows_where_it_came_from(tmp_path):
    path = write(tmp_path, GOOD)
    rt = registry.get(str(path))
    assert rt.name == "notes" and rt.origin == str(path) and rt.ref == str(path)
    assert registry.get(str(path)) is rt
    assert registry.get("kfd").ref == "kfd"
    assert rt.form.keys == ("who", "when") and rt.personal_fields == ("people",)
    assert [f.name for f in rt.evaluation.fields] == ["people", "dates"]
