"""What field rules get: the document, its sections, its entities, and a place for warnings."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span

from extractor.core.document import Document
from extractor.core.warnings import RecordWarning

from .sections import SectionMap


@dataclass
class Context:
    """What field rules get: the document, its sections, its entities, and a place for warnings."""
    doc: Document
    sections: SectionMap
    nlp: SpacyDoc
    warnings: list[RecordWarning] = field(default_factory=list)
    # (entity, label, start_char, end_char, section) per entity, built once: ``nlp.ents`` rebuilds
    # its tuple from every token on each access, and field rules ask for entities dozens of times.
    _index: list[tuple[Span, str, int, int, str | None]] | None = field(default=None, init=False, repr=False)

    def warn(self, code: str, message: str, section: str | None = None) -> None:
        self.warnings.append(RecordWarning(code=code, message=message, section=section))

    def section_of(self, offset: int) -> str | None:
        return self.sections.section_at(offset)

    def entities(self, label: str | None = None, section: str | None = None,
                 start: int | None = None, end: int | None = None) -> list[Span]:
        """Entity spans, optionally of one label, inside one section's body or an offset range."""
        out = []
        for ent, ent_label, ent_start, ent_end, ent_section in self.entity_index():
            if label and ent_label != label:
                continue
            if section and ent_section != section:
                continue
            if start is not None and ent_start < start or end is not None and ent_end > end:
                continue
            out.append(ent)
        return out

    def entity_index(self) -> list[tuple[Span, str, int, int, str | None]]:
        if self._index is None:
            self._index = [(ent, ent.label_, ent.start_char, ent.end_char, self.section_of(ent.start_char))
                           for ent in self.nlp.ents]
        return self._index

    def set_entities(self, ents: list[Span]) -> None:
        self.nlp.ents = ents
        self._index = None

    def span(self, start: int, end: int) -> Span | None:
        return self.nlp.char_span(start, end, alignment_mode="expand")
