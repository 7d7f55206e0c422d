"""Resolution scored on an alias list: every written form of each actor, one per document.

An alias list (YAML: actors with `id`, `type`, optional look-alike `group`,
and `forms`) is resolved form by form into a fresh knowledge base, as if each
form came from its own document, in a fixed shuffled order; the result is
scored by pairwise precision and recall against the list's actors. With
`names_only` the pack's actors are left out, so the resolver's name rules
alone decide; otherwise the pack's aliases are known, as in production.
"""

from __future__ import annotations

import random
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path

import yaml

from shabaka.model import Chain
from shabaka.ontology import Pack
from shabaka.resolve.resolver import Resolver
from shabaka.store.db import Store


@dataclass(frozen=True, slots=True)
class AliasForm:
    actor: str
    type: str
    group: str
    text: str


@dataclass(slots=True)
class AliasScore:
    """Pairwise precision and recall, with the pairs behind each error."""

    precision: float
    recall: float
    forms: int
    actors: int
    false_merges: list[tuple[AliasForm, AliasForm]] = field(default_factory=list)
    missed: list[tuple[AliasForm, AliasForm]] = field(default_factory=list)


def load_alias_list(path: Path) -> list[AliasForm]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return [AliasForm(str(a["id"]), str(a["type"]), str(a.get("group") or a["id"]), str(form))
            for a in data.get("actors") or [] for form in a.get("forms") or []]


def pairwise(truth: list[str], predicted: list[str]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering: pairs put together by both / by one."""
    def pairs(counts: Counter) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    both = pairs(Counter(zip(truth, predicted, strict=True)))
    system, gold = pairs(Counter(predicted)), pairs(Counter(truth))
    return (both / system if system else 1.0), (both / gold if gold else 1.0)


def score_alias_list(forms: list[AliasForm], pack: Pack, *, names_only: bool = False,
                     seed: int = 13) -> AliasScore:
    """Resolve each form as a one-name document and score the clustering."""
    order = list(forms)
    random.Random(seed).shuffle(order)
    resolver = Resolver(replace(pack, actors={}) if names_only else pack)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "aliases.db")
        try:
            with store.write() as conn:
                chains = [Chain(id=0, name=f.text, type=f.type, names=[f.text]) for f in order]
                predicted = [resolver.resolve(conn, [chain])[0] for chain in chains]
        finally:
            store.close()
    precision, recall = pairwise([f.actor for f in order], predicted)
    result = AliasScore(precision, recall, len(order), len({f.actor for f in order}))
    for (a, pa), (b, pb) in combinations(zip(order, predicted, strict=True), 2):
        if pa == pb and a.actor != b.actor:
            result.false_merges.append((a, b))
        elif pa != pb and a.actor == b.actor:
            result.missed.append((a, b))
    return result
