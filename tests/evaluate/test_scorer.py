from __future__ import annotations

import io
import itertools
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from shabaka.errors import UsageError
from shabaka.evaluate import (
    GoldDoc,
    GoldEntity,
    GoldRelation,
    Scores,
    cross_doc_scores,
    dump_docs,
    group_errors,
    load_gold,
    map_entities,
    normalize_name,
    score,
)

SEEDS_GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "seeds.gold.jsonl"


def ent(eid: str, *names: str, types: tuple[str, ...] = ("PERSON",)) -> GoldEntity:
    return GoldEntity(eid, types, names)


def rel(subject: str, relation: str, obj: str, evidence: str = "") -> GoldRelation:
    return GoldRelation(subject, relation, obj, evidence)


def doc(
    name: str, entities: Sequence[GoldEntity], relations: Sequence[GoldRelation] = ()
) -> GoldDoc:
    return GoldDoc(name, tuple(entities), tuple(relations))


def counts(scores: Scores) -> tuple[int, int, int]:
    return scores.tp, scores.fp, scores.fn


SOLEIMANI = ent("qasem_soleimani", "Qassem Soleimani", "Soleimani")
MUHANDIS = ent("abu_mahdi_al_muhandis", "Abu Mahdi al-Muhandis", "al-Muhandis")
KH = ent("kataib_hezbollah", "Kata'ib Hezbollah", "KH", types=("ARMED_GROUP",))
IRAQ = ent("iraq", "Iraq", "Iraqi", types=("COUNTRY",))


# --- names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kata’ib Hezbollah", "kata'ib hezbollah"),
        ("Kata‘ib", "kata'ib"),
        ("Kataʼib Kataʻib Kata`ib Kata´ib Kata′ib", "kata'ib kata'ib kata'ib kata'ib kata'ib"),
        ("“Abu Jihad” „Abu Jihad″", '"abu jihad" "abu jihad"'),
        ("Abu\u00a0Mahdi  al-Muhandis\n", "abu mahdi al-muhandis"),
        ("  ＫＨ ", "kh"),  # fullwidth letters fold under NFKC
        ("STRASSE Straße", "strasse strasse"),  # case folding, not lower()
    ],
)
def test_normalize_name(text: str, expected: str) -> None:
    assert normalize_name(text) == expected


@pytest.mark.parametrize(
    ("gold_name", "predicted_name"),
    [
        ("Kata’ib Hezbollah", "kata'ib hezbollah"),
        ("Kata'ib Hezbollah", "KATA’IB HEZBOLLAH"),
        ("Abu Mahdi al-Muhandis", "Abu\u00a0Mahdi al-Muhandis"),
    ],
)
def test_names_match_after_normalization(gold_name: str, predicted_name: str) -> None:
    gold = [doc("d1", [ent("g", gold_name)])]
    predicted = [doc("d1", [ent("S1", predicted_name)])]
    assert counts(score(gold, predicted).entities) == (1, 0, 0)


def test_mapping_prefers_most_hits_then_earliest_name() -> None:
    gold = doc(
        "d1",
        [
            ent("mohammed_al_hashemi", "Mohammed al-Hashemi", "al-Hashemi"),
            ent("hisham_al_hashemi", "Hisham al-Hashemi", "Hashemi"),
        ],
    )
    predicted = doc(
        "d1",
        [
            # Two names hit hisham, one hits mohammed: most hits wins.
            ent("S1", "al-Hashemi", "Hisham al-Hashemi", "Hashemi"),
            # One hit each: the gold entity hit by the earlier name wins.
            ent("S2", "Hashemi", "al-Hashemi"),
            # Repeated names count once, so this is a tie broken by order too.
            ent("S3", "al-Hashemi", "Hashemi", "Hashemi"),
            ent("S4", "Abu Jihad"),
        ],
    )
    assert map_entities(gold, predicted) == [
        "hisham_al_hashemi",
        "hisham_al_hashemi",
        "mohammed_al_hashemi",
        None,
    ]


def test_name_shared_by_two_gold_entities_maps_to_first_listed() -> None:
    gold = doc("d1", [ent("a", "Hashemi"), ent("b", "Hashemi")])
    assert map_entities(gold, doc("d1", [ent("S1", "hashemi")])) == ["a"]


