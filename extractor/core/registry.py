"""Which report types are installed: package entry points, so that a third party can ``pip install`` one.

A distribution registers a type in its metadata (pyproject.toml)::

    [project.entry-points."report_extractor.report_types"]
    kfd = "extractor.report_types.kfd:REPORT_TYPE"

Listing the names reads only metadata; a type's package is imported when the type is first asked for.
The default type is ``$REPORT_EXTRACTOR_TYPE`` when set, else the one type this distribution ships.

A type can also come from a type file (``--type form.toml``): anything named by a path with a suffix
that a loader of the group ``report_extractor.type_files`` reads (``toml``: a form described without
code, ``extractor.report_types.typefile``). A file is read and checked once per process; workers of an
import get the path (``ReportType.ref``) and read it themselves.
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

from .report_type import ReportType

GROUP = "report_extractor.report_types"
FILE_GROUP = "report_extractor.type_files"  # entry point name: a file suffix ("toml"); value: path -> ReportType
DEFAULT_ENV = "REPORT_EXTRACTOR_TYPE"
_OWN_DISTRIBUTION = "report-extractor"


class UnknownReportType(LookupError):
    """No installed report type has that name, or the type named cannot be had."""


class TypeFileError(UnknownReportType):
    """A type file that cannot be used, with where (file, line, column) and what to fix."""

    def __init__(self, path: str | Path, message: str, line: int | None = None, column: int | None = None):
        self.path, self.message, self.line, self.column = str(path), message, line, column
        where = ":".join(str(part) for part in (path, line, column) if part is not None)
        super().__init__(f"{where}: {message}")


def _entry_points(group: str = GROUP) -> dict[str, EntryPoint]:
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=group):
        found.setdefault(ep.name, ep)  # the first on sys.path wins, as for imports
    return found


def is_type_file(spec: str) -> bool:
    """Whether ``spec`` names a type file rather than an installed type (names have no dot or slash)."""
    return "/" in spec or os.sep in spec or "." in spec


def installed() -> list[tuple[str, str]]:
    """(name, where it comes from) of each installed type, sorted by name; reads only metadata."""
    out = []
    for name, ep in sorted(_entry_points().items()):
        dist = f"{ep.dist.name} {ep.dist.version}" if ep.dist is not None else "unknown distribution"
        out.append((name, f"{dist} ({ep.value})"))
    return out


def names() -> list[str]:
    """The installed report types' names, sorted."""
    return sorted(_entry_points())


def default_name() -> str:
    """The type used when none is named."""
    wanted = os.environ.get(DEFAULT_ENV)
    if wanted:
        return wanted
    eps = _entry_points()
    own = [name for name, ep in eps.items() if ep.dist is not None and ep.dist.name == _OWN_DISTRIBUTION]
    candidates = own if len(own) == 1 else list(eps)
    if len(candidates) != 1:
        raise UnknownReportType("several report types are installed and none is the default: name one with "
                                f"--type or ${DEFAULT_ENV} ({', '.join(sorted(eps)) or 'none installed'})")
    return candidates[0]


def get(name: str | None = None) -> ReportType:
    """The report type named ``name`` (default: ``default_name()``), imported on first use; or the type
    read from the type file ``name`` is a path of."""
    name = name or default_name()
    if is_type_file(name):
        return _from_file(os.path.abspath(name))
    return _installed(name)


@lru_cache(maxsize=None)
def _from_file(path: str) -> ReportType:
    suffix = Path(path).suffix.lower().lstrip(".")
    loader = _entry_points(FILE_GROUP).get(suffix)
    if loader is None:
        readable = ", ".join(f".{s}" for s in sorted(_entry_points(FILE_GROUP))) or "none"
        raise TypeFileError(path, f"not a type file: report types are read from {readable} files, or named "
                                  f"(installed: {', '.join(names()) or 'none'})")
    if not os.path.isfile(path):
        raise TypeFileError(path, "no such type file")
    rt = loader.load()(Path(path))
    if not isinstance(rt, ReportType):
        raise TypeFileError(path, f"the {suffix} loader ({loader.value}) returned {type(rt).__name__}, not a ReportType")
    return rt


@lru_cache(maxsize=None)
def _installed(name: str) -> ReportType:
    ep = _entry_points().get(name)
    if ep is None:
        raise UnknownReportType(f"unknown report type {name!r}; installed: {', '.join(names()) or 'none'}; "
                                f"a type described in a file is named by its path (--type form.toml)")
    rt = ep.load()
    if not isinstance(rt, ReportType):
        raise UnknownReportType(f"report type {name!r} ({ep.value}) is not a ReportType but {type(rt).__name__}")
    if rt.name != name:
        raise UnknownReportType(f"entry point {name!r} ({ep.value}) names a report type called {rt.name!r}")
    return rt
