"""Support events in English articles (Vietnamese outlets' English pages, embassies).

The frames are those of the Vietnamese reader in English words: a giver before a giving
verb ("Hai Phong has given …", "the U.S. Government … donated"), a receiver after "to"
or right after the verb ("given Da Nang and Quang Nam province … each"); a receiver before
a receiving verb and the giver after "from" ("… receive 100 ventilators from the Sovico
Group"); a roll of givers, each name right before its quantity ("like Vingroup with 100
ventilators, Tuan Chau Group 2 billion VND, …"), received by the province of the lead's
receiving verb. Provinces are found without diacritics (``english_text``); the givers'
names are kept as the article writes them (docs/intake-annotation.md, English articles).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .english_countries import COUNTRIES, COUNTRY
from .english_dates import MONTHS, weekday_date
from .english_gift_rolls import as_vietnamese_ministry, giver_before, next_giver
from .english_makers import maker_of_the_doses
from .english_numbers import ENGLISH_COUNT_WORDS
from .english_text import find_unaccented_provinces
from .items import brands_named
from .shared import COVID, Sentence

# (small counts in words: "five ventilators", "two ambulances")
_WORDS = ENGLISH_COUNT_WORDS
# (digits never end a word: "the AstraZeneca COVID-19 vaccine doses" are no 19 doses)
_NUMBER = (
    r"(?:(?<![\w-])|(?<=VND))(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?<![\w-])(?i:" + "|".join(_WORDS) + r")(?![\w-])"
)
_MODEL = r"(?P<model>(?:[A-Z][\w-]*\d[\w-]*|[A-Z][A-Z]+(?:\s+[IVX]+)?)(?:\s+[A-Z][\w-]*)*\s+)?"
_ADJECTIVES = (
    rf"(?:(?:brand-new|new|medical|surgical|face|rapid|antigen|oxygen|{COVID}|K?N95"
    # "500 made-in-Viet Nam respirators"
    r"|made-in-[A-Z][\w]*(?:[ -]Nam)?)(?:\s+and)?\s+)*"
)
_ITEMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "money_vnd",
        re.compile(
            rf"(?:VND\s?(?P<q1>{_NUMBER})\s+(?P<m1>million|billion)"
            rf"|(?P<q2>{_NUMBER})\s+(?P<m2>million|billion)\s+(?:VND|dong)\b)"
        ),
    ),
    (
        "ventilator",
        re.compile(
            rf"(?P<q>{_NUMBER})\s+{_ADJECTIVES}{_MODEL}(?:[Vv]entilators?|[Rr]espirators?)\b"
        ),
    ),
    ("mask", re.compile(rf"(?P<q>{_NUMBER})\s+{_ADJECTIVES}(?:face\s+)?masks?\b")),
    (
        "test_kit",
        re.compile(
            rf"(?P<q>{_NUMBER})\s+{_ADJECTIVES}(?:test(?:ing)?\s+kits?|test\s+sets?"
            # ("500,000 sets of antigen tests")
            r"|sets\s+of\s+(?:rapid\s+|antigen\s+)*tests)\b"
        ),
    ),
    (
        "ppe_kit",
        re.compile(
            rf"(?P<q>{_NUMBER})\s+(?:sets\s+of\s+|suits\s+of\s+)?{_ADJECTIVES}"
            r"(?:protective\s+(?:clothes|clothing|suits|gear)|PPE\s+(?:kits|sets|suits)"
            # "40,800 gowns", "2,000 isolation gowns"
            r"|(?:protective\s+|isolation\s+)?gowns)\b"
        ),
    ),
    ("oxygen_concentrator", re.compile(rf"(?P<q>{_NUMBER})\s+oxygen\s+concentrators?\b")),
    ("ambulance", re.compile(rf"(?P<q>{_NUMBER})\s+ambulances?\b")),
    (
        "vaccine_dose",
        re.compile(
            # ("nearly one million doses", "one million vaccine shots")
            rf"(?P<q>{_NUMBER}|(?<![\w-])(?i:one)(?=\s+million))\s+(?:(?P<m2>million)\s+)?"
            r"(?:(?:[A-Z][\w-]*\s+){0,2})?(?:vaccine\s+)?(?:doses|shots|jabs)\b"
            # "300,000 doses of the AstraZeneca COVID-19 vaccine": the vaccine named after
            r"(?:\s+of\s+(?:the\s+)?(?P<vaccine>(?!COVID|Covid)[A-Z][\w-]*)"
            rf"(?=(?:\s+{COVID})?\s+vaccines?\b))?"
        ),
    ),
)
_MULTIPLIERS = {"million": 1_000_000, "billion": 1_000_000_000}
_ONE = {"one": 1}
# "worth 18.5 billion VND", "valued at": what a gift is worth is not money given.
_VALUE_BEFORE = re.compile(r"\b(?:worth|valued(?:\s+at)?|value\s+of|totalling)\s*$")
# "a total 12.2 billion VND (…) in cash and medical supplies": the worth of cash and goods
# together (the goods are counted on their own), not money given.
_MIXED_AFTER = re.compile(
    r"(?:\s*\([^)]*\))?\s+in\s+cash\s+and\s+(?:[a-z]+\s+)?(?:supplies|goods|equipment|kind)"
)
_GIVE = re.compile(
    r"(?i)\b(?:donated|donates|donate|gifted|handed\s+over|hands\s+over|gave|given|gives|presented"
    r"|presents|offered|provided|provides|supplied|contributed|contributes|sent|granted)\b"
)
# ("held a symbolic reception ceremony for 300,000 doses … donated by …": the subject receives)
_RECEIVE = re.compile(
    r"\b(?:received|receives|receive)\b|\b(?:reception|receiving|handover)\s+ceremony\s+for\b"
)
# The passive: "Bac Lieu was given 30 ventilators by …", "has been presented with …".
_PASSIVE = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:given|donated|presented|handed|offered|granted)\b"
)
# Not a gift made: a plan ("will", "decided to donate") or a tally ("has so far donated").
# ("is expected to receive", "would donate"; "bringing the total donation … to more than five
# million doses", "To date, Việt Nam has received …")
_FUTURE = re.compile(
    r"\bwill\b|\bwould\b|\bplans?\s+to\b|\bpledged\b|\bdecided\s+to\b|\b[Ss]o\s+far\b"
    r"|\b[Tt]o\s+date\b|\b(?:[Uu]p\s+to|[Bb]y)\s+now\b"
    r"|\bscheduled\s+to\b|\b(?:expected|anticipated|slated|due)\s+to\b"
    # ("the COVID-19 vaccine fund had received more than 28 billion VND … as of 4 pm on June 1")
    r"|\b[Aa]s\s+of\b"
)
# "Previously, the group had donated …": an earlier gift, not the article's.
_EARLIER = re.compile(r"\s*(?:Previously|Earlier|Before that|Prior to that)\b")
# "The donation includes 10,000 test kits and …": the gifts of the giving sentence before.
_BREAKDOWN = re.compile(
    r"\s*(?:The|This|These)\s+(?:[\w-]+\s+){0,2}?(?:donation|donations|equipment|assistance"
    r"|gifts?|aid|support|package|supplies|items|consignment|shipment)\s+(?:also\s+)?"
    r"(?:includes?|included|comprises?|comprised|consists?\s+of|consisted\s+of|are|were)\b"
)
# "On the same day, …", "A day prior, …": dated by the gift told before.
_SAME_DAY = re.compile(r"\b(?:[Oo]n\s+the\s+same\s+day|[Tt]he\s+same\s+day)\b")
_DAY_BEFORE = re.compile(
    r"\b(?:[Aa]|[Oo]ne)\s+day\s+(?:prior|earlier|before)\b|\b[Tt]he\s+(?:day\s+before|previous\s+day)\b"
)
# One sentence, two givers: "A presented …, while B donated …" is read clause by clause.
_CLAUSE_BREAK = re.compile(r",\s+while\s+|;\s+")
# "Many businesses handed over … like A with …, B …": where a roll of givers opens.
_ROLL_OPENER = re.compile(r"\b(?:like|including|such\s+as|namely)\s+|:\s*")
# A giver's name: capitalised words, with "of", "and", "&" or a dash between them.
# ("A and B" are two givers: the first is named, docs/intake-annotation.md)
_NAME = re.compile(r"(?:[A-Z][\w.'’-]*)(?:\s+(?:(?:of|&|[–-])\s+)?[A-Z][\w.'’-]*)*")
# (not a seller: "117,600 doses of COVID-19 bought from AstraZeneca", a purchase)
_GIVER_AFTER = re.compile(
    rf"(?<!bought )(?<!purchased )(?<!procured )(?<!ordered )\b(?:from|by)\s+(?:the\s+)?"
    rf"(?P<name>{_NAME.pattern})"
)
_NAME_BEFORE_ITEM = re.compile(rf"(?P<name>{_NAME.pattern})\s+(?:with\s+)?$")
# A province's own bodies give or receive as the province ("the Fatherland Front Committee
# of the central city of Da Nang", "Chairwoman of the … People's Committee of HCMC").
_PROVINCIAL_BODY = re.compile(
    r"Fatherland Front|People[’']s Committee|Red Cross|Department of Health|Party Committee"
    # "The Hanoi Health sector" (the name stops before the lower-case "sector")
    r"|\bHealth\s*$"
)
# National bodies that receive for the whole country (a province's own Front is the
# province: its name is found first).
_NATIONAL_RECEIVERS = (
    (
        re.compile(r"\b(?:(?:Viet Nam|Vietnam)\s+Fatherland\s+Front|VFF)\b"),
        "Ủy ban Trung ương MTTQ Việt Nam",
    ),
    (re.compile(r"\b(?:Ministry of Health|Health Ministry)\b"), "Bộ Y tế"),
    # the country receiving ("Việt Nam received 1,188,000 doses … from the COVAX Facility"),
    # not its bodies ("Vietnam's Health Ministry received …")
    (re.compile(r"\b(?:Vietnam|Viet Nam|Việt Nam)\b(?!['’]s)(?!\s+Fatherland)"), "Chính phủ"),
)
_MINISTRY = re.compile(r"\s*(?:the\s+)?(?:Vietnamese\s+)?(?:Ministry of Health|Health Ministry)\b")
_VIETNAM = re.compile(r"\s*(?:the\s+)?(?:Vietnam|Viet Nam|Việt Nam|Vietnamese Government)\b")
_MONTHS = {name: number for number, name in enumerate(MONTHS, start=1)}
_ENGLISH_DATE = re.compile(
    rf"\b(?:on|On)\s+(?P<month>{'|'.join(_MONTHS)})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
)


@dataclass
class _Gift:
    code: str
    quantity: int
    detail: str
    start: int
    end: int


# A sentence ends at a full stop, "!" or "?" before a blank and a capital or a line break,
# not after an abbreviation ("the U.S. Government", "Co. Ltd", "Dr. Nguyen").
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bCo)(?<!\bLtd)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!\bNo)"
    r"[.!?]+[\"”’)]?(?=\s+[A-Z“\"]|\s*\n|$)|\n+"
)


def english_sentences(text: str) -> list[Sentence]:
    """``text`` cut into sentences the English way."""
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if text[start : match.end()].strip():
            sentences.append(Sentence(start, match.end(), text[start : match.end()]))
        start = match.end()
    if text[start:].strip():
        sentences.append(Sentence(start, len(text), text[start:]))
    return sentences


def extract_english_support(text: str, published: dt.date | None) -> list[dict[str, Any]]:
    """The support events of an English article (``text`` as written, not rewritten)."""
    sentences = [c for sentence in english_sentences(text) for c in _clauses(sentence)]
    provinces = find_unaccented_provinces(text)
    lead_at, lead_receiver, lead_date, lead_roll = _lead(sentences, provinces, published)
    lead_gives = bool(sentences) and bool(_gifts(sentences[lead_at].text))
    shipment = _shipment(sentences[:3], provinces)
    places = _facility_places(text, provinces)
    makers = brands_named(text)
    # A giving sentence that names no receiver gives to the province the lead's receiving
    # verb names, or to the one province the article names ("… donated 50 million VND" in
    # an article about Hai Duong); a national body only when the lead receives a roll's
    # donations ("The VFF Central Committee on June 1 received donations from many …").
    named = {name for _, _, name in provinces}
    default = lead_receiver if lead_receiver in named or lead_roll else None
    if default is None and len(named) == 1:
        default = next(iter(named))
    events: list[dict[str, Any]] = []
    frame: tuple[str | None, list[str], str | None] | None = None
    announced = False  # the frame is a sentence's that counted nothing
    last_date: str | None = None
    for index, sentence in enumerate(sentences):
        s = sentence.text
        if _EARLIER.match(s) or _FUTURE.search(s):
            frame = None
            continue
        # (the lead's date for the gifts told from the lead on, and for those before it when
        # the lead counts no gift of its own: "A handover ceremony for the donation was held on
        # September 30"; not those before another gift received: "Can Tho received 50
        # ventilators on July 9")
        date = (
            _date_in(s, published)
            or _date_after(s, last_date)
            or (lead_date if index >= lead_at or not lead_gives else None)
        )
        # ("…, bringing the total donation … to more than five million doses": the tally)
        raised = _RAISES_THE_TOTAL.search(s)
        gifts = [g for g in _gifts(s) if raised is None or g.start < raised.start()]
        own = [(a - sentence.start, b - sentence.start, n) for a, b, n in provinces]
        own = [p for p in own if 0 <= p[0] < len(s)]
        if not gifts:
            # (an excerpt's cut, "…", ends no gift's account)
            frame = _giving_frame(s, own, default, date) or (frame if _CUT.fullmatch(s) else None)
            announced = frame is not None
            continue
        following = sentences[index + 1].text if index + 1 < len(sentences) else ""
        if frame is not None and (_BREAKDOWN.match(s) or (announced and _arrival(s))):
            giver, receivers, frame_date = frame
            date = frame_date or _date_in(s, published)
            read = [(giver, receivers, gift) for gift in gifts]
        else:
            # (the next sentence or the one after: a photo caption may stand between)
            after = sentences[index + 1 : index + 3]
            presented_by = next(
                filter(None, (_presented_by(n.text, provinces, n.start) for n in after)), None
            )
            read = _read_sentence(s, gifts, own, lead_receiver, presented_by, default)
            if not read and frame is not None and text[: sentence.start].rstrip().endswith(";"):
                read = _roll_items(s, gifts, own, frame[1])
            if shipment is not None:
                read = _parts_of_the_shipment(s, gifts, own, read, shipment, places)
        for donor, receivers, gift in read:
            if donor is None or not receivers or donor in receivers:
                continue
            detail = gift.detail or _model_named_after(following, gift.code)
            if not detail and gift.code == "vaccine_dose":
                detail = maker_of_the_doses(sentences, index, makers)
            for receiver in receivers:
                events.append(_event(donor or None, receiver, gift, detail, date, sentence.start))
            frame = (donor, receivers, date)
            announced = False
            last_date = date or last_date
    return _whole_or_parts(_without_repeats(events))


def _whole_or_parts(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A shipment that arrived, given to the Government, when the article also tells where
    its parts went ("The NIHE received 270,000 doses …", "500,000 doses were transferred to
    Ho Chi Minh City"): the parts are the events, not the whole."""
    parts = {
        (e["donor"], e["items"][0]["item"])
        for e in events
        if e["recipient"] not in {_GOVERNMENT, _LANDED}
    }
    kept = []
    for event in events:
        if event["recipient"] == _LANDED:
            if (event["donor"], event["items"][0]["item"]) in parts:
                continue
            event["recipient"] = _GOVERNMENT
        kept.append(event)
    return kept


