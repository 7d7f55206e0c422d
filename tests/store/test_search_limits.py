"""The README's search limits at their edges: 12 words, 3 prefixes, 3 letters before a `*`."""

from __future__ import annotations

import pytest

from shabaka.errors import UsageError
from shabaka.store.fts import to_match_query


def test_twelve_words_three_prefixes_of_three_letters_are_searched():
    query = "bas* kir* mos* " + " ".join(f"word{i}" for i in range(9))
    match = to_match_query(query)
    assert match.count(" AND ") == 11 and match.count("*") == 3


@pytest.mark.parametrize(("query", "reason"), [
    pytest.param("ba*", "too short", id="two-letter-prefix"),
    pytest.param("bas* kir* mos* sul*", "prefix terms", id="four-prefixes"),
    pytest.param('"one two" ' + " ".join(f"word{i}" for i in range(11)), "at most 12", id="thirteen-words"),
])
def test_one_past_each_limit_is_refused(query, reason):
    with pytest.raises(UsageError, match=reason):
        to_match_query(query)
