"""The done-when story of issue 5: a commune station sees its home patients with warning
signs, escalates one, the coordination unit assigns a bed and an ambulance, confirms the
admission, and the capacity board shows one more occupied bed."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from chongdich.care import services
from chongdich.care.models import Ambulance, Episode
from chongdich.facilities.models import BedCapacity
from conftest import legacy, make_persona


def shot(page: Any, name: str) -> None:
    """Every page of the story, not only the last one, when screenshots are asked for."""
    folder = os.environ.get("CHONGDICH_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"care-{name}.png"), full_page=True)


@pytest.fixture
def story(system: Any, baclieu: Any) -> dict[str, Any]:
    from chongdich.facilities.services import create_facility, set_bed_capacity
    from chongdich.surveillance.services import create_case

    commune = legacy("commune", "31825")
    station = make_persona(system, "tram_story", "commune_health", area=commune)
    coordinator = make_persona(system, "dieuphoi_story", "province_officer", area=baclieu)
    hospital = create_facility(
        name="TTYT thị xã Giá Rai",
        kind="district_hospital",
        tier=2,
        area=legacy("commune", "31942"),
        is_demo=True,
        actor=system,
    )
    set_bed_capacity(hospital, "oxygen", total=60, occupied=48, is_demo=True, actor=system)
    services.create_ambulance(name="Xe cấp cứu 115 số 1", base=commune, is_demo=True, actor=system)
    day = dt.datetime(2021, 11, 2, 8, tzinfo=dt.UTC)
    for name, pulse in (("Trần Thị Ổn", 82), ("Lê Văn Nặng", 126)):
        case = create_case(
            commune=commune,
            reported_on="2021-10-31",
            full_name=name,
            birth_year=1975,
            is_demo=True,
            actor=system,
        )
        episode = services.start_home_care(case, is_demo=True, actor=system)
        services.submit_checkin(
            episode,
            idempotency_key=f"story-{name}",
            measured_at=day,
            values={"spo2": 97, "pulse": pulse, "respiratory_rate": 18},
            actor=services.PatientActor(episode.pk),
            is_demo=True,
        )
    return {"station": station, "coordinator": coordinator, "hospital": hospital}


def test_station_escalates_and_the_coordination_unit_admits(site: Any, story: dict) -> None:
    page = site.sign_in(story["station"].username)
    site.open("/care/")
    patients = page.inner_text("#home-patients")
    assert "Lê Văn Nặng" in patients and "Trần Thị Ổn" in patients
    assert "mạch nhanh" in page.inner_text("#alerts")
    shot(page, "station")
    page.get_by_role("link", name="Lê Văn Nặng").first.click()
    page.select_option("#escalate-form select[name=severity]", "moderate")
    page.fill("#escalate-form input[name=reason]", "Mạch nhanh kéo dài")
    page.click("#escalate-form button[type=submit]")
    assert "hàng chờ chuyển viện" in page.inner_text("main")
    shot(page, "episode")

    page.context.clear_cookies()
    page = site.sign_in(story["coordinator"].username)
    site.open("/care/capacity/")
    occupied_before = int(page.inner_text("#occupied-total").replace(".", ""))
    site.open("/care/referrals/")
    assert "Lê Văn Nặng" not in page.inner_text("main")  # no names for coordination
    shot(page, "referrals-waiting")
    page.click("#plan")
    assert "TTYT thị xã Giá Rai" in page.inner_text("#held")
    page.get_by_role("button", name="Điều xe cấp cứu").click()
    assert "Xe cấp cứu 115 số 1" in page.inner_text("#held")
    shot(page, "referrals-held")
    assert Ambulance.objects.get().status == "dispatched"
    page.get_by_role("button", name="Xác nhận nhập viện").click()
    assert "Đã xác nhận nhập viện" in page.inner_text("main")
    site.open("/care/capacity/")
    assert int(page.inner_text("#occupied-total").replace(".", "")) == occupied_before + 1
    beds = BedCapacity.objects.get(facility=story["hospital"], bed_type="oxygen")
    assert (beds.occupied, beds.held) == (49, 0)
    assert Episode.objects.get(case__full_name="Lê Văn Nặng").facility == story["hospital"]
