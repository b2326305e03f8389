"""Corpus quality check: per report the missing and unanswered sections and the warnings, and a corpus
summary (how many reports answer each section, the most common gaps), as a table, JSON, CSV or one
self-contained HTML page."""
from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, select_autoescape
from rich.console import Console
from rich.table import Table
from rich.text import Text

from extractor import __version__
from extractor.core.filenames import as_text, shown
from extractor.core.private_files import DEFAULT_MODE, open_text
from extractor.core.report_type import ReportType

from .cells import csv_row

STATES = ("answered", "unanswered", "missing")
STATE_LABELS = {"answered": "beantwortet", "unanswered": "unbeantwortet", "missing": "fehlt"}  # the page is German


@dataclass
class ReportCheck:
    path: str
    status: str                                   # ok | failed
    format: str | None = None
    label: str | None = None                      # what names the report (the type's label column)
    missing: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    error_code: str | None = None
    error_message: str | None = None

    @classmethod
    def from_record(cls, path: str, record: dict[str, Any], rt: ReportType) -> "ReportCheck":
        quality = record.get("quality") or {}
        return cls(path=path, status="ok", format=(record.get("source") or {}).get("format"),
                   label=rt.label(record),
                   missing=list(quality.get("missing_sections") or []),
                   unanswered=list(quality.get("unanswered_sections") or []),
                   warnings=list(quality.get("warnings") or []))

    @classmethod
    def from_failure(cls, path: str, code: str | None, message: str | None, fmt: str | None = None) -> "ReportCheck":
        return cls(path=path, status="failed", format=fmt, error_code=code, error_message=message)

    def state(self, key: str) -> str | None:
        """answered / unanswered / missing for one section; None when the file failed."""
        if self.status != "ok":
            return None
        return "missing" if key in self.missing else "unanswered" if key in self.unanswered else "answered"


def from_rows(rows: Iterable[dict[str, Any]], rt: ReportType) -> list[ReportCheck]:
    """Checks from database rows (see ``Store.rows``)."""
    out = []
    for row in rows:
        if row["status"] == "ok" and row.get("record"):
            out.append(ReportCheck.from_record(row["path"], row["record"], rt))
        else:
            out.append(ReportCheck.from_failure(row["path"], row["error_code"], row["error_message"], row["format"]))
    return out


def summarise(checks: list[ReportCheck], rt: ReportType) -> dict[str, Any]:
    ok = [c for c in checks if c.status == "ok"]
    sections = []
    for sec in rt.form.sections:
        counts = Counter(c.state(sec.key) for c in ok)
        sections.append({"key": sec.key, "heading": sec.heading, **{s: counts[s] for s in STATES},
                         "coverage": round(counts["answered"] / len(ok), 4) if ok else 0.0})
    gaps = sorted((s for s in sections if s["missing"] + s["unanswered"]),
                  key=lambda s: (-(s["missing"] + s["unanswered"]), s["key"]))
    return {
        "reports": len(checks),
        "ok": len(ok),
        "failed": len(checks) - len(ok),
        "complete": sum(1 for c in ok if not c.missing and not c.unanswered),
        "sections": sections,
        "gaps": [{"key": s["key"], "heading": s["heading"], "reports": s["missing"] + s["unanswered"],
                  "missing": s["missing"], "unanswered": s["unanswered"]} for s in gaps],
        "warnings": dict(Counter(w["code"] for c in ok for w in c.warnings).most_common()),
        "errors": dict(Counter(c.error_code for c in checks if c.status != "ok").most_common()),
    }


# ------------------------------------------------------------------------------------------- renderers

def to_json(checks: list[ReportCheck], summary: dict[str, Any], rt: ReportType) -> str:
    def report(c: ReportCheck) -> dict[str, Any]:
        # the label under its column's name, as the report type calls it
        return {(rt.label_column or "label") if k == "label" else k: v for k, v in asdict(c).items()}
    return json.dumps({"summary": summary, "reports": [report(c) for c in checks]}, ensure_ascii=False, indent=2)


def to_csv(checks: list[ReportCheck], rt: ReportType) -> str:
    form = rt.form
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["path", "status", rt.label_column or "label", "missing_count", "unanswered_count", "warning_count",
                     "missing_sections", "unanswered_sections", "warning_codes", "error_code", "error_message",
                     *(f"section_{k}" for k in form.keys)])
    for c in checks:
        counts = [len(c.missing), len(c.unanswered), len(c.warnings)] if c.status == "ok" else ["", "", ""]
        writer.writerow(csv_row([shown(c.path), c.status, c.label or "", *counts,
                                 " ".join(c.missing), " ".join(c.unanswered), " ".join(w["code"] for w in c.warnings),
                                 c.error_code or "", c.error_message or "", *(c.state(k) or "" for k in form.keys)]))
    return buf.getvalue()


SYMBOLS = {"answered": "+", "unanswered": "?", "missing": "-"}


def _display_paths(paths: list[str]) -> tuple[str | None, list[str]]:
    """Paths relative to their common folder, so the table stays narrow; shown escaped (``shown``)."""
    if len(paths) < 2:
        return None, [shown(p) for p in paths]
    try:
        root = os.path.commonpath([os.path.dirname(p) for p in paths])
    except ValueError:  # relative and absolute paths mixed
        return None, [shown(p) for p in paths]
    if root in ("", "/", "."):
        return None, [shown(p) for p in paths]
    return shown(root), [shown(os.path.relpath(p, root)) for p in paths]


