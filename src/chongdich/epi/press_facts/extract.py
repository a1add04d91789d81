"""The entry point: all facts of one article."""

from __future__ import annotations

import datetime as dt
import re

from ..gazetteer import (
    Mention,
    find_organisations,
    find_provinces,
    find_provincial_cities,
    normalise,
)
from .capital_lines import with_capital_lines_recased
from .clock_marks import without_minute_marks
from .directives import extract_directives
from .donor_tagger import active_model as donor_model
from .donor_tagger import fill_donors
from .english_allocations import english_allocations
from .english_support import extract_english_support
from .english_text import (
    reads_as_english,
    with_straight_apostrophes,
    with_vietnamese_digit_marks,
    with_vietnamese_directive_words,
    with_vietnamese_province_names,
    without_datelines,
)
from .gift_tagger import active_model as gift_model
from .gift_tagger import drop_non_gifts
from .hard_wraps import with_hard_wraps_joined
from .look_alikes import fold_look_alikes
from .other_articles import without_other_articles
from .provincial_cities import province_of_cities
from .provincial_red_cross import red_cross_province
from .shared import ArticleFacts, find_published_date, split_sentences
from .spacing import on_written_text, single_spaced
from .statistics import extract_stats
from .summing_lists import fill_from_lists_that_sum_to_the_day
from .support import extract_support
from .title_lines import with_title_lines_recased


