"""Province statistics of an article."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..gazetteer import Mention
from .bulletin_lists import (
    read_bulletin_list,
    read_case_breakdown,
    read_coverage_list,
    read_imported_line,
    read_new_cases_table,
)
from .commune_levels import read_commune_levels
from .corrections import corrects_an_earlier_report
from .count_first_lists import read_count_first_list
from .count_lines import read_count_line
from .coverage_dates import carried_coverage_date, coverage_up_to_now
from .english_dates import (
    SAME_DAY,
    UNRESOLVED_DAY,
    english_report_date,
    english_sentence_date,
)
from .english_infobox import read_infobox
from .english_numbers import COUNT_WORD
from .english_places import read_counts_in_places, read_respective_counts
from .headline_days import window_day_after_headline
from .hour_windows import opens_an_hour_window
from .level_changes import read_level_changes
from .level_lists import read_level_lists
from .level_notices import heads_a_zone_list
from .level_tables import read_level_tables
from .level_tagger import active_model, tag_levels
from .long_periods import splits_a_long_range
from .origin_places import without_origin_counts
from .other_cutoffs import without_totals_of_an_earlier_cutoff
from .outcome_totals import opens_as_of, splits_a_period, stands_now
from .period_parts import without_a_periods_parts
from .ranked_counts import read_ranked_counts
from .respective_counts import read_respective_counts_vi
from .running_labels import a_running_label
from .shared import DATE, DIGIT, RUN_IN_DATELINE, Sentence, match_date
from .stat_collector import StatCollector
from .stat_figures import other_window, sentence_figures
from .stat_patterns import (
    COLOURS,
    COMMUNES_NONE,
    DAILY_CUE,
    DAILY_FIELDS,
    FIGURE_NOW,
    LEVEL_AFTER_PROVINCE,
    LEVEL_OUR_PROVINCE,
    LEVEL_ROW,
    LEVEL_WHOLE,
    NEW_24H_CUE,
    OUTCOME_FIELDS,
    SMALL_COUNT_WORD,
    TODAY,
    TOTAL_CUE,
    national_cue,
    sentence_date,
)
from .teaser_days import days_named, leads_another_day
from .total_parts import without_a_totals_parts
from .total_splits import without_a_totals_split
from .variant_counts import variant_scope
from .whole_days import counts_the_whole_day
from .zero_reports import read_no_new_cases

_CASES_IN_WORDS = re.compile(rf"{SMALL_COUNT_WORD}\s+ca\s+(?:mắc|nhiễm|dương tính)")
_COUNT_IN_WORDS = re.compile(COUNT_WORD)


# An English page about the country that names no province: "Vietnam basically completes
# first Covid vaccine dose for adult …"
_THE_COUNTRY = re.compile(r"\bViet\s?[Nn]am\b|\bViệt Nam\b")


def _is_national_article(
    text: str, sentences: list[Sentence], provinces: list[Mention], home: str | None
) -> bool:
    """A national bulletin: it says "cả nước"/"Việt Nam"… or lists provinces' counts, or it
    names the country and no province at all (nor comes from a province's outlet)."""
    if len({p.name for p in provinces}) != 1 and national_cue(text):
        return True
    if not provinces and home is None and _THE_COUNTRY.search(text):
        return True
    for sentence in sentences:
        names = {p.name for p in provinces if sentence.start <= p.start < sentence.end}
        if len(names) >= 3 and DIGIT.search(sentence.text):
            return True
    return False


# "Từ ngày 1.10 đến nay": a period; "từ ngày 27.4" (the fourth wave's start): a total.
# "Như vậy, …", "Tổng cộng, …": a sentence that sums up the article's figures.
# A bulletin's line "* Tổng số ca cộng dồn: 42.981 ca" sums up the sub-items' counts above it.
SUMMING_UP = re.compile(
    r"[*+•\-\s]*(?:Như vậy|Tính chung|Tổng cộng|Nâng tổng"
    r"|Tổng số ca(?: mắc| nhiễm)? (?:cộng dồn|lũy kế|luỹ kế|tích lũy))\b"
)


_PART_OF_A_TOTAL = re.compile(r"Trong (?:đó|số này)\b")
_CAME_FROM = re.compile(
    r"(?:trở về|về từ|đến từ)\s+(?:các|những)?\s*(?:tỉnh|thành phố|địa phương|vùng dịch)"
    r"|từ\s+(?:các|những)\s+(?:tỉnh|thành phố|địa phương)[^.;]{0,40}?\s(?:trở về|về)\b"
)


# What ends a window of hours: the day's count, a total, or another sentence's window.
_DAY_FRAME = re.compile(
    r"[Tt]rong ngày|24\s*(?:giờ|h|tiếng) qua|hôm nay|[Tt]ính đến|[Tt]ính chung|[Ll]ũy kế"
    r"|[Cc]ộng dồn|[Ii]n the past 24 hours|[Oo]n the day"
)
# ("05 new positive cases": an English count's adjectives stand between)
_CASE_COUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*|\d+)\s+(?:(?:new|positive|more|additional)\s+){0,2}"
    # ("27 bệnh nhân dương tính mới", "27 F0": patients found positive in the window)
    r"(?:ca|trường hợp|cases|infections|F0|bệnh nhân(?=\s+(?:dương tính|mắc|nhiễm)))"
)


