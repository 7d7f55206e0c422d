"""Small knowledge bases with known answers, written row by row through the real Store."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from shabaka.analyze.happenings import link_events
from shabaka.model import Chain, Claim, Document, Event, EventActor, Extraction, content_hash
from shabaka.ontology import load_ontology
from shabaka.store import documents as doc_store
from shabaka.store import entities
from shabaka.store.db import Store


@dataclass
class C:
    """A claim to write: subject and object are entity ids."""

    subject: str
    relation: str
    object: str
    start: str | None = None
    end: str | None = None
    role: str | None = None
    text: str | None = None


@dataclass
class E:
    """An event to write: actors are (entity id, role)."""

    type: str
    date: str | None = None
    actors: list[tuple[str, str]] = field(default_factory=list)
    place: str | None = None
    text: str | None = None
    also: list[str] = field(default_factory=list)  # its other types ("protest" of a violent one)


class KB:
    """A knowledge base built by hand: entities, then documents holding claims and events."""

    def __init__(self, path):
        self.db = path  # what --db names: a file, or a database URL
        self.store = Store(path)
        self.conn = self.store.conn
        self.ontology = load_ontology()
        self.types: dict[str, str] = {}
        self.docs = 0
        self.together: dict[str, str] = {}  # the pack's killed_together, as ingest passes it

    def entity(self, eid: str, type: str = "ARMED_GROUP", name: str | None = None,
               pack_id: str | None = None) -> str:
        with self.store.write() as conn:
            if not entities.exists(conn, eid):
                entities.create(conn, eid, name or eid, type, pack_id)
        self.types[eid] = type
        return eid

    def entities(self, type: str, *ids: str) -> None:
        for eid in ids:
            self.entity(eid, type)

    def doc(self, *items: C | E, published: str | None = None, outlet: str | None = None,
            confidential: bool = False, title: str | None = None) -> str:
        """One document stating the claims and events, each in its own sentence."""
        self.docs += 1
        text = f"Report number {self.docs}. "
        chains: dict[str, int] = {}

        def chain(eid: str) -> int:
            if eid not in self.types:
                self.entity(eid)
            return chains.setdefault(eid, len(chains))

        claims, events = [], []
        for item in items:
            if isinstance(item, C):
                sentence = item.text or f"{item.subject} {item.relation} {item.object}."
            else:
                sentence = item.text or f"{item.type} by {', '.join(a for a, _ in item.actors)}."
            start = len(text)
            text += sentence + " "
            end = start + len(sentence)
            if isinstance(item, C):
                claims.append(Claim(chain(item.subject), item.relation, chain(item.object), start, end,
                                    "test", 0.9, role=item.role, start=item.start, end=item.end))
            else:
                events.append(Event(item.type, start, end, "test", 0.9, date=item.date,
                                    types=[item.type, *item.also] if item.also else [],
                                    place=chain(item.place) if item.place else None,
                                    actors=[EventActor(chain(a), role) for a, role in item.actors]))
        document = Document(origin=f"doc{self.docs}.txt", text=text, format="txt",
                            content_hash=content_hash(text), title=title or f"Report {self.docs}",
                            outlet=outlet, published=published, confidential=confidential)
        ids = list(chains)
        extraction = Extraction(
            chains=[Chain(i, eid, self.types[eid], [eid]) for i, eid in enumerate(ids)],
            claims=claims, events=events, sentences=[(0, len(text))])
        with self.store.write() as conn:
            doc_store.insert_document(conn, document, "test")
            doc_store.insert_extraction(conn, document.id, text, extraction, ids)
            link_events(conn, self.together)  # as ingest does
        return document.id

    def graph(self, **filters):
        from shabaka.analyze.graph import GraphFilter, build_graph

        for key in ("relations", "exclude_relations", "entity_types"):
            if key in filters and filters[key] is not None:
                filters[key] = frozenset(filters[key])
        return build_graph(self.conn, self.ontology, GraphFilter(**filters))


@pytest.fixture
def kb(db_location):
    """A hand-built knowledge base, on SQLite and on PostgreSQL."""
    built = KB(db_location)
    yield built
    built.store.close()


def undirected(kb: KB, pairs: list[tuple[str, str]], relation: str = "allied_with") -> None:
    """One document stating a symmetric relation for every pair: every edge weighs 1."""
    kb.doc(*(C(a, relation, b) for a, b in pairs), published="2020-01-01", outlet="Wire")
