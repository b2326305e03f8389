"""Pydantic models of the KFD record's own fields (the ministry's data contract, docs/kfd-record.md);
the common parts (source, sections, entities, quality, text) come from ``extractor.pipeline.record``.

Keys are English and stable; German titles go into the JSON Schema. Nothing found
means null (or an empty list), never a guess.
"""
from __future__ import annotations

from pydantic import Field

from extractor.pipeline.record import Money, Quantity, RecordPart, record_model

from .form import FORM


class Municipality(RecordPart):
    name: str | None = Field(None, title="Name der Stadt oder Gemeinde")
    kind: str | None = Field(None, title="Art", description="Stadt, Gemeinde, Landkreis …")
    website: str | None = Field(None, title="Webseite")
    population: Quantity | None = Field(None, title="Einwohnerzahl")
    district: str | None = Field(None, title="Landkreis")
    region: str | None = Field(None, title="Regierungsbezirk")


class Contact(RecordPart):
    name: str | None = Field(None, title="Name der Kontaktperson")
    role: str | None = Field(None, title="Funktion")
    organisation: str | None = Field(None, title="Behörde / Amt")
    street: str | None = Field(None, title="Straße und Hausnummer")
    postal_code: str | None = Field(None, title="Postleitzahl")
    city: str | None = Field(None, title="Ort")
    phone: str | None = Field(None, title="Telefon der Kontaktperson")
    email: str | None = Field(None, title="E-Mail der Kontaktperson")


class Event(RecordPart):
    kind: str | None = Field(None, title="Veranstaltungsart")
    date: str = Field(title="Datum", pattern=r"^\d{4}-\d{2}-\d{2}$")
    end_date: str | None = Field(None, title="Enddatum", pattern=r"^\d{4}-\d{2}-\d{2}$")
    start: str | None = Field(None, title="Beginn", pattern=r"^\d{2}:\d{2}$")
    end: str | None = Field(None, title="Ende", pattern=r"^\d{2}:\d{2}$")


class Participant(RecordPart):
    group: str | None = Field(None, title="Teilnehmergruppe")
    count: Quantity | None = Field(None, title="Anzahl")
    event: str | None = Field(None, title="Veranstaltung")


class Organisation(RecordPart):
    name: str = Field(title="Organisation")
    role: str | None = Field(None, title="Rolle")


class Moderation(RecordPart):
    organisations: list[str] = Field(default_factory=list, title="Beratung/Moderation: Organisationen")
    persons: list[str] = Field(default_factory=list, title="Beratung/Moderation: Personen")


class Costs(RecordPart):
    amounts: list[Money] = Field(default_factory=list, title="Beträge")
    total: Money | None = Field(None, title="Gesamtkosten")


KfdRecord = record_model(
    "KfdRecord", report_type="kfd", version="1", title="KFD-Bericht", form=FORM,
    doc="Bericht zum Kommunalen Flüchtlingsdialog (KFD) als strukturierter Datensatz.",
    fields={
        "municipality": (Municipality, Field(default_factory=Municipality, title="Angaben zur Kommune")),
        "contact": (Contact, Field(default_factory=Contact, title="Kontaktperson")),
        "events": (list[Event], Field(default_factory=list, title="Veranstaltungen")),
        "participants": (list[Participant], Field(default_factory=list, title="Beteiligte")),
        "organisations": (list[Organisation], Field(default_factory=list, title="Genannte Organisationen")),
        "moderation": (Moderation, Field(default_factory=Moderation, title="Beratung und Moderation")),
        "topics": (list[str], Field(default_factory=list, title="Themenfelder (kontrolliertes Vokabular)")),
        "results": (list[str], Field(default_factory=list, title="Konkrete Ergebnisse und Maßnahmen")),
        "costs": (Costs, Field(default_factory=Costs, title="Kosten")),
    })
