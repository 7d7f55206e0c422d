"""Mention typing and in-document chains on short texts written for the test."""

import pytest

from tests.extract import stated


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
        # Arabic names the pack knows in part: a nickname before the family name, a compound given
        # name cut at its hyphen
        ("He assassinated Hajj Qasem Soleimani, commander of the Quds Force.", "Hajj Qasem Soleimani",
         "PERSON"),
        ("Abdul-Sattar Abu Risha, head of the Anbar Salvation Council, led the revolt.",
         "Abdul-Sattar Abu Risha", "PERSON"),
        ("The Zionist entity struck Beirut.", "Zionist entity", "COUNTRY"),
    ],
)
def test_mentions_get_ontology_types(analyse, text, span, type_):
    _, mentions, _ = analyse(text)
    assert any(span in m and t == type_ for m, t in mentions), mentions


def test_a_title_case_headline_is_no_person(analyse):
    """ "Top Sunni Sheik Killed": words the story writes in lower case make no name."""
    _, mentions, _ = analyse("Top Sunni Sheik Killed in IED Attack\n\nSunni sheik led revolt against al "
                             "Qaeda in Iraq. The Sunni tribal leader was killed in an attack.")
    assert not any(t == "PERSON" for _, t in mentions), mentions


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


def test_photo_credits_split_into_agency_and_photographer(analyse):
    _, mentions, _ = analyse("The minister spoke in Baghdad. (Photo by REUTERS/Ken Cedeno)")
    assert ("REUTERS", "ORGANIZATION") in mentions
    assert ("Ken Cedeno", "PERSON") in mentions


def test_headline_words_are_not_organisations(analyse):
    _, mentions, _ = analyse("The Road Ahead For Iran-Backed Militias In Iraq\n\nThe militias met in Basra.")
    assert not any("Road Ahead" in m for m, _ in mentions)


def test_a_given_name_makes_a_person_of_a_model_organisation(analyse):
    _, mentions, _ = analyse("Qais Khalaf Rahima was born in Maysan in 1962.")
    assert ("Qais Khalaf Rahima", "PERSON") in mentions


def test_sect_and_role_words_are_not_names(analyse):
    _, mentions, _ = analyse("Shiite leaders met the National Security Advisor in Najaf.")
    assert all(m not in {"Shiite", "National Security Advisor"} for m, _ in mentions), mentions


def test_a_capital_as_subject_stands_for_its_country_but_a_dateline_does_not(analyse):
    ex, _, _ = analyse("WASHINGTON, Oct. 18, 2016 — Tehran accused Washington of escalation.")
    keys = [(m.text, m.key) for m in ex.mentions]
    assert ("Tehran", "iran") in keys
    assert ("WASHINGTON", "washington_dc") in keys


def test_kunya_in_parentheses_joins_the_full_name(analyse):
    ex, _, _ = analyse("He was replaced by Abdul Aziz al-Muhammadawi (Abu Fadak), the new leader.")
    chains = {ex.chains[m.chain].id for m in ex.mentions if m.type == "PERSON"}
    assert len(chains) == 1


def test_a_name_the_document_gave_is_a_mention_wherever_it_recurs(analyse):
    ex, _, claims = analyse("Ismail Qaani visited Baghdad. Qaani came, a successor to the late "
                            "General Qassem Soleimani, to meet the factions.")
    qaani = [m for m in ex.mentions if m.text == "Qaani"]
    assert qaani and ex.mentions[0].chain == qaani[0].chain
    assert ("ismail_qaani", "succeeded", "qasem_soleimani") in claims


def test_a_surname_inside_a_longer_name_is_not_the_person():
    """Where the model missed 'Sadr City', its 'Sadr' is still not Muqtada al-Sadr."""
    from shabaka.annotate import load_model
    from shabaka.config import Settings
    from shabaka.extract.mentions import _repeats

    doc = load_model(Settings().model)("Muqtada al-Sadr spoke on Friday. Crowds gathered in Sadr City. "
                                       "Sadr urged calm.")
    doc.ents = [doc.char_span(0, len("Muqtada al-Sadr"), label="PERSON")]
    found = [(m.text, doc.text[m.start:m.end + 6]) for m in _repeats(doc, {})]
    assert found == [("Sadr", "Sadr urged")], found


