"""The profile's "Leadership over time": who led an organisation, in the order of the dates the
sources state, each leader once with every source behind it."""

from __future__ import annotations

from shabaka.serve.present import leadership
from shabaka.store import web
from tests.analyze.conftest import C


def test_leaders_in_date_order_with_their_sources_and_roles(kb):
    kb.entities("ARMED_GROUP", "brigade")
    kb.entities("PERSON", "first_chief", "second_chief", "founder")
    kb.doc(C("first_chief", "leads", "brigade", start="2014", end="2017-06", role="commander"),
           published="2018-01-01", outlet="Wire")
    kb.doc(C("first_chief", "leads", "brigade", start="2014", end="2017-06", role="secretary-general"),
           C("second_chief", "leads", "brigade", start="2017-06"),
           C("second_chief", "succeeded", "first_chief", start="2017-06"),
           published="2019-03-01", outlet="Daily")
    kb.doc(C("founder", "leads", "brigade"), published="2012-05-01", outlet="Weekly")

    entries = leadership("brigade", web.entity_claims(kb.conn, "brigade"))
    assert [(e["entity"]["id"], e["label"], e["start"], e["end"]) for e in entries] == [
        ("first_chief", "Led by", "2014", "2017-06"),
        ("second_chief", "Led by", "2017-06", None),
        ("founder", "Led by", None, None),  # undated: last, with its first report
    ]
    first = entries[0]
    assert first["roles"] == ["commander", "secretary-general"]
    assert sorted(s["published"] for s in first["sources"]) == ["2018-01-01", "2019-03-01"]
    assert entries[2]["reported"] == "2012-05-01"

    seen_from_successor = leadership("second_chief", web.entity_claims(kb.conn, "second_chief"))
    assert [(e["label"], e["entity"]["id"]) for e in seen_from_successor] == [
        ("Leads", "brigade"), ("Succeeded", "first_chief")]
