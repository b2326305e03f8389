"""Import on a Dask cluster side by side with the local worker pool, and what decides the writer.

Run from the repository root (needs the dev extras: dask, distributed, reportlab, pyphen):

    python -m benchmarks.cluster                      # 100 generated reports per format, 2 rounds
    python -m benchmarks.cluster --n 60 --rounds 1 --json out.json

Each import runs in a fresh process (the client) into a fresh PostgreSQL database (the test suite's
throw-away server, or the one ``REPORT_EXTRACTOR_TEST_PG_URL`` names), on the same files, formats
mixed. A Dask cluster is a ``distributed.LocalCluster`` of worker processes with one thread each,
started fresh before each import and not timed (it stands for a cluster that is already running; its
extraction children start as the import connects, as the local pool's fork server does). Per round:

1. the local pool (``batch.Runner``) with 1 and 2 workers;
2. the Dask runner (``cluster.DaskRunner``, the client writes) with 1 and 2 workers;
3. the 2-worker cluster with the workers' statistical profiler off (``distributed.worker.profile.enabled``:
   it samples every task thread each 10 ms, and an import's task threads only wait on their children),
   and with each worker writing its rows itself (the alternative to the client writing);
4. the rows of one import written by one process: one transaction per row (``Store.save``, what the
   importer does) and 100 rows per transaction (batched inserts);
5. Dask alone: tasks that do nothing with a file-sized argument and a record-sized result, through
   the same submit window: the files per second one client and scheduler could pass at most.

Figures: wall clock from the start of the import (planning included) to the last row, documents per
second, the steady rate (first result to last), the client's CPU ms per document (all its threads),
and the CPU ms per document of every process involved (client, scheduler, Dask workers, extraction
children, fork server; not PostgreSQL), which other programs on a shared machine do not inflate, and
the part of it in Dask's own processes (scheduler, nannies, workers; not the extraction children):
mostly background work per second of running (ticks, monitors, the profiler), not per document.
Rounds interleave the configurations, so a change of load hits all of them; the table shows the
median and the spread over rounds.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CONFIGS = (("local", 1), ("dask", 1), ("local", 2), ("dask", 2), ("dask-no-profile", 2), ("dask-workers-write", 2))
TARGET_SCALING, TARGET_OVERHEAD = 1.7, 1.15
BATCH_ROWS = 100
WIDTH = 160


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------ in the client

def extract_and_store(files, settings, db):
    """Workers-write variant of the Dask task: extract as the product's task does, then write the rows
    from the worker (one store per worker process). ``files``: (index, candidate, payload)."""
    from distributed import get_worker

    from extractor.bulk.cluster import extract_on_worker
    from extractor.bulk.importer import file_result
    from extractor.bulk.runner import Outcome
    from extractor.bulk.store import open_store
    from extractor.core import registry
    worker = get_worker()
    if not hasattr(worker, "bench_store"):
        worker.bench_store = open_store(db)
    rt = registry.get(settings.report_type)
    replies = extract_on_worker([(index, str(cand.path), payload) for index, cand, payload in files], settings)
    for (index, cand, _), (_, record, code, message, seconds) in zip(files, replies):
        worker.bench_store.save(file_result(cand, Outcome(index, cand.path, record, code, message, seconds), rt))
    return [code for _, _, code, _, _ in replies]


def workers_write(files: list[Path], db: str, scheduler: str, stamps: list[float]) -> tuple[int, int]:
    """The import's work with the rows written on the workers: plan here, extract and store there, in
    tasks of FILES_PER_TASK files (all submitted at once: a benchmark's few hundred files fit)."""
    from distributed import as_completed

    from extractor.bulk import importer
    from extractor.bulk.cluster import FILES_PER_TASK, DaskRunner
    from extractor.bulk.store import open_store
    from extractor.readers import load

    with open_store(db) as store, DaskRunner(scheduler, timeout=120) as runner:
        todo = importer.plan(files, store.index(), report_type="kfd").todo
        url = store.url.render_as_string(hide_password=False)
        tasks = [runner.client.submit(extract_and_store, [(i, c, load(c.path)) for i, c in enumerate(chunk, start)],
                                      runner.settings, url, key=("bench-ww", start))
                 for start in range(0, len(todo), FILES_PER_TASK) for chunk in [todo[start:start + FILES_PER_TASK]]]
        ok = failed = 0
        for _, codes in as_completed(tasks, with_results=True, loop=runner.client.loop):
            stamps.extend([time.monotonic()] * len(codes))
            ok, failed = ok + codes.count(None), failed + len(codes) - codes.count(None)
    return ok, failed


def import_child(spec: dict) -> dict:
    from rich.console import Console

    from extractor.bulk.batch import Runner
    from extractor.bulk.cluster import DaskRunner
    from extractor.bulk.importer import run_import
    from extractor.bulk.store import open_store

    files = [Path(p) for p in spec["files"]]
    stamps: list[float] = []
    started, cpu = time.monotonic(), time.process_time()
    if spec["mode"] == "dask-workers-write":
        ok, failed = workers_write(files, spec["db"], spec["scheduler"], stamps)
    else:
        runner = (Runner(workers=spec["workers"], timeout=120) if spec["mode"] == "local"
                  else DaskRunner(spec["scheduler"], timeout=120))
        with open(os.devnull, "w") as devnull, open_store(spec["db"]) as store:
            summary = run_import(files, store, runner, err=Console(file=devnull, width=200),
                                 on_file=lambda outcome: stamps.append(time.monotonic()))
        ok, failed = summary.ok, len(summary.failed)
    seconds = time.monotonic() - started
    return {"mode": spec["mode"], "workers": spec["workers"], "files": len(files), "ok": ok, "failed": failed,
            "seconds": seconds, "docs_per_s": (ok + failed) / seconds,
            "steady_docs_per_s": (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 2 and stamps[-1] > stamps[0] else None,
            "client_cpu_ms_per_doc": 1000 * (time.process_time() - cpu) / max(1, len(files))}


# ------------------------------------------------------------------------------------------ in this process

def run_child(flag: str, spec: dict, work: Path) -> dict:
    """``spec`` through ``--import-child`` or ``--harness`` in a fresh process; its JSON answer."""
    listing = work / f"spec-{flag}.json"
    listing.write_text(json.dumps(spec))
    proc = subprocess.run([sys.executable, "-m", "benchmarks.cluster", f"--{flag}", str(listing)], capture_output=True, text=True,
                          cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{flag} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def harness(spec: dict) -> dict:
    """One configuration, with the CPU time of every process it involves: this process is a child
    subreaper (Linux), so every descendant -- the client, the cluster's worker processes, the extraction
    children and fork servers, even once orphaned -- is reaped here and counted in RUSAGE_CHILDREN.
    The cluster's start-up is taken off (it stands for a cluster that is already running)."""
    import ctypes
    import resource

    from distributed import Client, LocalCluster
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER

    def own_cpu() -> float:  # this process and its descendants reaped so far
        return sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                     resource.getrusage(resource.RUSAGE_CHILDREN)))

    work = Path(spec.pop("work"))
    dask_cpu = None
    if spec["mode"] == "local":
        before = own_cpu()
        result = run_child("import-child", spec, work)
    else:
        if spec["mode"] == "dask-no-profile":  # the workers inherit it (Dask reads its config from the environment)
            os.environ["DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED"] = "False"
        with LocalCluster(n_workers=spec["workers"], threads_per_worker=1, processes=True,
                          dashboard_address=":0") as cluster:
            with Client(cluster) as client:
                workers = list(client.run(os.getpid).values())
            spec["scheduler"] = cluster.scheduler_address
            own, in_workers = resource.getrusage(resource.RUSAGE_SELF), sum(proc_cpu(pid) for pid in workers)
            before = own_cpu() + in_workers  # the cluster as it stands, idle
            result = run_child("import-child", spec, work)
            # Dask's own processes (scheduler and nannies live in this one), apart from the extraction children
            now = resource.getrusage(resource.RUSAGE_SELF)
            dask_cpu = (now.ru_utime + now.ru_stime - own.ru_utime - own.ru_stime
                        + sum(proc_cpu(pid) for pid in workers) - in_workers)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # reap everything, orphans included
        try:
            if os.waitpid(-1, os.WNOHANG) == (0, 0):
                time.sleep(0.1)
        except ChildProcessError:
            break
    per_doc = 1000 / max(1, result["files"])
    return result | {"cpu_ms_per_doc": per_doc * (own_cpu() - before),
                     "dask_cpu_ms_per_doc": per_doc * dask_cpu if dask_cpu is not None else None}


def one_import(mode: str, workers: int, files: list[Path], work: Path) -> dict:
    from tests.support.pgcluster import fresh_database
    spec = {"mode": mode, "workers": workers, "files": [str(p) for p in files], "db": fresh_database(),
            "work": str(work)}
    return run_child("harness", spec, work) | {"db": spec["db"]}


def write_rates(db: str) -> dict:
    """Rows per second one process writes: the rows of an import, again, into a fresh database."""
    from sqlalchemy import delete, insert, select

    from extractor.bulk.db import reports
    from extractor.bulk.store import FileResult, open_store
    from tests.support.pgcluster import fresh_database

    with open_store(db) as source, source.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(*[c for c in reports.c if c.name != "id"]))]
    results = [FileResult(path=r["path"], sha256=r["sha256"], size=r["size"], format=r["format"],
                          report_type=r["report_type"], schema_version=r["schema_version"],
                          extractor_version=r["extractor_version"], record=r["record"], headline=r["headline"],
                          error_code=r["error_code"], error_message=r["error_message"], duration_ms=r["duration_ms"])
               for r in rows]
    out = {"rows": len(results), "record_bytes": statistics.mean(len(pickle.dumps(r["record"])) for r in rows)}
    with open_store(fresh_database()) as store:
        started = time.perf_counter()
        for result in results:
            store.save(result)
        out["per_row_tx"] = len(results) / (time.perf_counter() - started)
    with open_store(fresh_database()) as store:
        started = time.perf_counter()
        for i in range(0, len(results), BATCH_ROWS):
            batch = [r.row() for r in results[i:i + BATCH_ROWS]]
            with store.engine.begin() as conn:
                conn.execute(delete(reports).where(reports.c.path.in_([r["path"] for r in batch])
                                                   | reports.c.sha256.in_([r["sha256"] for r in batch])))
                conn.execute(insert(reports), batch)
        out["batched_tx"] = len(results) / (time.perf_counter() - started)
    return out