def test_a_pack_actor_keeps_its_type_however_often_the_model_guesses_otherwise():
    from shabaka.extract.chains import build_chains
    from shabaka.model import Mention

    text = "Ismail Qaani met them. " + "Qaani spoke. " * 6
    mentions = [Mention(0, 12, "Ismail Qaani", "PERSON", 0, extractor="pack:ismail_qaani",
                        key="ismail_qaani")]
    at = len("Ismail Qaani met them. ")
    for k in range(6):
        start = at + k * len("Qaani spoke. ")
        mentions.append(Mention(start, start + 5, "Qaani", "PLACE", k + 1, extractor="model"))
    [chain] = build_chains(text, mentions, set())
    assert chain.type == "PERSON" and len(chain.mentions) == 7


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Kata'ib Hezbollah attacked Iraqi forces near Mosul.",
         ("kataib_hezbollah", "hostile_to", "iraqi_security_forces")),
        ("Kurdish Peshmerga fighters clashed with Iraqi government forces in Kirkuk.",
         ("peshmerga", "hostile_to", "iraqi_security_forces")),
        ("Iraqi troops fought the Islamic State in Ramadi.",
         ("iraqi_security_forces", "hostile_to", "islamic_state")),
    ],
)
def test_a_demonym_with_forces_is_one_mention_of_the_body_the_pack_names(analyse, text, claim):
    """"Iraqi forces" are the Iraqi Security Forces (iraq.yaml `forces_of`), not Iraq."""
    ex, mentions, claims = analyse(text)
    assert stated(claims, claim), claims
    assert not any(key == "iraq" for key in (m.key for m in ex.mentions)), mentions
    forces = [m for m in ex.mentions if m.key == "iraqi_security_forces"]
    assert forces and forces[0].text.startswith("Iraqi ") and forces[0].type == "STATE_BODY"


def test_a_country_without_a_forces_body_keeps_its_demonym_as_the_country(analyse):
    """No pack body is "U.S. forces": they stand for the United States, as the gold reads
    them; "the U.S. military" is the armed forces as a body."""
    ex, _, claims = analyse("U.S. forces killed Abu Musab al-Zarqawi in 2006. "
                            "The U.S. military later left the base.")
    assert ("united_states", "killed", "abu_musab_al_zarqawi") in claims
    assert [(m.text, m.key) for m in ex.mentions if m.key in {"united_states", "us_armed_forces"}] == \
        [("U.S.", "united_states"), ("U.S. military", "us_armed_forces")]


def test_forces_of_must_name_a_country(tmp_path):
    from shabaka.errors import ConfigError
    from shabaka.ontology import load_packs
    from shabaka.ontology.loader import pack_paths

    bad = tmp_path / "bad.yaml"
    bad.write_text("name: bad\nactors:\n  - {id: some_force, name: Some Force, type: STATE_BODY, "
                   "forces_of: baghdad}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="forces_of must name a country"):
        load_packs([*pack_paths(), bad])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a sentence-initial given name the model leaves out
        ("Nabeel Hamad Sultan al-Jubouri led the cell in Tikrit.", "Nabeel Hamad Sultan al-Jubouri"),
        # an apostrophe for the Arabic ayn opening a name part
        ("Rashid Hamad Salih 'Umar, also known as Abu Bilal, ran the cell in Tikrit.",
         "Rashid Hamad Salih 'Umar"),
    ],
)
def test_a_person_name_keeps_all_its_parts(analyse, text, name):
    ex, mentions, _ = analyse(text)
    assert (name, "PERSON") in mentions, mentions
    assert len({m.chain for m in ex.mentions if m.type == "PERSON"}) == 1


