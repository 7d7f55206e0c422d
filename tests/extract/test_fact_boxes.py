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


BOXES_REVIEWED = """Profile: Abu Hussein al-Hamidawi
Position: Commander in Harakat al-Nujaba
Sanctioned: by the US Treasury in 2021

Yemen's Houthis
Houthi leader: Abdul-Malik al-Houthi
Chief of staff: Mohammed al-Ghamari
Enemies: Saudi-led coalition, FARC dissidents, Israel, according to Houthi officials

Babylon Brigades (Brigade 50)
Commander: Lt. Gen. Rayan al-Kildani
Sanctions: U.S. Treasury

Who's who in Asa'ib Ahl al-Haq
Qais al-Khazali - secretary-general
Jawad al-Talibawi - military commander
"""


def test_what_reviewers_found_in_boxes_is_read_as_they_say(analyse):
    """A heading after "Profile:", a possessor or a bracket; a rank before a name; a post from the roles
    table; a body named alone under "Sanctions"; a commander "in" a group or a "military commander"
    is one of its commanders; "Saudi-led" and "FARC dissidents" name no enemy."""
    _, _, claims = analyse(BOXES_REVIEWED)
    for expected in [("us_department_of_the_treasury", "sanctioned", "ahmad_al_hamidawi"),
                     ("ahmad_al_hamidawi", "member_of", "harakat_hezbollah_al_nujaba"),
                     ("abdul_malik_al_houthi", "leads", "houthis"),
                     ("Mohammed al-Ghamari", "member_of", "houthis"),
                     ("houthis", "hostile_to", "israel"),
                     ("rayan_al_kildani", "leads", "kataib_babiliyoun"),
                     ("us_department_of_the_treasury", "sanctioned", "kataib_babiliyoun"),
                     ("qais_al_khazali", "leads", "asaib_ahl_al_haq"),
                     ("Jawad al-Talibawi", "member_of", "asaib_ahl_al_haq")]:
        assert stated(claims, expected), (expected, claims)
    assert not [c for c in claims if c[1] == "hostile_to" and ("saudi_arabia" in c or "FARC" in c)], claims
    assert ("ahmad_al_hamidawi", "leads", "harakat_hezbollah_al_nujaba") not in claims, claims


def test_a_who_is_who_reads_the_body_whose_post_it_is(analyse):
    """ "Hezbollah's Iraq envoy" serves Hezbollah, not Iraq; "the Gwer-Makhmour front" is no body."""
    _, _, claims = analyse("Who's who: Iran's men in Baghdad\nMohammed Kawtharani - Hezbollah's Iraq envoy\n"
                           "Sirwan Barzani - commander of the Gwer-Makhmour front\n\nWho's who in the PMF\n"
                           "Qasim Muslih - commander of Anbar operations\n")
    assert ("mohammed_kawtharani", "member_of", "lebanese_hezbollah") in claims, claims
    assert not [c for c in claims if "iraq" in c or "Gwer" in c], claims
    assert ("qasim_muslih", "member_of", "popular_mobilization_forces") in claims, claims  # a regional post


def test_a_country_that_only_begins_a_body_s_name_is_not_the_actor_listed(analyse):
    """Out of the domain: "Ukrainian Armed Forces", "US Commerce Department" name bodies, not states."""
    _, _, claims = analyse("Wagner Group\nBacker: Russia\nTargets: Ukrainian Armed Forces\n\nHuawei\n"
                           "Sanctioned by: US Commerce Department\n")
    assert any(c[0] == "russia" and c[1] == "backs" for c in claims), claims
    assert not [c for c in claims if "ukraine" in c or "united_states" in c], claims
