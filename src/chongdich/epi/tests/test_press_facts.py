"""The extractor against the five seeds' annotations and on sentences the press writes."""

import datetime as dt
import json
from pathlib import Path

import pytest

from chongdich.epi.press_eval import fact_tuples, score
from chongdich.epi.press_facts import extract_facts, split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "data" / "seeds"
GOLD = [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text().splitlines() if line]
# Annotators paraphrased two staff details in English; they are free text, not facts.
FREE_TEXT = {
    "stay until the outbreak is controlled",
    "4 doctors, 12 nurses/technicians, plus an x-ray team",
}


def _extract(record):
    text = (SEEDS / record["file"]).read_text(encoding="utf-8")
    facts = extract_facts(text, dt.date.fromisoformat(record["published"]), use_ner=False)
    return {"file": record["file"], "published": record["published"], **facts.as_dict()}


@pytest.mark.parametrize("record", GOLD, ids=[r["file"][:3] for r in GOLD])
def test_each_seed_extracts_to_its_gold_facts(record):
    got = fact_tuples(_extract(record))
    want = fact_tuples(record)
    for field in set(got) | set(want):
        if field == "support.detail":
            want_detail = {t for t in want[field] if t[-1] not in FREE_TEXT}
            got_detail = {
                t
                for t in got[field]
                if t[:-1] not in {w[:-1] for w in want[field] if w[-1] in FREE_TEXT}
            }
            assert got_detail == want_detail
        else:
            assert got.get(field, set()) == want.get(field, set()), field


def test_the_seeds_score_above_the_aim_over_all_facts():
    rows = {row.field: row for row in score([_extract(r) for r in GOLD], GOLD)}
    assert rows["support.item"].f1 == 1.0
    assert rows["ALL"].f1 >= 0.9


def test_statistics_keep_their_source_span():
    text = "Tính đến ngày 31/10, Bạc Liêu ghi nhận 2.828 ca dương tính, 23 ca tử vong."
    stat = extract_facts(text, dt.date(2021, 10, 31)).province_stats[0]
    start, end = stat["spans"]["cumulative_cases"]
    assert text[start:end] == "2.828"
    assert stat["as_of"] == "2021-10-31"
    assert 0 < stat["confidence"] <= 1


def test_nearly_is_an_upper_bound_not_a_lower_one():
    stat = extract_facts("Tổng số ca của tỉnh Cà Mau lên gần 9.000.", None).province_stats[0]
    assert stat["cumulative_cases"] == 9000
    assert stat["cumulative_is_lower_bound"] is None


def test_each_province_gets_its_own_figures():
    text = (
        "Tính đến ngày 5/9, tỉnh Long An ghi nhận 30.112 ca dương tính. "
        "Tính đến ngày 5/9, Tiền Giang ghi nhận 10.020 ca dương tính, 210 ca tử vong."
    )
    stats = {s["province"]: s for s in extract_facts(text, dt.date(2021, 9, 5)).province_stats}
    assert stats["Long An"]["cumulative_cases"] == 30112
    assert stats["Long An"]["deaths"] is None
    assert stats["Tiền Giang"]["deaths"] == 210


def test_national_figures_are_not_a_province():
    text = "Tính đến ngày 31/10, cả nước ghi nhận 921.122 ca dương tính."
    stat = extract_facts(text, dt.date(2021, 10, 31)).province_stats[0]
    assert stat["scope"] == "national" and stat["province"] is None


def test_dates_without_a_resolvable_year_are_null():
    text = "Sáng 31.10, tỉnh Bình Dương hỗ trợ tỉnh Bạc Liêu 15 máy thở."
    event = extract_facts(text, None).support_events[0]
    assert event["date"] is None
    assert event["items"][0]["item"] == "ventilator"


def test_a_period_count_is_not_a_cumulative_total():
    text = (
        "Từ ngày 1.10 đến nay, qua xét nghiệm sàng lọc tại Bạc Liêu, "
        "phát hiện 710 trường hợp dương tính."
    )
    assert extract_facts(text, dt.date(2021, 10, 31)).province_stats == []


def test_items_map_to_catalogue_codes():
    text = (
        "Công ty Vingroup trao tặng tỉnh Sóc Trăng 20 máy thở, 50 máy tạo oxy, "
        "1.000 nhiệt kế, 2 máy xét nghiệm RT-PCR và 500 triệu đồng."
    )
    event = extract_facts(text, None).support_events[0]
    assert event["donor"] == "Công ty Vingroup"
    assert event["recipient"] == "Sóc Trăng"
    got = {(i["item"], i["quantity"]) for i in event["items"]}
    assert got == {
        ("ventilator", 20),
        ("oxygen_concentrator", 50),
        ("thermometer", 1000),
        ("pcr_machine", 2),
        ("money_vnd", 500_000_000),
    }


def test_the_sentence_splitter_keeps_numbers_and_city_abbreviations_whole():
    sentences = split_sentences(
        "Ngày 31.10 có 2.828 ca tại TP.HCM và Bạc Liêu.Theo ông Thiều, dịch tăng."
    )
    assert [s.text for s in sentences] == [
        "Ngày 31.10 có 2.828 ca tại TP.HCM và Bạc Liêu.",
        "Theo ông Thiều, dịch tăng.",
    ]


def test_text_that_is_not_a_string_is_refused():
    with pytest.raises(TypeError, match="bytes"):
        extract_facts(b"abc", None)  # type: ignore[arg-type]


def test_a_bulletin_list_gives_each_province_its_new_cases():
    text = (
        "Trong ngày, các địa phương ghi nhận ca mắc mới gồm: Kiên Giang (1.204), "
        "TP. HCM (2.310), Bạc Liêu (57) và Hủa Phăn (Lào) không có ca nào."
    )
    stats = {s["province"]: s for s in extract_facts(text, dt.date(2021, 9, 1)).province_stats}
    assert {p: s["new_cases_24h"] for p, s in stats.items()} == {
        "Kiên Giang": 1204,
        "TP HCM": 2310,
        "Bạc Liêu": 57,
    }
    assert stats["Bạc Liêu"]["as_of"] == "2021-09-01"


def test_an_accumulated_list_gives_totals():
    text = "Số nhiễm tích lũy cao nhất: Bình Dương (12.023), Long An (4.216)."
    stats = {s["province"]: s for s in extract_facts(text, None).province_stats}
    assert stats["Bình Dương"]["cumulative_cases"] == 12023
    assert stats["Long An"]["new_cases_24h"] is None