_CUT = re.compile(r"\s*…\s*")
_RAISES_THE_TOTAL = re.compile(r"\b(?:bringing|raising|taking|pushing)\s+the\s+total\b")
# Goods that reached the country, told after the gift that counted none: "Switzerland has
# gifted Việt Nam US$5.5 million worth of medical supplies … Thirty ventilators, 500,000 sets
# of antigen tests and 280,000 medical masks arrived at … on Friday."
_ARRIVED = re.compile(r"\b(?:arrived|were\s+(?:delivered|shipped|flown|transported))\b")


def _arrival(s: str) -> bool:
    return bool(_ARRIVED.search(s)) and not _GIVE.search(s) and not _RECEIVE.search(s)


def _clauses(sentence: Sentence) -> list[Sentence]:
    """A sentence cut where a second giver's clause begins."""
    parts: list[Sentence] = []
    start = 0
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        parts.append(_part(sentence, start, match.start()))
        start = match.end()
    parts.append(_part(sentence, start, len(sentence.text)))
    return parts


def _part(sentence: Sentence, start: int, end: int) -> Sentence:
    return Sentence(sentence.start + start, sentence.start + end, sentence.text[start:end])


def _date_after(s: str, last: str | None) -> str | None:
    """The day a sentence takes from the gift told before it: the same one, unless it says
    "a day prior"."""
    if last is None:
        return None
    if _DAY_BEFORE.search(s):
        return (dt.date.fromisoformat(last) - dt.timedelta(days=1)).isoformat()
    return last


