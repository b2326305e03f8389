import pytest

from tests.support.pgcluster import fresh_database


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path) -> str:
    """A fresh, empty database: a SQLite file path or a PostgreSQL URL (new database per test)."""
    if request.param == "sqlite":
        return str(tmp_path / "reports.db")
    return fresh_database()