# --- entities --------------------------------------------------------------


def test_exact_match_scores_every_figure_perfect() -> None:
    gold = [
        doc(
            "d1",
            [SOLEIMANI, MUHANDIS, KH],
            [rel("abu_mahdi_al_muhandis", "founded", "kataib_hezbollah")],
        )
    ]
    report = score(gold, gold)
    assert counts(report.entities) == (3, 0, 0)
    assert counts(report.entities_typed) == (3, 0, 0)
    assert counts(report.relations) == (1, 0, 0)
    assert report.errors == []


@pytest.mark.parametrize("predicted_type", ["ARMED_GROUP", "STATE_BODY"])
def test_either_of_two_gold_types_scores_typed(predicted_type: str) -> None:
    pmf = ent("pmf", "Popular Mobilization Forces", types=("ARMED_GROUP", "STATE_BODY"))
    predicted = [
        doc("d1", [ent("S1", "PMF", "Popular Mobilization Forces", types=(predicted_type,))])
    ]
    report = score([doc("d1", [pmf])], predicted)
    assert counts(report.entities_typed) == (1, 0, 0)


def test_wrong_type_counts_untyped_but_not_typed() -> None:
    gold = [doc("d1", [KH, IRAQ])]
    predicted = [
        doc(
            "d1",
            [ent("S1", "KH", types=("ORGANIZATION",)), ent("S2", "Iraq", types=("COUNTRY",))],
        )
    ]
    report = score(gold, predicted)
    assert counts(report.entities) == (2, 0, 0)
    assert counts(report.entities_typed) == (1, 1, 1)
    [error] = report.errors
    assert (error.kind, error.doc, error.details["id"]) == ("wrong_type", "d1", "kataib_hezbollah")
    assert error.details["predicted"] == [{"id": "S1", "names": ["KH"], "types": ["ORGANIZATION"]}]


def test_wrong_type_is_forgiven_when_another_entity_on_the_pair_is_right() -> None:
    predicted = [
        doc(
            "d1",
            [
                ent("S1", "KH", types=("STATE_BODY",)),
                ent("S2", "Kata'ib Hezbollah", types=("ARMED_GROUP",)),
            ],
        )
    ]
    report = score([doc("d1", [KH])], predicted)
    assert counts(report.entities_typed) == (1, 0, 0)


def test_system_entity_matching_no_gold_entity_is_fp() -> None:
    predicted = [doc("d1", [ent("S1", "Soleimani"), ent("S2", "the general"), ent("S3", "Tehran")])]
    report = score([doc("d1", [SOLEIMANI])], predicted)
    assert counts(report.entities) == (1, 2, 0)
    assert counts(report.entities_typed) == (1, 2, 0)
    assert [(e.kind, e.details["id"]) for e in report.errors] == [
        ("entity_fp", "S2"),
        ("entity_fp", "S3"),
    ]


def test_two_system_entities_for_one_gold_entity_is_one_tp_and_a_split() -> None:
    gold = [doc("d1", [SOLEIMANI]), doc("d2", [SOLEIMANI])]
    predicted = [
        doc("d1", [ent("S1", "Qassem Soleimani"), ent("S2", "Soleimani")]),
        doc("d2", [ent("S1", "Soleimani")]),
    ]
    report = score(gold, predicted)
    assert counts(report.entities) == (2, 0, 0)
    # Cross-doc pairs: (d1 S1, d2 S1) joined, (d1 S2, d2 S1) missed.
    assert counts(report.cross_doc) == (1, 0, 1)
    [split] = group_errors(report)["missed_merge"]
    assert split.doc is None
    assert split.details == {
        "gold_id": "qasem_soleimani",
        "predicted": [{"id": "S1", "docs": ["d1", "d2"]}, {"id": "S2", "docs": ["d1"]}],
    }


def test_empty_predictions_count_everything_as_fn() -> None:
    gold = [doc("d1", [SOLEIMANI, KH], [rel("qasem_soleimani", "backs", "kataib_hezbollah")])]
    for predicted in ([], [doc("d1", [])]):
        report = score(gold, predicted)
        assert counts(report.entities) == (0, 0, 2)
        assert counts(report.entities_typed) == (0, 0, 2)
        assert counts(report.relations) == (0, 0, 1)
        assert counts(report.cross_doc) == (0, 0, 0)
        assert (report.entities.p, report.entities.r, report.entities.f1) == (0.0, 0.0, 0.0)


