"""Directives: issuing body, document number, date and measures."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..gazetteer import CAP_WORD, find_provinces
from .shared import (
    DATE,
    DIGIT,
    WRITTEN_DATE,
    Sentence,
    find_published_date,
    iso_date,
    match_date,
)

_NUMBER = r"\d+/(?:\d{4}/)?[A-ZĐ][A-Za-zĐđ0-9\-]*(?:/[A-Za-zĐđ0-9\-]+)*"
_DOCUMENT = re.compile(
    r"(?P<kind>[Tt]hông báo|[Qq]uyết định|[Cc]hỉ thị|[Cc]ông văn|[Cc]ông điện|[Nn]ghị quyết"
    r"|[Kk]ế hoạch|[Tt]hông tư|[Nn]ghị định|[Vv]ăn bản|[Hh]ướng dẫn|[Pp]hương án)"
    rf"\s+(?:số\s+)?(?P<number>{_NUMBER}|(?<=số )\d{{2,}}(?![\d/]))"
)
# The number line of an official document's header: "Số: 3604/QĐ-UBND | Thanh Hóa, ngày …".
_HEADER_NUMBER = re.compile(rf"^\s*Số\s*:\s*(?P<number>{_NUMBER})")
# The kind a number's code stands for ("3604/QĐ-UBND" is a decision).
_KIND_BY_CODE = {
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "KH": "Kế hoạch",
    "TB": "Thông báo",
    "CĐ": "Công điện",
    "NQ": "Nghị quyết",
    "HD": "Hướng dẫn",
}
# "Căn cứ Quyết định số 447/QĐ-TTg …": a legal basis the document cites, not a directive.
_LEGAL_BASIS = re.compile(r"[Cc]ăn cứ\s+(?:vào\s+)?$")
# A central document (the Prime Minister's, the Government's, the Ministry's) cited in a
# provincial article keeps its own date, which the article seldom writes.
_CENTRAL_DOCUMENT = re.compile(r"TTg|/(?:NQ-)?CP\b|BYT|BCĐQG|/TW\b")
# "3604/QĐ-UBND ngày 14/9/2021", "… | Thanh Hóa, ngày 14 tháng 9 năm 2021" (a header).
_DATE_AFTER_NUMBER = re.compile(
    rf"\s*[,|]?\s*(?:ban hành\s+)?(?:{CAP_WORD}(?:\s+{CAP_WORD})*,\s*)?ngày\s+"
    rf"(?:{DATE}|{WRITTEN_DATE})"
)
_ISSUED_ON = re.compile(
    rf"^(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối)\s+(?:ngày\s+)?(?:{DATE}|{WRITTEN_DATE}),[^.]*ban hành"
)
_ISSUER = re.compile(
    r"((?:Văn phòng\s+)?(?:UBND|Ủy ban nhân dân|Sở Y tế|Bộ Y tế|Thủ tướng Chính phủ|Chính phủ"
    r"|Ban Chỉ đạo)"
    rf"(?:\s+(?:tỉnh|thành phố|TP|{CAP_WORD}))*)"
)
# Measure catalogue: code, English label, pattern. Labels are what the review queue shows.
MEASURES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "bed_reserve",
        "reserve {pct}% of treatment beds for COVID-19 patients",
        re.compile(r"dành\s+(?P<pct>\d+)\s*%\s+số giường"),
    ),
    (
        "mobilize_private_facilities",
        "mobilize non-public health facilities",
        re.compile(r"(?:[Hh]uy động)[^.;]{0,60}?cơ sở y tế ngoài công lập"),
    ),
    ("four_on_the_spot", "four on-the-spot (4 tại chỗ)", re.compile(r"4 tại chỗ|bốn tại chỗ")),
    (
        "community_teams",
        "community COVID teams and home-care support teams for F0",
        re.compile(r"tổ Covid(?:-19)? cộng đồng[^.;]{0,80}?(?:F0 tại nhà|tại nhà)", re.IGNORECASE),
    ),
    ("social_distancing", "social distancing", re.compile(r"giãn cách xã hội")),
    ("lockdown", "lockdown of an area", re.compile(r"phong tỏa|phong toả")),
    ("mass_testing", "mass testing", re.compile(r"xét nghiệm (?:diện rộng|toàn dân|tầm soát)")),
)


def extract_directives(
    text: str, sentences: list[Sentence], published: dt.date | None, focus: str | None
) -> list[dict[str, Any]]:
    directives: list[dict[str, Any]] = []
    seen: set[str] = set()
    for sentence in sentences:
        if not DIGIT.search(sentence.text):
            continue
        header = _HEADER_NUMBER.match(sentence.text)
        for match in (*([header] if header else []), *_DOCUMENT.finditer(sentence.text)):
            number = match.group("number")
            if number in seen or _LEGAL_BASIS.search(sentence.text, 0, match.start()):
                continue
            seen.add(number)
            provinces = find_provinces(sentence.text)
            issuer = _ISSUER.search(sentence.text)
            dated = _DATE_AFTER_NUMBER.match(sentence.text, match.end())
            issued_on = _ISSUED_ON.search(sentence.text)
            date: dt.date | None
            if dated:
                date = match_date(dated, published, 1 if dated.group(1) else 4)
            elif _CENTRAL_DOCUMENT.search(number) or "/" not in number:
                date = None  # a central document, or one cited by its bare number
            elif issued_on:
                date = match_date(issued_on, published, 1 if issued_on.group(1) else 4)
            else:
                date = find_published_date(text) or published
            province = provinces[0].name if provinces else focus
            directives.append(
                {
                    "province": province,
                    "issuer": issuer.group(1).strip() if issuer else None,
                    "document": number,
                    "document_kind": _kind(match),
                    "date": iso_date(date),
                    "measures": [],
                    "measure_codes": [],
                    "span": [sentence.start + match.start(), sentence.start + match.end()],
                    "confidence": 0.9 if provinces else (0.7 if province else 0.6),
                }
            )
    if not directives:
        return directives
    # A measure belongs to the document cited in its sentence, else to the one cited last
    # before it, else to the first.
    for code, label, pattern in MEASURES:
        found = pattern.search(text)
        if not found:
            continue
        holder = next((x for x in sentences if x.start <= found.start() < x.end), None)
        same = [d for d in directives if holder and holder.start <= d["span"][0] < holder.end]
        earlier = [d for d in directives if d["span"][0] < found.start()]
        target = same[0] if same else (earlier[-1] if earlier else directives[0])
        groups = found.groupdict()
        target["measures"].append(label.format(**groups) if groups else label)
        target["measure_codes"].append(code)
    return directives


def _kind(match: re.Match[str]) -> str:
    """The document's kind as written, or as its number's code says for a header."""
    if "kind" in match.groupdict():
        return match.group("kind").capitalize()
    code = re.search(r"/(?:\d{4}/)?([A-ZĐ]+)", match.group("number"))
    return _KIND_BY_CODE.get(code.group(1) if code else "", "Văn bản")
