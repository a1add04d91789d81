"""A table of provinces under a caption that names one document: "Bảng: Thời gian giãn cách
xã hội theo chỉ thị 16 tại các tỉnh thành", then rows "1 Hà Nội 24/7 …", "2 TP. HCM 9/7
30/9". Each row's province applies the caption's document; a row naming another document
("Chuyển sang chỉ thị 15 từ ngày 21/9") is read with that one instead."""

from __future__ import annotations

import re
from typing import Any

from ..gazetteer import Mention, find_provinces, find_provincial_cities

# a caption (a line of its own) naming a directive or resolution and "the provinces"
_CAPTION = re.compile(
    r"(?m)^[^\n]{0,120}?(?P<kind>[Cc]hỉ thị|[Nn]ghị quyết)\s+(?:số\s+)?"
    r"(?P<number>\d{1,3}(?:/[A-ZĐ][\w-]*)?)(?![\d/])"
    r"[^\n]{0,80}?(?:tại|ở|của|trên)\s+(?:các|những)\s+"
    r"(?:tỉnh(?:,?\s*thành(?:\s*phố)?)?|địa phương)[^\n]{0,60}$"
)
_ROW = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]+(?:(?:tỉnh|[Tt]hành phố|TP\.?)[ \t]*)?")
_OTHER_DOCUMENT = re.compile(
    r"[Cc]hỉ thị\s+(?:số\s+)?(\d{1,3})|[Nn]ghị quyết\s+(?:số\s+)?(\d{1,3})"
)
_HEADER_LINES = 2  # a table's header ("Stt Tỉnh thành Bắt đầu …") before its rows
_MIN_ROWS = 3


def table_entries(text: str, given: set[tuple[str, str | None]]) -> list[dict[str, Any]]:
    """One entry per row's province of every captioned table; ``given`` holds (document,
    province) pairs already read, which are not repeated."""
    if "\n" not in text:
        return []
    entries: list[dict[str, Any]] = []
    for caption in _CAPTION.finditer(text):
        if find_provinces(caption.group()):
            continue  # a province's own document, not a table of provinces
        number = caption.group("number")
        rows = _rows(text, caption.end())
        if len(rows) < _MIN_ROWS:
            continue
        for province, line in rows:
            other = _OTHER_DOCUMENT.search(line)
            if other and (other.group(1) or other.group(2)) != number.split("/")[0]:
                continue  # the row's own document is read with its sentence
            if (number, province) in given:
                continue
            given.add((number, province))
            entries.append(
                {
                    "province": province,
                    "issuer": None,
                    "document": number,
                    "document_kind": caption.group("kind").capitalize(),
                    "date": None,
                    "measures": [],
                    "measure_codes": [],
                    # the caption's number: its measures ("giãn cách xã hội") are the rows'
                    "span": [caption.start("number"), caption.end("number")],
                    "confidence": 0.7,
                }
            )
    return entries


def _rows(text: str, position: int) -> list[tuple[str, str]]:
    """The (province, line) of each row after a caption, its header lines skipped."""
    rows: list[tuple[str, str]] = []
    skipped = 0
    for line in text[position:].split("\n")[1:]:
        if not line.strip():
            if rows:
                break
            continue
        province = _row_province(line)
        if province is None:
            if rows or skipped >= _HEADER_LINES:
                break
            skipped += 1
            continue
        rows.append((province, line))
    return rows


def _row_province(line: str) -> str | None:
    start = _ROW.match(line)
    if start is None:
        return None
    mentions: list[Mention] = [*find_provinces(line), *find_provincial_cities(line)]
    first = min(mentions, key=lambda m: m.start, default=None)
    if first is None or first.start > start.end() or line[start.end() : first.start].strip():
        return None
    return first.name
