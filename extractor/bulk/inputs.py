"""Finding input files: explicit files and folders walked recursively, without following symlinked folders."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from extractor.readers.formats import by_suffix


@dataclass
class InputSet:
    files: list[tuple[Path, Path | None]] = field(default_factory=list)  # (path, path relative to its root)
    skipped: list[Path] = field(default_factory=list)              # unsupported files inside folders
    missing: list[Path] = field(default_factory=list)              # named paths that do not exist


def collect(paths: list[str | Path], recursive: bool = True, relative: bool = True) -> InputSet:
    """Explicitly named files are always taken (the reader sniffs their content);
    inside folders only supported extensions are taken and the rest counted as skipped.
    ``relative=False`` leaves out the path relative to its root (None), which only output naming needs."""
    out = InputSet()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames.sort()
                if not recursive:
                    dirnames.clear()
                for name in sorted(filenames):
                    f = Path(dirpath) / name
                    if by_suffix(f) is not None and not name.startswith((".", "~$")):
                        out.files.append((f, f.relative_to(p) if relative else None))
                    else:
                        out.skipped.append(f)
        elif p.exists() or p.is_symlink():
            out.files.append((p, Path(p.name)))
        else:
            out.missing.append(p)
    return out


def output_names(rels: list[Path]) -> list[Path]:
    """``<name>.json`` per input, keeping sub-folders; inputs sharing a stem in one folder keep their
    extension (``report.pdf.json``) so no output overwrites another."""
    stems: dict[Path, int] = {}
    for r in rels:
        key = r.with_suffix("")
        stems[key] = stems.get(key, 0) + 1
    return [r.with_suffix("").with_name(r.stem + ".json") if stems[r.with_suffix("")] == 1
            else r.with_name(r.name + ".json") for r in rels]
