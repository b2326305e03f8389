"""Report-type packages. Adding a form = adding a package here and registering its ReportType."""
from .kfd import REPORT_TYPE as _KFD

REPORT_TYPES = {_KFD.name: _KFD}
