import pytest

from chongdich.errors import ServiceError
from chongdich.facilities.models import BedCapacity
from chongdich.facilities.services import set_bed_capacity

pytestmark = pytest.mark.django_db


def test_the_bed_manager_updates_beds_of_their_hospital(baclieu_bed_manager, baclieu_hospital):
    beds = set_bed_capacity(
        baclieu_hospital, "icu", total=50, occupied=45, actor=baclieu_bed_manager
    )
    assert (beds.total, beds.occupied) == (50, 45)


def test_occupancy_above_capacity_is_refused_and_nothing_changes(
    baclieu_bed_manager, baclieu_hospital
):
    with pytest.raises(ServiceError) as err:
        set_bed_capacity(baclieu_hospital, "icu", total=10, occupied=11, actor=baclieu_bed_manager)
    assert err.value.code == "invalid_input"
    beds = BedCapacity.objects.get(facility=baclieu_hospital, bed_type="icu")
    assert (beds.total, beds.occupied) == (40, 31)


def test_a_bed_manager_cannot_touch_another_hospital(baclieu_bed_manager, camau_hospital):
    with pytest.raises(ServiceError) as err:
        set_bed_capacity(camau_hospital, "icu", total=1, occupied=0, actor=baclieu_bed_manager)
    assert err.value.code == "forbidden"


def test_a_bed_manager_cannot_change_another_hospitals_beds_in_the_same_province(
    system, baclieu_bed_manager, baclieu_hospital
):
    from chongdich.facilities.services import create_facility
    from conftest import legacy

    other = create_facility(
        name="TTYT Giá Rai",
        kind="district_hospital",
        tier=2,
        area=legacy("commune", "31942"),
        actor=system,
    )
    set_bed_capacity(other, "oxygen", total=60, occupied=48, actor=system)
    for total, occupied in ((60, 10), (70, None)):
        with pytest.raises(ServiceError) as err:
            set_bed_capacity(
                other, "oxygen", total=total, occupied=occupied, actor=baclieu_bed_manager
            )
        assert err.value.code == "forbidden"
    beds = BedCapacity.objects.get(facility=other, bed_type="oxygen")
    assert (beds.total, beds.occupied) == (60, 48)


def test_a_province_officer_cannot_change_occupancy(baclieu_officer, baclieu_hospital):
    with pytest.raises(ServiceError) as err:
        set_bed_capacity(baclieu_hospital, "icu", total=40, occupied=20, actor=baclieu_officer)
    assert err.value.code == "forbidden"
    assert "Bệnh viện Đa khoa tỉnh Bạc Liêu" in str(err.value.message)
    beds = BedCapacity.objects.get(facility=baclieu_hospital, bed_type="icu")
    assert (beds.total, beds.occupied) == (40, 31)


def test_a_province_officer_still_registers_bed_totals(baclieu_officer, baclieu_hospital):
    # The register (number of beds) stays the province's; the occupancy stays as reported.
    beds = set_bed_capacity(baclieu_hospital, "icu", total=50, actor=baclieu_officer)
    assert (beds.total, beds.occupied) == (50, 31)
    same = set_bed_capacity(baclieu_hospital, "icu", total=50, occupied=31, actor=baclieu_officer)
    assert (same.total, same.occupied) == (50, 31)
    new = set_bed_capacity(baclieu_hospital, "oxygen", total=80, actor=baclieu_officer)
    assert (new.total, new.occupied) == (80, 0)
    with pytest.raises(ServiceError) as err:  # fewer beds than the manager reports in use
        set_bed_capacity(baclieu_hospital, "icu", total=30, actor=baclieu_officer)
    assert err.value.code == "invalid_input"
