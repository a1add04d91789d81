"""The patterns province statistics are read with: figures by field, the words that
gate them, cumulative and 24-hour cues, levels and communes, national cues and dates."""

from __future__ import annotations

import datetime as dt
import re

from ..vn_numbers import COUNT_PATTERN as COUNT
from .shared import CASE, COVID, DATE, DAY_PART, NUM, match_date

# A small count spelled out ("bốn ca cách ly ngay sau khi nhập cảnh"), a word of its own.
SMALL_COUNT_WORD = r"(?<![\wà-ỹ])(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"

# Any character of the same sentence: a full stop only between digits ("từ ngày 27.4").
_IN_SENTENCE = r"(?:[^.;:]|(?<=\d)\.(?=\d))"
CUMULATIVE_CUE = re.compile(
    # ("đến sáng ngày 10/12/2021": a time of day may stand before the day)
    rf"(tính đến|ghi nhận đến|cập nhật đến|lũy kế|cộng dồn|tổng cộng"
    rf"|đến(?:\s+(?:sáng|trưa|chiều|tối|hết))?\s+ngày\s+{DATE}|"
    # ("trong đợt dịch bùng phát lần 4 này": the wave named by its number)
    r"đến sáng ngày hôm nay|đến hôm nay|đến nay|từ đầu (?:mùa )?dịch"
    r"|đợt dịch(?: bùng phát)?(?: (?:lần|thứ) (?:\d|tư|bốn|ba))? này"
    # ("Tính từ đợt dịch thứ 4, Bình Dương đã ghi nhận 4.382 ca": the wave by its number)
    r"|(?:tính |kể )?từ (?:đầu )?đợt dịch(?: bùng phát)? (?:lần thứ|lần|thứ) (?:\d|tư|bốn|ba)"
    # ("Theo CDC Hải Dương, đến 15h ngày 4/2, tỉnh này ghi nhận 278 ca": an hour before the
    # day, the clause's own; never a window's end, "từ 18h ngày 2/2 đến 6h ngày 3/2")
    # (not the world's: "Bộ Y tế cho biết, đến 6h ngày 11/5, thế giới đã ghi nhận …")
    rf"|(?:^|(?<=,\s))đến\s+\d{{1,2}}\s*(?:h|giờ)(?:\s*\d{{2}})?\s+ngày\s+{DATE}"
    r"(?!,?\s*(?:trên\s+)?thế giới)"
    # ("Đến trưa 2/2, Gia Lai đã ghi nhận 12 ca": a part of the day, no "ngày", opening
    # the sentence or its dateline's run-in; never a window's end, "từ 18h ngày 1/2 đến
    # trưa 2/2", nor a report's clause, "Theo báo cáo …, đến sáng 25-6, … phát hiện 5 ca")
    rf"|(?:^|(?<=[-–]\s))đến\s+(?:sáng|trưa|chiều|tối)\s+{DATE})",
    re.IGNORECASE,
)
# Every cue above holds one of these (a substring test first: most sentences hold none).
CUMULATIVE_CUE_WORDS = ("đến", "lũy kế", "cộng dồn", "tổng cộng", "đợt dịch", "từ đầu")
CUMULATIVE_AFTER_CUE = re.compile(
    # ("… đã vượt quá 10.000 ca bệnh": more than that)
    rf"(?:ghi nhận|có|phát hiện|là)?\s*(?P<bound>hơn|gần|trên|khoảng|vượt quá|vượt)?\s*"
    # ("đến nay tỉnh ghi nhận 1.792 người dương tính": people, as cases)
    rf"(?P<n>{NUM})\s+(?:{CASE}|người(?=\s+(?:dương tính|mắc|nhiễm)))"
    # ("đến nay Việt Nam ghi nhận 266 ca bệnh COVID-19, trong đó …": "bệnh" before the name)
    rf"(?:(?:\s+(?:mắc|nhiễm|mắc mới|bệnh(?=\s+{COVID})))?\s+(?:dương tính|mắc|nhiễm|{COVID})"
    # ("10.000 ca bệnh đã được Bộ Y tế cấp mã", "… 500 ca bệnh.": not "ca bệnh công bố …")
    r"|\s+bệnh(?=\s*(?:[.;,]|$|đã được))"
    # "… ghi nhận tổng cộng 9.870 ca." / "…, đã có 500 ca, trong đó …", "toàn tỉnh có 2286 ca
    # F0.": the count ends its clause
    # "… tỉnh có 20.000 ca, 150 người tử vong": a list of the totals goes on
    # ("… ghi nhận 1086 ca F0 (trong đó 7 ca từ tỉnh khác chuyển đến)": its breakdown)
    rf"|(?:\s+F0)?(?=\s*(?:[.;]|,\s*trong đó|\(\s*trong đó|,\s*{NUM}\s|$)))"
)
# "Số ca mắc … từ ngày 27/4 đến nay là 33.909 ca": the sentence named what it counts
# (cases, not deaths: "Tổng số ca tử vong … tính đến nay là 23.951 ca").
COUNTS_CASES = re.compile(r"[Ss]ố ca (?:mắc|nhiễm)(?![^.;]{0,40}(?:tử vong|khỏi|ra viện))")
CUMULATIVE_IS = re.compile(
    rf"[^.;\d]{{0,12}}?\blà\s+(?P<bound>hơn|gần|trên|khoảng)?\s*(?P<n>{NUM})\s+{CASE}(?![\wà-ỹ])"
)
# "Ngày 15/1, Thanh Hóa ghi nhận 1.102 F0, …": a dated lead's count is the day's,
# unless the sentence calls it a total; also after its source ("Bộ Y tế cho biết ngày 12-2,
# cả nước ghi nhận …", "CDC thông tin, sáng 3/8, …").
DATED_LEAD_COUNT = re.compile(
    r"(?:^|(?<=cho biết )|(?<=cho biết, )|(?<=thông tin )|(?<=thông tin, ))"
    r"(?:[Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Hh]ôm)\s+"
    # ("Sáng nay (01/01), Quảng Ngãi ghi nhận 71 ca": the day in brackets)
    # ("Hôm qua (24/2), Bộ Y tế ghi nhận 69.128 F0", "Tối qua (3/9), …": the day before's)
    r"(?:(?:nay|qua)\s*\(\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*\)"
    r"|(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?),"
    r"(?:(?!tổng|[Ll]ũy kế|[Tt]ính đến|từ đầu|đến nay|đến ngày)[^.;\d]){0,60}?"
    rf"(?:ghi nhận|phát hiện)\s+(?:thêm\s+)?(?P<n>{NUM})\s+(?:ca|trường hợp|F0|bệnh nhân)"
    r"(?!\s+(?:được|đã|khỏi|xuất viện|ra viện|tử vong|nặng|đang))"
)
# "Hiện toàn tỉnh ghi nhận 1.395 F0", "Hiện nay, tỉnh đã có 2.310 ca": the count to date,
# not the patients still treated, the severe ones or the day's new cases.
CUMULATIVE_NOW = re.compile(
    # (not a cluster's: "chùm lây nhiễm này hiện có 59 ca")
    # (nor "phát hiện có 9 ca", "xuất hiện có …": found, not now)
    r"(?:^|,\s*|(?<=\s))(?<!chùm lây nhiễm này )(?<!ổ dịch này )(?<!phát )(?<!xuất )"
    r"[Hh]iện(?: nay| tại)?,?\s+"
    r"(?:(?:toàn|cả)\s+(?:tỉnh|thành phố)\s+|tỉnh\s+|thành phố\s+"
    # ("Hiện Việt Nam có 270 ca nhiễm", "Hiện Hải Phòng đã ghi nhận …": a place named, not
    # a body — "Hiện Bệnh viện X có 40 ca" counts its patients)
    r"|(?:Việt Nam|cả nước|nước ta|(?!(?:Bệnh|Trung tâm|Sở|Bộ|Khoa|Khu|Cơ sở)\b)"
    r"[A-ZĐ][\wà-ỹ]*(?:\s+[A-ZĐ][\wà-ỹ]*){0,2})\s+)?"
    r"(?:đã\s+)?(?:ghi nhận|có)\s+(?:tổng(?: cộng)?(?: số)?\s+)?"
    rf"(?P<bound>hơn|gần|trên|khoảng)?\s*(?P<n>{NUM})\s+(?:ca|trường hợp|F0|bệnh nhân)"
    # ("có 7.558 bệnh nhân mắc Covid-19 đang được điều trị": those treated, not the total)
    # ("cả nước hiện có hơn 240.000 trường hợp F0 điều trị tại nhà": those treated at home)
    rf"(?!(?:\s+(?:mắc|nhiễm))?(?:\s+{COVID}|\s+F0)?\s+(?:mới|đang|được|khỏi|tử vong|nặng"
    r"|nguy kịch|xuất viện|(?:cách ly\s+)?điều trị))"
    # ("Hiện đã có 6 ca bệnh có kết quả xét nghiệm 2 lần trở lên âm tính": those tested
    # negative, not the total)
    r"(?!(?:\s+bệnh)?\s+(?:có\s+)?(?:kết quả\s+)?(?:xét nghiệm\s+)?[^.;,]{0,30}?âm tính)"
)
# "Cả nước có 1.049 bệnh nhân mắc bệnh, trong đó …", "Toàn tỉnh đã có 2.310 ca mắc
# COVID-19, trong đó …": the country's or the province's standing count, split after it (no
# "mới", no day named in the clause): a total.
STANDING_SPLIT = re.compile(
    r"(?:[Cc]ả nước|[Tt]oàn quốc|Việt Nam|nước ta|[Tt]oàn tỉnh|[Tt]oàn thành phố)"
    r"(?:\s+[A-ZĐ][\wà-ỹ]*(?:\s+[A-ZĐ][\wà-ỹ]*){0,2})?\s+"
    r"(?:(?:đã|hiện)\s+)?có\s+(?:tổng cộng\s+)?"
    rf"(?P<n>{NUM})\s+(?:ca|bệnh nhân|trường hợp)\s+(?:mắc bệnh|mắc|nhiễm)(?:\s+{COVID})?"
    r"(?=\s*,\s*trong đó)"
)
# Not a total of cases: "nâng tổng số ca khỏi bệnh lên 10.000", "tổng số ca tử vong …".
# (nor a total of one kind of case: "Tổng số ca nhiễm cộng đồng … lên 10.694")
_NOT_CASES = (
    r"(?!\s+(?:khỏi|xuất viện|ra viện|tử vong|được|đang|tiêm|xét nghiệm|nghi"
    r"|(?:(?:mắc|nhiễm)\s+)?(?:(?:trong|tại|ở)\s+)?(?:cộng đồng|nhập cảnh)))"
)
CUMULATIVE_TOTAL = re.compile(
    # ("Tổng số bệnh nhân tại Việt Nam lên 240": patients, only right before "lên")
    # ("nâng tổng số người mắc COVID-19 trên toàn tỉnh lên/là 28.209 ca": people who caught it)
    # ("nâng tổng số mắc cả nước lên 38.239 trường hợp": the noun left out)
    rf"[Tt]ổng số (?:ca|trường hợp|người(?=\s+(?:mắc|nhiễm)\s)|mắc(?=\s)"
    r"|bệnh nhân(?=(?:\s+(?:tại|ở)\s+(?:Việt Nam|nước ta))?\s+lên\s))"
    rf"{_NOT_CASES}{_IN_SENTENCE}{{0,60}}?\blên\s+"
    rf"(?P<bound>hơn|gần|trên|khoảng)?\s*(?P<n>{NUM})"
    # (not "Tổng số ca mắc mới khẳng định: 354 ca": the day's)
    rf"|[Tt]ổng số (?:ca|trường hợp|người)\s+(?:mắc|nhiễm)(?!\s+mới){_IN_SENTENCE}{{0,60}}?"
    r"(?:\blà|:)\s+"
    rf"(?P<bound2>hơn|gần|trên|khoảng)?\s*(?P<n2>{NUM})"
    # "nâng tổng số lên 9.800 ca", "Lũy kế số ca mắc: 12.345", "Số ca mắc lũy kế: 12.345"
    rf"|nâng tổng số\s+lên\s+(?P<bound3>hơn|gần|trên|khoảng)?\s*(?P<n3>{NUM})\s+{CASE}"
    rf"|(?:[Ll]ũy kế|[Ll]uỹ kế) số (?:ca|bệnh nhân|trường hợp)\s+(?:mắc|nhiễm|dương tính)"
    rf"[^:\d]{{0,30}}:"
    rf"\s*(?P<n4>{NUM})"
    rf"|[Ss]ố (?:ca|bệnh nhân)\s+(?:mắc|nhiễm)\s+(?:lũy kế|luỹ kế|tích lũy|cộng dồn)[^:\d]{{0,30}}:"
    rf"\s*(?P<n5>{NUM})"
    # "Lũy tích ca F0: từ 2020 đến nay: 10.209": the total since the epidemic began
    rf"|(?:[Ll]ũy|[Ll]uỹ) tích (?:số )?(?:ca|bệnh nhân)\s+(?:F0|mắc|nhiễm)\s*:"
    rf"\s*(?:từ (?:năm )?20\d\d đến nay\s*:\s*)?(?P<n6>{NUM})"
    # "Kiên Giang có tổng số 1.029 ca mắc", "Hiện Lâm Đồng có tổng số 550 trường hợp dương
    # tính": the total is named by "tổng" right before the count
    # "giữ nguyên tổng số 334 ca mắc", "…, vẫn là 288 ca": no new case, the total unchanged
    rf"|(?:giữ nguyên|vẫn giữ|vẫn là|giữ)\s+(?:con số\s+)?tổng số\s+(?:(?:ca|trường hợp)\s+)?"
    rf"(?:(?:mắc|nhiễm)\s+)?(?:là\s+)?(?P<n8>{NUM})(?:\s+{CASE})?{_NOT_CASES}"
    # "tại Việt Nam số ca mắc vẫn là 288": the count that stays is the total
    rf"|[Ss]ố (?:ca|bệnh nhân|trường hợp)\s+(?:mắc|nhiễm)(?:\s+{COVID})?"
    rf"\s+vẫn\s+(?:là|giữ nguyên(?:\s+ở)?|ở mức|dừng ở)\s+(?P<n9>{NUM})"
    rf"|(?:có|ghi nhận)\s+tổng(?: cộng)?(?: số)?\s+(?P<bound7>hơn|gần|trên|khoảng)?\s*"
    rf"(?P<n7>{NUM})\s+(?:{CASE}|F0|bệnh nhân)"
    r"(?!\s+(?:(?:mắc|nhiễm|dương tính)\s+)?"
    r"(?:mới|khỏi|xuất viện|ra viện|tử vong|đang|được|tiêm|xét nghiệm|nghi))"
)

