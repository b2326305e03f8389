"""Extract many files in parallel worker processes on this machine, with a per-file time limit that
really holds: the default runner (``runner.py`` has the contract; ``cluster.py`` the Dask one).

Each worker is a long-lived extraction child (``child.py``; the spaCy pipeline loads once per worker)
with its own pipe, so the parent always knows which file each worker holds and since when. A worker
past the time limit is killed (SIGKILL) and replaced; a worker that dies (segfault, out of memory)
costs only its current file. Results come back to the parent, which alone writes to the database.
``concurrent.futures`` cannot kill one stuck task, hence this small pool.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections import deque
from collections.abc import Iterator, Sequence
from multiprocessing.connection import wait
from pathlib import Path

from extractor.readers import DEFAULT_OPTIONS, ReadOptions

from .child import death_reason, serve
from .runner import DEFAULT_TIMEOUT, BatchError, Outcome, Settings


class _Worker:
    def __init__(self, ctx, settings: Settings):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=serve, args=(child, os.getpid(), settings), daemon=True)
        self.proc.start()
        child.close()
        self.started = time.monotonic()
        self.ready = False
        self.task: tuple[int, Path, float] | None = None   # (index, path, sent at)

    def send(self, index: int, path: Path) -> None:
        self.conn.send((index, str(path), str(path)))
        self.task = (index, path, time.monotonic())

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass

    def death_reason(self) -> str:
        self.proc.join(1)
        return death_reason(self.proc.exitcode)


def _context():
    """Workers come from a fork server that has imported the pipeline and built spaCy once (a worker then
    costs a fork, not the ~2 s of starting Python and loading spaCy). Never plain fork: the parent may run
    threads (progress display). Where there is no fork server (not POSIX), workers are spawned."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(["extractor.bulk.worker_preload"])
    return ctx


def prestart() -> None:
    """Start the fork server now, so it loads the pipeline while the caller is still planning
    (hashing files, reading the database) instead of after."""
    ctx = _context()
    if ctx.get_start_method() == "forkserver":
        from multiprocessing import forkserver
        forkserver.ensure_running()


class Runner:
    """A pool of extraction workers on this machine (an ``ExtractionRunner``). Entering starts the fork
    server (it loads the pipeline while the caller plans); ``run`` starts the workers. Leaving the
    ``with`` block kills whatever is still running."""
    cluster = None

    def __init__(self, *, workers: int | None = None, timeout: float | None = DEFAULT_TIMEOUT,
                 report_type: str | None = None, options: ReadOptions = DEFAULT_OPTIONS):
        """``report_type``: an installed type's name or a type file's path (``ReportType.ref``; workers look
        it up themselves), None for the default."""
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.settings = Settings(report_type, options, timeout)
        self.timeout = self.settings.time_limit
        self._ctx = _context()
        self._pool: list[_Worker | None] = []

    def __enter__(self) -> "Runner":
        prestart()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Idle workers are asked to stop; busy ones (the batch was abandoned) are killed."""
        live = [w for w in self._pool if w is not None]
        for w in live:
            if w.task is None:
                w.stop()
        deadline = time.monotonic() + 5
        for w in live:
            w.proc.join(max(0.0, deadline - time.monotonic()) if w.task is None else 0)
            w.kill()
        self._pool.clear()

    def run(self, paths: Sequence[Path]) -> Iterator[Outcome]:
        pending = deque(enumerate(paths))
        if not pending:
            return
        self._pool = [_Worker(self._ctx, self.settings) for _ in range(min(self.workers, len(pending)))]
        failed_starts = 0
        while pending or any(w.task for w in self._pool):
            for w in self._pool:
                if w.ready and w.task is None and pending:
                    index, path = pending.popleft()
                    try:
                        w.send(index, path)
                    except OSError:  # died while idle; noticed below through its sentinel
                        pending.appendleft((index, path))
            ready = set(wait([w.conn for w in self._pool] + [w.proc.sentinel for w in self._pool],
                             timeout=self._wait_time()))
            now = time.monotonic()
            for i, w in enumerate(self._pool):
                lost: str | None = None
                if w.conn in ready:
                    try:
                        msg = w.conn.recv()
                    except (EOFError, OSError):
                        lost = w.death_reason()
                    else:
                        if msg[0] == "ready":
                            w.ready = True
                        else:
                            index, record, code, message, seconds = msg
                            yield Outcome(index, w.task[1], record, code, message, seconds)
                            w.task = None
                elif w.proc.sentinel in ready:
                    lost = w.death_reason()
                if lost is None and w.task and self.timeout and now - w.task[2] > self.timeout:
                    lost = "timeout"
                if lost is None and not w.ready and now - w.started > self.settings.startup_limit:
                    lost = "worker process did not start in time"
                if lost is None:
                    continue
                w.kill()
                if w.task:
                    index, path, sent = w.task
                    if lost == "timeout":
                        yield Outcome(index, path, None, "timeout",
                                      f"extraction took longer than {self.timeout:g} s; stopped", now - sent)
                    else:
                        yield Outcome(index, path, None, "internal", lost, now - sent)
                elif not w.ready:
                    failed_starts += 1
                    if failed_starts > 2 * len(self._pool):
                        raise BatchError(f"extraction workers keep failing to start ({lost})")
                self._pool[i] = None
            # Replace lost workers only while there is work left for them.
            lost_slots = [i for i, w in enumerate(self._pool) if w is None]
            for i in lost_slots:
                self._pool[i] = _Worker(self._ctx, self.settings) if pending else None
            self._pool = [w for w in self._pool if w is not None]

    def _wait_time(self) -> float:
        """Sleep until the next deadline (a busy worker's time limit or a starting worker's start limit)."""
        now = time.monotonic()
        deadlines = [w.task[2] + self.timeout for w in self._pool if w.task and self.timeout]
        deadlines += [w.started + self.settings.startup_limit for w in self._pool if not w.ready]
        return max(0.0, min(deadlines) - now) + 0.01 if deadlines else 1.0
