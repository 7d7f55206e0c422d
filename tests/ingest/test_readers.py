"""Each reader turns a well-formed file into the Document it describes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from shabaka.errors import InputError, UsageError
from shabaka.ingest import iter_documents, read_file, read_text
from shabaka.model import Document, content_hash

BODY = (
    "Commanders of several armed groups met in the capital on Sunday to discuss the "
    "withdrawal of foreign troops, according to two people who attended the meeting."
)
SECOND = (
    "The meeting lasted more than three hours and ended without a joint statement, "
    "the attendees said on condition of anonymity."
)

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Militia leaders meet in the capital | The Daily Example</title>
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-06-14T09:30:00Z">
<meta property="og:site_name" content="The Daily Example">
<link rel="canonical" href="https://news.example.org/2021/militia-leaders">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news desk</a></li>
<li><a href="/about">About our newsroom</a></li></ul></nav>
<main><article>
<h1>Militia leaders meet in the capital</h1>
<p>{BODY}</p>
<p>Advertisement</p>
<p>{SECOND}</p>
<p>Follow us on Twitter</p>
<p>Officials in the prime minister's office declined to comment on the talks when
reached by telephone later that evening.</p>
</article></main>
<footer><p>Newsletter archive and reader services</p><p>Privacy policy</p></footer>
</body></html>"""


def one(path: Path, **options: object) -> Document:
    """The single Document a file yields (failing loudly on an InputError)."""
    results = list(read_file(path, max_bytes=options.pop("max_bytes", 10**7), **options))
    assert len(results) == 1, results
    assert isinstance(results[0], Document), results[0]
    return results[0]


def test_plain_text_with_header_fields(tmp_path: Path) -> None:
    raw = (
        f"Title: Militia leaders meet\nAuthor: Jane Doe\nOutlet: The Example Review\n"
        f"Published: 2019-04-18\n\n{BODY}\n\n{SECOND}\n"
    )
    path = tmp_path / "story.txt"
    path.write_text(raw, encoding="utf-8")
    document = one(path)
    assert document.origin == str(path)
    assert document.format == "txt"
    assert document.content_hash == content_hash(path.read_bytes())
    assert document.text == raw  # header lines are read, not removed
    assert (document.title, document.author, document.outlet, document.published) == (
        "Militia leaders meet",
        "Jane Doe",
        "The Example Review",
        "2019-04-18",
    )
    assert document.removed == ()
    assert document.url is None


def test_text_furniture_is_removed_and_recorded(tmp_path: Path) -> None:
    path = tmp_path / "page.text"
    path.write_text(f"Follow us on social\n\nA headline here\n\n{BODY}\nShare\n{SECOND}\n")
    document = one(path)
    assert document.text == f"\nA headline here\n\n{BODY}\n{SECOND}\n"
    assert [(r.rule, r.text) for r in document.removed] == [
        ("follow-us", "Follow us on social\n"),
        ("share-prompt", "Share\n"),
    ]
    assert document.title == "A headline here"


