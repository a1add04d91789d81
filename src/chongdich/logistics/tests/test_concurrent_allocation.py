"""Two coordinators allocating the same offer at the same moment never over-allocate it
(real threads, each with its own database connection; SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import OperationalError, connection

from chongdich.errors import ServiceError
from chongdich.logistics import services
from chongdich.logistics.models import Allocation, Need, Offer


def _at_once(calls: list[Any]) -> list[Any]:
    barrier = threading.Barrier(len(calls))
    outcomes: list[Any] = [None] * len(calls)

    def run(i: int) -> None:
        try:
            barrier.wait()
            outcomes[i] = calls[i]()
        except Exception as exc:  # the outcome is what the test looks at
            outcomes[i] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return outcomes


def _refusals() -> tuple[type[Exception], ...]:
    """What the loser of the race gets: our CONFLICT refusal. SQLite's in-memory test
    database (shared cache) fails a waiting writer at once with "table is locked" instead
    of queueing it as a database file (the production default) does; it is refused all
    the same. Run with CHONGDICH_TEST_SQLITE=/tmp/x.sqlite3 or on PostgreSQL for the queue."""
    name = str(connection.settings_dict.get("TEST", {}).get("NAME") or "")
    in_memory = connection.vendor == "sqlite" and (not name or "memory" in name)
    return (ServiceError, OperationalError) if in_memory else (ServiceError,)


@pytest.fixture
def contested(transactional_db: Any, system: Any, baclieu: Any, camau: Any) -> Any:
    from conftest import make_persona

    first = make_persona(system, "coordinator_a", "national_coordinator")
    second = make_persona(system, "coordinator_b", "national_coordinator")
    offer = services.create_offer(
        donor_name="Bình Dương", item="oxygen_concentrator", quantity=100, actor=system
    )
    needs = [
        services.raise_need(area, "oxygen_concentrator", 80, 5, actor=system)
        for area in (baclieu, camau)
    ]
    return first, second, offer, needs


def test_two_manual_allocations_of_one_offer_never_exceed_it(contested: Any) -> None:
    first, second, offer, (a, b) = contested
    outcomes = _at_once(
        [
            lambda: services.allocate_manually(offer, a, 80, reason="A", actor=first),
            lambda: services.allocate_manually(offer, b, 80, reason="B", actor=second),
        ]
    )
    assert sum(isinstance(o, Allocation) for o in outcomes) == 1
    assert sum(isinstance(o, _refusals()) for o in outcomes) == 1, outcomes
    offer.refresh_from_db()
    assert offer.allocated_quantity == 80


def test_two_optimiser_runs_at_once_allocate_the_offer_once(contested: Any) -> None:
    first, second, offer, _needs = contested
    outcomes = _at_once(
        [
            lambda: services.allocate_offers(actor=first),
            lambda: services.allocate_offers(actor=second),
        ]
    )
    errors = [o for o in outcomes if isinstance(o, Exception)]
    assert all(isinstance(e, _refusals()) for e in errors), outcomes
    assert len(errors) < 2
    offer.refresh_from_db()
    assert offer.allocated_quantity == 100
    assert sum(a.quantity for a in Allocation.objects.filter(offer=offer)) == 100
    assert sum(n.allocated_quantity for n in Need.objects.all()) == 100
    assert Offer.objects.get(pk=offer.pk).remaining == 0
