"""The "Kommunaler Flüchtlingsdialog" (KFD) report: form, record model and field rules."""
from extractor.registry import ReportType

from .evaluation import EVALUATION
from .form import FORM
from .models import KfdRecord


def build_fields(ctx):
    """The field rules; imported on first use so that listing report types does not load spaCy."""
    from .rules import build_fields as rules
    return rules(ctx)


REPORT_TYPE = ReportType(name="kfd", title="Kommunaler Flüchtlingsdialog – Bericht", version="1",
                         form=FORM, model=KfdRecord, build_fields=build_fields,
                         evaluation=EVALUATION)
