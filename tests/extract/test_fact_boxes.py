"""Fact boxes, who's-who lists and lists after a colon: relations stated by layout, not by one sentence
(boxes and lists written here)."""

import pytest

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


@pytest.mark.parametrize("text,expected", [
    # a verb left without its object: each item is sanctioned
    ("The U.S. Treasury on 18 July 2019 sanctioned:\na) Rayan al-Kildani, leader of the Babylon Brigades;\n"
     "b) Waad Qado, leader of the PMF's 30th Brigade.",
     [("us_department_of_the_treasury", "sanctioned", "rayan_al_kildani"),
      ("us_department_of_the_treasury", "sanctioned", "Waad Qado")]),
    # "the following groups", bulleted
    ("The following groups belong to the Islamic Resistance in Iraq:\n• Kata'ib Hezbollah\n"
     "• Harakat al-Nujaba\n• Kata'ib Sayyid al-Shuhada",
     [(group, "part_of", "islamic_resistance_in_iraq")
      for group in ("kataib_hezbollah", "harakat_hezbollah_al_nujaba", "kataib_sayyid_al_shuhada")]),
    # a participle with no subject: the dead are listed
    ("Killed in the U.S. strike near Baghdad International Airport on 3 January 2020:\n"
     "- Qasem Soleimani, commander of the IRGC Quds Force\n"
     "- Abu Mahdi al-Muhandis, deputy chairman of the PMF",
     [("united_states", "killed", "qasem_soleimani"), ("united_states", "killed", "abu_mahdi_al_muhandis")]),
    # items on the lead-in's own line, after "a)", "b)"
    ("On 17 September 2025 the State Department designated four groups as Foreign Terrorist Organizations: "
     "a) Harakat al-Nujaba; b) Kata'ib Sayyid al-Shuhada; c) Kata'ib al-Imam Ali.",
     [("us_department_of_state", "sanctioned", group)
      for group in ("harakat_hezbollah_al_nujaba", "kataib_sayyid_al_shuhada", "kataib_al_imam_ali")]),
    # a passive lead-in after a source's colon, and a noun for the listing
    ("Al-Sumaria TV: The following groups were designated as terrorist organisations by the US State "
     "Department:\n- Kata'ib Sayyid al-Shuhada\n- Harakat al-Nujaba",
     [("us_department_of_state", "sanctioned", "kataib_sayyid_al_shuhada"),
      ("us_department_of_state", "sanctioned", "harakat_hezbollah_al_nujaba")]),
    ("Designations announced on Thursday by the US State Department:\n1. Kata'ib Sayyid al-Shuhada\n"
     "2. Kata'ib al-Imam Ali",
     [("us_department_of_state", "sanctioned", "kataib_sayyid_al_shuhada"),
      ("us_department_of_state", "sanctioned", "kataib_al_imam_ali")]),
    # units a body's name qualifies are its parts; a numbered brigade is a unit
    ("Saraya al-Salam fields three PMF brigades:\n- Brigade 313\n- Brigade 314",
     [("Brigade 313", "part_of", "popular_mobilization_forces"),
      ("Brigade 314", "part_of", "popular_mobilization_forces")]),
    # a lead-in naming a body opens its fields; an item may give a body's own field
    ("Kata'ib Sayyid al-Shuhada, per the designation notice:\n• Secretary-general: Abu Alaa al-Walai\n"
     "• Sponsor: IRGC-Quds Force", [("abu_alaa_al_walai", "leads", "kataib_sayyid_al_shuhada"),
                                   ("quds_force", "backs", "kataib_sayyid_al_shuhada")]),
    ("The Coordination Framework is the largest bloc. Its parties with armed wings:\n"
     "- Badr Organization — head: Hadi al-Amiri\n- Asa'ib Ahl al-Haq — head: Qais al-Khazali",
     [("hadi_al_amiri", "leads", "badr_organization"), ("qais_al_khazali", "leads", "asaib_ahl_al_haq")]),
    # parts and men of the body a lead-in names; a post and its holder set off by a dash under a heading
    ("Subsidiaries of the Islamic Revolutionary Guard Corps:\n- Quds Force\n- Basij",
     [("quds_force", "part_of", "irgc"), ("basij", "part_of", "irgc")]),
    ("Popular Mobilization Forces - Leadership (2024):\nChairman - Falih al-Fayyadh\n"
     "Chief of Staff - Abu Fadak al-Mohammadawi",
     [("falih_al_fayyadh", "leads", "popular_mobilization_forces"),
      ("abu_fadak_al_mohammadawi", "member_of", "popular_mobilization_forces")]),
    # a plural noun the items spell out
    ("Brigades belonging to the Badr Organization:\n- 4th Brigade\n- 5th Brigade\n- 22nd Brigade",
     [("4th Brigade", "part_of", "badr_organization"), ("22nd Brigade", "part_of", "badr_organization")]),
    # a body's leadership listed, by dash or by label
    ("Kata'ib Hezbollah's known leadership:\n1. Ahmed al-Hamidawi - secretary-general\n"
     "2. Abu Ali al-Askari - security official",
     [("ahmad_al_hamidawi", "leads", "kataib_hezbollah"),
      ("abu_ali_al_askari", "member_of", "kataib_hezbollah")]),
    ("PMF leadership as of 2024:\n1. Chairman: Falih al-Fayyadh\n2. Chief of staff: Abu Fadak al-Mohammedawi",
     [("falih_al_fayyadh", "leads", "popular_mobilization_forces"),
      ("abu_fadak_al_mohammadawi", "member_of", "popular_mobilization_forces")]),
])
def test_a_list_after_a_colon_fills_what_its_lead_in_leaves_open(analyse, text, expected):
    ex, _, claims = analyse(text)
    for claim in expected:
        assert stated(claims, claim), (claim, claims)
    # the evidence of the claim about the last item runs from the lead-in to that item's line (a field an
    # item gives is the item's own)
    name = {i: c.key or c.name for i, c in enumerate(ex.chains)}
    last = next(c for c in ex.claims if (name[c.subject], c.relation, name[c.object]) == expected[-1])
    evidence = text[last.evidence_start:last.evidence_end]
    if last.extractor == "rule:fact_box" and "—" in evidence:
        return
    assert evidence.startswith(text.split(":")[0][:20]), evidence
    assert evidence.rstrip(" .;").endswith(text.rstrip().split("\n")[-1].rstrip(" .;")[-12:]), evidence


