"""How ``eval`` tells a predicted value from a gold one: comparison keys by the shape of the value."""
from __future__ import annotations

import json
from typing import Any


def text_key(v: Any) -> str | None:
    """Text with its spacing evened out."""
    return None if v is None else " ".join(str(v).split())


def quantity_key(q: dict | None) -> tuple | None:
    """A quantity or amount by its number(s), whether approximate, and its qualifier ("ca.")."""
    if q is None:
        return None
    num = lambda x: None if x is None else round(float(x), 2)  # noqa: E731
    return (num(q.get("value")), num(q.get("max")), bool(q.get("approximate")), q.get("qualifier"))


def name_key(x: Any) -> str:
    """A name (or a dict with a "name"), case not counting."""
    return text_key(x["name"] if isinstance(x, dict) else x).casefold()


def item_key(v: str) -> str:
    """A list item without the punctuation that closes it."""
    return text_key(v).rstrip(" .;")


def entity_key(e: dict) -> str:
    """An entity by its normalised value."""
    value = e.get("value")
    if isinstance(value, dict) and "value" in value:
        value = quantity_key(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
