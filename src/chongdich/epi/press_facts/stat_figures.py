"""Every statistic one sentence states: (position, field, value, span)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..gazetteer import find_provinces
from ..vn_numbers import parse_count, parse_percent
from .averages_and_suspects import per_day_or_suspects
from .bracketed_days import without_bracketed_days
from .commune_counts import commune_count_figures
from .district_counts import of_a_district
from .district_levels import changed_by_a_district
from .domestic_counts import with_domestic_counts
from .english_figures import english_figures
from .english_periods import without_periods
from .hour_windows import about_a_day
from .long_periods import without_long_periods
from .milestones import milestone_figures
from .ministry_counts import DAY_HEADLINE_RUN, ministry_day_counts
from .one_kind_days import all_of_one_kind
from .one_kind_totals import without_one_kinds_totals
from .outcome_headings import as_the_headings_outcome
from .outcome_totals import of_a_subgroup, opens_as_of, with_outcome_totals
from .period_parts import many_days_range
from .province_shares import with_a_provinces_share
from .rapid_tests import without_rapid_test_positives
from .scaled_totals import scaled_totals, without_unscaled_digits
from .scoped_counts import without_narrower_scopes
from .shared import COVID, DATE, NUM, match_date
from .split_parts import without_split_parts_as_days
from .standing_totals import standing_totals, without_a_waves_split
from .stat_patterns import (
    BOOSTER_CLAUSE,
    CHANGE_BEFORE,
    CHILDRENS_RATES,
    COLOURS,
    COMMUNE_SCALE,
    COMMUNE_SCALE_ITEM,
    COMMUNES,
    COMMUNES_AT,
    COMMUNES_NONE,
    COUNTS_CASES,
    CUMULATIVE_AFTER_CUE,
    CUMULATIVE_CUE,
    CUMULATIVE_CUE_WORDS,
    CUMULATIVE_IS,
    CUMULATIVE_NOW,
    CUMULATIVE_TOTAL,
    DAILY_BEFORE,
    DAILY_CUE,
    DAILY_FIELDS,
    DATED_LEAD_COUNT,
    FIELDS_BY_GATE,
    GATE_WORDS,
    LEVEL_BARE_PROVINCE,
    LEVEL_CHANGE,
    LEVEL_KIND_ALONE,
    LEVEL_OUR_PROVINCE,
    LEVEL_WHOLE,
    NAME_NUMBER_BEFORE,
    NEW_24H,
    NEW_24H_CUE,
    OUTCOME_FIELDS,
    PATTERNS,
    PLACES_NONE,
    POSITIVES,
    RAISING_THE_TOTAL,
    STANDING_SPLIT,
    TOTAL_CUE,
    UNACCENTED_GATE,
    UNACCENTED_LABELS,
    level_of,
    matched_number,
)
from .total_phrasings import with_more_totals
from .wave_recoveries import without_a_waves_recovered
from .whole_days import with_the_whole_days_count

# Coverage written above 100% counts people from other provinces (docs/intake-annotation.md).
_COVERAGE_UPPER = 150.0
_AS_OF_AFTER_CUE = re.compile(
    rf"\s*(?:\d{{1,2}}\s*(?:h|giờ)(?:\d{{2}})?\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?"
    rf"(?:ngày\s+)?(?:{DATE}|(?P<today>hôm nay|ngày hôm nay))"
)


# A window of one day inside a total: "tổng số ca mắc trong ngày", "… trong 24 giờ qua".
_DAY_WINDOW = re.compile(r"trong ngày|trong\s+24\s*(?:giờ|h)|hôm nay")


def _as_of_from_cue(s: str, cue: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The date a cumulative figure stands at: "tính đến ngày 31/10", "đến sáng ngày hôm nay"."""
    written = cue.group()
    date_match = re.search(DATE, written)
    if date_match:
        return match_date(date_match, published)
    if "hôm nay" in written:
        return published
    following = _AS_OF_AFTER_CUE.match(s, cue.end())
    if following:
        return published if following.group("today") else match_date(following, published)
    return None


_SINCE_DATE = re.compile(
    # ("từ ngày 15-4 đến nay": the dash too)
    # ("Từ 1/10 đến nay", "từ đầu tháng 10 đến nay": the word "ngày" may be missing, a
    # month opens a period too, and so does "từ đầu năm (2021)")
    # ("Từ ngày 25 tháng 7 đến nay": the month in words after the day)
    r"[Tt]ừ (?:ngày\s+)?(?:(?P<wave>27[/.-]0?4|27\s+tháng\s+0?4)|\d{1,2}[/.-]\d{1,2}"
    r"|\d{1,2}\s+tháng\s+\d{1,2}|(?:đầu\s+)?tháng\s+\d{1,2}|đầu năm)"
    r"(?:[/.-]\d{4}|\s+\d{4})?\s*$"
)


# The days, weeks or months just past ("Trong 7 ngày qua", "trong hai tuần qua", "trong tháng
# vừa qua"), not the day ("24 giờ qua", "trong ngày qua"); a total since the start stands.
_PAST_DAYS = re.compile(
    r"[Tt]rong\s+(?:(?:\d+|hai|ba|bốn|năm|sáu|bảy|mười)\s+(?:ngày|tuần|tháng)|tuần|tháng)"
    r"\s+(?:vừa\s+)?qua\b"
)
_SINCE_THE_START = re.compile(r"từ đầu|đến nay|[Ll]ũy kế|[Ll]uỹ kế|cộng dồn|tích lũy|tích luỹ")


