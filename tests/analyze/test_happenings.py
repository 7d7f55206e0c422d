"""Cross-document events: which reports are one happening, and analysts' merge and split."""

from __future__ import annotations

import pytest

from shabaka.analyze.happenings import link_events, merge_events, split_event
from shabaka.analyze.timeline import timeline
from shabaka.errors import NotFound, UsageError
from shabaka.resolve.judgements import undo
from tests.analyze.conftest import E


def happenings(kb) -> dict[str, set[str]]:
    """Cross-document id -> the ids of the documents reporting it."""
    out: dict[str, set[str]] = {}
    for happening, doc in kb.conn.execute("SELECT happening, doc_id FROM events"):
        out.setdefault(happening, set()).add(doc)
    return out


def reports(kb, doc_id: str) -> list[str]:
    return [r[0] for r in kb.conn.execute("SELECT id FROM events WHERE doc_id = ?", (doc_id,))]


def test_three_reports_of_one_strike_are_one_happening_with_a_stable_id(kb):
    kb.entity("usa", "COUNTRY")
    kb.entities("PERSON", "soleimani", "muhandis")
    a = kb.doc(E("killing", "2020-01-03", [("usa", "agent"), ("soleimani", "victim"),
                                          ("muhandis", "victim")]))
    first = happenings(kb)
    b = kb.doc(E("killing", "2020", [("usa", "agent"), ("muhandis", "victim")]))
    c = kb.doc(E("killing", None, [("soleimani", "victim")]))
    assert list(happenings(kb).values()) == [{a, b, c}]
    assert set(happenings(kb)) == set(first)  # the id the first report got is kept
    [entry] = [e for e in timeline(kb.conn) if e["kind"] == "event"]
    assert len(entry["documents"]) == 3 and entry["date"] == "2020-01-03"


def test_different_happenings_stay_apart(kb):
    kb.entity("usa", "COUNTRY")
    kb.entities("PERSON", "hakim", "khoei")
    kb.doc(E("killing", "2003", [("hakim", "victim")], place="najaf"))
    kb.doc(E("killing", "2003", [("khoei", "victim")], place="najaf"))  # same year and city, another man
    kb.doc(E("attack", "2019-12-29", [("usa", "agent"), ("kh", "target")]))
    kb.doc(E("attack", None, [("usa", "agent"), ("kh", "target")]))  # undated: cannot be told apart
    kb.doc(E("attack", "2020-03-12", [("usa", "agent"), ("kh", "target")]))  # another month
    kb.doc(E("arrest", "2019-12-29", [("usa", "agent"), ("kh", "target")]))  # another type
    # two men killed in one year, nothing else in common: that they died together is world
    # knowledge the reports do not state, and these two are no actors of the pack's killed_together
    kb.entities("PERSON", "soleimani", "muhandis")
    kb.doc(E("killing", "2020", [("usa", "agent"), ("muhandis", "victim")]))
    kb.doc(E("killing", "2020", [("soleimani", "victim")]))
    assert all(len(docs) == 1 for docs in happenings(kb).values())
    assert len(happenings(kb)) == 8


def test_reports_of_victims_the_pack_knows_were_killed_together_are_one_happening(kb):
    kb.together = {"qasem_soleimani": "2020-01-03 qasem_soleimani",
                   "abu_mahdi_al_muhandis": "2020-01-03 qasem_soleimani"}
    kb.entity("usa", "COUNTRY")
    kb.entity("soleimani", "PERSON", pack_id="qasem_soleimani")
    kb.entity("muhandis", "PERSON", pack_id="abu_mahdi_al_muhandis")
    kb.entity("hashemi", "PERSON")
    a = kb.doc(E("killing", "2020", [("usa", "agent"), ("muhandis", "victim")]))  # "killed by a US drone"
    b = kb.doc(E("killing", "2020", [("soleimani", "victim")]))  # "Soleimani, who was killed in 2020"
    c = kb.doc(E("killing", None, [("muhandis", "victim")]))
    d = kb.doc(E("killing", "2020", [("hashemi", "victim")]))  # another killing of that year
    e = kb.doc(E("meeting", "2020", [("soleimani", "participant"), ("muhandis", "participant")]))
    assert sorted(map(sorted, happenings(kb).values())) == sorted([sorted([a, b, c]), [d], [e]])


