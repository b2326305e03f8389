"""``report-extractor import --scheduler`` on a real Dask cluster: a ``distributed.LocalCluster`` of two
worker processes (one task thread each, under nannies that restart a killed worker), the import run as
a user runs it (a subprocess, the client), a real PostgreSQL server; workers and clients killed with
SIGKILL mid-run."""
from __future__ import annotations

import hashlib
import os
import re
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import replace
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster

from tests.conftest import ROOT, SAMPLES
from tests.support.bulk import (HOOK_ENV, alive, as_record, children, popen_cli, processes_with_env, query, run_cli,
                                summary_count)
from tests.support.pgcluster import fresh_database

# The test hook, in the workers' environment: which file names crash, hang or slow down their child.
HOOKS = "crash:crash_me;hang:hang_me;600:stuck_me;0.3:slow_"


@pytest.fixture(scope="module")
def cluster():
    marker = f"rx-cluster-{uuid.uuid4().hex}"  # finds this cluster's extraction children in /proc
    # One retry after a lost worker: a file whose worker dies twice is given up (KilledWorker). A worker
    # holds only the task it runs (saturation 1.0; by default a second waits there): a killed worker then
    # costs that task alone, so the deaths the tests cause count against the file they aim at, not its
    # neighbours too.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1,
                          "distributed.scheduler.worker-saturation": 1.0}):
        local = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                             env={HOOK_ENV: HOOKS, "RX_TEST_MARKER": marker})
    client = Client(local)
    client.marker = marker
    yield client
    client.close()
    local.close()