# "Số lượng ca mắc mới tính từ ngày 27/4 đến nay là 1.678 ca": the new cases counted since
# the wave began, a period next to the bulletin's total (docs/intake-annotation.md, 294)
_NEW_SINCE = re.compile(r"(?:mắc|nhiễm) mới\s+(?:tính\s+)?[Tt]ừ (?:ngày\s+)?27[/.-]0?4")
# (not the day's part of a total in brackets: "đã được điều trị khỏi 1.243 ca (trong ngày: 33)")
_DAY_AFTER = re.compile(r"[^.;,(]{0,12}?(?:trong ngày|hôm nay|trong 24 giờ qua)")
Figure = tuple[int, str, Any, tuple[int, int]]


# Between a total's cue and its count: the cases of one variant, not all cases.
_VARIANT = re.compile(r"(?i)omicron|delta|biến (?:chủng|thể)|BA\.\d|XBB|variant")
# Between a total's cue and its count: the total of an outcome, not of cases.
_OUTCOME_BETWEEN = re.compile(r"khỏi|xuất viện|ra viện|tử vong|điều trị")
# An outcome's label right before the cue: "nâng số người khỏi bệnh đến nay là …"
# ("Tổng số ca tử vong do COVID-19 tại Việt Nam tính đến nay là 15.018 ca": the disease
# and the country between)
_OUTCOME_LABEL_BEFORE = re.compile(
    r"[Ss]ố (?:người|ca|bệnh nhân|trường hợp)[^.;,\d]{0,20}?"
    rf"(?:khỏi|xuất viện|ra viện|tử vong)(?:[^.;,\d]|{COVID}){{0,12}}"
    r"(?:(?:do|liên quan đến) [^.;,]{0,12}?)?(?:(?:tại|ở) (?:Việt Nam|nước ta)\s*)?"
    r"(?:[Tt]ính\s*)?$"
)
# A count after one of these in its sentence is a total or a period's, never the day's
# new cases: "đến ngày 31.10, Bạc Liêu ghi nhận 2.828 ca dương tính", "Từ ngày 1.10 đến nay
# … phát hiện 710 trường hợp dương tính" (not a window's end: "từ ngày 1/10 đến ngày 2/10").
_TOTAL_HEAD = re.compile(
    r"[Tt]ừ đầu|[Cc]ộng dồn|[Ll]ũy kế|[Ll]uỹ kế|[Tt]ích lũy|[Tt]ổng số|đến nay|[Tt]ính đến"
    r"|(?<![\d/.-] )[Đđ]ến(?: (?:sáng|trưa|chiều|tối|hết))? ngày"
    r"|(?:^|(?<=[-–]\s))[Đđ]ến (?:sáng|trưa|chiều|tối) \d{1,2}[/.-]\d{1,2}\b"
)


# A count of provinces opening a rate's clause: the rate is a range's bound, not a figure.
# ("Các tỉnh, thành phố có tỷ lệ … đạt trên 95% là A, B": a group, not a count)
_PROVINCES_COUNTED = re.compile(r"(?:\d+(?:/\d+)?|[Cc]ác|[Nn]hững)\s+(?:tỉnh|địa phương)")
# A rate that is not of a population: a share of the doses allotted or planned ("cộng dồn
# 37.429, đạt 92,2%"), enough vaccine for a share ("đủ vaccine để tiêm mũi 1 cho 100%",
# "phân bổ … đảm bảo bao phủ 100% mũi 1").
_SHARE_OF_DOSES = re.compile(r"cộng dồn\s+[\d.]+\s*(?:liều|mũi)?\s*,\s*đạt\s*$")
_ENOUGH_FOR = re.compile(
    r"đủ\s+(?:lượng\s+)?(?:vaccine|vắc xin|vắc-xin|vacxin)|đảm bảo bao phủ|phân bổ[^.;]{0,80}$"
)
_RANGE_BOUND_BEFORE = re.compile(r"(?:trên|dưới|từ)\s*$")
_WINDOW_ENDS = re.compile(
    r"(?P<h>\d{1,2})\s*(?:h|giờ)(?:\s*\d{2})?\s+ngày\s+(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})"
)


def _window_hours(window: str) -> int | None:
    """Hours between a window's two ends ("từ 18 giờ ngày 20-12 đến 6 giờ ngày 21-12" →
    12), when both give an hour and a day of one month or of consecutive days."""
    ends = _WINDOW_ENDS.findall(window)
    if len(ends) != 2:
        return None
    (h1, d1, m1), (h2, d2, m2) = ((int(h), int(d), int(m)) for h, d, m in ends)
    if m1 != m2:
        return None  # across a month's end: the day count is not worth reading here
    return (d2 - d1) * 24 + h2 - h1


# "trong 12 giờ qua", "Trong hai ngày 02-03/10", "trong 7 ngày qua": a window other than
# the day, whose counts are no day's counts (and neither are their parts, "Trong đó …").
_OTHER_WINDOW = re.compile(
    # ("chỉ trong vòng 20 ngày (từ ngày 6 đến 26 tháng 3), đã có 137 ca mắc mới")
    r"(?<![\wà-ỹ])[Tt]rong\s+(?:vòng\s+)?(?:(?P<h>\d{1,2})\s*(?:giờ|h|tiếng)\s+qua"
    r"|(?:[2-9]|\d{2}|hai|ba|bốn|năm|sáu|bảy|mười)\s+ngày(?![\wà-ỹ]))"
)


