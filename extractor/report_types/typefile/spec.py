"""Reading a type file: TOML -> ``TypeSpec``, with every mistake reported as "file:line: what to fix".

The file (documented in the README, "Report types without code")::

    name = "sachbericht"                 # the --type name, stored with every record
    version = "1"
    title = "Sachbericht zum Verwendungsnachweis"
    label = "organisation"               # optional: the field that names a report on check pages
    placeholders = ["k. A.", "entfällt"] # optional: answers that say nothing

    [[section]]                          # one per section of the form, in form order
    key = "goals"
    heading = "Ziele des Projekts"
    variants = ["Projektziele"]          # other wordings of the heading
    prompts = ["Welche Ziele ...?"]      # the form's questions: never part of an answer

    [[field]]                            # one per field of the record
    name = "phone"                       # "applicant.phone" groups fields under "applicant"
    kind = "phone"                       # see generic/kinds.py
    section = "applicant"
    label = ["Telefon", "Tel."]          # the value after this label; without it, the whole section
    pattern = '...'                      # text/items only: what the value looks like (a regex)
    title = "Telefon"                    # German title for schema and exports [default: the label]
    personal = true                      # blanked by --redact [default: by kind]
    column = true                        # a headline column (database, check, export)

tomllib gives positions of syntax errors only; for the rest the line is found by scanning the text for
the offending key of the offending table.
"""
from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractor.core.registry import TypeFileError
from extractor.pipeline.sections import heading_key
from extractor.report_types.generic.kinds import KINDS

# The record parts every type has (extractor/pipeline/record.py): no field may take their names.
COMMON_PARTS = ("report_type", "schema_version", "source", "sections", "entities", "quality", "text")
DEFAULT_PLACEHOLDERS = ("-", "--", "–", "—", "/", "...", "…", "k.A.", "k. A.", "keine Angabe", "keine Angaben",
                        "n/a", "n.a.", "entfällt", "(leer)", "leer", "?")

_TYPE_NAME = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$")
TOP_KEYS = ("name", "version", "title", "description", "label", "placeholders", "section", "field")
SECTION_KEYS = ("key", "heading", "variants", "prompts")
FIELD_KEYS = ("name", "kind", "section", "label", "pattern", "title", "personal", "column")
PATTERN_KINDS = ("text", "items")


@dataclass(frozen=True)
class SectionSpec:
    key: str
    heading: str
    variants: tuple[str, ...] = ()
    prompts: tuple[str, ...] = ()


@dataclass(frozen=True)
class FieldDef:
    name: str                      # dotted: "applicant.phone"
    kind: str                      # a key of generic.kinds.KINDS
    section: str
    labels: tuple[str, ...] = ()   # empty: the whole section
    pattern: str | None = None
    title: str | None = None
    personal: bool = False
    column: bool = False


@dataclass(frozen=True)
class TypeSpec:
    path: str
    name: str
    version: str
    title: str
    description: str | None
    label: str | None
    placeholders: tuple[str, ...]
    sections: tuple[SectionSpec, ...]
    fields: tuple[FieldDef, ...]


class TypeFileProblems(TypeFileError):
    """Every mistake found in a type file; ``str()`` lists them one per line, the first line's first."""

    def __init__(self, path: str, problems: list[tuple[int | None, str]]):
        self.problems = sorted(problems, key=lambda p: (p[0] or 0))
        super().__init__(path, self.problems[0][1], self.problems[0][0])

    def __str__(self) -> str:
        return "\n".join(f"{self.path}:{line}: {msg}" if line else f"{self.path}: {msg}"
                         for line, msg in self.problems)


