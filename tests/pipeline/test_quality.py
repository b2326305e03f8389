"""``quality`` of a record from the splitter's sections: every section of the form is in exactly one of
answered, unanswered (heading there, no answer) and missing (no heading), in form order."""
from extractor.core.warnings import RecordWarning
from extractor.pipeline.quality import assess
from extractor.pipeline.sections import SectionMap, SectionSpan, Span
from extractor.report_types.kfd.form import FORM


def section(key: str, *, heading: bool, answered: bool) -> SectionSpan:
    return SectionSpan(key, Span("Heading", 0, 7) if heading else None, 8, 20, answered=answered)


def quality(**state: str) -> dict:
    """``state``: per section key "answered", "unanswered" or "headless"; a key left out is absent."""
    sections = {k: section(k, heading=s != "headless", answered=s in ("answered", "headless"))
                for k, s in state.items()}
    return assess(FORM, SectionMap(sections, {}, looks_like_form=True), [])


def test_each_section_is_answered_unanswered_or_missing_never_two_of_them():
    q = quality(municipality="answered", concept="unanswered", initial_situation="headless",
                topics="unanswered", results="answered", costs="answered", recommendations="unanswered")
    # absent: consulting, participants, assessment; headless (answer found by its prompt only): missing too
    assert q["missing_sections"] == ["initial_situation", "consulting", "participants", "assessment"]
    assert q["unanswered_sections"] == ["concept", "topics", "recommendations"]


def test_a_headless_section_that_is_unanswered_is_missing_only():
    sections = {"topics": section("topics", heading=False, answered=False)}
    q = assess(FORM, SectionMap(sections, {}, looks_like_form=True), [])
    assert "topics" in q["missing_sections"] and q["unanswered_sections"] == []


def test_all_answered_and_nothing_found():
    assert quality(**{k: "answered" for k in FORM.keys}) == {
        "missing_sections": [], "unanswered_sections": [], "warnings": []}
    nothing = quality()
    assert nothing["missing_sections"] == list(FORM.keys) and nothing["unanswered_sections"] == []


def test_a_warning_raised_twice_is_listed_once_in_first_order():
    a = RecordWarning(code="year_inferred", message="2017", section="concept")
    b = RecordWarning(code="heading_missing", message="topics", section="topics")
    again = RecordWarning(code="year_inferred", message="2017", section="concept")
    other_section = RecordWarning(code="year_inferred", message="2017", section="results")
    q = assess(FORM, SectionMap({}, {}, looks_like_form=True), [a, b, again, other_section])
    assert q["warnings"] == [a, b, other_section]
