"""A part of a count split after "trong đó" is no day's count ("vừa ghi nhận 3 ca nghi nhiễm,
trong đó có 2 ca tái dương tính và 1 ca nhiễm mới"), unless the split is a total's and the
part added that day; a province named only as an address
("… 1 ca (có địa chỉ ở tỉnh Long An)") is not the page's one province for "toàn tỉnh"; a
community count summed up after "Như vậy" ("Như vậy, tỉnh Bến Tre đã ghi nhận gần 620 ca
mắc COVID-19 trong cộng đồng") stands to date, no day's. On sentences invented for the test
(not taken from any corpus file). docs/INTAKE.md, "Statistics of test63 to test65 and thin
pages as development data (rules29)"."""

import datetime as dt

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 7, 20)


def test_a_splits_part_is_no_days_count():
    text = (
        "Tỉnh Bến Tre vừa ghi nhận 3 ca nghi nhiễm SARS-CoV-2, trong đó có 2 ca tái dương tính "
        "và 1 ca nhiễm mới."
    )
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {}


def test_the_days_count_before_its_split_stays():
    text = "Tỉnh Bến Tre ghi nhận 30 ca mắc mới, trong đó có 10 ca mắc mới trong cộng đồng."
    got = stats_by_province(text, _DAY, ("new_cases_24h", "community_cases"))
    assert got == {"Bến Tre": {"new_cases_24h": 30, "community_cases": 10}}


def test_an_address_is_not_the_pages_province():
    text = (
        "Tính đến 18 giờ ngày 20.7, toàn tỉnh ghi nhận 67 ca dương tính với SARS-CoV-2. Huyện "
        "Gò Dầu 1 ca (có địa chỉ ở tỉnh Long An)."
    )
    assert stats_by_province(text, _DAY, ("cumulative_cases", "new_cases_24h")) == {}


def test_a_community_count_summed_up_is_no_days():
    text = "Như vậy, tỉnh Bến Tre đã ghi nhận gần 620 ca mắc COVID-19 trong cộng đồng."
    assert "community_cases" not in stats_by_province(text, _DAY).get("Bến Tre", {})


def test_the_days_count_inside_a_totals_split_stays():
    text = (
        "Tính đến ngày 20/7, trên địa bàn tỉnh Bến Tre có 28 trường hợp dương tính với "
        "SARS-CoV-2, trong đó ngày 20/7 địa phương có thêm 7 trường hợp dương tính với "
        "SARS-CoV-2."
    )
    got = stats_by_province(text, _DAY, ("new_cases_24h", "cumulative_cases"))
    assert got == {"Bến Tre": {"cumulative_cases": 28, "new_cases_24h": 7}}