def test_predicted_docs_absent_from_gold_are_ignored() -> None:
    gold = [doc("d1", [SOLEIMANI])]
    predicted = [doc("d1", [ent("S1", "Soleimani")]), doc("d9", [ent("S1", "Soleimani")])]
    report = score(gold, predicted)
    assert counts(report.entities) == (1, 0, 0)
    assert counts(report.cross_doc) == (0, 0, 0)


def test_document_given_twice_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="'d1' is given twice"):
        score([doc("d1", [SOLEIMANI])], [doc("d1", []), doc("d1", [])])


# --- relations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("relation", "symmetric", "expected"),
    [
        ("allied_with", None, (1, 0, 0)),
        ("hostile_to", None, (1, 0, 0)),
        ("backs", None, (0, 1, 1)),
        ("allied_with", frozenset(), (0, 1, 1)),
        ("backs", frozenset({"backs"}), (1, 0, 0)),
    ],
)
def test_reversed_relation_counts_only_when_symmetric(
    relation: str, symmetric: frozenset[str] | None, expected: tuple[int, int, int]
) -> None:
    gold = [doc("d1", [KH, IRAQ], [rel("kataib_hezbollah", relation, "iraq")])]
    predicted = [doc("d1", [ent("S1", "KH"), ent("S2", "Iraq")], [rel("S2", relation, "S1")])]
    kwargs = {} if symmetric is None else {"symmetric": symmetric}
    assert counts(score(gold, predicted, **kwargs).relations) == expected


def test_relation_with_unmapped_endpoint_is_fp() -> None:
    gold = [doc("d1", [SOLEIMANI, KH], [rel("qasem_soleimani", "backs", "kataib_hezbollah")])]
    predicted = [
        doc(
            "d1",
            [ent("S1", "Soleimani"), ent("S2", "KH"), ent("S3", "the Guard")],
            [
                rel("S1", "backs", "S2", "Soleimani backed KH"),
                rel("S3", "backs", "S2", "the Guard backed KH"),
                rel("S1", "leads", "S404"),  # an id the document never defines
            ],
        )
    ]
    report = score(gold, predicted)
    assert counts(report.relations) == (1, 2, 0)
    fps = group_errors(report)["relation_fp"]
    assert fps[0].details == {
        "subject": None,
        "relation": "backs",
        "object": "kataib_hezbollah",
        "predicted_subject": "S3",
        "predicted_object": "S2",
        "subject_names": ["the Guard"],
        "object_names": ["KH"],
        "evidence": "the Guard backed KH",
    }
    assert fps[1].details["object"] is None


def test_duplicate_relations_collapse() -> None:
    gold = [doc("d1", [KH, IRAQ], [rel("kataib_hezbollah", "hostile_to", "iraq")] * 2)]
    predicted = [
        doc(
            "d1",
            [ent("S1", "KH"), ent("S2", "Iraq"), ent("S3", "Kata'ib Hezbollah")],
            [
                rel("S1", "hostile_to", "S2"),
                rel("S2", "hostile_to", "S1"),
                rel("S3", "hostile_to", "S2"),
                rel("S1", "backs", "S2"),
                rel("S3", "backs", "S2"),
            ],
        )
    ]
    assert counts(score(gold, predicted).relations) == (1, 1, 0)


