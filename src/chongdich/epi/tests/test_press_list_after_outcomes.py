"""A province list that names no count of its own ("Tại TP. HCM (188), Bình Dương (10)",
"Cụ thể: Long An (20), Tiền Giang (15)") goes on from the sentence before: after the day's
deaths or recoveries it gives no new cases; after the day's cases it is their split. On
texts invented for the test (not taken from any corpus file). docs/INTAKE.md, "test20,
test21, test23, test24 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "deaths", "recovered")
_LIST = "{opener} Long An (20), Tiền Giang (15), Bến Tre (3)."


def _provinces(text):
    stats = stats_by_province(text, dt.date(2021, 9, 11), _FIELDS)
    return {name: figures for name, figures in stats.items() if name is not None}


@pytest.mark.parametrize(
    "lead",
    [
        "Trong ngày, cả nước ghi nhận 38 ca tử vong.",
        "Số bệnh nhân tử vong trong ngày là 38.",
        "Hôm nay có 38 bệnh nhân được công bố khỏi bệnh.",
    ],
)
@pytest.mark.parametrize("opener", ["Tại", "Cụ thể:", "Gồm"])
def test_a_list_after_the_days_deaths_gives_no_new_cases(lead, opener):
    assert _provinces(f"Bản tin dịch.\n{lead}\n{_LIST.format(opener=opener)}") == {}


@pytest.mark.parametrize(
    "lead",
    [
        "Trong ngày, cả nước ghi nhận 38 ca mắc mới.",
        "Có 38 ca trong cộng đồng; 12 ca được công bố khỏi bệnh.",
    ],
)
def test_a_list_after_the_days_cases_gives_their_split(lead):
    assert _provinces(f"Bản tin dịch.\n{lead}\n{_LIST.format(opener='Tại')}") == {
        "Long An": {"new_cases_24h": 20},
        "Tiền Giang": {"new_cases_24h": 15},
        "Bến Tre": {"new_cases_24h": 3},
    }


def test_a_list_with_its_own_count_stands():
    text = "Bản tin dịch.\nTrong ngày có 38 ca tử vong.\nCa mắc mới tại Long An (20), Bến Tre (3)."
    assert _provinces(text) == {"Long An": {"new_cases_24h": 20}, "Bến Tre": {"new_cases_24h": 3}}


@pytest.mark.parametrize(
    "first_item",
    [
        "Long An (20 ca trong 2 ngày)",
        "Long An (20 ca, bổ sung từ hôm trước)",
        "Long An (20 trường hợp cộng dồn 2 ngày)",
    ],
)
@pytest.mark.parametrize("opener", ["Tại các tỉnh, TP khác:", "Các địa phương còn lại:"])
def test_an_items_own_bracket_is_no_count_of_the_lists_head(first_item, opener):
    # the first item's note ("20 ca …") is the item's, the list still counts the deaths
    text = (
        "Bản tin dịch.\nTrong ngày, cả nước ghi nhận 80 ca tử vong.\n"
        f"{opener} {first_item}, Tiền Giang (15), Bến Tre (3)."
    )
    assert _provinces(text) == {}


def test_after_the_days_cases_a_list_with_an_items_bracket_is_their_split():
    text = (
        "Bản tin dịch.\nTrong ngày, cả nước ghi nhận 38 ca mắc mới.\n"
        "Tại các tỉnh: Long An (20 ca trong 2 ngày), Tiền Giang (15), Bến Tre (3)."
    )
    assert _provinces(text) == {
        "Tiền Giang": {"new_cases_24h": 15},
        "Bến Tre": {"new_cases_24h": 3},
    }
