"""The "Kommunaler Flüchtlingsdialog" (KFD) report: form, record model, field rules and headline columns.

Registered in pyproject.toml under the entry-point group ``report_extractor.report_types``.
"""
from extractor.core.report_type import ReportType

from .columns import COLUMNS
from .evaluation import EVALUATION
from .form import FORM
from .models import KfdRecord


def build_fields(ctx):
    """The field rules; imported on first use so that listing report types does not load spaCy."""
    from .rules import build_fields as rules
    return rules(ctx)


REPORT_TYPE = ReportType(
    name="kfd", title="Kommunaler Flüchtlingsdialog – Bericht", version="1", form=FORM, model=KfdRecord,
    build_fields=build_fields, columns=COLUMNS, label_column="municipality",
    personal_fields=("contact.name", "contact.phone", "contact.email", "moderation.persons"),
    evaluation=EVALUATION)
