"""Text written in look-alike characters, folded to plain letters and digits.

Some pages run their body through a "fancy text" converter: small capitals ("ᴛᴘ.ʜᴄᴍ ᴛăɴɢ"),
mathematical or full-width digits ("𝟒𝟏𝟗𝟑", "４１９３"), Greek or Cyrillic letters inside
Vietnamese words ("nhιễm", "тυ̛̉ vong"), or a decoration mark on every letter (a combining
low line or seagull below: "H̼à̼ ̼N̼ộ̼i̼"). A reader sees ordinary Vietnamese; the rules
see no word. Folding gives the rules the text the reader sees.

Small capitals lose the writer's capitals, which the rules need (a province name starts
with a capital: "long an" in running text is not Long An). A line written in them gets its
capitals back where they can be known: the start of a sentence, a province's name as the
gazetteer writes it, and a few acronyms ("TP", "HCM", "F0", "COVID", "Bộ Y tế").
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..gazetteer import province_written_forms

# Letters with no decomposition to a plain letter, as such converters use them.
_SMALL_CAPITALS = {
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h",
    "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p",
    "ǫ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y",
    "ᴢ": "z", "ғ": "f", "ᴆ": "đ",
}  # fmt: skip
# Greek and Cyrillic letters that pass for Latin ones inside a Vietnamese word.
_FOREIGN_LOOK_ALIKES = {
    "ι": "i", "υ": "u", "ο": "o", "α": "a", "ε": "e", "κ": "k", "ν": "v", "τ": "t",
    "т": "t", "а": "a", "е": "e", "о": "o", "с": "c", "р": "p", "х": "x", "у": "y",
    "і": "i", "н": "h", "м": "m", "к": "k", "в": "b", "ᵭ": "đ", "ɗ": "đ",
}  # fmt: skip
# Marks that decorate every letter (underline, strike-through, seagull, overlays); none is
# a Vietnamese tone or vowel mark (the dot below, U+0323, is kept).
_DECORATION_MARKS = "\u0330\u0331\u0332\u0333\u0334\u0335\u0336\u0337\u0338\u033c\u035f\u0347"

_SMALL_CAPITAL_CHARS = "".join(_SMALL_CAPITALS)
_FOREIGN_CHARS = "".join(_FOREIGN_LOOK_ALIKES)
# Mathematical alphanumerics (U+1D400–U+1D7FF) and full-width forms fold by NFKC.
_COMPATIBLE = re.compile("[\U0001d400-\U0001d7ff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_DECORATION = re.compile(f"[{_DECORATION_MARKS}]")
# Latin letters and marks only ("à-ỹ" would take in Greek and Cyrillic too)
_LATIN = "a-zA-Z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f"
_FOREIGN_IN_WORD = re.compile(
    rf"(?:(?<=[{_LATIN}])[{_FOREIGN_CHARS}]|[{_FOREIGN_CHARS}](?=[{_FOREIGN_CHARS}]*[{_LATIN}]))"
)
_SMALL_CAPITAL_LINE = re.compile(f"[^\n]*[{_SMALL_CAPITAL_CHARS}][^\n]*")
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=[.!?:]\s\s)|(?<=\n))\W*\w", re.MULTILINE)
_ACRONYMS = {
    "tp": "TP", "hcm": "HCM", "f0": "F0", "f1": "F1", "covid": "COVID", "sars": "SARS",
    "cov": "CoV", "ubnd": "UBND", "bcđ": "BCĐ", "ttg": "TTg", "ct": "CT", "pcr": "PCR",
    "who": "WHO",
}  # fmt: skip
_ACRONYM = re.compile(r"(?<![\wà-ỹ])(?:" + "|".join(_ACRONYMS) + r")(?![\wà-ỹ])")
_NAMED_BODIES = {
    "bộ y tế": "Bộ Y tế", "việt nam": "Việt Nam", "chỉ thị": "Chỉ thị", "vietnam": "Vietnam",
    "ministry of health": "Ministry of Health",
}  # fmt: skip


def fold_look_alikes(text: str) -> str:
    """``text`` with look-alike characters as the plain letters and digits they stand for
    (NFC). Text without any is returned as it is."""
    if text.isascii():
        return text
    folded = _COMPATIBLE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if any(mark in folded for mark in _DECORATION_MARKS):
        folded = _DECORATION.sub("", folded)
    if any(char in folded for char in _FOREIGN_CHARS):
        folded = _FOREIGN_IN_WORD.sub(lambda m: _FOREIGN_LOOK_ALIKES[m.group()], folded)
    if any(char in folded for char in _SMALL_CAPITAL_CHARS):
        folded = _SMALL_CAPITAL_LINE.sub(_recased_line, folded)
    return folded if folded == text else unicodedata.normalize("NFC", folded)


def _recased_line(match: re.Match[str]) -> str:
    return _recased(_lower_small_capitals(match.group()))


def _lower_small_capitals(line: str) -> str:
    # NFC: a converter may write "ᴀ̀" (a small capital and a mark) where a name has "à"
    plain = "".join(_SMALL_CAPITALS.get(char, char) for char in line)
    return unicodedata.normalize("NFC", plain)


def _recased(line: str) -> str:
    """A line whose capitals were lost: capitals at sentence starts, on province names and
    on acronyms."""
    line = _ACRONYM.sub(lambda m: _ACRONYMS[m.group()], line)
    line = _named_pattern().sub(lambda m: _named_forms()[m.group().lower()], line)
    return _SENTENCE_START.sub(lambda m: m.group()[:-1] + m.group()[-1].upper(), line)


@functools.cache
def _named_forms() -> dict[str, str]:
    forms = {form.lower(): form for form in province_written_forms()}
    forms.update(_NAMED_BODIES)
    return forms


@functools.cache
def _named_pattern() -> re.Pattern[str]:
    words = sorted(_named_forms(), key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<![\wà-ỹ])(?:{alternatives})(?![\wà-ỹ])", re.IGNORECASE)
