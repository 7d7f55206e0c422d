"""Events on short texts written for the test: one happening one event, roles from the
sentence's structure, dates and places from the clause, casualty counts."""

import pytest


def events_of(analyse, text, published=None):
    """(event, {(actor, role)}, place) per event, actors named by pack id or name."""
    ex, _, _ = analyse(text, published)
    out = []
    for e in ex.events:
        def name(i):
            return ex.chains[i].key or ex.chains[i].name

        actors = {(name(a.chain), a.role) for a in e.actors}
        place = name(e.place) if e.place is not None else None
        out.append((e, actors, place))
    return out


def only(found, type_):
    hits = [f for f in found if type_ in f[0].types]
    assert len(hits) == 1, [(e.types, a) for e, a, _ in found]
    return hits[0]


def test_a_strike_that_kills_is_one_event_with_both_types_date_place_and_counts(analyse):
    text = ("On December 29, 2019, U.S. strikes hit Kata'ib Hezbollah sites in al-Qaim, "
            "killing 25 KH members and wounding over 50.")
    found = events_of(analyse, text)
    assert len(found) == 1
    event, actors, place = found[0]
    assert set(event.types) == {"attack", "killing"}
    assert event.date == "2019-12-29"
    assert event.fatalities == 25 and event.wounded == 50
    assert place == "al_qaim"
    assert ("united_states", "agent") in actors and ("kataib_hezbollah", "target") in actors


def test_persons_killed_are_victims_and_the_striker_the_agent(analyse):
    text = "A U.S. drone strike killed Qasem Soleimani at Baghdad International Airport in January 2020."
    event, actors, place = only(events_of(analyse, text), "killing")
    assert event.date == "2020-01"
    assert actors == {("united_states", "agent"), ("qasem_soleimani", "victim")}
    assert place == "baghdad_international_airport"


def test_killed_along_with_makes_two_victims(analyse):
    text = ("Abu Mahdi al-Muhandis was killed along with Qasem Soleimani in a U.S. airstrike "
            "on January 3, 2020.")
    event, actors, _ = only(events_of(analyse, text), "killing")
    assert event.date == "2020-01-03"
    assert {("abu_mahdi_al_muhandis", "victim"), ("qasem_soleimani", "victim"),
            ("united_states", "agent")} == actors


def test_a_legal_category_is_never_an_actor(analyse):
    text = "The State Department designated Kata'ib Hezbollah as a Foreign Terrorist Organization in 2009."
    event, actors, _ = only(events_of(analyse, text), "designation")
    assert event.date == "2009"
    assert ("kataib_hezbollah", "target") in actors
    assert not any("Organization" in name for name, _ in actors)


@pytest.mark.parametrize(("text", "name", "type_", "actor"), [
    # the curly apostrophe once left the group out of the designation
    ("In 2009, the United States designated Kata’ib Hezbollah a Foreign Terrorist Organization.",
     "Kata’ib Hezbollah", "designation", ("kataib_hezbollah", "target")),
    # a hamza mark once left "Hezbollah" alone, a backtick made a person of the group
    ("Kataʾib Hezbollah fighters attacked the base.", "Kataʾib Hezbollah", "attack",
     ("kataib_hezbollah", "agent")),
    ("Asa`ib Ahl al-Haq claimed the attack on the convoy.", "Asa`ib Ahl al-Haq", "attack",
     ("asaib_ahl_al_haq", "agent")),
])
def test_an_apostrophe_written_curly_or_as_a_transliteration_mark_is_read_as_a_straight_one(
        analyse, text, name, type_, actor):
    ex, mentions, _ = analyse(text)
    assert actor in only(events_of(analyse, text), type_)[1]
    # the name as stored and shown, and its offsets, are the text as written
    assert (name, "ARMED_GROUP") in mentions
    assert all(text[m.start:m.end] == m.text for m in ex.mentions)


@pytest.mark.parametrize(("text", "actors", "dead"), [
    # a headline's passive without "was": the one named was shot, not the shooter
    ("Iraqi analyst Hisham al-Hashemi shot dead in Baghdad", {("hisham_al_hashemi", "victim")}, None),
    ("Prominent activist Ihab al-Wazni shot dead in Karbala, police say",
     {("Ihab al-Wazni", "victim")}, None),
    ("Gunmen shot dead the analyst Hisham al-Hashemi outside his home in Baghdad.",
     {("hisham_al_hashemi", "victim")}, None),
    ("Hisham al-Hashemi was shot dead by gunmen from Kata'ib Hezbollah outside his home.",
     {("hisham_al_hashemi", "victim"), ("kataib_hezbollah", "agent")}, None),
    ("Asa'ib Ahl al-Haq shot dead Ihab al-Wazni in Karbala in May 2021.",
     {("asaib_ahl_al_haq", "agent"), ("Ihab al-Wazni", "victim")}, None),
    ("ISIS fighters shot dead 12 policemen in Tikrit in 2014.", {("islamic_state", "agent")}, 12),
    ("Two soldiers were shot dead by ISIS in Tikrit.", {("islamic_state", "agent")}, 2),
])
def test_shot_dead_is_a_killing_with_its_victim_agent_and_count(analyse, text, actors, dead):
    event, found, _ = only(events_of(analyse, text), "killing")
    assert found == actors
    assert event.fatalities == dead


@pytest.mark.parametrize(("text", "weapon", "actors"), [
    ("Kata'ib Hezbollah fired Katyusha rockets at the U.S. Embassy in Baghdad.", "Katyusha",
     {("kataib_hezbollah", "agent"), ("us_embassy_baghdad", "target")}),
    ("Militants fired Grad rockets at the U.S. Embassy in Baghdad in 2019.", "Grad",
     {("us_embassy_baghdad", "target")}),
    ("Kata'ib Hezbollah attacked the U.S. Embassy in Baghdad with an RPG and a Fateh-110 missile.", "RPG",
     {("kataib_hezbollah", "agent"), ("us_embassy_baghdad", "target")}),
])
def test_a_weapon_is_neither_an_actor_nor_a_place(analyse, text, weapon, actors):
    ex, mentions, _ = analyse(text)
    assert not [m for m in mentions if weapon in m[0] or "Fateh" in m[0]]
    _, found, place = only(events_of(analyse, text), "attack")
    assert found == actors
    assert place == "us_embassy_baghdad"


