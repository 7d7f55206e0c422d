"""Training the relation scorer from gold-annotated documents and Re-DocRED.

Examples are the candidate pairs of `extract.scoring`, run on the documents
exactly as ingest runs them. A pair is labelled with the gold relation between
the two entities it names when the gold evidence lies in the pair's sentence;
a pair of entities that gold relates elsewhere in the document is left out
(the sentence may or may not restate it), every other pair is NONE. Re-DocRED
pairs are labelled by `evaluate.redocred`; they judge five relations only, so
they train the pair model but not the rules' calibration. The threshold for
asserting a claim is chosen by cross-validation inside the training documents,
never on the documents a reported figure comes from.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from shabaka.errors import UsageError
from shabaka.evaluate.gold import GoldDoc, load_gold, normalize_name
from shabaka.extract.scoring import NONE, candidates, label_of, mention_spans

TARGET_PRECISION = 0.85
UNSEEN_PRECISION = Path(__file__).with_name("unseen_precision.json")
DEV_WEIGHT = 0.25  # a development-set claim, against one on unseen prose
UNSEEN_WEIGHT = 10.0  # how many unseen claims the blind figure of a relation is worth
UNSEEN_SMOOTHING = 10.0  # claims of all relations that a relation's own blind count is weighed against
SEED = 7  # folds of the threshold's cross-validation; the fit itself is deterministic
GENERAL_PREFIX = "Re-DocRED"


@dataclass(slots=True)
class Example:
    doc: str
    features: list[str]
    label: str
    general: bool = False  # from Re-DocRED: judges only the relations it maps, so no rule calibration


@dataclass(slots=True)
class TrainingSet:
    """Examples grouped by document, so that folds split by document."""

    examples: list[Example] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def docs(self) -> list[str]:
        return sorted({e.doc for e in self.examples})


def _evidence_range(text: str, evidence: str) -> tuple[int, int] | None:
    words = evidence.split()
    if not words:
        return None
    quote = r"[\"'’‘“”]"
    pattern = r"\s+".join(re.sub(quote, quote, re.escape(w)) for w in words)
    m = re.search(pattern, text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def _chain_gold_ids(gold: GoldDoc, ex) -> dict[int, str]:
    index: dict[str, str] = {}
    for ent in gold.entities:
        for name in ent.names:
            index.setdefault(normalize_name(name), ent.id)
    out = {}
    for chain in ex.chains:
        hits = [index[n] for n in map(normalize_name, chain.names) if n in index]
        if hits:
            out[chain.id] = max(set(hits), key=hits.count)
    return out


def document_examples(name: str, text: str, gold: GoldDoc, doc, ex, rule_claims, symmetric: set[str]
                      ) -> list[Example]:
    """Labelled candidate pairs of one document."""
    spans = mention_spans(doc, ex)
    ids = _chain_gold_ids(gold, ex)
    relations: dict[tuple[str, str], list[tuple[str, bool, tuple[int, int] | None]]] = {}
    for rel in gold.relations:
        where = _evidence_range(text, rel.evidence) if rel.evidence else None
        relations.setdefault((rel.subject, rel.object), []).append((rel.relation, True, where))
        relations.setdefault((rel.object, rel.subject), []).append((rel.relation, False, where))
    out = []
    for cand in candidates(doc, ex, spans, rule_claims):
        ga = ids.get(ex.mentions[cand.first].chain)
        gb = ids.get(ex.mentions[cand.second].chain)
        stated = relations.get((ga, gb), []) if ga and gb else []
        label, elsewhere = NONE, False
        for relation, forward, where in stated:
            if where is None or (where[0] < cand.sentence.end_char and cand.sentence.start_char < where[1]):
                label = label_of(relation, forward, relation in symmetric)
                break
            elsewhere = True
        if label == NONE and elsewhere:
            continue
        out.append(Example(name, cand.features, label))
    return out


def build_training_set(pairs: Iterable[tuple[Path, Path]], kb, redocred: Iterable[Path] = (),
                       on_doc: Callable[[str], None] | None = None) -> TrainingSet:
    """Examples from (gold file, documents folder) pairs and from Re-DocRED files or folders,
    each text run through `kb`'s pipeline as ingest runs it."""
    from shabaka.annotate.sections import annotate
    from shabaka.evaluate import redocred as rd
    from shabaka.extract import Extractor
    from shabaka.ingest import iter_documents
    from shabaka.model import Document

    extractor = Extractor(kb.pack, kb.ontology, relation_model=None)
    symmetric = set(kb.ontology.symmetric)
    out = TrainingSet()
    for gold_path, docs_dir in pairs:
        out.sources.append(gold_path.name)
        for gold in load_gold(gold_path):
            path = docs_dir / gold.doc
            if not path.is_file():
                raise UsageError(f"{path}: gold document not found")
            document = next(iter_documents([path]))
            if not isinstance(document, Document):
                raise UsageError(f"{path}: {document.reason}")
            doc = next(annotate(kb.nlp, [document.text]))
            ex = extractor(doc, document.published)
            key = f"{gold_path.name}:{gold.doc}"
            out.examples += document_examples(key, document.text, gold, doc, ex, ex.claims, symmetric)
            if on_doc:
                on_doc(key)
    for path in redocred:
        records = rd.read(path)
        out.sources.append(f"{GENERAL_PREFIX} {path.name} ({rd.SOURCE})")
        for record, doc in zip(records, annotate(kb.nlp, (r.text for r in records)), strict=True):
            ex = extractor(doc)
            entity_of = rd.align(record, ex)
            for cand in candidates(doc, ex, mention_spans(doc, ex), ex.claims):
                label = rd.label(record, ex, cand, entity_of, kb.ontology)
                if label is not None:
                    out.examples.append(Example(record.key, cand.features, label, general=True))
            if on_doc:
                on_doc(record.key)
    return out


