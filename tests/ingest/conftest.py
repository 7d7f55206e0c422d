"""Builders for the files the ingest tests read: PDFs and DOCX made on the spot."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import docx
import pytest


def _pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def build_pdf(pages: list[str], info: dict[str, str] | None = None) -> bytes:
    """A minimal, valid PDF: one Helvetica text block per page, real xref offsets.

    A page given as "" gets a drawing but no text, like a scanned page.
    """
    page_ids = [4 + 2 * index for index in range(len(pages))]
    kids = " ".join(f"{page} 0 R" for page in page_ids)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for page_id, text in zip(page_ids, pages, strict=True):
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {page_id + 1} 0 R >>"
        )
        if text:
            lines = [f"{_pdf_string(line)} Tj T*" for line in text.split("\n")]
            content = "\n".join(["BT", "/F1 12 Tf", "14 TL", "72 720 Td", *lines, "ET"])
        else:
            content = "0.5 g 72 72 468 648 re f"
        objects.append(
            f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream"
        )
    trailer = f"/Size {len(objects) + 1 + bool(info)} /Root 1 0 R"
    if info:
        entries = " ".join(f"/{key} {_pdf_string(value)}" for key, value in info.items())
        objects.append(f"<< {entries} >>")
        trailer += f" /Info {len(objects)} 0 R"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def build_docx(
    paragraphs: list[str],
    *,
    table: list[list[str]] | None = None,
    title: str | None = None,
    author: str | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    """A Word document made with python-docx, with optional table and core properties."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    props = document.core_properties
    if title is not None:
        props.title = title
    if author is not None:
        props.author = author
    if created is not None:
        props.created = created
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    return build_pdf


@pytest.fixture
def make_docx() -> Callable[..., bytes]:
    return build_docx
