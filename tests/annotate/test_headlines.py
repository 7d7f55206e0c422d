"""Headline grammar: a present-tense verb the small model reads as a noun is read as a verb."""

from __future__ import annotations

import pytest

from shabaka.annotate.headlines import past_tense
from shabaka.annotate.sections import annotate
from shabaka.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp(nlp_settings):
    return Pipeline(nlp_settings).nlp


def _token(nlp, text: str, word: str):
    doc = next(annotate(nlp, [text]))
    return next(t for t in doc if t.text == word), doc


@pytest.mark.parametrize("text,verb,subject,obj", [
    ("IS seizes Mosul as army units flee south", "seizes", "IS", "Mosul"),
    ("Muqtada al-Sadr forms Saraya al-Salam to defend shrines", "forms", "Sadr", "Salam"),
])
def test_a_headline_verb_read_as_a_noun_heads_its_clause(nlp, text, verb, subject, obj):
    token, doc = _token(nlp, text, verb)
    assert token.pos_ == "VERB" and token.lemma_ == verb[:-1], [(t.text, t.pos_, t.dep_) for t in doc]
    assert {c.text for c in token.children if c.dep_ == "dobj"} == {obj}
    assert subject in {t.text for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    assert doc.text == text  # the text and its tokens stay as written


@pytest.mark.parametrize("text,word", [
    ("IS attacks kill ten in Baghdad", "attacks"),  # a noun: the clause has its own verb
    ("The IRGC-QF targets US, Israeli, Saudi, and UAE interests.", "targets"),  # prose, parsed as it is
    ("Turkey pounds PKK targets in Qandil for third day", "targets"),  # the line's verb is "pounds"
    ("US sanctions against Kata'ib Hezbollah", "sanctions"),  # a noun before its preposition
    ("Iran arms for Kata'ib Hezbollah", "arms"),
    ("Sadr allies Hakim, Abadi in Najaf meeting", "allies"),  # his allies: "ally" is a verb before "with"
    ("KH targets hit by US jets", "targets"),  # the clause has its own verb
])
def test_a_noun_or_a_line_with_a_verb_is_left_as_parsed(nlp, text, word):
    token, _ = _token(nlp, text, word)
    before = nlp(text)[token.i]
    assert (token.pos_, token.dep_, token.head.i) == (before.pos_, before.dep_, before.head.i)


@pytest.mark.parametrize("verb,past", [("seize", "seized"), ("ally", "allied"), ("ban", "banned"),
                                       ("arm", "armed"), ("lead", "led"), ("raid", "raided")])
def test_past_tense(verb, past):
    assert past_tense(verb) == past
