"""Write the corpus: every report as <name>.<ext> and <name>.gold.json, and the README.

Run from the repository root:

    python -m testkit.corpus                 # 72 reports, seed "kfd-corpus-1", into samples/corpus/
    python -m testkit.corpus --count 75 --seed other --out-dir /tmp/corpus
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from testkit.corpus.build import build_report
from testkit.corpus.plan import DEFAULT_COUNT, DEFAULT_SEED, MIN_COUNT, plan_corpus
from testkit.corpus.readme import readme

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "samples" / "corpus"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build samples/corpus/: invented KFD reports with gold records.")
    parser.add_argument("--seed", default=DEFAULT_SEED)
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--out-dir", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if args.count < MIN_COUNT:
        parser.error(f"the corpus needs at least {MIN_COUNT} reports")
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():  # the reports and gold of an earlier run; other files (thresholds.json) stay
        if old.suffix in (".txt", ".docx", ".pdf") or old.name.endswith(".gold.json"):
            old.unlink()
    totals: Counter = Counter()
    reports_with: Counter = Counter()
    for index, plan in enumerate(plan_corpus(args.seed, args.count)):
        data, gold, features = build_report(index, plan, args.seed)
        (out / gold["file"]).write_bytes(data)
        (out / f"{plan['name']}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                       encoding="utf-8")
        totals.update(features)
        reports_with.update(set(features))
    (out / "README.md").write_text(readme(args.seed, args.count, totals, reports_with), encoding="utf-8")
    print(f"wrote {args.count} reports and their gold records to {out}")


if __name__ == "__main__":
    main()
