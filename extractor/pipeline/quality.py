"""Completeness of a record: which sections are missing, which unanswered, and its warnings."""
from __future__ import annotations

from typing import Any

from extractor.core.form import FormDef
from extractor.core.warnings import RecordWarning

from .sections import SectionMap


def assess(form: FormDef, smap: SectionMap, warnings: list[RecordWarning]) -> dict[str, Any]:
    """``quality`` of a record; a warning raised twice (same code, message and section) is listed once."""
    missing = [k for k in form.keys if k not in smap.sections or smap.sections[k].heading is None]
    unanswered = [k for k in form.keys
                  if k in smap.sections and smap.sections[k].heading is not None and not smap.sections[k].answered]
    return {"missing_sections": missing, "unanswered_sections": unanswered, "warnings": list(dict.fromkeys(warnings))}