class _Lines:
    """Where each key of each table stands in the file: [[section]] number 3's "key" is on line 41."""

    _HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z_]+)\s*\]\]")
    _TABLE = re.compile(r"^\s*\[")
    _KEY = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")

    def __init__(self, text: str):
        self.keys: dict[tuple[str | None, int, str], int] = {}
        self.tables: dict[tuple[str, int], int] = {}
        counts: dict[str, int] = {}
        table: tuple[str | None, int] = (None, 0)
        depth = 0  # inside a multi-line array
        for n, line in enumerate(text.splitlines(), 1):
            if depth == 0:
                header = self._HEADER.match(line)
                if header:
                    name = header.group(1)
                    counts[name] = counts.get(name, -1) + 1
                    table = (name, counts[name])
                    self.tables[table] = n
                    continue
                if self._TABLE.match(line):
                    table = ("?", 0)
                    continue
                key = self._KEY.match(line)
                if key:
                    self.keys.setdefault((*table, next(g for g in key.groups() if g)), n)
            depth = max(0, depth + _brackets(line))

    def of(self, table: str | None = None, index: int = 0, key: str | None = None) -> int | None:
        if key is not None and (table, index, key) in self.keys:
            return self.keys[(table, index, key)]
        return self.tables.get((table, index)) if table else None


def _brackets(line: str) -> int:
    """How many array brackets a line opens minus closes, strings and comments left out."""
    line = re.sub(r'"(?:\\.|[^"\\])*"|\'[^\']*\'', "", line).split("#", 1)[0]
    return line.count("[") - line.count("]")


