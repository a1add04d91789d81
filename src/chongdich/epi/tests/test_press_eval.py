"""The evaluation's counting: facts compared as tuples, and facts the annotation leaves
undecided ("doubtful") counted neither way."""

from chongdich.epi.press_eval import article_scores, score


def _all(predicted, expected):
    return {row.field: row for row in score(predicted, expected)}


GOLD = {
    "file": "a.txt",
    "province_stats": [{"province": "Nghệ An", "as_of": "2021-10-08", "new_cases_24h": 5}],
    "support_events": [],
    "directives": [],
}


def test_a_doubtful_fact_counts_neither_way():
    doubtful = {**GOLD, "doubtful": {"province_stats": [{"province": "Nghệ An", "deaths": 19}]}}
    read = {**GOLD, "province_stats": [{**GOLD["province_stats"][0], "deaths": 19}]}
    assert _all([read], [doubtful])["ALL"].f1 == 1.0  # reading it is no error
    assert _all([GOLD], [doubtful])["ALL"].f1 == 1.0  # nor is leaving it out
    assert "stats.deaths" not in {
        field for field, row in _all([read], [doubtful]).items() if row.predicted
    }


def test_another_value_than_the_doubtful_one_is_still_an_error():
    doubtful = {**GOLD, "doubtful": {"province_stats": [{"province": "Nghệ An", "deaths": 19}]}}
    read = {**GOLD, "province_stats": [{**GOLD["province_stats"][0], "deaths": 20}]}
    rows = _all([read], [doubtful])
    assert (rows["stats.deaths"].predicted, rows["stats.deaths"].true_positives) == (1, 0)


def test_a_doubt_in_one_file_does_not_excuse_another():
    other = {**GOLD, "file": "b.txt"}
    doubtful = {**GOLD, "doubtful": {"province_stats": [{"province": "Nghệ An", "deaths": 19}]}}
    read_b = {**other, "province_stats": [{**GOLD["province_stats"][0], "deaths": 19}]}
    rows = _all([GOLD, read_b], [doubtful, other])
    assert rows["stats.deaths"].predicted == 1 and rows["stats.deaths"].true_positives == 0


def test_what_a_decided_fact_also_states_stays_decided():
    applied = {"document": "16", "date": None, "measures": ["social distancing"]}
    gold = {
        "file": "a.txt",
        "directives": [{**applied, "province": "TP HCM"}],
        "doubtful": {"directives": [{**applied, "province": "Bạc Liêu"}]},
    }
    rows = _all([{"file": "a.txt", "directives": []}], [gold])
    assert rows["directive.document"].expected == 1  # "16" is decided for TP HCM
    assert rows["directive.measure"].expected == 1
    assert "directive.province" in rows and rows["directive.province"].expected == 1


def test_articles_are_scored_each_once_however_many_facts_they_hold():
    bulletin = {
        "file": "bulletin.txt",
        "province_stats": [
            {"province": name, "new_cases_24h": n}
            for n, name in enumerate(["Hà Nội", "Nghệ An", "Cà Mau", "Bạc Liêu"], start=1)
        ],
    }
    page = {"file": "page.txt", "province_stats": [{"province": "Huế", "deaths": 3}]}
    empty = {"file": "empty.txt", "province_stats": []}
    read = [bulletin, {**page, "province_stats": []}, empty]  # the page's one fact missed
    pooled = _all(read, [bulletin, page, empty])["ALL"]
    articles = article_scores(read, [bulletin, page, empty])
    assert round(pooled.f1, 3) == 0.889  # 4 of 5 facts
    assert (articles.articles, articles.clean, articles.scored) == (3, 2, 2)
    assert articles.mean_f1 == 0.5  # the bulletin read exactly, the page not at all


def test_an_article_nothing_was_read_from_has_read_nothing():
    articles = article_scores([], [GOLD, {"file": "none.txt", "province_stats": []}])
    assert (articles.clean, articles.scored, articles.mean_f1) == (1, 1, 0.0)


def test_a_doubtful_fact_does_not_spoil_an_article():
    doubtful = {**GOLD, "doubtful": {"province_stats": [{"province": "Nghệ An", "deaths": 19}]}}
    read = {**GOLD, "province_stats": [{**GOLD["province_stats"][0], "deaths": 19}]}
    assert article_scores([read], [doubtful]).as_dict()["clean_share"] == 1.0
