"""The entity labels: one row per label with everything the system knows about it.

``priority`` settles overlaps (the higher wins; within a label the longer span), ``normaliser`` names
the function in ``values.py`` that turns a candidate span into its value (or drops it), ``personal``
marks data that ``--redact`` removes. The record's label vocabulary is this table's names, in its order.
Plain data: reading it loads no spaCy.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntityLabel:
    name: str
    priority: int
    normaliser: str      # a function of extractor.nlp.values: (span, doc, warnings) -> (span, value, detail)
    personal: bool
    title: str           # German


LABELS: tuple[EntityLabel, ...] = (
    EntityLabel("DATE", 5, "date", False, "Datum"),
    EntityLabel("TIME", 4, "time", False, "Uhrzeit"),
    EntityLabel("MONEY", 6, "money", False, "Geldbetrag"),
    EntityLabel("COUNT", 2, "count", False, "Anzahl"),
    EntityLabel("ORG", 0, "org", False, "Organisation"),
    EntityLabel("PERSON", 1, "person", True, "Person"),
    EntityLabel("EMAIL", 9, "email", True, "E-Mail-Adresse"),
    EntityLabel("PHONE", 7, "phone", True, "Telefonnummer"),
    EntityLabel("URL", 8, "url", False, "Webadresse"),
    EntityLabel("ADDRESS", 3, "address", False, "Adresse"),
)

BY_NAME: dict[str, EntityLabel] = {label.name: label for label in LABELS}
NAMES: tuple[str, ...] = tuple(BY_NAME)
PERSONAL: frozenset[str] = frozenset(label.name for label in LABELS if label.personal)