def _hour_windows(
    sentences: list[Sentence], published: dt.date | None
) -> tuple[list[bool], set[int]]:
    """Which sentences count over a window of hours other than the day: the one that
    opens it and those after it (its parts and province lists) until the day's count or a
    total; and the counts read there, which a headline or lead before them repeats."""
    windowed: list[bool] = []
    counts: set[int] = set()
    inside = False
    window_days: set[tuple[int, int]] = set()
    for index, sentence in enumerate(sentences):
        s = sentence.text
        opens = opens_an_hour_window(s)
        if opens:
            inside = True
            window_days = days_named(s)
        elif inside and (
            _DAY_FRAME.search(s) or NEW_24H_CUE.search(s) or leads_another_day(s, window_days)
        ):
            # (or a teaser of another day on a tag page: "Tại Bà Rịa - Vũng Tàu, sáng 24/7,
            # vừa ghi nhận thêm 126 ca …" after a window ending on 27/7)
            inside = False
        windowed.append(inside)
        if inside:
            counts.update(f[2] for f in sentence_figures(s, published) if f[1] in DAILY_FIELDS)
            counts.update(int(n.replace(".", "")) for n in _CASE_COUNT.findall(s))
        if opens:
            _back_to_the_count(sentences, windowed, index)
    return windowed, counts


def _case_counts(s: str) -> set[int]:
    return {int(n.replace(".", "")) for n in _CASE_COUNT.findall(s)}


def _back_to_the_count(sentences: list[Sentence], windowed: list[bool], index: int) -> None:
    """A window named after its count ("Tối nay có 527 ca mắc mới. Trong đó … . 527 ca mắc
    mới ghi nhận từ 12 giờ đến 19 giờ tối nay …"): the sentences from the one that gave
    that count are the window's too (its parts and province lists), unless the day's count
    or another window comes between."""
    repeated = _case_counts(sentences[index].text)
    if not repeated:
        return
    for earlier in range(index - 1, -1, -1):
        s = sentences[earlier].text
        if windowed[earlier] or _DAY_FRAME.search(s) or NEW_24H_CUE.search(s):
            return
        if repeated & _case_counts(s):
            for between in range(earlier, index):
                windowed[between] = True
            return


_DOSES = re.compile(r"\bdoses\b")
_COVERAGE_FIELDS = frozenset({"vaccine_dose1_pct", "vaccine_dose2_pct"})
# A rate aimed at, not reached: "Với mục tiêu tiêm nhanh và đảm bảo độ bao phủ vắc xin cho
# 100% người dân từ 18 tuổi trở lên …", "phấn đấu đến cuối tháng 95% …"
_A_GOAL_BEFORE = re.compile(r"(?:[Mm]ục tiêu|[Pp]hấn đấu|[Cc]hỉ tiêu|đặt ra|nhằm)[^.;]*$")
_UP_TO_NOW = re.compile(r"\b(?:[Nn]ow|[Ss]o far|[Tt]o date)\b")


# A roundup's section heading: "Nam Định: Gần 2.000 F0 mới" on a line of its own, no full
# stop, the province first. Its figure is a headline's, which the body's exact one replaces.
_HEADING_REST = re.compile(r"\s*:\s(?:[^\n.!?]|(?<=\d)\.(?=\d)){1,60}\n")


def _heads_a_section(text: str, sentence: Sentence, provinces: list[Mention]) -> bool:
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if text[line_start : sentence.start].strip():
        return False
    first = next((p for p in provinces if p.start >= sentence.start), None)
    return (
        first is not None
        and not text[sentence.start : first.start].strip()
        and _HEADING_REST.match(text, first.end) is not None
    )


