"""The Ministry of Health's allocations of vaccine doses as English pages write them, read on
the rewritten text (Vietnamese province names and digit marks, ``english_text``).

The decision ("The Ministry of Health has issued a decision on the allocation of 811,200
doses of AstraZeneca COVID-19 vaccine …", "… that it had allocated COVID-19 vaccines to …")
and then who gets how much, in the sentence kinds the press uses for it:

- a province and its count: "Hải Dương … will get 43,700 doses", "Hanoi is allocated the
  most, with 71,000 doses, followed by Ho Chi Minh City with 70,000, Hai Duong 58,000",
  "with the most going to Đắk Lắk Province (15,700)", "with … Bình Dương receiving 15,100
  doses";
- the count first: "16,500 doses for Đồng Tháp Province", "53,350 doses for the capital city"
  (the capital, or the southern economic hub, named in the sentence);
- names and counts in two runs: "Quảng Ninh, Lạng Sơn, and Cao Bằng CDCs will receive …
  230,000, 121,000, and 60,000, respectively", "Thanh Hoá and Nghệ An will get 18,000 and
  20,000 doses each";
- a run of names sharing one count the sentence gives to each: "Hải Phòng, Bắc Giang and Bắc
  Ninh with 40,320 doses each", "Đồng Nai and Bình Dương that will each receive 65,520",
  "21,840 doses each will be delivered to Tiền Giang and An Giang"; a count written rounded
  is the number written ("around 30,000", "just under 7,000"), a range ("from 15,000 to
  16,800 doses each") no count.

Each share is a gift of the Ministry (docs/intake-annotation.md, "The Ministry's
allocations"), or of the country the doses are from when the article names it as their giver
("China-donated Sinopharm vaccines", the giver named as the source, 168). Regions ("The
northern region will receive 688,000 doses") and unnamed forces name no province.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from ..gazetteer import Mention
from .english_countries import COUNTRIES, COUNTRY_NAME
from .items import brand_named
from .shared import Sentence, english_count

ALLOCATOR = "Bộ Y tế"
# The sentences before the decision that may name the doses' maker and giver.
_LEAD = 2
_DECISION = re.compile(
    r"(?:Ministry\s+of\s+Health|Health\s+Ministry|[Tt]he\s+ministry)\b[^.;]{0,160}?"
    r"\b(?:allocat|distribut)\w*"
)
# A count of doses: digits (the rewritten "53.350"), perhaps "million"; not a date's day, a
# clock time, or a count of something else ("more than 700 cases", "63 cities").
_QUANTITY = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d]|[.,]\d|\s*(?:am|pm|h)\b)"
    r"(?=\s*(?:doses?\b|each\b|respectively\b|[,;.)–—-]|and\b|$)|\s+(?:for|to)\s)"
)
_MONTH_BEFORE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+$"
)
# After a province, up to its count: "Province", "CDCs", a passive or receiving verb, a rank,
# "with" or a bracket ("Hanoi is allocated the most, with 71,000", "Bình Dương receiving
# 15,100", "Đắk Lắk Province (15,700)", "Hai Duong 58,000").
# ("Long An will also receive", "Đồng Nai and Bình Dương that will each receive", "HCM City
# will take the lion's share with", "Khánh Hoà will receive the biggest share taking", and the
# count written rounded: "will receive around 30,000", "just under 7,000")
_TO_ITS_COUNT = re.compile(
    r"(?:\s+(?:[Pp]rovince|[Cc]ity|CDCs?))?(?:\s+(?:that|which))?"
    r"(?:\s+(?:is|are|was|were|has|have|been|be|will|would|with|also|each|still|only))*"
    r"(?:\s+(?:allocated|given|provided|(?:set\s+)?to\s+receive|get|receive"
    r"|receiving|receives?|gets?|got|received|takes?|taking|took))?"
    r"(?:\s+the\s+(?:most|highest\s+amount|(?:largest|biggest|lion's)\s+share)"
    r"(?:\s+of\s+(?:the\s+)?doses)?)?"
    r"\s*,?\s*(?:(?:with|taking)\s+)?\(?\s*"
    r"(?:(?:around|about|nearly|almost|approximately|some|over|more\s+than|(?:just\s+)?under)\s+)?$"
)
# Before a province, from its count: "16,500 doses for Đồng Tháp", "20,000 doses to the
# northern province of Hà Giang".
_FOR_THE_PROVINCE = re.compile(
    r"\s+doses?\s+(?:of\s+[\w\s-]{1,40}?\s+)?"
    # ("21,840 doses each will be delivered to Tiền Giang")
    r"(?:each\s+)?(?:(?:will\s+be|are|were|to\s+be)\s+(?:delivered|allocated|given|sent"
    r"|distributed|provided)\s+)?(?:for|to)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:province|city)\s+of\s+|industrial\s+hub\s+of\s+)?$"
)
_FOR_A_NAME = re.compile(r"\s+doses?\s+(?:for|to)\b")
# The receiving verb of a province named before it, a description between ("the northern
# province of Hải Dương which recently bore the brunt … will get 43,700 doses").
_RECEIVES = re.compile(
    r"\b(?:will\s+(?:get|receive)|(?:is|are|was|were|has\s+been|have\s+been)\s+allocated"
    r"|receives|gets)\s+$"
)
# The two cities the press names by their role: only when the sentence names the city too.
_EPITHETS = (
    (re.compile(r"\s+doses?\s+for\s+the\s+capital(?:\s+city)?\b"), "Hà Nội"),
    (
        re.compile(r"\s+doses?\s+for\s+the\s+southern\s+(?:\w+\s+){0,2}?(?:hub|metropolis)\b"),
        "TP HCM",
    ),
)
_RESPECTIVELY = re.compile(r"\brespectively\b|\bdoses\s+each\b")
# A count the sentence gives to each name of a run: "… with 40,320 doses each", "… that will
# each receive 65,520".
_EACH_AFTER = re.compile(r"\s*(?:doses?\s+)?each\b")
_EACH_BETWEEN = re.compile(r"\beach\b")
# A range's ends: "receiving from 15,000 to 16,800 doses each" gives no count.
_RANGE_FROM = re.compile(r"\bfrom\s+$|\d\s+to\s+$")
_RUN_JOINT = re.compile(r"\s*,?\s*(?:and\s+)?|\s+and\s+")
_COUNT_JOINT = re.compile(r"\s*(?:doses?\s*)?,?\s*(?:and\s+)?")
_NAME_TAIL = re.compile(r"(?:\s+(?:[Pp]rovinces?|[Cc]ity|[Cc]ities|CDCs?))?")
# The giver the doses are from, when the article says they were given: "China-donated",
# "donated by Japan", "gifted by the US", "a gift from Australia" (English pages of the
# Vietnamese press also write "donated by the United State").
_DONATED = re.compile(
    rf"(?P<before>{COUNTRY_NAME})-donated"
    rf"|(?:donated|gifted|given|presented)\s+by\s+(?:the\s+)?(?P<by>{COUNTRY_NAME})\b"
    r"|(?:donated|gifted|given|presented)\s+by\s+the\s+(?P<slip>United\s+State)\b"
    rf"|gift\s+from\s+(?:the\s+)?(?P<from>{COUNTRY_NAME})\b"
)


# A sentence that shares doses out: it counts doses and says who receives them.
_SHARING = re.compile(
    r"\bdoses\b(?=.*\b(?:allocat\w*|distribut\w*|receiv\w*|get|gets|going\s+to|for)\b)"
    r"|\b(?:allocat\w*|distribut\w*|receiv\w*|get|gets|going\s+to)\b(?=.*\bdoses\b)"
)
_MINISTRY = re.compile(r"\b(?:Ministry\s+of\s+Health|Health\s+Ministry|[Tt]he\s+ministry)\b")
_DONATION = re.compile(r"\b(?:donat|gift|present|handed\s+over|aid\b)")


def english_allocations(
    text: str, sentences: list[Sentence], provinces: list[Mention]
) -> list[dict[str, Any]]:
    """The Ministry's allocation of doses to each province an English article names with
    its count ([] when the article reports no allocation)."""
    if "doses" not in text:
        return []
    decision = next(
        (
            index
            for index, sentence in enumerate(sentences)
            if _DECISION.search(sentence.text) and re.search(r"\bdoses?\b|vaccin", sentence.text)
        ),
        None,
    )
    if decision is None and (_DONATION.search(text) or not _MINISTRY.search(text)):
        return []
    # (an excerpt may cut the decision: "… They are the first vaccine doses supplied by the
    # COVAX Facility … Hanoi and Ho Chi Minh City will receive the highest numbers, with 53,350
    # doses for the capital city, …" on a page that names the ministry and no donation)
    first = decision or 0
    # (the lead before the decision names the doses too: "Two million doses of the Moderna
    # vaccine will be distributed … The doses were donated by … Unlike the Pfizer vaccine, …")
    lead = sentences[max(0, first - _LEAD) : first + 2] if decision is not None else []
    head = " ".join(s.text for s in lead)
    donor = _giver(head)
    brand = brand_named(head)
    events: list[dict[str, Any]] = []
    for sentence in sentences[first:]:
        named = [p for p in provinces if sentence.start <= p.start < sentence.end]
        if not named or not _SHARING.search(sentence.text):
            continue
        for recipient, quantity, span in _shares(sentence, named):
            events.append(_event(donor, recipient, quantity, brand, span))
    return events


def _giver(head: str) -> str:
    donated = _DONATED.search(head)
    if donated is None:
        return ALLOCATOR
    if donated.group("slip"):
        return COUNTRIES["United States"]
    return COUNTRIES[donated.group("before") or donated.group("by") or donated.group("from")]


def _quantities(s: str) -> list[re.Match[str]]:
    return [
        q
        for q in _QUANTITY.finditer(s)
        if not _MONTH_BEFORE.search(s, 0, q.start()) and not _RANGE_FROM.search(s, 0, q.start())
    ]


def _shares(sentence: Sentence, named: list[Mention]) -> list[tuple[str, int, tuple[int, int]]]:
    """(province, doses, span) of one sentence's shares."""
    s, base = sentence.text, sentence.start
    quantities = _quantities(s)
    if not quantities:
        return []
    respective = _respective(s, base, named, quantities) if _RESPECTIVELY.search(s) else None
    if respective:
        return respective
    shares: list[tuple[str, int, tuple[int, int]]] = []
    free = list(quantities)
    for index, mention in enumerate(named):
        start, end = mention.start - base, mention.end - base
        limit = named[index + 1].start - base if index + 1 < len(named) else len(s)
        last = index + 1 == len(named)
        count = (
            _count_before(s, start, free)
            or _count_after(s, end, limit, free)
            or (_count_received(s, end, free) if last else None)
        )
        if count is not None:
            shares.append(_share(mention.name, count, base))
            free.remove(count)
            shares += _each_of_the_run(s, base, named, index, count, start, end)
    for pattern, city in _EPITHETS:
        if any(m.name == city for m in named) and all(r != city for r, _, _ in shares):
            for count in [q for q in free if pattern.match(s, q.end())]:
                shares.append(_share(city, count, base))
                free.remove(count)
    return sorted(shares, key=lambda share: share[2])


