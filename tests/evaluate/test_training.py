"""The relation scorer's training command, on documents and gold written for the test."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import REPO, run_cli, write_corpus

DOCS = {
    "a.txt": "Hadi al-Amiri, the head of the Badr Organization, met officials in Baghdad. "
             "The Iran-backed Kata'ib Hezbollah fired rockets at the base.",
    "b.txt": "Qais al-Khazali, the leader of Asa'ib Ahl al-Haq, spoke on television. "
             "The Iran-backed Asa'ib Ahl al-Haq denied the attack.",
    "c.txt": "Falih al-Fayyadh, the chairman of the Popular Mobilization Forces, visited Mosul. "
             "Kata'ib Hezbollah worked with the Badr Organization in Diyala.",
    "d.txt": "Abu Mahdi al-Muhandis, the founder of Kata'ib Hezbollah, was killed in 2020. "
             "The Iran-backed Badr Organization took part in the battle.",
}
GOLD = [
    {"doc": "a.txt", "entities": [
        {"id": "amiri", "type": ["PERSON"], "names": ["Hadi al-Amiri"]},
        {"id": "badr", "type": ["ARMED_GROUP"], "names": ["Badr Organization"]},
        {"id": "iran", "type": ["COUNTRY"], "names": ["Iran"]},
        {"id": "kh", "type": ["ARMED_GROUP"], "names": ["Kata'ib Hezbollah"]}],
     "relations": [{"subject": "amiri", "relation": "leads", "object": "badr",
                    "evidence": "Hadi al-Amiri, the head of the Badr Organization"},
                   {"subject": "iran", "relation": "backs", "object": "kh", "evidence": "Iran-backed"}]},
    {"doc": "b.txt", "entities": [
        {"id": "khazali", "type": ["PERSON"], "names": ["Qais al-Khazali"]},
        {"id": "aah", "type": ["ARMED_GROUP"], "names": ["Asa'ib Ahl al-Haq"]},
        {"id": "iran", "type": ["COUNTRY"], "names": ["Iran"]}],
     "relations": [{"subject": "khazali", "relation": "leads", "object": "aah",
                    "evidence": "the leader of Asa'ib Ahl al-Haq"}]},
    {"doc": "c.txt", "entities": [
        {"id": "fayyadh", "type": ["PERSON"], "names": ["Falih al-Fayyadh"]},
        {"id": "pmf", "type": ["ARMED_GROUP"], "names": ["Popular Mobilization Forces"]},
        {"id": "kh", "type": ["ARMED_GROUP"], "names": ["Kata'ib Hezbollah"]},
        {"id": "badr", "type": ["ARMED_GROUP"], "names": ["Badr Organization"]}],
     "relations": [{"subject": "fayyadh", "relation": "leads", "object": "pmf",
                    "evidence": "the chairman of the Popular Mobilization Forces"}]},
    {"doc": "d.txt", "entities": [
        {"id": "muhandis", "type": ["PERSON"], "names": ["Abu Mahdi al-Muhandis"]},
        {"id": "kh", "type": ["ARMED_GROUP"], "names": ["Kata'ib Hezbollah"]},
        {"id": "iran", "type": ["COUNTRY"], "names": ["Iran"]},
        {"id": "badr", "type": ["ARMED_GROUP"], "names": ["Badr Organization"]}],
     "relations": [{"subject": "muhandis", "relation": "founded", "object": "kh",
                    "evidence": "the founder of Kata'ib Hezbollah"},
                   {"subject": "iran", "relation": "backs", "object": "badr", "evidence": "Iran-backed"}]},
]


@pytest.fixture(scope="module")
def training_set(tmp_path_factory):
    folder = tmp_path_factory.mktemp("train")
    docs = folder / "docs"
    docs.mkdir()
    write_corpus(docs, DOCS)
    gold = folder / "gold.jsonl"
    gold.write_text("".join(json.dumps(g) + "\n" for g in GOLD), encoding="utf-8")
    return gold, docs


@pytest.mark.slow
def test_training_measures_each_rule_and_the_model_drives_ingest(training_set, tmp_path, monkeypatch):
    gold, docs = training_set
    out = tmp_path / "model.json"
    result = run_cli("train-relations", "--gold", str(gold), "--docs", str(docs), "--out", str(out),
                     "--json", "--no-unseen")  # the gold documents alone: the table is tested below
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    assert data["info"]["documents"] == 4 and data["info"]["positives"] >= 4
    assert data["info"]["unseen_precision"] is None
    assert data["weights"] == {}  # rules-only calibration unless --pairs
    # the hyphen rule was right on both of its pairs, the 'worked with' rule on none of its one
    assert data["rules"]["hyphen_backed|backs"] > data["rules"]["partner_work|allied_with"]

    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    monkeypatch.setenv("SHABAKA_RELATION_MODEL", str(out))
    settings = Settings()
    settings.db = tmp_path / "kb.db"
    with KnowledgeBase(settings) as kb:
        ex = kb.extract_text("The Iran-backed Kata'ib Hezbollah fired rockets.")
    claim = next(c for c in ex.claims if c.relation == "backs")
    assert claim.confidence == data["rules"]["hyphen_backed|backs"]


@pytest.mark.slow
def test_pair_model_trains_and_a_broken_model_file_is_refused(training_set, tmp_path):
    gold, docs = training_set
    out = tmp_path / "pairs.json"
    result = run_cli("train-relations", "--gold", str(gold), "--docs", str(docs), "--out", str(out),
                     "--pairs")
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    assert "NONE" in data["classes"] and len(data["classes"]) >= 3 and data["weights"]
    assert 0.2 <= data["threshold"] <= 1.0

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    from shabaka.errors import ConfigError
    from shabaka.extract.scoring import RelationModel

    with pytest.raises(ConfigError, match="relation model"):
        RelationModel.load(broken)


def model_trained_on_reported(info: dict, has_pairs: bool, readme: str) -> list[str]:
    """The sets of the README's figures table that the model was trained on where that is not
    allowed: pair weights on any reported set, anything at all on a set reported as held out."""
    rows = re.findall(r"^\| (\w+) \(\d+ docs(, held out)?\)", readme, re.MULTILINE)
    assert rows, "the README's figures table has no set rows"

    def names(key: str) -> set[str]:
        return {source.split(".gold")[0] for source in info.get(key, [])}
    pairs = names("pairs_trained_on") if has_pairs else set()
    anything = names("trained_on") | pairs
    return sorted({name for name, held_out in rows if name in pairs or (held_out and name in anything)})


def test_the_shipped_model_was_not_trained_on_what_the_readme_reports(shared_dir):
    from shabaka.extract.scoring import RelationModel

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    model = RelationModel.load()
    assert model.info["trained_on"], "the shipped model must say what it was trained on"
    for source in model.info["trained_on"]:  # the names are the gold files a figure comes from
        assert source.startswith("Re-DocRED") or (shared_dir / "eval" / source).is_file(), source
    assert model_trained_on_reported(model.info, bool(model.weights), readme) == []
    # the check does fail: pair weights fitted on seeds, or a calibration fitted on dev3
    assert model_trained_on_reported({"pairs_trained_on": ["seeds.gold.jsonl"]}, True, readme) == ["seeds"]
    assert model_trained_on_reported({"trained_on": ["dev3.gold.jsonl"]}, False, readme) == ["dev3"]


def test_a_rule_is_trusted_as_its_relation_holds_on_unseen_documents(tmp_path):
    from shabaka.errors import UsageError
    from shabaka.evaluate.training import Example, rule_precision, unseen_precision

    table = tmp_path / "unseen.json"
    table.write_text(json.dumps({"relations": {"backs": [1, 4], "leads": [9, 10]}}), encoding="utf-8")
    unseen = unseen_precision(table)
    assert unseen["*"] == pytest.approx(10 / 14)
    assert unseen["backs"] < unseen["*"] < unseen["leads"]
    examples = [Example("a", ["r=hyphen_backed|backs>"], "backs>") for _ in range(8)]
    examples += [Example("b", ["r=title_before_name|leads>"], "leads>") for _ in range(8)]
    dev_only, weighed = rule_precision(examples), rule_precision(examples, unseen)
    # right 8 times of 8 on the documents the rule was written on: worth less on unseen prose
    assert dev_only["hyphen_backed|backs"] > 0.9
    assert unseen["backs"] < weighed["hyphen_backed|backs"] < dev_only["hyphen_backed|backs"]
    assert weighed["hyphen_backed|backs"] < weighed["title_before_name|leads"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"relations": {"backs": "many"}}', encoding="utf-8")
    with pytest.raises(UsageError, match="unseen precision"):
        unseen_precision(bad)


def test_the_shipped_calibration_weighs_the_unseen_table_it_ships_with():
    from shabaka.evaluate.training import unseen_precision
    from shabaka.extract.scoring import RelationModel

    shipped = RelationModel.load().info["unseen_precision"]
    assert shipped == {rel: round(p, 3) for rel, p in sorted(unseen_precision().items())}
