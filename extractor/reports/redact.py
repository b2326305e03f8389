"""Redaction for sharing: remove personal data from a record everywhere it occurs.

What is personal is asked, never named here: the report type's ``personal_fields`` (blanked: None or
an empty list) and the entity labels marked ``personal`` in ``extractor.nlp.labels`` (dropped). The
same data also stands in ``text``, in section answers, in warnings and inside other values, so every
string of the record is searched for

- names the record knows (personal fields, PERSON entities): the whole name and each part of it, also
  inflected ("Müllers"), upper-case ("MÜLLER") and transliterated ("Mueller");
- names it does not know: initials before a surname ("K. Zimmermann", "i.A. M. Schulze"), capitalised
  words after a role or relation word ("die Dolmetscherin Fatima", "Familie Nguyen"), first names of
  the gazetteer (``extractor.lang.de.names.FIRST_NAMES``);
- e-mail addresses, also spelled out ("name(at)web.de"); phone numbers; street addresses (with postal
  code and town when given); IBANs (checked with python-stdnum, or after the word "IBAN"); dates of
  birth (a date after "geb.", "geboren", "*", ...); links to social-network profiles; absolute local
  paths ("C:\\Users\\kzimmermann\\...", "/home/...").

Each finding is replaced by a fixed token per kind (``TOKENS``), which does not keep the length of
what it hides. Offsets are recomputed: every ``start``/``end`` of the redacted record points into the
redacted ``text``; an entity that overlapped a replaced span is dropped (its text is gone), every other
one keeps its text and value. What stays: organisations, municipalities, roles and office titles
("Bürgermeisterin", the role word itself), and event dates. German word lists: ``extractor.lang.de``
(``redaction`` for what only redaction needs).
"""
from __future__ import annotations

import bisect
import copy
import os
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from stdnum import iban as iban_numbers

from extractor.core.filenames import as_text
from extractor.core.report_type import ReportType, value_at
from extractor.lang.de import calendar, function_words, names, redaction as words
from extractor.nlp.labels import BY_NAME as LABELS
from extractor.nlp.patterns import EMAIL, MONTH, PHONE, POSTAL_CITY, STREET
from extractor.normalize import looks_like_phone

TOKENS = {
    "name": "[Name]", "address": "[Adresse]", "email": "[E-Mail]", "phone": "[Telefon]", "iban": "[IBAN]",
    "birth_date": "[Geburtsdatum]", "profile": "[Profil]", "path": "[Pfad]",
}
# A personal entity label's kind of data (the label table says which labels are personal).
_LABEL_KIND = {"PERSON": "name", "EMAIL": "email", "PHONE": "phone"}

_UP = "A-ZÄÖÜ"
_LOW = "a-zäöüß"
_NAME_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)*"
_GAP = r"[ \t]+"   # between the words of a name: never a line break (the next line is another field)
_PHONE_SEP = r"[\s/\-–.()]*"
_PHONE_SHAPE = re.compile(r"\+?[\d\s/\-–.()]{6,}")

def _spelled(bracketed: list[str], spoken: list[str], plain: str = "") -> str:
    """One of the spelled-out forms of "@" or "." (never across a line break)."""
    forms = [rf"[ \t]*(?:{'|'.join(re.escape(b) for b in bracketed)})[ \t]*",
             rf"[ \t]+(?:{'|'.join(re.escape(w) for w in spoken)})[ \t]+"]
    return "(?:" + "|".join(([re.escape(plain)] if plain else []) + forms) + ")"


_AT = _spelled(words.EMAIL_AT_BRACKETED, words.EMAIL_AT_SPOKEN)
_DOT = _spelled(words.EMAIL_DOT_BRACKETED, words.EMAIL_DOT_SPOKEN, ".")
_OBFUSCATED_EMAIL = re.compile(rf"(?<![\w.+-])[\w.+-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}[A-Za-z]{{2,24}}\b", re.I)
_IBAN = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Z0-9])")
_IBAN_CUE = re.compile(rf"(?:{'|'.join(re.escape(c) for c in words.IBAN_CUES)})\s*:?\s*$")
_DATE_OF_BIRTH = re.compile(
    rf"(?:(?<![\w.])(?:{'|'.join(re.escape(c) for c in words.BIRTH_CUES if c != '*')})|(?<![\w*])\*)"
    rf"\s*:?\s*(?:am\s+)?(?P<date>\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:\d{{4}}|\d{{2}})(?!\d)|\d{{1,2}}\.\s?{MONTH}\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|(?:19|20)\d\d(?!\d))")
