"""Bytes to text: UTF-8 first, then detection, and a clear refusal otherwise.

Analysts' files come from everywhere: Windows code pages (Arabic cp1256,
Western cp1252), UTF-16 exports, copy-pastes that mix encodings, and binaries
with a .txt name. The preference order: a byte-order mark, UTF-8, the encoding
the file declares (HTML, XML), cp1252 for Latin-script text, cp1256 only where
the bytes look Arabic, and only then a statistical detector. The encoding
chosen and a confidence in it are kept with the document; a low one is a warning.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from shabaka.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that text files do not contain (tab, newlines, form feed and
# escape are allowed).
_CONTROL = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B} | {0x7F}
_SNIFF = 64 * 1024
_MAX_CONTROL_SHARE = 0.05
# When a mostly-UTF-8 file has a few bad bytes, keep it as UTF-8 (with U+FFFD
# for the bad bytes) if at least this share of its non-ASCII characters is valid.
_MOSTLY_UTF8 = 0.75
# Among equally good detections, prefer the code pages news text is found in.
# fmt: off
_PREFERRED = (
    "cp1252", "cp1256", "cp1251", "cp1250", "cp1253", "cp1254", "cp1255", "koi8_r", "gb18030",
    "big5", "shift_jis", "euc_kr",
)
# fmt: on
_MAX_CHAOS = 0.1
# Below this confidence the reading is kept, and the ingest warns that it may be wrong.
LOW_CONFIDENCE = 0.9
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})"""
                       rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
# Declared as Latin-1 or ASCII, Western text is cp1252 in practice (as browsers read it).
_AS_CP1252 = {"latin_1", "iso8859_1", "ascii", "cp1252"}
# Latin-script text has a few accented letters among ASCII ones; Arabic, Cyrillic or
# Greek code pages are mostly high bytes.
_MAX_LATIN_HIGH = 0.3
# Characters that Western text has anywhere, not only inside a word: typography, and
# French "à" and "À", a word of their own.
_ANYWHERE = set("\u00a0\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb\u00b0\u20ac\u00a3\u00a7\u2022"
                "\u00e0\u00c0")
_HIGH_WORD = re.compile(rb"[\x80-\xff]{3,}")
# Bytes cp1252 leaves undefined: read as Latin-1's control characters.
_UNDEFINED = re.compile(rb"([\x81\x8d\x8f\x90\x9d])")


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text, the encoding it was read in, and how sure that reading is (0 to 1)."""

    text: str
    encoding: str
    confidence: float


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes: an image, archive or executable, not text."""
    sample = data[:_SNIFF]
    if b"\x00" in sample:
        return True
    control = sum(1 for byte in sample if byte in _CONTROL)
    return control > _MAX_CONTROL_SHARE * max(len(sample), 1)


def decode(data: bytes, origin: str) -> Decoded:
    """The text in `data`, or an InputError saying why it cannot be read as text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(codec), codec, 1.0)
            except UnicodeDecodeError:
                raise InputError(
                    origin,
                    f"starts with a {codec.upper()} byte-order mark "
                    "but is not valid in that encoding",
                ) from None
    if looks_binary(data):
        raise InputError(origin, "looks like a binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    share = good / (good + bad)
    if share >= _MOSTLY_UTF8:
        # UTF-8 with a few stray bytes: a bad paste, not another encoding
        return Decoded(text, "utf-8", round(share, 2))
    if share >= 0.2:
        raise InputError(
            origin,
            f"mixes UTF-8 with another encoding ({bad} bytes are not UTF-8); convert it to UTF-8",
        )
    declared = _declared(data)
    if declared:
        return declared
    high = sum(1 for byte in data if byte > 0x7F)
    letters = high + sum(1 for byte in data if 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A)
    latin_script = high <= _MAX_LATIN_HIGH * letters
    # Arabic only where the bytes look it: mostly high bytes, or words of them in Latin text
    if not latin_script or len(_HIGH_WORD.findall(data)) >= 3:
        arabic = data.decode("cp1256", errors="replace")
        if _arabic_share(arabic) >= 0.8:
            return Decoded(arabic, "cp1256", round(_arabic_share(arabic), 2))
    if latin_script:
        latin = "".join(part.decode("latin-1" if _UNDEFINED.fullmatch(part) else "cp1252")
                        for part in _UNDEFINED.split(data))
        return Decoded(latin, "cp1252", round(_latin_plausibility(latin), 2))
    return _detect(data, origin)


def _declared(data: bytes) -> Decoded | None:
    """The text in the encoding the file itself declares, if it declares one that fits."""
    found = _DECLARED.search(data[:4096])
    if not found:
        return None
    try:
        codec = codecs.lookup((found.group(1) or found.group(2)).decode("ascii")).name.replace("-", "_")
        codec = "cp1252" if codec in _AS_CP1252 else codec
        return Decoded(data.decode(codec), codec, 1.0)
    except (LookupError, UnicodeDecodeError):
        return None  # a wrong declaration is no evidence


def _arabic_share(text: str) -> float:
    """The share of non-ASCII characters that are Arabic script."""
    high = [ch for ch in text if ord(ch) > 0x7F]
    return sum(1 for ch in high if unicodedata.name(ch, "").startswith("ARABIC")) / max(len(high), 1)


def _latin_plausibility(text: str) -> float:
    """The share of non-ASCII characters a Western text would have where they are: accented
    letters inside words, typographic quotes and dashes anywhere."""
    high = plausible = 0
    for i, ch in enumerate(text):
        if ord(ch) <= 0x7F:
            continue
        high += 1
        inside_word = text[i - 1:i].isascii() and text[i - 1:i].isalpha() or (
            text[i + 1:i + 2].isascii() and text[i + 1:i + 2].isalpha())
        if ch in _ANYWHERE or (inside_word and unicodedata.name(ch, "").startswith("LATIN")):
            plausible += 1
    return plausible / max(high, 1)


def _detect(data: bytes, origin: str) -> Decoded:
    """Decode a legacy (non-UTF-8) encoding that charset-normalizer is sure of."""
    matches = list(from_bytes(data))
    if not matches:
        raise InputError(
            origin, "is not UTF-8 and its encoding could not be detected; convert it to UTF-8"
        )
    best = matches[0]
    ties = [
        m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.01
    ]
    encoding = best.encoding
    # Equally good readings: take the most common code page (cp1252 over cp1250).
    for preferred in _PREFERRED:
        if any(preferred in m.could_be_from_charset for m in ties):
            encoding = preferred
            break
    confident = best.chaos <= _MAX_CHAOS and (best.coherence > 0 or encoding in _PREFERRED)
    if not confident:
        raise InputError(
            origin,
            f"is not UTF-8 and its encoding is unclear (perhaps {encoding}); convert it to UTF-8",
        )
    return Decoded(data.decode(encoding, errors="replace"), encoding, round(1 - best.chaos, 2))
