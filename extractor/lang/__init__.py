"""Language data, one package per language, as spaCy keeps ``spacy/lang/``."""
