import pytest

from shabaka.annotate import load_model
from shabaka.errors import ConfigError


def test_a_missing_model_is_a_clear_error_listing_what_is_installed():
    with pytest.raises(ConfigError) as info:
        load_model("en_core_web_nonexistent")
    message = str(info.value)
    assert "en_core_web_nonexistent" in message and "installed:" in message
    assert "SHABAKA_MODEL" in message


def test_the_default_model_name_loads_from_the_republished_package():
    nlp = load_model("en_core_web_sm")
    assert "ner" in nlp.pipe_names


@pytest.mark.parametrize(("line", "story"), [
    ("BAGHDAD, Jan. 5 (Reuters) - Kata'ib Hezbollah fighters attacked.", "Kata'ib"),
    ("Washington, DC - The Department of State has designated him.", "The Department"),
    ("Washington, D.C. — The Treasury acted.", "The Treasury"),
    ("Mosul, IRAQ - Iraqi forces advanced.", "Iraqi forces"),
    ("Mosul, Iraq - Iraqi forces advanced.", None),  # no capitals, date or agency: maybe prose
    ("Kata'ib Hezbollah, KH - an Iran-backed militia.", None),  # a glossary line, not a dateline
    ("US-designated terrorist groups: Kata'ib Hezbollah.", None),  # a hyphened word, not a dateline
    ("BAGHDAD—Iraqi forces advanced.", "Iraqi"),
])
def test_a_dateline_is_told_from_a_line_that_opens_with_a_name(line, story):
    from shabaka.annotate.pipeline import dateline_end

    end = dateline_end(line)
    assert (line[end:].split(" ")[0] if end else None) == (story.split(" ")[0] if story else None)


@pytest.mark.parametrize("text", [
    "Militias Strike Base\nBAGHDAD (Reuters) - Kata'ib Hezbollah fighters attacked the base.\n\n"
    "The group's leader denied it. \n Nobody was hurt.\n",
    "\nWASHINGTON, Oct. 18, 2016 — The Treasury designated him.\nHe denied it.  \n\n \n",
    "No line break at all, and no dateline.",
    "",
])
def test_a_line_break_opens_a_sentence_and_a_dateline_is_a_sentence_of_its_own(text):
    import spacy

    from shabaka.annotate.pipeline import dateline_end, line_breaks

    doc = line_breaks(spacy.blank("en").make_doc(text))
    # read token by token: the token after one whose text or space holds a line break opens a
    # sentence, and so does the story after a dateline opening a line
    lines = [t for t in doc if t.i == 0 or "\n" in doc[t.i - 1].text_with_ws]
    expected = {t.i for t in lines}
    for t in lines:
        if end := dateline_end(text[t.idx:t.idx + 120]):
            expected.add(doc.char_span(t.idx + end, t.idx + end + 1, alignment_mode="expand").start)
    assert {t.i for t in doc if t.is_sent_start} == expected
    assert len(expected) > 1 or "\n" not in text


@pytest.mark.parametrize("text", [
    "Iraqi army Brig. Gen. Hamid al-Zubaidi said the advance continued.",
    "The strike was confirmed by Navy Capt. Jeff Davis, who spoke to reporters.",
    "Lt. Col. Ali Fadhel said the city had fallen.",
])
def test_no_sentence_starts_after_an_abbreviated_title(nlp_settings, text):
    from shabaka.pipeline import Pipeline

    doc = Pipeline(nlp_settings).nlp(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


def test_a_sentence_still_ends_after_an_abbreviated_country(nlp_settings):
    from shabaka.pipeline import Pipeline

    doc = Pipeline(nlp_settings).nlp("The attack hit the U.S. The group said it would go on.")
    assert [s.text for s in doc.sents] == ["The attack hit the U.S.", "The group said it would go on."]