_SOCIAL = re.compile(
    rf"(?<![\w@.])(?:https?://)?(?:[\w-]+\.)?(?:{'|'.join(re.escape(h) for h in words.SOCIAL_HOSTS)})"
    r"/[^\s<>\"()]*[\w/@](?![\w@])", re.I)
# Windows paths may have spaces inside folder names ("C:\\Users\\Max Muster\\..."); POSIX paths end at one.
_LOCAL_PATH = re.compile(
    r"(?<![\w/\\:.])(?:(?:[A-Za-z]:\\|\\\\[\w.$-]+\\)(?:[^\\\r\n<>\"|*?]+\\)*[^\\\s<>\"|*?]*"
    r"|(?:~/|/(?=[\w.-]+/))[^\s<>\"|*?]*)(?<![.,;:)])")
# Office titles are role words too ("Bürgermeisterin Müller"), but not a council ("der Gemeinderat Hemsbach").
_ROLE_WORDS = sorted({*words.ROLE_WORDS, *names.ADDRESS_FORMS,
                      *(t for t in names.FUNCTION_TITLES if t not in words.BODIES)}, key=len, reverse=True)
_ROLE = re.compile(
    rf"(?:(?<![\w.])(?:{'|'.join(re.escape(w) for w in _ROLE_WORDS)})"
    rf"|(?<![\w.])(?i:{'|'.join([*function_words.ARTICLES, *words.POSSESSIVES])}){_GAP}(?:{'|'.join(words.ROLE_WORDS_AFTER_ARTICLE)}))(?![\w])")
_TITLES = "|".join(re.escape(t) for t in names.ACADEMIC_TITLES)
_FUNCTIONS = "|".join(re.escape(t) for t in sorted(names.FUNCTION_TITLES, key=len, reverse=True))
_NAME_PARTICLES = [*names.NAME_PARTICLES, *names.PARTICLE_ARTICLES, *words.FOREIGN_NAME_PARTICLES]
_PARTICLES = "|".join(_NAME_PARTICLES)
# Words inside a known name that are not a part of it: forms of address, titles, particles.
_NOT_NAME_PARTS = {w.lower() for t in (*names.ADDRESS_FORMS, *names.ACADEMIC_TITLES) for w in re.findall(r"[^\W\d_]+", t)}
_NOT_NAME_PARTS |= {*_NAME_PARTICLES, *words.TITLE_PARTS, *function_words.AND_CONJUNCTIONS}
# After a role word: titles ("Dr. med.") and office titles to skip, then one to three name words.
_TITLE_PARTS = "|".join(rf"{re.escape(t)}\." for t in words.TITLE_PARTS)
_AFTER_ROLE = re.compile(
    rf"{_GAP}(?:(?:{_TITLES}|{_TITLE_PARTS}|{_FUNCTIONS}){_GAP})*(?P<name>{_NAME_WORD}(?:{_GAP}(?:(?:{_PARTICLES})[ \t-])?{_NAME_WORD}){{0,2}})")
_INITIALS = re.compile(
    rf"(?<![\w.\-])(?P<name>(?:[{_UP}]\.[ \t]?-?){{1,2}}[ \t]?(?:(?:{_PARTICLES})[ \t])?{_NAME_WORD})(?![\w-])")
_ALSO_WORDS = sorted({*words.FIRST_NAMES_ALSO_WORDS, *calendar.MONTHS} & set(names.FIRST_NAMES))
_FIRST_NAMES = sorted(set(names.FIRST_NAMES) - set(_ALSO_WORDS), key=len, reverse=True)
# A first name of the gazetteer, and the surname after it; one that is also a word only with a surname.
_FIRST_NAME = re.compile(
    rf"(?<![\w.\-])(?:(?P<first>{'|'.join(_FIRST_NAMES)})(?:{_GAP}(?P<rest>(?:(?:{_PARTICLES})[ \t-])?{_NAME_WORD}))?"
    rf"|(?P<word>{'|'.join(_ALSO_WORDS)}){_GAP}(?P<surname>{_NAME_WORD}))(?![\w-])")
