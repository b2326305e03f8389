"""Build the .docx and .pdf files of the redaction test set, tests/data/redaction/.

Run from the repository root:

    python -m testkit.redaction_set            # writes tests/data/redaction/schorndorf_brandner.docx, rottenburg.pdf
    python -m testkit.redaction_set --check    # exit 1 if a rebuild would change a committed file

The reports below are written by hand, with personal data planted in them; tests/data/redaction/
MANIFEST.json lists every planted item and its kind, also by hand (the .txt report of the set,
waldkirch.txt, is committed as it is). Nothing here or there comes from the extractor.
Deterministic: fixed zip timestamps and document properties, reportlab's ``invariant`` mode.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.shared import Cm, Pt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from testkit.docx_parts import fixed_zip

ROOT = Path(__file__).resolve().parent.parent

OUT = ROOT / "tests" / "data" / "redaction"
ZIP_TIME = (2017, 9, 1, 12, 0, 0)
STAMP = dt.datetime(2017, 9, 1, 12, 0, 0)

HEADINGS = {"Angaben zur Kommune", "Veranstaltungskonzept", "Ausgangssituation / Anlass", "Beratung und Moderation",
            "Themenfelder", "Beteiligte Akteure", "Bewertung des Ablaufs und der Ergebnisse",
            "Konkrete Ergebnisse, Maßnahmen und nächste Schritte", "Kosten und Effizienz",
            "Empfehlungen und sonstige Rückmeldungen"}

# The municipality part as label/value rows (a table in the docx); then the sections as paragraphs.
# Lines in "?" end are the form's prompt questions.
SCHORNDORF_FIELDS = [
    ("Name der Stadt oder Gemeinde", ["Schorndorf"]),
    ("Einwohnerzahl", ["ca. 39.000"]),
    ("Landkreis", ["Rems-Murr-Kreis"]),
    ("Regierungsbezirk", ["Stuttgart"]),
    ("Name und Adresse der Kontaktperson für den Kommunalen Flüchtlingsdialog",
     ["Sabine Brandner", "Leiterin der Stabsstelle Integration", "Marktplatz 1", "73614 Schorndorf"]),
    ("Telefon der Kontaktperson", ["07181 602-3140"]),
    ("E-Mail der Kontaktperson", ["sabine.brandner@schorndorf.de"]),
]
SCHORNDORF = """\
Veranstaltungskonzept
Bitte beschreiben Sie kurz die Zielsetzung, das Format und die methodische Umsetzung des Flüchtlingsdialogs.
Am 14.10.2017 fand im Bürgerhaus ein Dialogtag statt, am 11.11.2017 eine Zukunftswerkstatt. Frau Brandners Team im Rathaus bereitete beide Termine vor; die Einladungen verschickte K.-H. Maier aus dem Hauptamt.
Ausgangssituation / Anlass
Was war in Ihrer Kommune der konkrete Anlass für die Durchführung eines Flüchtlingsdialogs? Welche Ausgangssituation fanden Sie vor?
Die Zahl der Geflüchteten in der Anschlussunterbringung hatte sich verdoppelt. Der Sozialarbeiter Dawit begleitete viele Familien. Ihre Tochter Samira, geboren am 3. Mai 1998, wohnt mit der Familie in der Schlichtener Straße 45, 73614 Schorndorf, und ist unter 0176 98765432 erreichbar.
Beratung und Moderation
Wer hat diese Aufgaben übernommen? Für welche Aufgaben haben Sie Beratungs- und Moderationsleistungen in Anspruch genommen?
Beraten hat uns Prof. Dr. Ulrich Eberhardt vom Institut für Sozialplanung. Anfragen an den Sozialarbeiter gingen an dawit.tesfay [at] gmx [dot] de.
Themenfelder
Welche Themen wurden im Flüchtlingsdialog diskutiert und bearbeitet?
Wohnen, Sprache, Arbeit, Gesundheit und Zusammenleben im Quartier.
Beteiligte Akteure
Bitte nennen Sie die Teilnehmergruppen und die Anzahl der Personen, die an dem Flüchtlingsdialog teilgenommen haben.
Etwa 120 Bürgerinnen und Bürger, das Diakonische Werk, die Volkshochschule und der Arbeitskreis Asyl Schorndorf.
Bewertung des Ablaufs und der Ergebnisse
Wie zufrieden sind Sie mit dem Ablauf der Dialogveranstaltung(en)? (Format, Struktur, Moderation, Transparenz, fairer und respektvoller Umgang, Informationsmaterial etc.)
Die Oberbürgermeisterin begrüßte die Gäste. Samira stellte ihr Projekt vor; ihre Bilder stehen unter instagram.com/samira.t_07. Die Protokolle liegen unter /home/sbrandner/Berichte/kfd_2017/protokolle.
Konkrete Ergebnisse, Maßnahmen und nächste Schritte
Nennen Sie drei wichtige Ergebnisse bzw. konkrete Maßnahmen, die im Flüchtlingsdialog erarbeitet wurden.
Ein Sprachcafé, ein Runder Tisch Wohnen und eine Jobbörse mit der Agentur für Arbeit.
Kosten und Effizienz
Wie hoch schätzen Sie die in Ihrer Kommune entstandenen Kosten für Organisation und Durchführung der Flüchtlingsdialoge ein? (Beratungs- und Moderationskosten, Sachmittel etc.)
Rund 7.200 €. Die Spende eines Bürgers ging auf das Konto DE88 6005 0101 0002 3456 78.
Empfehlungen und sonstige Rückmeldungen
Was würden Sie beim nächsten Mal anders machen?
Mehr Zeit für die Vorbereitung einplanen. Rückfragen bitte an BRANDNER, Stabsstelle Integration.
"""

ROTTENBURG = """\
Angaben zur Kommune
Name der Stadt oder Gemeinde:
Rottenburg am Neckar
Einwohnerzahl:
43.500
Landkreis:
Tübingen
Regierungsbezirk:
Tübingen
Name und Adresse der Kontaktperson für den Kommunalen Flüchtlingsdialog:
Tobias Rieger
Sachgebiet Integration
Marktplatz 18
72108 Rottenburg am Neckar
Telefon der Kontaktperson:
07472 165-290
E-Mail der Kontaktperson:
tobias.rieger@rottenburg.de
Veranstaltungskonzept
Bitte beschreiben Sie kurz die Zielsetzung, das Format und die methodische Umsetzung des Flüchtlingsdialogs.
Ein Bürgerdialog am 03.02.2018 und zwei Themenabende am 15.02.2018 und am 01.03.2018. Riegers Konzept sah kleine Tischgruppen vor.
Ausgangssituation / Anlass
Was war in Ihrer Kommune der konkrete Anlass für die Durchführung eines Flüchtlingsdialogs? Welche Ausgangssituation fanden Sie vor?
Die Familie Haddad, Königstraße 7, 72108 Rottenburg am Neckar, hatte um Unterstützung bei der Wohnungssuche gebeten. Die Mutter, * 07.11.1979, spricht nur wenig Deutsch. Der Übersetzer Karim half beim Ausfüllen der Anträge; er ist erreichbar über karim.nouri (at) posteo (punkt) de oder +49 151 23456789.
Beratung und Moderation
Wer hat diese Aufgaben übernommen? Für welche Aufgaben haben Sie Beratungs- und Moderationsleistungen in Anspruch genommen?
Moderiert hat Herrn Markus Ostertag von der Führungsakademie Baden-Württemberg. Unterlagen liegen auf \\\\fileserver01\\home$\\trieger\\KFD.
Themenfelder
Welche Themen wurden im Flüchtlingsdialog diskutiert und bearbeitet?
Wohnraum, Kinderbetreuung, Sprachkurse und Ehrenamt.
Beteiligte Akteure
Bitte nennen Sie die Teilnehmergruppen und die Anzahl der Personen, die an dem Flüchtlingsdialog teilgenommen haben.
Rund 60 Personen, darunter der Caritasverband, das Deutsche Rote Kreuz und die Kirchengemeinde St. Moriz.
Bewertung des Ablaufs und der Ergebnisse
Wie zufrieden sind Sie mit dem Ablauf der Dialogveranstaltung(en)? (Format, Struktur, Moderation, Transparenz, fairer und respektvoller Umgang, Informationsmaterial etc.)
Der Oberbürgermeister und der Erste Bürgermeister nahmen teil. Ein Lebenslauf ist unter www.linkedin.com/in/tobias-rieger-rottenburg zu finden.
Konkrete Ergebnisse, Maßnahmen und nächste Schritte
Nennen Sie drei wichtige Ergebnisse bzw. konkrete Maßnahmen, die im Flüchtlingsdialog erarbeitet wurden.
Eine Wohnraumbörse, ein Patenprogramm und ein Elterncafé.
Kosten und Effizienz
Wie hoch schätzen Sie die in Ihrer Kommune entstandenen Kosten für Organisation und Durchführung der Flüchtlingsdialoge ein? (Beratungs- und Moderationskosten, Sachmittel etc.)
Gesamtkosten ca. 5.800 €. Eine Erstattung an die Familie ging an IBAN DE44 6439 0130 0123 4567 89.
Empfehlungen und sonstige Rückmeldungen
Was würden Sie beim nächsten Mal anders machen?
Früher mit den Vereinen sprechen.
gez. A. Baumgärtner
"""


def build_docx() -> bytes:
    document = docx.Document()
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    document.add_paragraph("Abschlussbericht Kommunaler Flüchtlingsdialog", style="Title")
    document.add_heading("Angaben zur Kommune", level=1)
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    for label, lines in SCHORNDORF_FIELDS:
        row = table.add_row()
        row.cells[0].width, row.cells[1].width = Cm(7), Cm(9)
        row.cells[0].paragraphs[0].add_run(label).bold = True
        for i, line in enumerate(lines):
            (row.cells[1].paragraphs[0] if i == 0 else row.cells[1].add_paragraph()).add_run(line)
    for line in SCHORNDORF.splitlines():
        if line in HEADINGS:
            document.add_heading(line, level=1)
        elif line.endswith("?") or line.endswith("etc.)"):
            document.add_paragraph().add_run(line).italic = True
        else:
            document.add_paragraph(line)
    props = document.core_properties
    props.author = props.last_modified_by = "Stadt Schorndorf"
    props.created = props.modified = props.last_printed = STAMP
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip(raw.getvalue(), ZIP_TIME)


def build_pdf() -> bytes:
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=4)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=10,
                             spaceAfter=6)
    prompt = ParagraphStyle("prompt", parent=body, fontName="Helvetica-Oblique")
    story = []
    for line in ROTTENBURG.splitlines():
        style = heading if line in HEADINGS else prompt if line.endswith("?") or line.endswith("etc.)") else body
        story.append(Paragraph(escape(line), style))
    story.append(Spacer(1, 4 * mm))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="KFD-Bericht Rottenburg am Neckar",
                      author="Stadt Rottenburg am Neckar", leftMargin=25 * mm, rightMargin=25 * mm).build(story)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    args = parser.parse_args(argv)
    wanted = {"schorndorf_brandner.docx": build_docx(), "rottenburg.pdf": build_pdf()}
    if args.check:
        changed = [n for n, d in wanted.items() if not (OUT / n).exists() or (OUT / n).read_bytes() != d]
        for name in changed:
            print(f"differs: {name}")
        return 1 if changed else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, data in wanted.items():
        (OUT / name).write_bytes(data)
    print(f"wrote {', '.join(wanted)} to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
