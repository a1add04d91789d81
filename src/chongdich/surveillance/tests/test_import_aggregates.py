"""Daily totals per area from CSV: the real national series, all rows or none."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from chongdich.accounts.models import AuditEvent
from chongdich.errors import ServiceError
from chongdich.surveillance import services
from chongdich.surveillance.aggregates import read_aggregate_file
from chongdich.surveillance.models import DailyCaseCount

NATIONAL = (
    Path(__file__).resolve().parents[4].parent
    / "shared/data/vn_covid_province_daily_ncsc_2020-03-18_2022-01-22.csv"
)


@pytest.mark.skipif(not NATIONAL.exists(), reason="needs ../shared/data")
def test_the_national_portal_series_loads_for_all_63_provinces(system: Any) -> None:
    out = io.StringIO()
    call_command("counts", "import-aggregates", str(NATIONAL), stdout=out)
    result = json.loads(out.getvalue())
    assert result["areas"] == 63 and result["source"] == "ncsc"
    assert DailyCaseCount.objects.filter(source="ncsc").values("area").distinct().count() == 63
    # Empty cells are days without a report: left out, never stored as zero.
    assert result["created"] + result["days_without_report"] == 42588
    camau = DailyCaseCount.objects.get(area__code="96", area__level="province", date="2021-10-25")
    assert camau.new_cases == 151919  # the raw figure is kept; the quality check flags it
    again = io.StringIO()
    call_command("counts", "import-aggregates", str(NATIONAL), stdout=again)
    assert json.loads(again.getvalue())["created"] == 0  # the same file twice adds nothing


def test_one_bad_line_refuses_the_whole_file_with_reasons_by_line(baclieu_officer: Any) -> None:
    content = (
        "date,area,new_cases,new_deaths\n"
        "2021-10-30,95,300,1\n"
        "2021-10-31,95,-4,0\n"
        "2021-10-31,99,5,0\n"
        "31/10/2021,95,7,x\n"
        "2099-01-01,95,5,0\n"
    )
    with pytest.raises(ServiceError) as err:
        read_aggregate_file(content)
    lines = [(d["line"], d["column"]) for d in err.value.details]
    assert lines == [(3, "new_cases"), (4, "area"), (5, "new_deaths"), (6, "date")]
    assert not DailyCaseCount.objects.exists()


def test_a_repeated_area_and_date_is_refused(baclieu_officer: Any) -> None:
    content = "date,area,new_cases\n2021-10-30,95,300\n30/10/2021,95,301\n"
    with pytest.raises(ServiceError) as err:
        read_aggregate_file(content)
    assert err.value.details[0]["line"] == 3


def test_a_province_officer_cannot_load_another_provinces_figures(
    baclieu_officer: Any, camau: Any
) -> None:
    parsed = read_aggregate_file("date,area,new_cases\n2021-10-30,95,300\n2021-10-30,96,12\n")
    audit_rows = AuditEvent.objects.count()
    with pytest.raises(ServiceError) as err:
        services.import_aggregate_counts(parsed, actor=baclieu_officer)
    assert err.value.code == "forbidden"
    assert not DailyCaseCount.objects.exists()  # not even Bạc Liêu's own line
    assert AuditEvent.objects.count() == audit_rows


def test_commune_totals_load_under_their_codes(baclieu_officer: Any) -> None:
    parsed = read_aggregate_file("date,area,new_cases\n2021-10-30,31825,12\n")
    result = services.import_aggregate_counts(parsed, actor=baclieu_officer)
    assert result["created"] == 1 and result["source"] == "manual"


def test_the_command_reports_a_missing_column_clearly(tmp_path: Path, system: Any) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("ngay,so_ca\n2021-10-30,3\n", encoding="utf-8")
    with pytest.raises(CommandError, match="date"):
        call_command("counts", "import-aggregates", str(bad))
