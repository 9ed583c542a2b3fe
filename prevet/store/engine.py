"""Opening the history store: which URL, the engine, and the schema brought up to date.

The default store is an SQLite file in the user's data directory; --store or PREVET_STORE take
any SQLAlchemy URL (PostgreSQL works the same). Opening runs the Alembic migrations shipped in
this package, so a newer prevet upgrades an older store in place. Every failure to open becomes
a one-line PrevetError (exit code 2), never a traceback.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

from prevet.errors import PrevetError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_FILE = "history.sqlite3"
_ENGINES: dict[str, Engine] = {}
_LOCK = threading.Lock()


def default_url() -> str:
    folder = Path(platformdirs.user_data_dir("prevet", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / DEFAULT_FILE}"


def resolve_url(url: str | None = None) -> str:
    """--store, else PREVET_STORE, else the default SQLite file."""
    return url or os.environ.get("PREVET_STORE") or default_url()


def display_url(url: str) -> str:
    """The URL as it can be shown in a message: without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def engine_for(url: str | None = None) -> Engine:
    """The engine of the store at url, migrated to the current schema (once per process)."""
    resolved = resolve_url(url)
    with _LOCK:
        if resolved not in _ENGINES:
            engine = _create(resolved)
            try:
                migrate(engine)
            except SQLAlchemyError as exc:
                engine.dispose()
                raise PrevetError(
                    f"cannot open the history store {display_url(resolved)}: {_first_line(exc)}"
                ) from exc
            _ENGINES[resolved] = engine
        return _ENGINES[resolved]


def _create(url: str) -> Engine:
    try:
        parsed: URL = make_url(url)
    except ArgumentError as exc:
        raise PrevetError(
            f"the store {url!r} is not a database URL (for example "
            f"sqlite:///path/history.sqlite3 or postgresql://user@host/db)"
        ) from exc
    parsed = with_installed_driver(parsed)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": 60})
            _make_sqlite_transactional(engine)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ModuleNotFoundError, ImportError) as exc:
        hint = " (pip install psycopg2-binary)" if parsed.get_backend_name() == "postgresql" else ""
        raise PrevetError(f"no database driver for the store {display_url(url)}{hint}") from exc
    except ArgumentError as exc:
        raise PrevetError(f"the store {display_url(url)} is not usable: {exc}") from exc
    return engine


def with_installed_driver(url: URL) -> URL:
    """postgresql:// with whichever driver is installed (SQLAlchemy 2.1 assumes psycopg 3;
    many systems have psycopg2)."""
    if url.drivername != "postgresql":
        return url
    for module, driver in (("psycopg", "postgresql+psycopg"), ("psycopg2", "postgresql+psycopg2")):
        try:
            __import__(module)
        except ImportError:
            continue
        return url.set(drivername=driver)
    return url


def _make_sqlite_transactional(engine: Engine) -> None:
    """pysqlite commits DDL on its own and begins lazily; take over so a run (and a migration)
    is one real transaction. Writers begin IMMEDIATE so two processes queue, not deadlock."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI objects
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # noqa: ANN001
        immediate = conn.get_execution_options().get("sqlite_immediate")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration; a no-op when it already is."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as conn:
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
    writer = engine.execution_options(sqlite_immediate=True)
    with writer.begin() as conn:
        if conn.dialect.name == "postgresql":  # two processes opening a new store at once
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7311963)")
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def _first_line(exc: Exception) -> str:
    original = getattr(exc, "orig", None) if isinstance(exc, DBAPIError) else None
    text = str(original or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def forget_engines(close: bool = True) -> None:
    """Close every open engine (tests, and processes that fork). A forked child passes
    close=False: the connections it inherited are its parent's, and closing them would end
    them for the parent too; the child only stops using them."""
    with _LOCK:
        for engine in _ENGINES.values():
            engine.dispose(close=close)
        _ENGINES.clear()
