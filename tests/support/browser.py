"""Headless Chromium for the tests that open the HTML page: a fresh profile, no network services."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

INSTALL_CHROMIUM = "install it with: apt-get install -y chromium"


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if found := shutil.which(name):
            return found
    raise RuntimeError(f"headless Chromium is needed for the HTML tests; {INSTALL_CHROMIUM}")


def run_chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess:
    """Open ``page`` headless with ``args`` (--dump-dom, --screenshot=..., --window-size=...)."""
    done = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
         "--virtual-time-budget=5000", *args, page.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done
