"""Which document a measure belongs to: places under their own document in a clause of
their own ("6 xã thực hiện giãn cách theo Chỉ thị 16 và 9 xã thực hiện Chỉ thị 15": the
distancing is the 16's), the lockdown area named as a place ("người dân ở khu phong tỏa": no
order), a phrase cut by a hard line break ("thực hiện giãn\\ncách xã hội theo chỉ thị 16").
On sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test42
to test45 as development data (rules25)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_DAY = dt.date(2021, 6, 25)


def _measures(text):
    return {
        (d["province"], d["document"]): sorted(d["measures"])
        for d in extract_facts(text, _DAY, use_ner=False).directives
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tỉnh Thái Bình quyết định 4 xã thực hiện giãn cách theo Chỉ thị 16 và 7 xã thực hiện "
            "Chỉ thị 15 từ 0 giờ ngày 25/6.",
            {
                ("Thái Bình", "16"): ["social distancing"],
                ("Thái Bình", "15"): [],
            },
        ),
        (
            "Tỉnh Thái Bình cho 3 phường áp dụng Chỉ thị 15, 2 xã thực hiện giãn cách xã hội "
            "theo Chỉ thị 16.",
            {
                ("Thái Bình", "15"): [],
                ("Thái Bình", "16"): ["social distancing"],
            },
        ),
        # one clause, two documents: the measure is both's
        (
            "Tỉnh Hải Dương áp dụng giãn cách xã hội theo Chỉ thị 16 và Chỉ thị 15 tại 5 huyện.",
            {
                ("Hải Dương", "16"): ["social distancing"],
                ("Hải Dương", "15"): ["social distancing"],
            },
        ),
    ],
)
def test_places_under_their_own_document(text, want):
    assert _measures(text) == want


def test_the_lockdown_area_as_a_place_orders_nothing():
    text = (
        "Tỉnh Nam Định cho 9 xã thực hiện Chỉ thị 15 từ ngày 24/6.\n\n"
        "Huyện Ý Yên cần chăm lo đời sống người dân ở khu phong tỏa."
    )
    assert _measures(text) == {("Nam Định", "15"): []}


def test_a_lockdown_ordered_stays():
    text = "Tỉnh Bắc Giang ra Quyết định 100/QĐ-UBND phong tỏa thôn Đông."
    assert _measures(text) == {("Bắc Giang", "100/QĐ-UBND"): ["lockdown of an area"]}


def test_a_phrase_cut_by_a_line_break():
    text = (
        "Tỉnh Nam Định cho 9 xã thực hiện Chỉ thị 15 từ ngày 24/6.\n\n"
        "Khi TP HCM thực hiện giãn\ncách xã hội theo chỉ thị 16, nhiều người bán hàng online."
    )
    measures = _measures(text)
    assert measures[("Nam Định", "15")] == []
    assert [m for (_, doc), m in measures.items() if doc == "16"] == [["social distancing"]]
