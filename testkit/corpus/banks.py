"""Text banks: what the generator draws its wordings, places, people, organisations and filler from.

Plain data, no logic. The form's own headings, prompts and labels are not here: they come from the form
definition (``form.py``); here are only the other wordings towns used for them.
"""
from __future__ import annotations

import re

# ============================================================================ other wordings of the form

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
# Other wordings of a label of the municipality part that towns used.
LABEL_WORDINGS = {
    "name": ["Name der Kommune", "Name der Stadt/Gemeinde"],
    "population": ["Einwohner", "Anzahl der Einwohner"],
    "contact": ["Name und Adresse der Kontaktperson", "Kontaktperson", "Ansprechpartner/in"],
    "phone": ["Telefon", "Tel."],
    "email": ["E-Mail", "Email"],
}
# What towns wrote instead of an answer.
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
# talks in the evening; the kinds that may last two days
EVENING_KINDS = {"Bürgerdialog", "Infoabend", "Dialogabend", "Themenabend", "Bürgerversammlung",
                 "Informationsveranstaltung", "Auftaktveranstaltung"}
MULTI_DAY_KINDS = {"Zukunftswerkstatt", "Bürgerwerkstatt", "Fachtag", "Begegnungsfest", "Workshop"}
EVENT_SERIES = [
    ("Bürgerdialog", "Expertenworkshop"), ("Auftaktveranstaltung", "Workshop"), ("Infoabend", "Zukunftswerkstatt"),
    ("Bürgerversammlung", "Fachworkshop"), ("Dialogabend", "Abschlussveranstaltung"),
    ("Auftaktveranstaltung", "Bürgerwerkstatt"), ("Informationsveranstaltung", "Netzwerktreffen"),
    ("Themenabend", "Dialogforum"), ("Auftaktveranstaltung", "Workshop", "Abschlussveranstaltung"),
    ("Infoabend", "Zukunftswerkstatt", "Netzwerktreffen"),
]


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
MONEY_MAIN = ["Beratung, Konzeption und Moderation", "Beratung und Moderation", "Konzeption und Moderation",
              "Moderation und Dokumentation", "Moderation", "Prozessbegleitung"]
MONEY_MINOR = [("Raummiete", (100, 600)), ("Raummiete und Verpflegung", (300, 1200)), ("Verpflegung", (150, 900)),
               ("Catering", (200, 900)), ("Dolmetscherleistungen", (150, 600)), ("Druck und Werbung", (100, 500)),
               ("Öffentlichkeitsarbeit", (150, 700)), ("Kinderbetreuung", (80, 300)), ("Sachkosten", (100, 600)),
               ("Dokumentation", (400, 1500))]


# =================================================================== failure classes of real reports (issue 17)

# Streets of every common ending, streets named after a person, in the contact block (the house number from
# HOUSE_NUMBERS).
MORE_STREETS = [
    "Lindenplatz", "Kastanienweg", "Ahornallee", "Nordring", "Färbergasse", "Alter Markt", "Kirchsteige",
    "Neckardamm", "Seeufer", "Mühlgraben", "Bahnhofsanlage", "Zehnthof", "Schlossberg", "Oberes Tor",
    "Stadtwall", "Im Wiesengrund", "Robert-Bosch-Platz", "Carl-Benz-Weg", "Willy-Brandt-Allee",
    "Bertha-von-Suttner-Ring", "Sophie-Scholl-Gasse", "Konrad-Adenauer-Straße",
]
# House numbers with a letter, a range or a sub-number: {n} a number, {m} the next but one.
HOUSE_NUMBERS = ["{n}a", "{n}b", "{n} c", "{n}-{m}", "{n}–{m}", "{n}/1", "{n}/2"]
# Postal codes and towns whose name has more than one word, for the moderators' office addresses.
MORE_CITIES = [("72574", "Bad Urach"), ("74523", "Schwäbisch Hall"), ("72108", "Rottenburg am Neckar"),
               ("79206", "Breisach am Rhein"), ("79098", "Freiburg im Breisgau"), ("78050", "Villingen-Schwenningen"),
               ("71093", "Weil im Schönbuch"), ("78112", "St. Georgen im Schwarzwald"), ("88348", "Bad Saulgau"),
               ("73312", "Geislingen an der Steige"), ("74206", "Bad Wimpfen"), ("76829", "Landau in der Pfalz")]
# Qualifiers that towns abbreviate or write otherwise, before the population and before counts.
MORE_POPULATION_QUALIFIERS = ["rd.", "ca", "etwa", "ungef.", "gut", "über", "mehr als"]
MORE_COUNT_QUALIFIERS = ["rd.", "ca", "ungef.", "bis zu"]
# Time ranges written the other ways: a style of wording.fmt_times, and whether it needs whole hours.
MORE_TIME_STYLES = [("zwischen", False), ("dot_h", False), ("day_part", True), ("endash_hours", True),
                    ("bis_uhr_mixed", False)]
# Lead words of a line that lists the dates of all events.
DATE_LIST_LEADS = ["Durchführung am", "Durchführung am:", "Termine:", "Die Termine waren am", "Stattgefunden am"]
# Dates that are not in any calendar, for the list's one bad date.
IMPOSSIBLE_DATES = ["31.04.", "31.06.", "30.02.", "31.09.", "31.11."]
# Sentences that name organisations of the shapes real reports use; {a}/{b}: invented towns, {town}: the
# report's town. Each name is planted with its value.
ORG_SHAPES = {
    # coordinated: one plural head, several organisations (plural -> singular)
    "coordinated": ("Fachlich begleitet wurde der Prozess von den {a} und {b}.",
                    {"Hochschulen": "Hochschule", "Universitäten": "Universität"}),
    # names that go on with lower-case words: (name, gender)
    "lower_case": [("Verein für interkulturelle Begegnung {town} e.V.", "m"),
                   ("Stiftung für ein gutes Miteinander", "f"), ("Arbeitskreis ausländischer Mitbürger {town}", "m"),
                   ("Förderverein der Grundschule {town}", "m")],
    # initiatives named in quotes: (kind, name, gender)
    "quoted": [("Initiative", "Offene Türen", "f"), ("Verein", "Brücken bauen", "m"), ("Netzwerk", "Ankommen", "n"),
               ("Bündnis", "Bunt statt braun", "n"), ("Projekt", "Sprachbrücke", "n")],
}
QUOTES = [("„", "“"), ('"', '"'), ("»", "«")]
# Fields of work listed with bodies every town has: no organisation is named.
FIELDS_OF_WORK = ["Schule, Feuerwehr, Vereine und Kirchen", "Kindergarten, Sport, Feuerwehr und Nachbarschaft",
                  "Kirche, Polizei, Schule und Handel", "Sportverein, Schule und Feuerwehr"]
