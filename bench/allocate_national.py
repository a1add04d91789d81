"""Allocating support nationally: 63 provinces × 20 items of need, 500 offers (HiGHS)."""

from __future__ import annotations

import math
import random
from collections.abc import Iterator

from .harness import Figure, Options, benchmark, compare

BASELINE = "greedy first-come allocation of the same offers and needs"
ITEMS = 20
OFFERS = 500
RESTRICTED_SHARE = 0.3  # offers that name their recipients (1 to 3 provinces)
SUPPLY_SHARE = 0.6  # offers cover 60 % of the needed quantity: scarcity is the hard case


def national_problem(seed: int = 2021) -> tuple[list, list, dict]:
    """The 63 legacy provinces at their real centroids; needs, urgencies and offers drawn
    from a fixed seed (the quantities are synthetic)."""
    from chongdich.epi.allocation import Need, Offer
    from chongdich.geo.reference import read_reference_geography

    provinces = sorted(
        (u.code, u.latitude, u.longitude)
        for u in read_reference_geography().units
        if u.map_version == "legacy" and u.level == "province"
    )
    assert len(provinces) == 63, len(provinces)
    rng = random.Random(seed)
    items = [f"item{i:02d}" for i in range(ITEMS)]
    needs = [
        Need(f"{code}-{item}", code, item, rng.randint(10, 500), rng.randint(1, 5))
        for code, _lat, _lon in provinces
        for item in items
    ]
    rng.shuffle(needs)  # the order they were raised in, for first-come
    codes = [p[0] for p in provinces]
    per_offer = SUPPLY_SHARE * sum(n.quantity for n in needs) / OFFERS
    offers = []
    for i in range(OFFERS):
        named = (
            frozenset(rng.sample(codes, rng.randint(1, 3)))
            if rng.random() < RESTRICTED_SHARE
            else None
        )
        quantity = max(1, round(rng.uniform(0.2, 1.8) * per_offer))
        offers.append(Offer(f"o{i}", rng.choice(codes), rng.choice(items), quantity, named))
    where = {code: (lat, lon) for code, lat, lon in provinces}
    distances = {(a, b): _km(where[a], where[b]) for a in codes for b in codes}
    return needs, offers, distances


def _km(a: tuple, b: tuple) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return round(2 * 6371.0 * math.asin(math.sqrt(h)), 1)


@benchmark(
    "allocate_national",
    "optimal allocation, 63 provinces × 20 items × 500 offers, vs greedy first-come",
)
def allocate_national(options: Options) -> Iterator[Figure]:
    from chongdich.epi.allocation import allocate, allocate_first_come, weighted_coverage

    needs, offers, distances = national_problem()
    best = allocate(needs, offers, distances)
    first = allocate_first_come(needs, offers)
    assert best.objective >= first.objective  # the same answer quality check as the tests
    optimal, greedy = compare(
        lambda: allocate(needs, offers, distances),
        lambda: allocate_first_come(needs, offers),
        rounds=options.rounds(5),
    )
    # Issue 6 asks < 1 s; the figure is reported, not asserted (a loaded machine would fail
    # the run without saying anything about the code).
    yield Figure("allocate_national", optimal, "s", BASELINE, greedy)
    yield Figure(
        "allocate_national_coverage",
        100 * weighted_coverage(best, needs),
        "%",
        "urgency-weighted coverage of the greedy first-come allocation",
        100 * weighted_coverage(first, needs),
    )
    urgent = {n.id: n.quantity for n in needs if n.urgency == 5}
    yield Figure(
        "allocate_national_urgent",
        100 * _share_covered(best, urgent),
        "%",
        "share of the urgency-5 quantity covered by greedy first-come",
        100 * _share_covered(first, urgent),
    )


def _share_covered(result: object, wanted: dict) -> float:
    given = sum(a.quantity for a in result.allocations if a.need in wanted)  # type: ignore[attr-defined]
    return given / sum(wanted.values())


def _store_problem(needs: list, offers: list, system: object) -> None:
    """The same problem as database rows: needs per province, offers from province donors."""
    from chongdich.geo.models import AdminUnit
    from chongdich.logistics.models import Holder, HolderKind, Need, Offer

    provinces = {
        u.code: u for u in AdminUnit.objects.filter(map_version="legacy", level="province")
    }
    item_codes = _item_codes()
    Need.objects.bulk_create(
        Need(
            area=provinces[n.recipient],
            item=item_codes[n.item],
            quantity=n.quantity,
            urgency=n.urgency,
        )
        for n in needs
    )
    donors = {
        code: Holder.objects.create(kind=HolderKind.PROVINCE, name=p.name, area=p)
        for code, p in provinces.items()
    }
    stored = Offer.objects.bulk_create(
        Offer(donor=donors[o.donor], item=item_codes[o.item], quantity=o.quantity) for o in offers
    )
    through = Offer.recipients.through
    through.objects.bulk_create(
        through(offer_id=row.pk, adminunit_id=provinces[code].pk)
        for row, o in zip(stored, offers, strict=True)
        for code in (o.recipients or ())
    )


def _item_codes() -> dict[str, str]:
    from chongdich.logistics.models import SupportItemCode

    codes = [c for c in SupportItemCode.values if c not in ("money_vnd", "medical_staff")]
    return {f"item{i:02d}": codes[i] for i in range(ITEMS)}


def _undo_allocations() -> None:
    from django.db.models import F

    from chongdich.accounts.models import AuditEvent
    from chongdich.logistics.models import Allocation, Need, Offer, Shipment

    Shipment.objects.all().delete()
    Allocation.objects.all().delete()
    AuditEvent.objects.filter(action="logistics.allocate").delete()
    Need.objects.update(allocated_quantity=0, status="open")
    Offer.objects.update(allocated_quantity=F("quantity") * 0)


@benchmark(
    "allocate_national_service",
    "the national allocation through the service: locks, rows, shipments, audit",
)
def allocate_national_service(options: Options) -> Iterator[Figure]:
    from chongdich.accounts.models import User
    from chongdich.epi.allocation import allocate
    from chongdich.geo.services import load_reference_geography
    from chongdich.logistics.models import Allocation
    from chongdich.logistics.services import allocate_offers

    system = User.objects.create(username="bench-system", is_system=True)
    load_reference_geography(actor=system)
    needs, offers, distances = national_problem()
    _store_problem(needs, offers, system)
    made = allocate_offers(actor=system)
    assert sum(a.quantity for a in made) == sum(
        a.quantity for a in allocate(needs, offers).allocations
    )
    _undo_allocations()
    service, pure = compare(
        lambda: allocate_offers(actor=system),
        lambda: allocate(needs, offers, distances),
        rounds=options.rounds(3),
        before_operation=_undo_allocations,
    )
    assert Allocation.objects.exists()
    yield Figure(
        "allocate_national_service",
        service,
        "s",
        "the optimiser alone on the same problem (no database)",
        pure,
    )
