"""Many coordinators at once try to book the last ICU bed: exactly one succeeds (real
threads, one connection each). 1,000 attempts on PostgreSQL (run by 40 threads: the
server allows 100 connections), fewer on SQLite, whose writers queue on one file lock."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import OperationalError, connection

from chongdich.care import services
from chongdich.care.models import ReferralRequest
from chongdich.errors import ServiceError
from chongdich.facilities.models import BedCapacity


@pytest.fixture
def contest(transactional_db: Any, system: Any, baclieu: Any) -> Any:
    from chongdich.facilities.services import create_facility, set_bed_capacity
    from chongdich.surveillance.models import Case
    from conftest import legacy, make_persona

    commune = legacy("commune", "31825")
    coordinator = make_persona(system, "dieu_phoi_all", "national_coordinator")
    icu = create_facility(
        name="ICU", kind="provincial_hospital", tier=3, area=commune, actor=system
    )
    set_bed_capacity(icu, "icu", total=20, occupied=19, actor=system)
    attempts = 1000 if connection.vendor == "postgresql" else 60
    cases = Case.objects.bulk_create(
        Case(full_name=f"P{i}", commune=commune, reported_on="2021-10-31") for i in range(attempts)
    )
    referrals = []
    for case in cases:
        episode = services.start_home_care(case, actor=system)
        referrals.append(services.request_referral(episode, severity="severe", actor=system))
    return icu, coordinator, referrals


def test_exactly_one_of_many_concurrent_bookings_gets_the_last_icu_bed(contest: Any) -> None:
    icu, coordinator, referrals = contest
    threads_n = 40 if connection.vendor == "postgresql" else 6
    barrier = threading.Barrier(threads_n)
    outcomes: list[Any] = []
    lock = threading.Lock()

    def run(chunk: list[ReferralRequest]) -> None:
        barrier.wait()
        try:
            for referral in chunk:
                try:
                    services.hold_bed(referral, icu, actor=coordinator)
                    result: Any = "held"
                except (ServiceError, OperationalError) as exc:
                    result = exc
                with lock:
                    outcomes.append(result)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(referrals[i::threads_n],)) for i in range(threads_n)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert len(outcomes) == len(referrals)
    assert outcomes.count("held") == 1
    refusals = [o for o in outcomes if o != "held"]
    assert all(isinstance(o, ServiceError) and o.code == "conflict" for o in refusals) or (
        connection.vendor == "sqlite"  # in-memory SQLite fails waiting writers ("locked")
    )
    beds = BedCapacity.objects.get(facility=icu, bed_type="icu")
    assert (beds.occupied, beds.held) == (19, 1)
    assert ReferralRequest.objects.filter(status="held").count() == 1
