"""The knowledge base connection: one SQLite file in WAL mode, or a PostgreSQL database.

Writers take the write lock up front (BEGIN IMMEDIATE, which store.pg turns into a
transaction advisory lock on PostgreSQL) and wait for each other; readers never wait for writers (WAL; MVCC).
One writer at a time keeps resolution's read-then-create steps exact with several
ingesters and servers on one knowledge base; the NLP work runs outside the lock.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path

from shabaka.errors import StoreError
from shabaka.names import block_key, blocks
from shabaka.store import pg
from shabaka.store.fts import fts_text
from shabaka.store.schema import migrate, migrate_pg, pg_version

BUSY_TIMEOUT_S = 120.0


def _blocks_json(name: str | None) -> str:
    """The candidate keys of an alias name as a JSON array, for SQL's json_each."""
    return json.dumps(list(blocks(name or "")))


def dict_cursor(conn: sqlite3.Connection) -> sqlite3.Cursor:
    """A cursor yielding plain dicts: cheaper than sqlite3.Row -> dict for a million rows."""
    cur = conn.cursor()
    cur.row_factory = lambda c, row: dict(zip([d[0] for d in c.description], row, strict=True))
    return cur


_NOW: list = [None, ""]  # the second last asked for, and its string


def now() -> str:
    """The current time as the ISO string every table stores (to the second: made once a second,
    not for each of the thousands of rows a run stamps)."""
    second = int(time.time())
    if second != _NOW[0]:
        _NOW[:] = [second, datetime.fromtimestamp(second, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")]
    return _NOW[1]


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL mode (it stays so). The switch needs the file to itself and, unlike
    every other lock, does not wait on the busy timeout: two processes creating one knowledge
    base at once failed with "database is locked", so it retries until that timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(0.05)


class Store:
    """An open knowledge base. All SQL lives in the store package."""

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.read_only = read_only
        if pg.is_url(path):
            self._open_pg(str(path))
            return
        self.dialect = "sqlite"
        self.path = Path(path)
        self.location, self.name = str(self.path), self.path.name
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no knowledge base here; run 'shabaka ingest' first")
                uri = f"file:{self.path.resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S,
                                            isolation_level=None, check_same_thread=False)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S,
                                            isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.create_function("shabaka_block", 1, block_key, deterministic=True)
            self.conn.create_function("shabaka_blocks", 1, _blocks_json, deterministic=True)
            self.conn.create_function("shabaka_fts", 1, fts_text, deterministic=True)
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                _use_wal(self.conn)
                self.conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the knowledge base ({exc})") from None

    def _open_pg(self, url: str) -> None:
        self.dialect = "postgresql"
        self.path = None
        self.location = pg.redact(url)
        self.name = pg.database_name(url)
        self.conn = pg.PgConnection(url, read_only=self.read_only)
        try:
            if self.read_only:
                if pg_version(self.conn) == 0:
                    raise StoreError(f"{self.location}: no knowledge base here; run 'shabaka ingest' first")
            else:
                migrate_pg(self.conn)
        except BaseException:
            self.conn.close()
            raise

    @contextmanager
    def write(self, *, replayable: bool = False) -> Iterator[sqlite3.Connection]:
        """One transaction holding the write lock; rolled back on any error.

        A `replayable` write is one the next run makes again (an ingested document, keyed by
        its content hash): on PostgreSQL its commit does not wait for the disk, as every
        commit in SQLite's WAL mode with synchronous=NORMAL does not. A crash of the machine
        may then lose the last few such commits, never half of one, and re-running the
        ingest stores them again; an analyst's judgement always waits for the disk.
        """
        if self.read_only:
            from shabaka.errors import PermissionDenied

            raise PermissionDenied("the knowledge base is open read-only")
        self.conn.execute("BEGIN IMMEDIATE")
        if replayable and self.dialect == "postgresql":
            self.conn.execute("SET LOCAL synchronous_commit = off")  # pipelined: no round trip
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    @contextmanager
    def writes(self, count: int) -> Iterator[Callable[[], AbstractContextManager[sqlite3.Connection]]]:
        """`count` replayable writes (documents), each rolled back alone on an error: in SQLite,
        savepoints of one transaction, so that one commit (most of the cost of storing a short
        document) serves them all; on PostgreSQL, whose commits do not wait (see `write`), a
        transaction each. Yields the function that opens each write."""
        if self.dialect != "sqlite" or count < 2:
            yield lambda: self.write(replayable=True)
            return
        with self.write(replayable=True):
            yield self._savepoint

    @contextmanager
    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("SAVEPOINT one_write")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK TO one_write")
            raise
        finally:
            self.conn.execute("RELEASE one_write")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
