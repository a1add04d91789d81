"""A giver written with its short name in brackets ("Ngân hàng TMCP Nam Á (NamABank)") is
named by the full name without the bracket, and so is its short name written later in the
article, even a group's short name the reader knows ("Công ty CP Ô tô Trường Hải (THACO)");
a short name alone keeps the reader's name for it. On sentences invented for the test (not
taken from any corpus file). docs/INTAKE.md, "Directives and support events across the
development sets (rules30, session 14)"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import gift_rows

_DAY = dt.date(2021, 11, 30)


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "Chiều 29/11, Công ty CP Ô tô Trường Hải (THACO) đã bàn giao 80.000 bộ kit test nhanh "
            "cho tỉnh Hà Tĩnh.",
            "Công ty CP Ô tô Trường Hải",
        ),
        (
            "Ngân hàng TMCP Việt Nam Thịnh Vượng (VPBank) vừa quyết định hỗ trợ tỉnh Hà Tĩnh. "
            "Chiều 29/11, VPBank đã trao tặng 3 tỷ đồng cho tỉnh Hà Tĩnh.",
            "Ngân hàng TMCP Việt Nam Thịnh Vượng",
        ),
        (
            "Ngân hàng TMCP Nam Á (NamABank) đã trao tặng 2 tỷ đồng cho tỉnh Hà Tĩnh.",
            "Ngân hàng TMCP Nam Á",
        ),
    ],
)
def test_a_bracketed_short_name_gives_as_the_full_name(text, donor):
    rows = gift_rows(text, _DAY, ("donor", "recipient"))
    assert rows == [(donor, "Hà Tĩnh")]


def test_a_known_short_name_alone_keeps_the_readers_name():
    text = "Chiều 29/11, THACO đã bàn giao 80.000 bộ kit test nhanh cho tỉnh Hà Tĩnh."
    assert gift_rows(text, _DAY, ("donor", "recipient")) == [("Tập đoàn Thaco", "Hà Tĩnh")]
