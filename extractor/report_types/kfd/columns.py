"""The KFD record's headline columns: what the database keeps queryable, what exports show, and which
column names a report on check pages."""
from __future__ import annotations

from typing import Any

from extractor.core.report_type import Column


def _event_dates(record: dict[str, Any]) -> list[str]:
    return sorted(d for e in record.get("events") or [] for d in (e.get("date"), e.get("end_date")) if d)


def _first_event(record: dict[str, Any]) -> str | None:
    dates = _event_dates(record)
    return dates[0] if dates else None


def _last_event(record: dict[str, Any]) -> str | None:
    dates = _event_dates(record)
    return dates[-1] if dates else None


def _participant_counts(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [p["count"] for p in record.get("participants") or [] if (p.get("count") or {}).get("value") is not None]


def _participant_total(record: dict[str, Any]) -> float | None:
    counts = _participant_counts(record)
    return sum(c["value"] for c in counts) if counts else None


def _participant_total_approximate(record: dict[str, Any]) -> bool | None:
    """True when any count in the total is approximate ("gut 40" + 20 is about 60)."""
    counts = _participant_counts(record)
    return any(c.get("approximate") for c in counts) if counts else None


def _organisation_names(record: dict[str, Any]) -> list[str]:
    return [o.get("name") for o in record.get("organisations") or []]


def _count(path: str):
    return lambda record: len(record.get(path) or [])


COLUMNS: tuple[Column, ...] = (
    Column("municipality", "municipality.name", "Kommune", stored=True),
    Column("municipality_kind", "municipality.kind", "Art der Kommune"),
    Column("website", "municipality.website", "Webseite"),
    Column("district", "municipality.district", "Landkreis", stored=True),
    Column("region", "municipality.region", "Regierungsbezirk", stored=True),
    Column("population", "municipality.population.value", "Einwohnerzahl", "number", stored=True),
    Column("population_approximate", "municipality.population.approximate", "Einwohnerzahl ungefähr", "flag"),
    Column("population_qualifier", "municipality.population.qualifier", "Einwohnerzahl: Zusatz (z. B. „ca.“)"),
    Column("contact_name", "contact.name", "Kontaktperson"),
    Column("contact_role", "contact.role", "Funktion der Kontaktperson"),
    Column("contact_organisation", "contact.organisation", "Behörde / Amt"),
    Column("contact_phone", "contact.phone", "Telefon der Kontaktperson"),
    Column("contact_email", "contact.email", "E-Mail der Kontaktperson"),
    Column("moderation_organisations", "moderation.organisations", "Beratung/Moderation: Organisationen", "list"),
    Column("moderation_persons", "moderation.persons", "Beratung/Moderation: Personen", "list"),
    Column("first_event_date", _first_event, "erste Veranstaltung", "date", stored=True),
    Column("last_event_date", _last_event, "letzte Veranstaltung", "date"),
    Column("event_count", _count("events"), "Anzahl Veranstaltungen", "count"),
    Column("participant_total", _participant_total, "Teilnehmende insgesamt", "number", stored=True),
    Column("participant_total_approximate", _participant_total_approximate, "Teilnehmende insgesamt ungefähr",
           "flag"),
    Column("total_costs", "costs.total.value", "Gesamtkosten (EUR)", "number", stored=True),
    Column("total_costs_approximate", "costs.total.approximate", "Gesamtkosten ungefähr", "flag"),
    Column("total_costs_qualifier", "costs.total.qualifier", "Gesamtkosten: Zusatz (z. B. „ca.“)"),
    Column("topics", "topics", "Themenfelder", "list"),
    Column("result_count", _count("results"), "Anzahl Ergebnisse", "count"),
    Column("organisations", _organisation_names, "Genannte Organisationen", "list"),
)
