"""Terminal tables (rich) for the eval command."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .evaluate import Evaluation, Score


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


def print_evaluation(ev: Evaluation, worst: int, console: Console | None = None) -> None:
    console = console or Console(width=120)
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
    bad = ev.worst(worst)
    if bad:
        console.print(f"[b]Worst {len(bad)} reports[/b]")
        for r in bad:
            console.print(f"  {r.file}: " + (f"FAILED {r.failed}" if r.failed else f"{len(r.errors)} wrong"))
            for e in r.errors[:8]:
                console.print(f"      {e}", markup=False)
