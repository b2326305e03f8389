"""Bulk import: decide which files need extracting, extract them in parallel, and commit each finished
file in its own transaction.

Identity rules (also in docs/import.md):
- A row is one source file, identified by its absolute path, and holds one content (sha256).
- Content already stored with the current extractor version and report type is not extracted again
  ("unchanged"); an older extractor version, another report type, ``--force``, or an earlier failure
  that may be transient (``timeout``, ``internal``) is extracted again and replaces the row.
- A file whose content changed keeps one row: the row is replaced by the new content's.
- The same content at a second path that still holds it is a copy ("duplicate"): not imported twice.
- Stored content whose path no longer holds it but which turns up at a new path was moved: the row's
  path is updated, nothing is extracted.
"""
from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from packaging.version import InvalidVersion, Version
from rich.console import Console
from rich.table import Table
from rich.text import Text

from extractor import __version__
from extractor.core import registry
from extractor.core.report_type import ReportType
from extractor.readers.formats import by_suffix

from .inputs import collect
from .progress import BatchProgress
from .runner import ExtractionRunner, Outcome
from .store import FileResult, Store, StoredFile

# Failures worth another try on the next run: they depend on load or luck, not on the file.
RETRY_CODES = {"timeout", "internal"}


@dataclass(slots=True)  # one per file of the batch: kept small, the parent holds them all
class Candidate:
    path: Path            # as the user named it (shown in output, stored in the record)
    key: str              # absolute path: the row's identity
    sha256: str | None    # None when the file cannot be read (the extraction reports why)
    size: int | None


@dataclass
class Plan:
    todo: list[Candidate] = field(default_factory=list)
    unchanged: list[tuple[Candidate, StoredFile]] = field(default_factory=list)
    moved: list[tuple[Candidate, StoredFile]] = field(default_factory=list)
    duplicates: list[tuple[Candidate, str]] = field(default_factory=list)   # (file, path holding the content)


@dataclass
class ImportSummary:
    found: int = 0
    skipped_other: int = 0
    unchanged: int = 0
    earlier_failed: list[tuple[str, str, str]] = field(default_factory=list)  # unchanged, failed before
    moved: int = 0
    duplicates: int = 0
    ok: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)   # (path, code, message)
    seconds: float = 0.0
    workers: int = 0
    cluster: str | None = None    # the Dask scheduler the files ran on; None: this machine

    @property
    def exit_code(self) -> int:
        return 1 if self.failed or self.earlier_failed else 0


def file_digest(path: Path) -> tuple[str | None, int | None]:
    """sha256 and size of a regular file; (None, None) for anything else, which the reader then names.

    O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None, None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, None
        try:
            return hashlib.file_digest(fh, "sha256").hexdigest(), st.st_size
        except OSError:
            return None, None


def _key(path: Path) -> str:
    """The absolute path a row is stored under; a symlink loop cannot be resolved, so it keeps its own."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(path)


def is_older(stored: str, running: str) -> bool:
    """True when a row was written by an older extractor than the one running (PEP 440 order; a version
    that does not parse counts as older unless it is the same string). A newer one is left alone."""
    if stored == running:
        return False
    try:
        return Version(stored) < Version(running)
    except InvalidVersion:
        return True


def plan(files: list[Path], stored: list[StoredFile], *, report_type: str, force: bool = False,
         extractor_version: str = __version__) -> Plan:
    """Sort the files into extract / unchanged / moved / duplicate (see the module docstring)."""
    cands = []
    for f in files:
        sha, size = file_digest(f)
        cands.append(Candidate(f, _key(f), sha, size))
    batch_sha = {c.key: c.sha256 for c in cands}
    by_sha = {r.sha256: r for r in stored if r.sha256}

    def still_holds(path: str, sha: str) -> bool:
        if path in batch_sha:
            return batch_sha[path] == sha
        return os.path.isfile(path) and file_digest(Path(path))[0] == sha

    out = Plan()
    taken: dict[str, str] = {}  # sha256 or path -> the batch file that takes it
    for c in cands:
        ident = c.sha256 or c.key
        if ident in taken or c.key in taken:  # a copy inside this batch, or the same file named twice
            out.duplicates.append((c, taken.get(ident) or taken[c.key]))
            continue
        row = by_sha.get(c.sha256) if c.sha256 else None
        if row is not None and row.path != c.key and still_holds(row.path, c.sha256):
            out.duplicates.append((c, row.path))
            continue
        taken[ident] = taken[c.key] = str(c.path)
        current = (row is not None and not is_older(row.extractor_version, extractor_version)
                   and row.report_type == report_type
                   and not (row.status == "failed" and row.error_code in RETRY_CODES))
        if current and not force:
            (out.unchanged if row.path == c.key else out.moved).append((c, row))
        else:
            out.todo.append(c)
    return out