def fit(examples: list[Example], c: float = 5.0, class_weight: str | None = None) -> dict:
    """A multinomial logistic model over binary features, as the JSON RelationModel reads."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:
        raise UsageError("training needs scikit-learn: pip install 'shabaka[train]'") from exc
    if len({e.label for e in examples}) < 2:
        raise UsageError("the training documents hold no relation to learn from")
    seen: dict[str, int] = {}
    for e in examples:
        for f in set(e.features):
            seen[f] = seen.get(f, 0) + 1
    vectorizer = DictVectorizer()  # a feature seen once can only memorise its document
    x = vectorizer.fit_transform([{f: 1 for f in e.features if seen[f] > 1} for e in examples])
    model = LogisticRegression(C=c, max_iter=3000, class_weight=class_weight)
    model.fit(x, [e.label for e in examples])
    weights = {}
    for j, feature in enumerate(vectorizer.get_feature_names_out()):
        column = model.coef_[:, j] if len(model.classes_) > 2 else None
        if column is None:  # binary: sklearn keeps one row for the second class
            w = float(model.coef_[0, j])
            column = [-w / 2, w / 2]
        if max(abs(float(v)) for v in column) >= 0.01:
            weights[str(feature)] = [round(float(v), 4) for v in column]
    intercept = model.intercept_
    bias = ([-float(intercept[0]) / 2, float(intercept[0]) / 2] if len(model.classes_) == 2
            else [round(float(v), 4) for v in intercept])
    return {"classes": [str(c) for c in model.classes_], "bias": bias, "weights": weights}


def choose_threshold(examples: list[Example], folds: int = 4, c: float = 5.0, seed: int = SEED) -> float:
    """The lowest probability at which out-of-fold claims keep TARGET_PRECISION, by document folds."""
    from shabaka.extract.scoring import RelationModel

    docs = sorted({e.doc for e in examples})
    random.Random(seed).shuffle(docs)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    scored: list[tuple[float, bool]] = []
    for k in range(folds):
        train = [e for e in examples if fold_of[e.doc] != k]
        test = [e for e in examples if fold_of[e.doc] == k]
        if not test or len({e.label for e in train}) < 2:
            continue
        model = RelationModel(fit(train, c), Path("<fold>"))
        for e in test:
            probs = model.probabilities(e.features)
            best = max((p, cls) for p, cls in zip(probs, model.classes, strict=True) if cls != NONE)
            scored.append((best[0], best[1] == e.label))
    scored.sort(reverse=True)
    threshold, correct = 0.9, 0
    for n, (p, ok) in enumerate(scored, start=1):
        correct += ok
        if n >= 10 and correct / n >= TARGET_PRECISION:
            threshold = p
    return round(max(threshold, 0.2), 3)


def unseen_precision(path: Path = UNSEEN_PRECISION) -> dict[str, float]:
    """Each relation's precision on fresh documents scored blind: what a claim of that relation
    is worth on prose the rules were not written on. The counts are small and some errors in
    them are fixed since, so each relation's figure is smoothed towards all relations' ("*")."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))["relations"].items()
        table = {str(rel): (int(right), int(claimed)) for rel, (right, claimed) in rows}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{path}: not a table of unseen precision ({exc})") from exc
    claimed = sum(c for _, c in table.values())
    overall = sum(r for r, _ in table.values()) / claimed if claimed else 0.75
    out = {rel: (r + UNSEEN_SMOOTHING * overall) / (c + UNSEEN_SMOOTHING) for rel, (r, c) in table.items()}
    out["*"] = overall
    return out