def _suggest(word: str, options) -> str:
    close = difflib.get_close_matches(str(word), list(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


class _Reader:
    def __init__(self, path: str, text: str):
        self.path = path
        self.lines = _Lines(text)
        self.problems: list[tuple[int | None, str]] = []

    def problem(self, message: str, table: str | None = None, index: int = 0, key: str | None = None) -> None:
        self.problems.append((self.lines.of(table, index, key), message))

    def unknown_keys(self, data: dict, allowed: tuple[str, ...], table: str | None, index: int, what: str) -> None:
        for key in data:
            if key not in allowed:
                self.problem(f"{what}: unknown key {key!r}{_suggest(key, allowed)}; allowed: {', '.join(allowed)}",
                             table, index, key)

    def string(self, data: dict, key: str, table: str | None, index: int, what: str, *,
               required: bool = False) -> str | None:
        value = data.get(key)
        if value is None:
            if required:
                self.problem(f"{what}: {key} is missing; add a line: {key} = \"...\"", table, index)
            return None
        if isinstance(value, int) and not isinstance(value, bool) and key == "version":
            return str(value)
        if not isinstance(value, str) or not value.strip():
            self.problem(f"{what}: {key} must be a non-empty text in quotes, not {value!r}", table, index, key)
            return None
        return value.strip()

    def strings(self, data: dict, key: str, table: str | None, index: int, what: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(f"{what}: {key} must be a list of texts in quotes: {key} = [\"...\", \"...\"]",
                         table, index, key)
            return ()
        return tuple(v.strip() for v in value)

    def flag(self, data: dict, key: str, table: str, index: int, what: str) -> bool | None:
        value = data.get(key)
        if value is not None and not isinstance(value, bool):
            self.problem(f"{what}: {key} must be true or false (no quotes), not {value!r}", table, index, key)
            return None
        return value

    def tables(self, data: dict, key: str) -> list[dict]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(f"{key} must be tables written [[{key}]]", None, 0, key)
            return []
        return value


def read_spec(path: str | Path) -> TypeSpec:
    """The type file at ``path``, checked; raises ``TypeFileError`` (``TypeFileProblems``) naming every
    mistake with its line."""
    path = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise TypeFileError(path, f"cannot read the type file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise TypeFileError(path, "not UTF-8 text: save the file as UTF-8", line) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _syntax_error(path, exc) from None
    return _check(path, text, data)


_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$|\s*\(at end of document\)$")


def _syntax_error(path: str, exc: tomllib.TOMLDecodeError) -> TypeFileError:
    message = str(exc)
    m = _POSITION.search(message)
    line = column = None
    if m:
        message = message[:m.start()]
        if m.group(1):
            line, column = int(m.group(1)), int(m.group(2))
    hint = "check the quotes, brackets and commas there; texts go in quotes, lists in [ ]"
    if "Cannot overwrite a value" in message or "Cannot declare" in message:
        hint = "a key is given twice in one table; keep one"
    return TypeFileError(path, f"TOML syntax: {message}; {hint}", line, column)


def _check(path: str, text: str, data: dict[str, Any]) -> TypeSpec:
    r = _Reader(path, text)
    r.unknown_keys(data, TOP_KEYS, None, 0, "the file")
    name = r.string(data, "name", None, 0, "the file", required=True)
    if name and not _TYPE_NAME.match(name):
        r.problem(f"name {name!r}: use lower-case letters, digits, - and _ (start with a letter, at most 32)",
                  None, 0, "name")
    version = r.string(data, "version", None, 0, "the file") or "1"
    title = r.string(data, "title", None, 0, "the file", required=True)
    description = r.string(data, "description", None, 0, "the file")
    label = r.string(data, "label", None, 0, "the file")
    placeholders = r.strings(data, "placeholders", None, 0, "the file") if "placeholders" in data \
        else DEFAULT_PLACEHOLDERS

    sections = _sections(r, r.tables(data, "section"))
    fields = _fields(r, r.tables(data, "field"), {s.key: s for s in sections})
    declared = [t.get("name") for t in r.tables(data, "field") if isinstance(t.get("name"), str)]
    if label is not None and label not in declared:
        r.problem(f"label {label!r} is not a field{_suggest(label, declared)}; name the field whose value "
                  "names a report", None, 0, "label")
    if r.problems:
        raise TypeFileProblems(path, r.problems)
    return TypeSpec(path=path, name=name, version=version, title=title, description=description, label=label,
                    placeholders=placeholders, sections=sections, fields=fields)


def _sections(r: _Reader, tables: list[dict]) -> tuple[SectionSpec, ...]:
    if not tables:
        r.problem("the form has no sections: add one [[section]] table per section (key, heading)")
    out: list[SectionSpec] = []
    headings: dict[str, str] = {}
    for i, t in enumerate(tables):
        what = f"section {i + 1}"
        key = r.string(t, "key", "section", i, what, required=True)
        if key is not None:
            what = f"section {key!r}"
            if not _KEY.match(key):
                r.problem(f"{what}: key must be lower-case letters, digits and _ (start with a letter)",
                          "section", i, "key")
            elif any(s.key == key for s in out):
                r.problem(f"{what}: duplicate section key; each section needs its own key", "section", i, "key")
        r.unknown_keys(t, SECTION_KEYS, "section", i, what)
        heading = r.string(t, "heading", "section", i, what, required=True)
        variants = r.strings(t, "variants", "section", i, what)
        prompts = r.strings(t, "prompts", "section", i, what)
        for variant in filter(None, (heading, *variants)):
            hk = heading_key(variant)
            if len(hk) < 4:
                r.problem(f"{what}: heading {variant!r} is too short to be told from an answer line; "
                          "write it as printed on the form", "section", i, "heading" if variant == heading else
                          "variants")
            elif hk in headings and headings[hk] != key:
                r.problem(f"{what}: heading {variant!r} is also a heading of section {headings[hk]!r}; "
                          "a heading must name one section", "section", i,
                          "heading" if variant == heading else "variants")
            else:
                headings[hk] = key
        if key and heading:
            out.append(SectionSpec(key, heading, variants, prompts))
    return tuple(out)


def _fields(r: _Reader, tables: list[dict], sections: dict[str, SectionSpec]) -> tuple[FieldDef, ...]:
    out: list[FieldDef] = []
    label_owner: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {}  # (section, variant key) -> field
    for i, t in enumerate(tables):
        what = f"field {i + 1}"
        name = r.string(t, "name", "field", i, what, required=True)
        if name is not None:
            what = f"field {name!r}"
            _check_name(r, name, out, i, what)
        r.unknown_keys(t, FIELD_KEYS, "field", i, what)
        kind = r.string(t, "kind", "field", i, what, required=True)
        if kind is not None and kind not in KINDS:
            r.problem(f"{what}: unknown kind {kind!r}{_suggest(kind, KINDS)}; use one of: {', '.join(KINDS)}",
                      "field", i, "kind")
        section = r.string(t, "section", "field", i, what, required=True)
        if section is not None and section not in sections:
            r.problem(f"{what}: no section has the key {section!r}{_suggest(section, sections)}; "
                      f"sections: {', '.join(sections) or 'none'}", "field", i, "section")
        labels = r.strings(t, "label", "field", i, what)
        if "label" in t and not labels:
            r.problem(f"{what}: label is empty; give the label as printed, or leave the key out to read the "
                      "whole section", "field", i, "label")
        pattern = r.string(t, "pattern", "field", i, what)
        if pattern is not None:
            _check_pattern(r, pattern, kind, i, what)
        title = r.string(t, "title", "field", i, what)
        personal = r.flag(t, "personal", "field", i, what)
        column = r.flag(t, "column", "field", i, what)
        if labels and section in sections:
            for variant in labels:
                vk = (section, heading_key(variant))
                owner = label_owner.get(vk)
                if owner and owner[1] != tuple(heading_key(v) for v in labels):
                    r.problem(f"{what}: label {variant!r} is also a label of field {owner[0]!r} with other "
                              "variants; give both fields the same label list", "field", i, "label")
                label_owner.setdefault(vk, (name, tuple(heading_key(v) for v in labels)))
        if column and name and any(f.column and f.name.replace(".", "_") == name.replace(".", "_") for f in out):
            r.problem(f"{what}: its column would have the same name as another field's "
                      f"({name.replace('.', '_')!r}); rename one", "field", i, "column")
        if name and kind in KINDS and section in sections:
            default_title = labels[0] if labels else sections[section].heading
            out.append(FieldDef(name=name, kind=kind, section=section, labels=labels, pattern=pattern,
                                 title=title or default_title,
                                 personal=KINDS[kind].personal if personal is None else personal,
                                 column=bool(column)))
    return tuple(out)


def _check_name(r: _Reader, name: str, earlier: list[FieldDef], i: int, what: str) -> None:
    if not _FIELD_NAME.match(name):
        r.problem(f"{what}: a name is lower-case letters, digits and _, parts joined by dots "
                  "(\"applicant.phone\")", "field", i, "name")
        return
    if name.split(".")[0] in COMMON_PARTS:
        r.problem(f"{what}: {name.split('.')[0]!r} is a part every record has ({', '.join(COMMON_PARTS)}); "
                  "choose another name", "field", i, "name")
    for other in earlier:
        if other.name == name:
            r.problem(f"{what}: duplicate field name; each field needs its own name", "field", i, "name")
        elif other.name.startswith(name + ".") or name.startswith(other.name + "."):
            r.problem(f"{what}: clashes with field {other.name!r}: a name cannot be both a field and a group "
                      "of fields", "field", i, "name")


def _check_pattern(r: _Reader, pattern: str, kind: str | None, i: int, what: str) -> None:
    if kind is not None and kind not in PATTERN_KINDS:
        r.problem(f"{what}: pattern works with the kinds {' and '.join(PATTERN_KINDS)}, not {kind!r}",
                  "field", i, "pattern")
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        r.problem(f"{what}: bad pattern: {exc.msg} at character {exc.pos} of {pattern!r} (a Python regular "
                  "expression; in a TOML file write it in single quotes so that \\ stays as it is)",
                  "field", i, "pattern")
        return
    if compiled.match(""):
        r.problem(f"{what}: pattern {pattern!r} also matches empty text; it must match the value itself",
                  "field", i, "pattern")
