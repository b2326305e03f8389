"""The answers to the form's questions, one builder a section; who took part is in ``people.py``.

Each builder returns the section's ``Content``: per part of the answer (see ``form.PROMPT_PARTS``) its
blocks, with every value planted and every other sentence drawn from the filler banks.
"""
from __future__ import annotations

import datetime as dt

from testkit.corpus.banks import (ASSESS_PROCESS, ASSESS_RESULTS, ASSESS_TERSE, BEFORE_ROLES, CONNECTORS, COST_NONE,
                                  COST_REMARKS, EFFICIENCY, GOAL_BULLETS, GOALS, METHODS, MONEY_MAIN, MONEY_MINOR,
                                  RECOMMEND, RESULT_INTROS, RESULT_ITEMS, RESULT_ITEMS_ORG, RESULT_OUTROS,
                                  RESULT_SENTENCES, SITUATION, SITUATION_TERSE, SITUATION_YEAR, TOPIC_DETAILS,
                                  TOPIC_WORDS)
from testkit.corpus.events import event_text, plant_event_date
from testkit.corpus.families import date_list_line
from testkit.corpus.model import Block, Content, Report
from testkit.corpus.plants import plant_count, plant_local_org, plant_money, plant_org, plant_year
from testkit.corpus.wording import art, clock, fmt_date, oxford, typo

# ============================================================================================= concept

