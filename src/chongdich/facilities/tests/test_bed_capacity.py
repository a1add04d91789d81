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
