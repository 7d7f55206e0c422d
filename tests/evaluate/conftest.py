"""`shabaka eval` on each shared development set, run once per session through the CLI a user
runs: the README's figures and the event figures are both asserted on the same run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.fixture(scope="session")
def dev_eval(shared_dir, tmp_path_factory):
    """set name -> (the --json figures, the --predictions file), with events scored where the
    set has event gold."""
    done: dict[str, tuple[dict, Path]] = {}

    def run(name: str) -> tuple[dict, Path]:
        if name not in done:
            gold = shared_dir / "eval" / f"{name}.gold.jsonl"
            events = shared_dir / "eval" / f"{name}.events.jsonl"
            predictions = tmp_path_factory.mktemp(f"eval-{name}") / "predictions.jsonl"
            result = run_cli("eval", "--gold", str(gold), "--docs", str(shared_dir / "corpus" / name),
                             *(["--events", str(events)] if events.is_file() else []),
                             "--predictions", str(predictions), "--json")
            assert result.returncode == 0, result.stderr
            done[name] = json.loads(result.stdout), predictions
        return done[name]

    return run
