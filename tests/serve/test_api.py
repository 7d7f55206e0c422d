"""The JSON API: every endpoint, its answers, and how it refuses bad parameters."""

from __future__ import annotations

import pytest

from shabaka.store.fts import SNIPPET_CLOSE, SNIPPET_OPEN

KH = "kataib_hezbollah"
CHANGE = {"X-Shabaka-Request": "1"}

# Every GET endpoint with a typical request; test_every_api_route_is_tested keeps this complete.
GET_REQUESTS = [
    "/api/session",
    "/api/ontology",
    "/api/stats",
    "/api/search?q=Kataib",
    "/api/entities?limit=5",
    f"/api/entities/{KH}",
    f"/api/claims?entity={KH}",
    "/api/documents?limit=3",
    "/api/graph",
    f"/api/graph/edge?source=iran&target={KH}&relation=backs",
    f"/api/graph.gexf?focus={KH}&hops=1",
    f"/api/paths?source=qasem_soleimani&target={KH}",
    f"/api/whatif?remove=qasem_soleimani&anchor={KH}",
    f"/api/timeline?entity={KH}",
    "/api/judgements",
    "/api/judgements/candidates",
    "/api/openapi.json",
]
POST_ROUTES = ["/api/judgements/merge", "/api/judgements/split", "/api/judgements/rename",
               "/api/judgements/retype", "/api/judgements/distinct", "/api/judgements/undo",
               "/api/judgements/accept", "/api/judgements/reject"]


def _doc_id(client, title_part: str) -> str:
    docs = client.get("/api/documents", params={"limit": 100}).json()["items"]
    return next(d["id"] for d in docs if title_part in (d["title"] or ""))


def _template(url: str) -> str:
    return url.split("?")[0].replace(KH, "{ref}")


def test_every_api_route_is_tested(app):
    """A new endpoint must be added to GET_REQUESTS or POST_ROUTES, and so be tested."""
    tested = {_template(u) for u in GET_REQUESTS} | set(POST_ROUTES) | {"/api/documents/{ref}", "/api/docs"}
    routes = {r.path for r in app.routes if getattr(r, "path", "").startswith("/api")}
    assert routes <= tested, routes - tested