@pytest.mark.parametrize(("text", "expected"), [
    # a gerund names the happening; "took control" and "lost control" are battles, with the loser the target
    ("The retaking of Ramadi by Iraqi forces took months.",
     [(None, "ramadi", {("iraqi_security_forces", "agent")})]),
    ("In June 2014, ISIS took control of Mosul and Tikrit.",
     [("2014-06", "mosul", {("islamic_state", "agent")}),
      ("2014-06", "tikrit", {("islamic_state", "agent")})]),
    ("The Islamic State lost control of Ramadi in December 2015.",
     [("2015-12", "ramadi", {("islamic_state", "target")})]),
    # the towns captured are places: a battle, not an arrest
    ("In August 2014, ISIS fighters captured the towns of Sinjar and Tal Afar.",
     [("2014-08", "sinjar", {("islamic_state", "agent")}),
      ("2014-08", "tal_afar", {("islamic_state", "agent")})]),
    # who conducted the offensive is the subject of the verb above
    ("The Peshmerga then began conducting an offensive into Sinjar.",
     [(None, "sinjar", {("peshmerga", "agent")})]),
])
def test_battles_told_by_control_capture_and_gerunds(analyse, text, expected):
    found = [(e.date, place, actors) for e, actors, place in events_of(analyse, text) if "battle" in e.types]
    assert sorted(found, key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), [
    ("In February 2021, a rocket attack involving Kata'ib Hezbollah wounded two U.S. contractors at Erbil "
     "airport.",
     {("kataib_hezbollah", "agent"), ("united_states", "target")}),
    # the attack's target hangs from the verb it is the subject of
    ("On May 5, 2021, drone attacks were launched on U.S. bases in Iraq.", {("united_states", "target")}),
    ("On March 8, 2021, a rocket attack occurred at the U.S. base in Erbil.", {("united_states", "target")}),
])
def test_an_attack_noun_takes_its_agent_and_target_from_the_clause_around_it(analyse, text, expected):
    assert only(events_of(analyse, text), "attack")[1] == expected


def test_each_listed_group_is_the_target_of_its_own_designation_only(analyse):
    text = ("Its allies include Kata'ib Hezbollah, designated in 2009, and Harakat al-Nujaba, "
            "designated in 2019.")
    found = sorted((e.date, actors) for e, actors, _ in events_of(analyse, text))
    assert found == [("2009", {("kataib_hezbollah", "target")}),
                     ("2019", {("harakat_hezbollah_al_nujaba", "target")})]


@pytest.mark.parametrize(("text", "type_", "actors", "place"), [
    # condemning an attack reports it
    ("The Secretary condemned the attack on the U.S. Embassy in Baghdad on Sunday.", "attack",
     {("us_embassy_baghdad", "target")}, "us_embassy_baghdad"),
    # who a person is, not another actor
    ("Treasury sanctioned Abd al-Rahman al-Qaduli, a senior ISIL official, in 2014.", "designation",
     {("us_department_of_the_treasury", "agent"), ("Abd al-Rahman al-Qaduli", "target")}, None),
    # the country a city is in is where, not whom
    ("Iraqi security forces are liberating the key Iraqi city of Fallujah from ISIL control.", "battle",
     {("iraqi_security_forces", "agent"), ("islamic_state", "target")}, "fallujah"),
    # where those arrested had been is no place of the arrest
    ("In May 2016, ISIL arrested fighters who had fled from Rutbah.", "arrest", {("islamic_state", "agent")},
     None),
    # an attempted killing is an attack its target lived through
    ("The attempted assassination of Mustafa al-Kadhimi failed.", "attack",
     {("mustafa_al_kadhimi", "target")}, None),
    # who is designated is the designation's owner; the verb over it says who amends it
    ("These aliases have been added to ISIS's designation as a Foreign Terrorist Organization.",
     "designation", {("islamic_state", "target")}, None),
    ("The Department of State has amended the designation of the Islamic State to include Amaq.",
     "designation", {("us_department_of_state", "agent"), ("islamic_state", "target")}, None),
    ("On July 18, 2019, Mike Pence announced the imposition of sanctions on Rayan al-Kildani.",
     "designation", {("mike_pence", "agent"), ("rayan_al_kildani", "target")}, None),
])
def test_roles_and_place_leave_out_what_only_describes(analyse, text, type_, actors, place):
    _, found, where = only(events_of(analyse, text), type_)
    assert (found, where) == (actors, place)


def test_one_state_designation_told_in_two_sentences_is_one_event(analyse):
    text = ("The United States has designated Asaib Ahl al-Haq as a Foreign Terrorist Organization. "
            "The State Department said it also designated Qais al-Khazali and his brother Laith al-Khazali.")
    _, actors, _ = only(events_of(analyse, text), "designation")
    assert actors == {("united_states", "agent"), ("us_department_of_state", "agent"),
                      ("asaib_ahl_al_haq", "target"), ("qais_al_khazali", "target"),
                      ("laith_al_khazali", "target")}
    # two bodies' designations of one day are two
    text = ("The Department of State designated Kata'ib Sayyid al-Shuhada. Concurrently, the Department of "
            "the Treasury designated six individuals affiliated with Kata'ib Hezbollah.")
    assert sorted(sorted(a) for _, a, _ in events_of(analyse, text)) == [
        [("kataib_hezbollah", "target"), ("us_department_of_the_treasury", "agent")],
        [("kataib_sayyid_al_shuhada", "target"), ("us_department_of_state", "agent")]]


@pytest.mark.parametrize(("text", "type_", "date", "place", "actors"), [
    # a readout's call
    ("Secretary of State Antony J. Blinken spoke today with Iraqi Prime Minister Mohammed Shia al-Sudani.",
     "meeting", "2023-12-04", None,
     {("antony_blinken", "participant"), ("mohammed_shia_al_sudani", "participant")}),
    ("Mike Pompeo talked by phone with Adel Abdul Mahdi on January 5, 2020.", "meeting", "2020-01-05", None,
     {("mike_pompeo", "participant"), ("adel_abdul_mahdi", "participant")}),
    # who replaced whom, told as a noun
    ("Unity appeared to increase in 2014 with the replacement of Prime Minister Nouri al-Maliki with "
     "Haider al-Abadi.", "appointment", "2014", None, {("haider_al_abadi", "participant")}),
    # a battle named like a place
    ("Kata'ib Hezbollah fought in the Battle of Jurf al-Sakhar in October 2014.", "battle", "2014-10",
     "jurf_al_sakhar", {("kataib_hezbollah", "agent")}),
    ("The Siege of Amirli ended in August 2014.", "battle", "2014-08", "amerli", set()),
])
def test_calls_replacements_and_named_battles(analyse, text, type_, date, place, actors):
    event, found, where = only(events_of(analyse, text, "2023-12-04"), type_)
    assert (event.date, where, found) == (date, place, actors)


def test_a_named_battle_is_at_its_place_and_it_is_the_group_named_before(analyse):
    text = ("Kata'ib Sayyid al-Shuhada is active in Syria. It supports the Syrian government, and engaged in "
            "the Battle of Al-Shaykh Maskin in December 2014.")
    ex, mentions, _ = analyse(text)
    assert ("Al-Shaykh Maskin", "PLACE") in mentions and not any("Battle" in m for m, _ in mentions)
    event, actors, place = only(events_of(analyse, text), "battle")
    assert (event.date, place) == ("2014-12", "Al-Shaykh Maskin")
    assert actors == {("kataib_sayyid_al_shuhada", "agent")}


def test_the_terrorists_are_the_armed_group_told_of_before(analyse):
    text = "ISIS held Mosul for three years. In 2015 the terrorists lost control of Tikrit."
    event, actors, place = only(events_of(analyse, text), "battle")
    assert (event.date, place, actors) == ("2015", "tikrit", {("islamic_state", "target")})


@pytest.mark.parametrize(("text", "expected"), [
    ("Warren said Iraqi forces have cleared Karmah, 10 miles northeast of Fallujah.",
     [("karmah", {("iraqi_security_forces", "agent")})]),
    ("In 2016 the Iraqi army secured Ramadi.", [("ramadi", {("iraqi_army", "agent")})]),
    ("The deal cleared the way for elections in Baghdad.", []),
    ("Kata'ib Hezbollah secured funding from Iran in 2019.", []),
])
def test_clearing_or_securing_a_place_is_a_battle_and_nothing_else_is(analyse, text, expected):
    assert [(place, actors) for _, actors, place in events_of(analyse, text)] == expected


