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


@pytest.fixture(autouse=True)
def fresh_matcher():
    """Each test matches with a new matcher: the process-wide one remembers its answers per line, so an
    answer from an earlier test (or run) would otherwise be taken instead of matching again."""
    _matcher.cache_clear()
    yield
    _matcher.cache_clear()


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
    assert heading_key("Kosten & Effizienz") == "kosten und effizienz"


def test_heading_scores():
    m = _matcher(FORM)
    assert m.heading("Kosten und Effizienz") == ("costs", 100.0)
    key, score = m.heading("Konkrete Ergebnisse und nächste Schritte")
    assert key == "results" and 85 <= score < 90
    assert m.heading("Ort") is None and m.heading("3. Ort") is None  # too short to compare
    assert m.heading("Them") == ("topics", 80.0)                    # four letters are compared
    assert m.heading("Themenfelder".ljust(HEADING_MAX_CHARS, ".")) == ("topics", 100.0)
    assert m.heading("Themenfelder".ljust(HEADING_MAX_CHARS + 1, ".")) is None
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


# ------------------------------------------------------------------ what the splitter makes of them

def test_heading_and_body_offsets_point_into_the_text():
    doc = document(para("Themenfelder"), para("Wohnen."), para("Kosten und Effizienz: rund 2.000 Euro"),
                   para("Mehr nicht."))
    smap = split(doc, FORM)
    topics, costs = smap.sections["topics"], smap.sections["costs"]
    assert (topics.heading.start, topics.heading.end) == (0, len("Themenfelder"))
    assert (topics.body_start, topics.body_end) == (len("Themenfelder"), doc.text.index("Kosten und"))
    assert doc.text[costs.heading.start:costs.heading.end] == "Kosten und Effizienz:"
    assert costs.body_start == doc.text.index(" rund") and costs.body_end == len(doc.text)   # right after the colon
    assert costs.answer_text == "rund 2.000 Euro\n\nMehr nicht." and topics.answer_text == "Wohnen."
    assert smap.section_at(doc.text.index("Wohnen")) == "topics" and smap.section_at(1) == "topics"
    assert smap.section_at(doc.text.index("Mehr")) == "costs"


def test_an_answer_after_its_prompt_without_the_heading_is_found_and_the_heading_named_missing():
    doc = document(*FRAME, para(PROMPT["costs"]), para("Rund 2.000 Euro."), para("Beteiligte Akteure"),
                   para("Vereine."))
    smap = split(doc, FORM)
    costs = smap.sections["costs"]
    assert costs.heading is None and costs.answer_text == "Rund 2.000 Euro."
    assert costs.body_start == doc.text.index(PROMPT["costs"]) and costs.body_end == doc.text.index("Beteiligte")
    assert smap.sections["topics"].answer_text == "Wohnen und Arbeit standen im Mittelpunkt."
    (warning,) = smap.warnings
    assert (warning.code, warning.section) == ("heading_missing", "costs")
    assert warning.message == ("the heading of 'Kosten und Effizienz' is missing; its answer was found after the "
                               "section's prompt question")


def test_labels_typed_before_any_heading_are_read():
    doc = document(para("Name der Stadt oder Gemeinde: Plochingen"), para("Landkreis: Esslingen"),
                   para("Einwohnerzahl: 14.000"), para("Themenfelder"), para("Wohnen."))
    smap = split(doc, FORM)
    assert {k: v.value for k, v in smap.labels.items()} == {"name": "Plochingen", "district": "Esslingen",
                                                            "population": "14.000"}
    assert smap.looks_like_form and "municipality" not in smap.sections


@pytest.mark.parametrize("blocks,is_form", [
    ([para("Themenfelder"), para("Wohnen."), para("Kosten und Effizienz"), para("Viel.")], True),  # two headings
    ([para("Themenfelder"), para(PROMPT["topics"]), para("Wohnen.")], True),     # one heading with its prompt
    ([para(PROMPT["topics"]), para("a"), para(PROMPT["costs"]), para("b")], True),  # two prompts
    ([para("Name der Stadt oder Gemeinde: X"), para("Landkreis: Y"), para("Einwohnerzahl: 5")], True),  # 3 labels
    ([para("Name der Stadt oder Gemeinde: X"), para("Landkreis: Y")], False),
    ([para("Themenfelder"), para("Wohnen.")], False),                            # one heading alone
    ([para("Protokoll der Sitzung"), para("Anwesend: alle")], False),
])
def test_what_looks_like_the_form(blocks, is_form):
    smap = split(document(*blocks), FORM)
    assert smap.looks_like_form is is_form
    if not is_form:
        assert smap.sections == {} and smap.labels == {} and [w.code for w in smap.warnings] == ["not_a_form"]
        assert smap.warnings[0].message == ("the document does not look like the 'kfd' form: none of its "
                                            "headings, prompts or labels were found")
