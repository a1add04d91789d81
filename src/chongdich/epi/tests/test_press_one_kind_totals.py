"""A total of one kind of case only is no `cumulative_cases` (docs/intake-annotation.md,
"Domestic totals", 321): the kind named in the label before its count ("Số lượng ca mắc mới
ghi nhận trong nước tính từ ngày 27/4 đến nay là 51.200 ca", "Tổng số ca nhiễm cộng đồng từ
ngày 27-4 đến nay là 98.310") or right after the count ("Việt Nam có tổng 1.903 ca nhập cảnh
và 97.400 ca mắc trong nước"); a total of all cases, split after it, stays. On texts invented
for the test (not taken from any corpus file). docs/INTAKE.md, "… as development data for
articles read exactly (intake-rules34)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 7, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Số lượng ca mắc mới ghi nhận trong nước tính từ ngày 27/4 đến nay là 51.200 ca, trong "
        "đó có 9.020 bệnh nhân đã được công bố khỏi bệnh.",
        "Số ca mắc mới ghi nhận trong nước từ ngày 27/4 đến nay là 51.200 ca.",
        "Tổng số ca nhiễm cộng đồng từ ngày 27-4 đến nay là 51.200, …",
        "Tính đến chiều ngày 19-7, Việt Nam có tổng 1.903 ca nhập cảnh và 51.200 ca mắc trong "
        "nước.",
        "Số ca mắc trong cộng đồng tính đến nay: 51.200 ca.",
    ],
)
def test_one_kinds_total_is_no_cumulative(text):
    stats = stats_by_province(text, _DAY, ["cumulative_cases"])
    assert None not in stats


@pytest.mark.parametrize(
    "text",
    [
        "Tính đến nay, cả nước có 51.200 ca mắc, trong đó 1.903 ca nhập cảnh.",
        "Tổng số ca mắc COVID-19 tại Việt Nam tính đến nay là 51.200 ca.",
    ],
)
def test_a_total_of_all_cases_stays(text):
    stats = stats_by_province(text, _DAY, ["cumulative_cases"])
    assert stats[None] == {"cumulative_cases": 51200}
