"""Normalise date expressions to ISO strings at the precision the text gives.

Relative expressions ("last June", "18 months ago", "yesterday", "on Tuesday") are resolved
against the document's publication date; without one they yield nothing, so
Shabaka never invents a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"((?:19|20)\d\d)"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}

_PATTERNS = [
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b", re.I), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I), "dmy"),
    (re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b"), "iso"),
    (re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.I), "my"),
    (re.compile(r"\b((?:19|20)\d\d)\b"), "y"),
]


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None and m is not None:
            return date(y, m, d).isoformat()
        if m is not None:
            return f"{y:04d}-{m:02d}"
        return f"{y:04d}"
    except ValueError:
        return None


def _anchor(published: str | None) -> date | None:
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _months_back(day: date, months: int) -> str:
    total = day.year * 12 + (day.month - 1) - months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def normalize_date(text: str, published: str | None = None) -> str | None:
    """ISO date ("2020", "2020-01", "2020-01-03") for a date expression, or None."""
    t = text.strip().lower()
    for pattern, form in _PATTERNS:
        m = pattern.search(t)
        if not m:
            continue
        g = m.groups()
        if form == "mdy":
            return _iso(int(g[2]), MONTHS[g[0][:3] if g[0][:4] != "sept" else "sept"], int(g[1]))
        if form == "dmy":
            return _iso(int(g[2]), MONTHS[g[1][:3]], int(g[0]))
        if form == "iso":
            return _iso(int(g[0]), int(g[1]), int(g[2]))
        if form == "my":
            return _iso(int(g[1]), MONTHS[g[0][:3]])
        return _iso(int(g[0]))
    anchor = _anchor(published)
    if anchor is None:
        return None
    if t in {"today", "this morning", "tonight", "this evening"}:
        return anchor.isoformat()
    if t in {"yesterday", "last night"}:
        return (anchor - timedelta(days=1)).isoformat()
    m = re.fullmatch(rf"(?:on\s+|last\s+|this\s+(?:past\s+)?)?({'|'.join(WEEKDAYS)})", t)
    if m:  # news usage: "on Tuesday" is the last Tuesday on or before the report
        back = (anchor.weekday() - WEEKDAYS.index(m.group(1))) % 7
        return (anchor - timedelta(days=back)).isoformat()
    m = re.fullmatch(rf"(?:last|this past)\s+{_MONTH}", t)
    if m:
        month = MONTHS[m.group(1)[:3]]
        year = anchor.year if month < anchor.month else anchor.year - 1
        return _iso(year, month)
    m = re.fullmatch(r"(\d+|[a-z]+)\s+(year|month|week|day)s?\s+ago", t)
    if m and (m.group(1).isdigit() or m.group(1) in WORD_NUMBERS):
        n = int(m.group(1)) if m.group(1).isdigit() else WORD_NUMBERS[m.group(1)]
        unit = m.group(2)
        if unit == "year":
            return _iso(anchor.year - n)
        if unit == "month":
            return _months_back(anchor, n)
        return (anchor - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    if t in {"last year"}:
        return _iso(anchor.year - 1)
    if t in {"this year"}:
        return _iso(anchor.year)
    if t in {"last month"}:
        return _months_back(anchor, 1)
    return None
