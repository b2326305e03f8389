"""Report types described in a file (TOML) instead of code: ``load(path)`` reads, checks and builds one.

Registered in pyproject.toml under ``report_extractor.type_files`` (suffix ``toml``), so that
``--type form.toml`` works wherever a type name does. ``spec.py`` reads and checks the file,
``build.py`` turns it into a ``ReportType``, ``blank_form.py`` writes a starting file from a blank form.
"""
from __future__ import annotations

from pathlib import Path

from extractor.core.registry import TypeFileError
from extractor.core.report_type import ReportType

from .build import build
from .spec import read_spec


def load(path: str | Path) -> ReportType:
    spec = read_spec(path)
    try:
        return build(spec)
    except Exception as exc:  # a mistake read_spec does not know yet must still name the file, not crash
        raise TypeFileError(path, f"cannot build the report type: {type(exc).__name__}: {exc}") from exc
