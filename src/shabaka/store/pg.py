"""The PostgreSQL connection: the store's SQL, written for SQLite, run on PostgreSQL.

A thin per-dialect layer rather than SQLAlchemy Core: the store's few hundred lines
of SQL are plain and mostly portable, and rewriting them as expression trees would
touch every query for no gain on SQLite, the default. This wrapper gives a
PostgreSQL connection the sqlite3 surface the store uses (`execute`, `executemany`,
rows by index and by name, `total_changes`) and rewrites what only differs in
spelling (`?` placeholders, INSERT OR IGNORE and OR REPLACE, the reserved column name
`end`, a negative LIMIT, BEGIN IMMEDIATE).
Where the dialects truly differ (JSON, full-text search, the schema version, the
write lock) the store has a statement per dialect, chosen by `dialect(conn)`.
"""

from __future__ import annotations

import re
from contextlib import suppress
from functools import lru_cache
from typing import Any

from shabaka.errors import StoreError

URL_SCHEMES = ("postgresql://", "postgres://")
# every write transaction holds this advisory lock, as SQLite's BEGIN IMMEDIATE holds the file's
WRITE_LOCK = 0x5368616B  # "Shak"


def is_url(db: object) -> bool:
    """True when `db` names a PostgreSQL knowledge base rather than an SQLite file."""
    return isinstance(db, str) and db.startswith(URL_SCHEMES)


def dialect(conn: Any) -> str:
    """"postgresql" for a PgConnection, "sqlite" for an sqlite3 connection."""
    return getattr(conn, "dialect", "sqlite")


# a field of a JSON object held as text, per dialect: .format(column, key)
JSON_FIELD = {"sqlite": "json_extract({0}, '$.{1}')", "postgresql": "({0}::jsonb ->> '{1}')"}


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


def database_name(url: str) -> str:
    """The database a URL names (its path), as a file's name is shown for SQLite."""
    from urllib.parse import urlsplit

    return urlsplit(url).path.lstrip("/") or "postgres"


class Row(tuple):
    """A result row readable by position and by column name, like sqlite3.Row."""

    def __new__(cls, values: tuple, index: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._index = index
        return row

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._index)


def _row_factory(cursor):
    names = [c.name for c in cursor.description or ()]
    index = {n: i for i, n in enumerate(names)}
    return lambda values: Row(values, index)


class _Cursor:
    """A cursor whose `row_factory` is set sqlite3-style: called as (cursor, values)."""

    def __init__(self, conn: PgConnection):
        self.conn = conn
        self.row_factory = None

    def execute(self, sql: str, params: Any = ()):
        if self.row_factory is None:
            return self.conn.execute(sql, params)
        make = self.row_factory
        cur = self.conn.raw.cursor(row_factory=lambda c: lambda values: make(c, values))
        cur.execute(translate(sql), _values(params))
        return cur


_SQL_TOKEN = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|\bLIMIT \?|\?|%|\bend\b"
                        r"|\bINSERT OR IGNORE INTO\b|\bRETURNING\b")


# what INSERT OR REPLACE replaces on: each table's primary key
PRIMARY_KEYS = {"documents": "id", "entities": "id", "claims": "id", "events": "id", "overrides": "id",
                "aliases": "entity_id, name", "chains": "doc_id, chain",
                "event_actors": "event_id, chain, role", "alias_blocks": "block, name"}
_REPLACE = re.compile(r"INSERT OR REPLACE INTO (\w+) \(([^)]*)\)(.*)$", re.S)


def _upsert(match: re.Match) -> str:
    """SQLite's INSERT OR REPLACE as PostgreSQL's INSERT ... ON CONFLICT DO UPDATE."""
    table, columns, rest = match.groups()
    names = [c.strip() for c in columns.split(",")]
    sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in names)
    return (f"INSERT INTO {table} ({columns}){rest.rstrip()}"
            f" ON CONFLICT ({PRIMARY_KEYS[table]}) DO UPDATE SET {sets}")


@lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """SQLite's spelling of a statement in PostgreSQL's (string literals left as they are)."""
    sql = _REPLACE.sub(_upsert, sql.strip().rstrip(";"))
    ignore = False

    def swap(match: re.Match) -> str:
        nonlocal ignore
        token = match.group(0)
        if token[0] in "'\"":  # a literal or a name: kept, but psycopg reads every %
            return token.replace("%", "%%")
        if token == "?":
            return "%s"
        if token == "LIMIT ?":  # SQLite reads a negative limit as none
            return "LIMIT NULLIF(GREATEST(%s, -1), -1)"
        if token == "%":
            return "%%"
        if token == "end":
            return '"end"'
        if token == "RETURNING" and ignore:
            ignore = False
            return "ON CONFLICT DO NOTHING RETURNING"
        if token == "RETURNING":
            return token
        ignore = True
        return "INSERT INTO"

    out = _SQL_TOKEN.sub(swap, sql).rstrip().rstrip(";")
    return out + " ON CONFLICT DO NOTHING" if ignore else out


