"""Cues of a support event: giving and receiving verbs, dated leads, continuations."""

from __future__ import annotations

import datetime as dt
import re

from .shared import DATE, DAY_PART, Sentence, match_date

GIVE = re.compile(
    r"trao tặng|trao|tặng|ủng hộ|hỗ trợ|chia sẻ|chi viện|viện trợ|tài trợ|cử|điều động|bàn giao"
    r"|thiết lập|đã đến|lên đường|mang theo|chuyển giao|đóng góp|quyên góp|tiếp sức|điều chuyển"
    # "Bộ Y tế đã cấp cho tỉnh Đồng Tháp 50 máy thở" (not "cấp độ", "cấp xã")
    r"|(?<![\wà-ỹ])cấp(?:\s+phát)?(?=\s+(?:cho|thêm)\s)"
    # "đã chuyển 20 máy thở đến …", "gửi 500 triệu đồng": right before a quantity only
    # ("vận chuyển cấp cứu 220 xe" is not a gift)
    # ("chuyển thẳng 320 tỉ đồng tới Kho bạc Nhà nước cho quỹ …")
    r"|(?<![\wà-ỹ])(?<!vận )(?:chuyển|gửi)(?:\s+thẳng)?(?=\s+\d)"
)
# "Tỉnh Yên Bái nhận 20 máy thở từ …": a bare "nhận" only right before a quantity.
# "Ủy ban MTTQ … đã đón nhận tiền ủng hộ 2 tỷ đồng của tỉnh X": "đón nhận" receives too.
# (not "nhận được thông tin cần hỗ trợ": news, a request or a call is not a gift received)
RECEIVE = re.compile(
    r"[Tt]iếp nhận|[Đđ]ón nhận"
    r"|[Nn]hận được(?!\s+(?:thông tin|tin|đề nghị|yêu cầu|lời|công văn|văn bản|sự quan tâm))"
    r"|(?<![\wà-ỹ])[Nn]hận(?=\s+\d)"
)
# A dated lead, after an outlet's tag ("GD&TĐ - ", "(PLM) - ") or "Trước đó, ":
# "Sáng 2/6, …", "Chiều ngày 26/7, …", "Ngày 31/8, …", "Trước đó, ngày 29.8, …".
_LEAD_PREFIX = (
    r"^(?:\(?[A-ZĐ][A-ZĐ&]*\)?\s*-\s*|\([A-ZĐ]+\)\s*|\([^()]{2,40}\)\s*[-–]\s*)?"
    r"(?:(?:Trước đó|Sau đó|Cùng ngày|Như [^,]{0,30}đã (?:đưa tin|thông tin)),\s*)?"
)
TIME_OF_DAY_DATE = re.compile(rf"{_LEAD_PREFIX}{DAY_PART}{DATE}")
_DATELINE_DATE = re.compile(rf"{_LEAD_PREFIX}(?:[Nn]gày|[Vv]ào ngày)\s+{DATE}(?:,|\s)")
# A sentence that continues its paragraph's event ("Ngoài ra, Tập đoàn cũng trao …").
CONTINUATION = re.compile(r"^(?:Ngoài ra|Đồng thời|Bên cạnh đó|Cùng với đó|Cùng dịp)\b")
# A sentence that breaks down the sum or lot the one before gave ("Trong đó, hỗ trợ …").
BREAKDOWN = re.compile(r"^(?:Trong đó|Cụ thể),")
# A sentence at the ceremony the lead reported ("Tại lễ bàn giao, …", "Dịp này, …").
OCCASION = re.compile(
    r"^(?:[Dd]ịp này|[Nn]hân dịp này|[Đđ]ợt này|[Tt]rong đợt này|[Tt]ại buổi (?:lễ|làm việc|tiếp)"
    r"|[Tt]ại (?:buổi )?lễ (?:bàn giao|trao tặng|trao|tiếp nhận|tiếp nhận và bàn giao)"
    r"|[Tt]rong (?:buổi )?lễ (?:bàn giao|trao tặng|trao|tiếp nhận))"
)
# A sum received over a campaign is a running total, not one gift (docs/intake-annotation.md):
# "Ngay sau lời kêu gọi …, tỉnh Lâm Đồng đã nhận được hơn 23 tỉ đồng", "từ đầu tháng 5 đến nay".
RUNNING_TOTAL = re.compile(
    # ("Đến nay TP.HCM đã tiếp nhận hơn 6.000 nhân viên y tế": capitalised too)
    r"[Tt]ừ đầu|[Đđ]ến nay|lời kêu gọi|phát động|cuộc vận động|đợt cao điểm|[Tt]ính đến|[Ll]ũy kế"
    r"|[Ll]uỹ kế"
    # "Đến ngày 14/12, Việt Nam đã tiếp nhận gần 169 triệu liều": received as of a day
    r"|^[Đđ]ến (?:hết )?ngày\s+\d"
)
# Support given before, told in passing by a speaker ("Đại diện công ty chia sẻ trước đó
# công ty cũng đã tặng 5.000 khẩu trang …"), or a tally of many gifts ("đã có nhiều hoạt
# động ủng hộ … với tổng số tiền, quà là 370 triệu đồng"): background, not the event. A
# sentence that opens "Trước đó, …" tells an event and is not matched.
BACKGROUND_GIFT = re.compile(
    r"(?:chia sẻ|cho biết|thông tin|nói|kể)\s*,?\s+(?:trước đó|trước đây)(?![\wà-ỹ])"
    r"|nhiều hoạt động (?:ủng hộ|hỗ trợ)|tổng số tiền,? (?:và )?quà"
    # "Như vậy, trong 4 tuần, đơn vị này đã bàn giao hơn 5 triệu liều": the sum so far
    r"|^Như vậy,[^.]{0,60}?\b(?:trong|từ|sau)\b"
    # "Với nguồn vận động ấy, đã chi hỗ trợ … hơn 10 tỷ đồng": spending the sum raised
    r"|^(?:Với|Từ) (?:nguồn|số tiền|quỹ)[^,.;]{0,40}?\b(?:ấy|này|trên|đó)\b"
    # "Tính đến nay, Tập đoàn … đã hỗ trợ tổng cộng 450 máy", "tổng số vaccine … mà Nhật Bản
    # viện trợ … tăng lên 3,58 triệu liều": what a giver has given so far
    # ("Đến nay các doanh nghiệp đã tham gia hỗ trợ 4315 máy thở …": no comma)
    r"|^(?:[Tt]ính )?[Đđ]ến nay(?:,|\s+[^,.;]{0,60}?\bđã\b)"
    r"|(?:hỗ trợ|tặng|ủng hộ|viện trợ|trao) tổng cộng"
    r"|tổng số [^.;]{0,80}?tăng lên"
    # "tổng số vaccine do Mỹ hỗ trợ Việt Nam đến nay là 40 triệu liều": a running total
    r"|[Tt]ổng số [^.;]{0,80}?(?:đến nay|tới nay|từ đầu)"
    # "sau khi tiếp nhận, nguồn hỗ trợ này … đã phân bổ 2 máy thở cho Bệnh viện …": the
    # receiver passing the gift on, not a new gift
    r"|[Ss]au khi (?:tiếp nhận|nhận)[^.;]{0,80}?(?:bàn giao|phân bổ|chuyển|cấp"
    # ("Sau khi tiếp nhận phần quà, Hội Chữ thập đỏ tỉnh đã trao hỗ trợ cho huyện A và thị xã
    # B, mỗi địa phương 1.000 khẩu trang": handed on)
    r"|trao|tặng|phát)"
)
# Given to a group of places or units at once: no single recipient's quantity.
# A company's own partners, staff or customers: "hỗ trợ cho các đối tác thuê mặt bằng",
# "3 triệu đồng/người cho hơn 400 nhân viên" (no province, body or hospital receives).
PRIVATE_RECEIVERS = re.compile(
    r"(?:cho|tới|đến)\s+(?:(?:các|những|hơn|gần|khoảng|trên|toàn bộ|tất cả)\s+)*(?:[\d.]+\s+)?"
    r"(?:đối tác|nhân viên|người lao động|công nhân|khách hàng|khách thuê|người thuê|tiểu thương"
    r"|hộ kinh doanh|cán bộ công nhân viên|cổ đông)(?![\wà-ỹ])"
)
MANY_RECIPIENTS = re.compile(
    # "cho 16 tỉnh, thành phố", "cho các địa phương"
    r"(?:cho|đến|tới|về|tặng)\s+(?:các|nhiều|những|\d+)\s+(?:địa phương|tỉnh|tỉnh, thành(?: phố)?"
    r"|thành phố|bệnh viện|cơ sở|đơn vị)"
    r"|(?:cho|đến|tới|về)\s+(?:(?:các tỉnh|khu vực)\s+)?(?:miền|phía)\s+(?:Nam|Bắc|Trung)"
    # a province's body to its districts' branches at once: "Hội CTĐ tỉnh đã trao tặng Hội CTĐ
    # các huyện, thị, thành phố 21.690 khẩu trang"
    r"|(?:(?:cho|đến|tới|về|tặng)\s+|(?<=tặng\s)|(?<=trao\s))"
    r"(?:(?:Hội\s+(?:CTĐ|Chữ thập đỏ)|Ủy ban MTTQ|UBMTTQ|UBND)\s+)?"
    r"(?:các|những)\s+(?:huyện|quận|xã|phường)(?:,\s*(?:thị xã|thị|thành phố|thị trấn))*"
)
# A city with its region, before or after the verb ("để hỗ trợ TP Hồ Chí Minh và các tỉnh,
# thành phố khu vực phía Nam …, Bộ Y tế … đã cử 13.145 cán bộ y tế", "… tại TP Hồ Chí Minh
# và các địa phương khu vực phía Nam"): teams and goods for a group, no single recipient.
WITH_ITS_REGION = re.compile(
    r"\svà các (?:tỉnh|địa phương)(?:,\s*thành(?: phố)?)?(?:\s+khu vực)?\s+(?:miền|phía)\s+"
    r"(?:Nam|Bắc|Trung)"
)


