"""``eval``: score extracted records against gold records, per field, per entity label and per section.

Generic: which fields exist and how their values are compared comes from the report
type's ``evaluation`` (its ``FieldSpec``s and entity key). A wrong value counts once as a
false positive and once as a false negative; a list field is scored as a multiset.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from extractor.core.errors import ExtractionError
from extractor.core.report_type import FieldSpec, ReportType, value_at
from extractor.nlp import labels
from extractor.pipeline.engine import extract


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class ReportResult:
    file: str
    errors: list[str] = field(default_factory=list)   # "<field>: got X, expected Y"
    failed: str | None = None                         # extraction error, if any


@dataclass
class Evaluation:
    fields: dict[str, Score] = field(default_factory=dict)
    entities: dict[str, Score] = field(default_factory=dict)
    sections_total: int = 0
    sections_right: int = 0
    missing_right: int = 0
    unanswered_right: int = 0
    entity_reports: int = 0                           # reports whose gold lists its entities
    reports: list[ReportResult] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.reports)

    def overall(self, scores: dict[str, Score]) -> Score:
        total = Score()
        for s in scores.values():
            total.add(s)
        return total

    def headline(self) -> dict[str, float]:
        n = self.n or 1
        return {
            "field_f1": round(self.overall(self.fields).f1, 4),
            "field_precision": round(self.overall(self.fields).precision, 4),
            "field_recall": round(self.overall(self.fields).recall, 4),
            "entity_f1": round(self.overall(self.entities).f1, 4) if self.entity_reports else None,
            "section_detection": round(self.sections_right / (self.sections_total or 1), 4),
            "missing_accuracy": round(self.missing_right / n, 4),
            "unanswered_accuracy": round(self.unanswered_right / n, 4),
            "reports_failed": sum(1 for r in self.reports if r.failed),
        }

    def as_dict(self, worst: int = 10) -> dict[str, Any]:
        return {
            "reports": self.n,
            "headline": self.headline(),
            "fields": {k: v.as_dict() for k, v in self.fields.items()},
            "entities": {k: v.as_dict() for k, v in sorted(self.entities.items())},
            "worst": [{"file": r.file, "failed": r.failed, "errors": r.errors} for r in self.worst(worst)],
        }

    def worst(self, k: int) -> list[ReportResult]:
        bad = [r for r in self.reports if r.failed or r.errors]
        return sorted(bad, key=lambda r: (r.failed is None, -len(r.errors), r.file))[:k]


def _show(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False, default=str)


def score_field(spec: FieldSpec, pred: Any, gold: Any, result: ReportResult) -> Score:
    s = Score()
    if spec.kind == "scalar":
        p = None if pred is None else spec.key(pred)
        g = None if gold is None else spec.key(gold)
        if p is not None and p == g:
            s.tp = 1
        else:
            s.fp = int(p is not None)
            s.fn = int(g is not None)
            if p != g:
                result.errors.append(f"{spec.name}: got {_show(p)}, expected {_show(g)}")
        return s
    p = Counter(spec.key(x) for x in (pred or []))
    g = Counter(spec.key(x) for x in (gold or []))
    s.tp = sum((p & g).values())
    s.fp = sum((p - g).values())
    s.fn = sum((g - p).values())
    if s.fp or s.fn:
        extra = sorted(_show(x) for x in (p - g).elements())
        lacking = sorted(_show(x) for x in (g - p).elements())
        result.errors.append(f"{spec.name}: extra {extra}, missing {lacking}")
    return s


def evaluate_record(record: dict, gold: dict, specs: tuple[FieldSpec, ...], entity_key: Callable[[dict], Any],
                    section_keys: tuple[str, ...], ev: Evaluation, result: ReportResult) -> None:
    for spec in specs:
        ev.fields.setdefault(spec.name, Score()).add(score_field(spec, value_at(record, spec.name),
                                                                 value_at(gold, spec.name), result))
    # A gold record without "entities" labels fields and sections only: its entities are not scored.
    labels = {e["label"] for e in record.get("entities", [])} | {e["label"] for e in gold.get("entities", [])}
    if "entities" in gold:
        ev.entity_reports += 1
    else:
        labels = set()
    for label in sorted(labels):
        spec = FieldSpec(f"entities[{label}]", "list", entity_key)
        pred = [e for e in record.get("entities", []) if e["label"] == label]
        want = [e for e in gold.get("entities", []) if e["label"] == label]
        ev.entities.setdefault(label, Score()).add(score_field(spec, pred, want, result))
    gold_secs = gold.get("sections", {})
    for key in section_keys:
        present = record["sections"][key]["heading"] is not None
        ev.sections_total += 1
        if present == gold_secs.get(key, {}).get("present", False):
            ev.sections_right += 1
        else:
            result.errors.append(f"sections.{key}: present={present}, expected {not present}")
    want_missing = [k for k in section_keys if not gold_secs.get(k, {}).get("present", False)]
    want_unanswered = [k for k in section_keys if gold_secs.get(k, {}).get("present", False)
                       and not gold_secs[k].get("answered", False)]
    if record["quality"]["missing_sections"] == want_missing:
        ev.missing_right += 1
    else:
        result.errors.append(f"quality.missing_sections: got {record['quality']['missing_sections']}, "
                             f"expected {want_missing}")
    if record["quality"]["unanswered_sections"] == want_unanswered:
        ev.unanswered_right += 1
    else:
        result.errors.append(f"quality.unanswered_sections: got {record['quality']['unanswered_sections']}, "
                             f"expected {want_unanswered}")


def gold_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.gold.json"))


def evaluate(folder: Path, rt: ReportType,
             extract_fn: Callable[[Path, ReportType], dict] | None = None) -> Evaluation:
    if rt.evaluation is None:
        raise ValueError(f"report type {rt.name!r} defines no evaluation")
    specs, entity_key = rt.evaluation.fields, rt.evaluation.entity_key
    ev = Evaluation()
    for gold_path in gold_files(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = gold_path.parent / gold["file"]
        result = ReportResult(file=str(source.relative_to(folder)))
        ev.reports.append(result)
        try:
            record = (extract_fn or extract)(source, rt)
        except ExtractionError as exc:
            result.failed = f"[{exc.code}] {exc.message}"
            continue
        evaluate_record(record, gold, specs, entity_key, rt.form.keys, ev, result)
    return ev


def check_thresholds(ev: Evaluation, thresholds: dict[str, float]) -> list[str]:
    """Headline figures below their threshold ("reports_failed" is a maximum). "entity_f1.<LABEL>" is one
    label's entity F1 ("entity_f1.ORG")."""
    head = ev.headline()
    out = []
    for name, limit in thresholds.items():
        got = _figure(ev, head, name)
        if name not in head and name.removeprefix("entity_f1.") not in labels.NAMES:
            out.append(f"{name}: no such headline figure")
        elif got is None:
            out.append(f"{name}: not measured (no gold record labels it)")
        elif name == "reports_failed" and got > limit:
            out.append(f"{name}: {got} > {limit}")
        elif name != "reports_failed" and got < limit:
            out.append(f"{name}: {got:.4f} < {limit:.4f}")
    return out


def _figure(ev: Evaluation, head: dict[str, float], name: str) -> float | None:
    if name.startswith("entity_f1."):
        score = ev.entities.get(name.split(".", 1)[1])
        return None if score is None else round(score.f1, 4)
    return head.get(name)
