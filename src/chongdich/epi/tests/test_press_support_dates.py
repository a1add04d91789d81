"""The day of a gift, on sentences invented for the test (not taken from any corpus file)."""

import datetime as dt

from chongdich.epi.press_facts import extract_facts


def _dated(text, published=dt.date(2021, 8, 20)):
    return sorted(
        (e["donor"], i["quantity"], e["date"])
        for e in extract_facts(text, published, use_ner=False).support_events
        for i in e["items"]
    )


def test_cung_ngay_takes_the_day_of_the_event_told_before_in_another_paragraph():
    assert _dated(
        "Chiều 12/8, Công ty Hòa Bình đã trao 100 triệu đồng cho tỉnh Phú Yên.\n\n"
        "Cùng ngày, Công ty Tân Á đã hỗ trợ tỉnh Phú Yên 300 triệu đồng."
    ) == [
        ("Công ty Hòa Bình", 100_000_000, "2021-08-12"),
        ("Công ty Tân Á", 300_000_000, "2021-08-12"),
    ]


def test_a_time_of_day_set_off_by_commas_before_the_verb_dates_the_gift():
    assert _dated(
        "Hưởng ứng chương trình “Chung tay chia sẻ cùng tuyến đầu”, sáng nay 14/8, tại trụ sở "
        "UBND tỉnh, Công ty Hòa Bình đã trao tặng tỉnh Ninh Thuận 10 máy thở."
    ) == [("Công ty Hòa Bình", 10, "2021-08-14")]
    # a date after the verb dates something else
    assert _dated(
        "Công ty Hòa Bình trao tặng tỉnh Ninh Thuận 10 máy thở, sáng 14/8, sẽ chuyển về bệnh viện."
    ) == [("Công ty Hòa Bình", 10, None)]


def test_the_parts_of_a_total_take_the_totals_day():
    assert _dated(
        "Ngày 15/8, Ủy ban MTTQ tỉnh Gia Lai tiếp nhận 900 triệu đồng của các doanh nghiệp.\n\n"
        "Trong đó Công ty Đức Long ủng hộ 600 triệu đồng và Ngân hàng Bắc Á ủng hộ 300 triệu đồng."
    ) == [
        ("Công ty Đức Long", 600_000_000, "2021-08-15"),
        ("Ngân hàng Bắc Á", 300_000_000, "2021-08-15"),
    ]


def test_a_sentence_continuing_a_dated_paragraph_takes_its_date():
    assert _dated(
        "Sáng 12/8, Công ty Hòa Bình đã trao tặng 3 máy thở cho tỉnh Phú Yên. Công ty Tân Á "
        "trao tặng 2.000 bộ xét nghiệm nhanh cho Sở Y tế Phú Yên.\n\n"
        "Trước đó, Công ty Tân Á cũng đã trao 200 triệu đồng cho tỉnh Phú Yên."
    ) == [
        ("Công ty Hòa Bình", 3, "2021-08-12"),
        ("Công ty Tân Á", 2_000, "2021-08-12"),
        ("Công ty Tân Á", 200_000_000, None),
    ]


def test_a_letter_of_thanks_does_not_date_the_gift():
    assert _dated(
        "Ngày 18/8, Sở Y tế Phú Yên đã có thư gửi Công ty Tân Á bày tỏ lời cảm ơn vì đã tặng "
        "tỉnh Phú Yên 20.000 bộ xét nghiệm nhanh."
    ) == [("Công ty Tân Á", 20_000, None)]
    assert _dated(
        "Ngày 19/8, tỉnh Phú Yên gửi thư cảm ơn Công ty Tân Á đã ủng hộ 5 tỷ đồng cho tỉnh."
    ) == [("Công ty Tân Á", 5_000_000_000, None)]


def test_counts_after_trong_do_adding_up_to_the_total_are_its_parts():
    assert _dated(
        "Ngày 12/8, Công ty Tân Á trao tặng 9.000 bộ xét nghiệm nhanh cho tỉnh Phú Yên, trong "
        "đó trao Sở Y tế 6.000 bộ xét nghiệm nhanh, Bệnh viện Đa khoa tỉnh 3.000 bộ xét "
        "nghiệm nhanh."
    ) == [("Công ty Tân Á", 9_000, "2021-08-12")]
