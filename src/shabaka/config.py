"""Settings: where the knowledge base lives, which model and packs to use.

Every setting has a default, an environment variable and a CLI option; the
CLI builds one Settings and passes it down explicitly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB = "shabaka.db"
DEFAULT_MODEL = "en_core_web_sm"
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


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

    db: Path = field(default_factory=lambda: Path(os.environ.get("SHABAKA_DB", DEFAULT_DB)))
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
