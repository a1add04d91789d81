"""Roll calls of givers: one receiver, then each giver with what it gave, one per clause.

"Ủy ban MTTQ tỉnh tiếp nhận các đơn vị ủng hộ Quỹ … gồm: Công ty A 500 triệu đồng; Trường
B 50 triệu đồng; …", "Tiếp nhận Quỹ phòng, chống dịch: Tập đoàn C 200 triệu đồng; …",
"Trong đó, Công ty D ủng hộ 300 triệu đồng; Ngân hàng E ủng hộ 100 triệu đồng; …". The
giver of each gift is the name that opens its clause, so the subject-before-verb reading of
``support`` (one giver per verb) misses all but the first.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ..gazetteer import UPPER, canonical_province
from .items import Item
from .roll_continuations import opens_with_a_giving_verb, without_adverbs
from .support_cues import GIVE

# What opens the roll: "gồm:", "là:", a colon before a capitalised name, "Trong đó,".
_OPENER = re.compile(
    # (not "chưa bao gồm": what a total leaves out is listed, not given at the ceremony)
    rf"(?:\b(?<!chưa )(?<!không )(?:bao\s+)?(?<!chưa bao )(?<!không bao )gồm\s*:?"
    rf"|\blà\s*:|:)\s*(?=[{UPPER}\w])|^Trong (?:đó|số này),?\s+"
)
# The end of a giver's clause: what stands between the name and the quantity.
_VERBS = r"(?:trao tặng|gửi tặng|ủng hộ|tặng|trao|hỗ trợ|tài trợ|quyên góp|đóng góp|góp)"
_GIVING_VERB = re.compile(rf"\s{_VERBS}\s+(?:(?:số tiền|tiền mặt|kinh phí)\s*)?\D{{0,12}}$")
_GIVING_TAIL = re.compile(
    rf"\s*(?:(?:đã|cũng)\s+)?{_VERBS}?\s*"
    r"(?:(?:số tiền|tiền mặt|kinh phí)\s*)?(?:là\s+)?(?:trên|hơn|gần|khoảng|với)?\s*$"
)
# "Trương Văn A và những nhà hảo tâm": the named giver, not the others with it.
_OTHERS_TAIL = re.compile(r"\s+(?:và|cùng)\s+(?:những|các|nhiều|một số)\s+[^A-ZĐ]*$")
_FIRST_CAPITAL = re.compile(rf"[{UPPER}]")
# A clause's name followed by a receiving verb is a receiver's: "Cần Thơ nhận 24.000 liều",
# "Bệnh viện A được phân bổ 7.000 liều", "Trường B được tặng 50 máy".
_RECEIVING_TAIL = re.compile(
    r"\s(?:(?:sẽ|đã|cũng|được)\s+)*(?:tiếp\s+)?nhận(?:\s+được)?\s*$"
    r"|\sđược\s+(?:phân bổ|cấp|cấp phát|hỗ trợ|tặng|trao tặng|trao)\s*$"
)
_NAME_AFTER_COMMA = re.compile(rf"\s*(?:,\s*(?:và\s+)?|\s+và\s+)[{UPPER}]")


@dataclass
class RollGift:
    donor: str
    item: Item


@dataclass
class RollCall:
    head_end: int  # where the roll's first clause starts: the receiver is named before it
    parts_of_a_total: bool  # "Trong đó, …": the parts of a total the sentence before gave
    gifts: list[RollGift]


def read_roll_call(s: str, items: list[Item]) -> RollCall | None:
    """The gifts of a roll call in sentence ``s``, each with the name that opens its
    clause; None when ``s`` is no roll call: fewer than two givers; clauses set apart
    neither by semicolons nor, after an opener, by commas before capitalised names; or
    names that are provinces ("phân bổ gồm: Hà Nội 20.000 liều; …" lists who receives,
    not who gives). Without an opener, every clause must have its own giving verb
    ("Công ty A đã ủng hộ 1 tỷ đồng; Tập đoàn B ủng hộ 500 triệu đồng"). ``items`` are
    the sentence's (``find_items``)."""
    if len(items) < 2:
        return None
    opener = _OPENER.search(s)
    if opener is not None:
        gifts = _clause_gifts(s, items, opener.end(), verbs_needed=False)
        if gifts:
            return RollCall(opener.end(), opener.group().startswith("Trong"), gifts)
    if ";" not in s:
        return None
    # No opener: the first clause starts after the last comma before its quantity
    # ("Trước đó, hưởng ứng lời kêu gọi …, Công ty A đã hỗ trợ 200 triệu đồng; …").
    start = s.rfind(", ", 0, items[0].start) + 1
    gifts = _clause_gifts(s, items, start, verbs_needed=True)
    return RollCall(start, False, gifts) if gifts else None


