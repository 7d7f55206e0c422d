"""`shabaka candidates` on a small knowledge base: real duplicates first, never noise pairs."""

from __future__ import annotations

import pytest

from shabaka.resolve import judgements
from tests.conftest import corpus_kb

DOCS = {
    "a.txt": "Muhammad Shia met the commanders of the 45th Brigade in Baghdad on Monday. "
             "Muhammad Shia said Iraq would not be a battlefield.\n",
    "b.txt": "Prime Minister Mohammed Shia al-Sudani visited Kerman province and Baghdad province. "
             "The 46th Brigade stayed in Iraq, al-Sudani said.\n",
    "c.txt": "Officials in Maysan Governorate said the 46th Brigade had left. "
             "Baghdad was quiet.\n",
    "d.txt": "The Supreme Council for the Islamic Revolution in Iraq was founded by exiles in 1982. "
             "Years later the Supreme Council broke with its armed wing.\n"
             "The militant was born in Zarqa in Jordan and later crossed into Turkey.\n",
    "e.txt": "The Counter Terrorism Command planned the raid in Anbar. "
             "Fighters of the Counter-Terrorism Service then stormed the compound.\n",
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with corpus_kb(tmp_path_factory.mktemp("candidates"), DOCS) as kb:
        yield kb


def test_the_same_person_named_without_family_name_ranks_first_with_reasons(kb):
    found = judgements.candidates(kb.store.conn, kb.pack)
    assert found, "no candidate at all"
    top = found[0]
    assert {top["a_name"], top["b_name"]} == {"Muhammad Shia", "Mohammed Shia al-Sudani"}
    assert "begins" in top["reason"] and "co-mentioned" in top["reason"]


def test_places_of_different_kinds_and_numbered_units_are_never_paired(kb):
    names = {frozenset((c["a_name"], c["b_name"])) for c in judgements.candidates(kb.store.conn, kb.pack)}
    entity_names = {r[0] for r in kb.store.conn.execute("SELECT name FROM entities")}
    assert {"Baghdad", "Baghdad Governorate", "Kerman province", "Maysan Governorate"} <= entity_names
    assert names, "no candidate at all"
    for a, b in (("Baghdad", "Baghdad Governorate"), ("Kerman province", "Maysan Governorate"),
                 ("45th Brigade", "46th Brigade")):
        assert frozenset((a, b)) not in names


def test_a_short_form_is_the_organisation_its_document_named_in_full(kb):
    rows = kb.store.conn.execute("SELECT entity_id FROM chains WHERE name = 'Supreme Council'").fetchall()
    assert [r[0] for r in rows] == ["islamic_supreme_council_of_iraq"]  # not the Supreme Judicial Council


def test_a_cross_script_pair_must_agree_letter_by_letter(kb):
    """Turkey's Arabic alias تركيا and Zarqa share the folded skeleton d-r-k, not the letters."""
    entity_names = {r[0] for r in kb.store.conn.execute("SELECT name FROM entities")}
    assert {"Turkey", "Zarqa"} <= entity_names
    names = {frozenset((c["a_name"], c["b_name"])) for c in judgements.candidates(kb.store.conn, kb.pack)}
    assert frozenset(("Turkey", "Zarqa")) not in names


def test_bodies_sharing_only_generic_words_are_not_proposed(kb):
    """"Counter Terrorism Command" and the Counter-Terrorism Service (also "Counter-Terrorism
    Forces") share only words many bodies use, and each has a word the other lacks."""
    entity_names = {r[0] for r in kb.store.conn.execute("SELECT name FROM entities")}
    assert {"Counter Terrorism Command", "Counter-Terrorism Service"} <= entity_names
    pairs = {frozenset((c["a_name"], c["b_name"])) for c in judgements.candidates(kb.store.conn, kb.pack)}
    assert frozenset(("Counter Terrorism Command", "Counter-Terrorism Service")) not in pairs