def _day_total(s: str, name: str, position: int) -> bool:
    """ "thêm 40 ca mới, nâng tổng số ca mắc trong ngày lên 95", "raising the total tally of
    the day to 261", "brought Sunday's infection tally to 190": the day's total replaces the
    increment read before it; "380 ca tử vong …, nâng tổng số ca nhiễm … lên 312.611 ca,
    trong đó có 7.150 ca tử vong": the deaths of the total replace the day's."""
    if name == "deaths":
        return _DEATHS_OF_A_TOTAL.search(s, max(0, position - 160), position) is not None
    return name == "new_cases_24h" and (
        "tổng số" in s[max(0, position - 60) : position]
        or "nâng tổng ca" in s[max(0, position - 60) : position]
        or _ENGLISH_DAY_TOTAL.search(s, max(0, position - 60), position) is not None
        or counts_the_whole_day(s, position)  # "Ngày hôm nay, Hà Nội chỉ ghi nhận 9 ca"
    )


_ENGLISH_DAY_TOTAL = re.compile(
    r"\b(?:tally|total|caseload|count)(?:\s+of\s+the\s+day)?\s+(?:to|at)\s+$"
)


_DEATHS_OF_A_TOTAL = re.compile(r"(?:nâng|[Tt]ổng)[^;]*?,\s*trong đó(?:\s+có)?\s*$")


# A wave's total ("đợt dịch thứ 4", "trong đợt dịch này", "từ ngày 27/4 đến nay") and a
# rounded one ("hơn 2,24 triệu ca … khỏi bệnh") are the total only when the article gives
# no other: a total "từ đầu dịch" or "Tổng số ca được điều trị khỏi: 2.242.273" replaces
# them (docs/intake-annotation.md, `cumulative_cases`).
_TOTAL_FIELDS = frozenset({"cumulative_cases", "recovered", "deaths"})
# A bulletin's section opens with the day's count and a colon ("12.541 bệnh nhân khỏi
# bệnh:", "217 ca tử vong:"), its lines below give the day's and the total: the heading's
# count is the day's, which has no field.
_DAY_OUTCOMES = frozenset({"recovered", "deaths"})
# The counts of cases: one variant's are none of them.
_CASE_FIELDS = DAILY_FIELDS | {"cumulative_cases", "cumulative_is_lower_bound"}
_OUTCOME_WORDS = {
    "deaths": re.compile(r"tử vong"),
    "recovered": re.compile(r"khỏi|xuất viện|ra viện"),
}


def _day_outcome_goes_on(lead: str, s: str, name: str) -> bool:
    """The sentence before gave the day's deaths (or recoveries) and this one names no
    total: its count of them is a part of the day's ("Trong ngày, cả nước ghi nhận 256 ca
    tử vong. Trong số 19 ca tử vong tại TP.HCM …", "Riêng Hà Nội có 12 ca tử vong")."""
    if TOTAL_CUE.search(s) or SUMMING_UP.match(s) or _WHOLE_EPIDEMIC.search(s) or opens_as_of(s):
        return False  # ("Đến 17h00 ngày 28/3/2023, có 98.185 trường hợp được công bố khỏi")
    if "thời điểm" in s and _UP_TO_THE_MOMENT.search(s):
        return False  # ("Số ca được điều trị khỏi đến thời điểm hiện tại là 796.583 ca")
    words = _OUTCOME_WORDS[name]
    return (
        words.search(lead) is not None
        and DAILY_CUE.search(lead) is not None
        and not TOTAL_CUE.search(lead)
    )


# A sentence that is only a count of deaths ("248 ca tử vong.", "Thêm 12 ca tử vong."): a
# bulletin's day, as its lead gives it, not a total (which names itself: "tổng số", "đến nay")
_BARE_DEATHS = re.compile(
    r"\s*(?:[Tt]hêm\s+|[Cc]ó\s+)?(?:(?:hơn|gần)\s+)?\d{1,3}(?:\.\d{3})*\s+"
    r"(?:ca|bệnh nhân|người|trường hợp)\s+tử vong\s*[.;]?\s*"
)
_UP_TO_THE_MOMENT = re.compile(r"(?:đến|tới) thời điểm (?:này|hiện tại|hiện nay)")
_ROUNDED_DAY = re.compile(
    r"(?:\b(?:[Mm]ore\s+than|[Oo]ver|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round)"
    r"|(?<![\wà-ỹ])(?:[Hh]ơn|[Gg]ần|[Kk]hoảng|[Tt]rên))\s+$"
)
_WAVE = re.compile(r"đợt dịch (?:thứ|này|lần)|(?:kể |tính )?từ (?:ngày )?27[/.-]0?4")
_ROUNDED = re.compile(r"\d+,\d+\s*triệu")
_WHOLE_EPIDEMIC = re.compile(
    r"[Tt]ừ đầu (?:mùa )?dịch|[Tt]ổng số (?:ca|bệnh nhân) (?:mắc|nhiễm|(?:đã )?(?:được )?"
    r"(?:điều trị )?khỏi)|(?:chữa|điều trị) khỏi cho"
)


