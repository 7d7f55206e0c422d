"""Resolution on the project's own alias list (tests/resolve/aliases.yaml)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from shabaka.evaluate.aliases import AliasForm, load_alias_list, pairwise, score_alias_list
from shabaka.ontology import Pack, load_packs
from shabaka.ontology.loader import pack_paths

ALIASES = Path(__file__).parent / "aliases.yaml"


@pytest.fixture(scope="module")
def forms() -> list[AliasForm]:
    return load_alias_list(ALIASES)


def test_the_alias_list_has_about_ten_forms_per_actor_and_look_alike_groups(forms):
    actors = {f.actor for f in forms}
    assert len(actors) >= 40 and len(forms) >= 8 * len(actors) * 0.9
    groups = {f.group: {g.actor for g in forms if g.group == f.group} for f in forms}
    assert sum(len(members) > 1 for members in groups.values()) >= 10
    assert any(not f.text.isascii() for f in forms)


def test_pairwise_scoring_counts_pairs():
    assert pairwise(["a", "a", "b"], ["x", "x", "y"]) == (1.0, 1.0)
    assert pairwise(["a", "a", "b"], ["x", "x", "x"]) == (1 / 3, 1.0)
    assert pairwise(["a", "a", "a"], ["x", "x", "y"]) == (1.0, 1 / 3)


def test_names_alone_resolve_the_alias_list(forms):
    score = score_alias_list(forms, load_packs(pack_paths()), names_only=True)
    assert score.precision >= 0.98, score.false_merges[:5]
    assert score.recall >= 0.77, score.missed[:5]


def test_with_the_packs_nearly_every_form_finds_its_actor(forms):
    score = score_alias_list(forms, load_packs(pack_paths()))
    assert score.precision >= 0.99, score.false_merges[:5]
    assert score.recall >= 0.99, score.missed[:5]


def test_one_word_is_a_place_s_whole_name_but_a_person_s_short_form():
    """"Bagdad" joins "Baghdad" (and its Arabic form), not بغديدا; a lone "Hashimi" joins nobody."""
    forms = [AliasForm(actor, type_, actor, text) for actor, type_, text in [
        ("baghdad", "PLACE", "Baghdad"), ("baghdad", "PLACE", "Bagdad"), ("baghdad", "PLACE", "بغداد"),
        ("bakhdida", "PLACE", "بغديدا"),
        ("hashimi", "PERSON", "Hisham al-Hashimi"), ("hashimi_alone", "PERSON", "Hashimi")]]
    score = score_alias_list(forms, load_packs(pack_paths()), names_only=True)
    assert (score.precision, score.recall) == (1.0, 1.0), (score.false_merges, score.missed)


def test_an_exonym_with_no_letter_in_common_still_finds_its_place():
    """"Hawler" shares no candidate key with "Erbil": the pack's exonym table brings them
    together; a city of the same name's province stays apart; without the table, two places."""
    forms = [AliasForm(actor, "PLACE", actor, text) for actor, text in [
        ("erbil", "Erbil"), ("erbil", "Hawler"), ("erbil", "Hewlêr"),
        ("erbil_province", "Erbil Governorate")]]
    table = Pack(exonyms=[["Erbil", "Arbil", "Hawler", "Hewlêr"]],
                 place_kinds={"governorate": "province", "province": "province"})
    score = score_alias_list(forms, table, names_only=True)
    assert (score.precision, score.recall) == (1.0, 1.0), (score.false_merges, score.missed)
    assert score_alias_list(forms, replace(table, exonyms=[]), names_only=True).recall < 1.0


