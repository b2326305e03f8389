"""Command-line options no other test runs: convert --debug, eval --worst and eval --thresholds.
(--type is run by tests/report_types/test_third_party.py and typefile/; -f/-o by test_convention.py.)"""
import json
import shutil
import sys

from click.testing import CliRunner

from extractor.cli import main
from tests.conftest import ROOT
from tests.support.bulk import run_cli

CORPUS = ROOT / "samples" / "corpus"
LAHR = ROOT / "samples" / "real" / "lahr.txt"


def boom(*args, **kwargs):
    raise RuntimeError("a bug\nover two lines")


def test_convert_names_an_internal_error_on_one_line_and_debug_adds_the_traceback(monkeypatch):
    # the module, not the click command of the same name that extractor.cli exports
    monkeypatch.setattr(sys.modules["extractor.cli.convert"], "_extract", boom)
    plain = CliRunner().invoke(main, ["convert", str(LAHR)])
    assert plain.exit_code == 1
    assert plain.stderr.strip() == f"{LAHR}: error [internal]: RuntimeError: a bug over two lines"
    debug = CliRunner().invoke(main, ["convert", "--debug", str(LAHR)])
    assert debug.exit_code == 1
    assert "error [internal]: RuntimeError: a bug over two lines" in debug.stderr
    assert "Traceback (most recent call last)" in debug.stderr and 'raise RuntimeError("a bug' in debug.stderr


def eval_folder(tmp_path, wrong: dict[str, str]):
    """Corpus reports with their gold, the municipality name in each gold set to ``wrong[name]``."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, municipality in wrong.items():
        shutil.copy(CORPUS / f"{name}.txt", folder / f"{name}.txt")
        gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
        gold["municipality"]["name"] = municipality
        (folder / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def test_eval_worst_lists_that_many_reports_and_thresholds_come_from_the_file_named(tmp_path):
    folder = eval_folder(tmp_path, {"aichelstetten": "Falsch", "albstetten": "Auch falsch"})
    (folder / "thresholds.json").write_text('{"field_f1": 0.0}')            # met: would pass
    strict = tmp_path / "strict.json"
    strict.write_text('{"field_f1": 0.9999, "reports_failed": 0}')
    r = run_cli("eval", folder, "--worst", "1", "--thresholds", strict, "-f", "json")
    assert r.returncode == 1, r.stderr
    out = json.loads(r.stdout)
    assert out["thresholds"]["file"] == str(strict)
    assert [b.split()[0].rstrip(":") for b in out["thresholds"]["below"]] == ["field_f1"]
    assert len(out["worst"]) == 1 and out["worst"][0]["file"] in ("aichelstetten.txt", "albstetten.txt")
    assert any("Falsch" in e for w in out["worst"] for e in w["errors"]) or \
        any("Auch falsch" in e for w in out["worst"] for e in w["errors"])
    r = run_cli("eval", folder, "--worst", "0", "-f", "json")                # the folder's thresholds.json: met
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["worst"] == [] and out["thresholds"] == {"file": str(folder / "thresholds.json"), "below": []}


def test_eval_thresholds_file_that_does_not_exist_is_a_usage_error(tmp_path):
    folder = eval_folder(tmp_path, {"aichelstetten": "Aichelstetten"})
    r = run_cli("eval", folder, "--thresholds", tmp_path / "nope.json")
    assert r.returncode == 2 and f"no such file: {tmp_path / 'nope.json'}" in r.stderr