def test_relation_scores_by_type() -> None:
    gold = [
        doc(
            "d1",
            [SOLEIMANI, MUHANDIS, KH, IRAQ],
            [
                rel("abu_mahdi_al_muhandis", "founded", "kataib_hezbollah"),
                rel("abu_mahdi_al_muhandis", "leads", "kataib_hezbollah"),
                rel("qasem_soleimani", "backs", "kataib_hezbollah", "Soleimani armed KH"),
            ],
        )
    ]
    predicted = [
        doc(
            "d1",
            [ent("S1", "Soleimani"), ent("S2", "al-Muhandis"), ent("S3", "KH"), ent("S4", "Iraq")],
            [
                rel("S2", "founded", "S3"),
                rel("S2", "leads", "S3"),
                rel("S2", "leads", "S4"),
                rel("S3", "hostile_to", "S4"),
            ],
        )
    ]
    report = score(gold, predicted)
    by_type = {name: counts(s) for name, s in report.relations_by_type.items()}
    assert by_type == {
        "backs": (0, 0, 1),
        "founded": (1, 0, 0),
        "hostile_to": (0, 1, 0),
        "leads": (1, 1, 0),
    }
    assert counts(report.relations) == (2, 2, 1)
    [missed] = group_errors(report)["relation_fn"]
    assert missed.details["evidence"] == "Soleimani armed KH"
    assert missed.details["subject_names"] == ["Qassem Soleimani", "Soleimani"]


# --- cross-document resolution ---------------------------------------------


@pytest.mark.parametrize(
    ("d1_entity", "d2_entity", "expected", "error_kind"),
    [
        (("S1", "Soleimani"), ("S1", "Qassem Soleimani"), (1, 0, 0), None),  # merge
        (("S1", "Soleimani"), ("S2", "Soleimani"), (0, 0, 1), "missed_merge"),  # split
        (("S1", "Soleimani"), ("S1", "KH"), (0, 1, 0), "wrong_merge"),  # wrong merge
    ],
)
def test_cross_document_resolution(
    d1_entity: tuple[str, str],
    d2_entity: tuple[str, str],
    expected: tuple[int, int, int],
    error_kind: str | None,
) -> None:
    gold = [doc("d1", [SOLEIMANI]), doc("d2", [SOLEIMANI, KH])]
    predicted = [doc("d1", [ent(*d1_entity)]), doc("d2", [ent(*d2_entity)])]
    report = score(gold, predicted)
    assert counts(report.cross_doc) == expected
    merge_kinds = [e.kind for e in report.errors if e.kind.endswith("merge")]
    assert merge_kinds == ([error_kind] if error_kind else [])


def test_wrong_merge_lists_gold_ids_with_docs() -> None:
    gold = [doc("d1", [SOLEIMANI]), doc("d2", [KH]), doc("d3", [KH])]
    predicted = [
        doc(d, [ent("S1", name)]) for d, name in [("d1", "Soleimani"), ("d2", "KH"), ("d3", "KH")]
    ]
    report = score(gold, predicted)
    assert counts(report.cross_doc) == (1, 2, 0)
    [error] = group_errors(report)["wrong_merge"]
    assert error.details == {
        "predicted_id": "S1",
        "gold": [
            {"id": "qasem_soleimani", "docs": ["d1"]},
            {"id": "kataib_hezbollah", "docs": ["d2", "d3"]},
        ],
    }


def brute_force_cross_doc(items: set[tuple[str, str, str]]) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for (doc_a, gold_a, sys_a), (doc_b, gold_b, sys_b) in itertools.combinations(items, 2):
        if doc_a == doc_b:
            continue
        gold_same, system_same = gold_a == gold_b, sys_a == sys_b
        tp += gold_same and system_same
        fp += system_same and not gold_same
        fn += gold_same and not system_same
    return tp, fp, fn


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cross_doc_counting_equals_brute_force(seed: int) -> None:
    rng = random.Random(seed)
    gold, predicted, items = [], [], set()
    for d in range(8):
        name = f"d{d}"
        present = rng.sample(range(10), rng.randint(2, 7))
        system = []
        for g in present:
            for _ in range(rng.choice([0, 1, 1, 1, 2])):
                sid = f"S{rng.randrange(7)}"
                system.append(ent(sid, f"NAME {g}"))
                items.add((name, f"g{g}", sid))
        gold.append(doc(name, [ent(f"g{g}", f"name {g}") for g in present]))
        predicted.append(doc(name, system))
    expected = brute_force_cross_doc(items)
    assert all(expected)  # the case exercises TP, FP and FN alike
    assert counts(score(gold, predicted).cross_doc) == expected
    assert counts(cross_doc_scores(items)) == expected


# --- report ----------------------------------------------------------------


