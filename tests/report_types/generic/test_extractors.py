"""The generic extractors on small reports written for each behaviour, through a type file and the real
pipeline (reader, sections, entities, field rules, validation)."""
from __future__ import annotations

import textwrap

import pytest

from extractor.core import registry
from extractor.pipeline.engine import extract

TYPE = """\
name = "probe"
title = "Probe"

[[section]]
key = "head"
heading = "Angaben zum Träger"

[[section]]
key = "done"
heading = "Durchführung"

[[section]]
key = "results"
heading = "Ergebnisse"

[[section]]
key = "money"
heading = "Finanzierung"

[[section]]
key = "people"
heading = "Beteiligte"

[[field]]
name = "head.grant"
kind = "money"
section = "head"
label = ["Fördersumme"]

[[field]]
name = "head.reached"
kind = "quantity"
section = "head"
label = ["Teilnehmende"]

[[field]]
name = "head.contact"
kind = "person"
section = "head"
label = ["Ansprechperson"]

[[field]]
name = "head.org"
kind = "organisation"
section = "head"
label = ["Träger"]

[[field]]
name = "head.phone"
kind = "phone"
section = "head"
label = ["Telefon"]

[[field]]
name = "head.start"
kind = "period"
section = "head"
label = ["Laufzeit"]

[[field]]
name = "periods"
kind = "periods"
section = "done"

[[field]]
name = "dates"
kind = "dates"
section = "done"

[[field]]
name = "first"
kind = "date"
section = "done"

[[field]]
name = "results"
kind = "items"
section = "results"

[[field]]
name = "money"
kind = "amounts"
section = "money"

[[field]]
name = "persons"
kind = "persons"
section = "people"

[[field]]
name = "organisations"
kind = "organisations"
section = "people"

[[field]]
name = "address"
kind = "address"
section = "people"
"""

REPORT = """\
Angaben zum Träger
Träger: Kulturverein Lindenhof e.V., Abteilung Musik
Fördersumme: 12.500,00
Teilnehmende: ca. 40
Ansprechperson: Frau Xenia Quandtmeyer, Kassiererin
Telefon: k. A.
Laufzeit: ab 01.03.2023

Durchführung
Die Werkstatt lief vom 1. März 2023 bis 28. Februar 2024, die Ferienwoche vom 02.10. bis 06.10.2023.
Abschluss am 15.03.2024.

Ergebnisse
Erreicht wurden: 21 ehrenamtliche Fahrerinnen und Fahrer, ein Fahrdienst sowie neue Kontakte.

Finanzierung
Für die Koordination wurden 3.600,00 € ausgegeben, für Bücher und Material 1.900,00 € und für das Lesefest 300,00 €.
Die Ausgaben betrugen insgesamt 5.800,00 €.

Beteiligte
Mit dabei waren Dr. Ines Kolb und Herr Tobias Maier vom Caritasverband Ulm e.V. sowie die Bürgerstiftung
Ulm. Treffpunkt: Hafengasse 4, 89073 Ulm.
"""


@pytest.fixture(scope="module")
def record(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("probe")
    (folder / "probe.toml").write_text(TYPE, encoding="utf-8")
    (folder / "report.txt").write_text(textwrap.dedent(REPORT), encoding="utf-8")
    return extract(folder / "report.txt", registry.get(str(folder / "probe.toml")))


def test_labelled_values(record):
    head = record["head"]
    assert head["grant"]["value"] == 12500 and head["grant"]["currency"] == "EUR"  # a bare number after its label
    assert (head["reached"]["value"], head["reached"]["approximate"], head["reached"]["qualifier"]) == (40, True, "ca.")
    assert head["contact"] == "Xenia Quandtmeyer"
    assert head["org"] == "Kulturverein Lindenhof e.V."                              # the value's first part
    assert head["phone"] is None                                                     # "k. A." is no value
    assert head["start"] == {"start": "2023-03-01", "end": None}                     # one date: where it starts


def test_dates_and_periods(record):
    assert record["periods"] == [{"start": "2023-03-01", "end": "2024-02-28"},     # two dates joined by "bis"
                                 {"start": "2023-10-02", "end": "2023-10-06"}]     # one range
    assert record["dates"] == ["2023-03-01", "2024-02-28", "2023-10-02", "2023-10-06", "2024-03-15"]
    assert record["first"] == "2023-03-01"


def test_items_of_an_enumeration(record):
    assert record["results"] == ["21 ehrenamtliche Fahrerinnen und Fahrer", "ein Fahrdienst", "neue Kontakte"]


def test_amounts_with_labels_and_total(record):
    money = record["money"]
    assert [(m["value"], m["label"]) for m in money["amounts"]] == [
        (3600, None), (1900, "Bücher und Material"), (300, "Lesefest"), (5800, None)]
    assert money["total"]["value"] == 5800 and money["total"]["qualifier"] == "insgesamt"


def test_persons_organisations_address_of_a_section(record):
    assert record["persons"] == ["Dr. Ines Kolb", "Tobias Maier"]
    assert "Caritasverband Ulm e.V." in record["organisations"]
    assert record["address"] == {"street": "Hafengasse 4", "postal_code": "89073", "city": "Ulm"}
