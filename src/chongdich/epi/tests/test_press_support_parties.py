"""Who gives and who receives, on sentences invented for the test (not taken from any
corpus file): foreign countries, foreign ministries, long company names."""

import datetime as dt

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.tests.press_helpers import gift_rows


def _gifts(text, published=dt.date(2021, 9, 15)):
    return sorted(gift_rows(text, published))


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


def test_the_provinces_own_fund_unnamed_is_the_outlets_province():
    text = (
        "Chiều 14/9, Công ty Tân Phú đã trao 300 triệu đồng vào Quỹ phòng chống dịch Covid-19 "
        "của tỉnh.\n\nMột đoàn xe chở rau cũng đã lên đường hỗ trợ người dân TP. Hồ Chí Minh."
    )
    facts = extract_facts(text, dt.date(2021, 9, 15), home_province="Trà Vinh", use_ner=False)
    assert [(e["donor"], e["recipient"]) for e in facts.support_events] == [
        ("Công ty Tân Phú", "Trà Vinh")
    ]
    # without an outlet's province, the article's province still stands
    assert _gifts(text) == [("Công ty Tân Phú", "TP HCM", "money_vnd", 300_000_000)]


def test_a_repeat_that_names_no_giver_is_the_same_gift():
    assert _gifts(
        "Tỉnh Đồng Nai tiếp nhận 4 xe cứu thương do Công ty Hoàng Long trao tặng.\n\n"
        "4 xe cứu thương được lãnh đạo tỉnh Đồng Nai tiếp nhận sẽ bàn giao cho Bệnh viện Đa "
        "khoa tỉnh."
    ) == [("Công ty Hoàng Long", "Đồng Nai", "ambulance", 4)]


def test_a_gift_to_a_number_of_provinces_has_no_single_recipient():
    assert (
        _gifts("Công ty Hoàng Long đã trao tặng 50.000 bộ kit xét nghiệm cho 12 tỉnh, thành phố.")
        == []
    )
    assert _gifts("Công ty Hoàng Long đã trao tặng 5.000 bộ kit xét nghiệm cho tỉnh Hà Nam.") == [
        ("Công ty Hoàng Long", "Hà Nam", "test_kit", 5000)
    ]


def test_the_unnamed_provincial_government_handing_its_means_to_its_sectors_gives_nothing():
    text = (
        "Sáng 10/9, Công ty Hoàng Long đã trao tặng tỉnh Thái Bình 2 xe cứu thương.\n\n"
        "Trước đó, UBND tỉnh đã bàn giao 3 xe cứu thương cho ngành Y tế."
    )
    assert _gifts(text) == [("Công ty Hoàng Long", "Thái Bình", "ambulance", 2)]


def test_a_place_of_worship_gives_with_its_address_in_brackets():
    assert _gifts(
        "Sáng 12/9, Chùa Phước Hải (quận 1, TP.HCM) đã trao tặng 3 xe cứu thương cho Bệnh viện "
        "Chợ Rẫy."
    ) == [("Chùa Phước Hải", "TP HCM", "ambulance", 3)]
    assert _gifts(
        "Sáng 12/9, Giáo xứ Tân Định (huyện Đức Hòa) đã trao tặng tỉnh Long An 200 triệu đồng."
    ) == [("Giáo xứ Tân Định", "Long An", "money_vnd", 200_000_000)]


def test_a_bracketed_short_name_or_country_is_not_an_address():
    # "(Singapore)": the giver is still named after "do", the receiver before the verb
    assert _gifts(
        "Theo chỉ đạo của Chính phủ, Bộ Y tế làm đầu mối đã tiếp nhận 20 máy thở do Quỹ Hòa Bình "
        "(Singapore) viện trợ."
    ) == [("Quỹ Hòa Bình", "Bộ Y tế", "ventilator", 20)]


def test_a_countrys_gift_goes_to_the_government_wherever_it_is_flown():
    assert _gifts(
        "Đức hỗ trợ Việt Nam 2 triệu liều vaccine Moderna, dự kiến về Hà Nội tuần tới."
    ) == [("Đức", "Chính phủ", "vaccine_dose", 2_000_000)]


