"""Redaction for sharing: drop personal data from a record everywhere it occurs.

Dropping the contact fields is not enough: the same name, phone number and e-mail address also stand
in ``text``, in section answers, in entity lists and sometimes inside other values. So the personal
strings are collected first (personal fields, PERSON/EMAIL/PHONE entities, the parts of each name)
and then masked in every string of the record. Masks keep the length ("█" per character), so every
offset (sections, remaining entities) still points at the right place in ``text``.
"""
from __future__ import annotations

import copy
import re
from typing import Any

from extractor.core.report_type import ReportType, value_at
from extractor.nlp.labels import PERSONAL as PERSONAL_LABELS
from extractor.nlp.patterns import EMAIL

MASK = "█"

# Words in a name that are not the name: titles and forms of address.
_NOT_NAME = {"dr", "prof", "herr", "herrn", "frau", "dipl", "ing", "med", "phil", "rer", "nat", "mag", "von", "van",
             "der", "den", "de", "zu", "und"}
_PHONE_SEP = r"[\s/\-–.()]*"
_PHONE_SHAPE = re.compile(r"\+?[\d\s/\-–.()]{6,}")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def personal_strings(record: dict[str, Any], rt: ReportType) -> tuple[set[str], set[str], set[str]]:
    """(names, phones, emails) named in the record's personal fields and entities. A personal field's
    values are told apart by their shape: an e-mail address, a phone number, else a name."""
    names: set[str] = set()
    phones: set[str] = set()
    emails: set[str] = set()
    for path in rt.personal_fields:
        for s in _strings(value_at(record, path)):
            if not s.strip():
                continue
            if EMAIL.fullmatch(s.strip()):
                emails.add(s)
            elif _PHONE_SHAPE.fullmatch(s.strip()):
                phones.add(s)
            else:
                names.add(s)
    by_label = {"PERSON": names, "PHONE": phones, "EMAIL": emails}
    for ent in record.get("entities") or []:
        if ent.get("label") in by_label:
            by_label[ent["label"]].update(s for s in _strings(ent.get("text")) if s.strip())
    return names, phones, emails


def _pattern(names: set[str], phones: set[str], emails: set[str]) -> re.Pattern[str] | None:
    alts: list[str] = []
    parts: set[str] = set()
    for name in names:
        alts.append(re.escape(name))
        # A surname or first name alone ("Herr Unseld", "Unseld, Felix") identifies the person too.
        for word in re.findall(r"[^\W\d_][\w'-]*", name):
            if word.lower().rstrip(".") not in _NOT_NAME and len(word) >= 2 and word[0].isupper():
                parts.add(word)
    alts.extend(re.escape(p) for p in parts)
    for phone in phones:  # the same number with other separators ("07153 7005-104")
        digits = re.findall(r"\+?\d+", phone)
        if digits:
            alts.append(_PHONE_SEP.join(re.escape(d) for d in digits))
    alts.extend(re.escape(e) for e in emails)
    if not alts:
        return None
    alts.sort(key=len, reverse=True)  # longest first: the full name before its parts
    return re.compile(r"(?<![\w@])(?:" + "|".join(alts) + r")(?![\w@])")


def _mask(match: re.Match[str]) -> str:
    return "".join(c if c.isspace() else MASK for c in match.group(0))


def _blank(record: dict[str, Any], dotted: str) -> None:
    *parents, key = dotted.split(".")
    holder = value_at(record, ".".join(parents)) if parents else record
    if isinstance(holder, dict) and key in holder:
        holder[key] = [] if isinstance(holder[key], list) else None


def redact(record: dict[str, Any], rt: ReportType) -> dict[str, Any]:
    """A copy of ``record`` without personal data (the input is not changed)."""
    out = copy.deepcopy(record)
    pattern = _pattern(*personal_strings(record, rt))
    for path in rt.personal_fields:
        _blank(out, path)
    out["entities"] = [e for e in out.get("entities") or [] if e.get("label") not in PERSONAL_LABELS]

    def scrub(value: Any) -> Any:
        if isinstance(value, str):
            value = EMAIL.sub(_mask, value)  # any e-mail address, named in an entity or not
            return pattern.sub(_mask, value) if pattern else value
        if isinstance(value, list):
            return [scrub(v) for v in value]
        if isinstance(value, dict):
            return {k: scrub(v) for k, v in value.items()}
        return value

    return scrub(out)
