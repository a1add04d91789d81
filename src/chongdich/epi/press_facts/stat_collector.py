"""Facts per province, merged over an article, and which province a figure is about."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from ..gazetteer import CAP_WORD, Mention
from .level_notices import notices_province
from .shared import NUM, STAT_FIELDS, Sentence
from .stat_patterns import last_national_cue

# "tỉnh ta", "thành phố ta": the outlet's own province.
_OUR_PROVINCE = re.compile(r"(?:tỉnh|thành phố|địa phương) ta(?![\wà-ỹ])")
# "hiện tỉnh đã tiêm …", "toàn tỉnh có …": the bare word "tỉnh" as the subject is the
# province the article is about, also in an article that names others.
_BARE_PROVINCE = re.compile(
    r"(?<![\wà-ỹ])(?:[Hh]iện|[Tt]oàn|[Cc]ả)\s+tỉnh(?=\s+(?:đã|đang|có|ghi nhận)\b)"
)
# "Trong đó, 136.393 người đã tiêm 2 liều …": a part of the sentence before's figure.
# ("Trong 119 ca bệnh này, …": the count the sentence before gave, named again)
_PART_OF_BEFORE = re.compile(
    r"^Trong (?:đó|số này|\d[\d.]*\s+(?:ca|trường hợp)(?:\s+(?:bệnh|mắc|mới))?\s+(?:này|trên))"
    r"(?:,|\s)"
)


# From an English count to the place its verb names: "… were reported in the central city of ".
_REPORTED_IN = re.compile(
    r"\S+[^.;,\d]{0,60}?\b(?:were|was|have\s+been|has\s+been)\s+(?:reported|recorded|detected|found"
    r"|confirmed)\s+in\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:[Pp]rovince|[Cc]ity)\s+of\s+)?$"
)
# A share whose owners are the country's, named right after it.
_OF_THE_COUNTRY = re.compile(
    r"\S+\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:country's|nation's|Viet\s?[Nn]am's)"
)
# A place's description naming another: ", a neighbouring province of ", ", the capital of ".
_APPOSITIVE = re.compile(
    r"(?:\s+(?:[Pp]rovince|[Cc]ity))?,\s+(?:a|an|the)\s+[^,.;]{0,60}?\bof\s+(?:the\s+)?"
)
_ITS_TOTAL = re.compile(
    r"\b(?:bringing|raising|taking|pushing|keeping|keep)\s+its\s+(?:[\w-]+\s+){0,2}?"
    r"(?:tally|total|count|caseload|toll)\b"
)
_THE_COUNTRY = re.compile(r"\bViet\s?[Nn]am\b|\bViệt Nam\b")
# The country named right after a count: "… to 121 in Vietnam", "… 500 cases nationwide".
_NATIONAL_AFTER = re.compile(
    r"[\d.,]+(?:\s+[\w-]+){0,3}?\s+(?:(?:in|across|throughout)\s+(?:Vietnam|Viet\s+Nam|Việt\s+Nam"
    r"|the\s+(?:country|nation))\b(?!['’]s)|nationwide\b)"
)
# An English clause whose subject is "the province" or "the city" the text named before.
_THE_PROVINCE = re.compile(r"\b[Tt]he\s+(?:province|city)\b(?!\s+of\b)(?!'s)")
_NOTICE_FIELDS = ("communes_at_level_", "communes_total", "level")
_RUNNING_TOTALS = frozenset({"cumulative_cases", "recovered", "deaths"})
# A count's words up to the counted list it heads: "147 ca ghi nhận trong nước tại ".
_LIST_HEAD = re.compile(rf"{NUM}\s+(?:ca|trường hợp)[^\d.;()]{{0,50}}?\s(?:tại|ở)\s+")


class StatCollector:
    """Facts per province, merged over the article; the first value of a field wins."""

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        provinces: list[Mention],
        home: str | None,
        national_article: bool,
    ) -> None:
        self.text = text
        self.published = published
        self.provinces = provinces
        self.by_province: dict[str, dict[str, Any]] = {}
        # Provinces given the day's imported cases in a line of their own ("+ 3 ca cách ly
        # ngay sau khi nhập cảnh tại Hà Nội"): on the domestic list after, local cases.
        self.imported_alone: set[str] = set()
        # Where the tables of new cases read so far have their header (each is read once).
        self.tables_read: set[int] = set()
        self.focus: str | None = None
        # The outlet's province ("Pháp Luật TP.HCM" names a city, not the article's topic):
        # only for a bulletin that names no province at all.
        self.home = home if not provinces else None
        # "tỉnh ta" ("our province") is the outlet's province even when others are named.
        self.outlet_province = home
        self.national_article = national_article
        self.summed_up: set[tuple[str, str]] = set()
        self.from_headline: set[tuple[str, str]] = set()
        self.provisional: set[tuple[str, str]] = set()
        self.last_subject: tuple[int, list[str], float] = (0, ["unknown"], 0.0)
        # Where the last running total was read, and whose: a total in the next sentence that
        # names no place is the same place's ("The national count reached 2,942. … raising
        # the total number of recoveries to 2,549. The death toll remains at 35.").
        self.last_total: tuple[int, list[str]] = (-1, [])

    def subject(
        self, sentence: Sentence, position: int, field: str | None = None
    ) -> tuple[list[str], float]:
        """The subject of a figure (``_subject``), remembered for a "Trong đó, …" after it,
        and, for a running total, for the totals of the next sentence."""
        names, confidence = self._subject(sentence, position)
        if names == ["unknown"] and field is not None and field.startswith(_NOTICE_FIELDS):
            names, confidence = notices_province(self.provinces, self.national_article)
        if field in _RUNNING_TOTALS:
            if confidence <= 0.75 and self._follows_a_total(sentence):
                names, confidence = self.last_total[1], 0.75
            self.last_total = (sentence.end, names)
        if names != ["national"] or confidence > 0.6:
            self.last_subject = (sentence.end, names, confidence)
            return names, confidence
        end, before, sure = self.last_subject
        if (
            _PART_OF_BEFORE.match(sentence.text)
            and end <= sentence.start
            and "\n" not in self.text[end : sentence.start]
        ):
            return before, min(sure, 0.7)
        self.last_subject = (sentence.end, names, confidence)
        return names, confidence

    def _follows_a_total(self, sentence: Sentence) -> bool:
        end, names = self.last_total
        return (
            bool(names)
            and 0 <= end <= sentence.start
            and not self.text[end : sentence.start].strip()
        )

    def remember_named(self, sentence: Sentence) -> None:
        """A sentence that names one province and no country ("Thống kê đến hết ngày 1/12,
        toàn tỉnh Hải Dương đã tiêm được …") is the subject a "Trong đó, …" after it splits,
        whether or not a figure was read in it."""
        names = {p.name for p in self.provinces if sentence.start <= p.start < sentence.end}
        if len(names) == 1 and last_national_cue(sentence.text) < 0:
            self.last_subject = (sentence.end, [names.pop()], 0.85)

    def _heads_a_counted_list(self, sentence: Sentence, position: int) -> bool:
        after = next((p for p in self.provinces if position <= p.start < sentence.end), None)
        if after is None or not LISTED_COUNT.match(self.text, after.end, sentence.end):
            return False
        return _LIST_HEAD.fullmatch(self.text, position, after.start) is not None

    def _in_a_list_of_places(self, province: Mention) -> bool:
        """ "8 ca ghi nhận trong nước tại Hà Nam, Vĩnh Phúc; 12 ca nhập cảnh": the province is
        one of a list of places where a part was found, no subject of a clause after it."""
        provinces, index = self.provinces, self.provinces.index(province)

        def joined(left: int) -> bool:
            return bool(
                _PLACES_JOINED.fullmatch(self.text, provinces[left].end, provinces[left + 1].start)
            )

        first = last = index
        while first > 0 and joined(first - 1):
            first -= 1
        while last + 1 < len(provinces) and joined(last):
            last += 1
        head = provinces[first].start
        return last > first and bool(_PLACE_BEFORE.search(self.text, max(0, head - 12), head))

    def _subject(self, sentence: Sentence, position: int) -> tuple[list[str], float]:
        """The province(s) a figure at ``position`` is about, and how sure we are: the
        nearest province or national cue before it in its clause ("…; 293 ca mắc …"
        starts afresh), "Hòa Bình và Quảng Nam" naming two."""
        clause_start = sentence.start + sentence.text.rfind(";", 0, position - sentence.start) + 1
        head = self.text[clause_start:position]
        nearest_national = last_national_cue(head)
        before = [p for p in self.provinces if clause_start <= p.start and p.end <= position]
        if before and self._heads_a_counted_list(sentence, position):
            # "… nhập cảnh tại Khánh Hòa và 147 ca ghi nhận trong nước tại TP HCM (118), Phú
            # Yên (10)": the count of the list after it, not of the province before
            return ["national"], 0.7 if self.national_article else 0.6
        if (
            len(before) > 1
            and _APPOSITIVE.fullmatch(self.text, before[-2].end, before[-1].start)
            and self.text[before[-1].end : position].lstrip().startswith(",")
        ):
            before = before[:-1]  # "Long An Province, a neighbouring province of HCM City, …"
        if before and _closes_a_list(self.text, before[-1], position):
            before = []  # "…, Nghệ An 1 ca, và 8 ca được cách ly …": the list has ended
        if len(before) > 1 and _splits_a_lists_whole(self.text, before[-2], before[-1], position):
            before = []  # "…, Sơn La (2), Hà Nam (1) trong đó có 320 ca trong cộng đồng"
        if (
            before
            and _ITS_TOTAL.search(self.text, before[-1].end, position)
            and last_national_cue(self.text[sentence.start : before[0].start]) >= 0
        ):
            # "Vietnam yesterday reported one new case linked to Danang, bringing its tally to
            # 621": "its" is the sentence's subject, not the place the case is linked to
            return ["national"], 0.85
        if not before and _THE_PROVINCE.search(head):
            # "The province, where 499 COVID-19 infections have been detected, …": the
            # province named last before the sentence
            named_before = [p for p in self.provinces if p.end <= sentence.start]
            if named_before:
                return [named_before[-1].name], 0.8
        if before and _NATIONAL_AFTER.match(self.text, position):
            # "… confirmed tests of three more patients … in Ho Chi Minh City …, bringing total
            # infection cases to 121 in Vietnam": the country's, named after the count
            return ["national"], 0.85
        if before and before[-1].end - clause_start > nearest_national:
            last = before[-1]
            names = [last.name]
            for earlier in reversed(before[:-1]):
                if re.fullmatch(r"\s+và\s+", self.text[earlier.end : last.start]):
                    names.insert(0, earlier.name)
                break
            return names, 0.95
        if _OF_THE_COUNTRY.match(self.text, position):
            return ["national"], 0.9  # "More than 74% of the country's population have …"
        # (not a cluster named by its province: "Thêm 85 ca mắc …, ổ dịch Bắc Giang vô cùng
        # phức tạp")
        after = [
            p
            for p in self.provinces
            if position <= p.start < sentence.end
            and not _CLUSTER_BEFORE.search(self.text, max(0, p.start - 12), p.start)
        ]
        if after and _REPORTED_IN.match(self.text, position, after[0].start):
            # "45 new community transmissions were reported in the central city of Da Nang"
            return [after[0].name], 0.9
        if nearest_national >= 0:
            return ["national"], 0.85
        if self.outlet_province and _OUR_PROVINCE.search(self.text, sentence.start, position):
            return [self.outlet_province], 0.8
        if after and LISTED_COUNT.match(self.text, after[0].end, sentence.end):
            # "8 ca nhập cảnh … tại Khánh Hòa (5), Quảng Nam (3)", "…; 56 ca trong nước tại
            # Bắc Giang (40), Khánh Hòa (10)": the whole of a list, not the clause before's
            return ["national"], 0.7 if self.national_article else 0.6
        # Earlier in the sentence, past a ";": the subject, unless it heads a list item
        # ("tại Tây Ninh 3 ca và Quảng Nam 1 ca; 293 ca …" is about the whole country).
        sentence_head = self.text[sentence.start : clause_start]
        subjects = [
            p
            for p in self.provinces
            if sentence.start <= p.start
            and p.end <= clause_start
            and not LISTED_COUNT.match(self.text, p.end, sentence.end)
            and not _AND_PROVINCE.match(self.text, p.end)
            and not self._in_a_list_of_places(p)
        ]
        national_in_sentence = last_national_cue(sentence_head)
        if subjects and subjects[-1].end - sentence.start > national_in_sentence:
            return [subjects[-1].name], 0.85
        if national_in_sentence >= 0:
            return ["national"], 0.8
        if after and _FRONTED_FIGURE.fullmatch(self.text, position, after[0].start):
            # "Vượt 40.000 ca nhiễm, Bình Dương tiếp tục …", "Thêm 120 ca mắc, Long An …":
            # the figure put first, its province the subject right after the comma
            return [after[0].name], 0.8
        if self.focus and _BARE_PROVINCE.search(self.text, sentence.start, position):
            return [self.focus], 0.7
        if self.national_article:
            return ["national"], 0.6
        if after:
            # "… have received their second shot in both Hà Nội and TP HCM": the two
            names = [after[0].name]
            for left, right in itertools.pairwise(after):
                if not _AND_BETWEEN.fullmatch(self.text, left.end, right.start):
                    break
                names.append(right.name)
            return names, 0.8
        if self.focus:
            return [self.focus], 0.75
        earlier_in_text = [p for p in self.provinces if p.start < position]
        if earlier_in_text:
            return [earlier_in_text[-1].name], 0.6
        if self.home:
            return [self.home], 0.6
        # (not a province named only as someone's address or origin: "TP.Tây Ninh 1 ca, huyện
        # Gò Dầu 1 ca (có địa chỉ ở tỉnh Đồng Tháp)")
        named = {
            p.name
            for p in self.provinces
            if not _ADDRESS_BEFORE.search(self.text, max(0, p.start - 30), p.start)
        }
        if len(named) == 1 and _BARE_PROVINCE.search(self.text, sentence.start, position):
            # "… toàn tỉnh đã phát hiện 89 ca …" on a page that names its one province only
            # later ("… của tỉnh Tuyên Quang"): that province
            return [named.pop()], 0.55
        if _THE_COUNTRY.search(self.text):
            # "Coronavirus updates in Vietnam! … 16 cases have been reported so far.": a figure
            # of no place, before any province, on a page about the country
            return ["national"], 0.5
        return ["unknown"], 0.3

    def add(
        self,
        province: str,
        name: str,
        value: Any,
        span: tuple[int, int],
        confidence: float,
        *,
        summing_up: bool = False,
        headline: bool = False,
        provisional: bool = False,
        whole: bool = False,
    ) -> None:
        """Record a figure; the first value of a field wins, except that a total that sums
        up ("Như vậy hiện Việt Nam có 84 bệnh nhân tử vong") replaces an earlier figure of
        the same field that did not, and the body's figure replaces the headline's ("Gần
        99% … đã tiêm ít nhất 1 mũi" over "… đạt 98,8%"). A provisional figure (a wave's
        total, a rounded "hơn 2,24 triệu") gives way to a later total of the whole epidemic
        (``whole``: "từ đầu dịch", "Tổng số ca được điều trị khỏi: …")."""
        if province == "unknown":
            return
        if province == "national" and name.startswith("communes_"):
            return  # the country's communes per level are not a province's (annotation rules)
        record = self.by_province.setdefault(
            province,
            {
                "province": None if province == "national" else province,
                "scope": "national" if province == "national" else "province",
                "as_of": None,
                **dict.fromkeys(STAT_FIELDS),
                "spans": {},
                "confidence": 1.0,
            },
        )
        settled = not summing_up or (province, name) in self.summed_up
        from_headline = (province, name) in self.from_headline and not headline
        replaces = (province, name) in self.provisional and whole and not provisional
        if record.get(name) is not None and settled and not from_headline and not replaces:
            return
        if provisional:
            self.provisional.add((province, name))
        else:
            self.provisional.discard((province, name))
        if headline:
            self.from_headline.add((province, name))
        else:
            self.from_headline.discard((province, name))
        if summing_up:
            self.summed_up.add((province, name))
        record[name] = value
        record["spans"][name] = list(span)
        record["confidence"] = min(record["confidence"], confidence)
        if province != "national" and name != "as_of":
            self.focus = province

    def records(self) -> list[dict[str, Any]]:
        out = []
        for record in self.by_province.values():
            if any(
                record.get(k) is not None
                for k in record
                if k not in {"province", "scope", "spans", "confidence", "as_of"}
            ):
                if not _bound_of_the_total(record):
                    record["cumulative_is_lower_bound"] = None
                    record["spans"].pop("cumulative_is_lower_bound", None)
                record["confidence"] = round(record["confidence"], 2)
                out.append(record)
        return out


def _bound_of_the_total(record: dict[str, Any]) -> bool:
    """The "hơn"/"vượt" flag was read with the total kept, not with a rounded headline
    figure the body's total replaced ("toàn tỉnh vượt mức 10.000 ca" over "… là 10.627 ca")."""
    flag = record["spans"].get("cumulative_is_lower_bound")
    total = record["spans"].get("cumulative_cases")
    if not flag or not total:
        return True
    return bool(flag[0] <= total[0] and total[0] - flag[1] <= 20)


# English list items: a count in words ("Hanoi three, and Da Nang one"), a verb before the
# first item's count ("Ho Chi Minh City documented 1,730 of the new cases, Binh Duong
# Province 840"), and a count several provinces share ("Bac Giang, Vinh Phuc and Hung Yen
# with five each", "… reported 12 cases each").
LISTED_WORD = r"(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten)(?![\w-])"
_ENGLISH_LISTED_VERB = r"(?:recorded|reported|documented|logged|registered|confirmed|had)"
_ENGLISH_LISTED_NOUN = (
    r"(?:(?:new\s+)?(?:cases?|infections?)|of\s+(?:the|these)\s+(?:new\s+)?(?:cases|infections))"
)
LISTED_COUNT = re.compile(
    # ("Binh Duong Province 840": the English noun after the name)
    r"(?:\s+(?:[Pp]rovince|[Cc]ity)\b(?!\s+of\b))?"
    rf"(?:(?:\s+(?:with|{_ENGLISH_LISTED_VERB}))?\s+(?P<e>{NUM}|{LISTED_WORD})\s+"
    r"(?:(?:new\s+)?(?:cases?|infections?)\s+)?each\b"
    # ("Hà Tĩnh (1 ca)", "Yen Bai (67 cases)": the noun may stand in the brackets)
    # ("Vĩnh Long (8 )", "( 12 ca)": blanks inside the brackets)
    # (a year in brackets, "(2021)", is no count: counts of thousands take a dot)
    # ("TP HCM (3.300 - giảm gần 1/2 so với hôm qua)": a change noted after the count)
    # ("Quảng Bình, Thanh Hóa (mỗi địa phương 29 ca)": a count the run shares, in brackets)
    rf"|\s*(?:\(\s*(?:mỗi\s+(?:địa phương|tỉnh|nơi|tỉnh,?\s*thành(?:\s+phố)?)\s+(?:có\s+)?)?"
    rf"(?!(?:19|20)\d\d\s*\))(?P<p>{NUM})"
    r"(?:\s+(?:ca|trường hợp|F0|cases?|infections?))?"
    r"(?:\s*[-–,;:]\s*(?:tăng|giảm)[^()]{0,60})?\s*\)"
    # "Hà Nội ghi nhận 8.054 ca, Phú Thọ 3.415 ca": the first item may carry the verb
    # ("Long An dẫn đầu với 400 ca", "tiếp theo là Hà Nội với 300 ca": a rank, then "với")
    # ("Long An, Hải Phòng và Bắc Kạn mỗi tỉnh, thành 1 ca": the units named as a pair)
    r"|(?:\s+(?:mỗi (?:tỉnh(?:\s*[,/]\s*|\s+)thành(?: phố)?|tỉnh|thành phố|địa phương|nơi)"
    r"\s+)?(?:đều\s+)?(?:có\s+|ghi nhận\s+)?(?:đến\s+)?"
    r"(?:(?:nhiều nhất|cao nhất|dẫn đầu)\s+)?(?:với\s+)?)"
    rf"(?P<c>{NUM})\s+(?:ca|trường hợp|F0)(?![\wà-ỹ])"
    rf"|\s+{_ENGLISH_LISTED_VERB}\s+(?P<v>{NUM}|{LISTED_WORD})\s+{_ENGLISH_LISTED_NOUN}\b"
    # ("… followed by Bac Ninh with 53 and Phu Tho with 45")
    rf"|\s+with\s+(?P<w>{NUM})(?:\s+(?:new\s+)?(?:cases?|infections?))?"
    r"(?=\s*(?:[,;]|\.(?!\d)|and\s|$))"
    # a bare count closing a list item; never the "50" of "50.000 liều"
    # ("đưa tổng ca … ở Bắc Giang lên 618, Bắc Ninh 361": the first item's "lên")
    # ("tại Lạng Sơn một, Ninh Bình 2": one in words)
    rf"|\s+(?:lên\s+)?(?P<b>{NUM}|{LISTED_WORD}|một)(?=\s*(?:[,;]|\.(?!\d)|(?:và|and)\s|…|$))))"
)
# (a count's thousands mark is no stop: "40.000 ca nhiễm, Bình Dương")
_FRONTED_FIGURE = re.compile(
    r"(?:[^,;.:]|(?<=\d)[.,](?=\d)){0,40},\s*(?:tỉnh\s+|thành phố\s+|TP\.?\s*)?"
)
_ADDRESS_BEFORE = re.compile(
    r"(?:địa chỉ|trú|quê|về từ|đến từ)\s+(?:(?:ở|tại)\s+)?(?:(?:tỉnh|thành phố|TP\.?)\s*)?$"
)
_CLUSTER_BEFORE = re.compile(r"(?<![\wà-ỹ])(?:ổ|tâm|điểm nóng) dịch\s+(?:tại\s+|ở\s+)?$")
_AND_BETWEEN = re.compile(r"\s+(?:và|and)\s+(?:tỉnh\s+|thành phố\s+)?")
_AND_PROVINCE = re.compile(rf"\s+và\s+(?:tỉnh\s+)?{CAP_WORD}")
_PLACES_JOINED = re.compile(r"\s*,\s*|\s+và\s+")
_PLACE_BEFORE = re.compile(r"(?:tại|ở)\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?$")
_LIST_CLOSED = re.compile(r"\s*,?\s*và\s+$")


# "trong đó (có)" right after a bracketed list item: a part of the list's whole.
_WHOLE_SPLIT = re.compile(r"\s*,?\s*trong đó(?:\s+có)?\s+")
# … or after a list cut short ("…, Trà Vinh 20 ca..., trong đó có 5.603 ca trong cộng đồng")
_CUT_WHOLE_SPLIT = re.compile(r"\s*(?:\.{2,}|…)\s*,?\s*trong đó(?:\s+có)?\s+")


def _splits_a_lists_whole(text: str, earlier: Mention, last: Mention, position: int) -> bool:
    """The last of a list of bracketed counts ("Lào Cai (1), Hà Nam (1) trong đó có 6.132 ca
    trong cộng đồng") is followed by a part of the whole the list divides, not of its own
    count (a province's own split is written in its clause: "Hà Nội 300 ca, trong đó …")."""
    listed = LISTED_COUNT.match(text, last.end, position)
    if not listed or not LISTED_COUNT.match(text, earlier.end, last.start):
        return False
    if listed.group("p") and _WHOLE_SPLIT.fullmatch(text, listed.end(), position):
        return True
    # a list cut short by its dots: the split after them is the whole's, whatever the form of
    # the last item ("…, Quảng Trị 20 ca..., trong đó có 6.759 ca trong cộng đồng")
    return bool(_CUT_WHOLE_SPLIT.fullmatch(text, listed.end(), position))


def _closes_a_list(text: str, province: Mention, position: int) -> bool:
    """The province heads a list item with its own count, and "và" after that count
    brings a figure of the whole ("Hà Tĩnh 1 ca, Nghệ An 1 ca, và 8 ca nhập cảnh")."""
    listed = LISTED_COUNT.match(text, province.end, position)
    return bool(listed and _LIST_CLOSED.fullmatch(text, listed.end(), position))
