"""The pipeline for one file: read -> split sections -> entities -> field rules -> validated record."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span

from . import registry
from .document import Document
from .errors import ExtractionError
from .quality import assess
from .readers import DEFAULT_LIMITS, Limits, read
from .nlp import analyse
from .sections import SectionMap, split


@dataclass
class Context:
    """What field rules get: the document, its sections, its entities, and a place for warnings."""
    doc: Document
    sections: SectionMap
    nlp: SpacyDoc
    warnings: list[dict[str, Any]] = field(default_factory=list)

    def warn(self, code: str, message: str, section: str | None = None) -> None:
        self.warnings.append({"code": code, "message": message, "section": section})

    def section_of(self, offset: int) -> str | None:
        return self.sections.section_at(offset)

    def entities(self, label: str | None = None, section: str | None = None,
                 start: int | None = None, end: int | None = None) -> list[Span]:
        """Entity spans, optionally of one label, inside one section's body or an offset range."""
        out = []
        for ent in self.nlp.ents:
            if label and ent.label_ != label:
                continue
            if section and self.section_of(ent.start_char) != section:
                continue
            if start is not None and ent.start_char < start or end is not None and ent.end_char > end:
                continue
            out.append(ent)
        return out

    def span(self, start: int, end: int) -> Span | None:
        return self.nlp.char_span(start, end, alignment_mode="expand")


def extract(path: str | Path, report_type: str = "kfd", *, limits: Limits = DEFAULT_LIMITS,
            password: str | None = None) -> dict[str, Any]:
    """Extract one file into a validated record (a JSON-ready dict). Raises ``ExtractionError``."""
    rt = registry.get(report_type)
    doc = read(path, limits=limits, password=password)
    return build_record(doc, rt)


def build_record(doc: Document, rt: registry.ReportType) -> dict[str, Any]:
    smap = split(doc, rt.form)
    ctx = Context(doc=doc, sections=smap, nlp=analyse(doc.text))
    for w in ctx.nlp._.entity_warnings or []:
        ctx.warn(w["code"], w["message"], smap.section_at(w["start"]))
    fields = rt.build_fields(ctx)
    sections = {key: _section_out(smap, key) for key in rt.form.keys}
    record = {
        "report_type": rt.name,
        "schema_version": rt.version,
        "source": {"file": doc.meta.path, "sha256": doc.meta.sha256, "format": doc.meta.format,
                   "pages": doc.meta.pages, "encoding": doc.meta.encoding},
        **fields,
        "sections": sections,
        "entities": [_entity_out(ctx, ent) for ent in ctx.nlp.ents],
        "quality": assess(rt.form, smap, doc.warnings + smap.warnings + ctx.warnings),
        "text": doc.text,
    }
    try:
        return rt.model.model_validate(record).model_dump(mode="json")
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ExtractionError("invalid_record", f"record failed validation at {where}: {first['msg']}",
                              doc.meta.path) from exc


def _section_out(smap: SectionMap, key: str) -> dict[str, Any]:
    sec = smap.sections.get(key)
    if sec is None:
        return {"heading": None, "text": None, "answered": False, "start": None, "end": None}
    return {"heading": sec.heading.text if sec.heading else None, "text": sec.answer_text,
            "answered": sec.answered, "start": sec.answer_start, "end": sec.answer_end}


def _entity_out(ctx: Context, ent: Span) -> dict[str, Any]:
    return {"label": ent.label_, "text": ent.text, "value": ent._.value, "section": ctx.section_of(ent.start_char),
            "start": ent.start_char, "end": ent.end_char, "page": ctx.doc.page_at(ent.start_char)}
