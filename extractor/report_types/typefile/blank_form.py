"""``type init``: a starting type file from a blank form, for a person to finish.

What the blank form shows becomes the file: the title (the first heading above the others), one section
per heading (its numbering dropped), the paragraphs under a heading as the section's prompts (questions
and hints, not fill lines such as "______"), and each label of a label/value table ("Telefon | ____")
or label line ("Telefon: ____") as a labelled field whose kind is guessed from the label's words and
from a hint in its value cell ("TT.MM.JJJJ"). Every section without labels gets a text field with its
answer. The guesses are marked in comments; the person then edits names and kinds and runs
``type check``.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from extractor.core.document import Block, Document
from extractor.pipeline.sections import body_font_size, heading_key, strip_numbering

from .spec import DEFAULT_PLACEHOLDERS

# Label words -> the kind they suggest, first match wins (lower case). A hint of five letters or more
# matches inside a word too ("Fördersumme" has "summe"); a shorter one only at a word's start ("Tel.").
KIND_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("email", ("e-mail", "email", "mail")),
    ("phone", ("telefon", "tel", "fon", "mobil", "handy", "fax")),
    ("url", ("internet", "webseite", "website", "homepage", "url")),
    ("address", ("anschrift", "adresse", "straße")),
    ("period", ("zeitraum", "laufzeit", "dauer")),
    ("date", ("datum", "stichtag", "beginn", "ende", "frist")),
    ("money", ("betrag", "summe", "kosten", "euro", "eigenanteil", "eigenmittel")),
    ("quantity", ("anzahl", "zahl der", "teilnehmende", "teilnehmer")),
    ("person", ("ansprechperson", "ansprechpartner", "kontaktperson", "name der", "projektleitung",
                "leitung", "verantwortlich")),
)
_VALUE_HINTS = (("period", re.compile(r"(?:TT|tt)\.(?:MM|mm)\.\S*\s*(?:-|–|bis)\s*(?:TT|tt)")),
                ("date", re.compile(r"(?:TT|tt)\.(?:MM|mm)\.")),
                ("money", re.compile(r"€|EUR|Euro")))
_FILL = re.compile(r"^[\s_.…:\-–—\[\]()xX]*$|^\[.*\]$|^(?:bitte )?(?:hier )?(?:ausfüllen|eintragen)\b", re.I)
_LABEL_LINE = re.compile(r"^(?P<label>[^:]{2,60}):\s*(?P<rest>.*)$")
HEADING_MAX_CHARS = 100


@dataclass
class _Section:
    heading: str
    key: str = ""
    prompts: list[str] = field(default_factory=list)
    labels: list[tuple[str, str]] = field(default_factory=list)  # (label, kind)


def slug(text: str, max_words: int = 4) -> str:
    """"Förderkennzeichen" -> "foerderkennzeichen"; "Ziele des Projekts" -> "ziele_des_projekts"."""
    text = heading_key(text)
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", text)[:max_words]
    out = "_".join(words)
    return out if out[:1].isalpha() else f"s_{out}" if out else "abschnitt"


def guess_kind(label: str, value_hint: str = "") -> str:
    """The kind a label's words (or a hint in its empty value cell, "TT.MM.JJJJ") suggest; else text."""
    for kind, pattern in _VALUE_HINTS:
        if pattern.search(value_hint):
            return kind
    low = label.lower()
    for kind, hints in KIND_HINTS:
        for hint in hints:
            if re.search((r"" if len(hint) >= 5 else r"(?<![\wäöüß])") + re.escape(hint), low):
                return kind
    return "text"


def _is_heading(block: Block, body_size: float | None) -> bool:
    text = block.text.strip()
    if block.kind == "table_cell" or "\n" in text or len(text) > HEADING_MAX_CHARS or text.endswith("?"):
        return False
    if block.kind == "heading":
        return True
    bigger = bool(block.font_size and body_size and block.font_size >= body_size + 1.0)
    return (block.bold or bigger) and not _LABEL_LINE.match(text)


