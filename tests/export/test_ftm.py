"""FollowTheMoney: the export validated by the followthemoney library; known actors imported
as aliases the resolver matches."""

from __future__ import annotations

import json

import pytest

from shabaka.model import Chain
from shabaka.resolve.resolver import Resolver, alias_key
from shabaka.store import queries

followthemoney = pytest.importorskip("followthemoney")
from followthemoney import model  # noqa: E402
from followthemoney.types import registry  # noqa: E402


def load(path) -> dict[str, dict]:
    return {e["id"]: e for e in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def test_every_exported_entity_is_valid_for_its_schema_and_every_reference_resolves(kb, tmp_path):
    kb.export("ftm", tmp_path / "x.ftm.json")
    entities = load(tmp_path / "x.ftm.json")
    assert entities
    for data in entities.values():
        schema = model.get(data["schema"])
        assert schema is not None and not schema.abstract
        assert schema.validate(data) is None
        proxy = model.get_proxy(data, cleaned=False)
        assert all(proxy.has(prop) for prop in schema.required), data
        for prop, value in proxy.itervalues():
            if prop.type == registry.entity:
                assert value in entities, (data["schema"], prop.name, value)


def test_relations_become_the_fitting_ftm_schemata_with_their_evidence(kb, tmp_path):
    kb.export("ftm", tmp_path / "x.ftm.json")
    entities = load(tmp_path / "x.ftm.json")
    by_name = {e["properties"]["name"][0]: e for e in entities.values() if "name" in e["properties"]}
    amiri, badr = by_name["Hadi al-Amiri (Badr)"], by_name["Badr Organization"]
    assert amiri["schema"] == "Person" and badr["schema"] == "Organization"
    assert by_name["Iran"]["schema"] == "PublicBody" and by_name["Iran"]["properties"]["country"] == ["ir"]
    assert by_name["al-Qaim"]["schema"] == "Address"
    (directorship,) = [e for e in entities.values() if e["schema"] == "Directorship"
                       and e["properties"]["director"] == [amiri["id"]]]
    assert directorship["properties"]["organization"] == [badr["id"]]
    assert "the head of the Badr Organization" in directorship["properties"]["summary"][0]
    (article,) = [entities[p] for p in directorship["properties"]["proof"]]
    assert article["schema"] == "Article" and article["properties"]["title"] == ["Militia leadership roundup"]
    links = [e for e in entities.values() if e["schema"] == "UnknownLink"]
    assert {"backs", "killed", "founded"} <= {e["properties"]["role"][0] for e in links}
    backs = next(e for e in links if e["properties"]["role"] == ["backs"])
    assert len(backs["properties"]["summary"]) == 3  # three sources, three sentences
    events = [e for e in entities.values() if e["schema"] == "Event"]
    assert any("organizer" in e["properties"] or "involved" in e["properties"] for e in events)


def ftm_file(path, *proxies) -> str:
    path.write_text("".join(json.dumps(p.to_dict()) + "\n" for p in proxies), encoding="utf-8")
    return path


def actors():
    person = model.make_entity("Person")
    person.id = "os-testabadi"
    person.add("name", "Wisam Zarqoni al-Testabadi")
    person.add("alias", ["Abu Harith al-Testabadi", "أبو حارث"])
    person.add("weakAlias", "Abu Harith")
    group = model.make_entity("Organization")
    group.id = "os-kh"
    group.add("name", "Kata'ib Hezbollah")
    group.add("alias", "Brigades of the Party of God")
    group.add("topics", "crime.terror")
    company = model.make_entity("Company")
    company.id = "os-zarqoni-trading"
    company.add("name", "Zarqoni Trading Company")
    link = model.make_entity("Ownership")
    link.id = "os-own"
    link.add("owner", person.id)
    link.add("asset", company.id)
    return person, group, company, link


def test_ftm_actors_become_entities_whose_aliases_the_resolver_matches(new_kb, tmp_path):
    kb = new_kb()
    report = kb.import_file(ftm_file(tmp_path / "os.json", *actors()), author="analyst-a")
    assert report.format == "ftm"
    assert (report.entities_created, report.entities_matched, report.skipped) == (2, 1, 1)
    conn = kb.store.conn
    person = queries.find_entity(conn, "Abu Harith al-Testabadi")
    assert person["type"] == "PERSON"
    aliases = dict(conn.execute("SELECT name, key FROM aliases WHERE entity_id = ?", (person["id"],)))
    names = ("Wisam Zarqoni al-Testabadi", "Abu Harith al-Testabadi")
    assert aliases == {n: alias_key(n) for n in names}  # no weakAlias, no Arabic-script name
    chain = Chain(id=0, name="Abu Harith al-Testabadi", type="PERSON", names=["Abu Harith al-Testabadi"])
    assert Resolver(kb.pack).match(conn, chain) == person["id"]
    # the organisation joined the pack's Kata'ib Hezbollah and taught it a name
    assert queries.find_entity(conn, "Brigades of the Party of God")["id"] == "kataib_hezbollah"

    doc = tmp_path / "report.txt"
    doc.write_text("Abu Harith al-Testabadi, a Kata'ib Hezbollah commander, issued a statement.\n")
    assert kb.ingest([doc]).ok
    claims = queries.list_claims(conn, relation="member_of")
    assert [(c["subject_id"], c["object_id"]) for c in claims] == [(person["id"], "kataib_hezbollah")]


def test_importing_the_same_ftm_file_twice_changes_nothing(new_kb, tmp_path):
    kb = new_kb()
    path = ftm_file(tmp_path / "os.json", *actors())
    kb.import_file(path)
    before = [tuple(r) for r in kb.store.conn.execute("SELECT * FROM aliases ORDER BY entity_id, name")]
    again = kb.import_file(path)
    assert (again.entities_created, again.entities_matched, again.aliases, again.judgements) == (0, 0, 0, 0)
    assert again.unchanged == 3
    after = [tuple(r) for r in kb.store.conn.execute("SELECT * FROM aliases ORDER BY entity_id, name")]
    assert after == before


def test_two_ftm_records_with_one_name_stay_two_actors(new_kb, tmp_path):
    kb = new_kb()
    twins = []
    for n in (1, 2):
        proxy = model.make_entity("Person")
        proxy.id = f"twin-{n}"
        proxy.add("name", "Hamid Rasheed al-Twinning")
        twins.append(proxy)
    report = kb.import_file(ftm_file(tmp_path / "twins.json", *twins))
    assert report.entities_created == 2
    ids = {r[0] for r in kb.store.conn.execute(
        "SELECT id FROM entities WHERE name = 'Hamid Rasheed al-Twinning'")}
    assert len(ids) == 2


def test_imported_actors_survive_when_a_replaced_document_orphans_entities(new_kb, tmp_path):
    kb = new_kb()
    kb.import_file(ftm_file(tmp_path / "os.json", *actors()))
    doc = tmp_path / "note.txt"
    doc.write_text("Hadi al-Amiri, the head of the Badr Organization, spoke.\n")
    kb.ingest([doc])
    doc.write_text("Qais al-Khazali, the leader of Asa'ib Ahl al-Haq, spoke.\n")
    assert kb.ingest([doc]).replaced == [str(doc)]
    assert queries.find_entity(kb.store.conn, "Zarqoni Trading Company")["type"] == "ORGANIZATION"
    assert queries.find_entity(kb.store.conn, "Abu Harith al-Testabadi")["type"] == "PERSON"


def test_imported_actors_travel_in_a_jsonl_copy(new_kb, tmp_path):
    kb = new_kb()
    kb.import_file(ftm_file(tmp_path / "os.json", *actors()))
    kb.export("jsonl", tmp_path / "a.jsonl")
    copy = new_kb("copy.db")
    copy.import_file(tmp_path / "a.jsonl")
    assert queries.find_entity(copy.store.conn, "Abu Harith al-Testabadi")
    assert copy.import_file(tmp_path / "os.json").entities_created == 0  # the import judgements came along