@pytest.mark.parametrize("text", [
    "Mehmet Dogan, code-named Dilkhwaz Gabar, was killed in Makhmour.",
    "Abu Ali, whose real name is Hamid al-Jazairi, was killed in Makhmour.",
    "Mushtaq al-Jawari, nom de guerre Abu Taqwa, was killed in Baghdad.",
    "Mehr recalled that Qasem Soleimani [Qassem Sulaymani] was born in 1957.",
])
def test_a_code_name_or_real_name_the_text_gives_is_the_same_man(analyse, text):
    ex, _, _ = analyse(text)
    chains = {m.chain for m in ex.mentions if m.type == "PERSON"}
    assert len(chains) == 1, [(m.text, m.chain) for m in ex.mentions]


@pytest.mark.parametrize("text", [
    "Turkey launched Operation Claw-Lock against the PKK.",
    "Twelve soldiers were killed in the Claw-Eagle operation.",
    "The offensive, code-named Tigris Eagle, targeted PKK hideouts.",
])
def test_an_operations_name_is_no_actor(analyse, text):
    _, mentions, _ = analyse(text)
    assert not any(word in name for name, _ in mentions for word in ("Claw", "Tigris")), mentions


def test_a_sites_lower_case_word_makes_a_place_but_a_title_case_one_does_not(analyse):
    _, mentions, _ = analyse("They said it was a mortar attack on Al-Walid crossing. Drossinis co-founded "
                             "the New Athenian School.")
    assert ("Al-Walid", "PLACE") in mentions and ("New Athenian School", "ORGANIZATION") in mentions, mentions


def test_a_pack_mans_family_name_after_another_given_name_is_another_man(analyse):
    """"Mehmet Erdogan", a PKK commander, is not the president the pack knows as Erdogan; "President
    Erdogan" is."""
    for text, name, key in (("A drone killed Mehmet Erdogan, a PKK commander.", "Mehmet Erdogan", None),
                            ("President Erdogan praised the strike.", "Erdogan", "recep_tayyip_erdogan")):
        ex, _, _ = analyse(text)
        keys = {m.text: ex.chains[m.chain].key for m in ex.mentions if m.type == "PERSON"}
        assert keys == {name: key}, keys


def test_a_possessive_apostrophe_and_a_quoted_word_are_not_name_parts(analyse):
    _, mentions, _ = analyse("He called Ahmad al-Jubouri 'the emir' of the group. "
                             "The fighters of Ahmad al-Jubouri' group left.")
    assert [m for m, t in mentions if t == "PERSON"] == ["Ahmad al-Jubouri", "Ahmad al-Jubouri"], mentions


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # the document names the coalition: "the coalition" is it, pack id and all
        ("The US-led coalition arrived in 2014. Iraq cooperated closely with the global coalition.",
         ("iraq", "allied_with", "us_led_coalition")),
        ("Kata'ib Hezbollah kept targeting U.S., Coalition, and Iraqi forces. The Global Coalition to "
         "Defeat ISIS trains the army.", ("kataib_hezbollah", "hostile_to", "us_led_coalition")),
        # a coalition the pack does not know
        ("The Sahel Coalition sent troops. The coalition forces fought Boko Haram.",
         ("Sahel Coalition", "hostile_to", "Boko Haram")),
        # no coalition named: "coalition forces" is an actor of its own, one chain for every use
        ("The general worked alongside coalition forces to fight Daesh. The coalition later defeated "
         "Daesh in Mosul.", ("coalition forces", "hostile_to", "islamic_state")),
    ],
)
def test_the_coalition_is_a_mention_of_the_coalition_the_story_names(analyse, text, claim):
    ex, mentions, claims = analyse(text)
    assert stated(claims, claim), (claims, mentions)
    nouns = [m for m in ex.mentions if "coalition" in m.text.lower()]
    assert len(nouns) >= 2 and len({m.chain for m in nouns}) == 1