def _giving_frame(
    s: str, provinces: list[tuple[int, int, str]], default: str | None, date: str | None
) -> tuple[str | None, list[str], str | None] | None:
    """The giver and receivers of a giving sentence that counts nothing ("handed over
    equipment worth VND10 billion to …"), for the breakdown that follows it."""
    give, receive = _GIVE.search(s), _RECEIVE.search(s)
    if receive is not None and (give is None or receive.start() < give.start()):
        # "Vietnam's Health Ministry received medical equipment worth … gifted by Switzerland"
        receiver = _last_province(provinces, 0, receive.start()) or _national_receiver(
            s[: receive.start()]
        )
        named = _GIVER_AFTER.search(s, receive.end())
        if receiver is None or named is None:
            return None
        return _giver(named.group("name"), provinces, named.start("name")), [receiver], date
    if give is None:
        return None
    giver = _subject_giver(s, give.start(), provinces)
    receivers = _receivers_after(s, give.end(), provinces) or _default(s, give.end(), default)
    return (giver, receivers, date) if giver else None


# "handed over 100 ventilators to Cho Ray Hospital, …": a receiver is named, though no
# province; the article's province is then no default.
# (or named by a common noun: "he donated VND4.5 billion to the vaccine fund")
_NAMED_RECEIVER = re.compile(
    r"(?:[^.]|\.\d)*?\bto\s+(?:the\s+)?(?:\d+\s+)?(?:[A-Z]|(?:[\w-]+\s+){0,3}?"
    r"(?:fund|hospital|centre|center|committee|front|ministry|department|institute)\b)"
)


