"""Pydantic models of the kfd record (the ministry's data contract, ../shared/spec/kfd-record.md).

Keys are English and stable; German titles go into the JSON Schema. Nothing found
means null (or an empty list), never a guess.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Quantity(_Model):
    value: int | float = Field(title="Wert")
    max: int | float | None = Field(None, title="Obergrenze", description="nur bei Spannen wie „6-800“")
    approximate: bool = Field(False, title="ungefähr")
    qualifier: str | None = Field(None, title="Angabe wie geschrieben", description="„ca.“, „gut“, „über“ …")
    text: str = Field(title="Originaltext")


class Money(Quantity):
    currency: Literal["EUR"] = Field("EUR", title="Währung")
    label: str | None = Field(None, title="wofür", description="z. B. „Gesamtkosten“")


class Source(_Model):
    file: str = Field(title="Datei")
    sha256: str = Field(title="SHA-256 der Datei")
    format: Literal["txt", "docx", "pdf"] = Field(title="Format")
    pages: int | None = Field(None, title="Seiten")
    encoding: str | None = Field(None, title="Zeichenkodierung")


class Municipality(_Model):
    name: str | None = Field(None, title="Name der Stadt oder Gemeinde")
    kind: str | None = Field(None, title="Art", description="Stadt, Gemeinde, Landkreis …")
    website: str | None = Field(None, title="Webseite")
    population: Quantity | None = Field(None, title="Einwohnerzahl")
    district: str | None = Field(None, title="Landkreis")
    region: str | None = Field(None, title="Regierungsbezirk")


class Contact(_Model):
    name: str | None = Field(None, title="Name der Kontaktperson")
    role: str | None = Field(None, title="Funktion")
    organisation: str | None = Field(None, title="Behörde / Amt")
    street: str | None = Field(None, title="Straße und Hausnummer")
    postal_code: str | None = Field(None, title="Postleitzahl")
    city: str | None = Field(None, title="Ort")
    phone: str | None = Field(None, title="Telefon der Kontaktperson")
    email: str | None = Field(None, title="E-Mail der Kontaktperson")


class Event(_Model):
    kind: str | None = Field(None, title="Veranstaltungsart")
    date: str = Field(title="Datum", pattern=r"^\d{4}-\d{2}-\d{2}$")
    end_date: str | None = Field(None, title="Enddatum", pattern=r"^\d{4}-\d{2}-\d{2}$")
    start: str | None = Field(None, title="Beginn", pattern=r"^\d{2}:\d{2}$")
    end: str | None = Field(None, title="Ende", pattern=r"^\d{2}:\d{2}$")


class Participant(_Model):
    group: str | None = Field(None, title="Teilnehmergruppe")
    count: Quantity | None = Field(None, title="Anzahl")
    event: str | None = Field(None, title="Veranstaltung")


class Organisation(_Model):
    name: str = Field(title="Organisation")
    role: str | None = Field(None, title="Rolle")


class Moderation(_Model):
    organisations: list[str] = Field(default_factory=list, title="Beratung/Moderation: Organisationen")
    persons: list[str] = Field(default_factory=list, title="Beratung/Moderation: Personen")


class Costs(_Model):
    amounts: list[Money] = Field(default_factory=list, title="Beträge")
    total: Money | None = Field(None, title="Gesamtkosten")


class Section(_Model):
    heading: str | None = Field(None, title="Überschrift wie in der Datei")
    text: str | None = Field(None, title="Antwort ohne Leitfragen")
    answered: bool = Field(False, title="beantwortet")
    start: int | None = Field(None, title="Anfang der Antwort in text")
    end: int | None = Field(None, title="Ende der Antwort in text")


class Sections(_Model):
    """All ten sections of the form; a missing one has heading null."""
    municipality: Section = Field(default_factory=Section, title="Angaben zur Kommune")
    concept: Section = Field(default_factory=Section, title="Veranstaltungskonzept")
    initial_situation: Section = Field(default_factory=Section, title="Ausgangssituation / Anlass")
    consulting: Section = Field(default_factory=Section, title="Beratung und Moderation")
    topics: Section = Field(default_factory=Section, title="Themenfelder")
    participants: Section = Field(default_factory=Section, title="Beteiligte Akteure")
    assessment: Section = Field(default_factory=Section, title="Bewertung des Ablaufs und der Ergebnisse")
    results: Section = Field(default_factory=Section, title="Konkrete Ergebnisse, Maßnahmen und nächste Schritte")
    costs: Section = Field(default_factory=Section, title="Kosten und Effizienz")
    recommendations: Section = Field(default_factory=Section, title="Empfehlungen und sonstige Rückmeldungen")


class Entity(_Model):
    label: Literal["DATE", "TIME", "MONEY", "COUNT", "ORG", "PERSON", "EMAIL", "PHONE", "URL", "ADDRESS"]
    text: str
    value: str | float | int | dict | None = None
    section: str | None = None
    start: int
    end: int
    page: int | None = None


class Warning_(_Model):
    code: str
    message: str
    section: str | None = None


class Quality(_Model):
    missing_sections: list[str] = Field(default_factory=list, title="fehlende Abschnitte")
    unanswered_sections: list[str] = Field(default_factory=list, title="unbeantwortete Abschnitte")
    warnings: list[Warning_] = Field(default_factory=list, title="Hinweise")


class KfdRecord(_Model):
    """Bericht zum Kommunalen Flüchtlingsdialog (KFD) als strukturierter Datensatz."""
    model_config = ConfigDict(extra="forbid", title="KFD-Bericht")

    report_type: Literal["kfd"] = "kfd"
    schema_version: Literal["1"] = "1"
    source: Source
    municipality: Municipality = Field(default_factory=Municipality, title="Angaben zur Kommune")
    contact: Contact = Field(default_factory=Contact, title="Kontaktperson")
    events: list[Event] = Field(default_factory=list, title="Veranstaltungen")
    participants: list[Participant] = Field(default_factory=list, title="Beteiligte")
    organisations: list[Organisation] = Field(default_factory=list, title="Genannte Organisationen")
    moderation: Moderation = Field(default_factory=Moderation, title="Beratung und Moderation")
    topics: list[str] = Field(default_factory=list, title="Themenfelder (kontrolliertes Vokabular)")
    results: list[str] = Field(default_factory=list, title="Konkrete Ergebnisse und Maßnahmen")
    costs: Costs = Field(default_factory=Costs, title="Kosten")
    sections: Sections = Field(default_factory=Sections, title="Abschnitte des Formulars")
    entities: list[Entity] = Field(default_factory=list, title="Gefundene Entitäten")
    quality: Quality = Field(default_factory=Quality, title="Vollständigkeit und Hinweise")
    text: str = Field(title="Normalisierter Volltext (Bezug aller Offsets)")
