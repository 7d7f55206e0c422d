import pytest

from shabaka.names import fold, initials, name_key, name_parts, strip_titles


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Qassem Soleimani", "Qasem Soleimani"),
        ("Qassem Soleimani", "Ghasem Suleimani"),
        ("Kata'ib Hezbollah", "Kataib Hizballah"),
        ("Kata’ib Hezbollah", "Kataeb Hizbullah"),
        ("Falih al-Fayyadh", "Faleh al-Fayyad"),
        ("Mohammed al-Hashemi", "Muhammad al-Hashimi"),
        ("Hadi al-Amiri", "Hadi Al Ameri"),
        ("Mustafa al-Kadhimi", "Moustafa al-Kathimi"),
    ],
)
def test_transliteration_variants_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Hisham al-Hashemi", "Mohammed al-Hashemi"),
        ("Qais al-Khazali", "Laith al-Khazali"),
        ("Abu Mahdi al-Muhandis", "Abu Fadak al-Muhandis"),
    ],
)
def test_different_people_keep_different_keys(a, b):
    assert name_key(a) != name_key(b)


def test_fold_handles_script_marks_and_hyphens():
    assert fold("Kata’ib  Hezbollah") == "kataib hezbollah"
    assert fold("al-Muhandis") == "al muhandis"
    assert fold("ʿAbd al-ʿAziz") == "abd al aziz"


def test_arabic_script_is_transliterated():
    assert fold("بغداد") == "bghdd"


def test_name_parts_recognise_article_kunya_and_nasab():
    parts = name_parts("Abu Mahdi al-Muhandis")
    assert parts.kunya == "abu mahdi"
    assert "al" not in parts.words
    assert name_parts("Osama bin Laden").nasab == ("bin laden",)


def test_titles_are_stripped():
    titles = {"lt gen", "gen", "sheikh", "grand ayatollah"}
    assert strip_titles("Lt. Gen. Qais Khalaf Rahima", titles) == "Qais Khalaf Rahima"
    assert strip_titles("Grand Ayatollah Ali al-Sistani", titles) == "Ali al-Sistani"
    assert strip_titles("Sheikh", titles) == "Sheikh"


def test_initials_skip_articles_and_function_words():
    assert initials("Kata'ib Hezbollah") == "KH"
    assert initials("Asa'ib Ahl al-Haq") == "AAH"
    assert initials("Islamic Revolutionary Guard Corps") == "IRGC"
