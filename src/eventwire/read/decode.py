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
#: Characters (byte pairs) needed before UTF-16 without a BOM is recognised, and the share of them
#: whose high byte must be NUL (mostly-Latin text).
_MIN_UTF16_PAIRS = 4
_UTF16_MIN_HIGH_NULS = 0.5
#: NUL bytes that text may hold (dropped, with a warning) whatever its length.
_MAX_STRAY_NULS = 4
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
    """What a binary input looks like ("PNG image"), "unknown format", or None for text.

    Text may hold a few stray NUL bytes (they are dropped, with a warning) and UTF-16 holds one
    in every two bytes; only more NULs than that make an input binary.
    """
    for magic, what in _magic_numbers():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if bom_encoding(head) is not None or utf16_without_bom(head) is not None:
        return None
    if _too_many_nuls(head):
        return "unknown format"
    return None


def _too_many_nuls(data: bytes) -> bool:
    """More NULs than a few stray ones: over _MAX_STRAY_NULS and over 1% of the bytes."""
    count = data.count(0)
    return count > _MAX_STRAY_NULS and count * 100 > len(data)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes clearly are mostly-Latin UTF-16 without a BOM.

    The evidence: a NUL in the high byte of most characters and in no low byte, and the whole
    decodes strictly.  Text in other scripts has no NULs and is left to detection.
    """
    pairs = len(data) // 2
    if pairs < _MIN_UTF16_PAIRS:
        return None
    even_nuls, odd_nuls = data[0 : pairs * 2 : 2].count(0), data[1 : pairs * 2 : 2].count(0)
    for codec, high, low in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if high >= pairs * _UTF16_MIN_HIGH_NULS and low == 0 and _decodes(data[: pairs * 2], codec):
            return codec
    return None


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


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
    utf16 = utf16_without_bom(data) if declared is None or declared.startswith("utf-16") else None
    if utf16 is not None:
        return data.decode(utf16, "replace"), (f"no byte-order mark; decoded as {utf16.upper()} (detected)",)
    data, dropped = _without_nuls(data)
    text, warnings = _decode_declared(data, declared) if declared is not None else _decode_undeclared(data)
    return text, dropped + warnings


def _without_nuls(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """Text with stray NUL bytes (a few; more make the input binary) dropped, and a warning."""
    count = data.count(0)
    if not count:
        return data, ()
    if _too_many_nuls(data):
        raise InputError("binary file (unknown format), not news text")
    return data.replace(b"\x00", b""), (f"{count} NUL byte{'s' if count > 1 else ''} dropped",)


def _decode_declared(data: bytes, declared: str) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode(declared), ()
    except UnicodeDecodeError:
        text = data.decode(declared, "replace")
        return text, (f"bytes invalid in the declared charset {declared}; replaced",)


def _decode_undeclared(data: bytes) -> tuple[str, tuple[str, ...]]:
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _detect(data: bytes) -> tuple[str, tuple[str, ...]]:
    codec = _detected_codec(data)
    return data.decode(codec, "replace"), (f"no charset given; decoded as {codec} (detected)",)


def _detected_codec(data: bytes) -> str:
    # Mostly-ASCII text that is not UTF-8 is, in news, nearly always Windows-1252 / Latin-1
    # (the WHATWG default for Western locales); detectors guess wildly on short texts.
    ascii_ratio = sum(b < 0x80 for b in data) / len(data)
    if ascii_ratio >= _WESTERN_ASCII_RATIO and _decodes(data, "cp1252"):
        return "cp1252"
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError("not UTF-8 and no charset given; encoding could not be detected")
    # Detectors often tie Windows-1252 with other single-byte code pages (cp1250 turns
    # "à" into "ŕ"); on a tie, take the Western default, as browsers do.
    western = next((m for m in matches if m.encoding == "cp1252" and m.chaos <= best.chaos), None)
    return str((western or best).encoding)


def stream_codec(head: bytes) -> tuple[str, tuple[str, ...]]:
    """The codec to decode a whole stream with, judged from its head, and warnings.

    As :func:`decode` judges: byte-order mark, declared charset, UTF-16 evidence, UTF-8 (the
    head may end inside a character), then detection.  InputError when nothing fits.
    """
    bom = bom_encoding(head)
    if bom is not None:
        return {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}.get(bom, "utf-32"), ()
    declared = declared_charset(head)
    if declared is not None:
        return declared, ()
    utf16 = utf16_without_bom(head)
    if utf16 is not None:
        return utf16, (f"no byte-order mark; decoded as {utf16.upper()} (detected)",)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        codec = _detected_codec(head)
        return codec, (f"no charset given; decoded as {codec} (detected)",)
    return "utf-8", ()
