"""One reader per file format, each ending in Documents or InputErrors.

Every reader takes the file's bytes and yields cleaned Documents; anything
wrong with the input becomes an InputError with a one-line reason, so that
one bad file (or JSONL line) never stops a batch.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import io
import json
import os
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from configparser import ConfigParser
from functools import cache, partial
from pathlib import Path

import docx
from docx.table import Table
from pypdf import PdfReader

from shabaka.errors import InputError, UsageError
from shabaka.ingest.cleaning import clean
from shabaka.ingest.encoding import decode, looks_binary
from shabaka.ingest.metadata import (
    Metadata,
    find_metadata,
    iso_from_datetime,
    parse_date,
    plausible_author,
    plausible_title,
)
from shabaka.model import Document, content_hash

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
METADATA_FIELDS = ("title", "author", "outlet", "published", "url")

# python-docx stamps documents made from its template with this creation time:
# it is the template's date, not the document's.
_DOCX_TEMPLATE_CREATED = dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.UTC)

Reader = Callable[[bytes, str, int, bool], Iterator[Document | InputError]]


def format_of(path: Path) -> str | None:
    """The format name for a file name ('txt', 'pdf' ...), None if unsupported."""
    return FORMATS.get(path.suffix.lower())


def read_file(
    path: Path, *, max_bytes: int, confidential: bool = False
) -> Iterator[Document | InputError]:
    """Read one file: its Documents (one per JSONL line) or the InputErrors saying why not."""
    origin = str(path)
    try:
        fmt = format_of(Path(path))
        if fmt is None:
            suffix = Path(path).suffix or "(none)"
            raise InputError(
                origin,
                f"has an unsupported file type {suffix}; Shabaka reads "
                ".txt, .md, .html, .pdf, .docx and .jsonl files",
            )
        data = _read_bytes(Path(path), origin, max_bytes)
        yield from _READERS[fmt](data, origin, max_bytes, confidential)
    except InputError as exc:
        yield exc
    except Exception as exc:  # a library's failure on a bad file must not end the batch
        yield InputError(origin, _unexpected(exc))


def read_text(
    text: str, *, origin: str, format: str = "txt", confidential: bool = False, **metadata: object
) -> Document:
    """Clean and build a Document from text already in memory.

    `format` 'html' takes HTML markup. Metadata given as keywords (title, author,
    outlet, published, url) wins over what the text itself says. Raises
    InputError when no text is left, UsageError for an unknown format or keyword.
    """
    return _from_text(
        text,
        origin=origin,
        format=format,
        digest=content_hash(text),
        confidential=confidential,
        given=metadata,
        max_bytes=DEFAULT_MAX_BYTES,
    )


def _from_text(
    text: str,
    *,
    origin: str,
    format: str,
    digest: str,
    confidential: bool,
    given: Mapping[str, object],
    max_bytes: int,
) -> Document:
    """The shared path of text, Markdown, HTML and JSONL: extract, clean, read metadata."""
    unknown = sorted(set(given) - set(METADATA_FIELDS))
    if unknown:
        raise UsageError(f"unknown document metadata {unknown}; use {list(METADATA_FIELDS)}")
    found: Metadata | None = None
    if format == "html":
        text, found = _extract_html(text, origin, max_bytes)
    elif format == "jsonl":
        found = Metadata()  # a feed's fields are explicit; its text is not a page with a header
    elif format not in ("txt", "md"):
        raise UsageError(f"cannot read {format!r} from text; use txt, md, html or jsonl")
    if not text.strip():
        raise InputError(origin, "contains only whitespace")
    cleaned, removed = clean(text)
    if not cleaned.strip():
        raise InputError(origin, "has nothing but page furniture (share buttons, credits ...)")
    if found is None:
        found = find_metadata(cleaned)
    document = _document(cleaned, origin, format, digest, confidential, found, given)
    document.removed = removed
    return document


def _document(
    text: str,
    origin: str,
    format: str,
    digest: str,
    confidential: bool,
    found: Metadata,
    given: Mapping[str, object] | None = None,
) -> Document:
    """Assemble a Document; metadata given explicitly wins over metadata found."""
    values: dict[str, str | None] = {
        "title": found.title,
        "author": found.author,
        "outlet": found.outlet,
        "published": found.published,
        "url": found.url,
    }
    for key, value in (given or {}).items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, str) and value.strip():
            values[key] = value.strip()
    if values["published"]:
        values["published"] = parse_date(values["published"])
    return Document(
        origin=origin,
        text=text.replace("\r\n", "\n"),
        format=format,
        content_hash=digest,
        confidential=confidential,
        **values,
    )


def _read_bytes(path: Path, origin: str, max_bytes: int) -> bytes:
    """The file's bytes, refusing missing, special, empty and oversized files."""
    try:
        if path.is_dir():
            raise InputError(origin, "is a folder, not a file")
        if not path.exists():
            raise InputError(origin, _missing(path))
        if not path.is_file():
            raise InputError(origin, "is not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(origin, _too_large(size, max_bytes))
        with path.open("rb") as handle:
            # one byte past what stat() saw tells if the file grew since; never a max-size buffer
            data = handle.read(min(size, max_bytes) + 1)
    except PermissionError:
        raise InputError(origin, "cannot be opened: permission denied") from None
    except OSError as exc:
        raise InputError(origin, f"cannot be opened: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(origin, _too_large(len(data), max_bytes))
    if not data:
        raise InputError(origin, "is empty")
    if not data.strip():
        raise InputError(origin, "contains only whitespace")
    return data


def _read_plain(
    data: bytes, origin: str, max_bytes: int, confidential: bool, format: str
) -> Iterator[Document]:
    """Text, Markdown and HTML: decode, then the shared text path."""
    decoded = decode(data, origin)
    document = _from_text(
        decoded.text,
        origin=origin,
        format=format,
        digest=content_hash(data),
        confidential=confidential,
        given={},
        max_bytes=max_bytes,
    )
    document.encoding, document.encoding_confidence = decoded.encoding, decoded.confidence
    yield document


@cache
def _trafilatura_config(max_bytes: int) -> ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))  # our limit, not its 20 MB
    return config


