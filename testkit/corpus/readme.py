"""samples/corpus/README.md: what the corpus is, the conventions of its gold, and what varies in it."""
from __future__ import annotations

from collections import Counter


def readme(seed: str, count: int, totals: Counter, reports_with: Counter) -> str:
    """The README for a corpus of ``count`` reports from ``seed``: features counted over its reports."""
    rows = "\n".join(f"| {name} | {reports_with[name]} | {totals[name]} |" for name in sorted(totals))
    return README_TEMPLATE.format(seed=seed, count=count, rows=rows)


README_TEMPLATE = """\
# A labelled corpus of invented KFD reports

{count} reports of the "Kommunaler Flüchtlingsdialog" form, written the way towns wrote theirs, each
as `<name>.<ext>` (txt, docx or pdf, a third each) with its gold record `<name>.gold.json`.
Every town, person, consulting firm, local association, address, phone number and e-mail address is
invented (two real state programmes appear as moderators: Führungsakademie Baden-Württemberg, Allianz
für Beteiligung); district and region names are the real ones of Baden-Württemberg. No sentence is
taken from a real report.

Generated, not hand-written:

    python -m testkit.corpus --seed {seed} --count {count}

The generator is deterministic: the same seed gives byte-identical files (fixed docx core properties and
zip timestamps, reportlab's invariant mode). Do not edit the files by hand; change the generator and
rebuild.

## How the gold is made

The generator plants every value it means (dates, times, amounts, counts, organisations, persons, e-mail,
phone, web and postal addresses) through a marker that carries the value's label and normalised value;
events, participants, costs, moderation, topics and results are facts attached to those markers. When
the document is laid out, the markers that survive (a deleted or unanswered section takes its markers
with it) make the gold, in document order. Filler sentences hold no entity at all: the generator refuses
to write a report whose filler has a digit, a number word, a month, a currency, a form of address or an
organisation name. The extractor is never run to make the gold.

## Conventions of the gold (where the data contract leaves a choice)

- `municipality.name` without "Stadt"/"Gemeinde"/"Landkreis"/"Große Kreisstadt"/"Stadtverwaltung"/
  "Gemeindeverwaltung"; these give `kind` ("Stadtverwaltung" -> "Stadt", "Gemeindeverwaltung" ->
  "Gemeinde", "Große Kreisstadt" kept). A name written bare has `kind` null. `website` as written.
  `district` as written without a leading "Landkreis "; `region` the Regierungsbezirk.
- `population` is a Quantity without `text`; it is not listed in `entities` (a field value, not a count
  in prose). A date in its note ("Stand 31.12.2015") is a DATE entity.
- `contact.name` "First Last"; a function before the name or a role line -> `role`; authority and
  department lines -> `organisation`, joined with ", " in the order written ("Integrationsbeauftragte
  Landkreis X" -> role "Integrationsbeauftragte", organisation "Landkreis X"). `phone` as written with
  whitespace collapsed.
- `events` only for dates that say when an event took place, in document order; a date that is not a
  real date ("29.11.216") gives no event and no entity. `kind` is the event word of the sentence or line
  in its base form, null for "Durchführung am ..." lines; "Der Kommunale Flüchtlingsdialog ... fand am
  ... statt" has kind "Flüchtlingsdialog". Year-less dates have their true year (the report names the
  year elsewhere, and the weekday fits only that year). A line that lists the dates ("Termine: 03.05.,
  10.05. und 17.05.2017", "3. und 17. Mai 2017") gives one event of kind null per date and one DATE
  entity per date; a date of the list with a mistyped year ("17.05.217") that the list's other dates
  confirm, or a single date whose weekday confirms it, has its true date (its text as written); a date of
  the list that no calendar has ("31.04.2017") gives no event and no entity, and the others stay.
- `participants`: only counts in the participants section; `group` = the counted noun (with an
  adjective if there is one) plus its origin/genitive attribute; `event` = the event kind named in the
  same sentence, else in the sentence before it *within the answer* (a list item is a sentence; the
  prompt question is not), else null.
- `organisations`: every organisation named in the answers (welfare bodies, associations, companies,
  public bodies such as Jobcenter or Volkshochschule, consulting firms), unique, in order of first
  mention, names without article and without the designations "Büro"/"Fa."/"Firma". The reporting
  municipality itself and its own administration written in the contact block (Stadt X, Bürgermeisteramt,
  Ordnungsamt, Landratsamt of a Landkreis report) are not listed: they are `contact.organisation`.
  Coordinated names are one organisation each, named in full ("Hochschulen A und B" -> "Hochschule A",
  "Hochschule B"); a name in quotes after its kind is the kind and the name without the quotes
  ("Initiative „Offene Türen“" -> "Initiative Offene Türen"); bodies every town has, listed bare among
  fields of work ("Schule, Feuerwehr, Vereine und Kirchen"), are no organisation.
- `moderation`: the organisations and persons named in the consulting answer as advisers or moderators;
  persons keep "Dr." and lose "Herr/Frau".
- `topics`: the tags the topics answer names (a mistyped topic word such as "Wohnenm" still counts);
  empty when that section is missing or unanswered.
- `results`: one item per list line (marker removed); for prose "...: A, B und C." the enumerated
  items; for answers made of one measure per sentence, each sentence without its full stop. Lead-in and
  closing sentences are not items.
- `costs.amounts`: every amount in the costs answer with `label` = what it was for as written
  ("Raummiete und Verpflegung", "Gesamtkosten", "Gesamtaufwand"); `total` = the amount marked as
  Gesamtkosten/Gesamtaufwand/insgesamt, else the only amount, else null.
- `sections.<key>.present` = the heading is in the file (a section whose heading was deleted but whose
  prompts and answer remain is *not* present); `answered` = present and answered beyond the prompts (a
  placeholder such as "-" or "k.A." is no answer); a section that is not present has answered false. A
  heading written after the last sentence of the section before it, on the same line (as web pages give
  it), is present.
- `entities`: `{{label, text, value}}` in document order, one per mention; `text` is the planted text
  (for a COUNT the number with its noun, for a PERSON the name without Herr/Frau or function); values:
  DATE ISO or "start/end", TIME "HH:MM" or {{start, end}} (any way the range is written: "zwischen 9:30
  Uhr und 15:00 Uhr", "10.00-16.00h", "vormittags 9 bis 12 Uhr"), PHONE E.164, MONEY and COUNT a Quantity
  ({{value, max, approximate, qualifier}}), ORG and PERSON the name, EMAIL and URL lower case, ADDRESS
  {{street}} or {{postal_code, city}}. Bare years ("seit 2015") are not entities. Text of the form itself
  (headings, prompt questions, labels) holds no planted entity.

## What varies (reports with the feature / occurrences)

| feature | reports | occurrences |
|---|---|---|
{rows}
"""
