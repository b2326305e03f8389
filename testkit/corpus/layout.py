"""Lay the answers out as a report: headings as written (other wordings, typos, numbering, case), the
sections' order, deletions, unanswered sections, prompts kept or dropped, and the text before the first
heading.
"""
from __future__ import annotations

import re

from testkit.corpus.banks import HEADING_VARIANTS, PLACEHOLDERS
from testkit.corpus.form import HEADINGS, PROMPTS, SECTION_KEYS
from testkit.corpus.model import Block, Content, Report, Sec
from testkit.corpus.plants import plant_year
from testkit.corpus.wording import typo

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def number_prefix(scheme: str, n: int) -> str:
    return {"none": "", "arabic": f"{n}. ", "arabic_paren": f"{n}) ", "roman": f"{ROMAN[n]}. ",
            "letter": f"{chr(96 + n)}) ", "letter_upper": f"{chr(64 + n)}. ", "arabic_bare": f"{n} "}[scheme]


def write_heading(r: Report, key: str, position: int) -> str:
    rng, plan = r.rng, r.plan
    text = HEADINGS[key]
    if rng.random() < plan["variant_rate"]:
        text = rng.choice(HEADING_VARIANTS[key])
        r.feat("heading: other wording")
    if key in plan["typo_keys"]:
        words = [w for w in re.findall(r"[A-Za-zÄÖÜäöüß]+", text) if len(w) >= 6]
        w = rng.choice(words)
        text = text.replace(w, typo(rng, w), 1)
        r.feat("heading: typo")
    if plan["heading_case"] == "upper":
        text = text.upper()
    if plan["heading_colon"] == "all" or (plan["heading_colon"] == "some" and rng.random() < 0.5):
        text += ":"
        r.feat("heading: trailing colon")
    if plan["numbering"] != "none":
        text = number_prefix(plan["numbering"], position) + text
    return text


def lay_out(r: Report, contents: dict[str, Content]) -> tuple[list[str], list[Sec]]:
    """The text before the first heading, and the sections in the order they are written."""
    rng, plan = r.rng, r.plan
    order = list(SECTION_KEYS)
    for _ in range(plan["reorder"]):
        i = rng.randint(1, len(order) - 2)
        order[i], order[i + 1] = order[i + 1], order[i]
    if plan["reorder"]:
        r.feat("sections reordered")
    order = [k for k in order if k not in plan["missing"]]
    for k in plan["missing"]:
        r.feat(f"missing section: {k}")
    secs: list[Sec] = []
    for position, key in enumerate(order, start=1):
        content = contents[key]
        heading = None if key == plan["headless"] else write_heading(r, key, position)
        if heading is None:
            r.feat(f"headless section (prompts and answer kept): {key}")
        if key == "municipality":
            secs.append(Sec(key, heading, content.groups[0], True))
            continue
        prompt_groups = PROMPTS[key]
        keep_prompts = key == plan["headless"] or plan["prompts"] == "all" or (
            plan["prompts"] == "some" and rng.random() < 0.7)
        answers = [list(g) for g in content.groups]
        mode = plan["unanswered"].get(key)
        if mode:
            answers = [[] for _ in answers]
            r.feat(f"unanswered section: {key}")
            r.feat(f"unanswered as: {mode}")
        elif key in plan["partial"] and len(answers) > 1 and answers[0]:
            answers[1] = []
            r.feat("only the first prompt answered")
        blocks: list[Block] = []

        def prompt_blocks(group: list[str]) -> list[Block]:
            if not keep_prompts:
                return []
            if len(group) > 1 and rng.random() < 0.6:
                return [Block("prompt", [" ".join(group)])]
            return [Block("prompt", [q]) for q in group]

        if plan["interleave"] and len(answers) > 1:
            for g, group in enumerate(prompt_groups):
                blocks += prompt_blocks(group)
                blocks += answers[g] if g < len(answers) else []
        else:
            for group in prompt_groups:
                blocks += prompt_blocks(group)
            for g in answers:
                blocks += g
        answered = any(g for g in answers)
        if mode == "placeholder":
            blocks.append(Block("para", [rng.choice(PLACEHOLDERS)]))
        elif mode == "heading_only":
            blocks = []
        secs.append(Sec(key, heading, blocks, answered))
    if not any(b.kind == "prompt" for s in secs for b in s.blocks):
        r.feat("no prompt questions kept")
    return make_pre(r), secs


def make_pre(r: Report) -> list[str]:
    plan = r.plan
    name_text = r.name_text
    pre = plan["pre"]
    r.feat(f"text before the first heading: {pre}")
    if pre == "steckbrief":
        return ["Steckbrief", name_text]
    if pre == "title":
        return [f"Kommunaler Flüchtlingsdialog {plant_year(r, r.year)}"]
    if pre == "title2":
        return ["Bericht zum Kommunalen Flüchtlingsdialog", f"{name_text}, {plant_year(r, r.year)}"]
    if pre == "title3":
        return [f"Abschlussbericht Kommunaler Flüchtlingsdialog – {name_text}"]
    return []
