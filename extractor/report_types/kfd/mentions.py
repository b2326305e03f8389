"""organisations (every one named anywhere) and moderation (who advised and moderated)."""
from __future__ import annotations


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
    orgs = list(dict.fromkeys(e._.value for e in ctx.entities("ORG", section="consulting")))
    persons = list(dict.fromkeys(e._.value for e in ctx.entities("PERSON", section="consulting")))
    return {"organisations": orgs, "persons": persons}
