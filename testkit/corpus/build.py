"""Build samples/corpus/: a labelled corpus of invented KFD reports (txt, docx, pdf) with gold records.

Run from the repository root:

    python scripts/build_corpus.py                 # 72 reports, seed "kfd-corpus-1", into samples/corpus/
    python scripts/build_corpus.py --count 75 --seed other --out-dir /tmp/corpus

Every report is written as ``<name>.<ext>`` plus ``<name>.gold.json``. The gold is written from what the
generator itself put into the file, never from running the extractor: every value that ends up in a
typed field or as an entity is inserted through a *marker* that carries its label and normalised value;
when the document is laid out, the markers that survive (a section may be deleted or left unanswered)
give the gold entities, events, participants, costs, moderation and organisations in document order.
Filler sentences (the banks below) hold no entity at all; ``lint_filler`` enforces that on every report.

Needs python-docx, reportlab, pyphen (German hyphenation in the pdf) and the DejaVu fonts, like
scripts/build_samples.py, whose docx helpers it reuses. Output is deterministic: one ``random.Random``
per report seeded from (seed, index), fixed docx core properties and zip timestamps, reportlab's
``invariant`` mode. The same seed gives byte-identical files.

Conventions of the gold that the data contract leaves open are written down in samples/corpus/README.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, ListFlowable, ListItem, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

from testkit.docx_parts import add_lines_with_breaks, add_page_field, add_text_with_links, fixed_zip, set_language
from testkit.pdf_parts import DeferredPagesCanvas, register_fonts

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "samples" / "corpus"
DEFAULT_SEED = "kfd-corpus-1"
DEFAULT_COUNT = 72

SECTION_KEYS = ("municipality", "concept", "initial_situation", "consulting", "topics", "participants",
                "assessment", "results", "costs", "recommendations")

# =========================================================================================== the form

HEADINGS = {
    "municipality": "Angaben zur Kommune",
    "concept": "Veranstaltungskonzept",
    "initial_situation": "Ausgangssituation / Anlass",
    "consulting": "Beratung und Moderation",
    "topics": "Themenfelder",
    "participants": "Beteiligte Akteure",
    "assessment": "Bewertung des Ablaufs und der Ergebnisse",
    "results": "Konkrete Ergebnisse, Maßnahmen und nächste Schritte",
    "costs": "Kosten und Effizienz",
    "recommendations": "Empfehlungen und sonstige Rückmeldungen",
}
# Other wordings of a heading that towns used (same meaning, a reader recognises them at once).
HEADING_VARIANTS = {
    "municipality": ["Angaben zur Gemeinde", "Angaben zur Stadt", "Allgemeine Angaben zur Kommune"],
    "concept": ["Veranstaltungskonzeption", "Konzept der Veranstaltung"],
    "initial_situation": ["Ausgangssituation/Anlass", "Ausgangssituation und Anlass", "Anlass / Ausgangssituation",
                          "Ausgangslage / Anlass"],
    "consulting": ["Beratung / Moderation", "Moderation und Beratung"],
    "topics": ["Themen", "Themenfelder und Inhalte"],
    "participants": ["Beteiligte Akteurinnen und Akteure", "Teilnehmende Akteure"],
    "assessment": ["Bewertung von Ablauf und Ergebnissen", "Bewertung des Ablaufes und der Ergebnisse"],
    "results": ["Konkrete Ergebnisse, Maßnahmen, nächste Schritte", "Ergebnisse, Maßnahmen und nächste Schritte",
                "Konkrete Ergebnisse, Massnahmen und nächste Schritte"],
    "costs": ["Kosten / Effizienz", "Kosten und Aufwand"],
    "recommendations": ["Empfehlungen / sonstige Rückmeldungen", "Empfehlungen und Rückmeldungen",
                        "Sonstige Rückmeldungen und Empfehlungen"],
}
# The prompt questions of the form, in groups: each group is answered on its own in an interleaved layout.
PROMPTS = {
    "concept": [["Bitte beschreiben Sie kurz die Zielsetzung, das Format und die methodische Umsetzung des "
                 "Flüchtlingsdialogs."]],
    "initial_situation": [["Was war in Ihrer Kommune der konkrete Anlass für die Durchführung eines "
                           "Flüchtlingsdialogs?", "Welche Ausgangssituation fanden Sie vor?"]],
    "consulting": [["Wer hat diese Aufgaben übernommen?", "Für welche Aufgaben haben Sie Beratungs- und "
                    "Moderationsleistungen in Anspruch genommen?"]],
    "topics": [["Welche Themen wurden im Flüchtlingsdialog diskutiert und bearbeitet?"]],
    "participants": [["Bitte nennen Sie die Teilnehmergruppen und die Anzahl der Personen, die an dem "
                      "Flüchtlingsdialog teilgenommen haben."]],
    "assessment": [["Wie zufrieden sind Sie mit dem Ablauf der Dialogveranstaltung(en)? (Format, Struktur, "
                    "Moderation, Transparenz, fairer und respektvoller Umgang, Informationsmaterial etc.)"],
                   ["Wie zufrieden sind Sie mit den Ergebnissen der Dialogveranstaltung(en)? "
                    "(Diskussionsqualität, Erkenntnisse, Ergebnisse, anderer Mehrwert etc.)"]],
    "results": [["Nennen Sie drei wichtige Ergebnisse bzw. konkrete Maßnahmen, die im Flüchtlingsdialog "
                 "erarbeitet wurden."],
                ["Wie schätzen Sie die Wirkung des Flüchtlingsdialogs ein: Werden die Ergebnisse des "
                 "Flüchtlingsdialogs in Ihrer Kommune zu weiteren Handlungen bei Akteuren aus Politik, Verwaltung "
                 "und Zivilgesellschaft führen? Welche konkreten Schritte wurden dazu vereinbart?"]],
    "costs": [["Wie hoch schätzen Sie die in Ihrer Kommune entstandenen Kosten für Organisation und Durchführung "
               "der Flüchtlingsdialoge ein? (Beratungs- und Moderationskosten, Sachmittel etc.)"],
              ["Stehen Aufwand und Ergebnis in einem guten Verhältnis?"]],
    "recommendations": [["Was würden Sie beim nächsten Mal anders machen?"],
                        ["Welche Verbesserungsvorschläge haben Sie, insbesondere auch im Hinblick auf die "
                         "Rahmenbedingungen?"]],
}
LABELS = {  # municipality part: form label first, then wordings towns used
    "name": ["Name der Stadt oder Gemeinde", "Name der Kommune", "Name der Stadt/Gemeinde"],
    "population": ["Einwohnerzahl", "Einwohner", "Anzahl der Einwohner"],
    "district": ["Landkreis"],
    "region": ["Regierungsbezirk"],
    "contact": ["Name und Adresse der Kontaktperson für den Kommunalen Flüchtlingsdialog",
                "Name und Adresse der Kontaktperson", "Kontaktperson", "Ansprechpartner/in"],
    "phone": ["Telefon der Kontaktperson", "Telefon", "Tel."],
    "email": ["E-Mail der Kontaktperson", "E-Mail", "Email"],
}
PLACEHOLDERS = ["-", "k.A.", "keine Angaben", "–", "/", "k. A."]

# ====================================================================================== geography

# district -> (Regierungsbezirk, first two digits of its postal codes, area codes)
DISTRICTS = {
    "Esslingen": ("Stuttgart", ["73"], ["07153", "07022", "07024"]),
    "Böblingen": ("Stuttgart", ["71"], ["07031", "07034", "07157"]),
    "Ludwigsburg": ("Stuttgart", ["71"], ["07141", "07142", "07144"]),
    "Rems-Murr-Kreis": ("Stuttgart", ["71", "73"], ["07151", "07191", "07181"]),
    "Göppingen": ("Stuttgart", ["73"], ["07161", "07162", "07164"]),
    "Heilbronn": ("Stuttgart", ["74"], ["07131", "07132", "07138"]),
    "Hohenlohekreis": ("Stuttgart", ["74"], ["07941", "07940"]),
    "Schwäbisch Hall": ("Stuttgart", ["74"], ["0791", "07951"]),
    "Main-Tauber-Kreis": ("Stuttgart", ["97"], ["09341", "07931"]),
    "Ostalbkreis": ("Stuttgart", ["73"], ["07361", "07171"]),
    "Heidenheim": ("Stuttgart", ["89"], ["07321", "07324"]),
    "Karlsruhe": ("Karlsruhe", ["76"], ["07243", "07251", "07247"]),
    "Rastatt": ("Karlsruhe", ["76"], ["07222", "07229"]),
    "Calw": ("Karlsruhe", ["75"], ["07051", "07052"]),
    "Enzkreis": ("Karlsruhe", ["75"], ["07231", "07041"]),
    "Freudenstadt": ("Karlsruhe", ["72"], ["07441", "07443"]),
    "Rhein-Neckar-Kreis": ("Karlsruhe", ["69", "68"], ["06221", "06201", "06203"]),
    "Neckar-Odenwald-Kreis": ("Karlsruhe", ["74"], ["06261", "06281"]),
    "Breisgau-Hochschwarzwald": ("Freiburg", ["79"], ["07633", "07665", "07651"]),
    "Emmendingen": ("Freiburg", ["79"], ["07641", "07644"]),
    "Ortenaukreis": ("Freiburg", ["77"], ["0781", "07821", "07805"]),
    "Rottweil": ("Freiburg", ["78"], ["0741", "07422"]),
    "Schwarzwald-Baar-Kreis": ("Freiburg", ["78"], ["07721", "07720"]),
    "Tuttlingen": ("Freiburg", ["78"], ["07461", "07462"]),
    "Konstanz": ("Freiburg", ["78"], ["07531", "07732"]),
    "Lörrach": ("Freiburg", ["79"], ["07621", "07623"]),
    "Waldshut": ("Freiburg", ["79"], ["07751", "07761"]),
    "Reutlingen": ("Tübingen", ["72"], ["07121", "07123"]),
    "Tübingen": ("Tübingen", ["72"], ["07071", "07073"]),
    "Zollernalbkreis": ("Tübingen", ["72"], ["07433", "07471"]),
    "Alb-Donau-Kreis": ("Tübingen", ["89"], ["07391", "07305"]),
    "Biberach": ("Tübingen", ["88"], ["07351", "07392"]),
    "Bodenseekreis": ("Tübingen", ["88"], ["07541", "07544"]),
    "Ravensburg": ("Tübingen", ["88"], ["0751", "07522"]),
    "Sigmaringen": ("Tübingen", ["72", "88"], ["07571", "07581"]),
}
# Invented towns (any likeness to a real place is chance). Every report is one of them, or a Landkreis.
TOWNS = [
    "Oberweilingen", "Hohenstetten", "Bad Lindenau", "Mühlbronn", "Steinachtal", "Eichenhofen", "Rotfelden",
    "Waldachingen", "Neckarhalden", "Albstetten", "Brunnweiler", "Egelfingen", "Sulzbrunn",
    "Tannhausen an der Jagst", "Lauterbronn", "Kirchbühl", "Reichenfels", "Hornweiler", "Gschwendtal",
    "Dürrweiler", "Ebersfeld", "Wolfsbronn", "Hardtheim", "Schönbrunn am Berg", "Lindach/Fils", "Erlenhausen",
    "Frickenweiler", "Grafenbach", "Haslenbronn", "Immenweiler", "Jettenbach", "Kappelrain", "Laufenhardt",
    "Marbachtal", "Neuenstetten", "Obersulmingen", "Pfaffenhalden", "Rosenfelden", "Salach-Eichbühl",
    "Talweiler am Kocher", "Unterbrunnen", "Vöhringhofen", "Wendlingshausen", "Zell am Riedbach",
    "Aichelstetten", "Birkenweiler", "Dettenbronn", "Empfingshofen", "Frauenbühl", "Gammerstetten",
    "Heiligenfeld", "Kleinsachsen", "Löwenstetten", "Mittelbiberbach", "Nordhalden", "Ochsenweiler",
    "Rappenhofen", "Schlattenbach", "Stettenhalden", "Uhlbronn", "Weilersbach", "Wiesenstetten", "Zaisenhofen",
    "Bad Kornau", "Bad Steinach", "Hohenfurt", "Altenbrunn", "Kaltenweiler", "Mauchental", "Riedhausen",
    "Sonnenhalden", "Burgweiler", "Ottersbühl", "Gruibach", "Nellenbach", "Ringelbronn", "Trossenweiler",
    "Bühlerau", "Kirchhalden an der Murr",
]
LANDKREIS_REPORTS = ["Biberach", "Lörrach", "Calw"]

# (first name, gender) – a mix of names, not all of them common
FIRST_NAMES = [
    ("Iris", "f"), ("Jochen", "m"), ("Sabine", "f"), ("Felicitas", "f"), ("Ralf", "m"), ("Dorothee", "f"),
    ("Martin", "m"), ("Heike", "f"), ("Tobias", "m"), ("Gülsen", "f"), ("Frieder", "m"), ("Anja", "f"),
    ("Hannes", "m"), ("Wiebke", "f"), ("Reinhold", "m"), ("Carola", "f"), ("Eberhard", "m"), ("Selin", "f"),
    ("Matthias", "m"), ("Ulrike", "f"), ("Benedikt", "m"), ("Kerstin", "f"), ("Gunter", "m"), ("Magdalena", "f"),
    ("Stefan", "m"), ("Tamara", "f"), ("Marek", "m"), ("Irina", "f"), ("Christoph", "m"), ("Bettina", "f"),
    ("Volker", "m"), ("Nadine", "f"), ("Armin", "m"), ("Gesine", "f"), ("Lukas", "m"), ("Dragana", "f"),
    ("Thomas", "m"), ("Katrin", "f"), ("Serkan", "m"), ("Annette", "f"), ("Werner", "m"), ("Julia", "f"),
]
SURNAMES = [
    "Häfele", "Bühler", "Kienzle", "Wössner", "Maier", "Reinhardt", "Ziegler", "Eisele", "Haug", "Rieger",
    "Mack", "Kübler", "Pfisterer", "Schmid", "Knödler", "Wörner", "Nagel", "Brodbeck", "Dürr", "Allgaier",
    "Hummel", "Kiefer", "Lutz", "Sauter", "Steinhilber", "Vogt", "Walz", "Widmann", "Zeller", "Bräuninger",
    "Öztürk", "Kaya", "Demir", "Kowalski", "Novak", "Beck", "Fischle", "Gaiser", "Hettich", "Jauch", "Kächele",
    "Lämmle", "Munz", "Neher", "Ostertag", "Pflüger", "Rapp", "Seeger", "Teufel", "Ungerer", "Wagenblast",
]
STREETS = [
    "Rathausplatz {n}", "Hauptstraße {n}", "Marktplatz {n}", "Kirchstraße {n}", "Am Rathaus {n}",
    "Bahnhofstr. {n}", "Lindenallee {n}", "Im Oberdorf {n}", "Marktstraße {n}/1", "Rathausgasse {n}a",
    "Friedrich-Ebert-Straße {n}", "Schloßstraße {n}", "Kelterweg {n}", "Uhlandstraße {n}", "Rathausstr. {n}",
]

# ============================================================================================ event kinds

# base form -> (gender, genitive)
KINDS = {
    "Bürgerdialog": ("m", "Bürgerdialogs"), "Expertenworkshop": ("m", "Expertenworkshops"),
    "Workshop": ("m", "Workshops"), "Ideenworkshop": ("m", "Ideenworkshops"),
    "Fachworkshop": ("m", "Fachworkshops"), "Infoabend": ("m", "Infoabends"),
    "Dialogabend": ("m", "Dialogabends"), "Themenabend": ("m", "Themenabends"), "Fachtag": ("m", "Fachtags"),
    "Auftaktveranstaltung": ("f", "Auftaktveranstaltung"),
    "Informationsveranstaltung": ("f", "Informationsveranstaltung"),
    "Dialogveranstaltung": ("f", "Dialogveranstaltung"),
    "Abschlussveranstaltung": ("f", "Abschlussveranstaltung"), "Zukunftswerkstatt": ("f", "Zukunftswerkstatt"),
    "Bürgerwerkstatt": ("f", "Bürgerwerkstatt"), "Bürgerversammlung": ("f", "Bürgerversammlung"),
    "Bürgerforum": ("n", "Bürgerforums"), "Dialogforum": ("n", "Dialogforums"),
    "Netzwerktreffen": ("n", "Netzwerktreffens"), "Begegnungsfest": ("n", "Begegnungsfestes"),
}
SINGLE_KINDS = ["Bürgerdialog", "Workshop", "Dialogveranstaltung", "Zukunftswerkstatt", "Ideenworkshop",
                "Infoabend", "Bürgerforum", "Fachtag", "Bürgerwerkstatt", "Dialogabend", "Begegnungsfest"]
EVENT_SERIES = [
    ("Bürgerdialog", "Expertenworkshop"), ("Auftaktveranstaltung", "Workshop"), ("Infoabend", "Zukunftswerkstatt"),
    ("Bürgerversammlung", "Fachworkshop"), ("Dialogabend", "Abschlussveranstaltung"),
    ("Auftaktveranstaltung", "Bürgerwerkstatt"), ("Informationsveranstaltung", "Netzwerktreffen"),
    ("Themenabend", "Dialogforum"), ("Auftaktveranstaltung", "Workshop", "Abschlussveranstaltung"),
    ("Infoabend", "Zukunftswerkstatt", "Netzwerktreffen"),
]


def art(kind: str, case: str) -> str:
    """Article (or contracted preposition) for a kind: case in nom, indef, dat, am, beim, zum, gen."""
    g = KINDS[kind][0]
    table = {"nom": {"m": "der", "f": "die", "n": "das"}, "indef": {"m": "ein", "f": "eine", "n": "ein"},
             "dat": {"m": "dem", "f": "der", "n": "dem"}, "am": {"m": "Am", "f": "An der", "n": "Am"},
             "beim": {"m": "Beim", "f": "Bei der", "n": "Beim"}, "zum": {"m": "Zum", "f": "Zur", "n": "Zum"},
             "gen": {"m": "des", "f": "der", "n": "des"}}
    return table[case][g]


# ========================================================================================= organisations

ACRONYM_ORGS = ["AWO", "DRK", "IB", "VHS", "THW", "ASB"]
# moderation and consulting: (name, forms with an article, website, address or None)
FIRMS = [
    ("Wort.Wechsel", ["das Büro {n}", "{n}"], "www.wort-wechsel-moderation.de",
     ("Gerberstraße 14", "72070", "Tübingen")),
    ("Dialogwerk Neckar GmbH", ["die {n}"], "www.dialogwerk-neckar.de", ("Neckarstraße 120", "70190", "Stuttgart")),
    ("Kommunikationsbüro Brückenschlag", ["das {n}"], "www.brueckenschlag-kommunikation.de",
     ("Kaiser-Joseph-Straße 8", "79098", "Freiburg")),
    ("Institut für Partizipation und Dialog", ["das {n}"], "www.ipd-institut.de",
     ("Bergheimer Straße 45", "69115", "Heidelberg")),
    ("ProMitwirkung gGmbH", ["die {n}"], "www.promitwirkung.de", ("Olgastraße 63", "89073", "Ulm")),
    ("Beteiligungswerkstatt Süd e.V.", ["die {n}"], "www.beteiligungswerkstatt-sued.de",
     ("Wilhelmstraße 27", "72764", "Reutlingen")),
    ("Moderationsbüro Weitblick", ["das {n}"], "www.weitblick-moderation.de",
     ("Kriegsstraße 90", "76133", "Karlsruhe")),
    ("Perspektive Kommune", ["die Firma {n}", "Fa. {n}"], "www.perspektive-kommune.de",
     ("Seestraße 19", "78462", "Konstanz")),
    ("Zukunftsbüro Oberschwaben", ["das {n}"], "www.zukunftsbuero-oberschwaben.de",
     ("Marienplatz 6", "88212", "Ravensburg")),
    ("Kontextplan GmbH", ["die {n}"], "www.kontextplan.de", ("Hohenzollernstraße 12", "70178", "Stuttgart")),
    ("Forum Dialog und Beteiligung e.V.", ["das {n}"], "www.forum-dialog-beteiligung.de",
     ("Kartäuserstraße 51", "79102", "Freiburg")),
    ("Führungsakademie Baden-Württemberg", ["die {n}"], None, None),
    ("Allianz für Beteiligung", ["die {n}"], None, None),
]
MODERATOR_ROLES = {"m": ["Politikwissenschaftler", "Sozialpädagoge und Mediator", "freiberuflicher Moderator"],
                   "f": ["Politikwissenschaftlerin", "Sozialpädagogin und Mediatorin", "freiberufliche Moderatorin"]}

# ============================================================================================= topics

# tag -> wordings a town writes for it (noun phrases that fit "die Themen X, Y und Z")
TOPIC_WORDS = {
    "Wohnen": ["Wohnen", "Wohnraum", "Wohnsituation", "Anschlussunterbringung", "Suche nach Wohnraum"],
    "Arbeit": ["Arbeit", "Ausbildung und Beruf", "Arbeitsmarkt", "Zugang zu Arbeit", "berufliche Integration"],
    "Bildung": ["Bildung", "Schule", "Bildungsangebote", "schulische Bildung"],
    "Sprache": ["Sprache", "Spracherwerb", "Sprachkurse", "Sprachförderung"],
    "Freizeit/Teilhabe": ["Freizeit/Teilhabe", "Freizeit", "Teilhabe", "Sport und Vereinsleben",
                          "gesellschaftliche Teilhabe"],
    "Gesundheit": ["Gesundheit", "Gesundheitsversorgung", "medizinische Versorgung"],
    "Kinder und Familie": ["Kinder und Familie", "Familien", "Kinder und Jugendliche", "Angebote für Kinder"],
    "Ehrenamt": ["Ehrenamt", "ehrenamtliches Engagement", "Patenschaften", "Stärkung des Ehrenamts"],
    "Vernetzung": ["Vernetzung", "Vernetzung der Akteure", "Koordination der Angebote"],
    "Integrationsbegriff": ["Integrationsbegriff", "ein gemeinsames Verständnis von Integration"],
    "Sicherheit": ["Sicherheit", "Sicherheitsgefühl", "Ängste und Sorgen"],
    "Kultur/Religion": ["Kultur und Religion", "Religion", "interkulturelle Öffnung"],
    "Zusammenleben": ["Zusammenleben", "Nachbarschaft", "Willkommenskultur", "Zusammenleben im Ort"],
    "Beratung und Betreuung": ["Beratung und Betreuung", "Betreuung", "Beratungsangebote", "soziale Betreuung"],
    "Mobilität": ["Mobilität", "Nahverkehr", "Mobilität im ländlichen Raum"],
    "Information und Öffentlichkeit": ["Öffentlichkeitsarbeit", "Information der Bevölkerung", "Transparenz"],
}
# one sentence per tag that names only that tag
TOPIC_DETAILS = {
    "Wohnen": "Beim Thema Wohnen ging es vor allem darum, wie nach dem Auszug aus den Gemeinschaftsunterkünften "
              "bezahlbarer Wohnraum gefunden werden kann.",
    "Arbeit": "Mit Blick auf den Arbeitsmarkt wurde deutlich, dass Praktika oft der beste Einstieg sind.",
    "Bildung": "Im Bereich Bildung wurde vor allem die Lage an den Schulen besprochen.",
    "Sprache": "Mehrfach wurde betont, dass die Sprache der Schlüssel zu allem Weiteren ist.",
    "Freizeit/Teilhabe": "Für die Freizeit wurden Ideen gesammelt, wie Neuankömmlinge leichter Anschluss an "
                         "bestehende Gruppen finden.",
    "Gesundheit": "Beim Thema Gesundheit standen der Weg in die Arztpraxen und die Verständigung dort im "
                  "Mittelpunkt.",
    "Kinder und Familie": "Für Familien mit kleinen Kindern fehlen nach Ansicht vieler Anwesender passende "
                          "Angebote.",
    "Ehrenamt": "Die Ehrenamtlichen wünschten sich mehr Anerkennung und feste Ansprechpersonen.",
    "Vernetzung": "Eine bessere Vernetzung soll helfen, Doppelstrukturen zu vermeiden.",
    "Integrationsbegriff": "Außerdem verständigten sich die Anwesenden auf einen gemeinsamen Integrationsbegriff.",
    "Sicherheit": "Auch Ängste und Sorgen aus der Bevölkerung wurden offen angesprochen.",
    "Kultur/Religion": "Beim Thema Religion zeigte sich großes Interesse am gegenseitigen Kennenlernen.",
    "Zusammenleben": "Für das Zusammenleben in der Nachbarschaft wurden konkrete Ideen entwickelt.",
    "Beratung und Betreuung": "Die Beratung der Neuankömmlinge soll künftig an einer Stelle gebündelt werden.",
    "Mobilität": "Gerade in den Teilorten ist Mobilität ein großes Thema, da der Nahverkehr nur eingeschränkt "
                 "verfügbar ist.",
    "Information und Öffentlichkeit": "Eine bessere Öffentlichkeitsarbeit soll die vorhandenen Angebote bekannter "
                                      "machen.",
}

# ============================================================================================ results

# (item, simple) – simple items have no comma/"und", so they can stand in a prose enumeration
RESULT_ITEMS = [
    ("Einrichtung einer zentralen Anlaufstelle für Geflüchtete", True),
    ("Gründung eines Sprachcafés im Jugendhaus", True),
    ("Aufbau eines Patenschaftsprogramms für Familien", True),
    ("mehrsprachige Informationsbroschüre über die Angebote im Ort", True),
    ("regelmäßiger Austausch der haupt- und ehrenamtlich Tätigen", False),
    ("feste Ansprechpersonen in der Verwaltung", True),
    ("Wohnraumbörse für private Vermieter", True),
    ("Vermittlung von Praktikumsplätzen über örtliche Betriebe", True),
    ("Ausbau der Hausaufgabenbetreuung an der Grundschule", True),
    ("offene Fahrradwerkstatt für Geflüchtete und Einheimische", False),
    ("Fortbildungsreihe für Ehrenamtliche", True),
    ("Online-Plattform zur Koordination der Hilfsangebote", True),
    ("jährliches Begegnungsfest im Stadtpark", True),
    ("Öffnung der Vereine für neue Mitglieder mit Fluchterfahrung", True),
    ("Frauentreff mit Kinderbetreuung", True),
    ("Willkommensmappe für neu zugezogene Familien", True),
    ("Einrichtung eines Runden Tisches Integration", True),
    ("Bildung einer Steuerungsgruppe aus Verwaltung und Ehrenamt", False),
    ("Erarbeitung eines kommunalen Integrationskonzepts", True),
    ("Mentorenprogramm für den Übergang von der Schule in den Beruf", True),
    ("Lotsenprojekt für Behördengänge", True),
    ("Nähcafé als offener Treffpunkt", True),
    ("gemeinsamer Veranstaltungskalender aller Initiativen", True),
    ("Ausweitung der Sprachkurse auf die Abendstunden", True),
    ("Sprechstunde für Geflüchtete im Rathaus", True),
    ("Gemeinschaftsgarten am Rand des Neubaugebiets", True),
    ("Begleitung bei der Wohnungssuche durch Ehrenamtliche", True),
    ("Fahrdienst zu Arztterminen und Behörden", False),
    ("Stammtisch für Ehrenamtliche zum Erfahrungsaustausch", True),
    ("Aufnahme des Themas Integration in das Leitbild der Gemeinde", True),
    ("Bewerbungstraining für junge Geflüchtete", True),
    ("Kochabende mit Gerichten aus den Herkunftsländern", True),
    ("Einsatz von Sprachmittlern bei Elterngesprächen", True),
    ("Bürgersprechstunde zur geplanten Unterkunft", True),
]
# items that name an organisation: {org} is planted as ORG
RESULT_ITEMS_ORG = [
    ("Sprachkurse für Mütter in Zusammenarbeit mit der {org}", ["Volkshochschule", "VHS"]),
    ("Bewerbungscoaching gemeinsam mit dem {org}", ["Jobcenter"]),
    ("Kleiderbörse in Trägerschaft des {org}", ["DRK"]),
    ("Beratungssprechstunde der {org} im Rathaus", ["Caritas", "Diakonie", "AWO"]),
]
RESULT_INTROS = [
    "Folgende Maßnahmen wurden vereinbart:", "Als wichtigste Ergebnisse sind festzuhalten:",
    "Konkret wurden diese Vorschläge erarbeitet:", "Vereinbart wurde insbesondere:", "Ergebnisse:",
    "Die Gruppen haben folgende Maßnahmen als vorrangig eingestuft:",
    "Aus dem Dialog gingen unter anderem diese Vorhaben hervor:",
]
RESULT_OUTROS = [
    "Die Vorschläge werden dem Gemeinderat nach der Sommerpause vorgelegt.",
    "Für die Umsetzung wurde eine Steuerungsgruppe aus Verwaltung und Ehrenamt gebildet.",
    "Erste Maßnahmen sind bereits angelaufen.",
    "Wir gehen davon aus, dass der Dialog nachhaltig wirkt und weitere Aktivitäten anstößt.",
    "Die Verwaltung wird über den Stand der Umsetzung regelmäßig berichten.",
    "Ob alle Vorschläge umgesetzt werden können, hängt von den verfügbaren Mitteln ab.",
    "Politik und Verwaltung haben zugesagt, die Ergebnisse in ihre Planungen aufzunehmen.",
    "Die Beteiligten treffen sich weiterhin, um die Umsetzung zu begleiten.",
    "Einige Vorschläge lassen sich kurzfristig umsetzen, andere brauchen einen längeren Atem.",
]
RESULT_SENTENCES = [  # prose results: one measure per sentence, nothing else in the answer
    "Im Rathaus wird eine zentrale Anlaufstelle für Geflüchtete eingerichtet",
    "Ein Sprachcafé öffnet künftig jede Woche im Jugendhaus",
    "Neu zugezogene Familien erhalten eine Willkommensmappe",
    "Die Ehrenamtlichen treffen sich künftig regelmäßig zum Erfahrungsaustausch",
    "Eine Wohnraumbörse soll private Vermieter und Wohnungssuchende zusammenbringen",
    "Die Vereine öffnen ihre Angebote gezielt für Neuankömmlinge",
]

# ===================================================================================== filler sentences
# No sentence below may hold an entity: no digits, no number words, no names, no organisation names,
# no dates, times, amounts or addresses (``lint_filler`` checks every report).

GOALS = [
    "Ziel des Dialogs war es, Einheimische und Geflüchtete miteinander ins Gespräch zu bringen und gemeinsam "
    "Ideen für ein gutes Zusammenleben in {town} zu entwickeln.",
    "Wir wollten die Bürgerschaft umfassend über die aktuelle Lage informieren und Fragen offen beantworten.",
    "Im Vordergrund stand, die vorhandenen Angebote sichtbar zu machen und Lücken in der Unterstützung zu "
    "erkennen.",
    "Der Dialog sollte Vorbehalte abbauen und Raum für persönliche Begegnungen schaffen.",
    "Angestrebt war eine Bestandsaufnahme der Integrationsarbeit vor Ort, verbunden mit konkreten Vorschlägen "
    "für die kommenden Jahre.",
    "Wir wollten herausfinden, wo Ehrenamtliche an ihre Grenzen stoßen und wie die Verwaltung sie besser "
    "unterstützen kann.",
    "Gemeinsam mit allen Beteiligten sollten Leitlinien für die Integrationsarbeit in {town} entstehen.",
    "Die Bürgerinnen und Bürger sollten frühzeitig in die Planung der Anschlussunterbringung einbezogen werden.",
    "Ein weiteres Anliegen war es, neue Engagierte zu gewinnen und die bestehenden Strukturen zu entlasten.",
    "Zugleich sollte der Dialog die Grundlage für ein kommunales Integrationskonzept legen.",
    "Der Flüchtlingsdialog verstand sich als Beginn eines längeren Beteiligungsprozesses.",
    "Es ging darum, Sorgen ernst zu nehmen, ohne die Chancen der Zuwanderung aus dem Blick zu verlieren.",
    "Darüber hinaus sollten die Geflüchteten selbst zu Wort kommen und ihre Sicht einbringen.",
    "Kern des Vorhabens war, Verwaltung, Ehrenamt und Zivilgesellschaft an einen Tisch zu bringen.",
]
CONNECTORS = ("Darüber hinaus", "Zugleich", "Ein weiteres Anliegen")
GOAL_BULLETS = [
    "Austausch auf Augenhöhe zwischen Geflüchteten und Einheimischen",
    "Stärkung und bessere Abstimmung des ehrenamtlichen Engagements",
    "Ausbau eines örtlichen Netzwerks der Integrationsarbeit",
    "Information der Bevölkerung über die aktuelle Situation",
    "Erkennen, wo aktuell Probleme und Herausforderungen bestehen",
    "Perspektivwechsel ermöglichen",
    "Gewinnung neuer Ehrenamtlicher",
    "Entwicklung konkreter Projektideen für die nächsten Jahre",
]
METHODS = [
    "Methodisch setzten wir auf einen Wechsel aus kurzen Impulsen, Kleingruppenarbeit und Diskussion im Plenum.",
    "Nach einer Begrüßung durch den Bürgermeister wurde an Thementischen gearbeitet, deren Ergebnisse "
    "anschließend gemeinsam gewichtet wurden.",
    "Die Anwesenden konnten ihre Anliegen auf Moderationskarten festhalten, die im Anschluss sortiert wurden.",
    "Zum Einstieg berichteten Ehrenamtliche und Geflüchtete von ihren Erfahrungen.",
    "Im Wechsel der Tische konnte jede Person zu allen Themen beitragen.",
    "Die Ergebnisse wurden fotografisch festgehalten und allen Beteiligten im Nachgang zur Verfügung gestellt.",
    "Sprachmittlerinnen und Sprachmittler unterstützten die Verständigung, damit auch Geflüchtete ohne "
    "Deutschkenntnisse mitdiskutieren konnten.",
    "Für Familien wurde während des Dialogs eine Kinderbetreuung angeboten.",
    "Zum Schluss stellte jede Gruppe ihre wichtigsten Vorschläge im Plenum vor.",
    "Das Format war bewusst offen angelegt; eine Anmeldung war nicht erforderlich.",
    "Eingeladen wurde über das Amtsblatt, die Tagespresse, Aushänge und persönliche Ansprache.",
    "Im Anschluss an die Gruppenphase wurden die Vorschläge mit Klebepunkten gewichtet.",
    "Der Ablauf gliederte sich in einen Informationsteil und einen Beteiligungsteil.",
    "Kurze Impulse von Fachleuten aus der Praxis führten in die Themen ein.",
    "Die Arbeit in Kleingruppen wurde von Tischpaten aus Verwaltung und Ehrenamt begleitet.",
    "Ein Imbiss in der Pause bot Gelegenheit zu ungezwungenen Gesprächen.",
]
SITUATION = [
    "Mit dem Übergang vieler Geflüchteter in die Anschlussunterbringung ist die Kommune für deren Unterbringung "
    "und Betreuung zuständig geworden.",
    "Das ehrenamtliche Engagement war von Beginn an groß, stieß aber zunehmend an Grenzen.",
    "Viele Helferinnen und Helfer wünschten sich mehr Austausch und eine klarere Aufgabenverteilung.",
    "In Teilen der Bevölkerung gab es Verunsicherung und offene Fragen, auf die wir eingehen wollten.",
    "Die Planung einer neuen Unterkunft im Ortskern hatte zu kontroversen Diskussionen geführt.",
    "Die Verwaltung wollte die Angebote der verschiedenen Träger besser aufeinander abstimmen.",
    "Es fehlte bislang an einem gemeinsamen Verständnis davon, was Integration vor Ort bedeuten soll.",
    "Nach der ersten Phase der Nothilfe ging es nun um langfristige Perspektiven für die Menschen, die bleiben "
    "werden.",
    "Anlass war der Wunsch des Gemeinderats, die Integrationsarbeit auf eine breitere Grundlage zu stellen.",
    "Die Bewerbung für den Flüchtlingsdialog bot die Chance, diese Fragen mit externer Unterstützung anzugehen.",
    "Erste Konflikte im Wohnumfeld zeigten, dass mehr Begegnung und Information notwendig waren.",
    "Die Zahl der Zuweisungen war zuletzt gesunken, die Aufgaben der Integration jedoch gewachsen.",
    "Verschiedene Gruppen engagierten sich nebeneinander, ohne voneinander zu wissen.",
    "Gleichzeitig drohte das Engagement nach der ersten Welle der Hilfsbereitschaft nachzulassen.",
    "Die Gemeinde wollte frühzeitig handeln, bevor sich Probleme verfestigen.",
    "Ein Teil der Geflüchteten lebt inzwischen in eigenen Wohnungen, der Kontakt zu den Helfern ist dadurch "
    "lockerer geworden.",
]
SITUATION_TERSE = ["Auswahl als Modellkommune.", "Neubau einer Unterkunft, hoher Abstimmungsbedarf.",
                   "Neuordnung der ehrenamtlichen Hilfe.", "Wunsch nach mehr Austausch zwischen den Akteuren."]
SITUATION_YEAR = [
    "Seit {year} hat {town} deutlich mehr Geflüchtete aufgenommen, als ursprünglich erwartet worden war.",
    "Seit dem Herbst {year} engagieren sich viele Bürgerinnen und Bürger in der Hilfe für Geflüchtete.",
]
CONSULT_TASKS = [
    "Die externe Moderation sorgte für eine neutrale Gesprächsführung und half, auch strittige Punkte sachlich "
    "zu besprechen.",
    "In mehreren Vorgesprächen wurden Ziele, Ablauf und Methoden mit der Verwaltung abgestimmt.",
    "Die Beratung umfasste die Konzeption, die Moderation vor Ort und die Dokumentation der Ergebnisse.",
    "Besonders hilfreich war die Unterstützung bei der Auswahl geeigneter Beteiligungsmethoden.",
    "Auch die Nachbereitung und die Aufbereitung der Ergebnisse für den Gemeinderat lagen in externer Hand.",
    "Organisation, Einladung und Öffentlichkeitsarbeit übernahm die Verwaltung selbst.",
    "Die Zusammenarbeit war unkompliziert und sehr professionell.",
    "Ohne die externe Begleitung hätten wir den Dialog in dieser Form nicht durchführen können.",
    "Organisatorische Vorbereitung nach Absprache der Ziele.",
    "Erhebung einer Ist-Analyse als Ausgangsbasis.",
]
CONSULT_SELF = [
    "Die Moderation übernahm die Verwaltung selbst; eine externe Beratung wurde nicht in Anspruch genommen.",
    "Vorbereitung und Moderation lagen vollständig in den Händen der Verwaltung.",
]
ASSESS_PROCESS = [
    "Mit dem Ablauf sind wir insgesamt sehr zufrieden.",
    "Die Atmosphäre war offen, wertschätzend und von großem Interesse geprägt.",
    "Die Mischung aus Information und Beteiligung hat sich bewährt.",
    "Besonders positiv wurde aufgenommen, dass Geflüchtete selbst zu Wort kamen.",
    "Die Zeit für die Arbeit in den Gruppen war allerdings etwas kurz bemessen.",
    "Einzelne kritische Stimmen konnten in der Diskussion gut aufgefangen werden.",
    "Die Moderation hat auch bei kontroversen Beiträgen für einen fairen und respektvollen Umgang gesorgt.",
    "Das Informationsmaterial wurde gut angenommen und war schnell vergriffen.",
    "Die Beteiligung blieb hinter unseren Erwartungen zurück; vor allem jüngere Menschen waren kaum vertreten.",
    "Die Transparenz über die weiteren Schritte wurde ausdrücklich gelobt.",
    "Der Ort war gut gewählt, die Räume boten ausreichend Platz für die Gruppenarbeit.",
]
ASSESS_RESULTS = [
    "Die Ergebnisse sind konkret und umsetzbar, einige Vorschläge müssen jedoch noch weiter ausgearbeitet werden.",
    "Als Mehrwert sehen wir vor allem die neuen Kontakte zwischen den Akteuren.",
    "Mehrere Anwesende wünschten sich eine Fortsetzung des Austauschs.",
    "Die Qualität der Diskussion war hoch, die Beiträge waren sachlich und lösungsorientiert.",
    "Nicht alle Erwartungen konnten erfüllt werden, manche Fragen blieben offen.",
    "Die Rückmeldungen waren fast durchweg positiv.",
    "Aus Sicht der Verwaltung hat der Dialog das Klima im Ort spürbar verbessert.",
    "Viele Vorschläge waren bereits bekannt, haben durch den Dialog aber neuen Rückenwind bekommen.",
    "Der Dialog hat gezeigt, wie viel Engagement in der Bürgerschaft vorhanden ist.",
]
ASSESS_TERSE = ["sehr zufrieden", "gut, aber zu wenig Zeit für die Gruppenarbeit", "Ablauf gut, Ergebnisse gut"]
COST_REMARKS = [
    "Hinzu kam ein nicht bezifferter Aufwand an Arbeitszeit in der Verwaltung.",
    "Räume und Technik stellte die Gemeinde selbst zur Verfügung.",
    "Weitere interne Kosten für Personal und Sachmittel wurden nicht gesondert erfasst.",
]
COST_NONE = [
    "Es entstanden nur geringe Sachkosten, die aus dem laufenden Haushalt getragen wurden.",
    "Externe Kosten sind nicht angefallen; der Aufwand bestand vor allem aus Arbeitszeit der Verwaltung.",
]
EFFICIENCY = [
    "Aufwand und Ergebnis stehen aus unserer Sicht in einem guten Verhältnis.",
    "Der Aufwand war vertretbar, zumal ein Großteil durch die Förderung gedeckt wurde.",
    "Ohne die Landesförderung hätte die Gemeinde den Dialog in dieser Form nicht finanzieren können.",
    "Der interne Personalaufwand für Vorbereitung und Nachbereitung war erheblich, hat sich aber gelohnt.",
    "Das Verhältnis von Aufwand und Nutzen bewerten wir als sehr gut.",
    "Ja.",
    "Ja, auf jeden Fall.",
]
RECOMMEND = [
    "Beim nächsten Mal würden wir mehr Zeit für die Vorbereitung einplanen.",
    "Die Geflüchteten sollten schon in die Planung des Dialogs einbezogen werden.",
    "Wir würden einen Termin am Wochenende wählen, um mehr Berufstätige zu erreichen.",
    "Eine längere Laufzeit des Förderprogramms würde die Planung erleichtern.",
    "Hilfreich wäre ein Austausch mit anderen Kommunen, die bereits einen Dialog durchgeführt haben.",
    "Das Antragsverfahren sollte einfacher gestaltet werden.",
    "Für Folgeveranstaltungen wünschen wir uns eine weitere Förderung.",
    "Die Einladung sollte noch gezielter und mehrsprachig erfolgen.",
    "Wichtig ist, die Ergebnisse zeitnah zurückzumelden, damit die Beteiligten sehen, was aus ihren Vorschlägen "
    "wird.",
    "Insgesamt können wir den Flüchtlingsdialog anderen Kommunen nur empfehlen.",
    "Die Rahmenbedingungen der Förderung waren gut, die Fristen jedoch sehr kurz.",
]
PARTICIPANT_FILLER = [
    "Eingeladen wurde offen über Presse und Amtsblatt sowie gezielt über die bestehenden Netzwerke.",
    "Die Zusammensetzung der Gruppe war bunt gemischt.",
    "Erfreulich war die große Zahl neuer Gesichter.",
    "Leider waren kaum Vertreterinnen und Vertreter der Wirtschaft anwesend.",
    "Eine Teilnehmerliste konnte aufgrund des offenen Formats nicht geführt werden.",
]

# Words that must not appear in filler: organisation names a reader would count as named organisations.
FILLER_BANNED = re.compile(
    r"Helferkreis|Asylkreis|Unterstützerkreis|Arbeitskreis|Freundeskreis|Polizei|Feuerwehr|Sportverein|Tafel\b|"
    r"Landratsamt|Jobcenter|Integrationsmanagement|Flüchtlingssozialarbeit|Sozialer Dienst|Kirchengemeinde|"
    r"Volkshochschule|Integrationsbeirat|Integrationsrat|Familienzentrum|Mehrgenerationenhaus|Migrationsberatung|"
    r"Landesregierung|Regierungspräsidium|Caritas|Diakon|AWO|DRK|\bIB\b|Malteser|Johanniter|Paritätisch|"
    r"e\.\s?V\.|gGmbH|GmbH|\bHerrn?\b|\bFrau\b|\bDr\.|Uhr\b|€|Euro\b|\bEUR\b|www\.|@|"
    r"\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert)\b|"
    r"\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b")


# ====================================================================================== value formats

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def german_number(value: float, cents: bool = False, dots: bool = True) -> str:
    whole = int(value)
    text = f"{whole:,}".replace(",", ".") if dots else str(whole)
    if cents:
        text += "," + f"{round((value - whole) * 100):02d}"
    return text


def fmt_date(d: dt.date, style: str) -> str:
    wd, mon = WEEKDAYS[d.weekday()], MONTHS[d.month - 1]
    return {
        "dmy": f"{d:%d.%m.%Y}",
        "dmy_short": f"{d.day}.{d.month}.{d.year % 100:02d}",
        "named": f"{d.day}. {mon} {d.year}",
        "named0": f"{d.day:02d}. {mon} {d.year}",
        "wd_named": f"{wd}, {d.day:02d}. {mon} {d.year}",
        "wd_dmy": f"{wd}, {d:%d.%m.%Y}",
        "wd_den_noyear": f"{wd}, den {d.day}. {mon}",
        "wd_noyear_num": f"{wd}, {d:%d.%m.}",
    }[style]


def fmt_range(s: dt.date, e: dt.date, style: str) -> tuple[str, str]:
    """(preposition, date text) for an event over several days."""
    mon = MONTHS[e.month - 1]
    return {
        "range_named": ("vom", f"{s.day}.-{e.day}. {mon} {e.year}"),
        "range_slash": ("am", f"{s.day}./{e.day}.{e:%m.%Y}"),
        "range_full": ("vom", f"{s:%d.%m.} - {e:%d.%m.%Y}"),
        "range_bis": ("vom", f"{s.day}. bis {e.day}. {mon} {e.year}"),
        "range_und": ("am", f"{s.day}. und {e.day}. {mon} {e.year}"),
    }[style]


def _hm(t: tuple[int, int], sep: str, bare_hour: bool = False) -> str:
    h, m = t
    if bare_hour and m == 0:
        return str(h)
    return f"{h}{sep}{m:02d}" if sep == "." else f"{h:02d}{sep}{m:02d}" if h >= 10 else f"{h}{sep}{m:02d}"


def fmt_times(start: tuple[int, int], end: tuple[int, int] | None, style: str) -> tuple[str, str]:
    """(preposition, time text) – the text is what a TIME entity covers."""
    if end is None:
        return {"ab_uhr": ("ab", f"{_hm(start, ':', True)} Uhr"),
                "um_uhr": ("um", f"{_hm(start, '.')} Uhr")}[style]
    return {
        "colon_dash": ("von", f"{_hm(start, ':')} - {_hm(end, ':')}"),
        "bis_uhr_mixed": ("von", f"{_hm(start, '.', True)} bis {_hm(end, '.', True)} Uhr"),
        "dash_uhr_hours": ("von", f"{start[0]}-{end[0]} Uhr"),
        "dot_uhr_both": ("von", f"{_hm(start, '.')} Uhr - {_hm(end, '.')} Uhr"),
        "colon_bis_uhr": ("von", f"{_hm(start, ':')} bis {_hm(end, ':')} Uhr"),
        "colon_dash_uhr": ("von", f"{_hm(start, ':')} - {_hm(end, ':')} Uhr"),
        "endash": ("von", f"{_hm(start, ':')}–{_hm(end, ':')} Uhr"),
    }[style]


MONEY_STYLES = ["sym_nospace", "sym_space", "euro_plain", "euro_dot", "eur_pre", "eur_post", "teur", "dash",
                "cents"]


def fmt_money(value: float, style: str) -> str:
    if style == "teur":
        return (f"{german_number(value / 1000, dots=False)}" if value % 1000 == 0
                else f"{value / 1000:.1f}".replace(".", ",")) + " T€"
    return {
        "sym_nospace": f"{german_number(value)}€",
        "sym_space": f"{german_number(value)} €",
        "euro_plain": f"{german_number(value, dots=False)} Euro",
        "euro_dot": f"{german_number(value)} Euro",
        "eur_pre": f"EUR {german_number(value, cents=True)}",
        "eur_post": f"{german_number(value)} EUR",
        "dash": f"{german_number(value)},- €",
        "cents": f"{german_number(value, cents=True)} €",
    }[style]


def phone_e164(written: str) -> str:
    digits = re.sub(r"\(0\)", "", written)
    digits = re.sub(r"\D", "", digits)
    if written.strip().startswith("+"):
        return "+" + digits
    if digits.startswith("0049"):
        return "+" + digits[2:]
    return "+49" + digits[1:]


def fmt_phone(area: str, main: str, ext: str, style: str) -> str:
    return {
        "dash": f"{area}-{main}-{ext}",
        "slash_dash": f"{area}/{main}-{ext}",
        "spaced_dash": f"{area} - {main} {ext}",
        "slash_space": f"{area}/ {main}{ext}",
        "plus49": f"+49 {area[1:]} {main}-{ext}",
        "plus49_0": f"+49 (0){area[1:]} {main}-{ext}",
        "paren": f"({area}) {main}-{ext}",
        "spaces": f"{area} {main} {ext}",
        "dash_simple": f"{area}-{main}{ext}",
    }[style]


def slug(name: str) -> str:
    s = name.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def oxford(items: list[str], conj: str = "und") -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


# ====================================================================== contact, roles, participants data

LINE_ROLES = [("Kommunaler Flüchtlingskoordinator", "Kommunale Flüchtlingskoordinatorin"),
              ("Integrationsbeauftragter", "Integrationsbeauftragte"), ("Integrationsmanager", "Integrationsmanagerin"),
              ("Hauptamtsleiter", "Hauptamtsleiterin"), ("Sachgebietsleiter Soziales", "Sachgebietsleiterin Soziales"),
              ("Referent für Integration", "Referentin für Integration"), ("Sozialarbeiter", "Sozialarbeiterin"),
              ("Flüchtlingsbeauftragter", "Flüchtlingsbeauftragte"),
              ("Leiter Bürgerdienste", "Leiterin Bürgerdienste")]
BEFORE_ROLES = [("Bürgermeister", "Bürgermeisterin"), ("Erster Beigeordneter", "Erste Beigeordnete"),
                ("Hauptamtsleiter", "Hauptamtsleiterin")]
DEPTS = ["Amt für Soziales, Schulen und Sport", "Fachbereich Bildung und Soziales", "Stabsstelle Integration",
         "Haupt- und Ordnungsamt", "Sachgebiet Soziales und Integration", "Ordnungsamt",
         "Amt für Familie und Soziales",
         "Fachbereich Bürgerdienste", "Hauptamt", "Bürgerbüro"]
LK_DEPTS = ["Amt für Migration und Integration", "Dezernat Soziales und Integration", "Sozialdezernat"]
LK_SEATS = {"Biberach": ("Biberach an der Riß", "88400"), "Lörrach": ("Lörrach", "79539"), "Calw": ("Calw", "75365")}
PLACES = ["im Bürgersaal des Rathauses", "in der Stadthalle", "im Gemeindezentrum", "in der Aula der Grundschule",
          "im Bürgerhaus", "in der Festhalle", "im Foyer des Rathauses", "im Jugendhaus"]

# counted groups: (head noun phrase, attributes (None = none), plausible range)
GROUPS = [
    ("Bürgerinnen und Bürger", [None, None, "aus der Nachbarschaft", "aus allen Ortsteilen"], (25, 150)),
    ("Teilnehmende", [None], (20, 120)),
    ("Personen", [None], (30, 200)),
    ("Ehrenamtliche", [None, "aus der Flüchtlingsarbeit"], (8, 45)),
    ("Geflüchtete", [None, "aus den Unterkünften"], (5, 40)),
    ("Vertreterinnen und Vertreter", ["der Verwaltung", "aus Vereinen und Kirchen", "aus Politik und Verwaltung"],
     (6, 30)),
    ("Vertreter", ["aus der praktischen Flüchtlingsarbeit", "der Träger"], (6, 30)),
    ("Fachkräfte", ["aus Schulen und Kitas", "der sozialen Dienste"], (6, 25)),
    ("Mitglieder", ["des Gemeinderats", "der Vereine"], (5, 20)),
    ("Gäste", [None], (30, 120)),
    ("Interessierte", [None], (20, 90)),
    ("Jugendliche", [None], (8, 30)),
    ("Engagierte", [None, "aus Kirchen und Vereinen"], (10, 40)),
    ("Teilnehmerinnen und Teilnehmer", [None], (20, 110)),
    ("Helferinnen und Helfer", [None], (10, 45)),
]
BROAD_GROUPS = ("Teilnehmende", "Personen", "Bürgerinnen und Bürger", "Gäste", "Teilnehmerinnen und Teilnehmer",
                "Interessierte")
NUMBER_WORDS = {2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 9: "neun",
                10: "zehn", 11: "elf", 12: "zwölf", 15: "fünfzehn", 20: "zwanzig"}
COUNT_QUALIFIERS = ["ca.", "rund", "gut", "über", "etwa", "mehr als", "knapp", "circa"]
# organisations a report lists, with their grammatical gender (None: written without article); none of the
# names changes its form after an article
ORGS_BARE = {"AWO": "f", "Caritas": "f", "Caritasverband": "m", "Diakonie": "f", "DRK": "n",
             "Malteser Hilfsdienst": "m", "Johanniter": None, "IB": "m", "ASB": "m", "Jobcenter": "n",
             "Agentur für Arbeit": "f", "Volkshochschule": "f", "VHS": "f", "Ausländerbehörde": "f"}
# local organisations: (template, article in the nominative) – names that do not inflect with an article
ORGS_LOCAL = [("Freundeskreis Asyl {town}", "m"), ("Arbeitskreis Asyl {town} e.V.", "m"),
              ("Helferkreis Asyl {town}", "m"), ("TSV {town}", "m"), ("Sportgemeinschaft {town} e.V.", "f"),
              ("Bürgerstiftung {town}", "f"), ("Kulturverein Brücke e.V.", "m"), ("Integra gGmbH", "f"),
              ("Werkstatt Zukunft gGmbH", "f"), ("Frauenforum {town} e.V.", "n"),
              ("Nachbarschaftshilfe {town} e.V.", "f"), ("Seelsorgeeinheit {town}", "f")]
ARTICLES = {"nom": {"m": "der", "f": "die", "n": "das"}, "dat": {"m": "dem", "f": "der", "n": "dem"}}
MONEY_MAIN = ["Beratung, Konzeption und Moderation", "Beratung und Moderation", "Konzeption und Moderation",
              "Moderation und Dokumentation", "Moderation", "Prozessbegleitung"]
MONEY_MINOR = [("Raummiete", (100, 600)), ("Raummiete und Verpflegung", (300, 1200)), ("Verpflegung", (150, 900)),
               ("Catering", (200, 900)), ("Dolmetscherleistungen", (150, 600)), ("Druck und Werbung", (100, 500)),
               ("Öffentlichkeitsarbeit", (150, 700)), ("Kinderbetreuung", (80, 300)), ("Sachkosten", (100, 600)),
               ("Dokumentation", (400, 1500))]


# ============================================================================================ markers

MARK = re.compile("\ue000(\\d+)\ue001")


@dataclass
class Plant:
    """Text the generator knows the meaning of: an entity (``label`` set) or a fact / known non-entity text."""
    label: str | None
    text: str
    value: object = None
    facts: dict = field(default_factory=dict)


class Planter:
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

    def resolve(self, text: str) -> str:
        return MARK.sub(lambda m: self.items[int(m.group(1))].text, text)


def quantity(value, qualifier: str | None = None, maximum=None) -> dict:
    return {"value": value, "max": maximum, "approximate": qualifier is not None, "qualifier": qualifier}


# ============================================================================================== model

@dataclass
class Field:
    label: str
    lines: list[str]
    inline: bool = False


@dataclass
class Block:
    kind: str                         # para | list | sub | prompt | fields
    lines: list[str] = field(default_factory=list)
    marker: str | None = None         # list marker: "•", "-", "*", "–", "1.", "1)", "a)"
    fields: list[Field] = field(default_factory=list)


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
    P: Planter = field(default_factory=Planter)
    features: Counter = field(default_factory=Counter)
    events: list[EventSpec] = field(default_factory=list)
    used_names: set = field(default_factory=set)
    gold_municipality: dict = field(default_factory=dict)
    gold_contact: dict = field(default_factory=dict)

    @property
    def year(self) -> int:
        return self.events[0].start.year

    def person(self, gender: str | None = None) -> tuple[str, str, str]:
        while True:
            first, g = self.rng.choice(FIRST_NAMES)
            last = self.rng.choice(SURNAMES)
            if (gender is None or g == gender) and first not in self.used_names and last not in self.used_names:
                self.used_names.update((first, last))
                return first, last, g

    def feat(self, *names: str) -> None:
        self.features.update(names)


def ascii_fold(text: str) -> str:
    return slug(text).replace("-", "")


# ======================================================================================== value plants

def plant_count(r: Report, lo: int, hi: int, head: str, words_ok: bool = True,
                qualifier: bool = True, exact: bool = False) -> tuple[str, dict]:
    """A count before a noun: returns (marked text "gut 40 Bürgerinnen und Bürger", quantity).
    ``exact``: never a qualifier ("drei Arbeitsgruppen"), though drawn like any other count."""
    rng = r.rng
    v = rng.randint(lo, hi)
    roll = rng.random() if qualifier else 0.0
    if exact and roll >= 0.38:
        rng.choice(COUNT_QUALIFIERS)  # keep the random stream as for any count
        r.feat("count: plain")
        return r.P("COUNT", f"{v} {head}", quantity(v)), quantity(v)
    if roll < 0.38:
        if words_ok and v in NUMBER_WORDS and rng.random() < 0.5:
            num, q = NUMBER_WORDS[v], None
            r.feat("count: number word")
        else:
            num, q = str(v), None
            r.feat("count: plain")
    else:
        q = rng.choice(COUNT_QUALIFIERS)
        v = max(20, round(v / 5) * 5)  # nobody writes "knapp 9 Personen"
        num = str(v)
        r.feat(f"count: qualifier '{q}'")
    text = f"{q} {num}" if q else num
    qty = quantity(v, q)
    return r.P("COUNT", f"{text} {head}", qty), qty


def plant_money(r: Report, value: float, approx: bool) -> tuple[str, dict]:
    rng = r.rng
    styles = list(MONEY_STYLES)
    if value % 500 or value < 1000:
        styles.remove("teur")
    if value != int(value):
        styles = ["eur_pre", "cents"]
    style = rng.choice(styles)
    q = rng.choice(["ca.", "rund", "etwa", "ca."]) if approx else None
    text = fmt_money(value, style)
    if q:
        text = f"{q} {text}"
    r.feat(f"money: {style}" + (" + qualifier" if q else ""))
    value = int(value) if value == int(value) else value
    qty = quantity(value, q)
    return r.P("MONEY", text, qty), qty


def plant_org(r: Report, name: str, **facts) -> str:
    return r.P("ORG", name, name, **facts)


def plant_year(r: Report, year: int) -> str:
    return r.P.plain(str(year))


# ========================================================================================= municipality

def build_municipality(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    colon = plan["label_colon"]
    inline_mode = plan["inline"]

    def label(key: str) -> str:
        options = LABELS[key]
        text = options[0] if not plan["label_aliases"] or rng.random() < 0.5 else rng.choice(options)
        if text != options[0]:
            r.feat("label: other wording")
        return text + (":" if colon else "")

    def is_inline() -> bool:
        return inline_mode == "all" or (inline_mode == "some" and rng.random() < 0.5)

    fields: list[Field] = []
    # name and website
    base = slug(r.town.split("/")[0])
    website = None
    if rng.random() < 0.9:
        website = f"www.landkreis-{base}.de" if r.landkreis else f"www.{base}.de"
        if rng.random() < 0.1:
            website = "http://" + website
            r.feat("website with http://")
    name_text = f"{r.written_kind} {r.town}" if r.written_kind else r.town
    r.feat(f"name written as: {r.written_kind or 'bare name'}")
    if website:
        url = P("URL", website, website.lower())
        joins = [" -> ", "->", "-> ", "->  ", " – ", ", ", "paren", "newline"]
        if r.plan["encoding"] != "cp1252":
            joins.append(" → ")
        join = rng.choice(joins)
        r.feat(f"website joined by {join.strip() or join!r}")
        if join == "newline":
            value = [name_text, url]
        elif join == "paren":
            value = [f"{name_text} ({url})"]
        else:
            value = [f"{name_text}{join}{url}"]
    else:
        value = [name_text]
        r.feat("no website")
    fields.append(Field(label("name"), value, is_inline() and len(value) == 1))

    # population
    pop = rng.randint(150_000, 420_000) if r.landkreis else rng.choice(
        [rng.randint(1800, 6000), rng.randint(6000, 15000), rng.randint(15000, 48000)])
    style = rng.choice(["ca", "plain", "dot", "einwohner_stand", "stand_date", "rund", "knapp", "empty"]
                       if rng.random() < 0.97 else ["empty"])
    r.feat(f"population: {style}")
    population = None
    if style == "ca":
        v = round(pop, -3) if pop > 10000 else round(pop, -2)
        lines, population = [f"ca. {german_number(v)}"], quantity(v, "ca.")
    elif style == "plain":
        lines, population = [str(pop)], quantity(pop)
    elif style == "dot":
        lines, population = [german_number(pop)], quantity(pop)
    elif style == "einwohner_stand":
        lines, population = [f"{german_number(pop)} Einwohner (Stand {plant_year(r, r.year - 1)})"], quantity(pop)
    elif style == "stand_date":
        d = rng.choice([dt.date(r.year - 1, 12, 31), dt.date(r.year - 1, 6, 30)])
        date = P("DATE", f"{d:%d.%m.%Y}", d.isoformat())
        lines, population = [f"{pop} (Stand {date})"], quantity(pop)
    elif style == "rund":
        v = round(pop, -2)
        lines, population = [f"rund {german_number(v)}"], quantity(v, "rund")
    elif style == "knapp":
        v = (pop // 500 + 1) * 500
        lines, population = [f"knapp {german_number(v)}"], quantity(v, "knapp")
    else:
        lines = []
    # the population is a field value, not an entity: known text, kept out of the filler lint
    lines = [MARK.sub(lambda m: "\0" + m.group(0) + "\0", line) for line in lines]
    lines = ["".join(part if part.startswith("\ue000") else P.plain(part) for part in line.split("\0") if part)
             for line in lines]
    if lines and r.fmt == "txt" and rng.random() < 0.2:
        lines[0] += "   "  # trailing blanks, as typed
    fields.append(Field(label("population"), lines, is_inline()))

    # district and region
    district_text = r.district
    if not r.district.endswith("kreis") and "-" not in r.district and rng.random() < 0.2:
        district_text = f"Landkreis {r.district}"
        r.feat("district written with 'Landkreis'")
    fields.append(Field(label("district"), [district_text], is_inline()))
    region_forms = [r.region, r.region, f"Regierungsbezirk {r.region}", f"Reg.-Bez. {r.region}"]
    if r.region == "Freiburg":
        region_forms += ["Freiburg im Breisgau", "Freiburg i. Br."]
    region_text = rng.choice(region_forms)
    if region_text != r.region:
        r.feat("region written in another form")
    fields.append(Field(label("region"), [region_text], is_inline()))

    # contact
    contact_lines, contact, phone_written, phone_in_block = build_contact(r)
    contact_inline = len(contact_lines) == 1 and is_inline()
    fields.append(Field(label("contact"), contact_lines, contact_inline))
    if not phone_in_block:
        if rng.random() < 0.05:
            fields.append(Field(label("phone"), [], False))
            contact["phone"] = None
            r.feat("phone label without value")
        else:
            fields.append(Field(label("phone"), [P("PHONE", phone_written, phone_e164(phone_written))], is_inline()))
    email = contact["email"]
    fields.append(Field(label("email"), [P("EMAIL", email, email.lower())], is_inline()))
    if any(f.inline for f in fields):
        r.feat("label and value on one line")

    r.gold_municipality = {"name": r.town, "kind": r.kind, "website": website, "population": population,
                           "district": r.district, "region": r.region}
    r.gold_contact = contact
    return Content("municipality", [[Block("fields", fields=fields)]])


def build_contact(r: Report) -> tuple[list[str], dict, str, bool]:
    rng, P = r.rng, r.P
    layout = r.plan["contact_layout"]
    r.feat(f"contact layout: {layout}")
    first, last, g = r.person()
    gi = 0 if g == "m" else 1
    name = f"{first} {last}"
    person = P("PERSON", name, name)
    area = rng.choice(DISTRICTS[r.district][2])
    main, ext = str(rng.randint(10, 9999)), str(rng.randint(10, 999))
    phone_style = rng.choice(["dash", "slash_dash", "spaced_dash", "slash_space", "plus49", "plus49_0", "paren",
                              "spaces", "dash_simple"])
    r.feat(f"phone: {phone_style}")
    phone = fmt_phone(area, main, ext, phone_style)
    street = rng.choice(STREETS).format(n=rng.randint(1, 48))
    if r.landkreis:
        city, plz = LK_SEATS[r.town]
    else:
        city, plz = r.town, rng.choice(DISTRICTS[r.district][1]) + f"{rng.randint(0, 999):03d}"
    street_m = P("ADDRESS", street, {"street": street})
    plzcity_m = P("ADDRESS", f"{plz} {city}", {"postal_code": plz, "city": city})
    dom = f"landkreis-{slug(r.town)}.de" if r.landkreis else f"{slug(r.town.split('/')[0])}.de"
    local = rng.choice([f"{ascii_fold(first)}.{ascii_fold(last)}", f"{ascii_fold(first)[0]}.{ascii_fold(last)}",
                        f"{ascii_fold(first)[0]}{ascii_fold(last)}", "integration", ascii_fold(last)])
    email = f"{local}@{dom}"
    if r.landkreis:
        admin = "Landratsamt " + r.town
    elif r.kind is None:
        admin = f"Bürgermeisteramt {r.town}"
    else:
        admin = rng.choice([f"{r.kind} {r.town}", f"Bürgermeisteramt {r.town}",
                            f"{'Stadt' if r.kind == 'Stadt' else 'Gemeinde'}verwaltung {r.town}"])
    dept = rng.choice(LK_DEPTS if r.landkreis else DEPTS)
    line_role = rng.choice(LINE_ROLES)[gi]
    role = None
    orgs: list[str] = []
    has_address = True
    if layout == "lines":
        lines = [person]
        if rng.random() < 0.75:
            lines.append(line_role)
            role = line_role
        if rng.random() < 0.4:
            lines.append(dept)
            orgs.append(dept)
        lines += [street_m, plzcity_m]
    elif layout == "org_first":
        orgs = [admin, dept] if rng.random() < 0.7 else [admin]
        lines = list(orgs) + [person]
        if rng.random() < 0.4:
            lines.append(line_role)
            role = line_role
        lines += [street_m, plzcity_m]
    elif layout == "one_line":
        parts = [person]
        if rng.random() < 0.7:
            parts.append(line_role)
            role = line_role
        elif rng.random() < 0.5:
            parts.append(dept if "," not in dept else "Stabsstelle Integration")
            orgs.append(parts[-1])
        glue = "," if rng.random() < 0.3 else ", "
        lines = [", ".join(parts) + f", {street_m}{glue}{plzcity_m}"]
    elif layout == "last_first":
        person = P("PERSON", f"{last}, {first}", name)
        lines = [person]
        if rng.random() < 0.6:
            lines.append(line_role)
            role = line_role
        lines += [street_m, plzcity_m]
    elif layout == "function_before":
        func = rng.choice(BEFORE_ROLES)[gi]
        if r.kind == "Große Kreisstadt":
            func = ("Oberbürgermeister", "Oberbürgermeisterin")[gi]
        role = func
        lines = [f"{func} {person}", street_m, plzcity_m]
    elif layout == "dept_herr":
        orgs = [admin, dept]
        lines = [admin, f"{dept} – {'Herr' if g == 'm' else 'Frau'} {person}", f"{street_m}, {plzcity_m}"]
    elif layout == "name_only":
        lines = [person]
        has_address = False
    elif layout == "street_plz_one":
        lines = [person]
        if rng.random() < 0.7:
            lines.append(line_role)
            role = line_role
        lines.append(f"{street_m}, {plzcity_m}")
    elif layout == "role_authority":
        role = ("Integrationsbeauftragter", "Integrationsbeauftragte")[gi]
        orgs = [f"Landkreis {r.town}"]
        lines = [person, f"{role} Landkreis {r.town}", street_m, plzcity_m]
    else:
        raise ValueError(layout)
    phone_in_block = layout not in ("name_only",) and rng.random() < 0.1
    phone_m = None
    if phone_in_block:
        phone_m = P("PHONE", phone, phone_e164(phone))
        prefix = rng.choice(["Tel. ", "Telefon: ", "Tel.: "])
        if layout == "one_line":
            lines[0] += f", {prefix}{phone_m}"
        else:
            lines.append(f"{prefix}{phone_m}")
        r.feat("phone inside the contact block")
    contact = {"name": name, "role": role, "organisation": ", ".join(orgs) or None,
               "street": street if has_address else None, "postal_code": plz if has_address else None,
               "city": city if has_address else None, "phone": " ".join(phone.split()), "email": email}
    return lines, contact, phone, phone_in_block


# ============================================================================================== events

EVENING_KINDS = {"Bürgerdialog", "Infoabend", "Dialogabend", "Themenabend", "Bürgerversammlung",
                 "Informationsveranstaltung", "Auftaktveranstaltung"}
MULTI_DAY_KINDS = {"Zukunftswerkstatt", "Bürgerwerkstatt", "Fachtag", "Begegnungsfest", "Workshop"}
SINGLE_DATE_STYLES = ["dmy", "dmy", "dmy", "dmy_short", "named", "named0", "wd_named", "wd_dmy"]


def plan_events(r: Report) -> None:
    rng, plan = r.rng, r.plan
    start = dt.date(2016, 9, 1) + dt.timedelta(days=rng.randint(0, 640))
    if plan["mobile"]:
        kinds: tuple = (None,)
    elif plan["n_events"] == 1:
        kinds = (rng.choice(SINGLE_KINDS) if rng.random() < 0.7 or plan["kfd_kind"] else None,)
    else:
        kinds = rng.choice([s for s in EVENT_SERIES if len(s) == plan["n_events"]])
    day = start
    for i, kind in enumerate(kinds):
        if i:
            day = day + dt.timedelta(days=rng.randint(7, 35))
        evening = kind in EVENING_KINDS
        # weekday evenings for talks, Fridays/Saturdays for workshops
        target = rng.choice([0, 1, 2, 3]) if evening else rng.choice([4, 5, 5, 5])
        day = day + dt.timedelta(days=(target - day.weekday()) % 7)
        end = None
        if plan["mobile"]:
            day = day + dt.timedelta(days=(5 - day.weekday()) % 7)   # a week from Saturday to Friday
            end = day + dt.timedelta(days=6)
        elif (kind in MULTI_DAY_KINDS and plan["multi_day"] and not any(e.end for e in r.events)
              and not (plan["invalid_date"] and i == len(kinds) - 1)):
            day = day + dt.timedelta(days=(4 - day.weekday()) % 7)   # Friday and Saturday
            end = day + dt.timedelta(days=1)
        if end:
            styles = ["range_full"]
            if end.month == day.month:
                styles += ["range_named", "range_bis"] + (["range_slash", "range_und"] if (end - day).days == 1 else [])
            date_style = rng.choice(styles)
        elif plan["yearless"] and i == 0:
            date_style = plan["yearless_style"]
        elif plan["invalid_date"] and i == len(kinds) - 1:
            date_style = "dmy"
        else:
            date_style = rng.choice(SINGLE_DATE_STYLES)
        time = None
        time_style = None
        if rng.random() < (0.4 if end else 0.85):
            if evening:
                s = rng.choice([(18, 0), (18, 30), (19, 0), (19, 30), (17, 0)])
                e = (s[0] + rng.choice([2, 2, 3]), rng.choice([0, 0, 30]))
            else:
                s = rng.choice([(9, 0), (9, 30), (10, 0), (14, 0), (13, 0)])
                e = (s[0] + rng.choice([3, 4, 5, 6, 7]), rng.choice([0, 0, 30]))
            if rng.random() < 0.1:
                time, time_style = (s, None), rng.choice(["ab_uhr", "um_uhr"])
            else:
                styles = ["colon_dash", "bis_uhr_mixed", "dot_uhr_both", "colon_bis_uhr", "colon_dash_uhr", "endash"]
                if s[1] == 0 and e[1] == 0:
                    styles += ["dash_uhr_hours", "dash_uhr_hours"]
                time, time_style = (s, e), rng.choice(styles)
        invalid = plan["invalid_date"] and i == len(kinds) - 1
        r.events.append(EventSpec(kind, day, end, time, date_style, time_style, invalid))


def plant_event_date(r: Report, ev: EventSpec) -> tuple[str, str]:
    """(preposition, marked date text). The DATE plant carries the event the date stands for."""
    P = r.P
    t_start = t_end = None
    if ev.time:
        s, e = ev.time
        t_start = f"{s[0]:02d}:{s[1]:02d}"
        t_end = f"{e[0]:02d}:{e[1]:02d}" if e else None
    if ev.invalid:
        y = str(ev.start.year)
        r.feat("date: mistyped year (no event in the gold)")
        return "am", P.plain(f"{ev.start:%d.%m.}{y[0]}{y[2:]}")
    gold = {"kind": ev.kind, "date": ev.start.isoformat(), "end_date": ev.end.isoformat() if ev.end else None,
            "start": t_start, "end": t_end}
    r.feat(f"date: {ev.date_style}")
    if ev.end:
        prep, text = fmt_range(ev.start, ev.end, ev.date_style)
        value = f"{ev.start.isoformat()}/{ev.end.isoformat()}"
    else:
        prep, text = "am", fmt_date(ev.start, ev.date_style)
        value = ev.start.isoformat()
    return prep, P("DATE", text, value, event=gold)


def plant_event_time(r: Report, ev: EventSpec) -> tuple[str, str] | None:
    if not ev.time:
        return None
    s, e = ev.time
    prep, text = fmt_times(s, e, ev.time_style)
    r.feat(f"time: {ev.time_style}")
    value = ({"start": f"{s[0]:02d}:{s[1]:02d}", "end": f"{e[0]:02d}:{e[1]:02d}"} if e
             else f"{s[0]:02d}:{s[1]:02d}")
    return prep, r.P("TIME", text, value)


def event_text(r: Report, ev: EventSpec, form: str) -> str:
    rng = r.rng
    prep, date = plant_event_date(r, ev)
    time = plant_event_time(r, ev)
    tprep, ttext = time if time else ("", "")
    after_comma = f", {ttext}" if time else ""
    after_prep = (f" {tprep} {ttext}" if tprep else f", {ttext},") if time else ""
    kind = ev.kind
    r.feat(f"event form: {form}")
    if form == "line_kind":
        return f"{kind} {prep} {date}" + (rng.choice([f" {tprep} {ttext}", after_comma]) if time else "")
    if form == "kind_colon":
        return f"{kind}: {date}{after_comma}"
    if form == "durchf":
        return f"Durchführung {prep} {date}" + (rng.choice([after_comma, f" {tprep} {ttext}"]) if time else "")
    if form == "durchf_colon":
        return f"Durchführung {prep}: {date}" + ((f" {tprep} {ttext}" if tprep else after_comma) if time else "")
    if form == "termin":
        return f"Termin: {date}{after_comma}"
    place = rng.choice(PLACES)
    if form == "prose_fand":
        return f"{art(kind, 'nom').capitalize()} {kind} fand {prep} {date}{after_prep} {place} statt."
    if form == "prose_am":
        return f"{prep.capitalize()} {date} fand{after_prep} {place} {art(kind, 'indef')} {kind} statt."
    if form == "durchgefuehrt":
        return f"{art(kind, 'nom').capitalize()} {kind} wurde {prep} {date}{after_prep} {place} durchgeführt."
    if form == "kfd":
        return f"Der Kommunale Flüchtlingsdialog in {r.town} fand {prep} {date}{after_comma} statt."
    raise ValueError(form)


# ============================================================================================= concept

def build_concept(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    verbosity = plan["verbosity"]
    town = r.town
    events = r.events
    # how the dates are written
    event_blocks: list[Block] = []
    if plan["mobile"]:
        ev = events[0]
        event_blocks.append(Block("para", [event_text(r, ev, rng.choice(["durchf", "durchf_colon"]))]))
        n, _ = plant_count(r, 5, 9, "Standorten", exact=True)
        event_blocks.append(Block("para", [f"Mobile Dialoge an {n} in {town}, öffentlich auf der Straße."]))
        r.feat("mobile format")
    elif len(events) == 1:
        ev = events[0]
        if ev.kind is None:
            form = rng.choice(["durchf", "durchf", "durchf_colon", "termin"])
        else:
            form = rng.choice(["prose_fand", "prose_am", "durchgefuehrt", "line_kind", "kind_colon", "prose_fand"])
            if plan["kfd_kind"]:
                form = "kfd"
                ev.kind = "Flüchtlingsdialog"
        event_blocks.append(Block("para", [event_text(r, ev, form)]))
    else:
        style = rng.choice(["durchf_lines", "prose", "colon_lines", "durchf_lines", "prose"])
        if style == "prose" and len(events) == 2 and not any(e.time or e.end for e in events) and rng.random() < 0.6:
            style = "two_in_one"
        r.feat(f"events written as: {style}")
        if style == "durchf_lines":
            event_blocks.append(Block("para", ["Durchführung:"] + [event_text(r, e, "line_kind") for e in events]))
        elif style == "colon_lines":
            event_blocks.append(Block("para", [event_text(r, e, "kind_colon") for e in events]))
        elif style == "two_in_one":
            a, b = events
            _, da = plant_event_date(r, a)
            _, db = plant_event_date(r, b)
            event_blocks.append(Block("para", [
                f"{art(a.kind, 'nom').capitalize()} {a.kind} fand am {da} statt, {art(b.kind, 'nom')} {b.kind} "
                f"folgte am {db}."]))
        else:
            sentences = [event_text(r, e, rng.choice(["prose_fand", "prose_am", "durchgefuehrt"])) for e in events]
            event_blocks.append(Block("para", [" ".join(sentences)]))

    n_goals = {"terse": 1, "normal": rng.randint(1, 3), "verbose": rng.randint(3, 4)}[verbosity]
    n_methods = {"terse": 0, "normal": rng.randint(1, 3), "verbose": rng.randint(3, 5)}[verbosity]
    goals = rng.sample(GOALS, n_goals)
    goals.sort(key=lambda g: g.startswith(CONNECTORS))  # "Darüber hinaus ..." never opens the answer
    if goals[0].startswith(CONNECTORS):
        goals[0] = next(g for g in GOALS if not g.startswith(CONNECTORS) and g not in goals)
    goals = [g.format(town=town) for g in goals]
    methods = rng.sample(METHODS, n_methods)
    extras: list[str] = []
    if plan["opener"]:
        first, last, g = r.person()
        func = rng.choice(BEFORE_ROLES[:1] + [("Oberbürgermeister", "Oberbürgermeisterin")] if r.kind ==
                          "Große Kreisstadt" else BEFORE_ROLES[:2])[0 if g == "m" else 1]
        if r.landkreis:
            func = ("Landrat", "Landrätin")[0 if g == "m" else 1]
        person = P("PERSON", f"{first} {last}", f"{first} {last}")
        if rng.random() < 0.5 and events[0].time:
            (h, m), _ = events[0].time
            t = P("TIME", f"{h}.{m:02d} Uhr" if m else f"{h} Uhr", f"{h:02d}:{m:02d}")
            extras.append(f"Um {t} begrüßte {func} {person} die Gäste und stellte die Ziele vor.")
            r.feat("concept: time outside the date line")
        else:
            extras.append(f"{func} {person} eröffnete den Dialog und stellte die Ziele vor.")
        r.feat("concept: person named (not moderation)")
    if plan["groups_count"]:
        n, _ = plant_count(r, 3, 6, rng.choice(["Arbeitsgruppen", "Thementischen", "Workshops"]), exact=True)
        extras.append(f"Anschließend wurde in {n} weitergearbeitet.")
        r.feat("concept: count of groups")
    if plan["coop_org"]:
        tmpl, gender = rng.choice(ORGS_LOCAL)
        org = plant_org(r, tmpl.format(town=town))
        extras.append(f"Vorbereitet wurde der Dialog gemeinsam mit {ARTICLES['dat'][gender]} {org}.")
        r.feat("concept: organisation named")
    if plan["non_event_date"] == "concept":
        d = events[0].start - dt.timedelta(days=rng.randint(12, 40))
        date = P("DATE", f"{d:%d.%m.%Y}", d.isoformat())
        extras.append(rng.choice([f"Die Einladungen gingen am {date} an alle Haushalte.",
                                  f"Der Gemeinderat hatte die Teilnahme am {date} beschlossen."]))
        r.feat("date that is not an event date")

    shape = plan["concept_shape"]
    r.feat(f"concept shape: {shape}")
    blocks: list[Block] = []
    if shape == "dates_first":
        blocks += event_blocks
        body = goals + extras + methods
        if verbosity == "verbose" and len(body) > 3:
            blocks += [Block("para", [" ".join(goals)]), Block("para", [" ".join(extras + methods)])]
        else:
            blocks.append(Block("para", [" ".join(body)]))
    elif shape == "dates_middle":
        blocks.append(Block("para", [" ".join(goals)]))
        blocks += event_blocks
        if extras or methods:
            blocks.append(Block("para", [" ".join(extras + methods)]))
    elif shape == "sublabels":
        blocks += event_blocks
        blocks.append(Block("sub", [rng.choice(["Zielsetzung:", "Ziele:", "Zielsetzungen:"])]))
        blocks.append(Block("para", [" ".join(goals)]))
        if extras or methods:
            blocks.append(Block("sub", [rng.choice(["Format und methodische Umsetzung:", "Umsetzung und Format:",
                                                    "Methodik:"])]))
            blocks.append(Block("para", [" ".join(extras + methods)]))
    else:  # goal bullets, as several towns wrote them
        blocks += event_blocks
        blocks.append(Block("sub", [rng.choice(["Ziele:", "Zielsetzungen:"])]))
        blocks.append(Block("list", rng.sample(GOAL_BULLETS, rng.randint(3, 5)), marker=plan["bullet"]))
        if events[0].kind and not plan["mobile"] and rng.random() < 0.5:
            blocks.append(Block("para", [f"Format: {events[0].kind}"]))
        if extras or methods:
            blocks.append(Block("para", [" ".join(extras + methods)]))
    return Content("concept", [blocks])


# =================================================================================== initial situation

def build_initial(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    verbosity = plan["verbosity"]
    if verbosity == "terse":
        return Content("initial_situation", [[Block("para", [rng.choice(SITUATION_TERSE)])]])
    n = rng.randint(2, 3) if verbosity == "normal" else rng.randint(4, 5)
    sentences = rng.sample(SITUATION, n)
    if rng.random() < 0.35:
        tmpl = rng.choice(SITUATION_YEAR)
        sentences.insert(0, tmpl.format(year=plant_year(r, r.year - rng.randint(1, 2)), town=r.town))
    if plan["initial_count"]:
        c, _ = plant_count(r, 40, 260, rng.choice(["Geflüchtete", "Menschen mit Fluchterfahrung", "Asylsuchende"]),
                           words_ok=False)
        sentences.insert(1, f"Derzeit leben {c} in der Anschlussunterbringung.")
        r.feat("initial situation: count (not participants)")
    if plan["initial_org"]:
        tmpl, gender = rng.choice(ORGS_LOCAL)
        org = plant_org(r, tmpl.format(town=r.town))
        sentences.append(f"{ARTICLES['nom'][gender].capitalize()} {org} begleitet die Geflüchteten seit "
                         f"{plant_year(r, r.year - rng.randint(1, 3))}.")
        r.feat("initial situation: organisation named")
    if plan["non_event_date"] == "initial":
        d = r.events[0].start - dt.timedelta(days=rng.randint(60, 200))
        date = P("DATE", fmt_date(d, rng.choice(["dmy", "named"])), d.isoformat())
        sentences.append(f"Mit Beschluss vom {date} hat der Gemeinderat die Teilnahme am Flüchtlingsdialog "
                         f"beschlossen.")
        r.feat("date that is not an event date")
    if plan["concept_shape"] == "sublabels" and rng.random() < 0.7:
        r.feat("initial situation: 'Anlass:' sublabels")
        return Content("initial_situation", [[Block("para", ["Anlass: " + sentences[0]]),
                                              Block("sub", ["Ausgangssituation:"]),
                                              Block("para", [" ".join(sentences[1:])])]])
    if len(sentences) >= 4 and rng.random() < 0.6:
        cut = len(sentences) // 2
        return Content("initial_situation", [[Block("para", [" ".join(sentences[:cut])]),
                                              Block("para", [" ".join(sentences[cut:])])]])
    if rng.random() < 0.3:
        return Content("initial_situation", [[Block("para", sentences)]])  # one sentence a line
    return Content("initial_situation", [[Block("para", [" ".join(sentences)])]])


# ========================================================================================== consulting

def firm_phrase(r: Report, firm: tuple, case: str = "nom") -> str:
    """The firm with its article ("das Büro Wort.Wechsel"), the name planted as a moderation ORG."""
    name, forms = firm[0], firm[1]
    form = "{n}" if case == "bare" else r.rng.choice(forms)
    org = r.P("ORG", name, name, moderation=True)
    text = form.replace("{n}", org)
    if case == "dat":
        text = re.sub(r"^das ", "dem ", text)
        text = re.sub(r"^die ", "der ", text)
    return text


def moderator(r: Report, case: str, title: bool | None = None, address: bool = True) -> tuple[str, str]:
    """A moderator, planted as a moderation PERSON: (text with form of address, gender)."""
    first, last, g = r.person()
    dr = r.rng.random() < 0.35 if title is None else title
    name = f"{'Dr. ' if dr else ''}{first} {last}"
    m = r.P("PERSON", name, name, moderation=True)
    form = r.rng.random()
    if address and form < 0.55:
        address = {"nom": ("Herr", "Frau"), "dat": ("Herrn", "Frau"), "acc": ("Herrn", "Frau")}[case][g == "f"]
        r.feat("moderator with Herr/Frau")
        return f"{r.P.plain(address)} {m}", g
    return m, g


def build_consulting(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    shape = plan["consult_shape"]
    r.feat(f"consulting: {shape}")
    firms = rng.sample(FIRMS, 2)
    firm = firms[0]
    tasks = rng.sample(CONSULT_TASKS[:8], rng.randint(1, 3 if plan["verbosity"] != "verbose" else 4))
    blocks: list[Block] = []
    if shape == "prose":
        f = firm_phrase(r, firm)
        s = rng.choice([f"Die Konzeption und Moderation übernahm {f}.",
                        f"Mit der Beratung und Moderation wurde {f} beauftragt."])
        persons = [moderator(r, "nom")[0] for _ in range(rng.randint(1, 2))]
        s += f" Vor Ort moderierte{'n' if len(persons) > 1 else ''} {oxford(persons)}."
        blocks.append(Block("para", [" ".join([s] + tasks)]))
    elif shape == "by_person":
        p, g = moderator(r, "acc")
        s = (f"Beratung und Moderation erfolgten durch {p} von {firm_phrase(r, firm, 'dat')}.".replace(
            " von dem ", " vom ") if rng.random() < 0.5
             else f"Die Vorbereitung und Moderation des Dialogs wurde von {p} ({firm_phrase(r, firm, 'bare')}) "
                  f"übernommen.")
        blocks.append(Block("para", [" ".join([s] + tasks)]))
    elif shape == "address_block":
        name, forms, web, address = firm
        if address is None:
            name, forms, web, address = next(f for f in FIRMS if f[3] is not None and f[0] != name)
        org = P("ORG", name, name, moderation=True)
        p, _ = moderator(r, "nom", title=rng.random() < 0.6, address=False)
        street, plz, city = address
        company = not re.search(r"büro|Institut|Akademie|Allianz|Forum|e\.V\.|GmbH", name)
        lines = [(P.plain("Fa. ") if company and rng.random() < 0.5 else "") + org, p,
                 P("ADDRESS", street, {"street": street}), P("ADDRESS", f"{plz} {city}",
                                                               {"postal_code": plz, "city": city})]
        if web and rng.random() < 0.5:
            lines.append(P("URL", web, web))
        blocks.append(Block("para", lines))
        blocks.append(Block("para", tasks))
    elif shape == "person_firm_web":
        name, forms, web, address = firm
        p, _ = moderator(r, "nom", title=False, address=False)
        lines = [p, P("ORG", name, name, moderation=True)] + ([P("URL", web, web)] if web else [])
        blocks.append(Block("para", lines))
        blocks.append(Block("para", [" ".join(tasks)]))
    elif shape == "freelance":
        p, g = moderator(r, "nom", title=rng.random() < 0.5)
        role = rng.choice(MODERATOR_ROLES[g])
        blocks.append(Block("para", [f"Die Beratung, Moderation und Durchführung übernahm {p}, {role}. "
                                     + " ".join(tasks[:2])]))
    elif shape == "two_firms":
        a, b = firm_phrase(r, firms[0]), firm_phrase(r, firms[1])
        blocks.append(Block("para", [f"{a[0].upper() + a[1:]} und {b} haben den Dialog gemeinsam konzipiert und "
                                     f"moderiert. " + " ".join(tasks)]))
    else:  # self: no external consulting
        blocks.append(Block("para", [rng.choice(CONSULT_SELF)]))
    return Content("consulting", [blocks])


# ============================================================================================== topics

def typo(rng: random.Random, word: str) -> str:
    """One slip of the keyboard in a word of six or more letters (never the first letter)."""
    i = rng.randint(1, len(word) - 2)
    op = rng.choice(["swap", "drop", "double", "append"])
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    return word + rng.choice("mnr")


def build_topics(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    tags = rng.sample(list(TOPIC_WORDS), rng.randint(2, 6))
    words = [rng.choice(TOPIC_WORDS[t]) for t in tags]
    if plan["topic_typo"]:
        i = next((k for k, w in enumerate(words) if len(w.split()[0]) >= 6 and w[0].isupper()), None)
        if i is not None:
            head, *rest = words[i].split(" ", 1)
            words[i] = " ".join([typo(rng, head)] + rest)
            r.feat("topics: typo in a topic word")
    fact = P.fact(topics=tags)
    shape = plan["topics_shape"]
    r.feat(f"topics: {shape}")
    details = [TOPIC_DETAILS[t] for t in rng.sample(tags, min(len(tags), rng.randint(0, 2)))]
    if shape == "prose":
        if len(words) >= 3 and rng.random() < 0.5:
            s = (f"Diskutiert wurden vor allem {oxford(words[:-1])}; darüber hinaus spielte "
                 f"{'das Thema ' if rng.random() < 0.5 else ''}{words[-1]} eine wichtige Rolle.")
        else:
            s = rng.choice([f"Im Mittelpunkt standen die Themen {oxford(words)}.",
                            f"Behandelt wurden folgende Themenfelder: {oxford(words)}.",
                            f"An den Thementischen ging es um {oxford(words)}."])
        blocks = [Block("para", [fact + " ".join([s] + details)])]
    elif shape == "list":
        intro = rng.choice(["Folgende Themen wurden bearbeitet:", "Themen:", None, "Diskutiert wurden:"])
        blocks = ([Block("sub", [intro])] if intro else []) + [Block("list", [fact + words[0]] + words[1:],
                                                                     marker=plan["bullet"])]
        if details:
            blocks.append(Block("para", [" ".join(details)]))
    else:  # one line, comma separated
        blocks = [Block("para", [fact + oxford(words) + "."])]
        if details:
            blocks.append(Block("para", [" ".join(details)]))
    return Content("topics", [blocks])


# ======================================================================================== participants

def org_list(r: Report, n: int, case: str = "bare") -> str:
    """Organisations in a list, with articles in ``case`` (nom, dat) or bare; acronyms included."""
    rng = r.rng
    genders = {**ORGS_BARE, **{t.format(town=r.town): g for t, g in ORGS_LOCAL}}
    pool = list(genders)
    chosen: list[str] = []
    while len(chosen) < n:
        o = rng.choice(pool)
        clash = {"VHS": "Volkshochschule", "Volkshochschule": "VHS", "Caritas": "Caritasverband",
                 "Caritasverband": "Caritas"}
        if o not in chosen and clash.get(o) not in chosen:
            chosen.append(o)
    if any(o in ACRONYM_ORGS for o in chosen):
        r.feat("organisations: acronym in a list")
    if any(o.endswith(("e.V.", "gGmbH")) for o in chosen):
        r.feat("organisations: e.V./gGmbH")
    if case == "bare" or any(genders[o] is None for o in chosen):
        return oxford([plant_org(r, o) for o in chosen])
    text = oxford([f"{ARTICLES[case][genders[o]]} {plant_org(r, o)}" for o in chosen])
    return "\ue002" + text  # marks the start of the list, so "von dem" can become "vom"


def build_participants(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    shape = plan["participants_shape"]
    kinds = [e.kind for e in r.events if e.kind in KINDS]
    r.feat(f"participants: {shape}")
    sentences: list[tuple[str, str | None]] = []   # (text, event kind named in it)

    def count(kind_of_sentence: str | None, prev_kind: str | None, group=None, qualifier: bool = True) -> str:
        head, attrs, (lo, hi) = group or rng.choice(GROUPS)
        attr = rng.choice(attrs)
        c, qty = plant_count(r, lo, hi, head, qualifier=qualifier)
        g = head + (f" {attr}" if attr else "")
        event = kind_of_sentence or prev_kind
        return c + (f" {attr}" if attr else "") + P.fact(participant={"group": g, "count": qty, "event": event})

    blocks: list[Block] = []
    if shape == "mobile":
        c = P("COUNT", "ca. 6-800 Personen", quantity(600, "ca.", 800))
        fact = P.fact(participant={"group": "Personen", "count": quantity(600, "ca.", 800), "event": None})
        blocks.append(Block("para", [f"{c}{fact} wurden erreicht; eine Teilnehmerliste konnte aufgrund des Formats "
                                     f"nicht geführt werden."]))
        r.feat("count: range 'ca. 6-800'")
    elif shape == "prose":
        prev = None
        if rng.random() < 0.4:
            sentences.append((rng.choice(PARTICIPANT_FILLER[:1]), None))
        targets = kinds if kinds else [None]
        for i, kind in enumerate(targets):
            if kind and rng.random() < 0.3:
                how = rng.choice(["offen über die Presse", "gezielt"])
                intro = f"{art(kind, 'zum')} {kind} wurde {how} eingeladen."
                sentences.append((intro, kind))
                prev = kind
                kind_here = None
            else:
                kind_here = kind
                prev = sentences[-1][1] if sentences else None
            if kind_here:
                forms = [f"{art(kind_here, 'am')} {kind_here} nahmen {{c}} teil.",
                         f"{art(kind_here, 'zum')} {kind_here} kamen {{c}}.",
                         f"{art(kind_here, 'beim')} {kind_here} waren {{c}} anwesend.",
                         f"Im Rahmen {art(kind_here, 'gen')} {KINDS[kind_here][1]} diskutierten {{c}} miteinander."]
            else:
                forms = ["Insgesamt haben {c} teilgenommen.", "Es kamen {c}.", "Teilgenommen haben {c}.",
                         "Gekommen sind {c}."]
            form = rng.choice(forms)
            if rng.random() < 0.2:
                broad = rng.choice([g for g in GROUPS if g[0] in BROAD_GROUPS])
                c = count(kind_here, prev, group=(broad[0], [None], (40, 120)))
                sub = next(g for g in GROUPS if g[0] == "Geflüchtete")
                c2 = count(kind_here, prev, group=(sub[0], sub[1], (6, 15)), qualifier=False)
                text = form.format(c=c)[:-1] + f", darunter {c2}."
                r.feat("participants: 'darunter' second count")
            else:
                text = form.format(c=count(kind_here, prev))
            sentences.append((text, kind_here))
        if rng.random() < 0.7:
            sentences.append((rng.choice([f"Vertreten waren unter anderem "
                                          f"{org_list(r, rng.randint(2, 4), rng.choice(['bare', 'nom']))}.",
                                          f"Mit am Tisch saßen Vertreterinnen und Vertreter von "
                                          f"{org_list(r, rng.randint(2, 5), rng.choice(['bare', 'dat']))}.",
                                          f"Beteiligt waren Träger und Einrichtungen "
                                          f"({org_list(r, rng.randint(2, 4))}) sowie Vereine und Kirchen."]), None))
        if rng.random() < 0.4:
            sentences.append((rng.choice(PARTICIPANT_FILLER[1:4]), None))
        split = rng.random() < 0.4 and len(sentences) > 2
        if split:
            blocks += [Block("para", [s]) for s, _ in sentences]
        else:
            blocks.append(Block("para", [" ".join(s for s, _ in sentences)]))
    elif shape == "list":
        intro = rng.choice(["Teilnehmende:", "Teilnehmergruppen:", "Beteiligt waren:"])
        groups = rng.sample([g for g in GROUPS if g[0] not in BROAD_GROUPS], rng.randint(2, 4))
        items = [count(None, None, group=g) for g in groups]
        blocks += [Block("sub", [intro]), Block("list", items, marker=plan["bullet"])]
        if rng.random() < 0.6:
            blocks.append(Block("para", [f"Vertreten waren unter anderem "
                                         f"{org_list(r, rng.randint(2, 4), rng.choice(['bare', 'nom']))}."]))
    elif shape == "colon_list":
        groups = rng.sample([g for g in GROUPS if None in g[1] and g[0] not in BROAD_GROUPS], 3)
        lines = []
        for head, _, (lo, hi) in groups:
            v = rng.randint(lo, hi)
            c = P("COUNT", str(v), quantity(v))
            lines.append(f"{head}: {c}" + P.fact(participant={"group": head, "count": quantity(v), "event": None}))
        blocks.append(Block("para", lines))
        r.feat("count after the group ('Ehrenamtliche: 25')")
    else:  # no numbers
        blocks.append(Block("para", [rng.choice(["Die genaue Zahl der Anwesenden wurde nicht erfasst.",
                                                 "Eine Teilnehmerliste wurde nicht geführt."])
                                     + f" Vertreten waren unter anderem {org_list(r, rng.randint(2, 4))}."]))
    return Content("participants", [blocks])


# ========================================================================================== assessment

def build_assessment(r: Report) -> Content:
    rng = r.rng
    if r.plan["verbosity"] == "terse":
        return Content("assessment", [[Block("para", [rng.choice(ASSESS_TERSE)])], []])
    n1, n2 = (rng.randint(1, 3), rng.randint(1, 2)) if r.plan["verbosity"] == "normal" else (rng.randint(3, 4),
                                                                                          rng.randint(2, 3))
    a = rng.sample(ASSESS_PROCESS, n1)
    b = rng.sample(ASSESS_RESULTS, n2)
    if rng.random() < 0.5:
        return Content("assessment", [[Block("para", [" ".join(a)])], [Block("para", [" ".join(b)])]])
    return Content("assessment", [[Block("para", [" ".join(a + b)])], []])


# ============================================================================================= results

def build_results(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    shape = plan["results_shape"]
    r.feat(f"results: {shape}")
    n = rng.randint(3, 5)
    outros = rng.sample(RESULT_OUTROS, rng.randint(1, 3 if plan["verbosity"] == "verbose" else 2))
    if shape == "sentences":
        items = rng.sample(RESULT_SENTENCES, n)
        text = " ".join(P.fact(result=i) + i + "." for i in items)
        return Content("results", [[Block("para", [text])], []])
    simple_only = shape == "colon_prose"
    pool = [i for i, simple in RESULT_ITEMS if simple or not simple_only]
    items = rng.sample(pool, n)
    if rng.random() < 0.3:
        tmpl, names = rng.choice(RESULT_ITEMS_ORG)
        items[rng.randrange(n)] = tmpl.format(org=plant_org(r, rng.choice(names)))
        r.feat("results: item names an organisation")
    marked = [P.fact(result=i) + i for i in items]
    if shape == "colon_prose":
        intro = rng.choice(["Vereinbart wurden insbesondere:", "Konkrete Ergebnisse sind:",
                            "Als Maßnahmen wurden festgehalten:"])
        return Content("results", [[Block("para", [f"{intro} {oxford(marked)}."])],
                                   [Block("para", [" ".join(outros)])]])
    intro = rng.choice(RESULT_INTROS) if rng.random() < 0.75 else None
    marker = plan["result_marker"]
    r.feat(f"results list marker: {marker}")
    group1 = ([Block("para", [intro])] if intro else []) + [Block("list", marked, marker=marker)]
    return Content("results", [group1, [Block("para", [" ".join(outros)])]])


# =============================================================================================== costs

def build_costs(r: Report) -> Content:
    rng, P, plan = r.rng, r.P, r.plan
    shape = plan["costs_shape"]
    r.feat(f"costs: {shape}")
    eff = rng.sample(EFFICIENCY, 1 if plan["verbosity"] == "terse" else rng.randint(1, 2))
    approx = rng.random() < 0.45

    def main_value() -> float:
        v = rng.randrange(2000, 9000, 50)
        if approx:
            v = round(v, -2)
        elif rng.random() < 0.15:
            v = v + rng.choice([0.5, 0.35, 0.8])
        return v

    def minor() -> tuple[str, float]:
        label, (lo, hi) = rng.choice(MONEY_MINOR)
        v = rng.randrange(lo, hi, 5)
        return label, (round(v, -1) if approx else v)

    def amount(label: str, v: float, total: bool, q_ok: bool = True) -> str:
        m, qty = plant_money(r, v, approx and q_ok)
        return m + P.fact(money={**qty, "label": label}, total=total)

    blocks: list[Block] = []
    if shape == "parts_total":
        main_label = rng.choice(MONEY_MAIN)
        mv = main_value()
        sentences = [rng.choice(["Für {L} sind {M} angefallen.", "Die Kosten für {L} beliefen sich auf {M}.",
                                 "Auf {L} entfielen {M}.", "Für {L} wurden {M} ausgegeben."]).format(
            L=main_label, M=amount(main_label, mv, False))]
        total_v = mv
        if rng.random() < 0.6:
            ml, mvv = minor()
            sentences.append(f"Hinzu kamen {amount(ml, mvv, False)} für {ml}.")
            total_v += mvv
        if rng.random() < 0.5 or len(sentences) == 1:
            sentences.append(rng.choice(COST_REMARKS))
            total_v += rng.randrange(100, 1500, 50)
        total_v = round(total_v, -2) if approx else total_v
        tmpl, label = rng.choice([("Die Gesamtkosten lagen bei {M}.", "Gesamtkosten"),
                                  ("Insgesamt ist von Gesamtkosten in Höhe von {M} auszugehen.", "Gesamtkosten"),
                                  ("Der Gesamtaufwand betrug {M}.", "Gesamtaufwand"),
                                  ("Die Gesamtkosten des Dialogs beliefen sich auf {M}.", "Gesamtkosten")])
        sentences.append(tmpl.format(M=amount(label, total_v, True)))
        blocks.append(Block("para", [" ".join(sentences)]))
    elif shape == "list_total":
        parts = [(rng.choice(MONEY_MAIN[1:]), main_value())] + [minor() for _ in range(rng.randint(1, 3))]
        seen: set = set()
        parts = [p for p in parts if not (p[0] in seen or seen.add(p[0]))]
        items = [f"{lab}: {amount(lab, v, False)}" for lab, v in parts]
        total_v = sum(v for _, v in parts)
        total_v = round(total_v, 2) if not approx else round(total_v, -2)
        blocks.append(Block("list", items, marker=plan["bullet"]))
        blocks.append(Block("para", [f"Gesamtkosten: {amount('Gesamtkosten', total_v, True)}"]))
    elif shape == "single":
        lab = rng.choice(MONEY_MAIN)
        blocks.append(Block("para", [rng.choice(["Die Kosten für {L} lagen bei {M}.", "Für {L} sind {M} angefallen."])
                                     .format(L=lab, M=amount(lab, main_value(), False))
                                     + (" " + rng.choice(COST_REMARKS) if rng.random() < 0.5 else "")]))
    elif shape == "total_only":
        tmpl = rng.choice(["Gesamtkosten: {M}", "Die Gesamtkosten lagen bei {M}."])
        blocks.append(Block("para", [tmpl.format(M=amount("Gesamtkosten", main_value() + 500, True))]))
    elif shape == "insgesamt_label":
        labs = rng.sample(["Moderation", "Raummiete", "Verpflegung", "Dokumentation", "Kinderbetreuung"], 3)
        lab = oxford(labs)
        blocks.append(Block("para", [f"Insgesamt wurden für {lab} {amount(lab, main_value(), True)} ausgegeben."]))
    elif shape == "parts_no_total":
        lab1 = rng.choice(MONEY_MAIN[3:])
        lab2, v2 = minor()
        blocks.append(Block("para", [f"Für {lab1} fielen {amount(lab1, main_value(), False)} an, für {lab2} "
                                     f"{amount(lab2, v2, False)}."]))
    else:  # no amounts
        blocks.append(Block("para", [rng.choice(COST_NONE)]))
    return Content("costs", [blocks, [Block("para", [" ".join(eff)])]])


# ===================================================================================== recommendations

def build_recommendations(r: Report) -> Content:
    rng = r.rng
    a = rng.sample(RECOMMEND, rng.randint(1, 3))
    b = [s for s in rng.sample(RECOMMEND, 3) if s not in a][:rng.randint(1, 2)]
    return Content("recommendations", [[Block("para", [" ".join(a)])], [Block("para", [" ".join(b)])]])


BUILDERS = {"municipality": build_municipality, "concept": build_concept, "initial_situation": build_initial,
            "consulting": build_consulting, "topics": build_topics, "participants": build_participants,
            "assessment": build_assessment, "results": build_results, "costs": build_costs,
            "recommendations": build_recommendations}


# ============================================================================================== layout

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def number_prefix(scheme: str, n: int) -> str:
    return {"none": "", "arabic": f"{n}. ", "arabic_paren": f"{n}) ", "roman": f"{ROMAN[n]}. ",
            "letter": f"{chr(96 + n)}) ", "letter_upper": f"{chr(64 + n)}. ", "arabic_bare": f"{n} "}[scheme]


def write_heading(r: Report, key: str, position: int) -> str:
    rng, plan = r.rng, r.plan
    text = HEADINGS[key]
    if rng.random() < plan["variant_rate"]:
        text = rng.choice(HEADING_VARIANTS[key])
        r.feat("heading: other wording")
    if key in plan["typo_keys"]:
        words = [w for w in re.findall(r"[A-Za-zÄÖÜäöüß]+", text) if len(w) >= 6]
        w = rng.choice(words)
        text = text.replace(w, typo(rng, w), 1)
        r.feat("heading: typo")
    if plan["heading_case"] == "upper":
        text = text.upper()
    if plan["heading_colon"] == "all" or (plan["heading_colon"] == "some" and rng.random() < 0.5):
        text += ":"
        r.feat("heading: trailing colon")
    if plan["numbering"] != "none":
        text = number_prefix(plan["numbering"], position) + text
    return text


def lay_out(r: Report, contents: dict[str, Content]) -> tuple[list[str], list[Sec]]:
    rng, plan = r.rng, r.plan
    order = list(SECTION_KEYS)
    for _ in range(plan["reorder"]):
        i = rng.randint(1, len(order) - 2)
        order[i], order[i + 1] = order[i + 1], order[i]
    if plan["reorder"]:
        r.feat("sections reordered")
    order = [k for k in order if k not in plan["missing"]]
    for k in plan["missing"]:
        r.feat(f"missing section: {k}")
    secs: list[Sec] = []
    for position, key in enumerate(order, start=1):
        content = contents[key]
        heading = None if key == plan["headless"] else write_heading(r, key, position)
        if heading is None:
            r.feat(f"headless section (prompts and answer kept): {key}")
        if key == "municipality":
            secs.append(Sec(key, heading, content.groups[0], True))
            continue
        prompt_groups = PROMPTS[key]
        keep_prompts = key == plan["headless"] or plan["prompts"] == "all" or (
            plan["prompts"] == "some" and rng.random() < 0.7)
        answers = [list(g) for g in content.groups]
        mode = plan["unanswered"].get(key)
        if mode:
            answers = [[] for _ in answers]
            r.feat(f"unanswered section: {key}")
            r.feat(f"unanswered as: {mode}")
        elif key in plan["partial"] and len(answers) > 1 and answers[0]:
            answers[1] = []
            r.feat("only the first prompt answered")
        blocks: list[Block] = []

        def prompt_blocks(group: list[str]) -> list[Block]:
            if not keep_prompts:
                return []
            if len(group) > 1 and rng.random() < 0.6:
                return [Block("prompt", [" ".join(group)])]
            return [Block("prompt", [q]) for q in group]

        if plan["interleave"] and len(answers) > 1:
            for g, group in enumerate(prompt_groups):
                blocks += prompt_blocks(group)
                blocks += answers[g] if g < len(answers) else []
        else:
            for group in prompt_groups:
                blocks += prompt_blocks(group)
            for g in answers:
                blocks += g
        answered = any(g for g in answers)
        if mode == "placeholder":
            blocks.append(Block("para", [rng.choice(PLACEHOLDERS)]))
        elif mode == "heading_only":
            blocks = []
        secs.append(Sec(key, heading, blocks, answered))
    if not keep_prompts_any(secs):
        r.feat("no prompt questions kept")
    return make_pre(r), secs


def keep_prompts_any(secs: list[Sec]) -> bool:
    return any(b.kind == "prompt" for s in secs for b in s.blocks)


def make_pre(r: Report) -> list[str]:
    plan = r.plan
    name_text = f"{r.written_kind} {r.town}" if r.written_kind else r.town
    pre = plan["pre"]
    r.feat(f"text before the first heading: {pre}")
    if pre == "steckbrief":
        return ["Steckbrief", name_text]
    if pre == "title":
        return [f"Kommunaler Flüchtlingsdialog {plant_year(r, r.year)}"]
    if pre == "title2":
        return ["Bericht zum Kommunalen Flüchtlingsdialog", f"{name_text}, {plant_year(r, r.year)}"]
    if pre == "title3":
        return [f"Abschlussbericht Kommunaler Flüchtlingsdialog – {name_text}"]
    return []


# ============================================================================================ resolving

def strings_in_order(pre: list[str], secs: list[Sec]):
    """Every string of the document in reading order, with a setter to replace it and its role."""
    for i in range(len(pre)):
        yield pre, i, "pre", None
    for sec in secs:
        for b in sec.blocks:
            if b.kind == "fields":
                for f in b.fields:
                    for i in range(len(f.lines)):
                        yield f.lines, i, "field", sec.key
            else:
                for i in range(len(b.lines)):
                    yield b.lines, i, b.kind, sec.key


def lint_filler(r: Report, pre: list[str], secs: list[Sec]) -> None:
    """Text outside the plants must hold no entity: no digits, no organisation names, no dates or money."""
    for lines, i, role, key in strings_in_order(pre, secs):
        if role == "prompt":
            continue
        bare = MARK.sub("", lines[i])
        if re.search(r"\d", bare):
            raise AssertionError(f"{r.name}: digit outside a plant in {key}: {bare!r}")
        if key != "municipality" and FILLER_BANNED.search(bare):
            raise AssertionError(f"{r.name}: entity-like word in filler of {key}: "
                                 f"{FILLER_BANNED.search(bare).group(0)!r} in {bare!r}")


# Filler is written for a Gemeinde; a Stadt or a Landkreis says it its own way.
LOCAL_WORDS = {
    "Stadt": [("Die Gemeinde", "Die Stadt"), ("die Gemeinde", "die Stadt"), ("der Gemeinde", "der Stadt")],
    "Landkreis": [("des Gemeinderats", "des Kreistags"), ("Der Gemeinderat", "Der Kreistag"),
                  ("der Gemeinderat", "der Kreistag"), ("dem Gemeinderat", "dem Kreistag"),
                  ("den Gemeinderat", "den Kreistag"), ("den Bürgermeister", "den Landrat"),
                  ("Die Gemeinde", "Der Landkreis"), ("stellte die Gemeinde", "stellte der Landkreis"),
                  ("hätte die Gemeinde", "hätte der Landkreis"),
                  ("Leitbild der Gemeinde", "Leitbild des Landkreises"),
                  ("im Rathaus", "im Kreishaus"), ("des Rathauses", "des Kreishauses")],
}


def localise(r: Report, text: str) -> str:
    kind = "Landkreis" if r.landkreis else "Stadt" if r.kind in ("Stadt", "Große Kreisstadt") else None
    for old, new in LOCAL_WORDS.get(kind, []):
        text = re.sub(rf"\b{old}\b", new, text)
    return text


def resolve(r: Report, pre: list[str], secs: list[Sec]) -> tuple[list[str], list[Sec], list[Plant]]:
    """Replace the markers by their text; the plants that survive, in document order."""
    pre, secs = deepcopy(pre), deepcopy(secs)
    found: list[Plant] = []
    for lines, i, role, _ in strings_in_order(pre, secs):
        if role in ("para", "list", "sub"):
            lines[i] = localise(r, lines[i])
        for m in MARK.finditer(lines[i]):
            found.append(r.P.items[int(m.group(1))])
        # "... Brücke e.V." at the end of a sentence takes no second full stop; "von dem IB" is "vom IB"
        text = r.P.resolve(lines[i]).replace("von \ue002dem ", "vom ").replace("\ue002", "")
        lines[i] = re.sub(r"(e\.\s?V\.)\.", r"\1", text)
    return pre, secs, found


def gold_record(r: Report, secs: list[Sec], plants: list[Plant]) -> dict:
    events = [p.facts["event"] for p in plants if "event" in p.facts]
    participants = [p.facts["participant"] for p in plants if "participant" in p.facts]
    orgs = list(dict.fromkeys(p.value for p in plants if p.label == "ORG"))
    mod_orgs = list(dict.fromkeys(p.value for p in plants if p.label == "ORG" and p.facts.get("moderation")))
    mod_persons = list(dict.fromkeys(p.value for p in plants if p.label == "PERSON" and p.facts.get("moderation")))
    topics = next((p.facts["topics"] for p in plants if "topics" in p.facts), [])
    results = [localise(r, r.P.resolve(p.facts["result"])) for p in plants if "result" in p.facts]
    money = [p.facts for p in plants if "money" in p.facts]
    amounts = [m["money"] for m in money]
    total = next((m["money"] for m in money if m["total"]), None)
    if total is None and len(amounts) == 1:
        total = amounts[0]
    present = {s.key: s.heading is not None for s in secs}
    answered = {s.key: s.answered for s in secs}
    sections = {k: {"present": present.get(k, False), "answered": present.get(k, False) and answered.get(k, False)}
                for k in SECTION_KEYS}
    entities = [{"label": p.label, "text": p.text, "value": p.value} for p in plants if p.label]
    return {
        "file": f"{r.name}.{r.fmt}",
        "format": r.fmt,
        "municipality": r.gold_municipality,
        "contact": r.gold_contact,
        "events": events,
        "participants": participants,
        "organisations": orgs,
        "moderation": {"organisations": mod_orgs, "persons": mod_persons},
        "topics": topics,
        "results": results,
        "costs": {"amounts": amounts, "total": total},
        "sections": sections,
        "entities": entities,
    }


# ================================================================================================= txt

def list_marker(marker: str, k: int) -> str:
    if marker == "1.":
        return f"{k + 1}."
    if marker == "1)":
        return f"{k + 1})"
    if marker == "a)":
        return f"{chr(97 + k)})"
    return marker


def inline_label(label: str) -> str:
    return label if label.endswith(":") else label + ":"


def render_txt(r: Report, pre: list[str], secs: list[Sec]) -> bytes:
    plan = r.plan
    spaced = plan["txt_spacing"] == "spaced"
    out: list[str] = []

    def blank() -> None:
        if spaced and out and out[-1] != "":
            out.append("")

    out += pre
    blank()
    for i, sec in enumerate(secs):
        ind = plan["indent"] if plan["indent_from"] is not None and i >= plan["indent_from"] else ""
        if sec.heading:
            out.append(ind + sec.heading)
            blank()
        for b in sec.blocks:
            if b.kind == "fields":
                for f in b.fields:
                    if f.inline and f.lines:
                        out.append(f"{ind}{inline_label(f.label)} {f.lines[0]}")
                        out += [ind + v for v in f.lines[1:]]
                    else:
                        out.append(ind + f.label)
                        out += [ind + plan["field_indent"] + v for v in f.lines]
                    blank()
            elif b.kind == "list":
                out += [f"{ind}{plan['list_indent']}{list_marker(b.marker, k)} {item}"
                        for k, item in enumerate(b.lines)]
                blank()
            else:
                out += [ind + line for line in b.lines]
                blank()
    while out and out[-1] == "":
        out.pop()
    text = "\n".join(out) + "\n"
    if plan["crlf"]:
        text = text.replace("\n", "\r\n")
    return text.encode(plan["encoding"])


# ================================================================================================ docx

# German Word keeps the built-in names but writes localised style ids; LibreOffice writes its own names.
WORD_DE_IDS = {"Normal": "Standard", "Heading1": "berschrift1", "Heading2": "berschrift2", "Title": "Titel",
               "ListBullet": "Aufzhlungszeichen", "ListNumber": "Listennummer", "Heading1Char": "berschrift1Zchn",
               "Heading2Char": "berschrift2Zchn", "TitleChar": "TitelZchn", "TableGrid": "Tabellenraster"}
GERMAN_NAMES = {"heading 1": "Überschrift 1", "heading 2": "Überschrift 2", "Normal": "Standard", "Title": "Titel",
                "List Bullet": "Aufzählungszeichen", "List Number": "Listennummer", "Table Grid": "Tabellenraster",
                "Heading 1 Char": "Überschrift 1 Zchn", "Title Char": "Titel Zchn"}
_REF_TAGS = ("basedOn", "next", "link", "pStyle", "rStyle", "tblStyle")


def _rename_styles(document, ids: dict[str, str], names: dict[str, str] | None = None) -> None:
    roots = [document.styles.element, document.part.numbering_part.element]
    for root in roots:
        for el in root.iter():
            sid = el.get(qn("w:styleId"))
            if sid in ids:
                el.set(qn("w:styleId"), ids[sid])
            if el.tag in {qn(f"w:{t}") for t in _REF_TAGS} and el.get(qn("w:val")) in ids:
                el.set(qn("w:val"), ids[el.get(qn("w:val"))])
    if names:
        for st in document.styles.element.findall(qn("w:style")):
            name = st.find(qn("w:name"))
            if name is not None and name.get(qn("w:val")) in names:
                name.set(qn("w:val"), names[name.get(qn("w:val"))])


def _add_style(document, style_id: str, name: str, based_on: str | None, *, size: float | None = None,
               bold: bool = False, outline: int | None = None, color: str | None = None):
    st = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.element.set(qn("w:styleId"), style_id)
    if based_on:
        based = OxmlElement("w:basedOn")
        based.set(qn("w:val"), based_on)
        st.element.insert(1, based)
    if size:
        st.font.size = Pt(size)
    st.font.bold = bold or None
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    if outline is not None:
        ppr = st.element.get_or_add_pPr()
        lvl = OxmlElement("w:outlineLvl")
        lvl.set(qn("w:val"), str(outline))
        ppr.append(lvl)
    return st


def setup_docx_styles(document, mode: str) -> dict:
    """Style ids for heading, title, lists, body in one of the style worlds towns' files come from."""
    ids = {"heading": "Heading1", "title": "Title", "bullet": "ListBullet", "number": "ListNumber", "body": None,
           "table": "TableGrid"}
    if mode in ("word_de", "lo_de"):
        _rename_styles(document, WORD_DE_IDS, GERMAN_NAMES if mode == "lo_de" else None)
        ids.update(heading="berschrift1", title="Titel", bullet="Aufzhlungszeichen", number="Listennummer",
                   table="Tabellenraster")
        if mode == "lo_de":
            _add_style(document, "berschrift", "Überschrift", "Standard", size=14)
            for st in document.styles.element.findall(qn("w:style")):
                if st.get(qn("w:styleId")) == "berschrift1":
                    st.find(qn("w:basedOn")).set(qn("w:val"), "berschrift")
            _add_style(document, "Textkrper", "Textkörper", "Standard")
            ids["body"] = "Textkrper"
    elif mode == "lo_en":
        for st in document.styles.element.findall(qn("w:style")):
            name = st.find(qn("w:name"))
            if name.get(qn("w:val")) == "heading 1":
                name.set(qn("w:val"), "Heading 1")
                st.find(qn("w:basedOn")).set(qn("w:val"), "Heading")
        _add_style(document, "Heading", "Heading", "Normal", size=14)
        _add_style(document, "TextBody", "Text Body", "Normal")
        ids["body"] = "TextBody"
    elif mode == "custom_chain":
        _add_style(document, "KFDAbschnitt", "KFD Abschnitt", "Heading1", size=13, color="1F3864")
        ids["heading"] = "KFDAbschnitt"
    elif mode == "bold":
        ids["heading"] = None
    return ids


