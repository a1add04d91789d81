"""The learned taggers' parts (ADR 0033) on invented sentences: the perceptron, each
tagger's candidates and features, and the extractor's hooks (off by default)."""

from __future__ import annotations

import pytest

from chongdich.epi.gazetteer import normalise
from chongdich.epi.press_facts import donor_tagger, extract_facts, gift_tagger, level_tagger
from chongdich.epi.press_facts.extract import article_mentions, with_provincial_cities
from chongdich.epi.press_facts.items import find_items
from chongdich.epi.press_facts.perceptron import AveragedPerceptron
from chongdich.epi.press_facts.shared import split_sentences

# ---------------------------------------------------------------- the perceptron


def _toy_sequences() -> list[list[tuple[list[str], str]]]:
    # "x" words are names, "y" words start one; the label depends on the word alone.
    return [
        [(["w=y"], "B"), (["w=x"], "I"), (["w=z"], "O")],
        [(["w=z"], "O"), (["w=y"], "B"), (["w=x"], "I"), (["w=x"], "I")],
        [(["w=y"], "B"), (["w=z"], "O")],
    ]


def test_the_perceptron_learns_a_separable_tagging():
    model = AveragedPerceptron.train(_toy_sequences(), ("B", "I", "O"), epochs=5)
    assert model.tag([["w=z"], ["w=y"], ["w=x"], ["w=z"]]) == ["O", "B", "I", "O"]


def test_the_perceptron_is_deterministic_and_round_trips():
    first = AveragedPerceptron.train(_toy_sequences(), ("B", "I", "O"), epochs=5)
    second = AveragedPerceptron.train(_toy_sequences(), ("B", "I", "O"), epochs=5)
    assert first.as_dict() == second.as_dict()
    again = AveragedPerceptron.from_dict(first.as_dict())
    assert again.tag([["w=y"], ["w=x"]]) == first.tag([["w=y"], ["w=x"]])


def test_the_perceptron_needs_labels():
    with pytest.raises(ValueError, match="label"):
        AveragedPerceptron([])


def test_conjoined_features_pair_with_the_previous_label():
    model = AveragedPerceptron(("A", "O"), conjoin=("w=",))
    assert model.with_previous(["w=a", "shape=x"], "A") == [
        "w=a",
        "shape=x",
        "prev=A",
        "prev=A|w=a",
    ]


# ---------------------------------------------------------------- level tagger


def _level_groups(text: str):
    text = normalise(text)
    _, provinces = article_mentions(text)
    return level_candidates_of(text, provinces)


def level_candidates_of(text, provinces):
    return level_tagger.level_candidates(text, split_sentences(text), provinces)


def test_a_list_under_one_level_gives_every_name_the_cue_before_it():
    (group,) = _level_groups("Các tỉnh ở cấp độ 3 gồm: Lào Cai, Yên Bái và Sơn La.")
    assert [c.mention.name for c in group] == ["Lào Cai", "Yên Bái", "Sơn La"]
    for candidate in group:
        assert "before" in candidate.features and "before:introduces" in candidate.features
        assert "after" not in candidate.features
        assert level_tagger.candidate_level(candidate, "before") == 3
        assert level_tagger.candidate_level(candidate, "after") is None
        assert level_tagger.candidate_level(candidate, "O") is None
    # The level's value is never a feature: a list at level 3 reads like one at level 1.
    assert not any("3" in f for f in group[0].features if f.startswith("before"))


def test_a_colour_is_a_level_and_a_rule_match_is_a_feature():
    (group,) = _level_groups("Tỉnh Kon Tum là vùng cam.")
    (candidate,) = group
    assert "rule_level_after" in candidate.features
    assert level_tagger.candidate_level(candidate, "after") == 3


def test_communes_at_a_level_are_marked_and_sentences_without_a_level_give_no_candidate():
    (group,) = _level_groups("Tỉnh Gia Lai có 12 xã ở cấp độ 2.")
    assert "after:units" in group[0].features and "after:figure_between" in group[0].features
    assert _level_groups("Tỉnh Gia Lai ghi nhận 12 ca mắc mới.") == []


def test_the_level_tagger_runs_only_when_a_model_is_chosen():
    # (a list the rules read, "Các tỉnh ở cấp độ 3 gồm: …", would not show the tagger)
    text = "Ở cấp độ 3 hiện có Lào Cai, Yên Bái và Sơn La."
    rules = extract_facts(text, None, use_ner=False).province_stats
    assert all(s["level"] is None for s in rules)  # the rules read no such phrasing
    sequences = [[(c.features, "before") for c in group] for group in _level_groups(text)]
    model = AveragedPerceptron.train(sequences, level_tagger.LABELS, epochs=3)
    with level_tagger.using_model(model):
        tagged = extract_facts(text, None, use_ner=False).province_stats
    assert {s["province"]: s["level"] for s in tagged} == {
        "Lào Cai": 3,
        "Yên Bái": 3,
        "Sơn La": 3,
    }
    assert extract_facts(text, None, use_ner=False).province_stats == rules


