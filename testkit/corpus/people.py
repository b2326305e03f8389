"""Who took part: the consulting answer (moderators, firms) and the participants answer (counted groups,
organisations). Persons and organisations are planted with their moderation role where they have one.
"""
from __future__ import annotations

import re

from testkit.corpus import families
from testkit.corpus.banks import (ACRONYM_ORGS, BROAD_GROUPS, CONSULT_SELF, CONSULT_TASKS, FIRMS, GROUPS, KINDS,
                                  MODERATOR_ROLES, ORGS_BARE, ORGS_LOCAL, PARTICIPANT_FILLER)
from testkit.corpus.model import LIST_START, Block, Content, Report, quantity
from testkit.corpus.plants import plant_address, plant_count, plant_org
from testkit.corpus.wording import ARTICLES, art, oxford

# ========================================================================================== consulting

def firm_phrase(r: Report, firm: tuple, case: str = "nom") -> str:
    """The firm with its article ("das Büro Wort.Wechsel"), the name planted as a moderation ORG."""
    name, forms = firm[0], firm[1]
    form = "{n}" if case == "bare" else r.rng.choice(forms)
    org = r.P("ORG", name, name, moderation=True)
    text = form.replace("{n}", org)
    if case == "dat":
        text = re.sub(r"^das ", "dem ", text)
        text = re.sub(r"^die ", "der ", text)
    return text


def moderator(r: Report, case: str, title: bool | None = None, address: bool = True) -> tuple[str, str]:
    """A moderator, planted as a moderation PERSON: (text with form of address, gender)."""
    first, last, g = r.person()
    dr = r.rng.random() < 0.35 if title is None else title
    name = f"{'Dr. ' if dr else ''}{first} {last}"
    m = r.P("PERSON", name, name, moderation=True)
    form = r.rng.random()
    if address and form < 0.55:
        address = {"nom": ("Herr", "Frau"), "dat": ("Herrn", "Frau"), "acc": ("Herrn", "Frau")}[case][g == "f"]
        r.feat("moderator with Herr/Frau")
        return f"{r.P.plain(address)} {m}", g
    return m, g


