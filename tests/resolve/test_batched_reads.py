"""The resolver reads a document's aliases and entities in a few queries instead of several per
name (on PostgreSQL each read is a round trip); it must decide exactly as reading one by one did."""

from __future__ import annotations

import itertools

import pytest

from shabaka.model import Chain
from shabaka.names import blocks
from shabaka.ontology import load_packs
from shabaka.ontology.loader import pack_paths
from shabaka.resolve import resolver as resolver_module
from shabaka.resolve.resolver import Resolver
from shabaka.store import entities
from shabaka.store.db import Store

GIVEN = ["Ali", "Hassan", "Hussein", "Ahmed", "Karim", "Jabbar", "Salim", "Majid", "Saad", "Faleh"]
# 199 namesakes share the candidate key of "al-Tamimi": the next one makes it a common word,
# which then finds nothing, in the middle of a document
NAMESAKES = [f"{a} {b}{suffix} al-Tamimi" for suffix in ("", "i", "a")
             for a, b in itertools.product(GIVEN, GIVEN) if a != b][:199]


def chain(name: str, type_: str = "PERSON", *others: str, key: str | None = None) -> Chain:
    return Chain(id=0, name=name, type=type_, names=[name, *others], key=key)


DOCUMENTS = [
    [chain("Hadi al-Ameri"), chain("Badr Organisation", "ARMED_GROUP", "Badr"),
     chain("Kataib Hizballah", "ARMED_GROUP", "KH", key="kataib_hezbollah"),
     chain("Lt. Gen. Abdul Wahab al-Saadi"), chain("Abd al-Wahab al-Saadi")],
    # a new person twice in one document (the second spelling must meet the entity the first made),
    # and the name that tips "al-Tamimi" over the limit before its other spellings are looked up
    [chain("Nizar Hamid al-Tamimi"), chain("Nezar Hamid al-Tamimi"), chain("Nizar al-Tamimi"),
     chain("Supreme Council for the Islamic Revolution in Iraq", "ORGANIZATION"),
     chain("Supreme Council", "ORGANIZATION"), chain("the Supreme Council", "ORGANIZATION")],
    [chain("Nizar Hamid al-Tamimi"), chain("Qays al-Khazali"),
     chain("Asaib Ahl al-Haqq", "ARMED_GROUP", "AAH"), chain("Abdul Wahab al-Saadi"),
     chain("Karim Jabbar al-Tamimi"), chain("PMF", "ARMED_GROUP"),
     chain("Popular Mobilisation Forces", "ARMED_GROUP", "PMF"), chain("Jurf al-Sakhar", "PLACE"),
     chain("Jurf al-Nasr", "PLACE", "Jurf al-Sakhar")],
    [chain("Zaid Muhsin al-Karbalai", "PERSON", "al-Karbalai"), chain("Zayd Mohsen al-Karbalai"),
     chain("Saraya al-Khorasani", "ARMED_GROUP"), chain("Saraya Khurasani", "ARMED_GROUP"),
     chain("Iraq", "COUNTRY")],
]


@pytest.fixture(scope="module")
def pack():
    return load_packs(pack_paths())


def resolve_all(location, pack) -> tuple[list[list[str]], dict[str, list]]:
    """Every document's entity ids, and the tables resolution writes, after the documents."""
    with Store(location) as store:
        with store.write() as conn:  # namesakes an earlier ingest stored
            for i, name in enumerate(NAMESAKES):
                entities.create(conn, f"namesake_{i}", name, "PERSON")
                Resolver.add_alias(conn, f"namesake_{i}", name, "document")
        resolver = Resolver(pack)
        predicted = []
        for document in DOCUMENTS:
            with store.write() as conn:
                predicted.append(resolver.resolve(conn, document))
        tables = {table: sorted(tuple(r) for r in store.conn.execute(f"SELECT {columns} FROM {table}"))
                  for table, columns in (("entities", "id, name, type, pack_id"),
                                         ("aliases", "entity_id, name, key, block, source"),
                                         ("alias_blocks", "block, name"))}
    return predicted, tables


@pytest.fixture
def second_location(db_location, request, tmp_path):
    """Another fresh knowledge base on the same backend."""
    return tmp_path / "other.db" if not isinstance(db_location, str) \
        else request.getfixturevalue("pg_server").database()