def _clause_gifts(
    s: str, items: list[Item], start: int, *, verbs_needed: bool
) -> list[RollGift] | None:
    items = [i for i in items if i.start >= start]
    if len(items) < 2:
        return None
    # Clauses are set apart by semicolons; after an opener, by commas too when every
    # clause opens with a capitalised name ("gồm Công ty A 100 triệu đồng, Trường B …").
    by_commas = ";" not in s[items[0].end : items[-1].start]
    if by_commas and (
        verbs_needed
        or not all(
            _NAME_AFTER_COMMA.match(s, before.end, after.start)
            for before, after in itertools.pairwise(items)
        )
    ):
        return None
    gifts: list[RollGift] = []
    clause_start = start
    donor: str | None = None
    for item in items:
        prefix = s[clause_start : item.start]
        opens_a_clause = clause_start == start or ";" in prefix or by_commas
        if ";" in prefix:
            prefix = prefix[prefix.rindex(";") + 1 :]
            if not opens_with_a_giving_verb(prefix):
                donor = None  # (a clause opening with its verb goes on with the giver)
        elif by_commas:
            donor = None
        if opens_a_clause and verbs_needed and not _GIVING_VERB.search(prefix):
            return None
        if opens_a_clause and _RECEIVING_TAIL.search(prefix):
            return None  # "Trong đó, A nhận 30.000 liều, B nhận …": who receives, not gives
        # Within a clause the giver changes only with a new giving verb: "Công ty A ủng hộ
        # 2.000 bộ kit xét nghiệm COVID-19, 500 bộ đồ bảo hộ" is all A's.
        name = giver_name(prefix) if opens_a_clause or _GIVING_VERB.search(prefix) else None
        if name and opens_with_a_giving_verb(prefix):
            name = None
        if name:
            donor = name
        if donor is not None:
            gifts.append(RollGift(donor, item))
        clause_start = item.end
    donors = {g.donor for g in gifts}
    if len(donors) < 2 or any(canonical_province(d) for d in donors):
        return None
    return gifts


def giver_name(clause: str) -> str | None:
    """The giver a roll's clause names before its quantity: "cán bộ, giáo viên … Trường THPT
    X" → "Trường THPT X"; "Ngân hàng Y (Ybank) – chi nhánh Z ủng hộ" → "Ngân hàng Y"; "Chi
    nhánh … các tỉnh: A, B" → "Chi nhánh … các tỉnh"."""
    clause = clause.split(":", 1)[0]
    # "(Sacombank) – chi nhánh …" is cut, "Than - Khoáng sản Việt Nam" is a name
    clause = re.split(r"\s*\(|\s+[–-]\s+(?=[a-zà-ỹđ])", clause, maxsplit=1)[0]
    # "Công ty A thuộc Tập đoàn B": A gives, B is its owner (docs/intake-annotation.md)
    clause = re.split(r"\s+(?:thuộc|trực thuộc)\s+", clause, maxsplit=1)[0]
    clause = without_adverbs(_GIVING_TAIL.sub("", clause))
    clause = _OTHERS_TAIL.sub("", clause)
    first = _FIRST_CAPITAL.search(clause)
    if first is None:
        return None
    name = clause[first.start() :].strip(" ,.…")
    if not name or len(name.split()) > 14 or re.search(r"\s(?:cho|tặng)\s", name):
        return None  # "VFS-410 cho Quảng Nam": a gift and its receiver, not a giver
    return name


# "Tỉnh A và tỉnh B ủng hộ … lần lượt (với số tiền) 2 tỷ đồng và 500 triệu đồng": each giver
# its own quantity, in order.
_RESPECTIVELY = re.compile(r"\blần lượt\b")
_GIVERS_JOINED = re.compile(r"\s*(?:,|và)\s*")


def read_respective(
    s: str, items: list[Item], givers: list[tuple[int, int, str]]
) -> list[RollGift] | None:
    """The gifts of givers named together and then "lần lượt" given their quantities;
    ``givers`` are (start, end, name) of the names in ``s``, in order. None unless as many
    items follow "lần lượt" as givers are named together before the giving verb."""
    respectively = _RESPECTIVELY.search(s)
    if respectively is None:
        return None
    verb = GIVE.search(s, 0, respectively.start())
    if verb is None:
        return None
    before = [g for g in givers if g[1] <= verb.start()]
    run: list[tuple[int, int, str]] = []
    for giver in before:
        if run and not _GIVERS_JOINED.fullmatch(s, run[-1][1], giver[0]):
            run = []
        run.append(giver)
    items = [i for i in items if i.start > respectively.end()]
    if len(run) < 2 or len(items) != len(run):
        return None
    return [RollGift(giver[2], item) for giver, item in zip(run, items, strict=True)]
