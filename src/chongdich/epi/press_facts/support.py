"""Support events of an article: donor, recipient, items, date."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Any

from ..gazetteer import CAP_WORD, FOREIGN_COUNTRIES, Mention, find_provinces
from .allocations import (
    ALLOCATOR,
    Allocation,
    allocation_brand,
    is_allocation_sentence,
    read_allocations,
)
from .campaign_takings import raised_by_a_campaign
from .donor_rolls import RollCall, read_respective, read_roll_call
from .expected_gifts import on_its_way
from .fund_receivers import fund_right_after
from .items import Item, device_detail, find_items, high_flow_counts, places_after
from .named_after import givers_named_after
from .other_causes import for_another_cause
from .received_lots import ACCORDINGLY, ACCORDINGLY_RECEIVED, over_months
from .shared import DATE, DIGIT, Sentence, iso_date, match_date
from .shared_receivers import shared_by_two_provinces
from .support_cues import (
    BACKGROUND_GIFT,
    BREAKDOWN,
    CONTINUATION,
    GIVE,
    MANY_RECIPIENTS,
    OCCASION,
    PLANNED_BEFORE,
    PRIVATE_RECEIVERS,
    RECEIVE,
    RUNNING_TOTAL,
    SAME_DAY,
    TIME_OF_DAY_DATE,
    WITH_ITS_REGION,
    event_date,
)
from .support_events import (
    branch_province,
    gives_within_its_province,
    merge_event,
    named_parts_replace_an_unnamed_total,
    parts_replace_their_total,
)
from .support_parties import (
    article_giver,
    clause_subject,
    goods_owner,
    listed_giver,
    ner_donor,
    staff_owner,
    subject_before,
)
from .support_receivers import (
    asked_by,
    for_several_provinces,
    giver_of,
    own_recipient,
    province_named_before,
    units_of,
)
from .unnamed_givers import givers_a_counted_group, with_the_government


def extract_support(
    text: str,
    sentences: list[Sentence],
    published: dt.date | None,
    focus: str | None,
    orgs_all: list[Mention],
    use_ner: bool,
    home: str | None = None,
) -> list[dict[str, Any]]:
    """Support events; ``home`` is the outlet's province, the receiver of a roll call held
    by a body of "tỉnh" that the article does not name ("Ủy ban MTTQ tỉnh tiếp nhận …")."""
    lead_date = None
    for sentence in sentences[:4]:
        match = TIME_OF_DAY_DATE.search(sentence.text) or re.search(
            rf"\b[Nn]gày\s+{DATE}", sentence.text
        )
        if match:
            lead_date = match_date(match, published)
            break
    events: list[dict[str, Any]] = []
    first_line = text.split("\n", 1)[0]
    headline_end = 0 if first_line.rstrip().endswith((".", "!", "?")) else len(first_line)
    paragraph_date: dt.date | None = None
    recalled = False  # the paragraph's date is a recalled event's
    last_date: dt.date | None = None  # the last event's own date, for "Cùng ngày, …"
    paragraph_donor: str | None = None
    announced: set[tuple[str, int]] = set()  # items of a planned gift ("mong muốn trao tặng")
    high_flow = high_flow_counts(text)
    org_starts = [o.start for o in orgs_all]  # sorted: find_organisations returns text order
    paragraph_provinces: list[Mention] = []
    previous_end = 0
    # The vaccine of the Ministry's allocation decision the article reports, if any.
    allocated_vaccine = allocation_brand(sentences) if "phân bổ" in text else None
    ceremony_giver: str | None = None  # named by a receiving lead that lists no items
    roll_spans: list[tuple[int, int]] = []  # sentences read as roll calls of givers
    roll_recipient: str | None = None
    last: list[Sentence] = []
    for sentence in _join_item_lists(text, sentences):
        s, base = sentence.text, sentence.start
        sentence_before, last = last, [sentence]  # the one before, in the same paragraph
        if "\n" in text[previous_end : sentence.start]:
            paragraph_date, paragraph_donor = None, None  # a new paragraph
            recalled = False
            sentence_before = []
            paragraph_provinces = []
        previous_end = sentence.end
        own_date = event_date(sentence, lead_date, published)
        if own_date is not None and _THANKS_FOR_A_GIFT.search(s):
            own_date = None  # "Ngày 30.10, Sở Y tế … có Công văn … cảm ơn vì đã tặng": the letter's
        if own_date is not None and _TEAM_RETURNS.search(s):
            own_date = None  # "Chiều qua 20/10 đoàn … kết thúc đợt hỗ trợ": the return's date
        if own_date is not None:
            paragraph_date = last_date = own_date
            # "Như chúng tôi đã đưa tin, ngày 9/8 …": a recalled event, not the paragraph's
            recalled = bool(_RECALLED.match(s))
        elif SAME_DAY.search(s):
            own_date = paragraph_date = last_date
        elif CONTINUATION.search(s):
            own_date = paragraph_date
        elif BREAKDOWN.search(s) or ACCORDINGLY.match(s):
            # ("Theo đó, Hội … đã trao tặng 5.000 khẩu trang …": the lead's gift, on its day)
            own_date = paragraph_date or lead_date
        inherited = False
        if (
            own_date is None
            and paragraph_date is not None
            and not recalled
            and not _ELSEWHEN.match(s)
        ):
            own_date, inherited = paragraph_date, True  # continuing its dated paragraph
        headline = sentence.start < headline_end
        orgs = orgs_all[
            bisect.bisect_left(org_starts, sentence.start) : bisect.bisect_left(
                org_starts, sentence.end
            )
        ]
        # Where the paragraph's earlier sentences are ("tỉnh Quảng Nam phát động … Gần 60 đơn
        # vị … ủng hộ"): the recipient of a sentence that names none.
        earlier_provinces = paragraph_provinces
        paragraph_provinces = [
            *paragraph_provinces,
            # (the vaccine fund too: "… cho quỹ vắc xin của Chính phủ. Trong 210 tỉ đồng mà
            # Tập đoàn Tuần Châu ủng hộ, …" gives to the fund, not a province named before it)
            *(o for o in orgs if o.kind in {"province", "department"} or _is_fund(o)),
        ]
        receiving_verbs = list(RECEIVE.finditer(s))
        giving_verbs = list(GIVE.finditer(s))
        allocating = allocated_vaccine is not None and is_allocation_sentence(s)
        giving = allocating or bool(giving_verbs or receiving_verbs)
        sentence_items = find_items(s) if giving else []
        if allocating and allocated_vaccine is not None:
            recipients = [o for o in orgs if o.kind in {"province", "department", "hospital"}]
            for allocation in read_allocations(sentence, sentence_items, recipients):
                merge_event(
                    events, _allocation_event(allocation, allocated_vaccine), strong_donor=True
                )
            continue
        respective = (
            read_respective(
                s, sentence_items, [(o.start - base, o.end - base, o.name) for o in orgs]
            )
            if "lần lượt" in s and giving
            else None
        )
        if respective:
            givers = {g.donor for g in respective}
            after = [
                o for o in orgs if o.kind in {"province", "department"} and o.name not in givers
            ]
            roll_call = RollCall(0, False, respective)
            recipient_of_all = _province_of(after[0]) if after else focus
            for roll_event in _roll_events(roll_call, recipient_of_all, sentence, own_date):
                merge_event(events, roll_event, strong_donor=True)
            continue
        roll = read_roll_call(s, sentence_items) if len(sentence_items) >= 2 else None
        if roll is not None:
            roll_recipient = _roll_recipient(
                roll, sentence, orgs, orgs_all, roll_spans, roll_recipient, home or focus
            )
            roll_spans.append((sentence.start, sentence.end))
            roll_date = own_date or paragraph_date
            if roll.parts_of_a_total and _total_before(text, events, sentence, roll):
                # "… tiếp nhận thêm 2,5 tỷ đồng. Trong đó, A ủng hộ …; B …": the parts of
                # that total, on its day
                total = events.pop()
                roll_date = roll_date or (
                    dt.date.fromisoformat(total["date"]) if total["date"] else None
                )
            for roll_event in _roll_events(roll, roll_recipient, sentence, roll_date):
                merge_event(events, roll_event, strong_donor=True)
            continue
        receiving_at = {v.start() for v in receiving_verbs}
        all_verbs = sorted((*giving_verbs, *receiving_verbs), key=lambda v: v.start())
        planned = {
            v.start()
            for v in all_verbs
            if PLANNED_BEFORE.search(s[max(0, v.start() - 25) : v.start()])
        }
        verbs = [v for v in all_verbs if v.start() not in planned]
        if not all_verbs:
            continue
        if (own_date is None or inherited) and BACKGROUND_GIFT.search(s):
            continue
        items = sentence_items
        if receiving_verbs and not items:
            # "… tổ chức tiếp nhận quà tặng … của Hội Chữ thập Đỏ tỉnh X, …": the ceremony's
            # giver, for the items a later sentence lists as received.
            ceremony_giver = _giver_after(s, receiving_verbs[0].end(), orgs, base) or ceremony_giver
        if planned:
            # Items announced after "mong muốn trao tặng" are not given (yet).
            given = []
            for i in items:
                verb_before = max((v.start() for v in all_verbs if v.start() < i.start), default=-1)
                if verb_before in planned:
                    announced.add((i.code, i.quantity))
                else:
                    given.append(i)
            items = given
        # "Riêng 500.000 bộ kit test … (trong đó THACO đã trao 190.000 bộ …)": the announced
        # total named again is still announced; only the part handed over was given.
        items = [i for i in items if (i.code, i.quantity) not in announced]
        # "cần thêm 50 triệu liều", "đã mua 20 triệu liều": needed or bought, not given
        needed = [
            i
            for i in items
            if _NEEDED_OR_BOUGHT.search(s, max(0, i.start - 30), i.start) or on_its_way(s, i.end)
        ]
        announced.update((i.code, i.quantity) for i in needed)
        items = [i for i in items if i not in needed]
        # "hỗ trợ 40 triệu đồng xây dựng nhà tình nghĩa": another cause than the epidemic
        items = [i for i in items if not for_another_cause(s, i.start, i.end)]
        # "tặng quà cho 2 nhân viên y tế": the staff receive, they are not given
        items = [
            i
            for i in items
            if i.code != "medical_staff"
            or not _STAFF_RECEIVE.search(s, max(0, i.start - 30), i.start)
        ]
        # "20 bộ máy thở đa năng" named elsewhere "20 máy thở ô xy dòng cao HFNC": high-flow.
        items = [i for i in items if i.code != "ventilator" or i.quantity not in high_flow]
        if not items or not verbs:
            continue
        verbs.sort(key=lambda v: v.start())
        # A verb with its own subject ("Bệnh viện Thống Nhất chia sẻ") opens a new event.
        segments: list[tuple[int, int, re.Match[str], Mention | None]] = []
        passive_receivers: dict[int, Mention] = {}
        for verb in verbs:
            subject = subject_before(s, verb.start(), orgs, base)
            if subject is None and verb.start() not in receiving_at:
                subject = clause_subject(s, verb.start(), orgs, base)
            start = subject.start - base if subject else verb.start()
            if segments and not subject:
                continue
            if segments and subject and re.search(r"\bdo\s+$", s[: subject.start - base]):
                # Passive: "200 máy thở … do tập đoàn Sovico trao tặng cho Bộ Y tế".
                prev_start, prev_end, prev_verb, prev_subject = segments[-1]
                if prev_verb.start() in receiving_at and prev_subject is not None:
                    # "Bệnh viện X đã tiếp nhận 30 máy … do UNICEF viện trợ": X received.
                    passive_receivers[prev_start] = prev_subject
                segments[-1] = (prev_start, prev_end, verb, subject)
                continue
            if segments:
                prev_start, _, prev_verb, prev_subject = segments[-1]
                segments[-1] = (prev_start, start, prev_verb, prev_subject)
            segments.append((0 if not segments else start, len(s), verb, subject))
        for seg_start, seg_end, verb, subject in segments:
            seg_items = [i for i in items if seg_start <= i.start < seg_end]
            if "được" in s:
                # "… chương trình … kêu gọi được 1,3 tỷ đồng ủng hộ miền Trung": a campaign's
                # takings, no gift
                seg_items = [i for i in seg_items if not raised_by_a_campaign(s, i.start)]
            if not seg_items:
                continue
            receiving = verb.start() in receiving_at
            received_so_far = _SO_FAR.search(s) and any(
                r.start() < seg_items[0].start for r in receiving_verbs
            )
            if (
                (receiving and RUNNING_TOTAL.search(s))
                or received_so_far
                or _period_tally(s)
                or over_months(s)
            ):
                announced.update((i.code, i.quantity) for i in seg_items)
                continue  # "từ đầu tháng 5 đến nay … đã nhận được gần 100 tỉ": a running total
            by_donor: dict[str, tuple[Mention | None, list[Item], bool]] = {}
            for item in seg_items:
                if item.code == "medical_staff":
                    owner = staff_owner(s, item, orgs, base)
                else:
                    owner = goods_owner(s, item, orgs, base)  # "30 xe cứu thương của Bộ …"
                donor = owner or subject or listed_giver(s, item, orgs, base)
                if donor is None:
                    # "Các doanh nghiệp trên địa bàn tỉnh X ủng hộ …": X is where, not who
                    before = [
                        o
                        for o in orgs
                        if seg_start <= o.start - base < verb.start()
                        and not (
                            o.kind == "province" and _WHERE_BEFORE.search(s, 0, o.start - base)
                        )
                    ]
                    donor = before[-1] if before else None
                    strong = False
                else:
                    strong = True
                key = donor.name if donor else ""
                by_donor.setdefault(key, (donor, [], strong))[1].append(item)
            for donor_name, (donor, donor_items, strong) in by_donor.items():
                donor_label = donor_name or None
                confidence = 0.9 if strong else (0.7 if donor else 0.6)
                if donor is None and paragraph_donor and CONTINUATION.search(s):
                    donor_label = paragraph_donor  # "Ngoài ra, Tập đoàn cũng trao …"
                    confidence = 0.7
                elif (
                    donor is None
                    and BREAKDOWN.search(s)
                    and earlier_provinces
                    and not _is_fund(earlier_provinces[0])
                ):
                    # "Tỉnh A trích 800 triệu đồng để hỗ trợ. Trong đó, hỗ trợ tỉnh B 500
                    # triệu đồng; …": the parts of a sum the paragraph's subject gave.
                    donor_label = earlier_provinces[0].name
                    confidence = 0.6
                elif (
                    donor is None and _TALLY.search(s) and article_giver(sentence_before, orgs_all)
                ):
                    # "Tổng giá trị tài trợ trên chưa bao gồm chương trình 3.200 máy thở …":
                    # earlier gifts of the giver the sentence before names
                    donor_label = article_giver(sentence_before, orgs_all)
                    confidence = 0.6
                elif (
                    donor is None
                    and OCCASION.search(s)
                    and article_giver(sentences, orgs_all)
                    and not givers_a_counted_group(s, verb.end())
                ):
                    # "Tại lễ bàn giao, lô thiết bị gồm …"
                    donor_label = article_giver(sentences, orgs_all)
                    confidence = 0.6
                elif donor is None and donor_items[0].code == "medical_staff":
                    # "Hai đoàn công tác … của tỉnh Quảng Trị …. Đoàn còn lại là đoàn 35
                    # y bác sĩ … hỗ trợ tỉnh Bình Dương": the team's province, named before.
                    team_of = [
                        p
                        for p in orgs_all
                        if p.kind == "province"
                        and p.end <= base + verb.start()
                        and re.search(
                            r"(?:của|thuộc)\s+(?:tỉnh\s+|thành phố\s+)?$", text[: p.start]
                        )
                    ]
                    if team_of:
                        donor_label = team_of[-1].name
                        confidence = 0.6
                if donor_label is None and use_ner:
                    donor_label = ner_donor(s)
                    confidence = 0.5
                provinces = [o for o in orgs if o.kind == "province" and o.name != donor_name]
                # "20 tỷ đồng cho Ủy ban Trung ương MTTQ Việt Nam và 30 tỷ đồng cho Ủy ban
                # MTTQ Thành phố Hồ Chí Minh": a body named after its own item receives it.
                receivers = [
                    o
                    for o in orgs
                    if o.kind in {"province", "department", "body"} and o.name != donor_name
                ]
                in_seg_after = [
                    p
                    for p in provinces
                    if seg_start <= p.start - base < seg_end and p.start - base > verb.start()
                ]
                in_seg = [
                    p
                    for p in provinces
                    if seg_start <= p.start - base < seg_end
                    and not _in_brackets(s, p.start - base, p.end - base)
                ]
                after = [p for p in provinces if p.start - base > verb.start()]
                # "... cho Chính phủ Việt Nam": a body, hospital or company may receive it.
                given_to = [
                    o
                    for o in orgs
                    if verb.end() <= o.start - base < seg_end
                    and o.name != donor_name
                    and o.kind not in {"province", "person"}
                    # "trao tặng Bộ Quốc phòng Việt Nam 200.000 liều": the verb's object
                    and (
                        o.kind == "hospital"
                        or re.search(r"(?:cho|tặng)\s+$", s[: o.start - base])
                        # "ủng hộ Quỹ vắc xin phòng, chống COVID-19 100 tỷ đồng"
                        or (
                            o.name.startswith("Quỹ")
                            and re.search(r"(?:ủng hộ|vào|tới|đến|góp)\s+$", s[: o.start - base])
                        )
                        # "điều chuyển … đến Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh"
                        or (
                            o.kind == "department"
                            and re.search(r"(?:đến|tới)\s+$", s[: o.start - base])
                        )
                    )
                ]
                # (not "Công ty A (TP. Hồ Chí Minh) trao …": the giver's seat in brackets)
                named_before = [
                    p
                    for p in earlier_provinces
                    if p.name != donor_label and not _in_brackets(s, p.start - base, p.end - base)
                ]
                recipient: str | None = named_before[-1].name if named_before else focus
                if not named_before and with_the_government(s):
                    recipient = None  # "Cùng Chính phủ chống dịch, X quyên góp 1 tỷ đồng"
                if not named_before and home and _UNNAMED_OWN_PROVINCE.search(s):
                    # "… vào Quỹ phòng chống dịch của tỉnh" on a provincial outlet's page: the
                    # outlet's province, not the province the article names most
                    recipient = home
                recipient_facility: str | None = None
                receiver_first = passive_receivers.get(seg_start)
                if receiver_first is not None:
                    given_to = [receiver_first]
                    if receiver_first.kind in {"province", "department"}:
                        given_to, in_seg_after = [], [receiver_first]
                hospital = given_to[0] if given_to and given_to[0].kind == "hospital" else None
                if hospital is not None:
                    # A hospital received it: the schema's recipient is its province when
                    # the name says it ("Bệnh viện Đa khoa tỉnh Bạc Liêu"); the registry
                    # maps the others at review time.
                    recipient_facility = hospital.name
                    named = find_provinces(hospital.text)
                    given_to = []
                    if named:
                        in_seg_after = named
                if in_seg_after:
                    recipient = in_seg_after[0].name
                elif given_to:
                    recipient = given_to[0].name
                elif in_seg or after:
                    recipient = (in_seg or after)[0].name
                if receiving and _LISTED_BEFORE.search(s, 0, verb.start()):
                    continue  # "Lâm Đồng, An Giang, Đồng Tháp tiếp nhận 35 tỉ": a sum of several
                if not receiving and shared_by_two_provinces(s, verb.end(), provinces, base):
                    continue  # "… 50.000 bộ kit … cho tỉnh Thanh Hoá và Kiên Giang": no count each
                if receiving:
                    # "Bộ Y tế tiếp nhận 10 máy thở do Quỹ Temasek viện trợ"
                    giver = [
                        o
                        for o in orgs
                        if o.start - base > verb.start()
                        and re.search(r"(?:do|từ|của)\s+$", s[: o.start - base])
                    ]
                    # (the verb's subject receives, not the owner "của X" of the goods: X gives)
                    receiver = subject or donor
                    donor_label = giver[0].name if giver else ceremony_giver
                    if donor_label is None and ACCORDINGLY_RECEIVED.match(s):
                        # "Theo đó, Sở Y tế đã tiếp nhận 55 nghìn test …": the lead's gift
                        donor_label = article_giver(sentences, orgs_all)
                    recipient = receiver.name if receiver else recipient
                if not in_seg_after and not given_to:
                    # "nhận được thông tin cần hỗ trợ của Hà Nội, …": whose need it answers
                    asked = asked_by(s, provinces, base)
                    if asked is not None and asked != donor_label:
                        recipient = asked
                if donor_label is None and _OWN_PROVINCE_GIVES.search(s, 0, verb.start()):
                    continue  # "UBND tỉnh đã bàn giao 2 xe … cho ngành Y tế": its own means
                if donor_label is None and not in_seg_after and _OWN_BODY_GIVES.search(s):
                    continue  # "Ủy ban MTTQ tỉnh cũng đã điều chuyển 130 triệu đồng phục vụ …"
                if recipient is not None and recipient == donor_label:
                    continue  # a province's own resources, or a recipient we cannot name
                if not in_seg_after and not given_to and MANY_RECIPIENTS.search(s, verb.end()):
                    continue  # "bàn giao 715 máy thở … cho các địa phương": no single recipient
                if WITH_ITS_REGION.search(s):
                    continue  # "TP Hồ Chí Minh và các tỉnh phía Nam": no single recipient
                if not in_seg_after and not given_to and PRIVATE_RECEIVERS.search(s, verb.end()):
                    continue  # "hỗ trợ cho các đối tác thuê mặt bằng": its own partners
                if len(in_seg_after) >= 2 and re.fullmatch(
                    r"\s*(?:và|,|cùng)\s*", text[in_seg_after[0].end : in_seg_after[1].start]
                ):
                    continue  # "cho Thanh Hóa và Kiên Giang": no single recipient's quantity
                if (
                    donor_label in FOREIGN_COUNTRIES
                    and receiver_first is None  # "Hà Nội tiếp nhận … do Nhật Bản viện trợ"
                    and in_seg_after
                    and recipient == in_seg_after[0].name
                    and not _GIVEN_RIGHT_AFTER.fullmatch(
                        s, verb.end(), in_seg_after[0].start - base
                    )
                ):
                    # "liều Moderna do Đức hỗ trợ đã tới Hà Nội", "Đức hỗ trợ Việt Nam … dự
                    # kiến về Hà Nội": where a country's gift lands or goes on to is not who
                    # receives it (the annotation's "Chính phủ"); "Úc tặng TP HCM" is.
                    recipient = None
                if (
                    donor_label is not None
                    and not in_seg_after
                    and not given_to
                    and _VIET_NAM_RECEIVES.search(s, seg_start, donor_items[0].start)
                ):
                    # "Việt Nam tiếp nhận 2.000 liều … do Chính phủ Liên bang Nga viện trợ": the
                    # country receives (the annotation's "Chính phủ"), not the page's province.
                    recipient = "Chính phủ"
                if recipient is None and (
                    _TO_VIET_NAM.match(s, verb.end()) or donor_label in FOREIGN_COUNTRIES
                ):
                    recipient = "Chính phủ"  # a foreign gift "cho Việt Nam" (the annotation's)
                if recipient is None and donor_label:
                    # "Hội Chữ thập đỏ Thành phố Hồ Chí Minh trao … đến 02 Trạm y tế phường
                    # …": a province's branch gives within its province.
                    recipient = branch_province(donor_label)
                if recipient is None:
                    confidence = min(confidence, 0.5)
                sender = subject if subject and donor and subject.name != donor.name else None
                # "50 máy thở cho tỉnh Bạc Liêu và 30 máy thở cho tỉnh Cà Mau": an item
                # followed by its own "cho …" goes there.
                by_recipient: dict[tuple[str | None, str | None], list[dict[str, Any]]] = {}
                for item in donor_items:
                    detail = item.detail
                    if not detail and item.code not in {"money_vnd", "medical_staff"}:
                        detail = places_after(s, item.end) or device_detail(s, item.end)
                    if not detail and sum(i.code == item.code for i in items) > 1:
                        # only a grade that tells the lines apart: not "N95" on every line
                        grades = {_line_grade(s, i, items) for i in items if i.code == item.code}
                        detail = _line_grade(s, item, items) if len(grades) > 1 else ""
                    if item.code == "medical_staff" and sender and sender.kind == "department":
                        detail = f"sent by {sender.text}"
                    following = [i.start for i in items if i.start > item.start]
                    own = (
                        fund_right_after(s, item.end, receivers, base)
                        or units_of(s, item.end, following[0] if following else seg_end, orgs, base)
                        or own_recipient(
                            s,
                            item.end,
                            following[0] if following else seg_end,
                            receivers,
                            base,
                            arrival_counts=donor_label not in FOREIGN_COUNTRIES,
                        )
                        or province_named_before(s, item.start, verb.end(), provinces, base)
                    )
                    if for_several_provinces(s, item.end, following, provinces, base):
                        continue  # "34 máy thở … cho Quảng Nam, Quảng Ngãi": no count for each
                    item_donor = donor_label
                    if receiving:
                        # "tiếp nhận 100 máy thở từ Tập đoàn A và 50 máy thở từ Công ty B"
                        next_start = following[0] if following else seg_end
                        item_donor = giver_of(s, item.end, next_start, orgs, base) or donor_label
                    by_recipient.setdefault((own or recipient, item_donor), []).append(
                        {
                            "item": item.code,
                            "quantity": item.quantity,
                            "detail": detail,
                            "span": [base + item.start, base + item.end],
                        }
                    )
                for (item_recipient, item_donor), out_items in by_recipient.items():
                    if item_recipient is not None and item_recipient == item_donor:
                        continue
                    if (
                        item_donor is None
                        and item_recipient
                        and all(i["item"] == "medical_staff" for i in out_items)
                    ):
                        # "1 đoàn 20 cán bộ, nhân viên y tế … hỗ trợ tỉnh Bình Dương" in an
                        # article on Thanh Hóa's teams: the article's other province sends them
                        item_donor = _sending_province(orgs_all, {p.name for p in provinces})
                    event: dict[str, Any] = {
                        "donor": item_donor,
                        "recipient": item_recipient,
                        "recipient_facility": (
                            recipient_facility if item_recipient == recipient else None
                        ),
                        "items": out_items,
                        "date": iso_date(own_date),
                        "span": [sentence.start, sentence.end],
                        "confidence": confidence,
                    }
                    if headline:
                        event["headline"] = True
                    if item_donor:
                        paragraph_donor = item_donor
                    merge_event(events, event, strong_donor=strong)
    # "… trao 29 máy thở … . Số máy thở này do Tập đoàn X tài trợ.": the giver named after
    for event in givers_named_after(sentences, orgs_all, events, focus, lead_date):
        merge_event(events, event, strong_donor=True)
    events = parts_replace_their_total(text, events)
    events = named_parts_replace_an_unnamed_total(text, events)
    # A headline sums up or repeats the body ("… ủng hộ 50 máy tạo oxy" over 40 + 10):
    # when the body reports the same item, the body's events stand.
    body_items = {(item["item"]) for e in events if not e.get("headline") for item in e["items"]}
    kept = []
    for event in events:
        if gives_within_its_province(event["donor"], event["recipient"]):
            continue
        if event.pop("headline", False):
            # (nor does a headline repeating a sum the body tells as a running total or a
            # planned gift: "Tiếp nhận trên 48 tỷ đồng …" over "Tính từ … đến nay, … đã tiếp
            # nhận trên 48 tỷ đồng")
            event["items"] = [
                i
                for i in event["items"]
                if i["item"] not in body_items and (i["item"], i["quantity"]) not in announced
            ]
            if not event["items"]:
                continue
        kept.append(event)
    return kept


# "Việt Nam đã tiếp nhận 500.000 liều …", "Việt Nam nhận thêm …": the country as the
# receiving verb's subject.
_VIET_NAM_RECEIVES = re.compile(
    r"(?<![\wà-ỹ])Việt Nam\s+(?:(?:đã|vừa|cũng|sẽ|mới|chính thức|tiếp tục)\s+)*"
    r"(?:tiếp nhận|nhận được|nhận)(?![\wà-ỹ])"
)
# "tặng 400.000 liều vắc xin AstraZeneca cho Việt Nam", "tặng Việt Nam 1 triệu liều"
_TO_VIET_NAM = re.compile(r"(?:[^;]{0,80}?\scho)?\s+Việt Nam(?![\wà-ỹ])(?!\s*[-–])")


# The province's own fund or front, unnamed: "Quỹ phòng chống dịch Covid-19 của tỉnh", "Ủy
# ban MTTQ Việt Nam tỉnh tiếp nhận", "cho công tác phòng chống dịch của tỉnh".
def _sending_province(orgs: list[Mention], receivers: set[str]) -> str | None:
    """The province the article names most, other than the sentence's: the one a team of
    its medical staff comes from, when a single one is named most."""
    counts: dict[str, int] = {}
    for org in orgs:
        if org.kind in {"province", "department"}:
            name = branch_province(org.name) if org.kind == "department" else org.name
            if name and name not in receivers:
                counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=lambda name: counts[name])


def _is_fund(org: Mention) -> bool:
    """The national vaccine fund (gazetteer's mention, any wording)."""
    return org.kind == "body" and org.name.startswith("Quỹ")


def _in_brackets(s: str, start: int, end: int) -> bool:
    """The name alone in brackets: "(TP. Hồ Chí Minh)", "(tỉnh Long An)"."""
    return s[:start].rstrip().endswith("(") and s[end:].lstrip().startswith(")")


_UNNAMED_OWN_PROVINCE = re.compile(
    r"(?:của|cho|MTTQ(?: Việt Nam)?|Mặt trận Tổ quốc(?: Việt Nam)?) tỉnh(?![\wà-ỹ])(?!\s+[A-ZĐ])"
)
# The province's own government as the subject, unnamed: it hands its means to its sectors.
_OWN_PROVINCE_GIVES = re.compile(
    r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) (?:tỉnh|thành phố)"
    r"\s+(?:(?:đã|vừa|cũng|sẽ)\s+)*$"
)
# A letter of thanks for a gift made before: its date is the letter's, not the gift's.
_THANKS_FOR_A_GIFT = re.compile(
    r"cảm ơn[^.;]{0,80}?\b(?:vì|do|đã)\s+(?:đã\s+)?(?:trao tặng|tặng|ủng hộ|hỗ trợ|tài trợ)"
)
# A tally of earlier gifts: "Tổng giá trị tài trợ trên chưa bao gồm …", "chưa kể …".
_TALLY = re.compile(r"\b(?:chưa bao gồm|chưa kể|không kể)\b")
_RECALLED = re.compile(r"Như [^,]{0,30}đã (?:đưa tin|thông tin)")
# A sentence that moves to another time: "Trước đó, …", "Sau đó, …", "Năm 2020, …".
_ELSEWHEN = re.compile(r"(?:Trước đó|Sau đó|Trước đây|Hôm trước|Năm\s+\d{4}|Tháng\s+\d)")
_STAFF_RECEIVE = re.compile(r"(?:cho|tới|đến|thăm hỏi|động viên)\s+(?:các\s+|những\s+)?$")
# The province's own government or front, unnamed, as a giving verb's subject anywhere in
# the sentence: what it hands on goes to its own units.
_OWN_BODY_GIVES = re.compile(
    r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|(?:Ủy|Uỷ) ban MTTQ(?: Việt Nam)?"
    r"|(?:Ủy|Uỷ) ban Mặt trận Tổ quốc(?: Việt Nam)?) (?:tỉnh|thành phố)"
    r"\s+(?:(?:đã|vừa|cũng|sẽ|tiếp tục)\s+)*"
    r"(?:điều chuyển|chuyển|trao|tặng|hỗ trợ|ủng hộ|bàn giao|cấp|phân bổ)(?![\wà-ỹ])"
)
# "Tính từ đợt phát động … đến nay, Ban Thường trực … đã tiếp nhận trên 48 tỷ đồng": what
# was received so far, whichever verb heads the sentence.
# "Từ ngày 25-3 đến 15h ngày 27-3, có 11 đơn vị, cá nhân trao ủng hộ, với tổng số tiền …",
# "Trong tuần qua, hơn 200 tổ chức, cá nhân đã đóng góp …": the sum of many givers over a
# period, a running total, not one gift (a ceremony's "Gần 60 đơn vị … ủng hộ với tổng số
# tiền …" on its day is one).
_GIVER_WORD = r"(?:đơn vị|tập thể|tổ chức|doanh nghiệp|cá nhân|cơ quan|nhà hảo tâm)"
_COUNTED_GIVERS = re.compile(
    rf"(?<![\d.,])\d+\s+(?:lượt\s+)?{_GIVER_WORD}(?:\s*(?:,|và)\s*{_GIVER_WORD})*"
    r"[^.;\d]{0,30}?(?:ủng hộ|trao|đóng góp|tài trợ|quyên góp)"
)
_OVER_A_PERIOD = re.compile(
    r"[Tt]ừ (?:ngày\s+)?\d{1,2}[-/.]\d{1,2}[^.;]{0,30}?\sđến\b"
    r"|[Tt]rong (?:tuần|tháng|\d+ ngày) qua"
)


