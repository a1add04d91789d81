"""A table of new cases by province, in any of the layouts a page flattens it into: rows one
a line below a header broken over lines, or run together; "+N" in the new-cases column and
a bare "0" for a province with none; a row of the whole country first, the country's
`local_cases` when the table counts domestic cases. Rows far from a header, or a single
row, are no table. On tables invented for the test (not taken from any corpus file).
docs/INTAKE.md, "test18, test19, test22 as development data"."""

import datetime as dt

import pytest

from chongdich.epi.tests.press_helpers import stats_by_province

_FIELDS = ("new_cases_24h", "local_cases", "cumulative_cases", "deaths")
_ROWS = {
    "Quảng Ninh": {"new_cases_24h": 310},
    "Thái Bình": {"new_cases_24h": 75},
    "Cao Bằng": {"new_cases_24h": 0},
}


def _stats(text):
    return stats_by_province(text, dt.date(2022, 4, 9), _FIELDS)


@pytest.mark.parametrize(
    "table",
    [
        # one row a line, the header cut into pieces
        "STT Tỉnh thành Ca nhiễm mới\nhôm qua\nTổng Ca\nnhiễm\nCa tử\nvong\n"
        "1 Quảng Ninh +310 250.400 120\n2 Thái Bình +75 180.212 45\n3 Cao Bằng 0 95.565 58\n",
        # the rows run together on one line
        "Tỉnh Ca mắc mới Tổng số ca Tử vong Quảng Ninh +310 250.400 120 Thái Bình +75 "
        "180.212 45 Cao Bằng 0 95.565 58",
        # "+ 310": a blank after the sign
        "Địa phương | Ca nhiễm mới | Tổng ca nhiễm | Tử vong\n"
        "Quảng Ninh + 310 250.400 120\nThái Bình + 75 180.212 45\nCao Bằng 0 95.565 58",
    ],
)
def test_each_row_gives_its_provinces_new_cases(table):
    stats = _stats("Cập nhật số liệu dịch.\n" + table)
    assert stats == _ROWS


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Số ca mắc COVID-19 trong nước từ 27/04/2021\n", "local_cases"),
        ("Số ca mắc COVID-19 theo địa phương\n", "new_cases_24h"),
    ],
)
def test_the_row_of_the_whole_is_the_countrys(heading, field):
    table = (
        "STT Tỉnh thành Ca nhiễm mới\nhôm nay\nTổng Ca\nnhiễm\nTỔNG +385 10.737.087 43.052\n"
        "1 Quảng Ninh +310 250.400 120\n2 Thái Bình +75 180.212 45\n"
    )
    stats = _stats(heading + table)
    assert stats[None] == {field: 385}
    assert stats["Quảng Ninh"] == {"new_cases_24h": 310}


def test_a_single_row_or_rows_after_prose_are_no_table():
    text = (
        "Ca nhiễm mới được cách ly ngay trong đêm để truy vết các học sinh cùng lớp, giáo viên "
        "chủ nhiệm và gia đình của các em ở nhiều xã khác nhau trong huyện.\n"
        "Quảng Ninh +310 250.400 120\nThái Bình +75 180.212 45"
    )
    assert _stats(text) == {}
    assert _stats("STT Tỉnh Ca nhiễm mới Tổng\n1 Quảng Ninh +310 250.400 120\nHết.") == {}


_DATED_TABLE = (
    "Diễn biến dịch trong tuần qua.\n"
    "Nguồn: Bộ Y tế - Cập nhật lúc 09:15 09/04/2022\n"
    "STT Tỉnh thành Ca nhiễm mới\n{day}\nTổng Ca\nnhiễm\n"
    "1 Quảng Ninh +310 250.400 120\n2 Thái Bình +75 180.212 45\n"
)


@pytest.mark.parametrize(
    ("day", "published", "as_of"),
    [
        # the column counts the day before the page's date
        ("hôm qua", dt.date(2022, 4, 9), "2022-04-08"),
        ("ngày hôm qua", dt.date(2022, 3, 1), "2022-02-28"),
        # the page's own day
        ("hôm nay", dt.date(2022, 4, 9), "2022-04-09"),
        ("24h qua", dt.date(2022, 4, 9), "2022-04-09"),
        # an undated page: the update line dates nothing
        ("hôm qua", None, None),
    ],
)
def test_the_columns_day_dates_the_rows_from_the_pages_date(day, published, as_of):
    stats = stats_by_province(_DATED_TABLE.format(day=day), published, ("new_cases_24h", "as_of"))
    assert stats["Quảng Ninh"].get("as_of") == as_of
    assert stats["Thái Bình"]["new_cases_24h"] == 75
