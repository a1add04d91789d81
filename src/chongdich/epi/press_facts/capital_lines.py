"""A line written all in capitals, as health departments head their notices ("THÔNG BÁO VỀ 8
CA MẮC MỚI COVID-19 TẠI ĐÀ NẴNG (BN439 - BN446)"), read in ordinary case: lower case with the
provinces' names capitalised, so that the patterns and the gazetteer read it as they read any
sentence. Each line keeps its length (spans stay those of the text)."""

from __future__ import annotations

import re

from ..gazetteer import find_provinces

# a count of cases in capitals: only such lines are recased
_COUNT_IN_CAPITALS = re.compile(r"\d\s+(?:CA|TRƯỜNG HỢP|BỆNH NHÂN|F0)\b")


def with_capital_lines_recased(text: str) -> str:
    if "CA" not in text and "TRƯỜNG HỢP" not in text and "BỆNH NHÂN" not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("#") or any(c.islower() for c in line):
            continue
        if not _COUNT_IN_CAPITALS.search(line):
            continue
        lowered = line.lower()
        titled = line.title()
        if len(lowered) != len(line) or len(titled) != len(line):
            continue
        # the provinces' names as the title-cased line writes them, the rest in lower case
        # ("Covid-19" keeps its capital: the patterns read it so)
        recased = list(lowered)
        for mention in find_provinces(titled):
            recased[mention.start : mention.end] = titled[mention.start : mention.end]
        lines[index] = _as_written("".join(recased))
    return "\n".join(lines)


# what keeps its capitals inside a sentence: the disease, the patients' codes, the city's "TP"
_KEPT_CAPITALS = re.compile(r"covid|\bbn(?=\s*\d)|\btp\b|\bhcm\b")
# the unit before a name the title-casing capitalised ("Tỉnh Phú Thọ" → "tỉnh Phú Thọ")
_UNIT_TITLED = re.compile(r"\b(?:Tỉnh|Thành Phố)(?= [A-ZĐ])")


def _as_written(line: str) -> str:
    line = _KEPT_CAPITALS.sub(lambda m: m.group().upper(), line)
    line = _UNIT_TITLED.sub(lambda m: m.group().lower(), line)
    return line[:1].upper() + line[1:]