def _of_a_wave(text: str, sentence: Sentence) -> bool:
    """The sentence, or the heading line ending in a colon just above it, is a wave's."""
    if _WAVE.search(sentence.text):
        return True
    line_start = text.rfind("\n", 0, sentence.start)
    if line_start < 0 or text[line_start : sentence.start].strip():
        return False
    heading_start = text.rfind("\n", 0, line_start) + 1
    heading = text[heading_start:line_start].rstrip()
    return heading.endswith(":") and _WAVE.search(heading) is not None


# The world's or a region's figures ("- Cả thế giới có 411.069.708 ca nhiễm, trong đó …",
# "Tại Đông Nam Á, trong ngày ghi nhận 109.653 ca"): no province's, not the country's.
_OF_THE_WORLD = re.compile(
    r"\W*(?:(?:Cả|Toàn|Trên)\s+thế giới|Thế giới|Trong ngày số ca nhiễm của thế giới"
    r"|(?:Tại|Ở|Khu vực)\s+(?:Đông Nam Á|châu Á|châu Âu|Bắc Mỹ|Nam Mỹ|các nước))(?![\wà-ỹ])"
)


def extract_stats(
    text: str,
    sentences: list[Sentence],
    provinces: list[Mention],
    published: dt.date | None,
    home: str | None = None,
) -> list[dict[str, Any]]:
    stats = StatCollector(
        text, published, provinces, home, _is_national_article(text, sentences, provinces, home)
    )
    report_date: dt.date | None = None
    # Where the report's date is given: a figure read before it (not in the headline) is
    # not dated by it ("Các tỉnh ghi nhận ca bệnh như sau: … . Ngày 23/3, Sở Y tế Tuyên
    # Quang bổ sung …" dates the back-fill, not the list).
    report_start = 0
    for sentence in sentences[:4]:
        report_date = sentence_date(sentence.text, published)
        if report_date:
            report_start = sentence.start
            break
    if report_date is None and TODAY.search(text):
        report_date = published
    if report_date is None:
        report_date = english_report_date(text, published)
    # A bulletin of one 24-hour window ("Tính từ 16h ngày 30/3 đến 16h ngày 31/3, …"): a
    # bare "39 ca tử vong" later in it is the window's deaths, not a total.
    daily_report = any(NEW_24H_CUE.search(sentence.text) for sentence in sentences[:3])
    # A headline (a first line without a full stop) sums up; the body's figures stand.
    first_line = text.split("\n", 1)[0]
    headline_end = 0 if first_line.rstrip().endswith((".", "!", "?")) else len(first_line)
    run_in = RUN_IN_DATELINE.search(first_line, 0, 300) if headline_end == 0 else None
    if run_in:
        headline_end = run_in.start()  # a tag page's headline, its dateline, then the teaser
    headline_day: dt.date | None = None  # a headline's day the body's window replaces
    if report_date and report_start < headline_end:
        # ("Ngày 4/3, ghi nhận thêm …" over "tính từ 16h ngày 2/3 đến 16h ngày 3/3, …")
        window_day = window_day_after_headline(sentences, headline_end, published)
        if window_day and window_day != report_date:
            headline_day, report_date = report_date, window_day
    previous = ""
    windowed, window_counts = _hour_windows(sentences, published)
    page_dated: dict[str, tuple[int, int]] = {}
    now_dated: dict[str, tuple[int, int]] = {}  # a coverage "đến nay", dated last
    total_days: dict[str, dt.date] = {}  # the day a total's own sentence names
    before_window = True
    day_before: dt.date | None = None  # the day the sentence before gave its figures
    lead_sentence: Sentence | None = None
    last_sentence: Sentence | None = None
    for sentence, in_window in zip(sentences, windowed, strict=True):
        s = sentence.text
        base = sentence.start
        before_window = before_window and not in_window
        # "… nâng tổng số ca mắc toàn tỉnh là 22.664 ca. Trong đó, … 125 ca tử vong": the
        # parts of the total before, not the window's deaths
        part_of_a_total = bool(_PART_OF_A_TOTAL.match(s)) and bool(TOTAL_CUE.search(previous))
        # "Trong 12 giờ qua, … 5 ca … . Trong đó có 4 ca cộng đồng": the window's parts
        part_of_a_window = bool(_PART_OF_A_TOTAL.match(s)) and other_window(previous)
        # "Các ca mắc mới này đều là công dân từ các tỉnh phía Nam trở về. Trong đó, TP.HCM 8
        # ca, Bình Dương 3 ca": where the cases came from, not those provinces' counts
        by_origin = bool(_PART_OF_A_TOTAL.match(s)) and bool(_CAME_FROM.search(previous))
        lead, previous = previous, s
        lead_sentence, last_sentence = last_sentence, sentence
        stats.remember_named(sentence)
        if by_origin or (("giới" in s or "Á" in s) and _OF_THE_WORLD.match(s)):
            continue
        if corrects_an_earlier_report(s):
            continue  # "… báo cáo đính chính 2 ca nhập cảnh … điều chỉnh lại thành 2 ca …"
        if not in_window and "mới" in s:
            # a table's rows follow its header's sentence, one a line or run together
            table_date = sentence_date(s, published) or (
                report_date if sentence.start >= report_start else None
            )
            read_new_cases_table(stats, sentence, provinces, table_date, published)
        if (
            not DIGIT.search(s)
            and not ("oàn" in s and LEVEL_WHOLE.search(s))
            and not _COUNT_IN_WORDS.search(s)
            and not (" ca " in s and _CASES_IN_WORDS.search(s))
            and not ("không c" in s and COMMUNES_NONE.search(s))
            and not (" ta " in s and LEVEL_OUR_PROVINCE.search(s))
        ):
            # every figure is written in digits, but "Toàn tỉnh … là vùng xanh", an English
            # count in words ("raising the death toll to six", "Twenty-two new cases were
            # reported"), "ghi nhận một ca dương tính", "không còn xã nào ở vùng xanh" and
            # "tỉnh ta tiếp tục giữ vững vùng xanh"
            continue
        figures = without_a_totals_parts(s, sentence_figures(s, published))
        figures = without_a_periods_parts(figures, s, lead)
        figures = without_a_totals_split(s, figures)
        if figures:
            # "… có một số người có dịch tễ về từ TP.HCM, Bình Dương": origins, no subject
            figures = without_origin_counts(s, base, figures, provinces)
        if part_of_a_window or in_window:
            # (but the day's total the window's count makes: "From 12 noon to 6 pm …, an
            # additional 104 new cases …, raising the total tally of the day to 261")
            figures = [f for f in figures if f[1] not in DAILY_FIELDS or _day_total(s, f[1], f[0])]
        elif before_window and window_counts:
            # the headline and lead repeat the window's count ("Tối 24/6 có thêm 116 ca")
            figures = [f for f in figures if f[1] not in DAILY_FIELDS or f[2] not in window_counts]
        variant = variant_scope(s, lead)
        if variant is not None:
            # one variant's cases ("163 ca mắc COVID-19 do biến thể Omicron") and their split
            figures = [
                f
                for f in figures
                if f[1] not in _CASE_FIELDS or not variant[0] <= f[0] < variant[1]
            ]
        # (not a list of doses: "Hanoi is allocated the most, with 71,000 doses, followed by …")
        listing = (
            len([p for p in provinces if base <= p.start < sentence.end]) >= 2
            and _DOSES.search(s) is None
        )
        if listing and variant is not None:
            listing = not any(base + variant[0] <= p.start < base + variant[1] for p in provinces)
        section_heading = s.rstrip().endswith(":")
        if not in_window and "nhập cảnh" in s:
            dated = sentence_date(s, published) or (
                report_date if sentence.start >= report_start else None
            )
            read_imported_line(stats, sentence, provinces, dated)
        own_date = sentence_date(s, published) or english_sentence_date(s, published)
        if headline_day and own_date == headline_day and sentence.start < headline_end:
            own_date = report_date
        same_day = own_date is None and "same day" in s and SAME_DAY.search(s) is not None
        if same_day:
            own_date = day_before
        day_before = own_date
        of_a_wave = _of_a_wave(text, sentence)
        headline = sentence.start < headline_end or _heads_a_section(text, sentence, provinces)
        dated_report = report_date if headline or sentence.start >= report_start else None
        if not in_window and "lần lượt" in s:
            read_respective_counts_vi(stats, sentence, provinces, own_date or dated_report)
        if not in_window:
            read_ranked_counts(stats, sentence, provinces, published, dated_report)
            read_count_first_list(stats, sentence, provinces, own_date or dated_report)
        if (
            not in_window
            and not part_of_a_window
            and read_count_line(stats, sentence, provinces, own_date or dated_report)
        ):
            continue  # the line's count is its province's, not the bulletin's
        if not in_window and not part_of_a_window and " in " in s:
            read_counts_in_places(stats, sentence, provinces, own_date or dated_report, lead)
        if not in_window and listing and ("respectively" in s or " each" in s):
            read_respective_counts(stats, sentence, provinces, own_date or dated_report)
        if not figures and not listing:
            continue
        # a total written as a bound ("Số ca mắc từ đầu vụ dịch vượt 600.000 ca") gives way to
        # the exact total of the whole epidemic later ("Kể từ đầu dịch … có 601.349 ca")
        bounded = {f[0] for f in figures if f[1] == "cumulative_is_lower_bound"}
        for position, name, value, (start, end) in sorted(figures, key=lambda f: f[0]):
            if name == "deaths" and "tử vong" in s and _BARE_DEATHS.fullmatch(s):
                continue  # "248 ca tử vong." alone in a bulletin's lead: the day's deaths
            if (
                name == "deaths"
                and (daily_report or NEW_24H_CUE.search(s, 0, position) is not None)
                and not (TOTAL_CUE.search(s) or part_of_a_total or stands_now(s, position))
            ):
                # (a sentence of its own window is the day's deaths too: "Về số bệnh nhân tử
                # vong, từ 17h30 ngày 16/4 đến 17h30 ngày 17/4 ghi nhận 10 ca tử vong tại: …")
                continue
            if (
                name == "recovered"
                and "viện" in s
                and NEW_24H_CUE.search(s, 0, position) is not None
                and not (TOTAL_CUE.search(s) or part_of_a_total)
            ):
                continue  # "Tính từ 6h ngày 20/4 đến 6h ngày 21/4, … 18 bệnh nhân ra viện"
            if name in _COVERAGE_FIELDS and _A_GOAL_BEFORE.search(s, max(0, start - 100), start):
                continue  # "Với mục tiêu … bao phủ vắc xin cho 100% người dân …": a goal
            if name in DAILY_FIELDS and "rong" in s[:12] and splits_a_long_range(lead, s):
                continue  # "(từ … 30/4/2022 đến … 06/5/2022) ghi nhận 245 … Trong đó: …"
            if name in _DAY_OUTCOMES and "rong" in s[:12] and splits_a_period(lead, s):
                continue  # "Từ ngày 11/10 đến nay … 161 ca. Trong đó, … 43 ca khỏi bệnh"
            if name in _DAY_OUTCOMES and _day_outcome_goes_on(lead, s, name):
                continue  # "… ghi nhận 256 ca tử vong. Trong số 19 ca tử vong tại TP HCM …"
            if name in _DAY_OUTCOMES and section_heading and not TOTAL_CUE.search(s):
                continue  # "217 bệnh nhân tử vong:" heads the day's deaths, not the total
            names, confidence = stats.subject(sentence, base + position, name)
            # a day's count written rounded gives way to the exact one ("reported more than
            # 300 new cases" … "the health ministry confirmed 132 COVID-19 cases")
            rounded = name == "new_cases_24h" and _ROUNDED_DAY.search(s, 0, start) is not None
            for province in names:
                stats.add(
                    province,
                    name,
                    value,
                    (base + start, base + end),
                    confidence,
                    summing_up=(name in OUTCOME_FIELDS and bool(SUMMING_UP.match(s)))
                    or _day_total(s, name, position),
                    headline=headline,
                    provisional=rounded
                    or (
                        name in _TOTAL_FIELDS
                        and (of_a_wave or _ROUNDED.match(text, base + start) is not None)
                    )
                    or (name == "cumulative_cases" and position in bounded),
                    whole=(name in _TOTAL_FIELDS and _WHOLE_EPIDEMIC.search(s) is not None)
                    or (name == "new_cases_24h" and not rounded),
                )
                if name == "cumulative_cases" and own_date:
                    # ("Tính đến chiều ngày 5/8, Việt Nam có 185.057 ca": its own cut-off)
                    kept = stats.by_province.get(province, {}).get("spans", {})
                    if kept.get("cumulative_cases") == [base + start, base + end]:
                        total_days[province] = own_date
                as_of = None
                if own_date and name in DAILY_FIELDS | OUTCOME_FIELDS | _COVERAGE_FIELDS:
                    as_of = own_date
                elif name in _COVERAGE_FIELDS:
                    if published and _UP_TO_NOW.search(s):  # "So far, the rate of … has reached"
                        page_dated.setdefault(province, (base + start, base + start))
                    # "Tính đến ngày 6/12, … Trong đó, tỷ lệ … đạt 77,4%"; "đến nay … đạt 6%"
                    as_of = carried_coverage_date(text, lead_sentence, published, sentence)
                    if (
                        as_of is None
                        and published
                        and coverage_up_to_now(text, lead_sentence, sentence)
                    ):
                        # (the page's date only when nothing else dates the province, a
                        # level's week too, which "đến nay" stands at: guideline 191)
                        now_dated.setdefault(province, (base + start, base + start))
                elif same_day or UNRESOLVED_DAY.search(s):
                    pass  # "by Saturday, the province had so far nine … patients": undated
                elif name in DAILY_FIELDS or (
                    name in OUTCOME_FIELDS and (FIGURE_NOW.search(s) or a_running_label(s))
                ):
                    # (an English total "so far" on a page the text dates nowhere else stands
                    # at the page's date, as "đến nay" does: set after every other date)
                    as_of = dated_report
                    if as_of is None and published and _UP_TO_NOW.search(s):
                        # (the page's date when nothing dates the record more closely)
                        page_dated.setdefault(province, (base + start, base + start))
                if as_of:
                    # a total "đến nay" dated by the report ("Sáng 13/2: … đến nay đã có hơn 2,2
                    # triệu ca … khỏi bệnh") gives way to the day the bulletin's count names
                    # ("Ngày 12/2, Hệ thống … ghi nhận 27.311 trường hợp mới")
                    stats.add(
                        province,
                        "as_of",
                        as_of.isoformat(),
                        (base + start, base + start),
                        confidence,
                        provisional=own_date is None and name in OUTCOME_FIELDS,
                        whole=own_date is not None and name == "new_cases_24h",
                    )
        if listing and not in_window:
            read_bulletin_list(stats, sentence, provinces, own_date or dated_report, lead)
            read_case_breakdown(stats, sentence, provinces, own_date or dated_report)
            read_coverage_list(stats, sentence, provinces)
    if "pandemic in" in text:
        read_infobox(stats, text, provinces)
    for province, span in page_dated.items():
        if published and not stats.by_province.get(province, {}).get("as_of"):
            stats.add(province, "as_of", published.isoformat(), span, 0.6)
    for sentence in sentences:
        if "không" in sentence.text:
            read_no_new_cases(stats, sentence, provinces, published, report_date)
    # a change first: its new level is the province's, not the old one a list may name
    read_level_changes(stats, text, provinces)
    read_level_tables(stats, text, provinces)
    read_level_lists(stats, text, provinces)
    read_commune_levels(stats, text, provinces, home)
    for mention in provinces:
        row = LEVEL_ROW.match(text, mention.end)
        if row:
            span = (row.start("lvl"), row.end("lvl"))
            stats.add(mention.name, "level", int(row.group("lvl")), span, 0.8)
        stated = (
            LEVEL_AFTER_PROVINCE.match(text, mention.end)
            if any(word in text for word in ("cấp", "Cấp", "vùng", "màu", "mức", "evel", "zone"))
            else None
        )
        if stated and heads_a_zone_list(text, mention, stated.start()):
            stated = None  # "Phân vùng cấp độ dịch tại Trà Vinh\n\nVùng đỏ\n • Càng Long: …"
        if stated:
            group = "lvl" if stated.group("lvl") else "colour"
            level = (
                int(stated.group("lvl")) if stated.group("lvl") else COLOURS[stated.group("colour")]
            )
            stats.add(mention.name, "level", level, stated.span(group), 0.8)
    # A learned tagger, when one is chosen (off by default, ADR 0033), gives a level only to
    # a province the rules gave none.
    model = active_model()
    if model is not None:
        ruled = {name for name, record in stats.by_province.items() if record.get("level")}
        for mention, level in tag_levels(text, sentences, provinces, model):
            if mention.name not in ruled:
                ruled.add(mention.name)
                stats.add(mention.name, "level", level, (mention.start, mention.end), 0.5)
    _date_the_levels(stats, text, published)
    for province, span in now_dated.items():
        if published and not stats.by_province.get(province, {}).get("as_of"):
            stats.add(province, "as_of", published.isoformat(), span, 0.6)
    if total_days:
        without_totals_of_an_earlier_cutoff(stats, total_days)  # "Tính đến chiều ngày 5/8, …"
    return stats.records()


