"""Bad inputs become InputErrors with a reason a user understands; the batch goes on."""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from shabaka.errors import InputError
from shabaka.ingest import iter_documents, read_file, readers
from shabaka.ingest.encoding import LOW_CONFIDENCE
from shabaka.model import Document

STORY = (
    "Commanders of several armed groups met in the capital on Sunday to discuss the "
    "withdrawal of foreign troops, according to two people who attended the meeting.\n"
)
FRENCH = "Le général a déclaré à la presse que les forces étaient prêtes à reprendre la ville.\n"
ARABIC = (
    "قال مسؤولون إن قادة الفصائل المسلحة اجتمعوا في العاصمة يوم الأحد لمناقشة انسحاب "
    "القوات الأجنبية من البلاد، وفقا لشخصين حضرا الاجتماع.\n"
)


def _encrypted_pdf(build_pdf: Callable[..., bytes]) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(build_pdf(["Secret text."]))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# name -> (file bytes, or a builder taking the conftest PDF builder), reason expected
BAD_FILES: dict[str, tuple[bytes | Callable[..., bytes], str]] = {
    "image.txt": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "looks like a binary file",
    ),
    "controls.txt": (
        bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + STORY.encode(),
        "looks like a binary file",
    ),
    "empty.txt": (b"", "is empty"),
    "blank.md": (b" \n\t\r\n  \n", "contains only whitespace"),
    "mixed.txt": (
        (FRENCH.encode() + FRENCH.encode("latin-1")) * 3,
        "mixes UTF-8 with another encoding",
    ),
    "garbage.txt": (bytes(range(0x80, 0x100)) * 4, "is not UTF-8"),
    "bad-bom.txt": (b"\xff\xfe" + b"\x00\xd8", "byte-order mark"),
    "cut.html": (b"<html><head><title>A page</title><script>var a = '", "has no readable text"),
    "empty.html": (
        b"<html><head><style>p {}</style></head><body><div><span></span></div></body></html>",
        "has no readable text",
    ),
    "locked.pdf": (_encrypted_pdf, "is an encrypted PDF"),
    "broken.pdf": (b"%PDF-1.4\n" + bytes(range(256)) * 8, "is not a readable PDF"),
    "scan.pdf": (lambda build_pdf: build_pdf([""]), "has no text layer (scanned?)"),
    "junk.docx": (b"PK\x03\x04" + bytes(range(256)) * 4, "is not a readable DOCX"),
    "notword.docx": (_zip({"hello.txt": b"not a word document"}), "is not a readable DOCX"),
    "furniture.txt": (b"Share\nTweet\n\nAdvertisement\n", "has nothing but page furniture"),
    "notes.xyz": (STORY.encode(), "has an unsupported file type .xyz"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_yields_one_input_error(tmp_path: Path, make_pdf, name: str) -> None:
    content, reason = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(content(make_pdf) if callable(content) else content)
    [result] = list(read_file(path, max_bytes=10**6))
    assert isinstance(result, InputError)
    assert result.origin == str(path)
    assert reason in result.reason
    assert "\n" not in result.reason
    assert str(result) == f"{path}: {result.reason}"


def test_good_files_survive_a_batch_of_bad_ones(tmp_path: Path, make_pdf) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    for name, (content, _) in BAD_FILES.items():
        (bad / name).write_bytes(content(make_pdf) if callable(content) else content)
    (tmp_path / "good-1.txt").write_text(STORY)
    (bad / "zz-good-2.txt").write_text(STORY)
    results = list(iter_documents([tmp_path / "good-1.txt", bad, tmp_path / "missing.txt"]))
    documents = [r.origin for r in results if isinstance(r, Document)]
    errors = {r.origin: r.reason for r in results if isinstance(r, InputError)}
    assert documents == [str(tmp_path / "good-1.txt"), str(bad / "zz-good-2.txt")]
    # notes.xyz sits in a folder, so it is skipped rather than reported.
    expected = {str(bad / n) for n in BAD_FILES if n != "notes.xyz"} | {
        str(tmp_path / "missing.txt")
    }
    assert set(errors) == expected
    assert errors[str(tmp_path / "missing.txt")] == "does not exist"


def test_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 50)
    [error] = list(read_file(path, max_bytes=100))
    assert error.reason == "is 250 bytes, over the 100 bytes limit; raise it with --max-bytes"


def test_size_limit_message_in_megabytes_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: nothing is written, nothing is read
        handle.truncate(int(63.2 * 1024 * 1024))
    [error] = list(iter_documents([path]))
    assert error.reason == "is 63.2 MB, over the 50 MB limit; raise it with --max-bytes"


