"""organisations (every one named anywhere) and moderation (who advised and moderated)."""
from __future__ import annotations

from extractor.report_types.generic import extract


def _key(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


def organisations(ctx) -> list[dict]:
    """Every organisation named, except the contact's own authority (that is ``contact.organisation``)."""
    seen: dict[str, dict] = {}
    contact = ctx.sections.labels.get("contact")
    own = (contact.lines[0].start, contact.lines[-1].end) if contact and contact.lines else (0, 0)
    for ent in ctx.entities("ORG"):
        if own[0] <= ent.start_char < own[1]:
            continue
        name = ent._.value
        role = "Beratung/Moderation" if ctx.section_of(ent.start_char) == "consulting" else None
        key = _key(name)
        if key not in seen:
            seen[key] = {"name": name, "role": role}
        elif role and not seen[key]["role"]:
            seen[key]["role"] = role
    return list(seen.values())


def moderation(ctx) -> dict:
    """The organisations and persons of the consulting section (the generic extractors)."""
    src = extract.section(ctx, "consulting")
    return {"organisations": extract.organisations(ctx, src), "persons": extract.persons(ctx, src)}
