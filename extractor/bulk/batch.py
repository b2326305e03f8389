"""Extract many files in parallel worker processes, with a per-file time limit that really holds.

Each worker is a long-lived process (the spaCy pipeline loads once per worker) with its own pipe, so
the parent always knows which file each worker holds and since when. A worker past the time limit is
killed (SIGKILL: a worker stuck in C code ignores everything else) and replaced; a worker that dies
(segfault, out of memory) costs only its current file. Results come back to the parent, which alone
writes to the database. ``concurrent.futures`` cannot kill one stuck task, hence this small pool.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sys
import time
import traceback
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from extractor.core.errors import ExtractionError
from extractor.readers import DEFAULT_OPTIONS, ReadOptions

DEFAULT_TIMEOUT = 60.0
# A worker that cannot even start (import + pipeline load) within this many seconds is replaced.
STARTUP_TIMEOUT = 180.0

# Test-only hook: makes the worker sleep before extracting a file whose name contains a marker, so a
# test can land a SIGKILL mid-batch or exercise the time limit. The variable name is deliberately odd
# and the hook announces itself on stderr, so it cannot be switched on unnoticed.
# Value: "<seconds>:<marker>"; seconds "hang" blocks SIGTERM/SIGINT and sleeps for an hour, standing
# in for a hung C extension that only SIGKILL stops; "crash" kills the worker with SIGSEGV.
TEST_HOOK_ENV = "_REPORT_EXTRACTOR_TEST_ONLY_SLOW_FILES"


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
    """The batch itself cannot run (workers fail to start)."""


# ------------------------------------------------------------------------------------------ worker side

def _die_with_parent(parent_pid: int) -> None:
    """Ask the kernel to SIGKILL this worker when its parent dies, so a killed import leaves no orphans.

    With the fork server the worker's parent is the server, which exits as soon as the importing
    process is gone (its "alive" pipe closes), so the chain holds either way.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    try:  # the importing process died before prctl took effect
        os.kill(parent_pid, 0)
    except ProcessLookupError:
        os._exit(1)
    except PermissionError:
        pass


def _test_hook(path: str) -> None:
    spec = os.environ.get(TEST_HOOK_ENV)
    if not spec or ":" not in spec:
        return
    seconds, marker = spec.split(":", 1)
    if not marker or marker not in Path(path).name:
        return
    print(f"report-extractor: TEST HOOK {TEST_HOOK_ENV} active: delaying {path}", file=sys.stderr, flush=True)
    if seconds == "hang":
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
        time.sleep(3600)
    elif seconds == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    else:
        time.sleep(float(seconds))


WORKER_MEMORY_BYTES = 4 * 1024 ** 3  # address space per worker: a runaway file ends in MemoryError, not the OOM killer


def _limit_memory() -> None:
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = WORKER_MEMORY_BYTES if hard == resource.RLIM_INFINITY else min(WORKER_MEMORY_BYTES, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass  # not available on this platform; the time limit still applies


def _worker_main(conn: Connection, parent_pid: int, report_type: str | None, options: ReadOptions) -> None:
    """Worker loop: load the pipeline once, then extract one file per message until told to stop."""
    _die_with_parent(parent_pid)
    _limit_memory()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from extractor.pipeline.engine import extract
    from extractor.nlp import get_nlp
    get_nlp()
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        index, path = msg
        start = time.monotonic()
        try:
            _test_hook(path)
            record = extract(path, report_type, options)
            reply = (index, record, None, None)
        except ExtractionError as exc:
            reply = (index, None, exc.code, exc.message)
        except MemoryError:
            reply = (index, None, "too_large", "out of memory while extracting")
        except Exception as exc:  # a bug must not stop the batch: report it for this one file
            last = traceback.extract_tb(exc.__traceback__)[-1]
            where = f" at {Path(last.filename).name}:{last.lineno}" if last else ""
            reply = (index, None, "internal", f"{type(exc).__name__}: {exc}{where}")
        try:
            conn.send((*reply, time.monotonic() - start))
        except (BrokenPipeError, OSError):
            return


# ------------------------------------------------------------------------------------------ parent side

class _Worker:
    def __init__(self, ctx, args: tuple):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, *args), daemon=True)
        self.proc.start()
        child.close()
        self.started = time.monotonic()
        self.ready = False
        self.task: tuple[int, Path, float] | None = None   # (index, path, sent at)

    def send(self, index: int, path: Path) -> None:
        self.conn.send((index, str(path)))
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
        code = self.proc.exitcode
        if code is not None and code < 0:
            try:
                return f"worker process killed by {signal.Signals(-code).name}"
            except ValueError:
                pass
        return f"worker process exited unexpectedly (exit code {code})"


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
    """A pool of extraction workers for one batch. Use as a context manager; ``run`` yields outcomes
    in completion order. Leaving the ``with`` block kills whatever is still running."""

    def __init__(self, *, workers: int | None = None, timeout: float | None = DEFAULT_TIMEOUT,
                 report_type: str | None = None, options: ReadOptions = DEFAULT_OPTIONS):
        """``report_type``: an installed type's name or a type file's path (``ReportType.ref``; workers look
        it up themselves), None for the default."""
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.timeout = timeout if timeout and timeout > 0 else None
        self._args = (os.getpid(), report_type, options)
        self._ctx = _context()
        self._pool: list[_Worker | None] = []
        self.replaced = 0   # workers killed or lost and started again

    def __enter__(self) -> "Runner":
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
        self._pool = [_Worker(self._ctx, self._args) for _ in range(min(self.workers, len(pending)))]
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
                if lost is None and not w.ready and now - w.started > max(STARTUP_TIMEOUT, self.timeout or 0):
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
                self._pool[i] = _Worker(self._ctx, self._args) if pending else None
                self.replaced += 1 if pending else 0
            self._pool = [w for w in self._pool if w is not None]

    def _wait_time(self) -> float:
        """Sleep until the next deadline (a busy worker's time limit or a starting worker's start limit)."""
        now = time.monotonic()
        deadlines = [w.task[2] + self.timeout for w in self._pool if w.task and self.timeout]
        deadlines += [w.started + max(STARTUP_TIMEOUT, self.timeout or 0) for w in self._pool if not w.ready]
        return max(0.0, min(deadlines) - now) + 0.01 if deadlines else 1.0
