"""The kinds of value a field can hold: what the record stores for each, how ``eval`` compares it, which
column shows it, and whether it is personal data. Plain data (no spaCy); the extractors that fill each
kind are in ``extract.py``.

A kind is filled from a source: the value after a label ("Telefon: ..."), or a whole section's answer.
A kind in the plural ("dates") takes every value found, the singular the first.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import Field

from extractor.core.report_type import ColumnKind
from extractor.normalize import phone_digits
from extractor.pipeline.record import Money, Quantity, RecordPart

from .compare import item_key, name_key, quantity_key, text_key

DATE_PATTERN = r"^\d{4}-\d{2}(-\d{2})?$"


class Period(RecordPart):
    start: str | None = Field(None, title="von", pattern=DATE_PATTERN)
    end: str | None = Field(None, title="bis", pattern=DATE_PATTERN)


class Address(RecordPart):
    street: str | None = Field(None, title="Straße und Hausnummer")
    postal_code: str | None = Field(None, title="Postleitzahl")
    city: str | None = Field(None, title="Ort")


class Amounts(RecordPart):
    amounts: list[Money] = Field(default_factory=list, title="Beträge")
    total: Money | None = Field(None, title="Summe")


@dataclass(frozen=True)
class Kind:
    name: str
    title: str                                # what the kind holds, in German (type files' documentation)
    value: Any                                # annotation of one value
    many: bool = False                        # a list of values
    column: ColumnKind = "text"
    column_path: str = ""                     # the column shows this part of the value (".value")
    key: Callable[[Any], Any] = text_key      # eval's comparison key of one value
    personal: bool = False                    # personal data unless the type file says otherwise
    cell: Callable[[Any], Any] | None = None  # how one value reads in an export cell, when not as it is

    @property
    def annotation(self) -> Any:
        return list[self.value] if self.many else self.value | None

    def field(self, title: str) -> tuple[Any, Any]:
        """(annotation, pydantic Field) of a record field of this kind; nothing found is null or []."""
        if self.many:
            return self.annotation, Field(default_factory=list, title=title)
        if self.value is Amounts:
            return Amounts, Field(default_factory=Amounts, title=title)
        return self.annotation, Field(None, title=title)


def _period_key(p: dict) -> tuple:
    return p.get("start"), p.get("end")


def _address_key(a: dict) -> tuple:
    return tuple(text_key(a.get(k)) for k in ("street", "postal_code", "city"))


def _period_cell(p: dict) -> str:
    return " – ".join(d or "?" for d in (p.get("start"), p.get("end")))


def _address_cell(a: dict) -> str:
    return ", ".join(filter(None, (a.get("street"), " ".join(filter(None, (a.get("postal_code"), a.get("city")))))))


def _url_key(u: str) -> str:
    return u.lower().removeprefix("https://").removeprefix("http://").rstrip("/")


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("text", "Text (nach einer Beschriftung: der Wert; für einen Abschnitt: die Antwort)", str),
    Kind("items", "Listenpunkte (Aufzählung, nummerierte Zeilen, sonst Sätze)", str, many=True, column="list",
         key=item_key),
    Kind("quantity", "Anzahl oder Menge („ca. 40“)", Quantity, column="number", column_path=".value",
         key=quantity_key),
    Kind("money", "Geldbetrag", Money, column="number", column_path=".value", key=quantity_key),
    Kind("amounts", "alle Geldbeträge mit Bezeichnung und Summe", Amounts, column="number",
         column_path=".total.value"),
    Kind("date", "erstes Datum (JJJJ-MM-TT, oder JJJJ-MM)", str, column="date", key=lambda d: d),
    Kind("dates", "alle Daten", str, many=True, column="list", key=lambda d: d),
    Kind("period", "erster Zeitraum (von – bis)", Period, key=_period_key, cell=_period_cell),
    Kind("periods", "alle Zeiträume", Period, many=True, column="list", key=_period_key, cell=_period_cell),
    Kind("phone", "Telefonnummer (wie geschrieben)", str, key=lambda p: phone_digits(p) or p, personal=True),
    Kind("email", "E-Mail-Adresse", str, key=lambda e: e.casefold(), personal=True),
    Kind("url", "Webadresse", str, key=_url_key),
    Kind("person", "Name einer Person", str, personal=True),
    Kind("persons", "alle genannten Personen", str, many=True, column="list", personal=True),
    Kind("organisation", "Name einer Organisation", str, key=name_key),
    Kind("organisations", "alle genannten Organisationen", str, many=True, column="list", key=name_key),
    Kind("address", "Anschrift (Straße, PLZ, Ort)", Address, key=_address_key, cell=_address_cell),
)}
