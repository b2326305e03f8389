"""Field rules of the KFD record: sections + entities -> typed fields.

Filled by the entity-extraction issue; until then every typed field stays empty,
which the record model allows (nothing is guessed).
"""
from __future__ import annotations

from typing import Any


def build_fields(ctx: Any) -> dict[str, Any]:
    return {}
