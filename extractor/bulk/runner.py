"""The runner contract: what the importer (and ``check``) need from whatever extracts a batch of files.

Two runners keep it: ``batch.Runner``, a pool of worker processes on this machine (the default), and
``cluster.DaskRunner``, the workers of a Dask distributed cluster. Both are built from the same
``Settings``, yield one ``Outcome`` per file in completion order, and extract every file in a child
process (``child.py``) that they can kill at the time limit and that runs under a memory cap.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from extractor import __version__
from extractor.readers import DEFAULT_OPTIONS, ReadOptions

DEFAULT_TIMEOUT = 60.0
# An extraction child that cannot even start (import + pipeline load) within this many seconds is given up.
STARTUP_TIMEOUT = 180.0


@dataclass(frozen=True)
class Settings:
    """How every file of a batch is extracted; sent as is to each extraction child."""
    report_type: str | None = None      # ``ReportType.ref`` (a type's name or type file), None: the default
    options: ReadOptions = DEFAULT_OPTIONS
    timeout: float | None = DEFAULT_TIMEOUT  # seconds per file; None or <= 0: no limit
    extractor_version: str = __version__      # what the records will be stored as (a cluster's workers must match)

    @property
    def time_limit(self) -> float | None:
        return self.timeout if self.timeout and self.timeout > 0 else None

    @property
    def startup_limit(self) -> float:
        return max(STARTUP_TIMEOUT, self.time_limit or 0)


@dataclass
class Outcome:
    """The result for one input: a record, or an error code and message."""
    index: int
    path: Path
    record: dict[str, Any] | None
    error_code: str | None = None
    error_message: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.record is not None


class BatchError(RuntimeError):
    """The batch itself cannot run (workers fail to start, the cluster cannot be reached)."""


class ExtractionRunner(Protocol):
    """Use as a context manager: entering may start workers or connect to a cluster (so that happens
    while the caller plans the batch); leaving stops whatever still runs."""
    settings: Settings
    workers: int             # files extracted at once
    cluster: str | None      # the Dask scheduler's address; None on this machine

    def __enter__(self) -> ExtractionRunner: ...

    def __exit__(self, *exc: object) -> None: ...

    def run(self, paths: Sequence[Path]) -> Iterator[Outcome]:
        """Extract ``paths``; one ``Outcome`` per path (``index`` is its position), in completion order."""
        ...
