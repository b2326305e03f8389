"""Words that redaction (``extractor.reports.redact``) needs beyond the entity gazetteers: role and
relation words before a name, cues before a date of birth or an IBAN, spelled-out e-mail signs, the
hosts of social networks. Forms of address, titles, first names and particles are in ``names``."""

# Role and relation words after which a capitalised word is a person's name ("die Dolmetscherin Fatima",
# "Familie Nguyen", "ihr Sohn Elias"). The role word itself stays; only the name is masked.
# (The forms of address, "Herr", "Frau" ..., are role words too: ``names.ADDRESS_FORMS``.)
ROLE_WORDS = [
    "Familie", "Ehepaar", "Geschwister",
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

# Office titles (``names.FUNCTION_TITLES``) that also name a body: no name follows them
# ("der Gemeinderat Hemsbach").
BODIES = ["Gemeinderat", "Stadtrat"]

# Role words that are also plurals or adjectives ("Jugendliche Geflüchtete"): a name follows them only
# after an article (``function_words.ARTICLES``) or possessive in front ("der Jugendliche Ahmad").
ROLE_WORDS_AFTER_ARTICLE = [
    "Jugendliche", "Jugendlicher", "Jugendlichen", "Ehrenamtliche", "Ehrenamtlicher", "Geflüchtete",
    "Geflüchteter", "Geflüchteten", "Angehörige", "Angehöriger", "Auszubildende", "Auszubildender",
    "Bekannte", "Bekannter", "Verwandte", "Verwandter", "Betroffene", "Betroffener", "Minderjährige",
    "Minderjähriger", "Schutzsuchende", "Schutzsuchender",
]
POSSESSIVES = ["unser", "unsere", "unserem", "unseren", "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem",
               "seinen", "dessen", "deren"]

# Particles of names from other languages ("Omar al-Masri"); the German ones are ``names.NAME_PARTICLES``.
FOREIGN_NAME_PARTICLES = ["al", "el", "bin", "ben", "da", "di", "du", "le", "la"]

# Capitalised words that follow a role word but are no name: languages and countries ("die
# Dolmetscherin Arabisch", "Familie Syrien"); function words are ``names.NOT_SURNAMES``.
NOT_NAMES_AFTER_ROLE = [
    "Arabisch", "Farsi", "Dari", "Persisch", "Paschtu", "Kurdisch", "Türkisch", "Russisch", "Ukrainisch",
    "Englisch", "Französisch", "Tigrinya", "Somali", "Albanisch", "Serbisch", "Deutsch", "Rumänisch", "Polnisch",
    "Syrien", "Afghanistan", "Irak", "Iran", "Eritrea", "Gambia", "Nigeria", "Somalia", "Ukraine", "Vietnam",
    "Kosovo", "Albanien", "Türkei", "Deutschland",
]

# Words in the first-name gazetteer that are also ordinary capitalised words (a noun, an adjective at a
# sentence start; month names, from ``calendar``, too): taken as a name only where a surname follows or a role word precedes.
FIRST_NAMES_ALSO_WORDS = ["Ernst", "Roman", "Said", "Can", "Wolf", "Frank", "Till", "Rosa", "Will", "Viola", "Iris", "Marina", "Gül", "Nada", "Sofia"]

# Parts of academic titles that are written after "Dr." ("Dr. med.", "Dr. rer. nat."): no name part.
TITLE_PARTS = ["med", "phil", "rer", "nat", "jur", "oec"]

# Words in front of a date that make it a date of birth ("geb. 12.03.1985", "Geburtsdatum: ...").
BIRTH_CUES = ["geb.", "Geb.", "geboren am", "geboren", "Geburtsdatum", "Geb.-Datum", "Geburtstag", "Jahrgang",
              "*"]

# Words in front of an IBAN-shaped string that make it one even when its check digits are wrong.
IBAN_CUES = ["IBAN", "Iban", "Kontonummer", "Konto-Nr.", "Bankverbindung"]

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

