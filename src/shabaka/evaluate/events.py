"""Score events against gold, as the Events section of ONTOLOGY.md defines.

Pure functions over parsed lines, like the entity scorer: predicted actors and
places are system entity ids, mapped to gold ids with `map_entities` first.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shabaka.errors import UsageError
from shabaka.evaluate.gold import GoldDoc
from shabaka.evaluate.scorer import Scores, cross_doc_scores, map_entities
from shabaka.model import dates_agree

ROLES = frozenset({"agent", "target", "victim", "participant"})


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One happening as one document reports it; `event` is the cross-document id."""

    event: str
    types: tuple[str, ...]
    date: str | None
    place: str | None
    actors: tuple[tuple[str, str], ...]  # (entity id, role)
    fatalities: int | None = None
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class EventReport:
    events: Scores
    roles: Scores
    dates_right: int
    dates_total: int
    cross_doc: Scores

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dates_total if self.dates_total else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"events": self.events.to_json(), "roles": self.roles.to_json(),
                "date_accuracy": round(self.date_accuracy, 4), "dates_right": self.dates_right,
                "dates_total": self.dates_total, "cross_doc_events": self.cross_doc.to_json()}


def parse_events(data: Any, where: str) -> list[GoldEvent]:
    """The `events` of one decoded line; ValueError says which field is wrong."""
    items = data.get("events") if isinstance(data, dict) else None
    if items is None:
        return []
    if not isinstance(items, list):
        raise ValueError(f"{where}: 'events' must be a list")
    out = []
    for i, item in enumerate(items, 1):
        at = f"{where} event {i}"
        if not isinstance(item, dict) or not isinstance(item.get("event"), str):
            raise ValueError(f"{at}: must be an object with a string 'event'")
        types = item.get("type")
        types = [types] if isinstance(types, str) else types
        actors = item.get("actors") or {}
        if not isinstance(types, list) or not all(isinstance(t, str) for t in types) or not types:
            raise ValueError(f"{at}: 'type' must be a type or a list of types")
        if not isinstance(actors, dict) or not all(r in ROLES for r in actors.values()):
            raise ValueError(f"{at}: 'actors' must map entity ids to {sorted(ROLES)}")
        date, place, dead = item.get("date"), item.get("place"), item.get("fatalities")
        if not (date is None or isinstance(date, str)) or not (place is None or isinstance(place, str)):
            raise ValueError(f"{at}: 'date' and 'place' must be strings or null")
        out.append(GoldEvent(item["event"], tuple(types), date or None, place or None,
                             tuple(actors.items()), dead if isinstance(dead, int) else None,
                             str(item.get("evidence") or "")))
    return out


def load_events(path: str | Path) -> dict[str, list[GoldEvent]]:
    """Events by document from a gold or predictions file (lines without `events` give none)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read events file: {exc}") from exc
    out: dict[str, list[GoldEvent]] = {}
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            doc = data.get("doc") if isinstance(data, dict) else None
            if not isinstance(doc, str):
                raise ValueError("each line needs a string 'doc'")
            out[doc] = parse_events(data, doc)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{lineno}: not valid JSON: {exc.msg}") from exc
        except ValueError as exc:
            raise UsageError(f"{path}:{lineno}: {exc}") from exc
    return out


def event_json(ev: GoldEvent) -> dict[str, Any]:
    return {"event": ev.event, "type": list(ev.types), "date": ev.date, "place": ev.place,
            "actors": dict(ev.actors), "fatalities": ev.fatalities, "evidence": ev.evidence}


def _match(gold: list[GoldEvent], pred: list[GoldEvent]) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs, each gold event matched at most once: the
    compatible pairs that share the most actors (and place) are taken first."""
    pairs = []
    for gi, g in enumerate(gold):
        g_ids = {e for e, _ in g.actors}
        for pi, p in enumerate(pred):
            if not set(g.types) & set(p.types) or not dates_agree(g.date, p.date):
                continue
            shared = len(g_ids & {e for e, _ in p.actors}) + (g.place is not None and g.place == p.place)
            if shared:
                same_date = g.date is not None and g.date == p.date
                pairs.append((-shared, not same_date, gi, pi))
    taken_g, taken_p, out = set(), set(), []
    for *_, gi, pi in sorted(pairs):
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            out.append((gi, pi))
    return sorted(out)


def _mapped(ev: GoldEvent, to_gold: dict[str, str]) -> GoldEvent:
    """The predicted event with its entity ids replaced by the gold ids they map to."""
    actors = tuple((to_gold.get(e, f"?{e}"), r) for e, r in ev.actors)
    place = to_gold.get(ev.place, f"?{ev.place}") if ev.place else None
    return GoldEvent(ev.event, ev.types, ev.date, place, actors, ev.fatalities, ev.evidence)


def score_events(gold_docs: list[GoldDoc], gold_events: dict[str, list[GoldEvent]],
                 pred_docs: list[GoldDoc], pred_events: dict[str, list[GoldEvent]]) -> EventReport:
    """Event P/R/F1, role P/R/F1, date accuracy and cross-document event P/R.

    Date accuracy counts a matched gold event with a date as right when the
    predicted date is the same string (same day, month or year at the same
    precision). A predicted actor that maps to no gold entity is a role FP.
    """
    preds_by_doc = {d.doc: d for d in pred_docs}
    ev, roles = Counter[str](), Counter[str]()
    right = total = 0
    items: list[tuple[str, str, str]] = []
    for gdoc in gold_docs:
        gold = gold_events.get(gdoc.doc, [])
        pdoc = preds_by_doc.get(gdoc.doc, GoldDoc(gdoc.doc, (), ()))
        to_gold = {p.id: g for p, g in zip(pdoc.entities, map_entities(gdoc, pdoc), strict=True) if g}
        pred = [_mapped(p, to_gold) for p in pred_events.get(gdoc.doc, [])]
        matched = _match(gold, pred)
        ev["tp"] += len(matched)
        ev["fp"] += len(pred) - len(matched)
        ev["fn"] += len(gold) - len(matched)
        for gi, pi in matched:
            g, p = gold[gi], pred[pi]
            g_roles, p_roles = set(g.actors), set(p.actors)
            roles["tp"] += len(g_roles & p_roles)
            roles["fp"] += len(p_roles - g_roles)
            roles["fn"] += len(g_roles - p_roles)
            if g.date is not None:
                total += 1
                right += g.date == p.date
            items.append((gdoc.doc, g.event, p.event))
    return EventReport(Scores(ev["tp"], ev["fp"], ev["fn"]), Scores(roles["tp"], roles["fp"], roles["fn"]),
                       right, total, cross_doc_scores(items))
