"""The "afternoon baseline": plain spaCy NER, no packs, no rules, no resolution.

What an analyst would get in an afternoon with spaCy alone, as the floor that
Shabaka's scores are read against:

- en_core_web_sm's entities over each gold document's cleaned text (read with
  shabaka.ingest.iter_documents, so the text is exactly what Shabaka sees);
- labels mapped onto the ontology (PERSON -> PERSON, ORG -> ORGANIZATION,
  GPE -> COUNTRY, LOC/FAC -> PLACE; every other label dropped);
- one entity per distinct mention text, its global id a slug of the text, so
  the same text in two documents is the same entity and nothing else is;
- no relations.

Writes predictions in the gold format; score them with shabaka eval:

  python benchmarks/baseline.py --gold ../shared/eval/seeds.gold.jsonl \\
      --docs ../shared/corpus/seeds --out /tmp/baseline.jsonl
  shabaka eval --gold ../shared/eval/seeds.gold.jsonl --score-predictions /tmp/baseline.jsonl

Not part of the test suite.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from shabaka.annotate import load_model
from shabaka.config import DEFAULT_MODEL
from shabaka.errors import InputError
from shabaka.evaluate.gold import GoldDoc, GoldEntity, dump_docs, load_gold, normalize_name
from shabaka.ingest import iter_documents

LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "COUNTRY",
    "LOC": "PLACE",
    "FAC": "PLACE",
}


def slug(text: str) -> str:
    """A global entity id from a mention text: equal texts (up to case, quotes, spaces) agree."""
    folded = unicodedata.normalize("NFKD", normalize_name(text))
    ascii_text = folded.encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "_", ascii_text.replace("'", "")).strip("_")
    if words:
        return words
    # Text with no Latin letters (Arabic script, say) still needs a stable id.
    return "t_" + hashlib.sha256(normalize_name(text).encode()).hexdigest()[:12]


def predict(nlp, name: str, text: str) -> GoldDoc:
    """One document's baseline prediction: an entity per distinct mapped mention text."""
    labels: dict[str, Counter[str]] = {}
    first_text: dict[str, str] = {}
    for ent in nlp(text).ents:
        kind = LABELS.get(ent.label_)
        mention = ent.text.strip()
        if kind is None or not mention:
            continue
        key = slug(mention)
        labels.setdefault(key, Counter())[kind] += 1
        first_text.setdefault(key, mention)
    entities = tuple(
        # The most frequent label wins; ties go to the one seen first.
        GoldEntity(key, (counts.most_common(1)[0][0],), (first_text[key],))
        for key, counts in labels.items()
    )
    return GoldDoc(name, entities, ())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, required=True, help="gold file (JSON Lines)")
    parser.add_argument("--docs", type=Path, required=True,
                        help="folder holding the gold documents")
    parser.add_argument("--out", type=Path, required=True, help="where to write the predictions")
    parser.add_argument("--model", default=DEFAULT_MODEL,
                        help=f"spaCy model (default {DEFAULT_MODEL})")
    args = parser.parse_args(argv)

    gold = load_gold(args.gold)
    paths = [args.docs / g.doc for g in gold]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(f"gold documents not found: {', '.join(missing[:5])}")
    texts: dict[str, str] = {}
    for item in iter_documents(paths):
        if isinstance(item, InputError):
            raise SystemExit(f"cannot read {item.origin}: {item.reason}")
        texts[Path(item.origin).name] = item.text

    nlp = load_model(args.model)
    predictions = [predict(nlp, g.doc, texts[g.doc]) for g in gold]
    dump_docs(predictions, args.out)
    n_entities = sum(len(p.entities) for p in predictions)
    n_ids = len({e.id for p in predictions for e in p.entities})
    print(f"{len(predictions)} documents, {n_entities} document entities, {n_ids} global ids"
          f" -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