def test_pdf_text_beyond_the_limit_is_refused(tmp_path: Path, make_pdf) -> None:
    writer = PdfWriter(
        clone_from=PdfReader(io.BytesIO(make_pdf(["\n".join(["x" * 90] * 300)] * 3)))
    )
    for page in writer.pages:
        page.compress_content_streams()  # 80 KB of text squeezed into a small file
    path = tmp_path / "bomb.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    limit = path.stat().st_size + 100
    assert limit < 20_000
    [error] = list(read_file(path, max_bytes=limit))
    assert isinstance(error, InputError)
    assert error.reason.startswith(f"holds more than {readers._human(limit)} of text")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (FRENCH.encode("latin-1"), FRENCH),
        (ARABIC.encode("cp1256"), ARABIC),
        (
            (STORY.replace("said", "\u201csaid\u2019") * 2).encode("cp1252"),
            STORY.replace("said", "\u201csaid\u2019") * 2,
        ),
        (FRENCH.encode("utf-16"), FRENCH),
        (b"\xef\xbb\xbf" + FRENCH.encode(), FRENCH),
    ],
    ids=["latin-1", "cp1256-arabic", "cp1252-quotes", "utf-16-bom", "utf-8-bom"],
)
def test_legacy_encodings_are_decoded(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(data)
    [document] = list(read_file(path, max_bytes=10**6))
    assert isinstance(document, Document), document
    assert document.text == expected


@pytest.mark.parametrize("text", [
    "\u00c0 Bagdad, le g\u00e9n\u00e9ral a d\u00e9clar\u00e9 que la s\u00e9curit\u00e9 "
    "\u00e9tait r\u00e9tablie.\n",
    FRENCH,
])
def test_latin_1_french_is_read_as_western_text_with_confidence(tmp_path: Path, text: str) -> None:
    path = tmp_path / "depeche.txt"
    path.write_bytes(text.encode("latin-1"))
    [document] = list(read_file(path, max_bytes=10**6))
    assert document.text == text
    assert (document.encoding, document.encoding_confidence) == ("cp1252", 1.0)


def test_ascii_with_stray_bytes_is_not_read_as_arabic_and_says_it_is_unsure(tmp_path: Path) -> None:
    path = tmp_path / "paste.txt"
    path.write_bytes(STORY.encode().replace(b" the meeting", b" \xc7\xe1 the meeting"))
    [document] = list(read_file(path, max_bytes=10**6))
    assert document.encoding == "cp1252" and document.encoding_confidence < LOW_CONFIDENCE
    assert not any("\u0600" <= ch <= "\u06ff" for ch in document.text)
    assert document.text.startswith(STORY[:60])


def test_a_declared_encoding_is_believed(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    page = (f'<html><head><meta charset="windows-1256"><title>x</title></head>'
            f"<body><p>{ARABIC}</p></body></html>")
    path.write_bytes(page.encode("cp1256"))
    [document] = list(read_file(path, max_bytes=10**6))
    assert ARABIC.strip() in document.text and document.encoding == "cp1256"


def test_stray_invalid_byte_in_utf8_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "paste.txt"
    path.write_bytes((FRENCH * 3).encode() + b"caf\xe9 noir\n")
    [document] = list(read_file(path, max_bytes=10**6))
    assert isinstance(document, Document)
    assert document.text == FRENCH * 3 + "caf\ufffd noir\n"
    assert document.encoding == "utf-8" and document.encoding_confidence < 1


def test_truncated_html_keeps_the_text_it_has(tmp_path: Path) -> None:
    path = tmp_path / "cut.htm"
    paragraph = STORY.strip()
    path.write_text(
        f"<html><head><title>Cut</title></head><body><article><p>{paragraph}</p>"
        f"<p>{paragraph} Again and aga"
    )
    [document] = list(read_file(path, max_bytes=10**6))
    assert isinstance(document, Document) and paragraph in document.text


def test_bad_jsonl_lines_are_reported_and_good_lines_kept(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": STORY}),
        '{"text": "unterminated',
        json.dumps({"title": "No text here"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": 42}),
        "",
        json.dumps({"text": STORY, "title": "Last"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_bytes("\n".join(lines).encode() + b"\n" + b'{"text": "caf\xe9"}\n')
    results = list(read_file(path, max_bytes=10**6))
    summary = [(r.origin, r.reason if isinstance(r, InputError) else "ok") for r in results]
    assert summary == [
        (f"{path}#L1", "ok"),
        (f"{path}#L2", "line 2: not valid JSON (at column 10)"),
        (f"{path}#L3", "line 3: no 'text' field"),
        (f"{path}#L4", "line 4: not a JSON object"),
        (f"{path}#L5", "line 5: 'text' is empty"),
        (f"{path}#L6", "line 6: 'text' is not a string"),
        (f"{path}#L8", "ok"),
        (f"{path}#L9", "line 9: not valid UTF-8"),
    ]


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("nowhere/missing.txt", "does not exist"),
        ("", "is an empty path"),
        ("nowhere/*.pdf", "matches no files Shabaka can read"),
    ],
)
def test_paths_that_name_nothing(given: str, reason: str) -> None:
    [error] = list(iter_documents([given]))
    assert (error.origin, error.reason.split(" (")[0]) == (given, reason)


def test_folder_without_readable_files(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    [error] = list(iter_documents([tmp_path]))
    assert error.origin == str(tmp_path)
    assert error.reason.startswith("is a folder with no files Shabaka can read")


def test_library_failures_never_escape(tmp_path: Path, monkeypatch) -> None:
    real_clean = readers.clean

    def fragile_clean(text: str):  # a library that chokes on one input
        if "boom" in text:
            raise RuntimeError("internal parser state\nwith a second line")
        return real_clean(text)

    monkeypatch.setattr(readers, "clean", fragile_clean)
    (tmp_path / "a.txt").write_text(f"boom\n{STORY}")
    (tmp_path / "b.jsonl").write_text(
        "\n".join(json.dumps({"text": t}) for t in (STORY, "boom", STORY))
    )
    (tmp_path / "c.txt").write_text(STORY)
    results = [
        (r.origin, r.reason if isinstance(r, InputError) else "ok")
        for r in iter_documents([tmp_path])
    ]
    assert results == [
        (str(tmp_path / "a.txt"), "could not be read (RuntimeError: internal parser state)"),
        (f"{tmp_path / 'b.jsonl'}#L1", "ok"),
        (
            f"{tmp_path / 'b.jsonl'}#L2",
            "line 2: could not be read (RuntimeError: internal parser state)",
        ),
        (f"{tmp_path / 'b.jsonl'}#L3", "ok"),
        (str(tmp_path / "c.txt"), "ok"),
    ]


def test_pdf_limit_counts_the_whole_document_not_each_page(tmp_path: Path, make_pdf) -> None:
    """Ten pages of 9.7 KB each: every page is under a 10 KB limit, the document is not."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["\n".join(["y" * 97] * 100)] * 10))))
    for page in writer.pages:
        page.compress_content_streams()
    path = tmp_path / "many-pages.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert path.stat().st_size < 10_000
    [error] = list(read_file(path, max_bytes=10_000))
    assert isinstance(error, InputError)
    assert error.reason.startswith("holds more than 9.8 KB of text")
    [document] = list(read_file(path, max_bytes=100_000))  # the same file under a higher limit is read
    assert document.text.count("y" * 97) == 1000


@pytest.mark.parametrize("suffix", ["txt", "md", "html", "jsonl"])
def test_size_limit_is_exact_for_every_text_reader(tmp_path: Path, suffix: str) -> None:
    """A file of exactly the limit is read; one byte more is refused."""
    body = {"txt": "Kirkuk police said so. ", "md": "Kirkuk police said so. ",
            "html": "<html><body><p>Kirkuk police said so in a statement.</p></body></html>",
            "jsonl": '{"text": "Kirkuk police said so."}'}[suffix]
    path = tmp_path / f"doc.{suffix}"
    path.write_bytes(body.encode())
    size = path.stat().st_size
    [document] = list(read_file(path, max_bytes=size))
    assert not isinstance(document, InputError) and "Kirkuk" in document.text
    [error] = list(read_file(path, max_bytes=size - 1))
    assert isinstance(error, InputError) and "over the" in error.reason


def test_docx_that_unpacks_past_the_limit_is_refused(tmp_path: Path, make_docx) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(make_docx([STORY * 200]))
    [error] = list(read_file(path, max_bytes=path.stat().st_size + 100))
    assert isinstance(error, InputError)
    assert error.reason.startswith("unpacks to more than")


def _with_members(docx_bytes: bytes, extra: dict[str, bytes], rels: str = "") -> bytes:
    """The Word file with extra members, and relationships added to the document's part."""
    source = zipfile.ZipFile(io.BytesIO(docx_bytes))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            if info.filename == "[Content_Types].xml":
                png = b'<Default Extension="png" ContentType="image/png"/>'
                data = data.replace(b"</Types>", png + b"</Types>")
            archive.writestr(info, data)
        for name, data in extra.items():
            archive.writestr(name, data)
    return buffer.getvalue()


IMAGE_REL = ('<Relationship Id="rId99" Target="media/image1.png" Type="http://schemas.openxmlformats.org/'
             'officeDocument/2006/relationships/image"/>')
BOMB = 64 << 20  # inflated bytes; packed, some 64 KB


@pytest.mark.parametrize(("name", "build", "reason"), [
    ("image", lambda d: _with_members(d, {"word/media/image1.png": bytes(BOMB)}, IMAGE_REL),
     "holds word/media/image1.png that unpacks to 64 MB"),
    ("rels", lambda d: _with_members(d, {}, " " * BOMB), "holds word/_rels/document.xml.rels that unpacks"),
    ("many parts", lambda d: _with_members(d, {f"customXml/extra{i}.xml": STORY.encode() * 3000
                                               for i in range(12)}), "unpacks to more than 2 MB"),
])
def test_docx_bombs_are_refused_before_they_inflate(tmp_path: Path, make_docx, name, build, reason) -> None:
    import tracemalloc

    path = tmp_path / f"{name}.docx"
    path.write_bytes(build(make_docx([STORY])))
    assert path.stat().st_size < (2 << 20)
    tracemalloc.start()
    try:
        [error] = list(read_file(path, max_bytes=2 << 20))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(error, InputError), error
    assert reason in error.reason
    assert peak < 16 << 20  # never inflated: the bomb is 64 MB


def test_docx_images_are_not_inflated_to_read_the_text(tmp_path: Path, make_docx) -> None:
    path = tmp_path / "photo.docx"
    image = random.Random(0).randbytes(3 << 19)  # 1.5 MB that does not compress, like a photograph
    path.write_bytes(_with_members(make_docx([STORY]), {"word/media/image1.png": image}, IMAGE_REL))
    [document] = list(read_file(path, max_bytes=2 << 20))
    assert isinstance(document, Document), document
    assert document.text.strip() == STORY.strip()


def test_symlink_loops_and_broken_links_say_so(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    errors = list(iter_documents([tmp_path / "a.txt", tmp_path / "gone.txt"]))
    assert [(e.origin, e.reason) for e in errors] == [
        (str(tmp_path / "a.txt"), "is a symbolic link loop"),
        (str(tmp_path / "gone.txt"),
         f"is a symbolic link to {tmp_path / 'deleted.txt'}, which does not exist"),
    ]


def test_a_recursive_glob_never_follows_a_link_out_of_its_folder(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "corpus" / "2020").mkdir(parents=True)
    (tmp_path / "corpus" / "2020" / "report.txt").write_text(STORY)
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "diary.txt").write_text(FRENCH)
    (tmp_path / "corpus" / "elsewhere").symlink_to(tmp_path / "private")
    (tmp_path / "corpus" / "same").symlink_to(tmp_path / "corpus" / "2020")  # inside: fine
    monkeypatch.chdir(tmp_path)
    for pattern in (f"{tmp_path}/corpus/**/*.txt", "corpus/**/*.txt", "corpus/**"):
        found = [d.origin for d in iter_documents([pattern])]
        assert [Path(o).name for o in found] == ["report.txt"], pattern


def test_a_pdf_without_pages_and_a_docx_without_text_say_so(tmp_path: Path, make_pdf, make_docx) -> None:
    """Found by the mutation check: these two reasons were never read by a test."""
    empty_pdf = tmp_path / "empty.pdf"
    empty_pdf.write_bytes(make_pdf([]))
    empty_docx = tmp_path / "empty.docx"
    empty_docx.write_bytes(make_docx(["   ", ""]))
    results = [(e.origin, e.reason) for path in (empty_pdf, empty_docx)
               for e in read_file(path, max_bytes=10**6)]
    assert results == [(str(empty_pdf), "is not a readable PDF (it has no pages)"),
                       (str(empty_docx), "has no text")]


def test_a_folder_given_as_a_file_names_itself(tmp_path: Path) -> None:
    folder = tmp_path / "notes.txt"
    folder.mkdir()
    [error] = list(read_file(folder, max_bytes=10**6))
    assert (error.origin, error.reason) == (str(folder), "is a folder, not a file")