# "… cấp độ dịch trên địa bàn tỉnh tính đến ngày 29/11/2021 như sau:", "Thời gian áp dụng
# từ 08h00 ngày 19/10/2021", "cập nhật cấp độ dịch của Bộ Y tế đến ngày 6/2": the day a
# classification of levels stands.
_LEVELS_DATED = re.compile(
    # "Thời gian áp dụng các nội dung tại Điều 1 từ 19h00 ngày 20/10/2021"
    # ("Kết quả đánh giá cấp độ dịch Covid-19 đến ngày 29/11 của Sở Y tế")
    rf"(?:[Tt]ính đến|[Cc]ập nhật(?: [^.;]{{0,60}}?)? đến|áp dụng(?: [^.;]{{0,40}}?)? từ"
    rf"|[Đđ]ánh giá cấp độ dịch(?: [^.;]{{0,20}}?)? đến"
    r"|[Cc]ó hiệu lực từ)"
    rf"[^.;]{{0,20}}?ngày\s+{DATE}"
)


# "Trong tuần 21 (từ ngày 16 - 22/5), toàn tỉnh trở về vùng xanh": the range's last day.
# ("trong tuần từ ngày 17-3 đến 23-3": the week's last day, its month written twice)
_DAYS_RANGE = re.compile(rf"[Tt]ừ ngày\s+\d{{1,2}}\s*[-–]\s*{DATE}")
# ("trong tuần từ ngày 17-3 đến 23-3": the week's last day, for an article of one province)
_WEEK = re.compile(rf"[Tt]ừ ngày\s+\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s+đến(?: hết)?(?: ngày)?\s+{DATE}")
# The level's own sentence opens with its day: "Ngày 15/10, thời điểm triển khai đánh giá cấp
# độ dịch …, Lâm Đồng thuộc cấp độ 2"; after the assessment it gives ("Theo đánh giá về cấp
# độ dịch, ngày 14/1, tỉnh Bắc Kạn ở cấp độ 1").
_SENTENCE_DAY = re.compile(
    rf"[^\wà-ỹ]*(?:[Tt]heo (?:kết quả )?đánh giá[^,.;:\d]{{0,40}},\s*)?[Nn]gày\s+{DATE}\s*,"
)