# "M1: 1.009.244 = 103,26%": a bulletin's shorthand for the dose
# ("độ bao phủ 1 mũi thì mới đạt hơn 6%", "tỷ lệ bao phủ 2 mũi đạt 80%": the doses after
# "bao phủ")
_DOSE_1 = (
    r"mũi 1|mũi một|mũi thứ nhất|ít nhất (?:01|1|một) (?:liều|mũi)|\bM1\b"
    r"|(?<=bao phủ )(?:01|1|một) mũi"
)
_DOSE_2 = (
    r"mũi 2|mũi hai|mũi thứ hai|(?:đủ|tiêm) (?:02|2|hai) (?:mũi|liều)|\bM2\b"
    r"|(?<=bao phủ )(?:02|2|hai) mũi"
)
# Between a dose and its rate: no other dose, no full stop; a count's thousands dots pass.
_TO_RATE = r"(?:(?!mũi|liều|\bM\d\b)(?:[^.;%]|\.(?=\d{3})))"
# Between a rate written first and its dose: "% người từ 18 tuổi trở lên đã được tiêm "
_BEFORE_DOSE = (
    r"\s+(?:(?:người|dân số|đối tượng)\b(?:(?!\svà\s|tỷ lệ|tỉ lệ)[^.;%,]){0,50}?)?"
    r"(?:đã\s+)?(?:được\s+)?tiêm(?:\s+vắc xin)?\s+"
)
# A rate followed by its own dose phrase belongs to that dose, not the one before it.
_NOT_ITS_OWN_DOSE = rf"(?!{_BEFORE_DOSE}(?:{_DOSE_1}|{_DOSE_2}))"

