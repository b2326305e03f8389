"""Numbered schema migrations: each step states its own changes, so an old database is upgraded exactly
as it was created. The schema version lives in ``schema_migrations``.

Steps are history: they name the columns they created or dropped, whatever the code knows today.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (BigInteger, Column, Date, DateTime, Float, Integer, LargeBinary, MetaData, String, Table,
                        Text, func, insert, inspect, select, text, update)
from sqlalchemy.engine import Connection, Engine

from extractor.core import registry

from .db import JSON_TYPE, StoreError, reports, schema_migrations, utc_now


def _v1_initial(conn: Connection) -> None:
    """Version 1: one row per source file with the record as JSON and the KFD headline columns."""
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
        Column("record", JSON_TYPE),
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


def _quality_of(record: dict) -> dict:
    quality = record.get("quality") or {}
    return {"warning_count": len(quality.get("warnings") or []),
            "missing_sections": ",".join(quality.get("missing_sections") or []),
            "unanswered_sections": ",".join(quality.get("unanswered_sections") or [])}


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
        conn.execute(update(reports).where(reports.c.id == row_id).values(**_quality_of(record)))


# The KFD columns of versions 1 and 2, which version 3 moves into ``headline``.
_V2_TYPE_COLUMNS = ("municipality_name", "district", "region", "population", "first_event_date", "total_costs",
                    "participant_total")


def _v3_headline(conn: Connection) -> None:
    """Version 3: the report type's headline values move into one JSON column, ``headline``, so that the
    table holds no column of any one report type and several types share a database. Existing rows get
    theirs from their record, by their type (left empty where that type is not installed)."""
    json_type = JSON_TYPE.compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE reports ADD COLUMN headline {json_type}"))
    rows = conn.execute(select(reports.c.id, reports.c.report_type, reports.c.record)
                        .where(reports.c.record.is_not(None))).all()
    types = {}
    for row_id, type_name, record in rows:
        if type_name not in types:
            try:
                types[type_name] = registry.get(type_name)
            except registry.UnknownReportType:
                types[type_name] = None
        rt = types[type_name]
        if rt is not None:
            conn.execute(update(reports).where(reports.c.id == row_id).values(headline=rt.headline(record)))
    conn.execute(text("DROP INDEX ix_reports_municipality_name"))
    for column in _V2_TYPE_COLUMNS:
        conn.execute(text(f"ALTER TABLE reports DROP COLUMN {column}"))


def _v4_names(conn: Connection) -> None:
    """Version 4: ``root``, the folder the file was imported from (exports for sharing give the path
    relative to it, never the local absolute path), and ``raw_path``, the name's bytes where they are
    not valid UTF-8 (``path`` then holds them as ``\\xNN``). Older rows keep both NULL: a redacted
    export then gives their file name alone."""
    blob = LargeBinary().compile(dialect=conn.dialect)
    conn.execute(text("ALTER TABLE reports ADD COLUMN root TEXT"))
    conn.execute(text(f"ALTER TABLE reports ADD COLUMN raw_path {blob}"))


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_initial, 2: _v2_section_lists, 3: _v3_headline,
                                                       4: _v4_names}
LATEST = max(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    """The database's schema version; 0 for an empty database."""
    if not inspect(conn).has_table("schema_migrations"):
        return 0
    return conn.execute(select(func.max(schema_migrations.c.version))).scalar() or 0


def migrate(engine: Engine, target: int = LATEST, extractor_version: str | None = None,
            steps: dict[int, Callable[[Connection], None]] = MIGRATIONS) -> int:
    """Bring the database to ``target`` one step at a time; return the version reached. ``steps`` is
    the migration table (a test may hand in a step that fails half-way)."""
    if extractor_version is None:
        from extractor import __version__ as extractor_version
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
            steps[current + 1](conn)
            conn.execute(insert(schema_migrations).values(
                version=current + 1, applied_at=utc_now(), extractor_version=extractor_version))
