"""Who gives and who receives, on sentences invented for the test (not taken from any
corpus file): foreign countries, foreign ministries, long company names."""

import datetime as dt

from chongdich.epi.press_facts import extract_facts


def _gifts(text, published=dt.date(2021, 9, 15)):
    return sorted(
        (e["donor"], e["recipient"], i["item"], i["quantity"])
        for e in extract_facts(text, published, use_ner=False).support_events
        for i in e["items"]
    )


def test_a_country_named_after_do_gives():
    assert _gifts(
        "Sáng nay, 850.000 liều vaccine AstraZeneca do Nhật Bản viện trợ cho Việt Nam đã về "
        "tới sân bay Tân Sơn Nhất."
    ) == [("Nhật Bản", "Chính phủ", "vaccine_dose", 850_000)]
    assert _gifts("Lô 500.000 liều vaccine Pfizer do Ba Lan tặng đã được bàn giao.") == [
        ("Ba Lan", "Chính phủ", "vaccine_dose", 500_000)
    ]


def test_where_a_countrys_gift_lands_is_not_its_recipient():
    assert _gifts("Tối 5/9, 1,2 triệu liều vaccine Moderna do Pháp hỗ trợ đã tới Hà Nội.") == [
        ("Pháp", "Chính phủ", "vaccine_dose", 1_200_000)
    ]
    # a province the country gives to by name still receives
    assert _gifts("Úc đã tặng Việt Nam 300.000 liều vaccine AstraZeneca.") == [
        ("Úc", "Chính phủ", "vaccine_dose", 300_000)
    ]


def test_a_country_word_without_a_giving_verb_names_no_giver():
    # the maker's country is not a giver; nobody is named, so the gift keeps no donor
    gifts = _gifts(
        "Tỉnh Kiên Giang tiếp nhận 20.000 liều vaccine Sinopharm (Trung Quốc) từ Bộ Y tế."
    )
    assert all(donor != "Trung Quốc" for donor, *_ in gifts)


def test_a_foreign_ministry_gives_to_its_counterpart_named_after_tang():
    assert _gifts(
        "Chiều 2/9, 100.000 liều vaccine do Bộ Quốc phòng Nhật Bản trao tặng Bộ Quốc phòng "
        "Việt Nam đã được bàn giao."
    ) == [("Bộ Quốc phòng Nhật Bản", "Bộ Quốc phòng", "vaccine_dose", 100_000)]


def test_a_company_name_with_several_trade_words_in_a_row_is_whole():
    assert _gifts(
        "Sáng 3/9, Công ty TNHH Thương mại Dịch vụ Xây dựng Minh Phát đã trao tặng 3 xe cứu "
        "thương cho tỉnh Long An."
    ) == [("Công ty TNHH Thương mại Dịch vụ Xây dựng Minh Phát", "Long An", "ambulance", 3)]
