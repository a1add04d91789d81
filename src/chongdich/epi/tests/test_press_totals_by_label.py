"""Totals and the day's counts by their labels and their clauses: recoveries to date by a
label with the disease and the place between ("tổng số bệnh nhân Covid-19 ở Hà Nội đã điều
trị khỏi là …", "nâng số người khỏi bệnh đến nay là …"), the day's community cases by their
label, a day's count raising a total over a period (the period is the total's), people who
fell ill ("thêm 40 người mắc Covid-19"). On sentences invented for the test (not taken from
any corpus file). docs/INTAKE.md, "test42 to test45 as development data (rules25)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_DAY = dt.date(2021, 12, 4)
_ALL = (
    "cumulative_cases",
    "recovered",
    "new_cases_24h",
    "community_cases",
    "imported_cases",
)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Theo Sở Y tế, tổng số bệnh nhân Covid-19 ở Hải Phòng đã điều trị khỏi là 12.345 "
            "người.",
            {"Hải Phòng": {"recovered": 12345}},
        ),
        (
            "Đến nay, tổng số người mắc COVID-19 đã khỏi bệnh ở nước ta: 7.654.321 ca",
            {None: {"recovered": 7654321}},
        ),
        (
            "Cả nước có thêm 900 người khỏi bệnh, nâng số người khỏi bệnh đến nay là 1.100.200 "
            "trường hợp.",
            {None: {"recovered": 1100200}},
        ),
        (
            "Cả nước ghi nhận 12.000 ca mắc mới. Số ca mắc cộng đồng trong ngày là 7.300 "
            "trường hợp.",
            {None: {"new_cases_24h": 12000, "community_cases": 7300}},
        ),
        (
            "Hôm nay, Quảng Nam ghi nhận thêm 40 người mắc Covid-19, nâng số ca từ ngày 10/7 "
            "đến nay lên 1.200.",
            {"Quảng Nam": {"new_cases_24h": 40}},
        ),
        (
            "Trong 24 giờ qua, tỉnh Kiên Giang phát hiện 312 trường hợp mắc COVID-19, nâng tổng "
            "số trường hợp mắc COVID-19 từ ngày 15/4 đến nay là 9.876 trường hợp.",
            {"Kiên Giang": {"new_cases_24h": 312}},
        ),
    ],
)
def test_read_by_label_and_clause(text, figures):
    assert stats_by_province(text, _DAY, _ALL) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the day's parts stand when the day's count is given
        (
            "Ngày 3/12, Huế ghi nhận 30 ca mắc mới, trong đó 12 ca cộng đồng, nâng tổng số lên "
            "900 ca.",
            {
                "Thừa Thiên Huế": {
                    "new_cases_24h": 30,
                    "community_cases": 12,
                    "cumulative_cases": 900,
                }
            },
        ),
        # a period counted from its own date: no day's count
        (
            "Từ ngày 10/7 đến nay, Quảng Nam ghi nhận thêm 40 người mắc Covid-19.",
            {},
        ),
        # people isolated are no cases
        ("Quảng Nam cách ly thêm 91 người.", {}),
    ],
)
def test_what_stays(text, figures):
    assert stats_by_province(text, _DAY, _ALL) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Tại Bạc Liêu đến ngày 5/12/2021 ghi nhận 18.200 ca mắc COVID-19; cộng dồn 98 tử vong.",
            {"Bạc Liêu": {"cumulative_cases": 18200, "deaths": 98}},
        ),
        (
            "Tại Vĩnh Long, lũy kế 45 ca tử vong.",
            {"Vĩnh Long": {"deaths": 45}},
        ),
        (
            "Tại Trà Vinh, số ca mắc COVID-19 đến nay của tỉnh là 9.100 trường hợp, trong đó số "
            "đang điều trị là 1.250 ca.",
            {"Trà Vinh": {"cumulative_cases": 9100, "under_treatment": 1250}},
        ),
    ],
)
def test_outcomes_by_the_totals_word(text, figures):
    fields = ("cumulative_cases", "deaths", "under_treatment")
    assert stats_by_province(text, _DAY, fields) == figures


def test_a_change_in_those_treated_is_no_count():
    text = "Tại Long An, số đang điều trị tăng 20 ca."
    assert stats_by_province(text, _DAY, ("under_treatment",)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Long An có nhiều ca. Đến thời điểm này bệnh viện đã điều trị cho hơn 3.200 bệnh nhân "
        "khỏi bệnh, xuất viện.",
        "Long An có nhiều ca. Tích lũy đến nay, bệnh viện có hơn 900 bệnh nhân khỏi bệnh.",
        "Tại Long An, khu điều trị đã thu dung điều trị cho 1.500 bệnh nhân khỏi bệnh.",
    ],
)
def test_a_facilitys_own_patients_are_no_provinces(text):
    assert stats_by_province(text, _DAY, ("recovered",)) == {}


def test_the_provinces_recoveries_stay():
    text = "Tích lũy đến nay, Long An có hơn 9.000 bệnh nhân khỏi bệnh."
    assert stats_by_province(text, _DAY, ("recovered",)) == {"Long An": {"recovered": 9000}}


def test_news_recalled_with_no_day_is_no_days_count():
    text = (
        "Như Tuổi Trẻ đã phản ánh, CDC Đà Nẵng công bố các ca nhiễm Covid-19 liên quan đến một "
        "bệnh viện, trong đó có 4 ca dương tính Covid-19 ở một chung cư."
    )
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {}


def test_news_recalled_with_its_day_stays():
    text = "Như Báo Nghệ An đã đưa tin, ngày 3/12 Nghệ An ghi nhận thêm 12 ca mắc mới."
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {"Nghệ An": {"new_cases_24h": 12}}
