"""An English day's count split with "one" in the community ("… confirmed 21 COVID-19 cases
on October 4 morning, including one in the community, 12 in quarantine facilities …",
"including one case detected in the community"): `community_cases` 1, as "including seven in
the community" gives 7; "someone" is no count. On texts invented for the test (not taken from
any corpus file). docs/INTAKE.md, "Thin pages … (intake-rules35)"."""

import pytest

from chongdich.epi.press_facts.english_figures import english_figures


def _community(s: str) -> list[object]:
    return [f[2] for f in english_figures(s) if f[1] == "community_cases"]


@pytest.mark.parametrize(
    "s",
    [
        "The Hà Nội Department of Health confirmed 21 COVID-19 cases on October 4 morning, "
        "including one in the community, 12 in quarantine facilities and 8 in locked-down areas.",
        "Hà Nội reported 21 new cases, including one case detected in the community.",
    ],
)
def test_one_in_the_community(s):
    assert _community(s) == [1]


def test_someone_is_no_count():
    assert _community("Hà Nội reported 21 new cases, including someone in the community.") == []
