"""Corpus quality check: per report the missing and unanswered sections and the warnings, and a corpus
summary (how many reports answer each section, the most common gaps), written as a terminal table,
JSON, CSV or one self-contained HTML page (``WRITERS``).

Documents that are not on the form at all (an agenda, a poster: warning ``not_a_form``) are counted
and listed apart and left out of the coverage figures, unless ``include_non_forms`` asks for them.
Paths, labels and messages are shown with their control characters escaped (``filenames.shown``): in
the terminal tables by ``PathCell`` and ``Text``, on the page by the template environment's ``finalize``,
in csv by ``CsvStyle.writer``.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import IO, Any

from jinja2 import Environment, select_autoescape
from markupsafe import Markup
from rich.console import Console
from rich.table import Table
from rich.text import Text

from extractor import __version__
from extractor.core.filenames import as_text, shown
from extractor.core.report_type import ReportType
from extractor.core.warnings import NOT_A_FORM
from extractor.core.wording import plural

from . import german
from .terminal import PathCell
from .writers import LIST_SEPARATOR, CsvStyle, Writer, text_stream

STATES = ("answered", "unanswered", "missing")


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

    @property
    def form(self) -> bool:
        """False for a readable document that is not on the form at all."""
        return not any(w.get("code") == NOT_A_FORM for w in self.warnings)

    def state(self, key: str) -> str | None:
        """answered / unanswered / missing for one section; None when the file failed."""
        if self.status != "ok":
            return None
        return "missing" if key in self.missing else "unanswered" if key in self.unanswered else "answered"

    def as_dict(self, rt: ReportType) -> dict[str, Any]:
        # the label under its column's name, as the report type calls it
        out = {(rt.label_column or "label") if k == "label" else k: v for k, v in asdict(self).items()}
        out["form"] = self.form if self.status == "ok" else None
        return out


def from_rows(rows: Iterable[dict[str, Any]], rt: ReportType) -> list[ReportCheck]:
    """Checks from database rows (see ``Store.rows``)."""
    out = []
    for row in rows:
        if row["status"] == "ok" and row.get("record"):
            out.append(ReportCheck.from_record(row["path"], row["record"], rt))
        else:
            out.append(ReportCheck.from_failure(row["path"], row["error_code"], row["error_message"], row["format"]))
    return out


def summarise(checks: list[ReportCheck], rt: ReportType, *, include_non_forms: bool = False) -> dict[str, Any]:
    """Counts of the whole set; section coverage over the readable reports on the form (and the
    non-forms too when ``include_non_forms``)."""
    ok = [c for c in checks if c.status == "ok"]
    counted = ok if include_non_forms else [c for c in ok if c.form]
    sections = []
    for sec in rt.form.sections:
        counts = Counter(c.state(sec.key) for c in counted)
        sections.append({"key": sec.key, "heading": sec.heading, **{s: counts[s] for s in STATES},
                         "coverage": round(counts["answered"] / len(counted), 4) if counted else 0.0})
    gaps = sorted((s for s in sections if s["missing"] + s["unanswered"]),
                  key=lambda s: (-(s["missing"] + s["unanswered"]), s["key"]))
    return {
        "reports": len(checks),
        "ok": len(ok),
        "failed": len(checks) - len(ok),
        "not_a_form": sum(1 for c in ok if not c.form),
        "non_forms_included": include_non_forms,
        "counted": len(counted),                  # the reports the section figures are over
        "complete": sum(1 for c in counted if not c.missing and not c.unanswered),
        "sections": sections,
        "gaps": [{"key": s["key"], "heading": s["heading"], "reports": s["missing"] + s["unanswered"],
                  "missing": s["missing"], "unanswered": s["unanswered"]} for s in gaps],
        "warnings": dict(Counter(w["code"] for c in ok for w in c.warnings).most_common()),
        "errors": dict(Counter(c.error_code for c in checks if c.status != "ok").most_common()),
    }


@dataclass
class CheckReport:
    """What the check writers write: the checks, their summary, and where they came from."""
    checks: list[ReportCheck]
    rt: ReportType
    source: str
    include_non_forms: bool = False
    csv: CsvStyle = field(default_factory=CsvStyle)
    summary: dict[str, Any] = field(init=False)

    def __post_init__(self) -> None:
        self.summary = summarise(self.checks, self.rt, include_non_forms=self.include_non_forms)


# ------------------------------------------------------------------------------------------- writers

def write_json(report: CheckReport, out: IO[bytes]) -> None:
    doc = {"summary": report.summary, "reports": [c.as_dict(report.rt) for c in report.checks]}
    out.write((json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def csv_header(rt: ReportType) -> list[str]:
    return ["path", "status", rt.label_column or "label", "form", "missing_count", "unanswered_count",
            "warning_count", "missing_sections", "unanswered_sections", "warning_codes", "error_code", "error_message",
            *(f"section_{k}" for k in rt.form.keys)]


def write_csv(report: CheckReport, out: IO[bytes]) -> None:
    style = report.csv
    with style.writer(out) as writer:
        writer.writerow(csv_header(report.rt))
        for c in report.checks:
            ok = c.status == "ok"
            writer.writerow([
                shown(c.path), c.status, c.label, c.form if ok else None,
                *((len(c.missing), len(c.unanswered), len(c.warnings)) if ok else (None, None, None)),
                LIST_SEPARATOR.join(c.missing), LIST_SEPARATOR.join(c.unanswered),
                LIST_SEPARATOR.join(w["code"] for w in c.warnings), c.error_code, c.error_message,
                *(c.state(k) for k in report.rt.form.keys)])


SYMBOLS = {"answered": "+", "unanswered": "?", "missing": "-"}


def display_paths(paths: list[str]) -> tuple[str | None, list[str]]:
    """Paths relative to their common folder, so tables stay narrow."""
    if len(paths) < 2:
        return None, paths
    try:
        root = os.path.commonpath([os.path.dirname(p) for p in paths])
    except ValueError:  # relative and absolute paths mixed
        return None, paths
    if root in ("", "/", "."):
        return None, paths
    return root, [os.path.relpath(p, root) for p in paths]


def write_table(report: CheckReport, out: IO[bytes]) -> None:
    """Terminal tables; on a terminal as wide as it is, else 120 columns (or $COLUMNS)."""
    width = None if out.isatty() or "COLUMNS" in os.environ else 120
    with text_stream(out) as text:
        print_table(Console(file=text, width=width), report)


def print_table(console: Console, report: CheckReport) -> None:
    checks, summary, rt = report.checks, report.summary, report.rt
    keys = [s["key"] for s in summary["sections"]]
    root, names = display_paths([c.path for c in checks])
    reports = Table(title=Text("Reports" + (f" in {shown(root)}" if root else ""), style="italic"), title_justify="left",
                    caption="sections in form order: + answered, ? unanswered, - missing", caption_justify="left")
    reports.add_column("file")
    # one line per file: a long name ("Schwäbisch Gmünd") is cut with "…" rather than wrapped
    reports.add_column(rt.label_column or "label", min_width=10, no_wrap=True, overflow="ellipsis")
    reports.add_column("sections", no_wrap=True)
    reports.add_column("miss", justify="right")
    reports.add_column("unans", justify="right")
    reports.add_column("warn", justify="right")
    for c, name in zip(checks, names):
        if c.status != "ok":
            reports.add_row(PathCell(name), "", Text("failed", style="red"), "", "", "")
        elif not c.form:
            reports.add_row(PathCell(name), Text(shown(c.label or "")), Text("not a form", style="yellow"), "", "",
                            str(len(c.warnings)))
        else:
            reports.add_row(PathCell(name), Text(shown(c.label or "")), "".join(SYMBOLS[c.state(k)] for k in keys),
                            str(len(c.missing)), str(len(c.unanswered)), str(len(c.warnings)))
    console.print(reports)
    for c in checks:
        if c.status != "ok":
            console.print(Text(shown(f"{c.path}: error [{c.error_code}]: {c.error_message}")), soft_wrap=True)
    non_forms = [c.path for c in checks if c.status == "ok" and not c.form]
    if non_forms:
        counted = ("counted in the section figures (--include-non-forms)" if report.include_non_forms
                   else "left out of the section figures (--include-non-forms counts them in)")
        console.print(Text(f"{plural(len(non_forms), 'document')} not on the form, {counted}:", style="yellow"),
                      soft_wrap=True)
        for path in non_forms:
            console.print(Text(f"  {shown(path)}"), soft_wrap=True)

    title = f"Sections across {plural(summary['counted'], 'report')}"
    if summary["not_a_form"]:
        title += " on the form" if not report.include_non_forms else " (non-forms included)"
    sections = Table(title=title, title_justify="left")
    for name, justify in (("#", "right"), ("section", "left"), ("heading", "left"), ("answered", "right"),
                          ("unanswered", "right"), ("missing", "right"), ("coverage", "right")):
        sections.add_column(name, justify=justify)
    for i, s in enumerate(summary["sections"], 1):
        sections.add_row(str(i), s["key"], s["heading"], str(s["answered"]), str(s["unanswered"]), str(s["missing"]),
                         f"{s['coverage']:.0%}")
    console.print(sections)
    gaps = ", ".join(f"{g['key']} ({g['reports']})" for g in summary["gaps"][:5]) or "none"
    parts = [f"{summary['ok']} read", f"{summary['failed']} failed"]
    if summary["not_a_form"]:
        parts.insert(1, f"{summary['not_a_form']} not on the form")
    console.print(f"{plural(summary['reports'], 'report')}: {', '.join(parts)}, {summary['complete']} complete. "
                  f"Most common gaps: {gaps}", highlight=False)


def write_html(report: CheckReport, out: IO[bytes]) -> None:
    out.write(to_html(report).encode("utf-8"))


def to_html(report: CheckReport) -> str:
    checks, summary, rt = report.checks, report.summary, report.rt
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, finalize=_shown_text)
    template = env.from_string(resources.files("extractor.reports").joinpath("templates/check.html.j2")
                               .read_text(encoding="utf-8"))
    root, names = display_paths([c.path for c in checks])
    warned = [(c, name, w) for c, name in zip(checks, names) for w in c.warnings]
    return template.render(
        title=f"Qualitätsprüfung: {rt.title}", source=report.source, summary=summary,
        rows=list(zip(checks, names)), root=root, keys=list(rt.form.keys),
        headings={s.key: s.heading for s in rt.form.sections},
        non_forms=[(c, name) for c, name in zip(checks, names) if c.status == "ok" and not c.form],
        include_non_forms=report.include_non_forms, warned=warned,
        label_title=rt.column(rt.label_column).title if rt.label_column else "Bericht",
        chart=_chart(summary), states=german.STATES, german=german, version=__version__,
        generated=datetime.now(timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M"))


def _shown_text(value: Any) -> Any:
    """Every text the page prints, with control characters escaped (a file name can hold an ESC);
    markup the template made itself (a macro's output) is left alone."""
    return shown(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def _chart(summary: dict[str, Any]) -> dict[str, Any]:
    """Geometry of the coverage chart: one stacked horizontal bar per section (answered, unanswered,
    missing), widths proportional to the number of reports counted."""
    label_w, bar_w, row_h, gap = 340, 440, 22, 8
    total = max(summary["counted"], 1)
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


WRITERS = (
    Writer("table", (".txt",), write_table),
    Writer("json", (".json",), write_json),
    Writer("csv", (".csv",), write_csv),
    Writer("html", (".html", ".htm"), write_html),
)


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
        console.print(Text(f"{shown(link)}: skipped: {why}"), soft_wrap=True)
    checks: list[ReportCheck | None] = [None] * len(found.files)
    paths = [f.path for f in found.files]
    if paths:
        with Runner(report_type=rt.ref, **runner_options) as runner, BatchProgress(len(paths), console, "checking") as progress:
            for out in runner.run(paths):
                name = as_text(out.path)
                if out.ok:
                    checks[out.index] = ReportCheck.from_record(name, out.record, rt)
                    progress.advance(name, out.seconds)
                else:
                    named = by_suffix(out.path)
                    checks[out.index] = ReportCheck.from_failure(
                        name, out.error_code, out.error_message, named.name if named else None)
                    progress.advance(name, out.seconds, out.error_code, out.error_message)
    return [c for c in checks if c is not None]
