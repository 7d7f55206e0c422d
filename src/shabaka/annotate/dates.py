"""Normalise date expressions to ISO strings at the precision the text gives.

Relative expressions ("last June", "18 months ago", "yesterday", "on Tuesday") are resolved
against the document's publication date; those that count from a date the text has just
stated ("the following day", "two weeks later", "days beforehand") against that date
(`relative_date`). Without the date to count from they yield nothing, and a span that may
fall on either side of a month or year boundary keeps only the precision it is sure of, so
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
_VAGUE = (2, 9)  # "days beforehand", "several weeks later": how many, at least and at most
_COUNT = r"(?:(\d{1,3}|" + "|".join(WORD_NUMBERS) + r"|several|a\s+few|few|some|a\s+couple\s+of)\s+)"
_UNIT = r"(day|week|month|year|morning|afternoon|evening|night|hour)s?"
_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}  # "the next morning": a day later
# Dated from the date the text last stated: "the following day", "two weeks later", "days
# beforehand", "later that month". "Two days before the attack" counts from the attack, not
# from a stated date, so a "before" or "after" with words after it is left alone.
RELATIVE = re.compile(
    rf"\b(?:the\s+(following|next|previous|preceding)\s+{_UNIT}"
    rf"|the\s+{_UNIT}\s+(before|after)(?!\s*\w)"
    rf"|(?:(later|earlier)\s+)?(?:that|the\s+same)\s+{_UNIT}"
    rf"|{_COUNT}?{_UNIT}\s+(later|afterwards?|earlier|beforehand|before(?!\s*\w)|after(?!\s*\w)))\b",
    re.I)
_LATER = {"following", "next", "after", "later", "afterward", "afterwards"}

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


def _bounds(iso: str) -> tuple[date, date] | None:
    """The first and last day an ISO date of any precision covers."""
    try:
        parts = [int(p) for p in iso.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        day = date(*parts)
        return day, day
    except ValueError:
        return None


def _shift(day: date, unit: str, n: int) -> date:
    if unit in {"day", "week"}:
        return day + timedelta(days=n * (7 if unit == "week" else 1))
    months = day.year * 12 + day.month - 1 + (n if unit == "month" else 12 * n)
    return date(months // 12, months % 12 + 1, 1)  # the day no longer counts


def _covering(first: date, last: date, unit: str) -> str | None:
    """The finest date, no finer than `unit`, that holds every day from `first` to `last`."""
    if first == last and unit in {"day", "week"}:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month) and unit != "year":
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else None


def relative_date(text: str, anchor: str | None) -> str | None:
    """An expression that counts from a date the text stated (`anchor`, ISO at any precision),
    as ISO at the precision both give: "the following day" after January 3, 2020 is
    2020-01-04; "later that month" is the anchor's month; "days beforehand" before January
    3, 2020 may be in either year, so it is None."""
    m = RELATIVE.search(text) if anchor else None
    bounds = _bounds(anchor) if m else None
    if bounds is None:
        return None
    g = [x.lower() if x else x for x in m.groups()]
    for i in (1, 2, 5, 7):
        if g[i] in _PARTS_OF_DAY:
            g[i] = "day"
    if g[0]:  # the following / previous day
        unit, sign, low, high = g[1], 1 if g[0] in _LATER else -1, 1, 1
        if unit == "week":  # any day of the next week
            unit, low, high = "day", 1, 13
    elif g[2]:  # the day before / after
        unit, sign, low, high = g[2], 1 if g[3] in _LATER else -1, 1, 1
    elif g[5]:  # (later) that month, the same day
        unit, sign, low, high = g[5], 1, 0, 0
    else:
        count = re.sub(r"\s+", " ", g[6] or "")
        n = int(count) if count.isdigit() else WORD_NUMBERS.get(count)
        low, high = (n, n) if n is not None else _VAGUE
        unit, sign = g[7], 1 if g[8] in _LATER else -1
    if unit == "hour":  # "hours later": that day or the next
        unit, low, high = "day", 0, 1
    if sign > 0:
        first, last = _shift(bounds[0], unit, low), _shift(bounds[1], unit, high)
    else:
        first, last = _shift(bounds[0], unit, -high), _shift(bounds[1], unit, -low)
    if unit in {"month", "year"}:  # whole months from here on
        last = (last + timedelta(days=32)).replace(day=1) - timedelta(days=1) if unit == "month" else \
            date(last.year, 12, 31)
    return _covering(first, last, unit)


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
    m = re.fullmatch(r"(?:(?:earlier|later)\s+)?this\s+(year|month|week)|(last|past)\s+week", t)
    if m and m.group(1) == "year":
        return _iso(anchor.year)
    if m and m.group(1) == "month":
        return _iso(anchor.year, anchor.month)
    if m:  # this week or last: the days since, or of, the Monday before
        monday = anchor - timedelta(days=anchor.weekday() + (7 if m.group(2) else 0))
        return _covering(monday, monday + timedelta(days=6) if m.group(2) else anchor, "week")
    if t in {"last month"}:
        return _months_back(anchor, 1)
    return None


# A chronology's entry opening a line: "June 10, 2014: ...", "2003 - ...", "Oct. 2023 – ...",
# "Jan. 3, 2020 — ...": the date says when, and the entry after it is a sentence of its own (the
# parser reads "2003 - Sadr founds the Mahdi Army" as one noun phrase)
_CHRONOLOGY = re.compile(rf"(?:(?i:{_MONTH})\.? (?:\d{{1,2}}, )?)?\d{{4}}\s*(?::|--|[-–—])\s+(?=[A-Z])")


def chronology_end(line: str) -> int | None:
    """Where a chronology's entry starts after the date opening `line` ("2003 - "), or None."""
    match = _CHRONOLOGY.match(line)
    return match.end() if match is not None else None
