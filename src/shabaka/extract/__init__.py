"""Extraction: typed mentions, name chains, claims, events and dates from one document.

`extract` is a pure function of an annotated Doc, the packs and the
document's publication date, so it can run on any worker.
"""

from __future__ import annotations

from spacy.tokens import Doc

from shabaka.annotate.tokens import shared, token_table
from shabaka.extract.chains import build_chains
from shabaka.extract.events import extract_events
from shabaka.extract.mentions import extract_mentions, sentence_bounds
from shabaka.extract.relations import extract_claims
from shabaka.extract.scoring import RelationModel, scored_claims
from shabaka.model import Extraction
from shabaka.names import fold
from shabaka.ontology import Ontology, Pack


class Extractor:
    """Holds what extraction needs from the packs, prepared once per process."""

    def __init__(self, pack: Pack, ontology: Ontology, relation_model: RelationModel | None = None):
        self.pack = pack
        self.ontology = ontology
        self.relation_model = relation_model
        self.titles = {fold(t) for t in pack.titles}

    def __call__(self, doc: Doc, published: str | None = None) -> Extraction:
        with shared(doc):  # one token table for every stage below
            return self._extract(doc, published)

    def _extract(self, doc: Doc, published: str | None) -> Extraction:
        mentions = extract_mentions(doc)
        chains = build_chains(token_table(doc).doc_text, mentions, self.titles)
        ex = Extraction(mentions=mentions, chains=chains, sentences=sentence_bounds(doc))
        ex.claims = extract_claims(doc, ex, self.pack, self.ontology, published)
        if self.relation_model is not None:
            ex.claims = scored_claims(doc, ex, self.relation_model, self.ontology)
        ex.events = extract_events(doc, ex, self.pack, published)
        return ex
