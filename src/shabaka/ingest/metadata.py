"""Title, author, outlet and date as a plain text states them.

Reads header fields ("Author: ...", "By ...", "Published: ...", a date line)
near the top, a signature line ("Name ■ role") near the end, and a headline.
Never invents: a field the text does not give stays None, and dates keep the
precision they were written with ("2014", "2014-11" or "2014-11-06").
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass

from dateutil import parser as dateparser

HEAD_LINES = 15  # non-empty lines at the top that may hold header fields
TAIL_LINES = 15  # non-empty lines at the end that may hold a signature
MAX_TITLE = 200

_FIELD = re.compile(
    r"(?P<key>title|headline|authors?|byline|writer|outlet|source|publisher|publication"
    r"|published|publication date|date published|date)\s*:\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"(?P<key>(first |originally )?published|posted|(last )?updated)"
    r"(\s+on)?\s*[:\-–]?\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"by\s+(?P<author>[^|]+?)(\s*\|\s*(?P<outlet>[^|]+?))?", re.IGNORECASE)
_SIGNATURE = re.compile(r"(?P<name>[^■▪◼]+?)\s*[■▪◼]\s*(?P<role>\S.*)")
_ATX_HEADING = re.compile(r"#{1,6}\s+(?P<text>.+?)(\s+#+)?\s*")
_SETEXT_RULE = re.compile(r"=+\s*")

# Lowercase words a personal name may contain ("Abu Bakr al-Baghdadi", "Ibn Saud").
# fmt: off
_NAME_PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "del", "van", "von", "der", "la",
    "le", "du", "dos", "y", "and", "&",
})
# fmt: on
# A headline does not stop on these; a sentence cut off mid-way does.
# fmt: off
_DANGLING = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from",
    "by", "as", "that", "which", "who", "is", "are", "was", "were",
})
# fmt: on
# "meeting. The" ends a sentence; "Brig. Gen." and "U.S. Forces" do not.
_SENTENCE_BREAK = re.compile(r"[a-z]{4,}[.!?][\"'”’)]?\s+[A-Z]")
_DATE_SEPARATORS = re.compile(r"\s+[|·•]\s+")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(slots=True)
class Metadata:
    """What a text says about itself; None where it says nothing."""

    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


def find_metadata(text: str) -> Metadata:
    """Read title, author, outlet and publication date from a plain or Markdown text."""
    lines = [line.strip() for line in text.split("\n")]
    filled = [line for line in lines if line]
    head = filled[:HEAD_LINES]
    meta = Metadata()
    fields: dict[str, str] = {}
    dates: dict[str, str] = {}  # kind of date line -> ISO date
    header_lines: set[int] = set()  # indexes in `head` that carry metadata, not a headline
    for index, line in enumerate(head):
        if _read_header_line(line, fields, dates):
            header_lines.add(index)
    meta.title = fields.get("title") or _heading(lines) or _first_line_title(head, header_lines)
    meta.author = fields.get("author") or fields.get("byline") or _signature(filled[-TAIL_LINES:])
    meta.outlet = fields.get("outlet") or fields.get("byline-outlet")
    # A stated publication date beats a bare date line, which beats an update.
    kinds = ("published", "date", "standalone", "updated")
    meta.published = next((dates[kind] for kind in kinds if kind in dates), None)
    return meta


def _read_header_line(line: str, fields: dict[str, str], dates: dict[str, str]) -> bool:
    """Record what one head line says into `fields`/`dates`; True if it was metadata."""
    if match := _FIELD.fullmatch(line):
        key, value = match["key"].lower(), match["value"].strip()
        if key in ("title", "headline"):
            fields.setdefault("title", value)
        elif key in ("author", "authors", "byline", "writer"):
            fields.setdefault("author", value)
        elif key in ("outlet", "source", "publisher", "publication"):
            fields.setdefault("outlet", value)
        else:
            kind = "date" if key == "date" else "published"
            if date := parse_date(value):
                dates.setdefault(kind, date)
        return True
    if (match := _DATE_LABEL.fullmatch(line)) and (date := parse_date(match["value"])):
        dates.setdefault("updated" if "updated" in match["key"].lower() else "published", date)
        return True
    if (match := _BYLINE.fullmatch(line)) and _looks_like_name(match["author"], max_words=10):
        fields.setdefault("byline", match["author"].strip())
        if match["outlet"]:
            fields.setdefault("byline-outlet", match["outlet"].strip())
        return True
    if len(line) <= 60 and (date := parse_date(line, min_length=7)):
        dates.setdefault("standalone", date)
        return True
    return False


def _heading(lines: list[str]) -> str | None:
    """The first Markdown heading near the top, without its '#' markers."""
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        if match := _ATX_HEADING.fullmatch(line):
            return match["text"].strip() or None
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if _SETEXT_RULE.fullmatch(following) and len(line) < MAX_TITLE:
            return line
        seen += 1
        if seen >= HEAD_LINES:
            break
    return None


def _first_line_title(head: list[str], header_lines: set[int]) -> str | None:
    """The first line that is not a header field, if it reads like a headline."""
    for index, line in enumerate(head):
        if index not in header_lines:
            return line if looks_like_headline(line) else None
    return None


def looks_like_headline(line: str) -> bool:
    """Short, starts like a title and does not stop mid-sentence."""
    line = line.strip()
    if not 2 <= len(line) < MAX_TITLE or not any(ch.isalpha() for ch in line):
        return False
    words = line.split()
    if len(words) > 30 or line[0].islower():
        return False
    if line.endswith((",", ";", ":", "-", "–", "—", "(", "/", "&", "...", "…")):
        return False
    if _SENTENCE_BREAK.search(line):  # two sentences: a paragraph, not a headline
        return False
    return words[-1].lower() not in _DANGLING


def _signature(tail: list[str]) -> str | None:
    """The name in a closing "Jane Doe ■ Baghdad correspondent" line."""
    for line in tail:
        match = _SIGNATURE.fullmatch(line)
        if match and len(match["role"].split()) <= 12 and _looks_like_name(match["name"], 2):
            return match["name"].strip()
    return None


def _looks_like_name(text: str, min_words: int = 1, max_words: int = 5) -> bool:
    """Capitalised words (name particles allowed), no digits, no sentence punctuation."""
    words = text.replace(",", " ").split()
    if not min_words <= len(words) <= max_words or any(ch.isdigit() for ch in text):
        return False
    if text.rstrip().endswith(("!", "?", ":", ";")) or not words[0][0].isupper():
        return False
    return all(
        word[0].isupper() or word.lower() in _NAME_PARTICLES or re.match(r"[a-z]{1,3}-\w", word)
        for word in words
    )


def parse_date(value: str, *, min_length: int = 4) -> str | None:
    """An ISO date at the precision `value` gives, or None if it is not a date.

    dateutil parses the candidate alone, not fuzzily: a date must be all there
    is. `min_length` 7 refuses bare years (for lines that merely might be dates).
    Parsing twice with different defaults shows which parts were really given.
    """
    value = _DATE_SEPARATORS.split(value.strip())[0].strip(" .,")
    if not value or len(value) > 60 or not _YEAR.search(value):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # dateutil warns about odd inputs it still parses
            first = dateparser.parse(
                value, default=dt.datetime(2000, 1, 1), fuzzy=False, ignoretz=True
            )
            second = dateparser.parse(
                value, default=dt.datetime(2001, 2, 2), fuzzy=False, ignoretz=True
            )
    except (ValueError, OverflowError, TypeError):
        return None
    if first.year != second.year or not 1800 <= first.year <= dt.date.today().year + 1:
        return None
    if first.month != second.month:
        iso = f"{first.year:04d}"
    elif first.day != second.day:
        iso = f"{first.year:04d}-{first.month:02d}"
    else:
        iso = first.date().isoformat()
    return iso if len(iso) >= min_length else None


def iso_from_datetime(value: object) -> str | None:
    """The day of a datetime from file properties (PDF, DOCX), if plausible."""
    if not isinstance(value, dt.datetime | dt.date):
        return None
    if not 1900 < value.year <= dt.date.today().year + 1:
        return None
    return value.strftime("%Y-%m-%d")


# Placeholders that authoring tools write into file properties.
_GENERIC_AUTHORS = frozenset(
    ["admin", "administrator", "user", "owner", "unknown", "author", "default", "python-docx"]
    + ["windows user", "microsoft office user", "authorized user"]
)
_FILE_TITLE = re.compile(
    r"(microsoft (word|powerpoint|excel) - .*|untitled.*|document\d*|slide \d+|.*\.(docx?|pdf|rtf"
    r"|odt|pptx?|xlsx?|txt|html?|indd|qxd|tex|dvi|ps|eps|tiff?|jpe?g|png))",
    re.IGNORECASE,
)


def plausible_title(value: object) -> bool:
    """A title from file properties that is a real title, not "Microsoft Word - x.docx"."""
    if not isinstance(value, str):
        return False
    value = value.strip()
    return (
        2 <= len(value) < MAX_TITLE
        and any(ch.isalpha() for ch in value)
        and not _FILE_TITLE.fullmatch(value)
    )


def plausible_author(value: object) -> bool:
    """An author from file properties that names someone, not "Administrator"."""
    if not isinstance(value, str):
        return False
    value = value.strip()
    return (
        2 <= len(value) <= 100
        and any(ch.isalpha() for ch in value)
        and value.lower() not in _GENERIC_AUTHORS
    )