_NOT_NAMES = set(words.NOT_NAMES_AFTER_ROLE) | set(names.NOT_SURNAMES)
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    kind: str           # a key of TOKENS


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_][\w-]*", text))


@dataclass
class Finder:
    """Finds personal data in any string. ``names``, ``phones`` and ``emails`` are what one record
    names; ``not_names`` are words that are no name (the form's own words, the words that name the
    report, e.g. its municipality) and ``organisations`` the organisations the record names: the rules
    for names the record does not know leave both alone."""
    names: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    not_names: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._known = self._known_pattern()
        # In file names a name is often lower-case and joined by "_" ("bericht_zimmermann.docx").
        parts = {p for n in self.names for p in _words(n) if self._is_name_part(p)}
        self._known_in_paths = (re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(p) for p in sorted(parts, key=len,
                                                                                                 reverse=True))
                                           + r")(?![^\W_])", re.I) if parts else None)
        self._orgs = (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(o) for o in sorted(self.organisations, key=len,
                                                                                          reverse=True)) + r")(?!\w)")
                      if self.organisations else None)

    def _known_pattern(self) -> re.Pattern[str] | None:
        alts: set[str] = set()
        for name in self.names:
            alts.add(re.escape(name))
            for part in filter(self._is_name_part, _words(name)):
                for form in {part, part.upper(), part.translate(_TRANSLITERATION),
                             part.translate(_TRANSLITERATION).upper()}:
                    # inflected: "Müllers Vorschlag", "Schulz' Idee", "Müller's"
                    alts.add(re.escape(form) + r"(?:s|'s|’s|'|’)?")
        for phone in self.phones:  # the same digits with any separators ("07153 7005-104", "0 71 53 / 7 00 51 04")
            digits = "".join(re.findall(r"\+?\d+", phone))
            if digits:
                alts.add(_PHONE_SEP.join(re.escape(d) for d in digits))
        alts.update(re.escape(e) for e in self.emails)
        if not alts:
            return None
        return re.compile(r"(?<![\w@])(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")(?![\w@])")

    def find(self, text: str) -> list[Finding]:
        """Non-overlapping findings in ``text``, in order (the longer wins where two overlap)."""
        if not text:
            return []
        found: list[Finding] = []
        add = found.append
        for m in _LOCAL_PATH.finditer(text):
            add(Finding(m.start(), m.end(), "path"))
        for m in _SOCIAL.finditer(text):
            add(Finding(m.start(), m.end(), "profile"))
        for rx in (EMAIL, _OBFUSCATED_EMAIL):
            for m in rx.finditer(text):
                add(Finding(m.start(), m.end(), "email"))
        for m in _IBAN.finditer(text):
            if iban_numbers.is_valid(m.group(0)) or _IBAN_CUE.search(text, 0, m.start()):
                add(Finding(m.start(), m.end(), "iban"))
        for m in _DATE_OF_BIRTH.finditer(text):
            add(Finding(m.start("date"), m.end("date"), "birth_date"))
        for m in PHONE.finditer(text):
            if looks_like_phone(m.group(0)):
                add(Finding(m.start(), m.end(), "phone"))
        for m in STREET.finditer(text):
            city = POSTAL_CITY.match(text, m.end() + len(re.match(r"[,\s]*", text[m.end():]).group(0)))
            if city:
                add(Finding(m.start(), city.end(), "address"))
            elif not m.group("preposition"):  # "Im Jahr 2017" is no address without a postal code
                add(Finding(m.start(), m.end(), "address"))
        if self._known:
            for m in self._known.finditer(text):
                kind = "email" if "@" in m.group(0) else "phone" if m.group(0)[:1].isdigit() or m.group(0)[:1] == "+" \
                    else "name"
                add(Finding(m.start(), m.end(), kind))
        for m in _ROLE.finditer(text):
            after = _AFTER_ROLE.match(text, m.end())
            if after:
                name = self._name_words(after.group("name"))
                if name:
                    add(Finding(after.start("name"), after.start("name") + len(name), "name"))
        protected = [(o.start(), o.end()) for o in self._orgs.finditer(text)] if self._orgs else []

        def unprotected(start: int, end: int) -> bool:
            return not any(s < end and start < e for s, e in protected)

        for m in _INITIALS.finditer(text):
            surname = m.group("name").split()[-1].split(".")[-1]
            if not self._no_name(surname) and unprotected(m.start(), m.end()):
                add(Finding(m.start(), m.end(), "name"))
        for m in _FIRST_NAME.finditer(text):
            if m.group("word"):  # "Frank Weber", never "August" alone
                if not self._no_name(m.group("surname")) and unprotected(m.start(), m.end()):
                    add(Finding(m.start(), m.end(), "name"))
                continue
            if self._no_name(m.group("first")) or not unprotected(m.start("first"), m.end("first")):
                continue
            rest = m.group("rest")
            surname = rest.split()[-1].split("-")[-1] if rest else ""
            end = m.end() if rest and not self._no_name(surname) and unprotected(m.start(), m.end()) else m.end("first")
            add(Finding(m.start(), end, "name"))
        return _merge(found)

    @staticmethod
    def _is_name_part(word: str) -> bool:
        return len(word) >= 2 and word[0].isupper() and word.lower().rstrip(".") not in _NOT_NAME_PARTS

    def scrub_path(self, path: str) -> str:
        """A file path scrubbed: also lower-case names between "_", "-" or "." ("bericht_zimmermann.docx")."""
        found = self.find(path)
        if self._known_in_paths:
            found += [Finding(m.start(), m.end(), "name") for m in self._known_in_paths.finditer(path)]
        return replace(path, _merge(found))[0]

    def _no_name(self, word: str) -> bool:
        return word in _NOT_NAMES or word in self.not_names

    def _name_words(self, candidate: str) -> str:
        """The part of ``candidate`` (words after a role word) that is a name: up to the first word
        that is no name; empty when the first word is none."""
        kept: list[str] = []
        for word in candidate.split():
            if self._no_name(word) or word.lower() in _NOT_NAME_PARTS:
                break
            kept.append(word)
        while kept and kept[-1] in _NAME_PARTICLES:
            kept.pop()
        return " ".join(kept)

    def scrub(self, text: str) -> str:
        return replace(text, self.find(text))[0]