def test_a_coalition_in_passing_is_no_actor(analyse):
    _, mentions, _ = analyse("A broad coalition of Shiite parties won the vote. The ruling coalition of "
                             "parties met in Baghdad.")
    assert not [m for m, _ in mentions if "coalition" in m.lower()], mentions


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Iraq signed an agreement with the international coalition.", "international coalition",
         "us_led_coalition"),
        ("He was named chief of staff in the prime minister's office.", "prime minister's office",
         "iraqi_prime_ministers_office"),
        # a pack name ending in a force word keeps the name itself
        ("Soleimani appeared alongside the peshmerga forces near Erbil.", "peshmerga", "peshmerga"),
        # a pack name inside the words before a name noun gives the noun its actor
        ("The general worked alongside international coalition forces to fight Daesh.", "coalition forces",
         "us_led_coalition"),
    ],
)
def test_a_pack_name_in_lower_case_after_the_names_its_actor(analyse, text, name, key):
    ex, mentions, _ = analyse(text)
    assert (name, key) in [(m.text, m.key) for m in ex.mentions], mentions


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        # the name without the force word after it, as a reader would give it (not "Forces" of a name)
        ("Sinjar was recaptured by YBS and Peshmerga forces.", "Peshmerga", "peshmerga"),
        ("Popular Mobilization Forces fighters advanced.", "Popular Mobilization Forces",
         "popular_mobilization_forces"),
        # an abbreviation written with or without its points
        ("The US Treasury Department imposed sanctions on him.", "US Treasury Department",
         "us_department_of_the_treasury"),
        ("Multinational Forces Iraq raided the house.", "Multinational Forces Iraq",
         "multi_national_force_iraq"),
    ],
)
def test_a_pack_name_is_read_as_reporting_writes_it(analyse, text, name, key):
    ex, mentions, _ = analyse(text)
    assert (name, key) in [(m.text, m.key) for m in ex.mentions], mentions


def test_a_calling_a_channel_and_a_nisba_are_read_as_such(analyse):
    """ "Activist X" names X; a TV channel is no man; "al-Houthi" is the man's nisba, "Houthi forces" the
    movement's (written here, the nineteenth session)."""
    text = ("Activist Reham Yacoub was shot in Basra. Speaking to Al-Sharqiya TV, a lawyer said so. "
            "Abdul-Malik al-Houthi spoke on Thursday. Al-Houthi said Houthi forces were ready.")
    ex, mentions, _ = analyse(text)
    found = {(m.text, m.type) for m in ex.mentions}
    assert ("Reham Yacoub", "PERSON") in found, mentions
    assert not [m for m in ex.mentions if "TV" in m.text and m.type == "PERSON"], mentions
    nisba = text.index("Al-Houthi said")
    assert [m for m in ex.mentions if m.start == nisba and m.text == "Al-Houthi" and m.type == "PERSON"], \
        mentions
    assert [m for m in ex.mentions if m.start > nisba + 9 and m.text == "Houthi" and m.key == "houthis"], \
        mentions


def test_a_pronoun_or_a_kind_is_no_part_of_a_name(analyse):
    """ "told us Department of State officials" names the Department, not the US; "an Islamic
    republic" is a kind of state, not Iran."""
    ex, mentions, _ = analyse("They told us Department of State officials would attend. Some clerics "
                              "called for an Islamic republic modelled on Iran.")
    found = {(m.text, m.key) for m in ex.mentions}
    assert ("Department of State", "us_department_of_state") in found, mentions
    assert not [m for m in ex.mentions if "republic" in m.text.lower() and m.key == "iran"], mentions


def test_a_pack_name_in_lower_case_that_describes_names_nobody(analyse):
    ex, mentions, _ = analyse("He wants an islamic state in Iraq. Sunni tribal mobilization forces helped.")
    assert not [m for m in ex.mentions if m.text[:1].islower()], mentions


def test_a_bare_word_for_a_kind_of_body_names_no_actor(analyse):
    ex, mentions, claims = analyse(
        "The Brigade was formed in 2014 as part of the Popular Mobilization Forces. Saraya al-Khorasani, "
        "also known as the 18th Brigade of the Popular Mobilization Forces, fought. The Committee met.")
    names = {m.text for m in ex.mentions}
    assert "Brigade" not in names and "Committee" not in names, mentions
    assert "18th Brigade" in names, mentions  # a numbered unit is one
    assert ("saraya_talia_al_khurasani", "part_of", "popular_mobilization_forces") in claims


