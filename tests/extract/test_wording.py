"""Relation wording is pack data: a pack adds its own phrasing, and bad wording is refused on load."""

from __future__ import annotations

import pytest

from shabaka.errors import ConfigError
from shabaka.ontology import load_packs
from shabaka.ontology.loader import PACK_DIR

CORE = PACK_DIR / "core.yaml"


def test_core_wording_loads_every_construction():
    wording = load_packs([CORE]).wording
    assert wording.verbs["support"] == "backs" and wording.hyphen_words["backed"] == "backs"
    assert wording.relation_nouns["sponsor"] == ("backs", "member")
    assert wording.field_labels["backers"] == ("backs", "value")
    assert all(wording.words.values()), [name for name, words in wording.words.items() if not words]


@pytest.mark.parametrize(("snippet", "message"), [
    ("relation_wording:\n  verbs:\n    befriends: [befriend]\n", "unknown relation 'befriends'"),
    ("relation_wording:\n  relation_nouns:\n    friend: [allied_with, neighbour]\n", "owner|member"),
    ("relation_wording:\n  field_labels:\n    friends: [allied_with]\n", "box|value"),
    ("relation_wording:\n  words:\n    colours: [red]\n", "unknown class 'colours'"),
    ("relation_wording:\n  phrases: {}\n", "unknown part"),
    ("triggers:\n  relations:\n    backs: [back]\n", "relation_wording"),
    ("offices:\n  - {of: atlantis, titles: [king], holders: [nobody]}\n", "names 'atlantis'"),
    ("offices:\n  - {of: iraq, titles: [president]}\n", "needs 'of', 'titles' and 'holders'"),
    ("killed_together:\n  - {date: 2020-01-03, victims: [atlantis, nobody]}\n", "names 'atlantis'"),
    ("killed_together:\n  - {victims: [iraq, syria]}\n", "needs a 'date' and two or more"),
    ("offices:\n  - {of: iraq, titles: [king], holders: [iraq], relation: rules}\n", "leads or member_of"),
    ("relation_wording:\n  words:\n    unit_verbs: [form]\n    unit_verbs: [field]\n",
     "duplicate key 'unit_verbs'"),
])
def test_bad_wording_is_refused_naming_the_file(tmp_path, snippet, message):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\n" + snippet, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as err:
        load_packs([CORE, bad])
    assert "bad.yaml" in str(err.value)


def test_a_pack_adds_its_own_verb_without_a_code_change(tmp_path):
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    text = "Hadi al-Amiri bolstered the Badr Organization for years."
    extra = tmp_path / "extra.yaml"
    extra.write_text("name: extra\nrelation_wording:\n  verbs:\n    backs: [bolster]\n", encoding="utf-8")
    plain = tmp_path / "plain.yaml"
    plain.write_text("name: plain\n", encoding="utf-8")
    found = {}
    for pack in (plain, extra):
        settings = Settings()
        settings.db = tmp_path / f"{pack.stem}.db"
        settings.packs = [pack]
        with KnowledgeBase(settings) as kb:
            ex = kb.extract_text(text)
            found[pack.stem] = {(ex.chains[c.subject].name, c.relation) for c in ex.claims}
    assert ("Hadi al-Amiri", "backs") in found["extra"]
    assert ("Hadi al-Amiri", "backs") not in found["plain"]  # core does not know "bolster"


def test_a_pack_adds_its_own_fact_box_label_without_a_code_change(tmp_path):
    """ "Padrinos: X" states nothing in English wording; a pack that says it names backers makes it so."""
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    text = "Kata'ib Hezbollah\nPadrinos: IRGC-Quds Force\n"
    extra = tmp_path / "extra.yaml"
    extra.write_text("name: extra\nrelation_wording:\n  field_labels:\n    padrinos: [backs, value]\n",
                     encoding="utf-8")
    found = {}
    for pack in (tmp_path / "plain.yaml", extra):
        if not pack.exists():
            pack.write_text("name: plain\n", encoding="utf-8")
        settings = Settings()
        settings.db = tmp_path / f"{pack.stem}.db"
        settings.packs = [pack]
        with KnowledgeBase(settings) as kb:
            ex = kb.extract_text(text)
            found[pack.stem] = {(ex.chains[c.subject].key, c.relation, ex.chains[c.object].key)
                                for c in ex.claims}
    assert ("quds_force", "backs", "kataib_hezbollah") in found["extra"], found
    assert not found["plain"], found
