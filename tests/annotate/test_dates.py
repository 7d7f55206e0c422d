import pytest

from shabaka.annotate.dates import normalize_date


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
    ],
)
def test_dates_normalise_at_the_precision_given(text, published, expected):
    assert normalize_date(text, published) == expected


@pytest.mark.parametrize("text", ["last June", "18 months ago", "yesterday", "days beforehand", "Days"])
def test_relative_dates_without_a_publication_date_are_not_invented(text):
    assert normalize_date(text, None) is None


def test_impossible_dates_are_rejected():
    assert normalize_date("February 30, 2020") is None
