"""Provinces' day counts checked by their sum.

A national bulletin lists every province's count of the day in whatever words its outlet
uses ("tại Bình Dương ghi nhận nhiều nhất với 4.223 ca, tiếp đến TP. HCM (3.375), Đồng Nai
(686), …", "Hà Nội 158 ca; TP.HCM 32 ca; …"). Each new wording of such a list was, on the
held-out sets, the largest single source of missed facts. Whatever the wording, a list whose
numbers add up exactly to the country's count of the day (or its domestic part) is that
day's count by province: the sum is the check, not the words. Provinces the rules already
gave a day's count keep it; only the missing ones are filled.
"""

from __future__ import annotations

import re
from typing import Any

from chongdich.epi.gazetteer import Mention

from .shared import NUM, english_count

# What may stand between a province and its count: a bracket (after a few lower-case words:
# "dẫn đầu (500)"), a colon, or a few lower-case words ("ghi nhận nhiều nhất với", "có",
# "thêm"); the count may be signed ("+2.940").
_COUNT_AFTER = re.compile(
    rf"(?:\s+[a-zà-ỹđ]+){{0,3}}\s*(?:\(\s*\+?(?P<bracketed>{NUM})(?![\d,])[^()\n]{{0,30}}\)"
    rf"|(?::\s*|\s+(?:[a-zà-ỹđ]+\s+){{0,5}}?)\+?(?P<bare>{NUM})(?![\d,.]\d)"
    r"(?=\s*(?:ca|trường hợp|F0|BN)?\b))"
)
# Between one item and the next province: separators and a few words ("tiếp đến", "và",
# "sau đó là"), no digit and no sentence end.
_BETWEEN_ITEMS = re.compile(r"[^\d.!?\n]{0,30}|\s*\n\s*[-–•+*]?\s*")
_SMALLEST_LIST = 3


# An item's own bracket may count over more days than one ("Long An (20 ca trong 2 ngày)"):
# it still adds up, but it is not the province's day.
_OTHER_PERIOD = re.compile(r"(?:\d+|hai|ba|bốn|năm)\s+ngày|tuần|\d+\s+days|week")

# (province, count, the count's span, where the item ends, whether it counts over more days)
_Item = tuple[Mention, int, tuple[int, int], int, bool]


def _runs(text: str, provinces: list[Mention]) -> list[list[_Item]]:
    """Runs of provinces with a count each, written one after another."""
    runs: list[list[_Item]] = []
    current: list[_Item] = []
    for mention in provinces:
        match = _COUNT_AFTER.match(text, mention.end)
        if match is None:
            if current:
                runs.append(current)
            current = []
            continue
        group = "bracketed" if match.group("bracketed") else "bare"
        count = english_count(match.group(group))
        if count is None:
            if current:
                runs.append(current)
            current = []
            continue
        other_period = group == "bracketed" and bool(_OTHER_PERIOD.search(match.group()))
        item = (mention, count, match.span(group), match.end(), other_period)
        if current and not _BETWEEN_ITEMS.fullmatch(text, current[-1][3], mention.start):
            runs.append(current)
            current = []
        current.append(item)
    if current:
        runs.append(current)
    return [run for run in runs if len(run) >= _SMALLEST_LIST]


def fill_from_lists_that_sum_to_the_day(
    text: str, provinces: list[Mention], stats: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """``stats`` with the day's count of each province of a list whose sum is the
    country's count of the day or its domestic part (docs/INTAKE.md, "Lists checked by
    their sum")."""
    national = next((s for s in stats if s["scope"] == "national"), None)
    if national is None:
        return stats
    targets = {national.get("new_cases_24h"), national.get("local_cases")} - {None, 0}
    if not targets:
        return stats
    by_province = {s["province"]: s for s in stats if s["scope"] == "province"}
    bare_names = [m for m in provinces if m.kind == "province"]
    for run in _runs(text, bare_names):
        names = [mention.name for mention, *_ in run]
        total = sum(item[1] for item in run)
        if len(set(names)) != len(names) or total not in targets:
            continue
        # A list of the domestic part gives a province with imported cases too its
        # `local_cases` (the guideline's breakdown), one with none its day's count.
        domestic = total == national.get("local_cases") != national.get("new_cases_24h")
        for mention, count, span, _, other_period in run:
            if other_period:
                continue
            record = by_province.get(mention.name)
            if record is None:
                record = {
                    "province": mention.name,
                    "scope": "province",
                    "as_of": national.get("as_of"),
                    **{k: None for k in national if k not in {"province", "scope", "as_of"}},
                    "spans": {},
                    "confidence": 0.7,
                }
                by_province[mention.name] = record
                stats.append(record)
            if any(record.get(f) is not None for f in ("new_cases_24h", "local_cases")):
                continue
            field = "local_cases" if domestic and record.get("imported_cases") else "new_cases_24h"
            record[field] = count
            record["spans"][field] = list(span)
            if record.get("as_of") is None:
                record["as_of"] = national.get("as_of")
    return stats
