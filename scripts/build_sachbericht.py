"""Build the second form's samples: a blank "Sachbericht zum Verwendungsnachweis" (.docx) and twelve
filled reports of it (.txt, .docx, .pdf) in samples/sachbericht/.

Run from the repository root:

    python scripts/build_sachbericht.py        # writes samples/sachbericht/*.docx|pdf|txt

Everything here is made up: the funding programme, the organisations, people, addresses, phone
numbers and amounts. The reports are written the way offices fill in such forms: some keep the Word
form's table and headings, some retype it in plain text with their own numbering, typos and
abbreviations, some skip a section or answer "entfällt". Their gold records (``*.gold.json``) are
written by hand from the text; this script does not write them.

Each report is written in a small markup, one block per line:

    # text        title                     ## text   section heading
    ? text        the form's question       | label | value   a label/value row (\\n: a line break)
    - text        bullet item               1. text   numbered item (kept as typed)
    blank line    paragraph break           anything else: a paragraph

and rendered as the office would: Word headings (or bold lines), a real table, italic questions and
list styles in .docx; the same in .pdf (reportlab); "Label: value" lines in .txt. Output is
deterministic (fixed docx timestamps, reportlab's invariant mode).
"""
from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.shared import Cm, Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_samples as samples  # noqa: E402  (deterministic zip, DejaVu fonts)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "samples" / "sachbericht"
ZIP_TIME = (2024, 4, 2, 9, 0, 0)
PROGRAMME = "Förderprogramm „Gemeinsam im Quartier“ der Landesstiftung Zusammenhalt"

# ------------------------------------------------------------------------------------------ the form

BLANK = f"""\
# Sachbericht zum Verwendungsnachweis
{PROGRAMME}. Bitte füllen Sie alle Abschnitte aus und reichen Sie den Sachbericht zusammen mit dem zahlenmäßigen Nachweis spätestens drei Monate nach Ende des Bewilligungszeitraums ein.
## 1. Angaben zum Projektträger
| Träger (Zuwendungsempfänger) |
| Titel des Projekts |
| Ansprechperson |
| Anschrift |
| Telefon |
| E-Mail |
| Förderkennzeichen |
| Bewilligungszeitraum | TT.MM.JJJJ – TT.MM.JJJJ
| Bewilligte Fördersumme | EUR
## 2. Ziele und Zielgruppen
? Welche Ziele hatte das Projekt laut Antrag? Wen wollten Sie erreichen?
## 3. Durchführung
? Beschreiben Sie die durchgeführten Maßnahmen mit Datum bzw. Zeitraum und Ort.
## 4. Ergebnisse und Wirkungen
? Welche Ergebnisse hat das Projekt erreicht? Bitte nennen Sie die wichtigsten Ergebnisse einzeln.
## 5. Abweichungen vom Plan
? Gab es Abweichungen vom Arbeits-, Zeit- oder Finanzierungsplan? Bitte begründen Sie diese.
## 6. Finanzierung
? Bitte stellen Sie die Ausgaben nach Kostenpositionen und die Gesamtausgaben dar.
? (Der zahlenmäßige Nachweis ist beizufügen.)
## 7. Ausblick und Nachhaltigkeit
? Wie geht es nach dem Ende der Förderung weiter?
## 8. Bestätigung
? Wir bestätigen, dass die Angaben in diesem Sachbericht vollständig und richtig sind.
| Ort, Datum |
| Name und Funktion |
| Unterschrift |
"""


@dataclass
class Report:
    name: str
    fmt: str                       # txt, docx or pdf
    text: str
    styled_headings: bool = True   # docx: Word heading styles; False: bold lines as many offices type them
    label_lines: str = "colon"     # txt: "colon" (Label: value) or "below" (label, value on the next line)


