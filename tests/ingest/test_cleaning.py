"""Furniture lines go, story lines stay byte for byte, and offsets map back."""

from __future__ import annotations

from pathlib import Path

import pytest

from shabaka.errors import ConfigError
from shabaka.ingest.cleaning import MAX_WORDS, clean, default_rules, load_rules, original_offset
from shabaka.model import Document

# At least one line each rule in cleaning.yaml removes, named by the rule that must remove it.
REMOVED = {
    "skip-link": ["Skip to content", "Skip to main content"],
    "follow-us": [
        "Follow us on social",
        "Follow us on Twitter",
        "Follow us on X",
        "Follow us on Facebook and Instagram",
        "FOLLOW US",
    ],
    "share-prompt": [
        "Share this article",
        "Share on Facebook",
        "Share",
        "Tweet",
        "Email",
        "Print",
        "Copy link",
        "  share  ",
    ],
    "show-more": ["keep readingShow less", "Show more", "Load more stories"],
    "read-more": [
        "Read more",
        "Continue reading",
        "To continue reading...",
        "Read the full story »",
    ],
    "paywall-register": [
        "Continue reading this article by registering at no cost and get unlimited access to:"
    ],
    "newsletter": [
        "Sign up for our newsletter",
        "Sign up for our daily briefing newsletter",
        "Subscribe to our newsletter for the latest news",
    ],
    "subscribe-wall": [
        "Subscribe",
        "Subscribe now!",
        "Subscribe for unlimited access",
        "This article is for subscribers only.",
    ],
    "login-prompt": ["Already a subscriber? Log in", "Already have an account? Sign in here"],
    "advertisement": ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"],
    "cookie-notice": [
        "We use cookies to improve your experience on our site.",
        "This website uses cookies.",
        "Accept all cookies",
    ],
    "related-stories": [
        "Related:",
        "Related: Militias fire rockets at an air base",
        "Related Stories",
        "Read also: The commander's last interview",
        "Recommended",
        "More from Jane Doe",
        "Most popular",
    ],
    "photo-credit": [
        "Photo by Jane Doe",
        "Photo: John Roe/AFP",
        "(Photo credit: Reuters)",
        "Image: Ministry of Defence",
        "REUTERS/Jane Doe",
        "Getty Images",
        "John Roe/AFP via Getty Images",
        "AFP",
        "    AFP",
    ],
    "image-placeholder": ["picture", "Photo", "Gallery"],
    "google-news": ["Follow our latest news and analysis via Google News", "Google news"],
    "rights": ["All rights reserved.", "The Example Times 2024. All Rights Reserved"],
    "copyright": [
        "Copyright © 2024 The Example Times",
        "© 2024 Example Media Group",
        "Copyright 2023 Example Ltd.",
    ],
    "comments": ["Comments are closed.", "12 comments", "Leave a comment"],
    "topics-label": ["Topics covered", "Tags:"],
}

KEPT = [
    # Long story sentences with the same words: the 25-word guard keeps them.
    "He said that the militias would share power with the government only if the foreign forces "
    "left the country before the end of the year, an aide said.",
    "Officials said they would follow the investigation closely and read more of the captured "
    "documents before deciding whether the commander should be handed over to the courts.",
    # Short lines that merely contain furniture words.
    "Share prices fell.",
    "Photos by the ministry showed the tanks.",
    "(c) the militia shall disarm within 30 days",
    "Related to this, the minister resigned.",
    "Follow the money.",
    "More than 40 people were killed.",
    "Subscribers rose by a third.",
    "Advertising revenue fell.",
]

STORY_A = "The commander arrived in the city on Tuesday.\n"
STORY_B = "He met local leaders and then left for the border.\n"


def _cases() -> list[tuple[str, str]]:
    return [(rule, line) for rule, lines in REMOVED.items() for line in lines]


def test_every_rule_has_an_example() -> None:
    assert set(REMOVED) == {rule.name for rule in default_rules()}


@pytest.mark.parametrize(("rule", "line"), _cases())
def test_rule_removes_its_line(rule: str, line: str) -> None:
    text = f"{STORY_A}{line}\n\n{STORY_B}"  # the blank line ends a block rule's reach
    cleaned, removed = clean(text)
    assert cleaned == f"{STORY_A}\n{STORY_B}"
    assert [(r.rule, r.text, r.start, r.end) for r in removed] == [
        (rule, line + "\n", len(STORY_A), len(STORY_A) + len(line) + 1)
    ]


@pytest.mark.parametrize("line", KEPT)
def test_story_lines_are_kept(line: str) -> None:
    text = f"{STORY_A}{line}\n{STORY_B}"
    assert clean(text) == (text, ())


