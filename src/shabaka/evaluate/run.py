"""Run the normal pipeline over a gold set's documents and score the result."""

from __future__ import annotations

import tempfile
from pathlib import Path

from shabaka.config import Settings
from shabaka.errors import UsageError
from shabaka.evaluate.gold import GoldDoc, load_gold, parse_doc
from shabaka.evaluate.scorer import EvalReport, score


def predictions_from_kb(kb, gold: list[GoldDoc]) -> list[GoldDoc]:
    """The knowledge base's extractions for each gold document, in the gold format."""
    from shabaka.store.queries import doc_predictions

    by_name: dict[str, str] = {}
    for row in kb.store.conn.execute("SELECT id, origin FROM documents ORDER BY seq"):
        by_name.setdefault(Path(row["origin"]).name, row["id"])
    out = []
    for g in gold:
        doc_id = by_name.get(g.doc)
        data = doc_predictions(kb.store.conn, doc_id) if doc_id else {"entities": [], "relations": []}
        out.append(parse_doc({"doc": g.doc, **data}))
    return out


def evaluate(gold_path: Path, docs_dir: Path | None, settings: Settings,
             db: Path | None = None) -> tuple[EvalReport, list[GoldDoc], object]:
    """Ingest the gold documents into a fresh knowledge base (or read `db`) and score it.

    Returns the report, the predictions and the ingest report (None with `db`).
    """
    from shabaka.kb import KnowledgeBase

    gold = load_gold(gold_path)
    ontology_symmetric = None
    if db is not None:
        settings.db = db
        with KnowledgeBase(settings) as kb:
            predictions = predictions_from_kb(kb, gold)
            ontology_symmetric = kb.ontology.symmetric
        return score(gold, predictions, symmetric=ontology_symmetric), predictions, None
    if docs_dir is None:
        raise UsageError("give --docs DIR with the gold documents, or --db PATH to score a knowledge base")
    paths = [docs_dir / g.doc for g in gold]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise UsageError(f"gold documents not found: {', '.join(missing[:5])}")
    with tempfile.TemporaryDirectory(prefix="shabaka-eval-") as tmp:
        settings.db = Path(tmp) / "eval.db"
        with KnowledgeBase(settings) as kb:
            ingest_report = kb.ingest(paths)
            predictions = predictions_from_kb(kb, gold)
            ontology_symmetric = kb.ontology.symmetric
    return score(gold, predictions, symmetric=ontology_symmetric), predictions, ingest_report
