"""Imports: another knowledge base as Shabaka JSON Lines, known actors as FollowTheMoney entities.

JSON Lines (what `shabaka export --format jsonl` writes) merges one analyst's
knowledge base into another's. Documents are keyed by content hash (one
already here keeps this knowledge base's own extractions), claims and events
by their content-derived ids, judgements by (action, author, time, payload).
A document from a path that another document here also came from gets a
marked origin, so that re-ingesting the path replaces only the local one.
An imported entity keeps its id when this knowledge base has no entity with
that id, or has one that is plainly the same (same pack actor, or a shared
name of a compatible type); otherwise it is matched by name the way the
resolver matches a new mention, or, failing that, gets a fresh id. Imported
judgements are then re-applied, so the other analyst's merges and splits act
on this knowledge base's documents too. Into an empty knowledge base the
import reproduces the exported one exactly; importing twice changes nothing.

FollowTheMoney (an Aleph or OpenSanctions export) brings known actors:
each Person, Organization, Company, PublicBody or other LegalEntity becomes
an entity, or joins the one the resolver finds for its names, and its names
(name, alias, previousName; Latin-script ones) become aliases the resolver
matches later mentions against. Each is recorded as an "import" judgement
(who, when, which FtM id): it keeps the entity when no document mentions it
yet, and makes a second import of the same file a no-op.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from shabaka.errors import UsageError
from shabaka.model import Chain
from shabaka.ontology import Pack
from shabaka.resolve import judgements
from shabaka.resolve.resolver import Resolver, alias_key, compatible
from shabaka.store import documents as doc_store
from shabaka.store import interop
from shabaka.store import judgements as judgement_store
from shabaka.store.db import Store

FORMAT_VERSION = 1
IMPORT_ACTION = "import"
ENTITY_KEYS = ("source", "target", "entity", "new", "a", "b")
DOCUMENT_PARTS = ("chain", "mention", "claim", "event")
FTM_NAME_PROPERTIES = ("name", "alias", "previousName")  # weakAlias is too loose to match on
# OpenSanctions topics that make an organisation an armed group
ARMED_TOPICS = frozenset({"crime.terror", "crime.war"})
FTM_BATCH = 500


@dataclass
class ImportReport:
    """What one import did."""

    format: str
    origin: str
    documents: int = 0          # documents added
    unchanged: int = 0          # documents (JSONL) or FtM records already here
    entities_created: int = 0
    entities_matched: int = 0   # records that joined an entity already here
    aliases: int = 0            # aliases added
    judgements: int = 0         # judgements recorded
    skipped: int = 0            # FtM records that are not actors, or have no usable name

    def to_json(self) -> dict:
        return asdict(self)


def detect_format(first_line: str) -> str:
    """'jsonl' for a Shabaka export, 'ftm' for FollowTheMoney entities, judged by the first record."""
    try:
        record = json.loads(first_line)
    except json.JSONDecodeError:
        raise UsageError("the file is not JSON Lines; import reads Shabaka JSONL exports "
                         "and FtM entities") from None
    if isinstance(record, dict) and record.get("kind") == "meta" and record.get("format") == "shabaka":
        return "jsonl"
    if isinstance(record, dict) and "schema" in record and "properties" in record:
        return "ftm"
    raise UsageError("cannot tell the format from the first line; give --format jsonl or --format ftm")


@contextmanager
def _lines(path: str | Path) -> Iterator[Iterator[str]]:
    if str(path) == "-":
        yield iter(sys.stdin)
        return
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        yield iter(handle)


def import_file(store: Store, pack: Pack, path: str | Path, *, format: str | None = None,
                author: str = "analyst") -> ImportReport:
    """Import a Shabaka JSONL export or a file of FtM entities ("-" reads standard input)."""
    if format not in (None, "jsonl", "ftm"):
        raise UsageError(f"unknown import format {format!r}; use jsonl or ftm")
    with _lines(path) as lines:
        first = next((line for line in lines if line.strip()), None)
        if first is None:
            raise UsageError(f"{path}: empty file, nothing to import")
        format = format or detect_format(first)
        records = _chain_first(first, lines)
        if format == "jsonl":
            return import_jsonl(store, pack, records, origin=str(path))
        return import_ftm(store, pack, records, origin=str(path), author=author)


def _chain_first(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _records(lines: Iterable[str], origin: str) -> Iterator[tuple[int, dict]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{origin}, record {number}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise UsageError(f"{origin}, record {number}: expected a JSON object")
        yield number, record


# ---- Shabaka JSON Lines --------------------------------------------------------------------------

def import_jsonl(store: Store, pack: Pack, lines: Iterable[str], *, origin: str = "-") -> ImportReport:
    """Merge a Shabaka JSON Lines export into the knowledge base (see the module docstring)."""
    job = _JsonlImport(store, pack, ImportReport(format="jsonl", origin=origin))
    for number, record in _records(lines, origin):
        try:
            job.feed(record)
        except KeyError as exc:
            raise UsageError(f"{origin}, record {number}: "
                             f"a {record.get('kind')} record lacks {exc}") from None
        except UsageError as exc:
            raise UsageError(f"{origin}, record {number}: {exc}") from None
    job.finish()
    return job.report


class _JsonlImport:
    """One JSONL import: entities first (decided together), then document by document, then judgements."""

    def __init__(self, store: Store, pack: Pack, report: ImportReport):
        self.store = store
        self.resolver = Resolver(pack)
        self.report = report
        self.fresh = interop.is_empty(store.conn)
        self.seen_meta = False
        self.entities: dict[str, dict] = {}
        self.ids: dict[str, str] | None = None
        self.group: list[dict] = []
        self.judgements: list[dict] = []

    def feed(self, record: dict) -> None:
        kind = record.get("kind")
        if not self.seen_meta:
            if kind != "meta" or record.get("format") != "shabaka":
                raise UsageError("not a Shabaka JSONL export: the first record must be its meta record")
            if int(record.get("version", 0)) > FORMAT_VERSION:
                raise UsageError(f"export format version {record['version']} is newer than this Shabaka "
                                 f"reads ({FORMAT_VERSION}); upgrade Shabaka")
            self.seen_meta = True
        elif kind == "entity":
            if self.ids is not None:
                raise UsageError("entity records must come before the documents")
            self.entities[record["id"]] = record
        elif kind == "document":
            self._settle_entities()
            self._flush()
            self.group = [record]
        elif kind in DOCUMENT_PARTS:
            if not self.group or record["doc_id"] != self.group[0]["id"]:
                raise UsageError(f"a {kind} record must follow its document {record['doc_id']}")
            self.group.append(record)
        elif kind == "judgement":
            self._settle_entities()
            self._flush()
            self.judgements.append(record)
        else:
            raise UsageError(f"unknown record kind {kind!r}")

    def finish(self) -> None:
        self._settle_entities()
        self._flush()
        with self.store.write() as conn:
            known = interop.judgement_keys(conn)
            for record in self.judgements:
                payload = dict(record["payload"])
                for key in ENTITY_KEYS:
                    if isinstance(payload.get(key), str):
                        payload[key] = self._id(payload[key])
                key = interop.judgement_key(record["action"], record["author"], record["created_at"], payload)
                if key in known:
                    continue
                known.add(key)
                interop.insert_judgement(conn, {**record, "payload": payload})
                self.report.judgements += 1
            if not self.fresh and (self.report.documents or self.report.judgements):
                judgements.reapply(conn)  # either side's merges and splits now act on the other's documents

    def _id(self, entity_id: str | None) -> str | None:
        if entity_id is None or self.ids is None:
            return entity_id
        return self.ids.get(entity_id, entity_id)

    def _settle_entities(self) -> None:
        """Decide every imported entity's id here, against this knowledge base as it was, then write."""
        if self.ids is not None:
            return
        self.ids = {}
        with self.store.write() as conn:
            existing = interop.entity_ids(conn)
            taken = existing | set(self.entities)
            for eid, record in self.entities.items():
                self.ids[eid] = self._place(conn, record, existing, taken)
            for eid, record in self.entities.items():
                target = self.ids[eid]
                if target in existing:
                    self.report.entities_matched += 1
                else:
                    interop.insert_entity(conn, {**record, "id": target})
                    self.report.entities_created += 1
                self.report.aliases += interop.insert_aliases(conn, target, record.get("aliases", []))

    def _place(self, conn: Any, record: dict, existing: set[str], taken: set[str]) -> str:
        eid = record["id"]
        names = _names(record)
        here = interop.entity_names(conn, eid)
        if here is not None:
            name, type_, pack_id, keys = here
            same_pack = record.get("pack_id") and record["pack_id"] == pack_id
            shared_name = {alias_key(n) for n in names} & {alias_key(name), *keys}
            if same_pack or (compatible(type_, record["type"]) and shared_name):
                return eid
            n = 2
            while f"{eid}_{n}" in taken:
                n += 1
            taken.add(f"{eid}_{n}")
            return f"{eid}_{n}"
        if record.get("pack_id"):
            return eid  # a pack actor's id names it everywhere
        found = self.resolver.match(conn, Chain(id=0, name=record["name"], type=record["type"], names=names))
        return found or eid

    def _flush(self) -> None:
        if not self.group:
            return
        doc, parts = self.group[0], self.group[1:]
        self.group = []
        by_kind: dict[str, list[dict]] = {kind: [] for kind in DOCUMENT_PARTS}
        for part in parts:
            by_kind[part["kind"]].append(part)
        with self.store.write() as conn:
            if interop.document_exists(conn, doc["content_hash"]):
                self.report.unchanged += 1
                return
            if doc_store.documents_at_origin(conn, doc["origin"]):
                # another document of this knowledge base came from the same path: keep the two
                # apart, or re-ingesting that path here would replace the imported one as well
                doc = {**doc, "origin": f"{doc['origin']}#imported-{doc['id']}"}
            interop.insert_document(conn, doc)
            interop.insert_chains(conn, [{**c, "entity_id": self._id(c.get("entity_id"))}
                                         for c in by_kind["chain"]])
            interop.insert_mentions(conn, by_kind["mention"])
            interop.insert_claims(conn, by_kind["claim"])
            interop.insert_events(conn, by_kind["event"])
        self.report.documents += 1


