"""What one running workbench holds: the knowledge base, a read connection per worker thread,
one writer at a time, and a small cache of graphs and timelines.

FastAPI answers sync routes from a thread pool. SQLite in WAL mode lets readers
run beside a writer, each on its own connection, so every thread reads through
its own read-only connection while changes go, one at a time, through the
KnowledgeBase's connection. Graphs and timelines are computed again only when
the knowledge base changed (by this process or any other) or the question differs.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from shabaka.analyze.graph import ActorGraph, GraphFilter, build_graph
from shabaka.analyze.scope import Scoped, scoped
from shabaka.analyze.timeline import timeline
from shabaka.kb import KnowledgeBase
from shabaka.store import web
from shabaka.store.db import Store

if TYPE_CHECKING:
    from shabaka.config import Settings

CACHE_SIZE = 64
T = TypeVar("T")


class Workbench:
    """The knowledge base and its connections for one server process."""

    def __init__(self, settings: Settings, *, read_only: bool = False):
        self.settings = settings
        self.read_only = read_only
        self.kb = KnowledgeBase(settings, read_only=read_only)
        self.ontology = self.kb.ontology
        self._local = threading.local()
        self._readers: list[Store] = []
        self._readers_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._cache: OrderedDict[tuple, Any] = OrderedDict()
        self._cache_lock = threading.Lock()
        self._own_writes = 0

    def reader(self) -> sqlite3.Connection:
        """This thread's read-only connection, opened on first use."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.settings.db, read_only=True)
            self._local.store = store
            with self._readers_lock:
                self._readers.append(store)
        return store.conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction on the writer connection; writers queue for it."""
        with self._write_lock:
            try:
                with self.kb.store.write() as conn:
                    yield conn
            finally:
                self._own_writes += 1

    def version(self) -> tuple[int, int]:
        """Changes whenever the knowledge base does, whoever changed it."""
        with self._write_lock:
            return self._own_writes, web.data_version(self.kb.store.conn)

    def cached(self, key: tuple, compute: Callable[[], T]) -> T:
        """`compute()`, remembered under `key` until the knowledge base changes."""
        full = (self.version(), *key)
        with self._cache_lock:
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]
        value = compute()
        with self._cache_lock:
            self._cache[full] = value
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    def graph(self, flt: GraphFilter) -> ActorGraph:
        """The graph the filter selects (from the cache while the knowledge base is unchanged)."""
        return self.cached(("graph", flt), lambda: build_graph(self.reader(), self.ontology, flt))

    def metrics(self, flt: GraphFilter, scope: str) -> tuple[Scoped, dict[str, dict]]:
        """The scoped graph and its network metrics, computed on demand (and cached like the graph)."""
        from shabaka.analyze.metrics import compute_metrics

        def compute() -> tuple[Scoped, dict[str, dict]]:
            found = scoped(self.graph(flt), scope)
            return found, compute_metrics(found.graph)

        return self.cached(("metrics", flt, scope), compute)

    def timeline(self, entity_id: str | None, date_from: str | None, date_to: str | None,
                 redact: bool) -> list[dict]:
        """Timeline entries (from the cache while the knowledge base is unchanged)."""
        return self.cached(("timeline", entity_id, date_from, date_to, redact),
                           lambda: timeline(self.reader(), entity_id, date_from, date_to, redact=redact))

    def close(self) -> None:
        with self._readers_lock:
            for store in self._readers:
                store.close()
            self._readers.clear()
        self.kb.close()
