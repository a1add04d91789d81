"""Assigning 10,000 waiting patients to 500 facilities' free beds (exact optimum: min-cost
flow over candidate pairs, priced out) against greedy nearest-bed, on real commune
centroids (the patients and beds are synthetic)."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

from .harness import Figure, Options, benchmark

PATIENTS, FACILITIES = 10_000, 500
SCARCITY = 0.8  # free beds for 80 % of the patients: who waits matters
TIER = {"asymptomatic": 1, "mild": 1, "moderate": 2, "severe": 3, "critical": 3}
SEVERITY_MIX = {"asymptomatic": 0.2, "mild": 0.35, "moderate": 0.3, "severe": 0.1, "critical": 0.05}
BED_TYPES = {
    1: ("general",),
    2: ("general", "oxygen"),
    3: ("general", "oxygen", "icu", "ventilator"),
}


def national_problem(seed: int = 2021) -> tuple[list, list]:
    from chongdich.epi.referral import BED_FOR_SEVERITY, Waiting, Ward
    from chongdich.geo.reference import read_reference_geography

    communes = [
        (u.code, u.latitude, u.longitude)
        for u in read_reference_geography().units
        if u.map_version == "legacy" and u.level == "commune" and u.latitude is not None
    ]
    rng = random.Random(seed)
    severities = list(SEVERITY_MIX)
    weights = list(SEVERITY_MIX.values())
    patients = []
    for i in range(PATIENTS):
        code, lat, lon = rng.choice(communes)
        severity = rng.choices(severities, weights)[0]
        patients.append(
            Waiting(
                i,
                code,
                lat,
                lon,
                severity,
                TIER[severity],
                BED_FOR_SEVERITY[severity],
                rng.uniform(0, 720),
            )
        )
    need = {t: sum(1 for p in patients if p.bed_type == t) for t in BED_TYPES[3]}
    facilities = []
    for f in range(FACILITIES):
        code, lat, lon = rng.choice(communes)
        facilities.append((f, code, lat, lon, rng.choices([1, 2, 3], [0.5, 0.35, 0.15])[0]))
    wards = []
    for bed_type, wanted in need.items():
        holders = [fac for fac in facilities if bed_type in BED_TYPES[fac[4]]]
        per = SCARCITY * wanted / len(holders)
        for f, code, lat, lon, tier in holders:
            wards.append(Ward(f, code, lat, lon, tier, bed_type, round(rng.uniform(0, 2) * per)))
    return patients, wards


@benchmark("referral_10k", "10,000 patients × 500 facilities: exact optimum vs greedy")
def run(options: Options) -> Iterator[Figure]:
    from chongdich.epi.referral import assign_greedy, assign_optimal

    patients, wards = national_problem()
    times_opt, times_greedy = [], []
    optimal = greedy = None
    for _ in range(options.rounds(3)):
        start = time.perf_counter()
        optimal = assign_optimal(patients, wards)
        times_opt.append(time.perf_counter() - start)
        start = time.perf_counter()
        greedy = assign_greedy(patients, wards)
        times_greedy.append(time.perf_counter() - start)
    assert optimal is not None and greedy is not None
    baseline = "greedy nearest free bed in queue order (same patients and beds)"
    yield Figure(
        "referral_10k",
        sorted(times_opt)[len(times_opt) // 2],
        "s",
        baseline,
        sorted(times_greedy)[len(times_greedy) // 2],
    )
    yield Figure("referral_10k_km", optimal.total_km, "km", baseline, greedy.total_km)
    yield Figure(
        "referral_10k_placed", len(optimal.placements), "n", baseline, len(greedy.placements)
    )
    critical = optimal.by_severity.get("critical", 0)
    yield Figure(
        "referral_10k_critical", critical, "n", baseline, greedy.by_severity.get("critical", 0)
    )