def other_window(s: str) -> bool:
    """The sentence counts over a window other than the day."""
    if " the " in s and _ENGLISH_DAYS.search(s):
        return True
    if "rong" not in s:
        return False
    return any(m.group("h") is None or int(m.group("h")) != 24 for m in _OTHER_WINDOW.finditer(s))


# "In the last seven days, Kiên Giang Province reported 1,217 COVID-19 cases, of those, 776 …"
_ENGLISH_DAYS = re.compile(
    r"\b(?:[Ii]n|[Oo]ver|[Dd]uring)\s+the\s+(?:last|past|previous)\s+(?:[2-9]|\d{2}|two|three|four"
    r"|five|six|seven|ten|fourteen)\s+(?:days|weeks|months)\b"
)


# "(từ ngày 19/8), Kiên Giang có thêm 377 ca": a period opened and not closed the next day
# (a window "từ ngày 31/10 đến 9h ngày 1/11" is a day's).
# A total raised, its period next: "nâng số ca từ ngày 10/7 đến nay lên …"
_RAISED_OVER = re.compile(
    r"nâng\s+(?:tổng\s+)?(?:số\s+)?(?:ca|bệnh nhân|trường hợp|người)?(?:\s+(?:mắc|nhiễm))?"
    rf"(?:\s+{COVID})?\s*$"
)
# "Từ 18.7 đến nay, Quảng Nam có 1.296 ca …, 83 ca nhập cảnh": a period opened on a day
# written without "ngày" (the fourth wave's 27/4 is a total's start)
_PERIOD_TO_NOW_BARE = re.compile(
    r"(?<![\wà-ỹ])[Tt]ừ\s+(?!27[/.-]0?4\b)\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s+(?:đến|tới)\s+nay"
)
_PERIOD_OPENED = re.compile(
    r"[Tt]ừ ngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?(?!\d|[/.-]\d)\)?"
    r"(?!\s*(?:\d{1,2}\s*(?:h|giờ)\s+)?(?:đến|tới)\s+(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?\s+)?ngày)"
)


# The day's outcomes after "đã có", which alone would be a total's cue.
_DAY_HAD = re.compile(r"(?:[Tt]rong ngày|[Hh]ôm nay),?\s+(?:[^\s,.;]+\s+){0,3}?đã có\s+$")
# "Việt Nam vừa có 4 ca tử vong do COVID-19", "Hà Nội vừa ghi nhận 40 bệnh nhân khỏi bệnh": just
# had, the day's outcomes
_JUST_HAD = re.compile(
    r"(?<![\wà-ỹ])vừa\s+(?:có|ghi nhận|công bố|phát hiện)(?:\s+thêm)?\s+(?:(?:hơn|gần)\s+)?$"
)
_ADDED_ALONE = re.compile(r"\s*[Tt]hêm\s+")
# A dated lead's count of new cases, then the day's outcomes joined to it.
_DAY_LEAD_RUN = re.compile(
    r"(?:[Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối)\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?"
    rf",?[^.;]{{0,60}}?ghi nhận\s+(?:thêm\s+)?{NUM}\s+(?:ca|trường hợp|F0)"
    rf"(?:[^.;:\d]|{COVID}){{0,60}}?"
    r"\s(?:và|,)\s*$"
)
# A run of counts a day adds, up to the figure: "thêm 1.163 ca nhiễm, 309 ca khỏi bệnh, "
_ADDED_RUN = re.compile(rf"\bthêm\s+{NUM}\s[^.;:]{{0,60}}$")
# After a count: its split into the recovered or the dead ("94 trường hợp mắc Covid-19,
# trong đó 17 ca điều trị khỏi"), which only a total has.
_SPLIT_INTO_OUTCOMES = re.compile(
    rf"(?:[^.;,\d]|{COVID}){{0,30}}?,?\s*trong đó\s+(?:có\s+)?{NUM}\s+(?:ca|trường hợp|bệnh nhân)"
    r"\s+(?:đã\s+)?(?:được\s+)?(?:điều trị\s+)?(?:khỏi|xuất viện|ra viện|tử vong)"
)
# A week or a month counted: "Tuần qua", "trong tuần này", "trong 2 tuần", "tháng qua".
_WEEKS_OR_MONTHS = re.compile(
    r"(?<![\wà-ỹ])(?:[Tt]uần|[Tt]háng) (?:qua|này|trước)(?![\wà-ỹ])"
    r"|(?<![\wà-ỹ])[Tt]rong (?:\d+|một|hai|ba|bốn) (?:tuần|tháng)(?![\wà-ỹ])"
)
# A count's own words up to "mới": "18 ca mắc mới", "1.899 ca mắc Covid-19 mới".
_NEW_AFTER_COUNT = re.compile(rf"(?:[^,;.\d]|{COVID}){{0,30}}?\bmới\b")
# ("2 ca tử vong thứ 56 và 57", "360 ca tử vong (3398-3757)": the day's, numbered)
_ORDINALS_AFTER = re.compile(r"\s+thứ\s+\d|\s*\(\s*(?:từ\s+)?\d{1,6}\s*[-–]\s*\d{1,6}\s*\)")
_BACK_FILLED = re.compile(r"[Bb]ổ sung\s+(?:thêm\s+)?(?:(?:hơn|gần|khoảng|trên)\s+)?$")


