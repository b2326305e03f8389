"""The report as a text file: blank-line or compact layout, indentation, typed list markers, the plan's
encoding (UTF-8, UTF-8 with BOM, cp1252) and line ends."""
from __future__ import annotations

from testkit.corpus.model import Report, Sec


def render_txt(r: Report, pre: list[str], secs: list[Sec]) -> bytes:
    plan = r.plan
    spaced = plan["txt_spacing"] == "spaced"
    out: list[str] = []

    def blank() -> None:
        if spaced and out and out[-1] != "":
            out.append("")

    out += pre
    blank()
    for i, sec in enumerate(secs):
        ind = plan["indent"] if plan["indent_from"] is not None and i >= plan["indent_from"] else ""
        if sec.heading:
            out.append(ind + sec.heading)
            blank()
        for b in sec.blocks:
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
