"""The day's count the Ministry of Health announces with no "mới" ("Bộ Y tế tối 3/10 công bố
9.876 ca nhiễm", "Trong 9.876 ca nhiễm Bộ Y tế công bố tối 3/10 có …") is the country's
`new_cases_24h` (docs/intake-annotation.md, 265); a dated headline's deaths after the day's
count ("Ngày 3/10 có 9.876 ca COVID-19; 120 ca tử vong") are the day's, no `deaths`. On texts
invented for the test (not taken from any corpus file). docs/INTAKE.md, "The dated bulletins
of test71 to test79 as development data (rules32)"."""

import pytest

from chongdich.epi.press_facts import extract_facts


def _national(text: str) -> dict:
    rows = [s for s in extract_facts(text, use_ner=False).province_stats if s["province"] is None]
    assert len(rows) <= 1
    return rows[0] if rows else {}


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Y tế tối 3/10 công bố 9.876 ca nhiễm, trong đó 9.870 ca tại 50 tỉnh thành.",
        "Bộ Y tế chiều nay công bố 9.876 ca mắc COVID-19, giảm 300 ca so với hôm qua.",
        "Bộ Y tế vừa công bố 9.876 ca nhiễm.",
        "Trong 9.876 ca nhiễm Bộ Y tế công bố tối 3/10 có 9.870 ca ở 50 tỉnh thành.",
        "Trong số 9.876 ca mắc COVID-19 được Bộ Y tế công bố ngày 3/10, có 9.870 ca ở 50 tỉnh.",
    ],
)
def test_the_ministrys_announced_count_is_the_countrys_day(text):
    assert _national(text).get("new_cases_24h") == 9876


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Y tế tối 3/10 công bố 9.876 ca khỏi bệnh.",
        "Bộ Y tế công bố 9.876 ca tử vong.",
        "Tính đến nay, Bộ Y tế công bố 9.876 ca mắc.",
        "Bộ Y tế công bố 9.876 ca nhập cảnh.",
    ],
)
def test_no_day_count_from_other_outcomes_or_totals(text):
    assert _national(text).get("new_cases_24h") is None


@pytest.mark.parametrize("sep", [";", ","])
def test_a_dated_headlines_deaths_are_the_days(sep):
    text = (
        f"Ngày 3/10 có 9.876 ca COVID-19{sep} 120 ca tử vong\n\n"
        "Bộ Y tế tối 3/10 công bố 9.876 ca nhiễm."
    )
    national = _national(text)
    assert national.get("new_cases_24h") == 9876
    assert national.get("deaths") is None


def test_a_provinces_standing_figures_keep_their_deaths():
    text = "Ngày 3/10, Hà Nội có 2.000 ca đang điều trị; 120 ca tử vong."
    rows = extract_facts(text, use_ner=False).province_stats
    assert rows and rows[0]["deaths"] == 120


@pytest.mark.parametrize(
    "headline",
    [
        "Ngày 3.10: Cả nước 9.876 ca Covid-19, 20.000 ca khỏi",
        "Ngày 3/10, cả nước có 9.876 ca COVID-19, 20.000 ca khỏi bệnh",
        "Tối 3/10: Việt Nam thêm 9.876 ca mắc mới, 20.000 ca khỏi bệnh",
    ],
)
def test_a_dated_headlines_recovered_are_the_days(headline):
    assert (
        _national(headline + "\n\nBộ Y tế tối 3/10 công bố 9.876 ca nhiễm.").get("recovered")
        is None
    )


def test_a_province_in_the_headline_keeps_its_count():
    text = (
        "Ngày 3/10 có 9.876 ca COVID-19, Bình Dương nhiều nhất với 4.321 ca\n\n"
        "Trong 9.876 ca nhiễm Bộ Y tế công bố tối 3/10 có 9.870 ca ở 50 tỉnh thành."
    )
    rows = {
        s["province"]: s["new_cases_24h"] for s in extract_facts(text, use_ner=False).province_stats
    }
    assert rows == {None: 9876, "Bình Dương": 4321}
