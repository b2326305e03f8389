"""The KFD form: ten headings (spec: ../shared/spec/kfd-record.md), their prompt questions and labels.

Aliases are wordings of a heading seen in real reports; they must be long enough that
an ordinary answer line cannot match them by accident.
"""
from extractor.core.form import FormDef, LabelDef, SectionDef

MUNICIPALITY_LABELS = (
    LabelDef("name", "Name der Stadt oder Gemeinde",
             ("Name der Stadt/Gemeinde", "Name der Kommune", "Stadt oder Gemeinde", "Name der Gemeinde",
              "Name der Stadt", "Kommune")),
    LabelDef("population", "Einwohnerzahl", ("Einwohner", "Anzahl der Einwohner", "Einwohnerinnen und Einwohner")),
    LabelDef("district", "Landkreis", ("Kreis", "Land- bzw. Stadtkreis", "Stadtkreis")),
    LabelDef("region", "Regierungsbezirk", ("Regierungspräsidium", "RP-Bezirk")),
    LabelDef("contact", "Name und Adresse der Kontaktperson für den Kommunalen Flüchtlingsdialog",
             ("Name und Adresse der Kontaktperson", "Kontaktperson", "Ansprechpartner", "Ansprechpartnerin",
              "Ansprechperson", "Ansprechpartner/in", "Kontakt", "Name und Anschrift der Kontaktperson")),
    LabelDef("phone", "Telefon der Kontaktperson", ("Telefon", "Tel.", "Telefonnummer", "Tel", "Fon")),
    LabelDef("email", "E-Mail der Kontaktperson", ("E-Mail", "Email", "Mail", "E-Mail-Adresse")),
)

SECTIONS = (
    SectionDef("municipality", "Angaben zur Kommune",
               ("Angaben zur Gemeinde", "Angaben zur Stadt", "Allgemeine Angaben zur Kommune"),
               labels=MUNICIPALITY_LABELS),
    SectionDef("concept", "Veranstaltungskonzept",
               ("Konzept der Veranstaltung", "Veranstaltungskonzeption"),
               ("Bitte beschreiben Sie kurz die Zielsetzung, das Format und die methodische Umsetzung "
                "des Flüchtlingsdialogs.",)),
    SectionDef("initial_situation", "Ausgangssituation / Anlass",
               ("Anlass / Ausgangssituation", "Ausgangslage / Anlass", "Ausgangssituation und Anlass"),
               ("Was war in Ihrer Kommune der konkrete Anlass für die Durchführung eines Flüchtlingsdialogs?",
                "Welche Ausgangssituation fanden Sie vor?")),
    SectionDef("consulting", "Beratung und Moderation",
               ("Beratung / Moderation", "Moderation und Beratung"),
               ("Wer hat diese Aufgaben übernommen?",
                "Für welche Aufgaben haben Sie Beratungs- und Moderationsleistungen in Anspruch genommen?")),
    SectionDef("topics", "Themenfelder", ("Themen", "Themenfelder und Inhalte"),
               ("Welche Themen wurden im Flüchtlingsdialog diskutiert und bearbeitet?",)),
    SectionDef("participants", "Beteiligte Akteure",
               ("Beteiligte", "Teilnehmende Akteure", "Teilnehmer und Akteure"),
               ("Bitte nennen Sie die Teilnehmergruppen und die Anzahl der Personen, die an dem "
                "Flüchtlingsdialog teilgenommen haben.",)),
    SectionDef("assessment", "Bewertung des Ablaufs und der Ergebnisse",
               ("Bewertung des Ablaufs", "Bewertung von Ablauf und Ergebnissen"),
               ("Wie zufrieden sind Sie mit dem Ablauf der Dialogveranstaltung(en)?",
                "(Format, Struktur, Moderation, Transparenz, fairer und respektvoller Umgang, "
                "Informationsmaterial etc.)",
                "Wie zufrieden sind Sie mit den Ergebnissen der Dialogveranstaltung(en)?",
                "(Diskussionsqualität, Erkenntnisse, Ergebnisse, anderer Mehrwert etc.)")),
    SectionDef("results", "Konkrete Ergebnisse, Maßnahmen und nächste Schritte",
               ("Konkrete Ergebnisse und Maßnahmen", "Ergebnisse, Maßnahmen und nächste Schritte",
                "Konkrete Ergebnisse, Maßnahmen, nächste Schritte"),
               ("Nennen Sie drei wichtige Ergebnisse bzw. konkrete Maßnahmen, die im Flüchtlingsdialog "
                "erarbeitet wurden.",
                "Wie schätzen Sie die Wirkung des Flüchtlingsdialogs ein:",
                "Werden die Ergebnisse des Flüchtlingsdialogs in Ihrer Kommune zu weiteren Handlungen bei "
                "Akteuren aus Politik, Verwaltung und Zivilgesellschaft führen?",
                "Welche konkreten Schritte wurden dazu vereinbart?")),
    SectionDef("costs", "Kosten und Effizienz", ("Kosten / Effizienz", "Kosten und Aufwand"),
               ("Wie hoch schätzen Sie die in Ihrer Kommune entstandenen Kosten für Organisation und "
                "Durchführung der Flüchtlingsdialoge ein?",
                "(Beratungs- und Moderationskosten, Sachmittel etc.)",
                "Stehen Aufwand und Ergebnis in einem guten Verhältnis?")),
    SectionDef("recommendations", "Empfehlungen und sonstige Rückmeldungen",
               ("Empfehlungen / sonstige Rückmeldungen", "Empfehlungen und Rückmeldungen",
                "Sonstige Rückmeldungen und Empfehlungen"),
               ("Was würden Sie beim nächsten Mal anders machen?",
                "Welche Verbesserungsvorschläge haben Sie, insbesondere auch im Hinblick auf die "
                "Rahmenbedingungen?")),
)

FORM = FormDef(
    name="kfd",
    sections=SECTIONS,
    placeholders=("-", "--", "–", "—", "/", "...", "…", "k.A.", "k. A.", "keine Angabe", "keine Angaben",
                  "n/a", "n.a.", "N/A", "xxx", "tbd", "offen", "(leer)", "leer", "?"),
)
