"""Two stations recording use of the same lot at the same moment never take more doses than
it holds (real threads, each with its own connection; SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from chongdich.logistics import services as logistics
from chongdich.logistics.models import StockLevel
from chongdich.logistics.tests.test_concurrent_allocation import _at_once, _refusals
from chongdich.vaccination import services
from chongdich.vaccination.models import VaccineLot


@pytest.fixture
def lot(transactional_db: Any, system: Any, baclieu: Any) -> VaccineLot:
    return services.receive_vaccine_lot(
        logistics.province_holder(baclieu, actor=system),
        brand="moderna",
        lot_number="MD-0001",
        expires_on=dt.date(2021, 12, 31),
        doses=100,
        received_on=dt.date(2021, 11, 1),
        source_kind="ministry",
        source_name="Bộ Y tế",
        actor=system,
    )


def test_two_uses_of_one_lot_at_once_never_overdraw_it(lot: VaccineLot, system: Any) -> None:
    outcomes = _at_once(
        [
            lambda: services.record_lot_use(lot, used=80, actor=system),
            lambda: services.record_lot_use(lot, used=80, actor=system),
        ]
    )
    assert sum(isinstance(o, VaccineLot) for o in outcomes) == 1, outcomes
    assert sum(isinstance(o, _refusals()) for o in outcomes) == 1, outcomes
    lot.refresh_from_db()
    assert (lot.doses_used, lot.doses_left) == (80, 20)
    stock = StockLevel.objects.get(holder=lot.holder, item="vaccine_moderna")
    assert stock.quantity == 20