def test_batched_reads_decide_as_reads_one_by_one(db_location, second_location, pack, monkeypatch):
    """PostgreSQL's way of reading, on both backends, against SQLite's."""
    monkeypatch.setattr(resolver_module, "_reads_ahead", lambda conn: True)
    batched, batched_tables = resolve_all(db_location, pack)
    monkeypatch.setattr(resolver_module, "_reads_ahead", lambda conn: False)  # every read to the store
    one_by_one, one_by_one_tables = resolve_all(second_location, pack)
    assert batched == one_by_one
    assert batched_tables == one_by_one_tables
    first, second, third, _ = batched
    assert first[:2] == ["hadi_al_amiri", "badr_organization"] and first[3] == first[4]
    assert second[0] == second[1] and second[3] == second[4] == second[5] == "islamic_supreme_council_of_iraq"
    assert third[0] == second[0] and third[3] == first[3] and third[5] == third[6]
    # "al-Tamimi" became a common word in the second document, as the namesakes meant it to
    (common,) = set(blocks(NAMESAKES[0])) & set(blocks("Nizar Hamid al-Tamimi"))
    sharing = {name for block, name in batched_tables["alias_blocks"] if block == common}
    assert len(sharing) >= entities.BLOCK_LIMIT > len(NAMESAKES)


def test_a_document_whose_names_are_known_is_read_in_one_query(tmp_path, pack, monkeypatch):
    monkeypatch.setattr(resolver_module, "_reads_ahead", lambda conn: True)  # as on PostgreSQL
    def selects(location) -> int:
        resolve_all(location, pack)  # the knowledge base as the documents leave it
        with Store(location) as store:
            statements = []
            store.conn.set_trace_callback(statements.append)
            with store.write() as conn:
                Resolver(pack).resolve(conn, DOCUMENTS[2])
            return sum(s.lstrip().upper().startswith("SELECT") for s in statements)

    batched = selects(tmp_path / "batched.db")
    monkeypatch.setattr(resolver_module, "_reads_ahead", lambda conn: False)
    one_by_one = selects(tmp_path / "one_by_one.db")
    # every name known already: one query for the document, against one or more per chain
    assert batched == 1 < len(DOCUMENTS[2]) <= one_by_one


def test_canonical_type_and_name_come_from_every_chain_of_the_entity(db_location, pack):
    """refresh counts a pack actor's chain types in the database (an entity named in every other
    document has that many chains) and reads every name of the others' chains."""
    from shabaka.model import Document, Extraction, content_hash
    from shabaka.store import documents as doc_store

    def store(store, *chains: Chain) -> list[str]:
        text = f"Report {content_hash(str(chains))}."
        document = Document(origin=f"{text}.txt", text=text, format="txt", content_hash=content_hash(text))
        chains = tuple(Chain(i, c.name, c.type, c.names, c.key) for i, c in enumerate(chains))
        with store.write() as conn:
            doc_store.insert_document(conn, document, "test")
            ids = resolver.resolve(conn, list(chains))
            doc_store.insert_extraction(conn, document.id, text, Extraction(chains=list(chains)), ids)
            resolver.refresh(conn, ids)
        return ids

    def entity(store, entity_id: str) -> tuple[str, str]:
        row = store.conn.execute("SELECT name, type FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return tuple(row)

    resolver = Resolver(pack)
    with Store(db_location) as kb:
        pmf, iraq, person = store(kb, chain("PMF", "STATE_BODY"), chain("Iraq", "PLACE"),
                                  chain("al-Zubaidi", "PERSON", "Karim Jassim al-Zubaidi"))
        assert store(kb, chain("Popular Mobilisation Forces", "STATE_BODY"),
                     chain("Karim Jassim al-Zubaidi"))[1] == person
        assert entity(kb, pmf) == ("Popular Mobilization Forces", "STATE_BODY")
        assert iraq == "iraq" and entity(kb, iraq) == ("Iraq", "COUNTRY")  # not a type the pack gives it
        assert entity(kb, person) == ("Karim Jassim al-Zubaidi", "PERSON")
        store(kb, chain("PMF", "ARMED_GROUP"), chain("Popular Mobilization Forces", "ARMED_GROUP", "PMF"))
        store(kb, chain("Popular Mobilization Units", "ARMED_GROUP"))
        assert entity(kb, pmf) == ("Popular Mobilization Forces", "ARMED_GROUP")  # 3 chains to 2