def _names(record: dict) -> list[str]:
    names = [record["name"]] + [a["name"] for a in record.get("aliases", [])]
    return list(dict.fromkeys(names))


# ---- FollowTheMoney ------------------------------------------------------------------------------

def ftm_type(proxy: Any) -> str:
    """The Shabaka entity type of an FtM actor."""
    if proxy.schema.is_a("Person"):
        return "PERSON"
    if proxy.schema.is_a("PublicBody"):
        return "STATE_BODY"
    if ARMED_TOPICS & set(proxy.get("topics", quiet=True)):
        return "ARMED_GROUP"
    return "ORGANIZATION"


def ftm_names(proxy: Any) -> list[str]:
    """The names worth matching mentions against: Latin-script name, alias and previousName values."""
    names: list[str] = []
    for prop in FTM_NAME_PROPERTIES:
        for value in proxy.get(prop, quiet=True):
            value = " ".join(value.split())
            if value and any("a" <= c <= "z" for c in value.lower()) and value not in names:
                names.append(value)
    return names


def import_ftm(store: Store, pack: Pack, lines: Iterable[str], *, origin: str = "-",
               author: str = "analyst") -> ImportReport:
    """Add FtM actors as entities with aliases the resolver matches (see the module docstring)."""
    from shabaka.export.ftm import load_model

    model = load_model()
    resolver = Resolver(pack)
    report = ImportReport(format="ftm", origin=origin)
    batch: list[tuple[int, Any]] = []
    done = _FtmIndex(*interop.imports(store.conn, IMPORT_ACTION))

    def flush() -> None:
        with store.write() as conn:
            for _, proxy in batch:
                _import_actor(conn, resolver, proxy, author, report, done)
        batch.clear()

    for number, record in _records(lines, origin):
        try:
            proxy = model.get_proxy(record)
        except Exception as exc:  # followthemoney's InvalidData, a missing schema or id
            raise UsageError(f"{origin}, record {number}: not a FollowTheMoney entity ({exc})") from None
        if not proxy.schema.is_a("LegalEntity") or not proxy.id:
            report.skipped += 1
            continue
        batch.append((number, proxy))
        if len(batch) >= FTM_BATCH:
            flush()
    if batch:
        flush()
    return report


