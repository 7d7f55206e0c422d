"""Run the normal pipeline over a gold set's documents and score the result."""

from __future__ import annotations

import tempfile
from pathlib import Path

from shabaka.config import Settings
from shabaka.errors import UsageError
from shabaka.evaluate.gold import GoldDoc, load_gold, parse_doc
from shabaka.evaluate.scorer import EvalReport, score

ENTITY_ERRORS = {"entity_fp", "entity_fn", "wrong_type"}


def sentence_around(text: str, name: str) -> str | None:
    """The line or sentence where `name` first occurs in `text`, for an error report."""
    at = text.lower().find(name.lower())
    if at < 0:
        return None
    dot = text.rfind(". ", 0, at)
    start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, at) + 1)
    ends = [e for e in (text.find(". ", at), text.find("\n", at)) if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()[:300]


def add_entity_evidence(report: EvalReport, texts: dict[str, str]) -> None:
    """Give entity errors the sentence they come from, as relation errors have."""
    for error in report.errors:
        if error.kind not in ENTITY_ERRORS or error.doc not in texts or "evidence" in error.details:
            continue
        for name in error.details.get("names", []):
            sentence = sentence_around(texts[error.doc], name)
            if sentence:
                error.details["evidence"] = sentence
                break


def document_texts(kb) -> dict[str, str]:
    return {Path(r["origin"]).name: r["text"]
            for r in kb.store.conn.execute("SELECT origin, text FROM documents")}


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
    if db is not None:
        settings.db = db
        with KnowledgeBase(settings) as kb:
            predictions = predictions_from_kb(kb, gold)
            report = score(gold, predictions, symmetric=kb.ontology.symmetric)
            add_entity_evidence(report, document_texts(kb))
        return report, predictions, None
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
            report = score(gold, predictions, symmetric=kb.ontology.symmetric)
            add_entity_evidence(report, document_texts(kb))
    return report, predictions, ingest_report
