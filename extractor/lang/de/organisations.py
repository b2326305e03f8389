"""Organisations: a gazetteer of bodies common in German social work and local government, and the words that
make, introduce, join or end an organisation's name.

The gazetteer carries the load that a statistical model would.
"""

# Organisations named by their usual short or long name. Matched case-sensitively as phrases.
ORGANISATIONS = [
    # Welfare associations (Spitzenverbände der Freien Wohlfahrtspflege) and their branches
    "AWO", "Arbeiterwohlfahrt", "Caritas", "Caritasverband", "Diakonie", "Diakonisches Werk", "Kreisdiakonie",
    "Kreisdiakonieverband", "DRK", "Deutsches Rotes Kreuz", "Rotes Kreuz", "DRK-Kreisverband", "Malteser",
    "Malteser Hilfsdienst", "Johanniter", "Johanniter-Unfall-Hilfe", "Paritätischer", "Der Paritätische",
    "Paritätische", "Paritätischer Wohlfahrtsverband", "PARITÄTISCHE", "ZWST", "Lebenshilfe", "Innere Mission",
    "Evangelische Gesellschaft", "eva", "Internationaler Bund", "IB", "Arbeiter-Samariter-Bund", "ASB",
    "Kolping", "Kolpingwerk", "Kolpingsfamilie", "SKF", "SKM", "Sozialdienst katholischer Frauen",
    # Churches
    "Evangelische Kirche", "Katholische Kirche", "evangelische Kirchengemeinde", "katholische Kirchengemeinde",
    "Evangelische Kirchengemeinde", "Katholische Kirchengemeinde", "Kirchengemeinde", "Seelsorgeeinheit",
    "Moscheegemeinde", "DITIB", "Evangelisches Bildungswerk", "Katholisches Bildungswerk", "Keppler-Stiftung",
    # Public bodies
    "Landratsamt", "Jobcenter", "Agentur für Arbeit", "Arbeitsagentur", "Bundesagentur für Arbeit", "BAMF",
    "Bundesamt für Migration und Flüchtlinge", "Ausländerbehörde", "Ausländeramt", "Sozialamt", "Jugendamt",
    "Ordnungsamt", "Standesamt", "Integrationsamt", "Kreissozialamt", "Gesundheitsamt", "Schulamt",
    "Staatliches Schulamt", "Polizei", "Polizeipräsidium", "Polizeirevier", "Polizeiposten", "Regierungspräsidium",
    "Staatsministerium", "Sozialministerium", "Ministerium für Soziales und Integration", "Integrationsministerium",
    "Landesregierung", "Integrationsmanagement", "Statistisches Landesamt", "Stat. Landesamt", "Landesamt",
    "Flüchtlingssozialarbeit", "Sozialer Dienst", "Kreisjugendring", "Stadtjugendring",
    # Education, civic, economy
    "VHS", "Volkshochschule", "Familienbildungsstätte", "Mehrgenerationenhaus", "Familienzentrum",
    "Stadtbibliothek", "Musikschule", "IHK", "Industrie- und Handelskammer", "Handwerkskammer",
    "Kreishandwerkerschaft", "Tafel", "Kleiderkammer", "Bürgerstiftung", "Freundeskreis Asyl",
    "Arbeitskreis Asyl", "AK Asyl", "Asylkreis", "Asylarbeitskreis", "Helferkreis", "Unterstützerkreis",
    "Flüchtlingshilfe", "Flüchtlingsrat", "Refugio", "Pro Asyl", "Integrationsrat", "Integrationsbeirat",
    "Jugendmigrationsdienst", "Migrationsberatung", "Migrationsdienst", "Allianz für Beteiligung",
    "Führungsakademie Baden-Württemberg", "Landeszentrale für politische Bildung",
    "Sportverein", "Feuerwehr", "Freiwillige Feuerwehr", "THW",
]