def sentence_figures(s: str, published: dt.date | None) -> list[Figure]:
    """(position, field, value, span) of every figure the patterns read in one sentence;
    a window of hours other than 24, or a period of days, has no day's counts (a window's
    running totals stand)."""
    try:
        found = _read_figures(s, published)
        if "nghìn" in s or "ngàn" in s or "triệu" in s:
            found = without_unscaled_digits(s, found)  # not "64" of "gần 64 nghìn ca"
    except ValueError:
        return []  # "tỷ lệ 46,5 ca/100.000 dân": a rate where a count was looked for, no count
    standing = STANDING_SPLIT.search(s) if "trong đó" in s else None
    if standing is not None:
        # "Toàn tỉnh hiện có 1.001 ca nhiễm COVID-19, trong đó …": the total, not the day's
        at = standing.start("n")
        found = [f for f in found if f[1] != "new_cases_24h" or f[0] != at]
    # a cluster's, a district's or a later case's running count is no province's total
    found = with_more_totals(s, without_narrower_scopes(s, found))
    found = with_the_whole_days_count(s, found)  # "Ngày hôm nay, Hà Nội chỉ ghi nhận 9 ca"
    if "tử vong" in s or "khỏi" in s or "viện" in s:
        found = with_outcome_totals(s, found)  # "2 ca tử vong, cộng dồn 310 trường hợp"
    if "trong đó" in s:
        found = without_split_parts_as_days(s, found)  # "3 ca …, trong đó … 1 ca nhiễm mới"
    if "trong nước" in s and "mới" in s:
        found = with_domestic_counts(s, found)  # "4.789 ca mắc … mới do lây nhiễm trong nước"
    if "ừ " in s and ("đến" in s or "tới" in s):
        # "từ ngày 01/1/2021 đến 16h ngày 8/11/2021: 80 trường hợp, trong đó …": a period
        found = without_long_periods(s, found)
    if "vẫn" in s or "khỏi" in s or "nâng tổng" in s or "đợt dịch" in s:
        # "Việt Nam hiện vẫn có 1.059 bệnh nhân", "đã chữa khỏi cho 893/1.059 ca mắc"
        taken = {f[0] for f in found}
        found += [f for f in standing_totals(s) if f[0] not in taken]
        if "đợt dịch" in s:
            found = without_a_waves_split(s, found)
    if "khỏi" in s:
        # "Số ca mắc mới ghi nhận trong nước … kể từ 27/4 đến nay …, trong đó có 8.000 bệnh
        # nhân đã được công bố khỏi bệnh": the wave's recovered
        found = without_a_waves_recovered(s, found)
    # "Số lượng ca mắc mới ghi nhận trong nước … đến nay là 40.609 ca": one kind's total
    found = without_one_kinds_totals(s, found)
    if "trong đó" in s:
        found = with_a_provinces_share(s, found)  # "…, trong đó Bình Dương có 4.223 ca"
    if "ệnh viện" in s or "khu điều trị" in s or "cơ sở" in s:
        # "Đến thời điểm này bệnh viện đã điều trị cho hơn 5.400 bệnh nhân khỏi bệnh": the
        # hospital's own patients, not the province's
        found = [
            f
            for f in found
            if f[1] not in OUTCOME_FIELDS or not _FACILITY_COUNTS.search(s, 0, f[3][0])
        ]
    found = without_rapid_test_positives(s, found)  # "… test nhanh …, phát hiện 10 … dương tính"
    if not any(name in DAILY_FIELDS for _, name, _, _ in found):
        return found
    if s.startswith("Như ") and _RECALLED_NEWS.match(s) and not _A_DAY_WRITTEN.search(s):
        # "Như Thanh Niên đã phản ánh, HCDC công bố …, trong đó có 3 ca dương tính …": news
        # recalled with no day of its own is no day's count
        found = [f for f in found if f[1] not in DAILY_FIELDS]
    # a district's share of the day ("huyện Cư Jut 05 trường hợp tại cộng đồng")
    found = [
        f
        for f in found
        if f[1] not in DAILY_FIELDS or not of_a_district(s, f[0], f[3][1], f[1] != "new_cases_24h")
    ]
    found = [f for f in found if f[1] not in DAILY_FIELDS or not per_day_or_suspects(s, f[0])]
    if "ổ sung" in s:
        # "Tây Ninh bổ sung thêm 18.792 F0 …": cases back-filled from earlier days are no
        # day's count (docs/intake-annotation.md)
        found = [
            f
            for f in found
            if f[1] not in DAILY_FIELDS or not _BACK_FILLED.search(s, max(0, f[0] - 30), f[0])
        ]
    window = NEW_24H_CUE.search(s) if "đến" in s else None
    hours = _window_hours(window.group()) if window else None
    period = (
        ("ừ ngày" in s and _PERIOD_OPENED.search(s))
        or ("nay" in s and _PERIOD_TO_NOW_BARE.search(s))
        or many_days_range(s)
    )
    if period and _RAISED_OVER.search(s, max(0, period.start() - 40), period.start()):
        # "ghi nhận thêm 91 người mắc …, nâng số ca từ ngày 10/7 đến nay lên 1.700": the
        # period is the total's that the day's count raises, not the count's
        period = None
    if (hours is not None and not about_a_day(hours)) or period or other_window(s):
        # "… trong 3 ngày gần đây có trên 1.800 ca mắc mới, riêng ngày 27/11 có 714 ca mới":
        # the counts after a single day singled out are that day's
        single = _ONE_DAY_SINGLED_OUT.search(s) if "iêng" in s else None
        return [
            figure
            for figure in found
            if figure[1] not in DAILY_FIELDS or (single and figure[0] >= single.end())
        ]
    if "Về" in s[:8]:
        found = as_the_headings_outcome(s, found)  # "Về số ca bình phục: … lên 842.800."
    return found


