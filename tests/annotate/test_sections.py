"""Long texts are annotated in sections and joined with every offset kept; the model reads
in-word apostrophes straight while everything stored keeps them as written."""

from __future__ import annotations

import json

import pytest
from spacy.language import Language

from shabaka.annotate.sections import sections
from shabaka.config import Settings
from shabaka.kb import NLP_MAX_CHARS, KnowledgeBase
from shabaka.store import queries

# Long but cheap for spaCy: few, long tokens, in paragraphs.
FILLER = ("x" * 999 + "\n\n") * 6000  # 6 MB
TAIL = "Later, Hadi al-Amiri, the leader of the Badr Organization, arrived in Basra.\n"


@pytest.mark.parametrize("text", [
    "short text",
    "para one.\n\npara two. " * 50,
    "one line " * 500,
    "x" * 2500,
])
def test_sections_are_bounded_and_join_back_into_the_text(text):
    parts = sections(text, size=200, long=200)
    assert "".join(parts) == text
    assert all(0 < len(p) <= 200 for p in parts)


def test_sections_cut_at_paragraph_breaks_when_there_are_some():
    text = "a sentence. " * 10 + "\n\n" + "b sentence. " * 10
    assert sections(text, size=150, long=1000) == [text]  # short enough to stay whole
    parts = sections(text, size=150, long=150)
    assert parts[0].endswith("\n\n")


def test_a_huge_text_and_a_huge_feed_line_are_ingested_beside_good_files(tmp_path):
    assert len(FILLER) > NLP_MAX_CHARS  # spaCy alone refuses this text (E088)
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_good.txt").write_text("Qais al-Khazali spoke in Baghdad on Monday.\n")
    (folder / "b_huge.txt").write_text(FILLER + TAIL)
    line = {"text": FILLER[:5_200_000] + TAIL, "title": "huge line"}
    good_line = {"text": "Falih al-Fayyadh met officials in Mosul.", "title": "small line"}
    (folder / "c_feed.jsonl").write_text(json.dumps(line) + "\n" + json.dumps(good_line) + "\n")
    (folder / "d_good.txt").write_text("Muqtada al-Sadr addressed crowds in Najaf.\n")
    settings = Settings()
    settings.db = tmp_path / "kb.db"
    with KnowledgeBase(settings) as kb:
        report = kb.ingest([folder])
        assert report.failed == []
        assert len(report.ingested) == 5
        conn = kb.store.conn
        for origin in (str(folder / "b_huge.txt"), f"{folder / 'c_feed.jsonl'}#L1"):
            doc = conn.execute("SELECT id, text FROM documents WHERE origin = ?", (origin,)).fetchone()
            spans = conn.execute(
                "SELECT m.start, m.end, e.name FROM mentions m JOIN chains c USING (doc_id, chain) "
                "JOIN entities e ON e.id = c.entity_id WHERE m.doc_id = ?", (doc["id"],)).fetchall()
            found = {doc["text"][s["start"]:s["end"]]: s["name"] for s in spans}
            # the names past spaCy's limit are found, and their offsets point at them
            assert found.get("Hadi al-Amiri") == "Hadi al-Amiri"
            assert "Badr Organization" in found
            assert all(s["start"] > NLP_MAX_CHARS for s in spans)
        names = {e["name"] for e in queries.list_entities(conn, limit=-1)}
        assert {"Qais al-Khazali", "Muqtada al-Sadr", "Falih al-Fayyadh"} <= names


def test_the_model_reads_transliteration_marks_and_pack_names_with_a_straight_apostrophe():
    from shabaka.annotate.sections import parser_text

    text = "Kata’ib Hezbollah (Kataʾib, Asa`ib) met Ma’lak in Iraq’s north; ‘Ali didn’t."
    read = parser_text(text, ("kata'ib",))
    assert read == "Kata'ib Hezbollah (Kata'ib, Asa'ib) met Ma’lak in Iraq’s north; ‘Ali didn’t."
    assert len(read) == len(text)


@pytest.mark.parametrize("mark", list("’‘ʾʿʼʻ`´"))
def test_a_text_with_one_mark_alone_is_read_straight_and_one_without_marks_as_written(mark):
    from shabaka.annotate.sections import parser_text

    # the check for any mark at all must know every mark the model reads straight
    assert parser_text(f"Kata{mark}ib Hezbollah", ("kata'ib",)) == "Kata'ib Hezbollah"
    assert parser_text("Kata'ib Hezbollah, Asa'ib Ahl al-Haq", ("kata'ib",)) == \
        "Kata'ib Hezbollah, Asa'ib Ahl al-Haq"


