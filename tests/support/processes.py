"""Finding the soffice processes a test started, by a marker in their command line (the test's own
temporary folder, which every conversion's profile and input path lie in)."""
from __future__ import annotations

import time
from pathlib import Path


def soffice_processes(marker: str) -> list[str]:
    """Command lines of running (not zombie) soffice processes that mention ``marker``."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError, PermissionError, NotADirectoryError, IndexError):
            continue
        if "soffice" in cmdline and marker in cmdline and state != "Z":
            found.append(cmdline)
    return found


def wait_for(condition, timeout: float, step: float = 0.2) -> bool:
    """Poll ``condition`` until it is true or ``timeout`` seconds have passed; its last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return bool(value)
        time.sleep(step)
