"""Analysis of the knowledge base: the time-scoped actor graph, metrics, key players, paths,
corroboration, contradictions and timelines. Everything reads the store through
`shabaka.store.analysis`; nothing here writes except `store_metrics`."""

from __future__ import annotations

from shabaka.analyze.audit import contradictions, corroboration, single_source
from shabaka.analyze.graph import ActorGraph, Edge, GraphFilter, build_graph
from shabaka.analyze.keyplayers import Fragmentation, WhatIf, key_players, whatif
from shabaka.analyze.metrics import compute_metrics, store_metrics
from shabaka.analyze.paths import shortest_paths
from shabaka.analyze.timeline import timeline

__all__ = [
    "ActorGraph", "Edge", "Fragmentation", "GraphFilter", "WhatIf", "build_graph", "compute_metrics",
    "contradictions", "corroboration", "key_players", "shortest_paths", "single_source", "store_metrics",
    "timeline", "whatif",
]
