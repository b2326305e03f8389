"""Progress of a batch: a rich progress bar on a terminal, one plain line per file otherwise
(logs, CI, pipes), so the output is useful either way. A file that fails is named in the one-line
form every command uses, ``<file>: error [<code>]: <reason>``; names and reasons are shown with their
control characters escaped (``filenames.shown``), so a file name cannot steer the terminal."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)

from extractor.core.filenames import shown


class BatchProgress:
    def __init__(self, total: int, console: Console, description: str = "extracting"):
        self.total = total
        self.console = console
        self.done = 0
        self.ok = 0
        self.failed = 0
        self._bar: Progress | None = None
        self._task = None
        if console.is_terminal and total:
            self._bar = Progress(
                SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                TextColumn("[green]ok {task.fields[ok]}[/] [red]failed {task.fields[failed]}[/]"),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=console, transient=False)
            self._task = self._bar.add_task(description, total=total, ok=0, failed=0)

    def __enter__(self) -> "BatchProgress":
        if self._bar:
            self._bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._bar:
            self._bar.stop()

    def advance(self, name: str, seconds: float, code: str | None = None, message: str | None = None) -> None:
        """One file finished; ``code`` and ``message`` say why it failed."""
        name = shown(name)
        error = None if code is None else f"error [{code}]: {shown(' '.join((message or '').split()))}"
        self.done += 1
        if error is None:
            self.ok += 1
        else:
            self.failed += 1
        if self._bar:
            if error:  # failures stay visible above the bar
                self._bar.console.print(f"[red]{escape(name)}: {escape(error)}[/]", highlight=False)
            self._bar.update(self._task, advance=1, ok=self.ok, failed=self.failed)
            return
        width = len(str(self.total))
        status = "ok" if error is None else "failed"
        line = f"[{self.done:>{width}}/{self.total}] {status:<6} {seconds:6.2f}s  {name}"
        if error:
            line += f": {error}"
        self.console.print(line, markup=False, highlight=False, soft_wrap=True)
