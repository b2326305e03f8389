"""The corpus plan: what varies from report to report (town, format, layout, shapes of the answers, which
sections are missing, unanswered or headless, ...), decided for all reports before any is written.

A plan is a plain dict, so the benchmark can build single reports from it in worker processes.
"""
from __future__ import annotations

import random

from testkit.corpus.banks import DISTRICTS, LANDKREIS_REPORTS, TOWNS
from testkit.corpus.form import SECTION_KEYS
from testkit.corpus.wording import slug, written_name

DEFAULT_SEED = "kfd-corpus-1"  # the committed corpus
DEFAULT_COUNT = 72
MIN_COUNT = 60  # the fixed quotas of rare features need that many reports


def _quota(rng: random.Random, n: int, k: int) -> list[bool]:
    flags = [True] * k + [False] * (n - k)
    rng.shuffle(flags)
    return flags


def _weighted(rng: random.Random, options: dict) -> object:
    keys = list(options)
    return rng.choices(keys, weights=[options[k] for k in keys])[0]


def plan_corpus(seed: str, count: int) -> list[dict]:
    """Decide per report what varies. Rare features get fixed quotas so every one of them is present."""
    m = random.Random(f"{seed}:plan")
    n_lk = len(LANDKREIS_REPORTS)
    towns = m.sample(TOWNS, count - n_lk)
    lk_at = {round((i + 0.5) * count / n_lk): name for i, name in enumerate(LANDKREIS_REPORTS)}
    fmts = ["txt", "docx", "pdf"]
    txt_idx = [i for i in range(count) if i % 3 == 0]
    docx_idx = [i for i in range(count) if i % 3 == 1]
    encodings = ["cp1252"] * (len(txt_idx) // 3) + ["utf-8-sig"] * 2
    encodings += ["utf-8"] * (len(txt_idx) - len(encodings))
    m.shuffle(encodings)
    crlf = _quota(m, len(txt_idx), len(txt_idx) // 3)
    docx_modes = ["word_en", "word_de", "lo_de", "lo_en", "bold", "custom_chain"]
    mobile = _quota(m, count, 2)
    yearless = _quota(m, count, 6)
    invalid = _quota(m, count, 2)
    kfd_kind = _quota(m, count, 2)
    headless = _quota(m, count, 5)
    headless_keys = ["initial_situation", "topics", "assessment", "costs", "recommendations", "consulting"]
    missing = _quota(m, count, 14)
    unanswered = _quota(m, count, 30)
    reorder = _quota(m, count, 10)
    typos = _quota(m, count, 22)
    upper = _quota(m, count, 6)
    non_event = ["concept"] * 4 + ["initial"] * 4 + [None] * (count - 8)
    m.shuffle(non_event)
    layouts = ["lines", "org_first", "one_line", "last_first", "function_before", "dept_herr", "name_only",
               "street_plz_one"]
    kinds_written = (["Große Kreisstadt"] * 2 + ["Stadtverwaltung"] * 2 + ["Gemeindeverwaltung"]
                     + [None] * 13)
    kinds_written += [m.choice(["Stadt", "Gemeinde"]) for _ in range(count - n_lk - len(kinds_written))]
    m.shuffle(kinds_written)
    plans = []
    k_town = 0
    for i in range(count):
        rng = random.Random(f"{seed}:plan:{i}")
        p: dict = {"fmt": fmts[i % 3]}
        if i in lk_at:
            p.update(town=lk_at[i], landkreis=True, written_kind="Landkreis", kind="Landkreis", district=lk_at[i])
        else:
            wk = kinds_written[k_town]
            kind = {"Stadtverwaltung": "Stadt", "Gemeindeverwaltung": "Gemeinde"}.get(wk, wk)
            p.update(town=towns[k_town], landkreis=False, written_kind=wk, kind=kind,
                     district=rng.choice(sorted(DISTRICTS)))
            k_town += 1
        if p["fmt"] == "txt":
            j = txt_idx.index(i)
            p.update(encoding=encodings[j], crlf=crlf[j])
        else:
            p.update(encoding="utf-8", crlf=False)
        if p["fmt"] == "docx":
            j = docx_idx.index(i)
            p.update(docx_headings=docx_modes[j % len(docx_modes)], docx_table=(j // len(docx_modes) + j) % 2 == 0)
        p.update(
            label_colon=rng.random() < 0.6, label_aliases=rng.random() < 0.25,
            inline=_weighted(rng, {"none": 70, "some": 18, "all": 12}),
            contact_layout="role_authority" if p["landkreis"] and rng.random() < 0.7 else
            _weighted(rng, dict(zip(layouts, [22, 12, 12, 10, 12, 8, 5, 10]))),
            verbosity=(_weighted(rng, {"normal": 60, "verbose": 40}) if p["fmt"] == "pdf" else
                       _weighted(rng, {"terse": 15, "normal": 55, "verbose": 30})),
            mobile=mobile[i], n_events=1 if mobile[i] else _weighted(rng, {1: 55, 2: 35, 3: 10}),
            multi_day=rng.random() < 0.3, yearless=yearless[i] and not mobile[i], invalid_date=invalid[i],
            kfd_kind=kfd_kind[i],
            opener=rng.random() < 0.2, groups_count=rng.random() < 0.15, coop_org=rng.random() < 0.15,
            non_event_date=non_event[i],
            concept_shape=_weighted(rng, {"dates_first": 50, "dates_middle": 20, "sublabels": 15,
                                          "goal_bullets": 15}),
            initial_count=rng.random() < 0.15, initial_org=rng.random() < 0.2,
            consult_shape=_weighted(rng, {"prose": 30, "by_person": 22, "address_block": 12, "person_firm_web": 10,
                                          "freelance": 10, "two_firms": 6, "self": 10}),
            topics_shape=_weighted(rng, {"prose": 45, "list": 35, "comma_line": 20}),
            topic_typo=rng.random() < 0.15,
            bullet=rng.choice(["•", "-", "*", "–"]),
            participants_shape="mobile" if mobile[i] else _weighted(
                rng, {"prose": 70, "list": 16, "colon_list": 5, "no_numbers": 9}),
            results_shape=_weighted(rng, {"list": 72, "colon_prose": 20, "sentences": 8}),
            result_marker=rng.choice(["•", "-", "*", "–", "1.", "1)", "a)", "•", "-"]),
            costs_shape=_weighted(rng, {"parts_total": 38, "list_total": 15, "single": 13, "total_only": 10,
                                        "insgesamt_label": 8, "parts_no_total": 8, "none": 8}),
            reorder=(rng.randint(1, 2) if reorder[i] else 0),
            prompts=_weighted(rng, {"all": 75, "some": 12, "none": 13}), interleave=rng.random() < 0.35,
            variant_rate=0.0 if rng.random() < 0.6 else rng.choice([0.2, 0.3, 0.4]),
            heading_case="upper" if upper[i] else "as_is",
            heading_colon=_weighted(rng, {"none": 70, "all": 15, "some": 15}),
            numbering=_weighted(rng, {"none": 55, "arabic": 15, "roman": 8, "arabic_paren": 7, "letter": 6,
                                      "letter_upper": 5, "arabic_bare": 4}),
            pre=_weighted(rng, {"none": 35, "steckbrief": 25, "title": 15, "title2": 15, "title3": 10}),
            txt_spacing=_weighted(rng, {"spaced": 65, "compact": 35}),
            indent=rng.choice(["    ", "\t", "  "]), indent_from=(rng.randint(3, 6) if rng.random() < 0.25 else None),
            field_indent="  " if rng.random() < 0.1 else "", list_indent=rng.choice(["", "", "  "]),
            docx_breaks=rng.random() < 0.4, docx_real_lists=rng.random() < 0.6,
            docx_font=rng.choice(["Arial", "Calibri", "Times New Roman"]),
            prompt_format=rng.choice(["italic", "italic", "grey", "plain"]),
            bold_heading_size=rng.choice([12, 13, 14]),
            pdf_footer=rng.choice(["Seite {n} von {total}", "- {n} -", "{n}", "Seite {n}", "{n}/{total}"]),
            header_first_page=rng.random() < 0.7, pdf_font=rng.choice(["DejaVuSans", "DejaVuSans", "DejaVuSerif"]),
            pdf_table=rng.random() < 0.3, pdf_justify=rng.random() < 0.8, pdf_real_lists=rng.random() < 0.6,
        )
        p["yearless_style"] = ("wd_den_noyear", "wd_noyear_num")[sum(yearless[:i]) % 2]
        if p["yearless"]:
            p["pre"] = rng.choice(["title", "title2"])
        if p["mobile"]:
            p["kfd_kind"] = False
        if p["kfd_kind"]:
            p["n_events"] = 1
        if p["invalid_date"] and p["n_events"] == 1:
            p["n_events"] = 2  # the mistyped date is the second one, so the report still has an event
        # which sections are deleted, left unanswered, lose their heading
        taken: set = {"municipality"}
        p["headless"] = None
        if headless[i]:
            p["headless"] = headless_keys[sum(headless[:i]) % len(headless_keys)]
            taken.add(p["headless"])
        p["missing"] = []
        if missing[i]:
            pool = [k for k in ("recommendations", "costs", "assessment", "initial_situation", "topics",
                                "consulting", "results", "participants") if k not in taken]
            p["missing"] = rng.sample(pool, 2 if rng.random() < 0.15 else 1)
            taken.update(p["missing"])
        p["unanswered"] = {}
        if unanswered[i]:
            weights = {"recommendations": 30, "costs": 14, "assessment": 10, "topics": 8, "results": 8,
                       "consulting": 8, "initial_situation": 8, "participants": 6, "concept": 3}
            for _ in range(1 if rng.random() < 0.7 else 2):
                key = _weighted(rng, {k: w for k, w in weights.items() if k not in taken})
                p["unanswered"][key] = _weighted(rng, {"empty": 55, "placeholder": 35, "heading_only": 10})
                taken.add(key)
        p["partial"] = set(rng.sample(["assessment", "results", "costs", "recommendations"], 1)) \
            if rng.random() < 0.25 else set()
        p["typo_keys"] = set(rng.sample([k for k in SECTION_KEYS if k != p["headless"]],
                                        rng.randint(1, 2))) if typos[i] else set()
        name_text = written_name(p["written_kind"], p["town"])
        p["page_header"] = rng.choice([f"Kommunaler Flüchtlingsdialog – {name_text}",
                                       f"{name_text} · Bericht zum Flüchtlingsdialog",
                                       f"Flüchtlingsdialog {p['town']}"]) if rng.random() < (
            0.85 if p["fmt"] == "pdf" else 0.6) else None
        if p["fmt"] == "pdf" and p["page_header"] is None and p["pdf_footer"] in ("{n}",):
            p["pdf_footer"] = "Seite {n} von {total}"
        p["name"] = ("landkreis-" if p["landkreis"] else "") + slug(p["town"])
        plans.append(p)
    return plans
