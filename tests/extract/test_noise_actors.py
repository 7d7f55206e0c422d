"""Page furniture that must not become an actor, one class at a time, on text written here:
headings and kickers, photo credits, surname-first bylines, outlet desks, legal categories,
doctrines; and related-story teasers in a pasted news page, removed at ingest."""

from __future__ import annotations

import pytest

from shabaka.ingest.cleaning import TEASER_RULE, clean


def _names(analyse, text: str) -> dict[str, str]:
    _, mentions, _ = analyse(text)
    return dict(mentions)


def test_a_heading_is_not_an_actor_but_the_story_under_it_is(analyse):
    names = _names(analyse, "Resilient Leadership\n\nThe Road Ahead for Kurdish Fighters in Sinjar\n\n"
                            "Hadi al-Amiri leads the Badr Organization, officials said.\n")
    assert not [n for n in names if "Leadership" in n or "Road Ahead" in n]
    assert names.get("Hadi al-Amiri") == "PERSON" and names.get("Badr Organization") == "ARMED_GROUP"


def test_a_photo_credit_is_split_into_photographer_and_agency(analyse):
    names = _names(analyse, "Fighters parade in Basra on Sunday. (Omar Haddad/ Shutterstock)\n\n"
                            "Mourners gather in Karbala. (Samir Jaber /Reuters)\n")
    assert not [n for n in names if "/" in n]
    assert names.get("Omar Haddad") == "PERSON" and names.get("Samir Jaber") == "PERSON"
    assert "Shutterstock" in names and "Reuters" in names


def test_a_surname_first_byline_is_one_person(analyse):
    names = _names(analyse, "Author: Porter, David\n\nThe militia expanded its checkpoints around Mosul.\n")
    assert names.get("Porter, David") == "PERSON"
    assert "David" not in names and "Porter" not in names


def test_an_outlet_desk_is_not_a_person(analyse):
    names = _names(analyse, "By Layla Hassan, Gulf Affairs Desk\n\nInternational Newsroom\n\n"
                            "Asa'ib Ahl al-Haq fired rockets, the Joint Chiefs of Staff said on Monday in a "
                            "statement released to reporters in the capital.\n")
    assert names.get("Layla Hassan") == "PERSON"
    assert not [n for n in names if n.endswith(("Desk", "Newsroom"))]
    assert "Joint Chiefs of Staff" in names  # a real body in a sentence is not a desk


def test_legal_categories_and_doctrines_are_not_actors(analyse):
    names = _names(analyse, "The State Department designated Kata'ib Hezbollah a Foreign Terrorist "
                            "Organization and a Specially Designated Global Terrorist Entity. Its fighters "
                            "pledge allegiance to Velayat-e Faqih and to Wilayat al-Faqih, taught in Qom.\n")
    assert names.get("Kata'ib Hezbollah") == "ARMED_GROUP"
    assert not [n for n in names if "Terrorist" in n or "Faqih" in n]


PAGE = """Militia leaders met in Baghdad on Sunday to discuss the drawdown of foreign troops.
The meeting ended without agreement, two participants said.

A fighter stands guard at a checkpoint. (Karim Saleh/Reuters)

Reporting | World
Turkey opens new border crossing

Trucks queue at the border crossing near Zakho, Iraq. (Ahmed Nouri/AFP)

Turkey opens new border crossing


Ankara opened a crossing on Monday, the Turkish trade minister Omer Celik said in a statement.

keep readingShow less
Senate weighs arms package

Senators arrive for a vote at the Capitol in Washington. (Jane Roe/Getty)

Senate weighs arms package

The United States Senate debated a weapons package for Ukraine on Tuesday.

keep readingShow less
"""


def test_related_story_teasers_are_removed_with_their_kicker():
    cleaned, removed = clean(PAGE)
    assert "Militia leaders met in Baghdad" in cleaned and "(Karim Saleh/Reuters)" in cleaned
    for gone in ("Reporting | World", "Turkey opens", "Ankara", "Omer Celik", "Senate", "Ukraine",
                 "keep reading"):
        assert gone not in cleaned, gone
    assert {r.rule for r in removed} == {TEASER_RULE}
    assert PAGE.index(removed[0].text) == removed[0].start  # offsets point into the page as read


def test_a_page_without_a_repeated_headline_keeps_its_story():
    story = "The commander left Basra.\n\nHe returned a week later.\n\nkeep readingShow less\n"
    cleaned, removed = clean(story)
    assert cleaned == "The commander left Basra.\n\nHe returned a week later.\n\n"
    assert [r.rule for r in removed] == ["show-more"]


def test_teasers_go_at_ingest_and_their_actors_with_them(analyse, tmp_path):
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    page = tmp_path / "pasted.txt"
    page.write_text(PAGE, encoding="utf-8")
    settings = Settings()
    settings.db = tmp_path / "kb.db"
    with KnowledgeBase(settings) as kb:
        assert kb.ingest([page]).ok
        names = {e["name"] for e in kb.entities()}
    assert "Baghdad" in names
    assert not names & {"Omer Celik", "Ukraine", "Senate", "Ahmed Nouri", "Jane Roe"}


