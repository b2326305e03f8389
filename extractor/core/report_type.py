"""The report-type contract: all that the engine, the bulk code and the reports may ask about one form.

A report type owns its form, its field rules and its record model. Everything else asks it instead of
knowing its fields: the database stores its ``columns`` marked ``stored``, exports show all its columns,
``check`` names each report by its ``label_column``, ``--redact`` blanks its ``personal_fields``, and
``eval`` scores its ``evaluation`` fields. Types are found by name through ``extractor.core.registry``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from .form import FormDef

ColumnKind = Literal["text", "number", "date", "list", "count", "flag"]  # flag: True/False


def value_at(record: Any, dotted: str) -> Any:
    """The value at a dotted path ("costs.total.value") of a record dict, None where the path ends early."""
    value = record
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


@dataclass(frozen=True)
class Column:
    """A headline value of each record: a database column (``stored``), an export column, a check label.

    ``source`` is a dotted path into the record ("costs.total.value") or a function of the record.
    A column whose path is one of the type's ``personal_fields`` is personal data; so is one marked
    ``personal`` (for computed columns). A ``count`` column's name ends in ``_count``, so that nobody
    takes "events = 2" for a list of events.
    """
    name: str                                      # "total_costs": stable, English
    source: str | Callable[[dict[str, Any]], Any]
    title: str                                     # German, for the people who read exports and pages
    kind: ColumnKind = "text"
    stored: bool = False                           # also kept queryable in the database's headline
    personal: bool = False

    def value(self, record: dict[str, Any]) -> Any:
        if callable(self.source):
            return self.source(record)
        return value_at(record, self.source)


@dataclass(frozen=True)
class FieldSpec:
    """One field that ``eval`` scores: a dotted path, scalar or list (scored as a multiset), and the key
    under which a predicted and a gold value (or list item) count as the same."""
    name: str
    kind: Literal["scalar", "list"]
    key: Callable[[Any], Any] = lambda v: v


@dataclass(frozen=True)
class Evaluation:
    fields: tuple[FieldSpec, ...]
    entity_key: Callable[[dict[str, Any]], Any]    # comparison key of one entity of a label


@dataclass(frozen=True)
class ReportType:
    name: str                                      # "kfd": the --type name, stored with every row
    title: str                                     # German title of the form
    version: str                                   # schema_version written into every record
    form: FormDef                                  # sections, headings, prompts, labels
    model: type[BaseModel]                         # the validated record
    build_fields: Callable[[Any], dict[str, Any]]  # field rules: engine context -> the type's fields
    columns: tuple[Column, ...] = ()
    label_column: str | None = None                # the column that names a report on check pages
    personal_fields: tuple[str, ...] = ()          # dotted paths of personal data in the record
    evaluation: Evaluation | None = None
    origin: str | None = None                      # the type file it was read from; None: an installed package
    _columns_by_name: dict[str, Column] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = [c.name for c in self.columns]
        if len(set(names)) != len(names):
            raise ValueError(f"report type {self.name!r}: duplicate column names")
        miscounted = [c.name for c in self.columns if c.kind == "count" and not c.name.endswith("_count")]
        if miscounted:
            raise ValueError(f"report type {self.name!r}: count columns must be named *_count: {miscounted}")
        self._columns_by_name.update((c.name, c) for c in self.columns)
        if self.label_column is not None and self.label_column not in self._columns_by_name:
            raise ValueError(f"report type {self.name!r}: label column {self.label_column!r} is not a column")

    @property
    def ref(self) -> str:
        """What finds this type again in another process (an import's workers): its file, else its name."""
        return self.origin or self.name

    def column(self, name: str) -> Column:
        return self._columns_by_name[name]

    def is_personal(self, column: Column) -> bool:
        return column.personal or (isinstance(column.source, str) and column.source in self.personal_fields)

    def headline(self, record: dict[str, Any]) -> dict[str, Any]:
        """The values of the stored columns: what the database keeps queryable besides the record."""
        return {c.name: c.value(record) for c in self.columns if c.stored}

    def label(self, record: dict[str, Any]) -> str | None:
        """What names this report for people ("Plochingen"), or None."""
        if self.label_column is None:
            return None
        value = self.column(self.label_column).value(record)
        return None if value is None else str(value)
