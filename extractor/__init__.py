"""report-extractor: free-text reports (.txt, .docx, .pdf) on a fixed form -> validated JSON records."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("report-extractor")
except PackageNotFoundError:  # running from a source checkout without installation
    __version__ = "0.0.0+source"

__all__ = ["__version__", "extract"]


def extract(path, report_type: str = "kfd", **kwargs):
    """Extract one file into a validated record dict; see ``extractor.engine.extract``."""
    from .engine import extract as _extract
    return _extract(path, report_type, **kwargs)
