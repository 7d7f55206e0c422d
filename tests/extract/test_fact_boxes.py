"""Fact boxes and who's-who lists: relations stated by a label, not by a sentence (boxes written here)."""

from tests.extract import stated

GROUP_CARD = """Kata'ib Sayyid al-Shuhada (KSS)
Secretary-general: Abu Alaa al-Walai
Founded: 2013
Main backers: IRGC-Quds Force, Lebanese Hezbollah
PMF designation: Brigade 14
US status: Specially Designated Global Terrorist (2023)
Adversaries: United States (drone attacks on bases in Iraq and Syria), Israel
Areas of operation: Diyala, Jurf al-Sakhar
"""

PERSON_CARD = """Abu Mahdi al-Muhandis
Born: Basra, 1954
Posts: deputy chairman of the Popular Mobilization Commission; founder of Kata'ib Hezbollah
Successor: Abu Fadak al-Mohammedawi
"""

WHO_IS_WHO = """Who's who in the Badr Organization
Hadi al-Amiri - secretary-general since 2003
Mohammed Naji - a senior commander and former deputy minister
Karim al-Nouri - spokesman
"""

NOT_STATED = """Saraya Awliya al-Dam
First claimed attack: 2021
Leader: unknown
Backers: none confirmed; it denies any tie to Kata'ib Hezbollah
Status: not designated by the United States

Kata'ib Hezbollah said the group was a front. Leader: that is what the man called himself.
"""


def test_a_profile_card_states_what_its_labels_say(analyse):
    _, _, claims = analyse(GROUP_CARD)
    for expected in [("abu_alaa_al_walai", "leads", "kataib_sayyid_al_shuhada"),
                     ("quds_force", "backs", "kataib_sayyid_al_shuhada"),
                     ("lebanese_hezbollah", "backs", "kataib_sayyid_al_shuhada"),
                     ("kataib_sayyid_al_shuhada", "part_of", "popular_mobilization_forces"),
                     ("united_states", "sanctioned", "kataib_sayyid_al_shuhada"),
                     ("kataib_sayyid_al_shuhada", "hostile_to", "united_states"),
                     ("kataib_sayyid_al_shuhada", "hostile_to", "israel")]:
        assert stated(claims, expected), (expected, claims)
    # where a group operates is not what it holds, and a bracket says when or how, not whom
    assert not [c for c in claims if c[1] == "controls"], claims
    assert not stated(claims, ("kataib_sayyid_al_shuhada", "hostile_to", "syria")), claims


def test_a_person_card_gives_his_birthplace_posts_and_successor(analyse):
    _, _, claims = analyse(PERSON_CARD)
    for expected in [("abu_mahdi_al_muhandis", "born_in", "basra"),
                     ("abu_mahdi_al_muhandis", "founded", "kataib_hezbollah"),
                     ("abu_fadak_al_mohammadawi", "succeeded", "abu_mahdi_al_muhandis")]:
        assert stated(claims, expected), (expected, claims)
    assert any(c[0] == "abu_mahdi_al_muhandis" and c[1] == "member_of" for c in claims), claims


def test_a_who_is_who_gives_each_man_his_post_in_the_body_it_lists(analyse):
    _, _, claims = analyse(WHO_IS_WHO)
    assert ("hadi_al_amiri", "leads", "badr_organization") in claims, claims
    assert ("Mohammed Naji", "member_of", "badr_organization") in claims, claims
    assert ("Karim al-Nouri", "member_of", "badr_organization") in claims, claims


def test_a_field_that_denies_or_does_not_know_states_nothing(analyse):
    _, _, claims = analyse(NOT_STATED)
    assert not [c for c in claims if "Saraya Awliya al-Dam" in c], claims
