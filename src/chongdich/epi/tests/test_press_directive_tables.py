"""A table of provinces under a caption naming one document ("Bảng: … theo Chỉ thị 16 tại
các tỉnh thành", then rows "1 Hà Nội 24/7 …") gives each row's province the document and
the caption's measure; a row naming another document is read with that one; a sentence
naming the Prime Minister's directives for "các tỉnh thành" gives no province the first
mention. On texts invented for the test (not taken from any corpus file). docs/INTAKE.md,
"test14 and test15 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts


def _directives(text):
    facts = extract_facts(text, dt.date(2021, 8, 20), use_ner=False)
    return {(d["document"], d["province"]): tuple(d["measures"]) for d in facts.directives}


@pytest.mark.parametrize(
    "table",
    [
        "Bảng: Thời gian giãn cách xã hội theo Chỉ thị 16 tại các tỉnh thành\n"
        "STT Địa phương Từ ngày Đến ngày\n"
        "1 Quảng Ngãi 2/8 16/8\n2 TP. Huế 4/8 18/8\n3 Gia Lai 5/8 19/8\n",
        "Danh sách địa phương giãn cách xã hội theo chỉ thị 16 của các tỉnh, thành phố:\n\n"
        "1. Quảng Ngãi (từ 2/8)\n2. Thừa Thiên Huế (từ 4/8)\n3. Gia Lai (từ 5/8)\n",
        "Lịch giãn cách xã hội theo Chỉ thị số 16 ở các địa phương\n"
        "Tỉnh Bắt đầu Kết thúc\n1 tỉnh Quảng Ngãi 2/8 16/8\n2 tỉnh Thừa Thiên Huế 4/8 18/8\n"
        "3 tỉnh Gia Lai 5/8 19/8\n",
        "Các tỉnh giãn cách xã hội theo Chỉ thị 16 trên các địa phương miền Trung\n"
        "1) Quảng Ngãi: từ 0h ngày 2/8\n2) Thừa Thiên Huế: từ 0h ngày 4/8\n"
        "3) Gia Lai: từ 0h ngày 5/8\n",
    ],
)
def test_each_row_applies_the_captions_directive(table):
    read = _directives(table)
    for province in ("Quảng Ngãi", "Thừa Thiên Huế", "Gia Lai"):
        assert read[("16", province)] == ("social distancing",)


def test_a_row_naming_another_document_is_read_with_it():
    table = (
        "Bảng: giãn cách xã hội theo Chỉ thị 16 tại các tỉnh thành\n"
        "1 Quảng Ngãi 2/8 16/8\n2 Gia Lai 5/8 19/8\n"
        "3 Kon Tum 3/8 Chuyển sang Chỉ thị 15 từ ngày 17/8\n"
    )
    read = _directives(table)
    assert ("15", "Kon Tum") in read and ("16", "Kon Tum") not in read


# Negatives: what must give no entry.


def test_a_country_wide_mention_names_no_province():
    text = (
        "Cập nhật thời gian giãn cách theo Chỉ thị 15 và 16 của các tỉnh thành trên cả nước.\n"
        "Hiện Quảng Ngãi áp dụng Chỉ thị 16 từ 0h ngày 2/8."
    )
    assert set(_directives(text)) == {("16", "Quảng Ngãi")}


def test_two_rows_are_no_table():
    text = (
        "Bảng: giãn cách xã hội theo Chỉ thị 16 tại các tỉnh thành\n"
        "1 Quảng Ngãi 2/8 16/8\n2 Gia Lai 5/8 19/8\n"
    )
    assert _directives(text) == {}


def test_a_provinces_own_caption_gives_its_districts_nothing():
    # the caption names its province, which applies the directive; the rows are districts
    text = (
        "Bảng: giãn cách theo Chỉ thị 16 tại các địa phương của Gia Lai\n"
        "1 Pleiku 2/8\n2 An Khê 3/8\n3 Ayun Pa 4/8\n"
    )
    assert set(_directives(text)) == {("16", "Gia Lai")}
