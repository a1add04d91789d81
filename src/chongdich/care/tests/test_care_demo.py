"""The care demo: idempotent; the station sees its home patients, some with warning signs,
and the deteriorating one is in the referral queue."""

from __future__ import annotations

from typing import Any

import pytest

from chongdich.accounts.models import User
from chongdich.care.demo import TRAJECTORIES, load_care_demo
from chongdich.care.models import Ambulance, CheckIn, Episode, ReferralRequest
from chongdich.care.queries import home_patients

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_cases(system: Any, commune: Any) -> None:
    from chongdich.surveillance.services import create_case

    for i in range(len(TRAJECTORIES)):
        create_case(
            commune=commune,
            reported_on="2021-10-31",
            full_name=f"Demo {i}",
            birth_year=1970 + i,
            is_demo=True,
            actor=system,
        )


def test_the_care_demo_loads_once_and_tells_the_story(system: Any, demo_cases: None) -> None:
    users: list[dict[str, str]] = []
    first = load_care_demo(actor=system, users=users)
    again = load_care_demo(actor=system)
    assert first["episodes"] == len(TRAJECTORIES) and again["episodes"] == 0
    assert Ambulance.objects.filter(is_demo=True).count() == 3
    assert CheckIn.objects.count() == sum(len(t) for t in TRAJECTORIES)
    assert all(e.is_demo for e in Episode.objects.all())
    station = User.objects.get(username=users[0]["username"])
    seen = list(home_patients(station))
    assert len(seen) == len(TRAJECTORIES)
    assert sum(bool(e.warnings) for e in seen) >= 2
    waiting = ReferralRequest.objects.get()
    assert waiting.status == "waiting" and waiting.episode.case.full_name == "Demo 5"
