"""Resolution and judgements as an analyst meets them: a new spelling of a pack actor's name
joins it and is kept as a document alias; judgements keep their author and are undone by id.
Each case was a surviving mutant of the mutation check (README, development section)."""

from __future__ import annotations

import csv
import json

import pytest

from tests.conftest import corpus_kb, invoke

DOCS = {
    "a.txt": "Abdul Aziz al-Muhammadawi spoke in Baghdad on Monday.\n",
    "b.txt": "Hadi al-Amiri leads the Badr Organization.\n",
}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with corpus_kb(tmp_path_factory.mktemp("records"), DOCS) as kb:
        yield kb


def test_a_new_spelling_of_a_pack_name_joins_the_pack_actor_as_a_document_alias(kb, tmp_path):
    assert kb.entity("Abdul Aziz al-Muhammadawi")["id"] == "abu_fadak_al_mohammadawi"
    kb.export("csv", tmp_path / "tables")
    with open(tmp_path / "tables" / "aliases.csv", encoding="utf-8-sig", newline="") as handle:
        rows = [tuple(r.values()) for r in csv.DictReader(handle)]
    assert ("abu_fadak_al_mohammadawi", "Abdul Aziz al-Muhammadawi", "document") in rows


def test_judgements_keep_their_author_and_undo_by_id_reverts_only_that_one(kb):
    db = kb.settings.db

    def judge(*args):
        result = invoke(*args, "--db", db, "--json")
        assert result.exit_code == 0, result.stderr
        return json.loads(result.output)

    renamed = judge("rename", "Hadi al-Amiri", "Hadi al-Ameri", "--author", "rana")["judgement"]
    retyped = judge("retype", "Abdul Aziz al-Muhammadawi", "ORGANIZATION", "--author", "omar")["judgement"]
    recorded = {j["id"]: (j["action"], j["author"]) for j in judge("judgements")}
    assert recorded[renamed] == ("rename", "rana") and recorded[retyped] == ("retype", "omar")
    assert judge("undo", str(renamed))["undone"] == renamed
    assert kb.entity("hadi_al_amiri")["name"] == "Hadi al-Amiri"
    assert kb.entity("abu_fadak_al_mohammadawi")["type"] == "ORGANIZATION"  # the later one holds
    assert judge("undo", str(retyped))["undone"] == retyped
    assert kb.entity("abu_fadak_al_mohammadawi")["type"] == "PERSON"


@pytest.mark.parametrize(("a", "b", "person", "reason"), [
    ("Abu Mahdi al-Muhandis", "Abu Mehdi al-Mohandes", True, "close spelling"),
    ("Qassem Soleimani", "Qasem Sulaimani", True, "same given and family name"),
    ("Popular Mobilization Forces", "PMF", False, "acronym PMF"),
    ("قاسم سليماني", "Qasim Sulaimani", True, "same consonants in Arabic and Latin script"),
    ("Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq", False, "same distinctive words"),
])
def test_each_match_says_why_as_candidates_shows_it(kb, a, b, person, reason):
    from shabaka.resolve.matching import NameMatcher

    score, why = NameMatcher.from_pack(kb.pack).score(a, b, person=person)
    assert score >= 88 and why == reason
