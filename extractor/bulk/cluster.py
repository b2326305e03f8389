"""Extraction on an existing Dask distributed cluster: the second ``ExtractionRunner`` (``runner.py``).

Client side (``DaskRunner``): one Dask task per few files (up to FILES_PER_TASK, keyed by the batch and
the files' first and last index), submitted through a window of a few tasks per worker thread, so
neither this process nor the scheduler ever holds more than that many files. Without a shared
filesystem a task carries the files' bytes, read here within the size limits (a file the limits
refuse fails here, as it would locally); with ``shared_fs`` it carries their absolute paths.
Outcomes come back in completion order; the caller (the importer) alone writes them to the database,
as with the local pool (docs/cluster.md says why the client writes rather than the workers).

Worker side (``extract_on_worker``): a Dask task thread never extracts by itself. It hands each file
to an extraction child (``child.py``) that it can kill at the time limit and that runs under the
memory cap; the children of a worker are kept between tasks (the pipeline loads once per child).
A child that dies costs its file only (stored as failed, like locally). When the Dask worker itself
dies, the scheduler runs its tasks again on other workers; a task whose workers died more than
``distributed.scheduler.allowed-failures`` times (a scheduler setting, default 3) ends in
``KilledWorker``: its files are sent again one per task, and a file whose own task ends so is stored
as failed with that reason.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import subprocess
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import dask
from distributed import Client, KilledWorker, as_completed, get_worker

from extractor import __version__
from extractor.core.errors import ExtractionError
from extractor.readers import DEFAULT_OPTIONS, ReadOptions, load

from .child import death_reason
from .runner import DEFAULT_TIMEOUT, BatchError, Outcome, Settings

# A task carries several files: Dask's own work per task (client, scheduler and worker together: about
# 26 ms of CPU measured on the 2-core test machine, docs/performance.md; 5 ms per file in tasks of 8)
# would otherwise add a third to the ~90 ms a report takes to extract.
FILES_PER_TASK = 8
# Tasks in flight per worker thread: the next one waits on the worker, so a worker never idles for the
# round trip to this client; together they bound how many files this process and the scheduler hold.
TASKS_PER_THREAD = 2
SLOTS_REFRESH = 5.0      # seconds between looks at the cluster's size (workers come and go)

# Started like this rather than with multiprocessing: see child.py.
CHILD_COMMAND = ("-c", "from extractor.bulk.child import main; main()")


class WorkerUnfit(RuntimeError):
    """A Dask worker cannot extract for this batch: its extraction child does not start (a broken
    installation), or it runs another extractor version than the client (its records would be stored
    under the client's version)."""


# ------------------------------------------------------------------------------------------ worker side

class _Child:
    """One extraction child of a Dask worker and its pipe. It serves any batch that reads alike (same
    report type and read options); the time limit is the task's to enforce, not the child's."""

    def __init__(self, settings: Settings, launcher: ThreadPoolExecutor):
        self.reads = _reads(settings)
        self.startup_limit = settings.startup_limit
        self.conn, theirs = mp.Pipe(duplex=True)
        fd = theirs.fileno()
        command = [sys.executable, *CHILD_COMMAND, str(fd), str(os.getpid())]
        self.proc = launcher.submit(subprocess.Popen, command, pass_fds=(fd,), stdin=subprocess.DEVNULL).result()
        theirs.close()
        self.conn.send(settings)
        self.ready = False

    def extract(self, index: int, name: str, payload: bytes | str, limit: float | None) -> tuple[tuple, bool]:
        """(reply as ``child.py`` sends it, whether the child is still usable); ``limit``: seconds or None."""
        if not self.ready:
            self._wait_ready()
        self.conn.send((index, name, payload))
        sent = time.monotonic()
        if self.conn.poll(limit):
            try:
                return self.conn.recv(), True
            except (EOFError, OSError):
                pass
            self.kill()
            return (index, None, "internal", death_reason(self.proc.returncode), time.monotonic() - sent), False
        self.kill()
        return (index, None, "timeout", f"extraction took longer than {limit:g} s; stopped",
                time.monotonic() - sent), False

    def _wait_ready(self) -> None:
        try:
            if self.conn.poll(self.startup_limit):
                message = self.conn.recv()
                self.ready = message[0] == "ready"
        except (EOFError, OSError):
            pass
        if not self.ready:
            self.kill()
            raise WorkerUnfit(f"the extraction child did not start on Dask worker {get_worker().address} "
                              f"({death_reason(self.proc.returncode)})")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.conn.close()


def _reads(settings: Settings) -> tuple:
    return settings.report_type, settings.options


class _Children:
    """The idle extraction children of this worker process, kept between tasks and between batches
    (at most one per task thread; the longest idle go first).

    Children are started from one long-lived launcher thread: the kernel ends a child when the thread
    that started it ends (``child.py``), and Dask task threads may come and go."""

    def __init__(self) -> None:
        self._idle: list[_Child] = []
        self._lock = threading.Lock()
        self._launcher = ThreadPoolExecutor(1, thread_name_prefix="report-extractor-children")

    def take(self, settings: Settings) -> _Child:
        with self._lock:
            self._idle = [c for c in self._idle if c.proc.poll() is None]  # died while idle (OOM killer, ...)
            for i, child in enumerate(self._idle):
                if child.reads == _reads(settings):
                    return self._idle.pop(i)
        return self.new(settings)

    def new(self, settings: Settings) -> _Child:
        return _Child(settings, self._launcher)

    def give(self, child: _Child, keep: int) -> None:
        with self._lock:
            self._idle.append(child)
            while len(self._idle) > keep:
                self._idle.pop(0).kill()

    def start(self, settings: Settings, count: int) -> None:
        """Have ``count`` idle children for ``settings``, loading the pipeline in the background."""
        with self._lock:
            have = sum(c.reads == _reads(settings) for c in self._idle)
        for _ in range(count - have):
            self.give(self.new(settings), count)


_CHILDREN = _Children()


def extract_on_worker(files: list[tuple[int, str, bytes | str]], settings: Settings) -> list[tuple]:
    """The Dask task: its files ``(index, name, payload)``, one after the other, through one of this
    worker's extraction children; their replies."""
    if settings.extractor_version != __version__:
        raise WorkerUnfit(f"Dask worker {get_worker().address} runs report-extractor {__version__}, the client "
                          f"{settings.extractor_version}: install the same version on every machine")
    child = _CHILDREN.take(settings)
    replies = []
    for index, name, payload in files:
        try:
            reply, usable = child.extract(index, name, payload, settings.time_limit)
        except BrokenPipeError:  # the child died while idle, after ``take`` looked: a new one takes the file
            child.kill()
            child = _CHILDREN.new(settings)
            reply, usable = child.extract(index, name, payload, settings.time_limit)
        replies.append(reply)
        if not usable:  # its successor starts loading now
            child = _CHILDREN.new(settings)
    _CHILDREN.give(child, get_worker().state.nthreads)
    return replies


def _start_children(settings: Settings, dask_worker=None) -> None:
    """Run on every worker as the batch begins (``Client.run``): one child per task thread."""
    _CHILDREN.start(settings, dask_worker.state.nthreads)


# ------------------------------------------------------------------------------------------ client side

class DaskRunner:
    """Extraction on the Dask cluster whose scheduler is at ``scheduler`` (an ``ExtractionRunner``).
    Entering connects and starts the workers' extraction children; leaving disconnects (tasks of an
    abandoned batch are released by the scheduler)."""

    def __init__(self, scheduler: str, *, shared_fs: bool = False, timeout: float | None = DEFAULT_TIMEOUT,
                 report_type: str | None = None, options: ReadOptions = DEFAULT_OPTIONS):
        self.cluster = scheduler
        self.shared_fs = shared_fs
        self.settings = Settings(report_type, options, timeout)
        self.workers = 0
        self.client: Client | None = None   # connected while entered
        self._held = ExitStack()

    def __enter__(self) -> "DaskRunner":
        # A file within the size limit is one task's payload by design; the window bounds how many are in flight.
        self._held.enter_context(dask.config.set({"distributed.admin.large-graph-warning-threshold":
                                                  2 * self.settings.options.limits.max_file_bytes}))
        try:
            # waits for the scheduler up to Dask's distributed.comm.timeouts.connect (30 s unless configured)
            self.client = self._held.enter_context(Client(self.cluster, set_as_default=False))
        except (OSError, TimeoutError) as exc:
            self._held.close()
            raise BatchError(f"cannot reach the Dask scheduler at {self.cluster}: {exc}") from None
        try:
            self.client.run(_start_children, self.settings)
        except ImportError as exc:
            self._held.close()
            raise BatchError(_not_installed(exc)) from None
        self.workers = self._slots()
        return self

    def __exit__(self, *exc) -> None:
        self._held.close()
        self.client = None

    def _slots(self) -> int:
        return sum(self.client.nthreads().values())

    def _payload(self, path: Path) -> bytes | str:
        return str(Path(path).absolute()) if self.shared_fs else load(path, self.settings.options)

    def _files_per_task(self, remaining: int, slots: int) -> int:
        """Up to FILES_PER_TASK, fewer towards the end of the batch, so that no worker waits idle for
        another's last task."""
        return max(1, min(FILES_PER_TASK, remaining // (TASKS_PER_THREAD * slots)))

    def run(self, paths: Sequence[Path]) -> Iterator[Outcome]:
        client = self.client
        batch = f"extract-{uuid.uuid4().hex[:12]}"
        pending = deque(range(len(paths)))   # indices not sent yet
        alone: deque[int] = deque()          # files of a task whose workers kept dying: one per task now
        sent: dict[tuple, list[int]] = {}     # task key -> the indices it holds
        running = as_completed(with_results=True, raise_errors=False, loop=client.loop)
        slots, looked = max(2, self.workers), time.monotonic()
        while pending or alone or not running.is_empty():
            while (pending or alone) and running.count() < TASKS_PER_THREAD * slots:
                take = [alone.popleft()] if alone else [
                    pending.popleft() for _ in range(self._files_per_task(len(pending), slots))]
                files = []
                for index in take:
                    try:
                        files.append((index, str(paths[index]), self._payload(paths[index])))
                    except ExtractionError as exc:  # refused here exactly as the local reader refuses it
                        yield Outcome(index, paths[index], None, exc.code, exc.message)
                if files:
                    key = (batch, files[0][0], files[-1][0])
                    sent[key] = [index for index, _, _ in files]
                    running.add(client.submit(extract_on_worker, files, self.settings, key=key))
            if running.is_empty():
                continue
            future, result = next(running)
            indices = sent.pop(future.key)
            if future.status == "error" and isinstance(result[1], KilledWorker) and len(indices) > 1:
                alone.extend(indices)  # which of them killed the workers is not known: each on its own
            else:
                yield from _outcomes(future, result, indices, paths)
            if time.monotonic() - looked > SLOTS_REFRESH:
                slots, looked = max(2, self._slots()), time.monotonic()


def _outcomes(future: Any, result: Any, indices: list[int], paths: Sequence[Path]) -> Iterator[Outcome]:
    if future.status == "finished":
        for index, record, code, message, seconds in result:
            yield Outcome(index, paths[index], record, code, message, seconds)
        return
    if future.status == "cancelled":
        raise BatchError(f"the Dask scheduler dropped the batch ({result}); finished files are stored, "
                         "run the same command again for the rest")
    exc = result[1]
    if isinstance(exc, WorkerUnfit):
        raise BatchError(str(exc))
    if isinstance(exc, ImportError):
        raise BatchError(_not_installed(exc))
    if isinstance(exc, KilledWorker):
        message = (f"{exc.allowed_failures + 1} Dask workers died while extracting this file (the last was "
                   f"{exc.last_worker.address}); not tried again in this run")
    else:
        message = f"{type(exc).__name__}: {exc}"
    for index in indices:
        yield Outcome(index, paths[index], None, "internal", message)


def _not_installed(exc: ImportError) -> str:
    return (f"a Dask worker cannot import the extractor ({exc}); install the same report-extractor on every "
            f"worker: pip install \"report-extractor[dask]\"")
