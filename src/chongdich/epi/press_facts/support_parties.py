"""Who gives and who receives: the subject of a giving verb, a team's own
organisation, underthesea's NER as a fallback."""

from __future__ import annotations

import re

from ..gazetteer import CAP_WORD, Mention
from .items import Item
from .shared import DIGIT, Sentence
from .support_cues import GIVE


def staff_owner(s: str, item: Item, orgs: list[Mention], base: int) -> Mention | None:
    """ "12 y bác sĩ Chợ Rẫy", "18 cán bộ y tế của Hải Phòng", "đoàn cán bộ y tế số 2 của
    ngành y tế Hải Dương gồm 30 thành viên": the staff's own organisation."""
    for org in orgs:
        gap = s[item.end : org.start - base]
        if org.start - base >= item.end and re.fullmatch(
            r"\s*(?:của\s+|thuộc\s+|ở\s+|đến từ\s+|từ\s+)?(?:tỉnh\s+|thành phố\s+)?", gap
        ):
            return org
    for org in orgs:
        if item.start <= org.start - base < item.end and _OWNER_BEFORE.search(
            s[: org.start - base]
        ):
            return org
    return None


_OWNER_BEFORE = re.compile(
    r"(?:của|thuộc)\s+(?:ngành [Yy] tế\s+|Sở Y tế\s+)?(?:tỉnh\s+|thành phố\s+)?$"
)
# A gift announced, not made: "mong muốn trao tặng", "100 máy sẽ được trao tặng".


def subject_before(s: str, position: int, orgs: list[Mention], base: int) -> Mention | None:
    """An organisation standing right before a verb, allowing a person's name and "đã/sẽ"."""
    bracket = _TRAILING_BRACKET.search(s, 0, position)
    if bracket:
        # "Chùa Tường Nguyên (quận 4, TP.HCM) đã trao tặng": where the giver is, in brackets
        position = bracket.start()
    before = [o for o in orgs if o.end - base <= position]
    if not before:
        return None
    org = before[-1]
    gap = s[org.end - base : position]
    if not _SUBJECT_GAP.fullmatch(gap) or _DESTINATION_BEFORE.search(s, 0, org.start - base):
        return None  # "… lên đường đến Bình Dương hỗ trợ": where they go, not who gives
    if org.kind == "province" and _BASED_IN_BEFORE.search(s, 0, org.start - base):
        return None  # "Các doanh nghiệp trên địa bàn tỉnh X đã đóng góp": where the givers are
    # "Tập đoàn TH và Ngân hàng … (BAC A BANK) phối hợp với Quỹ … trao tặng": the first
    # named giver (docs/intake-annotation.md).
    index = len(before) - 1
    while index > 0 and _COORDINATED.fullmatch(
        s[before[index - 1].end - base : before[index].start - base]
    ):
        index -= 1
    if before[index].kind == "person" and index > 0:
        # "Đại diện Công ty Masan, ông Trần Văn A đã trao …": the person hands over for it
        represented = before[index - 1]
        if _REPRESENTING.search(s, 0, represented.start - base) and re.fullmatch(
            r"\s*,\s*(?:ông|bà|anh|chị)?\s*", s[represented.end - base : before[index].start - base]
        ):
            return represented
    return before[index]


# An address in brackets ("(quận 4, TP.HCM)", "(huyện Đức Hòa)"), not a short name or a
# country ("(Singapore)"), which the giver's own name holds.
_TRAILING_BRACKET = re.compile(
    r"\s*\((?:[^(),]{1,25},[^()]{1,25}|(?:quận|huyện|thị xã|xã|phường|tỉnh|TP)[^()]{1,30})\)"
    r"\s*(?:(?:đã|sẽ|cũng|vừa)\s+)*$"
)
_REPRESENTING = re.compile(r"[Đđ]ại diện(?: cho)?\s+$")
_BASED_IN_BEFORE = re.compile(r"(?:trên địa bàn|tại|ở)\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?$")
_DESTINATION_BEFORE = re.compile(r"(?:đến|tới|vào|cho|về)\s+(?:(?:tỉnh|thành phố|TP\.?)\s+)?$")
_COORDINATED = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:và|cùng|cùng với|phối hợp(?: với| cùng)?)\s+"
)
# Between a giver and its verb: a person's name, "đã/sẽ/cũng", "đến", "tổ chức lễ".
_SUBJECT_GAP = re.compile(
    rf"\s*(?:(?:{CAP_WORD})\s*){{0,4}}"
    r"(?:(?:đã|sẽ|cũng|còn|tiếp tục|vừa|đến|tổ chức lễ|tổ chức)\s+)*"
)


_GENERIC_BODY = re.compile(r"(?:UB)?MTTQ|UBND|HĐND|Ủy ban|Mặt trận|Sở|Bộ|Quỹ", re.IGNORECASE)


def ner_donor(s: str) -> str | None:
    """underthesea's NER for an organisation the gazetteers do not know (lazily loaded)."""
    try:
        from underthesea import ner
    except ImportError:
        return None
    chunks: list[str] = []
    current: list[str] = []
    for token in ner(s):
        word, tag = token[0], token[-1]
        if tag == "B-ORG":
            if current:
                chunks.append(" ".join(current))
            current = [word]
        elif tag == "I-ORG" and current:
            current.append(word)
        elif current:
            chunks.append(" ".join(current))
            current = []
    if current:
        chunks.append(" ".join(current))
    # A name starts with a capital: "bộ" tagged ORG is a tagging slip, not a donor.
    # "UBMTTQ", "UBND" alone are any province's front or committee: a kind, not a name.
    named = [c for c in chunks if c[:1].isupper() and not _GENERIC_BODY.fullmatch(c)]
    return named[0] if named else None