def _default(s: str, verb_end: int, default: str | None) -> list[str]:
    if _ABROAD.search(s, verb_end):
        return []  # "… contributed 108 oxygen concentrators … for India and its people"
    return [default] if default and not _NAMED_RECEIVER.match(s, verb_end) else []


_ABROAD = re.compile(rf"\b(?:to|for)\s+(?:the\s+(?:people\s+of\s+)?)?{COUNTRY.pattern}")


def _read_sentence(
    s: str,
    gifts: list[_Gift],
    provinces: list[tuple[int, int, str]],
    lead_receiver: str | None,
    presented_by: str | None = None,
    default: str | None = None,
) -> list[tuple[str | None, list[str], _Gift]]:
    arrived = _landed(s, gifts, provinces)
    if arrived:
        return arrived
    give, receive = _GIVE.search(s), _RECEIVE.search(s)
    roll = _ROLL_OPENER.search(s)
    read: list[tuple[str | None, list[str], _Gift]] = []
    if roll is not None and len(gifts) >= 2 and roll.end() <= gifts[0].start:
        boundary = roll.end()
        subject_receiver = lead_receiver
        for gift in gifts:
            named = _NAME_BEFORE_ITEM.search(s[boundary : gift.start])
            if named is not None:
                receivers = [subject_receiver] if subject_receiver else []
                read.append((_giver(named.group("name"), provinces, 0), receivers, gift))
            boundary = gift.end
        return read
    passive = _PASSIVE.search(s)
    if passive is not None:
        give = None  # "was given 30 ventilators by …": the subject receives
        receive = passive
    if receive is not None and (give is None or receive.start() < give.start()):
        receiver = (
            _last_province(provinces, 0, receive.start())
            or _national_receiver(s[: receive.start()])
            or lead_receiver
        )
        read = []
        for index, gift in enumerate(gifts):
            # each gift names its own giver after it: "VND10 billion from A and 20
            # ventilators from B", "… donated by C"
            end = gifts[index + 1].start if index + 1 < len(gifts) else len(s)
            named = _GIVER_AFTER.search(s, gift.end, end) or _GIVER_AFTER.search(s, gift.end)
            giver = _giver(named.group("name"), provinces, named.start("name")) if named else None
            before = giver_before(s, gift.start) if giver is None else None
            if before is not None:
                giver = _giver(before, provinces, 0)  # "…, with the VNA contributing 450 …"
            if giver is None and _UNNAMED_GIVERS.match(s, gift.end):
                giver = presented_by  # "… from donors. The assistance was presented by A"
            if giver is None and _COMMON_GIVERS.match(s, gift.end):
                giver = UNNAMED  # "… sent by enterprises and individual donors"
            read.append((giver, [receiver] if receiver else [], gift))
        return read
    if give is None:
        return read
    giver = _subject_giver(s, give.start(), provinces)
    receivers = _receivers_after(s, give.end(), provinces)
    if not receivers and give.start() < gifts[0].start:
        # (not "800,000 doses … donated by the US arrived": the gift's own participle)
        receivers = _default(s, give.end(), default)
    if len(receivers) > 1 and not re.search(r"\beach\b", s):
        return read  # several receivers, no count for each (docs/intake-annotation.md)
    read = []
    for index, gift in enumerate(gifts):
        # "A contributed 131.7 million VND, the Ministry of Home Affairs, 456 million VND"
        listed = next_giver(s, gifts[index - 1].end, gift.start) if index else None
        giver = _giver(listed, provinces, 0) if listed else giver
        read.append((_own_giver(s, gift, provinces) or giver, receivers, gift))
    return read


