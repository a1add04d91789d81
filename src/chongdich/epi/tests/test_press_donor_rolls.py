"""Roll calls of givers (one receiver, each giver with its gift, clause by clause), on
sentences invented for the test (not taken from any corpus file)."""

import datetime as dt

import pytest

from chongdich.epi.press_facts.donor_rolls import giver_name
from chongdich.epi.tests.press_helpers import gift_rows


def _gifts(text, published=dt.date(2021, 8, 20), home=None):
    return sorted(gift_rows(text, published, home=home))


def test_a_roll_after_gom_gives_each_gift_to_the_name_opening_its_clause():
    gifts = _gifts(
        "Sáng 3/8, Ủy ban MTTQ tỉnh Hà Tĩnh tiếp nhận ủng hộ Quỹ phòng, chống dịch của các đơn "
        "vị gồm: Công ty TNHH Cơ khí Hồng Lam 150 triệu đồng; Ngân hàng TMCP Quân đội chi "
        "nhánh Hà Tĩnh 100 triệu đồng; Trường Tiểu học Lê Lợi 20 triệu đồng."
    )
    assert gifts == [
        ("Công ty TNHH Cơ khí Hồng Lam", "Hà Tĩnh", "money_vnd", 150_000_000),
        ("Ngân hàng TMCP Quân đội chi nhánh Hà Tĩnh", "Hà Tĩnh", "money_vnd", 100_000_000),
        ("Trường Tiểu học Lê Lợi", "Hà Tĩnh", "money_vnd", 20_000_000),
    ]


def test_a_roll_set_apart_by_commas_before_capitalised_names_after_an_opener():
    gifts = _gifts(
        "Sáng 5/8, Ủy ban MTTQ tỉnh Quảng Bình tiếp nhận ủng hộ của các đơn vị gồm Công ty Xi "
        "măng Sông Gianh 100 triệu đồng, Ngân hàng Nông nghiệp chi nhánh Đồng Hới 50 triệu đồng "
        "và Trường THPT Đào Duy Từ 20 triệu đồng."
    )
    assert [g[0] for g in gifts] == [
        "Công ty Xi măng Sông Gianh",
        "Ngân hàng Nông nghiệp chi nhánh Đồng Hới",
        "Trường THPT Đào Duy Từ",
    ]
    assert {g[1] for g in gifts} == {"Quảng Bình"}
    # items of one giver, set apart by commas, are not a roll
    gifts = _gifts(
        "Sáng 6/8, UBND tỉnh Quảng Bình tiếp nhận lô thiết bị do Công ty Hoàng Long trao "
        "tặng, gồm: 20 máy thở, 100 máy tạo oxy."
    )
    assert {g[0] for g in gifts} == {"Công ty Hoàng Long"}


def test_a_roll_after_trong_do_replaces_the_unattributed_total_it_breaks_down():
    gifts = _gifts(
        "Chiều 5/8, Ủy ban MTTQ Việt Nam tỉnh Phú Yên đã tiếp nhận thêm 1,2 tỷ đồng ủng hộ "
        "từ nhiều doanh nghiệp.\n\nTrong đó, Công ty CP Thủy sản Sông Cầu ủng hộ số tiền 700 "
        "triệu đồng; Hội doanh nhân trẻ Phú Yên ủng hộ 500 triệu đồng."
    )
    assert gifts == [
        ("Công ty CP Thủy sản Sông Cầu", "Phú Yên", "money_vnd", 700_000_000),
        ("Hội doanh nhân trẻ Phú Yên", "Phú Yên", "money_vnd", 500_000_000),
    ]


def test_a_roll_after_trong_do_without_a_comma_and_clauses_joined_by_va():
    gifts = _gifts(
        "Ngày 15/6, Ủy ban MTTQ tỉnh Gia Lai tiếp nhận 900 triệu đồng của các doanh nghiệp.\n\n"
        "Trong đó Công ty CP Cà phê Ia Grai ủng hộ 600 triệu đồng và Ngân hàng Bắc Á ủng hộ 300 "
        "triệu đồng."
    )
    assert gifts == [
        ("Công ty CP Cà phê Ia Grai", "Gia Lai", "money_vnd", 600_000_000),
        ("Ngân hàng Bắc Á", "Gia Lai", "money_vnd", 300_000_000),
    ]


def test_a_roll_held_by_a_body_of_the_bare_tinh_goes_to_the_outlets_province():
    text = (
        "Chiều 9/8, Ban Thường trực Ủy ban MTTQ tỉnh tiếp nhận ủng hộ của các đơn vị: Bệnh "
        "viện Đa khoa Hà Nội 300 triệu đồng; Công ty May Sông Hồng 5.000 chiếc khẩu trang; "
        "Nhà máy Z 999 tặng 40 bộ giường."
    )
    assert _gifts(text, home="Nam Định") == [
        ("Bệnh viện Đa khoa Hà Nội", "Nam Định", "money_vnd", 300_000_000),
        ("Công ty May Sông Hồng", "Nam Định", "mask", 5000),
        ("Nhà máy Z 999", "Nam Định", "hospital_bed", 40),
    ]


