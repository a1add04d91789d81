"""The recovered among the domestic cases counted since a day of the wave ("Số ca mắc mới ghi
nhận trong nước tính của đợt dịch kể từ 27/4 đến nay là 90.000 ca, trong đó có 30.000 bệnh
nhân đã được công bố khỏi bệnh") are a period's, no `recovered` total; a recovered total
stated on its own stays. On texts invented for the test (not taken from any corpus file).
docs/INTAKE.md, "The dated bulletins of test71 to test79 as development data (rules32)"."""

import pytest

from chongdich.epi.press_facts import extract_facts

_DAY = "Tối 9/8 cả nước thêm 1.500 ca. "


def _national(text: str) -> dict:
    rows = [s for s in extract_facts(text, use_ner=False).province_stats if s["province"] is None]
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize(
    "wave",
    [
        "Số ca mắc mới ghi nhận trong nước tính của đợt dịch kể từ 27/4 đến nay là 90.000 ca, "
        "trong đó có 30.000 bệnh nhân đã được công bố khỏi bệnh.",
        "Tổng số ca nhiễm mới ghi nhận trong nước tính từ ngày 27/4 đến nay là 90.000 ca, trong "
        "đó 30.000 bệnh nhân đã khỏi bệnh.",
    ],
)
def test_the_waves_recovered_are_no_total(wave):
    assert _national(_DAY + wave).get("recovered") is None


def test_a_recovered_total_stays():
    text = _DAY + "Tổng số bệnh nhân được công bố khỏi bệnh: 30.000 ca."
    assert _national(text)["recovered"] == 30000