def _each_of_the_run(
    s: str, base: int, named: list[Mention], index: int, count: re.Match[str], start: int, end: int
) -> list[tuple[str, int, tuple[int, int]]]:
    """The other names of the run ``named[index]`` closes (the count after it) or opens (the
    count before it) get the same count when the sentence gives it to each: "Hải Phòng, Bắc
    Giang and Bắc Ninh with 40,320 doses each", "21,840 doses each … to Tiền Giang and An
    Giang"."""
    after = count.start() >= end
    between = s[end : count.start()] if after else ""
    if not (_EACH_AFTER.match(s, count.end()) or _EACH_BETWEEN.search(between)):
        return []
    run: list[Mention] = []
    step = -1 if after else 1
    cursor = index
    while 0 <= cursor + step < len(named):
        left, right = sorted((named[cursor], named[cursor + step]), key=lambda m: m.start)
        tail = _NAME_TAIL.match(s, left.end - base)
        joint_start = tail.end() if tail else left.end - base
        if not _RUN_JOINT.fullmatch(s, joint_start, right.start - base):
            break
        cursor += step
        run.append(named[cursor])
    return [_share(m.name, count, base) for m in run]


def _count_before(s: str, start: int, free: list[re.Match[str]]) -> re.Match[str] | None:
    """ "16,500 doses for Đồng Tháp Province": the count right before, "doses for" between."""
    before = next((q for q in reversed(free) if q.end() <= start), None)
    if before is not None and _FOR_THE_PROVINCE.fullmatch(s, before.end(), start):
        return before
    return None


