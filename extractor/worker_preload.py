"""Imported once by the import's fork server: every worker forked from it starts with the pipeline built."""
from .engine import extract  # noqa: F401  (imports readers, schemas, field rules)
from .nlp import get_nlp

get_nlp()
