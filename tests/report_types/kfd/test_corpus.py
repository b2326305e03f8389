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


# The patterns real reports from unseen towns showed (issue 17): the committed corpus has each as a family.
FAMILIES = [
    "dates as one list: numeric", "dates as one list: numeric_noyear", "dates as one list: named",
    "date list: mistyped year (repaired)", "date list: impossible date (left out)",
    "date: weekday and mistyped year (repaired)",
    "time: zwischen", "time: dot_h", "time: day_part", "time: endash_hours", "time: ab_uhr", "time: bis_uhr_mixed",
    "address: town of several words", "street: other ending, person's name or house number",
    "population: qualifier 'rd.'", "population: qualifier 'ca'", "population: qualifier 'ungef.'",
    "count: qualifier 'rd.'", "count: qualifier 'ungef.'", "count: qualifier 'bis zu'", "count: qualifier 'ca'",
    "organisations: coordinated", "organisations: lower case", "organisations: quoted", "organisations: fields",
    "heading glued to the sentence before it", "heading glued to the sentence before it and to its prompt",
]


@pytest.mark.parametrize("feature", FAMILIES)
def test_the_corpus_has_each_family(feature):
    rows = (CORPUS / "README.md").read_text(encoding="utf-8").splitlines()
    reports = next(int(row.split("|")[2]) for row in rows if row.startswith(f"| {feature} |"))
    assert reports >= 1