def _merge(found: list[Finding]) -> list[Finding]:
    """Overlapping findings become one (the kind of the longest)."""
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    out: list[Finding] = []
    for f in found:
        if out and f.start < out[-1].end:
            last = out[-1]
            if f.end > last.end:
                kind = f.kind if f.end - f.start > last.end - last.start else last.kind
                out[-1] = Finding(last.start, f.end, kind)
            continue
        out.append(f)
    return out


def replace(text: str, found: list[Finding]) -> tuple[str, list[tuple[int, int, int]]]:
    """``text`` with each finding replaced by its token, and the replacements as (old start, old end,
    new length), in order."""
    parts, edits, at = [], [], 0
    for f in found:
        token = TOKENS[f.kind]
        parts += [text[at:f.start], token]
        edits.append((f.start, f.end, len(token)))
        at = f.end
    parts.append(text[at:])
    return "".join(parts), edits


class OffsetMap:
    """Old offsets into the text to new ones after ``replace``; an offset inside a replaced span goes
    to that token's start (a start offset) or end (an end offset)."""

    def __init__(self, edits: list[tuple[int, int, int]]):
        self.edits = edits
        self.starts = [s for s, _, _ in edits]
        self.shift: list[int] = []
        total = 0
        for s, e, n in edits:
            total += n - (e - s)
            self.shift.append(total)   # shift for offsets at or after this edit's end

    def __call__(self, offset: int, *, end: bool = False) -> int:
        i = bisect.bisect_right(self.starts, offset - (1 if end else 0)) - 1
        if i < 0:
            return offset
        s, e, n = self.edits[i]
        before = self.shift[i - 1] if i else 0
        if offset >= e:
            return offset + self.shift[i]
        return s + before + (n if end else 0)

    def touches(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.edits[i][1] > start


def finder_for(record: dict[str, Any], rt: ReportType) -> Finder:
    """A finder that knows the record's personal strings. A personal field's values are told apart by
    their shape: an e-mail address, a phone number, else a name."""
    finder_args: dict[str, set[str]] = {"names": set(), "phones": set(), "emails": set()}
    for path in rt.personal_fields:
        for s in _strings(value_at(record, path)):
            s = s.strip()
            if not s:
                continue
            kind = "emails" if EMAIL.fullmatch(s) else "phones" if _PHONE_SHAPE.fullmatch(s) else "names"
            finder_args[kind].add(s)
    organisations = set()
    for ent in record.get("entities") or []:
        label = LABELS.get(ent.get("label"))
        if label is None:
            continue
        if label.personal and label.name in _LABEL_KIND:
            finder_args[_LABEL_KIND[label.name] + "s"].update(s for s in _strings(ent.get("text")) if s.strip())
        elif label.name == "ORG":
            organisations.update(s for s in _strings(ent.get("text")) if s.strip())
    not_names = {w for s in rt.form.sections
                 for t in (*s.variants, *s.prompts, *(v for ld in s.labels for v in ld.variants)) for w in _words(t)}
    not_names |= _words(rt.label(record) or "")
    known_names = {w for n in finder_args["names"] for w in _words(n)}
    first = Finder(**finder_args, not_names=not_names - known_names,
                   organisations={o for o in organisations if not _words(o) & known_names})
    # Names found by their context ("die Dolmetscherin Fatima") are then known: "Fatima" alone goes too.
    text = record.get("text") or ""
    found = {text[f.start:f.end] for f in first.find(text) if f.kind == "name"} - finder_args["names"]
    if not found:
        return first
    return Finder(names=finder_args["names"] | found, phones=first.phones, emails=first.emails,
                  not_names=first.not_names - {w for n in found for w in _words(n)},
                  organisations={o for o in first.organisations if not _words(o) & {w for n in found for w in _words(n)}})


def shared_path(path: str, root: str | None) -> str:
    """A stored path as it may be shared: relative to the folder it was imported from (POSIX
    separators), never the local absolute path; the file name alone when the folder is not known."""
    if root:
        rel = os.path.relpath(path, root)
        if not rel.startswith(".."):
            return PurePosixPath(*rel.split(os.sep)).as_posix()
    return os.path.basename(path)


def _blank(record: dict[str, Any], dotted: str) -> None:
    *parents, key = dotted.split(".")
    holder = value_at(record, ".".join(parents)) if parents else record
    if isinstance(holder, dict) and key in holder:
        holder[key] = [] if isinstance(holder[key], list) else None


def _scrub_all(value: Any, finder: Finder) -> Any:
    if isinstance(value, str):
        return finder.scrub(value)
    if isinstance(value, list):
        return [_scrub_all(v, finder) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_all(v, finder) for k, v in value.items()}
    return value


def redact(record: dict[str, Any], rt: ReportType, *, file: str | None = None) -> dict[str, Any]:
    """A copy of ``record`` without personal data, valid against the type's model (the input is not
    changed). ``file``: the path to give as ``source.file`` (see ``shared_path``); without it, the
    file name alone."""
    finder = finder_for(record, rt)
    out = copy.deepcopy(record)
    for path in rt.personal_fields:
        _blank(out, path)
    text = record.get("text") or ""
    new_text, edits = replace(text, finder.find(text))
    moved = OffsetMap(edits)

    entities = []
    for ent in record.get("entities") or []:
        label = LABELS.get(ent.get("label"))
        if label is None or label.personal or moved.touches(ent["start"], ent["end"]):
            continue
        start, end = moved(ent["start"]), moved(ent["end"], end=True)
        if new_text[start:end] == ent["text"]:
            entities.append({**ent, "start": start, "end": end})

    sections = {}
    for key, sec in (record.get("sections") or {}).items():
        new = dict(sec)
        if sec.get("start") is not None and sec.get("end") is not None:
            new["start"], new["end"] = moved(sec["start"]), moved(sec["end"], end=True)
            if sec.get("text") == text[sec["start"]:sec["end"]]:
                new["text"] = new_text[new["start"]:new["end"]]
            elif sec.get("text") is not None:
                new["text"] = finder.scrub(sec["text"])
        elif sec.get("text") is not None:
            new["text"] = finder.scrub(sec["text"])
        if sec.get("heading"):
            new["heading"] = finder.scrub(sec["heading"])
        sections[key] = new

    rest = {k: v for k, v in out.items() if k not in ("text", "entities", "sections", "source")}
    scrubbed = _scrub_all(rest, finder)
    source = dict(out.get("source") or {})
    source["file"] = finder.scrub_path(as_text(file if file is not None else os.path.basename(source.get("file", ""))))
    result = {**scrubbed, "source": source, "sections": sections, "entities": entities, "text": new_text}
    ordered = {k: result[k] for k in record if k in result}
    return rt.model.model_validate(ordered).model_dump(mode="json")

