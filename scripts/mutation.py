"""Mutation testing of the modules users trust, with mutmut 3.

    python scripts/mutation.py                    # every target, one after the other
    python scripts/mutation.py redaction check    # some targets
    python scripts/mutation.py --list             # the targets, their code and their tests
    python scripts/mutation.py --report           # the counts of the last runs, running nothing
    python scripts/mutation.py quality --survivors  # ... and the diff of every surviving mutant
    python scripts/mutation.py check --tests tests/reports/test_check_export.py   # other tests (targets first)

Each target is some functions of some modules plus the narrowest set of tests that should guard them.
A target runs in its own work folder, .mutation/<target>/ (git-ignored), which mutmut fills with a
mutated copy of the package (mutants/); mutmut keeps its results there, so a rerun only tests the
mutants of code changed since. mutmut reads its settings from the setup.cfg this script writes there.

A mutant is *killed* when a test fails on it, *timeout* when the tests ran too long on it (both count
as caught), *survived* when all its tests pass, *no tests* when no selected test runs its function.
The score is caught / all mutants. mutmut mutates the bodies of functions, not module-level constants.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".mutation"
# what the tests read besides the package (copied into the work folder)
ALSO_COPY = ("testkit", "samples")


@dataclass(frozen=True)
class Target:
    files: tuple[str, ...]           # modules mutated (globs, relative to the repository)
    tests: tuple[str, ...]           # pytest selection run against the mutants
    functions: tuple[str, ...] = ()  # only these functions' mutants are run and counted (globs)


TARGETS = {
    "normalize": Target(("extractor/normalize/*.py",), ("tests/normalize",)),
    "sections": Target(("extractor/pipeline/sections.py",), ("tests/pipeline/test_heading_matching.py",),
                       ("heading_key", "strip_numbering", "_Matcher.heading", "split")),
    "quality": Target(("extractor/pipeline/quality.py",), ("tests/pipeline/test_quality.py",)),
    "redaction": Target(("extractor/reports/redact.py",), ("tests/reports/test_redact_rules.py",)),
    "importer": Target(("extractor/bulk/importer.py",), ("tests/bulk/test_plan.py",),
                       ("file_digest", "_key", "is_older", "plan")),
    "check": Target(("extractor/reports/check.py",), ("tests/reports/test_check_summary.py",),
                    ("ReportCheck.*", "from_rows", "summarise", "csv_header", "write_csv", "write_json")),
    "writers": Target(("extractor/reports/writers.py", "extractor/reports/export.py"),
                      ("tests/reports/test_export_writers.py",)),
}

CAUGHT = ("killed", "timeout")
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests", 34: "skipped",
          36: "timeout", 24: "timeout", -24: "timeout", 152: "timeout", 255: "timeout", None: "not checked"}


def mutmut() -> str:
    return str(Path(sys.executable).with_name("mutmut"))


def module_name(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def mutant_globs(target: Target) -> list[str]:
    """mutmut names a mutant <module>.x_<function>__mutmut_<n>, a method's <module>.xǁClassǁmethod__mutmut_<n>."""
    globs = []
    for pattern in target.files:
        for fn in target.functions or ("*",):
            cls, _, meth = fn.rpartition(".")
            name = f"xǁ{cls}ǁ{meth}" if cls else f"x_{fn}"
            globs.append(f"{module_name(pattern)}.{name}__mutmut_*")
    return globs


def setup_cfg(target: Target) -> str:
    def lines(values) -> str:
        return "".join(f"\n    {v}" for v in values)
    return ("[mutmut]\nsource_paths = extractor\n"
            f"only_mutate ={lines(target.files)}\n"
            f"also_copy ={lines(ALSO_COPY)}\n"
            f"pytest_add_cli_args_test_selection ={lines(target.tests)}\n"
            # -p no:cacheprovider: no .pytest_cache in the copy; -x: the first failure kills the mutant
            "pytest_add_cli_args =\n    -x\n    -q\n    -p\n    no:cacheprovider\n"
            "use_git_change_detection = false\n")


def prepare(name: str, target: Target) -> Path:
    work = WORK / name
    work.mkdir(parents=True, exist_ok=True)
    for entry in ("extractor", "tests", *ALSO_COPY):
        link = work / entry
        if not link.exists():
            link.symlink_to(ROOT / entry)
    (work / "setup.cfg").write_text(setup_cfg(target))
    return work


