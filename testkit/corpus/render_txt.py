"""The report as a text file: blank-line or compact layout, indentation, typed list markers, the plan's
encoding (UTF-8, UTF-8 with BOM, cp1252) and line ends."""
from __future__ import annotations

from extractor.pipeline.sections import heading_key
from testkit.corpus.families import glue_headings
from testkit.corpus.form import FORM_WORDINGS
from testkit.corpus.model import Report, Sec


def _gluable(r: Report, heading: str, before: str) -> bool:
    """A heading as the form words it (no typo, no other wording, numbered "3." or "III." if at all) after a
    line that ends a sentence: as web pages keep them."""
    return heading_key(heading) in FORM_WORDINGS and r.plan["numbering"] in ("none", "arabic", "roman") \
        and before.rstrip()[-1:] in (".", "!", "?")


def render_txt(r: Report, pre: list[str], secs: list[Sec]) -> bytes:
    plan = r.plan
    spaced = plan["txt_spacing"] == "spaced"
    glue = glue_headings(r)
    out: list[str] = []
    last_kind = None  # the kind of the block written last

    def blank() -> None:
        if spaced and out and out[-1] != "":
            out.append("")

    out += pre
    blank()
    for i, sec in enumerate(secs):
        ind = plan["indent"] if plan["indent_from"] is not None and i >= plan["indent_from"] else ""
        blocks = list(sec.blocks)
        before = next((line for line in reversed(out) if line), "")
        if sec.heading and glue and last_kind == "para" and _gluable(r, sec.heading, before) \
                and r.fam.random() < 0.6:
            # as text from a web page: the heading after the last sentence of the section before, on its line
            while out[-1] == "":
                out.pop()
            out[-1] += " " + sec.heading.strip()
            r.feat("heading glued to the sentence before it")
            if blocks and blocks[0].kind == "prompt" and r.fam.random() < 0.5:
                out[-1] += " " + blocks.pop(0).lines[0]
                r.feat("heading glued to the sentence before it and to its prompt")
            blank()
        elif sec.heading:
            out.append(ind + sec.heading)
            blank()
        for b in blocks:
            last_kind = b.kind if b.kind != "fields" else None
            if b.kind == "fields":
                for f in b.fields:
                    if f.inline and f.lines:
                        out.append(f"{ind}{f.inline_label} {f.lines[0]}")
                        out += [ind + v for v in f.lines[1:]]
                    else:
                        out.append(ind + f.label)
                        out += [ind + plan["field_indent"] + v for v in f.lines]
                    blank()
            elif b.kind == "list":
                out += [f"{ind}{plan['list_indent']}{b.item_marker(k)} {item}"
                        for k, item in enumerate(b.lines)]
                blank()
            else:
                out += [ind + line for line in b.lines]
                blank()
    while out and out[-1] == "":
        out.pop()
    text = "\n".join(out) + "\n"
    if plan["crlf"]:
        text = text.replace("\n", "\r\n")
    return text.encode(plan["encoding"])
