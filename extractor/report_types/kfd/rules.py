"""Field rules of the KFD record: sections + entities -> typed fields.

Each field has its own small module, or is a generic extractor's (results: the list items of
the results section); this one only puts them together.
Nothing is guessed: a value not in the text stays null.
"""
from __future__ import annotations

from typing import Any

from extractor.report_types.generic.items import section_items

from .contact import contact
from .costs import costs
from .events import events
from .mentions import drop_own_authority, moderation, organisations
from .municipality import municipality
from .participants import participants
from .topics import topics


def build_fields(ctx: Any) -> dict[str, Any]:
    drop_own_authority(ctx)
    return {
        "municipality": municipality(ctx),
        "contact": contact(ctx),
        "events": events(ctx),
        "participants": participants(ctx),
        "organisations": organisations(ctx),
        "moderation": moderation(ctx),
        "topics": topics(ctx),
        "results": section_items(ctx, "results"),
        "costs": costs(ctx),
    }
