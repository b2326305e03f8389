"""What ``eval`` writes: terminal tables (rich) or JSON (``WRITERS``)."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from rich.console import Console
from rich.table import Table

from .evaluate import Evaluation, Score
from .writers import Writer, text_stream


@dataclass
class EvalReport:
    ev: Evaluation
    worst: int = 10
    thresholds: Path | None = None                  # the file the floors came from
    below: list[str] = field(default_factory=list)  # headline figures below their floor


def _score_table(title: str, scores: dict[str, Score], first: str) -> Table:
    t = Table(title=title, title_justify="left")
    t.add_column(first)
    for col in ("precision", "recall", "F1", "tp", "fp", "fn"):
        t.add_column(col, justify="right")
    total = Score()
    for name, s in scores.items():
        total.add(s)
        t.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    t.add_row("[b]overall[/b]", f"{total.precision:.3f}", f"{total.recall:.3f}", f"[b]{total.f1:.3f}[/b]",
              str(total.tp), str(total.fp), str(total.fn))
    return t


def print_evaluation(report: EvalReport, console: Console) -> None:
    ev = report.ev
    head = ev.headline()
    h = Table(title=f"Headline ({ev.n} reports)", title_justify="left")
    h.add_column("figure")
    h.add_column("value", justify="right")
    for k, v in head.items():
        h.add_row(k, f"{v:.4f}" if isinstance(v, float) else "not labelled" if v is None else str(v))
    console.print(h)
    console.print(_score_table("Fields", ev.fields, "field"))
    if ev.entity_reports:
        console.print(_score_table("Entities", dict(sorted(ev.entities.items())), "label"))
    bad = ev.worst(report.worst)
    if bad:
        console.print(f"[b]Worst {len(bad)} reports[/b]")
        for r in bad:
            console.print(f"  {r.file}: " + (f"FAILED {r.failed}" if r.failed else f"{len(r.errors)} wrong"),
                          markup=False)
            for e in r.errors[:8]:
                console.print(f"      {e}", markup=False)
    if report.thresholds:
        console.print(f"thresholds ({report.thresholds}): "
                      + ("all met" if not report.below else "BELOW: " + "; ".join(report.below)), markup=False)


def write_table(report: EvalReport, out: IO[bytes]) -> None:
    width = None if out.isatty() or "COLUMNS" in os.environ else 120
    with text_stream(out) as text:
        print_evaluation(report, Console(file=text, width=width))


def write_json(report: EvalReport, out: IO[bytes]) -> None:
    doc = report.ev.as_dict(report.worst)
    doc["thresholds"] = {"file": str(report.thresholds) if report.thresholds else None, "below": report.below}
    out.write((json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


WRITERS = (
    Writer("table", (".txt",), write_table),
    Writer("json", (".json",), write_json),
)