def test_a_list_of_those_who_held_a_post_in_turn_gives_each_his_years(analyse):
    ex, _, claims = analyse("Quds Force commanders:\n1. Ahmad Vahidi (1988-1997)\n"
                            "2. Qasem Soleimani (1998–2020)\n3. Esmail Qaani (2020-present)")
    name = {i: c.key or c.name for i, c in enumerate(ex.chains)}
    held = {name[c.subject]: (c.start, c.end) for c in ex.claims
            if c.relation == "leads" and name[c.object] == "quds_force"}
    assert held == {"Ahmad Vahidi": ("1988", "1997"), "qasem_soleimani": ("1998", "2020"),
                    "ismail_qaani": ("2020", None)}, claims
    # "past", "previous": a line of heads, in a list or in prose; a plural post with no such word
    # names several men of the body
    _, _, claims = analyse("Past leaders of the Badr Organization:\n- Mohammed Baqir al-Hakim\n"
                           "- Hadi al-Amiri")
    assert ("hadi_al_amiri", "leads", "badr_organization") in claims, claims
    _, _, claims = analyse("Previous chiefs of the Counter Terrorism Service include Talib Shaghati and "
                           "Abdul Wahab al-Saadi.")
    assert ("abdul_wahab_al_saadi", "leads", "counter_terrorism_service") in claims, claims
    _, _, claims = analyse("Kata'ib Hezbollah commanders:\n- Abu Fadak al-Mohammedawi\n- Abu Ali al-Askari")
    assert ("abu_ali_al_askari", "member_of", "kataib_hezbollah") in claims, claims
    assert ("abu_ali_al_askari", "leads", "kataib_hezbollah") not in claims, claims


@pytest.mark.parametrize("text,wrong", [
    # a colon that opens no list of names, and a list whose items name no one first
    ("Note: figures are estimates. The Treasury sanctioned Rayan al-Kildani.",
     ("us_department_of_the_treasury", "sanctioned", "Note")),
    ("Kata'ib Hezbollah's demands:\n- the withdrawal of US forces from Iraq\n- the release of its men",
     ("kataib_hezbollah", "hostile_to", "united_states")),
    # an item that names a man deep in a phrase is not listed
    ("The Treasury sanctioned:\n- companies owned by Qais al-Khazali\n- banks in Erbil",
     ("us_department_of_the_treasury", "sanctioned", "qais_al_khazali")),
])
def test_a_colon_opens_no_list_of_actors_where_its_items_name_none(analyse, text, wrong):
    _, _, claims = analyse(text)
    assert not stated(claims, wrong), claims