def test_what_the_text_says_a_body_is_outweighs_its_name(analyse):
    ex, mentions, claims = analyse(
        "Mukhtar Army\n\nThe Mukhtar Army is a Shi'a Iraqi militia group formed in 2013 by Wathiq "
        "al-Battat. In 2014 the Mukhtar Army fought in Diyala. Al-Battat said that the group receives "
        "weapons from Iran. Jam'at Ansar al-Mujahidin fought too.")
    types = {c.name: c.type for c in ex.chains}
    assert types["Mukhtar Army"] == "ARMED_GROUP", types  # an "Army" is most often a state's
    assert types["Jam'at Ansar al-Mujahidin"] == "ARMED_GROUP", types
    assert ("iran", "backs", "Mukhtar Army") in claims, claims  # "the group" is the militia


def test_a_numbered_unit_of_a_group_is_one_mention_and_part_of_the_group(analyse):
    ex, mentions, claims = analyse(
        "The Popular Mobilization Forces grew in 2015. A drone struck the headquarters of the "
        "12th Popular Mobilization Forces (PMF) brigade near Amerli.")
    unit = "12th Popular Mobilization Forces (PMF) brigade"
    assert (unit, "ARMED_GROUP") in mentions, mentions
    assert (unit, "part_of", "popular_mobilization_forces") in claims, claims


def test_numbers_listed_before_a_named_unit_are_units_of_its_kind(analyse):
    _, mentions, _ = analyse("The militia staffed the 31st, 32nd, and 33rd Brigades of the army.")
    assert {m: t for m, t in mentions if m[:2].isdigit()} == \
        {"31st": "ARMED_GROUP", "32nd": "ARMED_GROUP", "33rd Brigades": "ARMED_GROUP"}, mentions


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Gunmen attacked villages such as Tal Banat, Kocho, Hardan, and Sinune.", "Hardan"),
        ("The smugglers moved through Rabia, Zummar, Faysh Khabur, and Wadi.", "Faysh Khabur"),
    ],
)
def test_a_name_listed_with_places_is_a_place(analyse, text, listed):
    _, mentions, _ = analyse(text)
    assert (listed, "PLACE") in mentions, mentions


def test_a_common_noun_after_a_is_no_name_but_a_name_before_a_noun_is(analyse):
    _, mentions, _ = analyse("He served as a Sergeant and later as an Engineer in Basra. "
                             "A Rudaw reporter asked him.")
    assert [m for m, _ in mentions] == ["Basra", "Rudaw"], mentions


def test_the_first_words_of_a_title_are_no_name():
    """'National Security' of 'National Security Advisor', where the model takes it for an
    organisation, is the start of a title (core.yaml not_names holds the role)."""
    from spacy.tokens import Span

    from shabaka.annotate import load_model
    from shabaka.annotate.entities import EntityTyper
    from shabaka.config import Settings
    from shabaka.ontology import load_packs
    from shabaka.ontology.loader import pack_paths

    doc = load_model(Settings().model)("Iraq's National Security Advisor met with leaders of the "
                                       "Badr Organization yesterday.")
    doc.ents = [Span(doc, 2, 4, label="ORG"), Span(doc, 10, 12, label="ORG")]
    typed = EntityTyper(load_packs(pack_paths()))(doc)
    assert [e.text for e in typed.ents] == ["Badr Organization"]


def test_a_place_s_operations_next_to_commander_is_the_command(analyse):
    _, mentions, claims = analyse("Lt. Gen. Ahmed Hamid al-Obeidi, then commander of Anbar operations, met "
                                  "the governor. The Nineveh operations commander resigned. Military "
                                  "operations in Anbar continued.")
    assert ("Anbar operations", "STATE_BODY") in mentions and ("Nineveh operations", "STATE_BODY") in mentions
    assert ("Anbar", "PLACE") in mentions  # "operations in Anbar" names the place
    assert ("Ahmed Hamid al-Obeidi", "leads", "Anbar operations") in claims, claims
