"""Level notices: the province's level in a notice's words ("Tỉnh Gia Lai phân loại cấp độ
1", "đang ở cấp độ nguy cơ cao, tương đương cấp độ 3", "đã chuyển thành tỉnh vùng xanh"),
communes per level in their state's words ("có 17 đơn vị xã, phường đang ở cấp độ 3", "… còn
lại thuộc vùng nguy cơ thấp (vùng xanh)", "N/M xã, phường (…) phân loại cấp độ 2", "không
còn đơn vị cấp xã nào là vùng xanh"), a district's change of level in the province's notice,
communes read before the one province is named, and the day a notice's level stands. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test66 to
test70 as development data (rules31)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_DAY = dt.date(2021, 12, 3)
_LEVEL = ("level",)
_COMMUNES = (*(f"communes_at_level_{n}" for n in (1, 2, 3, 4)), "communes_total")


def stats_by_province(text, published, fields):
    """The stated figures among ``fields`` of each province that has one (a record holds a
    commune count's field only when one is read)."""
    out = {}
    for s in extract_facts(text, published, use_ner=False).province_stats:
        figures = {f: s[f] for f in fields if s.get(f) is not None}
        if figures:
            out[s["province"]] = figures
    return out


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Cấp tỉnh: Tỉnh Gia Lai phân loại cấp độ 1.", 1),
        ("Tỉnh Gia Lai phân loại cấp độ 2 (nguy cơ trung bình - vùng vàng).", 2),
        ("Gia Lai được phân loại ở cấp độ 3.", 3),
        ("Gia Lai đang ở cấp độ nguy cơ trung bình, tương đương cấp độ 2 (vùng vàng).", 2),
        ("Ở quy mô cấp tỉnh, Gia Lai tiếp tục ở mức nguy cơ cao, tương ứng với cấp độ 3.", 3),
        ("Gia Lai ở cấp độ nguy cơ thấp tương đương cấp độ 1.", 1),
        ("Theo kết quả đánh giá, Gia Lai đã chuyển thành tỉnh vùng xanh (cấp độ 1).", 1),
        ("Gia Lai chuyển thành vùng cam từ hôm nay.", 3),
    ],
)
def test_a_notices_words_give_the_provinces_level(sentence, level):
    assert stats_by_province(sentence, _DAY, _LEVEL) == {"Gia Lai": {"level": level}}


@pytest.mark.parametrize(
    "sentence",
    [
        "Gia Lai phân loại rác thải tại nguồn từ năm 2020.",
        "Gia Lai đang ở cấp độ nguy cơ trung bình.",
        "Gia Lai chuyển thành công 3.000 liều vắc xin.",
    ],
)
def test_no_level_without_one_written(sentence):
    assert stats_by_province(sentence, _DAY, _LEVEL) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tại Gia Lai, có 17 đơn vị xã, phường đang ở cấp độ 3 (tăng 2 đơn vị so với tuần "
            "trước), gồm: phường Ia Kring, xã Chư Á.",
            {"communes_at_level_3": 17},
        ),
        (
            "Gia Lai có 122 xã, phường, thị trấn hiện ở cấp độ 2.",
            {"communes_at_level_2": 122},
        ),
        (
            "Tại Gia Lai, 4 xã thuộc vùng vàng. 205 đơn vị cấp xã còn lại thuộc vùng nguy cơ thấp "
            "(vùng xanh).",
            {"communes_at_level_1": 205, "communes_at_level_2": 4},
        ),
        (
            "Gia Lai: 12/220 xã, phường, thị trấn (phường Yên Đỗ, Hội Thương - thành phố "
            "Pleiku; xã Ia Dêr - huyện Ia Grai) phân loại cấp độ 2 (nguy cơ trung bình).",
            {"communes_at_level_2": 12, "communes_total": 220},
        ),
        (
            "Số ca tăng khiến Gia Lai không còn đơn vị cấp xã nào là vùng xanh.",
            {"communes_at_level_1": 0},
        ),
        (
            "Gia Lai không còn xã, phường nào là vùng cam và đỏ.",
            {"communes_at_level_3": 0, "communes_at_level_4": 0},
        ),
    ],
)
def test_communes_per_level_in_their_states_words(text, expected):
    assert stats_by_province(text, _DAY, _COMMUNES) == {"Gia Lai": expected}