REPORTS: list[Report] = [
    # A tidy Word report on the form itself: the table kept, the questions left in.
    Report("nachbarschaftswerk-sued", "docx", """\
# Sachbericht zum Verwendungsnachweis
Förderprogramm „Gemeinsam im Quartier“ der Landesstiftung Zusammenhalt
## 1. Angaben zum Projektträger
| Träger (Zuwendungsempfänger) | Nachbarschaftswerk Süd e.V.
| Titel des Projekts | Küchentisch-Gespräche im Quartier Heumaden
| Ansprechperson | Dr. Anna Berg, Geschäftsführerin
| Anschrift | Lindenstraße 12\\n70619 Stuttgart
| Telefon | 0711 / 47 11 80-3
| E-Mail | a.berg@nachbarschaftswerk-sued.de
| Förderkennzeichen | GiQ-2023-0417
| Bewilligungszeitraum | 01.03.2023 – 29.02.2024
| Bewilligte Fördersumme | 24.800,00 EUR
## 2. Ziele und Zielgruppen
? Welche Ziele hatte das Projekt laut Antrag? Wen wollten Sie erreichen?
Das Projekt wollte ältere Menschen, die allein leben, mit neu zugezogenen Familien im Quartier ins Gespräch bringen. Ziel war, dass sich mindestens zehn feste Tischrunden bilden, die sich ohne Anleitung weiter treffen.
## 3. Durchführung
? Beschreiben Sie die durchgeführten Maßnahmen mit Datum bzw. Zeitraum und Ort.
Nach der Auftaktveranstaltung am 18.04.2023 im Bürgerhaus Heumaden fanden von Mai bis Dezember 2023 monatlich Küchentisch-Runden in Privatwohnungen statt. Am 23.09.2023 feierten wir ein Straßenfest in der Bockelstraße. Die Abschlussrunde war am 15. Februar 2024.
## 4. Ergebnisse und Wirkungen
? Welche Ergebnisse hat das Projekt erreicht? Bitte nennen Sie die wichtigsten Ergebnisse einzeln.
- 12 feste Tischrunden mit zusammen 87 Teilnehmenden
- ein ehrenamtliches Team von 9 Gastgeberinnen und Gastgebern
- eine Quartierszeitung mit zwei Ausgaben
## 5. Abweichungen vom Plan
? Gab es Abweichungen vom Arbeits-, Zeit- oder Finanzierungsplan? Bitte begründen Sie diese.
Keine.
## 6. Finanzierung
? Bitte stellen Sie die Ausgaben nach Kostenpositionen und die Gesamtausgaben dar.
? (Der zahlenmäßige Nachweis ist beizufügen.)
| Personalkosten (Koordination, 0,25 Stelle) | 14.200,00 €
| Honorare | 3.600,00 €
| Sachkosten und Verpflegung | 5.150,00 €
| Öffentlichkeitsarbeit | 1.850,00 €
| Gesamtausgaben | 24.800,00 €
## 7. Ausblick und Nachhaltigkeit
? Wie geht es nach dem Ende der Förderung weiter?
Acht der zwölf Runden treffen sich weiter. Das Bürgerhaus stellt ab März 2024 einmal im Monat einen Raum kostenlos zur Verfügung.
## 8. Bestätigung
? Wir bestätigen, dass die Angaben in diesem Sachbericht vollständig und richtig sind.
| Ort, Datum | Stuttgart, 22.05.2024
| Name und Funktion | Dr. Anna Berg, Geschäftsführerin
| Unterschrift |
"""),
    # Retyped as plain text with Roman numerals; the questions left out; amounts as "Label: amount" lines.
    Report("quartiersladen-weststadt", "txt", """\
SACHBERICHT - Verwendungsnachweis Förderprogramm "Gemeinsam im Quartier"

I. Angaben zum Projektträger
| Träger | Quartiersladen Weststadt gGmbH
| Titel des Projekts | Reparieren statt wegwerfen – Werkstatt für alle
| Ansprechperson | Herr Jonas Reuter
| Anschrift | Mannheimer Str. 41, 69115 Heidelberg
| Telefon | 06221 / 6 54 32 10
| E-Mail | info@quartiersladen-weststadt.de
| Förderkennzeichen | GiQ-2023-0388
| Bewilligungszeitraum | 01.04.2023 - 31.03.2024
| Bewilligte Fördersumme | 18.000 EUR

II. Ziele und Zielgruppen
Wir wollten eine offene Reparaturwerkstatt aufbauen, in der Nachbarinnen und Nachbarn unter Anleitung ihre Fahrräder, Kleingeräte und Kleidung selbst reparieren. Zielgruppe waren vor allem Haushalte mit wenig Geld und Jugendliche aus dem Stadtteil.

III. Durchführung
Eröffnung der Werkstatt am 06.05.2023. Danach jeden Samstag geöffnet, außer in den Sommerferien (27.07.2023 bis 09.09.2023). Zwei Fahrrad-Aktionstage an Schulen am 14.06.2023 und am 20.03.2024.

IV. Ergebnisse und Wirkungen
1. 412 Reparaturen, davon 268 erfolgreich
2. 14 Ehrenamtliche, die regelmäßig anleiten
3. Kooperation mit der Geschwister-Scholl-Schule

V. Abweichungen vom Plan
Die Werkstatt öffnete einen Monat später als geplant, weil sich der Umbau des Ladenlokals verzögert hat.

VI. Finanzierung
Miete Werkstatt: 7.200,00 EUR
Werkzeug und Material: 4.980,00 EUR
Honorare Anleitung: 5.820,00 EUR
Summe: 18.000,00 EUR

VII. Ausblick und Nachhaltigkeit
Die Stadt Heidelberg übernimmt ab April 2024 die Hälfte der Miete, den Rest tragen Spenden.

VIII. Bestätigung
| Ort, Datum | Heidelberg, den 28.06.2024
| Name und Funktion | Jonas Reuter (Projektleitung)
"""),
    # A PDF printed from the Word form.
    Report("familienzentrum-lindenhof", "pdf", """\
# Sachbericht zum Verwendungsnachweis
## 1. Angaben zum Projektträger
| Träger (Zuwendungsempfänger) | Familienzentrum Lindenhof e.V.
| Titel des Projekts | Elterncafé international
| Ansprechperson | Frau Selin Aydın
| Anschrift | Gontardstraße 7\\n68163 Mannheim
| Telefon | 0621 123 45 67
| E-Mail | s.aydin@fz-lindenhof.de
| Förderkennzeichen | GiQ-2023-0502
| Bewilligungszeitraum | 01.06.2023 – 31.05.2024
| Bewilligte Fördersumme | 12.500,00 €
## 2. Ziele und Zielgruppen
? Welche Ziele hatte das Projekt laut Antrag? Wen wollten Sie erreichen?
Eltern aus zugewanderten Familien sollten einen offenen Treffpunkt bekommen, an dem sie Fragen zu Kita, Schule und Gesundheit stellen können. Gleichzeitig sollten deutschsprachige Eltern als Patinnen und Paten gewonnen werden.
## 3. Durchführung
? Beschreiben Sie die durchgeführten Maßnahmen mit Datum bzw. Zeitraum und Ort.
Das Elterncafé fand ab dem 13.06.2023 jeden Dienstag im Familienzentrum statt. Im Herbst gab es drei Themenabende mit Fachleuten (am 10.10.2023, 07.11.2023 und 05.12.2023). Ein Ausflug in den Luisenpark folgte am 11. Mai 2024.
## 4. Ergebnisse und Wirkungen
? Welche Ergebnisse hat das Projekt erreicht? Bitte nennen Sie die wichtigsten Ergebnisse einzeln.
- durchschnittlich 16 Eltern pro Treffen
- 11 Patenschaften zwischen Familien
- ein mehrsprachiger Wegweiser zu Beratungsstellen im Stadtteil
## 5. Abweichungen vom Plan
? Gab es Abweichungen vom Arbeits-, Zeit- oder Finanzierungsplan? Bitte begründen Sie diese.
Statt der geplanten vier Themenabende fanden nur drei statt, da eine Referentin kurzfristig absagte. Die Mittel wurden für Dolmetschkosten verwendet.
## 6. Finanzierung
? Bitte stellen Sie die Ausgaben nach Kostenpositionen und die Gesamtausgaben dar.
| Personalkosten | 7.800,00 €
| Honorare und Dolmetschkosten | 2.450,00 €
| Verpflegung | 1.380,00 €
| Druckkosten Wegweiser | 870,00 €
| Gesamt | 12.500,00 €
## 7. Ausblick und Nachhaltigkeit
? Wie geht es nach dem Ende der Förderung weiter?
Das Elterncafé wird als Angebot des Familienzentrums weitergeführt, die Patenschaften begleitet ehrenamtlich das Patenteam.
## 8. Bestätigung
| Ort, Datum | Mannheim, 15.07.2024
| Name und Funktion | Selin Aydın, Leitung Familienzentrum
"""),
    # Plain text with typos in headings, "•" bullets, the deviations section left out.
    Report("jugendhaus-am-bahnhof", "txt", """\
Sachbericht
Jugendhaus am Bahnhof, Projekt "Bühne frei!"

1. Angaben zum Projekträger
| Träger | Stadtjugendring Ludwigsburg e.V. – Jugendhaus am Bahnhof
| Titel des Projekts | Bühne frei! Theaterwerkstatt für Jugendliche
| Ansprechperson | Mirko Hahn
| Anschrift | Bahnhofstraße 3, 71638 Ludwigsburg
| Telefon | 07141 - 91 02 44
| E-Mail | m.hahn@jugendhaus-lb.de
| Förderkennzeichen | GiQ-2022-0951
| Bewilligungszeitraum | 15.09.2022 bis 14.09.2023
| Bewilligte Fördersumme | 9.600 €

2. Ziele und Zielgrupen
Jugendliche zwischen 13 und 18 Jahren aus dem Bahnhofsviertel sollten gemeinsam ein Theaterstück über ihr Viertel entwickeln und aufführen.

3. Durchführnug
Wöchentliche Proben ab dem 20.09.2022 im Jugendhaus. Probenwochenende vom 17.03.2023 bis 19.03.2023 in der Jugendherberge. Premiere am 24.06.2023 im Scala, zweite Aufführung am 01.07.2023.

4. Ergebnisse und Wirkungen
• 19 Jugendliche haben bis zur Premiere mitgemacht
• 2 Aufführungen mit zusammen 340 Zuschauern
• eine neue Theatergruppe, die sich selbst organisiert

6. Finanzierung
Theaterpädagogin (Honorar): 6.000 €
Technik und Bühnenbild: 2.100 €
Probenwochenende: 1.500 €
Gesamtkosten 9.600 €

7. Ausblick und Nachhaltikgeit
Die Gruppe probt weiter, das Jugendhaus stellt den Raum. Für ein zweites Stück stellen wir einen neuen Antrag.

8. Bestätigung
| Ort, Datum | Ludwigsburg, 30.10.2023
| Name und Funktion | Mirko Hahn, Leiter Jugendhaus
"""),
    # Word without heading styles: bold lines; the applicant block typed as "Label: value" paragraphs.
    Report("generationenbruecke", "docx", """\
# Sachbericht Verwendungsnachweis 2023
## Angaben zum Projektträger
Träger (Zuwendungsempfänger): Generationenbrücke Tübingen e.V.
Titel des Projekts: Lesepaten – Alt und Jung lesen zusammen
Ansprechperson: Frau Ingrid Kessler
Anschrift: Am Stadtgraben 21, 72070 Tübingen
Telefon: 07071/93 44 21
E-Mail: kessler@generationenbruecke-tue.de
Förderkennzeichen: GiQ-2023-0133
Bewilligungszeitraum: 01.01.2023 – 31.12.2023
Bewilligte Fördersumme: 6.400,00 EUR
## Ziele und Zielgruppen
Seniorinnen und Senioren lesen mit Grundschulkindern, die zu Hause wenig vorgelesen bekommen. So sollen die Kinder besser lesen lernen und die Älteren eine sinnvolle Aufgabe finden.
## Durchführung
Schulung der Lesepaten am 25.01.2023 und 01.02.2023. Lesestunden an drei Grundschulen von Februar bis Juli 2023 und wieder ab dem 18.09.2023. Gemeinsames Lesefest in der Stadtbücherei am 02.12.2023.
## Ergebnisse und Wirkungen
Die wichtigsten Ergebnisse sind: 23 aktive Lesepaten, 61 Kinder mit wöchentlicher Lesestunde und eine feste Vereinbarung mit allen drei Schulen.
## Abweichungen vom Plan
entfällt
## Finanzierung
Für die Koordination (Minijob) wurden 3.600,00 € ausgegeben, für Bücher und Material 1.900,00 €, für die Schulung 600,00 € und für das Lesefest 300,00 €. Insgesamt 6.400,00 €.
## Ausblick und Nachhaltigkeit
Die Schulen haben zugesagt, die Lesestunden weiter in den Stundenplan aufzunehmen.
## Bestätigung
Ort, Datum: Tübingen, 14.02.2024
Name und Funktion: Ingrid Kessler, 1. Vorsitzende
""", styled_headings=False),
    # PDF; the outlook answered with a placeholder; amounts in a table with "EUR" in front.
    Report("stadtteilgarten-nord", "pdf", """\
# Sachbericht zum Verwendungsnachweis
## 1. Angaben zum Projektträger
| Träger (Zuwendungsempfänger) | BUND Ortsgruppe Freiburg-Nord
| Titel des Projekts | Interkultureller Stadtteilgarten Brühl
| Ansprechperson | Lena Vogt
| Anschrift | Komturstraße 18\\n79106 Freiburg im Breisgau
| Telefon | 0761 / 2 90 77 15
| E-Mail | garten@bund-freiburg-nord.de
| Förderkennzeichen | GiQ-2023-0276
| Bewilligungszeitraum | 01.03.2023 – 31.10.2023
| Bewilligte Fördersumme | 8.250,00 EUR
## 2. Ziele und Zielgruppen
? Welche Ziele hatte das Projekt laut Antrag? Wen wollten Sie erreichen?
Auf einer brachliegenden Fläche sollte ein Gemeinschaftsgarten entstehen, den Familien aus der Gemeinschaftsunterkunft und Nachbarn aus dem Brühl gemeinsam bewirtschaften.
## 3. Durchführung
? Beschreiben Sie die durchgeführten Maßnahmen mit Datum bzw. Zeitraum und Ort.
Pflanzaktion am 22.04.2023 mit 40 Helferinnen und Helfern. Danach Gartentreffen jeden Mittwoch. Erntefest am 16.09.2023.
## 4. Ergebnisse und Wirkungen
? Welche Ergebnisse hat das Projekt erreicht? Bitte nennen Sie die wichtigsten Ergebnisse einzeln.
- 24 Hochbeete, von 18 Familien betreut
- ein Gartenteam aus 7 Personen
## 5. Abweichungen vom Plan
? Gab es Abweichungen vom Arbeits-, Zeit- oder Finanzierungsplan? Bitte begründen Sie diese.
Der Wasseranschluss wurde teurer als geplant (Mehrkosten durch Umschichtung aus den Sachkosten gedeckt).
## 6. Finanzierung
? Bitte stellen Sie die Ausgaben nach Kostenpositionen und die Gesamtausgaben dar.
| Hochbeete und Erde | EUR 4.100,00
| Wasseranschluss | EUR 2.350,00
| Werkzeug | EUR 1.200,00
| Erntefest | EUR 600,00
| Gesamtausgaben | EUR 8.250,00
## 7. Ausblick und Nachhaltigkeit
? Wie geht es nach dem Ende der Förderung weiter?
k. A.
## 8. Bestätigung
| Ort, Datum | Freiburg, 20.12.2023
| Name und Funktion | Lena Vogt
"""),
    # Plain text, labels with the value on the next line, section answers "entfällt" and "-".
    Report("sprachcafe-offene-tuer", "txt", """\
Sachbericht zum Verwendungsnachweis
Förderprogramm Gemeinsam im Quartier

1. Angaben zum Projektträger
| Träger (Zuwendungsempfänger) | Evangelische Kirchengemeinde Pfullingen
| Titel des Projekts | Sprachcafé Offene Tür
| Ansprechperson | Pfarrerin Dorothee Maurer
| Anschrift | Kirchstraße 5\\n72793 Pfullingen
| Telefon | 07121 7 80 31
| E-Mail | sprachcafe@ev-kirche-pfullingen.de
| Förderkennzeichen | GiQ-2023-0611
| Bewilligungszeitraum | 01.07.2023 – 30.06.2024
| Bewilligte Fördersumme | 4.500,00 EUR

2. Ziele und Zielgruppen
Welche Ziele hatte das Projekt laut Antrag? Wen wollten Sie erreichen?
Geflüchtete und zugewanderte Erwachsene sollen im Alltag Deutsch sprechen üben, ohne Kursdruck und in entspannter Atmosphäre.

3. Durchführung
Beschreiben Sie die durchgeführten Maßnahmen mit Datum bzw. Zeitraum und Ort.
Das Sprachcafé ist seit dem 06.07.2023 jeden Donnerstagnachmittag im Gemeindehaus geöffnet. Am 14.12.2023 gab es eine Weihnachtsfeier, am 23.05.2024 einen Ausflug nach Reutlingen.

4. Ergebnisse und Wirkungen
Welche Ergebnisse hat das Projekt erreicht? Bitte nennen Sie die wichtigsten Ergebnisse einzeln.
- regelmäßig 20 bis 25 Gäste
- 6 Gäste haben danach einen Integrationskurs begonnen
- ein Team von 10 Ehrenamtlichen

5. Abweichungen vom Plan
Gab es Abweichungen vom Arbeits-, Zeit- oder Finanzierungsplan? Bitte begründen Sie diese.
entfällt

6. Finanzierung
Bitte stellen Sie die Ausgaben nach Kostenpositionen und die Gesamtausgaben dar.
Material und Spiele: 1.150,00 €
Bewirtung: 2.300,00 €
Ausflug: 1.050,00 €
Summe: 4.500,00 €

7. Ausblick und Nachhaltigkeit
Wie geht es nach dem Ende der Förderung weiter?
-

8. Bestätigung
| Ort, Datum | Pfullingen, 09.08.2024
| Name und Funktion | Dorothee Maurer, Pfarrerin
""", label_lines="below"),
    # Word with headings in other words than the form's; results numbered; dates in several formats.
    Report("buergerverein-altstadt", "docx", """\
# Sachbericht
Bürgerverein Altstadt Esslingen – Projekt „Altstadt-Lotsen“
## Projektträger
| Träger | Bürgerverein Altstadt Esslingen e.V.
| Titel des Projekts | Altstadt-Lotsen: Nachbarn zeigen Neuen ihre Stadt
| Ansprechperson | Thomas Weigand, Vorstand
| Anschrift | Hafenmarkt 9\\n73728 Esslingen am Neckar
| Telefon | 0711 3 96 81 20
| E-Mail | vorstand@altstadt-esslingen.de
| Förderkennzeichen | Az. GiQ-2023-0345 (bitte stets angeben)
| Bewilligungszeitraum | 01.05.2023 – 30.04.2024
| Bewilligte Fördersumme | 7.300,00 Euro
## Zielsetzung
Neu Zugezogene, besonders Familien mit Migrationsgeschichte, sollten durch ehrenamtliche Lotsen die Angebote der Altstadt kennenlernen: Vereine, Beratungsstellen, Kultur.
## Sachstand / Durchführung der Maßnahmen
Lotsen-Schulung am 3. Juni 2023. Stadtrundgänge mit Neuen ab Juli 2023, etwa alle zwei Wochen. Vereinsmesse im Alten Rathaus am 14.10.2023. Jahrestreffen der Lotsen am 20.4.2024.
## Ergebnisse
1. 15 ausgebildete Lotsinnen und Lotsen
2. 38 Rundgänge mit 126 Teilnehmenden
3. 9 Vereine haben neue Mitglieder gewonnen
## Abweichungen vom Plan
Die Vereinsmesse war im Antrag für das Frühjahr 2024 geplant und wurde vorgezogen, weil das Alte Rathaus im Frühjahr renoviert wird.
## Finanzierung
| Aufwandsentschädigungen Lotsen | 2.700,00 €
| Schulung | 900,00 €
| Vereinsmesse | 2.950,00 €
| Flyer und Stadtpläne | 750,00 €
| Gesamtausgaben | 7.300,00 €
## Ausblick
Die Lotsen machen weiter; der Verein übernimmt die Aufwandsentschädigungen aus Mitgliedsbeiträgen.
## Bestätigung
| Ort, Datum | Esslingen, 05.07.2024
| Name und Funktion | Thomas Weigand, Vorstand
"""),
    # PDF; "Finanzielle Abwicklung" instead of "Finanzierung"; the confirmation left out.
    Report("kulturhaus-mosaik", "pdf", """\
# Sachbericht zum Verwendungsnachweis
## 1. Angaben zum Projektträger
| Träger (Zuwendungsempfänger) | Kulturhaus Mosaik gUG (haftungsbeschränkt)
| Titel des Projekts | Nachbarschaftschor „Viele Stimmen“
| Ansprechperson | Daniel Okafor
| Anschrift | Weststadtstraße 44\\n89077 Ulm
| Telefon | 0731 / 14 06 93 0
| E-Mail | chor@kulturhaus-mosaik.de
| Förderkennzeichen | GiQ-2023-0720
| Bewilligungszeitraum | 01.09.2023 – 31.08.2024
| Bewilligte Fördersumme | 5.000,00 €
## 2. Ziele und Zielgruppen
? Welche Ziele hatte das Projekt laut Antrag? Wen wollten Sie erreichen?
Ein offener Chor für alle Generationen und Herkunftssprachen: Jede und jeder kann ohne Vorkenntnisse mitsingen, gesungen wird auch in den Sprachen der Teilnehmenden.
## 3. Durchführung
? Beschreiben Sie die durchgeführten Maßnahmen mit Datum bzw. Zeitraum und Ort.
Erste Chorprobe am 12.09.2023, seitdem wöchentlich im Kulturhaus. Konzerte am 17.12.2023 in der Pauluskirche und am 22.06.2024 beim Weststadtfest.
## 4. Ergebnisse und Wirkungen
? Welche Ergebnisse hat das Projekt erreicht? Bitte nennen Sie die wichtigsten Ergebnisse einzeln.
- 45 Sängerinnen und Sänger aus 14 Ländern
- zwei Konzerte mit zusammen rund 500 Gästen
## 5. Abweichungen vom Plan
? Gab es Abweichungen vom Arbeits-, Zeit- oder Finanzierungsplan? Bitte begründen Sie diese.
Keine Abweichungen.
## 6. Finanzielle Abwicklung
| Chorleitung (Honorar) | 3.600,00 €
| Noten und Übersetzungen | 650,00 €
| Konzertkosten | 750,00 €
| Summe | 5.000,00 €
## 7. Ausblick und Nachhaltigkeit
? Wie geht es nach dem Ende der Förderung weiter?
Der Chor finanziert die Chorleitung künftig über Beiträge auf Spendenbasis und Auftritte.
"""),
    # Plain text in capitals, short answers, an approximate amount, the goals section empty.
    Report("elterninitiative-kinderinsel", "txt", """\
SACHBERICHT ZUM VERWENDUNGSNACHWEIS

1. ANGABEN ZUM PROJEKTTRÄGER
| Träger | Elterninitiative Kinderinsel e.V.
| Titel des Projekts | Spielplatzpaten Oststadt
| Ansprechperson | Katrin Ludwig
| Anschrift | Rosenstraße 2, 76131 Karlsruhe
| Telefon | 0721 / 9 37 15 62
| E-Mail | k.ludwig@kinderinsel-ka.de
| Förderkennzeichen | GiQ-2023-0459
| Bewilligungszeitraum | 01.04.2023 – 31.12.2023
| Bewilligte Fördersumme | 3.000 €

2. ZIELE UND ZIELGRUPPEN
-

3. DURCHFÜHRUNG
Putz- und Spielaktionen auf dem Spielplatz Rosenstraße am 29.04.2023, 24.06.2023 und 23.09.2023.

4. ERGEBNISSE UND WIRKUNGEN
- 3 Aktionstage mit je ca. 60 Kindern
- neue Sitzbänke und ein Sonnensegel

5. ABWEICHUNGEN VOM PLAN
keine

6. FINANZIERUNG
Spielgeräte und Material ca. 1.800 €, Sonnensegel 900 €, Verpflegung 300 €.
Gesamt: EUR 3.000,00

7. AUSBLICK UND NACHHALTIGKEIT
Die Spielplatzpaten treffen sich weiterhin zweimal im Jahr.

8. BESTÄTIGUNG
| Ort, Datum | Karlsruhe, 12. Januar 2024
| Name und Funktion | Katrin Ludwig, Vorstand
"""),
    # A short Word report: several sections unanswered, the confirmation and outlook left out.
    Report("repair-cafe-ostend", "docx", """\
# Sachbericht zum Verwendungsnachweis
## 1. Angaben zum Projektträger
| Träger (Zuwendungsempfänger) | Repair Café Ostend (Initiative im Stadtteilverein Ostend e.V.)
| Titel des Projekts | Repair Café Ostend
| Ansprechperson | k. A.
| Anschrift | Ostendstraße 106, 70188 Stuttgart
| Telefon |
| E-Mail | repaircafe-ostend@posteo.de
| Förderkennzeichen | GiQ-2023-0814
| Bewilligungszeitraum | 01.10.2023 – 31.03.2024
| Bewilligte Fördersumme | 2.000,00 EUR
## 2. Ziele und Zielgruppen
Reparieren im Stadtteil, Müll vermeiden, Nachbarschaft.
## 3. Durchführung
Monatliche Reparaturtreffen im Stadtteilhaus, das erste am 14.10.2023, das letzte im Förderzeitraum am 09.03.2024.
## 4. Ergebnisse und Wirkungen
k. A.
## 5. Abweichungen vom Plan
-
## 6. Finanzierung
| Werkzeug | 1.450,00 €
| Versicherung | 550,00 €
"""),
    # A long PDF from a larger body: prose results enumerated after a colon, amounts in prose.
    Report("seniorennetz-hochdorf", "pdf", """\
# Sachbericht zum Verwendungsnachweis
Förderprogramm „Gemeinsam im Quartier“ – Verwendungsnachweis für das Haushaltsjahr 2023
## 1. Angaben zum Projektträger
| Träger (Zuwendungsempfänger) | Gemeinde Hochdorf, Bürgermeisteramt
| Titel des Projekts | Seniorennetz Hochdorf – Mobil im Alter
| Ansprechperson | Frau Sabine Krämer, Seniorenbeauftragte
| Anschrift | Rathausplatz 1\\n73269 Hochdorf
| Telefon | 07153 5006-35
| E-Mail | s.kraemer@hochdorf.de
| Förderkennzeichen | GiQ-2022-0877
| Bewilligungszeitraum | 01.11.2022 – 31.10.2023
| Bewilligte Fördersumme | 15.000,00 €
## 2. Ziele und Zielgruppen
? Welche Ziele hatte das Projekt laut Antrag? Wen wollten Sie erreichen?
Ältere Menschen ohne Auto sollten mobil bleiben und am Gemeindeleben teilnehmen können. Dazu sollte ein ehrenamtlicher Fahrdienst aufgebaut und mit dem Nachbarschaftshilfeverein vernetzt werden.
## 3. Durchführung
? Beschreiben Sie die durchgeführten Maßnahmen mit Datum bzw. Zeitraum und Ort.
Im November und Dezember 2022 wurden Fahrerinnen und Fahrer geworben. Der Fahrdienst startete am 16.01.2023 mit einem gebrauchten Kleinbus. Am 25.03.2023 fand im Rathaus ein Informationstag statt, am 08.07.2023 ein gemeinsamer Ausflug an den Bodensee.
## 4. Ergebnisse und Wirkungen
? Welche Ergebnisse hat das Projekt erreicht? Bitte nennen Sie die wichtigsten Ergebnisse einzeln.
Das Projekt hat erreicht: einen Fahrdienst an vier Tagen pro Woche, 21 ehrenamtliche Fahrerinnen und Fahrer, rund 1.900 Fahrten im ersten Jahr sowie eine Kooperation mit der Nachbarschaftshilfe.
## 5. Abweichungen vom Plan
? Gab es Abweichungen vom Arbeits-, Zeit- oder Finanzierungsplan? Bitte begründen Sie diese.
Der Kleinbus wurde gebraucht statt neu gekauft. Dadurch blieben Mittel übrig, die für die Schulung der Fahrer eingesetzt wurden.
## 6. Finanzierung
? Bitte stellen Sie die Ausgaben nach Kostenpositionen und die Gesamtausgaben dar.
Kleinbus (gebraucht): 9.800,00 €
Versicherung und Unterhalt: 2.900,00 €
Fahrerschulung: 1.300,00 €
Öffentlichkeitsarbeit: 1.000,00 €
Die Gesamtausgaben betrugen 15.000,00 €.
## 7. Ausblick und Nachhaltigkeit
? Wie geht es nach dem Ende der Förderung weiter?
Die Gemeinde trägt ab 2024 die laufenden Kosten des Fahrdienstes im Haushalt.
## 8. Bestätigung
? Wir bestätigen, dass die Angaben in diesem Sachbericht vollständig und richtig sind.
| Ort, Datum | Hochdorf, 18.01.2024
| Name und Funktion | Sabine Krämer, Seniorenbeauftragte
"""),
]

