"""Gold loading and scoring: how good is an extractor, measured the way ONTOLOGY.md says."""

from shabaka.evaluate.gold import (
    GoldDoc,
    GoldEntity,
    GoldRelation,
    dump_docs,
    load_gold,
    normalize_name,
    parse_doc,
)
from shabaka.evaluate.scorer import (
    ERROR_KINDS,
    SYMMETRIC_RELATIONS,
    ErrorRecord,
    EvalReport,
    Scores,
    cross_doc_scores,
    group_errors,
    map_entities,
    score,
)

__all__ = [
    "ERROR_KINDS",
    "SYMMETRIC_RELATIONS",
    "ErrorRecord",
    "EvalReport",
    "GoldDoc",
    "GoldEntity",
    "GoldRelation",
    "Scores",
    "cross_doc_scores",
    "dump_docs",
    "group_errors",
    "load_gold",
    "map_entities",
    "normalize_name",
    "parse_doc",
    "score",
]
