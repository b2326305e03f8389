"""The KFD form as the generator prints it: section keys, headings, prompt questions and labels.

All of it comes from the form definition (``extractor.report_types.kfd.form``); the other wordings
towns used for a heading or a label are the generator's own text banks (``banks.py``).
"""
from __future__ import annotations

from extractor.pipeline.sections import heading_key
from extractor.report_types.kfd.form import FORM

SECTION_KEYS = FORM.keys
HEADINGS = {s.key: s.heading for s in FORM.sections}
LABELS = {label.key: label.label for label in FORM.section("municipality").labels}
# Every wording of every heading the form definition knows, as comparison keys.
FORM_WORDINGS = {heading_key(v) for s in FORM.sections for v in s.variants}

# Sections answered in parts, each part under its own questions (the parts can be interleaved with the
# answers). Per part: the printed lines, each made of that many consecutive prompts of the form, so that
# a note in brackets or a follow-up question stays on its question's line. Every other section prints
# its prompts one a line, all before a one-part answer.
PROMPT_PARTS = {"assessment": [[2], [2]], "results": [[1], [3]], "costs": [[2], [1]], "recommendations": [[1], [1]]}


def _prompt_groups(key: str) -> list[list[str]]:
    prompts = list(FORM.section(key).prompts)
    groups = []
    for part in PROMPT_PARTS.get(key, [[1] * len(prompts)]):
        group = []
        for n in part:
            group.append(" ".join(prompts[:n]))
            del prompts[:n]
        groups.append(group)
    if prompts:
        raise ValueError(f"{key}: PROMPT_PARTS leaves out prompts of the form: {prompts}")
    return groups


# key -> prompt groups: one group a part of the answer, each group a list of printed lines
PROMPTS = {key: _prompt_groups(key) for key in SECTION_KEYS if FORM.section(key).prompts}
