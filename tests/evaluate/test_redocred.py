"""Re-DocRED as training data: the reader, its labels on our candidate pairs, and the trained model.

The documents are written for the test in Re-DocRED's format (tokens, vertexSet, labels);
none comes from the dataset.
"""

from __future__ import annotations

import json

import pytest

from shabaka.evaluate import redocred as rd
from tests.conftest import run_cli


def mention(name: str, sent: int, start: int, kind: str) -> dict:
    return {"name": name, "sent_id": sent, "pos": [start, start + len(name.split())], "type": kind}


DOCS = [
    {"title": "Hadi al-Amiri",
     "sents": [["Hadi", "al", "-", "Amiri", ",", "the", "secretary", "-", "general", "of", "the", "Badr",
                "Organization", ",", "was", "born", "in", "Basra", "."],
               ["The", "Badr", "Organization", "'s", "offices", "are", "in", "Baghdad", "."]],
     "vertexSet": [[mention("Hadi al - Amiri", 0, 0, "PER")],
                   [mention("Badr Organization", 0, 11, "ORG"), mention("Badr Organization", 1, 1, "ORG")],
                   [mention("Basra", 0, 17, "LOC")],
                   [mention("Baghdad", 1, 7, "LOC")]],
     "labels": [{"h": 1, "t": 0, "r": "P488", "evidence": [0]},
                {"h": 0, "t": 2, "r": "P19", "evidence": [0]},
                {"h": 1, "t": 3, "r": "P159", "evidence": [1]}]},  # headquarters: no Shabaka relation
    {"title": "Kata'ib Hezbollah",
     "sents": [["Kata'ib", "Hezbollah", "was", "founded", "by", "Abu", "Mahdi", "al", "-", "Muhandis", "in",
                "2003", "."],
               ["Abu", "Mahdi", "al", "-", "Muhandis", "met", "Hadi", "al", "-", "Amiri", "in", "Tehran",
                "."]],
     "vertexSet": [[mention("Kata'ib Hezbollah", 0, 0, "ORG")],
                   [mention("Abu Mahdi al - Muhandis", 0, 5, "PER"),
                    mention("Abu Mahdi al - Muhandis", 1, 0, "PER")],
                   [mention("2003", 0, 11, "TIME")],
                   [mention("Hadi al - Amiri", 1, 6, "PER")],
                   [mention("Tehran", 1, 11, "LOC")]],
     "labels": [{"h": 0, "t": 1, "r": "P112", "evidence": [0]}]},
]


def test_text_is_rebuilt_as_prose_with_every_token_where_it_was():
    text, sentences, tokens = rd.rebuild(DOCS[0]["sents"])
    assert text.startswith("Hadi al-Amiri, the secretary-general of the Badr Organization, was born in "
                           "Basra. The Badr Organization's offices")
    for sent, offsets in zip(DOCS[0]["sents"], tokens, strict=True):
        assert [text[a:b] for a, b in offsets] == sent
    assert text[slice(*sentences[1])] == "The Badr Organization's offices are in Baghdad."
    quoted, _, _ = rd.rebuild([["He", "said", '"', "no", '"', "(", "twice", ")", "."]])
    assert quoted == 'He said "no" (twice).'


@pytest.mark.parametrize("broken, message", [
    ({"sents": "not tokens", "vertexSet": []}, "token lists"),
    ({"sents": [["A", "."]], "vertexSet": [[{"name": "A", "sent_id": 3, "pos": [0, 1]}]]}, "outside"),
    ({"sents": [["A", "."]], "vertexSet": [], "labels": [{"h": 0, "t": 1, "r": "P19"}]}, "unknown entity"),
    ({"title": "no tokens"}, "sents"),
])
def test_a_malformed_file_is_refused_with_its_name(tmp_path, broken, message):
    from shabaka.errors import UsageError

    path = tmp_path / "bad.json"
    path.write_text(json.dumps([broken]), encoding="utf-8")
    with pytest.raises(UsageError, match=f"bad.json.*{message}"):
        rd.read(path)


@pytest.fixture(scope="module")
def redocred_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("redocred") / "tiny_revised.json"
    path.write_text(json.dumps(DOCS), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def labelled_pairs(redocred_file, nlp_settings):
    """{(document, first name, second name): label or None} over our candidate pairs."""
    from shabaka.annotate.sections import annotate
    from shabaka.extract import Extractor
    from shabaka.extract.scoring import candidates, mention_spans
    from shabaka.kb import KnowledgeBase

    out = {}
    with KnowledgeBase(nlp_settings) as kb:
        extractor = Extractor(kb.pack, kb.ontology)
        records = rd.read(redocred_file)
        for record, doc in zip(records, annotate(kb.nlp, [r.text for r in records]), strict=True):
            ex = extractor(doc)
            entity_of = rd.align(record, ex)
            for cand in candidates(doc, ex, mention_spans(doc, ex), ex.claims):
                names = (ex.mentions[cand.first].text, ex.mentions[cand.second].text)
                out[(record.key, *names)] = rd.label(record, ex, cand, entity_of, kb.ontology)
    return out


@pytest.mark.slow
def test_pairs_take_the_mapped_relation_with_its_direction(labelled_pairs):
    first, second = "tiny_revised.json:0", "tiny_revised.json:1"
    assert labelled_pairs[(first, "Hadi al-Amiri", "Badr Organization")] == "leads>"  # P488, inverse
    assert labelled_pairs[(first, "Hadi al-Amiri", "Basra")] == "born_in>"
    assert labelled_pairs[(second, "Kata'ib Hezbollah", "Abu Mahdi al-Muhandis")] == "founded<"  # P112
    # unrelated names are negatives; a pair related only by an unmapped property is left out
    assert labelled_pairs[(second, "Abu Mahdi al-Muhandis", "Hadi al-Amiri")] == "NONE"
    assert labelled_pairs[(first, "Badr Organization", "Baghdad")] is None


@pytest.mark.slow
def test_the_model_trained_on_redocred_loads_scores_and_names_its_source(redocred_file, tmp_path):
    out = tmp_path / "model.json"
    result = run_cli("train-relations", "--redocred", str(redocred_file), "--rescore", "leads",
                     "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    assert {"leads>", "born_in>", "founded<", "NONE"} <= set(data["classes"]) and data["weights"]
    assert data["rescore"] == ["leads"]
    info = data["info"]
    assert info["pairs_trained_on"] and "CC BY-SA" in info["pairs_trained_on"][0]
    assert "tiny_revised.json" in info["pairs_trained_on"][0]

    from shabaka.config import Settings
    from shabaka.extract.scoring import RelationModel
    from shabaka.kb import KnowledgeBase

    model = RelationModel.load(out)
    settings = Settings()
    settings.db, settings.relation_model = tmp_path / "kb.db", str(out)
    with KnowledgeBase(settings) as kb:
        ex = kb.extract_text("Qais al-Khazali, the secretary-general of Asa'ib Ahl al-Haq, spoke in Basra.")
    leads = [c for c in ex.claims if c.relation == "leads"]
    assert leads, [(c.relation, c.extractor) for c in ex.claims]
    # the rule's claim now carries the pair model's probability, not the rule's precision
    assert all(0.0 < c.confidence < 1.0 and c.extractor.startswith("rule:") for c in leads)
    rule = f"{leads[0].extractor.removeprefix('rule:')}|leads"
    assert leads[0].confidence != model.rules.get(rule, model.rules["*"])
