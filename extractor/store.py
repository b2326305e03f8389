"""The report database: SQLAlchemy Core tables, numbered schema migrations, and the few queries the
commands need.

SQLite (one file, WAL) is the default; any SQLAlchemy URL works, and ``postgresql://`` is mapped to
the psycopg 3 driver. The schema version lives in ``schema_migrations``; ``open_store`` upgrades an
older database step by step, each step in its own transaction, and refuses a newer one.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (JSON, BigInteger, Column, Date, DateTime, Float, Integer, MetaData, String, Table,
                        Text, create_engine, event, func, insert, inspect, select, text, update, delete)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, ProgrammingError

DEFAULT_DB = "reports.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_MAGIC = b"SQLite format 3\x00"

# none_as_null: a failed file has SQL NULL, not the JSON value null
_JSON = JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")

metadata = MetaData()

# The current layout (schema version LATEST). Migration steps below never use this table for DDL:
# each step states its own changes, so an old database is upgraded exactly as it was created.
reports = Table(
    "reports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("path", Text, nullable=False, unique=True),        # absolute path of the source file
    Column("sha256", String(64), unique=True),                 # NULL only when the file could not be read
    Column("size", BigInteger),
    Column("format", String(8)),                               # txt | docx | pdf (by content; by name if failed)
    Column("status", String(8), nullable=False),               # ok | failed
    Column("error_code", String(32)),
    Column("error_message", Text),
    Column("extractor_version", String(64), nullable=False),
    Column("report_type", String(32), nullable=False),
    Column("schema_version", String(16)),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("record", _JSON),                                   # the validated record; NULL when failed
    Column("municipality_name", Text),
    Column("district", Text),
    Column("region", Text),
    Column("population", Float),
    Column("first_event_date", Date),
    Column("total_costs", Float),
    Column("participant_total", Float),
    Column("missing_count", Integer),
    Column("unanswered_count", Integer),
    # schema v2
    Column("warning_count", Integer),
    Column("missing_sections", Text),                          # comma-separated section keys
    Column("unanswered_sections", Text),
    Column("duration_ms", Integer),
)

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
    Column("extractor_version", String(64)),
)


class StoreError(Exception):
    """The database cannot be opened or used (bad URL, unreachable server, newer schema)."""


# --------------------------------------------------------------------------------------------- URLs

def database_url(value: str | Path | None) -> URL:
    """A SQLAlchemy URL from ``--db``: a URL as given (``postgresql://`` -> psycopg 3), else a SQLite file path."""
    raw = str(value) if value else DEFAULT_DB
    if "://" not in raw:
        return URL.create("sqlite", database=str(Path(raw).expanduser().absolute()))
    if raw.startswith("postgres://"):  # the spelling some hosting providers hand out
        raw = "postgresql://" + raw[len("postgres://"):]
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {raw!r} ({exc})") from None
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def looks_like_database(value: str | Path) -> bool:
    """True for a database URL, an existing SQLite file (judged by its header, not its name), or a
    missing file named like a database (so the user hears "no such database")."""
    raw = str(value)
    if "://" in raw:
        return True
    p = Path(raw)
    if not p.exists():
        return p.suffix.lower() in (".db", ".sqlite", ".sqlite3")
    try:
        with p.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    # pysqlite begins transactions lazily and not before DDL; take control so that a migration step
    # and a file's row are each one real transaction (SQLAlchemy's documented pysqlite recipe).
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed row's integrity
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # Writers take the lock up front, so a busy database waits (busy_timeout) instead of failing
        # half-way through upgrading a read lock.
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


# ------------------------------------------------------------------------------------------ migrations

def _v1_initial(conn: Connection) -> None:
    """Version 1: one row per source file with the record as JSON and headline columns."""
    md = MetaData()
    Table(
        "reports", md,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("path", Text, nullable=False, unique=True),
        Column("sha256", String(64), unique=True),
        Column("size", BigInteger),
        Column("format", String(8)),
        Column("status", String(8), nullable=False),
        Column("error_code", String(32)),
        Column("error_message", Text),
        Column("extractor_version", String(64), nullable=False),
        Column("report_type", String(32), nullable=False),
        Column("schema_version", String(16)),
        Column("imported_at", DateTime(timezone=True), nullable=False),
        Column("record", _JSON),
        Column("municipality_name", Text),
        Column("district", Text),
        Column("region", Text),
        Column("population", Float),
        Column("first_event_date", Date),
        Column("total_costs", Float),
        Column("participant_total", Float),
        Column("missing_count", Integer),
        Column("unanswered_count", Integer),
    )
    md.create_all(conn)


def _v2_section_lists(conn: Connection) -> None:
    """Version 2: which sections are missing/unanswered (not only how many), warning count, duration;
    filled in for existing rows from their stored records."""
    for ddl in ("ALTER TABLE reports ADD COLUMN warning_count INTEGER",
                "ALTER TABLE reports ADD COLUMN missing_sections TEXT",
                "ALTER TABLE reports ADD COLUMN unanswered_sections TEXT",
                "ALTER TABLE reports ADD COLUMN duration_ms INTEGER"):
        conn.execute(text(ddl))
    conn.execute(text("CREATE INDEX ix_reports_municipality_name ON reports (municipality_name)"))
    rows = conn.execute(select(reports.c.id, reports.c.record).where(reports.c.record.is_not(None))).all()
    for row_id, record in rows:
        cols = headline(record)
        conn.execute(update(reports).where(reports.c.id == row_id).values(
            warning_count=cols["warning_count"], missing_sections=cols["missing_sections"],
            unanswered_sections=cols["unanswered_sections"]))


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_initial, 2: _v2_section_lists}
LATEST = max(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    """The database's schema version; 0 for an empty database."""
    if not inspect(conn).has_table("schema_migrations"):
        return 0
    return conn.execute(select(func.max(schema_migrations.c.version))).scalar() or 0


def migrate(engine: Engine, target: int = LATEST, extractor_version: str | None = None) -> int:
    """Bring the database to ``target`` one step at a time; return the version reached."""
    if extractor_version is None:
        from . import __version__ as extractor_version
    with engine.begin() as conn:
        schema_migrations.create(conn, checkfirst=True)
        current = schema_version(conn)
    if target <= current <= LATEST:  # the common case: up to date, no lock taken
        return current
    while True:
        with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
            if conn.dialect.name == "postgresql":  # two importers starting at once: one migrates
                conn.execute(text("LOCK TABLE schema_migrations IN ACCESS EXCLUSIVE MODE"))
            current = schema_version(conn)
            if current > LATEST:
                raise StoreError(f"the database has schema version {current}, newer than this extractor "
                                 f"knows ({LATEST}); upgrade report-extractor")
            if current >= target:
                return current
            MIGRATIONS[current + 1](conn)
            conn.execute(insert(schema_migrations).values(
                version=current + 1, applied_at=_now(), extractor_version=extractor_version))


# ---------------------------------------------------------------------------------------- row content

def headline(record: dict[str, Any]) -> dict[str, Any]:
    """The query-friendly columns of one record (all None/0 where the record has nothing)."""
    muni = record.get("municipality") or {}
    quality = record.get("quality") or {}
    dates = sorted(e["date"] for e in record.get("events") or [] if e.get("date"))
    counts = [p["count"]["value"] for p in record.get("participants") or [] if (p.get("count") or {}).get("value")
              is not None]
    total = (record.get("costs") or {}).get("total") or {}
    missing = quality.get("missing_sections") or []
    unanswered = quality.get("unanswered_sections") or []
    return {
        "municipality_name": muni.get("name"),
        "district": muni.get("district"),
        "region": muni.get("region"),
        "population": (muni.get("population") or {}).get("value"),
        "first_event_date": dt.date.fromisoformat(dates[0]) if dates else None,
        "total_costs": total.get("value"),
        "participant_total": sum(counts) if counts else None,
        "missing_count": len(missing),
        "unanswered_count": len(unanswered),
        "warning_count": len(quality.get("warnings") or []),
        "missing_sections": ",".join(missing),
        "unanswered_sections": ",".join(unanswered),
    }


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _clean(value: str | None) -> str | None:
    return value.replace("\x00", "") if value else value  # PostgreSQL text cannot hold NUL


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
    error_code: str | None = None
    error_message: str | None = None
    duration_ms: int | None = None

    def row(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "path": self.path, "sha256": self.sha256, "size": self.size, "format": self.format,
            "status": "ok" if self.record is not None else "failed",
            "error_code": self.error_code, "error_message": _clean(self.error_message),
            "extractor_version": self.extractor_version, "report_type": self.report_type,
            "schema_version": self.schema_version, "imported_at": _now(), "record": self.record,
            "duration_ms": self.duration_ms,
        }
        if self.record is not None:
            values.update(headline(self.record))
        else:
            values.update({k: None for k in headline({})})
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
                reports.c.status, reports.c.error_code, reports.c.error_message)
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
            return schema_version(conn)

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

    def move(self, row_id: int, new_path: str) -> None:
        """The same content, still current, now lives at another path (the old path is gone); a row
        held by the new path for its earlier content is superseded."""
        with self._write() as conn, conn.begin():
            conn.execute(delete(reports).where((reports.c.path == new_path) & (reports.c.id != row_id)))
            conn.execute(update(reports).where(reports.c.id == row_id).values(path=new_path))


def open_store(db: str | Path | URL | None, *, create: bool = True) -> Store:
    """Open (and migrate) the database named by ``--db``. With ``create=False`` a missing SQLite file is
    an error instead of becoming a new empty database."""
    url = db if isinstance(db, URL) else database_url(db)
    if url.get_backend_name() == "sqlite" and url.database and not create and not Path(url.database).exists():
        raise StoreError(f"no such database: {url.database}")
    try:
        engine = make_engine(url)
    except (ArgumentError, ImportError) as exc:  # unknown dialect or driver not installed
        raise StoreError(f"cannot use database {url.render_as_string(hide_password=True)}: {exc}") from None
    try:
        migrate(engine)
    except (OperationalError, ProgrammingError) as exc:
        engine.dispose()
        reason = " ".join(str(exc.orig or exc).split())
        raise StoreError(f"cannot open database {url.render_as_string(hide_password=True)}: {reason}") from None
    except StoreError:
        engine.dispose()
        raise
    return Store(url, engine)