def test_communes_named_before_a_remark_are_not_counted_at_a_level():
    text = "Gia Lai có 40 xã, phường đang triển khai tiêm vắc xin cho trẻ em ở cấp độ trường học."
    assert stats_by_province(text, _DAY, _COMMUNES) == {}


@pytest.mark.parametrize(
    "remark",
    [
        "(TP. Pleiku tăng từ cấp độ 2 lên cấp độ 3).",
        "Trong đó huyện Chư Sê từ cấp độ 3 giảm xuống cấp độ 2.",
        "Thị xã An Khê đã chuyển từ cấp độ 2 sang cấp độ 1.",
    ],
)
def test_a_districts_change_of_level_is_not_the_provinces(remark):
    text = f"Ở quy mô cấp tỉnh, Gia Lai tiếp tục ở cấp độ 2. Đối với cấp huyện, {remark}"
    stats = stats_by_province(text, _DAY, ("level", "previous_level"))
    assert stats == {"Gia Lai": {"level": 2}}


def test_a_provinces_own_change_after_its_kind_stays():
    text = "Theo thông báo mới, TP Cần Thơ tăng từ cấp độ 2 lên cấp độ 3."
    stats = stats_by_province(text, _DAY, ("level", "previous_level"))
    assert stats == {"Cần Thơ": {"level": 3, "previous_level": 2}}


def test_communes_before_the_one_province_named_are_its():
    text = (
        "Sở Y tế cập nhật kết quả đánh giá cấp độ dịch tính đến 00h00 ngày 29/11/2021.\n\n"
        "1. Cấp xã:\n\n"
        "140/150 xã, phường, thị trấn phân loại cấp độ 1 (vùng xanh).\n\n"
        "10/150 xã, phường, thị trấn (xã Ia Pếch, Ia Kênh - thành phố Pleiku) phân loại cấp "
        "độ 2.\n\n"
        "2. Cấp tỉnh:\n\nTỉnh Gia Lai phân loại cấp độ 1.\n"
    )
    stats = stats_by_province(text, _DAY, (*_COMMUNES, "level", "as_of"))
    assert stats == {
        "Gia Lai": {
            "as_of": "2021-11-29",
            "level": 1,
            "communes_at_level_1": 140,
            "communes_at_level_2": 10,
            "communes_total": 150,
        }
    }


def test_communes_before_two_provinces_named_stay_unread():
    text = (
        "140/150 xã, phường, thị trấn phân loại cấp độ 1 (vùng xanh).\n\n"
        "Tỉnh Gia Lai phân loại cấp độ 1; tỉnh Kon Tum phân loại cấp độ 2.\n"
    )
    stats = stats_by_province(text, _DAY, _COMMUNES)
    assert stats == {}


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "Gia Lai nới lỏng một số dịch vụ. Ngày 5/11, thời điểm đánh giá cấp độ dịch lần đầu, "
            "Gia Lai thuộc cấp độ 2 (nguy cơ trung bình).",
            "2021-11-05",
        ),
        (
            "Sở Y tế đã công bố cấp độ dịch trong tuần từ ngày 10-11 đến 16-11. Theo đó, toàn "
            "tỉnh Gia Lai vẫn tiếp tục duy trì ở cấp độ 2.",
            "2021-11-16",
        ),
        (
            "Kết quả đánh giá cấp độ dịch Covid-19 đến ngày 20/11 của Sở Y tế: Gia Lai ở cấp độ 2.",
            "2021-11-20",
        ),
    ],
)
def test_the_day_a_notices_level_stands(text, as_of):
    assert stats_by_province(text, _DAY, ("level", "as_of")) == {
        "Gia Lai": {"level": 2, "as_of": as_of}
    }


