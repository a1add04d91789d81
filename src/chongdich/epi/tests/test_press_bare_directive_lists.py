"""The Prime Minister's directives cited by bare number ("Chỉ thị 15", "chỉ thị 16", "Chỉ
thị 19") over a list of provinces give each listed province its entry, as a full number
("16/CT-TTg") does; a sentence with two lists gives both; a list after a headline that
already named the directive is read all the same. On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "test14 and test15 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _documents(text):
    facts = extract_facts(text, dt.date(2021, 8, 2), use_ner=False)
    return {(d["document"], d["province"]) for d in facts.directives}


@pytest.mark.parametrize(
    ("text", "number", "provinces"),
    [
        (
            "Hiện có 4 địa phương đang giãn cách xã hội theo chỉ thị 16 là Vĩnh Long, "
            "Sóc Trăng, Hậu Giang và Cà Mau.",
            "16",
            {"Vĩnh Long", "Sóc Trăng", "Hậu Giang", "Cà Mau"},
        ),
        (
            "Các tỉnh Quảng Trị, Quảng Bình, Hà Tĩnh tiếp tục áp dụng Chỉ thị 15 đến hết "
            "ngày 15/8.",
            "15",
            {"Quảng Trị", "Quảng Bình", "Hà Tĩnh"},
        ),
        (
            "Từ 0h ngày 3/8, Ninh Thuận, Bình Thuận, Lâm Đồng (trừ TP Đà Lạt) và Đắk Nông "
            "thực hiện giãn cách theo Chỉ thị 19.",
            "19",
            {"Ninh Thuận", "Bình Thuận", "Lâm Đồng", "Đắk Nông"},
        ),
        (
            "Ngoài ba tỉnh đang thực hiện chỉ thị 16 là Kiên Giang, An Giang và Đồng Tháp, "
            "từ thứ Hai sẽ có thêm các tỉnh Bạc Liêu, Cà Mau, Sóc Trăng thực hiện chỉ thị này.",
            "16",
            {"Kiên Giang", "An Giang", "Đồng Tháp", "Bạc Liêu", "Cà Mau", "Sóc Trăng"},
        ),
    ],
)
def test_a_bare_prime_ministers_directive_applies_in_each_listed_province(text, number, provinces):
    assert {p for d, p in _documents(text) if d == number} == provinces


def test_a_list_after_a_headline_that_named_the_directive_is_read():
    text = (
        "Nhiều tỉnh miền Tây giãn cách theo chỉ thị 16\n\n"
        "Theo đó, các tỉnh Bến Tre, Trà Vinh, Vĩnh Long đang áp dụng chỉ thị 16 từ ngày 19/7."
    )
    assert {"Bến Tre", "Trà Vinh", "Vĩnh Long"} <= {p for d, p in _documents(text) if d == "16"}


# Negatives: what must give no entry.


def test_a_provinces_own_bare_directive_is_not_spread_over_a_list():
    # "Chỉ thị 12" of a province is not the Prime Minister's: the sentence names who issued
    # it, and the provinces it compares with apply nothing
    text = (
        "UBND tỉnh Nam Định ban hành Chỉ thị 12 về phòng dịch, sau khi Thái Bình, Hà Nam, "
        "Ninh Bình ghi nhận ca mắc mới."
    )
    assert ("12", "Thái Bình") not in _documents(text)
    assert ("12", "Hà Nam") not in _documents(text)


def test_provinces_parted_by_their_counts_are_no_list():
    text = (
        "TP Cần Thơ áp dụng Chỉ thị 16 từ ngày 2/8, trong khi Hậu Giang ghi nhận 12 ca, "
        "Sóc Trăng 9 ca và Bạc Liêu 3 ca."
    )
    assert {p for d, p in _documents(text) if d == "16"} == {"Cần Thơ"}


def test_a_sentence_citing_two_directives_gives_no_list_to_either():
    text = "Bình Định, Phú Yên, Khánh Hòa chuyển từ Chỉ thị 16 sang Chỉ thị 15 từ ngày 2/8."
    assert ("16", "Phú Yên") not in _documents(text)
    assert ("16", "Khánh Hòa") not in _documents(text)
