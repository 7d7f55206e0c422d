"""Settings: where the knowledge base lives, which model and packs to use.

Every setting has a default, an environment variable and a CLI option; the
CLI builds one Settings and passes it down explicitly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from shabaka.errors import UsageError
from shabaka.store.pg import is_url

DEFAULT_DB = "shabaka.db"
DEFAULT_MODEL = "en_core_web_sm"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MIN_CONFIDENCE = 0.5


def min_confidence_default() -> float:
    """The assertion threshold: claims under it are only suggested (SHABAKA_MIN_CONFIDENCE)."""
    value = os.environ.get("SHABAKA_MIN_CONFIDENCE", "")
    if not value.strip():
        return DEFAULT_MIN_CONFIDENCE
    try:
        return check_confidence(float(value))
    except ValueError:
        raise UsageError(f"SHABAKA_MIN_CONFIDENCE={value!r} is not a number between 0 and 1") from None


def check_confidence(value: float) -> float:
    if not 0.0 <= value <= 1.0:  # also refuses NaN
        raise UsageError(f"a minimum confidence must be between 0 and 1, not {value}")
    return value


def db_location(value: str | Path) -> str | Path:
    """An SQLite file's path, or a PostgreSQL URL kept as written (a Path would fold its //)."""
    text = str(value)
    return text if is_url(text) else Path(text)


def _env_list(name: str) -> list[str]:
    value = os.environ.get(name, "")
    return [part for part in value.split(os.pathsep) if part]


@dataclass(slots=True)
class Settings:
    """What one run of Shabaka works with.

    `packs` are extra domain-pack files on top of the built-in default ones;
    `default_packs=False` leaves the built-in Iraq pack out (the world pack of
    countries and general titles always loads).
    """

    db: Path | str = field(default_factory=lambda: db_location(os.environ.get("SHABAKA_DB", DEFAULT_DB)))
    model: str = field(default_factory=lambda: os.environ.get("SHABAKA_MODEL", DEFAULT_MODEL))
    packs: list[Path] = field(default_factory=lambda: [Path(p) for p in _env_list("SHABAKA_PACKS")])
    default_packs: bool = True
    max_bytes: int = field(
        default_factory=lambda: int(os.environ.get("SHABAKA_MAX_BYTES", DEFAULT_MAX_BYTES))
    )
    processes: int = 1
    batch_size: int = 16
    author: str = field(
        default_factory=lambda: os.environ.get("SHABAKA_AUTHOR") or os.environ.get("USER", "analyst")
    )
    # the relation scorer: the model shipped in the package unless a file is named; "none" runs rules alone
    relation_model: str | None = field(default_factory=lambda: os.environ.get("SHABAKA_RELATION_MODEL"))
    # claims under this confidence are suggested: left out of analysis unless an analyst accepts them
    min_confidence: float = field(default_factory=min_confidence_default)
