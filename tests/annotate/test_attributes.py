"""The attribute ruler and the lemmatizer by lookup give what spaCy's give, token for token."""

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from shabaka.annotate import load_model
from shabaka.annotate.attributes import AttributeLookup, LemmaLookup, use_lookup

# pronouns as subject, object and possessive; auxiliaries and main-verb "do"/"have"; "there is";
# subordinators; contractions the ruler's two-token patterns lemmatise; a run of spaces; one form
# whose lemma depends on its morphology
TEXT = ("I told him that they're gonna strike again, but it didn't happen.  We've gotta go, y'all.\n"
        "There is no proof, and there were doubts; she does her job and has done it since 2014.\n"
        "Let's see: KH ain't leaving, he said, and nothin' changed after Abu Ali was killed.\n"
        "Whether the militia had planned it, nobody knew. Its leader was n't there; c'mon, get 'em.\n"
        "Those data are old; this data is new.")
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


def test_lemma_lookup_gives_spacys_lemmas_the_first_time_and_from_memory(nlp):
    lemmatizer = nlp.get_pipe("lemmatizer")
    by_spacy = nlp.get_pipe("attribute_ruler")(parsed(nlp, TEXT))
    by_lookup, again = by_spacy.copy(), by_spacy.copy()
    lemmatizer(by_spacy)
    lookup = LemmaLookup(lemmatizer)
    lookup(by_lookup)
    lookup(again)
    assert [t.lemma_ for t in by_lookup] == [t.lemma_ for t in again] == [t.lemma_ for t in by_spacy]
    assert {"strike", "be", "do", "have", "happen", "kill"} <= {t.lemma_ for t in by_lookup}
    assert [t.lemma_ for t in by_lookup if t.lower_ == "data"] == ["datum", "data"]  # plural, singular


def test_the_pipeline_with_the_lookups_annotates_as_spacys(nlp):
    before = [nlp(TEXT), nlp("")]
    use_lookup(nlp)
    assert [type(nlp.get_pipe(name)) for name in ("attribute_ruler", "lemmatizer")] == \
        [AttributeLookup, LemmaLookup]
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    after = [nlp(TEXT), nlp("")]
    assert (after[0].to_array(COLUMNS) == before[0].to_array(COLUMNS)).all()
    assert [(e.text, e.label_) for e in after[0].ents] == [(e.text, e.label_) for e in before[0].ents]
    assert [t.lemma_ for t in after[0]] == [t.lemma_ for t in before[0]]
    assert len(after[1]) == len(before[1]) == 0


def test_a_pattern_or_mode_the_lookup_cannot_follow_keeps_spacys_component():
    nlp = load_model("en_core_web_sm")
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "militia", "OP": "+"}]], {"LEMMA": "militia"})
    lemmatizer = nlp.replace_pipe("lemmatizer", "lemmatizer", config={"mode": "lookup"})
    with pytest.raises(ValueError):
        AttributeLookup(ruler)
    with pytest.raises(ValueError):
        LemmaLookup(lemmatizer)
    use_lookup(nlp)
    assert [nlp.get_pipe(name) for name in ("attribute_ruler", "lemmatizer")] == [ruler, lemmatizer]
    assert nlp.pipe_names == ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
