"""The attribute ruler matched by lookup gives what spaCy's attribute ruler gives, token for token."""

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from shabaka.annotate import load_model
from shabaka.annotate.attributes import AttributeLookup, use_lookup

# pronouns as subject, object and possessive; auxiliaries and main-verb "do"/"have"; "there is";
# subordinators; contractions the ruler's two-token patterns lemmatise; a run of spaces
TEXT = ("I told him that they're gonna strike again, but it didn't happen.  We've gotta go, y'all.\n"
        "There is no proof, and there were doubts; she does her job and has done it since 2014.\n"
        "Let's see: KH ain't leaving, he said, and nothin' changed after Abu Ali was killed.\n"
        "Whether the militia had planned it, nobody knew. Its leader was n't there; c'mon, get 'em.")
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def nlp():
    return load_model("en_core_web_sm")


def parsed(nlp, text: str):
    """The Doc before the attribute ruler: tagged and parsed."""
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        return nlp(text)


def test_lookup_sets_every_attribute_the_ruler_sets(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    by_spacy, by_lookup = parsed(nlp, TEXT), parsed(nlp, TEXT)
    assert [t.pos_ for t in by_spacy].count("") == len(by_spacy)  # nothing set yet
    ruler(by_spacy)
    AttributeLookup(ruler)(by_lookup)
    assert (by_lookup.to_array(COLUMNS) == by_spacy.to_array(COLUMNS)).all()
    assert [str(t.morph) for t in by_lookup] == [str(t.morph) for t in by_spacy]
    assert {t.pos_ for t in by_lookup} >= {"PRON", "AUX", "VERB", "SCONJ", "PART", "SPACE", "PUNCT"}
    # a two-token pattern's lemma lands on the token it names: "gon na" is go + to
    gonna = [(t.text, t.lemma_) for t in by_lookup if t.lower_ in ("gon", "na")]
    assert gonna == [("gon", "go"), ("na", "to")]


def test_the_pipeline_with_the_lookup_annotates_as_with_spacys_ruler(nlp):
    before = nlp(TEXT)
    use_lookup(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeLookup
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")
    after = nlp(TEXT)
    assert (after.to_array(COLUMNS) == before.to_array(COLUMNS)).all()
    assert [(e.text, e.label_) for e in after.ents] == [(e.text, e.label_) for e in before.ents]
    assert [t.lemma_ for t in after] == [t.lemma_ for t in before]


def test_a_pattern_the_lookup_cannot_read_keeps_spacys_ruler():
    nlp = load_model("en_core_web_sm")
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "militia", "OP": "+"}]], {"LEMMA": "militia"})
    with pytest.raises(ValueError):
        AttributeLookup(ruler)
    use_lookup(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler
