"""The database itself: its URL, engine and tables. SQLite (one file, WAL) is the default; any SQLAlchemy
URL works, and ``postgresql://`` is mapped to the psycopg 3 driver.

The table layout here is the current schema version (``migrations.LATEST``); ``migrations.py`` brings an
older database to it step by step.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import (JSON, BigInteger, Column, DateTime, Integer, LargeBinary, MetaData, String, Table, Text,
                        create_engine, event)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError

DEFAULT_DB = "reports.db"
SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_MAGIC = b"SQLite format 3\x00"

# none_as_null: a failed file has SQL NULL, not the JSON value null
JSON_TYPE = JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")

metadata = MetaData()

# The current layout (schema version LATEST). Migration steps below never use this table for DDL:
# each step states its own changes, so an old database is upgraded exactly as it was created.
reports = Table(
    "reports", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("path", Text, nullable=False, unique=True),        # absolute path of the source file (filenames.as_text)
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
    Column("record", JSON_TYPE),                                   # the validated record; NULL when failed
    # schema v3: the report type's stored headline columns, {name: value}; NULL when failed
    Column("headline", JSON_TYPE),
    Column("missing_count", Integer),
    Column("unanswered_count", Integer),
    Column("warning_count", Integer),                          # schema v2
    Column("missing_sections", Text),                          # comma-separated section keys
    Column("unanswered_sections", Text),
    Column("duration_ms", Integer),
    Column("root", Text),                                      # schema v4: the folder it was imported from
    Column("raw_path", LargeBinary),                           # schema v4: the name's bytes if not UTF-8
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


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
