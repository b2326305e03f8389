"""organisations (every one named anywhere) and moderation (who advised and moderated)."""
from __future__ import annotations

from extractor.lang.de import function_words

# Before an organisation, these make it a person's affiliation ("Dozent an der Universität Freiburg").
_AFFILIATION_BEFORE = (" an der", " an dem", " am", " an den")


def _key(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


def _contact_block(ctx) -> tuple[int, int]:
    contact = ctx.sections.labels.get("contact")
    return (contact.lines[0].start, contact.lines[-1].end) if contact and contact.lines else (0, 0)


def drop_own_authority(ctx) -> None:
    """The contact block names the town's own authority and offices ("Ordnungsamt - Herr Pohl"): they are
    ``contact.organisation``, not organisations the report names."""
    start, end = _contact_block(ctx)
    ents = ctx.nlp.ents
    kept = [e for e in ents if not (e.label_ == "ORG" and start <= e.start_char < end)]
    if len(kept) != len(ents):
        ctx.set_entities(kept)


def organisations(ctx) -> list[dict]:
    """Every organisation named, except the contact's own authority (that is ``contact.organisation``)."""
    seen: dict[str, dict] = {}
    for ent in ctx.entities("ORG"):
        name = ent._.value
        role = "Beratung/Moderation" if ctx.section_of(ent.start_char) == "consulting" and _moderates(ent) else None
        key = _key(name)
        if key not in seen:
            seen[key] = {"name": name, "role": role}
        elif role and not seen[key]["role"]:
            seen[key]["role"] = role
    return list(seen.values())


def _moderates(ent) -> bool:
    """An organisation in the consulting answer moderated, unless it is where a person works ("Dozent an der
    Universität Freiburg") or the body another one belongs to ("Initiative X der Zeppelin-Uni")."""
    doc = ent.doc
    start = (ent._.detail or {}).get("phrase_start", ent.start)
    before = " " + " ".join(t.lower_ for t in doc[max(0, start - 2):start])
    if before.endswith(_AFFILIATION_BEFORE):
        return False
    if start >= 2 and doc[start - 1].lower_ in function_words.GENITIVE_ARTICLES and doc[start - 2].ent_type_ == "ORG":
        return False
    return True


def moderation(ctx) -> dict:
    """Who moderated: organisations and persons of the consulting answer, but not the town's own contact."""
    start, end = _contact_block(ctx)
    own = {e._.value for e in ctx.entities("PERSON", start=start, end=end)}
    orgs = list(dict.fromkeys(e._.value for e in ctx.entities("ORG", section="consulting") if _moderates(e)))
    persons = list(dict.fromkeys(e._.value for e in ctx.entities("PERSON", section="consulting")
                                 if e._.value not in own))
    return {"organisations": orgs, "persons": persons}
