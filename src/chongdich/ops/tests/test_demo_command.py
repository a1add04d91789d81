import json
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import call_command

from chongdich.facilities.models import BedReservePolicy, Facility
from chongdich.logistics.models import SupportEvent
from chongdich.surveillance.models import Case, DailyCaseCount, LevelAnnouncement, SituationReport

pytestmark = pytest.mark.django_db


def run_demo():
    out = StringIO()
    call_command("demo", "--format", "json", stdout=out)
    return json.loads(out.getvalue())


def counts():
    return [
        m.objects.count()
        for m in (
            Case,
            DailyCaseCount,
            SituationReport,
            LevelAnnouncement,
            SupportEvent,
            Facility,
            BedReservePolicy,
        )
    ]


def test_demo_loads_the_seed_facts_and_running_it_twice_adds_nothing():
    first = run_demo()
    once = counts()
    second = run_demo()
    assert counts() == once
    assert second["demo_cases"] == 0 and second["geography"]["created"] == 0
    report = SituationReport.objects.get(source__file_name="001_36da4ec69f6bd826.txt")
    assert (
        report.cumulative_cases,
        report.new_cases_24h,
        report.community_cases_24h,
        report.imported_cases,
        report.under_treatment,
        report.deaths,
        report.communes_at_level_4,
        report.communes_total,
    ) == (2828, 414, 143, 52, 2061, 23, 9, 64)
    level = LevelAnnouncement.objects.get(area__code="95", area__level="province")
    assert (level.previous_level, level.level) == (2, 4)
    assert BedReservePolicy.objects.get(province__code="01").reserved_share == 0.5
    assert Case.objects.filter(is_demo=False).count() == 0  # every generated case is labelled
    assert {u["username"] for u in first["users"]} >= {"boyte", "baclieu", "camau", "binhduong"}


def test_demo_user_passwords_printed_by_the_command_work():
    report = run_demo()
    from django.test import Client

    baclieu = next(u for u in report["users"] if u["username"] == "baclieu")
    assert Client().login(username="baclieu", password=baclieu["password"])


def test_chongdich_help_lists_our_commands_in_vietnamese_and_english():
    out = subprocess.run(
        [sys.executable, "-m", "chongdich.cli", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for command in ("serve", "demo", "geo", "audit"):
        assert f"  {command}" in out
    assert "Chạy ứng dụng web / Run the web application" in out
