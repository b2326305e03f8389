"""How ``eval`` compares a KFD record with its gold record: one FieldSpec per typed field."""
from __future__ import annotations

from extractor.core.report_type import Evaluation, FieldSpec
from extractor.report_types.generic.compare import entity_key, item_key, name_key, quantity_key, text_key

SCALARS = ["municipality.name", "municipality.kind", "municipality.website", "municipality.district",
           "municipality.region", "contact.name", "contact.role", "contact.organisation", "contact.street",
           "contact.postal_code", "contact.city", "contact.phone", "contact.email"]

FIELDS: tuple[FieldSpec, ...] = (
    *[FieldSpec(name, "scalar", text_key) for name in SCALARS],
    FieldSpec("municipality.population", "scalar", quantity_key),
    FieldSpec("events", "list", lambda e: (e["kind"], e["date"], e["end_date"], e["start"], e["end"])),
    FieldSpec("participants", "list", lambda p: (text_key(p["group"]), quantity_key(p["count"]), p["event"])),
    FieldSpec("organisations", "list", name_key),
    FieldSpec("moderation.organisations", "list", name_key),
    FieldSpec("moderation.persons", "list", text_key),
    FieldSpec("topics", "list", lambda t: t),
    FieldSpec("results", "list", item_key),
    FieldSpec("costs.amounts", "list", lambda m: (quantity_key(m), text_key(m.get("label")))),
    FieldSpec("costs.total", "scalar", quantity_key),
)


EVALUATION = Evaluation(FIELDS, entity_key)
