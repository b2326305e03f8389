"""contact: the person named for the dialogue, whatever order and layout the town chose.

Handles one field per line, everything on one line with commas, "Name, Vorname",
a function in front of the name ("Bürgermeister Ekkehard Fauth"), department lines,
and a role that carries its authority ("Integrationsbeauftragte Landkreis Konstanz").
"""
from __future__ import annotations

import re

from extractor.lang.de import names
from extractor.normalize import normalise_phone
from extractor.pipeline.fieldkit import TextSpan, split_parts, sub_span

_ORG_WORDS = re.compile(
    r"\b(?:Stadt|Gemeinde|Landkreis|Landratsamt|Stadtverwaltung|Gemeindeverwaltung|Verwaltung|Rathaus|Amt|"
    r"Referat|Abteilung|Fachbereich|Fachdienst|Dezernat|Stabsstelle|Ansprechstelle|Büro|Sachgebiet|Team|"
    r"Bürgermeisteramt|Hauptamt|Ordnungsamt|Sozialamt|Integrationsbüro|Koordinierungsstelle|Geschäftsstelle)\b"
    r"|amt\b|[Vv]erwaltung\b", re.U)
_ROLE_WORDS = re.compile(
    r"(?:beauftragte[r]?|koordinator(?:in)?|leiter(?:in)?|leitung|referent(?:in)?|sachbearbeiter(?:in)?|"
    r"mitarbeiter(?:in)?|manager(?:in)?|bürgermeister(?:in)?|landrat|landrätin|sozialarbeiter(?:in)?|"
    r"berater(?:in)?|ansprechpartner(?:in)?|dezernent(?:in)?|vorsitzende[r]?|sprecher(?:in)?|pfarrer(?:in)?|"
    r"amtsleiter(?:in)?|hauptamtsleiter(?:in)?|beigeordnete[r]?)\b", re.I)
_AUTHORITY = re.compile(r"\s+((?:Landkreis|Landratsamt|Stadt|Gemeinde|Stadtverwaltung|Gemeindeverwaltung)\s+\S.*)$")
_LAST_FIRST = re.compile(r"^([A-ZÄÖÜ][\wäöüß'-]+),\s*([A-ZÄÖÜ][\wäöüß'-]+(?:[ -][A-ZÄÖÜ][\wäöüß'-]+)?)$")
_PARTICLES = "|".join(names.NAME_PARTICLES)
_NAME_SHAPE = re.compile(
    rf"^(?:(?:Dr\.|Prof\.)\s+)*[A-ZÄÖÜ][\wäöüß'-]+(?:\s+(?:{_PARTICLES})?\s*[A-ZÄÖÜ][\wäöüß'-]+){{1,2}}$")
_FIRST = set(names.FIRST_NAMES)
_FIELD_LABEL = re.compile(r"(?i)(?:tel(?:efon)?|fon|fax|mobil|handy|e-?mail|mail|tel\.?-?nr|telefonnummer|"
                          r"anschrift|adresse|kontakt)\.?\s*:?")
_TRAILING_FORM = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(f) for f in names.ADDRESS_FORMS) + r")\s*$")
_FUNCTIONS = sorted(names.FUNCTION_TITLES, key=len, reverse=True)


def contact(ctx) -> dict:
    out = {"name": None, "role": None, "organisation": None, "street": None, "postal_code": None, "city": None,
           "phone": None, "email": None}
    labels = ctx.sections.labels
    block = labels.get("contact")
    orgs: list[str] = []
    if block and block.lines:
        parts = _parts(ctx, [TextSpan(s.text, s.start, s.end) for s in block.lines])
        for part in parts:
            _classify(ctx, part, out, orgs)
    if orgs:
        out["organisation"] = ", ".join(dict.fromkeys(orgs))
    phone = labels.get("phone")
    if phone and phone.value:
        ents = ctx.entities("PHONE", start=phone.lines[0].start, end=phone.lines[-1].end)
        out["phone"] = normalise_phone(ents[0].text) if ents else normalise_phone(phone.lines[0].text)
    email = labels.get("email")
    if email and email.value:
        ents = ctx.entities("EMAIL", start=email.lines[0].start, end=email.lines[-1].end)
        if ents:
            out["email"] = ents[0]._.value
    return out


