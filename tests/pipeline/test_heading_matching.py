"""How the splitter recognises headings (without the NLP stage): the comparison key, and how much a
heading may be misspelt or reworded depending on what supports it (a plain line, a heading style or
bold type, the section's own prompt below it, "Heading: answer" on one line).

The misspelt headings here are as people write them, each with its similarity score to the form's
wording noted: a typo test whose headings all score 95 or more would let the thresholds rise unnoticed.
"""
import pytest

from extractor.core.document import DocumentBuilder, DocumentMeta
from extractor.pipeline.sections import HEADING_MAX_CHARS, _matcher, heading_key, split, strip_numbering
from extractor.report_types.kfd.form import FORM

PROMPT = {s.key: s.prompts[0] for s in FORM.sections if s.prompts}


def document(*blocks: tuple) -> object:
    """A document of (kind, text, hints) blocks, each its own paragraph."""
    b = DocumentBuilder()
    for kind, text, *hints in blocks:
        b.add(kind, text, gap_before=True, **(hints[0] if hints else {}))
    return b.build(DocumentMeta(path="t.docx", format="docx", sha256="0", size=0))


def para(text: str, **hints) -> tuple:
    return ("paragraph", text, hints)


def found(doc) -> dict[str, str | None]:
    """Section key -> the heading as found (None: no heading)."""
    smap = split(doc, FORM)
    return {k: (s.heading.text if s.heading else None) for k, s in smap.sections.items()}


def answer(key: str, doc) -> str | None:
    sec = split(doc, FORM).sections.get(key)
    return doc.text[sec.answer_start:sec.answer_end] if sec and sec.answer else None


FRAME = [para("Themenfelder"), para("Wohnen und Arbeit standen im Mittelpunkt.")]


@pytest.mark.parametrize("text,key", [
    ("3. Ziele", "ziele"),
    ("**Kosten & Effizienz:**", "kosten und effizienz"),
    ("II.  Beteiligte   Akteure ;", "beteiligte akteure"),
    ("Teil 4: Beratung / Moderation", "beratung / moderation"),
    ("Beratung/Moderation", "beratung / moderation"),
    ("„Themenfelder“ -", "themenfelder"),
    ("Beteiligte Akteurinnen und Akteure", "beteiligte akteure"),
    ("1.2 Angaben zur Kommune", "angaben zur kommune"),
    ("a) Konzept", "konzept"),
    ("§ 3. Kosten", "kosten"),
])
def test_heading_key(text, key):
    assert heading_key(text) == key


def test_strip_numbering_removes_one_numbering_only():
    assert strip_numbering("3. Ziele") == "Ziele" and strip_numbering("  IV) Kosten ") == "Kosten"
    assert strip_numbering("Kosten 2017") == "Kosten 2017"


def test_heading_scores():
    m = _matcher(FORM)
    assert m.heading("Kosten und Effizienz") == ("costs", 100.0)
    key, score = m.heading("Konkrete Ergebnisse und nächste Schritte")
    assert key == "results" and 85 <= score < 90
    assert m.heading("Ort") is None                                  # too short to compare
    assert m.heading("Themenfelder " + "x" * HEADING_MAX_CHARS) is None
    assert m.heading("Wir danken allen Beteiligten herzlich.") is None


@pytest.mark.parametrize("line,key", [
    ("Konkrete Ergebnisse und nächste Schritte", "results"),     # score 88: a wording seen in real reports
    ("Konkrete Ergebnise und nächste Schritte", "results"),      # 87
    ("Kosten und Effizens", "costs"),                            # 92
    ("Beratung und Modaration", "consulting"),                   # 91
])
def test_a_misspelt_heading_on_a_plain_line_is_found(line, key):
    doc = document(*FRAME, para(line), para("Es wurden drei Arbeitsgruppen gegründet."))
    assert found(doc)[key] == line
    assert answer(key, doc) == "Es wurden drei Arbeitsgruppen gegründet."


@pytest.mark.parametrize("line,key", [
    ("Ausgangslage", "initial_situation"),                      # 73, confirmed by its prompt
    ("Ablauf und Ergebnisse", "assessment"),                    # 74
])
def test_a_loosely_worded_heading_is_found_when_its_prompt_follows(line, key):
    doc = document(*FRAME, para(line), para(PROMPT[key]), para("Die Antwort."))
    assert found(doc)[key] == line
    plain = document(*FRAME, para(line), para("Die Antwort."))          # without the prompt: just a line
    assert key not in found(plain)


@pytest.mark.parametrize("hints", [{"bold": True}, {"font_size": 14.0}])
def test_a_styled_heading_may_be_worded_more_loosely_than_a_plain_line(hints):
    line = "Kosten und Effizienz der Maßnahme"                  # 75
    body = [para("Die Kosten lagen bei 2.000 Euro, getragen von der Stadt und dem Land.", font_size=11.0)]
    assert found(document(*FRAME, para(line, **{"font_size": 11.0, **hints}), *body))["costs"] == line
    assert "costs" not in found(document(*FRAME, para(line, font_size=11.0), *body))
    assert found(document(*FRAME, ("heading", line), *body))["costs"] == line


def test_heading_and_answer_on_one_line_needs_a_close_match():
    doc = document(*FRAME, para("Kosten und Effizienz: rund 2.000 Euro"))
    assert found(doc)["costs"] == "Kosten und Effizienz:" and answer("costs", doc) == "rund 2.000 Euro"
    close = document(*FRAME, para("Kosten u. Effizienz: rund 2.000 Euro"))   # 92 before the colon
    assert found(close)["costs"] == "Kosten u. Effizienz:"
    loose = document(*FRAME, para("Kosten, Effizienz: rund 2.000 Euro"))    # 91
    assert "costs" not in found(loose)


def test_sentences_in_an_answer_are_no_headings():
    lines = ["Ergebnisse und nächste Schritte", "Themen gab es viele.", "Die Kosten trug die Stadt."]
    doc = document(*FRAME, *(para(t) for t in lines), para("Kosten und Effizienz"), para("Rund 2.000 Euro."))
    assert found(doc) == {"topics": "Themenfelder", "costs": "Kosten und Effizienz"}
    assert answer("topics", doc).endswith("Die Kosten trug die Stadt.")


def test_the_stronger_evidence_wins_when_a_heading_appears_twice():
    doc = document(para("Kosten"), para("Die Kosten trug die Stadt."), para("Kosten und Effizienz"),
                   para(PROMPT["costs"]), para("Rund 2.000 Euro."))
    assert found(doc)["costs"] == "Kosten und Effizienz" and answer("costs", doc) == "Rund 2.000 Euro."
