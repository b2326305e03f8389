"""The report being written: its planted values (markers), its parts as blocks, and its state.

Every value the generator means (an entity, or a fact such as "this count is a participant group") is
written into the text as a marker that points at a ``Plant``; the gold comes from the markers that
survive the layout (``gold.py``), never from reading the text back.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from dataclasses import dataclass, field

from testkit.corpus.banks import FIRST_NAMES, SURNAMES
from testkit.corpus.wording import slug, written_name

# ============================================================================================ markers

MARK = re.compile("\ue000(\\d+)\ue001")
# Opens a list of organisations written with articles, so that "von dem IB" can become "vom IB".
LIST_START = "\ue002"


@dataclass
class Plant:
    """Text the generator knows the meaning of: an entity (``label`` set) or a fact / known non-entity text."""
    label: str | None
    text: str
    value: object = None
    facts: dict = field(default_factory=dict)


class Planter:
    """Writes markers into the text and keeps the plant each one stands for."""

    def __init__(self) -> None:
        self.items: list[Plant] = []

    def __call__(self, label: str | None, text: str, value: object = None, **facts) -> str:
        self.items.append(Plant(label, text, value, facts))
        return f"\ue000{len(self.items) - 1}\ue001"

    def fact(self, **facts) -> str:
        return self(None, "", None, **facts)

    def plain(self, text: str) -> str:
        """Known text that is no entity (a bare year, a mistyped date): exempt from the filler lint."""
        return self(None, text)

    def plain_around(self, text: str) -> str:
        """``text`` with every stretch outside a marker planted as known plain text."""
        text = MARK.sub(lambda m: "\0" + m.group(0) + "\0", text)
        return "".join(part if MARK.fullmatch(part) else self.plain(part) for part in text.split("\0") if part)

    def resolve(self, text: str) -> str:
        return MARK.sub(lambda m: self.items[int(m.group(1))].text, text)


def quantity(value, qualifier: str | None = None, maximum=None) -> dict:
    """A Quantity as the record has it (counts, amounts, the population)."""
    return {"value": value, "max": maximum, "approximate": qualifier is not None, "qualifier": qualifier}


# ============================================================================================== model

@dataclass
class Field:
    label: str
    lines: list[str]
    inline: bool = False

    @property
    def inline_label(self) -> str:
        """The label before a value on its line: always with a colon."""
        return self.label if self.label.endswith(":") else self.label + ":"


@dataclass
class Block:
    kind: str                         # para | list | sub | prompt | fields
    lines: list[str] = field(default_factory=list)
    marker: str | None = None         # list marker: "•", "-", "*", "–", "1.", "1)", "a)"
    fields: list[Field] = field(default_factory=list)

    def item_marker(self, k: int) -> str:
        """The marker of the ``k``-th list item (0-based) as typed: numbered and lettered markers count."""
        if self.marker == "1.":
            return f"{k + 1}."
        if self.marker == "1)":
            return f"{k + 1})"
        if self.marker == "a)":
            return f"{chr(97 + k)})"
        return self.marker


@dataclass
class Content:
    """A section as the town answered it: per prompt group, the answer blocks."""
    key: str
    groups: list[list[Block]]


@dataclass
class Sec:
    key: str
    heading: str | None               # as written; None when the heading was deleted
    blocks: list[Block]
    answered: bool


@dataclass
class EventSpec:
    kind: str | None
    start: dt.date
    end: dt.date | None
    time: tuple | None                # ((h, m), (h, m) | None)
    date_style: str
    time_style: str | None
    invalid: bool = False
    bad: str | None = None            # a family's bad date: "typo" (a mistyped year) or "impossible"


@dataclass
class Report:
    index: int
    name: str
    fmt: str
    rng: random.Random
    plan: dict
    town: str
    written_kind: str | None
    kind: str | None
    district: str
    region: str
    landkreis: bool
    fam: random.Random                # the second stream: what the families (families.py) draw
    P: Planter = field(default_factory=Planter)
    features: Counter = field(default_factory=Counter)
    events: list[EventSpec] = field(default_factory=list)
    used_names: set = field(default_factory=set)
    gold_municipality: dict = field(default_factory=dict)
    gold_contact: dict = field(default_factory=dict)
    date_list: str | None = None      # how the dates are listed in one line, if they are

    @property
    def year(self) -> int:
        return self.events[0].start.year

    @property
    def name_text(self) -> str:
        return written_name(self.written_kind, self.town)

    @property
    def author(self) -> str:
        """Who wrote the file, for the docx and pdf metadata."""
        return f"{self.written_kind or 'Gemeinde'} {self.town}"

    @property
    def domain(self) -> str:
        """The municipality's internet domain (web site and e-mail addresses)."""
        base = slug(self.town.split("/")[0])
        return f"landkreis-{base}.de" if self.landkreis else f"{base}.de"

    def person(self) -> tuple[str, str, str]:
        """A person no other person of the report shares a first or last name with: (first, last, gender)."""
        while True:
            first, g = self.rng.choice(FIRST_NAMES)
            last = self.rng.choice(SURNAMES)
            if first not in self.used_names and last not in self.used_names:
                self.used_names.update((first, last))
                return first, last, g

    def feat(self, *names: str) -> None:
        self.features.update(names)