# Figures by field. Each pattern has a group "n" (or "n2", "n3") holding the number.
PATTERNS: dict[str, tuple[re.Pattern[str], ...]] = {
    "new_cases_24h": (
        re.compile(
            # "50 ca mắc mới", "188 trường hợp dương tính mới", "2 ca bệnh COVID-19 mới"
            rf"(?P<n>{NUM})\s+{CASE}(?:\s+F0)?(?:\s+(?:mắc|nhiễm|dương tính|bệnh))?(?:\s+{COVID})?"
            r"\s+(?:mới|nhiễm mới)"
            rf"|(?P<n2>{NUM})\s+F0 mới"
        ),
        # "Việt Nam thêm 11.321 ca dương tính": more cases, unless they are discharges.
        re.compile(
            # ("thêm 91 người mắc Covid-19": people who fell ill, as cases; "thêm 27 người dương
            # tính với virusSARS-CoV-2")
            rf"(?<![\wà-ỹ])thêm\s+(?P<n>{NUM})\s+(?:{CASE}|người(?=\s+(?:mắc|nhiễm"
            rf"|dương tính với)\s+(?:vi\s?rút\s*|virus\s*)?{COVID}))"
            # ("thêm 5 bệnh nhân mắc COVID-19 được công bố khỏi bệnh": discharged too; "thêm 9
            # bệnh nhân Covid-19 được chữa khỏi bệnh": the disease alone between)
            rf"(?!(?:\s+(?:mắc|nhiễm))?(?:\s+{COVID})?\s+(?:được|đã|khỏi|xuất viện|ra viện|tử vong"
            r"|nặng))"
            r"(?![^.;,]{0,30}cộng đồng)"
        ),
        re.compile(
            # "Trong ngày 10/1, tỉnh Hải Dương ghi nhận 800 ca": the day may be written
            # ("Trong ngày 14-9, trên địa bàn tỉnh X phát hiện 60 trường hợp dương tính")
            rf"[Tt]rong ngày(?:\s+\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{4}})?)?[^.;\d]{{0,40}}?"
            rf"(?:có|ghi nhận|phát hiện|công bố)\s+(?:thêm\s+)?(?P<n>{NUM})\s+{CASE}"
            r"(?!\s+(?:được|đã|khỏi|xuất viện|ra viện|tử vong|nặng|nhập cảnh))"
        ),
        # a count in words after the verb: "vừa ghi nhận một ca dương tính", "phát hiện thêm
        # hai trường hợp mắc COVID-19"
        re.compile(
            rf"(?:ghi nhận|phát hiện)\s+(?:thêm\s+)?(?P<n>{SMALL_COUNT_WORD})\s+(?:ca|trường hợp)"
            r"\s+(?:mắc|nhiễm|dương tính)"
        ),
        # "thông tin về một trường hợp mới mắc Covid-19", "công bố 3 ca mới nhiễm": "mới"
        # before the verb
        re.compile(
            r"(?:ghi nhận|phát hiện|thông tin về|công bố)\s+(?:thêm\s+)?"
            rf"(?P<n>{NUM}|{SMALL_COUNT_WORD})\s+(?:ca|trường hợp)\s+mới\s+(?:mắc|nhiễm|dương tính)"
            rf"(?:\s+với)?\s+(?:virus\s+|vi rút\s+)?{COVID}"
        ),
        # a notice's cases: "Ban Chỉ đạo … có Thông báo số 363/TB-BCĐ thông tin về 38 trường
        # hợp mắc COVID-19 tại tỉnh Kon Tum"
        re.compile(
            rf"(?:thông tin|thông báo)\s+về\s+(?:thêm\s+)?(?P<n>{NUM})\s+{CASE}\s+"
            r"(?:mắc|nhiễm|dương tính)"
            rf"(?!(?:\s+(?:với\s+)?{COVID})?\s+(?:đã\s+)?(?:được\s+)?(?:công bố\s+)?"
            r"(?:khỏi|xuất viện|ra viện|tử vong))"
        ),
        # the 24 hours named after the count or before the verb: "Ghi nhận 16 ca COVID-19
        # trong 24 giờ", "Trong 24 giờ qua, tỉnh ghi nhận 16 ca COVID-19"
        re.compile(
            rf"(?:[Gg]hi nhận|[Pp]hát hiện|\bcó)\s+(?:thêm\s+)?(?P<n>{NUM})\s+{CASE}"
            rf"(?:\s+(?:mắc|nhiễm|dương tính))?(?:\s+{COVID})?\s+(?:trong\s+)?24\s*(?:giờ|h)"
            r"(?:\s+qua)?(?![\wà-ỹ])"
            rf"|(?:[Tt]rong\s+)?24\s*(?:giờ|h)\s+qua\s*,?[^.;\d]{{0,40}}?(?:ghi nhận|phát hiện|có)"
            rf"\s+(?:thêm\s+)?(?P<n2>{NUM})\s+{CASE}(?!(?:\s+(?:mắc|nhiễm))?(?:\s+{COVID})?"
            r"\s+(?:được|đã|khỏi|xuất viện|ra viện|tử vong|nặng|nhập cảnh|đang))"
        ),
        re.compile(rf"[Ss]ố ca (?:mắc|nhiễm) mới[^:\d]{{0,40}}:\s*(?P<n>{NUM})"),
        # "Ngày 14/12, Đà Nẵng tiếp tục ghi nhận số F0 ở mức cao với 176 ca": the day's cases
        # as a level reached (not a total's: "số ca tích lũy …")
        re.compile(
            r"ghi nhận số (?:F0|ca (?:mắc|nhiễm|bệnh)(?: mới)?)"
            r"(?![^.;,\d]{0,30}?(?:tích lũy|tích luỹ|cộng dồn|tử vong|khỏi))"
            rf"[^.;,\d]{{0,30}}?\bvới\s+(?P<n>{NUM})\s+(?:ca|trường hợp)(?![\wà-ỹ])"
        ),
        # "số ca mắc mới COVID-19 tăng vọt lên 3.195 người", "… đã tăng lên con số 261":
        # rose to (the day's count), not by ("tăng 91 ca")
        re.compile(
            rf"[Ss]ố ca (?:mắc|nhiễm) mới(?:\s+{COVID})?[^.;:\d]{{0,30}}?\btăng(?:\s+vọt|\s+mạnh)?"
            rf"\s+lên\s+(?:(?:con số|mức)\s+)?(?P<n>{NUM})(?![\d.,]*\s*(?:%|lần))"
        ),
        # "…, nâng tổng số 55.879 F0 trong ngày": the day's total, not the epidemic's
        re.compile(
            rf"nâng tổng số(?:\s+(?:ca|F0)(?:\s+(?:mắc|nhiễm))?)?(?:\s+lên)?\s+(?P<n>{NUM})\s+"
            r"(?:ca|F0|trường hợp)(?:\s+(?:mắc|nhiễm))?(?:\s+mới)?\s+trong ngày"
        ),
        # "thông tin về 97 ca bệnh ghi nhận trong ngày", "21 ca dương tính với virus
        # SARS-CoV-2 mới ghi nhận", "45 F0 được ghi nhận hôm nay": recorded today, the day's
        re.compile(
            rf"(?P<n>{NUM})\s+{CASE}(?:\s+(?:bệnh|mắc|nhiễm|dương tính))?"
            rf"(?:\s+(?:với\s+)?(?:virus\s+|vi rút\s+)?{COVID})?"
            r"\s+(?:mới\s+(?:được\s+)?ghi nhận"
            r"|(?:được\s+)?ghi nhận\s+(?:mới|trong ngày|trong 24 giờ|hôm nay))"
            r"(?!\s+(?:từ|kể từ|tính từ)\b)"
        ),
        # a bulletin's numbered label: "1. Ghi nhận trong ngày: 1.996 ca."
        re.compile(rf"[Gg]hi nhận trong ngày\s*:\s*(?P<n>{NUM})\s*(?:ca|trường hợp|F0)\b"),
        # "Bản tin dịch COVID-19 ngày 6/10 của Bộ Y tế cho biết có 4.363 ca mắc": the day's
        # ("Bản tin phòng dịch COVID-19 của Bộ Y tế cho biết có 16.325 ca mắc", "Bản tin 18h
        # ngày 13/2 - tức chiều mùng 2 Tết của Ban Chỉ đạo … COVID-19 cho biết, có 53 ca mắc":
        # the date may be missing, the issuer's name may hold "COVID-19")
        re.compile(
            rf"[Bb]ản tin(?:[^.;]{{0,30}}?ngày\s+\d{{1,2}}[/.-]\d{{1,2}})?"
            # (a digit only where no count follows: "mùng 2 Tết", "COVID-19")
            rf"(?:[^.;\d]|\d(?![\d.,]*\s+(?:ca|trường hợp))){{0,100}}?"
            rf"(?:cho biết,?\s+)(?:có|ghi nhận)\s+(?:thêm\s+)?(?P<n>{NUM})\s+(?:ca|trường hợp)"
            r"\s+(?:mắc|nhiễm)(?!\s+(?:tích lũy|lũy kế|tử vong))"
        ),
        re.compile(
            rf"[Bb]ản tin[^.;]{{0,30}}?ngày\s+\d{{1,2}}[/.-]\d{{1,2}}[^.;\d]{{0,60}}?"
            rf"(?:có|ghi nhận)\s+(?P<n>{NUM})\s+(?:ca|trường hợp)\s+(?:mắc|nhiễm)"
            r"(?!\s+(?:tích lũy|lũy kế|tử vong))"
        ),
        # "Số ca nhiễm trong ngày tại Hà Nội tiếp tục tăng mạnh với 6.860 ca"
        re.compile(
            rf"[Ss]ố ca (?:nhiễm|mắc)(?: mới)?(?: {COVID})?(?: tại [^.;\d]{{1,30}}?)? trong ngày"
            rf"[^.;\d]{{0,60}}?"
            rf"(?:với|là|lên)\s+(?P<n>{NUM})\s+ca"
        ),
        re.compile(
            r"(?:nhiều nhất|cao nhất|nhiều (?:ca )?(?:mắc |nhiễm )?nhất|cao kỷ lục)"
            # ("Cà Mau nhiều nhất với hơn 1.300 ca": the count as written, test4)
            rf"[^.;]{{0,60}}?với\s+(?:(?:hơn|trên|gần|khoảng)\s+)?(?P<n>{NUM})\s+ca"
            r"(?!\s+(?:tích lũy|tích luỹ|lũy kế|luỹ kế|cộng dồn))"
        ),
    ),
    "community_cases": (
        re.compile(
            # ("6.387 ca được phát hiện tại cộng đồng", "… đã được phát hiện ở cộng đồng")
            # (a count in words too: "một ca trong cộng đồng")
            # ("193 ca mắc COVID-19 mới đều tại cộng đồng": the disease's name among the words)
            # ("Có 3.004/5.477 ca ghi nhận trong cộng đồng": of the day's count after the slash)
            rf"(?P<n>{NUM}|{SMALL_COUNT_WORD})(?:/{NUM})?\s+{CASE}(?:\s+{COVID})?"
            rf"(?:\s+(?:[\wà-ỹ]+|{COVID})){{0,4}}?\s+"
            # ("13 ca phát hiện qua lấy mẫu giám sát cộng đồng": found by the community's
            # screening)
            r"(?:trong|tại|ngoài|ở|(?:qua\s+)?(?:lấy mẫu\s+)?giám sát) cộng đồng"
            # "vừa ghi nhận một ca dương tính với SARS-CoV-2 trong cộng đồng"
            rf"|(?P<n5>{NUM}|{SMALL_COUNT_WORD})\s+{CASE}\s+dương tính\s+với\s+"
            rf"(?:virus\s+|vi rút\s+)?{COVID}\s+(?:trong|tại|ở) cộng đồng"
            # a breakdown's label and colon: "Ca bệnh ngoài cộng đồng chưa rõ nguồn lây: 22 ca"
            r"|(?:[Cc]a bệnh|[Cc]a mắc|[Ss]ố ca)\s+(?:ngoài|tại|trong|ở) cộng đồng"
            r"[^:;.\d]{0,40}:"
            rf"\s*(?P<n7>{NUM})\s*(?:ca|trường hợp)(?![\wà-ỹ])"
            # "48 F0 cộng đồng", "17 trường hợp cộng đồng", "trong đó 40 cộng đồng"
            rf"|(?P<n2>{NUM})\s+(?:ca|trường hợp|F0)(?:\s+F0)? cộng đồng"
            rf"|trong đó\s+(?:có\s+)?(?P<n3>{NUM})\s+cộng đồng"
            # the label first, in a breakdown of where cases were found: "…, tại cộng đồng 58 ca"
            # ("…, giám sát y tế tại nhà 04; tại cộng đồng 67 (trong đó …)": no noun after)
            rf"|(?:tại|trong|ở) cộng đồng\s+(?P<n4>{NUM})"
            r"(?:\s+(?:ca|trường hợp)\b|(?=\s*[(,;]|\.(?!\d)))"
            # "Số ca mắc cộng đồng trong ngày là 8.402 trường hợp": the day's, by its label
            rf"|[Ss]ố (?:ca|trường hợp) (?:mắc |nhiễm )?(?:tại |trong |ở )?cộng đồng"
            rf"(?: trong ngày)?\s*(?:là|:)\s*(?P<n6>{NUM})"
        ),
    ),
    "imported_cases": (
        re.compile(
            # "18 ca cách ly ngay sau khi nhập cảnh", "5 ca là người nhập cảnh", "bốn ca",
            # "gồm 6 người nhập cảnh"
            rf"(?P<n>{NUM}|{SMALL_COUNT_WORD})\s+(?:{CASE}|người)\s+(?:là\s+)?(?:người\s+)?"
            rf"(?:mắc\s+(?:{COVID}\s+)?)?"
            r"(?:(?:được\s+)?cách ly\s+)?"
            r"(?:ngay\s+)?(?:sau khi\s+)?(?:nhập cảnh|nhập khẩu|từ nước ngoài|ngoại nhập)"
            # a breakdown's part with its noun left out, after a count of cases: "7 ca mắc
            # COVID-19, trong đó có 6 ca trong nước và 1 nhập cảnh", "(12 trong nước, 2 nhập
            # cảnh)"; not "1.200 lượt nhập cảnh, trong đó 300 nhập cảnh trái phép"
            rf"|{NUM}\s+(?:ca|trường hợp|F0)[^.;]{{0,150}}?(?:trong đó|gồm|và|,|\()\s*(?:có\s+)?"
            rf"(?P<n2>{NUM})\s+nhập cảnh(?![\wà-ỹ])"
        ),
    ),
    "local_cases": (
        # "có thêm 20 ca mắc mới, đều là các ca ghi nhận trong nước": all of them
        re.compile(
            rf"(?P<n>{NUM})\s+{CASE}(?:\s+(?:mắc|nhiễm))?(?:\s+{COVID})?\s+mới,?\s+"
            r"(?:(?:đều là|tất cả (?:đều )?là)\s+(?:các\s+)?(?:ca|trường hợp)\s+"
            # "13.500 ca nhiễm mới tất cả đều ghi nhận trong nước": no noun repeated
            r"|(?:tất cả\s+)?đều\s+(?=ghi nhận))"
            r"(?:ghi nhận\s+|lây nhiễm\s+)?"
            r"(?:trong nước|trong địa phương|nội địa)"
        ),
        re.compile(
            # "14.822 ca mắc COVID-19 trong nước", "30 ca lây nhiễm trong địa phương", "165 ca
            # bệnh ghi nhận trong nước"
            # ("97 ca mắc mới (BN15644-15740) trong nước tại …": "mới" and the patients'
            # numbers between)
            rf"(?P<n>{NUM})(?:\s+{CASE}(?:\s+(?:mắc|nhiễm|bệnh))?(?:\s+{COVID})?"
            r"(?:\s+mới(?:\s*\(\s*BN[\s\d\-–,BN]{1,30}\))?(?=\s+trong nước))?\s+(?:do\s+)?"
            r"(?:lây nhiễm\s+|ghi nhận\s+|phát hiện\s+)?"
            r"|\s+ghi nhận\s+)(?:trong (?:địa phương|nước|tỉnh)|tại địa phương|nội địa)"
        ),
    ),
    "under_treatment": (
        re.compile(
            # "đang điều trị 1.234 ca", a labelled line "Đang điều trị: 17.750 ca"
            # "đang cách ly điều trị 13.504 ca" (a total's breakdown)
            # "hiện chỉ còn điều trị cho 90 người": those still treated
            rf"(?:[Đđ]ang|(?<=chỉ )còn|(?<=[Hh]iện )còn) (?:được )?(?:cách ly (?:và )?)?điều trị"
            rf"(?: cho)?\s*:?\s*(?P<n>{NUM})"
            rf"(?:\s+{CASE})?"
            # "1.593 trường hợp nhiễm Covid-19 đang điều trị"
            # ("612 bệnh nhân mắc Covid-19 đang được điều trị")
            # ("…, trong đó 6.874 người đã khỏi bệnh, 3.602 người đang tiếp tục điều trị")
            # ("Trong 826 bệnh nhân Covid-19 đang điều trị …": the disease right after)
            rf"|(?P<n2>{NUM})\s+{CASE}(?:\s+(?:nhiễm|mắc)(?: bệnh|\s+{COVID})?|\s+{COVID})?"
            # ("1.079 trường hợp dương tính với SARS – CoV – 2 đang điều trị")
            rf"(?:\s+dương tính\s+với\s+(?:{COVID}|SARS[\s–-]*CoV[\s–-]*2))?"
            # ("117 bệnh nhân đang được cách ly và điều trị theo quy định")
            r"\s+đang (?:tiếp tục )?(?:được )?(?:cách ly (?:và )?)?điều trị"
            rf"|(?<=trong đó )(?:{_IN_SENTENCE}{{0,60}}?,\s*)?(?P<n4>{NUM})\s+người\s+"
            r"đang (?:tiếp tục )?"
            r"(?:được )?điều trị"
            # "Số ca đang điều trị tại tỉnh X là 1.234 ca"
            # ("Số bệnh nhân mắc Covid-19 đang điều trị tại An Giang là 141 người")
            # ("trong đó số đang điều trị là 5.284 ca": the noun left out)
            rf"|[Ss]ố (?:(?:ca|bệnh nhân|người)(?: (?:mắc|nhiễm)(?: {COVID})?)? )?"
            # ("tổng số bệnh nhân đang điều trị tại 32 cơ sở thu dung, điều trị trong tỉnh là
            # 51.447 bệnh nhân": the places counted between)
            # ("Số ca đang đang được điều trị, theo dõi là 958": a word doubled)
            rf"đang (?:đang )?(?:được )?điều trị"
            rf"(?:[^.;:\d]|\d+(?=\s+(?:cơ sở|bệnh viện|khu)\b)){{0,70}}?"
            rf"\blà\s+(?P<n3>{NUM})"
        ),
    ),
    "recovered": (
        re.compile(
            # ("16/18 ca bệnh được chữa khỏi": of the total that follows the slash)
            # ("783.200 bệnh nhân COVID-19 ở nước ta đã khỏi bệnh": the disease and country)
            rf"(?P<n>{NUM})(?:/{NUM})?\s+(?:{CASE}|người)(?:\s+bệnh)?"
            # ("395/812 ca bệnh COVID-19 của nước ta được công bố khỏi bệnh")
            rf"(?:\s+{COVID}\s+(?:ở|tại|của)\s+(?:nước ta|Việt Nam))?\s+(?:đã\s+)?(?:được\s+)?"
            r"(?:điều trị\s+|chữa\s+)?"
            r"(?:khỏi bệnh|xuất viện|ra viện|được công bố khỏi|công bố khỏi|khỏi)"
            # ("đến thời điểm này nước ta đã chữa khỏi 1.461 bệnh nhân COVID-19")
            rf"|(?:điều trị|chữa) khỏi(?: bệnh)?\s+(?P<n2>{NUM})\s+{CASE}"
            # "Việt Nam chữa khỏi cho 11.443 ca bệnh"
            rf"|(?:chữa|điều trị) khỏi cho\s+(?P<n3>{NUM})\s+(?:{CASE}|người)"
            # "20 BN mắc Covid-19 được công bố khỏi bệnh": the disease between, announced
            rf"|(?P<n4>{NUM})\s+(?:{CASE}|người|BN)\s+(?:mắc\s+)?{COVID}\s+(?:đã\s+)?"
            r"được công bố khỏi"
        ),
        # A total's breakdown, the label first: "trong đó, đang điều trị 102 ca, ra viện 20
        # ca", "trong đó đã điều trị khỏi và xuất viện 481 ca".
        re.compile(
            r"(?<![\wà-ỹ])(?:(?:đã\s+)?(?:được\s+)?(?:điều trị\s+)?khỏi(?: bệnh)?(?:\s+và\s+)?)?"
            rf"(?:ra viện|xuất viện|khỏi bệnh)\s*:?\s+(?P<n>{NUM})\s+(?:{CASE}|người)"
        ),
        re.compile(
            # ("Số ca được điều trị khỏi đến thời điểm hiện tại là 796.583 ca": "được", and
            # the time it stands at between)
            r"[Ss]ố (?:ca|bệnh nhân)\s+(?:đã\s+)?(?:được\s+)?(?:điều trị\s+)?(?:đã\s+)?"
            r"(?:khỏi|xuất viện|ra viện)"
            # "Số ca khỏi bệnh: 40.000", "số ca khỏi bệnh là 8.500"
            rf"(?:[^:\d]{{0,20}}?|[^.;:\d]{{21,40}}?)(?::|\slà)\s*(?P<n>{NUM})"
        ),
        # "Số ca khỏi bệnh trong ngày: 35 ca, cộng dồn: 41.807 ca": the total after the day's
        re.compile(
            rf"[Ss]ố (?:ca|bệnh nhân) (?:khỏi bệnh|xuất viện|ra viện) trong ngày\s*:\s*{NUM}"
            rf"\s*(?:ca)?\s*,\s*(?:cộng dồn|lũy kế|tích lũy)\s*:\s*(?P<n>{NUM})"
        ),
        # a labelled line "Hồi phục xuất viện: 15.856 ca" (the day's say "trong ngày")
        re.compile(rf"[Hh]ồi phục,?\s+(?:xuất viện|ra viện)\s*:\s*(?P<n>{NUM})"),
        # "Tổng số bệnh nhân Covid-19 ở Hà Nội đã điều trị khỏi là 26.677 người", "tổng số
        # người mắc COVID-19 đã khỏi bệnh ở nước ta: 8.554.923 ca", "nâng số người khỏi bệnh
        # đến nay là 1.007.566 trường hợp": the total by its label, the disease and the place
        # between
        re.compile(
            r"(?:[Tt]ổng số|nâng số|nâng tổng số) (?:bệnh nhân|ca|người)"
            rf"(?:\s+(?:mắc|nhiễm))?(?:\s+{COVID})?(?:\s+(?:ở|tại)\s+[^.;:\d]{{1,25}}?)?\s+"
            r"(?:đã\s+)?(?:được\s+)?(?:điều trị\s+|chữa\s+)?"
            r"(?:xuất viện|khỏi bệnh|khỏi|ra viện)"
            # ("tổng số ca điều trị khỏi tính đến sáng hôm qua (4/8) là hơn 43.700 người": the
            # day it stands at in brackets between, the count rounded)
            rf"(?:[^.;:\d]|{COVID}|\(\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?\)){{0,40}}?"
            rf"(?:\blà|\blên|\s*:)\s+(?:(?:hơn|trên|gần|khoảng)\s+)?(?P<n>{NUM})"
            # (not a count in millions or thousands written in words: "lên trên 10 triệu")
            r"(?!\d|[.,]\d)(?!\s*(?:triệu|nghìn|ngàn|tỷ)\b)"
        ),
        # the label and its count with nothing between, closing the sentence: "Tổng số ca khỏi
        # bệnh 43."
        re.compile(
            r"[Tt]ổng số (?:ca|bệnh nhân|người)\s+(?:đã\s+)?(?:được\s+)?(?:điều trị\s+)?"
            rf"(?:khỏi bệnh|khỏi|xuất viện|ra viện)\s+(?P<n>{NUM})"
            r"(?:\s+(?:ca|người|bệnh nhân|trường hợp))?\s*(?=[.;]|$)"
        ),
    ),
    "deaths": (
        # ("…, trong đó 18 trường hợp đã tử vong": "đã" before the verb)
        re.compile(
            rf"(?P<n>{NUM})\s+(?:ca|trường hợp|bệnh nhân|người)(?:\s+{COVID})?\s+(?:đã\s+)?tử vong"
        ),
        # a total's breakdown, the label first: "…, ra viện 17.146 ca, tử vong 99 ca"
        re.compile(rf"(?<![\wà-ỹ])tử vong\s+(?P<n>{NUM})\s+(?:ca|trường hợp|người)\b"),
        # ("Số ca tử vong là 35 ca": the label and "là"; "Số ca tử vong liên quan đến
        # COVID-19 ở nước ta đến nay là 35 ca": the disease, the country and "đến nay" between)
        re.compile(
            rf"[Ss]ố (?:ca\s+|bệnh nhân\s+)?tử vong(?:\s+(?:liên quan đến|do)\s+{COVID})?"
            r"(?:\s+(?:ở|tại)\s+(?:nước ta|Việt Nam))?(?:\s+(?:tính\s+)?đến nay)?"
            rf"\s*(?::|\blà\b)\s*(?P<n>{NUM})"
        ),
        # "7. Tổng số tử vong tích lũy: 16 ca", "Tử vong cộng dồn: 401"
        # ("Tổng số tử vong lũy kế đến ngày 28/3/2023: 62 ca": the day it stands at between)
        re.compile(
            r"tử vong\s+(?:tích lũy|tích luỹ|lũy kế|luỹ kế|cộng dồn)"
            r"(?:\s+(?:tính\s+)?đến(?:\s+(?:hết\s+)?ngày)?\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?"
            rf"\s*:\s*(?P<n>{NUM})"
        ),
        # "Số ca tử vong trong ngày: 01 ca, cộng dồn: 401 ca": the total after the day's
        re.compile(
            rf"[Ss]ố (?:ca|bệnh nhân) tử vong trong ngày\s*:\s*{NUM}\s*(?:ca)?\s*,\s*"
            rf"(?:cộng dồn|lũy kế|tích lũy)\s*:\s*(?P<n>{NUM})"
        ),
        # "cộng dồn 127 tử vong", "lũy kế 35 ca tử vong": the total's word first
        re.compile(
            rf"(?:cộng dồn|lũy kế|luỹ kế|tích lũy|tích luỹ)\s+(?P<n>{NUM})\s+"
            r"(?:(?:ca|trường hợp|người|bệnh nhân)\s+)?tử vong"
        ),
        # a labelled line "Tích lũy tử vong: 51 ca"
        re.compile(rf"(?:[Tt]ích lũy|[Ll]ũy kế|[Ll]uỹ kế)\s+tử vong\s*:\s*(?P<n>{NUM})"),
        re.compile(
            r"[Tt]ổng số (?:ca|bệnh nhân|người|trường hợp)\s+tử vong"
            rf"(?:[^.;:\d]|{COVID}){{0,60}}?(?:\blà|\blên)\s+(?P<n>{NUM})"
            # "…; số ca tử vong là 80": in a clause of totals (the day's has a day's cue)
            rf"|(?<![\wà-ỹ])[Ss]ố (?:ca|bệnh nhân|người|trường hợp)\s+tử vong\s+là\s+(?P<n2>{NUM})"
        ),
    ),
    "vaccine_dose1_pct": (
        re.compile(rf"(?:{_DOSE_1}){_TO_RATE}{{0,80}}?(?P<n>{NUM})\s*%{_NOT_ITS_OWN_DOSE}"),
        # "95,2% người từ 18 tuổi trở lên đã được tiêm ít nhất 1 mũi": the rate first
        re.compile(rf"(?P<n>{NUM})\s*%{_BEFORE_DOSE}(?:{_DOSE_1})"),
        # "đã tiêm 1.910.977 liều cho 1.774.584 người (chiếm tỷ lệ 78,73% …)": the people
        # vaccinated at all have had at least one dose
        re.compile(
            rf"tiêm\s+{NUM}\s+liều[^.;%]{{0,60}}?\bcho\s+{NUM}\s+người\s*\(\s*(?:chiếm\s+)?"
            rf"(?:tỷ lệ\s+|tỉ lệ\s+)?(?P<n>{NUM})\s*%"
        ),
    ),
    "vaccine_dose2_pct": (
        re.compile(rf"(?:{_DOSE_2}){_TO_RATE}{{0,60}}?(?P<n>{NUM})\s*%{_NOT_ITS_OWN_DOSE}"),
        re.compile(rf"(?P<n>{NUM})\s*%{_BEFORE_DOSE}(?:{_DOSE_2})"),
    ),
    "icu_beds_established": (
        re.compile(
            rf"thành lập[^.;]{{0,80}}?(?:[Hh]ồi sức|ICU)[^.;]{{0,40}}?(?P<n>{NUM})\s+giường"
        ),
    ),
}
# A bulletin typed without diacritics ("So ca khoi benh: 6.200; So tu vong: 07"): its labels
# are read like the written ones (docs/intake-annotation.md, 190). Tried only on a sentence
# holding an unaccented "So"/"Luy", which written Vietnamese never has.
UNACCENTED_LABELS: dict[str, re.Pattern[str]] = {
    "recovered": re.compile(rf"\b[Ss]o ca (?:khoi benh|ra vien|xuat vien)\s*:?\s*(?P<n>{NUM})"),
    "deaths": re.compile(rf"\b[Ss]o (?:ca )?tu vong\s*:?\s*(?P<n>{NUM})"),
    "under_treatment": re.compile(rf"\b[Ss]o ca (?:hien )?(?:dang )?dieu tri\s*:?\s*(?P<n>{NUM})"),
    "cumulative_cases": re.compile(
        rf"\b(?:[Ll]uy (?:tich|ke)|[Tt]ong so) (?:so )?ca(?: F0| mac)?\s*:?\s*(?P<n>{NUM})"
    ),
}
UNACCENTED_GATE = re.compile(r"\b(?:[Ss]o (?:ca|tu)|[Ll]uy (?:tich|ke)|[Tt]ong so ca)\b")
# "ghi nhận 15 ca Covid – 19, nâng tổng số ca mắc … lên 717 ca": the increment before the
# total it raises is the day's.
RAISING_THE_TOTAL = re.compile(
    rf"(?:ghi nhận|có|phát hiện)\s+(?:thêm\s+)?(?P<n>{NUM})\s+(?:ca|trường hợp)\b"
    r"(?![^.;,]{0,30}(?:tử vong|khỏi|xuất viện|ra viện))[^.;,]{0,30},"
    r"\s*nâng tổng"
)
# "Trà Vinh phát hiện 37 ca nhiễm SARS-CoV-2", "ghi nhận 2.112 trường hợp dương tính với
# SARS-CoV-2", "ghi nhận 285 dương tính với Covid-19": the day's positives. Tried on its own
# (gated by "nhiễm"/"dương tính") so that these words do not run every new-case pattern,
# and never after a total's or a period's cue (_TOTAL_HEAD in stat_figures).
POSITIVES = re.compile(
    rf"(?:ghi nhận|có|phát hiện|thông tin về|công bố)\s+(?:thêm\s+)?(?P<n>{NUM})\s+"
    # ("có thêm 32 người dương tính SARS-CoV-2": people, as cases)
    r"(?:ca\s+|trường hợp\s+|người\s+)?(?:mắc\s+)?"
    # ("công bố 11 trường hợp có kết quả xét nghiệm dương tính với SARS-CoV-2": the result)
    r"(?:(?:có\s+)?kết quả\s+(?:xét nghiệm\s+)?)?"
    r"(?:dương tính|nhiễm)(?:\s+mới)?(?:\s+với)?"
    rf"\s+(?:SARS|{COVID})"
    # (not those still treated: "Hiện địa phương có 1.079 trường hợp dương tính với SARS – CoV
    # – 2 đang điều trị tại Bệnh viện Dã chiến tỉnh")
    r"(?![^.;]{0,20}?\sđang\s+(?:được\s+)?điều trị)"
)
# Words a sentence must hold for a field's patterns to be tried: a substring test is far
# cheaper than the patterns, and most sentences hold none (the throughput goal).
_GATES: dict[str, tuple[str, ...]] = {
    "new_cases_24h": (
        "mới",
        "thêm",
        "rong ngày",
        "với",
        "ản tin",
        "nhận hôm nay",
        "nhận trong 24",
        "24 giờ",
        "24h",
        "tin về",
        "báo về",
    ),
    "community_cases": ("cộng đồng",),
    "imported_cases": ("nhập", "nước ngoài"),
    "local_cases": ("trong địa phương", "trong nước", "trong tỉnh", "tại địa phương", "nội địa"),
    "under_treatment": ("điều trị",),
    "recovered": ("khỏi", "xuất viện", "ra viện"),
    "deaths": ("tử vong",),
    "vaccine_dose1_pct": ("%",),
    "vaccine_dose2_pct": ("%",),
    "icu_beds_established": ("giường",),
}
# One scan of a sentence finds every gate word it holds.
GATE_WORDS = re.compile("|".join(sorted({re.escape(w) for ws in _GATES.values() for w in ws})))
FIELDS_BY_GATE: dict[str, tuple[str, ...]] = {
    word: tuple(name for name, words in _GATES.items() if word in words)
    for words in _GATES.values()
    for word in words
}
DAILY_FIELDS = frozenset({"new_cases_24h", "community_cases", "imported_cases", "local_cases"})
OUTCOME_FIELDS = frozenset({"cumulative_cases", "under_treatment", "recovered", "deaths"})
# "giảm 80 trường hợp mắc mới", "Đắk Lắk (-205)": a change, not a count.
CHANGE_BEFORE = re.compile(r"(?:[Tt]ăng|[Gg]iảm)\s+(?:thêm\s+)?$|\(\s*[-+]\s*$")
# The day's deaths and discharges ("thêm 3 trường hợp tử vong") have no field: the
# outcome fields are totals.
# ("Thêm 1 ca tử vong do Covid-19 tại …": a headline opening with it too)
DAILY_BEFORE = re.compile(r"[Tt]hêm\s+$")
DAILY_CUE = re.compile(
    r"[Tt]rong ngày|24\s*(?:giờ|h)|\bmới\b|trong \d+ ngày|ngày gần đây|(?:trong|[Hh]ôm) nay\b"
)
# "Covid-19", "SARS-CoV-2": a name's number, not a count.
NAME_NUMBER_BEFORE = re.compile(r"(?:COVID|Covid|CoV|covid)-$")
TOTAL_CUE = re.compile(
    r"[Tt]ổng(?! hợp)|[Ll]ũy kế|[Ll]uỹ kế|[Cc]ộng dồn|[Tt]ích lũy|đến nay|đã có|[Tt]ính đến|nâng"
    r"|đến(?: (?:sáng|trưa|chiều|tối|hết))? ngày"
)
VACCINE_OTHER = re.compile(r"\btrẻ\b|nhắc|mũi 3|mũi 4|mũi bổ sung|phân bổ")
# Children's rates: the whole sentence is theirs ("Trẻ em từ 12-17 tuổi: …", "Người từ 12 -
# 17 tuổi, tỷ lệ tiêm mũi 1 đạt …").
CHILDRENS_RATES = re.compile(
    r"(?<![\wà-ỹ])[Tt]rẻ\b|\b\d{1,2}\s*(?:-|–|đến(?: dưới)?)\s*(?:dưới\s+)?\d{1,2}\s+tuổi"
)
# A booster's or an allocation's rate: only the clause that names it ("…; mũi nhắc lại 94%").
BOOSTER_CLAUSE = re.compile(r"nhắc|mũi 3|mũi 4|\bM[34]\b|mũi bổ sung|phân bổ")
NEW_24H_CUE = re.compile(
    r"(?:trong\s+)?24\s*(?:giờ|h|tiếng)\s+qua|trong ngày hôm nay"
    r"|[Tt]ừ\s+\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?\s+ngày\s+\d{1,2}[/.-]\d{1,2}[^,;]{0,40}?"
    r"đến\s+\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?\s+ngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?"
)
NEW_24H = re.compile(
    rf"(?:ghi nhận|có|thêm|phát hiện)\s+(?:thêm\s+)?(?P<n>{NUM})\s+{CASE}"
    # (not those who left hospital: "trong 24 giờ qua … ghi nhận 4.497 bệnh nhân Covid-19 khỏi
    # bệnh, xuất viện")
    # (nor those admitted: "ghi nhận có 20 bệnh nhân Covid-19 nhập viện, 18 bệnh nhân ra viện")
    rf"(?!(?:\s+{COVID})?\s+(?:đã\s+)?(?:được\s+)?(?:công bố\s+)?"
    r"(?:khỏi|xuất viện|ra viện|tử vong|nhập viện))"
)
LEVEL_CHANGE = re.compile(
    r"từ cấp(?: độ)?\s+(?P<prev>[1-4])[^.;]{0,80}?"
    r"(?:lên|xuống|sang|về)\s+cấp(?: độ)?\s+(?P<lvl>[1-4])"
)
# The four levels of Nghị quyết 128/NQ-CP and their colours (QĐ 4800/QĐ-BYT; DOMAIN.md 1.1).
COLOURS = {"xanh": 1, "vàng": 2, "cam": 3, "đỏ": 4, "green": 1, "yellow": 2, "orange": 3, "red": 4}
# A level as the press spells it, by number: "cấp 2", "cấp độ 2", "cấp độ dịch 2", "cấp độ
# dịch Covid-19 số 1", "cấp độ dịch thứ 2", "mức độ 2"; by colour: "vùng cam", "mức đỏ", "màu xanh",
# "vùng “vàng”". Named groups ``lvl`` and ``colour``: one pattern per regex.
LEVEL_BY_NUMBER = (
    # ("mức độ 2 (nguy cơ trung bình)" too)
    # (English pages: "level 3", "Level 2")
    # ("đang ở cấp độ dịch cấp 1": the word "cấp" again before the number)
    rf"(?:[Cc]ấp|[Mm]ức|[Ll]evel)(?: độ)?(?: dịch)?(?:\s+{COVID})?\s+"
    r"(?:(?:số|thứ|cấp)\s+)?"
    r"(?P<lvl>[1-4])(?![\d/]|[.,]\d|\s*%)"
)
# A bare colour after the group's noun is a level too, where it opens a list: "8 tỉnh xanh
# là", "15 tỉnh, thành xanh gồm", "các địa phương cam:".
_BARE_COLOUR = r"(?=(?:xanh|vàng|cam|đỏ)(?:\s+(?:là|gồm)\b|\s*:))"
# English pages put the colour first ("yellow zones", "orange area", "red level"): the
# lookaheads keep one group name for every order.
LEVEL_BY_COLOUR = (
    r"(?:(?:[Vv]ùng|[Mm]ức|[Mm]àu)\s+[\"“'‘]?"
    r"|(?=(?:green|yellow|orange|red)\s+(?:zones?|areas?|level)\b)"
    rf"|(?:(?<=\b[Tt]ỉnh\s)|(?<=\b[Tt]hành\s)|(?<=\bphố\s)|(?<=\bphương\s)){_BARE_COLOUR})"
    r"(?P<colour>xanh|vàng|cam|đỏ|green|yellow|orange|red)\b"
)
LEVEL_SPELLED = rf"(?:{LEVEL_BY_NUMBER}|{LEVEL_BY_COLOUR})"


