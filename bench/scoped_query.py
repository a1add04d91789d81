"""Jurisdiction scoping: what ``visible_to`` adds to a query over cases.

The fixture (~20,000 cases in four Mekong provinces) is benchmark data, bulk-inserted
straight into the table, not through the services: it measures reads, not writes.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from .harness import Figure, Options, benchmark, compare

CASES = 20_000
# Bạc Liêu, where the officer works, and three neighbours whose cases they must not see.
PROVINCE_CODES = ["95", "94", "96", "93"]
BASELINE = "Case.objects.filter(commune__province_id=<province>).count()"


def _make_fixture() -> tuple[Any, Any]:
    """Geography, cases and a Bạc Liêu province officer; returns (officer, province)."""
    from chongdich.accounts.models import RoleAssignment, User
    from chongdich.geo.models import AdminUnit
    from chongdich.geo.services import load_reference_geography
    from chongdich.surveillance.models import Case

    system = User.objects.create(username="bench-system", is_system=True)
    load_reference_geography(actor=system)
    provinces = list(
        AdminUnit.objects.filter(map_version="legacy", level="province", code__in=PROVINCE_CODES)
    )
    assert len(provinces) == len(PROVINCE_CODES), "reference provinces missing"
    communes = list(
        AdminUnit.objects.filter(map_version="legacy", level="commune", province__in=provinces)
    )
    rng = random.Random(2021)
    start = dt.date(2021, 9, 1)
    Case.objects.bulk_create(
        (
            Case(
                full_name=f"Ca minh hoạ {i}",
                commune=rng.choice(communes),
                reported_on=start + dt.timedelta(days=rng.randrange(120)),
                is_demo=True,
            )
            for i in range(CASES)
        ),
        batch_size=2000,
    )
    province = next(p for p in provinces if p.code == PROVINCE_CODES[0])
    officer = User.objects.create(username="bench-officer")
    RoleAssignment.objects.create(user=officer, role="province_officer", area=province)
    return officer, province


@benchmark("scoped_query", f"count one province's cases through visible_to ({CASES:,} cases)")
def scoped_query(options: Options) -> Iterator[Figure]:
    from django.db import connection

    from chongdich.accounts.scoping import forget_jurisdiction, visible_to
    from chongdich.surveillance.models import Case

    officer, province = _make_fixture()
    if connection.vendor == "postgresql":
        # Autovacuum would gather statistics within a minute of a real load; do it now so that
        # the planner sees the steady state rather than an empty table.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def scoped() -> int:
        return visible_to(Case.objects.all(), officer).count()

    def plain() -> int:
        return Case.objects.filter(commune__province_id=province.pk).count()

    # A fast wrong answer is no figure: both must count the same cases.
    assert scoped() == plain() > 0, (scoped(), plain())
    rounds = options.rounds(51)

    # Within a request: the jurisdiction is computed once and kept on the user object.
    warm, baseline = compare(scoped, plain, rounds=rounds)
    yield Figure("scoped_query", warm * 1000, "ms", BASELINE, baseline * 1000)

    # The first scoped query of a request also works out the jurisdiction.
    cold, baseline = compare(
        scoped, plain, rounds=rounds, before_operation=lambda: forget_jurisdiction(officer)
    )
    yield Figure("scoped_query_cold", cold * 1000, "ms", BASELINE, baseline * 1000)