def rule_precision(examples: list[Example], unseen: dict[str, float] | None = None) -> dict[str, float]:
    """The calibrated confidence of each rule's claims: how often its reading of a pair agrees
    with gold on the development sets, weighed against its relation's precision on documents
    scored blind. The rules were written on the development sets, so a claim there counts for
    a quarter of one on unseen prose (DEV_WEIGHT) and the unseen figure weighs as UNSEEN_WEIGHT
    claims; without that table, the development counts are smoothed towards their overall mean."""
    counts: dict[str, list[int]] = {}
    for e in examples:
        for f in e.features:
            if f.startswith("r="):
                rule, direction = f[2:-1], f[-1]
                relation = rule.rsplit("|", 1)[1]
                counts.setdefault(rule, [0, 0])
                counts[rule][0] += e.label in {f"{relation}{direction}", f"{relation}="}
                counts[rule][1] += 1
    right = sum(c[0] for c in counts.values())
    total = sum(c[1] for c in counts.values())
    prior = right / total if total else 0.75
    if unseen is None:
        out = {rule: round((ok + 2 * prior) / (n + 2), 3) for rule, (ok, n) in counts.items()}
        out["*"] = round(prior, 3)
        return out
    overall = unseen.get("*", prior)
    out = {}
    for rule, (ok, n) in counts.items():
        base = unseen.get(rule.rsplit("|", 1)[1], overall)
        out[rule] = round((DEV_WEIGHT * ok + UNSEEN_WEIGHT * base) / (DEV_WEIGHT * n + UNSEEN_WEIGHT), 3)
    out["*"] = round(overall, 3)
    return out


def train(training: TrainingSet, c: float = 5.0, pairs: bool = False, propose: bool = True,
          rescore: Iterable[str] = (), unseen: dict[str, float] | None = None) -> dict:
    """The model file's content: rule calibration (from the gold documents), pair weights
    where asked, and what each part was trained on. With `pairs` the model proposes claims
    the rules miss (unless not `propose`) and gives the rules' claims of the `rescore`
    relations its own probability instead of their rule's precision."""
    rescore = sorted(set(rescore))
    calibration = [e for e in training.examples if not e.general]
    if pairs or rescore:
        data = fit(training.examples, c)
        data["threshold"] = choose_threshold(training.examples, c=c) if propose else 1.0
        data["propose"], data["rescore"] = propose, rescore
    else:
        data = {"classes": [NONE], "bias": [0.0], "weights": {}, "threshold": 1.0}
    data["rules"] = rule_precision(calibration or training.examples, unseen)
    labels = [e.label for e in training.examples]
    gold_sources = [s for s in training.sources if not s.startswith(GENERAL_PREFIX)]
    data["info"] = {
        "trained_on": training.sources,
        "pairs_trained_on": training.sources if data["weights"] else [],
        "rules_calibrated_on": gold_sources if calibration else training.sources,
        "documents": len(training.docs()),
        "examples": len(labels),
        "positives": sum(1 for lab in labels if lab != NONE),
        "c": c if data["weights"] else None,
        "unseen_precision": {rel: round(p, 3) for rel, p in sorted(unseen.items())} if unseen else None,
        "seed": SEED,
    }
    return data


def write_model(data: dict, out: Path) -> None:
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