def _period_tally(s: str) -> bool:
    return _COUNTED_GIVERS.search(s) is not None and _OVER_A_PERIOD.search(s) is not None


_SO_FAR = re.compile(r"[Đđ]ến nay|[Tt]ừ đầu|[Tt]ính đến|[Ll]ũy kế|[Ll]uỹ kế")
_NEEDED_OR_BOUGHT = re.compile(
    # ("Việt Nam sắp có thêm 2000 máy thở", "sẽ nhận thêm": to come, not given)
    r"(?:cần|thiếu|mua|mua sắm|nhập khẩu|đặt mua|đặt hàng|đề nghị cấp|xin cấp"
    r"|(?:sắp|sẽ)\s+(?:có|nhận|nhận được|tiếp nhận))"
    r"\s+(?:thêm\s+|khoảng\s+|gần\s+|hơn\s+|trên\s+)*$"
)
# A province a country gives to by name, right after its verb: "Úc tặng (cho) TP HCM …".
_GIVEN_RIGHT_AFTER = re.compile(r"\s*(?:cho\s+)?(?:(?:tỉnh|thành phố|TP\.?)\s*)?")


def _giver_after(s: str, position: int, orgs: list[Mention], base: int) -> str | None:
    """The first giver named "của/do/từ X" after a receiving verb."""
    for org in orgs:
        at = org.start - base
        if at > position and org.kind != "province" and re.search(r"(?:do|từ|của)\s+$", s[:at]):
            return org.name
    return None