def read_form(doc: Document) -> tuple[str | None, list[_Section]]:
    """The blank form's title and sections."""
    body = body_font_size(doc)
    headings = [b for b in doc.blocks if _is_heading(b, body)]
    title = None
    if headings:
        top = min((b.level if b.level is not None else 9) for b in headings)
        first = headings[0]
        tops = [b for b in headings if (b.level if b.level is not None else 9) == top]
        if first.level is not None and first.level == top and len(tops) == 1 and len(headings) > 1:
            title = first.text.strip()
        elif first.level is None and (first.font_size or 0) > max((b.font_size or 0) for b in headings[1:] or [first]):
            title = first.text.strip()
    sections: list[_Section] = []
    loose = _Section("Allgemeine Angaben")  # labels above the first heading
    rows: dict[tuple[int, int], tuple[_Section, dict[int, str]]] = {}
    for block in doc.blocks:
        text = block.text.strip()
        if title is not None and text == title and not sections:
            continue
        if _is_heading(block, body):
            sections.append(_Section(strip_numbering(text) or text))
            continue
        current = sections[-1] if sections else loose
        if block.kind == "table_cell":
            rows.setdefault((block.table or 0, block.row or 0), (current, {}))[1][block.col or 0] = text
            continue
        for line in text.split("\n"):
            _paragraph_line(line.strip(), current)
    for owner, cells in rows.values():
        label, value = cells.get(0, ""), " ".join(v for c, v in sorted(cells.items()) if c > 0)
        if label and len(label) <= 60 and not label.endswith("?") and (not value or _FILL.match(value)
                                                                       or _hint_only(value)):
            owner.labels.append((label.rstrip(" :"), guess_kind(label, value)))
    if loose.labels:
        sections.insert(0, loose)
    _keys(sections)
    return title, sections


def _hint_only(value: str) -> bool:
    return any(p.search(value) for _, p in _VALUE_HINTS)


def _paragraph_line(line: str, section: _Section) -> None:
    if not line or _FILL.match(line):
        return
    m = _LABEL_LINE.match(line)
    if m and (not m.group("rest") or _FILL.match(m.group("rest")) or _hint_only(m.group("rest"))):
        section.labels.append((m.group("label").strip(), guess_kind(m.group("label"), m.group("rest"))))
        return
    section.prompts.append(line)


def _keys(sections: list[_Section]) -> None:
    seen: set[str] = set()
    for s in sections:
        key, n = slug(s.heading, 3), 2
        while key in seen:
            key, n = f"{slug(s.heading, 3)}_{n}", n + 1
        seen.add(key)
        s.key = key


def _q(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def _list(values) -> str:
    items = [_q(v) for v in values]
    one_line = f"[{', '.join(items)}]"
    if len(one_line) <= 90:
        return one_line
    return "[\n" + "".join(f"    {i},\n" for i in items) + "]"


def starting_file(doc: Document, name: str, source: str) -> tuple[str, dict[str, int]]:
    """The text of a starting type file for the blank form ``doc``, and what it holds (for the user)."""
    title, sections = read_form(doc)
    fields: list[str] = []
    names: set[str] = set()
    counts = {"sections": len(sections), "prompts": 0, "labelled": 0, "answers": 0}
    for s in sections:
        counts["prompts"] += len(s.prompts)
        for label, kind in s.labels:
            fname, n = slug(label, 3), 2
            while fname in names:
                fname, n = f"{slug(label, 3)}_{n}", n + 1
            names.add(fname)
            counts["labelled"] += 1
            fields.append(f"[[field]]\nname = {_q(fname)}\nkind = {_q(kind)}"
                          f"{'' if kind == 'text' else '    # guessed from the label'}\n"
                          f"section = {_q(s.key)}\nlabel = [{_q(label)}]\n")
        if not s.labels:
            fname = s.key if s.key not in names else f"{s.key}_text"
            names.add(fname)
            counts["answers"] += 1
            fields.append(f"[[field]]\nname = {_q(fname)}\nkind = \"text\"    # the answer; items, dates, amounts ... "
                          f"may fit better\nsection = {_q(s.key)}\n")
    out = [
        f"# Report type made by `report-extractor type init` from {source}.",
        "# Check the guesses, rename sections and fields, add heading variants seen in real reports,",
        "# then: report-extractor type check <this file>. The README explains every key (\"Report types",
        "# without code\").",
        "",
        f"name = {_q(name)}",
        'version = "1"',
        f"title = {_q(title or name)}",
        f"placeholders = {_list(DEFAULT_PLACEHOLDERS)}",
        "",
    ]
    for s in sections:
        out += ["[[section]]", f"key = {_q(s.key)}", f"heading = {_q(s.heading)}", "variants = []"]
        if s.prompts:
            out.append(f"prompts = {_list(s.prompts)}")
        out.append("")
    out += fields
    return "\n".join(out).rstrip() + "\n", counts
