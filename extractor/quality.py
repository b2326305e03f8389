"""Completeness of a record: which sections are missing, which unanswered, and warnings."""
from __future__ import annotations

from typing import Any

from .form import FormDef
from .sections import SectionMap


def assess(form: FormDef, smap: SectionMap, warnings: list[dict[str, Any]]) -> dict[str, Any]:
    missing = [k for k in form.keys if k not in smap.sections or smap.sections[k].heading is None]
    unanswered = [k for k in form.keys
                  if k in smap.sections and smap.sections[k].heading is not None and not smap.sections[k].answered]
    seen = set()
    unique = []
    for w in warnings:
        sig = (w["code"], w["message"], w.get("section"))
        if sig not in seen:
            seen.add(sig)
            unique.append({"code": w["code"], "message": w["message"], "section": w.get("section")})
    return {"missing_sections": missing, "unanswered_sections": unanswered, "warnings": unique}
