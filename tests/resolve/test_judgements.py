"""Analysts' judgements on a real knowledge base: applied, re-applied after re-ingest, undone."""

from __future__ import annotations

from collections import Counter

import pytest

from shabaka.config import Settings
from shabaka.errors import Conflict, NotFound, UsageError
from shabaka.kb import KnowledgeBase
from shabaka.model import Document, content_hash
from shabaka.resolve import judgements
from shabaka.store import queries
from shabaka.store.documents import insert_document
from tests.conftest import copy_kb

DOC_A = "Hisham al-Hashemi, a researcher, was killed in Baghdad. Al-Hashemi had advised the government.\n"
DOC_B = "Kataib Hizballah fighters and the Badr Organization met in Basra.\n"
DOC_C = "Kata'ib Hezbollah denied the report. Hadi al-Amiri leads the Badr Organization.\n"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def ingested(request, tmp_path_factory):
    """The three reports ingested once per backend; each test changes its own copy."""
    folder = tmp_path_factory.mktemp("judged")
    for name, text in (("a.txt", DOC_A), ("b.txt", DOC_B), ("c.txt", DOC_C)):
        (folder / name).write_text(text)
    settings = Settings()
    sqlite = request.param == "sqlite"
    settings.db = folder / "kb.db" if sqlite else request.getfixturevalue("pg_server").database()
    kb = KnowledgeBase(settings)
    assert kb.ingest([folder]).ok
    kb.store.close()  # a PostgreSQL database is copied as a template only while no one is connected
    kb.folder = folder
    return kb


@pytest.fixture()
def kb(ingested, tmp_path, request):
    settings = Settings()
    settings.db = copy_kb(ingested.settings.db, tmp_path, request)
    with KnowledgeBase(settings) as kb:
        kb._nlp = ingested._nlp  # the same model and packs: loaded once
        kb.folder = ingested.folder  # a test that edits a report re-ingests it from where it came
        yield kb


def entity_of(kb, name: str) -> str:
    return queries.find_entity(kb.store.conn, name)["id"]


def test_merge_moves_mentions_and_undo_restores_them(kb):
    with kb.store.write() as conn:
        jid = judgements.merge(conn, "Hadi al-Amiri", "Badr Organization", author="tester", force=True)
    assert entity_of(kb, "Hadi al-Amiri") == "badr_organization"
    (row,) = [j for j in judgements.list_judgements(kb.store.conn) if j["id"] == jid]
    assert row["author"] == "tester" and row["action"] == "merge" and row["created_at"]
    with kb.store.write() as conn:
        judgements.undo(conn)
    assert entity_of(kb, "Hadi al-Amiri") == "hadi_al_amiri"


def test_a_merge_survives_reingesting_changed_content(kb):
    with kb.store.write() as conn:
        judgements.merge(conn, "Hadi al-Amiri", "Badr Organization", author="tester", force=True)
    (kb.folder / "c.txt").write_text(DOC_C + "Hadi al-Amiri spoke again on Monday.\n")
    report = kb.ingest([kb.folder / "c.txt"])
    assert report.replaced
    rows = kb.store.conn.execute("SELECT DISTINCT entity_id FROM chains WHERE name LIKE '%Amiri%'").fetchall()
    assert [r[0] for r in rows] == ["badr_organization"]


def test_split_moves_the_named_mentions_to_a_new_entity(kb):
    with kb.store.write() as conn:
        jid, new_id = judgements.split(conn, "Kata'ib Hezbollah", ["Kataib Hizballah"], author="tester")
    moved = kb.store.conn.execute("SELECT names FROM chains WHERE entity_id = ?", (new_id,)).fetchall()
    assert moved and all("Hizballah" in r[0] for r in moved)
    with kb.store.write() as conn:
        judgements.undo(conn, jid)
    assert not kb.store.conn.execute("SELECT 1 FROM chains WHERE entity_id = ?", (new_id,)).fetchone()


def test_rename_and_retype_change_the_profile_and_undo_back(kb):
    original_type = queries.entity_profile(kb.store.conn, "badr_organization")["type"]
    with kb.store.write() as conn:
        judgements.rename(conn, "Badr Organization", "Badr", author="t")
        judgements.retype(conn, "Badr", "ORGANIZATION", author="t")
    profile = queries.entity_profile(kb.store.conn, "badr_organization")
    assert (profile["name"], profile["type"]) == ("Badr", "ORGANIZATION")
    with kb.store.write() as conn:
        judgements.undo(conn)
        judgements.undo(conn)
    profile = queries.entity_profile(kb.store.conn, "badr_organization")
    assert (profile["name"], profile["type"]) == ("Badr Organization", original_type)


def test_distinct_blocks_a_merge_and_hides_the_candidate(kb):
    with kb.store.write() as conn:
        judgements.distinct(conn, "Hadi al-Amiri", "Hisham al-Hashemi", author="t")
        with pytest.raises(UsageError, match="judged different"):
            judgements.merge(conn, "Hadi al-Amiri", "Hisham al-Hashemi", author="t")
    pairs = {frozenset((c["a"], c["b"])) for c in judgements.candidates(kb.store.conn)}
    assert frozenset(("hadi_al_amiri", "hisham_al_hashemi")) not in pairs


def test_unknown_type_is_refused(kb):
    with pytest.raises(UsageError, match="unknown type"), kb.store.write() as conn:
        judgements.retype(conn, "Badr Organization", "MILITIA", author="t")