def _parts(ctx, lines: list[TextSpan]) -> list[TextSpan]:
    """Lines, split at commas where a line packs several fields ("Name, Funktion, Straße 1, 12345 Ort"),
    and where a street follows other text ("Sauter, Serkan Uhlandstraße 8": two lines a narrow table
    cell wrapped into one)."""
    parts: list[TextSpan] = []
    for line in (piece for line in lines for piece in _before_street(ctx, line)):
        if _LAST_FIRST.match(line.text):
            parts.append(line)
            continue
        packed = line.text.count(",") >= 1 and bool(
            ctx.entities("ADDRESS", start=line.start, end=line.end) or ctx.entities("PHONE", start=line.start,
                                                                                    end=line.end))
        parts.extend(split_parts(line) if packed else [line])
    return parts


def _before_street(ctx, line: TextSpan) -> list[TextSpan]:
    """The line cut where a street address starts after text that is not a comma-separated field."""
    for ent in ctx.entities("ADDRESS", start=line.start, end=line.end):
        head = ctx.doc.text[line.start:ent.start_char]
        if "street" in ent._.value and head.strip() and not head.rstrip().endswith(","):
            return [p for p in (sub_span(line, line.start, ent.start_char), sub_span(line, ent.start_char, line.end))
                    if p]
    return [line]


def _classify(ctx, part: TextSpan, out: dict, orgs: list[str]) -> None:
    ents = ctx.entities(start=part.start, end=part.end)
    # Address, phone and e-mail entities take their piece of the line; what is left is classified further.
    rest_pieces = [part]
    for ent in ents:
        if ent.label_ == "ADDRESS":
            v = ent._.value
            if "street" in v and not out["street"]:
                out["street"] = v["street"]
            elif "postal_code" in v and not out["postal_code"]:
                out["postal_code"], out["city"] = v["postal_code"], v["city"]
        elif ent.label_ == "PHONE" and not out["phone"]:
            out["phone"] = normalise_phone(ent.text)
        elif ent.label_ == "EMAIL" and not out["email"]:
            out["email"] = ent._.value  # lower case, as the entity's value
        else:
            continue
        rest_pieces = [p for piece in rest_pieces for p in _cut(piece, ent.start_char, ent.end_char)]
    for piece in rest_pieces:
        _classify_text(ctx, piece, out, orgs)


def _cut(piece: TextSpan, start: int, end: int) -> list[TextSpan]:
    if end <= piece.start or start >= piece.end:
        return [piece]
    return [p for p in (sub_span(piece, piece.start, start), sub_span(piece, end, piece.end)) if p]


def _classify_text(ctx, piece: TextSpan, out: dict, orgs: list[str]) -> None:
    text = piece.text.strip(" ,;:-–")
    if not text or _FIELD_LABEL.fullmatch(text):
        return  # "Tel.:" left over once its number was taken
    m = _LAST_FIRST.match(text)
    if m and not out["name"] and (m.group(2).split()[0] in _FIRST or m.group(1) not in _FIRST):
        out["name"] = f"{m.group(2)} {m.group(1)}"
        return
    persons = ctx.entities("PERSON", start=piece.start, end=piece.end)
    if persons and not out["name"]:
        person = persons[0]
        out["name"] = person._.value
        # What precedes the name: a function ("Bürgermeister"), a department ("Ordnungsamt - Herr Pohl")
        before = ctx.doc.text[piece.start:person.start_char]
        before = _TRAILING_FORM.sub("", before).strip(" ,;:-–")
        for func in _FUNCTIONS:
            if before.endswith(func):
                head = before[: -len(func)].strip(" ,;:-–")
                # "Erster Beigeordneter", "stellv. Bürgermeisterin": a short qualifier belongs to the function
                if head and len(head.split()) <= 2 and not _ORG_WORDS.search(head):
                    func, head = f"{head} {func}", ""
                out["role"] = out["role"] or func
                before = head
                break
        if before:
            _role_or_org(before, out, orgs)
        after = ctx.doc.text[person.end_char:piece.end].strip(" ,;:-–")
        if after:
            _role_or_org(after, out, orgs)
        return
    if not out["name"] and _NAME_SHAPE.match(text) and not _ORG_WORDS.search(text) and not _ROLE_WORDS.search(text):
        out["name"] = text
        return
    _role_or_org(text, out, orgs)


def _role_or_org(text: str, out: dict, orgs: list[str]) -> None:
    if not any(c.isalnum() for c in text):
        return  # a stray mark: a speck on a scan that OCR read as "." after a name or on a line of its own
    authority = _AUTHORITY.search(text)
    if authority and _ROLE_WORDS.search(text[: authority.start()]):
        out["role"] = out["role"] or text[: authority.start()].strip()
        orgs.append(authority.group(1).strip())
    elif _ROLE_WORDS.search(text) and not _ORG_WORDS.search(text.split()[0]):
        out["role"] = out["role"] or text
    else:
        orgs.append(text)
