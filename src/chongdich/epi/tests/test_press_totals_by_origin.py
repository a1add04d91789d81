"""The country's total told only by its parts of origin ("Việt Nam có tổng cộng 7.235 ca ghi
nhận trong nước và 1.556 ca nhập cảnh"), by one part ("… tổng cộng 215 ca nhiễm nhập cảnh
được cách ly ngay") or by a total's share from abroad ("Trong số 240 bệnh nhân có 149 người từ
nước ngoài về") gives no figure; "Số lượng ca mắc mới tính từ ngày 27/4 đến nay là 1.678 ca"
is a period, not the total; "Tổng số bệnh nhân tại Việt Nam lên 240" is the total. On
sentences invented for the test (not taken from any corpus file). docs/INTAKE.md, "test46 to
test49 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("cumulative_cases", "imported_cases", "local_cases")


def _national(text, fields=_FIELDS):
    return stats_by_province(text, dt.date(2021, 6, 9), fields).get(None, {})


@pytest.mark.parametrize(
    "text",
    [
        "Như vậy, tính đến 6h ngày 9/6, Việt Nam có tổng cộng 8.120 ca ghi nhận trong nước và "
        "1.600 ca nhập cảnh.",
        "Tính đến 18h ngày 9/6, Việt Nam có tổng cộng 8.120 ca nhiễm trong nước, 1.600 ca "
        "nhiễm nhập cảnh.",
        "Tính đến 18h ngày 9/6, Việt Nam có tổng cộng 230 ca nhiễm nhập cảnh được cách ly "
        "ngay, 60 ngày không có ca lây nhiễm trong cộng đồng.",
        "Trong số 250 bệnh nhân có 160 người từ nước ngoài về, chiếm 64%.",
        "Số lượng ca mắc mới tính từ ngày 27/4 đến nay là 6.100 ca.",
        "Tính đến 6h ngày 9/6, Việt Nam có tổng cộng 8.120 ca ghi nhận trong nước và 1.600 ca "
        "nhập cảnh. Số lượng ca mắc mới tính từ ngày 27/4 đến nay: 6.100 ca.",
    ],
)
def test_parts_and_periods_give_no_total(text):
    assert _national(text) == {}


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Tính đến 18h ngày 9/6, Việt Nam có tổng cộng 9.720 ca mắc COVID-19.", 9720),
        ("Tổng số bệnh nhân tại Việt Nam lên 250, trong đó 90 người đã khỏi.", 250),
        ("Ngày 9/6 có thêm 3 ca mắc mới. Tổng số bệnh nhân ở nước ta lên 250.", 250),
        ("Trong đợt dịch thứ 4 từ ngày 27/4 đến nay, Việt Nam ghi nhận 6.100 ca mắc.", 6100),
    ],
)
def test_totals_stand(text, total):
    assert _national(text, ("cumulative_cases",)) == {"cumulative_cases": total}


def test_patients_recovered_are_no_total():
    assert _national("Tổng số bệnh nhân khỏi bệnh lên 90.", ("cumulative_cases",)) == {}


def test_a_part_with_the_disease_named():
    text = (
        "Tính đến 6h ngày 3/2, Việt Nam có tổng cộng 1.100 ca mắc COVID-19 do lây nhiễm trong nước."
    )
    assert _national(text) == {}
