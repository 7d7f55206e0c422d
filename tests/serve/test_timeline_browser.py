"""The timeline in the real browser: a happening three documents report is one row, and an
editor's split, merge and detach of its reports, each undoable."""

from __future__ import annotations

import pytest

from tests.serve.test_api_events import module_db  # noqa: F401 (fixture: one killing three documents report)
from tests.serve.test_browser import CHROMIUM, browser, server, web  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="the browser tests need Debian's chromium"),
]

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


def _rows(watched, type_: str):
    rows = watched.page.locator("#timeline-list .entry.event")
    return [rows.nth(i) for i in range(rows.count()) if type_ in rows.nth(i).locator(".badge").inner_text()]


def _wait_rows(watched, type_: str, n: int) -> None:
    watched.page.wait_for_function(
        "([t, n]) => [...document.querySelectorAll('#timeline-list .entry.event')].filter("
        "(e) => e.querySelector('.badge').textContent.includes(t)).length === n", arg=[type_, n])


def test_an_editor_splits_a_report_off_merges_it_back_and_undoes(web):  # noqa: F811
    web.open("/timeline?entity=qasem_soleimani", ready="#timeline-list .entry")
    [killing] = _rows(web, "killing")
    review = killing.locator("details", has_text="A year on")
    review.locator("summary").click()
    review.locator("button.split-report").click()
    web.page.wait_for_selector("#flash .notice.ok button.undo")
    _wait_rows(web, "killing", 2)
    assert sorted(r.locator(".reported-by").inner_text() for r in _rows(web, "killing")) == [
        "reported by 1 document", "reported by 2 documents"]
    web.shot("timeline-report-split")

    alone = next(r for r in _rows(web, "killing") if "1 document" in r.inner_text())
    alone.locator("button.merge-start").click()
    other = next(r for r in _rows(web, "killing") if "2 documents" in r.inner_text())
    other.locator("button.merge-here").click()
    _wait_rows(web, "killing", 1)
    assert "reported by 3 documents" in _rows(web, "killing")[0].inner_text()

    web.page.click("#flash button.undo")  # the merge taken back: the split stands again
    web.page.wait_for_selector("#flash .notice.ok:has-text('undone')")
    _wait_rows(web, "killing", 2)
    web.open("/review", ready="#judgements table")
    actions = web.page.locator("#judgements").inner_text()
    assert "event_split" in actions and "event_merge" in actions
    web.check_clean()


def test_an_editor_detaches_one_sentence_of_a_report(web):  # noqa: F811
    web.open("/timeline?entity=Ahmed%20al-Kinani", ready="#timeline-list .entry")
    [arrest] = _rows(web, "arrest")
    second = arrest.locator("details", has_text="announced")
    second.locator("summary").click()
    assert arrest.locator("button.split-report").count() == 0  # one report: nothing to split off
    second.locator("button.detach-sentence").click()
    web.page.wait_for_selector("#flash .notice.ok button.undo")
    _wait_rows(web, "arrest", 2)
    web.page.click("#flash button.undo")
    _wait_rows(web, "arrest", 1)
    web.check_clean()