def test_running_totals_needs_and_purchases_are_no_gifts():
    assert _gifts("Như vậy, tổng số vaccine do Mỹ hỗ trợ Việt Nam đến nay là 40 triệu liều.") == []
    assert _gifts("Việt Nam cần thêm 50 triệu liều vaccine, trong khi Đức hỗ trợ qua COVAX.") == []
    assert _gifts("Tỉnh đã dùng tiền ủng hộ để mua 20 máy thở cho bệnh viện tỉnh Bình Phước.") == []
    assert _gifts("Việt Nam đã mua 20 triệu liều vaccine Pfizer từ Mỹ.") == []
    assert _gifts("Nhật Bản sẽ tặng Việt Nam thêm 1 triệu liều vaccine AstraZeneca.") == []


def test_a_giver_named_in_the_next_sentence_gives_the_items_before_it():
    text = (
        "Chiều 2/9, Sở Y tế tỉnh Kon Tum tiến hành trao 15 máy thở cho các bệnh viện trong "
        "tỉnh. Số máy thở này do Tập đoàn Hòa Phát - Công ty Cổ phần tài trợ."
    )
    assert _gifts(text) == [("Tập đoàn Hòa Phát - Công ty Cổ phần", "Kon Tum", "ventilator", 15)]
    assert _gifts(
        "Chiều 2/9, tỉnh Kon Tum tiếp nhận 2.000 bộ kit xét nghiệm. Lô hàng trên do Công ty "
        "Minh Phát trao tặng."
    ) == [("Công ty Minh Phát", "Kon Tum", "test_kit", 2000)]


def test_a_next_sentence_that_names_no_giving_verb_names_no_giver():
    # "Số máy thở này do Tập đoàn … sản xuất": made by, not given by
    gifts = _gifts(
        "Chiều 2/9, Sở Y tế tỉnh Kon Tum tiến hành trao 15 máy thở cho các bệnh viện trong "
        "tỉnh. Số máy thở này do Tập đoàn Hòa Phát sản xuất."
    )
    assert all(donor != "Tập đoàn Hòa Phát" for donor, *_ in gifts)


def test_a_name_in_sentence_case_keeps_its_lower_case_words():
    # "Khách sạn", "Thầy thuốc trẻ", "Nhà máy bia": lower-case words inside a name
    assert _gifts(
        "Sáng 3/9, Công ty CP Khách sạn Sao Mai trao tặng 400 máy tạo oxy cho tỉnh Nam Định."
    ) == [("Công ty CP Khách sạn Sao Mai", "Nam Định", "oxygen_concentrator", 400)]
    assert _gifts(
        "Ngày 4/9, Hiệp hội Doanh nghiệp nhỏ Sao Việt ủng hộ tỉnh Nghệ An 300 triệu đồng."
    ) == [("Hiệp hội Doanh nghiệp nhỏ Sao Việt", "Nghệ An", "money_vnd", 300_000_000)]


def test_a_verb_or_place_word_ends_a_name():
    assert _gifts(
        "Ngày 5/9, Công ty Thành Đạt tặng Bệnh viện Đa khoa tỉnh Nam Định 20 máy thở."
    ) == [("Công ty Thành Đạt", "Nam Định", "ventilator", 20)]


def test_a_front_welcoming_a_gift_of_a_province_receives_it():
    assert _gifts(
        "Chiều 9/8, Ủy ban MTTQ Việt Nam tỉnh Bình Định đã đón nhận tiền ủng hộ 3 tỷ đồng của "
        "tỉnh Quảng Trị."
    ) == [("Quảng Trị", "Bình Định", "money_vnd", 3_000_000_000)]


def test_staff_given_presents_are_receivers_not_a_gift():
    assert (
        _gifts(
            "Ngày 2/3, Quỹ phòng chống dịch TP Cần Thơ tặng quà cho 12 nhân viên y tế đã chi viện "
            "cho tỉnh Sóc Trăng."
        )
        == []
    )


def test_a_provinces_own_offices_give_within_it_and_its_companies_give_to_it():
    gifts = _gifts(
        "Ngày 4/6, Ủy ban MTTQ Việt Nam tỉnh Hà Nam tổ chức lễ tiếp nhận ủng hộ của các đơn vị "
        "trên địa bàn tỉnh, với tổng số tiền 200 triệu đồng.\n\nTrong đó "
        "Công ty Điện lực Hà Nam ủng hộ 100 triệu đồng; Sở Tài chính Hà Nam ủng hộ 50 triệu "
        "đồng; Văn phòng UBND tỉnh ủng hộ 30 triệu đồng; Đài Phát thanh Hà Nam ủng hộ 20 triệu "
        "đồng."
    )
    assert gifts == [("Công ty Điện lực Hà Nam", "Hà Nam", "money_vnd", 100_000_000)]


