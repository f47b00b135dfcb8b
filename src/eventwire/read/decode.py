"""Bytes to text: byte-order mark, then a declared charset, then strict UTF-8, then detection.

Also tells binary files apart from text, so that a user gets one clear line
("binary file (PNG image), not news text") instead of a page of mojibake.
"""

from __future__ import annotations

import codecs
import functools
import re
from importlib import resources

import charset_normalizer

from eventwire.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="x">, <meta http-equiv=... content="text/html; charset=x">, <?xml ... encoding="x"?>;
# only inside those tags, so that the words "charset=" in a plain-text story decide nothing.
_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Share of control characters above which decoded "text" is really binary.
_MAX_CONTROL_RATIO = 0.05
#: Share of ASCII bytes above which an undeclared non-UTF-8 file is taken as cp1252 (Western news).
_WESTERN_ASCII_RATIO = 0.9


@functools.cache
def _magic_numbers() -> tuple[tuple[bytes, str], ...]:
    table = resources.files("eventwire.read").joinpath("data/magic.tsv").read_text(encoding="utf-8")
    rows = []
    for line in table.splitlines():
        if line.strip() and not line.startswith("#"):
            hex_bytes, what = line.split("\t", 1)
            if len(hex_bytes) % 2 == 0:
                rows.append((bytes.fromhex(hex_bytes), what.strip()))
    return tuple(rows)


def binary_kind(data: bytes) -> str | None:
    """What a binary input looks like ("PNG image"), "unknown format", or None for text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    for magic, what in _magic_numbers():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if b"\x00" in head:
        return "unknown format"
    return None


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML meta tag or XML declaration names in the first 4 KB, when Python knows it."""
    match = _DECLARED.search(data[:4096])
    if match is None:
        return None
    return _known_codec((match.group(1) or match.group(2)).decode("ascii", "replace"))


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def decode(data: bytes, charset: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decoded text and warnings; raises InputError when the bytes are not text."""
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(f"binary file ({kind}), not news text")
    text, warnings = _decode_text(data, charset)
    text = text.removeprefix("\ufeff")
    if text and len(_CONTROL.findall(text)) / len(text) > _MAX_CONTROL_RATIO:
        raise InputError("binary file (unknown format), not news text")
    return text, warnings


def _decode_text(data: bytes, charset: str | None) -> tuple[str, tuple[str, ...]]:
    bom = bom_encoding(data)
    if bom is not None:
        return data[len(codecs.BOM_UTF8) if bom == "utf-8" else 0 :].decode(bom, "replace"), ()
    declared = (_known_codec(charset) if charset else None) or declared_charset(data)
    if declared is not None:
        try:
            return data.decode(declared), ()
        except UnicodeDecodeError:
            text = data.decode(declared, "replace")
            return text, (f"bytes invalid in the declared charset {declared}; replaced",)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _detect(data: bytes) -> tuple[str, tuple[str, ...]]:
    # Mostly-ASCII text that is not UTF-8 is, in news, nearly always Windows-1252 / Latin-1
    # (the WHATWG default for Western locales); detectors guess wildly on short texts.
    ascii_ratio = sum(b < 0x80 for b in data) / len(data)
    if ascii_ratio >= _WESTERN_ASCII_RATIO:
        try:
            return data.decode("cp1252"), ("no charset given; decoded as cp1252 (detected)",)
        except UnicodeDecodeError:
            pass
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError("not UTF-8 and no charset given; encoding could not be detected")
    # Detectors often tie Windows-1252 with other single-byte code pages (cp1250 turns
    # "à" into "ŕ"); on a tie, take the Western default, as browsers do.
    western = next((m for m in matches if m.encoding == "cp1252" and m.chaos <= best.chaos), None)
    chosen = western or best
    return str(chosen), (f"no charset given; decoded as {chosen.encoding} (detected)",)
