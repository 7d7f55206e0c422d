"""Score a system's predictions against gold, as ONTOLOGY.md's scoring section defines.

Pure functions over GoldDoc lists: no store, no NLP, so any extractor that
can write the prediction format can be scored the same way.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from math import comb
from typing import Any

from shabaka.errors import UsageError
from shabaka.evaluate.gold import GoldDoc, GoldEntity, GoldRelation, normalize_name

SYMMETRIC_RELATIONS = frozenset({"allied_with", "hostile_to"})
ERROR_KINDS = (
    "entity_fp",
    "entity_fn",
    "wrong_type",
    "relation_fp",
    "relation_fn",
    "wrong_merge",
    "missed_merge",
)

# (doc, gold id, predicted id): a gold entity found in a document, by one system entity.
_Item = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts and the precision, recall and F1 they give; 0.0 where a ratio is empty."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        return {
            "p": round(self.p, 4),
            "r": round(self.r, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """One scoring error for a developer to look at.

    `kind` is one of ERROR_KINDS; `doc` is None for wrong_merge and
    missed_merge, which span documents and list theirs in `details`.
    """

    kind: str
    doc: str | None
    details: dict[str, Any] = field(hash=False)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "doc": self.doc, **self.details}


@dataclass(slots=True)
class EvalReport:
    """Every figure of one scoring run, plus the errors behind them."""

    entities: Scores
    entities_typed: Scores
    relations: Scores
    cross_doc: Scores
    relations_by_type: dict[str, Scores]
    errors: list[ErrorRecord]
    # predicted relations by the system's confidence: is the confidence worth its number?
    relations_by_confidence: dict[str, Scores] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The figures only (errors are for group_errors and the CLI), rounded to 4 places."""
        return {
            "entities": self.entities.to_json(),
            "entities_typed": self.entities_typed.to_json(),
            "relations": self.relations.to_json(),
            "cross_doc": self.cross_doc.to_json(),
            "relations_by_confidence": {
                band: {"p": round(s.p, 4), "tp": s.tp, "fp": s.fp}
                for band, s in self.relations_by_confidence.items()},
            "relations_by_type": {
                rel: scores.to_json() for rel, scores in sorted(self.relations_by_type.items())
            },
        }


def map_entities(gold: GoldDoc, predicted: GoldDoc) -> list[str | None]:
    """The gold id each predicted entity of one document maps to, None where no name matches.

    A predicted entity maps to one gold entity only. Where its names hit
    several, it takes the one hit by the most of its distinct normalized
    names; ties go to the one hit by its earliest name, then to the one listed
    first in gold (when a single name belongs to two gold entities).
    """
    order = {ent.id: i for i, ent in enumerate(gold.entities)}
    index: dict[str, list[str]] = defaultdict(list)
    for ent in gold.entities:
        for name in map(normalize_name, ent.names):
            if name and ent.id not in index[name]:
                index[name].append(ent.id)
    mapping: list[str | None] = []
    for ent in predicted.entities:
        hits: Counter[str] = Counter()
        first: dict[str, int] = {}
        for pos, name in enumerate(dict.fromkeys(map(normalize_name, ent.names))):
            for gid in index.get(name, ()):
                hits[gid] += 1
                first.setdefault(gid, pos)
        best = min(hits, key=lambda g: (-hits[g], first[g], order[g]), default=None)
        mapping.append(best)
    return mapping


CONFIDENCE_BANDS = (("0.9-1.0", 0.9), ("0.8-0.9", 0.8), ("0.7-0.8", 0.7), ("0.5-0.7", 0.5),
                    ("0.0-0.5", 0.0))


