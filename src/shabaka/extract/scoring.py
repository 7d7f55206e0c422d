"""A learned scorer behind the relation rules.

Every pair of actor mentions that share a sentence is a candidate. A
multinomial logistic model reads features that carry over to unseen prose
(entity types, the dependency path between the two names, the words between
and around them, which rules fired on the pair) and gives each candidate a
probability per (relation, direction). The model is a JSON file of feature
weights shipped in the package: scoring is a dot product, so inference needs
neither scikit-learn nor a network; training lives in `evaluate.training`.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from shabaka.errors import ConfigError
from shabaka.model import Claim, Extraction

DEFAULT_MODEL = Path(__file__).with_name("relation_model.json")
NONE = "NONE"
ARGUMENT_TYPES = {"PERSON", "ARMED_GROUP", "STATE_BODY", "ORGANIZATION", "COUNTRY", "PLACE"}
MAX_PAIR_TOKENS = 40      # two names further apart than this in a sentence are not paired
MAX_SENTENCE_MENTIONS = 30  # pairs are taken only among this many nearest names
KEEP_WORDS = {"of", "by", "'s", "’s", "-", "(", ")", ",", "and", "with", "against", "to", "for", "in", "on",
              "as", "under", "from", "between", "not", "no", "never"}
MODAL = {"could", "would", "may", "might", "if", "whether", "plan", "threaten", "deny", "allege"}


@dataclass(slots=True)
class Candidate:
    """Two mentions of different chains in one sentence; `first` precedes `second`."""

    first: int
    second: int
    sentence: Span
    features: list[str]


class RelationModel:
    """Feature weights per class, read from a JSON file the training command wrote."""

    def __init__(self, data: dict, path: Path):
        try:
            self.classes: list[str] = list(data["classes"])
            self.bias: list[float] = [float(b) for b in data["bias"]]
            self.weights: dict[str, list[float]] = data["weights"]
            self.threshold: float = float(data.get("threshold", 0.5))
            self.propose: bool = bool(data.get("propose", True))
            self.rescore: frozenset[str] = frozenset(str(r) for r in data.get("rescore", []))
            self.rules: dict[str, float] = {str(k): float(v) for k, v in data.get("rules", {}).items()}
            self.info: dict = data.get("info", {})
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{path}: not a Shabaka relation model ({exc})") from exc
        self.path = path

    @classmethod
    def load(cls, path: str | Path | None = None) -> RelationModel:
        return _load(str(path or DEFAULT_MODEL))

    def probabilities(self, features: list[str]) -> list[float]:
        scores = list(self.bias)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                for k, v in enumerate(w):
                    scores[k] += v
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]


@lru_cache(maxsize=4)
def _load(path: str) -> RelationModel:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"relation model {path} cannot be read: {exc}; "
                          "train one with `shabaka train-relations` or unset SHABAKA_RELATION_MODEL") from exc
    return RelationModel(data, Path(path))


def mention_spans(doc: Doc, ex: Extraction) -> list[Span | None]:
    """The token span of every mention (None where it does not align with tokens)."""
    return [doc.char_span(m.start, m.end, alignment_mode="expand") for m in ex.mentions]


def candidates(doc: Doc, ex: Extraction, spans: list[Span | None],
               rule_claims: list[Claim]) -> list[Candidate]:
    """One candidate per pair of chains per sentence: their nearest two mentions. A rule's
    claim is matched to its sentence by where its evidence ends (it may begin a sentence
    earlier, where an argument was named)."""
    rules: dict[tuple[int, int, int], list[str]] = {}
    for c in rule_claims:
        rules.setdefault((c.evidence_end, c.subject, c.object), []).append(
            f"{c.extractor.removeprefix('rule:')}|{c.relation}")
    by_sentence: dict[int, list[int]] = {}
    for mi, m in enumerate(ex.mentions):
        if spans[mi] is not None and m.chain >= 0 and ex.chains[m.chain].type in ARGUMENT_TYPES:
            by_sentence.setdefault(m.sentence, []).append(mi)
    sentences = list(doc.sents)
    out = []
    for si, mis in by_sentence.items():
        if si >= len(sentences):
            continue
        sent = sentences[si]
        best: dict[tuple[int, int], tuple[int, int, int]] = {}
        for x, a in enumerate(mis):
            for b in mis[x + 1:x + MAX_SENTENCE_MENTIONS]:
                ca, cb = ex.mentions[a].chain, ex.mentions[b].chain
                if ca == cb:
                    continue
                gap = spans[b].start - spans[a].end
                if gap > MAX_PAIR_TOKENS:
                    break
                key = (min(ca, cb), max(ca, cb))
                if key not in best or gap < best[key][0]:
                    best[key] = (gap, a, b)
        covered = {i for mi in mis for i in range(spans[mi].start, spans[mi].end)}
        for _, a, b in best.values():
            out.append(Candidate(a, b, sent, pair_features(doc, ex, spans, a, b, sent, rules, covered)))
    return out


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 3, 5, 8, 12, 20):
        if n <= limit:
            return str(limit)
    return "far"


def _word(t: Token) -> str:
    if t.like_num:
        return "#"
    return t.lemma_.lower() if t.pos_ in {"VERB", "AUX", "NOUN"} else t.lower_


def _path(ha: Token, hb: Token) -> tuple[list[str], list[str], Token | None]:
    """Dependency labels and words from ha up to the lowest common ancestor and down to hb."""
    up_a = [ha, *ha.ancestors]
    up_b = [hb, *hb.ancestors]
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            lca, kb = t, ids_b[t.i]
            left, right = up_a[:k], up_b[:kb]
            labels = [f"{x.dep_}^" for x in left] + [f"v{x.dep_}" for x in reversed(right)]
            words = [_word(x) for x in left[1:]] + [_word(lca)] + [_word(x) for x in reversed(right[1:])]
            return labels, words, lca
    return [], [], None


def pair_features(doc: Doc, ex: Extraction, spans: list[Span | None], a: int, b: int, sent: Span,
                  rules: dict[tuple[int, int, int], list[str]], covered: set[int]) -> list[str]:
    """Features of the pair (a before b) that say nothing of who the two actors are."""
    sa, sb = spans[a], spans[b]
    ca, cb = ex.mentions[a].chain, ex.mentions[b].chain
    ta, tb = ex.chains[ca].type, ex.chains[cb].type
    types = f"{ta}>{tb}"
    gap = max(0, sb.start - sa.end)
    f = [f"T={types}", f"d={_bucket(gap)}", f"Td={types}|{_bucket(gap)}"]
    between = doc[sa.end:sb.start]
    words = [_word(t) for t in between if t.pos_ in {"VERB", "NOUN", "ADJ", "ADV", "ADP", "PART"}
             or t.lower_ in KEEP_WORDS]
    if gap <= 15:
        f += [f"w={w}" for w in set(words)]
        f += [f"Tw={types}|{w}" for w in set(words) if w not in KEEP_WORDS]
        if words:
            f += [f"w1={words[0]}", f"wn={words[-1]}", f"ws={'_'.join(words[:6])}"]
        else:
            f.append("w=EMPTY")
        if between and all(t.text in {",", "and", "or", "&"} or t.i in covered for t in between):
            f.append("list")
    else:
        f += [f"wv={_word(t)}" for t in between if t.pos_ == "VERB"]
    for k, label in ((1, "L1"), (2, "L2")):
        i = sa.start - k
        if i >= sent.start:
            f.append(f"{label}={_word(doc[i])}")
    for k, label in ((0, "R1"), (1, "R2")):
        i = sb.end + k
        if i < sent.end:
            f.append(f"{label}={_word(doc[i])}")
    if sa.end + 1 < sent.end and doc[sa.end].text == "-":
        f.append(f"hy={doc[sa.end + 1].lower_}")
    if sa.end < sent.end and doc[sa.end].text in {"'s", "’s", "'", "’"}:
        f.append("aposs")
    if sb.end < sent.end and doc[sb.end].text in {"'s", "’s"}:
        f.append("bposs")
    ha, hb = sa.root, sb.root
    f += [f"ad={ha.dep_}", f"bd={hb.dep_}", f"Tad={types}|{ha.dep_}|{hb.dep_}"]
    labels, pwords, lca = _path(ha, hb)
    if lca is not None:
        if len(labels) <= 6:
            f.append(f"p={' '.join(labels)}")
            f.append(f"pw={' '.join(labels)}|{' '.join(pwords)}")
        else:
            f.append("p=long")
        f += [f"lca={_word(lca)}", f"Tlca={types}|{_word(lca)}"]
        f += [f"pv={w}" for w in set(pwords)]
        if any(c.dep_ == "neg" for c in lca.children) or any(
                c.dep_ == "neg" for t in (ha, hb) for c in t.head.children):
            f.append("neg")
        if hb in ha.conjuncts:
            f.append("conj")
    if any(t.lemma_.lower() in MODAL for t in sent):
        f.append("modal")
    for key, direction in (((sent.end_char, ca, cb), ">"), ((sent.end_char, cb, ca), "<")):
        for rule in rules.get(key, []):
            name, relation = rule.rsplit("|", 1)
            f += [f"r={rule}{direction}", f"rr={relation}{direction}"]
    return f


def label_of(relation: str, forward: bool, symmetric: bool) -> str:
    """The class name of a relation read from the first mention to the second."""
    return f"{relation}=" if symmetric else f"{relation}{'>' if forward else '<'}"


def claims_from_label(label: str, first_chain: int, second_chain: int) -> tuple[int, str, int] | None:
    """(subject chain, relation, object chain) for a class name, None for NONE."""
    if label == NONE:
        return None
    relation, direction = label[:-1], label[-1]
    if direction == "<":
        return second_chain, relation, first_chain
    return first_chain, relation, second_chain


def scored_claims(doc: Doc, ex: Extraction, model: RelationModel, ontology) -> list[Claim]:
    """The rules' claims with calibrated confidence, plus the claims the model asserts alone.

    A rule's claim takes as confidence how often that rule was right on the
    training documents, or, for a relation the file names in `rescore`, the pair
    model's probability of that claim in its sentence (so that the same rule is
    trusted less where the context looks unlike its right readings). A model-only
    claim (where the file proposes) needs the model's threshold, set by
    cross-validation to keep precision; the ontology's type constraints hold for all.
    """
    out: dict[tuple, Claim] = {}
    scored: dict[tuple[int, int, int], list[float]] = {}  # (sentence end, first chain, second chain)
    pairs = candidates(doc, ex, mention_spans(doc, ex), ex.claims) if model.weights else []
    for cand in pairs:
        ca, cb = ex.mentions[cand.first].chain, ex.mentions[cand.second].chain
        probs = scored[(cand.sentence.end_char, ca, cb)] = model.probabilities(cand.features)
        if not model.propose:
            continue
        p, label = max((p, cls) for p, cls in zip(probs, model.classes, strict=True) if cls != NONE)
        if p < model.threshold:
            continue
        subject, relation, obj = claims_from_label(label, ca, cb)
        if relation not in ontology.relations or not ontology.allows(
                relation, ex.chains[subject].type, ex.chains[obj].type):
            continue
        claim = Claim(subject=subject, relation=relation, object=obj,
                      evidence_start=cand.sentence.start_char, evidence_end=cand.sentence.end_char,
                      extractor="model:pairs", confidence=round(p, 3))
        out[(subject, relation, obj, claim.evidence_start)] = claim
    for claim in ex.claims:
        rule = f"{claim.extractor.removeprefix('rule:')}|{claim.relation}"
        claim.confidence = model.rules.get(rule, model.rules.get("*", claim.confidence))
        if claim.relation in model.rescore:
            p = _claim_probability(model, scored, claim, claim.relation in ontology.symmetric)
            claim.confidence = claim.confidence if p is None else round(p, 3)
        out[(claim.subject, claim.relation, claim.object, claim.evidence_start)] = claim
    return list(out.values())


def _claim_probability(model: RelationModel, scored: dict[tuple[int, int, int], list[float]],
                       claim: Claim, symmetric: bool) -> float | None:
    """The model's probability of a rule's claim on its pair, None where the pair was not a
    candidate (an argument reached from another sentence) or the model lacks the class."""
    for forward, key in ((True, (claim.evidence_end, claim.subject, claim.object)),
                         (False, (claim.evidence_end, claim.object, claim.subject))):
        probs = scored.get(key)
        label = label_of(claim.relation, forward, symmetric)
        if probs is not None and label in model.classes:
            return probs[model.classes.index(label)]
    return None