def test_a_days_report_of_many_strikes_somewhere_is_that_days_happening(analyse):
    text = "Coalition forces conducted 18 strikes against ISIL targets near Mosul on June 3, 2016."
    event, actors, place = only(events_of(analyse, text), "attack")
    assert (event.date, place, ("islamic_state", "target") in actors) == ("2016-06-03", "mosul", True)


def test_the_agent_a_list_header_claims_is_each_listed_attacks_agent_while_the_list_lasts(analyse):
    text = ("The Islamic Resistance in Iraq has claimed responsibility for several attacks on U.S. forces:\n"
            "- On January 20, 2024, a missile attack targeted the U.S. Embassy in Baghdad.\n"
            "- On December 8, 2023, a rocket attack occurred at the U.S. base in northeastern Syria.\n"
            "On March 3, 2024, a rocket attack hit Erbil airport.\n")
    agents = {e.date: {a for a, r in actors if r == "agent"} for e, actors, _ in events_of(analyse, text)}
    iri = {"islamic_resistance_in_iraq"}
    assert agents == {"2024-01-20": iri, "2023-12-08": iri, "2024-03-03": set()}


def test_a_second_object_the_parse_joins_to_the_verb_is_a_target_too(analyse):
    text = ("The State Department said it also designated Qais al-Khazali, leader of Asaib Ahl al-Haq, and "
            "his brother Laith al-Khazali, another leader of the group, as terrorists.")
    assert only(events_of(analyse, text), "designation")[1] == {
        ("us_department_of_state", "agent"), ("qais_al_khazali", "target"), ("laith_al_khazali", "target")}


def test_speaking_with_reporters_is_no_meeting(analyse):
    assert events_of(analyse, "Colonel Steve Warren spoke with Pentagon reporters on Tuesday.") == []


def test_a_subject_the_parse_hangs_on_the_auxiliary_is_still_the_agent(analyse):
    text = ("The Department of State is today designating Kata'ib Sayyid al-Shuhada and its Secretary "
            "General Hashim Finyan Rahim al-Saraji as Specially Designated Global Terrorists.")
    assert ("us_department_of_state", "agent") in only(events_of(analyse, text), "designation")[1]


def test_two_verbs_of_one_subject_at_two_places_are_two_happenings(analyse):
    text = "Iraqi forces recaptured Samarra on 5 June 2014, and also heavily shelled Fallujah."
    found = sorted((e.types[0], place) for e, _, place in events_of(analyse, text))
    assert found == [("attack", "fallujah"), ("battle", "samarra")]


def test_a_war_a_group_is_fighting_is_no_battle_but_fighting_somewhere_is(analyse):
    assert events_of(analyse, "The group is currently fighting against the Islamic State as part of the "
                              "Popular Mobilization Forces.") == []
    text = "In June 2014, Kata'ib Hezbollah was fighting ISIS in Amerli."
    _, actors, place = only(events_of(analyse, text), "battle")
    assert (actors, place) == ({("kataib_hezbollah", "agent"), ("islamic_state", "target")}, "amerli")


@pytest.mark.parametrize("text", [
    "Gunmen shot dead the analyst outside his home in Baghdad.",
    "Qais al-Khazali arrested in Baghdad",
])
def test_a_killing_or_arrest_told_without_a_named_doer_has_no_agent(analyse, text):
    event, found, place = events_of(analyse, text)[0]
    assert "agent" not in {role for _, role in found}
    assert place == "baghdad"


@pytest.mark.parametrize(("text", "type_", "actors"), [
    ("Gunmen killed the researcher Hisham al-Hashemi outside his home in Baghdad.", "killing",
     {("hisham_al_hashemi", "victim")}),
    ("The militia attacked the U.S. Embassy in Baghdad.", "attack", {("us_embassy_baghdad", "target")}),
    ("Security forces arrested the Specially Designated Global Terrorist Ahmed al-Kinani in Basra.", "arrest",
     {("Ahmed al-Kinani", "victim")}),
])
def test_generic_words_and_legal_categories_are_never_actors(analyse, text, type_, actors):
    assert only(events_of(analyse, text), type_)[1] == actors


def test_a_dead_man_named_in_the_sentence_is_no_participant_of_a_meeting(analyse):
    text = "Ismail Qaani met Hadi al-Amiri in Baghdad after the death of Qasem Soleimani."
    _, actors, place = only(events_of(analyse, text), "meeting")
    assert actors == {("ismail_qaani", "participant"), ("hadi_al_amiri", "participant")}
    assert place == "baghdad"


def test_the_victim_of_a_killing_takes_no_part_in_the_arrest_of_the_accused(analyse):
    text = "Iraqi police arrested Ahmed al-Kinani, who is accused of killing Hisham al-Hashemi."
    _, actors, _ = only(events_of(analyse, text), "arrest")
    assert ("Ahmed al-Kinani", "victim") in actors
    assert not any(name == "hisham_al_hashemi" for name, _ in actors)


def test_two_attacks_in_different_years_stay_two_events(analyse):
    text = ("In August 2003, a car bomb in Najaf killed Mohammad Baqir al-Hakim. "
            "In March 2003, a bomb in Najaf killed Abdul Majid al-Khoei.")
    found = [f for f in events_of(analyse, text) if "killing" in f[0].types]
    assert sorted(e.date for e, _, _ in found) == ["2003-03", "2003-08"]


def test_the_day_a_spokesman_spoke_does_not_date_what_he_spoke_of(analyse):
    text = ("Iraqi forces are advancing along several axes to liberate Mosul from ISIL control, Navy "
            "Capt. Jeff Davis told reporters today.")
    found = [e for e, _, _ in events_of(analyse, text, published="2016-10-18") if "battle" in e.types]
    assert [e.date for e in found] == ["2016-10"]


def test_a_month_and_a_day_of_it_in_one_place_are_one_battle(analyse):
    text = ("Iraqi troops attacked ISIL in Mosul on 18 October 2016. The forces that liberated Mosul in "
            "October 2016 were Iraqis.")
    found = [e for e, _, _ in events_of(analyse, text)]
    assert [(e.date, len(e.spans)) for e in found] == [("2016-10-18", 2)]


def test_reports_of_one_happening_in_a_document_become_one_event(analyse):
    text = ("On January 3, 2020, a U.S. drone strike killed Qasem Soleimani in Baghdad. "
            "The killing of Qasem Soleimani enraged Kata'ib Hezbollah.")
    ex, _, _ = analyse(text)
    (event,) = [e for e in ex.events if "killing" in e.types]
    assert [text[s:e] for s, e in event.spans] == [
        "On January 3, 2020, a U.S. drone strike killed Qasem Soleimani in Baghdad.",
        "The killing of Qasem Soleimani enraged Kata'ib Hezbollah."]
    assert event.date == "2020-01-03"


