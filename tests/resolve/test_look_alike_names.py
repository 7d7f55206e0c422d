"""Names that share letters or initials with a pack actor, ingested for real: each stays its
own entity, while the pack actor's own spellings still find it."""

from __future__ import annotations

import pytest

from tests.conftest import corpus_kb

DOCS = {
    "a.txt": "Europe-based Syrian opposition activist Omar Abu Layla told the AP that the sites were empty. "
             "Sadr studied in Qom in Iran before he returned to Najaf.\n",
    "b.txt": "Militants attacked Haditha from the West, police said. "
             "Yazidi fighters entered Sinune in Sinjar district.\n",
    "c.txt": "ISIS killed hundreds of Yazidis in Kocho in 2014. "
             "Troops cleared Gojali east of Mosul.\n",
    "d.txt": "The Falcons Intelligence Cell (FIC) arrested two ISIS members in Kirkuk. "
             "The Kurdistan Democratic Party of Iran (KDPI) said Iranian drones struck its camp near Koya. "
             "The Sinjar Joint Command said the fighters had left.\n",
    "e.txt": "Convoys crossed at Rabia and reached al-Qaim and Alqosh. "
             "The Federal Integrity Commission (FIC) charged the governor. "
             "Masoud Barzani's Kurdistan Democratic Party (KDP) won the vote.\n",
    "f.txt": "Yazidi leader Qasim Shesho (قاسم ششو) defended Sinjar mountain. "
             "Former IRGC chief Yahya Rahim Safavi (يحيى رحيم صفوي) praised the PMF. "
             "Police said an ISIS Sleeper Cell was dismantled in Kirkuk. "
             "Kurdish Hezbollah (KH), a Sunni Kurdish group in Turkey, was blamed.\n",
}


@pytest.fixture(scope="module")
def entity_of(tmp_path_factory):
    with corpus_kb(tmp_path_factory.mktemp("lookalikes"), DOCS) as kb:
        rows = kb.store.conn.execute("SELECT doc_id, name, entity_id FROM chains").fetchall()
        origin = dict(kb.store.conn.execute("SELECT id, origin FROM documents"))
    return {(origin[doc].rsplit("/", 1)[-1], name): entity for doc, name, entity in rows}


@pytest.mark.parametrize(("doc", "name", "not_actor"), [
    ("a.txt", "Europe", "rabia"),  # ربيعة: r-b, but a word spelt from a vowel starts on a vowel's seat
    ("a.txt", "Qom", "al_qaim"),  # القائم writes a long ا and a hamza the Latin does not
    ("b.txt", "West", "haditha_dam"),  # سد حديثة: no "dh" is read across the word break
    ("b.txt", "Sinune", "sanaa"),
    ("c.txt", "Kocho", "alqosh"),  # ألقوش starts with a hamza, so its Latin spelling with a vowel
    ("c.txt", "Gojali", "jalawla"),  # g-o-j are two letters, not one
    ("d.txt", "Falcons Intelligence Cell", "federal_commission_of_integrity"),  # both "FIC"
    ("d.txt", "Kurdistan Democratic Party of Iran", "kurdistan_democratic_party"),  # Iraq's is "KDPI" too
    ("d.txt", "Sinjar Joint Command", "supreme_judicial_council"),  # the "SJC" of another body
])
def test_a_look_alike_name_is_its_own_entity(entity_of, doc, name, not_actor):
    assert (doc, name) in entity_of, sorted(n for d, n in entity_of if d == doc)
    assert entity_of[doc, name] != not_actor


def test_acronyms_defined_in_brackets_join_their_own_full_names(entity_of):
    falcons, integrity = ("d.txt", "Falcons Intelligence Cell"), ("e.txt", "Federal Integrity Commission")
    assert entity_of[falcons] != entity_of[integrity]
    assert ("d.txt", "FIC") not in entity_of  # one chain: the acronym is a name of the full name's
    assert entity_of["e.txt", "Federal Integrity Commission"] == "federal_commission_of_integrity"


def test_the_pack_actors_own_spellings_still_find_them(entity_of):
    assert entity_of["e.txt", "Rabia"] == "rabia"
    assert entity_of["e.txt", "al-Qaim"] == "al_qaim"
    assert entity_of["e.txt", "Alqosh"] == "alqosh"
    assert entity_of["e.txt", "Kurdistan Democratic Party"] == "kurdistan_democratic_party"


def test_an_arabic_gloss_joins_its_latin_name(entity_of):
    """A letter written twice is two (ششو, Shesho); a Persian v spells و (صفوي, Safavi)."""
    assert entity_of["f.txt", "قاسم ششو"] == entity_of["f.txt", "Qasim Shesho"]
    assert entity_of["f.txt", "يحيى رحيم صفوي"] == entity_of["f.txt", "Yahya Rahim Safavi"]


def test_a_militant_cell_is_no_state_body_and_a_text_s_own_acronym_is_its_name_s(entity_of):
    assert entity_of["f.txt", "ISIS"] == "islamic_state"
    assert not any(doc == "f.txt" and "Cell" in name for doc, name in entity_of)
    assert entity_of["f.txt", "Kurdish Hezbollah"] not in {"kataib_hezbollah", "lebanese_hezbollah"}
    assert ("f.txt", "KH") not in entity_of  # one chain with the name it stands for