def event_date(
    sentence: Sentence, lead_date: dt.date | None, published: dt.date | None
) -> dt.date | None:
    """A dated event: "Sáng 2/6, ..." opens the sentence, or "Dịp này" points back to the
    lead's date. A bare "ngày 2/11" inside a sentence dates a step, not the support."""
    match = TIME_OF_DAY_DATE.search(sentence.text) or _DATELINE_DATE.search(sentence.text)
    if match:
        return match_date(match, published)
    clause = _DATED_CLAUSE.search(sentence.text) if "," in sentence.text else None
    if clause:
        # (a programme's name in quotes, "Tiếp nối nhịp thở chia sẻ yêu thương", gives nothing)
        unquoted = _QUOTED.sub(lambda quoted: " " * len(quoted.group()), sentence.text)
        verb = GIVE.search(unquoted)
        if verb is None or clause.start() < verb.start():
            return match_date(clause, published)
    if OCCASION.search(sentence.text):
        return lead_date
    return None


# "Tiếp tục chương trình …, sáng nay 28/7, tại Bệnh viện …, Quỹ … trao tặng": a time of day
# with its date set off by commas before the giving verb dates the gift (a bare "ngày
# 2/11" inside a sentence still dates a step).
_DATED_CLAUSE = re.compile(
    rf",\s*(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối)(?:\s+(?:nay|qua))?\s*\(?\s*(?:ngày\s+)?{DATE}"
    r"\s*\)?\s*,"
)
_QUOTED = re.compile(r"[“”\"][^“”\"]{1,80}[“”\"]")
# "Cùng ngày, …": the day of the event told just before, in any paragraph.
SAME_DAY = re.compile(r"^(?:Cùng ngày|Cũng trong ngày|Trong cùng ngày)\b")


PLANNED_BEFORE = re.compile(
    r"(?:mong muốn|muốn|dự kiến|sẽ|sắp|cam kết|đề nghị|kêu gọi|đề xuất|đăng ký)\s+"
    # "sẽ nhanh chóng chuyển giao", "sẽ sớm trao": an adverb between
    r"(?:(?:nhanh chóng|sớm|khẩn trương|tiếp tục|tiến hành)\s+)?(?:được\s+)?$"
)
