"""Directives: issuing body, document number, date and measures."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Protocol

from ..gazetteer import CAP_WORD, Mention, find_provinces
from .directive_tables import table_entries
from .kind_bare_numbers import kind_bare_numbers
from .legal_bases import in_a_legal_basis
from .listed_after import counted_provinces, provinces_in_lists, provinces_listed_after
from .local_lockdowns import excepted_after_a_comma, lockdown_of_its_own
from .national_documents import issued_by_the_centre_here
from .paired_provinces import paired_provinces
from .shared import (
    DATE,
    DIGIT,
    WRITTEN_DATE,
    Sentence,
    find_published_date,
    iso_date,
    match_date,
)
from .stray_measures import a_story_above_every_document, an_area_by_its_measures

# A code's dash may be written with spaces around it: "797/UBND –KGVX" is 797/UBND-KGVX;
# so may its slash: "2718/ UBND - VX".
_NUMBER = (
    # (not a title after a dash: "Chỉ thị 15/CT-TTg – Chỉ thị Về …" is 15/CT-TTg)
    # ("07/QĐ- UBND": the dash's space after it, so the code's first part ends before the dash)
    # ("1020/QĐ-VSDTTƯ": "TƯ", the centre, in a code's capitals)
    r"\d+/\s?(?:\d{4}/)?[A-ZĐ](?:[A-Za-zĐđƯ0-9]|-(?=[A-Za-zĐđ0-9]))*"
    r"(?:\s?[-–]\s?[A-ZĐ][A-Za-zĐđƯ0-9\-]*(?![\wà-ỹÀ-Ỹ]))?"
    r"(?:/[A-Za-zĐđ0-9\-]+)*"
    # the Party's documents: "Chỉ thị số 12-CT/TU", "Nghị quyết 15-NQ/TW"
    # ("công điện hoả tốc số 24-CĐ/UBND": a dispatch written the same way)
    r"|\d+-(?:CT|NQ|KL|TB|HD|QĐ|KH|CV|CĐ)/[A-ZĐ][A-Za-zĐđ0-9\-]*"
    # a code joined by dashes alone: "Thông báo số 93-TB-SYT"
    r"|\d+-(?:TB|QĐ|KH|CV|CĐ|CT|HD)-[A-ZĐ][A-Za-zĐđ0-9]*(?![\wà-ỹÀ-Ỹ/])"
)
_DOCUMENT = re.compile(
    r"(?P<kind>[Tt]hông báo|[Qq]uyết định|[Cc]hỉ thị|[Cc]ông văn|[Cc]ông điện|[Nn]ghị quyết"
    r"|[Kk]ế hoạch|[Tt]hông tư|[Nn]ghị định|[Vv]ăn bản|[Hh]ướng dẫn|[Pp]hương án"
    # the kind abbreviated before a full number: "CV 9229/UBND-VHXH", "QĐ 1825/QĐ-UBND"
    r"|(?:CV|QĐ|CT|KH|TB|NQ|CĐ)(?=\s+(?:số\s+)?\d+/))"
    # ("Công văn khẩn số 2718/UBND-VX", "Công điện hỏa tốc số …")
    r"(?:\s+(?:khẩn|hỏa tốc|hoả tốc))?"
    rf"\s+(?:số\s+)?(?P<number>{_NUMBER}|(?<=số )\d{{2,}}(?![\d/])"
    # a directive or resolution known by its bare number: "Chỉ thị 16", "Nghị quyết 128"
    r"|(?<=[Cc]hỉ thị )\d{1,3}(?![\d/.,]\d|[\d/])|(?<=[Nn]ghị quyết )\d{1,3}(?![\d/.,]\d|[\d/]))"
)
# Numbers that share one code: "các Công văn số 2522, 2523/UBND-VX ngày 28/7/2021" are
# 2522/UBND-VX and 2523/UBND-VX, both of that date.
_SHARED_CODE = re.compile(
    r"(?:[Cc]ông văn|[Qq]uyết định|[Tt]hông báo|[Kk]ế hoạch|[Cc]ông điện)\s+(?:số\s+)?"
    r"(?P<firsts>\d+(?:\s*,\s*\d+)*)\s*(?:,|và)\s*"
    r"(?P<last>\d+)(?P<code>/\s?[A-ZĐ][A-Za-zĐđ0-9\-]*(?:\s?[-–]\s?[A-ZĐ][A-Za-zĐđ0-9\-]*)?)"
)
_BARE_DATED_NUMBER = re.compile(
    rf"(?<![\w/])(?P<number>\d+/(?:UBND|QĐ|CT|KH|TB|CĐ|SYT|BCĐ)(?:-[A-Za-zĐđ0-9]+)*)"
    rf"(?=\s+ngày\s+{DATE})"
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
# So is the document that decided a budget or an allocation the sentence tells of: "đã được
# Ủy ban Thường vụ Quốc hội quyết định tại Nghị quyết số 1271/NQ-UBTVQH", "15.690 liều … do
# Viện … bổ sung tại Quyết định số 1084/QĐ-VSDTTƯ", "Quỹ … thành lập theo Quyết định số …".
_LEGAL_BASIS = re.compile(
    r"[Cc]ăn cứ\s+(?:vào\s+)?$"
    r"|(?:quyết định|bổ sung|phân bổ|cấp|thành lập|giao)\s+(?:tại|theo)\s+$"
)
# A central document (the Prime Minister's, the Government's, the Ministry's) cited in a
# provincial article keeps its own date, which the article seldom writes.
_CENTRAL_DOCUMENT = re.compile(r"TTg|/(?:NQ-)?CP\b|BYT|BCĐQG|/TW\b")
# "3604/QĐ-UBND ngày 14/9/2021", "… | Thanh Hóa, ngày 14 tháng 9 năm 2021" (a header).
_DATE_AFTER_NUMBER = re.compile(
    # ("Chỉ thị 16/CT-TTg được ban hành ngày 31/3/2020")
    rf"\s*[,|]?\s*(?:(?:được\s+)?ban hành\s+(?:vào\s+)?)?(?:{CAP_WORD}(?:\s+{CAP_WORD})*,\s*)?"
    # "128/NQ-CP của Chính phủ ngày 12 tháng 10 năm 2021": the issuer between
    rf"(?:của\s+(?:Chính phủ|Thủ tướng(?: Chính phủ)?|Bộ Y tế|UBND tỉnh|{CAP_WORD})\s+)?ngày\s+"
    rf"(?:{DATE}|{WRITTEN_DATE})"
)
# "Ngày 13/9/2021, Chủ tịch UBND tỉnh đã ký Quyết định …", "…, ngày 21/10/2021, UBND tỉnh
# đã ban hành …": the day it was signed or issued, wherever the clause starts. An article's
# "Ngày 1/6, … cho biết, … đã có quyết định" gives no date of the document.
_ISSUED_KIND = r"(?:[Tt]hông báo|[Cc]ông văn|[Cc]ông điện|[Qq]uyết định|[Cc]hỉ thị|[Kk]ế hoạch)"
_ISSUED_ON = re.compile(
    r"(?<![\wà-ỹ])(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối)\s+(?:ngày\s+)?"
    rf"(?:{DATE}|{WRITTEN_DATE}),?\s[^.]*?(?:ban hành|(?<!đăng )\bký|\bra(?=\s+{_ISSUED_KIND})"
    # ("Ngày 18/11/2021, UBND thành phố Hà Nội đã triển khai công điện hoả tốc số 24-CĐ/UBND")
    r"|phát đi|triển khai(?=\s+[Cc]ông điện))"
)
# The verb that issues the very document numbered after it: "ra thông báo khẩn số 39",
# "ban hành Công văn số 1246" (not "ban hành văn bản yêu cầu thực hiện Chỉ thị 15")
_ISSUED_AS = re.compile(
    rf"(?:ban hành|\bra|phát đi|(?<!đăng )\bký|triển khai(?=\s+[Cc]ông điện))\s+{_ISSUED_KIND}"
    r"(?:\s+[\wà-ỹ]+){0,2}?"
    r"\s+(?:số\s*)?$"
)
# "Công điện số 570/CĐ-TTg ngày 02/5/2021 …; … vừa ban hành Công văn số 1246": that date
# is the number's before it, not the day the later document was issued.
_DATE_OF_A_NUMBER = re.compile(rf"(?:{_NUMBER})\s*,?\s*$")
_ACCORDINGLY = re.compile(r"Theo đó,")
_EXCEPTED = re.compile(r"\(\s*(?:trừ|ngoại trừ|không áp dụng)[^()]*$")
_LIFTED_BEFORE = re.compile(
    r"(?:[Dd]ỡ bỏ|[Bb]ãi bỏ|[Cc]hấm dứt|[Kk]ết thúc|[Gg]ỡ bỏ|[Nn]ới lỏng)"
    r"(?:\s+(?:việc|các|biện pháp|thực hiện|áp dụng)){0,3}\s+$"
)
# The lockdown area as a place: "người dân ở khu phong tỏa", "trong vùng phong tỏa".
_AT_A_LOCKDOWN = re.compile(
    r"(?:ở|tại|trong|khỏi|vào)\s+(?:các\s+|những\s+)?(?:khu vực|khu|vùng|điểm)"
    r"(?:\s+(?:đang|bị|đã))?\s+$"
)
_MOVING_TO = re.compile(r"\s(?:chuyển\s+)?sang\s+(?:thực hiện|áp dụng)\b")
# (a date's dots are no sentence's end: "Nghị quyết số 21 ngày 26.2.2021 của Chính phủ")
_OF_THE_GOVERNMENT = re.compile(
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,30}?\bcủa (?:Chính phủ|Thủ tướng|Bộ Y tế)"
)
# "Chỉ thị 15/CT-TTg năm 2021 về tổng kết …": how a legal database lists a document by title
_TITLE_ONLY = re.compile(r"\s+năm\s+\d{4}\s+về\s")
_MANY_PROVINCES = re.compile(r"\bvà (?:nhiều|các|một số) tỉnh")
_ALL_PROVINCES = re.compile(r"các tỉnh,? thành(?: phố)?|cả nước|toàn quốc|63 tỉnh")
_ISSUED_NOW = re.compile(r"ban hành|(?<!đăng )\bký\b")
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
    # "giãn cách xã hội", "thực hiện giãn cách theo Chỉ thị 16", "cách ly xã hội"
    (
        "social_distancing",
        "social distancing",
        # (capitalised at the head of a list item: "2. Giãn cách xã hội xã B …")
        re.compile(
            # (a line may break inside the phrase: "thực hiện giãn\ncách xã hội")
            r"[Gg]iãn\s+cách(?:\s+xã\s+hội)?(?=\s+xã\s+hội|\s+theo|\s+toàn|\s+trên|[,.;]|$)"
            r"|[Cc]ách\s+ly\s+(?:toàn\s+)?xã\s+hội"
        ),
    ),
    ("lockdown", "lockdown of an area", re.compile(r"[Pp]hong tỏa|[Pp]hong toả")),
    ("mass_testing", "mass testing", re.compile(r"[Xx]ét nghiệm (?:diện rộng|toàn dân|tầm soát)")),
)


# A paragraph that opens by going on with the one before: "In particular, the committee
# required …", "Theo đó, …", "Cụ thể, …".
_GOES_ON = re.compile(
    r"\s*(?:In particular|Accordingly|Specifically|Under the (?:decision|directive)|Theo đó"
    r"|Cụ thể|Đồng thời)\b"
)


def _previous_subject(text: str, sentences: list[Sentence], sentence: Sentence) -> str | None:
    """The one province the sentence before names, in the same paragraph ("Theo Bộ Y tế,
    TP.HCM … . Thành phố đã đạt … theo Nghị quyết 128") or in the paragraph a sentence
    going on with it follows ("… the Khanh Hoa provincial People's Committee tightened
    measures.\n\nIn particular, the committee required …"): the subject carried over."""
    before = [s for s in sentences if s.end <= sentence.start]
    if not before:
        return None
    if "\n" in text[before[-1].end : sentence.start] and not _GOES_ON.match(sentence.text):
        return None
    names = {p.name for p in find_provinces(before[-1].text)}
    return names.pop() if len(names) == 1 else None


def _another_provinces(s: str, number: str, directives: list[dict[str, Any]]) -> bool:
    """The sentence names one province only, and no directive of ``number`` is yet that
    province's: a roundup applying one document province by province."""
    named = {m.name for m in find_provinces(s)}
    if len(named) != 1:
        return False
    given = {d["province"] for d in directives if d["document"] == number}
    return bool(given) and not named & given


def extract_directives(
    text: str, sentences: list[Sentence], published: dt.date | None, focus: str | None
) -> list[dict[str, Any]]:
    directives: list[dict[str, Any]] = []
    seen: set[str] = set()
    repeated: list[int] = []  # where a document already read is named again
    for sentence in sentences:
        if not DIGIT.search(sentence.text):
            continue
        header = _HEADER_NUMBER.match(sentence.text)
        named = list(_DOCUMENT.finditer(sentence.text))
        # "đã ký công văn 694 về việc …", "Thông báo 94 của BCĐ …"
        kind_bare = [
            m
            for m in kind_bare_numbers(sentence.text)
            if not any(n.start() <= m.start("number") < n.end() for n in named)
        ]
        if kind_bare:
            named = sorted([*named, *kind_bare], key=lambda m: m.start())
        # "…: 37/UBND-VP ngày 10/1/2022": a body's full number with its date needs no kind
        bare = [
            m
            for m in _BARE_DATED_NUMBER.finditer(sentence.text)
            if not any(n.start() <= m.start() < n.end() for n in named)
        ]
        shared = _shared_code(sentence.text) if "/" in sentence.text else []
        if shared:
            spans = [(m.start(), m.end()) for m in shared]
            named = [m for m in named if not any(a <= m.start("number") < b for a, b in spans)]
        matches: list[_NumberMatch] = [*([header] if header else []), *named, *bare, *shared]
        for match in matches:
            number = re.sub(r"\s*[-–]\s*", "-", match.group("number"))
            number = re.sub(r"/\s+", "/", number)
            if _LEGAL_BASIS.search(sentence.text, 0, match.start()) or in_a_legal_basis(
                sentence.text, match.start()
            ):
                continue
            if number in seen and _another_provinces(sentence.text, number, directives):
                seen.discard(number)  # a roundup: "Tây Ninh: … theo Chỉ thị 16", then Vĩnh Long's
            if number in seen and _a_new_list(sentence.text, match, number, named, directives):
                # a headline's "theo chỉ thị 16" first, then "… đang áp dụng chỉ thị 16 là
                # TP.HCM, Bình Dương và Đồng Nai": the list is read all the same
                seen.discard(number)
            if number in seen:
                # "… theo Chỉ thị số 16/CT-TTg. … Chỉ thị số 16/CT-TTg ngày 31/3/2020 …": a
                # document named again with its date gets that date.
                again = _DATE_AFTER_NUMBER.match(sentence.text, match.end())
                # (None when the first mention was no province's: a title, the country's)
                first = next((d for d in directives if d["document"] == number), None)
                repeated.append(sentence.start + match.start())
                if again and first is not None and first["date"] is None:
                    first["date"] = iso_date(
                        match_date(again, published, 1 if again.group(1) else 4)
                    )
                continue
            seen.add(number)
            provinces = find_provinces(sentence.text)
            issuer = _ISSUER.search(sentence.text)
            dated = _DATE_AFTER_NUMBER.match(sentence.text, match.end())
            issued_on = _ISSUED_ON.search(sentence.text)
            # "Thủ tướng … đã ký ban hành Chỉ thị số 16": the country's own act
            national = bool(
                not provinces
                and issued_by_the_centre_here(sentence.text, match.start())
                and (
                    _CENTRAL_DOCUMENT.search(number)
                    or _OF_THE_GOVERNMENT.match(sentence.text, match.end())
                    or _prime_ministers_bare(number, match)
                )
            )
            date: dt.date | None
            if dated:
                date = match_date(dated, published, 1 if dated.group(1) else 4)
            elif (
                ("/" not in number or national)
                and issued_on
                and _ISSUED_AS.search(sentence.text, 0, match.end() - len(match.group("number")))
            ):
                # "Tối ngày 3/5, Bộ Y tế ra thông báo khẩn số 39": a bare number, but the
                # sentence reports its issuing on that day
                date = match_date(issued_on, published, 1 if issued_on.group(1) else 4)
            elif _CENTRAL_DOCUMENT.search(number) or "/" not in number:
                date = None  # a central document, or one cited by its bare number
            elif issued_on and not _DATE_OF_A_NUMBER.search(sentence.text, 0, issued_on.start()):
                date = match_date(issued_on, published, 1 if issued_on.group(1) else 4)
            elif _ISSUED_NOW.search(sentence.text):
                # "… được Văn phòng UBND ban hành tại Thông báo số 72/TB-VP": the news of
                # its issuing, dated by the article
                date = find_published_date(text) or published
            else:
                date = None  # only mentioned ("đã có quyết định số …"): no date given
            province = (
                provinces[0].name if provinces else _previous_subject(text, sentences, sentence)
            ) or focus
            central = (
                _CENTRAL_DOCUMENT.search(number)
                or _OF_THE_GOVERNMENT.match(sentence.text, match.end())
                or _prime_ministers_bare(number, match)
            )
            if central and not provinces and _ENGLISH_ISSUING.search(sentence.text):
                # "Minister of Health Nguyen Thanh Long has recently issued Decision 3616/QD-BYT
                # approving …": the centre's own act, no province's (not the article's focus)
                province = None
            if national:
                province = None  # "Thủ tướng … đã ký ban hành Chỉ thị số 16": the country's
            if central and _TITLE_ONLY.match(sentence.text, match.end()):
                seen.discard(number)  # the text below may still apply it
                continue  # a database's list of related documents: a title, not an act
            listed = (
                _listed_provinces(sentence.text, provinces, named)
                or paired_provinces(sentence.text, provinces, _documents(named))
                if central or _prime_ministers_bare(number, match)
                else []
            )
            if not listed and central and not provinces and counted_provinces(sentence.text):
                # "16 southern provinces … under Directive 16 … The provinces and cities are
                # A, B, C …": the list after the count
                listed = provinces_listed_after(text, sentences, sentence)
            given = {d["province"] for d in directives if d["document"] == number}
            listed = [name for name in listed if name not in given] if given else listed
            if central and _MANY_PROVINCES.search(sentence.text) and not listed:
                continue  # "TP HCM, Hà Nội và nhiều tỉnh … đã áp dụng …": no one province's
            if (
                central
                and not provinces
                and (province is None or _ALL_PROVINCES.search(sentence.text))
                and not (province is None and _issued_by_the_centre(text, number))
                and not national
                and not listed
            ):
                # "Theo Nghị quyết 128/NQ-CP, có 4 cấp độ dịch", "Sở Y tế các tỉnh, thành phố
                # … theo Nghị quyết số 21 … của Chính phủ": the country's, not a province's
                # (a province below may still apply it)
                seen.discard(number)
                continue
            for other in listed[1:]:
                # "… theo Chỉ thị số 16/CT-TTg … cùng với các địa phương A, B, C": the one
                # document applied in each listed province
                directives.append(
                    {
                        "province": other,
                        "issuer": issuer.group(1).strip() if issuer else None,
                        "document": number,
                        "document_kind": _kind(match),
                        "date": iso_date(date),
                        "measures": [],
                        "measure_codes": [],
                        "span": [sentence.start + match.start(), sentence.start + match.end()],
                        "confidence": 0.7,
                    }
                )
            if listed:
                province = listed[0]
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
    if "\n" in text:
        given = {(d["document"], d["province"]) for d in directives}
        directives.extend(table_entries(text, given))
    if not directives:
        return directives
    directives = _one_document_written_two_ways(directives)
    # A measure belongs to every document cited in a sentence that names it ("giãn cách xã
    # hội theo Chỉ thị 16" is the decision's and the directive's). In a sentence that names
    # again a document read before ("Quyết định 1903 … theo Chỉ thị 16/CT-TTg. Tiếp tục
    # giãn cách theo Chỉ thị 16/CT-TTg …"), it is that document's and the province's last
    # document's. Named where no document is cited, its first mention goes to the one cited
    # last before it, else to the first.
    for code, label, pattern in MEASURES:
        for nth, found in enumerate(pattern.finditer(text)):
            holder = next((x for x in sentences if x.start <= found.start() < x.end), None)
            if holder is None:
                continue
            same = [d for d in directives if holder.start <= d["span"][0] < holder.end]
            earlier = [d for d in directives if d["span"][0] < found.start()]
            wrapped = _wrapped_on(text, sentences, holder) if not same else None
            if wrapped is not None:
                # "Khi Sài Gòn thực hiện giãn\ncách xã hội theo chỉ thị 16, …": a line broken
                # inside the sentence, the document on the next line
                same = [d for d in directives if wrapped.start <= d["span"][0] < wrapped.end]
                earlier = [d for d in earlier if d["span"][0] < holder.start]
            if same:
                targets = _of_the_measures_clause(text, holder, found.start(), same)
            elif any(holder.start <= r < holder.end for r in repeated):
                issued = [d for d in earlier if not _CENTRAL_DOCUMENT.search(d["document"])]
                targets = issued[-1:] + [d for d in earlier if d["document"] in holder.text]
            elif nth == 0:
                first_document = min(d["span"][0] for d in directives)
                if a_story_above_every_document(text, found.start(), first_document):
                    continue  # a teaser of its own above the documents (a tag page)
                targets = [earlier[-1] if earlier else directives[0]]
            else:
                continue  # a later mention outside a document's sentence adds nothing
            if _LIFTED_BEFORE.search(text, max(holder.start, found.start() - 40), found.start()):
                continue  # "dỡ bỏ phong tỏa": lifting a measure does not order it (134)
            if code == "lockdown" and _AT_A_LOCKDOWN.search(
                text, max(0, found.start() - 30), found.start()
            ):
                continue  # "chăm lo đời sống người dân ở khu phong tỏa": a place, not an order
            if an_area_by_its_measures(text, found.start()):
                continue  # "ở những địa bàn giãn cách xã hội, cách ly, phong tỏa": a place
            if _EXCEPTED.search(text, holder.start, found.start()):
                continue  # "(trừ … các khu vực đang áp dụng lệnh phong tỏa)": an exception
            if code == "lockdown":
                if excepted_after_a_comma(text, holder.start, found.start()):
                    continue
                targets = lockdown_of_its_own(text, found.start(), found.end(), targets, bool(same))
                if not targets:
                    continue
            moving = _MOVING_TO.search(holder.text)
            if moving is not None:
                # "phong tỏa … theo Chỉ thị 16 sang thực hiện giãn cách xã hội theo Chỉ thị 15":
                # what is left is lifted (as "dỡ bỏ" is); what is moved to is the later
                # documents' and the decision's
                turn = holder.start + moving.start()
                if found.start() < turn:
                    continue
                targets = [t for t in targets if t["span"][0] >= turn] or targets
            if _ACCORDINGLY.match(holder.text) or _in_a_list_opened_before(text, holder):
                # "Theo đó, … giãn cách xã hội theo Chỉ thị 15": the content of the document
                # issued in the sentence before, too
                issued = [
                    d
                    for d in earlier
                    if d["span"][0] < holder.start and not _CENTRAL_DOCUMENT.search(d["document"])
                ]
                targets = [*targets, *issued[-1:]]
            groups = found.groupdict()
            for target in targets:
                if code not in target["measure_codes"]:
                    target["measures"].append(label.format(**groups) if groups else label)
                    target["measure_codes"].append(code)
    return directives


# A list of three or more provinces that one document applies in: names separated by
# commas, "và", "bổ sung", a colon, or a parenthesised remark ("Đồng Nai (đã thực hiện)").
# (an English page's list ends in "and": "Tay Ninh, Long An and Tien Giang")
_LIST_GAP = re.compile(
    r"[\s,;:]*(?:\([^()]{0,30}\)[\s,;:]*)?(?:(?:và|and|cùng|bổ sung)\s+)?"
    r"(?:(?:các|những)\s+)?(?:(?:tỉnh|thành phố|TP\.?|địa phương)[\s,:]*)*"
)


# The Prime Minister's directives of 2020–2021 the press cites by bare number ("Chỉ thị 15",
# "chỉ thị 16", "Chỉ thị 19"): central, so a list of provinces applies them each.
_PRIME_MINISTERS_BARE = re.compile(r"1[569]")


class _NumberMatch(Protocol):
    """A document number read from a sentence: a match of ``_DOCUMENT`` or
    ``_BARE_DATED_NUMBER``, or one number of a list sharing a code (``_Shared``)."""

    def group(self, name: str, /) -> str | Any: ...
    def groupdict(self) -> dict[str, str | Any]: ...
    def start(self) -> int: ...
    def end(self) -> int: ...


def _prime_ministers_bare(number: str, match: _NumberMatch) -> bool:
    return _PRIME_MINISTERS_BARE.fullmatch(number) is not None and _kind(match) == "Chỉ thị"


def _a_new_list(
    s: str,
    match: _NumberMatch,
    number: str,
    named: list[re.Match[str]],
    directives: list[dict[str, Any]],
) -> bool:
    """The sentence lists three or more provinces for a central document already read, and
    some of them have no entry of it yet."""
    if not (_CENTRAL_DOCUMENT.search(number) or _prime_ministers_bare(number, match)):
        return False
    listed = _listed_provinces(s, find_provinces(s), named)
    given = {d["province"] for d in directives if d["document"] == number}
    return any(name not in given for name in listed)


def _listed_provinces(s: str, provinces: list[Mention], named: list[re.Match[str]]) -> list[str]:
    """The provinces of every list of three or more in a sentence that cites one document
    only ("… đang áp dụng chỉ thị 16 là A, B và C, sẽ có thêm … gồm: D, E, F, G")."""
    # ("Chỉ thị số 16/CT-TTg … (Chỉ thị 16)" is one document)
    documents = {m.group("number").split("/")[0] for m in named}
    if len(documents) != 1 or len({p.name for p in provinces}) < 3:
        return []
    return provinces_in_lists(s, provinces, _LIST_GAP)


def _documents(named: list[re.Match[str]]) -> int:
    """How many documents a sentence cites ("Chỉ thị số 16/CT-TTg … (Chỉ thị 16)" is one)."""
    return len({m.group("number").split("/")[0] for m in named})


def _one_document_written_two_ways(directives: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "Chỉ thị 16" and "Chỉ thị số 16/CT-TTg" for one province are one document, written
    with its full number (docs/intake-annotation.md, "One document written two ways"); a
    roundup's provinces keep each the number as their own sentences write it."""
    full = {
        (d["document"].split("/")[0], d["province"]) for d in directives if "/" in d["document"]
    }
    return [d for d in directives if (d["document"], d["province"]) not in full]


# Where a sentence turns to other places with another document: "…, đối với các khu vực lân
# cận xung quanh thì áp dụng theo Chỉ thị số 15/CT-TTg", "; còn …", ", riêng …".
_CLAUSE_TURN = re.compile(
    r";|,\s+(?:đối với|còn|riêng|trong khi|các (?:huyện|xã|khu vực) còn lại)\b"
    # "6 xã thực hiện giãn cách theo Chỉ thị 16 và 9 xã thực hiện Chỉ thị 15": other places
    # under their own document
    r"|(?:\svà|,)\s+\d+\s+(?:xã|phường|thị trấn|huyện|quận|thôn|khu phố|địa phương)"
    r"[^,;.]{0,30}?\s(?:thực hiện|áp dụng)\b"
)


def _wrapped_on(text: str, sentences: list[Sentence], holder: Sentence) -> Sentence | None:
    """The next line, when a hard line break cut the holder's sentence: the holder ends
    with no stop and the next line goes on in lower case."""
    if holder.text.rstrip()[-1:] in {".", ";", ":", "!", "?", "…"}:
        return None
    following = next((x for x in sentences if x.start >= holder.end), None)
    if following is None or not following.text[:1].islower():
        return None
    if text[holder.end : following.start].count("\n") != 1:
        return None
    return following


def _of_the_measures_clause(
    text: str, holder: Sentence, position: int, cited: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The documents of the measure's own clause when the sentence turns to other places
    with another document; all the sentence's otherwise."""
    if len(cited) < 2:
        return cited
    turns = [holder.start + m.start() for m in _CLAUSE_TURN.finditer(holder.text)]
    start = max((t for t in turns if t <= position), default=holder.start)
    end = min((t for t in turns if t > position), default=holder.end)
    own = [d for d in cited if start <= d["span"][0] < end]
    return own or cited


class _Shared:
    """One number of a list sharing a code, read like a match of ``_DOCUMENT``: its own
    start, the list's end (the date after the code is every number's)."""

    def __init__(self, number: str, start: int, end: int, kind: str) -> None:
        self._groups = {"number": number, "kind": kind}
        self._start, self._end = start, end

    def group(self, name: str) -> str:
        return self._groups[name]

    def groupdict(self) -> dict[str, str | Any]:
        return self._groups

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _shared_code(s: str) -> list[_Shared]:
    found: list[_Shared] = []
    for match in _SHARED_CODE.finditer(s):
        kind = match.group().split()[0] + " " + match.group().split()[1]
        code = match.group("code")
        offset = match.start("firsts")
        for first in re.finditer(r"\d+", match.group("firsts")):
            found.append(_Shared(first.group() + code, offset + first.start(), match.end(), kind))
        found.append(_Shared(match.group("last") + code, match.start("last"), match.end(), kind))
    return found


_ENGLISH_ISSUING = re.compile(
    r"\b(?:Minister|Ministry|Government|Prime\s+Minister)\b[^.;]{0,60}?\b(?:issued|signed)\b"
)


def _issued_by_the_centre(text: str, number: str) -> bool:
    """An article about the country's own document ("Chỉ thị 16/CT-TTg được ban hành ngày
    31/3/2020", "Thủ tướng đã ký Chỉ thị …"): it is a directive with no province. An
    English page says so too ("the Prime Minister issued Directive No. 16", "the Prime
    Minister's Directive 16", "Decision 261/QD-BYT 2022 of the Ministry of Health"), read
    after its directive words were put the Vietnamese way."""
    written = re.escape(number).replace("\\-", r"\s*[-–]\s*").replace("/", r"/\s?")
    return (
        re.search(
            rf"{written}\s+(?:được\s+)?(?:ban hành|ký)"
            rf"|(?:ban hành|\bký|\bissued|\bsigned)\s+[^.;]{{0,20}}?{written}"
            rf"|Prime Minister['’]s\s+(?:[Cc]hỉ thị\s+)?{written}"
            # ("According to Decision 261/QD-BYT 2022 of the Ministry of Health, …")
            rf"|{written}(?:\s+\d{{4}})?\s+of\s+the\s+(?:Ministry\s+of\s+Health|Health\s+Ministry"
            r"|Government|Prime\s+Minister)\b",
            text,
        )
        is not None
    )


_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}[.)]|[-–+•*])\s")


def _in_a_list_opened_before(text: str, holder: Sentence) -> bool:
    """ "… đã ban hành quyết định số 1033/QĐ-UBND …, cụ thể:\n1. Khoanh vùng, phong tỏa …":
    a numbered or bulleted line of a list that a colon opened, every line between them an
    item too: the content of the document issued before the colon."""
    line_start = text.rfind("\n", 0, holder.start) + 1
    item = _ENUMERATOR.match(text, line_start)
    if item is None or text[item.end() : holder.start].strip():
        return False  # (the splitter may cut "1." off as a sentence of its own)
    colon = text.rfind(":", 0, line_start)
    if colon < 0 or holder.start - colon > 2000:
        return False
    lines = [line for line in text[colon + 1 : line_start].split("\n") if line.strip()]
    return all(_ENUMERATOR.match(line) for line in lines)


def _kind(match: _NumberMatch) -> str:
    """The document's kind as written, or as its number's code says for a header."""
    if "kind" in match.groupdict():
        return match.group("kind").capitalize()
    code = re.search(r"/(?:\d{4}/)?([A-ZĐ]+)", match.group("number"))
    return _KIND_BY_CODE.get(code.group(1) if code else "", "Văn bản")