@pytest.mark.parametrize("text,read", [
    ("the Hashd [PMF] and Esmail Qaani [also spelled Ismail Qa'ani] met.",
     "the Hashd (PMF) and Esmail Qaani (also spelled Ismail Qa'ani) met."),
    # an editor's insertion and a reference mark are no gloss (the sentence must still end before a mark)
    ('"They [the Americans] will pay," he said.', None),
    ("Abu Ali al-Askari, the [Kata'ib Hezbollah] security official, praised it.", None),
    ("It was founded in 1937.[2] Its subsidiaries include Audi.", None),
    ("He threatened Kadhimi on Telegram.[citation needed] The group [sic] and note [12] stay.", None),
])
def test_a_gloss_in_square_brackets_is_read_as_one_in_parentheses(text, read):
    from shabaka.annotate.sections import glosses_in_parentheses

    assert glosses_in_parentheses(text) == (read or text)


def test_a_curly_apostrophe_is_read_straight_and_stored_and_quoted_as_written(tmp_path):
    text = ("In 2009, the United States designated Kata’ib Hezbollah a Foreign Terrorist Organization.\n"
            + "The group’s fighters were seen in Jurf al-Sakhar. " * 30 + "\n")
    (tmp_path / "curly.txt").write_text(text, encoding="utf-8")
    long = "Kata’ib Hezbollah fighters attacked the base. " * 2200  # annotated in sections
    (tmp_path / "long.txt").write_text(long, encoding="utf-8")
    settings = Settings()
    settings.db = tmp_path / "kb.db"
    with KnowledgeBase(settings) as kb:
        assert kb.ingest([tmp_path / "curly.txt", tmp_path / "long.txt"]).ok
        designation = kb.events(type="designation")
        assert len(designation) == 1
        assert {(a["id"], a["role"]) for a in designation[0]["actors"]} >= {("kataib_hezbollah", "target")}
        assert "designated Kata’ib Hezbollah a Foreign" in designation[0]["evidence"][0]["text"]
        rows = kb.store.conn.execute("SELECT d.text, m.start, m.end, m.text FROM mentions m "
                                     "JOIN documents d ON d.id = m.doc_id").fetchall()
        assert {r["text"][r["start"]:r["end"]] for r in rows} >= {"Kata’ib Hezbollah", "Jurf al-Sakhar"}
        assert all(r["text"][r["start"]:r["end"]] == r[3] for r in rows)
        assert len([r for r in rows if r[3] == "Kata’ib Hezbollah"]) >= 2200  # the long one too


@Language.factory("test_batch_spy")
def _batch_spy(nlp, name):
    return _BatchSpy()


class _BatchSpy:
    """A pipeline component that records how many characters each batch it is given holds."""

    def __init__(self):
        self.batches: list[int] = []

    def __call__(self, doc):
        self.batches.append(len(doc.text))
        return doc

    def pipe(self, docs, batch_size=128):
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            self.batches.append(sum(len(d.text) for d in batch))
            yield from batch


def test_a_long_text_is_annotated_in_its_place_a_few_sections_at_a_time():
    import spacy

    from shabaka.annotate.sections import LONG_TEXT, SECTION_BATCH, SECTION_CHARS, annotate

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_batch_spy", config={})
    spy = nlp.get_pipe("test_batch_spy")
    long_text = "The convoy left Basra at dawn and reached the checkpoint.\n\n" * 6000  # 360,000
    texts = ["A short report.", long_text, "Another short one.", long_text[:LONG_TEXT // 4]]
    docs = list(annotate(nlp, texts, batch_size=16))
    assert [d.text for d in docs] == texts
    assert len(docs[1]) == len(nlp.make_doc(long_text))
    sentence = "The convoy left Basra at dawn and reached the checkpoint."
    assert {s.text.strip() for s in docs[1].sents} - {""} == {sentence}  # none cut in two
    assert max(spy.batches) <= SECTION_BATCH * SECTION_CHARS < len(long_text)
    assert sum(spy.batches) == sum(len(t) for t in texts)