def test_a_list_of_provinces_with_their_doses_is_not_a_roll_of_givers():
    gifts = _gifts(
        "Bộ Y tế phân bổ vắc xin cho các địa phương gồm: Hà Nội 30.000 liều; Nghệ An 20.000 "
        "liều; Cần Thơ 10.000 liều."
    )
    assert all(donor != "Hà Nội" and donor != "Nghệ An" for donor, *_ in gifts)


def test_one_giver_with_two_items_in_commas_is_no_roll():
    gifts = _gifts(
        "Sáng 2/8, Công ty Hòa Phát trao tặng tỉnh Hải Dương 20 máy thở, 50 máy tạo oxy."
    )
    assert gifts == [
        ("Công ty Hòa Phát", "Hải Dương", "oxygen_concentrator", 50),
        ("Công ty Hòa Phát", "Hải Dương", "ventilator", 20),
    ]


def test_a_roll_without_an_opener_needs_a_giving_verb_in_every_clause():
    gifts = _gifts(
        "Hưởng ứng lời kêu gọi của Ủy ban MTTQ tỉnh Bình Định, Công ty CP Đường Quảng Ngãi "
        "(Quảng Ngãi) đã ủng hộ 300 triệu đồng; Tổng Công ty Xây dựng - Thủy lợi Việt Nam ủng "
        "hộ 150 triệu đồng và 2.000 khẩu trang."
    )
    assert gifts == [
        ("Công ty CP Đường Quảng Ngãi", "Bình Định", "money_vnd", 300_000_000),
        ("Tổng Công ty Xây dựng - Thủy lợi Việt Nam", "Bình Định", "mask", 2000),
        ("Tổng Công ty Xây dựng - Thủy lợi Việt Nam", "Bình Định", "money_vnd", 150_000_000),
    ]
    # one clause without its verb: not a roll, whatever the rest of the extractor reads
    gifts = _gifts(
        "Công ty Minh Phú đã ủng hộ tỉnh Cà Mau 300 triệu đồng; Tập đoàn Sao Mai 150 triệu "
        "đồng theo đăng ký."
    )
    assert ("Tập đoàn Sao Mai", "Cà Mau", "money_vnd", 150_000_000) not in gifts


@pytest.mark.parametrize(
    ("clause", "name"),
    [
        ("cán bộ, công nhân viên Công ty Điện lực Lạng Sơn ", "Công ty Điện lực Lạng Sơn"),
        ("Lê Văn Tám và các nhà hảo tâm ", "Lê Văn Tám"),
        (
            "Ngân hàng Công Thương (VietinBank) – chi nhánh Bình Định ủng hộ ",
            "Ngân hàng Công Thương",
        ),
        ("Chi nhánh Bưu điện các huyện: Đông Anh, Sóc Sơn ", "Chi nhánh Bưu điện các huyện"),
        (" Hội Cựu chiến binh xã An Phú đã ủng hộ số tiền hơn ", "Hội Cựu chiến binh xã An Phú"),
        (" và nhiều đồ dùng thiết yếu ", None),
    ],
)
def test_the_giver_a_clause_names_before_its_quantity(clause, name):
    assert giver_name(clause) == name


# ---------------------------------------------------------------- givers and what is given


def test_the_value_of_gifts_is_not_money_given():
    gifts = _gifts(
        "Sáng 4/8, Công ty Dệt may Thành Công trao tặng tỉnh Long An 3.000 khẩu trang và 100 bộ "
        "đồ bảo hộ. Tổng trị giá quà tặng là 90 triệu đồng."
    )
    assert ("money_vnd", 90_000_000) not in {(g[2], g[3]) for g in gifts}
    gifts = _gifts(
        "Sáng 4/8, Công ty Dệt may Thành Công trao tặng tỉnh Long An 3.000 khẩu trang, với tổng "
        "kinh phí trên 40 triệu đồng."
    )
    assert [(g[2], g[3]) for g in gifts] == [("mask", 3000)]


def test_a_red_cross_branch_gives_under_its_name_and_within_its_province():
    gifts = _gifts(
        "Ngày 5/9, Hội Chữ thập Đỏ tỉnh An Giang phối hợp Công ty Bảo hiểm nhân thọ Hòa Bình "
        "trao tặng 20 bình oxy cho các trạm y tế xã."
    )
    assert gifts == [("Hội Chữ thập Đỏ tỉnh An Giang", "An Giang", "oxygen_cylinder", 20)]


