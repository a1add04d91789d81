"""Label alignment for the learned taggers (ADR 0033), on invented articles, and the rule
that test6/ is never training or cross-validation data."""

from __future__ import annotations

import pytest

from chongdich.intake import tagger_training as training

_SUPPORT = (
    "Sáng 3/9, Quỹ từ thiện Hoa Sen trao tặng 5 máy thở cho tỉnh Bắc Kạn. "
    "Từ đầu năm đến nay, tỉnh đã tiếp nhận 40 tỷ đồng ủng hộ."
)


def test_levels_are_labelled_with_the_cue_that_states_the_annotated_level():
    text = "Các tỉnh ở cấp độ 3 gồm: Lào Cai, Yên Bái. Tỉnh Sơn La ở cấp độ 1."
    sequences, unaligned = training.label_levels(
        text, {"Lào Cai": 3, "Yên Bái": 3, "Sơn La": 1, "Điện Biên": 2}
    )
    assert [[label for _, label in seq] for seq in sequences] == [["before", "before"], ["after"]]
    assert unaligned == 1  # Điện Biên is not written


def test_a_level_that_no_cue_states_is_not_aligned():
    sequences, unaligned = training.label_levels("Tỉnh Sơn La ở cấp độ 1.", {"Sơn La": 2})
    assert [[label for _, label in seq] for seq in sequences] == [["O"]]
    assert unaligned == 1


def test_givers_are_labelled_where_the_annotated_name_is_written():
    sequences, unaligned = training.label_donors(
        _SUPPORT, {"Quỹ Từ Thiện  Hoa Sen", "Công ty Vắng Mặt"}, frozenset()
    )
    labels = [label for seq in sequences for _, label in seq]
    assert labels.count("giver") == 1  # case and spacing aside
    assert unaligned == 1  # the company is not written


def test_items_are_gifts_when_the_annotation_has_their_kind_and_quantity():
    sequences, unaligned = training.label_gifts(
        _SUPPORT, {("ventilator", 5), ("mask", 100)}, frozenset()
    )
    assert [label for seq in sequences for _, label in seq] == ["gift", "O"]
    assert unaligned == 1  # no 100 masks in the text


def test_test6_is_never_training_or_cross_validation_data():
    with pytest.raises(ValueError, match="held out"):
        training.set_folder("test6")
    assert "test6" not in training.TRAINING_SETS
