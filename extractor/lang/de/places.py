"""Places in postal addresses: how German street names end or begin, and the words that make a town's name
longer than one word ("Bad Krozingen", "Schwäbisch Gmünd", "Remseck am Neckar", "Freiburg im Breisgau")."""

# Endings of a one-word street name ("Schulstraße", "Lindenweg", "Kirchsteige", "Schlossberg") and of a
# hyphenated one named after a person ("Konrad-Adenauer-Platz"). Lower case; matched case-insensitively.
STREET_ENDINGS = ["straße", "strasse", "str.", "gasse", "weg", "platz", "allee", "ring", "damm", "ufer", "steig",
                  "steige", "stiege", "pfad", "markt", "hof", "graben", "wall", "chaussee", "promenade", "kai",
                  "steg", "staffel", "halde", "anlage", "berg", "tor", "gässle", "winkel", "zeile"]
# "-tor" ends a street ("Stadttor", "Obertor") but also nouns of persons and machines: these are no street.
NOT_STREET_ENDINGS = ["ator", "itor", "ktor", "otor", "utor"]
# Street words written as a word of their own after an adjective or a place ("Neuer Markt", "Oberes Tor",
# "Rohrbacher Straße", "Alte Steige").
STREET_WORDS = ["Straße", "Strasse", "Str.", "Weg", "Platz", "Allee", "Gasse", "Ring", "Damm", "Markt", "Tor",
                "Steige", "Steig", "Graben", "Ufer", "Anlage", "Hof", "Berg", "Wall", "Pfad", "Winkel"]
# Words that begin a street name before its proper part ("Am Felsenkeller", "In der Au", "Zur Linde").
STREET_PREPOSITIONS = ["Am", "An der", "An den", "Auf dem", "Auf der", "Auf den", "Im", "In der", "In den",
                       "Zum", "Zur", "Unter den", "Hinter dem", "Hinter der", "Beim", "Bei der", "Vor dem",
                       "Vor der", "Über der", "Ob der"]

# Words in front of a town's name that belong to it ("Bad Krozingen", "St. Georgen", "Neu Ulm"); any
# capitalised word ending in "-isch" does too ("Schwäbisch Hall", "Bayerisch Eisenstein").
TOWN_PREFIXES = ["Bad", "St.", "Sankt", "Neu", "Alt", "Groß", "Klein", "Hohen", "Markt", "Ober", "Unter",
                 "Nieder", "Hinter", "Vorder"]
TOWN_PREFIX_ENDING = "isch"
# Words that join a town's name to the river, region or place that tells it apart ("Remseck am Neckar",
# "Freiburg im Breisgau", "Neustadt an der Weinstraße").
TOWN_JOINERS = ["am", "im", "an der", "in der", "ob der", "bei", "unter", "vor der", "auf der"]
# The same joiners abbreviated ("Freiburg i. Br.", "Neustadt a. d. Weinstraße").
TOWN_JOINER_ABBREVIATIONS = ["a.", "i.", "a. d.", "a.d.", "i.d.", "i. d.", "o.d.", "b."]