@pytest.mark.parametrize(
    ("text", "type_", "actor"),
    [
        ("Iraqi police arrested Ahmed al-Kinani in Baghdad.", "arrest", ("Ahmed al-Kinani", "victim")),
        ("Iraqi forces recaptured Mosul from the Islamic State in 2017.", "battle", None),
        ("The State Department designated Kata'ib Sayyid al-Shuhada as a terrorist group.", "designation",
         ("kataib_sayyid_al_shuhada", "target")),
        ("Ismail Qaani was appointed commander of the Quds Force.", "appointment",
         ("ismail_qaani", "participant")),
        ("Hadi al-Amiri met Qais al-Khazali in Baghdad.", "meeting", ("qais_al_khazali", "participant")),
        ("Kata'ib Hezbollah launched an attack on the U.S. Embassy in Baghdad.", "attack",
         ("kataib_hezbollah", "agent")),
    ],
)
def test_roles_by_type(analyse, text, type_, actor):
    _, actors, _ = only(events_of(analyse, text), type_)
    if actor:
        assert actor in actors, actors


@pytest.mark.parametrize("text", [
    "Kata'ib Hezbollah has conducted attacks against U.S. forces since 2007.",  # habitual
    "Kata'ib Hezbollah threatened to attack U.S. forces in Baghdad.",  # a threat
    "Kata'ib Hezbollah will attack the U.S. Embassy in Baghdad.",  # a plan
    "Kata'ib Hezbollah did not attack the U.S. Embassy in Baghdad.",  # negated
    "Kata'ib Hezbollah, a designated Foreign Terrorist Organization, rejected the offer.",  # a status
    "Anyone who attacked the U.S. Embassy in Baghdad faces prosecution, the minister said.",  # anyone
    "Several officials who met Ismail Qaani in Baghdad found him weak.",  # some people described
])
def test_what_did_not_happen_is_no_event(analyse, text):
    assert events_of(analyse, text) == []


def test_relative_dates_resolve_against_a_stated_date(analyse):
    found = events_of(analyse, "Militants attacked the base in Kirkuk last June.", published="2020-11-06")
    assert [e.date for e, _, _ in found] == ["2020-06"]


def test_a_day_without_a_year_takes_the_year_the_document_states(analyse):
    text = ("In 2019, tensions rose. On December 27, Kata'ib Hezbollah launched a rocket attack "
            "on a base near Kirkuk.")
    event, _, _ = only(events_of(analyse, text, published="2020-06-24"), "attack")
    assert event.date == "2019-12-27"


def test_the_publication_date_only_for_today_or_a_weekday(analyse):
    on_tuesday = events_of(analyse, "On Tuesday, protesters gathered in Tahrir Square.",
                           published="2020-11-06")
    assert [e.date for e, _, _ in on_tuesday] == ["2020-11-03"]
    undated = events_of(analyse, "A protest was held in Tahrir Square.", published="2020-11-06")
    assert [e.date for e, _, _ in undated] == [None]


@pytest.mark.parametrize(("text", "date"), [
    ("The fall of Mosul took place between 4–10 June 2014, when ISIS captured Mosul.", "2014-06"),
    ("ISIS captured Mosul on June 4–10, 2014.", "2014-06"),
    ("ISIS captured Mosul from 4 to 10 June 2014.", "2014-06"),
    ("ISIS captured Mosul between June 2014 and July 2015.", None),  # a stretch of time
])
def test_days_of_one_month_date_a_happening_to_the_month(analyse, text, date):
    assert only(events_of(analyse, text), "battle")[0].date == date


def test_dates_counted_from_the_date_the_text_stated_last(analyse):
    text = ("On January 3, 2020, a U.S. drone strike killed Qasem Soleimani in Baghdad. "
            "The following day, protesters rallied in Tahrir Square. "
            "Two weeks later, Iraqi police arrested Ahmed al-Kinani in Basra. "
            "Days beforehand, the United States had struck Kata'ib Hezbollah sites in al-Qaim.")
    dates = sorted((e.types[0], e.date) for e, _, _ in events_of(analyse, text, published="2020-03-01"))
    # some days before 18 January is still January; the report's own date is used for none
    assert dates == [("arrest", "2020-01-18"), ("attack", "2020-01"), ("attack", "2020-01-03"),
                     ("protest", "2020-01-04")]


def test_earlier_this_year_is_the_year_of_the_report_and_days_before_a_new_year_no_date(analyse):
    text = "Earlier this year, militants attacked the base near Kirkuk."
    assert [e.date for e, _, _ in events_of(analyse, text, published="2021-06-10")] == ["2021"]
    text = ("On January 3, 2020, a U.S. drone strike killed Qasem Soleimani in Baghdad. "
            "Days beforehand, Kata'ib Hezbollah attacked a base near Kirkuk.")
    found = events_of(analyse, text, published="2020-03-01")
    assert sorted(str(e.date) for e, _, _ in found if "attack" in e.types) == ["2020-01-03", "None"]


@pytest.mark.parametrize(("text", "type_", "date"), [
    # a relative clause about someone dates what he did, not the happening
    ("Ahmed al-Kinani, who joined Kata'ib Hezbollah in 2015, was arrested in Baghdad.", "arrest", None),
    ("Hadi al-Amiri, who was born in 1954, met Qais al-Khazali in Baghdad.", "meeting", None),
    ("Iraqi police arrested Ahmed al-Kinani, who had killed Hisham al-Hashemi in July 2020.", "arrest", None),
    ("Iraqi police arrested Ahmed al-Kinani, who had killed Hisham al-Hashemi in July 2020.", "killing",
     "2020-07"),
    # a clause about the happening itself dates it
    ("A U.S. strike that killed Qasem Soleimani on January 3, 2020 angered Iraqis.", "killing", "2020-01-03"),
    # the date of a statement is not the date of what it reports
    ("Kata'ib Hezbollah said on January 5, 2020 that it had attacked the U.S. Embassy in Baghdad.", "attack",
     None),
])
def test_a_date_in_another_clause_is_not_borrowed(analyse, text, type_, date):
    event, _, _ = only(events_of(analyse, text), type_)
    assert event.date == date


def test_who_said_it_or_they_did_it_is_the_agent(analyse):
    _, actors, _ = only(events_of(analyse, "Kata'ib Hezbollah said that it had attacked the U.S. Embassy in "
                                           "Baghdad."), "attack")
    assert ("kataib_hezbollah", "agent") in actors
    _, actors, _ = only(events_of(analyse, "Iraqi police said they had arrested Ahmed al-Kinani in Basra."),
                        "arrest")
    assert ("iraqi_police", "agent") in actors and ("Ahmed al-Kinani", "victim") in actors


def test_a_strike_and_what_came_of_it_after_a_comma_are_one_dated_happening(analyse):
    text = ("A drone strike targeted a vehicle carrying Kata'ib Hezbollah commander Abu Baqir al-Saadi in "
            "Baghdad on February 7, 2024, killing him.")
    event, _, place = only(events_of(analyse, text), "attack")
    assert set(event.types) == {"attack", "killing"} and event.date == "2024-02-07" and place == "baghdad"


def test_protesters_storming_a_building_are_one_happening_a_protest_and_an_attack(analyse):
    found = events_of(analyse, "On 31 December 2019, protesters stormed the U.S. Embassy in Baghdad.")
    assert [(set(e.types), e.date, place) for e, _, place in found] == [
        ({"attack", "protest"}, "2019-12-31", "us_embassy_baghdad")]


