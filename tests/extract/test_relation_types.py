"""The ontology's subject and object types hold for every claim, whatever a rule matched."""

import pytest

from shabaka.ontology import load_ontology

ILL_TYPED = [  # each matches a relation rule; the types make it nonsense
    "Mosul killed Hisham al-Hashemi in 2020.",
    "A Baghdad bomb killed Hisham al-Hashemi.",
    "Basra leads Kata'ib Hezbollah.",
    "The Mosul-backed Kata'ib Hezbollah fired rockets at the base.",
    "Kata'ib Hezbollah was born in Basra.",
    "Hadi al-Amiri, the head of Basra, spoke.",
    "The Islamic State seized Hadi al-Amiri in June 2014.",
    "Hadi al-Amiri was born in Kata'ib Hezbollah in 1954.",
]
WELL_TYPED = [
    ("A U.S. drone strike killed Qasem Soleimani in January 2020.", "killed"),
    ("The Iran-backed Kata'ib Hezbollah fired rockets at the base.", "backs"),
    ("The Islamic State seized Mosul in June 2014.", "controls"),
    ("Hadi al-Amiri, the head of the Badr Organization, spoke to reporters.", "leads"),
]


def _typed_claims(ex):
    return [(ex.chains[c.subject].type, c.relation, ex.chains[c.object].type) for c in ex.claims]


@pytest.mark.parametrize("text", ILL_TYPED)
def test_no_claim_breaks_the_ontology(analyse, text):
    ex, _, _ = analyse(text)
    ontology = load_ontology()
    wrong = [t for t in _typed_claims(ex) if not ontology.allows(t[1], t[0], t[2])]
    assert wrong == []


@pytest.mark.parametrize(("text", "relation"), WELL_TYPED)
def test_well_typed_claims_are_kept(analyse, text, relation):
    """The counterpart: the type check does not throw away the claims it should keep."""
    ex, _, _ = analyse(text)
    typed = _typed_claims(ex)
    assert any(r == relation for _, r, _ in typed), typed
    assert all(load_ontology().allows(r, s, o) for s, r, o in typed)


def test_a_killing_is_dated_by_its_sentence(analyse):
    """A killing or a birth takes the date its sentence states (the start of the claim)."""
    ex, _, _ = analyse("A U.S. drone strike killed Qasem Soleimani in January 2020.")
    (killed,) = [c for c in ex.claims if c.relation == "killed"]
    assert killed.start == "2020-01"
