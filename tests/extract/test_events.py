"""Events on short texts written for the test: type, date, place, actors, counts."""

import pytest


def events_of(analyse, text, published=None):
    ex, _, _ = analyse(text, published)
    out = []
    for e in ex.events:
        actors = {(ex.chains[a.chain].key or ex.chains[a.chain].name, a.role) for a in e.actors}
        place = ex.chains[e.place].key if e.place is not None else None
        out.append((e, actors, place))
    return out


def test_a_strike_with_casualties_date_and_place(analyse):
    text = ("On December 29, 2019, U.S. strikes hit Kata'ib Hezbollah sites in al-Qaim, "
            "killing 25 KH members and wounding over 50.")
    found = events_of(analyse, text)
    attack = next(e for e, _, _ in found if e.type == "attack")
    assert attack.date == "2019-12-29"
    assert attack.fatalities == 25 and attack.wounded == 50
    assert any(place == "al_qaim" for e, _, place in found if e.type == "attack")


def test_a_killing_names_agent_and_victim(analyse):
    text = "A U.S. drone strike killed Qasem Soleimani at Baghdad International Airport in January 2020."
    found = events_of(analyse, text)
    killing = [(e, actors) for e, actors, _ in found if e.type == "killing"]
    assert killing
    event, actors = killing[0]
    assert event.date == "2020-01"
    assert ("qasem_soleimani", "victim") in actors


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Iraqi police arrested Ahmed al-Kinani in Baghdad.", "arrest"),
        ("Thousands of protesters gathered in Tahrir Square.", "protest"),
        ("Iraqi forces recaptured Mosul from the Islamic State.", "battle"),
        ("The State Department designated Kata'ib Sayyid al-Shuhada as a terrorist group.", "designation"),
        ("Ismail Qaani was appointed commander of the Quds Force.", "appointment"),
        ("Hadi al-Amiri met Qais al-Khazali in Baghdad.", "meeting"),
    ],
)
def test_event_types(analyse, text, type_):
    assert type_ in {e.type for e, _, _ in events_of(analyse, text)}


def test_relative_dates_resolve_against_publication(analyse):
    found = events_of(analyse, "Militants attacked the base last June.", published="2020-11-06")
    assert any(e.date == "2020-06" for e, _, _ in found)


def test_no_date_is_invented(analyse):
    found = events_of(analyse, "Militants attacked the base days beforehand.")
    assert found and all(e.date is None for e, _, _ in found)


def test_events_keep_their_evidence_sentence(analyse):
    text = "It was quiet. Militants attacked the base near Kirkuk."
    ex, _, _ = analyse(text)
    (event,) = [e for e in ex.events if e.type == "attack"]
    assert text[event.evidence_start:event.evidence_end] == "Militants attacked the base near Kirkuk."