def test_windows_line_endings_become_newlines_only(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(f"Headline\r\n\r\n{BODY}\r\n".encode())
    document = one(path)
    assert document.text == f"Headline\n\n{BODY}\n"
    assert document.content_hash == content_hash(path.read_bytes())


def test_markdown_heading_gives_title_and_stays_in_text(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(f"## Militia leaders meet ##\n\nBy Jane Doe\n\n{BODY}\n")
    document = one(path)
    assert document.format == "md"
    assert document.title == "Militia leaders meet"
    assert document.author == "Jane Doe"
    assert document.text.startswith("## Militia leaders meet ##\n")


def test_html_main_text_metadata_and_furniture(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    document = one(path)
    assert document.format == "html"
    assert document.content_hash == content_hash(path.read_bytes())
    assert BODY in document.text and SECOND in document.text
    for boilerplate in (
        "World news desk",
        "About our newsroom",
        "Privacy policy",
        "Newsletter archive",
    ):
        assert boilerplate not in document.text
    assert "Advertisement" not in document.text and "Follow us on Twitter" not in document.text
    assert {r.rule for r in document.removed} == {"advertisement", "follow-us"}
    assert document.title.startswith("Militia leaders meet in the capital")
    assert document.author == "Jane Doe"
    assert document.published == "2021-06-14"
    assert document.outlet == "The Daily Example"
    assert document.url == "https://news.example.org/2021/militia-leaders"


def test_html_from_memory_reads_the_same(tmp_path: Path) -> None:
    document = read_text(PAGE, origin="memory.html", format="html")
    assert BODY in document.text and document.author == "Jane Doe"


def test_html_without_stated_date_has_none(tmp_path: Path) -> None:
    page = PAGE.replace(
        '<meta property="article:published_time" content="2021-06-14T09:30:00Z">', ""
    )
    page = page.replace("/2021/", "/")
    document = read_text(page, origin="page.html", format="html")
    assert document.published is None


def test_pdf_pages_and_properties(tmp_path: Path, make_pdf) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(
        make_pdf(
            [f"First page opens here.\n{BODY}", "Second page closes the report."],
            {
                "Title": "Iraq Security Review",
                "Author": "Jane Doe",
                "CreationDate": "D:20190418120000Z",
            },
        )
    )
    document = one(path)
    assert document.format == "pdf"
    first, second = document.text.split("\n\n")
    assert first.startswith("First page opens here.") and BODY in first
    assert second.strip() == "Second page closes the report."
    assert (document.title, document.author, document.published) == (
        "Iraq Security Review",
        "Jane Doe",
        "2019-04-18",
    )
    assert document.content_hash == content_hash(path.read_bytes())


@pytest.mark.parametrize(
    ("title", "author"),
    [("Microsoft Word - draft_v3.docx", "Administrator"), ("report-final.pdf", "user"), ("  ", "")],
)
def test_pdf_placeholder_properties_are_ignored(tmp_path: Path, make_pdf, title, author) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(["Some text on the page."], {"Title": title, "Author": author}))
    document = one(path)
    assert (document.title, document.author, document.published) == (None, None, None)


def test_pdf_locked_only_against_editing_is_read(tmp_path: Path, make_pdf) -> None:
    writer = PdfWriter(clone_from=PdfReader(_pdf_file(tmp_path, make_pdf)))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm="AES-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert "Some text on the page." in one(path).text


def _pdf_file(tmp_path: Path, make_pdf) -> Path:
    path = tmp_path / "plain.pdf"
    path.write_bytes(make_pdf(["Some text on the page."]))
    return path


def test_docx_paragraphs_table_and_properties(tmp_path: Path, make_docx) -> None:
    path = tmp_path / "brief.docx"
    path.write_bytes(
        make_docx(
            ["Militia leaders meet", BODY, "", SECOND],
            table=[["Group", "Leader"], ["Example Brigade", "John Roe"]],
            title="Militia leaders meet",
            author="Jane Doe",
            created=dt.datetime(2020, 1, 5, 10, 0, tzinfo=dt.UTC),
        )
    )
    document = one(path)
    assert document.format == "docx"
    assert document.text == "\n\n".join(
        ["Militia leaders meet", BODY, SECOND, "Group", "Leader", "Example Brigade", "John Roe"]
    )
    assert (document.title, document.author, document.published) == (
        "Militia leaders meet",
        "Jane Doe",
        "2020-01-05",
    )


def test_docx_template_defaults_are_not_metadata(tmp_path: Path, make_docx) -> None:
    path = tmp_path / "bare.docx"
    path.write_bytes(make_docx([BODY]))
    document = one(path)
    assert (document.title, document.author, document.published) == (None, None, None)


def test_jsonl_one_document_per_line(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "text": f"{BODY}\nShare\n",
                "title": "Leaders meet",
                "author": "Jane Doe",
                "published": "Jan 5, 2020",
                "url": "https://example.org/a",
                "outlet": "Wire",
            }
        ),
        "",
        json.dumps({"text": SECOND, "published": "not a date"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = list(read_file(path, max_bytes=10**6))
    assert first.origin == f"{path}#L1" and second.origin == f"{path}#L3"
    assert first.format == second.format == "jsonl"
    assert first.content_hash == content_hash(lines[0].encode())
    assert first.text == f"{BODY}\n" and first.removed[0].rule == "share-prompt"
    assert (first.title, first.author, first.outlet, first.published, first.url) == (
        "Leaders meet",
        "Jane Doe",
        "Wire",
        "2020-01-05",
        "https://example.org/a",
    )
    assert (second.title, second.author, second.published, second.url) == (None, None, None, None)


def test_ndjson_is_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "feed.ndjson"
    path.write_text(json.dumps({"text": BODY}) + "\n")
    assert one(path).format == "jsonl"


def test_read_text_metadata_given_wins_over_text() -> None:
    document = read_text(
        f"Title: From the text\nAuthor: Text Author\n\n{BODY}",
        origin="api:1",
        title="Given title",
        published="2020-03",
        confidential=True,
    )
    assert document.title == "Given title"
    assert document.author == "Text Author"
    assert document.published == "2020-03"
    assert document.confidential is True
    assert document.content_hash == content_hash(
        f"Title: From the text\nAuthor: Text Author\n\n{BODY}"
    )


def test_read_text_refuses_unknown_metadata_and_formats() -> None:
    with pytest.raises(UsageError, match="unknown document metadata"):
        read_text(BODY, origin="api:1", headline="x")
    with pytest.raises(UsageError, match="cannot read 'pdf'"):
        read_text(BODY, origin="api:1", format="pdf")
    with pytest.raises(InputError, match="only whitespace"):
        read_text(" \n\t", origin="api:1")


def test_folders_globs_and_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".git").mkdir()
    for name in (
        "b/deep/z.txt",
        "b/a.md",
        "c.txt",
        "a.txt",
        ".git/x.txt",
        "b/skip.png",
        ".hidden.txt",
    ):
        (tmp_path / name).write_text(f"Headline {name}\n\n{BODY}\n")
    origins = [d.origin for d in iter_documents([tmp_path])]
    assert origins == [str(tmp_path / n) for n in ("a.txt", "b/a.md", "b/deep/z.txt", "c.txt")]

    assert [d.origin for d in iter_documents([f"{tmp_path}/*.txt"])] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "c.txt"),
    ]
    assert [d.origin for d in iter_documents([f"{tmp_path}/**/*.md"])] == [str(tmp_path / "b/a.md")]
    # One path on its own, and the same file named twice, are each read once.
    assert len(list(iter_documents(str(tmp_path / "a.txt")))) == 1
    assert len(list(iter_documents([tmp_path / "a.txt", f"{tmp_path}/a.*"]))) == 1


def test_confidential_flag_reaches_every_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": BODY}))
    documents = list(iter_documents([tmp_path], confidential=True))
    assert len(documents) == 2 and all(d.confidential for d in documents)


def test_docx_merged_cells_are_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Merged heading"
    table.cell(1, 0).text, table.cell(1, 1).text = "Left", "Right"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    assert one(path).text == "Merged heading\n\nLeft\n\nRight"


def test_a_well_formed_10_mb_page_is_read_whole(tmp_path):
    sentence = "Commanders of several armed groups met in the capital on day {} to discuss the withdrawal. "
    body = "".join(sentence.format(i) for i in range(110_000))  # one paragraph past 10 MB
    page = tmp_path / "report.html"
    page.write_text(f"<html><head><title>Annual report</title></head><body><article><p>{body}</p>"
                    "</article></body></html>", encoding="utf-8")
    assert page.stat().st_size > 10_000_000
    [document] = list(read_file(page, max_bytes=20_000_000))
    assert isinstance(document, Document), document
    assert document.text.rstrip().endswith("on day 109999 to discuss the withdrawal.")
    assert len(document.text) > 10_000_000
