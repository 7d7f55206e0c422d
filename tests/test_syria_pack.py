"""A second domain pack (Syria) works on its own: nothing is hard-wired to Iraq.

The knowledge base here loads core, world and syria.yaml only
(`default_packs=False`), so the tests hold whether or not iraq.yaml exists.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from shabaka.config import Settings
from shabaka.errors import ConfigError
from shabaka.kb import KnowledgeBase
from shabaka.ontology import load_packs
from shabaka.ontology.loader import PACK_DIR

SYRIA = PACK_DIR / "syria.yaml"

TEXT = (
    "Hay'at Tahrir al-Sham (HTS) fighters entered Aleppo on Friday after a lightning offensive "
    "launched from Idlib. HTS leader Abu Mohammad al-Jolani said the group would protect the city's "
    "minorities. The Syrian Democratic Forces (SDF), led by Mazloum Abdi, withdrew from parts of the "
    "city. Kata'ib Hezbollah said it would send no fighters across the border, according to the "
    "Syrian Observatory for Human Rights.\n"
)

# pack id -> type the Syria pack gives it; every one is named in TEXT
EXPECTED = {
    "hayat_tahrir_al_sham": "ARMED_GROUP",
    "ahmed_al_sharaa": "PERSON",
    "syrian_democratic_forces": "ARMED_GROUP",
    "mazloum_abdi": "PERSON",
    "aleppo": "PLACE",
    "idlib": "PLACE",
    "syrian_observatory_for_human_rights": "ORGANIZATION",
}


@pytest.fixture(scope="module")
def syria_kb(tmp_path_factory):
    settings = Settings()
    settings.db = tmp_path_factory.mktemp("syria") / "kb.db"
    settings.default_packs = False
    settings.packs = [SYRIA]
    kb = KnowledgeBase(settings)
    yield kb
    kb.close()


def test_the_syria_pack_loads_alongside_world_without_sharing_a_name():
    pack = load_packs([PACK_DIR / "core.yaml", PACK_DIR / "world.yaml", SYRIA])
    syria = [a for a in pack.actors.values() if a.pack == "syria"]
    assert 25 <= len(syria) <= 40
    assert pack.actors["fourth_armoured_division"].part_of == "syrian_arab_army"
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in pack.actors.values():
        for name in (*actor.names, *actor.kunyas, *actor.acronyms, *actor.demonyms):
            owners[name.casefold()].add(actor.id)
    shared = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_the_kb_uses_only_the_packs_it_was_given(syria_kb):
    assert [p.name for p in syria_kb.pack_files] == ["core.yaml", "world.yaml", "syria.yaml"]
    assert "iraq" not in syria_kb.pack.names


def test_syria_pack_actors_are_recognised_with_their_pack_types(syria_kb):
    ex = syria_kb.extract_text(TEXT)
    by_key = {c.key: c for c in ex.chains if c.key}
    for key, type_ in EXPECTED.items():
        assert key in by_key, f"{key} not recognised"
        assert by_key[key].type == type_

    # the acronym joins the full name's chain, and the kunya names the person
    assert {"Hay'at Tahrir al-Sham", "HTS"} <= set(by_key["hayat_tahrir_al_sham"].names)
    assert {"Syrian Democratic Forces", "SDF"} <= set(by_key["syrian_democratic_forces"].names)
    assert "Abu Mohammad al-Jolani" in by_key["ahmed_al_sharaa"].names
    assert sum(c.key == "hayat_tahrir_al_sham" for c in ex.chains) == 1

    # an Iraq-only group is still found as a name, but no pack knows it
    (kh,) = [c for c in ex.chains if "Kata'ib Hezbollah" in c.names]
    assert kh.key is None

    # relation rules work on the new pack's actors too
    leads = {(ex.chains[c.subject].key, ex.chains[c.object].key) for c in ex.claims if c.relation == "leads"}
    assert ("mazloum_abdi", "syrian_democratic_forces") in leads


def test_ingest_stores_syria_pack_entities_under_their_pack_ids(syria_kb, tmp_path):
    doc = tmp_path / "aleppo.txt"
    doc.write_text(TEXT, encoding="utf-8")
    report = syria_kb.ingest([doc])
    assert report.ok, report.failed
    assert report.ingested == [str(doc)]
    conn = syria_kb.store.conn
    stored = {row["id"]: row["type"] for row in conn.execute("select id, type from entities")}
    for key, type_ in EXPECTED.items():
        assert stored.get(key) == type_, key
    (kh_pack_id,) = conn.execute(
        "select e.pack_id from entities e join aliases a on a.entity_id = e.id"
        " where a.name = ? and a.source = 'document'", ("Kata'ib Hezbollah",)
    ).fetchone()
    assert kh_pack_id is None


def _bad_pack(tmp_path, name: str, actors: str):
    path = tmp_path / name
    path.write_text(f"name: bad\nactors:\n{actors}", encoding="utf-8")
    return path


def test_a_pack_with_an_unknown_type_is_refused_naming_the_file(tmp_path):
    bad = _bad_pack(tmp_path, "unknown_type.yaml",
                    "  - id: jaysh_al_izza\n    name: Jaysh al-Izza\n    type: MILITIA\n")
    with pytest.raises(ConfigError, match="unknown_type.yaml") as info:
        load_packs([SYRIA, bad])
    assert "MILITIA" in str(info.value)


def test_a_pack_with_a_duplicate_id_is_refused_naming_the_file(tmp_path):
    actors = "".join(
        f"  - id: tartus\n    name: {name}\n    type: PLACE\n" for name in ("Tartus", "Tartous")
    )
    bad = _bad_pack(tmp_path, "duplicate_id.yaml", actors)
    with pytest.raises(ConfigError, match="duplicate_id.yaml") as info:
        load_packs([SYRIA, bad])
    assert "tartus" in str(info.value)


def test_a_bad_pack_is_refused_by_the_knowledge_base_too(tmp_path):
    bad = _bad_pack(tmp_path, "unknown_type.yaml",
                    "  - id: jaysh_al_izza\n    name: Jaysh al-Izza\n    type: MILITIA\n")
    settings = Settings()
    settings.db = tmp_path / "kb.db"
    settings.default_packs = False
    settings.packs = [bad]
    with KnowledgeBase(settings) as kb, pytest.raises(ConfigError, match="unknown_type.yaml"):
        _ = kb.pack
