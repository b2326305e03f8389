"""eval: the scorer on hand-made cases, the CLI on a small folder, and the labelled sets against their
thresholds (the scanned set also against its born-digital twins)."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

from extractor.core import registry
from extractor.core.report_type import FieldSpec
from extractor.reports.evaluate import Evaluation, ReportResult, Score, check_thresholds, evaluate, score_field
from testkit.scans import SCANS
from tests.conftest import ROOT, SAMPLES

CORPUS = SAMPLES / "corpus"


def test_scalar_scoring_counts_a_wrong_value_twice():
    spec = FieldSpec("contact.name", "scalar")
    r = ReportResult("x")
    assert score_field(spec, "A", "A", r).as_dict()["tp"] == 1
    wrong = score_field(spec, "A", "B", r)
    assert (wrong.tp, wrong.fp, wrong.fn) == (0, 1, 1)
    missed = score_field(spec, None, "B", r)
    assert (missed.tp, missed.fp, missed.fn) == (0, 0, 1)
    invented = score_field(spec, "A", None, r)
    assert (invented.tp, invented.fp, invented.fn) == (0, 1, 0)
    assert score_field(spec, None, None, r).as_dict()["f1"] == 1.0
    assert r.errors == ['contact.name: got "A", expected "B"', 'contact.name: got null, expected "B"',
                        'contact.name: got "A", expected null']


def test_list_scoring_is_a_multiset():
    s = score_field(FieldSpec("topics", "list"), ["Wohnen", "Arbeit", "Arbeit"], ["Arbeit", "Bildung"],
                    ReportResult("x"))
    assert (s.tp, s.fp, s.fn) == (1, 2, 1)
    assert round(s.precision, 3) == 0.333 and s.recall == 0.5


def test_score_arithmetic():
    s = Score(tp=8, fp=2, fn=0)
    assert (s.precision, s.recall, round(s.f1, 4)) == (0.8, 1.0, 0.8889)


def test_eval_finds_a_wrong_gold_value(tmp_path):
    """Two reports copied with their gold; one gold value changed: eval must report exactly that field."""
    for name in ("aichelstetten", "bad-steinach"):
        src = next(CORPUS.glob(f"{name}.*[!n]"))  # the report file, not the .gold.json
        shutil.copy(src, tmp_path / src.name)
        shutil.copy(CORPUS / f"{name}.gold.json", tmp_path / f"{name}.gold.json")
    gold = json.loads((tmp_path / "bad-steinach.gold.json").read_text(encoding="utf-8"))
    gold["contact"]["city"] = "Anderswo"
    (tmp_path / "bad-steinach.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "extractor", "eval", str(tmp_path), "--format", "json"],
                       capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["reports"] == 2
    assert out["fields"]["contact.city"]["fp"] == 1 and out["fields"]["contact.city"]["fn"] == 1
    worst = {w["file"]: w["errors"] for w in out["worst"]}
    assert 'contact.city: got "Bad Steinach", expected "Anderswo"' in worst["bad-steinach.pdf"]
    assert "aichelstetten.txt" not in worst


def test_thresholds_fail_the_command(tmp_path):
    for name in ("aichelstetten",):
        shutil.copy(CORPUS / f"{name}.txt", tmp_path / f"{name}.txt")
        gold = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))
        gold["municipality"]["name"] = "Falsch"
        (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "thresholds.json").write_text('{"field_f1": 0.9999}')
    r = subprocess.run([sys.executable, "-m", "extractor", "eval", str(tmp_path)], capture_output=True, text=True,
                       cwd=ROOT, timeout=300)
    assert r.returncode == 1
    assert "BELOW: field_f1" in r.stdout


def test_a_label_can_have_its_own_threshold():
    ev = Evaluation()
    ev.entities["ORG"] = Score(tp=9, fp=1, fn=0)  # F1 0.9474
    assert check_thresholds(ev, {"entity_f1.ORG": 0.92}) == []
    assert check_thresholds(ev, {"entity_f1.ORG": 0.95}) == ["entity_f1.ORG: 0.9474 < 0.9500"]
    assert check_thresholds(ev, {"entity_f1.NOPE": 0.5}) == ["entity_f1.NOPE: no such headline figure"]


def test_corpus_meets_its_thresholds():
    """The headline figures the README quotes; samples/corpus/thresholds.json holds the floor."""
    ev = evaluate(CORPUS, registry.get("kfd"))
    assert ev.n >= 60
    thresholds = json.loads((CORPUS / "thresholds.json").read_text())
    assert check_thresholds(ev, thresholds) == [], ev.headline()


def test_real_reports_meet_their_thresholds():
    """Nineteen real reports, labelled by hand (samples/real/*.gold.json, notes in GOLD-NOTES.md)."""
    ev = evaluate(SAMPLES / "real", registry.get("kfd"))
    assert ev.n == 19
    thresholds = json.loads((SAMPLES / "real" / "thresholds.json").read_text())
    assert check_thresholds(ev, thresholds) == [], ev.headline()


def test_scanned_reports_meet_their_thresholds_within_two_points_of_born_digital(tmp_path):
    """samples/scanned (testkit/scans.py): the same reports scanned, read by OCR, score within 2 points of
    field F1 of their born-digital twins, which are evaluated here against the same gold."""
    scanned = SAMPLES / "scanned"
    rt = registry.get("kfd")
    ev = evaluate(scanned, rt)
    assert ev.n == len(SCANS) == 7
    thresholds = json.loads((scanned / "thresholds.json").read_text())
    assert check_thresholds(ev, thresholds) == [], ev.headline()
    for scan in SCANS:
        twin = SAMPLES / scan.source
        shutil.copy(twin, tmp_path / twin.name)
        gold = json.loads((scanned / f"{Path(scan.name).stem}.gold.json").read_text(encoding="utf-8"))
        gold["file"] = twin.name
        (tmp_path / f"{twin.stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    born_digital = evaluate(tmp_path, rt)
    assert born_digital.n == ev.n and born_digital.headline()["reports_failed"] == 0
    scanned_f1, born_f1 = ev.headline()["field_f1"], born_digital.headline()["field_f1"]
    assert born_f1 - scanned_f1 <= 0.02, (scanned_f1, born_f1, [r.errors for r in ev.reports if r.errors])
