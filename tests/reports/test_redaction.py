"""``export --redact`` on a hand-made test set: 50 personal items of 14 kinds planted in a txt, a docx and
a pdf report (tests/data/redaction/, listed by hand in MANIFEST.json, not taken from the extractor).

The files are imported from a folder inside a user's home folder, exported plain and redacted (jsonl,
csv, xlsx), and every planted item is looked for in every redacted output: the share removed is
printed per kind, and any miss fails, naming it. Each planted item is first found in the plain export
(so a miss of the planting would fail too). What must stay (organisations, municipalities, roles,
event dates) is looked for in the redacted records.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from extractor.core import registry
from extractor.reports.redact import TOKENS
from tests.conftest import ROOT
from tests.support.bulk import excel_csv, run_cli
from tests.support.records import strings

DATA = ROOT / "tests" / "data" / "redaction"
MANIFEST = json.loads((DATA / "MANIFEST.json").read_text(encoding="utf-8"))
FILES = sorted({item["file"] for item in MANIFEST["planted"]} - {"*"})
USER_FOLDER = ("home", "jmeier", "kfd-berichte")


def occurs(needle: str, haystack: str, *, case_insensitive: bool = False) -> bool:
    """``needle`` as a whole (not inside a longer word), also with its spaces left out (IBANs, phones)."""
    flags = re.I if case_insensitive else 0
    pattern = rf"(?<!\w){re.escape(needle)}(?!\w)" if needle[:1].isalnum() and needle[-1:].isalnum() \
        else re.escape(needle)
    if re.search(pattern, haystack, flags):
        return True
    compact = re.sub(r"\s+", "", needle)
    return compact != needle and len(compact) >= 8 and compact in re.sub(r"\s+", "", haystack)


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> dict:
    base = tmp_path_factory.mktemp("redaction")
    folder = base.joinpath(*USER_FOLDER)
    (folder / "2017").mkdir(parents=True)
    for name in FILES:
        shutil.copy(DATA / name, folder / "2017" / name)
    db = base / "reports.db"
    r = run_cli("import", folder, "--db", db, "--workers", "2")
    assert r.returncode == 0, r.stdout + r.stderr
    out = {}
    for kind, args in {"plain.jsonl": ["--format", "jsonl"], "redacted.jsonl": ["--format", "jsonl", "--redact"],
                       "plain.csv": ["--format", "csv"], "redacted.csv": ["--format", "csv", "--redact"],
                       "redacted.xlsx": ["--redact"], "plain.xlsx": []}.items():
        path = base / kind
        r = run_cli("export", db, "-o", path, *args)
        assert r.returncode == 0, r.stderr
        out[kind] = path
    sha = {hashlib.sha256((DATA / name).read_bytes()).hexdigest(): name for name in FILES}

    def by_file(path: Path) -> dict[str, dict]:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return {sha[r["source"]["sha256"]]: r for r in records}

    def rows(path: Path) -> dict[str, dict]:
        if path.suffix == ".csv":
            table = excel_csv(path.read_bytes().decode("utf-8"))     # the default csv: for German Excel
        else:
            from openpyxl import load_workbook
            ws = load_workbook(path).active
            header = [c.value for c in ws[1]]
            table = [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=2)]
        return {sha[row["sha256"]]: row for row in table}

    return {"plain": by_file(out["plain.jsonl"]), "redacted": by_file(out["redacted.jsonl"]),
            "plain_rows": rows(out["plain.csv"]), "csv": rows(out["redacted.csv"]),
            "xlsx": rows(out["redacted.xlsx"]), "plain_xlsx": rows(out["plain.xlsx"]), "files": out}


def outputs(exports: dict, name: str) -> dict[str, str]:
    """The redacted outputs of one report, each as one text."""
    return {
        "jsonl": "\n".join(strings(exports["redacted"][name])),
        "csv": "\n".join(str(v) for v in exports["csv"][name].values()),
        "xlsx": "\n".join(str(v) for v in exports["xlsx"][name].values() if v is not None),
    }


def test_every_planted_item_is_removed_from_every_redacted_export(exports):
    removed, total, misses = Counter(), Counter(), []
    for item in MANIFEST["planted"]:
        names = FILES if item["file"] == "*" else [item["file"]]
        needles = [item["text"], *item.get("also", [])]
        ci = item.get("case_insensitive", False)
        for name in names:
            plain = "\n".join(strings(exports["plain"][name]) + [exports["plain_rows"][name]["path"]])
            assert occurs(item["text"], plain, case_insensitive=ci), f"not planted: {item} in {name}"
        leaks = [f"{name} ({where})" for name in names for where, text in outputs(exports, name).items()
                 if any(occurs(n, text, case_insensitive=ci) for n in needles)]
        total[item["kind"]] += 1
        if leaks:
            misses.append(f"{item['kind']}: {item['text']!r} left in {', '.join(leaks)}")
        else:
            removed[item["kind"]] += 1
    print("\nRedaction of the planted items (tests/data/redaction/MANIFEST.json)")
    for kind in sorted(total):
        print(f"  {kind:<18} {removed[kind]:>2}/{total[kind]:<2}")
    print(f"  {'all':<18} {sum(removed.values()):>2}/{sum(total.values())} "
          f"({sum(removed.values()) / sum(total.values()):.0%} removed)")
    assert sum(total.values()) >= 40 and len(total) >= 10
    assert not misses, "\n".join(misses)


def test_non_personal_content_survives(exports):
    lost = [f"{item['kind']}: {item['text']!r} ({item['file']})" for item in MANIFEST["kept"]
            if not occurs(item["text"], "\n".join(strings(exports["redacted"][item["file"]])))]
    assert not lost, "\n".join(lost)
    for name in FILES:
        red, plain = exports["redacted"][name], exports["plain"][name]
        assert red["municipality"] == plain["municipality"] and red["events"] == plain["events"]
        assert red["organisations"] == plain["organisations"] and red["costs"] == plain["costs"]
        assert exports["csv"][name]["municipality"] == plain["municipality"]["name"]


def test_redacted_records_are_valid_and_their_offsets_hold(exports):
    model = registry.get("kfd").model
    tokens = set(TOKENS.values())
    for name in FILES:
        red, plain = exports["redacted"][name], exports["plain"][name]
        model.model_validate(red)
        assert red["contact"]["name"] is red["contact"]["phone"] is red["contact"]["email"] is None
        assert red["moderation"]["persons"] == []
        assert not {e["label"] for e in red["entities"]} & {"PERSON", "EMAIL", "PHONE"}
        for ent in red["entities"]:                      # offsets point into the redacted text
            assert red["text"][ent["start"]:ent["end"]] == ent["text"], ent
        for key, sec in red["sections"].items():
            before = plain["sections"][key]
            if before["start"] is not None and plain["text"][before["start"]:before["end"]] == before["text"]:
                assert red["text"][sec["start"]:sec["end"]] == sec["text"], key
        # fixed tokens, not length-keeping masks
        assert "█" not in red["text"] and set(re.findall(r"\[[A-Za-z-]+\]", red["text"])) <= tokens
        assert red["text"].count("[Name]") >= 4
        # the path: relative to the imported folder
        assert red["source"]["file"].startswith("2017/") and not Path(red["source"]["file"]).is_absolute()
        assert exports["csv"][name]["path"] == red["source"]["file"]


def test_redacted_exports_keep_the_plain_columns(exports):
    files = exports["files"]
    plain = files["plain.csv"].read_text(encoding="utf-8-sig").splitlines()[0]
    assert files["redacted.csv"].read_text(encoding="utf-8-sig").splitlines()[0] == plain
    for name in FILES:
        assert list(exports["xlsx"][name]) == list(exports["plain_xlsx"][name]) == plain.split(";")
        row = exports["csv"][name]
        assert row["contact_name"] == row["contact_email"] == row["contact_phone"] == row["moderation_persons"] == ""
        assert exports["plain_rows"][name]["contact_name"]          # the plain one has them
