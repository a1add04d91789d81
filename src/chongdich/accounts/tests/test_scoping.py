import pytest

from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to, visible_to
from chongdich.accounts.services import assign_role
from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit, UnitSuccession
from chongdich.surveillance.models import Case
from chongdich.surveillance.services import create_case

pytestmark = pytest.mark.django_db


def commune_of(province_code):
    return (
        AdminUnit.objects.filter(
            map_version="legacy", level="commune", province__code=province_code
        )
        .order_by("code")
        .first()
    )


def test_a_province_officer_sees_own_cases_and_not_another_provinces(
    system, baclieu_officer, camau_officer
):
    own = create_case(
        commune=commune_of("95"), reported_on="2021-10-31", full_name="A", actor=system
    )
    other = create_case(
        commune=commune_of("96"), reported_on="2021-10-31", full_name="B", actor=system
    )
    seen = set(visible_to(Case.objects.all(), baclieu_officer, Capability.VIEW_PERSONAL))
    assert own in seen and other not in seen
    assert set(visible_to(Case.objects.all(), camau_officer, Capability.VIEW_PERSONAL)) == {other}


def test_a_legacy_province_role_reaches_the_current_communes_its_communes_became(
    baclieu_officer, baclieu
):
    new_ids = set(
        UnitSuccession.objects.filter(old_unit__province=baclieu).values_list(
            "new_unit_id", flat=True
        )
    )
    scope = accessible_to(baclieu_officer).scope(Capability.VIEW)
    assert new_ids <= scope.unit_ids
    # ...but not the whole new Cà Mau province, which also holds old Cà Mau.
    new_ca_mau = AdminUnit.objects.get(map_version="current", level="province", code="96")
    assert new_ca_mau.pk not in scope.unit_ids


def test_national_coordinator_sees_aggregates_everywhere_but_no_personal_data(national_coordinator):
    jurisdiction = accessible_to(national_coordinator)
    assert jurisdiction.scope(Capability.VIEW).is_national
    assert jurisdiction.scope(Capability.VIEW_PERSONAL).is_empty


def test_a_user_without_assignment_is_told_so(unassigned_user):
    with pytest.raises(ServiceError) as err:
        accessible_to(unassigned_user).require(Capability.VIEW)
    assert err.value.code == "no_assignment"


def test_anonymous_is_denied_everything():
    assert all(accessible_to(None).scope(c).is_empty for c in Capability)


def test_a_province_officer_cannot_grant_a_role_in_another_province(
    baclieu_officer, unassigned_user, camau
):
    with pytest.raises(ServiceError) as err:
        assign_role(unassigned_user, "province_officer", area=camau, actor=baclieu_officer)
    assert err.value.code == "forbidden"
    assert not unassigned_user.assignments.exists()


def test_a_province_officer_cannot_create_a_national_coordinator(baclieu_officer, unassigned_user):
    with pytest.raises(ServiceError) as err:
        assign_role(unassigned_user, "national_coordinator", actor=baclieu_officer)
    assert err.value.code == "forbidden"


def test_a_role_must_be_placed_on_a_unit_of_its_level(system, unassigned_user, baclieu):
    district = AdminUnit.objects.filter(parent=baclieu).first()
    with pytest.raises(ServiceError) as err:
        assign_role(unassigned_user, "province_officer", area=district, actor=system)
    assert err.value.code == "invalid_input"


def test_the_same_role_cannot_be_granted_twice_on_one_area(system, unassigned_user, baclieu):
    assign_role(unassigned_user, "province_officer", area=baclieu, actor=system)
    with pytest.raises(ServiceError) as err:
        assign_role(unassigned_user, "province_officer", area=baclieu, actor=system)
    assert err.value.code == "conflict"
    assert unassigned_user.assignments.count() == 1
