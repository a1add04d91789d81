"""English bulletins: the report's day and English digit marks, on sentences invented for
the test (not taken from any corpus file). docs/INTAKE.md, "test10 as development data"."""

import datetime as dt

from chongdich.epi.press_facts import extract_facts
from chongdich.epi.press_facts.english_dates import english_report_date
from chongdich.epi.press_facts.english_text import with_vietnamese_digit_marks


def _new_cases(text, published):
    facts = extract_facts(text, published, use_ner=False)
    return {
        s["province"]: (s["new_cases_24h"], s["as_of"])
        for s in facts.province_stats
        if s["new_cases_24h"] is not None
    }


def test_a_weekday_dates_the_localities_list_and_thousands_keep_their_comma():
    text = (
        "The Ministry of Health on Tuesday reported the new infections across the country.\n\n"
        "Localities with the most new cases were Nghe An (1,215), Thanh Hoa (980) and "
        "Quang Ninh (1,002), the ministry said."
    )
    assert _new_cases(text, dt.date(2022, 2, 17)) == {
        "Nghệ An": (1215, "2022-02-15"),
        "Thanh Hóa": (980, "2022-02-15"),
        "Quảng Ninh": (1002, "2022-02-15"),
    }


def test_a_dateline_at_the_head_is_the_report_day():
    text = "March 05, 2022 - 09:10\nThe country logged more infections than the day before."
    assert english_report_date(text, dt.date(2022, 3, 5)) == dt.date(2022, 3, 5)
    assert english_report_date("5 March 2022 - the ministry said …", dt.date(2022, 3, 6)) == (
        dt.date(2022, 3, 5)
    )


def test_a_dateline_after_publication_or_no_day_gives_none():
    assert english_report_date("March 09, 2022 - cases rose.", dt.date(2022, 3, 5)) is None
    assert english_report_date("Cases rose in the capital.", dt.date(2022, 3, 5)) is None
    assert english_report_date("Cases rose on Sunday.", None) is None


def test_digit_marks_swap_one_for_one():
    written = "reached 1,763,040 cases; 5.21 million USD; 3.5 percent; 1.028 trillion"
    swapped = with_vietnamese_digit_marks(written)
    assert swapped == "reached 1.763.040 cases; 5,21 million USD; 3,5 percent; 1.028 trillion"
    assert len(swapped) == len(written)