_ONE_DAY_SINGLED_OUT = re.compile(
    r"(?<![\wà-ỹ])[Rr]iêng\s+(?:trong\s+)?(?:ngày\s+(?:hôm\s+nay|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?)"
    r"|hôm\s+nay)"
)


def _read_figures(s: str, published: dt.date | None) -> list[Figure]:
    # English pages' labels and rates (none of their words is Vietnamese)
    found: list[Figure] = english_figures(s)
    # A total written as a mark crossed ("đã vượt mốc 11.000 trường hợp"): a lower bound
    found += milestone_figures(s)
    # The Ministry's announced count with no "mới" ("Bộ Y tế tối 20/12 công bố 14.977 ca")
    found += ministry_day_counts(s)
    # A day's count said to be all of one kind ("4 ca mắc mới … là người nhập cảnh")
    found += all_of_one_kind(s)
    # A total in thousands by word ("tổng số hơn 79 ngàn ca mắc")
    found += scaled_totals(s, published)
    found = without_periods(s, found)
    # Cumulative: a cue ("tính đến ngày 31/10") then the first case count after it.
    lowered = s.lower()
    period = False  # the sentence counts since a date that did not begin the wave
    if "qua" in s and _PAST_DAYS.search(s) and not _SINCE_THE_START.search(s):
        period = True  # "Trong 7 ngày qua, Hà Nội có tổng cộng 20.280 ca": the week's sum
    has_cue = any(word in lowered for word in CUMULATIVE_CUE_WORDS)
    standing = STANDING_SPLIT.search(s) if "trong đó" in s else None
    if standing is not None:
        found.append(
            (
                standing.start("n"),
                "cumulative_cases",
                parse_count(standing.group("n")),
                standing.span("n"),
            )
        )
    days_range = many_days_range(s, to_an_hour=True) if has_cue else None
    for cue in CUMULATIVE_CUE.finditer(s) if has_cue and standing is None and not period else ():
        if days_range is not None and days_range.end() <= cue.start():
            period = True  # "tính từ ngày 05/02/2021 đến 09h00 ngày 10/11/2021 … tổng cộng 187"
            break
        since = _SINCE_DATE.search(s[max(0, cue.start() - 25) : cue.start()])
        if since and (
            not since.group("wave") or _NEW_SINCE.search(s, max(0, cue.start() - 45), cue.start())
        ):
            # "Từ ngày 1.10 đến nay ... 710 ca" counts a period (27/4 began the wave), and so
            # does a later cue of the same sentence ("… đến nay tỉnh có tổng cộng 678 ca")
            period = True
            break
        after = CUMULATIVE_AFTER_CUE.search(s, cue.end(), min(len(s), cue.end() + 90))
        if after is None and COUNTS_CASES.search(s, 0, cue.start()):
            after = CUMULATIVE_IS.match(s, cue.end())
        if after and (
            re.search(r"thêm\s*$", s[max(0, after.start("n") - 8) : after.start("n")])
            or _NEW_AFTER_COUNT.match(s, after.end("n"))
        ):
            # "Tính đến 20h ngày 7/11, … ghi nhận thêm 18 ca mắc mới", "… đã ghi nhận 1.899
            # ca mắc Covid-19 mới"
            after = None
        if after and _VARIANT.search(s, cue.start(), after.start("n")):
            after = None  # "tính đến nay, số ca nhiễm biến chủng Delta là 120": a variant's
        if after and _OUTCOME_BETWEEN.search(s, cue.start(), after.start("n")):
            after = None  # "lũy kế số ca chữa khỏi … là 11.911 ca": recoveries, not cases
        if after and _OUTCOME_LABEL_BEFORE.search(s, max(0, cue.start() - 70), cue.start()):
            after = None  # "nâng số người khỏi bệnh đến nay là 1.007.566": the label is first
        if after:
            found.append(
                (
                    after.start("n"),
                    "cumulative_cases",
                    parse_count(after.group("n")),
                    after.span("n"),
                )
            )
            if after.group("bound") in {"hơn", "trên", "vượt quá", "vượt"}:
                found.append(
                    (after.start("n"), "cumulative_is_lower_bound", True, after.span("bound"))
                )
            as_of = _as_of_from_cue(s, cue, published)
            if as_of:
                found.append((after.start("n"), "as_of", as_of.isoformat(), cue.span()))
            break
    has_total = (
        "ổng" in s
        or "ũy kế" in s
        or "uỹ kế" in s
        or "tích lũy" in s
        or "cộng dồn" in s
        or "ũy tích" in s
        or "uỹ tích" in s
        or "vẫn" in s
    )
    # "tính từ ngày 26/6 đến nay … có tổng cộng 678 ca": a period's count, not a total
    # ("Như vậy, tính từ ngày 05/02/2021 đến 09h00 ngày 10/11/2021 Điện Biên có tổng cộng 187
    # bệnh nhân": a range of days from one that began no count the guideline keeps)
    period = period or (has_total and many_days_range(s, to_an_hour=True) is not None)
    for total in CUMULATIVE_TOTAL.finditer(s) if has_total and not period else ():
        written, group = matched_number(total)
        if _VARIANT.search(s, total.start(), total.start(group)):
            continue  # "Tổng số ca nhiễm Omicron … đã tăng lên 68": a variant's, not all cases'
        if _OUTCOME_BETWEEN.search(s, total.start(), total.start(group)):
            continue  # "tổng số ca nhiễm đang được điều trị là 323 ca": those treated
        if _DAY_WINDOW.search(s, total.start(), total.start(group)):
            # "nâng tổng số ca mắc trong ngày lên 272": the day's total, not the epidemic's
            found.append(
                (total.start(group), "new_cases_24h", parse_count(written), total.span(group))
            )
            continue
        found.append(
            (total.start(group), "cumulative_cases", parse_count(written), total.span(group))
        )
        bound = (
            total.group("bound")
            or total.group("bound2")
            or total.group("bound3")
            or total.group("bound7")
        )
        if bound in {"hơn", "trên"}:
            found.append((total.start(group), "cumulative_is_lower_bound", True, total.span(group)))
    lead = DATED_LEAD_COUNT.search(s) if "ghi nhận" in s or "phát hiện" in s else None
    if lead and not CHANGE_BEFORE.search(s[: lead.start("n")][-12:]):
        # "…, trong đó 17 ca điều trị khỏi": a count split into outcomes is a total
        split = _SPLIT_INTO_OUTCOMES.match(s, lead.end())
        field = "cumulative_cases" if split else "new_cases_24h"
        found.append((lead.start("n"), field, parse_count(lead.group("n")), lead.span("n")))
    has_now = "Hiện" in s or ("hiện" in s and ("ghi nhận" in s or " có " in s))
    for now in CUMULATIVE_NOW.finditer(s) if has_now else ():
        found.append(
            (now.start("n"), "cumulative_cases", parse_count(now.group("n")), now.span("n"))
        )
        if now.group("bound") in {"hơn", "trên"}:
            found.append((now.start("n"), "cumulative_is_lower_bound", True, now.span("bound")))
    # Every window cue holds "24", "hôm nay" or "đến" (a substring test first).
    cue24 = NEW_24H_CUE.search(s) if "24" in s or "hôm nay" in s or "đến" in s else None
    if cue24 and _window_hours(cue24.group()) not in {None, 24}:
        cue24 = None  # "Từ 18 giờ ngày 20-12 đến 6 giờ ngày 21-12": twelve hours, not a day
    if cue24:
        new = NEW_24H.search(s, cue24.end())
        if new:
            found.append(
                (new.start("n"), "new_cases_24h", parse_count(new.group("n")), new.span("n"))
            )
    vaccine_other = "%" in s and CHILDRENS_RATES.search(s)
    gated = {name for word in GATE_WORDS.findall(s) for name in FIELDS_BY_GATE[word]}
    for raised in RAISING_THE_TOTAL.finditer(s) if "nâng tổng" in s else ():
        count = parse_count(raised.group("n"))
        found.append((raised.start("n"), "new_cases_24h", count, raised.span("n")))
    for positive in POSITIVES.finditer(s) if "nhiễm" in s or "dương tính" in s else ():
        head = s[: positive.start("n")]
        if _TOTAL_HEAD.search(head) or CHANGE_BEFORE.search(head[-12:]):
            continue  # "Từ đầu dịch, tỉnh ghi nhận 3.000 ca nhiễm SARS-CoV-2"
        found.append(
            (
                positive.start("n"),
                "new_cases_24h",
                parse_count(positive.group("n")),
                positive.span("n"),
            )
        )
    for name, label in UNACCENTED_LABELS.items() if UNACCENTED_GATE.search(s) else ():
        for match in label.finditer(s):
            found.append((match.start("n"), name, parse_count(match.group("n")), match.span("n")))
    for name, patterns in PATTERNS.items():
        if name not in gated:
            continue
        if name.startswith("vaccine") and vaccine_other and not _ADULTS_FIRST.search(s):
            continue  # children's, booster or allocation rates are not coverage
        for pattern in patterns:
            for match in pattern.finditer(s):
                written, group = matched_number(match)
                head = s[: match.start(group)]
                if name.startswith("vaccine") and vaccine_other and _childrens_clause(s, match):
                    continue  # "…, tỷ lệ người từ 12 – 17 tuổi đủ 02 mũi đạt 98,78": theirs
                if CHANGE_BEFORE.search(head[-12:]) or NAME_NUMBER_BEFORE.search(head[-6:]):
                    continue
                if name in {"recovered", "deaths"} and period:
                    continue  # "tính từ ngày 28.6.2021 đến nay … 30 trường hợp tử vong"
                if name in OUTCOME_FIELDS and DAILY_BEFORE.search(head[-8:]):
                    continue
                if name.startswith("vaccine") and re.search(r"dưới\s*$", head[-8:]):
                    continue  # "(dưới 90%)": the threshold of a list, not a province's rate
                if (
                    name.startswith("vaccine")
                    and _RANGE_BOUND_BEFORE.search(head[-8:])
                    and _PROVINCES_COUNTED.search(s, s.rfind(";", 0, match.start(group)) + 1)
                ):
                    continue  # "53/63 tỉnh có tỷ lệ bao phủ mũi 2 trên 90%": a range
                if name.startswith("vaccine") and (
                    _SHARE_OF_DOSES.search(head[-40:]) or _ENOUGH_FOR.search(head)
                ):
                    continue  # a share of doses allotted, or enough vaccine for a share
                if name.startswith("vaccine") and BOOSTER_CLAUSE.search(_clause(s, match)):
                    continue  # "mũi 1 đạt 99%; mũi nhắc lại 94%": the booster's clause only
                if (
                    name in {"deaths", "recovered"}
                    and DAILY_CUE.search(without_bracketed_days(head))
                    and not TOTAL_CUE.search(head)
                ):
                    continue  # "Trong ngày ghi nhận 190 ca tử vong": the day's deaths
                if (
                    name in {"deaths", "recovered"}
                    and head[:1] in "NSTCnstc"
                    and (_DAY_LEAD_RUN.match(head) or DAY_HEADLINE_RUN.match(head))
                    and not TOTAL_CUE.search(head)
                ):
                    continue  # "Ngày 14-11 Đắk Lắk ghi nhận 87 trường hợp … và 284 người khỏi"
                if name in {"deaths", "recovered"} and _DAY_HAD.search(head[-30:]):
                    continue  # "trong ngày đã có 02 bệnh nhân khỏi bệnh": the day's
                if (
                    name in {"deaths", "recovered"}
                    and (
                        ("vừa" in head and _JUST_HAD.search(head[-30:]))
                        or _ADDED_ALONE.fullmatch(head)  # "Thêm 4 ca tử vong vì COVID-19"
                    )
                    and not TOTAL_CUE.search(head)
                ):
                    continue  # "Việt Nam vừa có 4 ca tử vong do COVID-19": the day's
                added = _ADDED_RUN.search(head) if "thêm" in head else None
                if name in {"deaths", "recovered"} and added and not TOTAL_CUE.search(added[0]):
                    continue  # "ghi nhận thêm 1.163 ca nhiễm, 309 ca khỏi bệnh": the day's
                if name in {"deaths", "recovered"} and _ORDINALS_AFTER.match(s, match.end()):
                    continue  # "2 ca tử vong thứ 56 và 57": the day's, numbered in the total
                if name in {"deaths", "recovered"} and of_a_subgroup(s, match.end()):
                    continue  # "18 ca tử vong đã tiêm 1 mũi vắc-xin": a part of the deaths
                if name in {"deaths", "recovered"} and _BACK_FILLED.search(head[-30:]):
                    continue  # "Bổ sung 56 ca tử vong … từ thời gian trước": no total
                if name in {"deaths", "recovered"} and _DAY_AFTER.match(s, match.end()):
                    continue  # "5.000 ca khỏi bệnh trong ngày": the day's, said after it
                if name in {"deaths", "recovered"} and _WEEKS_OR_MONTHS.search(head):
                    continue  # "Tuần qua cả nước ghi nhận 10 ca tử vong": a period's
                if (
                    name == "recovered"
                    and "công bố khỏi" in match.group()
                    and "đã" not in match.group()
                    and not (TOTAL_CUE.search(head) or opens_as_of(s))
                ):
                    continue  # "4.157 ca được công bố khỏi bệnh": the day's, in a bulletin
                if name.endswith("_pct"):
                    try:
                        value: Any = parse_percent(written, upper=_COVERAGE_UPPER)
                    except ValueError:
                        continue  # "mũi 1 đạt 1.250%": a misprint, not a coverage
                else:
                    value = parse_count(written)
                found.append((match.start(group), name, value, match.span(group)))
    if not any(word in s for word in ("cấp", "Cấp", "vùng", "màu", "mức")):
        return found
    for match in LEVEL_CHANGE.finditer(s):
        if changed_by_a_district(s, match.start()):
            continue  # "(TP. Mỹ Tho tăng từ cấp độ 2 lên cấp độ 3)": a district's change
        found.append((match.start(), "level", int(match.group("lvl")), match.span("lvl")))
        found.append(
            (match.start(), "previous_level", int(match.group("prev")), match.span("prev"))
        )
    kind_alone = LEVEL_KIND_ALONE.finditer(s) if "cấp độ" in s or "vùng" in s else ()
    ours = LEVEL_OUR_PROVINCE.finditer(s) if " ta " in s else ()
    for match in (
        *LEVEL_WHOLE.finditer(s),
        *LEVEL_BARE_PROVINCE.finditer(s),
        *kind_alone,
        *ours,
    ):
        level = level_of(match)
        group = "lvl" if match.group("lvl") else "colour"
        found.append((match.start(), "level", level, match.span(group)))
    district = _DISTRICT_AT_A_LEVEL.search(s) if "cấp độ" in s else None
    if district is not None and find_provinces(district.group()):
        district = None  # "TP HCM đang ở cấp độ 2": the province itself
    if district is not None:
        # "TP Thủ Đức đang ở cấp độ 2, trong đó, có 12/34 phường cấp độ 1": a district's
        # level and wards, not its province's
        return [f for f in found if f[1] != "level" or f[0] < district.start()]
    for match in COMMUNES.finditer(s):
        found.append(
            (
                match.start(),
                f"communes_at_level_{level_of(match)}",
                parse_count(match.group("n")),
                match.span("n"),
            )
        )
        found.append(
            (
                match.start(),
                "communes_total",
                parse_count(match.group("total")),
                match.span("total"),
            )
        )
    for scale in COMMUNE_SCALE.finditer(s) if "cấp xã" in s else ():
        end = min((i for i in (s.find(c, scale.end()) for c in ";)") if i >= 0), default=len(s))
        for match in COMMUNE_SCALE_ITEM.finditer(s, scale.end(), end):
            found.append(
                (
                    match.start(),
                    f"communes_at_level_{match.group('lvl')}",
                    parse_count(match.group("n")),
                    match.span("n"),
                )
            )
    for match in COMMUNES_AT.finditer(s):
        written = match.group("lvl") or str(COLOURS[match.group("colour")])
        found.append(
            (
                match.start(),
                f"communes_at_level_{written}",
                parse_count(match.group("n")),
                match.span("n"),
            )
        )
    found += commune_count_figures(s)
    for match in COMMUNES_NONE.finditer(s) if "không" in s else ():
        group = "levels" if match.group("levels") else "colours"
        for level in re.findall(r"[1-4]|xanh|vàng|cam|đỏ", match.group(group)):
            written = level if level.isdigit() else str(COLOURS[level])
            found.append((match.start(), f"communes_at_level_{written}", 0, match.span(group)))
    counted = [f[0] for f in found if f[1].startswith("communes_at_level_")]
    for match in PLACES_NONE.finditer(s) if counted and "không" in s else ():
        if match.start() < min(counted):
            continue  # places, not communes, unless communes were counted before
        for level in re.findall(r"[1-4]", match.group("levels")):
            name = f"communes_at_level_{level}"
            if not any(f[1] == name for f in found):
                found.append((match.start(), name, 0, match.span("levels")))
    return found