def _styled(document, text: str, style_id: str | None, *, bold=False, italic=False, size=None, color=None,
            links=False, indent_cm: float | None = None):
    p = document.add_paragraph()
    if style_id:
        p._p.get_or_add_pPr().style = style_id
    if indent_cm:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if links:
        add_text_with_links(p, text)
        runs = p.runs
    else:
        runs = [p.add_run(text)]
    for run in runs:
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
    return p


def render_docx(r: Report, pre: list[str], secs: list[Sec]) -> bytes:
    rng, plan = r.rng, r.plan
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = plan["docx_font"]
    normal.font.size = Pt(11)
    set_language(document, "de-DE")
    ids = setup_docx_styles(document, plan["docx_headings"])
    r.feat(f"docx headings: {plan['docx_headings']}")
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    if plan["page_header"]:
        section.header.paragraphs[0].text = plan["page_header"]
        footer = section.footer.paragraphs[0]
        footer.add_run("Seite ")
        add_page_field(footer)
        r.feat("docx page header and footer")
    body = ids["body"]
    for i, line in enumerate(pre):
        if i == 0 and plan["docx_headings"] != "bold":
            _styled(document, line, ids["title"])
        else:
            _styled(document, line, body, bold=True, size=14 if i == 0 else 12)
    prompt_fmt = plan["prompt_format"]
    for sec in secs:
        if sec.heading:
            if ids["heading"]:
                _styled(document, sec.heading, ids["heading"])
            else:
                _styled(document, sec.heading, None, bold=True, size=plan["bold_heading_size"])
        for b in sec.blocks:
            if b.kind == "fields":
                if plan["docx_table"]:
                    table = document.add_table(rows=0, cols=2)
                    tbl_pr = table._tbl.tblPr
                    tstyle = OxmlElement("w:tblStyle")
                    tstyle.set(qn("w:val"), ids["table"])
                    tbl_pr.insert(0, tstyle)
                    for f in b.fields:
                        row = table.add_row()
                        row.cells[0].width, row.cells[1].width = Cm(7), Cm(9)
                        row.cells[0].paragraphs[0].add_run(f.label).bold = True
                        cell = row.cells[1]
                        if plan["docx_breaks"] and len(f.lines) > 1:
                            add_lines_with_breaks(cell.paragraphs[0], f.lines)
                        else:
                            for k, line in enumerate(f.lines):
                                add_text_with_links(cell.paragraphs[0] if k == 0 else cell.add_paragraph(),
                                                             line)
                    r.feat("docx: municipality part as a table")
                else:
                    for f in b.fields:
                        if f.inline and f.lines:
                            p = document.add_paragraph()
                            p.add_run(inline_label(f.label) + " ").bold = True
                            add_text_with_links(p, f.lines[0])
                            continue
                        _styled(document, f.label, body, bold=True)
                        if plan["docx_breaks"] and len(f.lines) > 1:
                            add_lines_with_breaks(document.add_paragraph(), f.lines)
                        else:
                            for line in f.lines:
                                _styled(document, line, body, links=True)
                    r.feat("docx: municipality part as paragraphs")
            elif b.kind == "prompt":
                for line in b.lines:
                    _styled(document, line, body, italic=prompt_fmt == "italic",
                            color="595959" if prompt_fmt == "grey" else None)
            elif b.kind == "list":
                real = plan["docx_real_lists"]
                for k, item in enumerate(b.lines):
                    if real:
                        sid = ids["number"] if b.marker in ("1.", "1)", "a)") else ids["bullet"]
                        _styled(document, item, sid)
                    else:
                        _styled(document, f"{list_marker(b.marker, k)} {item}", body, indent_cm=0.6)
                r.feat("docx lists: " + ("list styles" if real else "typed markers"))
            elif b.kind == "sub":
                _styled(document, b.lines[0], body, bold=rng.random() < 0.5)
            else:
                for line in b.lines:
                    _styled(document, line, body, links=True)
    props = document.core_properties
    props.title = "Kommunaler Flüchtlingsdialog – Bericht"
    props.author = props.last_modified_by = f"{r.written_kind or 'Gemeinde'} {r.town}"
    props.comments = ""
    props.language = "de-DE"
    stamp = dt.datetime.combine(r.events[0].start + dt.timedelta(days=21), dt.time(10, 15), dt.timezone.utc)
    props.created = props.modified = props.last_printed = stamp
    props.revision = 3
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip(raw.getvalue(), stamp.timetuple()[:6])


