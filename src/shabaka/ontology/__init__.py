"""The ontology and domain packs: Shabaka's domain knowledge, kept as data."""

from shabaka.ontology.loader import Ontology, Pack, PackActor, load_ontology, load_packs

__all__ = ["Ontology", "Pack", "PackActor", "load_ontology", "load_packs"]
