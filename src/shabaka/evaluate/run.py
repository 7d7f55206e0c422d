"""Run the normal pipeline over a gold set's documents and score the result."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from shabaka.config import Settings
from shabaka.errors import UsageError
from shabaka.evaluate.events import EventReport, load_events, parse_events, score_events
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


def predictions_from_kb(kb, gold: list[GoldDoc]) -> list[dict]:
    """The knowledge base's extractions for each gold document, as gold-format lines
    (entities, relations and events)."""
    from shabaka.store.queries import doc_predictions

    by_name: dict[str, str] = {}
    for row in kb.store.conn.execute("SELECT id, origin FROM documents ORDER BY seq"):
        by_name.setdefault(Path(row["origin"]).name, row["id"])
    empty = {"entities": [], "relations": [], "events": []}
    return [{"doc": g.doc, **(doc_predictions(kb.store.conn, by_name[g.doc]) if g.doc in by_name else empty)}
            for g in gold]


@dataclass(slots=True)
class EvalRun:
    """One scoring run: the reports, the predictions as written lines, the ingest report
    (None when a knowledge base was scored as it stands)."""

    report: EvalReport
    lines: list[dict]
    events: EventReport | None = None
    ingest: object = None


def score_lines(gold: list[GoldDoc], lines: list[dict], events_gold: Path | None,
                symmetric: frozenset[str], min_confidence: float = 0.0
                ) -> tuple[EvalReport, EventReport | None]:
    """Entity/relation scores (relations asserted at `min_confidence`) and, with
    `events_gold`, event scores of prediction lines."""
    predictions = [parse_doc(line) for line in lines]
    report = score(gold, predictions, symmetric=symmetric, min_confidence=min_confidence)
    if events_gold is None:
        return report, None
    predicted = {line["doc"]: parse_events(line, line["doc"]) for line in lines}
    return report, score_events(gold, load_events(events_gold), predictions, predicted)


def evaluate(gold_path: Path, docs_dir: Path | None, settings: Settings,
             db: Path | None = None, events: Path | None = None) -> EvalRun:
    """Ingest the gold documents into a fresh knowledge base (or read `db`) and score it,
    events too when `events` names an event gold file."""
    from shabaka.kb import KnowledgeBase

    gold = load_gold(gold_path)
    if db is None:
        if docs_dir is None:
            raise UsageError("give --docs DIR with the gold documents, or --db PATH to score a"
                             " knowledge base")
        paths = [docs_dir / g.doc for g in gold]
        missing = [str(p) for p in paths if not p.is_file()]
        if missing:
            raise UsageError(f"gold documents not found: {', '.join(missing[:5])}")
    with tempfile.TemporaryDirectory(prefix="shabaka-eval-") as tmp:
        settings.db = db if db is not None else Path(tmp) / "eval.db"
        with KnowledgeBase(settings) as kb:
            ingest_report = kb.ingest(paths) if db is None else None
            lines = predictions_from_kb(kb, gold)
            report, event_report = score_lines(gold, lines, events, kb.ontology.symmetric,
                                               settings.min_confidence)
            add_entity_evidence(report, document_texts(kb))
    return EvalRun(report, lines, event_report, ingest_report)
