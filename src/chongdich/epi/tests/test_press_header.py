"""The attribution header of a saved article."""

import datetime as dt

from chongdich.epi.press_header import split_attribution


def test_the_header_is_read_and_the_text_after_it_returned():
    header, body = split_attribution(
        "# source: https://example.vn/a\n# outlet: Báo Bạc Liêu\n# published: 2021-11-20\n\n"
        "Trong 24 giờ qua …\n"
    )
    assert header.outlet == "Báo Bạc Liêu"
    assert header.published == dt.date(2021, 11, 20)
    assert body == "Trong 24 giờ qua …\n"


def test_an_unknown_date_is_none_and_text_without_a_header_is_unchanged():
    header, _ = split_attribution("# outlet: Thanh Niên\n# published: unknown\n\nText")
    assert header.published is None
    text = "# Tiêu đề bài báo\nNội dung."
    assert split_attribution(text)[1] == text
    assert split_attribution("Không có tiêu đề.")[1] == "Không có tiêu đề."
