"""The Ministry of Health's allocations of vaccine doses, on sentences invented for the test
(not taken from any corpus file)."""

import datetime as dt

from chongdich.epi.gazetteer import find_organisations, hospital_province
from chongdich.epi.press_facts import extract_facts, split_sentences


def _gifts(text, published=dt.date(2021, 9, 1)):
    return sorted(
        (e["donor"], e["recipient"], i["item"], i["quantity"], i["detail"])
        for e in extract_facts(text, published, use_ner=False).support_events
        for i in e["items"]
    )


def test_each_recipient_of_an_allocation_gets_its_share_from_the_ministry():
    gifts = _gifts(
        "Bộ Y tế vừa ban hành quyết định phân bổ 1,2 triệu liều vắc xin Pfizer cho các địa "
        "phương. Theo đó, Quảng Ninh được phân bổ nhiều nhất với 90.000 liều, Bắc Giang có "
        "60.000 liều, Lạng Sơn 25.000 liều…\n\nCác tỉnh miền Tây nhận 80.000 liều."
    )
    assert gifts == [
        ("Bộ Y tế", "Bắc Giang", "vaccine_dose", 60000, "Pfizer"),
        ("Bộ Y tế", "Lạng Sơn", "vaccine_dose", 25000, "Pfizer"),
        ("Bộ Y tế", "Quảng Ninh", "vaccine_dose", 90000, "Pfizer"),
    ]


def test_names_share_one_quantity_only_when_each_is_said_to_get_it():
    gifts = _gifts(
        "Bộ Y tế phân bổ thêm vắc xin Moderna. Trà Vinh, Sóc Trăng mỗi tỉnh sẽ có 40.000 liều; "
        "Cà Mau và Bạc Liêu được phân bổ hơn 30.000 liều; Hậu Giang, Vĩnh Long cùng nhận "
        "12.000 liều."
    )
    assert [(g[1], g[3]) for g in gifts] == [
        ("Hậu Giang", 12000),
        ("Sóc Trăng", 40000),
        ("Trà Vinh", 40000),
        ("Vĩnh Long", 12000),
    ]


def test_an_end_line_hospital_receives_for_its_province():
    gifts = _gifts(
        "Bộ Y tế có quyết định phân bổ 500.000 liều vắc xin AstraZeneca. Bệnh viện Bạch Mai "
        "và Bệnh viện Chợ Rẫy mỗi đơn vị nhận 15.000 liều, Bệnh viện Đa khoa tỉnh Phú Thọ có "
        "3.000 liều."
    )
    assert [(g[1], g[3]) for g in gifts] == [
        ("Hà Nội", 15000),
        ("Phú Thọ", 3000),
        ("TP HCM", 15000),
    ]
    assert hospital_province("Bệnh viện Thống nhất") == "TP HCM"
    assert hospital_province("Bệnh viện Đa khoa Vĩnh Phúc") is None  # not an end-line hospital


def test_a_donation_in_an_allocation_article_stays_a_donation():
    gifts = _gifts(
        "Bộ Y tế vừa phân bổ 800.000 liều vắc xin Sinopharm. Trước đó, ngày 20/8, Chính phủ Nhật "
        "Bản đã trao tặng Việt Nam 1 triệu liều vắc xin AstraZeneca."
    )
    assert all(g[0] != "Bộ Y tế" for g in gifts)


def test_allocated_doses_in_a_list_are_not_read_as_the_provinces_new_cases():
    facts = extract_facts(
        "Bộ Y tế phân bổ vắc xin: Yên Bái có 9.000 liều, Hòa Bình 8.000 liều, Sơn La 7.000 liều.",
        dt.date(2021, 9, 1),
        use_ner=False,
    )
    assert all(s["new_cases_24h"] is None for s in facts.province_stats)


def test_hospital_names_with_lower_case_syllables_are_read_whole():
    names = [
        m.name
        for m in find_organisations(
            "Bệnh viện Hữu nghị Đa khoa Nghệ An, Bệnh viện Thống nhất và Bệnh viện Đại học Y "
            "dược TP.HCM cùng tham gia."
        )
        if m.kind == "hospital"
    ]
    assert "Bệnh viện Thống nhất" in names
    assert "Bệnh viện Đại học Y dược" in names


def test_an_ellipsis_before_a_lower_case_word_does_not_end_the_sentence():
    text = "Có Hà Nội, Hải Phòng… cùng nhiều tỉnh khác. Hôm nay trời mưa… Ngày mai nắng."
    assert [s.text for s in split_sentences(text)] == [
        "Có Hà Nội, Hải Phòng… cùng nhiều tỉnh khác.",
        "Hôm nay trời mưa…",
        "Ngày mai nắng.",
    ]


def test_doses_said_to_come_from_the_ministrys_allocation_go_to_the_province_before():
    assert _gifts(
        "Trong đợt này, tỉnh Long An sẽ tiêm 200.000 liều vắc xin Pfizer do Bộ Y tế phân bổ; "
        "thời gian tiêm từ ngày 2/9."
    ) == [("Bộ Y tế", "Long An", "vaccine_dose", 200_000, "Pfizer")]


def test_a_headline_on_how_doses_are_allocated_makes_the_list_the_ministrys():
    gifts = _gifts(
        "Hơn 500 nghìn liều vắc xin đợt 3 được phân bổ ra sao?\n"
        "Ngoài các thành phố lớn, Bắc Giang là tỉnh có nhiều ca mắc được 30.000 liều, các tỉnh "
        "Lào Cai 12.000 liều, Yên Bái 8.000 liều.\n"
        "Bộ Y tế đề nghị các địa phương tổ chức tiêm ngay khi nhận vắc xin."
    )
    assert gifts == [
        ("Bộ Y tế", "Bắc Giang", "vaccine_dose", 30_000, ""),
        ("Bộ Y tế", "Lào Cai", "vaccine_dose", 12_000, ""),
        ("Bộ Y tế", "Yên Bái", "vaccine_dose", 8_000, ""),
    ]
    # without the Ministry named, nobody is known to allocate
    assert (
        _gifts(
            "Hơn 500 nghìn liều vắc xin đợt 3 được phân bổ ra sao?\nCác tỉnh Lào Cai 12.000 liều."
        )
        == []
    )
