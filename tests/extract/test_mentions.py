"""Mention typing and in-document chains on short texts written for the test."""

import pytest


@pytest.mark.parametrize(
    ("text", "span", "type_"),
    [
        ("Fighters of Kata'ib Hezbollah moved north.", "Kata'ib Hezbollah", "ARMED_GROUP"),
        ("Saraya Awliya al-Dam claimed the attack.", "Saraya Awliya al-Dam", "ARMED_GROUP"),
        ("Daesh lost its last stronghold.", "Daesh", "ARMED_GROUP"),
        ("The Iraqi Ministry of Defense issued a statement.", "Ministry of Defense", "STATE_BODY"),
        ("The Baghdad Operations Command closed roads.", "Baghdad Operations Command", "STATE_BODY"),
        ("Abu Fadak al-Mohammadawi chaired the meeting.", "Abu Fadak al-Mohammadawi", "PERSON"),
        ("Iranian officials denied it.", "Iranian", "COUNTRY"),
        ("Turkish President Recep Tayyip Erdogan spoke.", "Turkish", "COUNTRY"),
    ],
)
def test_mentions_get_ontology_types(analyse, text, span, type_):
    _, mentions, _ = analyse(text)
    assert any(span in m and t == type_ for m, t in mentions), mentions


@pytest.mark.parametrize("junk", ["Q&A", "General"])
def test_junk_spans_are_dropped(analyse, junk):
    _, mentions, _ = analyse(f"{junk}: the situation in Baghdad remains calm.")
    assert all(m != junk for m, _ in mentions), mentions


def test_short_forms_and_acronyms_chain_to_the_full_name(analyse):
    text = ("Lt. Gen. Qais Khalaf Rahima commands the Joint Operations Command. Qais said the "
            "Popular Mobilization Forces (PMF) would help. The PMF agreed.")
    ex, _, _ = analyse(text)
    chain_of = {m.text: ex.chains[m.chain].name for m in ex.mentions}
    assert chain_of["Qais"] == chain_of.get("Qais Khalaf Rahima", chain_of["Qais"])
    assert "Rahima" in chain_of["Qais"]
    assert chain_of["PMF"] == chain_of["Popular Mobilization Forces"]


def test_same_surname_goes_to_the_nearest_full_name(analyse):
    text = ("Hisham al-Hashemi was a researcher. Mohammed al-Hashemi was a chief of staff. "
            "Al-Hashemi, the chief of staff, declined to comment.")
    ex, _, _ = analyse(text)
    names = {ex.chains[m.chain].name for m in ex.mentions if "Hashemi" in m.text}
    assert len(names) == 2