def _extract_html(markup: str, origin: str, max_bytes: int) -> tuple[str, Metadata]:
    """Main text and metadata of a page, via trafilatura; boilerplate left behind."""
    import trafilatura  # slow to import; only HTML needs it

    for precision in (True, False):  # favour precision; settle for recall before nothing
        result = trafilatura.bare_extraction(
            _html_tree(markup),
            include_comments=False,
            favor_precision=precision,
            with_metadata=True,
            # Only dates the markup states: no guessing from the body or the URL.
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=_trafilatura_config(max_bytes),
        )
        if result is not None and (result.text or "").strip():
            break
    else:
        raise InputError(origin, "has no readable text (truncated or malformed HTML?)")
    found = Metadata(
        title=_stripped(result.title),
        author=_stripped(result.author),
        outlet=_stripped(result.sitename),
        published=parse_date(result.date or ""),
        url=_stripped(result.url),
    )
    return result.text, found


def _missing(path: Path) -> str:
    """Why a path that does not exist as a file does not: a link loop, a broken link, or nothing."""
    if not path.is_symlink():
        return "does not exist"
    try:
        path.resolve(strict=True)
    except RuntimeError:  # Python 3.11 reports a loop this way
        return "is a symbolic link loop"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a symbolic link loop"
    return f"is a symbolic link to {os.readlink(path)}, which does not exist"


def _html_tree(markup: str):
    """The page parsed as trafilatura would, but with no cap on a text node's size: libxml2
    otherwise drops any text past 10 MB in one node, and the page seems empty or cut."""
    from lxml.html import HTMLParser, document_fromstring

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                        remove_pis=True, huge_tree=True)
    try:
        return document_fromstring(markup.encode("utf-8"), parser=parser)
    except Exception:
        return markup  # trafilatura's own parsing and repairs have the last word