TRANSLATIONS = [  # noms de guerre, translations and Arabic names the pack must hold
    ("islamic_state", "ARMED_GROUP", ["Islamic State", "Daesh", "ISIS", "ISIL", "الدولة الإسلامية",
                                      "تنظيم الدولة الإسلامية", "Islamic State of Iraq and al-Sham"]),
    ("popular_mobilization_forces", "STATE_BODY", ["Hashd al-Shaabi", "PMF", "الحشد الشعبي",
                                                   "Popular Mobilization Authority", "هيئة الحشد الشعبي"]),
    ("lebanese_hezbollah", "ARMED_GROUP", ["Lebanese Hezbollah", "Party of God", "حزب الله اللبناني"]),
    ("quds_force", "STATE_BODY", ["Quds Force", "IRGC-QF", "فيلق القدس", "قوة القدس"]),
    ("abu_alaa_al_walai", "PERSON", ["Abu Alaa al-Walai", "Hashim Finyan Rahim al-Saraji",
                                     "أبو آلاء الولائي"]),
    ("kataib_hezbollah", "ARMED_GROUP", ["Kata'ib Hezbollah", "Hezbollah Brigades", "كتائب حزب الله"]),
]


def test_translations_and_noms_de_guerre_come_from_the_pack():
    """Names with no letter in common join only through the pack's aliases: with the pack one
    actor each, and the look-alikes (Lebanese Hezbollah, Kata'ib Hezbollah) stay apart."""
    forms = [AliasForm(actor, type_, actor, text) for actor, type_, texts in TRANSLATIONS for text in texts]
    score = score_alias_list(forms, load_packs(pack_paths()))
    assert (score.precision, score.recall) == (1.0, 1.0), (score.false_merges, score.missed)
    assert score_alias_list(forms, load_packs(pack_paths()), names_only=True).recall < 0.5


def test_a_translated_head_word_finds_its_group():
    """"Mahdi Army" is "Jaysh al-Mahdi" with its head word in English, put last: the pack's
    translation table joins them, the Mukhtar Army stays apart, and without the table each
    language is a group of its own."""
    forms = [AliasForm(actor, "ARMED_GROUP", "jaysh", text) for actor, text in [
        ("mahdi", "Jaysh al-Mahdi"), ("mahdi", "Mahdi Army"), ("mahdi", "Jaish al-Mahdi"),
        ("mahdi", "Army of al-Mahdi"), ("mukhtar", "Jaysh al-Mukhtar"), ("mukhtar", "Mukhtar Army")]]
    pack = load_packs(pack_paths())
    score = score_alias_list(forms, pack, names_only=True)
    assert (score.precision, score.recall) == (1.0, 1.0), (score.false_merges, score.missed)
    assert score_alias_list(forms, replace(pack, name_translations={}), names_only=True).recall < 0.5


def test_honorifics_in_arabic_script_and_before_a_nom_de_guerre():
    """"السيد" (Sayyid) is a title in Arabic script as in Latin; "Hajj" before a lone word is part
    of the name ("Hajj Radwan", "al-Hajj Radwan", "الحاج رضوان"), not a title left with one word."""
    forms = [AliasForm(actor, "PERSON", actor, text) for actor, text in [
        ("nasrallah", "Hassan Nasrallah"), ("nasrallah", "السيد حسن نصر الله"),
        ("nasrallah", "Sayyed Hassan Nasrallah"),
        ("radwan", "Hajj Radwan"), ("radwan", "al-Hajj Radwan"), ("radwan", "الحاج رضوان"),
        ("bakr", "Haji Bakr"), ("bakr", "Hajji Bakr")]]
    score = score_alias_list(forms, load_packs(pack_paths()), names_only=True)
    assert (score.precision, score.recall) == (1.0, 1.0), (score.false_merges, score.missed)


def test_a_one_word_group_meets_its_other_spellings_but_not_a_longer_name():
    """"البيشمركة" and "Pesh Merga" are the Peshmerga; "Hezbollah" alone stays a short form that
    never joins Kata'ib Hezbollah by its words."""
    forms = [AliasForm(actor, "ARMED_GROUP", actor, text) for actor, text in [
        ("peshmerga", "Peshmerga"), ("peshmerga", "البيشمركة"), ("peshmerga", "Pesh Merga"),
        ("peshmerga", "Peshmerge"), ("kh", "Kata'ib Hezbollah"), ("kh", "Kataib Hizballah"),
        ("lh", "Hezbollah"), ("lh", "Hizballah"), ("lh", "حزب الله")]]
    score = score_alias_list(forms, load_packs(pack_paths()), names_only=True)
    assert (score.precision, score.recall) == (1.0, 1.0), (score.false_merges, score.missed)
