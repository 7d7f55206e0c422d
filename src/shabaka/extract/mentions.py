"""Typed mentions from an annotated spaCy Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from shabaka.annotate.entities import ONTOLOGY_TYPES
from shabaka.model import Mention

CONFIDENCE = {"pack": 0.95, "structure": 0.8, "model": 0.6}


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    return [(s.start_char, s.end_char) for s in doc.sents]


def extract_mentions(doc: Doc) -> list[Mention]:
    """One Mention per ontology-typed entity span, in text order."""
    sent_index = {}
    for i, sent in enumerate(doc.sents):
        for token in sent:
            sent_index[token.i] = i
    out = []
    for ent in doc.ents:
        if ent.label_ not in ONTOLOGY_TYPES:
            continue
        if ent.id_:
            source = "pack"
        elif ent.kb_id_ == "structure":
            source = "structure"
        else:
            source = "model"
        out.append(
            Mention(
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                type=ent.label_,
                sentence=sent_index.get(ent.start, 0),
                extractor=f"{source}:{ent.id_}" if ent.id_ else source,
                confidence=CONFIDENCE[source],
                key=ent.id_ or None,
            )
        )
    return out
