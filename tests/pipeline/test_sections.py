"""The section splitter on altered copies of the Plochingen report: typos, numbering, order, deletions."""
import re

import pytest

from extractor.pipeline.engine import extract
from extractor.pipeline.sections import heading_key
from extractor.report_types.kfd.form import FORM
from tests.conftest import SECTION_KEYS, squash

HEADINGS = {s.key: s.heading for s in FORM.sections}


def write(tmp_path, text, name="report.txt", encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def replace_heading(text: str, key: str, new: str) -> str:
    """Replace the heading line of ``key`` (whole line, indentation kept)."""
    pattern = re.compile(r"^(\s*)" + re.escape(HEADINGS[key]) + r"[ \t]*$", re.M)
    out, n = pattern.subn(lambda m: m.group(1) + new, text, count=1)
    assert n == 1, key
    return out


def section_chunks(text: str) -> list[tuple[str, str]]:
    """Cut the original text at its ten headings: [(key, chunk with heading)]."""
    starts = sorted((re.search(r"^\s*" + re.escape(h) + r"\s*$", text, re.M).start(), k) for k, h in HEADINGS.items())
    ends = [s for s, _ in starts[1:]] + [len(text)]
    return [(k, text[s:e]) for (s, k), e in zip(starts, ends)]


@pytest.fixture
def original(plochingen_text, tmp_path):
    return extract(write(tmp_path, plochingen_text, "orig.txt"))


def test_original_has_all_sections_and_one_unanswered(original):
    q = original["quality"]
    assert q["missing_sections"] == []
    assert q["unanswered_sections"] == ["recommendations"]
    assert original["sections"]["recommendations"]["text"] is None


def test_prompts_are_removed_from_answers(original):
    secs = original["sections"]
    assert secs["initial_situation"]["text"].startswith("Die Stadt Plochingen steht")
    assert "Welche Ausgangssituation" not in secs["initial_situation"]["text"]
    assert secs["assessment"]["text"].startswith("Die Veranstaltungen sind aus Sicht")
    assert "Wie zufrieden" not in secs["assessment"]["text"]
    assert secs["costs"]["text"].startswith("Als wesentlicher Kostenfaktor")
    assert secs["costs"]["text"].endswith("nicht möglich gewesen.")
    assert secs["results"]["text"].startswith("Die Ergebnisse des Expertenworkshops")
    assert "• die Einrichtung einer zentralen Anlaufstelle für Migranten" in secs["results"]["text"]


def test_section_offsets_point_into_text(original):
    text = original["text"]
    for key, sec in original["sections"].items():
        if sec["text"]:
            # no prompt sits inside an answer of this sample, so the span is exactly the answer
            assert text[sec["start"]:sec["end"]] == sec["text"], key


@pytest.mark.parametrize("key,variant", [
    ("topics", "Themenfelde"),                                      # letter dropped
    ("consulting", "Beratung und Moderaton"),                       # letter dropped
    ("initial_situation", "Ausgangssitaution/Anlass"),              # swapped letters, no spaces
    ("results", "Konkrete Ergebnise, Massnahmen und nächste Schritte"),
    ("costs", "KOSTEN UND EFFIZIENZ"),                              # case
    ("assessment", "7. Bewertung des Ablaufs und der Ergebnisse:"),  # numbering, colon
    ("participants", "VI. Beteiligte Akteure"),                      # roman numbering
    ("concept", "        2) Veranstaltungskonzept"),                 # indentation
    ("recommendations", "10.  Empfehlungen und sonstige Rückmeldungen :"),
    ("municipality", "1. Angaben zur Kommune"),
])
def test_heading_variants_are_found(plochingen_text, original, tmp_path, key, variant):
    rec = extract(write(tmp_path, replace_heading(plochingen_text, key, variant)))
    assert rec["sections"][key]["heading"] == " ".join(variant.split())
    assert rec["quality"]["missing_sections"] == []
    for k in SECTION_KEYS:
        assert squash(rec["sections"][k]["text"]) == squash(original["sections"][k]["text"]), k


def test_reordered_sections(plochingen_text, original, tmp_path):
    chunks = section_chunks(plochingen_text)
    reordered = [chunks[0]] + list(reversed(chunks[1:]))
    text = "\n\n".join(c.strip("\n") for _, c in reordered)
    rec = extract(write(tmp_path, text))
    assert rec["quality"]["missing_sections"] == []
    assert rec["quality"]["unanswered_sections"] == ["recommendations"]
    for k in SECTION_KEYS:
        assert squash(rec["sections"][k]["text"]) == squash(original["sections"][k]["text"]), k


def test_deleted_section_is_missing_and_neighbours_intact(plochingen_text, original, tmp_path):
    chunks = dict(section_chunks(plochingen_text))
    text = plochingen_text.replace(chunks["topics"], "")
    rec = extract(write(tmp_path, text))
    assert rec["quality"]["missing_sections"] == ["topics"]
    assert rec["sections"]["topics"] == {"heading": None, "text": None, "answered": False, "start": None, "end": None}
    for k in ("consulting", "participants"):
        assert squash(rec["sections"][k]["text"]) == squash(original["sections"][k]["text"])


def test_deleted_heading_keeps_answer_out_of_previous_section(plochingen_text, original, tmp_path):
    """Heading gone, prompt and answer left: the answer must not be glued to the section before."""
    text = replace_heading(plochingen_text, "topics", "")
    rec = extract(write(tmp_path, text))
    assert "topics" in rec["quality"]["missing_sections"]
    assert squash(rec["sections"]["consulting"]["text"]) == squash(original["sections"]["consulting"]["text"])
    assert any(w["code"] == "heading_missing" and w["section"] == "topics" for w in rec["quality"]["warnings"])


def test_unanswered_when_only_placeholder(plochingen_text, tmp_path):
    chunks = dict(section_chunks(plochingen_text))
    emptied = chunks["costs"].split("Als wesentlicher")[0] + "\n-\n\n"
    rec = extract(write(tmp_path, plochingen_text.replace(chunks["costs"], emptied)))
    assert "costs" in rec["quality"]["unanswered_sections"]
    assert "costs" not in rec["quality"]["missing_sections"]


def test_heading_and_answer_on_one_line(plochingen_text, tmp_path):
    chunks = dict(section_chunks(plochingen_text))
    one_line = "Themenfelder: Wohnen, Arbeit und Sprache\n\n"
    rec = extract(write(tmp_path, plochingen_text.replace(chunks["topics"], one_line)))
    assert rec["sections"]["topics"]["heading"] == "Themenfelder:"
    assert rec["sections"]["topics"]["text"] == "Wohnen, Arbeit und Sprache"


def glue_heading(text: str, key: str, before: str, after: str) -> str:
    """The heading of ``key`` moved onto the line before it (after ``before``); ``after`` joins it to what
    follows ("\n\n" keeps the next line, " " glues the prompt to it too)."""
    m = re.search(r"[ \t]*\n\s*" + re.escape(HEADINGS[key]) + r"[ \t]*\n\s*", text)
    head = text[:m.start()]
    if before[:1] in ".!?":  # ``before`` brings the sentence's own mark
        head = head.rstrip(".")
    return head + before + HEADINGS[key] + after + text[m.end():]


GLUED = [(". ", "\n\n"), (".", "\n\n"), (". ", " "), ("! ", ": "), (".) ", "\n")]


@pytest.mark.parametrize("key", SECTION_KEYS[1:])
@pytest.mark.parametrize("before,after", GLUED)
def test_a_heading_glued_to_the_sentence_before_it_is_found(plochingen_text, original, tmp_path, key, before, after):
    """Text from web pages and PDFs: the heading follows the previous section's last sentence on its line, and
    may have its prompt on the same line."""
    rec = extract(write(tmp_path, glue_heading(plochingen_text, key, before, after)))
    assert rec["sections"][key]["heading"].rstrip(":") == HEADINGS[key]
    assert rec["quality"] == original["quality"]
    assert squash(rec["sections"][key]["text"]) == squash(original["sections"][key]["text"])


@pytest.mark.parametrize("last_sentence", ["Ja, auf jeden Fall.", "Beteiligt war der Freundeskreis Asyl e.V.",
                                           "Wir danken der VHS (Kursleitung: Frau Maier)."])
def test_a_heading_glued_to_a_short_or_abbreviated_sentence(plochingen_text, original, tmp_path, last_sentence):
    """A short last sentence makes the whole line look like the heading; "e.V." is no roman "V."."""
    chunks = dict(section_chunks(plochingen_text))
    text = plochingen_text.replace(chunks["costs"], chunks["costs"].rstrip() + "\n" + last_sentence + "\n\n")
    rec = extract(write(tmp_path, glue_heading(text, "recommendations", " ", "\n\n")))
    assert rec["sections"]["recommendations"]["heading"] == HEADINGS["recommendations"]
    assert rec["sections"]["costs"]["text"].endswith(last_sentence)


def test_a_long_heading_glued_to_a_value_without_full_stop(plochingen_text, original, tmp_path):
    rec = extract(write(tmp_path, glue_heading(plochingen_text, "concept", " ", "\n\n")))
    assert rec["sections"]["concept"]["heading"] == "Veranstaltungskonzept"
    assert rec["contact"]["email"] == original["contact"]["email"]


def test_a_heading_word_inside_a_sentence_is_not_split_off(plochingen_text, tmp_path):
    chunks = dict(section_chunks(plochingen_text))
    extra = chunks["assessment"].rstrip() + ("\n\nBesprochen wurden vorab die Themen\nUnd es ging weiter. Themenfelder "
                                             "waren drei.\n\n")
    rec = extract(write(tmp_path, plochingen_text.replace(chunks["assessment"], extra)))
    assert rec["sections"]["topics"]["heading"] == "Themenfelder"
    assert "Besprochen wurden vorab die Themen" in rec["sections"]["assessment"]["text"]
    assert "Themenfelder waren drei." in rec["sections"]["assessment"]["text"]


@pytest.mark.parametrize("key,cut", [("topics", "Welc"), ("results", "Ne"), ("consulting", "Wer"),
                                     ("participants", "Bitte nennen Sie die Teiln")])
def test_a_file_cut_off_inside_a_prompt_leaves_the_section_unanswered(plochingen_text, tmp_path, key, cut):
    start = re.search(r"^\s*" + re.escape(HEADINGS[key]) + r"[ \t]*$", plochingen_text, re.M).end()
    rec = extract(write(tmp_path, plochingen_text[:start] + "\n\n" + cut))
    assert rec["sections"][key]["heading"] == HEADINGS[key]
    assert rec["sections"][key]["answered"] is False
    assert key in rec["quality"]["unanswered_sections"]


def test_a_short_answer_at_the_end_is_still_an_answer(plochingen_text, tmp_path):
    start = re.search(r"^\s*Themenfelder[ \t]*$", plochingen_text, re.M).end()
    rec = extract(write(tmp_path, plochingen_text[:start] + "\n\nWohnen"))  # no prompt begins so
    assert rec["sections"]["topics"]["answered"] is True
    assert rec["topics"] == ["Wohnen"]


def test_cp1252_and_crlf(plochingen_text, original, tmp_path):
    rec = extract(write(tmp_path, plochingen_text.replace("\n", "\r\n"), encoding="cp1252"))
    assert rec["source"]["encoding"] in ("cp1252", "windows-1252")
    assert rec["quality"] == original["quality"]
    for k in SECTION_KEYS:
        assert rec["sections"][k]["text"] == original["sections"][k]["text"], k


def test_answer_lines_that_resemble_headings_are_not_headings(plochingen_text, tmp_path):
    """A sentence mentioning a heading word, or a 'Kosten:' label inside an answer, is no heading."""
    chunks = dict(section_chunks(plochingen_text))
    extra = chunks["assessment"].rstrip() + "\n\nKosten: siehe unten\nDie Themenfelder wurden vorab festgelegt.\n\n"
    rec = extract(write(tmp_path, plochingen_text.replace(chunks["assessment"], extra)))
    assert rec["sections"]["costs"]["heading"] == "Kosten und Effizienz"
    assert rec["sections"]["topics"]["heading"] == "Themenfelder"
    assert "Kosten: siehe unten" in rec["sections"]["assessment"]["text"]


@pytest.mark.parametrize("raw,key", [
    ("3. Ausgangssituation / Anlass:", "ausgangssituation / anlass"),
    ("III) Beratung & Moderation", "beratung und moderation"),
    ("**Themenfelder**", "themenfelder"),
    ("  b) kosten und effizienz  ", "kosten und effizienz"),
])
def test_heading_key(raw, key):
    assert heading_key(raw) == key
