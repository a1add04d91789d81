"""The learned statistics reader (ADR 0034) on invented sentences: the number finder, the
labels taken from the gold, the province rule and one tiny training run."""

from __future__ import annotations

from chongdich.intake import learned_stats as learned


def _values(text: str, english: bool = False) -> list[int | float]:
    return [number.value for number in learned.find_numbers(text, english)]


def test_numbers_are_read_with_vietnamese_grouping_and_decimals():
    text = "Ngày 19.11, tỉnh ghi nhận 2.828 ca; tỷ lệ tiêm đạt 60,65% và 42 ca khỏi."
    assert _values(text) == [2828, 60.65, 42]


def test_dates_times_and_names_are_not_figures():
    text = "Sáng 28/6/2021 lúc 10h, có 5 ca F0 mắc Covid-19 (ngày 3 tháng 9)."
    assert _values(text) == [5]


def test_english_grouping_is_read_in_english_articles():
    assert _values("Vietnam recorded 2,828 cases; 60.65 percent", english=True) == [2828, 60.65]


def test_a_number_is_labelled_with_the_field_whose_gold_value_it_equals():
    reader = learned.ArticleReader("Bình Định ghi nhận 42 ca mới, 705 ca đang điều trị, 3 xã.")
    record = {
        "province_stats": [
            {"province": "Bình Định", "new_cases_24h": 42, "under_treatment": 705, "deaths": 9}
        ]
    }
    labels, missing = learned.label_units(reader.units(), record)
    assert labels == [{"new_cases_24h"}, {"under_treatment"}, {"none"}]
    assert missing == 1  # no "9" in the text


def test_the_province_is_the_nearest_before_else_national():
    reader = learned.ArticleReader("Cả nước có 500 ca mắc. Hà Nội có 20 ca, Đà Nẵng có 3 ca.")
    assert [unit.province for unit in reader.units()] == [None, "Hà Nội", "Đà Nẵng"]


def test_a_tiny_training_run_learns_which_word_names_the_field():
    examples = [
        (["bias", "a1=ca", "b1=mới"], {"new_cases_24h"}),
        (["bias", "a1=ca", "b1=vong"], {"deaths"}),
        (["bias", "a1=xã"], {"none"}),
    ] * 3
    model = learned.FieldModel.train(examples, epochs=5)
    assert model.predict(["bias", "a1=ca", "b1=mới"])[0] == "new_cases_24h"
    assert model.predict(["bias", "a1=ca", "b1=vong"])[0] == "deaths"
    assert model.predict(["bias", "a1=xã"])[1] < 0  # "none" wins


def test_the_model_fills_only_what_the_rules_left_empty():
    rules = [{"province": "Huế", "new_cases_24h": 5}]
    model = [{"province": "Huế", "new_cases_24h": 6, "deaths": 1}, {"province": None, "deaths": 2}]
    assert learned.fill_empty(rules, model) == [
        {"province": "Huế", "new_cases_24h": 5, "deaths": 1},
        {"province": None, "deaths": 2},
    ]


def test_english_province_names_are_found_in_an_english_article():
    reader = learned.ArticleReader(
        "Binh Duong recorded 35 new cases on Monday, and HCM City 120 in the same period."
    )
    assert [unit.province for unit in reader.units()] == ["Bình Dương", "TP HCM"]


def test_an_hour_window_and_a_lists_heading_are_features_of_the_figures_after_them():
    reader = learned.ArticleReader(
        "Từ 12h đến 18h ngày 24/6, cả nước có 50 ca mắc mới. Số ca tử vong: Hà Nội 2 ca."
    )
    first, second = (set(unit.features) for unit in reader.units())
    assert {"window=True", "window_here=True"} <= first
    assert {"window=True", "window_here=False", "topic=death", "topic_here=death|True"} <= second


def test_each_field_is_read_above_its_own_threshold_and_a_field_without_one_never():
    readings = [
        learned.Reading("Huế", "new_cases_24h", 12, margin=11.0),
        learned.Reading("Huế", "deaths", 1, margin=4.0),
        learned.Reading("Huế", "recovered", 9, margin=80.0),
    ]
    thresholds = {"new_cases_24h": 10.0, "deaths": 5.0}
    assert learned.as_records(readings, thresholds) == [{"province": "Huế", "new_cases_24h": 12}]


def test_the_best_reading_of_a_province_and_field_is_the_highest_margin():
    units = [
        learned.Unit(learned.Number(0, 1, 5), "Huế", ["a1=ca", "b1=mới"]),
        learned.Unit(learned.Number(5, 6, 7), "Huế", ["a1=ca", "b1=mới", "b2=thêm"]),
        learned.Unit(learned.Number(9, 10, 3), "Huế", ["a1=xã"]),
    ]
    model = learned.FieldModel(
        {"b1=mới": {"new_cases_24h": 3.0}, "b2=thêm": {"new_cases_24h": 1.0}, "a1=xã": {"none": 2}}
    )
    assert learned.best_readings(units, model) == [learned.Reading("Huế", "new_cases_24h", 7, 4.0)]


def test_gaps_are_the_readings_of_what_the_rules_left_empty():
    rules = [{"province": "Huế", "new_cases_24h": 5}]
    readings = [
        learned.Reading("Huế", "new_cases_24h", 6, 20.0),
        learned.Reading("Huế", "deaths", 1, 20.0),
        learned.Reading(None, "new_cases_24h", 90, 20.0),
    ]
    assert learned.gaps(rules, readings) == readings[1:]


def test_the_reader_tells_an_english_article_as_the_extractor_does():
    english = learned.ArticleReader(
        "HCM City recorded 1,234 new cases on Monday, and the total of the city is 5,678."
    )
    vietnamese = learned.ArticleReader("TP HCM ghi nhận 1.234 ca mắc mới trong ngày hôm qua.")
    assert english.read_as_english and not vietnamese.read_as_english