def test_a_week_is_no_day_for_many_provinces_levels():
    text = (
        "Đánh giá tuần từ ngày 10-11 đến 16-11 cho thấy TP HCM ở cấp độ 1. "
        "Gia Lai ở cấp độ 2. Kon Tum ở cấp độ 1."
    )
    stats = stats_by_province(text, _DAY, ("as_of",))
    assert stats == {}


def test_a_zoning_pages_first_colour_heading_is_no_level():
    text = (
        "Phân vùng cấp độ dịch Covid-19 tại Gia Lai\n\nVùng đỏ\n\n • Chư Sê: Ia Glai.\n\n"
        "Vùng cam\n\n • Pleiku: Yên Đỗ.\n"
    )
    assert stats_by_province(text, _DAY, _LEVEL) == {}


def test_a_tables_province_cell_then_its_level_cell_stays():
    text = "STT\n\nĐịa phương\n\nPhân loại cấp độ\n\n1\n\nToàn tỉnh Gia Lai\n\nCấp 2\n\n2\n"
    assert stats_by_province(text, _DAY, _LEVEL) == {"Gia Lai": {"level": 2}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tại Gia Lai, 3 xã Ia Pếch, Ia Kênh và Chư Á (thành phố Pleiku) tiếp tục duy trì "
            "cấp độ 2 (nguy cơ trung bình).",
            {"communes_at_level_2": 3},
        ),
        ("Gia Lai có 2 xã Ia Glai và Ia Blang vẫn ở cấp độ 3.", {"communes_at_level_3": 2}),
    ],
)
def test_communes_named_then_their_level(text, expected):
    assert stats_by_province(text, _DAY, _COMMUNES) == {"Gia Lai": expected}


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("Ở cấp tỉnh, tỉnh ta tiếp tục giữ vững “vùng xanh”.", 1),
        ("Tỉnh ta hiện ở cấp độ 2.", 2),
        ("Thành phố ta vẫn duy trì ở mức cam.", 3),
    ],
)
def test_the_outlets_province_by_tinh_ta(sentence, level):
    facts = extract_facts(sentence, _DAY, use_ner=False, home_province="Gia Lai")
    assert [(s["province"], s["level"]) for s in facts.province_stats] == [("Gia Lai", level)]


def test_tinh_ta_without_a_level_gives_none():
    facts = extract_facts(
        "Tỉnh ta tiếp tục giữ vững thành quả chống dịch.",
        _DAY,
        use_ner=False,
        home_province="Gia Lai",
    )
    assert facts.province_stats == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Số đơn vị cấp xã chuyển thành vùng đỏ tại Gia Lai tăng từ 30 lên 34 so với tuần "
            "trước.",
            {"communes_at_level_4": 34},
        ),
        (
            "Số xã, phường ở cấp độ 3 tại Gia Lai giảm từ 20 xuống 12.",
            {"communes_at_level_3": 12},
        ),
        (
            "Tại Gia Lai có 41 đơn vị cấp xã thuộc cấp độ 3 và 17 địa phương còn lại dịch ở cấp "
            "độ 2.",
            {"communes_at_level_3": 41, "communes_at_level_2": 17},
        ),
    ],
)
def test_communes_by_their_label_changed_and_the_rest(text, expected):
    assert stats_by_province(text, _DAY, _COMMUNES) == {"Gia Lai": expected}


def test_places_left_with_no_communes_named_are_not_communes():
    text = "Gia Lai có 3 huyện ở cấp độ 3 và 14 địa phương còn lại ở cấp độ 2."
    assert stats_by_province(text, _DAY, _COMMUNES) == {}