def _roll_recipient(
    roll: RollCall,
    sentence: Sentence,
    orgs: list[Mention],
    orgs_all: list[Mention],
    roll_spans: list[tuple[int, int]],
    last: str | None,
    fallback: str | None,
) -> str | None:
    """Who receives a roll call: the province named before its first clause ("Ủy ban MTTQ
    tỉnh Quảng Ninh tiếp nhận … gồm:"), else the article's previous roll's receiver, else
    the last province named before it outside other rolls (whose givers' names hold
    provinces: "Bệnh viện Phụ sản Hà Nội"), else the outlet's province or the article's."""
    head = [
        o
        for o in orgs
        if o.kind in {"province", "department"} and o.start < sentence.start + roll.head_end
    ]
    if head:
        return _province_of(head[-1])
    if last:
        return last
    before = [
        o
        for o in orgs_all
        if o.kind in {"province", "department"}
        and o.end <= sentence.start
        and not any(start <= o.start < end for start, end in roll_spans)
    ]
    return _province_of(before[-1]) if before else fallback


def _province_of(mention: Mention) -> str:
    named = find_provinces(mention.text) if mention.kind == "department" else []
    return named[-1].name if named else mention.name


def _total_before(
    text: str, events: list[dict[str, Any]], sentence: Sentence, roll: RollCall
) -> bool:
    """The event just before a roll that opens "Trong đó, …" is the total of its parts
    when nobody is named as its giver ("tiếp nhận thêm 2,5 tỷ đồng … từ nhiều đơn vị")."""
    if not events or events[-1]["donor"] is not None:
        return False
    previous = events[-1]
    codes = {g.item.code for g in roll.gifts}
    return {i["item"] for i in previous["items"]} <= codes and not DIGIT.search(
        text[previous["span"][1] : sentence.start]
    )