# ================================================================================================= pdf

def canvas_class(header: str | None, footer: str, font: str, header_first_page: bool, pages_seen: list):
    class _Canvas(DeferredPagesCanvas):
        def save(self):
            pages_seen.append(self.page_count)
            super().save()

        def decorate(self, total: int) -> None:
            width, height = A4
            n = self._pageNumber
            self.saveState()
            self.setFont(font, 8.5)
            self.setFillGray(0.35)
            if header and (header_first_page or n > 1):
                self.drawString(25 * mm, height - 15 * mm, header)
                self.setLineWidth(0.4)
                self.setStrokeGray(0.5)
                self.line(25 * mm, height - 17 * mm, width - 25 * mm, height - 17 * mm)
            text = footer.format(n=n, total=total)
            if footer.startswith("{n}/"):
                self.drawRightString(width - 25 * mm, 12 * mm, text)
            else:
                self.drawCentredString(width / 2, 12 * mm, text)
            self.restoreState()

    return _Canvas


def render_pdf(r: Report, pre: list[str], secs: list[Sec]) -> bytes:
    register_fonts()
    for attempt in range(4):
        pages: list[int] = []
        data = _pdf_once(r, pre, secs, scale=1 + 0.12 * attempt, pages_seen=pages)
        if pages[-1] >= 2:
            r.features[f"pdf pages: {pages[-1]}"] += 1
            return data
    raise AssertionError(f"{r.name}: pdf has fewer than two pages")