MANY_ROWS = 1_000
_INSERT_ROW = re.compile(r"(INSERT INTO [^;]*? VALUES )(\((?:%s, )*%s\))( ON CONFLICT DO NOTHING)?$", re.S)


def _values(params: Any) -> tuple:
    """Parameters as PostgreSQL takes them: its text holds no NUL, so one becomes U+FFFD
    (a query for it then finds nothing, as on SQLite, where no stored name holds one)."""
    return tuple(p.replace("\x00", "\ufffd") if isinstance(p, str) and "\x00" in p else p
                 for p in params or ())


class PgConnection:
    """A psycopg connection in autocommit mode behind the sqlite3 methods the store calls."""

    dialect = "postgresql"

    def __init__(self, url: str, *, read_only: bool = False):
        try:
            import psycopg
        except ImportError:
            raise StoreError("a PostgreSQL knowledge base needs psycopg: "
                             "pip install 'shabaka[postgres]'") from None
        try:
            self.raw = psycopg.connect(url, autocommit=True, cursor_factory=psycopg.ClientCursor,
                                       application_name="shabaka")
        except psycopg.Error as exc:
            raise StoreError(f"{redact(url)}: cannot connect to PostgreSQL ({str(exc).strip()})") from None
        self.url = url
        self._changes = 0
        self._pending: list = []  # cursors of the pipeline whose row counts are not in yet
        self._pipeline = self._pipeline_block = None
        self._writing = False
        if read_only:
            self.raw.execute("SET default_transaction_read_only = on")

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self._pipeline is not None or self.raw.info.transaction_status != TransactionStatus.IDLE

    @property
    def total_changes(self) -> int:
        """Rows changed so far, as sqlite3's attribute: waits for the pipeline's results."""
        if self._pending:
            self._pipeline.sync()
            self._collect()
        return self._changes

    def _collect(self) -> None:
        """Count the rows changed by the pipelined statements, whose answers are in."""
        self._changes += sum(max(c.rowcount, 0) for c in self._pending if c.description is None)
        self._pending.clear()

    def execute(self, sql: str, params: Any = ()):
        # A write transaction runs in pipeline mode: a statement whose result nobody reads
        # (an INSERT, an UPDATE) is sent without waiting for its answer, so a document's
        # writes cost the round trips of its reads plus one at COMMIT, not one each.
        # SQLite's write lock is a transaction advisory lock, and a write's commit counts
        # itself, as SQLite's PRAGMA data_version tells other connections.
        if sql == "BEGIN IMMEDIATE":
            self._writing = True
            self._begin_pipeline()
            self.raw.execute("BEGIN")
            return self._send(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})", ())
        if sql == "COMMIT" and self._writing:
            self._writing = False
            self.raw.execute("UPDATE kb_meta SET data_version = data_version + 1")
            self.raw.execute("COMMIT")
            try:
                self._end_pipeline()
            except BaseException:  # a statement sent earlier failed: nothing was committed
                self._pending.clear()
                self.raw.execute("ROLLBACK")
                raise
            return None
        if sql == "ROLLBACK":
            self._writing = False
            with suppress(Exception):  # the error that brought us here is already raised
                self._end_pipeline()
            self._pending.clear()
        return self._send(translate(sql), _values(params))

    def _send(self, statement: str, params: tuple):
        cur = self.raw.cursor(row_factory=_row_factory)
        cur.execute(statement, params)
        self._count(cur)
        return cur

    def _count(self, cur) -> None:
        if self._pipeline is not None:
            self._pending.append(cur)
        elif cur.description is None:
            self._changes += max(cur.rowcount, 0)

    def _begin_pipeline(self) -> None:
        from psycopg import Pipeline

        if Pipeline.is_supported():  # libpq 14 or later; else one round trip per statement
            self._pipeline_block = self.raw.pipeline()
            self._pipeline = self._pipeline_block.__enter__()

    def _end_pipeline(self) -> None:
        if self._pipeline is not None:
            self._pipeline = None
            self._pipeline_block.__exit__(None, None, None)  # waits for every answer; raises the first
            self._collect()

    def executemany(self, sql: str, seq: Any):
        """Rows of an INSERT go in statements of many rows each: one round trip per
        MANY_ROWS rows, not one per row (the resolver adds aliases a few at a time)."""
        cur = self.raw.cursor(row_factory=_row_factory)
        rows = [_values(p) for p in seq]
        statement = translate(sql)
        insert = _INSERT_ROW.match(statement)
        if insert and rows:
            head, row, tail = insert.groups()
            for i in range(0, len(rows), MANY_ROWS):
                if i:
                    cur = self.raw.cursor(row_factory=_row_factory)  # each counts its own rows
                values = ", ".join(cur.mogrify(row, r) for r in rows[i:i + MANY_ROWS])
                # no parameters left: the statement's own %% are % again, the values' % stay
                cur.execute(f"{head.replace('%%', '%')}{values}{tail or ''}")
                self._count(cur)
        elif rows:
            cur.executemany(statement, rows)
            self._count(cur)
        return cur

    def cursor(self) -> _Cursor:
        return _Cursor(self)

    def close(self) -> None:
        self.raw.close()