# Gazetteer entries that name a kind of body; the place or proper name after them belongs to the name
# ("Freundeskreis Asyl Lindach", "Tafel Bad Kornau", "TSV Rotfelden").
ORG_TAKES_NAME = {"Freundeskreis Asyl", "Arbeitskreis Asyl", "AK Asyl", "Asylkreis", "Asylarbeitskreis",
                  "Helferkreis", "Unterstützerkreis", "Flüchtlingshilfe", "Bürgerstiftung", "Seelsorgeeinheit",
                  "Kirchengemeinde", "evangelische Kirchengemeinde", "katholische Kirchengemeinde",
                  "Evangelische Kirchengemeinde", "Katholische Kirchengemeinde", "Moscheegemeinde", "Tafel",
                  "Diakonisches Werk", "Caritasverband", "DRK-Kreisverband", "Kreisjugendring", "Stadtjugendring",
                  "Familienzentrum", "Mehrgenerationenhaus", "Volkshochschule", "VHS", "Familienbildungsstätte",
                  "Jugendmigrationsdienst", "Freiwillige Feuerwehr", "Feuerwehr", "Sportverein", "Landratsamt",
                  "Polizeirevier", "Polizeiposten", "Jobcenter", "Integrationsrat", "Integrationsbeirat",
                  "Kolpingsfamilie", "Musikschule", "Stadtbibliothek", "Kleiderkammer", "Statistisches Landesamt",
                  "Stat. Landesamt", "Landesamt"}
# Gazetteer entries that name an activity rather than a body ("an der Flüchtlingshilfe Beteiligte"): an
# organisation only with a proper name after them ("Flüchtlingshilfe Lindach e.V.").
ACTIVITY_NAMES = {"Flüchtlingshilfe", "Flüchtlingssozialarbeit", "Integrationsmanagement", "Migrationsberatung"}
# Bodies every town has, which a list of fields of work names as a field ("Schule, Sport, Feuerwehr"): written
# bare in such a list they are no organisation.
GENERIC_BODIES = {"Feuerwehr", "Freiwillige Feuerwehr", "Polizei", "Sportverein", "Kirchengemeinde",
                  "evangelische Kirchengemeinde", "katholische Kirchengemeinde", "Evangelische Kirchengemeinde",
                  "Katholische Kirchengemeinde"}
# Club abbreviations followed by their place ("TSV Rotfelden", "SV Musterdorf 1920").
CLUB_ABBREVIATIONS = ["TSV", "SV", "FC", "TV", "SC", "SpVgg", "TSG", "VfB", "VfL", "DJK", "SSV", "TuS", "SG",
                      "FV", "TTC", "MV", "GV"]

# Words after which a capitalised name is an organisation. These only introduce the name: "Büro Taten.Drang"
# is "Taten.Drang" ...
ORG_INTRODUCERS = ["Büro", "Fa.", "Firma", "Agentur"]
# ... and these belong to it ("Initiative Frühlingserwachen", "Stiftung Bürgermut").
ORG_NAME_HEADS = ["Institut", "Verein", "Initiative", "Stiftung"]
# Descriptors before a name written in capitals ("Anlaufstelle PFIFF"): like "Büro", not part of the name.
ACRONYM_INTRODUCERS = ["Anlaufstelle", "Beratungsstelle", "Fachstelle", "Koordinierungsstelle", "Treffpunkt",
                       "Projekt"]
# Kinds of body whose name follows in quotes ("Initiative „Willkommen in Lindach“", "Verein "Miteinander"").
QUOTED_NAME_HEADS = ["Initiative", "Bürgerinitiative", "Verein", "Förderverein", "Projekt", "Netzwerk", "Bündnis",
                     "Aktionsbündnis", "Arbeitskreis", "Helferkreis", "Freundeskreis", "Stiftung",
                     "Arbeitsgemeinschaft"]
# Services in the name of a consultant's firm after the owner's surname ("Weinmann Moderation Beratung").
FIRM_SERVICE_WORDS = ["Moderation", "Beratung", "Prozessbegleitung", "Consulting", "Coaching", "Kommunikation",
                      "Mediation", "Training", "Partner", "Projektmanagement", "Organisationsberatung",
                      "Organisationsentwicklung", "Beteiligung", "Dialog", "Supervision", "Planung"]