def test_money_from_a_provinces_source_is_that_provinces_gift():
    assert _gifts(
        "Ban Thường trực vừa điều chuyển số tiền 300 triệu đồng từ nguồn kinh phí ủng hộ phòng "
        "chống dịch của tỉnh Phú Yên đến Ủy ban MTTQ Việt Nam tỉnh Hà Giang."
    ) == [("Phú Yên", "Hà Giang", "money_vnd", 300_000_000)]


def test_the_unnamed_provinces_front_handing_on_money_gives_within_it():
    assert (
        _gifts(
            "Ngày 3/8, tỉnh Phú Yên phát động ủng hộ. Trước đó, Ủy ban MTTQ Việt Nam tỉnh cũng đã "
            "điều chuyển 80 triệu đồng cho Văn phòng Tỉnh ủy để thăm các chốt kiểm soát."
        )
        == []
    )


def test_a_passive_giver_is_whatever_name_stands_after_duoc():
    assert _gifts(
        "20.000 khẩu trang y tế đã được Sunrise Trading trao tặng Bệnh viện Đa khoa tỉnh Phú Yên."
    ) == [("Sunrise Trading", "Phú Yên", "mask", 20_000)]


def test_a_breakdown_of_a_named_gift_gives_its_parts_from_its_giver():
    gifts = _gifts(
        "Chiều 6/4, 1.500 bộ đồ bảo hộ đã được Công ty CP Khách sạn Sao Mai trao tận tay cho "
        "các bệnh viện của Hà Nội.\n\n"
        "Cụ thể, 1.000 bộ đồ bảo hộ được trao tặng cho Bệnh viện Thanh Nhàn, 300 bộ đồ bảo hộ "
        "được trao tặng cho Bệnh viện Đức Giang và 200 bộ đồ bảo hộ được trao tặng cho Bệnh viện "
        "Xanh Pôn."
    )
    assert gifts == [
        ("Công ty CP Khách sạn Sao Mai", "Hà Nội", "ppe_kit", 200),
        ("Công ty CP Khách sạn Sao Mai", "Hà Nội", "ppe_kit", 300),
        ("Công ty CP Khách sạn Sao Mai", "Hà Nội", "ppe_kit", 1_000),
    ]


def test_a_citys_fund_gives_and_what_it_gives_its_own_units_stays_within_it():
    gifts = _gifts(
        "Ngày 2/3, Quỹ phòng, chống dịch Covid-19 TP HCM còn hỗ trợ tỉnh Sóc Trăng 500 triệu "
        "đồng; hỗ trợ 100 triệu đồng để tặng quà cho các đơn vị tham gia chống dịch tại TP HCM."
    )
    assert gifts == [("TP HCM", "Sóc Trăng", "money_vnd", 500_000_000)]


def test_a_gift_to_the_border_posts_of_several_provinces_has_no_single_recipient():
    assert (
        _gifts(
            "Ngày 2/3, Quỹ phòng, chống dịch Covid-19 TP HCM còn hỗ trợ 300 triệu đồng cho lực "
            "lượng tuần tra tại các chốt biên phòng của các tỉnh Tây Ninh, Long An và Đồng Tháp."
        )
        == []
    )


def test_money_for_the_national_vaccine_fund_goes_to_the_fund():
    assert _gifts(
        "Sáng 9/6, Công ty Xổ số kiến thiết Phú Yên ủng hộ 2 tỷ đồng cho Quỹ vắc xin phòng "
        "Covid-19 Việt Nam."
    ) == [
        ("Công ty Xổ số kiến thiết Phú Yên", "Quỹ vắc xin phòng Covid-19 Việt Nam", "money_vnd",
         2_000_000_000)
    ]  # fmt: skip


def test_a_branchs_province_after_a_dash_closes_its_name_and_another_name_does_not():
    assert _gifts(
        "Sáng 9/6, Công ty TNHH Dược phẩm Sao Mai - Long An ủng hộ tỉnh Long An 300 triệu đồng."
    ) == [("Công ty TNHH Dược phẩm Sao Mai - Long An", "Long An", "money_vnd", 300_000_000)]
    assert _gifts("Sáng 9/6, Tập đoàn Sao Mai - SM Group trao tặng tỉnh Long An 30 máy thở.") == [
        ("Tập đoàn Sao Mai", "Long An", "ventilator", 30)
    ]


