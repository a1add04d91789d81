"""Data-quality checks of daily case series: one-day spikes and reporting gaps.

The national portal's per-province series has single days that are not outbreaks: Cà Mau
reported 151,919 cases on 2021-10-25 and Kiên Giang 49,170 on 2021-09-28, both later
reversed in the cumulative series; Bạc Liêu has days of zero between days of several
hundred (a report skipped, then two days' cases in one). Analyses (Rt, projections,
levels) must not read these as epidemiology, so each suspect point gets a reason and a
corrected value, and the raw series is kept beside the corrected one.

Rules (ours, tagged [R]: no Ministry document defines them):
- spike: a value over SPIKE_RATIO × the median of the SPIKE_WINDOW days before it and over
  SPIKE_RATIO × the median of the SPIKE_AFTER_WINDOW days after it (a surge that stays is
  an outbreak, not a spike), and at least SPIKE_MIN_CASES; corrected to the median before
  (the excess is a backlog or an error, not that day's transmission).
- gap: a day with no report (missing), or a zero between days whose trailing median is at
  least GAP_MIN_MEDIAN; the next reported day usually carries the backlog, so the gap and
  that day share the next day's count evenly (the total is kept).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SPIKE_RATIO = 10.0  # SOURCES.md: outliers "over 10× the 15-day rolling median"
SPIKE_WINDOW = 15
SPIKE_AFTER_WINDOW = 7  # a real surge stays high on the following days; a spike does not
SPIKE_MIN_CASES = 100
GAP_MIN_MEDIAN = 20.0


@dataclass(frozen=True)
class SuspectPoint:
    index: int
    reason: str  # "spike", "missing", "zero_gap"
    raw: float | None
    corrected: float
    median_before: float


def _trailing_medians(values: npt.NDArray[np.float64], window: int) -> npt.NDArray[np.float64]:
    """Median of the ``window`` days before each day, ignoring missing days (NaN)."""
    padded = np.concatenate([np.full(window, np.nan), values[:-1]]) if len(values) else values
    windows = np.lib.stride_tricks.sliding_window_view(padded, window)
    medians = np.full(values.shape, np.nan)
    has_data = ~np.all(np.isnan(windows), axis=1)
    medians[has_data] = np.nanmedian(windows[has_data], axis=1)
    return medians


def check_series(raw: npt.ArrayLike) -> tuple[npt.NDArray[np.float64], list[SuspectPoint]]:
    """Corrected series and suspect points of one daily series (NaN = no report that day).

    The corrected series has no NaN: a gap and the report after it share that report.
    """
    values = np.asarray(raw, dtype=np.float64)
    if values.ndim != 1:
        raise ValueError(f"a daily series is one-dimensional, got shape {values.shape}")
    if np.any(values[~np.isnan(values)] < 0):
        raise ValueError("a daily series cannot hold negative counts")
    medians = _trailing_medians(values, SPIKE_WINDOW)
    known_median = np.where(np.isnan(medians), 0.0, medians)
    medians_after = _trailing_medians(values[::-1], SPIKE_AFTER_WINDOW)[::-1]
    known_after = np.where(np.isnan(medians_after), 0.0, medians_after)
    corrected = values.copy()
    points: list[SuspectPoint] = []

    threshold = SPIKE_RATIO * np.maximum(np.maximum(known_median, known_after), 1.0)
    is_spike = (values >= SPIKE_MIN_CASES) & (values > threshold)
    is_spike &= ~np.isnan(medians)
    for spike in np.flatnonzero(is_spike):
        corrected[spike] = medians[spike]
        points.append(
            SuspectPoint(
                int(spike),
                "spike",
                float(values[spike]),
                float(medians[spike]),
                float(medians[spike]),
            )
        )

    is_missing = np.isnan(values)
    is_gap = is_missing | ((values == 0) & (known_median >= GAP_MIN_MEDIAN))
    i = 0
    while i < len(values):
        if not is_gap[i]:
            i += 1
            continue
        start = i
        while i < len(values) and is_gap[i]:
            i += 1
        # Days start..i-1 are the gap; day i, when reported and not a spike, has the backlog.
        if i < len(values) and not is_spike[i]:
            corrected[start : i + 1] = corrected[i] / (i - start + 1)
        else:
            corrected[start:i] = 0.0
        for j in range(start, i):
            raw_value = None if is_missing[j] else float(values[j])
            reason = "missing" if is_missing[j] else "zero_gap"
            points.append(
                SuspectPoint(j, reason, raw_value, float(corrected[j]), float(known_median[j]))
            )
    points.sort(key=lambda p: p.index)
    return corrected, points
