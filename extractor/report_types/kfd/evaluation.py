"""How ``eval`` compares a KFD record with its gold record: one FieldSpec per typed field."""
from __future__ import annotations

import json
from typing import Any

from extractor.core.report_type import Evaluation, FieldSpec


def _text(v: Any) -> str | None:
    return None if v is None else " ".join(str(v).split())


def _qty(q: dict | None):
    if q is None:
        return None
    num = lambda x: None if x is None else round(float(x), 2)  # noqa: E731
    return (num(q.get("value")), num(q.get("max")), bool(q.get("approximate")), q.get("qualifier"))


def _name(x: Any) -> str:
    return _text(x["name"] if isinstance(x, dict) else x).casefold()


def _item(v: str) -> str:
    return _text(v).rstrip(" .;")


SCALARS = ["municipality.name", "municipality.kind", "municipality.website", "municipality.district",
           "municipality.region", "contact.name", "contact.role", "contact.organisation", "contact.street",
           "contact.postal_code", "contact.city", "contact.phone", "contact.email"]

FIELDS: tuple[FieldSpec, ...] = (
    *[FieldSpec(name, "scalar", _text) for name in SCALARS],
    FieldSpec("municipality.population", "scalar", _qty),
    FieldSpec("events", "list", lambda e: (e["kind"], e["date"], e["end_date"], e["start"], e["end"])),
    FieldSpec("participants", "list", lambda p: (_text(p["group"]), _qty(p["count"]), p["event"])),
    FieldSpec("organisations", "list", _name),
    FieldSpec("moderation.organisations", "list", _name),
    FieldSpec("moderation.persons", "list", _text),
    FieldSpec("topics", "list", lambda t: t),
    FieldSpec("results", "list", _item),
    FieldSpec("costs.amounts", "list", lambda m: (_qty(m), _text(m.get("label")))),
    FieldSpec("costs.total", "scalar", _qty),
)


def entity_key(e: dict) -> str:
    value = e.get("value")
    if isinstance(value, dict) and "value" in value:
        value = _qty(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


EVALUATION = Evaluation(FIELDS, entity_key)
