"""Bytes to text: UTF-8 first, then detection, and a clear refusal otherwise.

Analysts' files come from everywhere: Windows code pages (Arabic cp1256,
Western cp1252), UTF-16 exports, copy-pastes that mix encodings, and binaries
with a .txt name. Text is only ever guessed when the guess is a confident one.
"""

from __future__ import annotations

import codecs

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


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes: an image, archive or executable, not text."""
    sample = data[:_SNIFF]
    if b"\x00" in sample:
        return True
    control = sum(1 for byte in sample if byte in _CONTROL)
    return control > _MAX_CONTROL_SHARE * max(len(sample), 1)


def decode(data: bytes, origin: str) -> str:
    """The text in `data`, or an InputError saying why it cannot be read as text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    origin,
                    f"starts with a {codec.upper()} byte-order mark "
                    "but is not valid in that encoding",
                ) from None
    if looks_binary(data):
        raise InputError(origin, "looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    share = good / (good + bad)
    if share >= _MOSTLY_UTF8:
        return text  # UTF-8 with a few stray bytes: a bad paste, not another encoding
    if share >= 0.2:
        raise InputError(
            origin,
            f"mixes UTF-8 with another encoding ({bad} bytes are not UTF-8); convert it to UTF-8",
        )
    return _detect(data, origin)


def _detect(data: bytes, origin: str) -> str:
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
    return data.decode(encoding, errors="replace")