def _roll_events(
    roll: RollCall, recipient: str | None, sentence: Sentence, date: dt.date | None
) -> list[dict[str, Any]]:
    return [
        {
            "donor": gift.donor,
            "recipient": recipient,
            "recipient_facility": None,
            "items": [_item_record(gift.item, sentence.start)],
            "date": iso_date(date),
            "span": [sentence.start, sentence.end],
            "confidence": 0.7,
        }
        for gift in roll.gifts
    ]


def _allocation_event(allocation: Allocation, vaccine: str) -> dict[str, Any]:
    record = _item_record(allocation.item, allocation.sentence.start)
    record["detail"] = record["detail"] or allocation.brand or vaccine
    return {
        "donor": ALLOCATOR,
        "recipient": allocation.recipient,
        "recipient_facility": allocation.facility,
        "items": [record],
        "date": None,  # "vừa có quyết định phân bổ": the decision's day is rarely given
        "span": [allocation.sentence.start, allocation.sentence.end],
        "confidence": 0.7,
    }


def _item_record(item: Item, base: int) -> dict[str, Any]:
    return {
        "item": item.code,
        "quantity": item.quantity,
        "detail": item.detail,
        "span": [base + item.start, base + item.end],
    }


# "1.000 bộ đồ bảo hộ … cấp độ 1; 500 bộ … cấp độ 3", "20.000 khẩu trang (4 lớp), 2.000
# khẩu trang N95": the grade that tells two lines of one item apart
# (docs/intake-annotation.md, "detail").
_GRADE = re.compile(
    r"(?:cấp độ|loại|size|cỡ)\s+(?:[1-4]|[A-Z]{1,3})(?![\w/])"
    r"|(?<![\w])(?:[2-5]\s+lớp|K?N95|KF94|FFP[123])(?![\w/])"
)