def noop_task(payloads: list[bytes], record: dict) -> list[dict]:
    return [record] * len(payloads)


def proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def dask_ceiling(n: int, payload_bytes: int, record: dict) -> dict[int, dict]:
    """Dask alone, by files per task: tasks doing nothing with file-sized arguments and record-sized
    results through the import's submit window (2 workers); files per second one client and
    scheduler pass, and the CPU ms each task costs client, scheduler and workers together."""
    from distributed import Client, LocalCluster, as_completed

    from extractor.bulk.cluster import FILES_PER_TASK, TASKS_PER_THREAD
    out = {}
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        workers = list(client.run(os.getpid).values())
        payload = os.urandom(payload_bytes)
        client.submit(noop_task, [payload], record).result()  # warm: the function reaches the workers
        for per_task in (1, FILES_PER_TASK):
            running = as_completed(with_results=True, loop=client.loop)
            pending = deque(range(0, n, per_task))
            tasks = len(pending)
            cpu = time.process_time() + sum(proc_cpu(pid) for pid in workers)
            started = time.perf_counter()
            while pending or not running.is_empty():
                while pending and running.count() < TASKS_PER_THREAD * 2:
                    running.add(client.submit(noop_task, [payload] * per_task, record,
                                              key=(f"bench-noop-{per_task}", pending.popleft())))
                next(running)
            seconds = time.perf_counter() - started
            cpu = time.process_time() + sum(proc_cpu(pid) for pid in workers) - cpu
            out[per_task] = {"files_per_s": n / seconds, "cpu_ms_per_task": 1000 * cpu / tasks}
    return out


