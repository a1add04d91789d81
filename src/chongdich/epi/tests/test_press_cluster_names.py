"""A cluster named by its province after a count ("Thêm 85 ca mắc COVID-19 lây nhiễm trong
nước, ổ dịch Hà Nam vô cùng phức tạp") does not make the count that province's; a province
named after a fronted count still takes it ("Thêm 12 ca mắc, tỉnh Hà Nam …"). On sentences
invented for the test (not taken from any corpus file). docs/INTAKE.md, "Statistics of
test63 to test65 and thin pages as development data (rules29)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 5, 18)
_FIELDS = ("new_cases_24h", "local_cases")


@pytest.mark.parametrize(
    "headline",
    [
        "Thêm 85 ca mắc COVID-19 lây nhiễm trong nước, ổ dịch Hà Nam vô cùng phức tạp",
        "Thêm 85 ca mắc COVID-19 lây nhiễm trong nước, tâm dịch Hà Nam căng thẳng",
    ],
)
def test_a_cluster_after_the_count_is_no_subject(headline):
    assert "Hà Nam" not in stats_by_province(headline, _DAY, _FIELDS)


def test_a_province_after_a_fronted_count_takes_it():
    got = stats_by_province("Thêm 12 ca mắc mới, tỉnh Hà Nam phong tỏa một xã", _DAY, _FIELDS)
    assert got == {"Hà Nam": {"new_cases_24h": 12}}
