"""How many SMS segments a message is sent as: GSM 03.38 (GSM-7) or UCS-2 (samples.too_long).

A single SMS carries 140 bytes: 160 characters of the GSM 03.38 7-bit alphabet, or 70 UTF-16
code units once any character is outside it (an emoji, a curly quote, "ñ" is in, "ó" is not).
A longer message is split into segments that each give up room to a concatenation header:
153 GSM-7 characters or 67 UCS-2 code units per segment. Characters of the GSM extension table
(``{ } [ ] ~ \\ | ^ €`` and form feed) are sent as an escape plus the character, so they count
two, and the pair is never split across segments; nor is a UTF-16 surrogate pair.
"""

from __future__ import annotations

from dataclasses import dataclass

# GSM 03.38 basic character set (the 128 positions of the default alphabet; 0x1B is the escape)
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
) - {"\x1b"}
# the extension table: escape (0x1B) + one septet
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")

GSM_SINGLE, GSM_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67
# carriers and aggregators stop concatenating at 6 segments (6 x 153 = 918 GSM-7 characters)
MAX_SEGMENTS = 6


@dataclass(frozen=True)
class Segmentation:
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets (GSM-7, extension characters count 2) or UTF-16 code units
    segments: int
    non_gsm: tuple[str, ...] = ()  # the characters that forced UCS-2, first few

    @property
    def single_limit(self) -> int:
        return GSM_SINGLE if self.encoding == "GSM-7" else UCS2_SINGLE


def is_gsm7(text: str) -> bool:
    return all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text)


def segment(text: str) -> Segmentation:
    """The encoding, length in units and number of segments the text is sent as."""
    non_gsm = tuple(
        dict.fromkeys(ch for ch in text if ch not in GSM_BASIC and ch not in GSM_EXTENSION)
    )
    if not non_gsm:
        widths = [2 if ch in GSM_EXTENSION else 1 for ch in text]
        return Segmentation("GSM-7", sum(widths), _count(widths, GSM_SINGLE, GSM_PART))
    widths = [2 if ord(ch) > 0xFFFF else 1 for ch in text]  # surrogate pairs
    return Segmentation("UCS-2", sum(widths), _count(widths, UCS2_SINGLE, UCS2_PART), non_gsm[:5])


def _count(widths: list[int], single: int, part: int) -> int:
    """Segments needed when no character (escape pair, surrogate pair) is split across two."""
    total = sum(widths)
    if total <= single:
        return 1 if total else 0
    segments, used = 1, 0
    for width in widths:
        if used + width > part:
            segments, used = segments + 1, 0
        used += width
    return segments
