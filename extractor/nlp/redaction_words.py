"""German word lists for redaction (``extractor.reports.redact``): plain data, no logic.

Kept apart from the entity gazetteers (``lang_de``) because they serve another purpose: finding
personal data that the entity pipeline has no label for, in any string of a record.
"""

# Role and relation words after which a capitalised word is a person's name ("die Dolmetscherin Fatima",
# "Familie Nguyen", "ihr Sohn Elias"). The role word itself stays; only the name is masked.
ROLE_WORDS = [
    "Herr", "Herrn", "Frau", "Hr.", "Fr.", "Familie", "Ehepaar", "Geschwister",
    "Dolmetscher", "Dolmetscherin", "Sprachmittler", "Sprachmittlerin", "Übersetzer", "Übersetzerin",
    "Sohn", "Tochter", "Ehemann", "Ehefrau", "Mann", "Bruder", "Schwester", "Mutter", "Vater", "Onkel", "Tante",
    "Cousin", "Cousine", "Neffe", "Nichte", "Enkel", "Enkelin", "Kind", "Mädchen", "Junge",
    "Nachbar", "Nachbarin", "Bewohner", "Bewohnerin", "Flüchtling", "Asylbewerber", "Asylbewerberin",
    "Schüler", "Schülerin", "Student", "Studentin", "Praktikant", "Praktikantin", "Pate", "Patin",
    "Mentor", "Mentorin", "Betreuer", "Betreuerin", "Sozialarbeiter", "Sozialarbeiterin", "Kollege", "Kollegin",
    "Klient", "Klientin", "Teilnehmer", "Teilnehmerin", "Referent", "Referentin", "Moderator", "Moderatorin",
    "Ansprechpartner", "Ansprechpartnerin", "Kontaktperson", "Sachbearbeiter", "Sachbearbeiterin",
    "Mitarbeiter", "Mitarbeiterin", "Kursleiter", "Kursleiterin", "Lehrer", "Lehrerin", "Erzieher", "Erzieherin",
    "Integrationsmanager", "Integrationsmanagerin", "Koordinator", "Koordinatorin", "Helfer", "Helferin",
]

# Office titles (``lang_de.FUNCTION_TITLES``) that also name a body: no name follows them
# ("der Gemeinderat Hemsbach").
BODIES = ["Gemeinderat", "Stadtrat"]

# Role words that are also plurals or adjectives ("Jugendliche Geflüchtete"): a name follows them only
# after an article or possessive in front ("der Jugendliche Ahmad").
ROLE_WORDS_AFTER_ARTICLE = [
    "Jugendliche", "Jugendlicher", "Jugendlichen", "Ehrenamtliche", "Ehrenamtlicher", "Geflüchtete",
    "Geflüchteter", "Geflüchteten", "Angehörige", "Angehöriger", "Auszubildende", "Auszubildender",
    "Bekannte", "Bekannter", "Verwandte", "Verwandter", "Betroffene", "Betroffener", "Minderjährige",
    "Minderjähriger", "Schutzsuchende", "Schutzsuchender",
]
ARTICLES = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines", "unser", "unsere",
            "unserem", "unseren", "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem", "seinen", "dessen",
            "deren"]

# Lower-case particles inside names ("Ursula von der Leyen", "Omar al-Masri").
NAME_PARTICLES = ["von", "van", "de", "der", "den", "zu", "al", "el", "bin", "ben", "da", "di", "du", "le", "la"]

# Capitalised words that follow a role word but are no name: languages and nationalities
# ("die Dolmetscherin Arabisch"), and words that start the next phrase.
NOT_NAMES_AFTER_ROLE = [
    "Arabisch", "Farsi", "Dari", "Persisch", "Paschtu", "Kurdisch", "Türkisch", "Russisch", "Ukrainisch",
    "Englisch", "Französisch", "Tigrinya", "Somali", "Albanisch", "Serbisch", "Deutsch", "Rumänisch", "Polnisch",
    "Aus", "Von", "Mit", "Und", "Oder", "Der", "Die", "Das", "Im", "In", "Am", "An", "Auf", "Bei", "Für", "Zur",
    "Zum", "Als", "Sowie", "Syrien", "Afghanistan", "Irak", "Iran", "Eritrea", "Gambia", "Nigeria", "Somalia",
    "Ukraine", "Vietnam", "Kosovo", "Albanien", "Türkei", "Deutschland",
]

# Words in the first-name gazetteer that are also ordinary capitalised words (a month, a noun, an
# adjective at a sentence start): taken as a name only where a surname follows or a role word precedes.
FIRST_NAMES_ALSO_WORDS = ["August", "Ernst", "Roman", "Said", "Can", "Wolf", "Frank", "Till", "Rosa", "Will",
                          "Mai", "Viola", "Iris", "Marina", "Gül", "Nada", "Sofia"]

# Forms of address and titles inside a known name: not a name part of their own.
NOT_NAME_PARTS = ["dr", "prof", "herr", "herrn", "frau", "hr", "fr", "dipl", "ing", "med", "phil", "rer", "nat",
                  "mag", "von", "van", "der", "den", "de", "zu", "und"]

# Words in front of a date that make it a date of birth ("geb. 12.03.1985", "Geburtsdatum: ...").
BIRTH_CUES = ["geb.", "Geb.", "geboren am", "geboren", "Geburtsdatum", "Geb.-Datum", "Geburtstag", "Jahrgang",
              "*"]

# Words in front of an IBAN-shaped string that make it one even when its check digits are wrong.
IBAN_CUES = ["IBAN", "Iban", "Kontonummer", "Konto-Nr.", "Bankverbindung"]

# Prepositions that start a street name ("Am Felsenkeller 2"): such a street is an address only with
# a postal code and town after it (else "Im Jahr 2017" would be one).
STREET_PREPOSITIONS = ["Am", "An", "Auf", "Im", "In", "Zum", "Zur", "Unter", "Hinter"]

# Hosts of social networks: a link to one of them with a path names a person's profile.
SOCIAL_HOSTS = ["facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "linkedin.com", "xing.com",
                "tiktok.com", "youtube.com", "threads.net", "mastodon.social", "bsky.app", "t.me", "vk.com",
                "snapchat.com", "pinterest.com", "reddit.com", "flickr.com", "github.com"]

# Spelled-out "@" and "." in e-mail addresses written to fool harvesters ("name(at)web.de").
# Bracketed forms may touch the words around them, spoken ones stand between spaces.
EMAIL_AT_BRACKETED = ["(at)", "[at]", "{at}", "(ät)", "(a)", "(@)", "[@]"]
EMAIL_AT_SPOKEN = ["@", "at", "ät"]
EMAIL_DOT_BRACKETED = ["(dot)", "[dot]", "(punkt)", "[punkt]"]
EMAIL_DOT_SPOKEN = ["dot", "punkt"]