def test_to_json_shape_and_rounding() -> None:
    gold = [doc("d1", [SOLEIMANI, KH, IRAQ], [rel("qasem_soleimani", "backs", "kataib_hezbollah")])]
    predicted = [
        doc(
            "d1",
            [ent("S1", "Soleimani"), ent("S2", "Tehran"), ent("S3", "Quds Force")],
            [rel("S1", "backs", "S2")],
        )
    ]
    out = score(gold, predicted).to_json()
    assert set(out) == {"entities", "entities_typed", "relations", "cross_doc", "relations_by_type",
                        "relations_by_confidence"}
    assert out["relations_by_confidence"] == {}  # no prediction says how confident it is
    assert out["entities"] == {"p": 0.3333, "r": 0.3333, "f1": 0.3333, "tp": 1, "fp": 2, "fn": 2}
    assert out["relations_by_type"] == {
        "backs": {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 1}
    }
    assert Scores(2, 1, 0).to_json() == {
        "p": 0.6667,
        "r": 1.0,
        "f1": 0.8,
        "tp": 2,
        "fp": 1,
        "fn": 0,
    }


def test_group_errors_by_kind_then_doc() -> None:
    gold = [doc("d2", [SOLEIMANI]), doc("d1", [SOLEIMANI, KH])]
    predicted = [
        doc("d2", [ent("S1", "Soleimani"), ent("S9", "Tehran")]),
        doc("d1", [ent("S2", "Soleimani"), ent("S8", "Quds Force")]),
    ]
    grouped = group_errors(score(gold, predicted))
    assert list(grouped) == ["entity_fp", "entity_fn", "missed_merge"]
    assert [(e.doc, e.details["id"]) for e in grouped["entity_fp"]] == [("d1", "S8"), ("d2", "S9")]


# --- files -----------------------------------------------------------------


def test_dump_then_load_round_trips(tmp_path: Path) -> None:
    docs = [
        doc(
            "d1",
            [SOLEIMANI, KH],
            [
                GoldRelation(
                    "qasem_soleimani",
                    "backs",
                    "kataib_hezbollah",
                    "armed “KH”",
                    role="patron",
                    start="2007",
                )
            ],
        ),
        doc("d2", []),
    ]
    dump_docs(docs, tmp_path / "gold.jsonl")
    assert load_gold(tmp_path / "gold.jsonl") == docs
    buffer = io.StringIO()
    dump_docs(docs, buffer)
    assert buffer.getvalue() == (tmp_path / "gold.jsonl").read_text(encoding="utf-8")
    assert '"type": ["PERSON"]' in buffer.getvalue() and '"role": "patron"' in buffer.getvalue()
    assert '"end"' not in buffer.getvalue()


def test_load_gold_accepts_a_bare_type_string(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text('{"doc": "d1", "entities": [{"id": "S1", "type": "PERSON", "names": ["X"]}]}\n')
    assert load_gold(path) == [doc("d1", [ent("S1", "X")])]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"doc": "d2", "entities": [', "not valid JSON"),
        ('["d2"]', "must be a JSON object"),
        ('{"entities": []}', "missing 'doc'"),
        ('{"doc": "", "entities": []}', "'doc' must be a non-empty string"),
        ('{"doc": "d2"}', "d2: missing 'entities'"),
        ('{"doc": "d2", "entities": [{"id": "a", "names": []}]}', "d2 entity 1: missing 'type'"),
        (
            '{"doc": "d2", "entities": [{"id": "a", "type": ["X"], "names": [1]}]}',
            "'names' must be a list of strings",
        ),
        (
            '{"doc": "d2", "entities": [{"id": "a", "type": [], "names": []},'
            ' {"id": "a", "type": [], "names": []}]}',
            "id 'a' is given twice",
        ),
        (
            '{"doc": "d2", "entities": [], "relations": [{"subject": "a", "object": "b"}]}',
            "d2 relation 1: missing 'relation'",
        ),
        (
            '{"doc": "d2", "entities": [], "relations":'
            ' [{"subject": "a", "relation": "r", "object": "b", "start": 1962}]}',
            "'start' must be a string",
        ),
        ('{"doc": "d1", "entities": []}', "'d1' already given on line 1"),
    ],
)
def test_load_gold_names_file_and_line_of_malformed_input(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"doc": "d1", "entities": []}\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        load_gold(path)
    assert str(caught.value).startswith(f"{path}:3: ")
    assert message in str(caught.value)