def test_a_charity_fund_named_with_lower_case_words_organising_a_gift_is_its_giver():
    gifts = _gifts(
        "Sáng nay 3/8, Quỹ từ thiện Hoa Mai đã tổ chức trao tặng cho ngành y tế tỉnh Tây Ninh "
        "gồm 4 hệ thống máy thở, trong đó có 01 máy thở xâm lấn, và 500 khẩu trang."
    )
    assert gifts == [
        ("Quỹ từ thiện Hoa Mai", "Tây Ninh", "mask", 500),
        ("Quỹ từ thiện Hoa Mai", "Tây Ninh", "ventilator", 4),
    ]


def test_spending_a_sum_raised_and_doses_received_by_a_day_are_tallies_not_gifts():
    assert (
        _gifts(
            "Với nguồn quỹ này, Ủy ban MTTQ tỉnh Gia Lai đã chi hỗ trợ 3 tỷ đồng cho lực lượng "
            "tuyến đầu và chuyển 20.000 khẩu trang cho ngành y tế."
        )
        == []
    )
    assert (
        _gifts(
            "Đến ngày 30/11, Việt Nam đã tiếp nhận hơn 150 triệu liều vắc xin, trong đó 70 triệu "
            "liều từ nguồn viện trợ."
        )
        == []
    )


def test_the_giver_a_receiving_lead_names_gives_the_items_received_after_it():
    gifts = _gifts(
        "Sáng 12/8, Bộ Chỉ huy Quân sự tỉnh Cà Mau tổ chức tiếp nhận quà tặng của Hội Chữ thập "
        "đỏ tỉnh Cà Mau và các nhà hảo tâm.\n\nBộ Chỉ huy Quân sự tỉnh đã tiếp nhận các vật tư "
        "gồm 300 bộ đồ bảo hộ, 5.000 khẩu trang."
    )
    assert gifts == [
        ("Hội Chữ thập đỏ tỉnh Cà Mau", "Cà Mau", "mask", 5000),
        ("Hội Chữ thập đỏ tỉnh Cà Mau", "Cà Mau", "ppe_kit", 300),
    ]


def test_a_giver_known_by_its_initials_and_a_body_receiving_its_own_item():
    gifts = _gifts(
        "Chiều 3/8, đại diện MSB đã trao tặng 15 tỷ đồng cho Ủy ban Trung ương Mặt trận Tổ quốc "
        "(MTTQ) Việt Nam và 5 tỷ đồng cho Ủy ban MTTQ tỉnh Đồng Nai."
    )
    assert gifts == [
        ("MSB", "Đồng Nai", "money_vnd", 5_000_000_000),
        ("MSB", "Ủy ban Trung ương MTTQ Việt Nam", "money_vnd", 15_000_000_000),
    ]
    # the initials of a province's bodies are never a giver
    assert all(g[0] != "UBND" for g in _gifts("UBND tỉnh Đồng Nai trao 5 máy thở cho huyện."))


def test_a_countrys_gift_to_viet_nam_goes_to_the_government_and_sums_so_far_are_no_gifts():
    gifts = _gifts(
        "Ngày 2/9, Chính phủ và nhân dân Hàn Quốc tặng 500.000 liều vắc xin AstraZeneca cho Việt "
        "Nam. Cùng với lô này, tổng số vắc xin mà Hàn Quốc viện trợ cho Việt Nam tăng lên 1,1 "
        "triệu liều.\n\nTính đến nay, Hàn Quốc đã hỗ trợ tổng cộng 300 máy thở cho Việt Nam."
    )
    assert gifts == [("Hàn Quốc", "Chính phủ", "vaccine_dose", 500_000)]
    gifts = _gifts("Công ty Hoa Lâm tặng 200 máy thở cho Bệnh viện Việt Nam - Thụy Điển Uông Bí.")
    assert all(g[1] != "Chính phủ" for g in gifts)


def test_givers_named_together_then_given_their_quantities_respectively():
    gifts = _gifts(
        "Ngày 9/8, tỉnh Phú Thọ, tỉnh Yên Bái và tỉnh Tuyên Quang hỗ trợ tỉnh Bắc Giang lần lượt "
        "1 tỷ đồng, 700 triệu đồng và 500 triệu đồng."
    )
    assert gifts == [
        ("Phú Thọ", "Bắc Giang", "money_vnd", 1_000_000_000),
        ("Tuyên Quang", "Bắc Giang", "money_vnd", 500_000_000),
        ("Yên Bái", "Bắc Giang", "money_vnd", 700_000_000),
    ]
    # as many quantities as givers, or it is not read this way
    gifts = _gifts("Ngày 9/8, Phú Thọ và Yên Bái hỗ trợ tỉnh Bắc Giang lần lượt 1 tỷ đồng.")
    assert all(g[0] != "Yên Bái" for g in gifts)