def summarise(rounds: list[list[dict]]) -> dict:
    by_config: dict[str, list[dict]] = {}
    for results in rounds:
        for r in results:
            by_config.setdefault(f"{r['mode']}/{r['workers']}", []).append(r)
    out = {}
    for name, runs in by_config.items():
        rates = [r["docs_per_s"] for r in runs]
        steady = [r["steady_docs_per_s"] for r in runs if r["steady_docs_per_s"]]
        out[name] = {"runs": len(runs), "docs_per_s": statistics.median(rates), "min": min(rates), "max": max(rates),
                     "steady_docs_per_s": statistics.median(steady) if steady else None,
                     "seconds": statistics.median(r["seconds"] for r in runs),
                     "client_cpu_ms_per_doc": statistics.median(r["client_cpu_ms_per_doc"] for r in runs),
                     "cpu_ms_per_doc": statistics.median(r["cpu_ms_per_doc"] for r in runs),
                     "dask_cpu_ms_per_doc": statistics.median(r["dask_cpu_ms_per_doc"] for r in runs)
                     if runs[0]["dask_cpu_ms_per_doc"] is not None else None,
                     "failed": sum(r["failed"] for r in runs)}
    return out


def print_tables(report: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=WIDTH)
    s = report["summary"]
    t = Table(title=f"Import into PostgreSQL, {report['files']} documents ({report['machine']}; median of "
                    f"{report['rounds']} round(s), spread min-max)", title_justify="left")
    for col in ("runner", "workers", "seconds", "docs/s", "spread", "steady docs/s", "CPU ms/doc, all processes",
                "of which Dask's processes", "client CPU ms/doc", "failed"):
        t.add_column(col, justify="left" if col == "runner" else "right")
    for name, r in s.items():
        mode, workers = name.split("/")
        t.add_row(mode, workers, f"{r['seconds']:.1f}", f"{r['docs_per_s']:.1f}", f"{r['min']:.1f}-{r['max']:.1f}",
                  f"{r['steady_docs_per_s']:.1f}" if r["steady_docs_per_s"] else "-", f"{r['cpu_ms_per_doc']:.1f}",
                  f"{r['dask_cpu_ms_per_doc']:.1f}" if r["dask_cpu_ms_per_doc"] is not None else "-",
                  f"{r['client_cpu_ms_per_doc']:.1f}", str(r["failed"]))
    console.print(t)
    w = report["writes"]
    t = Table(title="Ceilings: one writer (the rows of that import into a fresh database), and Dask alone",
              title_justify="left")
    for col in ("ceiling", "files/s"):
        t.add_column(col, justify="left" if col == "ceiling" else "right")
    t.add_row("one writer, one transaction per row (Store.save, the importer)", f"{w['per_row_tx']:.0f}")
    t.add_row(f"one writer, {BATCH_ROWS} rows per transaction (batched inserts)", f"{w['batched_tx']:.0f}")
    for per_task, r in report["dask_ceiling"].items():
        t.add_row(f"Dask alone, no-op tasks of {per_task} file(s) (file-sized arguments, record-sized results; "
                  f"{r['cpu_ms_per_task']:.1f} CPU ms per task)", f"{r['files_per_s']:.0f}")
    t.caption = f"{w['rows']} rows, record {w['record_bytes'] / 1024:.1f} KiB pickled on average"
    console.print(t)
    t = Table(title="Headline: targets", title_justify="left")
    for col in ("measure", "value", "target", "met"):
        t.add_column(col, justify="left" if col == "measure" else "right")
    for measure, value, target, higher in report["headline"]:
        t.add_row(measure, f"{value:.2f}x", f"{'>=' if higher else '<='} {target:.2f}x",
                  "yes" if (value >= target if higher else value <= target) else "NO")
    console.print(t)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--n", type=int, default=100, help="reports per format (default 100)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds over all configurations (default 2)")
    parser.add_argument("--corpus-dir", help="generate into (or reuse) this folder instead of a temporary one")
    parser.add_argument("--json", help="also write the figures as JSON to this file")
    parser.add_argument("--import-child", help=argparse.SUPPRESS)
    parser.add_argument("--harness", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.import_child:
        print(json.dumps(import_child(json.loads(Path(args.import_child).read_text()))))
        return
    if args.harness:
        print(json.dumps(harness(json.loads(Path(args.harness).read_text()))))
        return
    from tests.support.pgcluster import ENV_URL, server_url
    os.environ.setdefault(ENV_URL, server_url())  # one server for every configuration, outside their CPU

    from benchmarks import run as stage_benchmark  # its corpus generator
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as tmp:
        work = Path(tmp)
        corpus = Path(args.corpus_dir) if args.corpus_dir else work / "corpus"
        _say(f"generating {args.n} reports per format into {corpus} ...")
        paths = stage_benchmark.generate(corpus, args.n, ("txt", "docx", "pdf"), os.cpu_count() or 1)
        files = [p for group in zip(*paths.values()) for p in group]  # formats interleaved
        rounds = []
        for k in range(args.rounds):
            results = []
            for mode, workers in CONFIGS:
                _say(f"round {k + 1}: {mode} with {workers} worker(s), load {os.getloadavg()[0]:.1f} ...")
                results.append(one_import(mode, workers, files, work))
            rounds.append(results)
        _say("writes alone, and Dask alone ...")
        from extractor.bulk.store import open_store
        last_import = rounds[-1][3]["db"]   # dask/2: its rows are written again, its record sizes the no-op result
        writes = write_rates(last_import)
        with open_store(last_import) as store:
            sample_record = next(store.rows(status="ok"))["record"]
        ceiling = dask_ceiling(800, int(statistics.mean(p.stat().st_size for p in files)), sample_record)
        summary = summarise(rounds)
    report = {"machine": f"{os.cpu_count()} cores, Python {sys.version.split()[0]}", "files": len(files),
              "rounds": args.rounds, "rounds_raw": rounds, "summary": summary, "writes": writes,
              "dask_ceiling": ceiling}
    report["headline"] = [
        ("Dask: 2 workers / 1 worker (docs/s)", summary["dask/2"]["docs_per_s"] / summary["dask/1"]["docs_per_s"],
         TARGET_SCALING, True),
        ("Dask overhead, 1 worker: local docs/s / Dask docs/s",
         summary["local/1"]["docs_per_s"] / summary["dask/1"]["docs_per_s"], TARGET_OVERHEAD, False),
        ("Dask overhead, 2 workers: local docs/s / Dask docs/s",
         summary["local/2"]["docs_per_s"] / summary["dask/2"]["docs_per_s"], TARGET_OVERHEAD, False),
        ("Dask overhead, 2 workers: Dask CPU ms/doc / local (all processes)",
         summary["dask/2"]["cpu_ms_per_doc"] / summary["local/2"]["cpu_ms_per_doc"], TARGET_OVERHEAD, False),
        ("Dask overhead, 2 workers, profiler off: local docs/s / Dask docs/s",
         summary["local/2"]["docs_per_s"] / summary["dask-no-profile/2"]["docs_per_s"], TARGET_OVERHEAD, False),
    ]
    print_tables(report)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1, default=str) + "\n")


if __name__ == "__main__":
    main()
