"""A checked type file -> a ``ReportType``: the form, the record model (around the common parts, by
``record_model``), the field rules (generic extractors), the headline columns and the evaluation."""
from __future__ import annotations

import re
from typing import Any

from pydantic import Field, create_model

from extractor.core.form import FormDef, LabelDef, SectionDef
from extractor.core.report_type import Column, Evaluation, FieldSpec, ReportType, value_at
from extractor.pipeline.record import RecordPart, record_model
from extractor.report_types.generic.compare import entity_key, quantity_key, text_key
from extractor.report_types.generic.kinds import KINDS, Amounts

from .spec import FieldDef, TypeSpec


def build(spec: TypeSpec) -> ReportType:
    label_keys = _label_keys(spec)
    form = _form(spec, label_keys)
    extract = _field_rules(spec, form, label_keys)
    return ReportType(
        name=spec.name, title=spec.title, version=spec.version, form=form, model=_model(spec, form),
        build_fields=extract, columns=_columns(spec), label_column=_column_name(spec.label) if spec.label else None,
        personal_fields=tuple(f.name for f in spec.fields if f.personal),
        evaluation=Evaluation(tuple(s for f in spec.fields for s in _scored(f)), entity_key), origin=spec.path)


def _label_keys(spec: TypeSpec) -> dict[str, str]:
    """Field name -> the key of its label; fields with the same label list share one (the first's name)."""
    keys: dict[str, str] = {}
    first: dict[tuple[str, tuple[str, ...]], str] = {}
    for f in spec.fields:
        if f.labels:
            keys[f.name] = first.setdefault((f.section, f.labels), f.name)
    return keys


def _form(spec: TypeSpec, label_keys: dict[str, str]) -> FormDef:
    sections = []
    for s in spec.sections:
        labels = {label_keys[f.name]: f.labels for f in spec.fields if f.section == s.key and f.labels}
        sections.append(SectionDef(s.key, s.heading, s.variants, s.prompts,
                                   tuple(LabelDef(key, variants[0], variants[1:]) for key, variants in labels.items())))
    return FormDef(name=spec.name, sections=tuple(sections), placeholders=spec.placeholders)


def _field_rules(spec: TypeSpec, form: FormDef, label_keys: dict[str, str]):
    patterns = {f.name: re.compile(f.pattern) for f in spec.fields if f.pattern}

    def build_fields(ctx) -> dict[str, Any]:
        from extractor.report_types.generic import extract  # spaCy: loaded when records are made, not listed
        out: dict[str, Any] = {}
        for f in spec.fields:
            src = extract.labelled(ctx, form, label_keys[f.name]) if f.labels else extract.section(ctx, f.section)
            if f.name in patterns:
                found = extract.matches(ctx, src, patterns[f.name])
                value = found if KINDS[f.kind].many else (found[0] if found else None)
            else:
                value = extract.EXTRACTORS[f.kind](ctx, src)
            _put(out, f.name, value)
        return out

    return build_fields


def _put(record: dict[str, Any], dotted: str, value: Any) -> None:
    *groups, last = dotted.split(".")
    for g in groups:
        record = record.setdefault(g, {})
    record[last] = value


def _model(spec: TypeSpec, form: FormDef):
    tree: dict[str, Any] = {}
    for f in spec.fields:
        _put(tree, f.name, f)
    camel = "".join(p.capitalize() for p in re.split(r"[-_]", spec.name))
    return record_model(f"{camel}Record", report_type=spec.name, version=spec.version, title=spec.title,
                        doc=spec.description or spec.title, form=form,
                        fields=_model_fields(tree, camel, spec))


def _model_fields(tree: dict[str, Any], prefix: str, spec: TypeSpec, path: str = "") -> dict[str, tuple[Any, Any]]:
    """Pydantic fields of one level of the record; a group ("applicant" of "applicant.phone") is a model
    of its own, titled with its section's heading when its fields share one."""
    fields: dict[str, tuple[Any, Any]] = {}
    for key, node in tree.items():
        if isinstance(node, FieldDef):
            fields[key] = KINDS[node.kind].field(node.title)
            continue
        dotted = f"{path}{key}."
        name = prefix + "".join(p.capitalize() for p in key.split("_"))
        group = create_model(name, __base__=RecordPart, **_model_fields(node, name, spec, dotted))
        sections = {f.section for f in spec.fields if f.name.startswith(dotted)}
        title = next(s.heading for s in spec.sections if s.key in sections) if len(sections) == 1 else key
        fields[key] = (group, Field(default_factory=group, title=title))
    return fields


def _column_name(field_name: str) -> str:
    return field_name.replace(".", "_")


def _columns(spec: TypeSpec) -> tuple[Column, ...]:
    out = []
    for f in spec.fields:
        if not (f.column or f.name == spec.label):
            continue
        kind = KINDS[f.kind]
        source: Any = f.name + kind.column_path
        if kind.cell is not None:
            source = _cells(f.name, kind.cell, kind.many)
        out.append(Column(_column_name(f.name), source, f.title or f.name, kind.column, stored=True,
                          personal=f.personal))
    return tuple(out)


def _cells(path: str, cell, many: bool):
    def column(record: dict[str, Any]) -> Any:
        value = value_at(record, path)
        if many:
            return [cell(v) for v in value or []]
        return None if value is None else cell(value)
    return column


def _scored(f: FieldDef) -> tuple[FieldSpec, ...]:
    kind = KINDS[f.kind]
    if kind.value is Amounts:
        return (FieldSpec(f"{f.name}.amounts", "list", lambda m: (quantity_key(m), text_key(m.get("label")))),
                FieldSpec(f"{f.name}.total", "scalar", quantity_key))
    return (FieldSpec(f.name, "list" if kind.many else "scalar", kind.key),)
