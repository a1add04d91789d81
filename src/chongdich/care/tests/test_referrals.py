"""Referral: the queue's order, beds held by the optimiser, confirmation, release, the
nearest available ambulance, and the bed rules (no double booking, managers' limits)."""

from __future__ import annotations

from typing import Any

import pytest

from chongdich.care import services
from chongdich.care.models import AmbulanceStatus, Episode, EpisodeEvent
from chongdich.care.queries import capacity_board, referral_queue
from chongdich.errors import ServiceError
from chongdich.facilities.models import BedCapacity
from conftest import legacy, make_persona

pytestmark = pytest.mark.django_db


def beds(facility: Any, bed_type: str = "oxygen") -> BedCapacity:
    return BedCapacity.objects.get(facility=facility, bed_type=bed_type)


@pytest.fixture
def coordinator(system: Any, baclieu: Any) -> Any:
    return make_persona(system, "dieu_phoi", "province_officer", area=baclieu)


def test_the_queue_puts_the_most_severe_first_then_the_longest_waiting(
    system: Any, episode: Any, commune: Any, coordinator: Any
) -> None:
    from chongdich.surveillance.services import create_case

    mild = services.request_referral(episode, severity="moderate", actor=system)
    other = services.start_home_care(
        create_case(commune=commune, reported_on="2021-10-31", full_name="B", actor=system),
        actor=system,
    )
    severe = services.request_referral(other, severity="severe", actor=system)
    assert [r.pk for r in referral_queue(coordinator)] == [severe.pk, mild.pk]


def test_assign_hold_dispatch_confirm(
    episode: Any, station: Any, coordinator: Any, oxygen_hospital: Any, ambulance: Any
) -> None:
    referral = services.request_referral(episode, severity="moderate", actor=station)
    result = services.plan_referrals(actor=coordinator)
    assert [r.pk for r in result["held"]] == [referral.pk]
    assert (beds(oxygen_hospital).occupied, beds(oxygen_hospital).held) == (9, 1)
    dispatch = services.dispatch_ambulance(referral, actor=coordinator)
    ambulance.refresh_from_db()
    assert dispatch.ambulance == ambulance and ambulance.status == AmbulanceStatus.DISPATCHED
    services.confirm_admission(referral, actor=coordinator)
    assert (beds(oxygen_hospital).occupied, beds(oxygen_hospital).held) == (10, 0)
    episode = Episode.objects.get(pk=episode.pk)
    assert (episode.place, episode.facility) == ("facility", oxygen_hospital)
    assert EpisodeEvent.objects.filter(episode=episode, kind="admission").exists()
    ambulance.refresh_from_db()
    assert ambulance.status == AmbulanceStatus.AVAILABLE
    board = capacity_board(coordinator)
    assert sum(row.occupied for row in board) == 10


def test_a_full_facility_is_never_booked_and_release_frees_the_hold(
    system: Any, episode: Any, commune: Any, coordinator: Any, oxygen_hospital: Any
) -> None:
    from chongdich.surveillance.services import create_case

    first = services.request_referral(episode, severity="moderate", actor=system)
    second_episode = services.start_home_care(
        create_case(commune=commune, reported_on="2021-10-31", full_name="C", actor=system),
        actor=system,
    )
    second = services.request_referral(second_episode, severity="moderate", actor=system)
    services.hold_bed(first, oxygen_hospital, actor=coordinator)
    with pytest.raises(ServiceError) as refused:
        services.hold_bed(second, oxygen_hospital, actor=coordinator)
    assert refused.value.code == "conflict"
    services.release_bed(first, actor=coordinator)
    assert beds(oxygen_hospital).held == 0
    services.hold_bed(second, oxygen_hospital, actor=coordinator)
    assert beds(oxygen_hospital).held == 1


def test_the_nearest_available_ambulance_goes(
    system: Any, episode: Any, coordinator: Any, oxygen_hospital: Any, ambulance: Any
) -> None:
    far = services.create_ambulance(name="Xe xa", base=legacy("commune", "31942"), actor=system)
    referral = services.request_referral(episode, severity="moderate", actor=system)
    services.hold_bed(referral, oxygen_hospital, actor=coordinator)
    assert services.dispatch_ambulance(referral, actor=coordinator).ambulance == ambulance
    assert far.status == AmbulanceStatus.AVAILABLE


def test_step_down_and_discharge_free_the_bed(
    system: Any, home_case: Any, oxygen_hospital: Any
) -> None:
    BedCapacity.objects.filter(facility=oxygen_hospital).update(occupied=5)
    episode = services.admit(home_case, oxygen_hospital, "oxygen", actor=system)
    assert beds(oxygen_hospital).occupied == 6
    services.step_down(episode, actor=system)
    assert beds(oxygen_hospital).occupied == 5
    services.discharge(episode, actor=system)
    assert Episode.objects.get(pk=episode.pk).status == "discharged"
    kinds = list(EpisodeEvent.objects.filter(episode=episode).values_list("kind", flat=True))
    assert kinds == ["admission", "step_down", "discharge"]


def test_a_facility_manager_cannot_change_another_facilitys_beds(
    system: Any, oxygen_hospital: Any, baclieu_hospital: Any
) -> None:
    from chongdich.facilities.services import set_bed_capacity

    manager = make_persona(system, "ql_ttyt", "facility_manager", facility=oxygen_hospital)
    set_bed_capacity(oxygen_hospital, "oxygen", total=10, occupied=3, actor=manager)
    with pytest.raises(ServiceError) as refused:
        set_bed_capacity(baclieu_hospital, "icu", total=40, occupied=0, actor=manager)
    assert refused.value.code == "forbidden"
    assert beds(baclieu_hospital, "icu").occupied == 31


def test_occupied_plus_held_may_not_exceed_the_total(
    system: Any, episode: Any, coordinator: Any, oxygen_hospital: Any
) -> None:
    from chongdich.facilities.services import set_bed_capacity

    referral = services.request_referral(episode, severity="moderate", actor=system)
    services.hold_bed(referral, oxygen_hospital, actor=coordinator)
    with pytest.raises(ServiceError):
        set_bed_capacity(oxygen_hospital, "oxygen", total=10, occupied=10, actor=system)
    assert beds(oxygen_hospital).occupied == 9


def test_the_capacity_board_checks_the_provinces_bed_reserve(
    system: Any, baclieu: Any, coordinator: Any, oxygen_hospital: Any
) -> None:
    import datetime as dt
    from decimal import Decimal

    from chongdich.facilities.services import set_bed_reserve_policy

    set_bed_reserve_policy(
        baclieu,
        reserved_share=Decimal("0.5"),
        applies_to="test",
        document="TB thử",
        effective_from=dt.date(2021, 11, 1),
        actor=system,
    )
    (row,) = capacity_board(coordinator)
    assert (row.total, row.occupied, row.reserved_beds) == (10, 9, 5)
    assert row.reserve_exceeded is True
    BedCapacity.objects.filter(facility=oxygen_hospital).update(occupied=5)
    (row,) = capacity_board(coordinator)
    assert row.reserve_exceeded is False
