"""Choosing the fill thresholds (ADR 0035) on invented candidates, and scoring a filled
record the way the corpus is scored."""

from __future__ import annotations

from chongdich.intake import learned_stats as learned
from chongdich.intake import learned_stats_eval as evaluation
from chongdich.intake.learned_stats_eval import Candidate, Tally


def _pool(field: str, outcomes: str, margin: float, english: bool = False) -> list[Candidate]:
    names = {"t": "tp", "f": "fp", "d": "doubtful"}
    return [Candidate("s", field, margin, names[o], english) for o in outcomes]


def test_the_sets_are_in_the_order_of_their_numbers():
    names = evaluation.corpus_sets()
    assert names[:4] == ("dev", "test", "test2", "test3")
    assert names.index("test9") < names.index("test10")


def test_doubtful_additions_count_neither_way():
    pool = _pool("deaths", "ttfd", 20.0)
    assert evaluation.added(pool, {"deaths": 10.0}) == Tally(2, 3, 0)
    assert evaluation.added(pool, {"deaths": 30.0}) == Tally(0, 0, 0)
    assert evaluation.added(pool, {}) == Tally(0, 0, 0)  # a field without threshold: never


def test_per_field_thresholds_fill_only_fields_that_gain_with_enough_support():
    base = Tally(60, 80, 100)  # F1 2*60/180 = 0.667: an addition must be right > 1/3
    pool = (
        _pool("new_cases_24h", "tttttf", 40.0)  # 5 of 6 right with a high margin
        + _pool("new_cases_24h", "ffffff", 3.0)  # wrong with a low one
        + _pool("deaths", "ff", 40.0)  # never right
        + _pool("recovered", "tt", 40.0)  # right, but too few to trust
    )
    assert evaluation.choose_per_field(pool, base) == {"new_cases_24h": 30.0}


def test_one_threshold_for_every_field_or_none():
    base = Tally(60, 80, 100)
    assert evaluation.choose_uniform(_pool("deaths", "ff", 40.0), base) == {}
    chosen = evaluation.choose_uniform(_pool("deaths", "tttt", 40.0), base)
    assert chosen == learned.uniform(30.0)


def test_nested_chooses_without_the_set_it_scores():
    base = {"a": Tally(6, 8, 10), "b": Tally(6, 8, 10), "c": Tally(6, 8, 10)}
    pools = {
        "a": [Candidate("a", "deaths", 40.0, "tp", False)] * 5,
        "b": [Candidate("b", "deaths", 40.0, "tp", False)] * 5,
        "c": [Candidate("c", "deaths", 40.0, "fp", False)] * 5,
    }
    total, chosen = evaluation.nested(base, pools, evaluation.choose_per_field)
    assert [t.get("deaths") for t in chosen] == [30.0, 30.0, 30.0]
    assert total == Tally(6 * 3 + 10, 8 * 3 + 15, 30)


def test_nested_chooses_on_every_candidate_and_adds_only_those_it_applies_to():
    base = {"a": Tally(6, 8, 10), "b": Tally(6, 8, 10)}
    pools = {
        "a": _pool("deaths", "ttttt", 40.0, english=True) + _pool("deaths", "ttttt", 40.0),
        "b": _pool("deaths", "ttttt", 40.0, english=True) + _pool("deaths", "ttttt", 40.0),
    }
    everywhere, _ = evaluation.nested(base, pools, evaluation.choose_per_field)
    english, _ = evaluation.nested(base, pools, evaluation.choose_per_field, lambda c: c.english)
    assert everywhere == Tally(12 + 20, 16 + 20, 20)
    assert english == Tally(12 + 10, 16 + 10, 20)
    assert everywhere - english == Tally(10, 10, 0)


def test_a_filled_reading_is_scored_as_a_gold_fact_a_doubtful_one_or_a_false_one():
    record = {
        "file": "1.txt",
        "province_stats": [{"province": "Huế", "new_cases_24h": 5}],
        "doubtful": {"province_stats": [{"province": "Huế", "deaths": 1}]},
    }
    article = evaluation.Article("s", record, units=[], rules=[], english=False)
    readings = [
        learned.Reading("Huế", "new_cases_24h", 5, 20.0),
        learned.Reading("Huế", "deaths", 1, 20.0),
        learned.Reading("Huế", "recovered", 3, 20.0),
    ]
    outcomes = [c.outcome for c in evaluation.candidates(article, readings)]
    assert outcomes == ["tp", "doubtful", "fp"]
    filled = evaluation.fill_system({"new_cases_24h": 10.0, "deaths": 10.0})(article, readings)
    assert filled == [{"province": "Huế", "new_cases_24h": 5, "deaths": 1}]
