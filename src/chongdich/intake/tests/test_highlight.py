"""The review page shows what each fact was read from, and marks the other figures of
the text as unread, so that a reviewer sees what the reader may have missed."""

import re

from chongdich.intake.highlight import highlighted

TEXT = "Sáng 2/11/2021, lúc 6h30, Bạc Liêu ghi nhận 414 ca mới; tổng 2.828 ca, tỷ lệ 60,65%."


def _unread(html):
    return re.findall(r'class="unread">([^<]*)<', html)


def test_figures_outside_every_fact_are_marked_unread_but_not_dates_times_or_years():
    shown = highlighted(TEXT, [])
    assert _unread(shown.html) == ["414", "2.828", "60,65%"]
    assert shown.unread_figures == 3


def test_a_figure_read_into_a_fact_is_marked_as_that_fact_not_as_unread():
    start = TEXT.index("414")
    shown = highlighted(TEXT, [(start, start + 3, 7, "pending")])
    assert '<mark class="fact-pending" data-fact="7">' in shown.html
    assert _unread(shown.html) == ["2.828", "60,65%"]


def test_every_piece_knows_its_offset_so_a_selection_maps_back_to_the_text():
    shown = highlighted(TEXT, [(TEXT.index("414"), TEXT.index("414") + 3, 1, "accepted")])
    for at, piece in re.findall(r'data-at="(\d+)"[^>]*>([^<]*)<', shown.html):
        assert TEXT[int(at) : int(at) + len(piece)] == piece


def test_the_text_is_escaped():
    assert "<script>" not in highlighted("<script>1</script> 5 ca", []).html


def test_dotted_dates_ordinals_and_digits_in_words_are_not_figures():
    text = "Từ ngày 1.10, tháng 5 có F0 ở post1396568; mũi 1 đạt 60,65%, cấp độ 4: 31.1 ca"
    assert _unread(highlighted(text, []).html) == ["60,65%", "4"]


def test_an_empty_span_is_not_highlighted():
    assert "<mark" not in highlighted(TEXT, [(5, 5, 1, "pending")]).html