def goods_owner(s: str, item: Item, orgs: list[Mention], base: int) -> Mention | None:
    """ "30 xe cứu thương của Bộ Quốc phòng": the goods' owner gives them, whoever hands
    them over; "500 triệu đồng từ nguồn kinh phí ủng hộ … của tỉnh Quảng Nam": the source's
    owner, a province too."""
    source = _FROM_THE_SOURCE_OF.match(s, item.end)
    if source is not None:
        owner = next((o for o in orgs if o.start - base == source.end()), None)
        if owner is not None:
            return owner
    for org in orgs:
        if org.start - base >= item.end and org.kind != "province":
            gap = s[item.end : org.start - base]
            return org if re.fullmatch(r"\s*của\s+", gap) else None
    return None


# "… với số tiền hơn 460 triệu đồng, gồm: Ngân hàng A, Công ty B, …": the givers listed
# after the sum; the first named is the donor (docs/intake-annotation.md, "donor").
_GIVERS_LISTED = re.compile(r"\s*,?\s*(?:bao gồm|gồm có|gồm|including|from)\s*:?\s*")


def listed_giver(s: str, item: Item, orgs: list[Mention], base: int) -> Mention | None:
    """The first giver of a list opened right after the item's sum."""
    opened = _GIVERS_LISTED.match(s, item.end)
    if opened is None:
        return None
    first = next((o for o in orgs if o.start - base >= opened.end()), None)
    if first is None or first.start - base != opened.end() or first.kind == "province":
        return None
    return first


# A state leader handing over gives in their own name: "Phó Chủ tịch nước Võ Thị Ánh Xuân"
# is "Võ Thị Ánh Xuân" (docs/intake-annotation.md, "A state leader handing over").
_LEADER_TITLE = re.compile(
    r"(?:Phó\s+)?(?:Chủ tịch nước|Thủ tướng(?: Chính phủ)?|Chủ tịch Quốc hội|Tổng Bí thư"
    r"|Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam)\s+"
)
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:]\s+)(?=[^,;:]*$)")
# Joint givers: the first named gives ("Tập đoàn A và Ngân hàng B trao tặng").
_JOINT = re.compile(r"\s+(?:và|cùng|cùng với|phối hợp với)\s+")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _person_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 5 and all(_capitalised(w) and w.isalpha() for w in words)


def clause_subject(s: str, position: int, orgs: list[Mention], base: int) -> Mention | None:
    """A name the gazetteer does not know that opens the clause of a giving verb: ", Tổng
    Liên đoàn Lao động Việt Nam trao tặng 4 tỷ đồng", "Phó Chủ tịch nước Võ Thị Ánh Xuân đã
    trao tặng …": most of its words capitalised, no figure, short."""
    head = s[max(0, position - 80) : position]
    opening = _CLAUSE_OPENING.search(head)
    if opening is None:
        return None
    clause = head[opening.end() :]
    clause_start = position - len(clause)
    if "(" in clause or DIGIT.search(clause):
        return None  # "Bệnh viện A (Tập đoàn B) trao tặng": left to the brackets' rules
    if any(clause_start <= o.start - base < position for o in orgs):
        return None  # a name the gazetteer knows: the subject rules decide
    name = re.sub(r"\s+(?:đã|cũng|đã cùng|vừa)?\s*$", "", clause)
    name = _JOINT.split(name, maxsplit=1)[0]
    words = name.split()
    if not 2 <= len(words) <= 10 or not _capitalised(words[0]):
        return None
    if sum(_capitalised(w) for w in words) * 3 < len(words) * 2:
        return None
    kind = "body"
    title = _LEADER_TITLE.match(name)
    if title and _person_name(name[title.end() :]):
        name, kind = name[title.end() :], "person"
    start = base + clause_start + clause.find(name)
    return Mention(start, start + len(name), name, kind, name)


_FROM_THE_SOURCE_OF = re.compile(
    r"\s*(?:từ|trích từ|lấy từ)\s+(?:nguồn|quỹ|Quỹ|kinh phí)[^.;]{0,80}?\bcủa\s+"
    r"(?:(?=tỉnh\s|thành phố\s)|(?=[A-ZĐ]))"
)
_GIVER_KINDS = frozenset({"person", "company", "body", "group"})


def article_giver(sentences: list[Sentence], orgs: list[Mention]) -> str | None:
    """The first person, company, body or group the article names before a giving verb
    of the same sentence ("vợ chồng anh Đặng Văn Nghĩa … đã … ủng hộ"): the giver a
    ceremony's sentence ("Tại lễ bàn giao, …") means when it names none."""
    for sentence in sentences:
        verb = GIVE.search(sentence.text)
        if verb is None:
            continue
        for org in orgs:
            before_verb = sentence.start <= org.start < sentence.start + verb.start()
            if before_verb and org.kind in _GIVER_KINDS:
                return org.name
    return None