def test_a_split_judgement_takes_a_report_out_outlives_relinking_and_can_be_undone(kb):
    kb.entities("PERSON", "araji")
    a = kb.doc(E("arrest", "2007", [("araji", "victim")], place="camp_bucca"))
    b = kb.doc(E("arrest", "2007", [("araji", "victim")]))  # wrongly linked: analyst knows better
    assert list(happenings(kb).values()) == [{a, b}]
    [report_b] = reports(kb, b)
    with kb.store.write() as conn:
        split_event(conn, report_b, author="analyst", together=kb.together)
    assert sorted(map(sorted, happenings(kb).values())) == sorted([[a], [b]])
    with kb.store.write() as conn:
        link_events(conn, kb.together)  # as the next ingest does
    assert sorted(map(sorted, happenings(kb).values())) == sorted([[a], [b]])
    recorded = kb.conn.execute("SELECT action, author FROM overrides").fetchall()
    assert [tuple(r) for r in recorded] == [("event_split", "analyst")]
    assert len([e for e in timeline(kb.conn) if e["kind"] == "event"]) == 2
    with kb.store.write() as conn:
        undo(conn)
    assert list(happenings(kb).values()) == [{a, b}]


def test_a_merge_judgement_joins_two_reports(kb):
    kb.entities("PERSON", "qaani")
    a = kb.doc(E("meeting", None, [("qaani", "participant")]))  # undated: two meetings fit it
    b = kb.doc(E("meeting", "2021-06", [("qaani", "participant")], place="baghdad"))
    c = kb.doc(E("meeting", "2021-07", [("qaani", "participant")], place="najaf"))
    assert len(happenings(kb)) == 3
    [report_a], [report_b] = reports(kb, a), reports(kb, b)
    with kb.store.write() as conn:
        merge_events(conn, report_a, report_b, author="analyst", together=kb.together)
        link_events(conn, kb.together)
    assert sorted(map(sorted, happenings(kb).values())) == sorted([sorted([a, b]), [c]])
    with kb.store.write() as conn, pytest.raises(UsageError):
        merge_events(conn, report_a, report_b, author="analyst", together=kb.together)
    with kb.store.write() as conn, pytest.raises(NotFound):
        split_event(conn, "no-such-event", author="analyst", together=kb.together)


def test_an_undated_report_joins_the_one_happening_that_fits_it(kb):
    kb.entity("usa", "COUNTRY")
    kb.entities("PERSON", "maliki", "araji", "qaani")
    a = kb.doc(E("appointment", "2006-05", [("maliki", "participant")]))
    b = kb.doc(E("appointment", None, [("maliki", "participant")]))  # "Maliki was selected as prime minister"
    c = kb.doc(E("arrest", "2003", [("usa", "agent"), ("araji", "victim")]))
    d = kb.doc(E("arrest", "2007", [("araji", "victim")], place="camp_bucca"))
    e = kb.doc(E("arrest", None, [("araji", "victim")]))  # which of his two arrests? it cannot say
    f = kb.doc(E("meeting", None, [("qaani", "participant")]))
    g = kb.doc(E("appointment", "2020-01", [("qaani", "participant")]))  # another family: no link
    found = sorted(map(sorted, happenings(kb).values()))
    assert found == sorted([sorted([a, b]), [c], [d], [e], [f], [g]])


def test_an_undated_report_naming_another_side_stays_alone(kb):
    kb.entities("COUNTRY", "usa", "iran")
    kb.doc(E("attack", "2019-12-29", [("usa", "agent"), ("kh", "target")], place="al_qaim"))
    kb.doc(E("attack", None, [("iran", "agent"), ("kh", "target")], place="al_qaim"))  # another attacker
    kb.doc(E("attack", None, [("kh", "target")]))  # one shared group and nothing else: too little
    assert all(len(docs) == 1 for docs in happenings(kb).values()) and len(happenings(kb)) == 3
    linked = kb.doc(E("attack", None, [("usa", "agent"), ("kh", "target")], place="al_qaim"))
    assert any(linked in docs and len(docs) == 2 for docs in happenings(kb).values())


def test_a_protest_that_turned_violent_meets_reports_of_the_protest_and_of_the_attack(kb):
    kb.entities("PLACE", "embassy")
    stormed = kb.doc(E("attack", "2019-12-31", [("embassy", "target")], place="embassy", also=["protest"]))
    protest = kb.doc(E("protest", "2019-12-31", [], place="embassy"))
    attack = kb.doc(E("attack", "2019-12-31", [("embassy", "target")], place="embassy"))
    other = kb.doc(E("protest", "2019-12-31", [], place="tahrir"))  # another square's protest
    found = sorted(map(sorted, happenings(kb).values()))
    assert found == sorted([sorted([stormed, protest, attack]), [other]])
