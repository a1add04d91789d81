"""Non-breaking spaces, thin spaces and runs of spaces between words read as one plain
space, and what is read keeps its place on the text as written. On sentences invented for
the test; docs/INTAKE.md, "Robustness to surface variation"."""

import datetime as dt
import unicodedata

import pytest

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.press_facts.spacing import single_spaced
from chongdich.epi.tests.press_helpers import gift_rows, stats_by_province

_DAY = dt.date(2021, 10, 27)
_BULLETIN = (
    "Từ 6h ngày 26/10 đến 6h ngày 27/10, tỉnh Kon Tum ghi nhận 37 ca mắc COVID-19 mới, "
    "nâng tổng số ca nhiễm trên địa bàn tỉnh lên 1.284 ca."
)
_GIFT = "Sáng 27/10, Công ty Cổ phần Hoa Lan trao tặng tỉnh Kon Tum 20 máy thở."


@pytest.mark.parametrize("space", ["\u00a0", "  ", " \u00a0", "\u202f", "\u2009"])
def test_odd_spaces_between_words_read_as_one_space(space):
    fields = ("new_cases_24h", "cumulative_cases")
    plain = stats_by_province(_BULLETIN, _DAY, fields)
    assert plain == {"Kon Tum": {"new_cases_24h": 37, "cumulative_cases": 1284}}
    assert stats_by_province(_BULLETIN.replace(" ", space), _DAY, fields) == plain
    gift = [("Công ty Cổ phần Hoa Lan", "Kon Tum", "ventilator", 20)]
    assert gift_rows(_GIFT.replace(" ", space), _DAY) == gift


def test_spans_point_at_the_figures_as_written():
    written = _BULLETIN.replace("ghi nhận ", "ghi  nhận\u00a0\u00a0").replace("lên ", "lên   ")
    (stat,) = extract_facts(written, _DAY, use_ner=False).province_stats
    start, end = stat["spans"]["new_cases_24h"]
    assert "37" in written[start:end]
    start, end = stat["spans"]["cumulative_cases"]
    assert "1.284" in written[start:end]
    (event,) = extract_facts(_GIFT.replace(" 20 ", "  20  "), _DAY, use_ner=False).support_events
    start, end = event["items"][0]["span"]
    assert "20" in _GIFT.replace(" 20 ", "  20  ")[start:end]


def test_tabs_and_line_breaks_are_kept():
    text = "Cấp độ 1:\t3 xã\n  + Cấp độ 2:  4 xã"
    spaced, offsets = single_spaced(text)
    assert spaced == "Cấp độ 1:\t3 xã\n + Cấp độ 2: 4 xã"
    assert offsets is not None and len(offsets) == len(spaced) + 1
    assert all(text[offsets[i]] == char for i, char in enumerate(spaced))
    assert single_spaced("một khoảng trắng") == ("một khoảng trắng", None)


_SMALL = dict(zip("abcdefghijklmnopqrtuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀᴛᴜᴠᴡʏᴢ", strict=True))


def test_a_line_in_small_capitals_with_non_breaking_spaces():
    # a "fancy text" line loses its capitals; a province's name gets them back only if its
    # spaces are plain ones
    line = "Hôm nay, Bình Dương ghi nhận 3.795 ca mắc mới COVID-19."
    small = "".join(_SMALL.get(c.lower(), c) for c in unicodedata.normalize("NFD", line))
    text = unicodedata.normalize("NFC", small).replace(" ", "\u00a0")
    assert stats_by_province(text, _DAY, ("new_cases_24h",)) == {
        "Bình Dương": {"new_cases_24h": 3795}
    }
