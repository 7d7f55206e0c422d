"""Arabic-script names: recognised in English and Arabic text, linked to their Latin-script entity."""

from __future__ import annotations

import pytest

from shabaka.config import Settings
from shabaka.kb import KnowledgeBase
from shabaka.store import queries

ENGLISH = ("Hisham al-Hashimi (هشام الهاشمي) was a researcher in Baghdad. "
           "The analyst Ahmed Jassim al-Tamimi (أحمد جاسم التميمي) spoke on Monday.\n")
ARABIC = "قال قيس الخزعلي إن كتائب حزب الله لن تنسحب من بغداد.\n"
LATIN = "Qais al-Khazali and Ahmed Jassim al-Tamimi met in Baghdad.\n"
# names no pack knows, built as Arabic names are: honorific, kunya, given names, nisba; a head word
UNKNOWN = ("أعلنت سرايا الفجر مسؤوليتها عن الهجوم، وقال المتحدث باسمها أبو حيدر الساعدي إن الحاج كريم "
           "جبار الفتلاوي نجا. وأضاف أن حركة احتجاجية بدأت على الحدود، وأن لسرايا الفجر مقاتلين. "
           "وحضر مازن شنين الدراجي.\n")
UNKNOWN_LATIN = ("Karim Jabbar al-Fatlawi survived the attack claimed by Saraya al-Fajr, "
                 "Abu Haidar al-Saadi said.\n")


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("arabic")
    for name, text in (("english.txt", ENGLISH), ("arabic.txt", ARABIC), ("latin.txt", LATIN),
                       ("unknown.txt", UNKNOWN), ("unknown_latin.txt", UNKNOWN_LATIN)):
        (folder / name).write_text(text, encoding="utf-8")
    settings = Settings()
    settings.db = folder / "kb.db"
    with KnowledgeBase(settings) as kb:
        report = kb.ingest([folder])
        assert not report.failed
        yield kb


def _entity_names(kb, document_origin_part: str) -> dict[str, str]:
    """Mention text -> entity id, for one document."""
    rows = kb.store.conn.execute(
        "SELECT m.text, c.entity_id FROM mentions m JOIN documents d ON d.id = m.doc_id"
        " JOIN chains c ON c.doc_id = m.doc_id AND c.chain = m.chain WHERE d.origin LIKE ?",
        (f"%{document_origin_part}",)).fetchall()
    return {text: entity for text, entity in rows}


def test_an_arabic_gloss_after_a_name_is_the_same_actor(kb):
    found = _entity_names(kb, "english.txt")
    assert found["هشام الهاشمي"] == found["Hisham al-Hashimi"] == "hisham_al_hashemi"


def test_an_arabic_gloss_of_a_name_the_pack_does_not_know_joins_it(kb):
    found = _entity_names(kb, "english.txt")
    assert found["أحمد جاسم التميمي"] == found["Ahmed Jassim al-Tamimi"]


def test_pack_names_in_an_arabic_document_link_to_their_actors(kb):
    found = _entity_names(kb, "arabic.txt")
    assert found["قيس الخزعلي"] == "qais_al_khazali"
    assert found["كتائب حزب الله"] == "kataib_hezbollah"
    assert found["بغداد"] == "baghdad"


def test_the_latin_and_arabic_forms_are_aliases_of_one_profile(kb):
    entity = queries.find_entity(kb.store.conn, "Ahmed Jassim al-Tamimi")
    profile = queries.entity_profile(kb.store.conn, entity["id"])
    names = {a["name"] if isinstance(a, dict) else a for a in profile["aliases"]}
    assert {"Ahmed Jassim al-Tamimi", "أحمد جاسم التميمي"} <= names


def test_names_no_pack_knows_are_recognised_in_an_arabic_document(kb):
    found = _entity_names(kb, "/unknown.txt")
    # a father's name no list holds (شنين) before the nisba; no protest movement, no border
    assert set(found) == {"سرايا الفجر", "أبو حيدر الساعدي", "كريم جبار الفتلاوي", "مازن شنين الدراجي"}


def test_unknown_arabic_names_link_to_their_latin_spellings(kb):
    arabic, latin = _entity_names(kb, "/unknown.txt"), _entity_names(kb, "unknown_latin.txt")
    assert arabic["كريم جبار الفتلاوي"] == latin["Karim Jabbar al-Fatlawi"]
    assert arabic["أبو حيدر الساعدي"] == latin["Abu Haidar al-Saadi"]
    assert arabic["سرايا الفجر"] == latin["Saraya al-Fajr"]


def test_a_name_written_with_a_clitic_is_still_found(kb):
    """لسرايا الفجر: the preposition ل written onto the head word; the name is found without it."""
    rows = kb.store.conn.execute(
        "SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.doc_id"
        " WHERE d.origin LIKE '%/unknown.txt' AND m.text = 'سرايا الفجر'").fetchone()
    assert rows[0] == 2
