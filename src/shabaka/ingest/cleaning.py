"""Removal of page furniture (share buttons, paywalls, photo credits, related-story teasers) from text.

The rules are data (`cleaning.yaml`). Cleaning only ever drops whole lines and
records each drop with its offsets, so kept text is untouched and any offset in
the cleaned text maps back to the text as read (`original_offset`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from shabaka.errors import ConfigError
from shabaka.model import Document, Removal

RULES_PATH = Path(__file__).with_name("cleaning.yaml")

# A line with more words than this is story text, whatever a rule says: the
# guard lives here so that no single rule can forget it.
MAX_WORDS = 25

_RULE_KEYS = {"name", "pattern", "description", "block"}


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of furniture: a regex that must match a whole stripped line."""

    name: str
    pattern: re.Pattern[str]
    description: str = ""
    block: bool = False  # also drop the following lines, up to the next blank one

    def matches(self, line: str) -> bool:
        return self.pattern.fullmatch(line) is not None


def load_rules(path: Path = RULES_PATH) -> tuple[Rule, ...]:
    """Load and validate a rules file; any fault is a ConfigError naming the rule."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot load cleaning rules: {exc}") from exc
    items = raw.get("rules") if isinstance(raw, dict) else None
    if not isinstance(items, list) or not items:
        raise ConfigError(f"{path}: expected a non-empty top-level 'rules:' list")
    rules: list[Rule] = []
    for number, item in enumerate(items, 1):
        rule = _parse_rule(item, number, path)
        if any(r.name == rule.name for r in rules):
            raise ConfigError(f"{path}: rule {rule.name!r} is defined twice")
        rules.append(rule)
    return tuple(rules)


def _parse_rule(item: object, number: int, path: Path) -> Rule:
    name = item.get("name") if isinstance(item, dict) else None
    label = f"rule {name!r}" if isinstance(name, str) and name else f"rule #{number}"
    if not isinstance(item, dict) or not isinstance(name, str) or not name:
        raise ConfigError(f"{path}: {label} needs a 'name'")
    unknown = sorted(set(item) - _RULE_KEYS)
    if unknown:
        allowed = sorted(_RULE_KEYS)
        raise ConfigError(f"{path}: {label} has unknown keys {unknown}; allowed: {allowed}")
    pattern = item.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError(f"{path}: {label} needs a 'pattern' (a regex)")
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(f"{path}: {label} has an invalid pattern: {exc}") from exc
    description = item.get("description") or ""
    block = item.get("block", False)
    if not isinstance(description, str) or not isinstance(block, bool):
        raise ConfigError(f"{path}: {label}: 'description' must be text and 'block' true/false")
    return Rule(name, compiled, description, block)


TEASER_RULE = "related-teaser"


@dataclass(frozen=True, slots=True)
class Teasers:
    """Related-story teasers in a pasted news page (see `teasers:` in cleaning.yaml).

    A teaser is closed by a line matching `end` ("keep reading"); it starts at
    its headline, a short line repeated a few lines further down (the page shows
    it above and below the photo). Everything from the headline to the end line
    goes, long paragraphs included, and so does a section kicker ("Reporting |
    Middle East") right above the first teaser of a run. Without a repeated
    headline nothing is taken but what the line rules take.
    """

    end: re.Pattern[str]
    kicker: re.Pattern[str]
    headline_words: tuple[int, int] = (2, 15)
    reach: int = 30          # lines back from the end to look for the headline
    repeat_within: int = 6   # lines within which the headline comes again

    def find(self, lines: Sequence[str]) -> list[tuple[int, int]]:
        """(start, end) line ranges of the teasers among stripped lines, end exclusive."""
        found: list[tuple[int, int]] = []
        floor = 0
        for i, line in enumerate(lines):
            if not self.end.fullmatch(line):
                continue
            start = self._headline(lines, max(floor, i - self.reach), i)
            if start is not None:
                above = start - 1
                while above >= floor and not lines[above]:
                    above -= 1
                if above >= floor and self.kicker.fullmatch(lines[above]):
                    start = above
                found.append((start, i + 1))
            floor = i + 1
        return found

    def _headline(self, lines: Sequence[str], lo: int, hi: int) -> int | None:
        low, high = self.headline_words
        for j in range(lo, hi):
            words = len(lines[j].split())
            if low <= words <= high and not lines[j].endswith(".") and \
                    lines[j] in lines[j + 1:min(hi, j + 1 + self.repeat_within)]:
                return j
        return None


def load_teasers(path: Path = RULES_PATH) -> Teasers:
    """The `teasers:` section of a rules file; any fault is a ConfigError."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        spec = raw["teasers"]
        return Teasers(re.compile(spec["end"], re.IGNORECASE), re.compile(spec["kicker"], re.IGNORECASE),
                       (int(spec["headline_words"][0]), int(spec["headline_words"][1])),
                       int(spec["reach"]), int(spec["repeat_within"]))
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, IndexError, re.error) as exc:
        raise ConfigError(f"{path}: cannot load the 'teasers' section: {exc}") from exc


@cache
def default_teasers() -> Teasers:
    return load_teasers()


@cache
def default_rules() -> tuple[Rule, ...]:
    """The packaged rules, loaded once per process."""
    return load_rules()


def clean(text: str, rules: Sequence[Rule] | None = None,
          teasers: Teasers | None = None) -> tuple[str, tuple[Removal, ...]]:
    """Drop furniture lines and related-story teasers; return the cleaned text and what was removed.

    Offsets in the removals refer to `text` with "\\r\\n" turned into "\\n", the
    only change ever made to kept lines. A removed line takes its newline along.
    """
    rules = default_rules() if rules is None else rules
    teasers = default_teasers() if teasers is None else teasers
    text = text.replace("\r\n", "\n")
    lines = _lines(text)
    verdicts: list[str | None] = []
    block: Rule | None = None
    for line in lines:
        stripped = line.strip()
        rule = None
        if stripped and len(stripped.split()) <= MAX_WORDS:
            rule = block or next((r for r in rules if r.matches(stripped)), None)
        verdicts.append(rule.name if rule else None)
        block = rule if rule is not None and rule.block else None if rule is None else block
    for start, end in teasers.find([line.strip() for line in lines]):
        verdicts[start:end] = [TEASER_RULE] * (end - start)
    kept: list[str] = []
    removed: list[Removal] = []
    position = 0
    for line, verdict in zip(lines, verdicts, strict=True):
        if verdict is None:
            kept.append(line)
        else:
            removed.append(Removal(position, position + len(line), line, verdict))
        position += len(line)
    return "".join(kept), tuple(removed)


def _lines(text: str) -> list[str]:
    """Lines with their newline kept; only LF ends a line (not form feeds or U+2028)."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]


def original_offset(document: Document, offset: int, *, end: bool = False) -> int:
    """Map an offset in `document.text` back to the text as read.

    At the seam where furniture was removed, a start offset maps past the
    removed lines (to the character it points at) and an end offset (`end=True`)
    maps before them, so that a span never takes in removed text.
    """
    shift = 0
    for removal in document.removed:
        seam = removal.start - shift  # where this removal sits in the cleaned text
        if offset > seam or (offset == seam and not end):
            shift += removal.end - removal.start
        else:
            break
    return offset + shift