def test_load_gold_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="cannot read gold file"):
        load_gold(tmp_path / "absent.jsonl")


@pytest.mark.skipif(not SEEDS_GOLD.exists(), reason="shared seeds gold not present")
def test_seeds_gold_scored_against_itself_is_perfect() -> None:
    gold = load_gold(SEEDS_GOLD)
    out = score(gold, gold).to_json()
    figures = [out[k] for k in ("entities", "entities_typed", "relations", "cross_doc")]
    figures += out["relations_by_type"].values()
    for figure in figures:
        assert (figure["p"], figure["r"], figure["f1"], figure["fp"], figure["fn"]) == (
            1.0,
            1.0,
            1.0,
            0,
            0,
        )


def test_entity_errors_get_the_sentence_they_come_from():
    from shabaka.evaluate.run import add_entity_evidence, sentence_around

    text = "Agile Leadership\n\nHe met Soldier Smith. Then he left."
    assert sentence_around(text, "Agile Leadership") == "Agile Leadership"
    assert sentence_around(text, "Soldier Smith") == "He met Soldier Smith."
    assert sentence_around(text, "Nobody") is None
    gold = [GoldDoc("d.txt", (), ())]
    pred = [GoldDoc("d.txt", (GoldEntity("x", ("PERSON",), ("Soldier Smith",)),), ())]
    report = score(gold, pred)
    add_entity_evidence(report, {"d.txt": text})
    (fp,) = [e for e in report.errors if e.kind == "entity_fp"]
    assert fp.details["evidence"] == "He met Soldier Smith."


def test_precision_by_confidence_band_counts_each_predicted_relation_once() -> None:
    gold = [doc("d1", [SOLEIMANI, KH, IRAQ], [rel("qasem_soleimani", "backs", "kataib_hezbollah")])]
    sure = GoldRelation("S1", "backs", "S2", confidence=0.95)
    also = GoldRelation("S1", "backs", "S2", confidence=0.6)  # the same claim from another sentence
    wrong = GoldRelation("S1", "backs", "S3", confidence=0.72)
    predicted = [GoldDoc("d1", (ent("S1", "Soleimani"), ent("S2", "Kata'ib Hezbollah"), ent("S3", "Iraq")),
                         (sure, also, wrong))]
    report = score(gold, predicted)
    assert report.to_json()["relations_by_confidence"] == {
        "0.9-1.0": {"p": 1.0, "tp": 1, "fp": 0},
        "0.7-0.8": {"p": 0.0, "tp": 0, "fp": 1},
    }


def test_confidence_round_trips_through_the_gold_format(tmp_path) -> None:
    d = GoldDoc("d1", (ent("S1", "Soleimani"), ent("S2", "Iraq")),
                (GoldRelation("S1", "backs", "S2", confidence=0.81),))
    dump_docs([d], tmp_path / "p.jsonl")
    assert load_gold(tmp_path / "p.jsonl")[0].relations[0].confidence == 0.81
    (tmp_path / "bad.jsonl").write_text(
        '{"doc": "d", "entities": [], "relations": [{"subject": "a", "relation": "backs", '
        '"object": "b", "confidence": "high"}]}\n')
    with pytest.raises(UsageError, match="confidence"):
        load_gold(tmp_path / "bad.jsonl")


def test_suggested_relations_count_only_in_their_confidence_band() -> None:
    gold = [doc("d1", [SOLEIMANI, KH, IRAQ], [rel("qasem_soleimani", "backs", "kataib_hezbollah")])]
    sure = GoldRelation("S1", "backs", "S2", confidence=0.9)
    suggested = GoldRelation("S1", "backs", "S3", confidence=0.3)  # under the assertion threshold
    predicted = [GoldDoc("d1", (ent("S1", "Soleimani"), ent("S2", "Kata'ib Hezbollah"), ent("S3", "Iraq")),
                         (sure, suggested))]
    asserted = score(gold, predicted, min_confidence=0.5)
    assert counts(asserted.relations) == (1, 0, 0)
    assert asserted.to_json()["relations_by_confidence"]["0.0-0.5"] == {"p": 0.0, "tp": 0, "fp": 1}
    assert counts(score(gold, predicted).relations) == (1, 1, 0)