def _read_pdf(data: bytes, origin: str, max_bytes: int, confidential: bool) -> Iterator[Document]:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):  # "" opens owner-only locks
            raise InputError(
                origin, "is an encrypted PDF; save a copy without a password and read that"
            )
        pages = list(reader.pages)
    except InputError:
        raise
    except Exception as exc:
        reason = f"is not a readable PDF (corrupt or truncated: {_brief(exc)})"
        raise InputError(origin, reason) from None
    if not pages:
        raise InputError(origin, "is not a readable PDF (it has no pages)")
    texts: list[str] = []
    size = 0
    for number, page in enumerate(pages, 1):
        try:
            text = page.extract_text() or ""
        except Exception as exc:
            reason = f"is not a readable PDF (page {number} is damaged: {_brief(exc)})"
            raise InputError(origin, reason) from None
        size += len(text.encode("utf-8", "surrogatepass"))
        if size > max_bytes:  # a decompression bomb, or a genuinely huge report
            raise InputError(
                origin,
                f"holds more than {_human(max_bytes)} of text; raise the "
                "limit with --max-bytes if it is genuine",
            )
        texts.append(text)
    text = "\n\n".join(texts)
    if not text.strip():
        raise InputError(origin, "has no text layer (scanned?); run OCR on it first")
    info = _safely(lambda: reader.metadata)
    found = Metadata()
    if info is not None:
        title = _safely(lambda: info.title)
        author = _safely(lambda: info.author)
        found.title = title.strip() if plausible_title(title) else None
        found.author = author.strip() if plausible_author(author) else None
        found.published = iso_from_datetime(_safely(lambda: info.creation_date))
    yield _document(text, origin, "pdf", content_hash(data), confidential, found)


def _read_docx(data: bytes, origin: str, max_bytes: int, confidential: bool) -> Iterator[Document]:
    try:
        document = docx.Document(io.BytesIO(_docx_text_parts(data, origin, max_bytes)))
    except InputError:
        raise
    except Exception:
        raise InputError(origin, _DOCX_CORRUPT) from None
    parts: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            parts.extend(_cell_texts(block))
        else:
            parts.append(block.text)
    text = "\n\n".join(part.strip() for part in parts if part.strip())
    if not text:
        raise InputError(origin, "has no text")
    props = document.core_properties
    created = _safely(lambda: props.created)
    found = Metadata(
        title=props.title.strip() if plausible_title(props.title) else None,
        author=props.author.strip() if plausible_author(props.author) else None,
        published=None if created == _DOCX_TEMPLATE_CREATED else iso_from_datetime(created),
    )
    yield _document(text, origin, "docx", content_hash(data), confidential, found)


_DOCX_CORRUPT = "is not a readable DOCX (corrupt, or not a Word document)"
# A member inflating more than this many times, once past _BOMB_FLOOR bytes, is a zip bomb:
# Word's XML deflates some 5 to 30 times, images and fonts hardly at all.
_MAX_RATIO = 100
_BOMB_FLOOR = 1 << 20