@dataclass
class _FtmIndex:
    """What earlier imports did: FtM id -> entity, and the entities imports created."""

    by_ftm_id: dict[str, str]
    created: set[str]


def _import_actor(conn: Any, resolver: Resolver, proxy: Any, author: str, report: ImportReport,
                  done: _FtmIndex) -> None:
    names = ftm_names(proxy)
    if not names:
        report.skipped += 1
        return
    type_ = ftm_type(proxy)
    target = done.by_ftm_id.get(proxy.id)
    if target is not None:
        report.unchanged += 1
        created = False
    else:
        chain = Chain(id=0, name=names[0], type=type_, names=names)
        target = resolver.match_pack(conn, chain) or resolver.match(conn, chain)
        if target in done.created:
            target = None  # another FtM record's actor: two records are two actors, whatever their names
        created = target is None
        if created:
            target = resolver.create(conn, chain)
            done.created.add(target)
            report.entities_created += 1
        else:
            report.entities_matched += 1
        done.by_ftm_id[proxy.id] = target
        judgement_store.record(conn, IMPORT_ACTION, {
            "entity": target, "format": "ftm", "ftm_id": proxy.id, "schema": proxy.schema.name,
            "names": names, "created": created}, author)
        report.judgements += 1
    holders = {n: {r["id"] for r in _holders(conn, n, type_)} for n in names}
    for i, name in enumerate(names):
        others = holders[name] - {target}
        if others and not (created and i == 0):
            continue  # the name already resolves to another actor: adding it would make it ambiguous
        before = conn.total_changes
        resolver.add_alias(conn, target, name, "ftm")
        report.aliases += conn.total_changes - before


def _holders(conn: Any, name: str, type_: str) -> list[dict]:
    from shabaka.store import entities

    return [dict(r) for r in entities.by_key(conn, alias_key(name)) if compatible(r["type"], type_)]