# "More than two million doses of Moderna COVID-19 vaccine, supplied by the US Government
# through the COVAX facility, arrives in Hanoi": a country's gift reaching the country, the
# city only where it landed (docs/intake-annotation.md, 333).
_ARRIVES = re.compile(r"\b(?:arrives?|arrived|landed|lands|touched\s+down)\s+(?:in|at)\b")
_COUNTRY_GIVERS = frozenset(COUNTRIES.values())


def _landed(
    s: str, gifts: list[_Gift], provinces: list[tuple[int, int, str]]
) -> list[tuple[str | None, list[str], _Gift]]:
    """The country's gifts that arrived (the shipment's parts, when the article tells them,
    are given instead: ``_whole_or_parts``)."""
    if not _ARRIVES.search(s):
        return []
    read: list[tuple[str | None, list[str], _Gift]] = []
    for gift in gifts:
        named = _SHIPPED_BY.match(s, gift.end)
        giver = _giver(named.group("name"), provinces, named.start("name")) if named else None
        if giver in _COUNTRY_GIVERS:
            read.append((giver, [_LANDED], gift))
    return read


def _roll_items(
    s: str, gifts: list[_Gift], provinces: list[tuple[int, int, str]], receivers: list[str]
) -> list[tuple[str | None, list[str], _Gift]]:
    """A clause of a roll after the gift before: "; Toyota Vietnam with 10 billion VND", "; and
    the Ministry of Finance, 1 billion VND": each gift's giver named before it, the receivers
    those of the gift before."""
    read: list[tuple[str | None, list[str], _Gift]] = []
    start = 0
    for gift in gifts:
        named = next_giver(s, start, gift.start)
        if named is None:
            return []
        read.append((_giver(named, provinces, 0), receivers, gift))
        start = gift.end
    return read


# A gift handed over for someone else names its giver right after it: "handed over
# 100,000 doses presented by Belgium, 100,000 doses by Slovakia … to the Health Ministry".
_OWN_GIVER = re.compile(
    rf"\s*,?\s*(?:(?:presented|donated|given|offered|provided|supplied)\s+)?by\s+(?:the\s+)?"
    rf"(?P<name>{_NAME.pattern})"
)


def _own_giver(s: str, gift: _Gift, provinces: list[tuple[int, int, str]]) -> str | None:
    named = _OWN_GIVER.match(s, gift.end)
    return _giver(named.group("name"), provinces, named.start("name")) if named else None


# "A shipment of 770,000 doses of the Pfizer vaccine donated by the United States has
# arrived …": the giver of the shipment whose parts later sentences tell out.
_Shipment = tuple[str, str, str]  # giver, item code, detail


_SHIPPED_BY = re.compile(rf"(?:\s+(?:{COVID}\s+)?vaccines?)?{_OWN_GIVER.pattern}")


