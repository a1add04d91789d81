"""An English report's rank of the outbreak's counts by province ("Four cities/provinces
reported highest number of cases include Bac Ninh (2,310); HCMC (905); Ha Noi (412) …"):
each province's running total at the report's date, not the day's count; a day's rank of new
cases keeps the day's. On texts invented for the test (not taken from any corpus file).
docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import extract_facts

_REPORT = (
    "Situation Report #50. Report as of 11 July 2021. The current outbreaks continued to "
    "evolve with clusters in many provinces. "
)


def _rows(text: str) -> dict:
    stats = extract_facts(text, use_ner=False, published=dt.date(2021, 7, 11)).province_stats
    return {r["province"]: r for r in stats if r["province"]}


@pytest.mark.parametrize(
    "rank",
    [
        "Four cities/provinces reported highest number of cases include Bac Ninh (2,310); "
        "HCMC (905); Ha Noi (412); and Long An (120).",
        "The provinces with the highest number of cases are Bac Ninh (2,310), HCMC (905), "
        "Ha Noi (412) and Long An (120).",
    ],
)
def test_a_reports_rank_gives_running_totals(rank):
    rows = _rows(_REPORT + rank)
    assert rows["Bắc Ninh"]["cumulative_cases"] == 2310
    assert rows["Hà Nội"]["cumulative_cases"] == 412
    assert rows["Bắc Ninh"]["new_cases_24h"] is None
    assert rows["Bắc Ninh"]["as_of"] == "2021-07-11"


def test_a_days_rank_of_new_cases_keeps_the_days_counts():
    rows = _rows(
        _REPORT + "Today, the localities with the highest number of new cases are Bac Ninh "
        "(231), HCMC (95) and Ha Noi (41)."
    )
    assert rows["Bắc Ninh"]["cumulative_cases"] is None
