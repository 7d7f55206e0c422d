"""Which actors a relation rule takes as its arguments, on sentences written for the test.

Each case was a surviving mutant of the mutation check (README, development section): a
one-line change to `extract/relations/` that no test noticed, though a user would see the
wrong claim, a missing one, or a confidence that is no probability.
"""

from __future__ import annotations

import pytest

from tests.extract import stated


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # the leader of al Qaeda's Iraq branch is one of al Qaeda's members, not its leader
        pytest.param("Abu Ayyub al-Masri, the al Qaeda leader of Iraq, was killed in 2010.",
                     ("abu_ayyub_al_masri", "member_of", "al_qaeda"),
                     ("abu_ayyub_al_masri", "leads", "iraq"), id="a-place-after-the-role-is-its-scope"),
        pytest.param("In a statement, Hadi al-Amiri, the head of the Badr Organization, denied the charge.",
                     ("hadi_al_amiri", "leads", "badr_organization"),
                     ("hadi_al_amiri", "member_of", "badr_organization"),
                     id="an-article-earlier-in-the-sentence-is-not-the-role's"),
        pytest.param("Hadi al-Amiri was appointed as the head of the Badr Organization.",
                     ("hadi_al_amiri", "leads", "badr_organization"), None, id="passive-appointment-as"),
        pytest.param("The Iraq-Iran war ended in 1988.",
                     ("iraq", "hostile_to", "iran"), None, id="hyphen-pair-war"),
        pytest.param("Quds Force General Qasem Soleimani visited Baghdad.",
                     ("qasem_soleimani", "member_of", "quds_force"),
                     ("qasem_soleimani", "leads", "quds_force"), id="a-rank-alone-is-membership"),
        pytest.param("Ismail Qaani is the successor of Qasem Soleimani.",
                     ("ismail_qaani", "succeeded", "qasem_soleimani"),
                     ("qasem_soleimani", "succeeded", "ismail_qaani"), id="successor-as-predicate"),
        pytest.param("Kata'ib Hezbollah said its coalition against the Islamic State would go on.",
                     ("kataib_hezbollah", "hostile_to", "islamic_state"), None, id="its-coalition-against"),
        pytest.param("Iran's coalition against the Islamic State grew.",
                     ("iran", "hostile_to", "islamic_state"), None, id="possessor-of-a-coalition-against"),
        pytest.param("Kata'ib Hezbollah regional leader Abu Ali al-Askari issued a statement.",
                     ("abu_ali_al_askari", "member_of", "kataib_hezbollah"),
                     ("abu_ali_al_askari", "leads", "kataib_hezbollah"),
                     id="a-regional-leader-is-one-of-several"),
        pytest.param("The leaders of Kata'ib Hezbollah include Abu Mahdi al-Muhandis and Abu Fadak "
                     "al-Mohammadawi.",
                     ("abu_fadak_al_mohammadawi", "member_of", "kataib_hezbollah"),
                     ("abu_fadak_al_mohammadawi", "leads", "kataib_hezbollah"),
                     id="the-leaders-of-x-include"),
        pytest.param("The 30th Brigade of the Popular Mobilization Forces moved to Mosul.",
                     ("30th Brigade", "part_of", "popular_mobilization_forces"), None,
                     id="unit-of-an-organisation"),
        pytest.param("Kata'ib Hezbollah's 45th Brigade moved to Anbar.",
                     ("45th Brigade", "part_of", "kataib_hezbollah"), None, id="an-organisations-unit"),
        pytest.param("Kata'ib Hezbollah, trained and later praised by the Quds Force, grew.",
                     ("quds_force", "backs", "kataib_hezbollah"), None, id="agent-of-the-last-passive-verb"),
    ],
)
def test_each_rule_takes_the_right_arguments(analyse, text, expected, wrong):
    _, _, claims = analyse(text)
    assert stated(claims, expected), claims
    if wrong is not None:
        assert not stated(claims, wrong), claims


def test_who_praises_a_successor_succeeds_nobody(analyse):
    _, _, claims = analyse("Hadi al-Amiri praised the successor of Qasem Soleimani.")
    assert ("hadi_al_amiri", "succeeded", "qasem_soleimani") not in claims, claims


def test_a_country_after_a_force_is_whose_force_not_what_it_is_part_of(analyse):
    _, _, claims = analyse("The Quds Force of Iran trained them.")
    assert not any(r == "part_of" for _, r, _ in claims), claims


def test_the_general_stands_for_the_person_just_named_and_both_sentences_are_cited(analyse):
    text = ("Qasem Soleimani arrived in Baghdad in 2019. "
            "The general worked alongside Kata'ib Hezbollah for years.")
    ex, _, claims = analyse(text)
    assert stated(claims, ("qasem_soleimani", "allied_with", "kataib_hezbollah")), claims
    [claim] = [c for c in ex.claims if c.relation == "allied_with"]
    assert text[claim.evidence_start:claim.evidence_end] == text


def test_he_is_the_subject_of_the_sentence_before_not_the_most_named_person(analyse):
    text = ("Hadi al-Amiri spoke in Basra. Hadi al-Amiri left. Qasim al-Araji grew up in Baghdad. "
            "In 1990 he joined the Badr Organization.")
    _, _, claims = analyse(text)
    assert ("qasim_al_araji", "member_of", "badr_organization") in claims, claims
    assert ("hadi_al_amiri", "member_of", "badr_organization") not in claims, claims


@pytest.fixture(scope="module")
def rules_alone(tmp_path_factory):
    """The pipeline with SHABAKA_RELATION_MODEL=none: claims keep their rules' own confidences."""
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    settings = Settings()
    settings.db = tmp_path_factory.mktemp("rules") / "kb.db"
    settings.relation_model = "none"
    with KnowledgeBase(settings) as kb:
        yield kb


@pytest.mark.parametrize("text", [
    "Brig. Gen. Kevin Bergner, spokesman, Multi-National Force - Iraq, briefed reporters.",
    "Hadi al-Amiri is the head and secretary general of the Badr Organization.",
    "Abu Mahdi al-Muhandis, deputy chairman and commander of Kata'ib Hezbollah, was killed.",
    "The Iran-backed Kata'ib Hezbollah fired rockets at the base.",
    "They met Kata'ib al-Imam Ali (Popular Mobilization Forces brigade 40) in Baghdad.",
])
def test_without_the_calibration_file_confidences_are_still_probabilities(rules_alone, text):
    claims = rules_alone.extract_text(text, None).claims
    assert claims
    assert all(0 < c.confidence <= 1 for c in claims), [(c.relation, c.confidence) for c in claims]
