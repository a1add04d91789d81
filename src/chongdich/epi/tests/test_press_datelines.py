"""A page's dateline near its start dates an undated article; the start of a period
("Số ca mắc … từ 27/04/2021", "kể từ ngày 1/1/2022") and a live data table's source line
("Nguồn: Bộ Y tế - Cập nhật lúc 05:04 20/04/2024") are no dateline. On texts invented for
the test (not taken from any corpus file). docs/INTAKE.md, "test18, test19, test22 as
development data"."""

import datetime as dt

import pytest

from chongdich.epi.press_facts import find_published_date


@pytest.mark.parametrize(
    "text",
    [
        "Tình hình dịch tại Sơn La\n\nSố ca mắc COVID-19 trong nước từ 27/04/2021\n",
        "Tình hình dịch tại Sơn La\n\nLũy kế số ca mắc kể từ ngày 01/01/2022 đến nay\n",
        "Tình hình dịch tại Sơn La\n\nNguồn: Bộ Y tế - Cập nhật lúc 05:04 20/04/2024\n",
    ],
)
def test_a_periods_start_or_a_tables_update_is_no_dateline(text):
    assert find_published_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Tình hình dịch tại Sơn La\n\n14/09/2021, 18:35\n\nSơn La có thêm 12 ca.",
        "Tình hình dịch tại Sơn La\n\nCập nhật: 14/09/2021 18:35\n\nSơn La có thêm 12 ca.",
    ],
)
def test_a_pages_dateline_dates_it(text):
    assert find_published_date(text) == dt.date(2021, 9, 14)