def test_word_guard_is_in_code_not_in_the_rules() -> None:
    teaser = "Related: " + " ".join(["word"] * MAX_WORDS)  # fits the pattern, but too long
    assert len(teaser.split()) > MAX_WORDS
    assert clean(teaser + "\n") == (teaser + "\n", ())


def test_block_rule_takes_the_offers_under_a_paywall() -> None:
    text = (
        f"{STORY_A}Continue reading this article by registering at no cost and get access to:\n"
        "  • The Archives\n  • Exclusive Events\n\nMore from  Jane Doe\n\n" + STORY_B
    )
    cleaned, removed = clean(text)
    assert cleaned == f"{STORY_A}\n\n{STORY_B}"
    assert [r.rule for r in removed] == ["paywall-register"] * 3 + ["related-stories"]
    assert removed[1].text == "  • The Archives\n"


def test_last_line_without_newline_and_first_line() -> None:
    cleaned, removed = clean("Advertisement\nBody text here.\nShare")
    assert cleaned == "Body text here.\n"
    assert [(r.start, r.end, r.text) for r in removed] == [
        (0, 14, "Advertisement\n"),
        (30, 35, "Share"),
    ]


def test_only_crlf_is_normalised() -> None:
    cleaned, removed = clean("Line one  \r\nShare\r\n\tIndented line\r\n")
    assert cleaned == "Line one  \n\tIndented line\n"
    assert (removed[0].start, removed[0].end) == (11, 17)


ORIGINAL = (
    "Skip to content\nFollow us on social\n"  # two removals at the very start
    "A Headline\n\n"
    f"{STORY_A}Advertisement\nShare\nTweet\n{STORY_B}"  # adjacent removals in the middle
    "Photo: Jane Doe/AFP\n"
    f"{STORY_A}\n"
    "Most popular\nAll rights reserved."  # removals at the very end, no final newline
)


def _kept_spans(document: Document) -> list[tuple[int, int]]:
    """(start, end) of each stretch of cleaned text between removals."""
    seams, removed_before = {0, len(document.text)}, 0
    for removal in document.removed:
        seams.add(removal.start - removed_before)
        removed_before += removal.end - removal.start
    points = sorted(seams)
    return [(a, b) for a, b in zip(points, points[1:], strict=False) if a < b]


def test_offsets_map_back_to_the_original() -> None:
    cleaned, removed = clean(ORIGINAL)
    document = Document(origin="t", text=cleaned, format="txt", content_hash="0", removed=removed)
    assert len(removed) == 8
    spans = _kept_spans(document)
    assert len(spans) == 3
    for start, end in spans:
        a, b = original_offset(document, start), original_offset(document, end, end=True)
        assert cleaned[start:end] == ORIGINAL[a:b]
    for offset, char in enumerate(cleaned):
        assert ORIGINAL[original_offset(document, offset)] == char
    assert original_offset(document, len(cleaned), end=True) <= len(ORIGINAL)


def test_without_removals_offsets_are_unchanged() -> None:
    document = Document(origin="t", text="abc", format="txt", content_hash="0")
    assert [original_offset(document, i) for i in range(4)] == [0, 1, 2, 3]


def _write_rules(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "rules:\n  - name: broken\n    pattern: 'share ('\n",
            "rule 'broken' has an invalid pattern",
        ),
        ("rules:\n  - name: nopattern\n", "rule 'nopattern' needs a 'pattern'"),
        ("rules:\n  - pattern: share\n", "rule #1 needs a 'name'"),
        (
            "rules:\n  - {name: a, pattern: x}\n  - {name: a, pattern: y}\n",
            "rule 'a' is defined twice",
        ),
        ("rules:\n  - {name: a, pattern: x, flags: i}\n", "rule 'a' has unknown keys ['flags']"),
        ("rules:\n  - {name: a, pattern: x, block: maybe}\n", "'block' true/false"),
        ("other: 1\n", "expected a non-empty top-level 'rules:' list"),
        ("rules: [\n", "cannot load cleaning rules"),
    ],
)
def test_bad_rules_file_is_a_config_error_naming_the_rule(tmp_path, body, message) -> None:
    with pytest.raises(ConfigError, match="rules.yaml") as caught:
        load_rules(_write_rules(tmp_path, body))
    assert message in str(caught.value)


def test_rules_load_once_and_custom_rules_apply(tmp_path: Path) -> None:
    assert default_rules() is default_rules()
    rules = load_rules(_write_rules(tmp_path, "rules:\n  - {name: dateline, pattern: 'BAGHDAD'}\n"))
    assert clean("baghdad\nStory.\n", rules)[0] == "Story.\n"
