"""The parts every record has, whatever its report type, and how a type's record model is put together.

A record is ``report_type``, ``schema_version``, ``source``, the type's own fields, ``sections`` (one per
section of the form), ``entities``, ``quality`` and ``text``; ``record_model`` builds the pydantic model
in that order from a type's fields and form. Keys are English and stable; German titles go into the
JSON Schema. Nothing found means null (or an empty list), never a guess.
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from extractor.core.form import FormDef
from extractor.core.warnings import RecordWarning
from extractor.nlp.labels import NAMES as ENTITY_LABELS
from extractor.readers.formats import READABLE as READABLE_FORMATS


class RecordPart(BaseModel):
    """Base of every model in a record: unknown keys are an error, not silently kept."""
    model_config = ConfigDict(extra="forbid")


class Quantity(RecordPart):
    value: int | float = Field(title="Wert")
    max: int | float | None = Field(None, title="Obergrenze", description="nur bei Spannen wie „6-800“")
    approximate: bool = Field(False, title="ungefähr")
    qualifier: str | None = Field(None, title="Angabe wie geschrieben", description="„ca.“, „gut“, „über“ …")
    text: str = Field(title="Originaltext")


class Money(Quantity):
    currency: Literal["EUR"] = Field("EUR", title="Währung")
    label: str | None = Field(None, title="wofür", description="z. B. „Gesamtkosten“")


class Ocr(RecordPart):
    engine: Literal["tesseract"] = Field(title="OCR-Programm")
    version: str = Field(title="Version des OCR-Programms")
    language: str = Field(title="Sprachmodell", description="„deu“; mehrere mit „+“")
    dpi: int = Field(title="Auflösung", description="Punkte pro Zoll, mit denen die Seiten gelesen wurden")
    pages: list[int] = Field(title="per OCR gelesene Seiten", description="1-basiert")
    mean_confidence: float | None = Field(title="mittlere Wortsicherheit",
                                          description="0-100, Mittel über alle Wörter der gelesenen Seiten")


class Source(RecordPart):
    file: str = Field(title="Datei")
    sha256: str = Field(title="SHA-256 der Datei")
    format: Literal[READABLE_FORMATS] = Field(title="Format")  # type: ignore[valid-type]
    pages: int | None = Field(None, title="Seiten")
    encoding: str | None = Field(None, title="Zeichenkodierung")
    ocr: Ocr | None = Field(None, title="Texterkennung (OCR)", description="null: keine Seite per OCR gelesen")


class Section(RecordPart):
    heading: str | None = Field(None, title="Überschrift wie in der Datei")
    text: str | None = Field(None, title="Antwort ohne Leitfragen")
    answered: bool = Field(False, title="beantwortet")
    start: int | None = Field(None, title="Anfang der Antwort in text")
    end: int | None = Field(None, title="Ende der Antwort in text")


class Entity(RecordPart):
    label: Literal[ENTITY_LABELS]  # type: ignore[valid-type]
    text: str
    value: str | float | int | dict | None = None
    section: str | None = None
    start: int
    end: int
    page: int | None = None


class Quality(RecordPart):
    missing_sections: list[str] = Field(default_factory=list, title="fehlende Abschnitte")
    unanswered_sections: list[str] = Field(default_factory=list, title="unbeantwortete Abschnitte")
    warnings: list[RecordWarning] = Field(default_factory=list, title="Hinweise")


def sections_model(form: FormDef, name: str = "Sections") -> type[RecordPart]:
    """One ``Section`` per section of the form, in form order, titled with the form's heading."""
    fields: dict[str, Any] = {s.key: (Section, Field(default_factory=Section, title=s.heading)) for s in form.sections}
    return create_model(name, __base__=RecordPart,
                        __doc__="Every section of the form, always present; a missing one has heading null.",
                        **fields)


def record_model(name: str, *, report_type: str, version: str, title: str, doc: str, form: FormDef,
                 fields: dict[str, tuple[Any, Any]]) -> type[RecordPart]:
    """The record model of a report type: the common parts around the type's own ``fields``
    (name -> (annotation, pydantic Field)), in the order every record has them."""
    sections = sections_model(form)
    head: dict[str, Any] = {
        "report_type": (Literal[report_type], report_type),  # type: ignore[valid-type]
        "schema_version": (Literal[version], version),        # type: ignore[valid-type]
        "source": (Source, ...),
    }
    tail: dict[str, Any] = {
        "sections": (sections, Field(default_factory=sections, title="Abschnitte des Formulars")),
        "entities": (list[Entity], Field(default_factory=list, title="Gefundene Entitäten")),
        "quality": (Quality, Field(default_factory=Quality, title="Vollständigkeit und Hinweise")),
        "text": (str, Field(title="Normalisierter Volltext (Bezug aller Offsets)")),
    }
    clash = set(fields) & (set(head) | set(tail))
    if clash:
        raise ValueError(f"report type {report_type!r}: fields {sorted(clash)} are common record parts")
    base = type(f"{name}Base", (RecordPart,), {"model_config": ConfigDict(extra="forbid", title=title),
                                                "__module__": __name__})
    return create_model(name, __base__=base, __doc__=doc, **head, **fields, **tail)