def copies(root: Path, n: int) -> list[Path]:
    """``n`` report files of distinct content: the samples with a varied run of trailing blank lines and
    spaces (txt) or a trailing comment (pdf), which the extraction ignores."""
    bases = [SAMPLES / "plochingen.txt", *sorted((SAMPLES / "real").glob("*.txt"))]
    root.mkdir(parents=True)
    out = []
    for i in range(n):
        if i % 10 == 9:
            path = root / f"r{i:03d}_plochingen.pdf"
            path.write_bytes((SAMPLES / "plochingen.pdf").read_bytes() + f"\n% copy {i}\n".encode())
        else:
            base = bases[i % len(bases)]
            path = root / f"r{i:03d}_{base.name}"
            path.write_bytes(base.read_bytes() + b"\n" * (i % 7 + 1) + b" " * (i // 7))
        out.append(path)
    return out


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_rows(db: str) -> int:
    try:
        return query(db, "SELECT COUNT(*) AS n FROM reports")[0]["n"]
    except Exception:  # the table does not exist yet
        return 0


def wait_for_rows(db: str, proc, n: int, limit: float = 300) -> int:
    deadline = time.monotonic() + limit
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        done = count_rows(db)
        if done >= n:
            break
        time.sleep(0.1)
    return done


def our_children(client: Client) -> list[int]:
    return processes_with_env(client.marker)


def lost_tasks(client: Client) -> int:
    """Tasks the scheduler had to run again because the worker running them died."""
    return client.run_on_scheduler(lambda dask_scheduler: sum(
        p.suspicious for p in dask_scheduler.task_prefixes.values()))


def workers_holding(client: Client, index: int) -> list[int]:
    """Pids of the workers holding the task of the file at ``index`` (task keys: batch, first, last index)."""
    return client.run_on_scheduler(lambda dask_scheduler: [
        ws.pid for ws in dask_scheduler.workers.values()
        if any(ts.key[1] <= index <= ts.key[2] for ts in ws.processing if isinstance(ts.key, tuple))])


def wait_until(condition, limit: float = 30) -> bool:
    deadline = time.monotonic() + limit
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.2)
    return condition()


def test_200_files_with_a_worker_killed_mid_run_are_each_stored_once_and_not_extracted_again(tmp_path, cluster):
    files = copies(tmp_path / "reports", 200)
    db = fresh_database()
    lost_before = lost_tasks(cluster)
    victim = next(iter(cluster.run(os.getpid).values()))
    proc = popen_cli("import", tmp_path / "reports", "--db", db, "--scheduler", cluster.scheduler.address,
                     stdout=open(tmp_path / "out.txt", "w"), stderr=open(tmp_path / "err.txt", "w"))
    assert wait_for_rows(db, proc, 40) >= 40
    assert proc.poll() is None, "the import finished before a worker could be killed"
    its_children = children(victim)
    assert its_children, "the worker has no extraction child"
    os.kill(victim, signal.SIGKILL)
    assert proc.wait(600) == 0, (tmp_path / "err.txt").read_text()[-3000:]
    out = (tmp_path / "out.txt").read_text()
    assert summary_count(out, "imported now") == 200 and summary_count(out, "failed now") == 0
    assert f"cluster: {cluster.scheduler.address}" in out and "with 2 worker(s) (Dask)" in out

    rows = query(db, "SELECT path, sha256, status, record FROM reports")
    assert len(rows) == 200
    assert {r["path"] for r in rows} == {str(f.resolve()) for f in files}   # every file exactly once
    for row in rows:
        record = as_record(row["record"])
        assert row["status"] == "ok"
        assert row["sha256"] == record["source"]["sha256"] == sha256(Path(row["path"]))
        assert Path(record["source"]["file"]).name == Path(row["path"]).name
    assert lost_tasks(cluster) > lost_before          # the dead worker's file ran again on the other one
    assert wait_until(lambda: not any(alive(c) for c in its_children))  # its child died with it

    again = run_cli("import", tmp_path / "reports", "--db", db, "--scheduler", cluster.scheduler.address)
    assert again.returncode == 0, again.stderr
    assert summary_count(again.stdout, "imported now") == 0
    assert summary_count(again.stdout, "unchanged (already imported)") == 200
    assert "nothing to extract" in again.stdout


def test_client_killed_mid_import_then_rerun_completes_without_duplicates(tmp_path, cluster):
    corpus = tmp_path / "reports"
    corpus.mkdir()
    base = (SAMPLES / "plochingen.txt").read_bytes()
    for i in range(40):  # "slow_": the hook delays each by 0.3 s, so the kill lands mid-batch
        (corpus / f"slow_{i:02d}.txt").write_bytes(base + b"\n" * (i + 1))
    db = fresh_database()
    proc = popen_cli("import", corpus, "--db", db, "--scheduler", cluster.scheduler.address,
                     stdout=open(tmp_path / "out.txt", "w"), stderr=open(tmp_path / "err.txt", "w"))
    wait_for_rows(db, proc, 6)
    assert proc.poll() is None, "the import finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    killed_at = count_rows(db)
    assert 6 <= killed_at < 40, killed_at
    assert all(r["status"] == "ok" for r in query(db, "SELECT status FROM reports"))

    r = run_cli("import", corpus, "--db", db, "--scheduler", cluster.scheduler.address)
    assert r.returncode == 0, r.stdout + r.stderr
    assert summary_count(r.stdout, "unchanged (already imported)") == killed_at
    assert summary_count(r.stdout, "imported now") == 40 - killed_at
    rows = query(db, "SELECT path, sha256, status FROM reports")
    assert len(rows) == 40 == len({r["path"] for r in rows}) == len({r["sha256"] for r in rows})
    assert all(r["status"] == "ok" for r in rows)


def test_a_crashing_and_a_hung_file_fail_alone_and_the_worker_goes_on(tmp_path, cluster):
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "a_lahr.txt").write_bytes((SAMPLES / "real" / "lahr.txt").read_bytes())
    (corpus / "b_crash_me.txt").write_bytes((SAMPLES / "real" / "march.txt").read_bytes())
    (corpus / "c_hang_me.txt").write_bytes((SAMPLES / "plochingen.txt").read_bytes())
    (corpus / "d_dusslingen.txt").write_bytes((SAMPLES / "real" / "dusslingen.txt").read_bytes())
    db = fresh_database()
    started = time.monotonic()
    r = run_cli("import", corpus, "--db", db, "--scheduler", cluster.scheduler.address, "--timeout", "3")
    assert time.monotonic() - started < 180
    assert r.returncode == 1, r.stdout + r.stderr
    assert summary_count(r.stdout, "failed now") == 2 and summary_count(r.stdout, "imported now") == 2
    rows = {Path(row["path"]).name: row for row in query(db, "SELECT path, status, error_code, error_message "
                                                             "FROM reports")}
    # the child that crashed cost its file only, once: not sent again
    assert (rows["b_crash_me.txt"]["status"], rows["b_crash_me.txt"]["error_code"]) == ("failed", "internal")
    assert "SIGSEGV" in rows["b_crash_me.txt"]["error_message"]
    # a hung child (SIGTERM blocked, like a stuck C call) is killed on its worker at the time limit
    assert rows["c_hang_me.txt"]["error_code"] == "timeout" and "3 s" in rows["c_hang_me.txt"]["error_message"]
    assert rows["a_lahr.txt"]["status"] == rows["d_dusslingen.txt"]["status"] == "ok"
    # the progress lines and the failures table, as for a local import
    lines = [line for line in r.stderr.splitlines() if line.startswith("[")]
    assert len(lines) == 4 and all(re.match(r"^\[[1-4]/4\] (ok|failed)\s+\d+\.\d\ds\s+\S+", line) for line in lines)
    assert "Failed files" in r.stdout
    # no child left behind: at most one per worker thread (the killed ones were replaced, not leaked)
    assert wait_until(lambda: len(our_children(cluster)) <= 2), our_children(cluster)


