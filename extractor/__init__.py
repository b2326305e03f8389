"""report-extractor: free-text reports on a fixed form (.txt, .docx, .pdf, scans) -> validated JSON records."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("report-extractor")
except PackageNotFoundError:  # running from a source checkout without installation
    __version__ = "0.0.0+source"

__all__ = ["__version__", "extract"]


def extract(path, report_type=None, options=None):
    """Extract one file into a validated record dict; see ``extractor.pipeline.engine.extract``.

    ``report_type``: a name or a ``ReportType`` (default: the installed default type); ``options``: a
    ``extractor.readers.ReadOptions`` (default: default limits, pdfium).
    """
    from .pipeline.engine import extract as _extract
    from .readers import DEFAULT_OPTIONS
    return _extract(path, report_type, options or DEFAULT_OPTIONS)
