"""municipality: name, kind, website, population, district, region from the form's label/value part."""
from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from extractor.normalize import parse_quantity

from .vocab import MUNICIPALITY_KINDS, REGIONS

_ARROW = re.compile(r"\s*(?:->|=>|→|–>|-->|>)\s*")
_KIND = re.compile(r"^(" + "|".join(sorted((re.escape(k) for k in MUNICIPALITY_KINDS), key=len, reverse=True))
                   + r")\s+", re.I)
_DISTRICT_PREFIX = re.compile(r"^(?:Landkreis|Lkr\.|Kreis|LK)\s+", re.I)


def _ascii(text: str) -> str:
    text = text.lower().replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def municipality(ctx) -> dict:
    labels = ctx.sections.labels
    out = {"name": None, "kind": None, "website": None, "population": None, "district": None, "region": None}
    name_lv = labels.get("name")
    if name_lv and name_lv.value:
        first = name_lv.lines[0]
        urls = ctx.entities("URL", start=first.start, end=name_lv.lines[-1].end)
        if urls:
            out["website"] = urls[0].text
        name_part = first.text
        if urls and urls[0].start_char < first.end:
            name_part = first.text[: urls[0].start_char - first.start]
        name_part = _ARROW.sub(" ", name_part).strip(" -–,:;|([/")
        kind = _KIND.match(name_part)
        if kind:
            out["kind"] = MUNICIPALITY_KINDS[kind.group(1).lower()]
            name_part = name_part[kind.end():].strip()
        out["name"] = name_part or None
        if out["kind"] is None and out["name"]:
            out["kind"] = _kind_in_title(ctx, out["name"])
    pop = labels.get("population")
    if pop and pop.value:
        out["population"] = parse_quantity(pop.lines[0].text)
    dist = labels.get("district")
    if dist and dist.value:
        out["district"] = _DISTRICT_PREFIX.sub("", dist.lines[0].text).strip() or None
    reg = labels.get("region")
    if reg and reg.value:
        out["region"] = region(reg.lines[0].text)
    _reconcile_name(ctx, out)
    return out


def _kind_in_title(ctx, name: str) -> str | None:
    """The kind the report's title gives the municipality whose name the form writes bare: a line before the
    first heading that is "Stadt Leinfelden-Echterdingen"."""
    starts = [sec.heading.start if sec.heading else sec.body_start for sec in ctx.sections.sections.values()]
    title = ctx.doc.text[:min(starts, default=0)]
    for line in title.splitlines():
        kind = _KIND.match(line.strip())
        if kind and line.strip()[kind.end():].strip(" :,-–") == name:
            return MUNICIPALITY_KINDS[kind.group(1).lower()]
    return None


def region(text: str) -> str:
    """One of the four Regierungsbezirke when the text names one in any spelling, else as written."""
    words = re.findall(r"[\wäöüß]+", text)
    for canon in REGIONS:
        if any(fuzz.ratio(w.lower(), canon.lower()) >= 85 for w in words):
            return canon
    return text.strip()


def _reconcile_name(ctx, out: dict) -> None:
    """A name with a typo ("Aidingen") is corrected when the contact address's town and the website
    both spell it otherwise; the correction is named in the warnings, never silent."""
    name, website = out["name"], out["website"]
    contact = ctx.sections.labels.get("contact")
    if not name or not website or not contact:
        return
    cities = [e._.value["city"] for e in ctx.entities("ADDRESS", start=contact.label.start,
                                                       end=contact.lines[-1].end if contact.lines else None)
              if "city" in (e._.value or {})]
    for city in cities:
        base = re.split(r"[/(]", city)[0].strip()
        if base == name or _ascii(base) == _ascii(name):
            return
        if fuzz.ratio(_ascii(base), _ascii(name)) >= 80 and _ascii(base).replace(" ", "-") in _ascii(website):
            ctx.warn("name_corrected", f"municipality name '{name}' read as '{base}': the contact address and "
                                       f"the website ({website}) spell it so", "municipality")
            out["name"] = base
            return