_RECALLED_NEWS = re.compile(
    r"Như\s+(?:[^,.;]{1,30}?\s)?đã\s+(?:phản ánh|đưa tin|thông tin|đề cập|nêu)\s*,"
)
_A_DAY_WRITTEN = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}|\b(?:hôm nay|sáng nay|chiều nay|tối nay)\b")
# A facility named by its kind as the subject of its own count: "bệnh viện đã điều trị cho
# hơn 5.400 bệnh nhân khỏi bệnh", "khu điều trị đã thu dung điều trị cho 2.728 bệnh nhân",
# "bệnh viện có hơn 1.300 bệnh nhân khỏi bệnh".
_FACILITY_COUNTS = re.compile(
    r"(?<![\wà-ỹ])(?:[Bb]ệnh viện(?: dã chiến)?|[Kk]hu điều trị|[Cc]ơ sở (?:thu dung|điều trị))"
    # (or by its name: "Bệnh viện Lao và Bệnh phổi hiện đang điều trị cho 61 trường hợp")
    # ("Bệnh viện đa khoa Trung ương Quảng Nam có 7 bệnh nhân được xuất viện": its kind
    # before its name; "… đã công bố khỏi bệnh và cho xuất viện 3 bệnh nhân": the day's)
    r"(?:\s+(?:này|đó|trên)|\s+(?:(?:đa khoa|khu vực|tỉnh)\s+)*[A-ZĐ][^,.;:\d]{0,40}?)?"
    r"\s+(?:(?:đã|đang|hiện|cũng|vẫn)\s+)*"
    r"(?:có|điều trị|tiếp nhận|thu dung|thu dung điều trị|chữa khỏi"
    # ("… trao giấy chứng nhận khỏi bệnh và cho xuất viện 2 bệnh nhân")
    r"|(?:(?:trao giấy chứng nhận|công bố)\s+khỏi bệnh\s+(?:và\s+)?)?cho xuất viện)(?:\s+cho)?\s+"
    r"(?:(?:hơn|gần|trên|khoảng)\s+)?$"
)
# A district, town or city of a province at a level: "TP Thủ Đức đang ở cấp độ 2",
# "Huyện Hóc Môn hiện ở cấp độ 3", "quận 7 đang ở cấp độ 2".
_DISTRICT_AT_A_LEVEL = re.compile(
    r"(?:[Qq]uận|[Hh]uyện|[Tt]hị xã|TP\.?|[Tt]hành phố)\s+"
    r"(?P<name>\d{1,2}|[A-ZĐ][\wà-ỹ]*(?:\s+[A-ZĐ][\wà-ỹ]*){0,2})"
    r"\s+(?:(?:đang|hiện|vẫn|đã|được xác định)\s+)*(?:ở\s+)?(?:mức\s+)?cấp độ\s+[1-4]"
)


def _clause(s: str, match: re.Match[str]) -> str:
    """The clause of a sentence a match lies in: from the semicolon before it to its end."""
    return s[s.rfind(";", 0, match.start()) + 1 : match.end()]


# Adults' rates first, the children's in a later clause: "số người từ 18 tuổi trở lên hiện nay
# đã tiêm 02 mũi vaccine đạt 99,26%, …, tỷ lệ người từ 12 – 17 tuổi đủ 02 mũi đạt 98,78".
_ADULTS_FIRST = re.compile(r"(?:từ|trên) 18 tuổi(?: trở lên)?[^;]{0,80}?\d+(?:,\d+)?\s*%")


def _childrens_clause(s: str, match: re.Match[str]) -> bool:
    """Whether a rate read at ``match`` is in or after the children's clause of ``s``."""
    children = CHILDRENS_RATES.search(s)
    if children is None:
        return False
    return children.start() < match.end() or not re.search(
        r"[,;]", s[match.end() : children.start()]
    )
