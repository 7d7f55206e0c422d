"""Annotation: the spaCy pipeline with Shabaka's domain components."""

from shabaka.annotate.pipeline import build_pipeline, load_model

__all__ = ["build_pipeline", "load_model"]
