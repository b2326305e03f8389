"""Typed warnings: what a record's ``quality.warnings`` holds, built by readers, the splitter, the NLP and
the field rules alike. A warning names a correction, an inference or something left out; never silent."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict

# The one warning that says the document is not on the form at all (an agenda, a poster): the reports
# count such documents apart and leave them out of coverage figures.
NOT_A_FORM = "not_a_form"


class RecordWarning(BaseModel):
    """One warning: a stable ``code``, a message for people, and the section it concerns (or None)."""
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    message: str
    section: str | None = None
