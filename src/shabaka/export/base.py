"""What every exporter shares: the `write(item)` / `finish()` interface and safe file output.

An item is a dict whose "kind" says what it is (see `shabaka.export.records`);
an exporter declares the kinds it wants, takes them one at a time, and only
`finish()` makes its files appear, so a failed export never leaves half a file
where a good one was.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import IO, ClassVar, Protocol

from shabaka.errors import UsageError

# characters XML 1.0 cannot carry at all, even escaped
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class Exporter(Protocol):
    """One export format. `kinds`: the item kinds it consumes; `complete`: it wants the whole
    knowledge base row by row (for a faithful copy) rather than the filtered, resolved view;
    `metrics`: it shows network metrics, so they are worth computing. An exporter may also
    define `abort()`, which `export()` calls instead of `finish()` when something failed, and
    `places = True` to have its items carry coordinates (`shabaka.geo`)."""

    kinds: ClassVar[frozenset[str]]
    complete: ClassVar[bool]
    metrics: ClassVar[bool]
    folder: ClassVar[bool]     # writes a folder of files rather than one file
    suffix: ClassVar[str]      # default file suffix or folder name ending

    def write(self, item: dict) -> None: ...

    def finish(self) -> list[Path]: ...


def xml_text(value: object) -> str:
    """A value as text XML can hold: whitespace runs kept, forbidden control characters dropped."""
    return _XML_INVALID.sub("", "" if value is None else str(value))


def one_line(text: str | None) -> str:
    """Evidence as one line: graph tools and CSV readers show it in a single cell."""
    return " ".join((text or "").split())


class Outputs:
    """Files written under temporary names and moved into place together on `commit()`."""

    def __init__(self, out: Path, *, folder: bool):
        self.out = Path(out)
        self.folder = folder
        if folder:
            if self.out.exists() and not self.out.is_dir():
                raise UsageError(f"{self.out} is a file; the export writes a folder there")
            self.out.mkdir(parents=True, exist_ok=True)
        else:
            if self.out.is_dir():
                raise UsageError(f"{self.out} is a folder; give a file name with --out")
            self.out.parent.mkdir(parents=True, exist_ok=True)
        self._open: dict[Path, tuple[Path, IO[str]]] = {}

    def open(self, name: str | None = None, *, encoding: str = "utf-8",
             newline: str | None = None) -> IO[str]:
        """A text file to write: `name` inside the folder, or the export file itself."""
        final = self.out / name if name else self.out
        tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        handle = open(tmp, "w", encoding=encoding, newline=newline)  # noqa: SIM115 - closed in commit/abort
        self._open[final] = (tmp, handle)
        return handle

    def commit(self) -> list[Path]:
        done = []
        for final, (tmp, handle) in self._open.items():
            handle.close()
            os.replace(tmp, final)
            done.append(final)
        self._open.clear()
        return done

    def abort(self) -> None:
        for tmp, handle in self._open.values():
            handle.close()
            tmp.unlink(missing_ok=True)
        self._open.clear()
