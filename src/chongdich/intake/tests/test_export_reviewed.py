"""What officers review becomes annotated data: `chongdich intake export-reviewed DIR`
writes every fully reviewed article and the facts they accepted, corrected or added, in
the corpus layout that `chongdich intake evaluate` scores the reader against."""

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from chongdich.intake import services
from chongdich.intake.models import ExtractedFact, FactKind

pytestmark = pytest.mark.django_db

SEED_002 = (
    Path(__file__).resolve().parents[2] / "data" / "seeds" / "002_d42ad1aa15c9103d.txt"
).read_text(encoding="utf-8")
OCT31 = dt.date(2021, 10, 31)


def _run(*args):
    out = io.StringIO()
    call_command("intake", *args, stdout=out)
    return out.getvalue()


def test_reviewed_articles_become_an_annotated_folder(baclieu_officer, tmp_path):
    doc = services.submit_article(
        text=SEED_002,
        title="Thanh Niên",
        published_on=OCT31,
        url="https://thanhnien.vn/x",
        actor=baclieu_officer,
    )
    pending = services.submit_article(
        text="Ngày 2/11, Bạc Liêu ghi nhận 95 ca mắc mới.",
        title="",
        published_on=OCT31,
        actor=baclieu_officer,
    )
    stats = ExtractedFact.objects.get(document=doc, kind=FactKind.PROVINCE_STATS)
    support = ExtractedFact.objects.get(document=doc, kind=FactKind.SUPPORT_EVENT)
    services.accept_fact(stats, payload={**stats.payload, "deaths": 27}, actor=baclieu_officer)
    services.reject_fact(support, actor=baclieu_officer)
    added = services.add_missed_fact(
        doc,
        kind=FactKind.SUPPORT_EVENT,
        payload={
            "donor": "Bình Dương",
            "recipient": "Bạc Liêu",
            "items": [{"item": "ventilator", "quantity": 15}],
        },
        quote="15 máy thở",
        actor=baclieu_officer,
    )
    services.accept_fact(added, actor=baclieu_officer)

    assert "1 bài đã duyệt" in _run("export-reviewed", str(tmp_path))
    gold = [json.loads(line) for line in (tmp_path / "gold.jsonl").read_text().splitlines()]
    assert [g["file"] for g in gold] == [f"document-{doc.pk:06d}.txt"]  # not the pending one
    assert pending.pk != doc.pk
    record = gold[0]
    assert record["published"] == "2021-10-31"
    assert record["province_stats"][0]["deaths"] == 27  # as the officer corrected it
    assert "spans" not in record["province_stats"][0]
    assert record["support_events"] == [
        {
            "donor": "Bình Dương",
            "recipient": "Bạc Liêu",
            "recipient_facility": None,
            "items": [{"item": "ventilator", "quantity": 15, "detail": ""}],
            "date": None,
        }
    ]  # the rejected event is not there, the added one is
    text = (tmp_path / record["file"]).read_text(encoding="utf-8")
    assert text.startswith("# source: https://thanhnien.vn/x\n# published: 2021-10-31\n\n")

    # The reader is scored against what the officers decided.
    scores = json.loads(_run("evaluate", str(tmp_path), "--format", "json"))
    rows = {row["field"]: row for row in scores["fields"]}
    assert rows["stats.deaths"]["tp"] == 0  # the reader says 26, the officer 27
    assert rows["stats.cumulative_cases"]["f1"] == 1.0
    # the officer kept one of the event's four items: three are now the reader's errors
    assert (rows["support.item"]["tp"], rows["support.item"]["predicted"]) == (1, 4)


def test_since_leaves_out_earlier_documents(baclieu_officer, tmp_path):
    doc = services.submit_article(
        text=SEED_002, title="", published_on=OCT31, actor=baclieu_officer
    )
    for fact in ExtractedFact.objects.filter(document=doc):
        services.reject_fact(fact, actor=baclieu_officer)
    assert "0 bài" in _run("export-reviewed", str(tmp_path), "--since", "2999-01-01")
    assert (tmp_path / "gold.jsonl").read_text() == "\n"
