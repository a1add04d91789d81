"""Reasons for an epidemic level, in Vietnamese and English, each with its evidence tag;
and the records-in, records-out form used by ``chongdich levels assess``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .level_rules import (
    CAPACITY_NAMES,
    COLOR_NAMES_EN,
    COLORS,
    RISK_EN,
    RISK_VI,
    TAG_RANK,
    TAGS,
    RuleSet,
)
from .levels import Assessment, UnitInputs, assess, validate

# --- Reasons -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    tag: str
    vi: str
    en: str

    def text(self, lang: str) -> str:
        return f"{self.vi if lang == 'vi' else self.en} [{self.tag}]"


def _num(x: float, lang: str) -> str:
    s = f"{x:,.1f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".") if lang == "vi" else s


def _band_text(lo: int, hi: int, vi: bool, rs: RuleSet | None = None) -> str:
    if lo != hi:
        return f"mức {lo}–{hi}" if vi else f"band {lo}–{hi}"
    word = f"mức {lo}" if vi else f"band {lo}"
    if rs is None:
        return word
    # The band's bounds, as the rule set states them (">=" for QĐ 4800, ">" for QĐ 218).
    bounds = [None, *(c.value for c in rs.incidence_cuts), None]
    low, high = bounds[lo - 1], bounds[lo]
    ge, lt = ("≥", "<") if rs.incidence_inclusive else (">", "≤")
    parts = []
    if low is not None:
        parts.append(f"{ge} {low:g}")
    if high is not None:
        parts.append(f"{lt} {high:g}")
    return f"{word} ({', '.join(parts)})" if parts else word


def explain(inputs: UnitInputs, result: Assessment, i: int) -> list[Reason]:
    """The value of each criterion, its band, the matrix cell and any adjustment, for unit i."""
    rs = result.rule_set
    rec = inputs.record(i)
    reasons: list[Reason] = []
    rate = float(result.rate[i])
    b_lo, b_hi = int(result.band_min[i]), int(result.band_max[i])
    window_vi = "7 ngày" if rs.window == "7d" else "14 ngày / 2"
    window_en = "7-day sum" if rs.window == "7d" else "14-day sum / 2"
    community = rs.numerator == "community_only" and not result.numerator_fallback[i]
    who_vi = "ca cộng đồng" if community else "ca mắc mới trên địa bàn"
    who_en = "community cases" if community else "all new cases in the area"
    cut_tags = [
        c.tag for k, c in enumerate(rs.incidence_cuts, start=2) if b_lo <= k and b_hi >= k - 1
    ]
    weakest_cut = min(cut_tags, key=TAG_RANK.__getitem__) if cut_tags else "C"
    reasons.append(
        Reason(
            weakest_cut,
            f"Tiêu chí 1: {_num(rate, 'vi')} {who_vi}/100.000 dân/tuần ({window_vi}) → "
            f"{_band_text(b_lo, b_hi, True, rs)}",
            f"Criterion 1: {_num(rate, 'en')} {who_en} per 100,000 per week ({window_en}) → "
            f"{_band_text(b_lo, b_hi, False, rs)}",
        )
    )
    if b_lo != b_hi:
        reasons.append(
            Reason(
                "?",
                "Ngưỡng tiêu chí 1 chưa tìm thấy trong văn bản: tỉnh cần thiết lập "
                f"({rs.code}, chỉ số 1a); cấp độ lấy mức cao nhất có thể",
                f"Criterion 1 cut-points not found in the text: the province must set them "
                f"({rs.code}, indicator 1a); the level shown is the highest possible",
            )
        )
    if result.numerator_fallback[i]:
        reasons.append(
            Reason(
                rs.missing_data_rule.tag,
                "Không có số ca cộng đồng: dùng tổng số ca (như Hà Nội đã tính)",
                "No community-case count: all cases used instead (as Hà Nội computed it)",
            )
        )
    parts_vi, parts_en = [], []
    for name, rule in rs.coverage_rules:
        v = rec[name]
        label_vi, label_en = _COVERAGE_LABELS[name]
        shown_vi = "không có số liệu" if v is None else f"{_num(v, 'vi')}%"
        shown_en = "no data" if v is None else f"{_num(v, 'en')}%"
        need = "?" if rule.value is None else f"{rule.value:g}%"
        parts_vi.append(f"{label_vi} {shown_vi} (cần ≥ {need})")
        parts_en.append(f"{label_en} {shown_en} (needs ≥ {need})")
    met = bool(result.coverage_met[i])
    cov_tag = min((r.tag for _, r in rs.coverage_rules), key=TAG_RANK.__getitem__)
    reasons.append(
        Reason(
            cov_tag,
            f"Tiêu chí 2 (tiêm chủng): {'; '.join(parts_vi)} → {'đạt' if met else 'không đạt'}",
            f"Criterion 2 (vaccination): {'; '.join(parts_en)} → {'met' if met else 'not met'}",
        )
    )
    if result.coverage_missing[i]:
        reasons.append(
            Reason(
                rs.missing_data_rule.tag,
                "Thiếu số liệu tiêm chủng: coi như chưa đạt",
                "Vaccination data missing: counted as not met",
            )
        )
    if rs.framework == "incidence_x_coverage":
        col = 0 if met else 1
        _matrix_reason(
            reasons,
            rs,
            b_lo,
            b_hi,
            col,
            met_vi=("đạt" if met else "không đạt"),
            met_en=("met" if met else "not met"),
            row_vi="mức",
            row_en="band",
        )
        if b_hi == 4 and met:
            reasons.append(
                Reason(
                    "R",
                    "Mức 4 khi đạt tiêm chủng: văn bản 4800 chưa rõ cấp 3 hay 4; mặc định cấp 3 "
                    "(như Hà Nội 01/2022), tỉnh có thể đặt lại",
                    "Band 4 with coverage met: QĐ 4800 unresolved between level 3 and 4; "
                    "default 3 (as Hà Nội 01/2022), the province may set it",
                )
            )
    else:
        _explain_218(reasons, rs, rec, result, i)
    if result.held[i]:
        prev = int(rec["previous_level"] or 0)
        missing = rec["capacity_met"] is None
        reasons.append(
            Reason(
                rs.capacity_rule.tag,
                f"Tiêu chí 3 (khả năng thu dung, điều trị) "
                f"{'không có số liệu' if missing else 'không đạt'}: giữ nguyên cấp {prev}, "
                "không hạ cấp",
                f"Criterion 3 (treatment capacity) {'has no data' if missing else 'not met'}: "
                f"level stays at {prev}, not lowered",
            )
        )
    if rs.province_adjustment:
        reasons.append(
            Reason(
                "C",
                f"Tỉnh điều chỉnh {rs.province_adjustment:+d} cấp (NQ 128/NQ-CP cho phép)",
                f"Province adjustment {rs.province_adjustment:+d} level (allowed by NQ 128/NQ-CP)",
            )
        )
    lo, hi = int(result.level_min[i]), int(result.level_max[i])
    reasons.append(
        Reason(
            TAGS[int(result.evidence[i])],
            f"Cấp độ {hi} ({RISK_VI[hi]}, {COLORS[hi]})"
            + (f"; có thể từ cấp {lo} khi tỉnh đặt ngưỡng" if lo != hi else "")
            + f"; bộ tiêu chí {rs.label}"
            + _EVIDENCE_NOTE_VI.get(TAGS[int(result.evidence[i])], ""),
            f"Level {hi} ({RISK_EN[hi]}, {COLOR_NAMES_EN[hi]})"
            + (
                f"; could be as low as {lo} once the province sets the cut-points"
                if lo != hi
                else ""
            )
            + f"; rule set {rs.label}"
            + _EVIDENCE_NOTE_EN.get(TAGS[int(result.evidence[i])], ""),
        )
    )
    return reasons


_EVIDENCE_NOTE_VI = {
    "R": "; dựa trên quy tắc được dựng lại [R], cần đối chiếu văn bản gốc",
    "?": "; dựa trên giá trị chưa tìm thấy trong văn bản [?]",
}
_EVIDENCE_NOTE_EN = {
    "R": "; rests on reconstructed rules [R]: check against the primary text",
    "?": "; rests on a value not found in the regulations [?]",
}
_COVERAGE_LABELS = {
    "adult_first_dose_pct": ("người ≥ 18 tuổi tiêm ≥ 1 mũi", "adults 18+ with ≥ 1 dose"),
    "age50_full_pct": ("người ≥ 50 tuổi tiêm đủ liều", "people 50+ fully vaccinated"),
    "population_full_pct": ("dân số tiêm đủ liều", "population fully vaccinated"),
    "high_risk_full_pct": ("nhóm nguy cơ cao tiêm đủ liều", "high-risk group fully vaccinated"),
}


def _matrix_reason(
    reasons: list[Reason],
    rs: RuleSet,
    lo: int,
    hi: int,
    col: int,
    *,
    met_vi: str,
    met_en: str,
    row_vi: str,
    row_en: str,
) -> None:
    for row in sorted({lo, hi}):
        cell = rs.matrix[row - 1][col]
        reasons.append(
            Reason(
                cell.tag,
                f"Ma trận {rs.code}: {row_vi} {row} × {met_vi} → cấp {cell.level}",
                f"{rs.code} matrix: {row_en} {row} × {met_en} → level {cell.level}",
            )
        )


def _explain_218(
    reasons: list[Reason], rs: RuleSet, rec: dict[str, float | None], result: Assessment, i: int
) -> None:
    if result.oxygen_band[i]:
        reasons.append(
            Reason(
                "?",
                f"Chỉ số 1b (ca cần thở oxy): mức {int(result.oxygen_band[i])}, lấy mức cao hơn",
                f"Indicator 1b (cases needing oxygen): band {int(result.oxygen_band[i])}, "
                "the higher band counts",
            )
        )
    if rs.deaths_above is not None and rec["deaths_7d"] is not None:
        d = float(result.deaths_rate[i])
        up = bool(result.deaths_raise[i])
        reasons.append(
            Reason(
                rs.deaths_above.tag,
                f"Chỉ số 1c: {_num(d, 'vi')} ca tử vong/100.000 dân/tuần "
                f"({'>' if up else '≤'} {rs.deaths_above.value:g}) → "
                f"{'tăng 1 mức lây nhiễm' if up else 'không điều chỉnh'}",
                f"Indicator 1c: {_num(d, 'en')} deaths per 100,000 per week "
                f"({'>' if up else '≤'} {rs.deaths_above.value:g}) → "
                f"{'transmission level +1' if up else 'no change'}",
            )
        )
    if not result.coverage_met[i]:
        reasons.append(
            Reason(
                rs.coverage_raises_by_one.tag if rs.coverage_raises_by_one else "R",
                "Tiêm chủng không đạt: tăng 1 mức lây nhiễm",
                "Vaccination not met: transmission level +1",
            )
        )
    cap = int(result.capacity_class[i])
    beds = rec["free_beds_per_100k"]
    cap_vi, cap_en = CAPACITY_NAMES[cap]
    if beds is None:
        reasons.append(
            Reason(
                rs.missing_data_rule.tag,
                "Tiêu chí 3: không có số giường trống/100.000 dân (3b) → "
                "coi như khả năng đáp ứng thấp",
                "Criterion 3: no free beds per 100,000 (3b) → capacity counted as low",
            )
        )
    else:
        reasons.append(
            Reason(
                "R",
                f"Tiêu chí 3 (3b): {_num(beds, 'vi')} giường trống/100.000 dân → "
                f"khả năng đáp ứng {cap_vi}",
                f"Criterion 3 (3b): {_num(beds, 'en')} free beds per 100,000 → capacity {cap_en}",
            )
        )
    _matrix_reason(
        reasons,
        rs,
        int(result.transmission_min[i]),
        int(result.transmission_max[i]),
        cap - 1,
        met_vi=f"khả năng {cap_vi}",
        met_en=f"capacity {cap_en}",
        row_vi="mức lây nhiễm",
        row_en="transmission",
    )


# --- The CLI contract: records in, records out -----------------------------------------------


def assess_records(records: Sequence[Mapping[str, Any]], rule_set: RuleSet) -> list[dict[str, Any]]:
    """``chongdich levels assess``: one output object per input unit, in input order."""
    ids = [rec.get("id", i) for i, rec in enumerate(records)]
    inputs = UnitInputs.from_records(records)
    validate(inputs, ids)
    result = assess(inputs, rule_set, checked=True, ids=ids)
    out = []
    for i, unit_id in enumerate(ids):
        level = int(result.level[i])
        reasons = explain(inputs, result, i)
        out.append(
            {
                "id": unit_id,
                "level": level,
                "color": COLORS[level],
                "rule_set": rule_set.code,
                "rule_set_version": rule_set.version,
                "cases_per_100k_week": round(float(result.rate[i]), 2),
                "band": int(result.band_max[i]),
                "band_min": int(result.band_min[i]),
                "level_min": int(result.level_min[i]),
                "level_max": level,
                "level_is_range": bool(result.is_range[i]),
                "needs_configuration": rule_set.needs_configuration() if result.is_range[i] else [],
                "coverage_met": bool(result.coverage_met[i]),
                "capacity": (
                    CAPACITY_NAMES[int(result.capacity_class[i])][1]
                    if result.capacity_class[i]
                    else None
                ),
                "transmission": (
                    int(result.transmission_max[i])
                    if rule_set.framework == "transmission_x_capacity"
                    else None
                ),
                "held_by_capacity": bool(result.held[i]),
                "reasons": [r.text("en") for r in reasons],
                "reasons_vi": [r.text("vi") for r in reasons],
                "evidence": TAGS[int(result.evidence[i])],
            }
        )
    return out
