"""Rt against EpiEstim's own output for its Flu2009 example (to 1e-6)."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from chongdich.epi import rt

from .shared_data import SHARED_DATA

EXPECTED_COLUMNS = [
    "Mean(R)",
    "Std(R)",
    "Quantile.0.025(R)",
    "Quantile.0.05(R)",
    "Quantile.0.25(R)",
    "Median(R)",
    "Quantile.0.75(R)",
    "Quantile.0.95(R)",
    "Quantile.0.975(R)",
]


def flu2009() -> tuple[np.ndarray, list[dict[str, str]]]:
    with open(SHARED_DATA / "epiestim_flu2009_incidence.csv", encoding="utf-8") as f:
        incidence = np.array([float(r["I"]) for r in csv.DictReader(f)])
    with open(SHARED_DATA / "epiestim_flu2009_parametric_si_expected_R.csv", encoding="utf-8") as f:
        expected = list(csv.DictReader(f))
    return incidence, expected


def test_parametric_si_matches_epiestim_to_1e_6() -> None:
    incidence, expected = flu2009()
    est = rt.estimate_rt(incidence, si_mean=2.6, si_sd=1.5, window=7)
    assert [int(r["t_start"]) for r in expected] == list(est.t_start + 1)
    assert [int(r["t_end"]) for r in expected] == list(est.t_end + 1)
    got = np.column_stack([est.mean[0], est.std[0], est.quantiles[0]])
    want = np.array([[float(r[c]) for c in EXPECTED_COLUMNS] for r in expected])
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-6)


def test_discretised_serial_interval_is_epiestims() -> None:
    with open(SHARED_DATA / "epiestim_flu2009_serial_interval.csv", encoding="utf-8") as f:
        printed = [
            float(r["si_distr_parametric_mean2.6_sd1.5_as_printed"]) for r in csv.DictReader(f)
        ]
    si = rt.discretise_gamma_si(32, 2.6, 1.5)
    np.testing.assert_allclose(si, printed[:32], rtol=1e-6, atol=1e-12)


def test_the_first_days_cases_count_as_imported() -> None:
    local = np.array([5.0, 3, 4, 6, 8, 9, 12, 15, 14])
    as_cases = rt.estimate_rt(local, si_mean=3.0, si_sd=1.5, window=3)
    explicit = rt.estimate_rt(
        np.r_[0, local[1:]], np.r_[5, np.zeros(8)], si_mean=3.0, si_sd=1.5, window=3
    )
    np.testing.assert_array_equal(as_cases.mean, explicit.mean)
    # Local cases on day 0 are moved to imported even with an imported column (EpiEstim).
    moved = rt.estimate_rt(local, np.zeros(9), si_mean=3.0, si_sd=1.5, window=3)
    np.testing.assert_array_equal(as_cases.mean, moved.mean)


def test_imported_cases_infect_but_are_not_counted_as_offspring() -> None:
    local = np.array([0.0, 2, 3, 5, 6, 8, 9, 11, 12, 14])
    imported = np.array([4.0, 0, 0, 3, 0, 0, 6, 0, 0, 0])
    without = rt.estimate_rt(local, np.r_[4.0, np.zeros(9)], si_mean=3.0, si_sd=1.5, window=3)
    with_imports = rt.estimate_rt(local, imported, si_mean=3.0, si_sd=1.5, window=3)
    # More infectors for the same local cases: lower R in the windows after the imports.
    assert np.all(with_imports.mean[0, 3:] < without.mean[0, 3:])


def test_many_series_give_the_same_as_one_at_a_time() -> None:
    rng = np.random.default_rng(7)
    series = rng.poisson(30, size=(5, 60)).astype(float)
    together = rt.estimate_rt(series, si_mean=4.7, si_sd=2.9, window=7)
    for k in range(5):
        alone = rt.estimate_rt(series[k], si_mean=4.7, si_sd=2.9, window=7)
        np.testing.assert_allclose(together.quantiles[k], alone.quantiles[0], rtol=1e-12)


def test_windows_ending_before_the_si_mean_are_undefined() -> None:
    est = rt.estimate_rt(np.arange(1.0, 12), si_mean=5.5, si_sd=2.0, window=2)
    # 1-based t_end 3, 4, 5 are not after the mean 5.5 (EpiEstim leaves them NA).
    assert np.isnan(est.mean[0, :3]).all()
    assert np.isfinite(est.mean[0, 4:]).all()


def test_non_parametric_si_equals_parametric_with_the_same_weights() -> None:
    incidence, _ = flu2009()
    si = rt.discretise_gamma_si(32, 2.6, 1.5)
    a = rt.estimate_rt(incidence, si_mean=2.6, si_sd=1.5)
    b = rt.estimate_rt(incidence, si_distr=si / si.sum())
    np.testing.assert_allclose(a.mean, b.mean, rtol=1e-6)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"si_mean": 1.0, "si_sd": 1.0}, "mean must be > 1"),
        ({"si_mean": 3.0, "si_sd": 0.0}, "sd must be > 0"),
        ({"si_distr": [0.1, 0.9]}, "day 0 must be 0"),
        ({"si_distr": [0.0, 0.5]}, "sum to 1"),
        ({"si_mean": 3.0, "si_sd": 1.0, "window": 30}, "needs at least 31 days"),
        ({}, "serial interval is needed"),
    ],
)
def test_bad_inputs_are_refused_with_the_value_named(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        rt.estimate_rt(np.ones(10), **kwargs)


def test_negative_counts_are_refused_naming_the_day() -> None:
    with pytest.raises(ValueError, match="day 3 has -1"):
        rt.estimate_rt(np.array([1.0, 2, 3, -1, 5]), si_mean=3.0, si_sd=1.0, window=2)


def test_fast_gamma_quantiles_agree_with_scipys_inverse() -> None:
    from scipy import special

    shapes = np.concatenate([np.arange(1.0, 200.0), np.geomspace(200, 1e7, 300), [2.5, 17.3]])
    got = rt.gamma_quantiles(shapes, rt.QUANTILES)
    want = special.gammaincinv(shapes[:, None], np.asarray(rt.QUANTILES)[None, :])
    np.testing.assert_allclose(got, want, rtol=1e-13)