def test_a_record_is_no_happening(analyse):
    assert events_of(analyse, "The group is responsible for killing hundreds of U.S. soldiers.") == []


def test_a_wire_dateline_dates_what_the_report_says_is_under_way_or_happened_on_a_weekday(analyse):
    head = "WASHINGTON, Oct. 18, 2016 — "
    text = head + "Iraqi security forces are working together as they advance to liberate Mosul."
    assert [e.date for e, _, _ in events_of(analyse, text)] == ["2016-10"]  # under way: that month
    text = head + "On Monday, Iraqi police arrested Ahmed al-Kinani in Basra."
    assert [e.date for e, _, _ in events_of(analyse, text)] == ["2016-10-17"]
    text = "Iraqi security forces were advancing to liberate Mosul."  # no dateline, and past
    assert [e.date for e, _, _ in events_of(analyse, text, published="2016-10-18")] == [None]


def test_no_date_is_invented(analyse):
    found = events_of(analyse, "Militants attacked the base near Kirkuk days beforehand.")
    assert found and all(e.date is None for e, _, _ in found)


def test_events_keep_their_evidence_sentence(analyse):
    text = "It was quiet. Militants attacked the base near Kirkuk."
    ex, _, _ = analyse(text)
    (event,) = [e for e in ex.events if e.type == "attack"]
    assert text[event.evidence_start:event.evidence_end] == "Militants attacked the base near Kirkuk."


def test_a_month_without_a_year_is_the_latest_before_publication(analyse):
    found = events_of(analyse, "Barack Obama met Haider al-Abadi in New York in September.",
                      published="2014-11-06")
    assert [e.date for e, _, _ in found] == ["2014-09"]


def test_he_is_the_person_last_named_as_a_subject(analyse):
    text = ("Abu Mahdi al-Muhandis commanded Kata'ib Hezbollah for years. "
            "He was killed in a U.S. drone strike in 2020.")
    _, actors, _ = only(events_of(analyse, text), "killing")
    assert ("abu_mahdi_al_muhandis", "victim") in actors and ("united_states", "agent") in actors


@pytest.mark.parametrize(("text", "type_", "who"), [
    # the subject of the clause "before he was killed" hangs from, not the last person named
    ("Qasem Soleimani met Hadi al-Amiri in Baghdad before he was killed in 2020.", "killing",
     ("qasem_soleimani", "victim")),
    ("Ismail Qaani came to Baghdad with Qassem Soleimani in 2019, months before he was arrested.", "arrest",
     ("ismail_qaani", "victim")),
    # ... unless the sentence calls another person dead
    ("Ismail Qaani came, a successor to the late General Qassem Soleimani, who ruled the Quds Force for "
     "years, before he was killed by a US drone in 2020.", "killing", ("qasem_soleimani", "victim")),
    # no person subject above it: the one the sentence named before it
    ("Iraqi police arrested Ahmed al-Kinani after he killed Hisham al-Hashemi.", "killing",
     ("Ahmed al-Kinani", "agent")),
    # "him" is never the subject of its own clause; a "him" before it stands for the same person
    ("Hadi al-Amiri led the Badr Organization. Ismail Qaani praised him before the United States "
     "killed him.", "killing", ("hadi_al_amiri", "victim")),
    # a "his" in a fronted phrase is its clause's subject's
    ("Qasim al-Araji led Badr in Baghdad. After his arrest in 2003, Hadi al-Amiri fled to Iran.", "arrest",
     ("hadi_al_amiri", "victim")),
])
def test_a_pronoun_stands_for_the_person_its_clause_makes_salient(analyse, text, type_, who):
    _, actors, _ = only(events_of(analyse, text), type_)
    assert who in actors and {name for name, role in actors if role == who[1]} == {who[0]}, actors


@pytest.mark.parametrize(("text", "type_", "expected", "not_actors"), [
    # who a verb above says did it: its object, else its subject
    ("Iran-backed militias assisted the Quds Force in firing drones at a Saudi oil pipeline.", "attack",
     {("quds_force", "agent")}, set()),
    ("Qais al-Khazali took part in the attack on the Karbala headquarters in 2007.", "attack",
     {("qais_al_khazali", "agent")}, {"karbala"}),  # the headquarters are in Karbala: its place
    ("Ahmed al-Kinani is accused of participating in the shooting and killing of Hisham al-Hashemi.",
     "killing", {("Ahmed al-Kinani", "agent"), ("hisham_al_hashemi", "victim")}, set()),
    # people who stand for a group named in apposition
    ("The Treasury Department designated six men affiliated with the militia group Kata'ib Hezbollah.",
     "designation", {("kataib_hezbollah", "target")}, set()),
    # a name that is the meeting's own is not who met
    ("Iraqi officials visited Washington in July 2024 for Joint Security Cooperation Dialogue talks.",
     "meeting", {("iraq", "participant")},
     {"Joint Security Cooperation Dialogue", "joint_security_cooperation_dialogue"}),
    # fighting alongside another side makes it a side too
    ("Kata'ib al-Imam Ali fighters took part in the battle of Tikrit alongside the Iraqi army.", "battle",
     {("kataib_al_imam_ali", "agent"), ("iraqi_army", "agent")}, set()),
    # who a place is retaken from, in an infinitive too
    ("In March 2015, Iraqi forces launched an offensive to retake Tikrit from ISIL.", "battle",
     {("iraqi_security_forces", "agent"), ("islamic_state", "target")}, set()),
    # a bare plural with its own place is one happening ("conducted attacks against U.S. forces" is not)
    ("U.S. aircraft conducted airstrikes near Amirli to support Iraqi security forces.", "attack",
     {("united_states", "agent")}, set()),
    # a verb and its object words apart; what came of it after a comma; who claimed it; by doing what
    ("A drone strike targeted a vehicle carrying Kata'ib Hezbollah commander Abu Baqir al-Saadi in Baghdad "
     "on February 7, 2024, killing him.", "killing", {("abu_baqir_al_saadi", "victim")}, set()),
    ("Iran retaliated on January 8, 2020 by firing ballistic missiles at Ain al-Asad air base.", "attack",
     {("iran", "agent")}, set()),
    ("The Islamic State claimed responsibility for the bombing in Baghdad.", "attack",
     {("islamic_state", "agent")}, set()),
    ("The attack on the U.S. Embassy in Baghdad was carried out by Kata'ib Hezbollah.", "attack",
     {("kataib_hezbollah", "agent")}, set()),
    ("ISIS militants executed hundreds of Iraqi Air Force cadets at Camp Speicher in June 2014.", "killing",
     {("islamic_state", "agent"), ("iraqi_air_force", "target")}, set()),
    # the sides a fight or a meeting is "between" or "with", wherever the parse hangs them
    ("The battle was fought between ISIL and Iraqi forces.", "battle",
     {("islamic_state", "agent"), ("iraqi_security_forces", "agent")}, set()),
    ("Hadi al-Amiri held talks with Ismail Qaani in Tehran.", "meeting",
     {("hadi_al_amiri", "participant"), ("ismail_qaani", "participant")}, set()),
    ("Hadi al-Amiri had a meeting with Ismail Qaani in Tehran.", "meeting",
     {("hadi_al_amiri", "participant"), ("ismail_qaani", "participant")}, set()),
    # supporters stand for whom they support
    ("On 31 December 2019, the embassy was attacked by supporters of Kata'ib Hezbollah.", "attack",
     {("kataib_hezbollah", "agent")}, set()),
    # "they" in a clause under another: that clause's subject
    ("Iraqi security forces and the Peshmerga are working together as they advance to liberate Mosul.",
     "battle", {("iraqi_security_forces", "agent"), ("peshmerga", "agent")}, set()),
])
def test_roles_the_structure_around_the_clause_gives(analyse, text, type_, expected, not_actors):
    _, actors, _ = only(events_of(analyse, text), type_)
    assert expected <= actors and not {name for name, _ in actors} & not_actors, actors


