"""The extraction child: a process that loads the pipeline once, then extracts one file per message.

It runs apart from whatever drives the batch so that a runner can kill it at the time limit (SIGKILL:
a call stuck in C code ignores everything else) and lose only its current file when it dies
(segfault, out of memory). The local pool forks children from a fork server (``batch.py``); a Dask
worker starts them with ``subprocess`` through ``main`` (``cluster.py``), because a Dask worker is a
daemonic process and multiprocessing starts no children from one.

Over its pipe a child receives ``(index, name, payload)`` -- the payload is the file's bytes or a
path to read -- and answers ``(index, record, error code, error message, seconds)``; its first message
is ``("ready", pid)`` once the pipeline is loaded. ``name`` is the file as the user named it (the
record's ``source.file``).
"""
from __future__ import annotations

import os
import signal
import sys
import time
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from extractor.core.errors import ExtractionError

from .runner import Settings

# Test-only hook: makes the child sleep (or crash) before extracting a file whose name contains a
# marker, so a test can land a SIGKILL mid-batch or exercise the time limit. The variable name is
# deliberately odd and the hook announces itself on stderr, so it cannot be switched on unnoticed.
# Value: "<seconds>:<marker>", several joined by ";"; seconds "hang" blocks SIGTERM/SIGINT and sleeps
# for an hour, standing in for a hung C extension that only SIGKILL stops; "crash" kills the child
# with SIGSEGV.
TEST_HOOK_ENV = "_REPORT_EXTRACTOR_TEST_ONLY_SLOW_FILES"

CHILD_MEMORY_BYTES = 4 * 1024 ** 3  # address space per child: a runaway file ends in MemoryError, not the OOM killer


def _test_hook(name: str) -> None:
    for spec in os.environ.get(TEST_HOOK_ENV, "").split(";"):
        seconds, _, marker = spec.partition(":")
        if not marker or marker not in Path(name).name:
            continue
        print(f"report-extractor: TEST HOOK {TEST_HOOK_ENV} active: delaying {name}", file=sys.stderr, flush=True)
        if seconds == "hang":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
            time.sleep(3600)
        elif seconds == "crash":
            os.kill(os.getpid(), signal.SIGSEGV)
        else:
            time.sleep(float(seconds))


def _die_with_parent(parent_pid: int) -> None:
    """Ask the kernel to SIGKILL this child when its parent dies, so a killed import (or Dask worker)
    leaves no orphan extracting on. The kernel watches the parent *thread* that started the child:
    the runners start children from threads that live as long as their process.

    With the fork server the child's parent is the server, which exits as soon as the importing
    process is gone (its "alive" pipe closes), so the chain holds either way.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    try:  # the parent died before prctl took effect
        os.kill(parent_pid, 0)
    except ProcessLookupError:
        os._exit(1)
    except PermissionError:
        pass


def _limit_memory() -> None:
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = CHILD_MEMORY_BYTES if hard == resource.RLIM_INFINITY else min(CHILD_MEMORY_BYTES, hard)
        if soft == resource.RLIM_INFINITY or soft > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass  # not available on this platform; the time limit still applies


def extract_job(name: str, payload: bytes | str, settings: Settings) -> tuple[dict[str, Any] | None, str | None, str | None]:
    """(record, None, None) or (None, error code, message) for one file; never raises for a bad file."""
    from extractor.core import registry
    from extractor.pipeline.engine import build_record
    from extractor.readers import decode, load
    try:
        _test_hook(name)
        data = payload if isinstance(payload, bytes) else load(payload, settings.options)
        return build_record(decode(name, data, settings.options), registry.get(settings.report_type)), None, None
    except ExtractionError as exc:
        return None, exc.code, exc.message
    except MemoryError:
        return None, "too_large", "out of memory while extracting"
    except Exception as exc:  # a bug must not stop the batch: report it for this one file
        last = traceback.extract_tb(exc.__traceback__)[-1]
        where = f" at {Path(last.filename).name}:{last.lineno}" if last else ""
        return None, "internal", f"{type(exc).__name__}: {exc}{where}"


def serve(conn: Connection, parent_pid: int, settings: Settings) -> None:
    """The child's loop: load the pipeline once, then extract one file per message until told to stop."""
    _die_with_parent(parent_pid)
    _limit_memory()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    import extractor.bulk.worker_preload  # noqa: F401  (the pipeline, built before "ready"; forked: already there)
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        index, name, payload = msg
        start = time.monotonic()
        reply = extract_job(name, payload, settings)
        try:
            conn.send((index, *reply, time.monotonic() - start))
        except (BrokenPipeError, OSError):
            return


def death_reason(exitcode: int | None) -> str:
    """Why a child is gone, from its exit status (negative: killed by that signal)."""
    if exitcode is not None and exitcode < 0:
        try:
            return f"worker process killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            pass
    return f"worker process exited unexpectedly (exit code {exitcode})"


def main() -> None:
    """Entry point of a child started with subprocess: ``<fd of its pipe end> <parent pid>`` as arguments;
    the settings are the first message on the pipe."""
    conn = Connection(int(sys.argv[1]))
    try:
        settings = conn.recv()
    except (EOFError, OSError):
        return
    serve(conn, int(sys.argv[2]), settings)