def _count_after(s: str, end: int, limit: int, free: list[re.Match[str]]) -> re.Match[str] | None:
    """ "Hanoi is allocated the most, with 71,000", "Hai Duong 58,000", "Đắk Lắk Province
    (15,700)": the count right after, before the next name; not one that is the next name's
    ("…, 6,700 doses for Cần Thơ")."""
    after = next((q for q in free if end <= q.start() < limit), None)
    if (
        after is not None
        and _TO_ITS_COUNT.match(s[end : after.start()])
        and not _FOR_A_NAME.match(s, after.end())
    ):
        return after
    return None


def _count_received(s: str, end: int, free: list[re.Match[str]]) -> re.Match[str] | None:
    """ "Hải Dương which recently bore the brunt … will get 43,700 doses": the first count
    after the receiving verb that follows the sentence's last name."""
    later = next((q for q in free if q.start() >= end), None)
    if later is not None and _RECEIVES.search(s, end, later.start()):
        return later
    return None


def _respective(
    s: str, base: int, named: list[Mention], quantities: list[re.Match[str]]
) -> list[tuple[str, int, tuple[int, int]]] | None:
    """Names and counts in two runs of one length, paired in order: the names that run up to
    the first count, and the counts that run from it."""
    first = quantities[0].start()
    before = [m for m in named if m.end - base <= first]
    if not before:
        return None
    names = [before[-1]]
    for earlier in reversed(before[:-1]):
        tail = _NAME_TAIL.match(s, earlier.end - base)
        if not _RUN_JOINT.fullmatch(
            s, tail.end() if tail else earlier.end - base, names[0].start - base
        ):
            break
        names.insert(0, earlier)
    run = quantities[:1]
    for earlier_q, later_q in itertools.pairwise(quantities):
        if not _COUNT_JOINT.fullmatch(s, earlier_q.end(), later_q.start()):
            break
        run.append(later_q)
    if len(names) < 2 or len(run) != len(names):
        return None
    return [_share(m.name, q, base) for m, q in zip(names, run, strict=True)]


def _share(province: str, quantity: re.Match[str], base: int) -> tuple[str, int, tuple[int, int]]:
    return (
        province,
        english_count(quantity.group("n")) or 0,
        (base + quantity.start(), base + quantity.end()),
    )


def _event(
    donor: str, recipient: str, quantity: int, brand: str, span: tuple[int, int]
) -> dict[str, Any]:
    return {
        "donor": donor,
        "recipient": recipient,
        "recipient_facility": None,
        "items": [
            {"item": "vaccine_dose", "quantity": quantity, "detail": brand, "span": list(span)}
        ],
        "date": None,
        "span": list(span),
        "confidence": 0.7,
    }