# ---------------------------------------------------------------- giver tagger


def _sentence_candidates(text: str):
    text = normalise(text)
    organisations, _ = article_mentions(text)
    mentions = with_provincial_cities(text, organisations)
    (sentence,) = split_sentences(text)
    return text, donor_tagger.candidate_spans(sentence, mentions, frozenset({"trao", "tặng"}))


def test_giver_candidates_run_from_a_capital_to_a_capital_with_a_few_lower_case_words():
    text, candidates = _sentence_candidates(
        "Quỹ từ thiện Hoa Sen trao tặng 5 máy thở cho Bệnh viện tỉnh."
    )
    spans = {text[c.start : c.end] for c in candidates}
    assert "Quỹ từ thiện Hoa Sen" in spans
    assert "Hoa Sen" in spans
    assert not any(s.endswith(("trao", "tặng")) for s in spans)
    full = next(c for c in candidates if text[c.start : c.end] == "Quỹ từ thiện Hoa Sen")
    assert "sentence_start" in full.features
    assert "give_after=near" in full.features and "item_after" in full.features
    assert "lower_inside=2" in full.features
    assert "first=<rare>" in full.features  # "quỹ" is not in this vocabulary


def test_giver_candidates_know_the_gazetteer_and_the_receiver_cue():
    text, candidates = _sentence_candidates(
        "Công ty TNHH Minh Long tặng 300 triệu đồng cho Bắc Kạn."
    )
    by_text = {text[c.start : c.end]: c for c in candidates}
    assert "receiver_word_before" in by_text["Bắc Kạn"].features
    assert "gaz_exact=province" in by_text["Bắc Kạn"].features
    assert "gaz_exact=company" in by_text["Công ty TNHH Minh Long"].features


def test_the_giver_tagger_names_only_an_unnamed_giver():
    # (a giver the gazetteers do not know; "Quỹ từ thiện …" is known since intake-rules7)
    text = "Sáng 3/9, Câu lạc bộ thiện nguyện Hoa Sen trao tặng 5 máy thở cho tỉnh Bắc Kạn."
    # The gazetteers do not know the club: the rules alone report no gift from no one.
    assert extract_facts(text, None, use_ner=False).support_events == []
    _, candidates = _sentence_candidates(text)
    sequences = [
        [
            (
                c.features,
                "giver" if text[c.start : c.end] == "Câu lạc bộ thiện nguyện Hoa Sen" else "O",
            )
        ]
        for c in candidates
    ]
    model = AveragedPerceptron.train(sequences, donor_tagger.LABELS, epochs=5)
    model.meta["vocabulary"] = ["trao", "tặng"]
    with donor_tagger.using_model(model):
        (tagged,) = extract_facts(text, None, use_ner=False).support_events
    assert tagged["donor"] == "Câu lạc bộ thiện nguyện Hoa Sen"


# ---------------------------------------------------------------- gift tagger


def _item_features(text: str) -> list[list[str]]:
    text = normalise(text)
    organisations, _ = article_mentions(text)
    (sentence,) = split_sentences(text)
    return [
        gift_tagger.item_features(sentence, item, organisations, frozenset({"tặng"}))
        for item in find_items(sentence.text)
    ]


def test_gift_features_see_the_giving_verb_and_running_totals():
    (gift,) = _item_features("Công ty TNHH Minh Long tặng 20 máy thở cho tỉnh Bắc Kạn.")
    assert "give_just_before" in gift and "item=ventilator" in gift
    assert "org_before=company" in gift and "left1=tặng" in gift
    (total,) = _item_features("Từ đầu năm đến nay, tỉnh đã tiếp nhận 40 tỷ đồng.")
    assert "running_before" in total and "total_before" in total
    assert "org_before=none" in total and "item=money_vnd" in total


def test_the_gift_tagger_removes_what_its_model_calls_no_gift():
    text = "Công ty TNHH Minh Long tặng 20 máy thở cho tỉnh Bắc Kạn."
    (event,) = extract_facts(text, None, use_ner=False).support_events
    assert "item=ventilator" in _item_features(text)[0]
    model = AveragedPerceptron(gift_tagger.LABELS, {"item=ventilator": {"O": 1.0}})
    with gift_tagger.using_model(model):
        assert extract_facts(text, None, use_ner=False).support_events == []
    assert extract_facts(text, None, use_ner=False).support_events == [event]
