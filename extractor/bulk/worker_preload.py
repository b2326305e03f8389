"""Imported once by the import's fork server, so every worker forked from it starts with the pipeline built,
and by an extraction child started without one (on a Dask worker) before it reports ready."""
from extractor.nlp import get_nlp
from extractor.pipeline.engine import extract  # noqa: F401  (imports the readers and the pipeline)

get_nlp()