def _date_the_levels(stats: StatCollector, text: str, published: dt.date | None) -> None:
    """A province given only a level is as of the day the article's classification is
    dated, when the article dates it."""
    undated = [
        r for r in stats.by_province.values() if r.get("level") is not None and not r["as_of"]
    ]
    for record in [r for r in undated if "ngày" in text or "Ngày" in text]:
        sentence_day = _the_levels_sentence_day(text, record["spans"]["level"][0], published)
        if sentence_day is not None:
            name = "national" if record["province"] is None else str(record["province"])
            stats.add(name, "as_of", sentence_day[0].isoformat(), sentence_day[1], 0.6)
    undated = [r for r in undated if not r["as_of"]]
    dated = (
        (
            _LEVELS_DATED.search(text)
            or _DAYS_RANGE.search(text)
            or (_WEEK.search(text) if len(undated) == 1 else None)
        )
        if undated and "ngày" in text
        else None
    )
    day = match_date(dated, published) if dated else None
    if dated is None or day is None:
        return
    for record in undated:
        name = "national" if record["province"] is None else str(record["province"])
        stats.add(name, "as_of", day.isoformat(), dated.span(1), 0.6)


def _the_levels_sentence_day(
    text: str, position: int, published: dt.date | None
) -> tuple[dt.date, tuple[int, int]] | None:
    """The day the sentence holding a level at ``position`` opens with, if it does."""
    start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
    opening = _SENTENCE_DAY.match(text, start, position)
    day = match_date(opening, published) if opening else None
    return (day, opening.span(1)) if day and opening else None