def _shipment(lead: list[Sentence], provinces: list[tuple[int, int, str]]) -> _Shipment | None:
    for sentence in lead:
        for gift in _gifts(sentence.text):
            named = _SHIPPED_BY.match(sentence.text, gift.end)
            if named is not None:
                own = [(a - sentence.start, b - sentence.start, n) for a, b, n in provinces]
                giver = _giver(named.group("name"), own, named.start("name"))
                return giver, gift.code, gift.detail
    return None


# "… the National Institute of Hygiene and Epidemiology (NIHE) in Hanoi": where a body the
# article names later ("The NIHE received …") stands.
_PLACED = re.compile(
    rf"(?P<name>{_NAME.pattern})(?:\s+\((?P<short>[A-Z][A-Za-z]{{1,9}})\))?\s+in\s+"
)


def _facility_places(text: str, provinces: list[tuple[int, int, str]]) -> dict[str, str]:
    if " in " not in text:
        return {}
    places: dict[str, str] = {}
    starts = {start: name for start, _, name in provinces}
    for match in _PLACED.finditer(text):
        province = starts.get(match.end())
        if province is None or match.start("name") in starts:
            continue
        places[match.group("name")] = province
        if match.group("short"):
            places[match.group("short")] = province
    return places


# "500,000 doses were transferred to Ho Chi Minh City": a part of the shipment moved on.
_MOVED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:transferred|delivered|sent|shipped)(?=\s+to\b)"
)


def _parts_of_the_shipment(
    s: str,
    gifts: list[_Gift],
    provinces: list[tuple[int, int, str]],
    read: list[tuple[str | None, list[str], _Gift]],
    shipment: _Shipment,
    places: dict[str, str],
) -> list[tuple[str | None, list[str], _Gift]]:
    """The gifts of a sentence that tells where parts of the lead's shipment went ("The
    NIHE received 270,000 doses on August 26", "500,000 doses were transferred to Ho Chi
    Minh City"): the shipment's giver gives them, with its detail."""
    giver, code, detail = shipment
    receive = _RECEIVE.search(s)
    parts: list[tuple[str | None, list[str], _Gift]] = []
    for index, gift in enumerate(gifts):
        if gift.code != code:
            continue
        end = gifts[index + 1].start if index + 1 < len(gifts) else len(s)
        moved = _MOVED.search(s, gift.end, end)
        if moved is None and any(g is gift and d is not None and r for d, r, g in read):
            continue  # a giver the sentence names itself stands
        receivers = next((r for _, r, g in read if g is gift and r), [])
        if moved is not None:
            receivers = _receivers_after(s, moved.end(), provinces)
        elif not receivers and receive is not None and receive.start() < gift.start:
            head = s[: receive.start()]
            receivers = [
                p for name, p in places.items() if re.search(rf"\b{re.escape(name)}\b", head)
            ]
        if receivers:
            gift.detail = gift.detail or detail
            parts.append((giver, receivers[:1], gift))
    if not parts:
        return read
    taken = [part[2] for part in parts]
    return [*(r for r in read if not any(r[2] is g for g in taken)), *parts]


# Givers left unnamed in the gift's sentence ("from donors", "from sponsors"), named by the
# next sentence: "The assistance was presented by Van Lang University, …" (the first).
_UNNAMED_GIVERS = re.compile(
    r"(?:[^.]|\.\d)*?\bfrom\s+(?:the\s+)?(?:donors|sponsors|benefactors)\b"
)
# Givers named by a common noun only: an event with no donor (docs/intake-annotation.md).
# ("from donors" alone waits for a later name, _UNNAMED_GIVERS, and gives nothing without.)
_COMMON_GIVERS = re.compile(
    r"(?:[^.]|\.\d)*?\b(?:from|by)\s+(?:the\s+)?(?:various\s+|many\s+|local\s+)?"
    r"(?:enterprises|businesses|companies|individuals|organisations|organizations)\b"
)
# The giver of such an event: not None (None is "no giver found"), falsy all the same.
UNNAMED = ""
_PRESENTED_BY = re.compile(
    rf"\b(?:was|were)\s+(?:presented|donated|given|offered|provided)\s+by\s+(?:the\s+)?"
    rf"(?P<name>{_NAME.pattern})"
)


def _presented_by(following: str, provinces: list[tuple[int, int, str]], base: int) -> str | None:
    """The giver a sentence with no gift of its own names for the gifts before it."""
    named = _PRESENTED_BY.search(following) if following and not _gifts(following) else None
    if named is None:
        return None
    own = [(a - base, b - base, n) for a, b, n in provinces]
    return _giver(named.group("name"), own, named.start("name"))


def _national_receiver(s: str) -> str | None:
    found = [
        (m.start(), name) for pattern, name in _NATIONAL_RECEIVERS for m in pattern.finditer(s)
    ]
    return max(found)[1] if found else None