# ------------------------------------------------------------------------------------ the blocks


def blocks(text: str) -> list[tuple[str, object]]:
    """The markup as (kind, content) blocks; consecutive rows form one table."""
    out: list[tuple[str, object]] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line:
            out.append(("gap", None))
        elif line.startswith("# "):
            out.append(("title", line[2:]))
        elif line.startswith("## "):
            out.append(("heading", line[3:]))
        elif line.startswith("? "):
            out.append(("prompt", line[2:]))
        elif line.startswith("|"):
            cells = [c.strip().replace("\\n", "\n") for c in line.strip("|").split("|")]
            row = (cells[0], cells[1] if len(cells) > 1 else "")
            if out and out[-1][0] == "table":
                out[-1][1].append(row)  # type: ignore[union-attr]
            else:
                out.append(("table", [row]))
        elif line.startswith("- "):
            out.append(("bullet", line[2:]))
        else:
            out.append(("para", line))
    return out


# ------------------------------------------------------------------------------------------ txt

def render_txt(report: Report) -> str:
    lines: list[str] = []
    for kind, content in blocks(report.text):
        if kind == "gap":
            lines.append("")
        elif kind == "table":
            for label, value in content:  # type: ignore[union-attr]
                if report.label_lines == "below":
                    lines += [f"{label}:", *value.split("\n")]
                else:
                    first, *rest = value.split("\n")
                    lines += [f"{label}: {first}".rstrip(), *rest]
        elif kind == "bullet":
            lines.append(f"- {content}")
        else:
            lines.append(str(content))
    return "\n".join(lines).strip() + "\n"