def test_the_attack_told_of_again_joins_the_happening_before_it(analyse):
    text = ("On December 27, 2019, Kata'ib Hezbollah fired rockets at a base near Kirkuk. "
            "The attack killed an American contractor. "
            "The United States blamed the attack on Kata'ib Hezbollah. "
            "On December 29, 2019, U.S. aircraft struck five Kata'ib Hezbollah sites in Iraq and Syria. "
            "The strikes killed 25 fighters and wounded 55 others.")
    found = sorted(events_of(analyse, text), key=lambda f: f[0].date)
    assert [(e.date, sorted(e.types), len(e.spans)) for e, _, _ in found] == [
        ("2019-12-27", ["attack", "killing"], 3), ("2019-12-29", ["attack", "killing"], 2)]
    assert ("kataib_hezbollah", "agent") in found[0][1]
    assert (found[1][0].fatalities, found[1][0].wounded) == (25, 55)


def test_the_attack_with_nothing_told_before_it_or_named_by_its_own_words_stands_alone(analyse):
    assert events_of(analyse, "The strikes killed 25 fighters and wounded 55 others.") == []
    text = ("On January 3, 2020, a U.S. drone strike killed Qasem Soleimani in Baghdad. "
            "Militias attacked the U.S. Embassy following the killing of Abu Mahdi al-Muhandis.")
    killings = [(e, a) for e, a, _ in events_of(analyse, text) if "killing" in e.types]
    assert len(killings) == 2  # "the killing of X" is named by its own words, another man's


def test_blaming_an_attack_on_a_group_makes_it_the_agent(analyse):
    text = "The Iraqi government blamed the massacre at Camp Speicher on the Islamic State."
    _, actors, _ = only(events_of(analyse, text), "killing")
    assert ("islamic_state", "agent") in actors
    text = "The United States blamed the attack on Kata'ib Hezbollah."
    _, actors, _ = only(events_of(analyse, text), "attack")
    assert actors == {("kataib_hezbollah", "agent")}


def test_an_attacked_building_is_target_and_place_and_strikes_targeting_a_group_aim_at_it(analyse):
    _, actors, place = only(events_of(analyse, "Militants attacked the U.S. Embassy in Baghdad on "
                                               "December 31, 2019."), "attack")
    assert place == "us_embassy_baghdad" and ("us_embassy_baghdad", "target") in actors
    _, actors, _ = only(events_of(analyse, "On December 29, 2019, the United States carried out strikes "
                                           "in Iraq and Syria targeting Kata'ib Hezbollah."), "attack")
    assert {("united_states", "agent"), ("kataib_hezbollah", "target")} <= actors


def test_a_phrase_trigger_and_he_named_earlier_in_the_sentence(analyse):
    event, actors, _ = only(events_of(analyse, "Mustafa al-Kadhimi took office in May 2020."), "appointment")
    assert event.date == "2020-05" and ("mustafa_al_kadhimi", "participant") in actors
    text = "The group was led by Abu Mahdi al-Muhandis until he was killed in a U.S. drone strike in 2020."
    _, actors, _ = only(events_of(analyse, text), "killing")
    assert ("abu_mahdi_al_muhandis", "victim") in actors


def test_the_events_stage_costs_in_proportion_to_the_text(analyse):
    """Counted calls, not time: twenty times the text, each part its own happening by one side
    against another, costs about twenty times the calls. A sentence's dates come from an index,
    not a walk over the whole document's entities, and a mention is compared with a bounded
    number of the happenings that share its actors."""
    import cProfile
    import pstats

    from shabaka.annotate.sections import annotate
    from shabaka.extract import Extractor
    from shabaka.extract.events import extract_events

    kb = analyse.kb
    extractor = Extractor(kb.pack, kb.ontology)

    def calls(parts: int) -> tuple[int, int]:
        text = "\n\n".join(f"In March {1900 + i}, U.S. forces attacked Kata'ib Hezbollah in Najaf, "
                           f"killing {i + 2} fighters. It was quiet in May {1900 + i}." for i in range(parts))
        doc = next(annotate(kb.nlp, [text]))
        ex = extractor(doc)
        profile = cProfile.Profile()
        events = profile.runcall(extract_events, doc, ex, kb.pack, None)
        return pstats.Stats(profile).total_calls, len(events)

    small, small_events = calls(10)
    large, large_events = calls(200)
    assert (small_events, large_events) == (10, 200)  # every year its own happening
    assert large / small < 25, (small, large)


@pytest.mark.parametrize(
    ("text", "type_", "date", "actor"),
    [
        ("Nouri al-Maliki was selected as prime minister in 2006.", "appointment", "2006",
         ("nouri_al_maliki", "participant")),
        ("In 2019 the militias installed Adel Abdul Mahdi as prime minister.", "appointment", "2019",
         ("adel_abdul_mahdi", "participant")),
        ("Falih al-Fayyadh took over as chairman of the Popular Mobilization Commission in 2014.",
         "appointment", "2014", ("falih_al_fayyadh", "participant")),
        ("Mustafa al-Kadhimi came to power in May 2020.", "appointment", "2020-05",
         ("mustafa_al_kadhimi", "participant")),
        ("Gunmen shot dead Hisham al-Hashemi outside his home in Baghdad in July 2020.", "killing", "2020-07",
         ("hisham_al_hashemi", "victim")),
        ("Kata'ib Hezbollah militants stormed the U.S. Embassy in Baghdad on December 31, 2019.", "attack",
         "2019-12-31", ("kataib_hezbollah", "agent")),
        ("Thousands of protesters took to the streets of Baghdad in October 2019.", "protest", "2019-10",
         None),
        ("The Mahdi Army clashed with Iraqi security forces in Karbala in August 2007.", "battle", "2007-08",
         ("mahdi_army", "agent")),
        ("Britain proscribed Kata'ib Hezbollah in 2019.", "designation", "2019",
         ("kataib_hezbollah", "target")),
        ("Iraqi police arrested Ahmed al-Kinani and jailed him in Baghdad in July 2021.", "arrest", "2021-07",
         ("Ahmed al-Kinani", "victim")),
        ("Kata'ib Hezbollah fighters fired rockets at the U.S. Embassy in Baghdad on January 26, 2020.",
         "attack", "2020-01-26", ("us_embassy_baghdad", "target")),
        ("Thousands of Sadrists rioted in Basra in September 2018.", "protest", "2018-09", None),
        ("Abdul Aziz al-Muhammadawi was chosen as chief of staff of the Popular Mobilization Forces in "
         "February 2020.", "appointment", "2020-02", ("Abdul Aziz al-Muhammadawi", "participant")),
        ("Ismail Qaani assumed command of the Quds Force in January 2020.", "appointment", "2020-01",
         ("ismail_qaani", "participant")),
        ("Police rounded up Hadi al-Amiri's bodyguards in Baghdad in March 2021.", "arrest", "2021-03", None),
        ("Ahmed al-Kinani was taken into custody in Basra in July 2021.", "arrest", "2021-07",
         ("Ahmed al-Kinani", "victim")),  # a phrase of four words, its first by lemma
        ("Gunmen shot and killed Hisham al-Hashemi in Baghdad in July 2020.", "killing", "2020-07",
         ("hisham_al_hashemi", "victim")),
        ("Iraqi forces repelled an Islamic State counteroffensive near Ramadi in 2016.", "battle", "2016",
         None),
        ("The Treasury announced the blacklisting of Kata'ib Hezbollah in 2009.", "designation", "2009",
         ("kataib_hezbollah", "target")),
    ],
)
def test_triggers_an_analyst_expects(analyse, text, type_, date, actor):
    event, actors, _ = only(events_of(analyse, text), type_)
    assert event.date == date
    if actor:
        assert actor in actors, actors


