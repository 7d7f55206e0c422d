"""The KnowledgeBase: one object holding the store, packs and NLP pipeline.

The CLI, the HTTP API, the Python API and the tests all go through it. The
spaCy pipeline loads lazily, once per KnowledgeBase.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from shabaka.config import Settings, db_location
from shabaka.errors import InputError
from shabaka.ingest import iter_documents
from shabaka.ingest.encoding import LOW_CONFIDENCE
from shabaka.model import Document
from shabaka.pipeline import NLP_MAX_CHARS as NLP_MAX_CHARS
from shabaka.pipeline import Pipeline, Result, failure
from shabaka.resolve import Resolver, judgements
from shabaka.store import documents as doc_store
from shabaka.store.db import Store

MIN_DOCS_PER_PROCESS = 50
# Extracted documents are stored (under one commit, see Store.writes) this many at a time, or
# sooner when the first of them has waited this long: a slow stream still shows its progress.
STORE_BATCH = 16
STORE_WAIT_S = 2.0


@dataclass
class IngestReport:
    """What one ingest run did, document by document."""

    ingested: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # read, but perhaps not right

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_json(self) -> dict:
        return {
            "ingested": self.ingested,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "failed": [{"origin": o, "reason": r} for o, r in self.failed],
            "warnings": [{"origin": o, "reason": r} for o, r in self.warnings],
        }


ProgressFn = Callable[[int, int], None]


class Engine(Protocol):
    """Runs `Pipeline.process` somewhere else (`shabaka.ingest.ray_engine`)."""

    def process(self, documents: list[Document], version: str) -> Generator[tuple[Document, Result]]:
        """Each document, in the order given, with its result from a pipeline of `version`."""
        ...


class KnowledgeBase(Pipeline):
    """An open knowledge base with everything needed to add documents to it."""

    def __init__(self, settings: Settings, *, read_only: bool = False):
        super().__init__(settings)
        self.store = Store(settings.db, read_only=read_only)
        self._resolver: Resolver | None = None

    @property
    def resolver(self) -> Resolver:
        """The resolver for the packs, built once: its index of every pack name is part of loading
        them, not a cost each ingest (a watched folder, the workbench's uploads) pays again."""
        if self._resolver is None:
            self._resolver = Resolver(self.pack)
        return self._resolver

    @classmethod
    def open(cls, path: str | Path | None = None, **options) -> KnowledgeBase:
        """Open (creating if needed) the knowledge base at `path`."""
        settings = Settings(**options)
        if path is not None:
            settings.db = db_location(path)
        return cls(settings)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- ingest --------------------------------------------------------

    def ingest(self, paths: Iterable[str | Path], *, confidential: bool = False,
               on_progress: ProgressFn | None = None, engine: Engine | None = None) -> IngestReport:
        """Read, extract, resolve and store documents; each is stored whole or not at all.

        Identical content already stored is skipped (so an interrupted run resumes where it
        stopped); new content from an origin already stored replaces that document and its
        extractions. `engine` runs the per-document work elsewhere (a Ray cluster); the
        results come back in order and are resolved and stored here, as a local run's are.
        """
        report = IngestReport()
        pending: list[Document] = []
        seen: set[str] = set()
        for item in iter_documents(paths, max_bytes=self.settings.max_bytes, confidential=confidential):
            if isinstance(item, InputError):
                report.failed.append((item.origin, item.reason))
            elif item.content_hash in seen or doc_store.document_by_hash(self.store.conn, item.content_hash):
                report.unchanged.append(item.origin)
            else:
                seen.add(item.content_hash)
                pending.append(item)
                if item.encoding_confidence is not None and item.encoding_confidence < LOW_CONFIDENCE:
                    report.warnings.append((item.origin, (
                        f"read as {item.encoding} with low confidence ({item.encoding_confidence:.2f}); "
                        "check its text with 'shabaka doc', or convert the file to UTF-8")))
        total = len(pending)
        if on_progress:
            on_progress(0, total)
        if not pending:
            return report
        resolver = self.resolver
        version = self.pipeline_version
        if engine is None:
            self.nlp  # noqa: B018  a missing model is the run's error (exit 2), not each document's
            n_process = max(1, self.settings.processes)
            if total < MIN_DOCS_PER_PROCESS * n_process:
                n_process = 1  # starting workers costs more than a small batch gains
            results = self.process(pending, n_process)
        else:
            results = engine.process(pending, version)
        batch: list[tuple[Document, Result]] = []
        with closing(results):  # interrupted: the engine's workers stop at once, not when collected
            try:
                for done, item in enumerate(results, start=1):
                    if not batch:
                        started = time.monotonic()
                    batch.append(item)
                    if on_progress:
                        on_progress(done, total)
                    if len(batch) >= STORE_BATCH or time.monotonic() - started >= STORE_WAIT_S:
                        self._store_batch(batch, resolver, version, report)
            finally:  # what was extracted before an interruption is kept
                self._store_batch(batch, resolver, version, report)
        from shabaka.analyze.happenings import link_events

        with self.store.write() as conn:
            # the reports of one happening, across documents, under one id
            link_events(conn, self.pack.killed_together)
        return report

    def _store_batch(self, batch: list[tuple[Document, Result]], resolver: Resolver, version: str,
                     report: IngestReport) -> None:
        """Store extracted documents, each rolled back alone on an error, under one commit where
        the store allows it (Store.writes), and empty `batch`."""
        outcomes: list[tuple[str, str, str]] = []  # (origin, the report's list, why it failed)
        try:
            with self.store.writes(len(batch)) as each:
                for document, extraction in batch:
                    if isinstance(extraction, str):
                        outcomes.append((document.origin, "failed", extraction))
                        continue
                    try:
                        with each() as conn:
                            stored = self._store_one(conn, document, extraction, resolver, version)
                        outcomes.append((document.origin, stored, ""))
                    except Exception as exc:  # one bad document must not stop the batch
                        outcomes.append((document.origin, "failed", failure(exc)))
        except Exception as exc:  # the commit failed: none of them is stored
            outcomes = [(document.origin, "failed", failure(exc)) for document, _ in batch]
        for origin, outcome, reason in outcomes:
            if outcome == "failed":
                report.failed.append((origin, reason))
            else:
                getattr(report, outcome).append(origin)
        batch.clear()

    @staticmethod
    def _store_one(conn, document: Document, extraction, resolver: Resolver, version: str) -> str:
        """Store one document inside the caller's transaction: "unchanged", "replaced" or "ingested"."""
        if doc_store.document_by_hash(conn, document.content_hash):
            return "unchanged"  # another process got here first
        previous = doc_store.documents_at_origin(conn, document.origin)
        for doc_id in previous:
            doc_store.delete_document(conn, doc_id)
        doc_store.insert_document(conn, document, version)
        entity_ids = resolver.resolve(conn, extraction.chains)
        doc_store.insert_extraction(conn, document.id, document.text, extraction, entity_ids)
        resolver.refresh(conn, entity_ids)
        judgements.reapply(conn)  # an analyst's merge or split outlives re-resolution
        if previous:
            doc_store.delete_orphan_entities(conn)
        return "replaced" if previous else "ingested"

    # ==== Python API: reading, graphs, exports and imports ================================
    # The methods below are the notebook-facing API (README: "Exports, imports and the Python
    # API"). They call the same functions as the CLI; heavy libraries load on first use.

    def entities(self, type: str | None = None, *, name: str | None = None,
                 limit: int | None = None) -> list[dict]:
        """Entities that documents mention, most-documented first: id, name, type, documents, mentions.

        `type` keeps one entity type (PERSON, ARMED_GROUP ...), `name` those with a name containing it.
        """
        from shabaka.store import queries

        return queries.list_entities(self.store.conn, type=type, name=name,
                                     limit=-1 if limit is None else limit)

    def entity(self, name: str) -> dict:
        """One entity's profile by id or any of its names: aliases, claims with evidence, events, documents.

        Raises NotFound when no entity has that name.
        """
        from shabaka.store import queries

        return queries.entity_profile(self.store.conn, name)

    def claims(self, *, relation: str | None = None, entity: str | None = None,
               limit: int | None = None) -> list[dict]:
        """Claims with their evidence sentence and source document; `entity` may be any of its names."""
        from shabaka.store import queries

        entity_id = queries.find_entity(self.store.conn, entity)["id"] if entity else None
        return queries.list_claims(self.store.conn, relation=relation, entity_id=entity_id,
                                   limit=-1 if limit is None else limit)

    def events(self, *, type: str | None = None, entity: str | None = None, place: str | None = None,
               date_from: str | None = None, date_to: str | None = None, redact: bool = False) -> list[dict]:
        """Happenings by date, one per cross-document event: id, types, date, place, actors with
        roles, fatalities, the documents reporting it and every evidence sentence.

        `entity` keeps those it takes part in or is the place of, `place` those at that place
        (any of their names); `date_from`/`date_to` (YYYY, YYYY-MM or YYYY-MM-DD) keep dated
        ones that can fall in that range; `redact` leaves out confidential documents' reports.
        """
        from shabaka.analyze.timeline import event_record, happenings
        from shabaka.store import queries

        def entity_id(name: str | None) -> str | None:
            return queries.find_entity(self.store.conn, name)["id"] if name else None

        return [event_record(e) for e in happenings(
            self.store.conn, type=type, entity_id=entity_id(entity), place_id=entity_id(place),
            date_from=date_from, date_to=date_to, redact=redact)]

    def graph(self, *, as_of: str | None = None, date_from: str | None = None, date_to: str | None = None,
              relations: Iterable[str] | None = None, exclude_relations: Iterable[str] | None = None,
              types: Iterable[str] | None = None, min_sources: int = 1, redact: bool = False,
              focus: str | None = None, hops: int = 2, backend: str | None = "networkx"):
        """The actor graph the filters select: a networkx MultiDiGraph (default), an igraph Graph
        (`backend="igraph"`) or Shabaka's own ActorGraph (`backend=None`), edges keyed by relation
        and carrying weight, source counts, dates and their best evidence.
        """
        from shabaka.analyze.graph import build_graph, graph_filter

        if backend not in ("networkx", "igraph", None):
            from shabaka.errors import UsageError

            raise UsageError(f"unknown graph backend {backend!r}; use 'networkx', 'igraph' or None")
        flt = graph_filter(self.store.conn, self.ontology, relations=relations,
                           exclude_relations=exclude_relations, types=types, min_sources=min_sources,
                           as_of=as_of, date_from=date_from, date_to=date_to, redact=redact, focus=focus,
                           hops=hops)
        actor_graph = build_graph(self.store.conn, self.ontology, flt)
        if backend == "networkx":
            return actor_graph.to_networkx()
        if backend == "igraph":
            return actor_graph.to_igraph()
        return actor_graph

    def to_pandas(self, *, metrics: bool = True, **filters) -> dict:
        """The CSV export's tables as pandas DataFrames: entities, aliases, claims, events,
        event_actors, documents. Takes `graph`'s filters (and `redact`); needs pandas
        (pip install 'shabaka[pandas]').
        """
        try:
            import pandas
        except ImportError:
            from shabaka.errors import ConfigError

            raise ConfigError("to_pandas needs pandas: pip install 'shabaka[pandas]'") from None
        from shabaka.analyze.graph import graph_filter
        from shabaka.export.csv import COLUMNS, Tables
        from shabaka.export.records import items
        from shabaka.geo import places

        flt = graph_filter(self.store.conn, self.ontology, **filters)
        located = places(self.store.conn, tuple(self.pack_files), include_confidential=not flt.redact)
        tables = Tables()
        for item in items(self.store.conn, self.ontology, flt, kinds=Tables.kinds, metrics=metrics,
                          places=located):
            if item["kind"] in Tables.kinds:
                tables.write(item)
        return {name: pandas.DataFrame(rows, columns=list(COLUMNS[name]))
                for name, rows in tables.tables.items()}

    def export(self, format: str, out: str | Path | None = None, *, metrics: bool = True, **filters):
        """Write an export (gexf, graphml, csv, jsonl, ftm, neo4j, geojson) with `graph`'s filters and
        `redact`; returns an ExportReport naming the files written."""
        from shabaka.analyze.graph import graph_filter
        from shabaka.export import export

        flt = graph_filter(self.store.conn, self.ontology, **filters)
        return export(self.store.conn, self.ontology, format, out, flt, metrics=metrics,
                      pack_files=tuple(self.pack_files))

    def import_file(self, path: str | Path, *, format: str | None = None, author: str | None = None):
        """Import a Shabaka JSONL export (another knowledge base) or FtM entities (known actors);
        the format is detected unless given. Returns an ImportReport."""
        from shabaka.imports import import_file

        return import_file(self.store, self.pack, path, format=format, author=author or self.settings.author)
