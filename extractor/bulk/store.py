"""The report store: one row per source file, written one transaction per file, and the few queries the
commands need. The database, its URL and tables are in ``db.py``; ``open_store`` upgrades an older
database through ``migrations.py`` step by step, each step in its own transaction, and refuses a newer one.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, ProgrammingError

from extractor.core.filenames import as_text
from extractor.core.private_files import DEFAULT_MODE, create_empty

from . import migrations
from .db import StoreError, database_url, make_engine, reports, utc_now


def quality_columns(record: dict[str, Any] | None) -> dict[str, Any]:
    """The columns every report type has, from the record's ``quality`` (all None for a failed file)."""
    if record is None:
        return {k: None for k in QUALITY_COLUMNS}
    quality = record.get("quality") or {}
    missing = quality.get("missing_sections") or []
    unanswered = quality.get("unanswered_sections") or []
    return {
        "missing_count": len(missing),
        "unanswered_count": len(unanswered),
        "warning_count": len(quality.get("warnings") or []),
        "missing_sections": ",".join(missing),
        "unanswered_sections": ",".join(unanswered),
    }


QUALITY_COLUMNS = ("missing_count", "unanswered_count", "warning_count", "missing_sections", "unanswered_sections")


def _clean(value: str | None) -> str | None:
    """Text a database takes: PostgreSQL text cannot hold NUL, and no database takes the lone surrogates
    Python uses for undecodable bytes (a message quoting a non-UTF-8 file name)."""
    return as_text(value).replace("\x00", "") if value else value


@dataclass(frozen=True)
class StoredFile:
    """What the importer needs to know about a row to decide whether a file must be extracted again."""
    id: int
    path: str
    sha256: str | None
    extractor_version: str
    report_type: str
    status: str
    error_code: str | None
    error_message: str | None
    raw_path: bytes | None = None   # the name's bytes when ``path`` cannot give them back


@dataclass
class FileResult:
    """One extracted (or failed) file, ready to be written as one row."""
    path: str
    sha256: str | None
    size: int | None
    format: str | None
    report_type: str
    schema_version: str | None
    extractor_version: str
    record: dict[str, Any] | None = None
    headline: dict[str, Any] | None = None     # the report type's stored columns (``ReportType.headline``)
    error_code: str | None = None
    error_message: str | None = None
    duration_ms: int | None = None
    root: str | None = None                    # the folder the file was imported from
    raw_path: bytes | None = None              # the name's bytes when not valid UTF-8 (``filenames.raw_name``)

    def row(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "path": self.path, "root": self.root, "raw_path": self.raw_path, "sha256": self.sha256, "size": self.size, "format": self.format,
            "status": "ok" if self.record is not None else "failed",
            "error_code": self.error_code, "error_message": _clean(self.error_message),
            "extractor_version": self.extractor_version, "report_type": self.report_type,
            "schema_version": self.schema_version, "imported_at": utc_now(), "record": self.record,
            "headline": self.headline if self.record is not None else None, "duration_ms": self.duration_ms,
            **quality_columns(self.record),
        }
        return values


class Store:
    """An open, up-to-date report database."""

    def __init__(self, url: URL, engine: Engine):
        self.url = url
        self.engine = engine

    @property
    def display_url(self) -> str:
        if self.url.get_backend_name() == "sqlite":
            return self.url.database or ":memory:"
        return self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _write(self):
        return self.engine.connect().execution_options(sqlite_begin="IMMEDIATE")

    # -- reads
    def index(self) -> list[StoredFile]:
        cols = (reports.c.id, reports.c.path, reports.c.sha256, reports.c.extractor_version, reports.c.report_type,
                reports.c.status, reports.c.error_code, reports.c.error_message, reports.c.raw_path)
        with self.engine.connect() as conn:
            return [StoredFile(*row) for row in conn.execute(select(*cols).order_by(reports.c.id))]

    def rows(self, *, with_record: bool = True, status: str | None = None,
             report_type: str | None = None) -> Iterator[dict[str, Any]]:
        """Every row as a dict, in path order (one query; records are streamed, not all held at once)."""
        cols = [c for c in reports.c if with_record or c.name != "record"]
        query = select(*cols).order_by(reports.c.path)
        if status:
            query = query.where(reports.c.status == status)
        if report_type:
            query = query.where(reports.c.report_type == report_type)
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=50).execute(query):
                yield dict(row._mapping)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(reports)).scalar_one()

    def version(self) -> int:
        with self.engine.connect() as conn:
            return migrations.schema_version(conn)

    # -- writes: each call is one transaction
    def save(self, result: FileResult) -> None:
        """Write one file's row in its own transaction. A row is keyed by path and by content: any row
        with the same path (the file's earlier content) or the same sha256 (this content stored under a
        path that no longer holds it, or an older extraction) is replaced. The importer decides before
        extracting that the content is not a live copy of another file."""
        values = result.row()
        stale = reports.c.path == values["path"]
        if values["sha256"]:
            stale = stale | (reports.c.sha256 == values["sha256"])
        for attempt in range(3):
            try:
                with self._write() as conn, conn.begin():
                    conn.execute(delete(reports).where(stale))
                    conn.execute(insert(reports).values(**values))
                return
            except IntegrityError:
                # Another importer inserted the same file between our delete and insert; our delete
                # sees its committed row on the next attempt.
                if attempt == 2:
                    raise

    def move(self, row_id: int, new_path: str, root: str | None = None, raw_path: bytes | None = None) -> None:
        """The same content, still current, now lives at another path (the old path is gone); a row
        held by the new path for its earlier content is superseded."""
        with self._write() as conn, conn.begin():
            conn.execute(delete(reports).where((reports.c.path == new_path) & (reports.c.id != row_id)))
            conn.execute(update(reports).where(reports.c.id == row_id).values(path=new_path, root=root,
                                                                               raw_path=raw_path))


def open_store(db: str | Path | URL | None, *, create: bool = True, file_mode: int | None = None) -> Store:
    """Open (and migrate) the database named by ``--db``. With ``create=False`` a missing SQLite file is
    an error instead of becoming a new empty database. A new SQLite file is created with ``file_mode``
    (default 0600, ``private_files``); SQLite gives its -wal and -shm files the same mode."""
    url = db if isinstance(db, URL) else database_url(db)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        if not Path(url.database).exists():
            if not create:
                raise StoreError(f"no such database: {url.database}")
            try:
                create_empty(Path(url.database), DEFAULT_MODE if file_mode is None else file_mode)
            except OSError as exc:
                raise StoreError(f"cannot create database {url.database}: {exc.strerror or exc}") from None
    try:
        engine = make_engine(url)
    except (ArgumentError, ImportError) as exc:  # unknown dialect or driver not installed
        raise StoreError(f"cannot use database {url.render_as_string(hide_password=True)}: {exc}") from None
    try:
        migrations.migrate(engine)
    except (OperationalError, ProgrammingError) as exc:
        engine.dispose()
        reason = " ".join(str(exc.orig or exc).split())
        raise StoreError(f"cannot open database {url.render_as_string(hide_password=True)}: {reason}") from None
    except StoreError:
        engine.dispose()
        raise
    return Store(url, engine)
