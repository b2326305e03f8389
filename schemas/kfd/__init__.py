"""The "Kommunaler Flüchtlingsdialog" (KFD) report: form, record model and field rules."""
from extractor.registry import ReportType

from .evaluation import EVALUATION
from .form import FORM
from .models import KfdRecord
from .rules import build_fields

REPORT_TYPE = ReportType(name="kfd", title="Kommunaler Flüchtlingsdialog – Bericht", version="1",
                         form=FORM, model=KfdRecord, build_fields=build_fields,
                         evaluation=EVALUATION)