def print_table(console: Console, checks: list[ReportCheck], summary: dict[str, Any], rt: ReportType) -> None:
    keys = [s["key"] for s in summary["sections"]]
    root, names = _display_paths([c.path for c in checks])
    reports = Table(title=Text("Reports" + (f" in {root}" if root else ""), style="italic"), title_justify="left",
                    caption="sections in form order: + answered, ? unanswered, - missing", caption_justify="left")
    reports.add_column("file", overflow="fold", min_width=20)
    reports.add_column(rt.label_column or "label", overflow="fold")
    reports.add_column("sections", no_wrap=True)
    reports.add_column("miss", justify="right")
    reports.add_column("unans", justify="right")
    reports.add_column("warn", justify="right")
    for c, name in zip(checks, names):
        if c.status == "ok":
            reports.add_row(Text(name), Text(shown(c.label or "")), "".join(SYMBOLS[c.state(k)] for k in keys),
                            str(len(c.missing)), str(len(c.unanswered)), str(len(c.warnings)))
        else:
            reports.add_row(Text(name), "", Text("failed", style="red"), "", "", "")
    console.print(reports)
    for c in checks:
        if c.status != "ok":
            console.print(Text(f"failed: {shown(c.path)}: [{c.error_code}] {shown(c.error_message or '')}"),
                          soft_wrap=True)

    sections = Table(title="Sections across the corpus", title_justify="left")
    for name, justify in (("#", "right"), ("section", "left"), ("answered", "right"), ("unanswered", "right"),
                          ("missing", "right"), ("coverage", "right")):
        sections.add_column(name, justify=justify)
    for i, s in enumerate(summary["sections"], 1):
        sections.add_row(str(i), s["key"], str(s["answered"]), str(s["unanswered"]), str(s["missing"]),
                         f"{s['coverage']:.0%}")
    console.print(sections)
    gaps = ", ".join(f"{g['key']} ({g['reports']})" for g in summary["gaps"][:5]) or "none"
    console.print(f"{summary['reports']} reports: {summary['ok']} checked, {summary['failed']} failed, "
                  f"{summary['complete']} complete. Most common gaps: {gaps}", highlight=False)


def to_html(checks: list[ReportCheck], summary: dict[str, Any], rt: ReportType, *, title: str, source: str) -> str:
    form = rt.form
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["shown"] = shown  # names with control characters are shown escaped
    template = env.from_string(resources.files("extractor.reports").joinpath("templates/check.html.j2")
                               .read_text(encoding="utf-8"))
    headings = {s.key: s.heading for s in form.sections}
    root, names = _display_paths([c.path for c in checks])
    return template.render(
        title=title, source=source, summary=summary, rows=list(zip(checks, names)), root=root,
        keys=list(form.keys), headings=headings,
        label_title=rt.column(rt.label_column).title if rt.label_column else "Bericht",
        chart=_chart(summary), state_labels=STATE_LABELS, version=__version__,
        generated=datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M"))


def _chart(summary: dict[str, Any]) -> dict[str, Any]:
    """Geometry of the coverage chart: one stacked horizontal bar per section (answered, unanswered,
    missing), widths proportional to the number of checked reports."""
    label_w, bar_w, row_h, gap = 340, 440, 22, 8
    total = max(summary["ok"], 1)
    rows = []
    for i, s in enumerate(summary["sections"]):
        x = label_w
        parts = []
        for state in STATES:
            w = bar_w * s[state] / total
            if s[state]:
                parts.append({"state": state, "x": round(x, 2), "w": round(w, 2), "n": s[state]})
            x += w
        rows.append({"key": s["key"], "heading": s["heading"], "y": i * (row_h + gap), "h": row_h, "parts": parts,
                     "coverage": s["coverage"], "answered": s["answered"]})
    height = len(rows) * (row_h + gap)
    return {"rows": rows, "width": label_w + bar_w + 60, "height": height, "label_w": label_w, "bar_w": bar_w}


def write_html(path: Path, html: str, file_mode: int = DEFAULT_MODE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_text(path, file_mode) as fh:
        fh.write(html)


def check_files(inputs: list[Path], console: Console, rt: ReportType, *, follow_symlinks: bool = False,
                **runner_options) -> list[ReportCheck]:
    """Extract the files (folders walked recursively) in parallel and check each; input order is kept.
    Links to targets outside ``inputs`` are listed on ``console`` and not read (``inputs.collect``)."""
    from extractor.bulk.batch import Runner
    from extractor.bulk.inputs import collect
    from extractor.bulk.progress import BatchProgress
    from extractor.readers.formats import by_suffix

    found = collect(inputs, follow_symlinks=follow_symlinks)
    for link, why in found.refused:
        console.print(Text(f"skipped: {shown(link)}: {why}"), soft_wrap=True)
    checks: list[ReportCheck | None] = [None] * len(found.files)
    paths = [f.path for f in found.files]
    if paths:
        with Runner(report_type=rt.ref, **runner_options) as runner, BatchProgress(len(paths), console, "checking") as progress:
            for out in runner.run(paths):
                name = as_text(out.path)
                if out.ok:
                    checks[out.index] = ReportCheck.from_record(name, out.record, rt)
                    progress.advance(shown(name), out.seconds)
                else:
                    named = by_suffix(out.path)
                    checks[out.index] = ReportCheck.from_failure(
                        name, out.error_code, out.error_message, named.name if named else None)
                    progress.advance(shown(name), out.seconds, f"[{out.error_code}] {shown(out.error_message or '')}")
    missing = [ReportCheck.from_failure(as_text(p), "not_found", "no such file or folder") for p in found.missing]
    return [c for c in checks if c is not None] + missing
