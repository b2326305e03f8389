"""A throw-away PostgreSQL server for the tests: one cluster per test session, on 127.0.0.1 and a free
port, in a temporary folder, removed at exit; a fresh database per test.

It uses the Debian ``postgresql`` package's binaries (``/usr/lib/postgresql/<version>/bin``). As root
(CI containers) the server runs as the ``postgres`` system user the package creates, because
PostgreSQL refuses to run as root. The server is a child of the test process and is stopped by the
kernel if that process dies, so a killed test run leaves no server behind. With ``REPORT_EXTRACTOR_TEST_PG_URL`` set (a server URL, e.g.
``postgresql://postgres@127.0.0.1:5432/postgres``) that server is used instead and nothing is started.
A missing PostgreSQL is an error, never a skip: ``.ci/run`` installs it.

Also runnable, for trying things by hand (the README's PostgreSQL example): ``python -m
tests.support.pgcluster`` from the repository root starts a cluster, prints its URL, and waits; Ctrl-C
or ``kill`` stops it and deletes its data.
"""
from __future__ import annotations

import atexit
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from functools import lru_cache
from pathlib import Path

ENV_URL = "REPORT_EXTRACTOR_TEST_PG_URL"
INSTALL_HINT = "install it with: apt-get install -y postgresql"


def _bindir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True)
    for d in candidates:
        if Path(d, "initdb").exists() and Path(d, "pg_ctl").exists():
            return Path(d)
    found = shutil.which("pg_ctl")
    if found and Path(found).with_name("initdb").exists():
        return Path(found).resolve().parent
    raise RuntimeError(f"PostgreSQL server binaries (initdb, pg_ctl) not found; {INSTALL_HINT}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_user() -> tuple[int, int] | None:
    """(uid, gid) to run the server as: the ``postgres`` user when we are root, else ourselves (None)."""
    if os.geteuid() != 0:
        return None
    import pwd
    try:
        pw = pwd.getpwnam("postgres")
    except KeyError:
        raise RuntimeError(f"running as root needs the 'postgres' system user; {INSTALL_HINT}") from None
    return pw.pw_uid, pw.pw_gid


def _child_setup(user: tuple[int, int] | None):
    """Runs in the forked child before exec: drop root (PostgreSQL refuses it), then ask the kernel to
    stop the server when the test process dies, however it dies (no cluster outlives a killed run)."""
    prctl = None
    if sys.platform.startswith("linux"):  # resolved here: the demoted child may not read our stdlib
        import ctypes
        prctl = ctypes.CDLL(None, use_errno=True).prctl

    def setup() -> None:
        if user:
            os.setgroups([])
            os.setgid(user[1])
            os.setuid(user[0])
        if prctl is not None:  # after setuid: changing credentials clears the setting
            prctl(1, signal.SIGQUIT, 0, 0, 0)  # PR_SET_PDEATHSIG
    return setup


@lru_cache(maxsize=1)
def server_url() -> str:
    """URL of a running server with a superuser and no password (maintenance database ``postgres``)."""
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    bindir = _bindir()
    user = _server_user()
    root = Path(tempfile.mkdtemp(prefix="rx-pg-"))
    data, log = root / "data", root / "server.log"
    if user:
        os.chown(root, *user)
    port = _free_port()
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    init = subprocess.run([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                           "--no-locale"], capture_output=True, text=True, timeout=120, preexec_fn=_child_setup(user))
    if init.returncode:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {init.stderr or init.stdout}")
    with log.open("wb") as log_fh:
        # The server runs in the foreground as our child (not daemonised by pg_ctl), so it can be tied
        # to this process's life.
        server = subprocess.Popen([str(bindir / "postgres"), "-D", str(data), "-h", "127.0.0.1", "-p", str(port),
                                   "-k", str(root), "-c", "fsync=off"], stdout=log_fh, stderr=subprocess.STDOUT,
                                  preexec_fn=_child_setup(user))

    def stop() -> None:
        if server.poll() is None:
            server.send_signal(signal.SIGINT)  # "fast" shutdown
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(10)
        shutil.rmtree(root, ignore_errors=True)

    atexit.register(stop)
    import psycopg
    deadline = time.monotonic() + 60
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return url
        except psycopg.OperationalError:
            if server.poll() is not None or time.monotonic() > deadline:
                tail = log.read_text(errors="replace")[-2000:]
                stop()
                raise RuntimeError(f"could not start PostgreSQL:\n{tail}") from None
            time.sleep(0.2)


def fresh_database() -> str:
    """Create a new, empty database on the test server and return its URL (plain ``postgresql://``)."""
    import psycopg
    base = server_url()
    name = f"rx_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return base.rsplit("/", 1)[0] + "/" + name


if __name__ == "__main__":  # pragma: no cover - manual use
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # run the atexit cleanup on kill <pid> too
    print(server_url(), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
