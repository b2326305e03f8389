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

from extractor import __version__
from extractor.core import registry
from extractor.core.filenames import as_text, fs_path, raw_name
from extractor.core.report_type import ReportType
from extractor.core.wording import plural
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
    key: str              # absolute path as text (``filenames.as_text``): the row's identity
    sha256: str | None    # None when the file cannot be read (the extraction reports why)
    size: int | None
    root: str | None = None   # the folder it was imported from
    raw_key: bytes | None = None  # the key's bytes when not valid UTF-8 (``filenames.raw_name``)


@dataclass
class Plan:
    todo: list[Candidate] = field(default_factory=list)
    unchanged: list[tuple[Candidate, StoredFile]] = field(default_factory=list)
    moved: list[tuple[Candidate, StoredFile]] = field(default_factory=list)
    duplicates: list[tuple[Candidate, str]] = field(default_factory=list)   # (file, path holding the content)


@dataclass
class ImportSummary:
    """What one import did. Every report file found is in exactly one of: imported now (``ok``),
    ``failed`` now, ``unchanged``, ``moved``, ``duplicates``; so they add up to ``found``."""
    found: int = 0
    skipped_other: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)   # (path, why): links not followed
    unchanged: int = 0
    earlier_failed: list[tuple[str, str, str]] = field(default_factory=list)  # unchanged, failed before
    moved: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)    # (file, the path holding its content)
    ok: int = 0
    failed: list[tuple[str, str, str]] = field(default_factory=list)   # (path, code, message)
    seconds: float = 0.0
    workers: int = 0
    cluster: str | None = None    # the Dask scheduler the files ran on; None: this machine

    @property
    def exit_code(self) -> int:
        """1 while any file named cannot be read: failed now, or failed before and unchanged since."""
        return 1 if self.failed or self.earlier_failed else 0


def file_digest(path: Path) -> tuple[str | None, int | None]:
    """sha256 and size of a regular file; (None, None) for anything else, which the reader then names.

    O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None, None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):  # before fdopen, which refuses a directory
        os.close(fd)
        return None, None
    with os.fdopen(fd, "rb") as fh:
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
         extractor_version: str = __version__, roots: list[str | None] | None = None) -> Plan:
    """Sort the files into extract / unchanged / moved / duplicate (see the module docstring).
    ``roots``: per file, the folder it was found in (stored with its row)."""
    cands = []
    for i, f in enumerate(files):
        sha, size = file_digest(f)
        key = _key(f)
        cands.append(Candidate(f, as_text(key), sha, size, roots[i] if roots else None, raw_name(key)))
    batch_sha = {c.key: c.sha256 for c in cands}
    by_sha = {r.sha256: r for r in stored if r.sha256}

    def still_holds(row: StoredFile, sha: str) -> bool:
        if row.path in batch_sha:
            return batch_sha[row.path] == sha
        path = fs_path(row.path, row.raw_path)
        return path.is_file() and file_digest(path)[0] == sha

    out = Plan()
    taken: dict[str, str] = {}  # sha256 or path -> the batch file that takes it
    for c in cands:
        ident = c.sha256 or c.key
        if ident in taken or c.key in taken:  # a copy inside this batch, or the same file named twice
            out.duplicates.append((c, taken.get(ident) or taken[c.key]))
            continue
        row = by_sha.get(c.sha256) if c.sha256 else None
        if row is not None and row.path != c.key and still_holds(row, c.sha256):
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
        error_message=out.error_message, duration_ms=round(out.seconds * 1000),
        root=cand.root, raw_path=cand.raw_key)


def run_import(inputs: list[Path], store: Store, runner: ExtractionRunner, *, force: bool = False,
               err: Console | None = None, on_file: Callable[[Outcome], None] | None = None,
               follow_symlinks: bool = False) -> ImportSummary:
    """Import the files under ``inputs`` into ``store``, extracted by ``runner`` (this machine's worker
    pool or a Dask cluster: the same outcomes either way); ``on_file`` is called as each file finishes.
    Symbolic links to targets outside ``inputs`` are not read unless ``follow_symlinks`` (``inputs.collect``)."""
    with runner:  # workers start (or the cluster is reached) while the files are hashed and planned
        return _import(inputs, store, runner, force=force, err=err or Console(stderr=True), on_file=on_file,
                       follow_symlinks=follow_symlinks)


def _import(inputs: list[Path], store: Store, runner: ExtractionRunner, *, force: bool, err: Console,
            on_file: Callable[[Outcome], None] | None, follow_symlinks: bool) -> ImportSummary:
    started = time.monotonic()
    found = collect(inputs, relative=False, follow_symlinks=follow_symlinks)
    rt = registry.get(runner.settings.report_type)
    files = [f.path for f in found.files]
    root_text = {r: as_text(r) for r in {f.root for f in found.files}}
    roots = [root_text[f.root] for f in found.files]
    summary = ImportSummary(found=len(files), skipped_other=len(found.skipped),
                            refused=[(as_text(p), why) for p, why in found.refused])
    del found  # the file list lives on in ``files``; the rest is not needed for the batch
    the_plan = plan(files, store.index(), force=force, report_type=rt.name, roots=roots)
    summary.unchanged = len(the_plan.unchanged)
    summary.earlier_failed = [(as_text(c.path), row.error_code, row.error_message)
                              for c, row in the_plan.unchanged if row.status == "failed"]
    summary.duplicates = [(as_text(c.path), holder) for c, holder in the_plan.duplicates]
    for cand, row in the_plan.moved:
        store.move(row.id, cand.key, cand.root, cand.raw_key)
    summary.moved = len(the_plan.moved)
    todo = the_plan.todo
    summary.workers = min(runner.workers, len(todo))
    summary.cluster = runner.cluster
    if len(todo) != summary.found:  # so that the counter below (files to extract) adds up with those found
        err.print(f"{plural(summary.found, 'report file')} found: {len(todo)} to extract, {summary.unchanged} "
                  f"unchanged, {summary.moved} moved, {plural(len(summary.duplicates), 'duplicate')} (same content "
                  "as another file)", markup=False, highlight=False, soft_wrap=True)
    if todo:
        with BatchProgress(len(todo), err, "importing") as progress:
            for out in runner.run([c.path for c in todo]):
                cand = todo[out.index]
                store.save(file_result(cand, out, rt))
                if on_file is not None:
                    on_file(out)
                if out.ok:
                    summary.ok += 1
                    progress.advance(as_text(cand.path), out.seconds)
                else:
                    summary.failed.append((as_text(cand.path), out.error_code, out.error_message))
                    progress.advance(as_text(cand.path), out.seconds, out.error_code, out.error_message)
    summary.seconds = time.monotonic() - started
    return summary
