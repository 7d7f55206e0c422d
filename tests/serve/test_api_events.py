"""The analyst's overrule of how reports were joined into happenings, through the JSON API:
split a report off, merge it back, detach one sentence; each a judgement with its author,
undoable, and kept when the knowledge base is ingested into again."""

from __future__ import annotations

import pytest

from tests.conftest import write_corpus
from tests.serve.conftest import client_for, settings_for

CHANGE = {"X-Shabaka-Request": "1"}

# one killing three documents report, and an arrest one document reports in two sentences
REPORTS = {
    "wire.txt": "Title: Strike at the airport\nPublished: 2020-01-04\n\n"
                "A U.S. drone strike killed Qasem Soleimani at Baghdad International Airport "
                "on January 3, 2020.\n",
    "review.txt": "Title: A year on\nPublished: 2021-01-05\n\n"
                  "Qasem Soleimani was killed by a U.S. drone strike in January 2020.\n",
    "profile.txt": "Title: The general\nPublished: 2022-06-01\n\n"
                   "Qasem Soleimani led the Quds Force for two decades. "
                   "He was killed in a U.S. strike in 2020.\n",
    "arrest.txt": "Title: Baghdad notes\nPublished: 2021-08-01\n\n"
                  "Iraqi police arrested Ahmed al-Kinani in Baghdad in July 2021. "
                  "The arrest of Ahmed al-Kinani was announced by Mustafa al-Kadhimi.\n",
}


@pytest.fixture(scope="module")
def module_db(tmp_path_factory):
    """The reports above, ingested for real."""
    from shabaka.kb import KnowledgeBase

    folder = tmp_path_factory.mktemp("events-api")
    write_corpus(folder / "corpus", REPORTS)
    settings = settings_for(folder / "kb.db")
    with KnowledgeBase(settings) as kb:
        assert kb.ingest([folder / "corpus"]).ok
    return settings.db


@pytest.fixture(scope="module")
def client(module_db):
    from shabaka.serve import create_app

    with client_for(create_app(settings_for(module_db))) as c:
        yield c


def entries(client, entity: str, type_: str) -> list[dict]:
    found = client.get("/api/timeline", params={"entity": entity, "kind": "event"}).json()["entries"]
    return [e for e in found if type_ in e["types"]]


def post(client, route: str, body: dict) -> dict:
    response = client.post(f"/api/judgements/{route}", json=body, headers=CHANGE)
    assert response.status_code == 200, response.text
    return response.json()


def test_split_a_report_off_its_happening_merge_it_back_and_undo_both(client):
    [killing] = entries(client, "qasem_soleimani", "killing")
    assert killing["documents_total"] == 3
    review = next(ev for ev in killing["evidence"] if ev["doc_title"] == "A year on")

    split = post(client, "event-split", {"report": review["event"]})
    rows = entries(client, "qasem_soleimani", "killing")
    assert sorted(r["documents_total"] for r in rows) == [1, 2]
    alone = next(r for r in rows if r["documents_total"] == 1)
    assert alone["evidence"][0]["doc_title"] == "A year on"
    judged = client.get("/api/judgements").json()["items"][0]
    assert (judged["id"], judged["action"], judged["author"], judged["active"]) == (
        split["judgement"], "event_split", "tester", True)
    assert judged["created_at"]

    other = next(r for r in rows if r["documents_total"] == 2)
    merged = post(client, "event-merge", {"report": review["event"], "into": other["id"]})
    [back] = entries(client, "qasem_soleimani", "killing")
    assert back["documents_total"] == 3

    for jid in (merged["judgement"], split["judgement"]):
        post(client, "undo", {"judgement": jid})
    [killing] = entries(client, "qasem_soleimani", "killing")
    assert killing["documents_total"] == 3
    assert not any(j["active"] for j in client.get("/api/judgements").json()["items"])


def test_detach_one_sentence_of_a_report_and_undo(client):
    [arrest] = entries(client, "Ahmed al-Kinani", "arrest")
    assert [ev["sentence"] for ev in arrest["evidence"]] == [1, 2]
    second = arrest["evidence"][1]
    assert second["sentences"] == 2 and "announced" in second["text"]

    done = post(client, "event-detach", {"report": second["event"], "sentence": 2})
    rows = entries(client, "Ahmed al-Kinani", "arrest")
    assert len(rows) == 2
    apart = next(r for r in rows if r["evidence"][0]["event"] == done["event"])
    assert [ev["text"] for ev in apart["evidence"]] == [second["text"]]
    assert "Ahmed al-Kinani" in {a["name"] for a in apart["actors"]}  # the actors its sentence names

    post(client, "undo", {"judgement": done["judgement"]})
    [arrest] = entries(client, "Ahmed al-Kinani", "arrest")
    assert len(arrest["evidence"]) == 2


def test_a_split_holds_when_more_documents_are_ingested(client, module_db, tmp_path):
    from shabaka.kb import KnowledgeBase

    [killing] = entries(client, "qasem_soleimani", "killing")
    wire = next(ev for ev in killing["evidence"] if ev["doc_title"] == "Strike at the airport")
    split = post(client, "event-split", {"report": wire["event"]})
    write_corpus(tmp_path, {"later.txt": "Title: Later\nPublished: 2023-01-03\n\n"
                                         "Qasem Soleimani was killed in a U.S. strike on January 3, 2020.\n"})
    with KnowledgeBase(settings_for(module_db)) as kb:
        assert kb.ingest([tmp_path]).ok
    rows = entries(client, "qasem_soleimani", "killing")
    alone = [r for r in rows if [ev["doc_title"] for ev in r["evidence"]] == ["Strike at the airport"]]
    assert len(alone) == 1 and sum(r["documents_total"] for r in rows) == 4
    post(client, "undo", {"judgement": split["judgement"]})
    [killing] = entries(client, "qasem_soleimani", "killing")
    assert killing["documents_total"] == 4


@pytest.mark.parametrize(("route", "body", "status", "says"), [
    ("event-split", {"report": "0123456789abcdef0123"}, 404, "no event"),
    ("event-merge", {"report": "0123456789abcdef0123", "into": "fedcba9876543210fedc"}, 404, "no event"),
    ("event-detach", {"report": "0123456789abcdef0123", "sentence": 1}, 404, "no event"),
    ("event-detach", {"report": "x'; DROP TABLE events; --", "sentence": 1}, 400, ""),
    ("event-detach", {"report": "0123456789abcdef0123", "sentence": 0}, 400, ""),
])
def test_bad_event_judgements_say_what_is_wrong(client, route, body, status, says):
    response = client.post(f"/api/judgements/{route}", json=body, headers=CHANGE)
    assert response.status_code == status, response.text
    assert says in response.json()["message"]


def test_a_sentence_a_report_does_not_have_is_refused(client):
    [arrest] = entries(client, "Ahmed al-Kinani", "arrest")
    response = client.post("/api/judgements/event-detach", json={"report": arrest["evidence"][0]["event"],
                                                                 "sentence": 3}, headers=CHANGE)
    assert response.status_code == 400 and "sentences 1 to 2" in response.json()["message"]
