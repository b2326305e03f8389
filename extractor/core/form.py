"""How a schema describes its form to the engine: sections, their headings, prompts and labels.

A report type (see ``schemas/``) provides one ``FormDef``; the section splitter
knows nothing else about the form.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelDef:
    """A "Label: value" field inside a section (value on the same line, next line(s) or next table cell)."""
    key: str
    label: str
    aliases: tuple[str, ...] = ()

    @property
    def variants(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass(frozen=True)
class SectionDef:
    key: str
    heading: str                      # the heading as printed on the form
    aliases: tuple[str, ...] = ()     # other wordings seen in the wild (long enough to be unambiguous)
    prompts: tuple[str, ...] = ()     # the form's questions under the heading: never part of an answer
    labels: tuple[LabelDef, ...] = () # for label/value sections

    @property
    def variants(self) -> tuple[str, ...]:
        return (self.heading, *self.aliases)


@dataclass(frozen=True)
class FormDef:
    name: str
    sections: tuple[SectionDef, ...]
    # Answers that say nothing: a section holding only these counts as unanswered.
    placeholders: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(s.key for s in self.sections)

    def section(self, key: str) -> SectionDef:
        return next(s for s in self.sections if s.key == key)
