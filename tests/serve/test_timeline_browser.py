"""The timeline in the real browser: a happening three documents report is one row."""

from __future__ import annotations

import pytest

from tests.conftest import write_corpus
from tests.serve.test_browser import CHROMIUM, browser, server, web  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="the browser tests need Debian's chromium"),
]

REPORTS = {
    "wire.txt": "Title: Strike at the airport\nPublished: 2020-01-04\n\n"
                "A U.S. drone strike killed Qasem Soleimani at Baghdad International Airport "
                "on January 3, 2020.\n",
    "review.txt": "Title: A year on\nPublished: 2021-01-05\n\n"
                  "Qasem Soleimani was killed by a U.S. drone strike in January 2020.\n",
    "profile.txt": "Title: The general\nPublished: 2022-06-01\n\n"
                   "Qasem Soleimani led the Quds Force for two decades. "
                   "He was killed in a U.S. strike in 2020.\n",
}


@pytest.fixture(scope="module")
def module_db(tmp_path_factory):
    """Three documents reporting one killing, ingested for real."""
    from shabaka.config import Settings
    from shabaka.kb import KnowledgeBase

    folder = tmp_path_factory.mktemp("timeline")
    write_corpus(folder, REPORTS)
    settings = Settings()
    settings.db = folder / "kb.db"
    with KnowledgeBase(settings) as kb:
        assert kb.ingest([folder]).ok
        kb.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return settings.db


def test_one_row_for_a_happening_reported_three_times(web):  # noqa: F811
    web.open("/timeline?entity=qasem_soleimani", ready="#timeline-list .entry")
    rows = web.page.locator("#timeline-list .entry.event")
    killings = [rows.nth(i).inner_text() for i in range(rows.count())
                if "killing" in rows.nth(i).locator(".badge").inner_text()]
    assert len(killings) == 1, killings
    assert "reported by 3 documents" in killings[0]
    assert "2020-01-03" in killings[0]
    web.shot("timeline-one-happening")
    web.check_clean()
