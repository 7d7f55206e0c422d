"""The development-set figures the README and the closing notes report, asserted as floors.

Runs the full pipeline on the shared development sets (skipped where ../shared is absent).
The shipped relation model calibrates confidence only, so these precision and recall figures
do not come from a model trained on these documents.
"""

from __future__ import annotations

import pytest

# set -> (typed entity F1, relation precision, relation recall, cross-document F1), measured 2026-12-05
FLOORS = {
    "seeds": (0.82, 0.82, 0.40, 0.97),
    "dev2": (0.85, 0.83, 0.30, 0.99),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_development_figures_hold(shared_dir, name):
    from shabaka.config import Settings
    from shabaka.evaluate.run import evaluate

    report, _, ingest = evaluate(shared_dir / "eval" / f"{name}.gold.jsonl",
                                 shared_dir / "corpus" / name, Settings())
    assert not ingest.failed
    typed, precision, recall, cross_doc = FLOORS[name]
    assert report.entities_typed.f1 >= typed
    assert report.relations.p >= precision
    assert report.relations.r >= recall
    assert report.cross_doc.f1 >= cross_doc
    bands = report.relations_by_confidence
    assert bands and sum(s.tp + s.fp for s in bands.values()) == report.relations.tp + report.relations.fp