def build_concept(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    verbosity = plan["verbosity"]
    town = r.town
    events = r.events
    # how the dates are written
    event_blocks: list[Block] = []
    if r.date_list:
        event_blocks.append(Block("para", [date_list_line(r)]))
    elif plan["mobile"]:
        ev = events[0]
        event_blocks.append(Block("para", [event_text(r, ev, rng.choice(["durchf", "durchf_colon"]))]))
        n, _ = plant_count(r, 5, 9, "Standorten", exact=True)
        event_blocks.append(Block("para", [f"Mobile Dialoge an {n} in {town}, öffentlich auf der Straße."]))
        r.feat("mobile format")
    elif len(events) == 1:
        ev = events[0]
        if ev.kind is None:
            form = rng.choice(["durchf", "durchf", "durchf_colon", "termin"])
        else:
            form = rng.choice(["prose_fand", "prose_am", "durchgefuehrt", "line_kind", "kind_colon", "prose_fand"])
            if plan["kfd_kind"]:
                form = "kfd"
                ev.kind = "Flüchtlingsdialog"
        event_blocks.append(Block("para", [event_text(r, ev, form)]))
    else:
        style = rng.choice(["durchf_lines", "prose", "colon_lines", "durchf_lines", "prose"])
        if style == "prose" and len(events) == 2 and not any(e.time or e.end for e in events) and rng.random() < 0.6:
            style = "two_in_one"
        r.feat(f"events written as: {style}")
        if style == "durchf_lines":
            event_blocks.append(Block("para", ["Durchführung:"] + [event_text(r, e, "line_kind") for e in events]))
        elif style == "colon_lines":
            event_blocks.append(Block("para", [event_text(r, e, "kind_colon") for e in events]))
        elif style == "two_in_one":
            a, b = events
            _, da = plant_event_date(r, a)
            _, db = plant_event_date(r, b)
            event_blocks.append(Block("para", [
                f"{art(a.kind, 'nom').capitalize()} {a.kind} fand am {da} statt, {art(b.kind, 'nom')} {b.kind} "
                f"folgte am {db}."]))
        else:
            sentences = [event_text(r, e, rng.choice(["prose_fand", "prose_am", "durchgefuehrt"])) for e in events]
            event_blocks.append(Block("para", [" ".join(sentences)]))

    n_goals = {"terse": 1, "normal": rng.randint(1, 3), "verbose": rng.randint(3, 4)}[verbosity]
    n_methods = {"terse": 0, "normal": rng.randint(1, 3), "verbose": rng.randint(3, 5)}[verbosity]
    goals = rng.sample(GOALS, n_goals)
    goals.sort(key=lambda g: g.startswith(CONNECTORS))  # "Darüber hinaus ..." never opens the answer
    if goals[0].startswith(CONNECTORS):
        goals[0] = next(g for g in GOALS if not g.startswith(CONNECTORS) and g not in goals)
    goals = [g.format(town=town) for g in goals]
    methods = rng.sample(METHODS, n_methods)
    extras: list[str] = []
    if plan["opener"]:
        first, last, g = r.person()
        func = rng.choice(BEFORE_ROLES[:1] + [("Oberbürgermeister", "Oberbürgermeisterin")] if r.kind ==
                          "Große Kreisstadt" else BEFORE_ROLES[:2])[0 if g == "m" else 1]
        if r.landkreis:
            func = ("Landrat", "Landrätin")[0 if g == "m" else 1]
        person = P("PERSON", f"{first} {last}", f"{first} {last}")
        if rng.random() < 0.5 and events[0].time:
            (h, m), _ = events[0].time
            t = P("TIME", f"{h}.{m:02d} Uhr" if m else f"{h} Uhr", clock((h, m)))
            extras.append(f"Um {t} begrüßte {func} {person} die Gäste und stellte die Ziele vor.")
            r.feat("concept: time outside the date line")
        else:
            extras.append(f"{func} {person} eröffnete den Dialog und stellte die Ziele vor.")
        r.feat("concept: person named (not moderation)")
    if plan["groups_count"]:
        n, _ = plant_count(r, 3, 6, rng.choice(["Arbeitsgruppen", "Thementischen", "Workshops"]), exact=True)
        extras.append(f"Anschließend wurde in {n} weitergearbeitet.")
        r.feat("concept: count of groups")
    if plan["coop_org"]:
        extras.append(f"Vorbereitet wurde der Dialog gemeinsam mit {plant_local_org(r, 'dat')}.")
        r.feat("concept: organisation named")
    if plan["non_event_date"] == "concept":
        d = events[0].start - dt.timedelta(days=rng.randint(12, 40))
        date = P("DATE", f"{d:%d.%m.%Y}", d.isoformat())
        extras.append(rng.choice([f"Die Einladungen gingen am {date} an alle Haushalte.",
                                  f"Der Gemeinderat hatte die Teilnahme am {date} beschlossen."]))
        r.feat("date that is not an event date")

    shape = plan["concept_shape"]
    r.feat(f"concept shape: {shape}")
    blocks: list[Block] = []
    if shape == "dates_first":
        blocks += event_blocks
        body = goals + extras + methods
        if verbosity == "verbose" and len(body) > 3:
            blocks += [Block("para", [" ".join(goals)]), Block("para", [" ".join(extras + methods)])]
        else:
            blocks.append(Block("para", [" ".join(body)]))
    elif shape == "dates_middle":
        blocks.append(Block("para", [" ".join(goals)]))
        blocks += event_blocks
        if extras or methods:
            blocks.append(Block("para", [" ".join(extras + methods)]))
    elif shape == "sublabels":
        blocks += event_blocks
        blocks.append(Block("sub", [rng.choice(["Zielsetzung:", "Ziele:", "Zielsetzungen:"])]))
        blocks.append(Block("para", [" ".join(goals)]))
        if extras or methods:
            blocks.append(Block("sub", [rng.choice(["Format und methodische Umsetzung:", "Umsetzung und Format:",
                                                    "Methodik:"])]))
            blocks.append(Block("para", [" ".join(extras + methods)]))
    else:  # goal bullets, as several towns wrote them
        blocks += event_blocks
        blocks.append(Block("sub", [rng.choice(["Ziele:", "Zielsetzungen:"])]))
        blocks.append(Block("list", rng.sample(GOAL_BULLETS, rng.randint(3, 5)), marker=plan["bullet"]))
        if events[0].kind and not plan["mobile"] and rng.random() < 0.5:
            blocks.append(Block("para", [f"Format: {events[0].kind}"]))
        if extras or methods:
            blocks.append(Block("para", [" ".join(extras + methods)]))
    return Content("concept", [blocks])


# =================================================================================== initial situation

def build_initial(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    verbosity = plan["verbosity"]
    if verbosity == "terse":
        return Content("initial_situation", [[Block("para", [rng.choice(SITUATION_TERSE)])]])
    n = rng.randint(2, 3) if verbosity == "normal" else rng.randint(4, 5)
    sentences = rng.sample(SITUATION, n)
    if rng.random() < 0.35:
        tmpl = rng.choice(SITUATION_YEAR)
        sentences.insert(0, tmpl.format(year=plant_year(r, r.year - rng.randint(1, 2)), town=r.town))
    if plan["initial_count"]:
        c, _ = plant_count(r, 40, 260, rng.choice(["Geflüchtete", "Menschen mit Fluchterfahrung", "Asylsuchende"]),
                           words_ok=False)
        sentences.insert(1, f"Derzeit leben {c} in der Anschlussunterbringung.")
        r.feat("initial situation: count (not participants)")
    if plan["initial_org"]:
        org = plant_local_org(r, "nom")
        sentences.append(f"{org[0].upper()}{org[1:]} begleitet die Geflüchteten seit "
                         f"{plant_year(r, r.year - rng.randint(1, 3))}.")
        r.feat("initial situation: organisation named")
    if plan["non_event_date"] == "initial":
        d = r.events[0].start - dt.timedelta(days=rng.randint(60, 200))
        date = P("DATE", fmt_date(d, rng.choice(["dmy", "named"])), d.isoformat())
        sentences.append(f"Mit Beschluss vom {date} hat der Gemeinderat die Teilnahme am Flüchtlingsdialog "
                         f"beschlossen.")
        r.feat("date that is not an event date")
    if plan["concept_shape"] == "sublabels" and rng.random() < 0.7:
        r.feat("initial situation: 'Anlass:' sublabels")
        return Content("initial_situation", [[Block("para", ["Anlass: " + sentences[0]]),
                                              Block("sub", ["Ausgangssituation:"]),
                                              Block("para", [" ".join(sentences[1:])])]])
    if len(sentences) >= 4 and rng.random() < 0.6:
        cut = len(sentences) // 2
        return Content("initial_situation", [[Block("para", [" ".join(sentences[:cut])]),
                                              Block("para", [" ".join(sentences[cut:])])]])
    if rng.random() < 0.3:
        return Content("initial_situation", [[Block("para", sentences)]])  # one sentence a line
    return Content("initial_situation", [[Block("para", [" ".join(sentences)])]])


# ============================================================================================== topics


def build_topics(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    tags = rng.sample(list(TOPIC_WORDS), rng.randint(2, 6))
    words = [rng.choice(TOPIC_WORDS[t]) for t in tags]
    if plan["topic_typo"]:
        i = next((k for k, w in enumerate(words) if len(w.split()[0]) >= 6 and w[0].isupper()), None)
        if i is not None:
            head, *rest = words[i].split(" ", 1)
            words[i] = " ".join([typo(rng, head)] + rest)
            r.feat("topics: typo in a topic word")
    fact = P.fact(topics=tags)
    shape = plan["topics_shape"]
    r.feat(f"topics: {shape}")
    details = [TOPIC_DETAILS[t] for t in rng.sample(tags, min(len(tags), rng.randint(0, 2)))]
    if shape == "prose":
        if len(words) >= 3 and rng.random() < 0.5:
            s = (f"Diskutiert wurden vor allem {oxford(words[:-1])}; darüber hinaus spielte "
                 f"{'das Thema ' if rng.random() < 0.5 else ''}{words[-1]} eine wichtige Rolle.")
        else:
            s = rng.choice([f"Im Mittelpunkt standen die Themen {oxford(words)}.",
                            f"Behandelt wurden folgende Themenfelder: {oxford(words)}.",
                            f"An den Thementischen ging es um {oxford(words)}."])
        blocks = [Block("para", [fact + " ".join([s] + details)])]
    elif shape == "list":
        intro = rng.choice(["Folgende Themen wurden bearbeitet:", "Themen:", None, "Diskutiert wurden:"])
        blocks = ([Block("sub", [intro])] if intro else []) + [Block("list", [fact + words[0]] + words[1:],
                                                                     marker=plan["bullet"])]
        if details:
            blocks.append(Block("para", [" ".join(details)]))
    else:  # one line, comma separated
        blocks = [Block("para", [fact + oxford(words) + "."])]
        if details:
            blocks.append(Block("para", [" ".join(details)]))
    return Content("topics", [blocks])


# ========================================================================================== assessment

def build_assessment(r: Report) -> Content:
    rng = r.rng
    if r.plan["verbosity"] == "terse":
        return Content("assessment", [[Block("para", [rng.choice(ASSESS_TERSE)])], []])
    n1, n2 = (rng.randint(1, 3), rng.randint(1, 2)) if r.plan["verbosity"] == "normal" else (rng.randint(3, 4),
                                                                                          rng.randint(2, 3))
    a = rng.sample(ASSESS_PROCESS, n1)
    b = rng.sample(ASSESS_RESULTS, n2)
    if rng.random() < 0.5:
        return Content("assessment", [[Block("para", [" ".join(a)])], [Block("para", [" ".join(b)])]])
    return Content("assessment", [[Block("para", [" ".join(a + b)])], []])


# ============================================================================================= results

def build_results(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    shape = plan["results_shape"]
    r.feat(f"results: {shape}")
    n = rng.randint(3, 5)
    outros = rng.sample(RESULT_OUTROS, rng.randint(1, 3 if plan["verbosity"] == "verbose" else 2))
    if shape == "sentences":
        items = rng.sample(RESULT_SENTENCES, n)
        text = " ".join(P.fact(result=i) + i + "." for i in items)
        return Content("results", [[Block("para", [text])], []])
    simple_only = shape == "colon_prose"
    pool = [i for i, simple in RESULT_ITEMS if simple or not simple_only]
    items = rng.sample(pool, n)
    if rng.random() < 0.3:
        tmpl, names = rng.choice(RESULT_ITEMS_ORG)
        items[rng.randrange(n)] = tmpl.format(org=plant_org(r, rng.choice(names)))
        r.feat("results: item names an organisation")
    marked = [P.fact(result=i) + i for i in items]
    if shape == "colon_prose":
        intro = rng.choice(["Vereinbart wurden insbesondere:", "Konkrete Ergebnisse sind:",
                            "Als Maßnahmen wurden festgehalten:"])
        return Content("results", [[Block("para", [f"{intro} {oxford(marked)}."])],
                                   [Block("para", [" ".join(outros)])]])
    intro = rng.choice(RESULT_INTROS) if rng.random() < 0.75 else None
    marker = plan["result_marker"]
    r.feat(f"results list marker: {marker}")
    group1 = ([Block("para", [intro])] if intro else []) + [Block("list", marked, marker=marker)]
    return Content("results", [group1, [Block("para", [" ".join(outros)])]])


# =============================================================================================== costs

def build_costs(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    shape = plan["costs_shape"]
    r.feat(f"costs: {shape}")
    eff = rng.sample(EFFICIENCY, 1 if plan["verbosity"] == "terse" else rng.randint(1, 2))
    approx = rng.random() < 0.45

    def main_value() -> float:
        v = rng.randrange(2000, 9000, 50)
        if approx:
            v = round(v, -2)
        elif rng.random() < 0.15:
            v = v + rng.choice([0.5, 0.35, 0.8])
        return v

    def minor() -> tuple[str, float]:
        label, (lo, hi) = rng.choice(MONEY_MINOR)
        v = rng.randrange(lo, hi, 5)
        return label, (round(v, -1) if approx else v)

    def amount(label: str, v: float, total: bool, q_ok: bool = True) -> str:
        m, qty = plant_money(r, v, approx and q_ok)
        return m + P.fact(money={**qty, "label": label}, total=total)

    blocks: list[Block] = []
    if shape == "parts_total":
        main_label = rng.choice(MONEY_MAIN)
        mv = main_value()
        sentences = [rng.choice(["Für {L} sind {M} angefallen.", "Die Kosten für {L} beliefen sich auf {M}.",
                                 "Auf {L} entfielen {M}.", "Für {L} wurden {M} ausgegeben."]).format(
            L=main_label, M=amount(main_label, mv, False))]
        total_v = mv
        if rng.random() < 0.6:
            ml, mvv = minor()
            sentences.append(f"Hinzu kamen {amount(ml, mvv, False)} für {ml}.")
            total_v += mvv
        if rng.random() < 0.5 or len(sentences) == 1:
            sentences.append(rng.choice(COST_REMARKS))
            total_v += rng.randrange(100, 1500, 50)
        total_v = round(total_v, -2) if approx else total_v
        tmpl, label = rng.choice([("Die Gesamtkosten lagen bei {M}.", "Gesamtkosten"),
                                  ("Insgesamt ist von Gesamtkosten in Höhe von {M} auszugehen.", "Gesamtkosten"),
                                  ("Der Gesamtaufwand betrug {M}.", "Gesamtaufwand"),
                                  ("Die Gesamtkosten des Dialogs beliefen sich auf {M}.", "Gesamtkosten")])
        sentences.append(tmpl.format(M=amount(label, total_v, True)))
        blocks.append(Block("para", [" ".join(sentences)]))
    elif shape == "list_total":
        parts = [(rng.choice(MONEY_MAIN[1:]), main_value())] + [minor() for _ in range(rng.randint(1, 3))]
        seen: set = set()
        parts = [p for p in parts if not (p[0] in seen or seen.add(p[0]))]
        items = [f"{lab}: {amount(lab, v, False)}" for lab, v in parts]
        total_v = sum(v for _, v in parts)
        total_v = round(total_v, 2) if not approx else round(total_v, -2)
        blocks.append(Block("list", items, marker=plan["bullet"]))
        blocks.append(Block("para", [f"Gesamtkosten: {amount('Gesamtkosten', total_v, True)}"]))
    elif shape == "single":
        lab = rng.choice(MONEY_MAIN)
        blocks.append(Block("para", [rng.choice(["Die Kosten für {L} lagen bei {M}.", "Für {L} sind {M} angefallen."])
                                     .format(L=lab, M=amount(lab, main_value(), False))
                                     + (" " + rng.choice(COST_REMARKS) if rng.random() < 0.5 else "")]))
    elif shape == "total_only":
        tmpl = rng.choice(["Gesamtkosten: {M}", "Die Gesamtkosten lagen bei {M}."])
        blocks.append(Block("para", [tmpl.format(M=amount("Gesamtkosten", main_value() + 500, True))]))
    elif shape == "insgesamt_label":
        labs = rng.sample(["Moderation", "Raummiete", "Verpflegung", "Dokumentation", "Kinderbetreuung"], 3)
        lab = oxford(labs)
        blocks.append(Block("para", [f"Insgesamt wurden für {lab} {amount(lab, main_value(), True)} ausgegeben."]))
    elif shape == "parts_no_total":
        lab1 = rng.choice(MONEY_MAIN[3:])
        lab2, v2 = minor()
        blocks.append(Block("para", [f"Für {lab1} fielen {amount(lab1, main_value(), False)} an, für {lab2} "
                                     f"{amount(lab2, v2, False)}."]))
    else:  # no amounts
        blocks.append(Block("para", [rng.choice(COST_NONE)]))
    return Content("costs", [blocks, [Block("para", [" ".join(eff)])]])


# ===================================================================================== recommendations

def build_recommendations(r: Report) -> Content:
    rng = r.rng
    a = rng.sample(RECOMMEND, rng.randint(1, 3))
    b = [s for s in rng.sample(RECOMMEND, 3) if s not in a][:rng.randint(1, 2)]
    return Content("recommendations", [[Block("para", [" ".join(a)])], [Block("para", [" ".join(b)])]])
