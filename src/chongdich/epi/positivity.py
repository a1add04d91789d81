"""Test positivity: the share of tests that came back positive, with its uncertainty.

A day with 3 positives out of 4 antigen tests and a day with 3,000 out of 4,000 PCR tests
both show 75 %; the Wilson score interval (Wilson 1927; Brown, Cai & DasGupta 2001, the
interval they recommend for small n) says how little the first one tells.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z_95 = 1.959963984540054  # two-sided 95 % normal quantile


@dataclass(frozen=True)
class Positivity:
    tested: int
    positive: int
    rate: float | None  # None when nothing was tested
    low: float | None
    high: float | None


def positivity(tested: int, positive: int, z: float = Z_95) -> Positivity:
    """Rate and Wilson score interval of ``positive`` out of ``tested``."""
    if tested < 0 or positive < 0:
        raise ValueError("counts cannot be negative")
    if positive > tested:
        raise ValueError("more positives than tests")
    if tested == 0:
        return Positivity(0, 0, None, None, None)
    p = positive / tested
    z2 = z * z
    centre = (p + z2 / (2 * tested)) / (1 + z2 / tested)
    half = z * math.sqrt(p * (1 - p) / tested + z2 / (4 * tested * tested)) / (1 + z2 / tested)
    return Positivity(tested, positive, p, max(0.0, centre - half), min(1.0, centre + half))