def _pdf_once(r: Report, pre: list[str], secs: list[Sec], scale: float, pages_seen: list) -> bytes:
    plan = r.plan
    font = plan["pdf_font"]
    italic = "Oblique" if font == "DejaVuSans" else "Italic"
    size = 10.5 * scale
    body = ParagraphStyle("Body", fontName=font, fontSize=size, leading=size * 1.45,
                          alignment=TA_JUSTIFY if plan["pdf_justify"] else TA_LEFT, spaceAfter=5 * scale,
                          hyphenationLang="de_DE")
    prompt = ParagraphStyle("Prompt", parent=body, fontName=f"{font}-{italic}" if plan["prompt_format"] != "plain"
                            else font, alignment=TA_LEFT, hyphenationLang="",
                            textColor="#404040" if plan["prompt_format"] == "grey" else "#000000")
    heading = ParagraphStyle("Heading", fontName=f"{font}-Bold", fontSize=12.5 * scale, leading=16 * scale,
                             spaceBefore=12 * scale, spaceAfter=6 * scale, keepWithNext=1)
    title = ParagraphStyle("Title", fontName=f"{font}-Bold", fontSize=14, leading=18, spaceAfter=8)
    label = ParagraphStyle("Label", parent=body, fontName=f"{font}-Bold", alignment=TA_LEFT, spaceAfter=1,
                           keepWithNext=1, hyphenationLang="")
    value = ParagraphStyle("Value", parent=body, alignment=TA_LEFT, spaceAfter=7, hyphenationLang="")
    story = []
    for i, line in enumerate(pre):
        story.append(Paragraph(escape(line), title if i == 0 else label))
    for sec in secs:
        if sec.heading:
            story.append(Paragraph(escape(sec.heading), heading))
        for b in sec.blocks:
            if b.kind == "fields":
                if plan["pdf_table"]:
                    rows = [[Paragraph(escape(f.label), label),
                             Paragraph("<br/>".join(escape(v) for v in f.lines), value)] for f in b.fields]
                    table = Table(rows, colWidths=[62 * mm, 98 * mm])
                    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                               ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
                    story.append(table)
                else:
                    for f in b.fields:
                        if f.inline and f.lines:
                            story.append(Paragraph(f"<b>{escape(inline_label(f.label))}</b> {escape(f.lines[0])}",
                                                   value))
                        else:
                            story.append(KeepTogether([Paragraph(escape(f.label), label),
                                                       Paragraph("<br/>".join(escape(v) for v in f.lines), value)]))
            elif b.kind == "prompt":
                story.extend(Paragraph(escape(line), prompt) for line in b.lines)
            elif b.kind == "list":
                if plan["pdf_real_lists"]:
                    items = [ListItem(Paragraph(escape(item), body), leftIndent=16) for item in b.lines]
                    if b.marker in ("1.", "1)", "a)"):
                        kind = {"1.": "1", "1)": "1", "a)": "a"}[b.marker]
                        fmt = "%s)" if b.marker.endswith(")") else "%s."
                        story.append(ListFlowable(items, bulletType=kind, bulletFormat=fmt, bulletFontName=font,
                                                  leftIndent=16, spaceAfter=5))
                    else:
                        story.append(ListFlowable(items, bulletType="bullet", start=b.marker, bulletFontName=font,
                                                  leftIndent=16, spaceAfter=5))
                else:
                    story.extend(Paragraph(escape(f"{list_marker(b.marker, k)} {item}"), body)
                                 for k, item in enumerate(b.lines))
            elif b.kind == "sub":
                story.append(Paragraph(escape(b.lines[0]), label))
            else:
                story.extend(Paragraph(escape(line), body) for line in b.lines)
        story.append(Spacer(1, 3))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=27 * mm,
                            bottomMargin=24 * mm, title="Kommunaler Flüchtlingsdialog", lang="de-DE",
                            author=f"{r.written_kind or 'Gemeinde'} {r.town}", creator="scripts/build_corpus.py",
                            invariant=1)
    doc.build(story, canvasmaker=canvas_class(plan["page_header"], plan["pdf_footer"], font,
                                              plan["header_first_page"], pages_seen))
    return buf.getvalue()