def build_consulting(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    shape = plan["consult_shape"]
    r.feat(f"consulting: {shape}")
    firms = rng.sample(FIRMS, 2)
    firm = firms[0]
    tasks = rng.sample(CONSULT_TASKS[:8], rng.randint(1, 3 if plan["verbosity"] != "verbose" else 4))
    blocks: list[Block] = []
    if shape == "prose":
        f = firm_phrase(r, firm)
        s = rng.choice([f"Die Konzeption und Moderation übernahm {f}.",
                        f"Mit der Beratung und Moderation wurde {f} beauftragt."])
        persons = [moderator(r, "nom")[0] for _ in range(rng.randint(1, 2))]
        s += f" Vor Ort moderierte{'n' if len(persons) > 1 else ''} {oxford(persons)}."
        blocks.append(Block("para", [" ".join([s] + tasks)]))
    elif shape == "by_person":
        p, g = moderator(r, "acc")
        s = (f"Beratung und Moderation erfolgten durch {p} von {firm_phrase(r, firm, 'dat')}.".replace(
            " von dem ", " vom ") if rng.random() < 0.5
             else f"Die Vorbereitung und Moderation des Dialogs wurde von {p} ({firm_phrase(r, firm, 'bare')}) "
                  f"übernommen.")
        blocks.append(Block("para", [" ".join([s] + tasks)]))
    elif shape == "address_block":
        name, forms, web, address = firm
        if address is None:
            name, forms, web, address = next(f for f in FIRMS if f[3] is not None and f[0] != name)
        org = P("ORG", name, name, moderation=True)
        p, _ = moderator(r, "nom", title=rng.random() < 0.6, address=False)
        company = not re.search(r"büro|Institut|Akademie|Allianz|Forum|e\.V\.|GmbH", name)
        lines = [(P.plain("Fa. ") if company and rng.random() < 0.5 else "") + org, p,
                 *plant_address(r, *address)]
        if web and rng.random() < 0.5:
            lines.append(P("URL", web, web))
        blocks.append(Block("para", lines))
        blocks.append(Block("para", tasks))
    elif shape == "person_firm_web":
        name, forms, web, address = firm
        p, _ = moderator(r, "nom", title=False, address=False)
        lines = [p, P("ORG", name, name, moderation=True)] + ([P("URL", web, web)] if web else [])
        blocks.append(Block("para", lines))
        blocks.append(Block("para", [" ".join(tasks)]))
    elif shape == "freelance":
        p, g = moderator(r, "nom", title=rng.random() < 0.5)
        role = rng.choice(MODERATOR_ROLES[g])
        blocks.append(Block("para", [f"Die Beratung, Moderation und Durchführung übernahm {p}, {role}. "
                                     + " ".join(tasks[:2])]))
        office = families.office_address(r)
        if office:
            street, plzcity = plant_address(r, *office)
            blocks.append(Block("para", [f"Kontakt: {street}, {plzcity}"]))
    elif shape == "two_firms":
        a, b = firm_phrase(r, firms[0]), firm_phrase(r, firms[1])
        blocks.append(Block("para", [f"{a[0].upper() + a[1:]} und {b} haben den Dialog gemeinsam konzipiert und "
                                     f"moderiert. " + " ".join(tasks)]))
    else:  # self: no external consulting
        blocks.append(Block("para", [rng.choice(CONSULT_SELF)]))
    return Content("consulting", [blocks])


# ======================================================================================== participants

def org_list(r: Report, n: int, case: str = "bare") -> str:
    """Organisations in a list, with articles in ``case`` (nom, dat) or bare; acronyms included."""
    rng = r.rng
    genders = {**ORGS_BARE, **{t.format(town=r.town): g for t, g in ORGS_LOCAL}}
    pool = list(genders)
    chosen: list[str] = []
    while len(chosen) < n:
        o = rng.choice(pool)
        clash = {"VHS": "Volkshochschule", "Volkshochschule": "VHS", "Caritas": "Caritasverband",
                 "Caritasverband": "Caritas"}
        if o not in chosen and clash.get(o) not in chosen:
            chosen.append(o)
    if any(o in ACRONYM_ORGS for o in chosen):
        r.feat("organisations: acronym in a list")
    if any(o.endswith(("e.V.", "gGmbH")) for o in chosen):
        r.feat("organisations: e.V./gGmbH")
    if case == "bare" or any(genders[o] is None for o in chosen):
        return oxford([plant_org(r, o) for o in chosen])
    text = oxford([f"{ARTICLES[case][genders[o]]} {plant_org(r, o)}" for o in chosen])
    return LIST_START + text


def build_participants(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    shape = plan["participants_shape"]
    kinds = [e.kind for e in r.events if e.kind in KINDS]
    r.feat(f"participants: {shape}")
    sentences: list[tuple[str, str | None]] = []   # (text, event kind named in it)

    def count(kind_of_sentence: str | None, prev_kind: str | None, group=None, qualifier: bool = True) -> str:
        head, attrs, (lo, hi) = group or rng.choice(GROUPS)
        attr = rng.choice(attrs)
        c, qty = plant_count(r, lo, hi, head, qualifier=qualifier)
        g = head + (f" {attr}" if attr else "")
        event = kind_of_sentence or prev_kind
        return c + (f" {attr}" if attr else "") + P.fact(participant={"group": g, "count": qty, "event": event})

    blocks: list[Block] = []
    if shape == "mobile":
        c = P("COUNT", "ca. 6-800 Personen", quantity(600, "ca.", 800))
        fact = P.fact(participant={"group": "Personen", "count": quantity(600, "ca.", 800), "event": None})
        blocks.append(Block("para", [f"{c}{fact} wurden erreicht; eine Teilnehmerliste konnte aufgrund des Formats "
                                     f"nicht geführt werden."]))
        r.feat("count: range 'ca. 6-800'")
    elif shape == "prose":
        prev = None
        if rng.random() < 0.4:
            sentences.append((rng.choice(PARTICIPANT_FILLER[:1]), None))
        targets = kinds if kinds else [None]
        for i, kind in enumerate(targets):
            if kind and rng.random() < 0.3:
                how = rng.choice(["offen über die Presse", "gezielt"])
                intro = f"{art(kind, 'zum')} {kind} wurde {how} eingeladen."
                sentences.append((intro, kind))
                prev = kind
                kind_here = None
            else:
                kind_here = kind
                prev = sentences[-1][1] if sentences else None
            if kind_here:
                forms = [f"{art(kind_here, 'am')} {kind_here} nahmen {{c}} teil.",
                         f"{art(kind_here, 'zum')} {kind_here} kamen {{c}}.",
                         f"{art(kind_here, 'beim')} {kind_here} waren {{c}} anwesend.",
                         f"Im Rahmen {art(kind_here, 'gen')} {KINDS[kind_here][1]} diskutierten {{c}} miteinander."]
            else:
                forms = ["Insgesamt haben {c} teilgenommen.", "Es kamen {c}.", "Teilgenommen haben {c}.",
                         "Gekommen sind {c}."]
            form = rng.choice(forms)
            if rng.random() < 0.2:
                broad = rng.choice([g for g in GROUPS if g[0] in BROAD_GROUPS])
                c = count(kind_here, prev, group=(broad[0], [None], (40, 120)))
                sub = next(g for g in GROUPS if g[0] == "Geflüchtete")
                c2 = count(kind_here, prev, group=(sub[0], sub[1], (6, 15)), qualifier=False)
                text = form.format(c=c)[:-1] + f", darunter {c2}."
                r.feat("participants: 'darunter' second count")
            else:
                text = form.format(c=count(kind_here, prev))
            sentences.append((text, kind_here))
        if rng.random() < 0.7:
            sentences.append((rng.choice([f"Vertreten waren unter anderem "
                                          f"{org_list(r, rng.randint(2, 4), rng.choice(['bare', 'nom']))}.",
                                          f"Mit am Tisch saßen Vertreterinnen und Vertreter von "
                                          f"{org_list(r, rng.randint(2, 5), rng.choice(['bare', 'dat']))}.",
                                          f"Beteiligt waren Träger und Einrichtungen "
                                          f"({org_list(r, rng.randint(2, 4))}) sowie Vereine und Kirchen."]), None))
        if rng.random() < 0.4:
            sentences.append((rng.choice(PARTICIPANT_FILLER[1:4]), None))
        sentences += [(s, None) for s in families.org_sentences(r)]
        split = rng.random() < 0.4 and len(sentences) > 2
        if split:
            blocks += [Block("para", [s]) for s, _ in sentences]
        else:
            blocks.append(Block("para", [" ".join(s for s, _ in sentences)]))
    elif shape == "list":
        intro = rng.choice(["Teilnehmende:", "Teilnehmergruppen:", "Beteiligt waren:"])
        groups = rng.sample([g for g in GROUPS if g[0] not in BROAD_GROUPS], rng.randint(2, 4))
        items = [count(None, None, group=g) for g in groups]
        blocks += [Block("sub", [intro]), Block("list", items, marker=plan["bullet"])]
        if rng.random() < 0.6:
            blocks.append(Block("para", [f"Vertreten waren unter anderem "
                                         f"{org_list(r, rng.randint(2, 4), rng.choice(['bare', 'nom']))}."]))
        blocks += [Block("para", [s]) for s in families.org_sentences(r)]
    elif shape == "colon_list":
        groups = rng.sample([g for g in GROUPS if None in g[1] and g[0] not in BROAD_GROUPS], 3)
        lines = []
        for head, _, (lo, hi) in groups:
            v = rng.randint(lo, hi)
            c = P("COUNT", str(v), quantity(v))
            lines.append(f"{head}: {c}" + P.fact(participant={"group": head, "count": quantity(v), "event": None}))
        blocks.append(Block("para", lines))
        r.feat("count after the group ('Ehrenamtliche: 25')")
    else:  # no numbers
        blocks.append(Block("para", [rng.choice(["Die genaue Zahl der Anwesenden wurde nicht erfasst.",
                                                 "Eine Teilnehmerliste wurde nicht geführt."])
                                     + f" Vertreten waren unter anderem {org_list(r, rng.randint(2, 4))}."]))
    return Content("participants", [blocks])
