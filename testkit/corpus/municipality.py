"""The municipality part of the form: label/value fields, the contact block among them."""
from __future__ import annotations

import datetime as dt

from testkit.corpus import families
from testkit.corpus.banks import BEFORE_ROLES, DEPTS, DISTRICTS, LABEL_WORDINGS, LINE_ROLES, LK_DEPTS, LK_SEATS, STREETS
from testkit.corpus.form import LABELS
from testkit.corpus.model import Block, Content, Field, Report, quantity
from testkit.corpus.plants import plant_address, plant_year
from testkit.corpus.wording import PHONE_STYLES, ascii_fold, fmt_phone, german_number, phone_e164

def build_municipality(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    colon = plan["label_colon"]
    inline_mode = plan["inline"]

    def label(key: str) -> str:
        options = [LABELS[key], *LABEL_WORDINGS.get(key, [])]
        text = options[0] if not plan["label_aliases"] or rng.random() < 0.5 else rng.choice(options)
        if text != options[0]:
            r.feat("label: other wording")
        return text + (":" if colon else "")

    def is_inline() -> bool:
        return inline_mode == "all" or (inline_mode == "some" and rng.random() < 0.5)

    fields: list[Field] = []
    # name and website
    website = None
    if rng.random() < 0.9:
        website = f"www.{r.domain}"
        if rng.random() < 0.1:
            website = "http://" + website
            r.feat("website with http://")
    name_text = r.name_text
    r.feat(f"name written as: {r.written_kind or 'bare name'}")
    if website:
        url = P("URL", website, website.lower())
        joins = [" -> ", "->", "-> ", "->  ", " – ", ", ", "paren", "newline"]
        if r.plan["encoding"] != "cp1252":
            joins.append(" → ")
        join = rng.choice(joins)
        r.feat(f"website joined by {join.strip() or join!r}")
        if join == "newline":
            value = [name_text, url]
        elif join == "paren":
            value = [f"{name_text} ({url})"]
        else:
            value = [f"{name_text}{join}{url}"]
    else:
        value = [name_text]
        r.feat("no website")
    fields.append(Field(label("name"), value, is_inline() and len(value) == 1))

    # population
    pop = rng.randint(150_000, 420_000) if r.landkreis else rng.choice(
        [rng.randint(1800, 6000), rng.randint(6000, 15000), rng.randint(15000, 48000)])
    style = rng.choice(["ca", "plain", "dot", "einwohner_stand", "stand_date", "rund", "knapp", "empty"]
                       if rng.random() < 0.97 else ["empty"])
    other_qualifier = families.population_qualifier(r) if style not in ("empty", "stand_date") else None
    r.feat(f"population: {style}" if other_qualifier is None else f"population: qualifier '{other_qualifier}'")
    population = None
    if other_qualifier:
        v = round(pop, -2)
        lines, population = [f"{other_qualifier} {german_number(v)}"], quantity(v, other_qualifier)
    elif style == "ca":
        v = round(pop, -3) if pop > 10000 else round(pop, -2)
        lines, population = [f"ca. {german_number(v)}"], quantity(v, "ca.")
    elif style == "plain":
        lines, population = [str(pop)], quantity(pop)
    elif style == "dot":
        lines, population = [german_number(pop)], quantity(pop)
    elif style == "einwohner_stand":
        lines, population = [f"{german_number(pop)} Einwohner (Stand {plant_year(r, r.year - 1)})"], quantity(pop)
    elif style == "stand_date":
        d = rng.choice([dt.date(r.year - 1, 12, 31), dt.date(r.year - 1, 6, 30)])
        date = P("DATE", f"{d:%d.%m.%Y}", d.isoformat())
        lines, population = [f"{pop} (Stand {date})"], quantity(pop)
    elif style == "rund":
        v = round(pop, -2)
        lines, population = [f"rund {german_number(v)}"], quantity(v, "rund")
    elif style == "knapp":
        v = (pop // 500 + 1) * 500
        lines, population = [f"knapp {german_number(v)}"], quantity(v, "knapp")
    else:
        lines = []
    # the population is a field value, not an entity: known text, kept out of the filler lint
    lines = [P.plain_around(line) for line in lines]
    if lines and r.fmt == "txt" and rng.random() < 0.2:
        lines[0] += "   "  # trailing blanks, as typed
    fields.append(Field(label("population"), lines, is_inline()))

    # district and region
    district_text = r.district
    if not r.district.endswith("kreis") and "-" not in r.district and rng.random() < 0.2:
        district_text = f"Landkreis {r.district}"
        r.feat("district written with 'Landkreis'")
    fields.append(Field(label("district"), [district_text], is_inline()))
    region_forms = [r.region, r.region, f"Regierungsbezirk {r.region}", f"Reg.-Bez. {r.region}"]
    if r.region == "Freiburg":
        region_forms += ["Freiburg im Breisgau", "Freiburg i. Br."]
    region_text = rng.choice(region_forms)
    if region_text != r.region:
        r.feat("region written in another form")
    fields.append(Field(label("region"), [region_text], is_inline()))

    # contact
    contact_lines, contact, phone_written, phone_in_block = build_contact(r)
    contact_inline = len(contact_lines) == 1 and is_inline()
    fields.append(Field(label("contact"), contact_lines, contact_inline))
    if not phone_in_block:
        if rng.random() < 0.05:
            fields.append(Field(label("phone"), [], False))
            contact["phone"] = None
            r.feat("phone label without value")
        else:
            fields.append(Field(label("phone"), [P("PHONE", phone_written, phone_e164(phone_written))], is_inline()))
    email = contact["email"]
    fields.append(Field(label("email"), [P("EMAIL", email, email.lower())], is_inline()))
    if any(f.inline for f in fields):
        r.feat("label and value on one line")

    r.gold_municipality = {"name": r.town, "kind": r.kind, "website": website, "population": population,
                           "district": r.district, "region": r.region}
    r.gold_contact = contact
    return Content("municipality", [[Block("fields", fields=fields)]])


def build_contact(r: Report) -> tuple[list[str], dict, str, bool]:
    rng, P = r.rng, r.P
    layout = r.plan["contact_layout"]
    r.feat(f"contact layout: {layout}")
    first, last, g = r.person()
    gi = 0 if g == "m" else 1
    name = f"{first} {last}"
    person = P("PERSON", name, name)
    area = rng.choice(DISTRICTS[r.district][2])
    main, ext = str(rng.randint(10, 9999)), str(rng.randint(10, 999))
    phone_style = rng.choice(PHONE_STYLES)
    r.feat(f"phone: {phone_style}")
    phone = fmt_phone(area, main, ext, phone_style)
    template, number = rng.choice(STREETS), rng.randint(1, 48)
    street = families.contact_street(r, template.format(n=number), number)
    if r.landkreis:
        city, plz = LK_SEATS[r.town]
    else:
        city, plz = r.town, rng.choice(DISTRICTS[r.district][1]) + f"{rng.randint(0, 999):03d}"
    street_m, plzcity_m = plant_address(r, street, plz, city)
    local = rng.choice([f"{ascii_fold(first)}.{ascii_fold(last)}", f"{ascii_fold(first)[0]}.{ascii_fold(last)}",
                        f"{ascii_fold(first)[0]}{ascii_fold(last)}", "integration", ascii_fold(last)])
    email = f"{local}@{r.domain}"
    if r.landkreis:
        admin = "Landratsamt " + r.town
    elif r.kind is None:
        admin = f"Bürgermeisteramt {r.town}"
    else:
        admin = rng.choice([f"{r.kind} {r.town}", f"Bürgermeisteramt {r.town}",
                            f"{'Stadt' if r.kind == 'Stadt' else 'Gemeinde'}verwaltung {r.town}"])
    dept = rng.choice(LK_DEPTS if r.landkreis else DEPTS)
    line_role = rng.choice(LINE_ROLES)[gi]
    role = None
    orgs: list[str] = []
    has_address = True

    def role_line(chance: float) -> list[str]:
        """With ``chance``, the person's role as a line of its own."""
        nonlocal role
        if rng.random() < chance:
            role = line_role
            return [line_role]
        return []

    if layout == "lines":
        lines = [person, *role_line(0.75)]
        if rng.random() < 0.4:
            lines.append(dept)
            orgs.append(dept)
        lines += [street_m, plzcity_m]
    elif layout == "org_first":
        orgs = [admin, dept] if rng.random() < 0.7 else [admin]
        lines = [*orgs, person, *role_line(0.4), street_m, plzcity_m]
    elif layout == "one_line":
        parts = [person, *role_line(0.7)]
        if not role and rng.random() < 0.5:
            parts.append(dept if "," not in dept else "Stabsstelle Integration")
            orgs.append(parts[-1])
        glue = "," if rng.random() < 0.3 else ", "
        lines = [", ".join(parts) + f", {street_m}{glue}{plzcity_m}"]
    elif layout == "last_first":
        person = P("PERSON", f"{last}, {first}", name)
        lines = [person, *role_line(0.6), street_m, plzcity_m]
    elif layout == "function_before":
        func = rng.choice(BEFORE_ROLES)[gi]
        if r.kind == "Große Kreisstadt":
            func = ("Oberbürgermeister", "Oberbürgermeisterin")[gi]
        role = func
        lines = [f"{func} {person}", street_m, plzcity_m]
    elif layout == "dept_herr":
        orgs = [admin, dept]
        lines = [admin, f"{dept} – {'Herr' if g == 'm' else 'Frau'} {person}", f"{street_m}, {plzcity_m}"]
    elif layout == "name_only":
        lines = [person]
        has_address = False
    elif layout == "street_plz_one":
        lines = [person, *role_line(0.7), f"{street_m}, {plzcity_m}"]
    elif layout == "role_authority":
        role = ("Integrationsbeauftragter", "Integrationsbeauftragte")[gi]
        orgs = [f"Landkreis {r.town}"]
        lines = [person, f"{role} Landkreis {r.town}", street_m, plzcity_m]
    else:
        raise ValueError(layout)
    phone_in_block = layout not in ("name_only",) and rng.random() < 0.1
    phone_m = None
    if phone_in_block:
        phone_m = P("PHONE", phone, phone_e164(phone))
        prefix = rng.choice(["Tel. ", "Telefon: ", "Tel.: "])
        if layout == "one_line":
            lines[0] += f", {prefix}{phone_m}"
        else:
            lines.append(f"{prefix}{phone_m}")
        r.feat("phone inside the contact block")
    contact = {"name": name, "role": role, "organisation": ", ".join(orgs) or None,
               "street": street if has_address else None, "postal_code": plz if has_address else None,
               "city": city if has_address else None, "phone": " ".join(phone.split()), "email": email}
    return lines, contact, phone, phone_in_block
