"""Gold annotations and system predictions in ONTOLOGY.md's JSON Lines format.

Predictions use the same format as gold, so one loader and one writer serve
both: a system entity carries the system's global id, its type(s) and the
mention texts it used in that document as `names`.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from shabaka.errors import UsageError


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """One entity as named in one document; `types` lists every acceptable type."""

    id: str
    types: tuple[str, ...]
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldRelation:
    """One claim between two entity ids of the same document."""

    subject: str
    relation: str
    object: str
    evidence: str = ""
    role: str | None = None
    start: str | None = None
    end: str | None = None
    confidence: float | None = None  # predictions only: the system's confidence in the claim


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """Everything annotated (or predicted) for one corpus document."""

    doc: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]


# Relation fields a line may leave out or set to null.
_OPTIONAL = ("evidence", "role", "start", "end")

# Curly, modifier-letter and prime forms that writers and OCR use for ' and ".
# Applied before NFKC too, because NFKC turns ´ into a space plus a combining
# accent and ″ into two primes.
_QUOTES = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'",
        "`": "'", "\u00b4": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    }
)  # fmt: skip


def normalize_name(text: str) -> str:
    """The form in which a system's mention text and a gold name must be equal to match."""
    text = unicodedata.normalize("NFKC", text.translate(_QUOTES)).translate(_QUOTES)
    # str.split() with no argument splits on every Unicode space, no-break included.
    return " ".join(text.casefold().split())


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold or prediction file, one document per line, blank lines skipped.

    Raises UsageError naming the file and line for malformed JSON, a missing or
    mistyped field, a document given twice, or an entity id given twice in a
    document. A bare string is accepted for `type`. Relations are not checked
    against the document's entity ids: in predictions a dangling id is a
    system error the scorer counts as a false positive.
    """
    path = Path(path)
    docs: list[GoldDoc] = []
    seen: dict[str, int] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read gold file: {exc}") from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = parse_doc(json.loads(line))
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{lineno}: not valid JSON: {exc.msg}") from exc
        except ValueError as exc:
            raise UsageError(f"{path}:{lineno}: {exc}") from exc
        if doc.doc in seen:
            raise UsageError(
                f"{path}:{lineno}: document {doc.doc!r} already given on line {seen[doc.doc]};"
                " put each document on one line"
            )
        seen[doc.doc] = lineno
        docs.append(doc)
    return docs


def dump_docs(docs: Iterable[GoldDoc], path_or_file: str | Path | IO[str]) -> None:
    """Write documents in the format load_gold reads; unset role/start/end are left out."""
    lines = [json.dumps(_doc_json(doc), ensure_ascii=False) + "\n" for doc in docs]
    if isinstance(path_or_file, str | Path):
        Path(path_or_file).write_text("".join(lines), encoding="utf-8")
    else:
        path_or_file.writelines(lines)


def _doc_json(doc: GoldDoc) -> dict[str, Any]:
    relations = []
    for rel in doc.relations:
        item: dict[str, Any] = {
            "subject": rel.subject,
            "relation": rel.relation,
            "object": rel.object,
            "evidence": rel.evidence,
        }
        for key in (*_OPTIONAL[1:], "confidence"):
            if getattr(rel, key) is not None:
                item[key] = getattr(rel, key)
        relations.append(item)
    entities = [
        {"id": ent.id, "type": list(ent.types), "names": list(ent.names)} for ent in doc.entities
    ]
    return {"doc": doc.doc, "entities": entities, "relations": relations}


def parse_doc(data: Any) -> GoldDoc:
    """GoldDoc from one decoded line; ValueError says which field is wrong."""
    if not isinstance(data, dict):
        raise ValueError("each line must be a JSON object with 'doc', 'entities', 'relations'")
    doc = _field(data, "doc", str, "document")
    entities = []
    ids: set[str] = set()
    for i, item in enumerate(_field(data, "entities", list, doc)):
        where = f"{doc} entity {i + 1}"
        if not isinstance(item, dict):
            raise ValueError(f"{where}: must be an object with 'id', 'type', 'names'")
        eid = _field(item, "id", str, where)
        if eid in ids:
            raise ValueError(f"{where}: id {eid!r} is given twice; merge the two entries")
        ids.add(eid)
        types = item.get("type")
        types = [types] if isinstance(types, str) else _field(item, "type", list, where)
        names = _field(item, "names", list, where)
        for key, values in (("type", types), ("names", names)):
            if not all(isinstance(v, str) for v in values):
                raise ValueError(f"{where}: '{key}' must be a list of strings")
        entities.append(GoldEntity(eid, tuple(types), tuple(names)))
    relations = []
    for i, item in enumerate(_field(data, "relations", list, doc, required=False) or []):
        where = f"{doc} relation {i + 1}"
        if not isinstance(item, dict):
            raise ValueError(f"{where}: must be an object with 'subject', 'relation', 'object'")
        ends = {key: _field(item, key, str, where, required=False) for key in _OPTIONAL}
        confidence = item.get("confidence")
        if confidence is not None and (isinstance(confidence, bool)
                                       or not isinstance(confidence, int | float)):
            raise ValueError(f"{where}: 'confidence' must be a number")
        relations.append(
            GoldRelation(
                subject=_field(item, "subject", str, where),
                relation=_field(item, "relation", str, where),
                object=_field(item, "object", str, where),
                evidence=ends["evidence"] or "",
                role=ends["role"],
                start=ends["start"],
                end=ends["end"],
                confidence=None if confidence is None else float(confidence),
            )
        )
    return GoldDoc(doc, tuple(entities), tuple(relations))


def _field(data: dict[str, Any], key: str, kind: type, where: str, *, required: bool = True) -> Any:
    """data[key] if it is a `kind` (non-empty for a required string); None for an absent
    or null optional field."""
    value = data.get(key)
    if value is None and not required:
        return None
    if key not in data:
        raise ValueError(f"{where}: missing '{key}'")
    if not isinstance(value, kind) or (required and value == ""):
        expected = "a list" if kind is list else "a non-empty string" if required else "a string"
        raise ValueError(f"{where}: '{key}' must be {expected}")
    return value
