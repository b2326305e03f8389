"""Controlled vocabularies of the KFD record: topic tags, event kinds, regions, municipality kinds, costs."""

# Topic tag -> word stems that signal it (lower case; a word matches when it starts with a stem,
# or is within a typo of one). ``TOPIC_EXCLUDE`` lists words that start like a stem but mean something else.
TOPICS: dict[str, tuple[str, ...]] = {
    "Wohnen": ("wohnen", "wohnung", "wohnraum", "wohnsituation", "unterbringung", "anschlussunterbringung",
               "unterkunft", "unterkünfte", "wohnungsmarkt", "wohnungssuche"),
    "Arbeit": ("arbeit", "arbeitsmarkt", "ausbildung", "beruf", "beschäftigung", "praktik", "arbeitsplatz",
               "erwerbs", "job", "qualifizierung", "arbeitsvermittlung"),
    "Bildung": ("bildung", "schule", "schulen", "schulisch", "weiterbildung", "kita", "kindergarten",
                "bildungsangebot"),
    "Sprache": ("sprache", "spracherwerb", "sprachkurs", "sprachförderung", "deutschkurs", "sprachcafé",
                "sprachcafe", "deutsch lernen", "sprachkenntnis"),
    "Freizeit/Teilhabe": ("freizeit", "teilhabe", "vereinsleben", "sport", "vereine", "verein ", "begegnung",
                          "kulturelles und soziales", "gesellschaftliche teilhabe"),
    "Gesundheit": ("gesundheit", "medizinisch", "ärztlich", "psychisch", "trauma", "pflege"),
    "Kinder und Familie": ("kinder", "familie", "familien", "jugend", "jugendliche", "eltern", "frauen"),
    "Ehrenamt": ("ehrenamt", "ehrenamtlich", "helferkreis", "freiwillig", "engagement", "unterstützerkreis",
                 "asylkreis", "patenschaft", "paten"),
    "Vernetzung": ("vernetzung", "netzwerk", "koordination", "kooperation", "zusammenarbeit",
                   "kommunikationsplattform", "austausch der akteure"),
    "Integrationsbegriff": ("integrationsbegriff", "integrationsverständnis", "verständnis von integration"),
    "Sicherheit": ("sicherheit", "kriminalität", "polizei", "ängste", "sorgen"),
    "Kultur/Religion": ("kultur", "religion", "interkulturell", "glaube", "werte"),
    "Zusammenleben": ("zusammenleben", "nachbarschaft", "willkommenskultur", "akzeptanz", "zuwanderung",
                      "rassismus", "vorurteil", "armut",
                      # the rules of living together: manners and norms
                      "pünktlichkeit", "zuverlässigkeit", "toleranz", "umgangsformen"),
    "Beratung und Betreuung": ("beratung", "betreuung", "sozialarbeit", "begleitung", "anlaufstelle"),
    "Mobilität": ("mobilität", "öpnv", "nahverkehr", "fahrrad"),
    "Information und Öffentlichkeit": ("öffentlichkeitsarbeit", "information der bevölkerung", "transparenz",
                                       "bürgerinformation"),
}
TOPIC_EXCLUDE = ("arbeitskreis", "arbeitsgruppe", "arbeitsweise", "arbeitsatmosphäre", "arbeitsergebnis",
                 "arbeitsform", "arbeitsphase", "sportlich", "kindergeld", "schulter", "berufen", "berufung",
                 "wertet", "wertung", "werten", "kulturelle vielfalt der methoden")

# Head words of an event kind: the word as written is the kind ("Expertenworkshop", "Infoabend").
EVENT_KIND_HEADS = ("dialog", "workshop", "werkstatt", "veranstaltung", "abend", "forum", "versammlung",
                    "konferenz", "fachtag", "treffen", "café", "cafe", "tisch", "runde", "sitzung", "klausur",
                    "open space", "fest", "begehung", "spaziergang", "seminar", "tagung", "gespräch")
# Words ending like an event kind that are not events.
EVENT_KIND_NOT = ("gespräch", "dialogs", "tisch", "runde", "abend", "fest", "sitzung", "veranstaltungsort",
                  "veranstaltungskonzept", "dialogveranstaltungen", "einzelgespräch", "gesprächsrunde")
# Words that mark a sentence as describing when an event took place.
EVENT_CUES = ("durchführung", "durchgeführt", "fand", "findet", "stattgefunden", "statt", "termin", "am ",
              "veranstaltung", "datum", "zeitraum")

# Cues that the sentence is about when the event itself took place, whatever else it says.
STRONG_EVENT_CUES = ("durchführung", "durchgeführt", "fand ", "fanden ", "stattgefunden", " statt", "findet ",
                     "tagte", "trafen sich")
# Cues that a date in the sentence is about something else (a decision, the invitations, a deadline).
NOT_EVENT_CUES = ("beschloss", "beschlossen", "beschluss", "einladung", "eingeladen", "verschickt", "versandt",
                  "verteilt", "gingen", "frist", "anmeldung", "anmeldeschluss", "veröffentlicht", "pressemitteilung",
                  "bewilligt", "bescheid", "antrag", "beantragt", "zusage", "ankündigung", "angekündigt",
                  "vorbereitungstreffen", "vorgespräch", "protokoll")

# The four Regierungsbezirke of Baden-Württemberg.
REGIONS = ("Stuttgart", "Karlsruhe", "Freiburg", "Tübingen")

# Leading words of a municipality name that say what kind of body it is -> the kind recorded.
MUNICIPALITY_KINDS = {
    "große kreisstadt": "Große Kreisstadt", "stadtverwaltung": "Stadt", "gemeindeverwaltung": "Gemeinde",
    "stadt": "Stadt", "gemeinde": "Gemeinde", "landkreis": "Landkreis", "landratsamt": "Landkreis",
    "kreisstadt": "Kreisstadt", "markt": "Markt", "marktgemeinde": "Gemeinde", "kreis": "Landkreis",
}

# Nouns that say what an amount of money was spent on; a coordinated list of them is a cost label.
COST_NOUNS = ("beratung", "konzeption", "konzept", "moderation", "moderator", "durchführung", "organisation",
              "honorar", "raummiete", "miete", "catering", "verpflegung", "bewirtung", "sachmittel", "sachkosten",
              "material", "druck", "werbung", "öffentlichkeitsarbeit", "flyer", "plakat", "dolmetsch",
              "übersetzung", "personal", "kinderbetreuung", "dokumentation", "fahrtkosten", "reisekosten",
              "technik", "referent", "vorbereitung", "nachbereitung", "einladung", "porto", "gesamtkosten",
              "eigenanteil", "eigenmittel", "fördermittel", "förderung", "zuschuss", "kosten", "ausgaben",
              "aufwand", "auslagen", "prozessbegleitung", "begleitung", "räumlichkeiten",
              "aufbau", "dienstleistung")
