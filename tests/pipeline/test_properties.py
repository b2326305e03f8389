"""Property tests: the section splitter, the txt reader and the whole engine on random input raise
nothing but an ``ExtractionError`` that blames the input (``INPUT_FAULTS``; never ``invalid_record``,
which would mean the pipeline broke its own schema) and every offset they return points at its own text.

Random documents mix arbitrary Unicode, huge lines and the form's own headings, prompts and labels
(so the splitter really finds sections in them). Example counts are kept small so the file runs in
well under a minute.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.core.document import BLOCK_KINDS, DocumentBuilder, DocumentMeta
from extractor.pipeline.engine import extract
from extractor.core.errors import ExtractionError
from extractor.readers import read
from extractor.core.registry import get
from extractor.pipeline.sections import split
from extractor.core.textnorm import normalise_inline

FORM = get("kfd").form
FORM_LINES = sorted({v for s in FORM.sections for v in s.variants} | {p for s in FORM.sections for p in s.prompts}
                    | {v for s in FORM.sections for ld in s.labels for v in ld.variants} | set(FORM.placeholders))

# Lines: the form's own wording (sometimes numbered, with a colon and an answer), any Unicode
# (surrogates excluded: they cannot come out of a decoder), and huge lines.
_any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
_form_line = st.builds(lambda prefix, line, tail: f"{prefix}{line}{tail}",
                       st.sampled_from(["", "1. ", "III. ", "• ", "  ", "**"]), st.sampled_from(FORM_LINES),
                       st.sampled_from(["", ":", ": Antwort", "?", " " * 3, ":\tMusterstadt"]))
_huge_line = st.builds(lambda piece, n: piece * n, st.text(min_size=1, max_size=12), st.integers(500, 8000))
LINES = st.one_of(_form_line, _any_text, _huge_line)
# For the whole engine (NLP at ~20 s per million characters): lines up to a few thousand characters.
SHORT_LINES = st.one_of(_form_line, _any_text,
                        st.builds(lambda piece, n: piece * n, st.text(min_size=1, max_size=12), st.integers(50, 400)))

# The errors random input may rightly cause: the file's fault, not the extractor's.
INPUT_FAULTS = ("empty", "decode", "corrupt", "unsupported", "encrypted")

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.data_too_large])


def _check_spans(doc, smap) -> None:
    text = doc.text
    for b in doc.blocks:
        assert text[b.start:b.end] == b.text
    assert [b.start for b in doc.blocks] == sorted(b.start for b in doc.blocks)
    for key, sec in smap.sections.items():
        for span in ([sec.heading] if sec.heading else []) + sec.prompts + sec.answer:
            assert text[span.start:span.end] == span.text, key
        assert 0 <= sec.body_start <= sec.body_end <= len(text), key
        if sec.answer:
            assert text[sec.answer_start:sec.answer_end].startswith(sec.answer[0].text)
    for key, value in smap.labels.items():
        for span in [value.label, *value.lines]:
            assert text[span.start:span.end] == span.text, key


def _meta() -> DocumentMeta:
    return DocumentMeta(path="random", format="txt", sha256="0" * 64, size=0)


@FAST
@given(st.lists(st.tuples(st.sampled_from(BLOCK_KINDS), st.lists(LINES, min_size=1, max_size=3), st.booleans(),
                          st.booleans(), st.one_of(st.none(), st.floats(6, 30))), max_size=30))
def test_splitter_on_random_documents(blocks):
    builder = DocumentBuilder()
    for kind, lines, gap, bold, size in blocks:
        builder.add(kind, "\n".join(lines), gap_before=gap, keep_newlines=kind == "table_cell", bold=bold,
                    font_size=size)
    doc = builder.build(_meta())
    _check_spans(doc, split(doc, FORM))


@FAST
@given(st.lists(LINES, max_size=40), st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\u2028"]),
       st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252"]))
def test_txt_reader_and_splitter_on_random_text(lines, newline, encoding):
    data = newline.join(lines).encode(encoding, errors="replace")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "random.txt"
        path.write_bytes(data)
        try:
            doc = read(path)
        except ExtractionError as exc:
            assert exc.code in INPUT_FAULTS, exc.one_line()
            return
    _check_spans(doc, split(doc, FORM))


@FAST
@given(st.binary(max_size=4000))
def test_txt_reader_on_random_bytes(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "random.txt"
        path.write_bytes(data)
        try:
            doc = read(path)
        except ExtractionError as exc:
            assert exc.code in INPUT_FAULTS, exc.one_line()
            return
    _check_spans(doc, split(doc, FORM))


@SLOW
@given(st.lists(SHORT_LINES, min_size=1, max_size=25))
def test_engine_on_random_txt_files(lines):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "random.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        try:
            record = extract(path)
        except ExtractionError as exc:
            assert exc.code in INPUT_FAULTS, exc.one_line()    # invalid_record or internal: a bug
            return
    text = record["text"]
    for ent in record["entities"]:
        assert text[ent["start"]:ent["end"]] == ent["text"], ent
    for key, sec in record["sections"].items():
        if sec["text"] is not None:
            assert text[sec["start"]:sec["end"]].startswith(sec["text"].split("\n", 1)[0]), key


@FAST
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=300), st.booleans())
def test_normalise_inline_is_idempotent_and_clean(text, keep_newlines):
    once = normalise_inline(text, keep_newlines=keep_newlines)
    assert normalise_inline(once, keep_newlines=keep_newlines) == once
    assert once == once.strip()
    assert "  " not in once and "\t" not in once and "\u00ad" not in once
    assert keep_newlines or "\n" not in once