def test_who_replaces_or_succeeds_is_appointed_and_who_is_replaced_takes_no_part(analyse):
    for text in ("Ismail Qaani replaced Qasem Soleimani as commander of the Quds Force in January 2020.",
                 "Qasem Soleimani was replaced by Ismail Qaani as head of the Quds Force in January 2020.",
                 "Ismail Qaani succeeded Qasem Soleimani as commander of the Quds Force in January 2020."):
        event, actors, _ = only(events_of(analyse, text), "appointment")
        assert actors == {("ismail_qaani", "participant")}, text
        assert event.date == "2020-01"


def test_a_place_taken_is_a_battle_and_a_person_taken_an_arrest(analyse):
    took_over = events_of(analyse, "The Islamic State took over Mosul in June 2014.")
    event, actors, place = only(took_over, "battle")
    assert place == "mosul" and ("islamic_state", "agent") in actors and event.date == "2014-06"
    assert not [e for e, _, _ in took_over if "appointment" in e.types]
    _, _, place = only(events_of(analyse, "Iraqi forces captured Tikrit in March 2015."), "battle")
    assert place == "tikrit"
    _, actors, _ = only(events_of(analyse, "Iraqi police captured Abu Bakr al-Baghdadi in Baghdad in 2010."),
                        "arrest")
    assert ("abu_bakr_al_baghdadi", "victim") in actors


def test_only_a_person_is_appointed_and_the_posts_place_is_not_the_events(analyse):
    assert not [e for e, _, _ in events_of(analyse, "Hundreds of Iraqi militiamen were installed as guards "
                                                    "at the prime minister's office in 2019.")
                if "appointment" in e.types]
    text = "Falih al-Fayyadh was appointed director of Baghdad International Airport in 2019."
    event, actors, place = only(events_of(analyse, text), "appointment")
    assert actors == {("falih_al_fayyadh", "participant")} and place is None and event.date == "2019"
    _, _, place = only(events_of(analyse, "Hadi al-Amiri was appointed in Baghdad as head of the "
                                          "Badr Organization."), "appointment")
    assert place == "baghdad"


def test_attending_a_conference_is_taking_part_and_its_topic_is_not_its_place(analyse):
    text = "Qasim al-Araji attended a conference about al-Hol camp on June 12, 2023."
    event, actors, place = only(events_of(analyse, text), "meeting")
    assert ("qasim_al_araji", "participant") in actors
    assert place != "al_hol_camp" and event.date == "2023-06-12"


def test_relative_dates_resolve_against_the_date_the_first_line_states(analyse):
    text = ("Press briefing by the coalition spokesman, July 2, 2007\n\n"
            "Three days ago, coalition forces killed Abu Ayyub al-Masri near Baghdad.")
    event, _, _ = only(events_of(analyse, text), "killing")
    assert event.date == "2007-06-29"
    later = "Three days ago, coalition forces killed Abu Ayyub al-Masri near Baghdad. It was July 2, 2007."
    assert only(events_of(analyse, later), "killing")[0].date is None  # a date stated later anchors nothing


def test_posts_listed_with_their_own_dates_are_two_appointments(analyse):
    text = ("Qasim al-Araji was appointed as Iraq's Minister of Interior in 2017 and National Security "
            "Advisor in 2020.")
    found = [(e.date, actors) for e, actors, _ in events_of(analyse, text) if "appointment" in e.types]
    assert sorted(found) == [("2017", {("qasim_al_araji", "participant")}),
                             ("2020", {("qasim_al_araji", "participant")})]


@pytest.mark.parametrize("text", [
    "Abu Mahdi al-Muhandis became the embodiment of Iranian influence in Iraq in 2019.",  # no post
    "The airport road now bears the name of Qasem Soleimani.",  # a noun "name" is no naming
    "I was very happy to be nominated by the Ministry of Defense to study abroad.",  # no appointee named
])
def test_what_is_no_appointment(analyse, text):
    assert not [e for e, _, _ in events_of(analyse, text) if "appointment" in e.types]


def test_becoming_a_post_the_packs_know_is_an_appointment(analyse):
    event, actors, _ = only(events_of(analyse, "Hadi al-Amiri became the head of the Badr Organization "
                                               "in 2003."), "appointment")
    assert actors == {("hadi_al_amiri", "participant")} and event.date == "2003"


def test_the_person_a_title_names_takes_part_not_the_country_before_it(analyse):
    text = ("Iraq's National Security Advisor Qasim al-Araji (center) attends a conference in Baghdad "
            "on June 12, 2023.")
    _, actors, place = only(events_of(analyse, text), "meeting")
    assert actors == {("qasim_al_araji", "participant")} and place == "baghdad"


@pytest.mark.parametrize("text", [
    "Militias attacked U.S. personnel in Iraq more than 60 times between October 2023 and February 4, 2024.",
    "The Special Groups continued fighting in Basra.",  # a state of affairs
    "Between October 2023 and February 4, 2024, President Joe Biden ordered U.S. air strikes in Iraq.",
    "The army now holds the territory retaken from the Islamic State in 2017.",  # a state
    "In 2008 the group claimed responsibility for over 6,000 attacks on American forces.",
    "Badr forces have come to prominence in 2014 fighting the Islamic State in Iraq.",  # a war, nowhere
    "The militia is backed by the Quds Force, which has been designated by the United States.",  # a standing
])
def test_many_happenings_or_an_ongoing_one_are_no_event(analyse, text):
    assert events_of(analyse, text) == []


def test_what_an_attack_wounded_is_its_target_and_a_stretch_of_time_no_date(analyse):
    text = "The groups claimed an attack that wounded U.S. personnel at Ain al-Asad on August 5, 2024."
    event, actors, _ = only(events_of(analyse, text), "attack")
    assert ("united_states", "target") in actors and event.date == "2024-08-05"
    text = "Between 2003 and 2011, Kata'ib Hezbollah attacked the U.S. Embassy in Baghdad."
    event, _, _ = only(events_of(analyse, text), "attack")
    assert event.date is None


def test_places_listed_for_one_trigger_are_a_happening_each_and_who_lost_them_the_target(analyse):
    found = events_of(analyse, "Iraqi forces recaptured Tikrit, Baiji and Ramadi from the Islamic State "
                               "in 2015.")
    assert sorted(place for e, _, place in found if "battle" in e.types) == ["baiji", "ramadi", "tikrit"]
    assert all(("islamic_state", "target") in actors and e.date == "2015" for e, actors, _ in found)