def level_of(match: re.Match[str]) -> int:
    """The level a match of ``LEVEL_SPELLED`` (or a pattern with its groups) names."""
    written = match.group("lvl")
    return int(written) if written else COLOURS[match.group("colour")]


# "Cụ thể, tỉnh cấp độ 1;", "…: Tỉnh cấp độ 1": the bare word "tỉnh" as the subject is the
# province of the article (a named city or district is not).
LEVEL_BARE_PROVINCE = re.compile(
    r"(?:^|[,:;]\s*)[Tt]ỉnh\s+(?:(?:ở|là|đạt|được đánh giá là)\s+)?"
    rf"{LEVEL_SPELLED}(?![\d/])"
)
# (not "toàn tỉnh chỉ còn một huyện ở cấp độ 1": a district's or commune's level)
LEVEL_WHOLE = re.compile(
    r"[Tt]oàn (?:tỉnh|thành phố)(?:(?!huyện|quận|thị xã|xã|phường|thôn|ấp)[^.;]){0,40}?"
    rf"(?:(?:ở|áp dụng|là)\s+)?{LEVEL_SPELLED}"
)
# The city or province by its kind alone as a clause's subject, named before: "Báo cáo của
# TP Cần Thơ cho biết, …; TP đang ở cấp độ dịch 3", "Tỉnh hiện ở cấp độ 2".
LEVEL_KIND_ALONE = re.compile(
    # (lower case only after a semicolon: not "18 tỉnh, thành phố ở cấp độ 2")
    # ("Ngành Y tế Phú Thọ xác định, địa phương đang ở cấp độ 2": "địa phương", with a verb
    # of state, after a comma)
    r"(?:(?:^|[;,]\s*|\.\s+)(?:TP|Thành phố|Tỉnh)|;\s*(?:thành phố|tỉnh)"
    r"|,\s*địa phương(?=\s+(?:vẫn|hiện|đang|tiếp tục)\s))\s+"
    r"(?:(?:vẫn|hiện|đang|tiếp tục)\s+)*(?:ở|là|thuộc)\s+"
    rf"(?:mức\s+)?{LEVEL_SPELLED}"
)
# The outlet's own province by "tỉnh ta": "Ở cấp tỉnh, tỉnh ta tiếp tục giữ vững “vùng xanh”".
LEVEL_OUR_PROVINCE = re.compile(
    r"(?<![\wà-ỹ])(?:[Tt]ỉnh|[Tt]hành phố) ta\s+(?:(?:vẫn|hiện|đang|tiếp tục)\s+)*"
    r"(?:ở|là|thuộc|giữ vững|giữ|duy trì)\s+(?:ở\s+)?(?:mức\s+)?[\"“'‘]?"
    rf"{LEVEL_SPELLED}"
)
# A table row: the province on one line, "Cấp độ 3 - vùng cam" on the next.
LEVEL_ROW = re.compile(r"[ \t]*\n[ \t]*Cấp độ\s+(?P<lvl>[1-4])\b")
# Right after a province's name: "Hà Nội được đánh giá ở cấp độ 2", "Đồng Nai là vùng cam",
# "Cần Thơ: cấp độ 3" (not "Đà Nẵng có 5 phường cấp độ 3": the communes' level).
LEVEL_AFTER_PROVINCE = re.compile(
    # ("Hà Nội – cấp độ 3;": a dash as the colon)
    r"\s*(?::\s*|[–-][ \t]*)?(?:(?:vẫn|hiện|đang|tiếp tục|đã)\s+)*"
    r"(?:được\s+(?:đánh giá|xác định|công bố|xếp)\s+(?:là\s+|ở\s+|vào\s+)?|là\s+|ở\s+|đạt\s+"
    r"|thuộc\s+"
    # a notice's classing: "Tỉnh Kon Tum phân loại cấp độ 1", "… được phân loại ở cấp độ 2";
    # "Bến Tre đã chuyển thành tỉnh vùng xanh (cấp độ 1)"
    r"|(?:được\s+)?phân loại\s+(?:(?:ở|là)\s+)?"
    r"|chuyển thành\s+(?:(?:tỉnh|thành phố|địa phương)\s+)?"
    # the risk named first, its level after: "… đang ở cấp độ nguy cơ trung bình, tương đương
    # cấp độ 2 (vùng vàng)", "ở mức nguy cơ cao, tương ứng với cấp độ 3"
    r"|ở\s+(?:cấp độ|mức(?: độ)?)\s+nguy cơ[^,.;()\d]{0,25}?,?\s+(?:tương đương|tương ứng)"
    r"(?:\s+với)?\s+"
    # "Hải Dương là địa phương duy nhất ở cấp độ 4"
    r"|là\s+(?:địa phương|tỉnh|thành phố)(?:\s+duy nhất)?\s+(?:ở|thuộc)\s+"
    # a province's own assessment: "Nam Định đã đánh giá, xác định cấp độ dịch trên địa bàn
    # tỉnh thuộc cấp độ 1", "Huế xác định cấp độ dịch của tỉnh là cấp độ 2"
    r"|(?:đánh giá,?\s+(?:và\s+)?)?xác định cấp độ dịch"
    r"(?:\s+(?:trên địa bàn|toàn|của)\s+(?:tỉnh|thành phố))?\s+(?:thuộc|là|ở)\s+"
    r"|(?:duy trì|giữ(?: nguyên)?)\s+(?:ở\s+)?"
    # English pages: "Hanoi is in the yellow zone", "Ca Mau remains at level 3"
    r"|(?:(?:province|city)\s+)?(?:(?:is|was|remains|stays|moved)\s+)?(?:(?:now|still)\s+)?"
    r"(?:at|in|to)\s+(?:the\s+)?"
    # "nâng cấp độ dịch lên cấp 3", "điều chỉnh cấp độ dịch xuống cấp độ 2": the new level
    r"|(?:nâng|hạ|giảm|tăng|điều chỉnh|chuyển)\s+(?:cấp độ dịch\s+|cấp độ\s+)?"
    r"(?:lên|xuống|về|sang)\s+"
    # "Lạng Sơn (cấp độ 2)": the level in brackets right after the name
    r"|\(\s*)?"
    rf"(?:mức\s+)?{LEVEL_SPELLED}"
)
COMMUNES = re.compile(
    rf"(?P<n>{COUNT})/(?P<total>{COUNT})\s+(?:đơn vị\s+)?(?:cấp\s+)?"
    r"(?:xã|phường|xã, phường(?:, thị trấn)?)"
    # the communes named in brackets before their level: "11/102 xã, phường, thị trấn (phường
    # Duy Tân, …; xã Đăk La, … - huyện Đăk Hà) phân loại cấp độ 2"
    r"(?:\s*\([^()]{0,600}\))?"
    # "108/108 xã, phường, thị trấn; 8/8 huyện, thành phố đều trở về cấp độ 1": the districts'
    # count between shares the level
    r"[^.;]{0,40}?(?:;\s*\d+/\d+\s+(?:huyện|quận|thị xã)[^.;]{0,40}?)?"
    rf"{LEVEL_SPELLED}"
)
# The communes' scale heading a list of counts by level: "quy mô cấp xã, phường, thị trấn
# (103 đơn vị cấp 1, 29 đơn vị cấp 2, 4 đơn vị cấp độ 4)", "cấp xã: 12 đơn vị mức độ 2, …".
COMMUNE_SCALE = re.compile(r"cấp xã(?:,\s*phường)?(?:,\s*thị trấn)?\s*[:(]?\s*(?=\d)")
COMMUNE_SCALE_ITEM = re.compile(
    rf"(?P<n>{COUNT})\s+đơn vị\s+(?:cấp|mức)(?: độ)?\s+(?P<lvl>[1-4])(?![\d/])"
)
# The communes' nouns: "xã", "xã, phường, thị trấn", "phường xã", "xã/phường".
_COMMUNE_NOUNS = r"(?:xã|phường)(?:(?:,\s*|\s*/\s*|\s+)(?:xã|phường|thị trấn))*"
# "62 đơn vị cấp xã cấp độ 2", "04 xã, thị trấn là vùng đỏ", "300 phường xã cấp độ 1"
# Places named in a run: "Đăk Ang và Sa Loong", "Tân Hội, Phú Đức và Long Hồ".
_PLACE_NAME = r"[A-ZĐÀ-Ỹ][\wà-ỹ'’]*(?:\s+[A-ZĐÀ-Ỹ][\wà-ỹ'’]*){0,3}"
_PLACE_NAMES = rf"{_PLACE_NAME}(?:\s*(?:,|và)\s*{_PLACE_NAME}){{0,12}}"
COMMUNES_AT = re.compile(
    rf"(?<!/)(?P<n>{COUNT})\s+(?:đơn vị\s+)?(?:cấp\s+)?{_COMMUNE_NOUNS}"
    # ("42 xã, phường có nguy cơ cấp độ 1 (vùng xanh)": "có nguy cơ" before the level)
    # ("21 đơn vị xã, phường đang ở cấp độ 3", "190 đơn vị cấp xã còn lại thuộc vùng nguy cơ
    # thấp (vùng xanh)": the state's adverbs, the risk named before the colour)
    # ("2 xã Đăk Ang và Sa Loong (huyện Ngọc Hồi) tiếp tục duy trì cấp độ 2": the communes
    # named, then their level kept)
    rf"(?:\s+{_PLACE_NAMES}(?:\s*\([^()]{{0,60}}\))?)?"
    r"\s+(?:(?:đang|hiện|vẫn|còn lại|tiếp tục)\s+)*"
    r"(?:là\s+|ở\s+|thuộc\s+|có nguy cơ\s+|phân loại\s+|duy trì\s+(?:ở\s+)?)?"
    r"(?:mức\s+)?(?:vùng\s+nguy cơ[^().;\d]{0,20}?\(\s*)?"
    # ("3 xã, phường cấp độ dịch màu cam gồm": the level by its colour)
    r"(?:(?:vùng|(?:cấp độ(?: dịch)?\s+)?màu)\s+[\"“'‘]?(?P<colour>xanh|vàng|cam|đỏ)"
    r"|cấp(?: độ)?\s+(?P<lvl>[1-4]))"
)
# None left at a level: "không còn phường xã cấp độ 3 và 4", "không có xã nào ở cấp độ 4".
COMMUNES_NONE = re.compile(
    rf"không (?:còn|có)\s+(?:đơn vị\s+)?(?:cấp\s+)?{_COMMUNE_NOUNS}\s+(?:nào\s+)?"
    r"(?:(?:là|ở|thuộc)\s+)?(?:mức\s+)?"
    r"(?:cấp(?: độ)?\s+(?P<levels>[1-4](?:\s*(?:,|và|hoặc)\s*[1-4])*)(?![\d/])"
    # by colour: "không còn đơn vị cấp xã nào là vùng xanh"
    r"|vùng\s+[\"“'‘]?(?P<colours>(?:xanh|vàng|cam|đỏ)(?:\s*(?:,|và|hoặc)\s*(?:xanh|vàng|cam|đỏ))*)"
    r"(?![\wà-ỹ]))"
)
# "…; 16 xã, phường, thị trấn ở cấp độ 3 và không còn địa phương ở cấp độ 4": the units
# named as places, read only after a count of communes in the same sentence
PLACES_NONE = re.compile(
    r"không (?:còn|có)\s+(?:địa phương|đơn vị|địa bàn)\s+(?:nào\s+)?"
    r"(?:(?:là|ở|thuộc)\s+)?(?:mức\s+)?cấp(?: độ)?\s+(?P<levels>[1-4](?:\s*(?:,|và|hoặc)\s*[1-4])*)"
    r"(?![\d/])"
)
_NATIONAL_VI = re.compile(
    # ("Hà Nội nhiều nhất cả nước với 1.704 ca" compares a province with the country)
    r"(?<!nhất )(?<!nhất trong )[Cc]ả nước|[Tt]oàn quốc|Việt Nam|\bVN\b|nước ta"
    # the national case system, however capitalised ("trên hệ thống quốc gia quản lý ca bệnh")
    r"|[Hh]ệ thống [Qq]uốc gia"
    r"|(?:ghi nhận|lây nhiễm) trong nước|[Bb]ản tin(?:[^.;]|(?<=\d)\.(?=\d)){0,40}Bộ Y tế"
    # "Theo thông báo của Bộ Y tế, từ 18 giờ …": the Ministry's count is the country's
    r"|[Tt]heo (?:thông báo|báo cáo|bản tin|công bố) của Bộ Y tế"
    r"|[Bb]ản tin[^.;]{0,80}Ban Chỉ đạo Quốc gia"
    # "Bộ Y tế tối 22/2 (22.2) công bố 55.879 ca", "Bộ Y tế vừa ghi nhận 14.822 ca": the
    # Ministry's count is the country's
    r"|Bộ Y tế(?:[^.;,]|(?<=\d)\.(?=\d)){0,20}?(?:công bố|thông báo|cho biết|ghi nhận|thông tin)"
    # "Ban Chỉ đạo Quốc gia phòng chống dịch Covid-19 công bố thêm 2 ca": the national steering
    # committee's count is the country's too
    rf"|Ban [Cc]hỉ đạo [Qq]uốc gia(?:[^.;,\d]|{COVID}){{0,50}}?(?:công bố|thông báo|cho biết"
    r"|ghi nhận|thông tin)"
)
# The English cues, apart: a Vietnamese page holds none of _ENGLISH_NATIONAL_WORDS, so this
# pattern (as costly to run as the Vietnamese one) is skipped on it.
_NATIONAL_EN = re.compile(
    # English pages: "Vietnam's 812 new infections", "across the country", "nationwide"
    # (not "the first in the country", a rank among provinces, nor a province's role:
    # "HCM City, the country's current COVID-19 epicentre")
    r"(?:\bViet\s?[Nn]am's|\b[Tt]he (?:country|nation)'s\b)"
    r"(?!(?:\s+[\w-]+){0,3}?\s+(?:hotspots?|epicent(?:re|er)|hub|capital|city|province|locality)\b)"
    r"|\b(?:across|throughout) the country\b"
    r"|\b[Nn]ationwide\b|\b[Nn]ationally\b"
    # the count named as the country's: "The national count reached …", "the national tally"
    r"|\b[Nn]ational\s+(?:case\s+|COVID-19\s+|death\s+)?(?:count|tally|caseload|total|toll)\b"
    # a sentence set in the country: "In Vietnam, 52 deaths have been reported"
    r"|\bIn\s+Viet\s?[Nn]am,"
    # the country or the Ministry as the one that counts: "the country recorded …", "Vietnam
    # has tallied …", "The Ministry of Health this evening confirmed …", "the Health Ministry
    # said"
    r"|\b(?:Viet\s?[Nn]am|[Tt]he (?:Southeast Asian )?country"
    r"|[Tt]he (?:Ministry of Health|Health Ministry))"
    r"(?:\s+[\w,]+){0,5}?\s+(?:reported|recorded|confirmed|logged|registered|tallied|documented"
    r"|injected|administered"
    # ("As of 4 March 2021, the country had 2,488 confirmed cases")
    r"|announced|said|had"
    # (a headline's present tense: "Vietnam reports 1,402 new cases")
    r"|reports|records|confirms|logs|registers|announces|says)\b"
    # the country's count named by its place: "The number of COVID-19 cases in Vietnam", "One
    # more COVID-19 patient dies in Vietnam, tally now at 18"
    rf"|\b(?:cases|infections|fatalities|deaths|toll|{COVID}|coronavirus|pandemic|patients?"
    r"|dies|died)\s+in\s+"
    r"(?:Viet\s?[Nn]am|the\s+(?:Southeast\s+Asian\s+)?country)\b"
)
# Every national cue holds one of these: substring tests are far cheaper than the patterns
# on text that holds none.
_VIETNAMESE_NATIONAL_WORDS = (
    "ả nước",
    "oàn quốc",
    "Việt Nam",
    "VN",
    "nước ta",
    "ệ thống",
    "trong nước",
    "ản tin",
    "Bộ Y tế",
    "uốc gia",
)
_ENGLISH_NATIONAL_WORDS = ("Viet", "country", "ation", "Ministry")