def test_a_medical_team_called_doan_y_te_is_counted_by_its_members():
    gifts = _gifts("Sáng 3/8, Bệnh viện Bạch Mai cử đoàn y tế gồm 20 người hỗ trợ tỉnh Bắc Giang.")
    assert gifts == [("Bệnh viện Bạch Mai", "Bắc Giang", "medical_staff", 20)]


def test_a_brands_provincial_branch_gives_under_its_name():
    gifts = _gifts(
        "Chiều 8/8, tại trụ sở Ủy ban MTTQ tỉnh, Vietinbank Chi nhánh Quảng Trị đã trao 200 "
        "triệu đồng hỗ trợ người dân Quảng Trị."
    )
    assert gifts == [("Vietinbank Chi nhánh Quảng Trị", "Quảng Trị", "money_vnd", 200_000_000)]


def test_ventilators_named_high_flow_later_without_a_count_are_left_out():
    assert (
        _gifts(
            "Sáng 11/8, Công ty Hoa Lâm trao tặng 6 máy thở cao cấp cho tỉnh Long An. Các máy "
            "thở dòng cao này sẽ giúp cứu chữa bệnh nhân nặng."
        )
        == []
    )
    gifts = _gifts(
        "Sáng 11/8, Công ty Hoa Lâm trao tặng 6 máy thở cho tỉnh Long An. Bệnh viện cũng cần "
        "thêm máy thở dòng cao."
    )
    assert gifts == [("Công ty Hoa Lâm", "Long An", "ventilator", 6)]


# Rolls of givers, each clause "NAME verb items" (docs/INTAKE.md, "test9 as development
# data"): the verb is never part of the name, a clause's later items stay its giver's, a
# company "thuộc" its group gives as itself.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a provincial paper
            "Đợt này có nhiều đơn vị hỗ trợ tỉnh Phú Yên, gồm: Công ty CP Thủy sản Sông Cầu tài "
            "trợ 300 triệu đồng; Công ty TNHH Dệt Tuy An ủng hộ 2.000 bộ Kit xét nghiệm nhanh "
            "COVID-19, 1.500 trang phục bảo hộ và 50 triệu đồng; Công ty CP Điện mặt trời Hòa "
            "Hiệp thuộc Tập đoàn Năng lượng Miền Trung ủng hộ 1 tỷ đồng.",
            [
                ("Công ty CP Thủy sản Sông Cầu", "Phú Yên", "money_vnd", 300_000_000),
                ("Công ty TNHH Dệt Tuy An", "Phú Yên", "money_vnd", 50_000_000),
                ("Công ty TNHH Dệt Tuy An", "Phú Yên", "ppe_kit", 1_500),
                ("Công ty TNHH Dệt Tuy An", "Phú Yên", "test_kit", 2_000),
                ("Công ty CP Điện mặt trời Hòa Hiệp", "Phú Yên", "money_vnd", 1_000_000_000),
            ],
        ),
        (
            # a government portal, with a typo the press makes
            "Ủy ban MTTQ tỉnh Kon Tum tiếp nhận hỗ trợ, trong đó: Ngân hàng TMCP Sài Gòn Hà Nội "
            "tài trợ 500 triệu đồng; Công ty CP Cà phê Đăk Hà ủng hộ 3.000 bộ KIT xét ngiệm "
            "COVID-19 và 100 triệu đồng.",
            [
                ("Công ty CP Cà phê Đăk Hà", "Kon Tum", "money_vnd", 100_000_000),
                ("Công ty CP Cà phê Đăk Hà", "Kon Tum", "test_kit", 3_000),
                ("Ngân hàng TMCP Sài Gòn Hà Nội", "Kon Tum", "money_vnd", 500_000_000),
            ],
        ),
    ],
)
def test_a_roll_of_name_verb_items_clauses(text, expected):
    assert _gifts(text) == sorted(expected)


def test_protective_clothing_without_bo_and_kits_in_capitals_are_items_alone():
    gifts = _gifts(
        "Sáng 12/8, Công ty TNHH May Hòa Thọ trao tặng tỉnh Quảng Ngãi 4.000 trang phục bảo "
        "hộ và 1.200 bộ KIT xét ngiệm COVID-19."
    )
    assert gifts == [
        ("Công ty TNHH May Hòa Thọ", "Quảng Ngãi", "ppe_kit", 4_000),
        ("Công ty TNHH May Hòa Thọ", "Quảng Ngãi", "test_kit", 1_200),
    ]