def extract_facts(
    text: str,
    published: dt.date | None = None,
    *,
    extra_hospitals: tuple[str, ...] = (),
    use_ner: bool = True,
    home_province: str | None = None,
) -> ArticleFacts:
    """All facts of one article. ``published`` resolves years ("31/10"); without it a
    dateline in the text is used, and dates whose year cannot be resolved are None.
    ``home_province`` is the province of the outlet (a provincial paper or health
    department), for bulletins that say "toàn tỉnh" and name no province."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    # read single-spaced ("242\u00a0ca", "tổng số  ca"); spans are put back at the end
    # (before folding look-alikes, which finds names by their plain spaces)
    written, offsets = single_spaced(normalise(text))
    written = with_capital_lines_recased(
        without_other_articles(_without_keyword_lines(fold_look_alikes(written)))
    )
    is_english = reads_as_english(written)
    if is_english:
        written = with_title_lines_recased(written)  # "Vietnam Confirms 11 New COVID-19 Cases"
    # ("Đến 17h00 ngày 28/3/2023,\ntỉnh Cao Bằng ghi nhận …": a hard-wrapped sentence)
    written = (
        without_datelines(written)
        if is_english
        else with_hard_wraps_joined(without_minute_marks(written))
    )
    text = (
        with_vietnamese_directive_words(
            with_vietnamese_digit_marks(
                with_vietnamese_province_names(with_straight_apostrophes(written))
            )
        )
        if is_english
        else written
    )
    if published is None:
        published = find_published_date(text)
    sentences = split_sentences(text)
    organisations, provinces = article_mentions(text, extra_hospitals)
    if not provinces and home_province is None:
        # "… gồm: TP Vinh, Quỳ Hợp" on a site of no province: the city's province
        home_province = province_of_cities(text)
    stats = extract_stats(text, sentences, provinces, published, home_province)
    focus = next((s["province"] for s in stats if s["province"]), None)
    if focus is None and provinces:
        counts: dict[str, int] = {}
        for mention in provinces:
            counts[mention.name] = counts.get(mention.name, 0) + 1
        focus = max(counts, key=lambda name: counts[name])
    # The outlet names the province of what applies "toàn tỉnh" (docs/intake-annotation.md),
    # and of what the province's own bodies issue without naming it ("UBND tỉnh ban hành
    # Quyết định số …", "Tỉnh ủy", "Ban Chỉ đạo … tỉnh") on a provincial outlet's page.
    whole_province = re.search(
        r"toàn tỉnh|trên địa bàn tỉnh(?! [A-ZĐ])"
        r"|(?:UBND|Ủy ban nhân dân|Tỉnh ủy|Ban Chỉ đạo[^.;]{0,60}?) tỉnh(?![\wà-ỹ])(?! [A-ZĐ])"
        # an unnamed district's own body on its portal ("Ủy ban nhân dân huyện yêu cầu …",
        # docs/intake-annotation.md 166; rules30)
        r"|(?:UBND|Ủy ban nhân dân) (?:huyện|thị xã|quận)(?![\wà-ỹ])(?! [A-ZĐ])"
        # "các huyện Phong Điền, Thới Lai … chuyển sang thực hiện …": the outlet's districts
        r"|(?:[Cc]ác|[Hh]ai|[Bb]a|[Bb]ốn|\d+) (?:huyện|quận|thị xã)"
        r"(?:,? (?:thị xã|thành phố))? [A-ZĐ]",
        text,
    )
    directives = extract_directives(
        text, sentences, published, focus or (home_province if whole_province else None)
    )
    focus = focus or home_province
    # A gift to "thành phố Sóc Trăng" goes to Sóc Trăng; its figures do not (stats above).
    organisations = with_provincial_cities(text, organisations)
    if is_english:
        # the givers' names as written ("Heineken Vietnam Brewery – Da Nang Co.Ltd")
        support = extract_english_support(written, published)
        support += english_allocations(text, sentences, provinces)
    else:
        support = extract_support(
            text, sentences, published, focus, organisations, use_ner, home_province
        )
    # Learned taggers, when chosen (off by default, ADR 0033), drop items that are no gift
    # and name the giver of an event the rules left without one.
    support = drop_non_gifts(sentences, support, organisations, gift_model())
    fill_donors(text, sentences, support, organisations, donor_model())
    # "A gift whose receiver is not a named province, body or hospital has no recipient and
    # is not an event" (docs/intake-annotation.md, "Recipients"): a roll of givers with no
    # receiver written ("… như Toyota Việt Nam 10 tỷ đồng, Tập đoàn X 25 tỷ đồng") is news.
    support = [e for e in support if e.get("recipient") or e.get("recipient_facility")]
    if not is_english:
        support = [e for e in support if e.get("donor") or _giver_unwritten(text, e)]
    for event in support:
        # "Hội Chữ thập đỏ tỉnh Nghệ An" gives to Hà Tĩnh as Nghệ An (177, 247)
        province = red_cross_province(event.get("donor"))
        if province is not None and province != event.get("recipient"):
            event["donor"] = province
    # A province giving to itself is its own means, not support (a team "rút về TP HCM").
    support = [e for e in support if not e.get("donor") or e["donor"] != e.get("recipient")]
    stats = fill_from_lists_that_sum_to_the_day(text, provinces, stats)
    facts = ArticleFacts(stats, support, directives)
    return facts if offsets is None else on_written_text(facts, offsets)


# The guideline's gifts with no giver: givers written as a group with no name ("Ba DN còn
# lại hỗ trợ", "Gần 60 đơn vị, doanh nghiệp ủng hộ") or not written at all ("2 xe cứu
# thương này được trao tặng cho …", "đã tiếp nhận số tiền 700 triệu đồng").
_UNNAMED_GIVERS = re.compile(
    r"(?i)(?<![\wà-ỹ])(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|nhiều|một số)"
    r"(?:\s+(?:cơ quan|tập thể))?,?\s+(?:DN|doanh nghiệp|đơn vị|nhà hảo tâm|tổ chức|nhà tài trợ"
    r"|mạnh thường quân)"
    r"|được (?:trao tặng|trao|tặng|trang bị|hỗ trợ|ủng hộ)(?! bởi)(?!\s+\S+\s+do )"
    r"|tiếp nhận số tiền"
)


def _giver_unwritten(text: str, event: dict[str, object]) -> bool:
    """Whether a gift the rules found no giver for is one whose giver the article does not
    name. Otherwise the giver is written and was missed: on test12–test15, read before any
    rule saw them, such events were false 16 items in 16 (docs/INTAKE.md, "Givers no
    rule found"), so they are not reported."""
    span = event.get("span")
    if not isinstance(span, list) or len(span) != 2:
        return False
    return _UNNAMED_GIVERS.search(text, span[0], span[1]) is not None


# A page's keyword or tag line ("Từ khoá: "Chỉ thị 15"", "Tags: COVID-19, Hà Nội", a tag
# page's hashtag heading "#văn bản hỏa tốc số 3802/UBND-KGVX") is page furniture, not the
# article's text; blanked (offsets kept) so no fact is read from it.
_KEYWORD_LINE = re.compile(
    r"(?im)^[ \t]*(?:(?:từ (?:khoá|khóa)|tags?|keywords?|thẻ)[ \t]*:|#(?=[^\s#\d]))[^\n]*$"
)


def _without_keyword_lines(text: str) -> str:
    if ":" not in text and "#" not in text:
        return text
    return _KEYWORD_LINE.sub(lambda m: " " * len(m.group()), text)


def article_mentions(
    text: str, extra_hospitals: tuple[str, ...] = ()
) -> tuple[list[Mention], list[Mention]]:
    """The organisations a (normalised) text names, and the provinces its statistics can be
    about: a province's own body ("UBND tỉnh Sóc Trăng") names its province."""
    organisations = find_organisations(text, extra_hospitals)
    provinces = [
        _as_province(m) if m.kind == "department" else m
        for m in organisations
        if m.kind in {"province", "department"}
    ]
    return organisations, provinces


def with_provincial_cities(text: str, organisations: list[Mention]) -> list[Mention]:
    """The organisations and the provincial cities ("thành phố Sóc Trăng") outside them."""
    cities = find_provincial_cities(text)
    if not cities:
        return organisations
    return sorted([*organisations, *_outside(cities, organisations)], key=lambda m: m.start)


def _as_province(department: Mention) -> Mention:
    """The province at the end of a body's name, with its own span."""
    named = find_provinces(department.text)
    offset = named[-1].start if named else 0
    text = department.text[offset:]
    return Mention(department.start + offset, department.end, department.name, "province", text)


def _outside(mentions: list[Mention], others: list[Mention]) -> list[Mention]:
    """The mentions that overlap none of the others."""
    return [m for m in mentions if not any(o.start < m.end and m.start < o.end for o in others)]