# ------------------------------------------------------------------------------------------ docx

def render_docx(report: Report, title: str) -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.5)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    samples._set_language(document, "de-DE")
    core = document.core_properties
    core.title, core.author, core.language = title, "Projektträger", "de-DE"
    core.created = core.modified = samples.datetime(*ZIP_TIME, tzinfo=samples.timezone.utc)
    core.last_modified_by, core.revision = "Projektträger", 1
    for kind, content in blocks(report.text):
        if kind == "gap":
            continue
        if kind in ("title", "heading"):
            level, size = (0, 16) if kind == "title" else (1, 12)
            if report.styled_headings:
                document.add_heading(str(content), level=level)
            else:  # typed as a bold line
                run = document.add_paragraph().add_run(str(content))
                run.bold, run.font.size = True, Pt(size)
        elif kind == "prompt":
            document.add_paragraph().add_run(str(content)).italic = True
        elif kind == "table":
            rows = content  # type: ignore[assignment]
            table = document.add_table(rows=len(rows), cols=2)
            table.style = "Table Grid"
            for r, (label, value) in enumerate(rows):
                table.cell(r, 0).text = label
                table.cell(r, 1).text = value
                table.cell(r, 0).width, table.cell(r, 1).width = Cm(5.5), Cm(10.5)
            document.add_paragraph()
        elif kind == "bullet":
            document.add_paragraph(str(content), style="List Bullet")
        else:
            document.add_paragraph(str(content))
    raw = io.BytesIO()
    document.save(raw)
    return samples.fixed_zip(raw.getvalue(), ZIP_TIME)


