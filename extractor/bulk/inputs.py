"""Finding input files: explicit files and folders walked recursively, without following symlinked
folders, and without reading a symbolic link whose target lies outside the given folders.

A folder put together by many hands may hold ``x.txt -> /etc/shadow``; following it would store and
export the target. So by default such a link is refused with its reason (``InputSet.refused``), and
``follow_symlinks=True`` (``--follow-symlinks``) reads it anyway. A link whose target stays inside the
given folders (or, for a file named on the command line, inside that file's folder) is read.
"""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from extractor.core.filenames import shown
from extractor.readers.formats import by_suffix

NAME_MAX = 255  # bytes in one file name (Linux, macOS, Windows file systems)


@dataclass(frozen=True, slots=True)
class Found:
    path: Path
    rel: Path | None      # relative to ``root`` (None when the caller did not ask for it)
    root: Path            # the folder given, or the folder of a file named on its own


@dataclass
class InputSet:
    files: list[Found] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)              # unsupported files inside folders
    missing: list[Path] = field(default_factory=list)              # named paths that do not exist
    refused: list[tuple[Path, str]] = field(default_factory=list)  # links not followed, with the reason


def _resolved(p: Path) -> Path:
    try:
        return p.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(p))


def _outside(link: Path, roots: list[Path]) -> str | None:
    """Why ``link`` (a symbolic link) is not read, or None when its target lies inside a root."""
    try:
        target = link.resolve()
    except (OSError, RuntimeError):  # a loop: the reader reports it (not_a_file)
        return None
    if any(target == r or r in target.parents for r in roots):
        return None
    return f"symbolic link to {shown(target)}, outside the given folders (--follow-symlinks reads it)"


def collect(paths: list[str | Path], recursive: bool = True, relative: bool = True,
            follow_symlinks: bool = False) -> InputSet:
    """Explicitly named files are always taken (the reader sniffs their content);
    inside folders only supported extensions are taken and the rest counted as skipped.
    ``relative=False`` leaves out the path relative to its root (None), which only output naming needs."""
    out = InputSet()
    given = [Path(raw) for raw in paths]
    roots = [_resolved(p) if p.is_dir() else _resolved(p.parent) for p in given]

    def take(f: Path, rel: Path | None, root: Path) -> None:
        if f.is_symlink() and not follow_symlinks:
            reason = _outside(f, roots)
            if reason:
                out.refused.append((f, reason))
                return
        out.files.append(Found(f, rel, root))

    for p in given:
        if p.is_dir():
            root = _resolved(p)
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames.sort()
                for name in [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
                    out.refused.append((Path(dirpath) / name, "symbolic link to a folder (folders are not followed)"))
                if not recursive:
                    dirnames.clear()
                for name in sorted(filenames):
                    f = Path(dirpath) / name
                    if by_suffix(f) is not None and not name.startswith((".", "~$")):
                        take(f, f.relative_to(p) if relative else None, root)
                    else:
                        out.skipped.append(f)
        elif p.exists() or p.is_symlink():
            take(p, Path(p.name), _resolved(p.parent))
        else:
            out.missing.append(p)
    return out


def _fit(name: str, suffix: str) -> str:
    """``name + suffix`` within NAME_MAX bytes: an over-long name is cut and given a short hash of the
    whole name, so two long names that share a beginning stay apart."""
    full = name + suffix
    if len(os.fsencode(full)) <= NAME_MAX:
        return full
    tag = "~" + hashlib.sha256(os.fsencode(name)).hexdigest()[:10]
    budget = NAME_MAX - len(os.fsencode(tag + suffix))
    while len(os.fsencode(name)) > budget:
        name = name[:-1]
    return name + tag + suffix


def output_names(rels: list[Path]) -> list[Path]:
    """``<name>.json`` per input, keeping sub-folders, never two the same (also not by case alone, for
    case-insensitive file systems), derived deterministically from the input order:
    inputs sharing a stem in one folder keep their extension (``report.pdf.json``); any still taken
    get ``~2``, ``~3`` ...; an over-long name is shortened (``_fit``)."""
    def key(p: Path) -> str:
        return str(p).casefold()

    short = [r.with_name(_fit(r.stem, ".json")) for r in rels]
    wanted_by = Counter(key(s) for s in short)
    wanted = [s if wanted_by[key(s)] == 1 else r.with_name(_fit(r.name, ".json")) for s, r in zip(short, rels)]
    counts = Counter(key(w) for w in wanted)
    taken = {key(w) for w in wanted if counts[key(w)] == 1}
    out = []
    for w in wanted:
        name = w
        if counts[key(w)] > 1:
            base = w.name[: -len(".json")]
            n = 1
            while key(name) in taken:
                n += 1
                name = w.with_name(_fit(base, f"~{n}.json"))
        taken.add(key(name))
        out.append(name)
    return out
