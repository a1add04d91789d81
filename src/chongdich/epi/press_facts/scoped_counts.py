"""Running totals a sentence states for less than the province it names: one cluster's
cases ("liên quan đến ổ dịch xã Đạo Lý, …, hiện Hà Nam đã có 15 trường hợp dương tính"), a
district's, the province named only to place the district ("Huyện Phù Yên, tỉnh Sơn La đến
nay đã ghi nhận hơn 10 trường hợp"), and cases counted since the province's own first case
of a later day than the wave's ("kể từ ca bệnh BN687.470 … vào chiều ngày 19/9/2021, tính
đến 6 giờ ngày 13/10/2021, Hà Nam ghi nhận 667 ca": a period, docs/intake-annotation.md).
None is the province's total; tag pages and teasers often hold nothing else."""

from __future__ import annotations

import re
from typing import Any

from ..gazetteer import canonical_province
from .shared import COVID

Figure = tuple[int, str, Any, tuple[int, int]]

_TOTALS = frozenset({"cumulative_cases", "cumulative_is_lower_bound"})
_LEVELS = frozenset({"level", "previous_level"})
_OUTCOMES = frozenset({"recovered", "deaths"})
_NAME = r"[A-ZĐÀ-Ỹ][\wà-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ]*){0,3}"
# One cluster's cases: "liên quan đến ổ dịch …", "liên quan tới chùm ca bệnh …".
_CLUSTER = re.compile(r"[Ll]iên quan (?:đến|tới)\s+(?:các\s+)?(?:ổ dịch|chùm)")
# A district, town or city of the province as the sentence's subject, its province after a
# comma: "Huyện Phù Yên, tỉnh Sơn La …" (after an outlet's "VOV.VN - ").
_DISTRICT_OF_PROVINCE = re.compile(
    r"(?:[A-Za-z.]{2,16}\s*[-–]\s*)?(?:Huyện|Quận|Thị xã|Thành phố|TP\.?)\s*"
    rf"{_NAME}\s*,\s*(?:tỉnh|thành phố|TP\.?)\s*[A-ZĐÀ-Ỹ]"
)
# A town or district as the subject with no province after it, the province named in an
# earlier sentence: "Cụ thể, TX Đông Triều đến nay đã phát hiện 35 ca", "TP Uông Bí đến nay
# …" (a city only when it is not a province: "TP Hà Nội đã ghi nhận …" is Hà Nội's total).
_DISTRICT_SUBJECT = re.compile(
    r"(?:(?:Cụ thể|Trong đó|Riêng),\s*)?(?:TX\.?|Thị xã|Huyện|Quận|TP\.?|Thành phố)\s*"
    rf"(?P<name>{_NAME})\s+"
    r"(?:đến nay|hiện|tính đến|đã|cũng|vừa|ghi nhận|phát hiện)\b"
)
# Counted since a case found on a day: "kể từ ca bệnh BN687.470, …, vào chiều ngày 19/9/2021".
_SINCE_A_CASE = re.compile(
    r"[Kk]ể từ\s+(?:khi\s+(?:phát hiện|ghi nhận)\s+)?(?:ca|trường hợp|bệnh nhân)\b"
    r"[^;]{0,160}?ngày\s+(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})"
)
# Cases named as what others are linked to: "có liên quan đến 8 ca bệnh mới".
_REFERRED_TO = re.compile(r"[Ll]iên quan (?:đến|tới|với)\s+(?:các\s+|những\s+)?$")
# Before a count of community cases, a cue that it stands to date, and one of the day's.
_STANDING_HEAD = re.compile(
    r"(?<![\wà-ỹ])(?<![Pp]hát )(?<![Tt]hực )(?<![Xx]uất )[Hh]iện(?: nay| tại)?(?![\wà-ỹ])"
    r"|[Đđ]ến nay|[Tt]ừ đầu|đợt dịch|[Cc]ộng dồn|[Ll]ũy kế|[Tt]ích lũy|[Nn]hư vậy"
)
_DAY_HEAD = re.compile(
    r"(?<![\wà-ỹ])(?:mới|thêm|vừa|[Hh]ôm nay|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Nn]gày \d)"
    r"(?![\wà-ỹ])|[Tt]rong ngày|24\s*(?:giờ|h)"
)
_FIRST_EVER = re.compile(
    rf"(?:\s+(?:ca|trường hợp|bệnh nhân|mắc|nhiễm|dương tính|{COVID}))*\s+đầu tiên"
)
# A mark crossed, right before its count: "vượt mốc 500", "vượt ngưỡng hơn 1.000".
_MARK_BEFORE = re.compile(r"(?:mốc|ngưỡng)\s+(?:(?:hơn|gần|trên|khoảng)\s+)?$")
# Cases that set off what a sentence tells: "Sau khi ghi nhận 3 ca mắc …, …", "Bạc Liêu họp
# khẩn sau khi phát hiện 50 ca Covid-19 ngoài cộng đồng" (not those
# added: "sau khi có thông tin phát hiện thêm một ca mắc …", the day's).
_SET_OFF_BY = re.compile(
    r"(?<![\wà-ỹ])[Ss]au khi\s+(?:[^,;.\d]{0,20}?\s)?(?:ghi nhận|phát hiện|xuất hiện|có)\s+$"
)
# A count of tests: "xét nghiệm Covid-19 hơn 83.300 trường hợp", "xét nghiệm cho 5.000 người".
_TESTED = re.compile(
    rf"xét nghiệm(?:\s+{COVID})?(?:\s+cho)?\s+(?:(?:hơn|gần|trên|khoảng|được)\s+)*$"
)
# A total of community cases only: "14 ca nhiễm COVID-19 trong cộng đồng".
_COMMUNITY_ONLY = re.compile(
    rf"\s+(?:ca|trường hợp|bệnh nhân|F0)(?:\s+(?:mắc|nhiễm|dương tính|bệnh))?"
    rf"(?:\s+(?:với\s+)?{COVID})?"
    # ("41 ca mắc Covid do lây nhiễm trong cộng đồng": the spread named before the place)
    r"(?:\s+(?:do\s+)?(?:lây nhiễm|lây lan|lây))?\s+(?:trong|ngoài|tại|ở)\s+cộng đồng"
)
# Patients by their state, after the count: "12 ca bệnh nặng", "80 ca không triệu chứng",
# "783.200 bệnh nhân COVID-19 ở nước ta đã khỏi".
_BY_STATE = re.compile(
    r"\s+(?:ca|trường hợp|bệnh nhân|người)\s+(?:bệnh\s+|đang\s+|trong\s+tình trạng\s+)?"
    r"(?:nặng|rất nặng|nguy kịch|có triệu chứng|không (?:có )?triệu chứng|thở máy)"
    rf"|\s+(?:ca|trường hợp|bệnh nhân|người)(?:\s+{COVID})?(?:\s+(?:ở|tại)\s+(?:nước ta|Việt Nam))?"
    r"\s+(?:đã\s+)?(?:được\s+)?(?:chữa\s+|điều trị\s+)?khỏi"
)
# The province's own total after the scope: "… 10 ca liên quan tới chùm ca bệnh ở Công ty
# Hoya Lens, nâng tổng số ca nhiễm … trên địa bàn tỉnh Quảng Ngãi lên 590 ca".
_PROVINCE_RAISED = re.compile(r"nâng tổng|trên địa bàn (?:toàn )?tỉnh|toàn tỉnh")
# Days that begin the counts the guideline keeps as totals: the first case in the country
# (23/1/2020) and the fourth wave (27/4/2021).
_WHOLE_COUNT_STARTS = {(23, 1), (27, 4)}


