"""Plain data handed from one stage of the pipeline to the next.

Stages exchange these dataclasses, never each other's internals, so that any
stage can be rerun, replaced or moved to another worker. Dates are ISO strings
whose length carries their precision: "2014", "2014-11" or "2014-11-06".
"""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_right
from dataclasses import dataclass, field


def content_hash(data: bytes | str) -> str:
    """The sha256 hex digest that identifies a document's content everywhere."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def date_precision(date: str | None) -> str | None:
    """'year', 'month' or 'day' for an ISO date string of that length."""
    if not date:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(date))


def dates_agree(a: str | None, b: str | None) -> bool:
    """Whether two ISO dates agree at the coarser of their precisions (or either is unknown)."""
    if a is None or b is None:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


@dataclass(frozen=True, slots=True)
class Removal:
    """A stretch of page furniture that cleaning took out, kept for the record.

    `start`/`end` are offsets in the text as read, before cleaning.
    """

    start: int
    end: int
    text: str
    rule: str


@dataclass(slots=True)
class Document:
    """A document as read and cleaned, before any language processing.

    `text` is the cleaned text: every offset Shabaka stores (mentions, evidence)
    refers to it. `removed` lists what cleaning took out of the original.
    """

    origin: str
    text: str
    format: str
    content_hash: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    removed: tuple[Removal, ...] = ()
    confidential: bool = False
    encoding: str | None = None  # as the file's bytes were read; None for text given as text
    encoding_confidence: float | None = None

    @property
    def id(self) -> str:
        """Deterministic document id: a prefix of the content hash."""
        return self.content_hash[:16]


@dataclass(slots=True)
class Mention:
    """A span of a document's text that names an actor or place."""

    start: int
    end: int
    text: str
    type: str
    sentence: int
    chain: int = -1
    extractor: str = "model"
    confidence: float = 0.5
    key: str | None = None


@dataclass(slots=True)
class Chain:
    """An in-document entity: the mentions one document uses for one actor.

    `key` is the pack actor id when the domain pack knows the actor; the
    resolver uses it, and the names, to find the knowledge-base entity.
    """

    id: int
    name: str
    type: str
    names: list[str] = field(default_factory=list)
    key: str | None = None
    mentions: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    """A relation the document states between two chains, with its evidence."""

    subject: int
    relation: str
    object: int
    evidence_start: int
    evidence_end: int
    extractor: str
    confidence: float
    role: str | None = None
    start: str | None = None
    end: str | None = None
    # the pronouns and descriptions in the evidence read as an argument:
    # [{"argument": "subject"|"object", "text": "he", "start": char, "end": char}]
    coreference: list[dict] | None = None


@dataclass(slots=True)
class EventActor:
    chain: int
    role: str  # agent, target, victim, participant


@dataclass(slots=True)
class Event:
    """One happening as one document reports it, however many sentences mention it.

    `type` is the main type and `types` every type the reports give it (a strike
    that kills is an attack and a killing); `spans` are the evidence sentences,
    the first of which is `evidence_start`/`evidence_end`. `happening` is the
    cross-document event id the store assigns.
    """

    type: str
    evidence_start: int
    evidence_end: int
    extractor: str
    confidence: float
    date: str | None = None
    place: int | None = None
    fatalities: int | None = None
    wounded: int | None = None
    actors: list[EventActor] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    """Everything the per-document stages found in one document.

    A pure function of the document text and the packs, so it can be computed
    on any worker; cross-document resolution happens afterwards.
    """

    mentions: list[Mention] = field(default_factory=list)
    chains: list[Chain] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding `offset` (sentences are in text order):
        a binary search, as a long document has tens of thousands of them."""
        i = bisect_right(self.sentences, (offset, math.inf)) - 1
        if i >= 0 and self.sentences[i][0] <= offset < self.sentences[i][1]:
            return self.sentences[i]
        return offset, offset
