"""The committed corpus (samples/corpus/) is what its generator, testkit.corpus, makes from its seed.

The eval figures come from these files and their gold; a hand edit, or a generator change without a
rebuild, would leave figures that no one can make again.
"""
from __future__ import annotations

import json

import pytest

from testkit.corpus.build import build_report
from testkit.corpus.plan import DEFAULT_COUNT, DEFAULT_SEED, plan_corpus
from tests.conftest import SAMPLES

CORPUS = SAMPLES / "corpus"


@pytest.fixture(scope="module")
def plans() -> list[dict]:
    return plan_corpus(DEFAULT_SEED, DEFAULT_COUNT)


def test_the_plan_names_every_committed_report(plans):
    committed = {path.name.removesuffix(".gold.json") for path in CORPUS.glob("*.gold.json")}
    assert committed == {plan["name"] for plan in plans}
    assert {plan["fmt"] for plan in plans[:3]} == {"txt", "docx", "pdf"}


@pytest.mark.parametrize("index", [0, 1, 2])  # the plan's first three reports: one per format
def test_a_rebuilt_report_and_its_gold_equal_the_committed_files(plans, index):
    data, gold, _features = build_report(index, plans[index], DEFAULT_SEED)
    assert data == (CORPUS / gold["file"]).read_bytes()
    committed = json.loads((CORPUS / f"{plans[index]['name']}.gold.json").read_text(encoding="utf-8"))
    assert json.loads(json.dumps(gold)) == committed