def test_a_dateline_city_is_kept_but_is_not_where_the_story_happened(analyse):
    """"TEHRAN, Jan. 5 (Reuters) —" says where the report was filed: Tehran stays a mention
    (and Reuters one), but the attack has no place and the story is a sentence of its own."""
    text = "TEHRAN, Jan. 5 (Reuters) — Kata'ib Hezbollah fighters attacked a checkpoint on Monday."
    ex, mentions, _ = analyse(text, "2020-01-05")
    assert ("TEHRAN", "PLACE") in mentions and ("Reuters", "ORGANIZATION") in mentions
    [event] = ex.events
    assert event.place is None
    sentence = {m.text: m.sentence for m in ex.mentions}
    assert sentence["Kata'ib Hezbollah"] > sentence["Reuters"] == sentence["TEHRAN"]


def test_the_place_a_story_gives_wins_over_its_dateline(analyse):
    ex, _, _ = analyse("MOSUL, Iraq (AP) - Gunmen attacked a checkpoint in Tal Afar on Monday.", "2020-01-05")
    assert [ex.chains[e.place].key for e in ex.events] == ["tal_afar"]


def test_a_line_opening_with_a_name_and_a_dash_is_no_dateline(analyse):
    """Only a place in capitals, or one with a date or an agency, opens a dateline."""
    ex, _, _ = analyse("Iraq - Kata'ib Hezbollah fighters attacked Baghdad.")
    assert [ex.chains[e.place].key for e in ex.events] == ["baghdad"]
    assert len({m.sentence for m in ex.mentions}) == 1


def test_a_rank_before_a_name_is_no_actor(analyse):
    names = _names(analyse, "Press briefing with Brig. Gen. Kevin Bergner, spokesman\n\n"
                            "The forces advanced on Mosul, Navy Capt. Jeff Davis told reporters today.\n")
    assert names.get("Kevin Bergner") == "PERSON" and names.get("Jeff Davis") == "PERSON"
    assert not [n for n in names if n.endswith(("Brig", "Capt"))], names


def test_a_legal_category_by_its_acronym_is_no_actor(analyse):
    names = _names(analyse, "Kata'ib Hezbollah, a designated FTO, fired rockets at the base.\n")
    assert "FTO" not in names and names.get("Kata'ib Hezbollah") == "ARMED_GROUP"


def test_a_headline_s_common_words_are_no_actor_but_its_names_are(analyse):
    """A title-case headline capitalises common words the story writes in lower case
    ("Militia Groups", "Militia Financiers Expand", even after "Iran-aligned"); a name there,
    with a word of its own, stays."""
    _, mentions, claims = analyse(
        "Treasury Targets Iran-aligned Militia Groups\n\nDesignations of Iran-backed Militia Financiers "
        "Expand\n\nNaqshbandi Army Leader Izzat al-Douri Dies\n\nThe Treasury designated two militia "
        "groups and their financiers on Monday; the list will expand. The Naqshbandi Army, an insurgent "
        "army, was led by Izzat al-Douri.\n")
    names = dict(mentions)
    assert not [n for n in names if "Militia" in n or "Financiers" in n], names
    assert names.get("Naqshbandi Army") == "ARMED_GROUP" and names.get("Izzat al-Douri") == "PERSON"
    assert not [c for c in claims if "Militia Groups" in c], claims


def test_a_line_of_names_and_one_noun_is_no_headline(analyse):
    """Encyclopedia infobox and list lines ("Part of Popular Mobilization Forces") hold real
    names: with no verb the line is not a headline to discard."""
    _, mentions, _ = analyse("Part of Kurdish Harmony Front\n\nThe militia was founded in 2015 in Kirkuk.\n")
    assert [n for n, _ in mentions if n.endswith("Kurdish Harmony Front")], mentions


def test_a_tribe_is_no_person(analyse):
    """"the Al-Omar tribe" is the tribe that bears the name, not the man called Al-Omar; the tribe
    named alone later is the tribe too, and a man's one-word name opening a sentence stays his."""
    names = _names(analyse, "Sheikh Ali Al-Omar, head of a tribe, accused the PMF of colluding with the "
                            "Al-Rumayd tribe, initiating warfare against his own Al-Omar tribe.\n")
    assert names.get("Al-Omar tribe") == "ORGANIZATION" and names.get("Ali Al-Omar") == "PERSON", names
    ex, _, _ = analyse("The Shammar tribe controls the border area near Rabia. The Shammar have ties to "
                       "Saudi Arabia. Younis told reporters the tribe would stay.\n")
    tribe = next(c for c in ex.chains if c.name.startswith("Shammar"))
    named = {ex.mentions[i].text for i in tribe.mentions}
    assert tribe.type == "ORGANIZATION" and named == {"Shammar tribe", "Shammar"}, ex.chains
    assert any(c.name == "Younis" and c.type == "PERSON" for c in ex.chains), ex.chains


@pytest.mark.parametrize("text,name,kept", [
    ("Syria's pro-Assad National Defense Forces recruited Iraqis.", "National Defense Forces", True),
    ("Anti-Sadr protesters marched in Baghdad.", "Anti-Sadr", False),
    # a stance towards no known name is part of a proper name
    ("UNAMA attributed 35 percent of casualties to Anti-Government Elements.", "Anti-Government Elements",
     True),
    ("The Counter-Extremism Project said Nujaba was designated.", "Counter-Extremism Project", True),
    ("Pro-Government Forces included the police.", "Pro-Government Forces", True),
])
def test_a_stance_before_a_name_is_no_part_of_it(analyse, text, name, kept):
    """"pro-Assad X" names X; "pro-Assad" alone names no one; "Anti-Government Elements" is a name."""
    assert (name in _names(analyse, text)) == kept
