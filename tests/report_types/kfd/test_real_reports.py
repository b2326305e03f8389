"""The real report beginnings: every section whose heading is in the file is found, and no other.

The expected sets were read off the files by eye (they are cut after ~2,000 characters).
"""
import pytest

from extractor.pipeline.engine import extract
from tests.conftest import SAMPLES, SECTION_KEYS

PRESENT = {
    "aidlingen": ["municipality", "concept", "initial_situation"],
    "dusslingen": ["municipality", "concept", "initial_situation", "consulting"],
    "friedrichshafen": ["municipality", "concept", "initial_situation", "consulting", "topics", "participants",
                        "assessment", "results"],
    "hemsbach": ["municipality", "concept", "initial_situation", "consulting", "topics"],
    "konstanz_landkreis": ["municipality", "concept", "initial_situation", "consulting"],
    "lahr": ["municipality", "concept"],
    "march": ["municipality", "concept", "initial_situation", "consulting", "topics", "participants"],
    "fellbach": ["municipality", "concept", "initial_situation", "consulting"],
    "heidenheim_landkreis": ["municipality", "concept", "initial_situation", "consulting"],
    "leinfelden_echterdingen": ["municipality", "concept", "initial_situation", "consulting", "topics"],
    "meckenbeuren": ["municipality", "concept", "initial_situation"],
    "muellheim": ["municipality", "concept", "initial_situation", "consulting", "topics"],
    "remseck_am_neckar_2": ["municipality", "concept", "initial_situation", "consulting", "topics"],
    "renningen": ["municipality", "concept", "initial_situation"],
    "rielasingen_worblingen": ["municipality", "concept", "initial_situation", "consulting", "topics",
                               "participants"],
    "schwaebisch_gmuend": ["municipality", "initial_situation", "consulting", "topics", "participants", "assessment",
                           "results"],
    "uhldingen_muehlhofen": ["municipality", "concept", "initial_situation", "consulting"],
    "ulm": ["municipality", "concept"],
}
# Headings present but cut off before any answer (some inside the prompt: "Welc", "Ne", "Wer").
UNANSWERED = {"friedrichshafen": ["results"], "muellheim": ["topics"], "rielasingen_worblingen": ["participants"],
              "schwaebisch_gmuend": ["participants", "results"], "uhldingen_muehlhofen": ["consulting"]}


@pytest.fixture(scope="module", params=sorted(PRESENT))
def report(request):
    return request.param, extract(SAMPLES / "real" / f"{request.param}.txt")


def test_found_sections_are_exactly_those_in_the_file(report):
    name, rec = report
    found = [k for k in SECTION_KEYS if rec["sections"][k]["heading"] is not None]
    assert found == PRESENT[name]
    assert rec["quality"]["missing_sections"] == [k for k in SECTION_KEYS if k not in PRESENT[name]]
    assert rec["quality"]["unanswered_sections"] == UNANSWERED.get(name, [])


def test_no_prompt_left_in_answers(report):
    _, rec = report
    for key, sec in rec["sections"].items():
        text = sec["text"] or ""
        for prompt in ("Bitte beschreiben Sie", "Welche Ausgangssituation fanden", "Wer hat diese Aufgaben",
                       "Welche Themen wurden", "Bitte nennen Sie die Teilnehmergruppen", "Wie zufrieden sind Sie",
                       "Nennen Sie drei wichtige"):
            assert prompt not in text, (key, prompt)


def test_offsets_are_valid(report):
    _, rec = report
    for sec in rec["sections"].values():
        if sec["text"] is not None:
            assert rec["text"][sec["start"]:sec["end"]].startswith(sec["text"][:40])
            assert rec["text"][sec["start"]:sec["end"]].endswith(sec["text"][-40:])


def test_specific_answers():
    fn = extract(SAMPLES / "real" / "friedrichshafen.txt")["sections"]
    assert fn["topics"]["text"] == "- Umgang mit Armut\n- Reaktion auf Zuwanderung"
    assert fn["initial_situation"]["text"] == "Auswahl als Pilotkommune"
    kn = extract(SAMPLES / "real" / "konstanz_landkreis.txt")["sections"]
    # "Anlass:" and "Ausgangssituation:" inside the answer are sub-labels, not headings
    assert kn["initial_situation"]["text"].startswith("Anlass: Partizipativer Prozess")
    assert "Ausgangssituation:\nbereits verabschiedetes Rahmenkonzept" in kn["initial_situation"]["text"]
    assert kn["consulting"]["text"].startswith("Hanna Kaspar\ntranslake GmbH Konstanz")
