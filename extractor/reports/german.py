"""German texts for what people read on the German page: one per warning code, error code and section
state. Codes stay the stable English identifiers of records and databases; these tables only say them
in German. A code without a text here is shown as the code itself."""
from __future__ import annotations

# quality.warnings[*].code (extractor/core/warnings.py): readers, section splitter, field rules
WARNINGS = {
    "not_a_form": "Kein Formular: keine Überschrift, Frage oder Angabe des Formulars gefunden",
    "heading_missing": "Überschrift fehlt: die Antwort wurde hinter der Frage des Abschnitts gefunden",
    "format_mismatch": "Dateiendung passt nicht zum Inhalt; nach dem Inhalt gelesen",
    "invalid_date": "Kein gültiges Datum; ausgelassen",
    "year_inferred": "Datum ohne Jahreszahl; das Jahr wurde aus dem Bericht erschlossen",
    "date_without_year": "Datum ohne Jahreszahl, die sich nicht erschließen lässt; Veranstaltung ausgelassen",
    "name_corrected": "Name der Kommune nach Anschrift und Webseite berichtigt",
    "docx_alt_chunk": "Eingebettete Datei (altChunk) nicht gelesen",
    "page_skipped": "PDF-Seite zu aufwendig gezeichnet; ihr Text wurde nicht gelesen",
    "page_unreadable": "PDF-Seite beschädigt; ihr Text wurde nicht gelesen",
    "page_without_text": "PDF-Seite ohne Text (gescannt oder nur Bild); nicht gelesen",
    "rotated_text": "Gedrehter Text auf einer PDF-Seite wurde nicht gelesen",
    "unmapped_glyphs": "Schriftzeichen ohne Unicode-Zuordnung; der Text kann verstümmelt sein",
    "ocr_used": "Gescannte Seiten per Texterkennung (OCR) gelesen",
    "ocr_low_confidence": "Texterkennung (OCR) auf einer Seite unsicher; Text mit der Vorlage vergleichen",
}

# error codes of unreadable files (extractor/core/errors.py CODES)
ERRORS = {
    "not_found": "Datei nicht gefunden",
    "permission": "keine Leseberechtigung",
    "not_a_file": "keine reguläre Datei",
    "empty": "Datei ist leer",
    "unsupported": "Dateiformat nicht unterstützt",
    "corrupt": "beschädigt oder nicht, was die Endung sagt",
    "encrypted": "passwortgeschützt",
    "no_text_layer": "kein Text: PDF ohne Textebene, und die Texterkennung fand keinen (oder war aus)",
    "too_large": "überschreitet eine Größengrenze",
    "timeout": "Zeitlimit überschritten",
    "decode": "Zeichenkodierung nicht erkennbar",
    "hostile": "aus Sicherheitsgründen abgelehnt",
    "invalid_record": "Ergebnis ungültig",
    "internal": "interner Fehler",
    "write_failed": "Ausgabedatei konnte nicht geschrieben werden",
    "converter_unavailable": "Umwandlungsprogramm (LibreOffice) nicht installiert",
    "ocr_unavailable": "Scan: Texterkennung (Tesseract mit deutschen Sprachdaten) nicht installiert",
}

STATES = {"answered": "beantwortet", "unanswered": "unbeantwortet", "missing": "fehlt"}


def warning(code: str) -> str:
    return WARNINGS.get(code, code)


def error(code: str | None) -> str:
    return ERRORS.get(code or "", code or "")