def without_narrower_scopes(s: str, found: list[Figure]) -> list[Figure]:
    """``found`` without the running totals of sentence ``s`` that count a cluster, a
    district, or a period since a later case, and without the levels it gives communes."""
    if ("xã" in s or "huyện" in s or "phường" in s) and any(f[1] in _LEVELS for f in found):
        found = [
            f
            for f in found
            if f[1] not in _LEVELS or not for_smaller_places(s, s.rfind(";", 0, f[0]) + 1, f[0])
        ]
    if "liên quan" in s or "Liên quan" in s:
        # "… những người có liên quan đến 8 ca bệnh mới": cases referred to, not counted
        found = [f for f in found if not _REFERRED_TO.search(s, max(0, f[0] - 30), f[0])]
    if "iên quan" in s and any(f[1] in _OUTCOMES for f in found):
        # "Liên quan đến các chùm ca bệnh từ ngày 27/11 tại tỉnh Yên Bái có 453/735 bệnh nhân
        # được ra viện": the clusters' recovered, not the province's
        cluster = _CLUSTER.search(s)
        if cluster is not None:
            found = [
                f
                for f in found
                if f[1] not in _OUTCOMES
                or f[0] < cluster.start()
                or _PROVINCE_RAISED.search(s, cluster.start(), f[0])
            ]
    if "mốc" in s or "ngưỡng" in s:
        # "vượt mốc 500 ca bệnh trong cộng đồng": a mark of community cases crossed, no day's
        # count ("Số ca mắc mới trong ngày … vượt mốc 1.000 ca" is the day's, test_days_marks)
        found = [
            f
            for f in found
            if f[1] != "community_cases" or not _MARK_BEFORE.search(s, max(0, f[0] - 30), f[0])
        ]
    if "cộng đồng" in s and any(f[1] == "community_cases" for f in found):
        # "Toàn tỉnh An Giang hiện có 134 trường hợp mắc Covid-19 trong cộng đồng", "Tính từ
        # đợt dịch thứ 4, … 226 ca mắc COVID-19 trong cộng đồng": standing, not the day's
        # ("phát hiện 8 ca nhiễm Covid-19 đầu tiên trong cộng đồng": the first ever, no day's)
        found = [
            f
            for f in found
            if f[1] != "community_cases"
            or not (
                (_STANDING_HEAD.search(s, 0, f[0]) and not _DAY_HEAD.search(s, 0, f[0]))
                or _FIRST_EVER.match(s, f[3][1])
            )
        ]
    if "au khi" in s:
        # "Sau khi ghi nhận 3 ca mắc COVID-19 trong cộng đồng …, ngành chức năng đã …": the
        # cases that set off what the sentence tells, not the day's count
        found = [f for f in found if not _SET_OFF_BY.search(s, max(0, f[0] - 40), f[0])]
    if not any(f[1] in _TOTALS for f in found):
        return found
    if "xét nghiệm" in s or "cộng đồng" in s:
        # "đã tổ chức xét nghiệm Covid-19 hơn 83.300 trường hợp": tests, not cases; "có 14
        # ca nhiễm COVID-19 trong cộng đồng": a community-only total (guideline 321)
        found = [
            f
            for f in found
            if f[1] not in _TOTALS
            or not (_TESTED.search(s, max(0, f[0] - 40), f[0]) or _COMMUNITY_ONLY.match(s, f[3][1]))
        ]
    if "nặng" in s or "triệu chứng" in s or "nguy kịch" in s or "khỏi" in s:
        # "Hiện có 12 ca bệnh nặng, 149 ca có triệu chứng vừa và nhẹ": patients by state;
        # "Đến nay hơn 783.200 bệnh nhân COVID-19 ở nước ta đã khỏi bệnh": the recovered
        # (the bound's span is its "hơn": dropped with the count at the same place)
        by_state = {
            f[0] for f in found if f[1] == "cumulative_cases" and _BY_STATE.match(s, f[3][1])
        }
        found = [f for f in found if f[1] not in _TOTALS or f[0] not in by_state]
    since = _narrower_from(s)
    if since is None:
        return found
    return [
        f
        for f in found
        if f[1] not in _TOTALS or f[0] < since or _PROVINCE_RAISED.search(s, since, f[0])
    ]