@pytest.mark.parametrize("url", GET_REQUESTS)
def test_every_get_endpoint_answers_json(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.text
    if url.startswith("/api/graph.gexf"):
        assert response.headers["content-type"].startswith("application/gexf+xml")
        return
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()


def test_search_finds_entities_with_type_facets_and_marked_snippets(client):
    found = client.get("/api/search", params={"q": "Kataib"}).json()
    names = [e["name"] for e in found["entities"]["items"]]
    assert names[0] == "Kata'ib Hezbollah"
    assert found["entities"]["facets"]["ARMED_GROUP"] >= 1
    assert found["entities"]["total"] == sum(found["entities"]["facets"].values())
    docs = found["documents"]["items"]
    assert docs and all(isinstance(d["snippet"], list) for d in docs)
    hits = [part["text"] for d in docs for part in d["snippet"] if part["hit"]]
    assert hits and all(h.lower().startswith("kataib") for h in hits)
    assert not any(SNIPPET_OPEN in part["text"] or SNIPPET_CLOSE in part["text"]
                   for d in docs for part in d["snippet"])


def test_search_type_facet_filters_entities(client):
    people = client.get("/api/search", params={"q": "al", "type": "PERSON", "limit": 50}).json()
    assert people["entities"]["items"]
    assert {e["type"] for e in people["entities"]["items"]} == {"PERSON"}
    assert people["entities"]["total"] == people["entities"]["facets"]["PERSON"]


def test_search_matches_spelling_variants(client):
    found = client.get("/api/search", params={"q": "Kataib Hizballah"}).json()
    assert found["entities"]["items"][0]["id"] == KH


@pytest.mark.parametrize("q", [
    "'; DROP TABLE documents; --", '" OR 1=1 --', "NEAR(a b)", "*", "%", "_", "\\", "a\x00b",
    "title:kataib", "kataib AND NOT", "<script>alert(1)</script>", "((((", "^", "\u202eevil",
])
def test_search_injection_attempts_are_plain_text(client, q):
    before = client.get("/api/stats").json()
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["query"] == q
    if q in ("%", "_", "\\"):
        assert body["entities"]["items"] == []  # a wildcard matches itself, not every name
    assert client.get("/api/stats").json() == before


def test_profile_groups_relationships_with_evidence_and_sources(client):
    profile = client.get(f"/api/entities/{KH}").json()
    assert profile["entity"]["type"] == "ARMED_GROUP"
    assert {"KH", "Hezbollah Brigades"} <= set(profile["aliases"])
    labels = {g["label"] for g in profile["relationships"]}
    assert {"Backed by", "Enemies"} <= labels
    backed = next(g for g in profile["relationships"] if g["label"] == "Backed by")
    iran = next(i for i in backed["items"] if i["entity"]["id"] == "iran")
    claim = iran["claims"][0]
    assert claim["evidence"] and claim["document"]["title"] and "published" in claim["document"]
    assert iran["documents"] >= 1 and iran["outlets"] >= 1
    assert profile["events"] and profile["documents"]["total"] >= 8
    assert profile["counts"]["mentions"] > 0


def test_claims_say_which_pronoun_stood_for_which_actor(client):
    """A claim reached through "he" or "the group" names the words and the actor they were read as."""
    read = []
    for doc in client.get("/api/documents", params={"limit": 100}).json()["items"]:
        for claim in client.get(f"/api/documents/{doc['id']}").json()["claims"]:
            read += [(c, claim) for c in claim["coreference"]]
    assert read, "the example corpus states relations through pronouns; none was recorded"
    for c, claim in read:
        assert c["text"].lower() in claim["evidence"].lower()
        assert c["refers_to"] in {claim["subject"]["name"], claim["object"]["name"]}


def test_profile_by_name_and_claims_paging(client):
    by_name = client.get("/api/entities/Kataib Hizballah").json()
    assert by_name["entity"]["id"] == KH
    page = client.get("/api/claims", params={"entity": KH, "limit": 2}).json()
    assert len(page["items"]) == 2 and page["total"] > 2
    between = client.get("/api/claims", params={"entity": KH, "other": "iran", "relation": "backs"}).json()
    assert between["items"] and all(c["relation"] == "backs" for c in between["items"])


def test_confidential_material_is_flagged(client):
    note = _doc_id(client, "Interview note")
    doc = client.get(f"/api/documents/{note}").json()
    assert doc["document"]["confidential"] is True
    assert doc["claims"] and all(c["document"]["confidential"] for c in doc["claims"])
    profile = client.get(f"/api/entities/{KH}").json()
    flagged = [c for g in profile["relationships"] + profile["suggested"] for i in g["items"]
               for c in i["claims"] if c["document"]["id"] == note]
    assert flagged and all(c["document"]["confidential"] for c in flagged)
    assert any(d["confidential"] for d in profile["documents"]["items"])
    full = client.get("/api/graph").json()
    redacted = client.get("/api/graph", params={"redact": "true"}).json()
    assert any(e["confidential"] for e in full["edges"])
    assert not any(e["confidential"] for e in redacted["edges"])


def test_document_segments_rebuild_the_text_and_link_mentions(client):
    doc_id = _doc_id(client, "Drone Strike in Baghdad")
    doc = client.get(f"/api/documents/{doc_id}").json()
    text = "".join(s["text"] for s in doc["segments"])
    assert len(text) == doc["document"]["chars"]
    linked = [s for s in doc["segments"] if s.get("mention") and s["mention"]["entity"]]
    assert any(s["mention"]["entity"]["id"] == KH for s in linked)
    assert doc["claims"] and doc["events"]
    assert client.get(f"/api/documents/{doc_id[:8]}").json()["document"]["id"] == doc_id


def test_graph_date_filter_drops_edges(client):
    everything = client.get("/api/graph").json()
    early = client.get("/api/graph", params={"as_of": "2008"}).json()
    assert len(early["edges"]) < len(everything["edges"])
    assert everything["date_span"]["first"] < everything["date_span"]["last"]
    ranged = client.get("/api/graph", params={"from": "2019", "to": "2020"}).json()
    assert 0 < len(ranged["edges"]) < len(everything["edges"])


def test_graph_filters_by_relation_type_sources_and_focus(client):
    backs = client.get("/api/graph", params={"relation": "backs"}).json()
    assert backs["edges"] and {e["relation"] for e in backs["edges"]} == {"backs"}
    both = client.get("/api/graph", params=[("relation", "backs"), ("relation", "hostile_to")]).json()
    assert {e["relation"] for e in both["edges"]} == {"backs", "hostile_to"}
    people = client.get("/api/graph", params={"type": "PERSON,ARMED_GROUP"}).json()
    assert {n["type"] for n in people["nodes"]} <= {"PERSON", "ARMED_GROUP"}
    strong = client.get("/api/graph", params={"min_sources": 2}).json()
    assert strong["edges"] and all(e["documents"] >= 2 for e in strong["edges"])
    assert len(strong["edges"]) < len(client.get("/api/graph").json()["edges"])
    one = client.get("/api/graph", params={"focus": KH, "hops": 1}).json()
    two = client.get("/api/graph", params={"focus": "Kata'ib Hezbollah", "hops": 2}).json()
    assert one["focus"]["id"] == KH
    assert {n["id"] for n in one["nodes"]} < {n["id"] for n in two["nodes"]}
    ends = [(e["source"], e["target"]) for e in one["edges"]]
    adjacent = {n for pair in ends if KH in pair for n in pair}
    assert {n["id"] for n in one["nodes"]} == adjacent


def test_graph_gexf_is_the_filtered_view_and_can_be_redacted(client):
    import io

    import networkx

    view = client.get("/api/graph", params={"focus": KH, "hops": 1}).json()
    response = client.get("/api/graph.gexf", params={"focus": KH, "hops": 1})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    graph = networkx.read_gexf(io.BytesIO(response.content))
    assert set(graph.nodes) == {n["id"] for n in view["nodes"]}
    assert graph.number_of_edges() == len(view["edges"])
    redacted = client.get("/api/graph.gexf", params={"redact": "true"}).text
    assert "Interview note" not in redacted and "Interview note" in client.get("/api/graph.gexf").text
    assert client.get("/api/graph.gexf", params={"as_of": "20x9"}).status_code == 400


def test_graph_edge_lists_the_claims_behind_it(client):
    found = client.get("/api/graph/edge", params={"source": "iran", "target": KH, "relation": "backs"}).json()
    assert found["total"] == len(found["claims"]) >= 1
    assert all(c["relation"] == "backs" for c in found["claims"])
    assert "valid_from" in found["claims"][0]
    missing = client.get("/api/graph/edge", params={"source": "iran", "target": KH, "relation": "killed"})
    assert missing.status_code == 404


def test_whatif_reports_fragmentation_and_cut_off_actors(client):
    removed = [("remove", "qasem_soleimani"), ("remove", "abu_mahdi_al_muhandis")]
    result = client.get("/api/whatif", params=[*removed, ("anchor", KH)]).json()
    assert [r["id"] for r in result["removed"]] == ["qasem_soleimani", "abu_mahdi_al_muhandis"]
    for side in ("before", "after"):
        assert set(result[side]) >= {"components", "largest_share", "distance_fragmentation",
                                     "average_path_length"}
    assert result["after"]["distance_fragmentation"] >= result["before"]["distance_fragmentation"]
    assert isinstance(result["cut_from_anchor"], list)
    assert result["brokers_before"]


def test_paths_hop_through_edges(client):
    found = client.get("/api/paths", params={"source": "qasem_soleimani", "target": KH}).json()
    assert found["paths"]
    first = found["paths"][0]
    assert {first[0]["source"], first[0]["target"]} & {"qasem_soleimani"}


def test_timeline_filters_by_entity_and_dates(client):
    whole = client.get("/api/timeline").json()
    kh = client.get("/api/timeline", params={"entity": KH}).json()
    assert 0 < kh["total"] < whole["total"]
    assert kh["entries"] and all(any(a["id"] == KH for a in e["actors"]) for e in kh["entries"])
    dated = client.get("/api/timeline", params={"from": "2019-12", "to": "2020-01"}).json()
    assert dated["entries"] and all("2019" <= e["date"][:4] <= "2020" for e in dated["entries"])
    events = client.get("/api/timeline", params={"kind": "event", "limit": 5}).json()
    assert len(events["entries"]) == 5 and {e["kind"] for e in events["entries"]} == {"event"}


@pytest.mark.parametrize("url", [
    "/api/entities/no_such_entity_anywhere",
    "/api/entities/%25",
    "/api/entities/!!!",
    "/api/claims?entity=no_such_entity_anywhere",
    "/api/graph?focus=no_such_entity_anywhere",
    "/api/timeline?entity=no_such_entity_anywhere",
    "/api/whatif?remove=no_such_entity_anywhere",
    "/api/documents/ffffffffffffffff",
    "/api/nothing/here",
])
def test_unknown_things_are_404_with_a_message(client, url):
    response = client.get(url)
    assert response.status_code == 404
    body = response.json()
    assert body["status"] == 404 and body["message"]


@pytest.mark.parametrize("url", [
    "/api/graph?as_of=2019-13",
    "/api/graph?as_of=yesterday",
    "/api/graph?as_of=2019-02-30",
    "/api/graph?from=2021&to=2019",
    "/api/graph?as_of=2019&from=2018",
    "/api/timeline?from=20190101",
    "/api/search?q=x&limit=1000000000",
    "/api/search?q=x&limit=0",
    "/api/search?q=x&offset=-1",
    "/api/search?q=",
    "/api/search",
    "/api/search?q=" + "x" * 501,
    "/api/search?q=x&type=WIZARD",
    "/api/entities?limit=99999",
    "/api/graph?hops=99",
    "/api/graph?min_sources=0",
    "/api/graph?relation=invented",
    "/api/graph?type=WIZARD",
    "/api/claims?entity=iran&relation=invented",
    "/api/timeline?kind=rumour",
    "/api/whatif?remove=",
    "/api/whatif",
    "/api/judgements/candidates?limit=100000",
])
def test_bad_parameters_are_400_with_a_clear_message(client, url):
    response = client.get(url)
    assert response.status_code == 400, response.text
    body = response.json()
    assert body["error"] == "UsageError" and body["message"]
    assert "Traceback" not in response.text


def test_whatif_refuses_too_many_actors(client):
    response = client.get("/api/whatif", params=[("remove", f"x{i}") for i in range(60)])
    assert response.status_code == 400
    assert "at most" in response.json()["message"]


@pytest.fixture(scope="module")
def module_db(module_db_on_both):
    """The API is answered the same from SQLite and from PostgreSQL."""
    return module_db_on_both


def test_an_unexpected_error_is_a_json_500_without_a_trace(module_db, monkeypatch):
    from shabaka.serve import api, create_app
    from tests.serve.conftest import client_for, settings_for

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(api.queries, "stats", broken)
    with client_for(create_app(settings_for(module_db)), raise_server_exceptions=False) as c:
        response = c.get("/api/stats")
    assert response.status_code == 500
    assert response.json()["error"] == "InternalError"
    assert "secret internal detail" not in response.text and "Traceback" not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"


def test_judgements_rename_retype_and_undo(client):
    renamed = client.post("/api/judgements/rename", json={"entity": "hadi_al_amiri", "name": "Hadi al-Ameri"},
                          headers={"X-Shabaka-Request": "1"})
    assert renamed.status_code == 200, renamed.text
    assert client.get("/api/entities/hadi_al_amiri").json()["entity"]["name"] == "Hadi al-Ameri"
    retyped = client.post("/api/judgements/retype", json={"entity": "hadi_al_amiri", "type": "ORGANIZATION"},
                          headers={"X-Shabaka-Request": "1"})
    assert retyped.status_code == 200
    bad = client.post("/api/judgements/retype", json={"entity": "hadi_al_amiri", "type": "WIZARD"},
                      headers={"X-Shabaka-Request": "1"})
    assert bad.status_code == 400 and "unknown type" in bad.json()["message"]
    listed = client.get("/api/judgements").json()["items"]
    assert listed[0]["action"] == "retype" and listed[0]["entities"]["entity"]["id"] == "hadi_al_amiri"
    for jid in (retyped.json()["judgement"], renamed.json()["judgement"]):
        undone = client.post("/api/judgements/undo", json={"judgement": jid}, headers=CHANGE)
        assert undone.status_code == 200
    restored = client.get("/api/entities/hadi_al_amiri").json()["entity"]
    assert (restored["name"], restored["type"]) == ("Hadi al-Amiri", "PERSON")


def test_judgements_merge_moves_claims_and_undo_restores_them(client):
    headers = {"X-Shabaka-Request": "1"}
    before = client.get("/api/entities/badr_organization").json()["counts"]
    target_before = client.get("/api/entities/hadi_al_amiri").json()["counts"]
    merge = {"source": "badr_organization", "target": "hadi_al_amiri"}
    refused = client.post("/api/judgements/merge", json=merge, headers=headers)
    assert refused.status_code == 409 and "--force" in refused.json()["message"]
    merged = client.post("/api/judgements/merge", json=merge | {"force": True}, headers=headers)
    assert merged.status_code == 200, merged.text
    assert client.get("/api/entities/badr_organization").json()["counts"]["mentions"] == 0
    assert client.get("/api/entities/hadi_al_amiri").json()["counts"]["mentions"] > target_before["mentions"]
    graph_after = client.get("/api/graph").json()
    # the graph cache saw the change
    assert "badr_organization" not in {n["id"] for n in graph_after["nodes"]}
    again = client.post("/api/judgements/merge", json={"source": "hadi_al_amiri", "target": "hadi_al_amiri"},
                        headers=headers)
    assert again.status_code == 400
    client.post("/api/judgements/undo", json={}, headers=headers)
    assert client.get("/api/entities/badr_organization").json()["counts"] == before
    assert "badr_organization" in {n["id"] for n in client.get("/api/graph").json()["nodes"]}


def test_judgements_split_and_distinct(client):
    headers = {"X-Shabaka-Request": "1"}
    split = client.post("/api/judgements/split", json={"entity": KH, "names": ["Kataib Hizballah"]},
                        headers=headers)
    assert split.status_code == 200, split.text
    new_id = split.json()["entity"]["id"]
    assert client.get(f"/api/entities/{new_id}").json()["counts"]["mentions"] > 0
    client.post("/api/judgements/undo", json={"judgement": split.json()["judgement"]}, headers=headers)
    assert client.get(f"/api/entities/{new_id}").json()["counts"]["mentions"] == 0
    nothing = client.post("/api/judgements/split", json={"entity": KH, "names": ["Nobody Here"]},
                          headers=headers)
    assert nothing.status_code == 400
    distinct = client.post("/api/judgements/distinct", json={"a": "iraq", "b": "iran"}, headers=headers)
    assert distinct.status_code == 200
    refused = client.post("/api/judgements/merge", json={"source": "iraq", "target": "iran"}, headers=headers)
    assert refused.status_code == 400 and "judged different" in refused.json()["message"]
    client.post("/api/judgements/undo", json={"judgement": distinct.json()["judgement"]}, headers=headers)


@pytest.mark.parametrize(("route", "body"), [
    ("/api/judgements/merge", {"source": "iran"}),
    ("/api/judgements/merge", {"source": "", "target": "iran"}),
    ("/api/judgements/split", {"entity": "iran", "names": []}),
    ("/api/judgements/rename", {"entity": "iran", "name": "   "}),
    ("/api/judgements/rename", {"entity": "iran", "name": "x" * 501}),
    ("/api/judgements/retype", {"entity": "iran"}),
    ("/api/judgements/undo", {"judgement": -1}),
    ("/api/judgements/undo", {"judgement": "latest"}),
])
def test_bad_judgement_bodies_are_400(client, route, body):
    response = client.post(route, json=body, headers={"X-Shabaka-Request": "1"})
    assert response.status_code == 400, response.text
    assert response.json()["message"]


def test_undo_of_unknown_judgement_is_404(client):
    response = client.post("/api/judgements/undo", json={"judgement": 99999}, headers=CHANGE)
    assert response.status_code == 404


def test_candidates_propose_pairs(module_db, tmp_path, request):
    """A report naming a person without the family name: the pair is proposed, with reasons."""
    from shabaka.kb import KnowledgeBase
    from shabaka.serve import create_app
    from tests.conftest import copy_db
    from tests.serve.conftest import client_for, settings_for

    if isinstance(module_db, str):  # PostgreSQL: a copy of the template nobody is connected to
        db = request.getfixturevalue("pg_server").copy(request.getfixturevalue("serve_pg"))
    else:
        db = copy_db(module_db, tmp_path / "kb.db")
    note = tmp_path / "note.txt"
    note.write_text("Muhammad Shia met officials in Baghdad on Monday.\n", encoding="utf-8")
    with KnowledgeBase(settings_for(db)) as kb:
        assert kb.ingest([note]).ok
    with client_for(create_app(settings_for(db))) as c:
        items = c.get("/api/judgements/candidates", params={"limit": 5}).json()["items"]
    assert 1 <= len(items) <= 5
    assert all({"a", "b", "score", "reason"} <= set(c) for c in items)
    assert {"Muhammad Shia", "Mohammed Shia al-Sudani"} in [{c["a_name"], c["b_name"]} for c in items], items


def test_openapi_describes_every_endpoint(client):
    spec = client.get("/api/openapi.json").json()
    for url in GET_REQUESTS[:-1]:
        assert _template(url) in spec["paths"], url
    for route in POST_ROUTES:
        assert "post" in spec["paths"][route]


@pytest.mark.parametrize(("route", "body"), [
    ("/api/judgements/merge", {"source": "ezbolla", "target": "iran"}),
    ("/api/judgements/merge", {"source": "iran", "target": "a"}),
    ("/api/judgements/split", {"entity": "ezbolla", "names": ["Kataib Hizballah"]}),
    ("/api/judgements/rename", {"entity": "a", "name": "Something"}),
    ("/api/judgements/retype", {"entity": "ezbolla", "type": "PLACE"}),
    ("/api/judgements/distinct", {"a": "iraq", "b": "ezbolla"}),
])
def test_changes_by_an_inexact_name_are_409_with_candidates(client, route, body):
    before = client.get("/api/judgements").json()
    refused = client.post(route, json=body, headers=CHANGE)
    assert refused.status_code == 409, refused.text
    message = refused.json()["message"]
    assert "no entity is named exactly" in message and "(" in message  # candidates listed with ids
    assert client.get("/api/judgements").json() == before


def test_a_costly_search_is_a_clear_400(client):
    refused = client.get("/api/search", params={"q": " ".join(["a*"] * 166)})
    assert refused.status_code == 400
    assert "too short to search for" in refused.json()["message"]


def _profile_claims(client, ref: str) -> dict[str, str]:
    """Claim id -> "relationships" or "suggested": where a profile shows each claim."""
    profile = client.get(f"/api/entities/{ref}").json()
    return {c["id"]: key for key in ("relationships", "suggested")
            for g in profile[key] for i in g["items"] for c in i["claims"]}


def _edges(client, **params) -> set[tuple[str, str, str]]:
    found = client.get("/api/graph", params=params).json()["edges"]
    return {(e["source"], e["target"], e["relation"]) for e in found}


def test_claim_judgements_reject_accept_and_undo(client):
    claim_id = next(cid for cid, where in _profile_claims(client, KH).items() if where == "relationships")
    claim = next(c for c in client.get("/api/claims", params={"entity": KH, "limit": 500}).json()["items"]
                 if c["id"] == claim_id)
    key = (claim["subject"]["id"], claim["object"]["id"], claim["relation"])
    rejected = client.post("/api/judgements/reject", json={"claim": claim_id[:12]}, headers=CHANGE)
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["claim"] == claim_id
    assert claim_id not in _profile_claims(client, KH)
    behind = client.get("/api/graph/edge", params={"source": key[0], "target": key[1], "relation": key[2]})
    assert behind.status_code == 404 or claim_id not in {c["id"] for c in behind.json()["claims"]}
    listed = client.get("/api/judgements").json()["items"][0]
    assert (listed["action"], listed["author"]) == ("reject_claim", "tester")
    assert listed["payload"]["claim"] == claim_id
    undone = client.post("/api/judgements/undo", json={"judgement": rejected.json()["judgement"]},
                         headers=CHANGE)
    assert undone.status_code == 200
    assert _profile_claims(client, KH)[claim_id] == "relationships"
    # at a threshold no claim reaches, only accepted claims make edges
    assert len(_edges(client, min_confidence=0)) >= len(_edges(client)) > 0
    strict = _edges(client, min_confidence=1)
    accepted = client.post("/api/judgements/accept", json={"claim": claim_id}, headers=CHANGE)
    assert accepted.status_code == 200
    assert _edges(client, min_confidence=1) - strict <= {key} and key in _edges(client, min_confidence=1)
    client.post("/api/judgements/undo", json={"judgement": accepted.json()["judgement"]}, headers=CHANGE)
    for bad, status in (({"claim": "ffffffffffff"}, 404), ({"claim": "<script>"}, 400), ({}, 400)):
        assert client.post("/api/judgements/reject", json=bad, headers=CHANGE).status_code == status