def _line_grade(s: str, item: Item, items: list[Item]) -> str:
    """The grade written after an item, before the next item or clause."""
    following = [i.start for i in items if i.start > item.start]
    end = min([*following, len(s)])
    semicolon = s.find(";", item.end, end)
    grade = _GRADE.search(s, item.end, semicolon if semicolon >= 0 else end)
    return grade.group() if grade else ""


_WHERE_BEFORE = re.compile(r"(?:trên địa bàn|tại|ở)\s+(?:(?:tỉnh|thành phố|TP\.?)\s*)?$")
_TEAM_RETURNS = re.compile(r"kết thúc (?:đợt|nhiệm vụ)|hoàn thành nhiệm vụ|trở về địa phương")
# "Lô thiết bị gồm: …", "Cụ thể, …": a sentence that lists what the one before gave.
_ITEM_LIST_OPENER = re.compile(
    r"^(?:Cụ thể|Lô (?:thiết bị|hàng|vật tư)[^,.:;]{0,40}?(?:gồm|bao gồm)|(?:Bao )?[Gg]ồm"
    r"|Trong đó|Số (?:thiết bị|hàng|vật tư)[^,.:;]{0,30}?(?:gồm|bao gồm))"
)


def _join_item_lists(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """A gift reported without items ("… tiếp nhận lô thiết bị y tế do … trao tặng.") and
    the next sentence of its paragraph that lists them ("Lô thiết bị gồm: 20 máy thở, …")
    are read as one sentence, so that the list gets the giver, receiver and date."""
    joined: list[Sentence] = []
    for sentence in sentences:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and "\n" not in text[previous.end : sentence.start]
            and _ITEM_LIST_OPENER.match(sentence.text)
            and (GIVE.search(previous.text) or RECEIVE.search(previous.text))
            and not find_items(previous.text)
            and find_items(sentence.text)
        ):
            joined[-1] = Sentence(previous.start, sentence.end, text[previous.start : sentence.end])
            continue
        joined.append(sentence)
    return joined


# Receivers listed before the verb: "Lâm Đồng, An Giang, Đồng Tháp tiếp nhận …".
_LISTED_BEFORE = re.compile(
    rf"{CAP_WORD}(?: {CAP_WORD})*,\s+{CAP_WORD}(?: {CAP_WORD})*(?:,|\s+và)\s+"
)
