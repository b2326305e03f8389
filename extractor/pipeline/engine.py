"""The pipeline for one file: read -> split sections -> entities -> field rules -> validated record."""
from __future__ import annotations

import bisect
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from spacy.tokens import Span

from extractor.core import registry
from extractor.core.document import Document
from extractor.core.errors import ExtractionError
from extractor.core.filenames import as_text
from extractor.core.form import FormDef
from extractor.core.report_type import ReportType
from extractor.nlp import analyse, get_nlp
from extractor.nlp.lexemes import warm_up
from extractor.readers import DEFAULT_OPTIONS, ReadOptions, read

from .context import Context
from .quality import assess
from .sections import SectionMap, split


def extract(path: str | Path, report_type: str | ReportType | None = None,
            options: ReadOptions = DEFAULT_OPTIONS) -> dict[str, Any]:
    """Extract one file into a validated record (a JSON-ready dict). Raises ``ExtractionError``.

    ``report_type``: a ReportType, or the name of an installed one (default: the registry's default).
    """
    rt = report_type if isinstance(report_type, ReportType) else registry.get(report_type)
    doc = read(path, options)
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


def build_record(doc: Document, rt: ReportType, *, timings: dict[str, float] | None = None,
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


def _build_record(doc: Document, rt: ReportType, lap: _Laps) -> dict[str, Any]:
    smap = split(doc, rt.form)
    lap("split")
    ctx = Context(doc=doc, sections=smap, nlp=analyse(doc.text))
    lap("entities")
    _drop_form_entities(ctx)
    for start, w in ctx.nlp._.entity_warnings or []:
        ctx.warnings.append(w.model_copy(update={"section": smap.section_at(start)}))
    fields = rt.build_fields(ctx)
    sections = {key: _section_out(smap, key) for key in rt.form.keys}
    record = {
        "report_type": rt.name,
        "schema_version": rt.version,
        "source": {"file": as_text(doc.meta.path), "sha256": doc.meta.sha256, "format": doc.meta.format,
                   "pages": doc.meta.pages, "encoding": doc.meta.encoding,
                   "ocr": asdict(doc.meta.ocr) if doc.meta.ocr else None},
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