def file_result(cand: Candidate, out: Outcome, rt: ReportType) -> FileResult:
    """The row for one extracted (or failed) file of the plan."""
    record = out.record
    source = (record or {}).get("source") or {}
    named = by_suffix(cand.path)
    return FileResult(
        path=cand.key, sha256=source.get("sha256") or cand.sha256, size=cand.size,
        format=source.get("format") or (named.name if named else None),
        report_type=rt.name, schema_version=(record or {}).get("schema_version", rt.version),
        extractor_version=__version__, record=record,
        headline=rt.headline(record) if record is not None else None, error_code=out.error_code,
        error_message=out.error_message, duration_ms=round(out.seconds * 1000))


def run_import(inputs: list[Path], store: Store, runner: ExtractionRunner, *, force: bool = False,
               err: Console | None = None, on_file: Callable[[Outcome], None] | None = None) -> ImportSummary:
    """Import the files under ``inputs`` into ``store``, extracted by ``runner`` (this machine's worker
    pool or a Dask cluster: the same outcomes either way); ``on_file`` is called as each file finishes."""
    with runner:  # workers start (or the cluster is reached) while the files are hashed and planned
        return _import(inputs, store, runner, force=force, err=err or Console(stderr=True), on_file=on_file)


def _import(inputs: list[Path], store: Store, runner: ExtractionRunner, *, force: bool, err: Console,
            on_file: Callable[[Outcome], None] | None) -> ImportSummary:
    started = time.monotonic()
    found = collect(inputs, relative=False)
    rt = registry.get(runner.settings.report_type)
    files = [p for p, _ in found.files]
    summary = ImportSummary(found=len(files), skipped_other=len(found.skipped))
    del found  # the file list lives on in ``files``; the rest is not needed for the batch
    the_plan = plan(files, store.index(), force=force, report_type=rt.name)
    summary.unchanged = len(the_plan.unchanged)
    summary.earlier_failed = [(str(c.path), row.error_code, row.error_message)
                              for c, row in the_plan.unchanged if row.status == "failed"]
    summary.duplicates = len(the_plan.duplicates)
    for cand, row in the_plan.moved:
        store.move(row.id, cand.key)
    summary.moved = len(the_plan.moved)
    todo = the_plan.todo
    summary.workers = min(runner.workers, len(todo))
    summary.cluster = runner.cluster
    if todo:
        with BatchProgress(len(todo), err, "importing") as progress:
            for out in runner.run([c.path for c in todo]):
                cand = todo[out.index]
                store.save(file_result(cand, out, rt))
                if on_file is not None:
                    on_file(out)
                if out.ok:
                    summary.ok += 1
                    progress.advance(str(cand.path), out.seconds)
                else:
                    summary.failed.append((str(cand.path), out.error_code, out.error_message))
                    progress.advance(str(cand.path), out.seconds, f"[{out.error_code}] {out.error_message}")
    summary.seconds = time.monotonic() - started
    return summary


def summary_table(summary: ImportSummary) -> Table:
    table = Table(title="Import summary", show_header=True, title_justify="left")
    table.add_column("files")
    table.add_column("count", justify="right")
    table.add_row("report files found", str(summary.found))
    table.add_row("imported now", str(summary.ok))
    table.add_row("failed now", str(len(summary.failed)))
    table.add_row("unchanged (already imported)", str(summary.unchanged))
    if summary.earlier_failed:
        table.add_row("  of which failed earlier", str(len(summary.earlier_failed)))
    if summary.moved:
        table.add_row("moved (path updated)", str(summary.moved))
    table.add_row("duplicates (same content)", str(summary.duplicates))
    table.add_row("other files skipped", str(summary.skipped_other))
    extracted = summary.ok + len(summary.failed)
    if extracted:
        where = " (Dask)" if summary.cluster else ""
        table.caption = (f"{summary.seconds:.1f} s with {summary.workers} worker(s){where}, "
                         f"{extracted / summary.seconds:.2f} files/s")
    else:
        table.caption = f"{summary.seconds:.1f} s, nothing to extract"
    return table


def failures_table(summary: ImportSummary) -> Table:
    table = Table(title="Failed files", title_justify="left")
    table.add_column("file", overflow="fold", min_width=20)
    table.add_column("code")
    table.add_column("reason", overflow="fold")
    for path, code, message in summary.failed:
        table.add_row(Text(path), Text(code or ""), Text(message or ""))
    for path, code, message in summary.earlier_failed:
        table.add_row(Text(path), Text(code or ""), Text(f"{message or ''} (earlier run; unchanged)"))
    return table