def _gifts(s: str) -> list[_Gift]:
    found: list[_Gift] = []
    for code, pattern in _ITEMS:
        for match in pattern.finditer(s):
            if any(g.start < match.end() and match.start() < g.end for g in found):
                continue
            if _VALUE_BEFORE.search(s, 0, match.start()):
                continue
            if code == "money_vnd" and _MIXED_AFTER.match(s, match.end()):
                continue
            groups = match.groupdict()
            written = groups.get("q") or groups.get("q1") or groups.get("q2") or ""
            multiplier = _MULTIPLIERS.get(groups.get("m1") or groups.get("m2") or "", 1)
            count = _WORDS.get(written.lower(), _ONE.get(written.lower())) or float(
                written.replace(",", "")
            )
            quantity = round(count * multiplier)
            model = (groups.get("model") or groups.get("vaccine") or "").strip()
            found.append(_Gift(code, quantity, model, match.start(), match.end()))
    return sorted(found, key=lambda g: g.start)


def _giver(name: str, provinces: list[tuple[int, int, str]], start: int) -> str:
    """A giver's name as the event reports it: a country in Vietnamese, a province's body
    as the province, a company as written without "the"."""
    sender = _SENT_BY.match(name)
    if sender is not None:  # "Representatives of Novaland Group": the group gives
        start += sender.end()
        name = name[sender.end() :]
    country = COUNTRY.match(name)
    if country is not None:
        return COUNTRIES[country.group("c")]
    bare = re.sub(r"^[Tt]he\s+", "", name).strip(" ,.")
    if bare in COUNTRIES:
        return COUNTRIES[bare]  # "donated by German states": a country's adjective alone
    ministry = as_vietnamese_ministry(name)
    if ministry is not None:
        return ministry
    inside = [p for p in provinces if start <= p[0] < start + len(name)]
    if inside and (_PROVINCIAL_BODY.search(name) or _is_whole(name, start, inside[0])):
        return inside[0][2]
    return re.sub(r"^[Tt]he\s+", "", name).strip(" ,.")


_SENT_BY = re.compile(
    r"(?:[Tt]he\s+)?(?:Representatives?|Leaders?|Delegates?|Officials?|Members?)\s+of\s+"
    r"(?:the\s+)?"
)


_DATELINE = re.compile(r"\)\s+[–-]\s+")


def _is_whole(name: str, start: int, province: tuple[int, int, str]) -> bool:
    """The name is the province's, maybe with "City" or "province" ("Hai Phong City"), not
    a company's that ends with it ("Ecopark Hai Duong")."""
    rest = name[: province[0] - start] + " " + name[province[1] - start :]
    return re.fullmatch(r"\s*(?:[Tt]he\s+)?(?:[Cc]ity|[Pp]rovince)?[\s,.]*", rest) is not None


_GLOSS = re.compile(r"\s*\([^()]{1,30}\)")
# A subject's name may hold "in" or "for" ("The Association of Vietnamese in Macau"); a
# sentence's adverb or a pronoun is no giver ("Meanwhile, an individual donor contributed …",
# "They have presented 20,000 medical masks …").
_SUBJECT_NAME = re.compile(rf"{_NAME.pattern}(?:\s+(?:in|for)\s+{_NAME.pattern})*")
_NO_GIVER = re.compile(
    r"On|In|The|A|An|Meanwhile|However|Besides|Also|Additionally|Moreover|Furthermore|Then"
    r"|They|It|We|He|She|This|These|Those"
)


def _subject_giver(s: str, verb: int, provinces: list[tuple[int, int, str]]) -> str | None:
    """The giver before a giving verb: a country, a province (or its body), or the last
    name of the clause."""
    # the sentence is cut the English way ("U.S." ends nothing); a dateline ("Hanoi (VNA)
    # –") and a date ("on July 12") are no givers
    dateline = _DATELINE.search(s, 0, verb) if "(" in s[:verb] else None
    clause_start = dateline.end() if dateline else 0
    subject = _ENGLISH_DATE.sub(lambda m: " " * len(m.group()), s[clause_start:verb])
    # ("The Association of Vietnamese in Macau (China) contributed …": a gloss names no giver)
    subject = _GLOSS.sub(lambda m: " " * len(m.group()), subject)
    country = COUNTRY.search(subject)
    if country is not None:
        return COUNTRIES[country.group("c")]
    names = [m for m in _SUBJECT_NAME.finditer(subject) if not _NO_GIVER.fullmatch(m.group())]
    if not names:
        return None
    head = names[-1]
    if len(names) > 1 and subject[head.start() - 1 : head.start()] == "(":
        head = names[-2]  # "the Truong Hai … Company (THACO)": the name before its acronym
    return _giver(head.group(), provinces, clause_start + head.start())


