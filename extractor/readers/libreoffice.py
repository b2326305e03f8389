"""Converting files with LibreOffice headless: .doc and .rtf to .docx for the docx reader (and, for the
test-data builder, .docx to .doc/.odt/.rtf).

Each conversion is shut in:

- its own temporary folder (``report-extractor-lo-<pid>-*``, mode 0700) holding the input copy, a fresh
  LibreOffice profile (``-env:UserInstallation``) and the output; removed in ``finally``. A folder left
  by a process that was killed (SIGKILL runs no ``finally``) is removed by the next conversion in any
  process, once its owner pid is gone.
- its own process group (``start_new_session``), killed whole on timeout (``Limits.max_convert_seconds``)
  and after every conversion, so nothing LibreOffice starts outlives it.
- ``setpriv --pdeathsig KILL``: the kernel kills soffice when the process that started it dies, even by
  SIGKILL (an import worker killed for its time limit, or the whole import). soffice.bin is started
  directly: the ``soffice`` script's launcher (oosplash) would stand between, and its child would be
  orphaned. The launcher's one job, starting again when a new profile asks for it (exit code 81), is
  done here.
- ``prlimit --as``: an address-space limit (``Limits.max_convert_memory``, never above the caller's own).
- one conversion at a time per process (a lock): a worker runs one soffice, never a pile of them.

Macros never run. The profile is written before LibreOffice starts, with (org.openoffice.Office.*):
``Common/Security/Scripting/DisableMacrosExecution`` true (no macro of any kind runs, whatever its
signature or location), ``MacroSecurityLevel`` 3 ("very high": only signed macros from trusted locations,
of which there are none), and ``Writer/Filter/Import/VBA`` ``Load`` and ``Executable`` false (a Word
file's VBA project is not even loaded, so its AutoOpen/Document_Open cannot run; with LibreOffice's
defaults it is imported as Basic: tests/readers/test_converted.py shows both on a .doc with an AutoOpen
macro). The .docx LibreOffice writes holds no macros.

util-linux (setpriv, prlimit) is on every Debian and Ubuntu system; without it or without LibreOffice,
conversion raises ``converter_unavailable`` with the install hint.
"""
from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from extractor.core.errors import ExtractionError

from .limits import MB, Limits

INSTALL_HINT = "install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)"
TEMP_PREFIX = "report-extractor-lo-"
FILTERS = {"docx": "MS Word 2007 XML", "doc": "MS Word 97", "odt": "writer8", "rtf": "Rich Text Format"}
_RESTART = 81                     # soffice.bin's exit code for "start me again" (a new profile)
_LOCK = threading.Lock()
_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" \
oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" \
oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Filter/Import/VBA"><prop oor:name="Load" \
oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Filter/Import/VBA"><prop oor:name="Executable" \
oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" \
oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


def find_soffice() -> Path | None:
    """LibreOffice's soffice.bin (next to the ``soffice`` on PATH), or None when it is not installed or
    the util-linux tools that confine it are missing."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None or shutil.which("setpriv") is None or shutil.which("prlimit") is None:
        return None
    binary = Path(os.path.realpath(exe)).parent / "soffice.bin"
    return binary if binary.is_file() else None


def convert(data: bytes, suffix: str, target: str, title: str, path: Path, limits: Limits) -> bytes:
    """The file of format ``target`` (a key of ``FILTERS``) LibreOffice makes of ``data``, a file of the
    format ``title`` (named ``*<suffix>`` for LibreOffice's filter detection)."""
    soffice = find_soffice()
    if soffice is None:
        raise ExtractionError("converter_unavailable", f"reading a {title} needs LibreOffice: {INSTALL_HINT}",
                              path)
    with _LOCK:
        sweep_stale()
        work = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-"))
        try:
            source = work / f"input{suffix}"
            source.write_bytes(data)
            profile = work / "profile"
            (profile / "user").mkdir(parents=True)
            (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
            out = work / "out"
            stderr = _run(_command(soffice, profile, source, out, target, limits), work, path, limits)
            result = out / f"input.{target}"
            if not result.is_file():
                why = stderr.strip().splitlines()[-1] if stderr.strip() else "no output"
                raise ExtractionError("corrupt", f"LibreOffice could not read the {title} ({why})", path)
            size = result.stat().st_size
            if size > limits.max_file_bytes:
                raise ExtractionError("too_large", f"the converted file is {size / MB:.0f} MB", path)
            return result.read_bytes()
        finally:
            shutil.rmtree(work, ignore_errors=True)


def _command(soffice: Path, profile: Path, source: Path, out: Path, target: str, limits: Limits) -> list[str]:
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    memory = limits.max_convert_memory if hard == resource.RLIM_INFINITY else min(limits.max_convert_memory, hard)
    return ["prlimit", f"--as={memory}", "--", "setpriv", "--pdeathsig", "KILL", "--",
            str(soffice), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible", "--nologo",
            "--norestore", "--nodefault", "--nolockcheck", "--convert-to", f"{target}:{FILTERS[target]}",
            "--outdir", str(out), str(source)]


def _run(command: list[str], work: Path, path: Path, limits: Limits) -> str:
    """Run soffice (again when it asks to restart) within the time limit; its stderr."""
    deadline = time.monotonic() + limits.max_convert_seconds
    env = {**os.environ, "TMPDIR": str(work)}  # LibreOffice's own temporary files go into the folder too
    while True:
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, start_new_session=True, env=env)
        try:
            _out, err = proc.communicate(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            raise ExtractionError("timeout", f"LibreOffice took longer than {limits.max_convert_seconds:g} s to "
                                             "convert the file; stopped", path) from None
        finally:
            _kill_group(proc)
        if proc.returncode != _RESTART:
            return err.decode("utf-8", "replace")


def _kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the conversion's process group (soffice and anything it started) and reap soffice."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # the group is already empty
    proc.wait()
    if proc.stderr is not None:
        proc.stderr.close()


def sweep_stale() -> None:
    """Remove conversion folders whose process is gone (it was killed before its ``finally``)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}*"):
        try:
            pid = int(folder.name[len(TEMP_PREFIX):].split("-", 1)[0])
        except ValueError:
            continue
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    """True while ``pid`` runs; a zombie (killed, never reaped: in a container whose init does not reap,
    a killed worker stays one) is dead."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):  # no /proc (not Linux), or it just ended
        return True
