"""Metadata is read from what a text states, at the precision stated, and never invented."""

from __future__ import annotations

import pytest

from shabaka.ingest.metadata import (
    find_metadata,
    parse_date,
    plausible_author,
    plausible_title,
)

BODY = (
    "Commanders of several armed groups met in the capital on Sunday to discuss the withdrawal "
    "of foreign troops, according to two people who attended the meeting. The talks ended late."
)


def meta(head: str, tail: str = ""):
    return find_metadata(f"{head}\n\n{BODY}\n\n{BODY}\n{tail}")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Title: Militia leaders meet\nAuthor: Jane Doe", "Militia leaders meet"),
        ("Headline: Militia leaders meet", "Militia leaders meet"),
        ("# Militia leaders meet", "Militia leaders meet"),
        ("## Militia leaders meet ##", "Militia leaders meet"),
        ("Militia leaders meet\n====================", "Militia leaders meet"),
        ("Militia leaders meet", "Militia leaders meet"),
        ("Top official: Why can't we stop the war?", "Top official: Why can't we stop the war?"),
        ("The Road Ahead for the Militias.", "The Road Ahead for the Militias."),
        (
            "Briefing with Brig. Gen. Jane Doe, U.S. Forces - Iraq, July 2, 2007",
            "Briefing with Brig. Gen. Jane Doe, U.S. Forces - Iraq, July 2, 2007",
        ),
        ("By Jane Doe\n\nMilitia leaders meet", "Militia leaders meet"),  # byline is not a title
        ("Nov 6, 2014\n\nMilitia leaders meet", "Militia leaders meet"),
    ],
)
def test_title_forms(head: str, title: str) -> None:
    assert meta(head).title == title


@pytest.mark.parametrize(
    "head",
    [
        "x" * 120 + " " + "y" * 90,  # 200 characters and more
        "Militia leaders met in the capital on Sunday,",
        "Militia leaders met in the capital and",
        "the meeting went on until late in the night",
        "Militia leaders met in the capital to discuss...",
        "Militia leaders met in the capital. They talked until late.",
    ],
)
def test_no_title_when_the_first_line_is_not_a_headline(head: str) -> None:
    assert meta(head).title is None


def test_body_only_gives_nothing() -> None:
    found = find_metadata(f"{BODY}\n\n{BODY}\n")
    assert (found.title, found.author, found.outlet, found.published, found.url) == (
        None,
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("head", "author", "outlet"),
    [
        ("Author: Jane Doe", "Jane Doe", None),
        ("Author:Knights, Michael", "Knights, Michael", None),
        ("Authors: Jane Doe and John Roe", "Jane Doe and John Roe", None),
        ("Headline\n\nBy Jane Doe", "Jane Doe", None),
        ("Headline\n\nBy Jane Doe and John Roe", "Jane Doe and John Roe", None),
        ("Headline\n\nBY JANE DOE", "JANE DOE", None),
        (
            "Headline\n\nBy Ahmed al-Rubaie | The Example Times",
            "Ahmed al-Rubaie",
            "The Example Times",
        ),
        ("Headline\nOutlet: The Example Review", None, "The Example Review"),
        ("Headline\nSource: Example Wire", None, "Example Wire"),
        ("Headline\nPublisher: Example Media", None, "Example Media"),
        # Sentences that start with "By" are not bylines.
        ("Headline\n\nBy September 2019, the militias controlled the office.", None, None),
        ("Headline\n\nBy the end of the war the group had split.", None, None),
    ],
)
def test_author_and_outlet_forms(head: str, author: str | None, outlet: str | None) -> None:
    found = meta(head)
    assert (found.author, found.outlet) == (author, outlet)


@pytest.mark.parametrize(
    ("tail", "author"),
    [
        ("Jane Doe ■ Baghdad correspondent", "Jane Doe"),
        ("Jane Doe ■ Baghdad correspondent\n\nBaghdad ■ Reuters", "Jane Doe"),
        ("Baghdad ■ Reuters", None),  # a dateline, not a person
        (
            "Jane Doe reported from Baghdad ■ with additional reporting by many people in the city "
            "over several weeks of the long and difficult siege",
            None,
        ),
    ],
)
def test_signature_at_the_end(tail: str, author: str | None) -> None:
    assert meta("Headline", tail).author == author


def test_header_author_beats_signature() -> None:
    assert meta("Headline\nAuthor: John Roe", "Jane Doe ■ correspondent").author == "John Roe"


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published: 2020-01-05", "2020-01-05"),
        ("Published: March 2019", "2019-03"),
        ("Published: 2019", "2019"),
        ("Date: 5 January 2020", "2020-01-05"),
        ("Nov 6, 2014", "2014-11-06"),
        ("November 6, 2014", "2014-11-06"),
        ("6 November 2014", "2014-11-06"),
        ("2014-11-06", "2014-11-06"),
        ("Thursday, November 6, 2014", "2014-11-06"),
        ("Published on Jan. 3, 2020 10:15 AM", "2020-01-03"),
        ("Published Jan 3, 2020 10:15 AM EST | Updated Jan 4, 2020", "2020-01-03"),
        ("Updated Nov. 5, 2014", "2014-11-05"),
        ("Updated: August 6, 2024", "2024-08-06"),
        ("Posted on 2021-06-14T09:30:00Z", "2021-06-14"),
    ],
)
def test_date_forms(line: str, published: str) -> None:
    assert meta(f"Headline\n\n{line}").published == published


@pytest.mark.parametrize(
    "line",
    [
        "2019",  # a bare year line may be a section heading
        "Nov 6",  # no year: never guess one
        "In 2014, the militias grew.",
        "Published: soon",
        "Date: the day after the election",
        "Order Code RS22323, Updated October 21, 2008",
    ],
)
def test_no_date_unless_one_is_stated(line: str) -> None:
    assert meta(f"Headline\n\n{line}").published is None


def test_publication_date_beats_update_and_dates_in_the_body() -> None:
    found = meta("Headline\nUpdated Jan 9, 2020\nPublished: 2020-01-05")
    assert found.published == "2020-01-05"
    late = "\n".join(f"Paragraph {n} of the story." for n in range(20)) + "\nNov 6, 2014"
    assert find_metadata(f"Headline\n{late}\n").published is None


def test_example_corpus_header() -> None:
    found = find_metadata(
        "Title: The Architecture of Influence\nAuthor: Example Desk\nOutlet: Example Review\n"
        f"Published: 2019-04-18\n\n{BODY}\n"
    )
    assert (found.title, found.author, found.outlet, found.published) == (
        "The Architecture of Influence",
        "Example Desk",
        "Example Review",
        "2019-04-18",
    )


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2014-11-06T10:00:00+03:00", "2014-11-06"),
        ("Nov 2014", "2014-11"),
        ("1999", "1999"),
        ("Middle East", None),
        ("3 killed", None),
        ("", None),
        ("12:30 PM", None),
        ("2999-01-01", None),
    ],
)
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


@pytest.mark.parametrize(
    ("value", "plausible"),
    [
        ("Iraq Security Review", True),
        ("Microsoft Word - draft_v3.docx", False),
        ("report-final.pdf", False),
        ("Untitled", False),
        ("Document1", False),
        ("", False),
        (None, False),
    ],
)
def test_plausible_title(value: object, plausible: bool) -> None:
    assert plausible_title(value) is plausible


@pytest.mark.parametrize(
    ("value", "plausible"),
    [("Jane Doe", True), ("Administrator", False), ("python-docx", False), ("x", False)],
)
def test_plausible_author(value: object, plausible: bool) -> None:
    assert plausible_author(value) is plausible