def _receivers_after(s: str, position: int, provinces: list[tuple[int, int, str]]) -> list[str]:
    """The provinces right after the verb ("given Da Nang and Quang Nam province") or right
    after "to" ("to the central city of Da Nang"); "to Vietnam" is the Government."""
    to = re.compile(
        # ("to help Hai Duong fight …")
        r"\s+to\s+(?:(?:help|support|aid|assist)\s+)?"
        r"(?:the\s+(?:central\s+|northern\s+|southern\s+)?(?:city|province)\s+of\s+)?"
    )
    direct = _province_run(s, position, provinces)
    if direct:
        return direct
    if _VIETNAM.match(s, position):
        return ["Chính phủ"]  # "has given Vietnam 1 million doses"
    for match in to.finditer(s, position):
        run = _province_run(s, match.end(), provinces)
        if run:
            return run
        facility = _FACILITY_IN.match(s, match.end())
        run = _province_run(s, facility.end(), provinces) if facility else []
        if run:
            return run  # "to the People's Hospital 115 in HCM City"
        if _VIETNAM.match(s, match.end()):
            return ["Chính phủ"]
        if _MINISTRY.match(s, match.end()):
            return ["Bộ Y tế"]
    return []


_GOVERNMENT = "Chính phủ"
# The Government as the receiver of a gift that arrived (``_landed``), until the article's
# other gifts show whether its parts were given instead (``_whole_or_parts``).
_LANDED = "Chính phủ (landed)"
_FACILITY_IN = re.compile(rf"(?:the\s+)?{_NAME.pattern}(?:\s+\d+)?\s+in\s+")


def _province_run(s: str, position: int, provinces: list[tuple[int, int, str]]) -> list[str]:
    """The provinces named one after another from ``position`` ("Da Nang and Quang Nam
    province"), only blanks, commas, "and" or "province/city" between them."""
    names: list[str] = []
    cursor = position
    for start, end, name in provinces:
        if start < position:
            continue
        if re.fullmatch(r"\s*(?:(?:province|city)\s*)?(?:,\s*|\s+and\s+)?\s*", s[cursor:start]):
            names.append(name)
            cursor = end
        else:
            break
    return names


def _last_province(provinces: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    inside = [name for a, _, name in provinces if start <= a < end]
    return inside[-1] if inside else None


def _lead(
    sentences: list[Sentence], provinces: list[tuple[int, int, str]], published: dt.date | None
) -> tuple[int, str | None, str | None, bool]:
    """Where the lead's receiving verb is ("The … Committee of the central city of Da Nang on
    July 31 received donations …"), its receiver and date, which the list of gifts takes, and
    whether what it receives is donations (a roll's)."""
    for index, sentence in enumerate(sentences[:_LEAD]):
        verb = _RECEIVE.search(sentence.text)
        if verb is None:
            continue
        own = [(a - sentence.start, b, n) for a, b, n in provinces]
        by = _RECEIVED_BY.match(sentence.text, verb.end())
        if by is not None:
            # "Donations … received by the Vietnam Fatherland Front (VFF) Central Committee"
            receiver = _national_receiver(sentence.text[by.end() : by.end() + 60])
        else:
            receiver = _last_province(own, 0, verb.start()) or _national_receiver(
                sentence.text[: verb.start()]
            )
        roll = _DONATIONS.search(sentence.text) is not None
        return index, receiver, _date_in(sentence.text, published), roll
    return 0, None, None, False


_DONATIONS = re.compile(r"\b[Dd]onations\b|\bcontributions\b")


# The clauses that may hold the lead's receiving verb (teasers and cuts come first).
_LEAD = 6
_RECEIVED_BY = re.compile(r"\s+by\s+")


def _date_in(s: str, published: dt.date | None) -> str | None:
    match = _ENGLISH_DATE.search(s)
    if match is None or published is None:
        # "gifted by Switzerland Friday", "arrived … on Friday": the weekday of the gift
        weekday = weekday_date(s, published)
        return weekday.isoformat() if weekday else None
    try:
        when = dt.date(published.year, _MONTHS[match.group("month")], int(match.group("day")))
    except ValueError:
        return None
    if when > published:
        when = when.replace(year=published.year - 1)
    return when.isoformat()


def _model_named_after(following: str, code: str) -> str:
    """The model the next sentence gives the same machines ("These Carat II Pro ventilators
    made in Germany …")."""
    if code != "ventilator":
        return ""
    match = re.match(
        r"\s*(?:These|The)\s+(?P<model>(?:[A-Z0-9][\w-]*\s+){1,3})ventilators", following
    )
    model = match.group("model").strip() if match else ""
    # "The American-produced ventilators": an origin, not a model
    return "" if re.search(r"-[a-z]", model) else model


def _event(
    donor: str | None, receiver: str, gift: _Gift, detail: str, date: str | None, base: int
) -> dict[str, Any]:
    return {
        "donor": donor,
        "recipient": receiver,
        "recipient_facility": None,
        "items": [
            {
                "item": gift.code,
                "quantity": gift.quantity,
                "detail": detail,
                "span": [base + gift.start, base + gift.end],
            }
        ],
        "date": date,
        "span": [base + gift.start, base + gift.end],
        "confidence": 0.7,
    }


def _without_repeats(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One event per giver, receiver, item and quantity: a headline's gift told again in the
    body keeps the body's date and detail."""
    kept: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event in events:
        item = event["items"][0]
        key = (event["donor"], event["recipient"], item["item"], item["quantity"])
        if key not in kept or (event["date"] and not kept[key]["date"]):
            kept[key] = event
    return list(kept.values())