# Legal-form suffixes that end an organisation name.
ORG_SUFFIXES = ["e.V.", "e. V.", "eV", "gGmbH", "GmbH", "mbH", "AG", "GbR", "eG", "KG", "UG", "gUG", "Stiftung"]

# All-caps words that are not organisations.
NOT_ACRONYMS = {"KFD", "PDF", "EUR", "TEUR", "EU", "USA", "BW", "OB", "BM", "CEO", "ID", "OK", "PS", "NB", "TV",
                "UHR", "DE", "WWW", "HTTP", "HTTPS", "DIN", "ISO", "MB", "KB", "GB", "II", "III", "IV", "VI",
                "VII", "VIII", "IX", "XI", "XII", "CA", "PLZ", "TEL", "FAX", "NR", "FN", "KW", "ST", "UND", "ODER",
                "ZB", "UA", "GGF", "BZW", "INKL", "ZZGL", "MWST", "USt", "NN"}

# Institution nouns followed by what they are of or for ("Institut für Sozialforschung", "Verband der ...").
INSTITUTIONS_WITH_ATTRIBUTE = ["Institut", "Universität", "Hochschule", "Akademie", "Stiftung", "Verein", "Verband",
                               "Netzwerk", "Landratsamt"]
# Their plurals, which coordinate several ("Universitäten Freiburg und Kassel" are two universities).
INSTITUTION_PLURALS = {"Universitäten": "Universität", "Hochschulen": "Hochschule", "Landratsämter": "Landratsamt",
                       "Volkshochschulen": "Volkshochschule", "Akademien": "Akademie"}
# Heads of a name that goes on with lower-case words ("Verein für soziale Arbeit Lindach e.V.", "Verband
# deutscher Sinti", "Stiftung für ein offenes Miteinander").
NAME_HEADS = ["Verein", "Förderverein", "Verband", "Stiftung", "Institut", "Gesellschaft", "Bund", "Netzwerk",
              "Initiative", "Arbeitskreis", "Arbeitsgemeinschaft", "Akademie", "Werk", "Bündnis", "Forum"]
# Institution nouns followed directly by their place ("Universität Freiburg", "Landratsamt Esslingen").
INSTITUTIONS_BEFORE_PLACE = ["Universität", "Hochschule", "Landratsamt"]
# Institution nouns written after a proper name ("Zeppelin Universität", "Bertelsmann Stiftung").
INSTITUTIONS_AFTER_NAME = ["Institut", "Universität", "Stiftung", "Akademie"]
# Institution words after a hyphenated name ("Zeppelin-Uni", "Bosch-Stiftung").
INSTITUTIONS_AFTER_HYPHEN = ["Uni", "Universität", "Hochschule", "Stiftung", "Institut", "Akademie"]
# Endings of one-word compounds that name an organisation ("Bürgerverein", "Kreisverband", "Zeppelin-Uni").
ORG_COMPOUND_ENDINGS = ["verein", "verband", "stiftung", "institut", "akademie", "universität", "-uni", "-hochschule",
                        "initiative", "netzwerk"]
# Endings of office compounds that take a proper name after them ("Zukunftsbüro Oberschwaben").
OFFICE_COMPOUND_ENDINGS = ["büro", "agentur", "werkstatt", "zentrum"]
# ... but not these, which name a part of town or a building ("im Stadtzentrum Lindach").
NOT_OFFICE_COMPOUNDS = {"Stadtzentrum", "Ortszentrum", "Einkaufszentrum", "Gemeindezentrum", "Dorfzentrum"}
# Words that may join the parts of one organisation name ("Verein für ...", "Tafel Rottenburg am Neckar").
NAME_JOINERS = {"und", "für", "&", "/", "-", "am", "an", "der", "des", "ob", "zu"}
