"""Report types: each schema package registers one ``ReportType``; the engine looks them up by name."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from pydantic import BaseModel

from .form import FormDef


@dataclass(frozen=True)
class ReportType:
    name: str                   # "kfd"
    title: str                  # human title, German
    version: str                # schema_version written into every record
    form: FormDef               # headings, prompts, labels
    model: type[BaseModel]      # the pydantic record model
    build_fields: Callable[..., dict[str, Any]]  # field rules: (context) -> typed fields of the record
    evaluation: tuple | None = None  # (field specs, entity key) for ``eval``; see extractor.evaluate


def report_types() -> dict[str, ReportType]:
    from schemas import REPORT_TYPES  # schemas register themselves; the engine names none of them
    return REPORT_TYPES


def get(name: str) -> ReportType:
    types = report_types()
    try:
        return types[name]
    except KeyError:
        raise KeyError(f"unknown report type {name!r}; known: {', '.join(sorted(types))}") from None