def test_bytes_or_shared_paths_give_the_records_of_a_local_import(tmp_path, cluster):
    corpus = tmp_path / "reports"
    corpus.mkdir()
    for name in ("plochingen.txt", "plochingen.docx", "plochingen.pdf"):
        (corpus / name).write_bytes((SAMPLES / name).read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    dbs = {"bytes": fresh_database(), "shared": fresh_database(), "local": str(tmp_path / "local.db")}
    # Relative inputs from another folder than the workers': a worker reading the name itself would
    # find nothing, so the records below prove the bytes travelled (and --shared-fs sends absolute paths).
    runs = {"bytes": ("--scheduler", cluster.scheduler.address),
            "shared": ("--scheduler", cluster.scheduler.address, "--shared-fs"),
            "local": ("--workers", "1")}
    tables = {}
    for how, options in runs.items():
        r = run_cli("import", "reports", "--db", dbs[how], *options, cwd=tmp_path)
        assert r.returncode == 1, r.stdout + r.stderr          # the empty file
        tables[how] = {Path(row["path"]).name: (row["status"], row["error_code"], row["error_message"],
                                                as_record(row["record"]), row["sha256"])
                       for row in query(dbs[how], "SELECT * FROM reports")}
    assert tables["bytes"] == tables["shared"] == tables["local"]
    assert tables["bytes"]["empty.txt"][:2] == ("failed", "empty")
    record = tables["bytes"]["plochingen.docx"][3]
    assert record["source"]["file"] == "reports/plochingen.docx"
    assert record["municipality"]["name"] == "Plochingen"


def test_usage_errors_and_an_unreachable_scheduler(tmp_path):
    lahr = SAMPLES / "real" / "lahr.txt"
    sqlite = tmp_path / "r.db"
    r = run_cli("import", lahr, "--db", sqlite, "--scheduler", "tcp://127.0.0.1:8786")
    assert r.returncode == 2 and r.stderr.startswith("error: ") and "PostgreSQL" in r.stderr
    assert not sqlite.exists()
    pg = fresh_database()
    r = run_cli("import", lahr, "--db", pg, "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2")
    assert r.returncode == 2 and "--workers" in r.stderr
    r = run_cli("import", lahr, "--db", pg, "--shared-fs")
    assert r.returncode == 2 and "--shared-fs" in r.stderr
    # a type file lives on this machine: the workers can read it only where they see the same paths
    type_file = ROOT / "samples" / "sachbericht" / "sachbericht.toml"
    r = run_cli("import", lahr, "--db", pg, "--scheduler", "tcp://127.0.0.1:8786", "--type", type_file)
    assert r.returncode == 2 and "type file" in r.stderr and "--shared-fs" in r.stderr
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = run_cli("import", lahr, "--db", pg, "--scheduler", f"tcp://127.0.0.1:{port}",
                env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}, timeout=120)
    assert r.returncode == 1 and "cannot reach the Dask scheduler" in r.stderr and "Traceback" not in r.stderr