def score(
    gold: list[GoldDoc],
    predicted: list[GoldDoc],
    *,
    symmetric: frozenset[str] = SYMMETRIC_RELATIONS,
    min_confidence: float = 0.0,
) -> EvalReport:
    """Score predictions against gold; predicted documents absent from gold are ignored.

    Entities are scored over (doc, gold id) pairs: two predicted entities
    mapping to one gold id are one TP and no FP (the split shows up as a
    missed_merge error and in cross_doc instead); each predicted entity that
    maps to nothing is one FP. Typed scoring counts a pair as TP when some
    predicted entity on it has one of the gold types (any of its own, if it
    gives several); otherwise a found pair is one FP and one FN however many
    wrongly typed entities sit on it, so typed figures never exceed untyped.

    Relations are scored over (doc, subject, relation, object) sets after
    mapping, `symmetric` relations as unordered pairs; a predicted relation
    with an endpoint that maps to nothing is an FP (once per distinct tuple
    of system ids). Relations under `min_confidence` are suggestions the
    analyst has not accepted: they count only in the confidence bands, so the
    figures measure the network analysis uses.

    Cross-document resolution is scored over the (doc, gold id, predicted id)
    items of gold entities that some predicted entity found; gold entities a
    system missed in a document take no part (they are already entity FNs).
    """
    gold_docs = _by_doc(gold, "gold")
    pred_docs = _by_doc(predicted, "predicted")
    ent = Counter[str]()
    typed = Counter[str]()
    rel: dict[str, Counter[str]] = defaultdict(Counter)
    bands: dict[str, Counter[str]] = {band: Counter() for band, _ in CONFIDENCE_BANDS}
    items: dict[_Item, None] = {}  # ordered set, so errors come out in file order
    errors: list[ErrorRecord] = []
    for doc, gdoc in gold_docs.items():
        pdoc = pred_docs.get(doc, GoldDoc(doc, (), ()))
        _check_unique_ids(gdoc)
        mapping = map_entities(gdoc, pdoc)
        found: dict[str, list[GoldEntity]] = defaultdict(list)
        pred_gid: dict[str, str] = {}  # system id -> gold id, for the relations
        for pent, gid in zip(pdoc.entities, mapping, strict=True):
            if gid is None:
                ent["fp"] += 1
                typed["fp"] += 1
                errors.append(ErrorRecord("entity_fp", doc, _entity_details(pent)))
            else:
                found[gid].append(pent)
                pred_gid.setdefault(pent.id, gid)
                items[(doc, gid, pent.id)] = None
        for gent in gdoc.entities:
            preds = found.get(gent.id)
            if not preds:
                ent["fn"] += 1
                typed["fn"] += 1
                errors.append(ErrorRecord("entity_fn", doc, _entity_details(gent)))
                continue
            ent["tp"] += 1
            if any(set(p.types) & set(gent.types) for p in preds):
                typed["tp"] += 1
            else:
                typed["fp"] += 1
                typed["fn"] += 1
                details = _entity_details(gent) | {"predicted": [_entity_details(p) for p in preds]}
                errors.append(ErrorRecord("wrong_type", doc, details))
        errors += _score_relations(gdoc, pdoc, pred_gid, symmetric, rel, bands, min_confidence)
    errors += _merge_errors(items)
    by_type = {name: Scores(c["tp"], c["fp"], c["fn"]) for name, c in sorted(rel.items())}
    return EvalReport(
        entities=Scores(ent["tp"], ent["fp"], ent["fn"]),
        entities_typed=Scores(typed["tp"], typed["fp"], typed["fn"]),
        relations=Scores(
            sum(s.tp for s in by_type.values()),
            sum(s.fp for s in by_type.values()),
            sum(s.fn for s in by_type.values()),
        ),
        cross_doc=cross_doc_scores(items),
        relations_by_type=by_type,
        errors=errors,
        relations_by_confidence={band: Scores(c["tp"], c["fp"], 0) for band, c in bands.items() if c},
    )


def cross_doc_scores(items: Iterable[_Item]) -> Scores:
    """Pairwise scores over (doc, gold id, predicted id) items in different documents.

    A pair is gold-same when the gold ids agree and system-same when the
    predicted ids agree. Counted per group (pairs sharing a key, less those
    inside one document) rather than pair by pair, which is quadratic.
    """
    items = set(items)

    def cross_pairs(key: Callable[[_Item], Hashable]) -> int:
        groups = Counter(key(item) for item in items)
        same_doc = Counter((item[0], key(item)) for item in items)
        return sum(comb(n, 2) for n in groups.values()) - sum(comb(n, 2) for n in same_doc.values())

    both = cross_pairs(lambda item: (item[1], item[2]))
    gold_same = cross_pairs(lambda item: item[1])
    system_same = cross_pairs(lambda item: item[2])
    return Scores(tp=both, fp=system_same - both, fn=gold_same - both)


def group_errors(report: EvalReport) -> dict[str, list[ErrorRecord]]:
    """Errors by kind (in ERROR_KINDS order, kinds with none left out), each list by doc.

    Cross-document errors (doc None) come last; within a doc, file order is kept.
    """
    grouped: dict[str, list[ErrorRecord]] = {}
    for kind in ERROR_KINDS:
        records = [e for e in report.errors if e.kind == kind]
        if records:
            grouped[kind] = sorted(records, key=lambda e: (e.doc is None, e.doc or ""))
    return grouped


def _by_doc(docs: list[GoldDoc], what: str) -> dict[str, GoldDoc]:
    by_doc: dict[str, GoldDoc] = {}
    for doc in docs:
        if doc.doc in by_doc:
            raise UsageError(f"{what} documents: {doc.doc!r} is given twice; give each doc once")
        by_doc[doc.doc] = doc
    return by_doc


