"""The knowledge base connection: one SQLite file in WAL mode.

Writers take the write lock up front (BEGIN IMMEDIATE) and wait for each other
through the busy timeout; readers never wait for writers under WAL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from shabaka.errors import StoreError
from shabaka.names import block_key, blocks
from shabaka.store.fts import fts_text
from shabaka.store.schema import migrate

BUSY_TIMEOUT_S = 120.0


def _blocks_json(name: str | None) -> str:
    """The candidate keys of an alias name as a JSON array, for SQL's json_each."""
    return json.dumps(list(blocks(name or "")))


def now() -> str:
    """The current time as the ISO string every table stores."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    """An open knowledge base. All SQL lives in the store package."""

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
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
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the knowledge base ({exc})") from None

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction holding the write lock; rolled back on any error."""
        if self.read_only:
            from shabaka.errors import PermissionDenied

            raise PermissionDenied("the knowledge base is open read-only")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