def _docx_text_parts(data: bytes, origin: str, max_bytes: int) -> bytes:
    """The archive again with only its XML and relationship parts inflated, each checked first.

    Every member's declared size and compression ratio is checked before anything is
    inflated, the text parts are inflated no further than the limit (a header may lie),
    and the rest (images, fonts, embedded files) become empty parts never inflated.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            text = {id(info) for info in members if info.filename.endswith((".xml", ".rels"))}
            for info in members:
                ratio = info.file_size / max(info.compress_size, 1)
                if (info.file_size > _BOMB_FLOOR and ratio > _MAX_RATIO) or (
                        id(info) not in text and info.file_size > max_bytes):
                    size = _human(info.file_size)
                    raise InputError(origin, f"holds {info.filename} that unpacks to {size} "
                                             f"({ratio:.0f} times its packed size): a zip bomb?")
            if sum(info.file_size for info in members if id(info) in text) > max_bytes:
                raise InputError(origin, f"unpacks to more than {_human(max_bytes)}; raise the limit "
                                         "with --max-bytes if it is genuine")
            out = io.BytesIO()
            left = max_bytes
            with zipfile.ZipFile(out, "w") as copy:
                for info in members:
                    if id(info) in text:
                        with archive.open(info) as member:
                            part = member.read(left + 1)
                        if len(part) > left:
                            raise InputError(origin, f"unpacks to more than {_human(max_bytes)}")
                        left -= len(part)
                    else:
                        part = b""
                    copy.writestr(info.filename, part)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, zlib.error):
        raise InputError(origin, _DOCX_CORRUPT) from None
    return out.getvalue()


def _cell_texts(table: Table) -> Iterator[str]:
    """Each cell's text once (a merged cell appears in every row it spans)."""
    seen: set[object] = set()  # the cells' XML elements; holding them keeps identity stable
    for row in table.rows:
        for cell in row.cells:
            if cell._tc not in seen:
                seen.add(cell._tc)
                yield cell.text


def _read_jsonl(
    data: bytes, origin: str, max_bytes: int, confidential: bool
) -> Iterator[Document | InputError]:
    """One Document per line; a bad line is an InputError and the rest go on."""
    if looks_binary(data):
        raise InputError(origin, "looks like a binary file, not JSON Lines")
    for number, raw in enumerate(data.removeprefix(codecs.BOM_UTF8).split(b"\n"), 1):
        line = raw.rstrip(b"\r")
        if not line.strip():
            continue
        line_origin = f"{origin}#L{number}"
        try:
            yield _jsonl_document(line, line_origin, number, confidential, max_bytes)
        except InputError as exc:
            yield exc
        except Exception as exc:
            yield InputError(line_origin, f"line {number}: {_unexpected(exc)}")


def _jsonl_document(
    line: bytes, origin: str, number: int, confidential: bool, max_bytes: int
) -> Document:
    try:
        record = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(origin, f"line {number}: not valid UTF-8") from None
    except json.JSONDecodeError as exc:
        reason = f"line {number}: not valid JSON (at column {exc.colno})"
        raise InputError(origin, reason) from None
    if not isinstance(record, dict):
        raise InputError(origin, f"line {number}: not a JSON object")
    if "text" not in record:
        raise InputError(origin, f"line {number}: no 'text' field")
    text = record["text"]
    if not isinstance(text, str):
        raise InputError(origin, f"line {number}: 'text' is not a string")
    if not text.strip():
        raise InputError(origin, f"line {number}: 'text' is empty")
    given = {key: record[key] for key in METADATA_FIELDS if key in record}
    return _from_text(
        text,
        origin=origin,
        format="jsonl",
        digest=content_hash(line),
        confidential=confidential,
        given=given,
        max_bytes=max_bytes,
    )


_READERS: dict[str, Reader] = {
    "txt": partial(_read_plain, format="txt"),
    "md": partial(_read_plain, format="md"),
    "html": partial(_read_plain, format="html"),
    "pdf": _read_pdf,
    "docx": _read_docx,
    "jsonl": _read_jsonl,
}


def _safely(get: Callable[[], object]) -> object:
    """A property of a damaged file, or None if reading it fails."""
    try:
        return get()
    except Exception:
        return None


def _stripped(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _human(size: int) -> str:
    """'63.2 MB', '50 MB', '900 bytes'."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def _too_large(size: int, max_bytes: int) -> str:
    return f"is {_human(size)}, over the {_human(max_bytes)} limit; raise it with --max-bytes"


def _brief(exc: BaseException) -> str:
    """An exception as one short line."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return message[:160]


def _unexpected(exc: BaseException) -> str:
    return f"could not be read ({type(exc).__name__}: {_brief(exc)})"
