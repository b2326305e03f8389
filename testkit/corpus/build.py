"""One report, from its plan to the file's bytes, its gold record and the features it shows."""
from __future__ import annotations

import random
from collections import Counter

from testkit.corpus.answers import (build_assessment, build_concept, build_costs, build_initial, build_recommendations,
                                    build_results, build_topics)
from testkit.corpus.banks import DISTRICTS
from testkit.corpus.events import plan_events
from testkit.corpus.form import SECTION_KEYS
from testkit.corpus.gold import check_gold, gold_record, lint_filler, resolve
from testkit.corpus.layout import lay_out
from testkit.corpus.model import Report, Sec
from testkit.corpus.municipality import build_municipality
from testkit.corpus.people import build_consulting, build_participants
from testkit.corpus.render_docx import render_docx
from testkit.corpus.render_pdf import render_pdf
from testkit.corpus.render_txt import render_txt

BUILDERS = {"municipality": build_municipality, "concept": build_concept, "initial_situation": build_initial,
            "consulting": build_consulting, "topics": build_topics, "participants": build_participants,
            "assessment": build_assessment, "results": build_results, "costs": build_costs,
            "recommendations": build_recommendations}
RENDERERS = {"txt": render_txt, "docx": render_docx, "pdf": render_pdf}


def build_report(index: int, plan: dict, seed: str) -> tuple[bytes, dict, Counter]:
    """(file content, gold record, features). One ``random.Random`` per report, seeded from (seed, index)."""
    r, pre, secs, gold = compose_report(index, plan, seed)
    data = RENDERERS[r.fmt](r, pre, secs)
    for k in ("heading_case", "heading_colon", "numbering", "prompts"):
        r.feat(f"{k}: {plan[k]}")
    if plan["interleave"]:
        r.feat("prompts interleaved with answers")
    if r.fmt == "txt" and plan["indent_from"] is not None:
        r.feat("txt: indented sections")
    if r.fmt == "txt":
        r.feat(f"txt layout: {plan['txt_spacing']}")
    return data, gold, r.features


def compose_report(index: int, plan: dict, seed: str) -> tuple[Report, list[str], list[Sec], dict]:
    """The report written but not rendered: (report, text before the first heading, sections, gold record)."""
    rng = random.Random(f"{seed}:{index}")
    r = Report(index=index, name=plan["name"], fmt=plan["fmt"], rng=rng, plan=plan, town=plan["town"],
               written_kind=plan["written_kind"], kind=plan["kind"], district=plan["district"],
               region=DISTRICTS[plan["district"]][0], landkreis=plan["landkreis"],
               fam=random.Random(f"{seed}:families:{index}"))
    r.feat(f"format: {r.fmt}")
    if r.fmt == "txt":
        r.feat(f"txt encoding: {plan['encoding']}" + (" + CRLF" if plan["crlf"] else ""))
    if r.fmt == "pdf" and plan["pdf_table"]:
        r.feat("pdf: municipality part as a table")
    plan_events(r)
    r.feat(f"events: {len(r.events)}")
    contents = {key: BUILDERS[key](r) for key in SECTION_KEYS}
    pre, secs = lay_out(r, contents)
    lint_filler(r, pre, secs)
    pre, secs, plants = resolve(r, pre, secs)
    gold = gold_record(r, secs, plants)
    check_gold(r, gold, pre, secs)
    return r, pre, secs, gold
