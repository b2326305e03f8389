"""Which report types are installed: package entry points, so that a third party can ``pip install`` one.

A distribution registers a type in its metadata (pyproject.toml)::

    [project.entry-points."report_extractor.report_types"]
    kfd = "extractor.report_types.kfd:REPORT_TYPE"

Listing the names reads only metadata; a type's package is imported when the type is first asked for.
The default type is ``$REPORT_EXTRACTOR_TYPE`` when set, else the one type this distribution ships.
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib.metadata import EntryPoint, entry_points

from .report_type import ReportType

GROUP = "report_extractor.report_types"
DEFAULT_ENV = "REPORT_EXTRACTOR_TYPE"
_OWN_DISTRIBUTION = "report-extractor"


class UnknownReportType(LookupError):
    """No installed report type has that name."""


def _entry_points() -> dict[str, EntryPoint]:
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=GROUP):
        found.setdefault(ep.name, ep)  # the first on sys.path wins, as for imports
    return found


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


@lru_cache(maxsize=None)
def get(name: str | None = None) -> ReportType:
    """The report type named ``name`` (default: ``default_name()``), imported on first use."""
    name = name or default_name()
    ep = _entry_points().get(name)
    if ep is None:
        raise UnknownReportType(f"unknown report type {name!r}; installed: {', '.join(names()) or 'none'}")
    rt = ep.load()
    if not isinstance(rt, ReportType):
        raise UnknownReportType(f"report type {name!r} ({ep.value}) is not a ReportType but {type(rt).__name__}")
    if rt.name != name:
        raise UnknownReportType(f"entry point {name!r} ({ep.value}) names a report type called {rt.name!r}")
    return rt