def _check_unique_ids(doc: GoldDoc) -> None:
    ids = Counter(ent.id for ent in doc.entities)
    twice = sorted(eid for eid, n in ids.items() if n > 1)
    if twice:
        raise UsageError(f"gold document {doc.doc!r}: entity ids {twice} given twice; merge them")


def _score_relations(
    gdoc: GoldDoc,
    pdoc: GoldDoc,
    pred_gid: dict[str, str],
    symmetric: frozenset[str],
    counts: dict[str, Counter[str]],
    bands: dict[str, Counter[str]],
    min_confidence: float = 0.0,
) -> list[ErrorRecord]:
    """Add one document's relation counts to `counts` (by relation) and to `bands` (by the
    system's confidence), and return its errors."""

    def key(subject: str, relation: str, obj: str) -> tuple[str, str, str]:
        if relation in symmetric and obj < subject:
            subject, obj = obj, subject
        return subject, relation, obj

    gold_rels: dict[tuple[str, str, str], GoldRelation] = {}
    for r in gdoc.relations:
        gold_rels.setdefault(key(r.subject, r.relation, r.object), r)
    mapped: dict[tuple[str, str, str], GoldRelation] = {}
    unmapped: dict[tuple[str, str, str], GoldRelation] = {}
    confidence: dict[tuple[bool, tuple[str, str, str]], float] = {}
    located = []
    for r in pdoc.relations:
        s, o = pred_gid.get(r.subject), pred_gid.get(r.object)
        k = key(r.subject, r.relation, r.object) if s is None or o is None else key(s, r.relation, o)
        located.append((s is None or o is None, k, r))
        if r.confidence is not None:
            where = (s is None or o is None, k)
            confidence[where] = max(confidence.get(where, 0.0), r.confidence)
    for is_unmapped, k, r in located:
        if confidence.get((is_unmapped, k), 1.0) >= min_confidence:  # asserted, not a mere suggestion
            (unmapped if is_unmapped else mapped).setdefault(k, r)
    for (is_unmapped, k), value in confidence.items():
        band = next(name for name, floor in CONFIDENCE_BANDS if value >= floor)
        bands[band]["tp" if not is_unmapped and k in gold_rels else "fp"] += 1

    gold_names = {ent.id: list(ent.names) for ent in gdoc.entities}
    pred_names = {ent.id: list(ent.names) for ent in pdoc.entities}
    errors = []
    for k, r in gold_rels.items():
        if k in mapped:
            counts[r.relation]["tp"] += 1
            continue
        counts[r.relation]["fn"] += 1
        details = {
            "subject": r.subject,
            "relation": r.relation,
            "object": r.object,
            "subject_names": gold_names.get(r.subject, []),
            "object_names": gold_names.get(r.object, []),
            "evidence": r.evidence,
        }
        errors.append(ErrorRecord("relation_fn", gdoc.doc, details))
    false_pos = [r for k, r in mapped.items() if k not in gold_rels] + list(unmapped.values())
    for r in false_pos:
        counts[r.relation]["fp"] += 1
        details = {
            "subject": pred_gid.get(r.subject),
            "relation": r.relation,
            "object": pred_gid.get(r.object),
            "predicted_subject": r.subject,
            "predicted_object": r.object,
            "subject_names": pred_names.get(r.subject, []),
            "object_names": pred_names.get(r.object, []),
            "evidence": r.evidence,
        }
        errors.append(ErrorRecord("relation_fp", gdoc.doc, details))
    return errors


def _merge_errors(items: Iterable[_Item]) -> list[ErrorRecord]:
    """One wrong_merge per predicted id found on several gold ids, one missed_merge per
    gold id found by several predicted ids, each listing the documents involved."""
    by_pred: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    by_gold: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for doc, gid, pid in items:
        by_pred[pid][gid].append(doc)
        by_gold[gid][pid].append(doc)
    errors = []
    for pid, golds in by_pred.items():
        if len(golds) > 1:
            spread = [{"id": gid, "docs": docs} for gid, docs in golds.items()]
            errors.append(ErrorRecord("wrong_merge", None, {"predicted_id": pid, "gold": spread}))
    for gid, preds in by_gold.items():
        if len(preds) > 1:
            spread = [{"id": pid, "docs": docs} for pid, docs in preds.items()]
            errors.append(ErrorRecord("missed_merge", None, {"gold_id": gid, "predicted": spread}))
    return errors


def _entity_details(ent: GoldEntity) -> dict[str, Any]:
    return {"id": ent.id, "names": list(ent.names), "types": list(ent.types)}
