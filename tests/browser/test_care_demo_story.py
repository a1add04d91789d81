"""Issue 5's "done when", in the Bạc Liêu demo itself and with its accounts: the commune
station ``tramyte`` sees its home patients with warning signs, the deteriorating one queued
for a bed by the rules; the province officer ``baclieu`` assigns a bed and an ambulance;
the bed manager ``baclieu_giuong`` confirms the admission at the hospital and reports the
beds in use; the capacity board follows each step."""

from __future__ import annotations

from typing import Any

import pytest

from chongdich.care.models import Ambulance, Episode, ReferralRequest
from chongdich.facilities.models import BedCapacity, Facility

from .test_care import shot

HOSPITAL = "Bệnh viện Đa khoa tỉnh Bạc Liêu"


@pytest.fixture
def passwords(system: Any) -> dict[str, str]:
    from chongdich.demo_data import load_demo

    report = load_demo(actor=system)
    return {u["username"]: u["password"] for u in report["users"]}


def occupied_on_board(site: Any) -> int:
    page = site.open("/care/capacity/?province=95")
    return int(page.inner_text("#occupied-total").replace(".", ""))


def test_the_bac_lieu_demo_story_with_the_demo_accounts(
    site: Any, passwords: dict[str, str]
) -> None:
    waiting = ReferralRequest.objects.select_related("episode__case").get(status="waiting")
    patient = waiting.episode.case.full_name

    # The commune station: its home patients, warning signs marked, the deteriorating one
    # already queued for a bed by the clinical rules.
    page = site.sign_in("tramyte", passwords["tramyte"])
    site.open("/care/")
    rows = page.locator("#home-patients tbody tr")
    assert rows.count() == Episode.objects.filter(is_demo=True, place="home").count() == 6
    assert page.locator("#home-patients tr.warning").count() >= 2
    warnings = page.inner_text("#home-patients")
    assert "mạch nhanh" in warnings and "khó thở" in warnings
    assert "Dấu hiệu cảnh báo" in page.inner_text("#alerts")
    shot(page, "demo-station")
    page.locator("#home-patients").get_by_role("link", name=patient).click()
    assert page.inner_text("#severity") == "trung bình"
    assert "Chờ giường" in page.inner_text("#referrals")
    shot(page, "demo-episode")

    # The province officer (coordination unit): a bed and an ambulance.
    page.context.clear_cookies()
    page = site.sign_in("baclieu", passwords["baclieu"])
    before = occupied_on_board(site)
    shot(page, "demo-capacity-before")
    site.open("/care/referrals/")
    assert patient not in page.inner_text("main")  # coordination sees no names
    page.click("#plan")
    held = page.inner_text("#held")
    assert HOSPITAL in held
    page.get_by_role("button", name="Điều xe cấp cứu").click()
    assert "Xe cấp cứu 115 số 1" in page.inner_text("#held")
    assert Ambulance.objects.get(name="Xe cấp cứu 115 số 1").status == "dispatched"
    shot(page, "demo-referrals-held")
    # Beds in use are the hospital's to report: the officer's form has no such input.
    hospital = Facility.objects.get(name=HOSPITAL)
    site.open(f"/facilities/{hospital.pk}/beds/")
    assert page.locator("input[name=icu_total]").count() == 1
    assert page.locator("input[name=icu_occupied]").count() == 0
    shot(page, "demo-officer-beds-form")

    # The hospital's bed manager: the patient has arrived; two ICU patients went home.
    page.context.clear_cookies()
    page = site.sign_in("baclieu_giuong", passwords["baclieu_giuong"])
    site.open("/care/referrals/")
    page.get_by_role("button", name="Xác nhận nhập viện").click()
    assert "Đã xác nhận nhập viện" in page.inner_text("main")
    site.open("/facilities/")
    page.get_by_role("link", name="Cập nhật giường bệnh").click()
    icu_before = BedCapacity.objects.get(facility=hospital, bed_type="icu").occupied
    page.fill("input[name=icu_occupied]", str(icu_before - 2))
    page.click("form.form button[type=submit]")
    assert "Đã lưu số giường." in page.inner_text("main")
    shot(page, "demo-manager-beds")

    # The capacity board: one more bed in use for the patient, two fewer in the ICU.
    page.context.clear_cookies()
    page = site.sign_in("baclieu", passwords["baclieu"])
    assert occupied_on_board(site) == before + 1 - 2
    shot(page, "demo-capacity-after")
    episode = Episode.objects.get(case__full_name=patient, is_demo=True)
    assert (episode.place, episode.facility) == ("facility", hospital)
    assert BedCapacity.objects.get(facility=hospital, bed_type="icu").occupied == icu_before - 2