def _national_patterns(text: str) -> list[re.Pattern[str]]:
    """The national cue patterns worth running on ``text``."""
    patterns = []
    if any(word in text for word in _VIETNAMESE_NATIONAL_WORDS):
        patterns.append(_NATIONAL_VI)
    if any(word in text for word in _ENGLISH_NATIONAL_WORDS):
        patterns.append(_NATIONAL_EN)
    return patterns


def national_cue(text: str) -> bool:
    return any(pattern.search(text) for pattern in _national_patterns(text))


def last_national_cue(text: str) -> int:
    """The end of the last national cue in ``text``, -1 when there is none."""
    return max(
        (m.end() for pattern in _national_patterns(text) for m in pattern.finditer(text)),
        default=-1,
    )


TODAY = re.compile(
    r"[Hh]ôm nay|trưa nay|sáng nay|chiều nay|24\s*(?:giờ|h) qua|[Tt]rong ngày(?!\s+\d)"
)
_DATE_UNTIL = re.compile(
    # ("đến 16h, ngày 28/02/2022": a comma after the hour too)
    rf"đến\s+(?:\d{{1,2}}\s*(?:h|giờ)(?:\s*\d{{2}})?\s*,?\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?"
    rf"(?:ngày\s+)?{DATE}"
)
_DATE_ON = re.compile(rf"(?<![Tt]ừ )(?:[Nn]gày\s+|{DAY_PART}){DATE}")
FIGURE_NOW = re.compile(
    r"\b[Hh]iện\b|[Hh]iện nay|đến nay|hôm nay|đến thời điểm này|[Tt]ính đến"
    # an English total as it stands at the report: "has now been", "so far", "to date", and
    # one the report's count raises ("increasing the total number of deaths … to 334")
    r"|\b(?:now|so far|to date|currently|(?:bringing|raising|increasing|putting|taking|pushing"
    r"|keeping)\s+(?:the|its)\b)"
)


def matched_number(match: re.Match[str]) -> tuple[str, str]:
    """The number a pattern read and the name of its group."""
    groups = match.groupdict()
    for key in ("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9"):
        if groups.get(key):
            return str(groups[key]), key
    raise ValueError("pattern has no number group")


def sentence_date(s: str, published: dt.date | None) -> dt.date | None:
    """The date a sentence gives its figures: the end of a window ("đến 6h ngày 27/10",
    "tính đến ngày 31/10"), else a dated lead ("Ngày 14/11", "sáng ngày 20/11/2021"),
    else "hôm nay"/"24 giờ qua" → the publication date. "Từ ngày 27/4" starts a period."""
    match = _DATE_UNTIL.search(s) or _DATE_ON.search(s)
    if match:
        return match_date(match, published)
    if TODAY.search(s):
        return published
    return None
