"""Two annotators following docs/intake-annotation.md agree on the same articles: the
second annotations of test10 and test11 (made blind to the first and to the extractor)
are scored against the first with `chongdich intake agreement` (docs/INTAKE.md)."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

CORPUS = Path(__file__).resolve().parents[2] / "data" / "press_corpus"


def _agreement(first, second, *skip):
    out = io.StringIO()
    args = ["agreement", str(first), str(second), "--format", "json"]
    for prefix in skip:
        args += ["--skip", prefix]
    call_command("intake", *args, stdout=out)
    return {row["field"]: row for row in json.loads(out.getvalue())["fields"]}


@pytest.mark.parametrize(
    ("part", "breached"), [("test10", ("274", "275")), ("test11", ("303", "304"))]
)
def test_the_second_annotation_agrees_with_the_first(part, breached):
    # The files each second annotator saw the first annotation of are left out.
    rows = _agreement(
        CORPUS / part / "gold.jsonl", CORPUS / "agreement" / f"{part}.jsonl", *breached
    )
    assert rows["ALL"]["f1"] >= 0.95


def test_a_disagreement_is_counted(tmp_path):
    records = [json.loads(line) for line in (CORPUS / "test11" / "gold.jsonl").open()]
    changed = [dict(r) for r in records]
    stats = next(r for r in changed if r["province_stats"])
    stats["province_stats"] = [{**stats["province_stats"][0], "deaths": 999_999}]
    (tmp_path / "second.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in changed), encoding="utf-8"
    )
    rows = _agreement(CORPUS / "test11" / "gold.jsonl", tmp_path / "second.jsonl")
    assert rows["stats.deaths"]["predicted"] == rows["stats.deaths"]["expected"]
    assert rows["stats.deaths"]["tp"] == rows["stats.deaths"]["expected"] - 1
    assert rows["ALL"]["f1"] < 1.0


def test_annotations_of_other_files_are_refused(tmp_path):
    with pytest.raises(CommandError, match="other files"):
        _agreement(CORPUS / "test11" / "gold.jsonl", CORPUS / "test10" / "gold.jsonl")
