"""The shared token table gives what spaCy gives, for every token of a real parse."""

import pytest

from shabaka.annotate import load_model
from shabaka.annotate.tokens import TokenTable, shared, token_table

TEXT = ("Militias Strike Base\nBAGHDAD (Reuters) - Kata'ib Hezbollah fighters attacked the base on "
        "Monday.\n\nThe group's leader, Abu Fadak al-Mohammedawi, denied it.  Nobody was hurt.")


@pytest.fixture(scope="module")
def doc():
    return load_model("en_core_web_sm")(TEXT)


def test_each_list_holds_what_spacy_gives_for_each_token(doc):
    table = TokenTable(doc)
    assert len(table) == len(doc) > 20
    assert [t.i for t in table.tokens] == list(range(len(doc)))
    assert table.text == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.lemma == [t.lemma_.lower() for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]
    sent = list(doc.sents)[2]
    assert [t.i for t in table.of(sent)] == [t.i for t in sent]


def test_the_entities_and_the_token_at_each_offset_are_spacys(doc):
    table = TokenTable(doc)
    assert [(e.start, e.end, e.label_) for e in table.ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert len(table.ents) >= 3
    assert table.at_char == {t.idx: t.i for t in doc}
    assert doc.char_span(table.tokens[7].idx, table.tokens[7].idx + 1, alignment_mode="expand").start == \
        table.at_char[table.tokens[7].idx] == 7


def test_text_of_a_span_is_spacys_text_of_it(doc):
    table = TokenTable(doc)
    spans = [*doc.sents, *doc.ents, doc[3:9], doc[len(doc) - 2:]]
    assert [table.text_of(span) for span in spans] == [span.text for span in spans]
    assert table.doc_text == doc.text


def test_where_keeps_the_tokens_of_a_span_with_the_strings_asked_for(doc):
    table = TokenTable(doc)
    sent = list(doc.sents)[1]
    assert [t.i for t in table.where(sent, pos={"NOUN"})] == [t.i for t in sent if t.pos_ == "NOUN"]
    attacked = table.where(sent, lemma={"attack"}, pos={"VERB"}, dep={"ROOT"})
    assert [t.text for t in attacked] == ["attacked"]
    assert [t.text for t in table.where(sent, lower={"the", "on"})] == ["the", "on"]
    assert table.where(sent, lower={"the"}, pos={"VERB"}) == []


def test_where_finds_what_spacy_gives_for_one_string_a_few_many_or_none(doc):
    table = TokenTable(doc)
    every = {name: sorted({getattr(t, attr) if name != "lemma" else t.lemma_.lower() for t in doc})
             for name, attr in (("lower", "lower_"), ("lemma", "lemma_"), ("pos", "pos_"), ("dep", "dep_"))}
    read = {"lower": lambda t: t.lower_, "lemma": lambda t: t.lemma_.lower(), "pos": lambda t: t.pos_,
            "dep": lambda t: t.dep_}
    spans = [*doc.sents, doc[:], doc[5:6], doc[4:4]]
    for name, values in every.items():
        # one string, a few, more than the span has tokens, a list with repeats, one absent
        for wanted in ({values[0]}, set(values[1:4]), set(values), list(values[2:5]) * 2, {"absent"}):
            for span in spans:
                found = [t.i for t in table.where(span, **{name: wanted})]
                assert found == [t.i for t in span if read[name](t) in wanted], (name, wanted, span)
    sent = list(doc.sents)[1]
    both = table.where(sent, lemma={"attack", "fighter", "the"}, pos={"NOUN", "VERB"})
    assert [t.text for t in both] == ["fighters", "attacked"]


def test_lines_end_at_a_line_break_in_a_token_or_after_it(doc):
    lines = TokenTable(doc).lines
    headline = [t.text for t in doc[lines[0][0]:lines[0][1]]]
    assert headline[:3] == ["Militias", "Strike", "Base"] and "BAGHDAD" not in headline
    for token in doc:  # the line as walking out from the token finds it
        start, end = token.i, token.i + 1
        while start > 0 and "\n" not in doc[start - 1].text_with_ws:
            start -= 1
        while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
            end += 1
        assert lines[token.i] == (start, end)


def test_one_table_is_lent_inside_shared_and_none_is_kept_after(doc):
    with shared(doc) as table:
        assert token_table(doc) is table
        with shared(doc) as inner:
            assert inner is table
        assert token_table(doc) is table
    after = token_table(doc)
    assert after is not table and token_table(doc) is not after