# ------------------------------------------------------------------------------------------- pdf

def render_pdf(report: Report, title: str, path: Path) -> None:
    font = samples._register_fonts()
    body = ParagraphStyle("Body", fontName=font, fontSize=10.5, leading=14.5, spaceAfter=5)
    prompt = ParagraphStyle("Prompt", parent=body, fontName=f"{font}-Oblique", textColor="#404040")
    heading = ParagraphStyle("Heading", fontName=f"{font}-Bold", fontSize=12.5, leading=16, spaceBefore=12,
                             spaceAfter=6, keepWithNext=1)
    title_style = ParagraphStyle("Title", fontName=f"{font}-Bold", fontSize=15, leading=19, spaceAfter=8)
    cell = ParagraphStyle("Cell", parent=body, spaceAfter=0)
    story: list = []
    bullets: list = []

    def flush() -> None:
        if bullets:
            story.append(ListFlowable(list(bullets), bulletType="bullet", start="•", bulletFontName=font,
                                      leftIndent=16, spaceAfter=5))
            bullets.clear()

    for kind, content in blocks(report.text):
        if kind != "bullet":
            flush()
        if kind == "gap":
            continue
        if kind == "title":
            story.append(Paragraph(escape(str(content)), title_style))
        elif kind == "heading":
            story.append(Paragraph(escape(str(content)), heading))
        elif kind == "prompt":
            story.append(Paragraph(escape(str(content)), prompt))
        elif kind == "table":
            data = [[Paragraph(escape(label), cell), Paragraph(escape(value).replace("\n", "<br/>"), cell)]
                    for label, value in content]  # type: ignore[union-attr]
            table = Table(data, colWidths=[55 * mm, 105 * mm])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#808080"),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 6)]
        elif kind == "bullet":
            bullets.append(ListItem(Paragraph(escape(str(content)), body), leftIndent=16))
        else:
            story.append(Paragraph(escape(str(content)), body))
    flush()
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                            bottomMargin=25 * mm, title=title, author="Projektträger", lang="de-DE",
                            creator="scripts/build_sachbericht.py", invariant=1)
    doc.build(story)


def write(report: Report) -> Path:
    title = next((str(c) for k, c in blocks(report.text) if k == "title"), "Sachbericht")
    path = OUT / f"{report.name}.{report.fmt}"
    if report.fmt == "txt":
        path.write_text(render_txt(report), encoding="utf-8")
    elif report.fmt == "docx":
        path.write_bytes(render_docx(report, title))
    else:
        render_pdf(report, title, path)
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "blank-form.docx").write_bytes(render_docx(Report("blank-form", "docx", BLANK), "Sachbericht"))
    for report in REPORTS:
        write(report)
    print(f"wrote {OUT / 'blank-form.docx'} and {len(REPORTS)} reports into {OUT}")


if __name__ == "__main__":
    main()
