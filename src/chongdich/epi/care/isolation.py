"""End of home isolation of an F0 by the rule in force on the decision date (DOMAIN.md §3.5).

Days are counted from the positive test: day N is ``positive_on + N days``.

- 28/12/2021 → 27/01/2022 [S]: release on day 10 or later with a negative rapid antigen test;
  the texts found give no limit when the test stays positive: test again ([?]).
- from 28/01/2022, QĐ 250/QĐ-BYT [C]: negative antigen test on day 7 or later → released that
  day; still positive on that first test → isolation ends on day 10 (fully vaccinated) or
  day 14 (not fully vaccinated).
- Hải Phòng (31) in 01/2022 [S]: test on day 10; if positive, 7 more days.
- before 28/12/2021: no rule found [?]: the province must set one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Reason


@dataclass(frozen=True)
class IsolationRule:
    code: str
    document: str
    effective_from: dt.date
    effective_to: dt.date | None
    province: str | None
    test_day: int
    end_day_vaccinated: int | None  # when the first test is positive; None: not found
    end_day_unvaccinated: int | None
    tag: str


ISOLATION_RULES: tuple[IsolationRule, ...] = (
    IsolationRule(
        "MOH-2021-12-28",
        "MoH dispatch of 28/12/2021 (number not found)",
        dt.date(2021, 12, 28),
        dt.date(2022, 1, 27),
        None,
        10,
        None,
        None,
        "S",
    ),
    IsolationRule(
        "QD250", "QĐ 250/QĐ-BYT (28/01/2022)", dt.date(2022, 1, 28), None, None, 7, 10, 14, "C"
    ),
    IsolationRule(
        "HP-2022-01",
        "Hải Phòng practice, 01/2022",
        dt.date(2022, 1, 1),
        dt.date(2022, 1, 27),
        "31",
        10,
        17,
        17,
        "S",
    ),
)


@dataclass(frozen=True)
class IsolationEnd:
    rule: str | None
    status: str  # released | isolating | test_due | unknown
    test_on: dt.date | None  # the day of the releasing antigen test
    ends_on: dt.date | None  # release day when known
    reasons: tuple[Reason, ...]


def rule_for(as_of: dt.date, province: str | None) -> IsolationRule | None:
    live = [
        r
        for r in ISOLATION_RULES
        if r.effective_from <= as_of and (r.effective_to is None or as_of <= r.effective_to)
    ]
    local = [r for r in live if province and r.province == province]
    national = [r for r in live if r.province is None]
    chosen = local or national
    return chosen[0] if chosen else None


def isolation_end(
    *,
    positive_on: dt.date,
    as_of: dt.date,
    fully_vaccinated: bool | None,
    antigen_tests: Sequence[tuple[dt.date, bool]] = (),
    province: str | None = None,
) -> IsolationEnd:
    """When home isolation ends. ``antigen_tests``: (date, negative) rapid antigen results;
    only tests up to ``as_of`` count. The rule is the one in force on ``as_of``."""
    if as_of < positive_on:
        raise ValueError(f"as_of {as_of} is before the positive test {positive_on}")
    rule = rule_for(as_of, province)
    if rule is None:
        reason = Reason(
            "isolation.rule_not_found",
            "Chưa tìm thấy quy định kết thúc cách ly F0 tại nhà cho ngày này; tỉnh cần cấu hình",
            "No end-of-isolation rule found for this date; the province must set one",
            "[?] DOMAIN.md §3.5",
        )
        return IsolationEnd(None, "unknown", None, None, (reason,))
    ev = f"[{rule.tag}] {rule.document}"
    test_on = positive_on + dt.timedelta(days=rule.test_day)
    tests = sorted((d, neg) for d, neg in antigen_tests if test_on <= d <= as_of)
    if not tests:
        status = "isolating" if as_of < test_on else "test_due"
        reason = Reason(
            f"isolation.{status}",
            f"Xét nghiệm nhanh kháng nguyên vào ngày thứ {rule.test_day} ({test_on:%d/%m/%Y})",
            f"Rapid antigen test on day {rule.test_day} ({test_on.isoformat()})",
            ev,
        )
        return IsolationEnd(rule.code, status, test_on, None, (reason,))
    first_day, negative = tests[0]
    if negative:
        reason = Reason(
            "isolation.released_negative",
            f"Âm tính ngày {first_day:%d/%m/%Y}: kết thúc cách ly",
            f"Negative on {first_day.isoformat()}: isolation ends",
            ev,
        )
        return IsolationEnd(rule.code, "released", first_day, first_day, (reason,))
    return _after_positive(rule, positive_on, as_of, fully_vaccinated, tests, ev)


def _after_positive(
    rule: IsolationRule,
    positive_on: dt.date,
    as_of: dt.date,
    fully_vaccinated: bool | None,
    tests: list[tuple[dt.date, bool]],
    ev: str,
) -> IsolationEnd:
    if rule.end_day_vaccinated is None or rule.end_day_unvaccinated is None:
        later = [d for d, neg in tests[1:] if neg]
        if later:
            reason = Reason(
                "isolation.released_negative",
                f"Âm tính ngày {later[0]:%d/%m/%Y}: kết thúc cách ly",
                f"Negative on {later[0].isoformat()}: isolation ends",
                ev,
            )
            return IsolationEnd(rule.code, "released", later[0], later[0], (reason,))
        reason = Reason(
            "isolation.retest",
            "Còn dương tính; văn bản tìm được không nêu thời hạn: xét nghiệm lại",
            "Still positive; the texts found give no limit: test again",
            f"[?] {rule.document}",
        )
        return IsolationEnd(rule.code, "test_due", None, None, (reason,))
    longest = positive_on + dt.timedelta(days=rule.end_day_unvaccinated)
    if fully_vaccinated is None and as_of < longest:
        reason = Reason(
            "isolation.vaccination_unknown",
            f"Còn dương tính; kết thúc ngày thứ {rule.end_day_vaccinated} (tiêm đủ) hoặc "
            f"{rule.end_day_unvaccinated} (chưa tiêm đủ): chưa biết tình trạng tiêm",
            f"Still positive; ends on day {rule.end_day_vaccinated} (fully vaccinated) or "
            f"{rule.end_day_unvaccinated} (not): vaccination not known",
            ev,
        )
        return IsolationEnd(rule.code, "isolating", None, None, (reason,))
    # Vaccination unknown but past the longer limit: released either way.
    end_day = rule.end_day_vaccinated if fully_vaccinated else rule.end_day_unvaccinated
    ends = positive_on + dt.timedelta(days=end_day)
    status = "released" if as_of >= ends else "isolating"
    reason = Reason(
        f"isolation.positive_until_day_{end_day}",
        f"Còn dương tính ngày {tests[0][0]:%d/%m/%Y}: cách ly đến ngày thứ {end_day} "
        f"({ends:%d/%m/%Y})",
        f"Still positive on {tests[0][0].isoformat()}: isolation until day {end_day} "
        f"({ends.isoformat()})",
        ev,
    )
    return IsolationEnd(rule.code, status, None, ends, (reason,))