def test_a_worker_of_another_extractor_version_stops_the_batch(cluster):
    """Records are stored under the client's extractor version, so a worker running another one must not
    extract (here the client claims another version; the worker compares it with its own)."""
    from extractor.bulk.cluster import DaskRunner
    from extractor.bulk.runner import BatchError
    runner = DaskRunner(cluster.scheduler.address)
    runner.settings = replace(runner.settings, extractor_version="0.0.1")
    with runner, pytest.raises(BatchError, match=r"runs report-extractor .*, the client 0\.0\.1"):
        list(runner.run([SAMPLES / "real" / "lahr.txt"]))


def test_a_file_whose_workers_keep_dying_is_stored_failed_not_retried_forever(tmp_path, cluster):
    """Runs last: workers are killed (their nannies start them again). 16 files: the first task holds
    four, the stuck file among them; it loses two workers (allowed-failures 1), its files are sent
    again one per task, and the stuck file's own task loses two more: that file is stored as failed,
    the rest ok."""
    corpus = tmp_path / "reports"
    base = (SAMPLES / "real" / "march.txt").read_bytes()
    corpus.mkdir()
    for i in range(15):
        (corpus / f"f{i:02d}.txt").write_bytes(base + b"\n" * (i + 1))
    (corpus / "a_stuck_me.txt").write_bytes((SAMPLES / "plochingen.txt").read_bytes())  # its child sleeps 600 s
    stuck = 0  # its index: the first file in path order, so in the first task, of four files
    db = fresh_database()
    cluster.wait_for_workers(2, timeout=120)
    proc = popen_cli("import", corpus, "--db", db, "--scheduler", cluster.scheduler.address, "--timeout", "900",
                     stdout=open(tmp_path / "out.txt", "w"), stderr=open(tmp_path / "err.txt", "w"))
    killed: set[int] = set()
    deadline = time.monotonic() + 400
    while proc.poll() is None and time.monotonic() < deadline:
        for pid in set(workers_holding(cluster, stuck)) - killed:
            os.kill(pid, signal.SIGKILL)
            killed.add(pid)
        time.sleep(0.2)
    try:
        code = proc.wait(120)
    except subprocess.TimeoutExpired:
        proc.kill()
        code = None
    said = (tmp_path / "out.txt").read_text()[-2000:] + (tmp_path / "err.txt").read_text()[-3000:]
    assert code == 1, f"exit {code} after {len(killed)} kill(s):\n{said}"
    assert len(killed) == 4, said                 # two for the task of four files, two for the file alone
    rows = {Path(row["path"]).name: row for row in query(db, "SELECT path, status, error_code, error_message "
                                                             "FROM reports")}
    assert len(rows) == 16
    assert (rows["a_stuck_me.txt"]["status"], rows["a_stuck_me.txt"]["error_code"]) == ("failed", "internal")
    assert "2 Dask workers died while extracting this file" in rows["a_stuck_me.txt"]["error_message"]
    assert all(row["status"] == "ok" for name, row in rows.items() if name != "a_stuck_me.txt")
    assert wait_until(lambda: len(our_children(cluster)) <= 2), our_children(cluster)
