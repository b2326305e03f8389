"""The pipeline for one file: read -> split sections -> entities -> field rules -> validated record."""
from __future__ import annotations

import bisect
import time
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
from .form import FormDef
from .nlp import analyse, get_nlp
from .nlp.lexemes import warm_up
from .sections import SectionMap, split


@dataclass
class Context:
    """What field rules get: the document, its sections, its entities, and a place for warnings."""
    doc: Document
    sections: SectionMap
    nlp: SpacyDoc
    warnings: list[dict[str, Any]] = field(default_factory=list)
    # (entity, label, start_char, end_char, section) per entity, built once: ``nlp.ents`` rebuilds
    # its tuple from every token on each access, and field rules ask for entities dozens of times.
    _index: list[tuple[Span, str, int, int, str | None]] | None = field(default=None, init=False, repr=False)

    def warn(self, code: str, message: str, section: str | None = None) -> None:
        self.warnings.append({"code": code, "message": message, "section": section})

    def section_of(self, offset: int) -> str | None:
        return self.sections.section_at(offset)

    def entities(self, label: str | None = None, section: str | None = None,
                 start: int | None = None, end: int | None = None) -> list[Span]:
        """Entity spans, optionally of one label, inside one section's body or an offset range."""
        out = []
        for ent, ent_label, ent_start, ent_end, ent_section in self.entity_index():
            if label and ent_label != label:
                continue
            if section and ent_section != section:
                continue
            if start is not None and ent_start < start or end is not None and ent_end > end:
                continue
            out.append(ent)
        return out

    def entity_index(self) -> list[tuple[Span, str, int, int, str | None]]:
        if self._index is None:
            self._index = [(ent, ent.label_, ent.start_char, ent.end_char, self.section_of(ent.start_char))
                           for ent in self.nlp.ents]
        return self._index

    def set_entities(self, ents: list[Span]) -> None:
        self.nlp.ents = ents
        self._index = None

    def span(self, start: int, end: int) -> Span | None:
        return self.nlp.char_span(start, end, alignment_mode="expand")


def extract(path: str | Path, report_type: str = "kfd", *, limits: Limits = DEFAULT_LIMITS,
            password: str | None = None) -> dict[str, Any]:
    """Extract one file into a validated record (a JSON-ready dict). Raises ``ExtractionError``."""
    rt = registry.get(report_type)
    doc = read(path, limits=limits, password=password)
    return build_record(doc, rt)


class _Laps:
    """CPU seconds per pipeline stage into ``timings`` (the benchmark's per-stage figures; CPU time,
    so that other processes on the machine do not count); off when None."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings
        self.last = time.process_time() if timings is not None else 0.0

    def __call__(self, stage: str) -> None:
        if self.timings is not None:
            now = time.process_time()
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
            self.last = now


def build_record(doc: Document, rt: registry.ReportType, *, timings: dict[str, float] | None = None,
                 memory_zone: bool = True) -> dict[str, Any]:
    """The validated record of a read document. ``timings`` (optional) receives CPU seconds per
    stage: split, entities, fields, validate.

    The spaCy work runs in a memory zone (``_ZoneCycle``), so a long-running worker's vocabulary
    does not grow with every new name, number and typo it reads. The record holds plain values only.
    """
    if memory_zone:
        _ZONES.enter(get_nlp(), rt.form)
    else:
        _ZONES.close()
        _ZONES.warm(get_nlp(), rt.form)
    return _build_record(doc, rt, _Laps(timings))


# Documents that share one memory zone. Their words are kept while it is open -- a word met in the
# previous report is not built again (a quarter of the NLP time when every report had a zone of its
# own) -- and all freed when it closes, so memory stays flat however long the import.
ZONE_DOCUMENTS = 100


class _ZoneCycle:
    """One spaCy memory zone (spaCy 3.8) spanning up to ``ZONE_DOCUMENTS`` calls of ``build_record``.

    Nothing built in a zone outlives it: ``build_record`` returns plain values, and an old zone
    closes only when the next document starts. The form's own words are made permanent first,
    outside any zone (nlp/lexemes.py).
    """

    def __init__(self) -> None:
        self._zone = None
        self._nlp = None
        self._left = 0
        self._warmed: set[tuple[int, FormDef]] = set()

    def enter(self, nlp, form: FormDef) -> None:
        if self._zone is not None and (self._left <= 0 or self._nlp is not nlp
                                       or (id(nlp), form) not in self._warmed):
            self.close()
        if self._zone is None:
            self.warm(nlp, form)
            self._zone = nlp.memory_zone()
            self._zone.__enter__()
            self._nlp, self._left = nlp, ZONE_DOCUMENTS
        self._left -= 1

    def close(self) -> None:
        zone, self._zone = self._zone, None
        if zone is not None:
            zone.__exit__(None, None, None)

    def warm(self, nlp, form: FormDef) -> None:
        """The form's headings, questions and labels recur in every report: their words stay."""
        if (id(nlp), form) in self._warmed:
            return
        texts = [t for s in form.sections for t in (*s.variants, *s.prompts)]
        texts += [v for s in form.sections for ld in s.labels for v in ld.variants] + list(form.placeholders)
        warm_up(nlp, "\n".join(texts))
        self._warmed.add((id(nlp), form))


_ZONES = _ZoneCycle()


def _build_record(doc: Document, rt: registry.ReportType, lap: _Laps) -> dict[str, Any]:
    smap = split(doc, rt.form)
    lap("split")
    ctx = Context(doc=doc, sections=smap, nlp=analyse(doc.text))
    lap("entities")
    _drop_form_entities(ctx)
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
        "entities": [_entity_out(ctx, *item) for item in ctx.entity_index()],
        "quality": assess(rt.form, smap, doc.warnings + smap.warnings + ctx.warnings),
        "text": doc.text,
    }
    lap("fields")
    try:
        out = rt.model.model_validate(record).model_dump(mode="json")
        lap("validate")
        return out
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


def _entity_out(ctx: Context, ent: Span, label: str, start: int, end: int, section: str | None) -> dict[str, Any]:
    return {"label": label, "text": ent.text, "value": ent._.value, "section": section,
            "start": start, "end": end, "page": ctx.doc.page_at(start)}


def _drop_form_entities(ctx: Context) -> None:
    """Numbers and names inside headings and prompt questions belong to the form, not to the report
    ("Nennen Sie drei wichtige Ergebnisse", "6 Beteiligte Akteure")."""
    spans = ctx.sections.form_spans()
    if not spans:
        return
    starts = [s for s, _ in spans]
    keep = []
    for ent in ctx.nlp.ents:
        i = bisect.bisect_right(starts, ent.start_char) - 1
        inside = any(s < ent.end_char and ent.start_char < e for s, e in spans[max(i, 0):i + 2])
        if not inside:
            keep.append(ent)
    if len(keep) != len(ctx.nlp.ents):
        ctx.set_entities(keep)
