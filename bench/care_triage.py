"""care_triage: 10,000 F0 patients triaged (severity, warnings, home care, tier, action)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from .harness import Figure, Options, benchmark, compare

PATIENTS = 10_000
AS_OF = dt.date(2022, 2, 10)


def synthetic_patients(seed: int = 2022) -> dict[str, Any]:
    """Benchmark data, not real: the contract's input with every field drawn from a fixed seed
    so that every severity, warning and unmet criterion occurs, missing readings included."""
    from chongdich.epi.care.codes import CONTRACT_COMORBIDITIES, SYMPTOMS

    rng = random.Random(seed)
    comorbidities = [code for code, _ in CONTRACT_COMORBIDITIES]
    symptoms = list(SYMPTOMS)

    def maybe(value: Any, p_missing: float = 0.1) -> Any:
        return None if rng.random() < p_missing else value

    patients = []
    for i in range(PATIENTS):
        age = rng.choice([0, 1, 3, 7, 14, 25, 38, 49, 50, 62, 75, 88])
        doses = rng.choice([0, 1, 2, 3])
        patients.append(
            {
                "id": f"p{i}",
                "age_years": age,
                "age_months": rng.randrange(12) if age == 0 else None,
                "pregnant": maybe(rng.random() < 0.03),
                "obese": maybe(rng.random() < 0.1),
                "comorbidities": rng.sample(comorbidities, rng.choice([0, 0, 0, 1, 2])),
                "comorbidities_stable": maybe(rng.random() < 0.7, 0.3),
                "doses": maybe(doses),
                "last_dose_on": None if doses == 0 else "2021-12-20",
                "respiratory_rate": maybe(rng.choice([14, 18, 19, 20, 22, 26, 32, 45])),
                "spo2": maybe(rng.choice([99, 98, 97, 96, 95, 94, 92, 88]), 0.2),
                "pulse": maybe(rng.choice([70, 90, 110, 125, 45]), 0.3),
                "systolic": maybe(rng.choice([85, 110, 130]), 0.5),
                "diastolic": None,
                "symptoms": rng.sample(symptoms, rng.choice([0, 1, 2, 3])),
                "can_self_care": maybe(rng.random() < 0.9),
                "has_phone": maybe(rng.random() < 0.95),
                "has_caregiver": maybe(rng.random() < 0.5, 0.5),
            }
        )
    return {"as_of": AS_OF.isoformat(), "province": None, "patients": patients}


@benchmark("care_triage", "10,000 F0 patients triaged by the rules in force (issue 5)")
def care_triage(options: Options) -> Iterator[Figure]:
    from chongdich.epi.care import parse_patients, triage
    from chongdich.epi.care.triage import clear_caches

    payload = synthetic_patients()
    as_of, province, patients = parse_patients(payload)
    value, base = compare(
        lambda: triage(patients, as_of=as_of, province=province),
        lambda: parse_patients(payload),
        rounds=options.rounds(5),
        before_operation=clear_caches,  # every round is a first run: nothing kept from the last
    )
    yield Figure(
        name="care_triage",
        value=value,
        unit="s",
        baseline="reading and checking the same 10,000 patients (parse_patients)",
        baseline_value=base,
    )
