"""Ingest: files, folders and feeds in, cleaned Documents out.

No language processing happens here. Every input becomes either a Document or
an InputError saying what is wrong with it; nothing a user feeds in raises.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from shabaka.errors import InputError
from shabaka.ingest.readers import DEFAULT_MAX_BYTES, FORMATS, format_of, read_file, read_text
from shabaka.model import Document

__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "iter_documents", "read_file", "read_text"]

_GLOB_CHARS = frozenset("*?[")


def iter_documents(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    confidential: bool = False,
) -> Iterator[Document | InputError]:
    """Read every document that `paths` names, one by one.

    Paths may be files, folders (read recursively) or shell globs such as
    'reports/*.pdf' or '**/*.html'. Yields one Document per document (a JSONL
    file yields one per line) or one InputError per failure: a bad input never
    raises, and the batch goes on. Files are visited in sorted order.
    Unsupported extensions inside folders are skipped silently; a file named
    explicitly with an unsupported extension yields an InputError.
    """
    if isinstance(paths, str | Path):  # one path, not an iterable of characters
        paths = [paths]
    seen: set[str] = set()
    for given in paths:
        for found in _expand(str(given)):
            if isinstance(found, InputError):
                yield found
                continue
            key = os.path.realpath(found)
            if key not in seen:  # named twice (a folder and a glob inside it): read once
                seen.add(key)
                yield from read_file(found, max_bytes=max_bytes, confidential=confidential)


def _expand(given: str) -> Iterator[Path | InputError]:
    """The files one argument stands for, in sorted order, or why it stands for none."""
    path = Path(given)
    if not given.strip():  # Path("") is the current folder: never read that by accident
        yield InputError(given, "is an empty path")
    elif path.is_dir():
        files = _walk(path)
        if not files:
            yield InputError(given, f"is a folder with no files Shabaka can read ({_kinds()})")
        yield from files
    elif path.exists() or path.is_symlink():
        yield path  # named explicitly: an unsupported type is reported, not skipped
    elif _GLOB_CHARS & set(given):
        files = []
        inside = _fixed_root(given)
        for match in sorted(glob.glob(given, recursive=True)):
            candidate = Path(match)
            if not _within(candidate, inside):
                continue  # "**" follows a folder's symlinks; never out of the folder named
            if candidate.is_dir():
                files.extend(_walk(candidate))
            elif _readable(candidate.name):
                files.append(candidate)
        if not files:
            yield InputError(given, f"matches no files Shabaka can read ({_kinds()})")
        yield from sorted(files)
    else:
        yield InputError(given, "does not exist")


def _fixed_root(pattern: str) -> str:
    """The folder a glob pattern starts in: its path up to the first wildcard."""
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if _GLOB_CHARS & set(part)), len(parts))
    return os.path.realpath(Path(*parts[:fixed]) if fixed else ".")


def _within(path: Path, folder: str) -> bool:
    # a folder must really be inside; a file's folder must (the file may be a link on purpose)
    real = os.path.realpath(path if path.is_dir() else path.parent)
    return real == folder or real.startswith(folder.rstrip(os.sep) + os.sep)


def _walk(folder: Path) -> list[Path]:
    """Readable files under `folder`, sorted; hidden files and folders are skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(Path(root, name) for name in files if _readable(name))
    return sorted(found)


def _readable(name: str) -> bool:
    # "~$x.docx" is Word's lock file, not a document.
    return not name.startswith((".", "~$")) and format_of(Path(name)) is not None


def _kinds() -> str:
    return ", ".join(sorted(FORMATS))
