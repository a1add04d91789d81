"""Counts as English pages write them: in words ("Twenty-two new cases", "Fourteen of
them"), with thousands commas ("10,650", read on the rewritten text as "10.650") and with
"million" ("1.76 million cases", "two million infections")."""

from __future__ import annotations

import re

from .shared import NUM, english_count

_UNITS = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", *_UNITS[:8]]  # the units a ten takes: "twenty-one" … "twenty-nine"


def _number_words() -> dict[str, int]:
    words = {word: value for value, word in enumerate(_UNITS, start=2)}
    for tens, word in enumerate(_TENS, start=2):
        words[word] = tens * 10
        for one, unit in enumerate(_ONES, start=1):
            words[f"{word}-{unit}"] = tens * 10 + one
    return words


# Two to ninety-nine in words ("one" is left out: "one of the", "one in Hanoi" count nothing
# more often than they count one).
ENGLISH_COUNT_WORDS = _number_words()
# A count in words, any capitals ("Ten COVID-19 patients"), never part of a longer word.
COUNT_WORD = (
    r"(?<![\w-])(?i:" + "|".join(sorted(ENGLISH_COUNT_WORDS, key=len, reverse=True)) + r")(?![\w-])"
)
# A count in digits or words, with "million" or "billion" after it.
SCALED_COUNT = rf"(?:{NUM}|{COUNT_WORD})(?:\s+(?:million|billion)\b)?"
_SCALES = {"million": 1_000_000, "billion": 1_000_000_000}
_SCALED = re.compile(r"(?P<n>\S+)\s+(?P<scale>million|billion)\b")


def english_number(written: str) -> int | None:
    """A whole count as written ("1.76 million" on the rewritten text "1,76 million",
    "Fourteen", "10.650"); None for what is none."""
    scaled = _SCALED.fullmatch(written.strip())
    number, scale = (scaled.group("n"), _SCALES[scaled.group("scale")]) if scaled else (written, 1)
    word = ENGLISH_COUNT_WORDS.get(number.lower())
    if word is not None:
        return word * scale
    if scale == 1:
        return english_count(number)
    try:
        return round(float(number.replace(".", "").replace(",", ".")) * scale)
    except ValueError:
        return None