def test_a_misspelt_full_name_in_a_new_document_joins_the_known_entity(kb):
    (kb.folder / "d.txt").write_text("Hisham al-Hashemy was remembered in Baghdad.\n")
    kb.ingest([kb.folder / "d.txt"])
    rows = kb.store.conn.execute(
        "SELECT DISTINCT entity_id FROM chains WHERE name LIKE 'Hisham%'").fetchall()
    assert [r[0] for r in rows] == ["hisham_al_hashemi"]


CHANGES = {
    "merge-source": lambda conn, ref: judgements.merge(conn, ref, "Kata'ib Hezbollah", author="t"),
    "merge-target": lambda conn, ref: judgements.merge(conn, "Kata'ib Hezbollah", ref, author="t"),
    "split": lambda conn, ref: judgements.split(conn, ref, ["Al-Hashemi"], author="t"),
    "rename": lambda conn, ref: judgements.rename(conn, ref, "Someone Else", author="t"),
    "retype": lambda conn, ref: judgements.retype(conn, ref, "PLACE", author="t"),
    "distinct": lambda conn, ref: judgements.distinct(conn, ref, "Kata'ib Hezbollah", author="t"),
}


def test_every_change_refuses_a_name_that_only_resembles_entities(kb):
    for name, change in CHANGES.items():
        for ref in ("Hashem", "hisham al", "a"):
            with pytest.raises(Conflict) as refused, kb.store.write() as conn:
                change(conn, ref)
            assert "exactly" in str(refused.value), (name, ref)
            # the analyst is shown what to choose from
            assert "Hisham al-Hashemi (hisham_al_hashemi, PERSON)" in refused.value.candidates, (name, ref)
    assert judgements.list_judgements(kb.store.conn) == []


def test_a_name_two_entities_share_is_refused_with_both_listed(kb):
    with kb.store.write() as conn:
        judgements.rename(conn, "basra", "Baghdad", author="t")  # now two entities answer to "Baghdad"
        with pytest.raises(Conflict, match="names 2 entities") as refused:
            judgements.retype(conn, "Baghdad", "COUNTRY", author="t")
    assert sorted(refused.value.candidates) == ["Baghdad (baghdad, PLACE)", "Baghdad (basra, PLACE)"]
    with kb.store.write() as conn:  # the id is always exact
        judgements.retype(conn, "basra", "COUNTRY", author="t")
    assert queries.entity_profile(kb.store.conn, "basra")["type"] == "COUNTRY"


def test_exact_names_ids_and_aliases_still_work(kb):
    with kb.store.write() as conn:
        judgements.rename(conn, "Kataib Hizballah", "Kata'ib Hizballah", author="t")  # an alias
        judgements.retype(conn, "hisham al-hashemi", "PERSON", author="t")  # case does not matter
    assert queries.entity_profile(kb.store.conn, "kataib_hezbollah")["name"] == "Kata'ib Hizballah"


def test_merging_a_person_into_an_armed_group_needs_force(kb):
    with kb.store.write() as conn, pytest.raises(Conflict, match="--force"):
        judgements.merge(conn, "Hisham al-Hashemi", "Kata'ib Hezbollah", author="t")
    assert entity_of(kb, "Hisham al-Hashemi") == "hisham_al_hashemi"
    with kb.store.write() as conn:
        judgements.merge(conn, "Hisham al-Hashemi", "Kata'ib Hezbollah", author="t", force=True)
    assert entity_of(kb, "Hisham al-Hashemi") == "kataib_hezbollah"


def test_document_references_are_exact_or_a_unique_prefix(tmp_path):
    settings = Settings()
    settings.db = tmp_path / "docs.db"
    docs = [Document(origin=f"n{i}.txt", text=f"note {i}", format="txt",
                     content_hash=content_hash(f"note {i}")) for i in range(17)]
    with KnowledgeBase(settings) as kb:
        with kb.store.write() as conn:
            for doc in docs:
                insert_document(conn, doc, "test")
        conn = kb.store.conn
        # 17 ids over 16 hex digits: two share their first digit
        first = Counter(d.id[0] for d in docs).most_common(1)[0][0]
        with pytest.raises(Conflict, match="begins the ids of") as refused:
            queries.get_document(conn, first)
        assert len(refused.value.candidates) == sum(d.id[0] == first for d in docs)
        for wildcard in ("_", "%", docs[0].id[:3] + "%", "_" + docs[0].id[1:]):
            with pytest.raises(NotFound):
                queries.get_document(conn, wildcard)
        assert queries.get_document(conn, docs[3].id[:12])["origin"] == "n3.txt"
        assert queries.get_document(conn, "n5.txt")["id"] == docs[5].id


def test_copies_of_one_document_give_one_entity_per_name(tmp_path):
    text = ("Peshmerga units and the Zêrevanî moved toward Sinjar on Tuesday, officials said. "
            "A Zêrevanî commander said his men had secured the road.\n")
    for i in range(5):
        (tmp_path / f"copy{i}.txt").write_text(text + f"Copy {i} of the dispatch.\n")
    settings = Settings()
    settings.db = tmp_path / "kb.db"
    with KnowledgeBase(settings) as kb:
        assert len(kb.ingest([tmp_path]).ingested) == 5
        rows = kb.store.conn.execute(
            "SELECT DISTINCT c.entity_id, e.type FROM chains c JOIN entities e ON e.id = c.entity_id "
            "WHERE c.names LIKE '%Zêrevanî%'").fetchall()
        # one entity per type the copies give the name (the pack's force, and whatever NER called it)
        types = [r["type"] for r in rows]
        assert len(types) == len(set(types)) <= 2, [tuple(r) for r in rows]
        assert "zeravani" in {r["entity_id"] for r in rows}  # the pack's "Zerevani", spelled with marks