# =============================================================================================== plan

def _quota(rng: random.Random, n: int, k: int) -> list[bool]:
    flags = [True] * k + [False] * (n - k)
    rng.shuffle(flags)
    return flags


def _weighted(rng: random.Random, options: dict) -> object:
    keys = list(options)
    return rng.choices(keys, weights=[options[k] for k in keys])[0]


def plan_corpus(seed: str, count: int) -> list[dict]:
    """Decide per report what varies. Rare features get fixed quotas so every one of them is present."""
    m = random.Random(f"{seed}:plan")
    n_lk = len(LANDKREIS_REPORTS)
    towns = m.sample(TOWNS, count - n_lk)
    lk_at = {round((i + 0.5) * count / n_lk): name for i, name in enumerate(LANDKREIS_REPORTS)}
    fmts = ["txt", "docx", "pdf"]
    txt_idx = [i for i in range(count) if i % 3 == 0]
    docx_idx = [i for i in range(count) if i % 3 == 1]
    encodings = ["cp1252"] * (len(txt_idx) // 3) + ["utf-8-sig"] * 2
    encodings += ["utf-8"] * (len(txt_idx) - len(encodings))
    m.shuffle(encodings)
    crlf = _quota(m, len(txt_idx), len(txt_idx) // 3)
    docx_modes = ["word_en", "word_de", "lo_de", "lo_en", "bold", "custom_chain"]
    mobile = _quota(m, count, 2)
    yearless = _quota(m, count, 6)
    invalid = _quota(m, count, 2)
    kfd_kind = _quota(m, count, 2)
    headless = _quota(m, count, 5)
    headless_keys = ["initial_situation", "topics", "assessment", "costs", "recommendations", "consulting"]
    missing = _quota(m, count, 14)
    unanswered = _quota(m, count, 30)
    reorder = _quota(m, count, 10)
    typos = _quota(m, count, 22)
    upper = _quota(m, count, 6)
    non_event = ["concept"] * 4 + ["initial"] * 4 + [None] * (count - 8)
    m.shuffle(non_event)
    layouts = ["lines", "org_first", "one_line", "last_first", "function_before", "dept_herr", "name_only",
               "street_plz_one"]
    kinds_written = (["Große Kreisstadt"] * 2 + ["Stadtverwaltung"] * 2 + ["Gemeindeverwaltung"]
                     + [None] * 13)
    kinds_written += [m.choice(["Stadt", "Gemeinde"]) for _ in range(count - n_lk - len(kinds_written))]
    m.shuffle(kinds_written)
    plans = []
    k_town = 0
    for i in range(count):
        rng = random.Random(f"{seed}:plan:{i}")
        p: dict = {"fmt": fmts[i % 3]}
        if i in lk_at:
            p.update(town=lk_at[i], landkreis=True, written_kind="Landkreis", kind="Landkreis", district=lk_at[i])
        else:
            wk = kinds_written[k_town]
            kind = {"Stadtverwaltung": "Stadt", "Gemeindeverwaltung": "Gemeinde"}.get(wk, wk)
            p.update(town=towns[k_town], landkreis=False, written_kind=wk, kind=kind,
                     district=rng.choice(sorted(DISTRICTS)))
            k_town += 1
        if p["fmt"] == "txt":
            j = txt_idx.index(i)
            p.update(encoding=encodings[j], crlf=crlf[j])
        else:
            p.update(encoding="utf-8", crlf=False)
        if p["fmt"] == "docx":
            j = docx_idx.index(i)
            p.update(docx_headings=docx_modes[j % len(docx_modes)], docx_table=(j // len(docx_modes) + j) % 2 == 0)
        p.update(
            label_colon=rng.random() < 0.6, label_aliases=rng.random() < 0.25,
            inline=_weighted(rng, {"none": 70, "some": 18, "all": 12}),
            contact_layout="role_authority" if p["landkreis"] and rng.random() < 0.7 else
            _weighted(rng, dict(zip(layouts, [22, 12, 12, 10, 12, 8, 5, 10]))),
            verbosity=(_weighted(rng, {"normal": 60, "verbose": 40}) if p["fmt"] == "pdf" else
                       _weighted(rng, {"terse": 15, "normal": 55, "verbose": 30})),
            mobile=mobile[i], n_events=1 if mobile[i] else _weighted(rng, {1: 55, 2: 35, 3: 10}),
            multi_day=rng.random() < 0.3, yearless=yearless[i] and not mobile[i], invalid_date=invalid[i],
            kfd_kind=kfd_kind[i],
            opener=rng.random() < 0.2, groups_count=rng.random() < 0.15, coop_org=rng.random() < 0.15,
            non_event_date=non_event[i],
            concept_shape=_weighted(rng, {"dates_first": 50, "dates_middle": 20, "sublabels": 15,
                                          "goal_bullets": 15}),
            initial_count=rng.random() < 0.15, initial_org=rng.random() < 0.2,
            consult_shape=_weighted(rng, {"prose": 30, "by_person": 22, "address_block": 12, "person_firm_web": 10,
                                          "freelance": 10, "two_firms": 6, "self": 10}),
            topics_shape=_weighted(rng, {"prose": 45, "list": 35, "comma_line": 20}),
            topic_typo=rng.random() < 0.15,
            bullet=rng.choice(["•", "-", "*", "–"]),
            participants_shape="mobile" if mobile[i] else _weighted(
                rng, {"prose": 70, "list": 16, "colon_list": 5, "no_numbers": 9}),
            results_shape=_weighted(rng, {"list": 72, "colon_prose": 20, "sentences": 8}),
            result_marker=rng.choice(["•", "-", "*", "–", "1.", "1)", "a)", "•", "-"]),
            costs_shape=_weighted(rng, {"parts_total": 38, "list_total": 15, "single": 13, "total_only": 10,
                                        "insgesamt_label": 8, "parts_no_total": 8, "none": 8}),
            reorder=(rng.randint(1, 2) if reorder[i] else 0),
            prompts=_weighted(rng, {"all": 75, "some": 12, "none": 13}), interleave=rng.random() < 0.35,
            variant_rate=0.0 if rng.random() < 0.6 else rng.choice([0.2, 0.3, 0.4]),
            heading_case="upper" if upper[i] else "as_is",
            heading_colon=_weighted(rng, {"none": 70, "all": 15, "some": 15}),
            numbering=_weighted(rng, {"none": 55, "arabic": 15, "roman": 8, "arabic_paren": 7, "letter": 6,
                                      "letter_upper": 5, "arabic_bare": 4}),
            pre=_weighted(rng, {"none": 35, "steckbrief": 25, "title": 15, "title2": 15, "title3": 10}),
            txt_spacing=_weighted(rng, {"spaced": 65, "compact": 35}),
            indent=rng.choice(["    ", "\t", "  "]), indent_from=(rng.randint(3, 6) if rng.random() < 0.25 else None),
            field_indent="  " if rng.random() < 0.1 else "", list_indent=rng.choice(["", "", "  "]),
            docx_breaks=rng.random() < 0.4, docx_real_lists=rng.random() < 0.6,
            docx_font=rng.choice(["Arial", "Calibri", "Times New Roman"]),
            prompt_format=rng.choice(["italic", "italic", "grey", "plain"]),
            bold_heading_size=rng.choice([12, 13, 14]),
            pdf_footer=rng.choice(["Seite {n} von {total}", "- {n} -", "{n}", "Seite {n}", "{n}/{total}"]),
            header_first_page=rng.random() < 0.7, pdf_font=rng.choice(["DejaVuSans", "DejaVuSans", "DejaVuSerif"]),
            pdf_table=rng.random() < 0.3, pdf_justify=rng.random() < 0.8, pdf_real_lists=rng.random() < 0.6,
        )
        p["yearless_style"] = ("wd_den_noyear", "wd_noyear_num")[sum(yearless[:i]) % 2]
        if p["yearless"]:
            p["pre"] = rng.choice(["title", "title2"])
        if p["mobile"]:
            p["kfd_kind"] = False
        if p["kfd_kind"]:
            p["n_events"] = 1
        if p["invalid_date"] and p["n_events"] == 1:
            p["n_events"] = 2  # the mistyped date is the second one, so the report still has an event
        # which sections are deleted, left unanswered, lose their heading
        taken: set = {"municipality"}
        p["headless"] = None
        if headless[i]:
            p["headless"] = headless_keys[sum(headless[:i]) % len(headless_keys)]
            taken.add(p["headless"])
        p["missing"] = []
        if missing[i]:
            pool = [k for k in ("recommendations", "costs", "assessment", "initial_situation", "topics",
                                "consulting", "results", "participants") if k not in taken]
            p["missing"] = rng.sample(pool, 2 if rng.random() < 0.15 else 1)
            taken.update(p["missing"])
        p["unanswered"] = {}
        if unanswered[i]:
            weights = {"recommendations": 30, "costs": 14, "assessment": 10, "topics": 8, "results": 8,
                       "consulting": 8, "initial_situation": 8, "participants": 6, "concept": 3}
            for _ in range(1 if rng.random() < 0.7 else 2):
                key = _weighted(rng, {k: w for k, w in weights.items() if k not in taken})
                p["unanswered"][key] = _weighted(rng, {"empty": 55, "placeholder": 35, "heading_only": 10})
                taken.add(key)
        p["partial"] = set(rng.sample(["assessment", "results", "costs", "recommendations"], 1)) \
            if rng.random() < 0.25 else set()
        p["typo_keys"] = set(rng.sample([k for k in SECTION_KEYS if k != p["headless"]],
                                        rng.randint(1, 2))) if typos[i] else set()
        name_text = f"{p['written_kind']} {p['town']}" if p["written_kind"] else p["town"]
        p["page_header"] = rng.choice([f"Kommunaler Flüchtlingsdialog – {name_text}",
                                       f"{name_text} · Bericht zum Flüchtlingsdialog",
                                       f"Flüchtlingsdialog {p['town']}"]) if rng.random() < (
            0.85 if p["fmt"] == "pdf" else 0.6) else None
        if p["fmt"] == "pdf" and p["page_header"] is None and p["pdf_footer"] in ("{n}",):
            p["pdf_footer"] = "Seite {n} von {total}"
        p["name"] = ("landkreis-" if p["landkreis"] else "") + slug(p["town"])
        plans.append(p)
    return plans


# =============================================================================================== main

def build_report(index: int, plan: dict, seed: str) -> tuple[bytes, dict, Counter]:
    rng = random.Random(f"{seed}:{index}")
    r = Report(index=index, name=plan["name"], fmt=plan["fmt"], rng=rng, plan=plan, town=plan["town"],
               written_kind=plan["written_kind"], kind=plan["kind"], district=plan["district"],
               region=DISTRICTS[plan["district"]][0], landkreis=plan["landkreis"])
    r.feat(f"format: {r.fmt}")
    if r.fmt == "txt":
        r.feat(f"txt encoding: {plan['encoding']}" + (" + CRLF" if plan["crlf"] else ""))
    if r.fmt == "pdf" and plan["pdf_table"]:
        r.feat("pdf: municipality part as a table")
    plan_events(r)
    r.feat(f"events: {len(r.events)}")
    contents = {key: BUILDERS[key](r) for key in SECTION_KEYS}
    pre, secs = lay_out(r, contents)
    lint_filler(r, pre, secs)
    pre, secs, plants = resolve(r, pre, secs)
    gold = gold_record(r, secs, plants)
    check_gold(r, gold, pre, secs)
    if r.fmt == "txt":
        data = render_txt(r, pre, secs)
    elif r.fmt == "docx":
        data = render_docx(r, pre, secs)
    else:
        data = render_pdf(r, pre, secs)
    for k in ("heading_case", "heading_colon", "numbering", "prompts"):
        r.feat(f"{k}: {plan[k]}")
    if plan["interleave"]:
        r.feat("prompts interleaved with answers")
    if r.fmt == "txt" and plan["indent_from"] is not None:
        r.feat("txt: indented sections")
    if r.fmt == "txt":
        r.feat(f"txt layout: {plan['txt_spacing']}")
    return data, gold, r.features


def check_gold(r: Report, gold: dict, pre: list[str], secs: list[Sec]) -> None:
    """The gold must be consistent with the text that was written (cheap self-checks)."""
    text = "\n".join(pre + [s.heading or "" for s in secs] + [line for s in secs for b in s.blocks
                                                                for line in (b.lines or [v for f in b.fields
                                                                                          for v in f.lines])])
    for ent in gold["entities"]:
        assert ent["text"] in text, (r.name, ent)
    for item in gold["results"]:
        assert item in text, (r.name, item)
    for e in gold["events"]:
        dt.date.fromisoformat(e["date"])
    assert list(gold["sections"]) == list(SECTION_KEYS)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", default=DEFAULT_SEED)
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--out-dir", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if args.count < 60:
        parser.error("the corpus needs at least 60 reports")
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.name != "README.md" and old.suffix in (".txt", ".docx", ".pdf", ".json"):
            old.unlink()
    totals: Counter = Counter()
    reports_with: Counter = Counter()
    for index, plan in enumerate(plan_corpus(args.seed, args.count)):
        data, gold, features = build_report(index, plan, args.seed)
        (out / gold["file"]).write_bytes(data)
        (out / f"{plan['name']}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                       encoding="utf-8")
        totals.update(features)
        reports_with.update(set(features))
    (out / "README.md").write_text(readme(args, totals, reports_with), encoding="utf-8")
    print(f"wrote {args.count} reports and their gold records to {out}")


def readme(args, totals: Counter, reports_with: Counter) -> str:
    rows = "\n".join(f"| {name} | {reports_with[name]} | {totals[name]} |" for name in sorted(totals))
    return README_TEMPLATE.format(seed=args.seed, count=args.count, rows=rows)


README_TEMPLATE = """\
# A labelled corpus of invented KFD reports

{count} reports of the "Kommunaler Flüchtlingsdialog" form, written the way towns wrote theirs, each
as `<name>.<ext>` (txt, docx or pdf, a third each) with its gold record `<name>.gold.json`.
Every town, person, consulting firm, local association, address, phone number and e-mail address is
invented (two real state programmes appear as moderators: Führungsakademie Baden-Württemberg, Allianz
für Beteiligung); district and region names are the real ones of Baden-Württemberg. No sentence is
taken from a real report.

Generated, not hand-written:

    python scripts/build_corpus.py --seed {seed} --count {count}

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
  year elsewhere, and the weekday fits only that year).
- `participants`: only counts in the participants section; `group` = the counted noun (with an
  adjective if there is one) plus its origin/genitive attribute; `event` = the event kind named in the
  same sentence, else in the sentence before it *within the answer* (a list item is a sentence; the
  prompt question is not), else null.
- `organisations`: every organisation named in the answers (welfare bodies, associations, companies,
  public bodies such as Jobcenter or Volkshochschule, consulting firms), unique, in order of first
  mention, names without article and without the designations "Büro"/"Fa."/"Firma". The reporting
  municipality itself and its own administration written in the contact block (Stadt X, Bürgermeisteramt,
  Ordnungsamt, Landratsamt of a Landkreis report) are not listed: they are `contact.organisation`.
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
  placeholder such as "-" or "k.A." is no answer); a section that is not present has answered false.
- `entities`: `{{label, text, value}}` in document order, one per mention; `text` is the planted text
  (for a COUNT the number with its noun, for a PERSON the name without Herr/Frau or function); values:
  DATE ISO or "start/end", TIME "HH:MM" or {{start, end}}, PHONE E.164, MONEY and COUNT a Quantity
  ({{value, max, approximate, qualifier}}), ORG and PERSON the name, EMAIL and URL lower case, ADDRESS
  {{street}} or {{postal_code, city}}. Bare years ("seit 2015") are not entities. Text of the form itself
  (headings, prompt questions, labels) holds no planted entity.

## What varies (reports with the feature / occurrences)

| feature | reports | occurrences |
|---|---|---|
{rows}
"""


if __name__ == "__main__":
    main()