def test_a_tally_of_earlier_gifts_names_them_by_the_giver_before():
    gifts = _gifts(
        "Đến nay, Tập đoàn Sao Mai đã tài trợ cho các địa phương hơn 90 tỷ đồng. Tổng giá trị "
        "tài trợ trên chưa bao gồm chương trình 300 máy thở tặng Bộ Y tế, 20 máy thở cho Huế; "
        "15 máy thở cho Quảng Trị, Quảng Bình, 5 tỷ đồng hóa chất xét nghiệm."
    )
    assert gifts == [
        ("Tập đoàn Sao Mai", "Bộ Y tế", "ventilator", 300),
        ("Tập đoàn Sao Mai", "Thừa Thiên Huế", "ventilator", 20),
    ]


def test_receiving_news_of_a_need_is_not_receiving_a_gift():
    assert _gifts(
        "Ông A, Giám đốc Sở Y tế Thái Bình cho biết, nhận được thông tin cần hỗ trợ của Nam "
        "Định, tỉnh Thái Bình đã cử 50 cán bộ y tế sang giúp lấy mẫu xét nghiệm."
    ) == [("Thái Bình", "Nam Định", "medical_staff", 50)]
    assert _gifts(
        "Theo đề nghị của tỉnh Long An, Bệnh viện Chợ Rẫy đã cử 30 bác sĩ hỗ trợ điều trị."
    ) == [("Bệnh viện Chợ Rẫy", "Long An", "medical_staff", 30)]


def test_each_gift_received_from_its_own_giver():
    assert _gifts(
        "Ngày 6/9, UBND tỉnh Bình Phước tiếp nhận 100 máy thở từ Tập đoàn Sao Mai và 50 máy thở "
        "từ Công ty Tân Á."
    ) == [
        ("Công ty Tân Á", "Bình Phước", "ventilator", 50),
        ("Tập đoàn Sao Mai", "Bình Phước", "ventilator", 100),
    ]


def test_a_person_handing_over_for_a_company_gives_as_the_company():
    assert _gifts(
        "Ngày 6/9, đại diện Công ty Tân Á, ông Trần Văn Bình đã trao 5.000 bộ xét nghiệm nhanh "
        "cho tỉnh Tây Ninh."
    ) == [("Công ty Tân Á", "Tây Ninh", "test_kit", 5_000)]


def test_a_foreign_government_gives_as_its_country():
    assert _gifts(
        "Ngày 15/9, 500.000 liều vắc xin AstraZeneca do Chính phủ Ba Lan tặng đã về đến Hà Nội."
    ) == [("Ba Lan", "Chính phủ", "vaccine_dose", 500_000)]


def test_a_body_receiving_money_of_a_giver_receives_it():
    assert _gifts(
        "Ngày 10/9, Quỹ Vắc xin phòng COVID-19 đã tiếp nhận 5 tỷ đồng của Ngân hàng TMCP Sao Mai."
    ) == [("Ngân hàng TMCP Sao Mai", "Quỹ Vắc xin phòng COVID-19", "money_vnd", 5_000_000_000)]


def test_the_ministry_granting_machines_to_a_province_gives_them():
    assert _gifts("Sáng 9/9, Bộ Y tế đã cấp cho tỉnh Đồng Tháp 50 máy thở.") == [
        ("Bộ Y tế", "Đồng Tháp", "ventilator", 50)
    ]
    # a level or a scale is no grant
    assert _gifts("Ngày 9/9, tỉnh Đồng Tháp ở cấp độ 3 và cần thêm 50 máy thở.") == []


def test_a_bank_branch_named_after_its_province_gives_to_it():
    assert _gifts(
        "Ngày 9/9, Ngân hàng Nhà nước chi nhánh tỉnh Quảng Trị trao 200 triệu đồng hỗ trợ tỉnh "
        "Quảng Trị phòng, chống dịch."
    ) == [("Ngân hàng Nhà nước chi nhánh tỉnh Quảng Trị", "Quảng Trị", "money_vnd", 200_000_000)]


def test_a_hospitals_doctors_counted_as_people_are_its_team():
    assert _gifts(
        "Ngày 8/9, các y, bác sĩ Bệnh viện Đa khoa tỉnh Phú Thọ gồm 20 người đã lên đường hỗ trợ "
        "tỉnh Bình Dương."
    ) == [("Bệnh viện Đa khoa tỉnh Phú Thọ", "Bình Dương", "medical_staff", 20)]
