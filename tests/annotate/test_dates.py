import pytest

from shabaka.annotate.dates import normalize_date, relative_date


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("January 3, 2020", None, "2020-01-03"),
        ("Jan. 3, 2020", None, "2020-01-03"),
        ("3 January 2020", None, "2020-01-03"),
        ("Sept. 11, 2001", None, "2001-09-11"),
        ("2019-05-14", None, "2019-05-14"),
        ("August 2019", None, "2019-08"),
        ("in 2014", None, "2014"),
        ("last June", "2020-11-06", "2020-06"),
        ("last December", "2020-11-06", "2019-12"),
        ("18 months ago", "2020-11-06", "2019-05"),
        ("two years ago", "2020-11-06", "2018"),
        ("yesterday", "2020-11-06", "2020-11-05"),
        ("last year", "2020-11-06", "2019"),
        ("earlier this year", "2020-11-06", "2020"),
        ("earlier this month", "2020-11-06", "2020-11"),
        ("last week", "2020-11-13", "2020-11"),  # Monday 2 to Sunday 8 November
        ("last week", "2020-11-06", "2020"),  # 26 October to 1 November: the month is not known
    ],
)
def test_dates_normalise_at_the_precision_given(text, published, expected):
    assert normalize_date(text, published) == expected


@pytest.mark.parametrize("text", ["last June", "18 months ago", "yesterday", "days beforehand", "Days"])
def test_relative_dates_without_a_publication_date_are_not_invented(text):
    assert normalize_date(text, None) is None


def test_impossible_dates_are_rejected():
    assert normalize_date("February 30, 2020") is None


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("the following day", "2020-01-03", "2020-01-04"),
        ("The next day", "2019-12-31", "2020-01-01"),
        ("the day before", "2020-01-03", "2020-01-02"),
        ("two weeks later", "2020-01-03", "2020-01-17"),
        ("three days earlier", "2020-01-03", "2019-12-31"),
        ("a month later", "2020-01-03", "2020-02"),
        ("later that month", "2019-12-27", "2019-12"),
        ("that year", "2014-06-10", "2014"),
        ("the following year", "2014", "2015"),
        ("days beforehand", "2020-01-20", "2020-01"),  # some days before the 20th: still January
        ("days beforehand", "2020-01-03", None),  # December or January: not known
        ("the following day", "2019-12", None),  # 2 December to 1 January
        ("the following week", "2020-01-03", "2020-01"),
        ("two days before the attack", "2020-01-03", None),  # counts from the attack, not the date
        ("the next morning", "2020-01-03", "2020-01-04"),
        ("that night", "2020-01-03", "2020-01-03"),
        ("hours later", "2020-01-03", "2020-01"),  # that day or the next
        ("the following day", None, None),  # nothing stated to count from
    ],
)
def test_dates_counted_from_a_stated_date_keep_the_precision_they_are_sure_of(text, anchor, expected):
    assert relative_date(text, anchor) == expected