def test_a_question_reports_no_happening(analyse):
    assert events_of(analyse, 'Khalid Mutlaq said: "Why is Soleimani leading our battles in Tikrit?"') == []


@pytest.mark.parametrize(
    ("text", "type_", "date", "actors"),
    [
        # the person a phrase names in apposition, not the group or country that names his post
        ("Police announced the arrest of a senior member of the Kata'ib Hezbollah militia, Ahmed al-Kinani, "
         "in Basra.", "arrest", None, {("Ahmed al-Kinani", "victim")}),
        ("U.S. forces killed a senior al Qaeda in Iraq commander, Abu Ayyub al-Masri, near Samarra.",
         "killing", None, {("abu_ayyub_al_masri", "victim"), ("united_states", "agent")}),
        ("Iran's envoy to Baghdad, the commander of the Quds Force, General Ismail Qaani, met with militia "
         "leaders in Baghdad.", "meeting", None, {("ismail_qaani", "participant")}),
        ("In 2019, former head of intelligence Ali Taqqi took over as director of the airport.",
         "appointment", "2019", {("Ali Taqqi", "participant")}),
        # the noun a participle qualifies is what it happened to
        ("The cabinet changed again, with a loyal official, Mohammed al-Hashemi, installed as the prime "
         "minister's chief of staff.", "appointment", None, {("mohammed_al_hashemi", "participant")}),
        # coordinated and infinitive clauses share their subject, and a passive stays passive
        ("Qasim al-Araji joined the Badr Organization, sat in parliament for a term and was appointed "
         "interior minister in 2017.", "appointment", "2017", {("qasim_al_araji", "participant")}),
        ("Hadi al-Amiri was released three months later, only to be detained again in 2007.", "arrest",
         "2007", {("hadi_al_amiri", "victim")}),
        # a date another coordinated verb states is not this one's
        ("Abu Mahdi al-Muhandis was arrested in 1983 and later appointed deputy chairman of the Popular "
         "Mobilization Committee.", "appointment", None, {("abu_mahdi_al_muhandis", "participant")}),
        # what a dated clause follows from is a happening of its time, not a habit
        ("The cleric declared a truce in March 2008 following Mahdi Army clashes with the Iraqi Army in "
         "Basra.", "battle", "2008-03", {("mahdi_army", "agent"), ("iraqi_army", "agent")}),
        # members stand for their group; a place's country is where it is, not a side
        ("The Treasury is designating six individuals affiliated with Kata'ib Hezbollah.", "designation",
         None, {("us_department_of_the_treasury", "agent"), ("kataib_hezbollah", "target")}),
        ("Iraqi forces advanced to liberate Mosul, Iraq, from the Islamic State in October 2016.", "battle",
         "2016-10", {("iraqi_security_forces", "agent"), ("islamic_state", "target")}),
        # "he joined X, was elected ...": a subject the parser hung on the clause before
        ("Qasim al-Araji is a senior official. Sometime later he joined the Badr Organization, was elected "
         "to parliament in 2014 and was appointed interior minister in 2017.", "appointment", "2017",
         {("qasim_al_araji", "participant")}),
        # a later post the parser joined to the verb, with its own date
        ("Qasim al-Araji is a senior official. Sometime later he joined the Badr Organization, was elected "
         "to parliament in 2014 and was appointed as Iraq's interior minister in 2017, and National Security "
         "Advisor in 2020.", "appointment", "2020", {("qasim_al_araji", "participant")}),
        # a successor is appointed; whom he succeeds takes no part
        ("Ismail Qaani arrived, a successor to the late General Qasem Soleimani.", "appointment", None,
         {("ismail_qaani", "participant")}),
        # a clause with a subject of its own shares not its head's, nor a "before" clause the head's date
        ("Ismail Qaani came, a successor to Qasem Soleimani, who led the force for years before he was "
         "killed by a U.S. drone in 2020.", "killing", "2020",
         {("qasem_soleimani", "victim"), ("united_states", "agent")}),
        ("Ismail Qaani was appointed commander in January 2020 after Qasem Soleimani was killed.", "killing",
         None, {("qasem_soleimani", "victim")}),
        # with its owner named, the country before a noun is where it happened, not a side
        ("The Islamic State's Iraq offensive began in June 2014.", "battle", "2014-06",
         {("islamic_state", "agent")}),
        # "he" after a sentence about its person in apposition to what the sentence is about
        ("Among the men who matter is Iraq's national security adviser, Qasim al-Araji. In 2007 he was "
         "detained by U.S. forces.", "arrest", "2007",
         {("qasim_al_araji", "victim"), ("united_states", "agent")}),
    ],
)
def test_roles_and_dates_from_the_clause_structure(analyse, text, type_, date, actors):
    found = [(e.date, a) for e, a, _ in events_of(analyse, text) if type_ in e.types]
    assert (date, actors) in found and len({d for d, _ in found}) == len(found), found


def test_a_happening_after_which_another_clause_is_dated_takes_not_its_date(analyse):
    found = events_of(analyse, "He finished the staff college in 1990 and wrote a thesis after the "
                               "liberation of Mosul.")
    assert [(e.date, place) for e, _, place in found] == [(None, "mosul")]


def test_a_when_clause_takes_its_place_from_the_clause_it_dates(analyse):
    found = events_of(analyse, "Basra saw bloodshed in early October 2019, when demonstrators demanded jobs "
                               "and an end to corruption.")
    assert [(e.types, e.date, place) for e, _, place in found] == [(["protest"], "2019-10", "basra")]


def test_a_place_taken_earlier_in_a_relative_clause_is_its_own_battle(analyse):
    text = ("The Battle of Mosul was a major battle initiated by Iraq to retake the city of Mosul, which had "
            "been captured by ISIL in June 2014.")
    found = events_of(analyse, text)
    assert [e.types for e, _, _ in found] == [["battle"], ["battle"]], found
    capture = next(f for f in found if f[0].date == "2014-06")
    assert ("islamic_state", "agent") in capture[1]
    assert not any(e.date for e, _, place in found if place == "mosul" and e is not capture[0])


@pytest.mark.parametrize(("text", "type_"), [
    ("ISIL captured both the town and parts of the refinery in June 2014.", "battle"),
    ("Al-Baghdadi was captured in Baghdad on March 9, 2007.", "arrest"),
    ("Iraqi forces captured three ISIS fighters in Anbar in 2016.", "arrest"),
    ("Kata'ib Hezbollah seized the Iraqi Army's base in 2014.", "battle"),
])
def test_a_person_captured_is_arrested_a_thing_taken_is_fought_for(analyse, text, type_):
    [(event, _, _)] = events_of(analyse, text)
    assert event.types == [type_]


def test_what_a_designation_bears_on_is_not_its_target(analyse):
    text = ("On Tuesday the Treasury designated Kata'ib Hezbollah. The designations also support President "
            "Barack Obama's strategy to destroy ISIL.")
    actors = {a for _, found, _ in events_of(analyse, text) for a in found}
    assert ("kataib_hezbollah", "target") in actors
    assert not any(name == "barack_obama" for name, _ in actors), actors