def results(name: str, target: Target) -> dict[str, str]:
    """Status of each of the target's mutants, from mutmut's result files (mutants/<file>.meta)."""
    globs = mutant_globs(target)
    out = {}
    for meta in (WORK / name / "mutants").rglob("*.py.meta"):
        for key, code in json.loads(meta.read_text())["exit_code_by_key"].items():
            if any(fnmatch(key, g) for g in globs):
                out[key] = STATUS.get(code, "suspicious")
    return out


def survivors(name: str, target: Target) -> list[str]:
    return sorted(k for k, s in results(name, target).items() if s in ("survived", "no tests"))


def run(name: str, target: Target, children: int, everything: bool) -> int:
    """Test the target's mutants; after a first run only those not yet caught (a new test can only catch
    more; mutmut itself resets the mutants of code that changed)."""
    work = prepare(name, target)
    print(f"== {name}: {', '.join(target.files)} <- {' '.join(target.tests)}", flush=True)
    known = {} if everything else results(name, target)
    names = [k for k, s in known.items() if s not in CAUGHT] if known else mutant_globs(target)
    if not names:
        print("   every mutant caught already (--all tests them again)")
        return 0
    status = _mutmut_run(work, names, children)
    # mutmut makes the mutants of changed code during that run: test those it has not tested yet
    new = [k for k, s in results(name, target).items() if s == "not checked"]
    return status | (_mutmut_run(work, new, children) if new and not status else 0)


def _mutmut_run(work: Path, names: list[str], children: int) -> int:
    return subprocess.call([mutmut(), "run", "--max-children", str(children), *names], cwd=work,
                           env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})


def line(name: str, c: Counter) -> str:
    total = sum(c.values())
    caught = sum(c[s] for s in CAUGHT)
    score = f"{100 * caught / total:5.1f}%" if total else "    -"
    other = total - caught - c["survived"] - c["no tests"]
    return (f"{name:<18} {c['killed']:>6} {c['survived']:>8} {c['timeout']:>7} {c['no tests']:>8} {other:>5}"
            f" {total:>5}  {score}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("targets", nargs="*", metavar="TARGET", help=f"one of {', '.join(TARGETS)} (default: all)")
    ap.add_argument("--list", action="store_true", help="show the targets and exit")
    ap.add_argument("--report", action="store_true", help="print the last results without running")
    ap.add_argument("--tests", nargs="+", metavar="PATH",
                    help="run these tests instead of the target's (e.g. the suite before new tests: the results "
                         "go to .mutation/<target>-custom/)")
    ap.add_argument("--all", action="store_true", help="test every mutant again, also those caught before")
    ap.add_argument("--survivors", action="store_true", help="show the diff of each surviving mutant")
    ap.add_argument("--children", type=int, default=1,
                    help="mutants tested in parallel (default 1: the machine is shared)")
    args = ap.parse_args(argv)
    names = args.targets or list(TARGETS)
    if args.tests:
        TARGETS.update({f"{n}-custom": replace(TARGETS[n], tests=tuple(args.tests)) for n in names if n in TARGETS})
        names = [f"{n}-custom" for n in names]
    if unknown := [n for n in names if n not in TARGETS]:
        ap.error(f"unknown target {', '.join(unknown)}; the targets: {', '.join(TARGETS)}")
    if args.list:
        for n in names:
            t = TARGETS[n]
            print(f"{n:<10} {', '.join(t.files)}{' [' + ', '.join(t.functions) + ']' if t.functions else ''}"
                  f"\n{'':<10} tests: {' '.join(t.tests)}")
        return 0
    status = 0
    if not args.report:
        for n in names:
            status |= run(n, TARGETS[n], args.children, args.all)
    print(f"\n{'target':<18} {'killed':>6} {'survived':>8} {'timeout':>7} {'no tests':>8} {'other':>5} {'total':>5}  score")
    for n in names:
        print(line(n, Counter(results(n, TARGETS[n]).values())))
    if args.survivors:
        for n in names:
            for key in survivors(n, TARGETS[n]):
                print()
                subprocess.call([mutmut(), "show", key], cwd=WORK / n)
    return status


if __name__ == "__main__":
    sys.exit(main())