def _narrower_from(s: str) -> int | None:
    """Where in ``s`` the narrower scope begins, if it has one."""
    if "iên quan" in s:
        cluster = _CLUSTER.search(s)
        if cluster:
            return cluster.start()
    if s[:1] in "HQTV" and _DISTRICT_OF_PROVINCE.match(s):
        return 0
    subject = _DISTRICT_SUBJECT.match(s) if s[:1] in "CTRHQ" else None
    if subject and canonical_province(subject["name"]) is None:
        return 0
    if "ể từ" in s:
        since = _SINCE_A_CASE.search(s)
        if since and (int(since["d"]), int(since["m"])) not in _WHOLE_COUNT_STARTS:
            return since.start()
    return None


# A change of level stated for communes or districts of the province: "điều chỉnh cấp độ
# nguy cơ dịch đối với 2 xã Lũng Hòa, Bồ Sao … từ cấp độ 2 lên cấp độ 4".
_FOR_SMALLER_PLACES = re.compile(
    r"(?:đối với|cho|tại|ở)\s+(?:\d+|hai|ba|bốn|năm|các|những)?\s*"
    r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thôn|khu phố)\b"
)


def for_smaller_places(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the clause before a change of level, gives the change to
    communes or districts rather than to the province named before it."""
    return _FOR_SMALLER_PLACES.search(text, start, end) is not None
