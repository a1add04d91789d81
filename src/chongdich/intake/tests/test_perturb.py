"""Perturbed copies of an annotated folder change the text and the annotation together
(chongdich.intake.perturb), on a tiny folder invented for the test."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from chongdich.epi.press_eval import read_gold
from chongdich.intake.perturb import KINDS, perturb_article, write_perturbed

_HEADER = "# source: https://example.org/a\n# outlet: Báo Kon Tum\n# published: 2021-10-27\n\n"
_BULLETIN = (
    "Kon Tum: thêm 37 ca mắc COVID-19\n\n"
    "Từ 6h ngày 26/10 đến 6h ngày 27/10, tỉnh Kon Tum ghi nhận 37 ca mắc COVID-19 mới, "
    "nâng tổng số ca nhiễm trên địa bàn tỉnh lên 1.284 ca. TP.HCM có thêm 1.000 ca.\n"
    "- Bệnh viện Đa khoa tỉnh Kon Tum tiếp nhận 20 bình ô xy.\n"
)
_RECORD = {
    "file": "a.txt",
    "published": "2021-10-27",
    "province_stats": [
        {"province": "Kon Tum", "as_of": "2021-10-27", "new_cases_24h": 37, "level": 2},
        {"province": "TP HCM", "as_of": "2021-10-27", "new_cases_24h": 1000},
    ],
    "support_events": [
        {
            "donor": "Công ty Hoa Lan",
            "recipient": "Bệnh viện Đa khoa tỉnh Kon Tum",
            "date": "2021-10-27",
            "items": [{"item": "oxygen_cylinder", "quantity": 20, "detail": None}],
        }
    ],
    "directives": [],
}


def _perturbed(kind, text=_HEADER + _BULLETIN, record=_RECORD, seed=0):
    return perturb_article(kind, text, json.loads(json.dumps(record)), seed)


def test_a_province_swap_renames_the_province_in_text_outlet_and_annotation():
    text, record = _perturbed("province_swap")
    (new,) = {s["province"] for s in record["province_stats"]} - {"TP HCM"}
    assert new != "Kon Tum" and "Kon Tum" not in text
    assert f"# outlet: Báo {new}" in text and f"tỉnh {new} ghi nhận" in text
    assert record["support_events"][0]["recipient"] == f"Bệnh viện Đa khoa tỉnh {new}"
    assert "TP.HCM" in text  # a province written several ways is left as it is


def test_a_number_change_changes_a_count_written_once_and_its_annotation():
    text, record = _perturbed("number_change")
    stats = {s["province"]: s for s in record["province_stats"]}
    hcm = stats["TP HCM"]["new_cases_24h"]
    assert hcm != 1000 and hcm // 10 == 100 and f"thêm {hcm // 1000}.{hcm % 1000:03d} ca" in text
    # 37 is written twice, 20 makes 26 with 6 (a sum), a level is no count
    assert stats["Kon Tum"] == _RECORD["province_stats"][0]
    assert record["support_events"] == _RECORD["support_events"]


def test_a_count_written_twice_or_inside_a_sum_is_left_alone():
    text = _HEADER + "Kon Tum ghi nhận 37 ca mới. Đây là 37 ca cộng đồng.\n"
    record = {**_RECORD, "province_stats": [{"province": "Kon Tum", "new_cases_24h": 37}]}
    record["support_events"] = []
    assert _perturbed("number_change", text, record) is None
    text = _HEADER + "Kon Tum ghi nhận 40 ca mới, gồm 30 ca cộng đồng và 10 ca nhập cảnh.\n"
    record["province_stats"] = [
        {"province": "Kon Tum", "new_cases_24h": 40, "community_cases": 30, "imported_cases": 10}
    ]
    assert _perturbed("number_change", text, record) is None


@pytest.mark.parametrize(
    ("kind", "before", "after"),
    [
        ("hcm_form", "TP.HCM", ("TP HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh")),
        ("covid_form", "COVID-19", ("Covid-19", "covid-19", "Covid", "covid")),
        ("date_separator", "26/10", ("26-10", "26.10")),
        ("case_word", "ca mắc", ("ca nhiễm",)),
        ("oxy_form", "ô xy", ("oxy",)),
        ("bullet", "\n- Bệnh", ("\n• Bệnh", "\n+ Bệnh")),
        ("nbsp", "tỉnh Kon Tum", ()),
        ("double_space", "tỉnh Kon Tum", ()),
    ],
)
def test_a_writing_variant_changes_the_text_but_not_the_annotation(kind, before, after):
    text, record = _perturbed(kind)
    assert record == _RECORD
    assert text != _HEADER + _BULLETIN and text.startswith(_HEADER)
    if after:
        assert before not in text and any(form in text for form in after)
    else:
        assert " ".join(text.split()) == " ".join((_HEADER + _BULLETIN).split())


def test_a_variant_that_would_change_a_quoted_name_is_skipped():
    record = json.loads(json.dumps(_RECORD))
    record["support_events"][0]["donor"] = "Quỹ Vắc xin phòng COVID-19"
    text = _HEADER + _BULLETIN.replace("Bệnh viện", "Quỹ Vắc xin phòng COVID-19 tặng Bệnh viện")
    for seed in range(5):
        result = _perturbed("covid_form", text, record, seed)
        # only a change of case keeps the name (the scores fold case)
        assert result is None or "phòng covid-19 tặng" in result[0].lower()


def test_the_same_seed_gives_the_same_copies_and_another_seed_may_not():
    assert _perturbed("province_swap") == _perturbed("province_swap")
    swaps = {_perturbed("province_swap", seed=seed)[0] for seed in range(6)}
    assert len(swaps) > 1


def test_write_perturbed_writes_the_copies_and_their_gold(tmp_path):
    source, out = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    out.mkdir()
    (source / "a.txt").write_text(_HEADER + _BULLETIN, encoding="utf-8")
    (source / "b.txt").write_text(_HEADER + "Không có số liệu.\n", encoding="utf-8")
    empty = {**_RECORD, "file": "b.txt", "province_stats": [], "support_events": []}
    lines = [json.dumps(r, ensure_ascii=False) for r in (_RECORD, empty)]
    (source / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = write_perturbed(source, "case_word", out)
    assert [r["file"] for r in records] == ["a.txt"]  # b.txt has no "ca mắc"
    assert read_gold(out / "gold.jsonl") == records
    assert "ca nhiễm" in (out / "a.txt").read_text(encoding="utf-8")


def test_the_robustness_command_scores_every_kind(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "a.txt").write_text(_HEADER + _BULLETIN, encoding="utf-8")
    (folder / "gold.jsonl").write_text(json.dumps(_RECORD, ensure_ascii=False) + "\n")
    out = io.StringIO()
    call_command("intake", "robustness", str(folder), "--format", "json", stdout=out)
    rows = {row["kind"]: row for row in json.loads(out.getvalue())["kinds"]}
    assert set(rows) == set(KINDS)
    assert rows["nbsp"]["articles"] == 1
    assert rows["nbsp"]["f1_perturbed"] == rows["nbsp"]["f1_original"]


def test_the_robustness_command_refuses_a_folder_without_annotations_or_articles(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    with pytest.raises(CommandError, match="no annotations"):
        call_command("intake", "robustness", str(folder), stdout=io.StringIO())
    # The annotation names an article the folder does not have.
    (folder / "gold.jsonl").write_text(json.dumps(_RECORD, ensure_ascii=False) + "\n")
    with pytest.raises(CommandError, match=r"file not found: .*a\.txt"):
        call_command("intake", "robustness", str(folder), stdout=io.StringIO())


def test_every_kind_applies_to_the_invented_article():
    assert [kind for kind in KINDS if _perturbed(kind) is None] == []
