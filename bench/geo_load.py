"""Loading the reference geography: both maps, ~14,000 units, links and populations."""

from __future__ import annotations

from collections.abc import Iterator

from .harness import Figure, Options, benchmark, compare

BASELINE = "read the same reference data (no database)"


def _empty_geography() -> None:
    """Delete what a load writes, fast: plain DELETEs, children first."""
    from django.db import connection

    from chongdich.accounts.models import AuditEvent
    from chongdich.geo.models import AdminUnit, PopulationFigure, UnitSuccession

    with connection.cursor() as cursor:
        for model in (UnitSuccession, PopulationFigure, AuditEvent, AdminUnit):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")


@benchmark("geo_load", "store the reference geography in an empty database, vs reading it")
def geo_load(options: Options) -> Iterator[Figure]:
    from chongdich.accounts.models import User
    from chongdich.geo.models import AdminUnit
    from chongdich.geo.reference import read_reference_geography
    from chongdich.geo.services import load_reference_geography

    system = User.objects.create(username="bench-system", is_system=True)
    # The load reads through this cache; warm it so that the store time is storing only.
    read_reference_geography()
    read = read_reference_geography.__wrapped__  # the uncached read

    store, baseline = compare(
        lambda: load_reference_geography(actor=system),
        read,
        rounds=options.rounds(5),
        before_operation=_empty_geography,
    )
    units = AdminUnit.objects.count()
    assert units > 10_000, f"only {units} units loaded"
    yield Figure("geo_load", store, "s", BASELINE, baseline)

    # Loading again over a full database: what `chongdich geo load` costs when nothing changed.
    reload, baseline = compare(
        lambda: load_reference_geography(actor=system), read, rounds=options.rounds(5)
    )
    yield Figure("geo_reload", reload, "s", BASELINE, baseline)
