"""Imported once by the import's fork server: every worker forked from it starts with the pipeline built."""
from extractor.nlp import get_nlp
from extractor.pipeline.engine import extract  # noqa: F401  (imports the readers and the pipeline)

get_nlp()
