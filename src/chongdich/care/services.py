"""Every write of the care pathway: checked, in one transaction, audited.

Beds change only by conditional ``UPDATE ... WHERE occupied + held < total`` under a row
lock (``select_for_update``; on SQLite the IMMEDIATE transaction is the lock), the pattern
of ADR 0040: a bed is never held or occupied twice, however many coordinators act at once.
Lock order: referral, then beds by id, then ambulance.
"""

from __future__ import annotations

import datetime as dt
import functools
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change, snapshot
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import Jurisdiction, accessible_to
from chongdich.bulk_insert import bound_cursor, in_params, in_values, prepared
from chongdich.epi import referral as optimiser
from chongdich.epi.care.codes import SYMPTOMS
from chongdich.errors import ErrorCode, ServiceError
from chongdich.facilities.models import BedCapacity, BedType, Facility
from chongdich.geo.models import AdminUnit

from .checkin_store import PreparedCheckin, store_checkins_atomically
from .clinical import assess
from .models import (
    CHECKIN_GRACE_HOURS,
    CHECKIN_INTERVAL_HOURS,
    OPEN_ALERT,
    Alert,
    AlertKind,
    Ambulance,
    AmbulanceStatus,
    CheckIn,
    Dispatch,
    Episode,
    EpisodeEvent,
    EpisodeStatus,
    EventKind,
    Place,
    ReferralRequest,
    ReferralStatus,
    Submitter,
)
from .travel import MINUTES, travel_basis


@dataclass(frozen=True)
class PatientActor:
    """The patient, known by their episode's check-in token (no account, no jurisdiction)."""

    episode_id: int
    pk: None = None

    @property
    def username(self) -> str:
        return f"patient:episode#{self.episode_id}"


# ---------------------------------------------------------------- who may act


def _require_station(actor: Any, episode: Episode) -> None:
    """The commune station (or the district/province above it) of the patient's commune,
    or the manager of the facility that holds the patient."""
    jurisdiction = accessible_to(actor)
    if jurisdiction.can(Capability.EDIT_SURVEILLANCE, unit=episode.commune):
        return
    if episode.facility is not None and jurisdiction.can(
        Capability.EDIT_FACILITY, facility=episode.facility
    ):
        return
    jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=episode.commune)


def may_coordinate(jurisdiction: Jurisdiction, area: AdminUnit | None) -> bool:
    """The coordination unit: the Ministry's coordinators anywhere, a province officer
    (who edits facilities of the province) for patients of its province."""
    if jurisdiction.can(Capability.COORDINATE_SUPPORT):
        return True
    return area is not None and jurisdiction.can(Capability.EDIT_FACILITY, unit=area)


def _require_coordinator(actor: Any, area: AdminUnit | None) -> None:
    jurisdiction = accessible_to(actor)
    if not may_coordinate(jurisdiction, area):
        jurisdiction.require(Capability.COORDINATE_SUPPORT)


def _audit(
    actor: Any,
    action: str,
    obj: Any,
    *,
    area: Any = None,
    facility: Any = None,
    before: Any = None,
    after: Any = None,
) -> None:
    record_change(
        actor=actor,
        action=f"care.{action}",
        obj=obj,
        area=area,
        facility=facility,
        before=before,
        after=after if after is not None else snapshot(obj),
    )


def _event(
    episode: Episode,
    kind: str,
    actor: Any,
    *,
    at: dt.datetime | None = None,
    from_facility: Any = None,
    to_facility: Any = None,
    note: str = "",
) -> EpisodeEvent:
    return EpisodeEvent.objects.create(
        episode=episode,
        kind=kind,
        at=at or timezone.now(),
        from_facility=from_facility,
        to_facility=to_facility,
        note=note[:300],
        actor=actor if getattr(actor, "pk", None) else None,
        is_demo=episode.is_demo,
    )


# ---------------------------------------------------------------- beds


def _check_bed_type(bed_type: str) -> None:
    if bed_type not in BedType.values:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown bed type “%(type)s”.") % {"type": bed_type}
        )


def _bed_row(facility: Facility, bed_type: str) -> BedCapacity:
    beds = BedCapacity.objects.select_for_update().filter(facility=facility, bed_type=bed_type)
    row = beds.first()
    if row is None:
        raise ServiceError(
            ErrorCode.CONFLICT,
            _("%(facility)s has no beds of this type.") % {"facility": facility.name},
        )
    return row


def _no_free_bed(facility: Facility) -> ServiceError:
    return ServiceError(
        ErrorCode.CONFLICT,
        _("%(facility)s has no free bed of this type left.") % {"facility": facility.name},
    )


def _take_bed(facility: Facility, bed_type: str, *, held: bool) -> BedCapacity:
    """Occupy (or hold) one free bed, or refuse. Call inside a transaction."""
    row = _bed_row(facility, bed_type)
    change = {"held": F("held") + 1} if held else {"occupied": F("occupied") + 1}
    taken = BedCapacity.objects.filter(pk=row.pk, total__gt=F("occupied") + F("held")).update(
        **change, updated_at=timezone.now()
    )
    if not taken:
        raise _no_free_bed(facility)
    row.refresh_from_db()
    return row


def _free_bed(facility: Facility, bed_type: str, *, held: bool) -> None:
    """Give back an occupied (or held) bed. Call inside a transaction."""
    row = _bed_row(facility, bed_type)
    field = "held" if held else "occupied"
    BedCapacity.objects.filter(pk=row.pk, **{f"{field}__gt": 0}).update(
        **{field: F(field) - 1}, updated_at=timezone.now()
    )


def _held_to_occupied(facility: Facility, bed_type: str) -> None:
    row = _bed_row(facility, bed_type)
    moved = BedCapacity.objects.filter(pk=row.pk, held__gt=0).update(
        held=F("held") - 1, occupied=F("occupied") + 1, updated_at=timezone.now()
    )
    if not moved:
        raise ServiceError(ErrorCode.CONFLICT, _("The held bed is no longer held."))


# ---------------------------------------------------------------- episodes


def _lock_episode(episode: Episode) -> Episode:
    locked = (
        Episode.objects.select_for_update(of=("self",))
        .select_related("facility", "commune")
        .get(pk=episode.pk)
    )
    if locked.status != EpisodeStatus.ACTIVE:
        raise ServiceError(ErrorCode.CONFLICT, _("This episode of care has ended."))
    return locked


def start_home_care(
    case: Any,
    *,
    started_at: dt.datetime | None = None,
    can_self_care: bool | None = None,
    has_phone: bool | None = None,
    has_caregiver: bool | None = None,
    is_demo: bool = False,
    actor: Any,
) -> Episode:
    """A confirmed case begins care at home, monitored by its commune station. The home
    conditions asked on the first visit feed every later assessment of its check-ins."""
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=case.commune)
    with transaction.atomic():
        if Episode.objects.filter(case=case, status=EpisodeStatus.ACTIVE).exists():
            raise ServiceError(ErrorCode.CONFLICT, _("This case is already under care."))
        episode = Episode.objects.create(
            case=case,
            commune=case.commune,
            place=Place.HOME,
            started_at=started_at or timezone.now(),
            can_self_care=can_self_care,
            has_phone=has_phone,
            has_caregiver=has_caregiver,
            checkin_token=secrets.token_urlsafe(24),
            is_demo=is_demo,
        )
        _event(episode, EventKind.HOME_CARE, actor, at=episode.started_at)
        _audit(actor, "start_home_care", episode, area=episode.commune)
    return episode


def admit(
    case: Any,
    facility: Facility,
    bed_type: str,
    *,
    at: dt.datetime | None = None,
    is_demo: bool = False,
    actor: Any,
) -> Episode:
    """A case is admitted straight to a facility (no episode yet): one bed is occupied."""
    accessible_to(actor).require(Capability.EDIT_FACILITY, facility=facility)
    _check_bed_type(bed_type)
    with transaction.atomic():
        if Episode.objects.filter(case=case, status=EpisodeStatus.ACTIVE).exists():
            raise ServiceError(ErrorCode.CONFLICT, _("This case is already under care."))
        _take_bed(facility, bed_type, held=False)
        episode = Episode.objects.create(
            case=case,
            commune=case.commune,
            place=Place.FACILITY,
            facility=facility,
            bed_type=bed_type,
            started_at=at or timezone.now(),
            checkin_token=secrets.token_urlsafe(24),
            is_demo=is_demo,
        )
        _event(episode, EventKind.ADMISSION, actor, at=episode.started_at, to_facility=facility)
        _audit(actor, "admit", episode, area=episode.commune, facility=facility)
    return episode


def transfer(episode: Episode, facility: Facility, bed_type: str, *, actor: Any) -> Episode:
    """Move an inpatient to another facility (or bed type): the new bed is taken first."""
    _check_bed_type(bed_type)
    _require_station(actor, episode)
    with transaction.atomic():
        episode = _lock_episode(episode)
        if episode.facility is None:
            raise ServiceError(ErrorCode.CONFLICT, _("The patient is not in a facility."))
        before = snapshot(episode)
        old, old_type = episode.facility, episode.bed_type
        for f, t in sorted([(old, old_type), (facility, bed_type)], key=lambda x: x[0].pk):
            _bed_row(f, t)  # lock both rows in id order
        _take_bed(facility, bed_type, held=False)
        _free_bed(old, old_type, held=False)
        episode.facility, episode.bed_type = facility, bed_type
        episode.save(update_fields=["facility", "bed_type", "updated_at"])
        _event(episode, EventKind.TRANSFER, actor, from_facility=old, to_facility=facility)
        _audit(actor, "transfer", episode, area=episode.commune, facility=facility, before=before)
    return episode


def step_down(episode: Episode, *, actor: Any) -> Episode:
    """An inpatient goes home to finish care there; the bed is freed."""
    _require_station(actor, episode)
    with transaction.atomic():
        episode = _lock_episode(episode)
        if episode.facility is None:
            raise ServiceError(ErrorCode.CONFLICT, _("The patient is not in a facility."))
        before = snapshot(episode)
        old = episode.facility
        _free_bed(old, episode.bed_type, held=False)
        episode.place, episode.facility, episode.bed_type = Place.HOME, None, ""
        episode.last_checkin_at = timezone.now()  # the next check-in is due from now
        episode.save(
            update_fields=["place", "facility", "bed_type", "last_checkin_at", "updated_at"]
        )
        _event(episode, EventKind.STEP_DOWN, actor, from_facility=old)
        _audit(actor, "step_down", episode, area=episode.commune, facility=old, before=before)
    return episode


def _close(episode: Episode, status: str, kind: str, actor: Any, note: str) -> Episode:
    _require_station(actor, episode)
    with transaction.atomic():
        episode = _lock_episode(episode)
        before = snapshot(episode)
        old = episode.facility
        if old is not None:
            _free_bed(old, episode.bed_type, held=False)
        for referral in ReferralRequest.objects.select_for_update().filter(
            episode=episode, status__in=[ReferralStatus.WAITING, ReferralStatus.HELD]
        ):
            _cancel(referral, actor)
        episode.status, episode.ended_at = status, timezone.now()
        episode.save(update_fields=["status", "ended_at", "updated_at"])
        _event(episode, kind, actor, from_facility=old, note=note)
        _audit(actor, kind, episode, area=episode.commune, facility=old, before=before)
    return episode


def discharge(episode: Episode, *, note: str = "", actor: Any) -> Episode:
    return _close(episode, EpisodeStatus.DISCHARGED, EventKind.DISCHARGE, actor, note)


def record_death(episode: Episode, *, note: str = "", actor: Any) -> Episode:
    return _close(episode, EpisodeStatus.DIED, EventKind.DEATH, actor, note)


# ---------------------------------------------------------------- check-ins


MEASUREMENT_RANGES = {
    "spo2": (50, 100),
    "pulse": (20, 250),
    "respiratory_rate": (4, 80),
}


def _clean_checkin(values: dict[str, Any]) -> dict[str, Any]:
    errors: list[dict[str, str]] = []
    clean: dict[str, Any] = {}
    for name, (low, high) in MEASUREMENT_RANGES.items():
        value = values.get(name)
        if value is None:
            clean[name] = None  # not measured: "unknown" to the rules, never "normal"
        elif isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            errors.append(
                {
                    "field": name,
                    "message": str(
                        _("%(field)s must be a whole number from %(low)d to %(high)d.")
                        % {"field": name, "low": low, "high": high}
                    ),
                }
            )
        else:
            clean[name] = value
    temperature = values.get("temperature")
    clean["temperature"] = None
    if temperature is not None:
        try:
            t = Decimal(str(temperature)).quantize(Decimal("0.1"))
            if not Decimal("30") <= t <= Decimal("45"):
                raise InvalidOperation
            clean["temperature"] = t
        except (InvalidOperation, ValueError):
            errors.append(
                {"field": "temperature", "message": str(_("Temperature must be 30–45 °C."))}
            )
    symptoms = values.get("symptoms") or []
    unknown = [s for s in symptoms if s not in SYMPTOMS]
    if not isinstance(symptoms, list | tuple) or unknown:
        errors.append(
            {
                "field": "symptoms",
                "message": str(
                    _("Unknown symptom codes: %(codes)s.") % {"codes": ", ".join(map(str, unknown))}
                ),
            }
        )
    clean["symptoms"] = sorted(set(symptoms)) if not unknown else []
    if errors:
        raise ServiceError(ErrorCode.INVALID_INPUT, details=errors)
    return clean


def prepare_checkin(
    episode: Episode,
    *,
    idempotency_key: str,
    measured_at: dt.datetime | None = None,
    values: dict[str, Any],
    actor: Any,
    is_demo: bool = False,
) -> PreparedCheckin:
    """Everything a check-in needs before it is written: who may submit it (the patient by
    their episode's token, or the station), its idempotency key, its values (refused field
    by field) and the clinical rules' assessment. No database write."""
    if isinstance(actor, PatientActor):
        if actor.episode_id != episode.pk:
            raise ServiceError(ErrorCode.FORBIDDEN)
        submitted_by = Submitter.PATIENT
    else:
        _require_station(actor, episode)
        submitted_by = Submitter.STATION
    key = (idempotency_key or "").strip()
    if not 8 <= len(key) <= 64:
        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            _("An idempotency key of 8 to 64 characters is required."),
        )
    clean = _clean_checkin(values)
    measured_at = measured_at or timezone.now()
    assessment = assess(episode, clean, timezone.localdate(measured_at))
    return PreparedCheckin(
        episode=episode,
        key=key,
        measured_at=measured_at,
        values=clean,
        assessment=assessment,
        submitted_by=submitted_by,
        actor=actor,
        is_demo=is_demo,
    )


def submit_checkin(
    episode: Episode,
    *,
    idempotency_key: str,
    measured_at: dt.datetime | None = None,
    values: dict[str, Any],
    actor: Any,
    is_demo: bool = False,
) -> tuple[CheckIn, bool]:
    """Store one check-in (patient with the token, or the station), assess it by the
    clinical rules, alert the station on warning signs, and queue a referral when the
    rules say transfer. Returns (check-in, created): the same key again returns the first
    one and changes nothing. (The patient's phone over HTTP goes through the group-commit
    writer instead, ``checkin_writer``: same preparation, same store, many per commit.)"""
    prepared = prepare_checkin(
        episode,
        idempotency_key=idempotency_key,
        measured_at=measured_at,
        values=values,
        actor=actor,
        is_demo=is_demo,
    )
    (result,) = store_checkins_atomically([prepared])
    if isinstance(result, ServiceError):
        raise result
    return result


MISSED_CHECKIN_REASON = "missed_checkin"


def scan_missed_checkins(*, now: dt.datetime | None = None, actor: Any) -> list[Alert]:
    """Alert the station of every home patient (in the actor's jurisdiction) whose
    check-in is overdue, and queue them for referral: one alert and at most one referral
    request per due time, so scanning again adds nothing (issue 5, ADR 0090).

    The request is queued at the last known severity (at least ``mild``: not heard from is
    not "asymptomatic"). A later scan cancels a request a missed check-in opened once a
    check-in has arrived since, unless that check-in itself asks for a transfer or a bed is
    already held (the coordination unit handles it then)."""
    from chongdich.accounts.scoping import visible_to

    now = now or timezone.now()
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE)
    late = now - dt.timedelta(hours=CHECKIN_INTERVAL_HOURS + CHECKIN_GRACE_HOURS)
    episodes = visible_to(
        Episode.objects.filter(status=EpisodeStatus.ACTIVE, place=Place.HOME),
        actor,
        Capability.EDIT_SURVEILLANCE,
    ).select_related("commune")
    created: list[Alert] = []
    for episode in episodes:
        last = episode.last_checkin_at or episode.started_at
        if last > late:
            continue
        due = last + dt.timedelta(hours=CHECKIN_INTERVAL_HOURS)
        with transaction.atomic():
            alert, is_new = Alert.objects.get_or_create(
                episode=episode,
                kind=AlertKind.MISSED_CHECKIN,
                due_at=due,
                defaults={"is_demo": episode.is_demo},
            )
            if is_new:
                alert.referral = _refer_missed(episode, actor)
                if alert.referral is not None:
                    alert.save(update_fields=["referral"])
                _audit(actor, "missed_checkin_alert", alert, area=episode.commune)
                created.append(alert)
    _close_answered_missed_referrals(actor)
    return created


def _refer_missed(episode: Episode, actor: Any) -> ReferralRequest | None:
    """Queue a home patient who missed a check-in, unless a request is open already."""
    open_ = ReferralRequest.objects.filter(
        episode=episode, status__in=[ReferralStatus.WAITING, ReferralStatus.HELD]
    )
    if open_.exists():
        return None
    severity = episode.severity if episode.severity in optimiser.SEVERITY_RANK else "mild"
    if optimiser.SEVERITY_RANK[severity] < optimiser.SEVERITY_RANK["mild"]:
        severity = "mild"
    return _open_referral(
        episode,
        severity=severity,
        tier=_tier_for(severity),
        bed_type=optimiser.BED_FOR_SEVERITY[severity],
        reason=MISSED_CHECKIN_REASON,
        actor=actor,
    )


def _close_answered_missed_referrals(actor: Any) -> None:
    """Cancel the still-waiting requests opened by a missed check-in whose patient has
    checked in since (and whose latest check-in does not ask for a transfer)."""
    from chongdich.accounts.scoping import visible_to

    alerts = visible_to(
        Alert.objects.filter(
            kind=AlertKind.MISSED_CHECKIN,
            referral__status=ReferralStatus.WAITING,
            # heard from since the last check-in before the missed one
            episode__last_checkin_at__gt=F("due_at") - dt.timedelta(hours=CHECKIN_INTERVAL_HOURS),
        ),
        actor,
        Capability.EDIT_SURVEILLANCE,
    ).select_related("episode__commune")
    for alert in alerts:
        latest = CheckIn.objects.filter(episode=alert.episode).first()  # newest first
        if latest is None or latest.action == "transfer":
            continue
        with transaction.atomic():
            assert alert.referral_id is not None
            referral = ReferralRequest.objects.select_for_update().get(pk=alert.referral_id)
            if referral.status == ReferralStatus.WAITING:
                _cancel(referral, actor)


def record_alert_closed(alert_id: int, *, actor: Any) -> None:
    """Audit a missed check-in's alert that a check-in closed (``checkin_store``, inside the
    check-in's transaction; the actor is the one who checked in)."""
    alert = Alert.objects.select_related("episode__commune").get(pk=alert_id)
    _audit(actor, "close_alert", alert, area=alert.episode.commune)


def cancel_missed_referral(referral_id: int, *, actor: Any) -> None:
    """Cancel the referral request a missed check-in opened, now that the patient has
    checked in, if it still waits for a bed (``checkin_store``, in the check-in's
    transaction). A held bed is the coordination unit's to decide, as in the sweep."""
    referral = (
        ReferralRequest.objects.select_for_update()
        .select_related("episode__commune")
        .get(pk=referral_id)
    )
    if referral.status == ReferralStatus.WAITING:
        _cancel(referral, actor)


def acknowledge_alert(alert: Alert, *, actor: Any) -> Alert:
    _require_station(actor, alert.episode)
    with transaction.atomic():
        updated = (
            Alert.objects.filter(pk=alert.pk)
            .filter(OPEN_ALERT)
            .update(
                acknowledged_at=timezone.now(),
                acknowledged_by=actor if getattr(actor, "pk", None) else None,
            )
        )
        alert.refresh_from_db()
        if updated:
            _audit(actor, "acknowledge_alert", alert, area=alert.episode.commune)
    return alert


# ---------------------------------------------------------------- referrals


def queued_already(episode_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """(status, severity) of each of these episodes' open (waiting or held) referral, in one
    plain statement: for a batch of check-ins (``checkin_store``), which most often only
    needs to see that the patient is queued already."""
    ids = sorted(set(episode_ids))
    if not ids:
        return {}
    sql = _queued_sql(0 if connection.vendor == "postgresql" else len(ids))
    with bound_cursor(connection) as cursor:
        params = [
            *in_params(connection, ids),
            ReferralStatus.WAITING.value,
            ReferralStatus.HELD.value,
        ]
        cursor.execute(sql, params)
        # The first of each episode, as .first() would (the constraint allows one anyway).
        return {episode: (status, severity) for episode, status, severity in cursor.fetchall()}


@functools.lru_cache(maxsize=64)
def _queued_sql(count: int) -> str:
    ids = in_values(connection, "episode_id", count, "bigint")
    return prepared(
        f"SELECT episode_id, status, severity FROM {ReferralRequest._meta.db_table} "
        f"WHERE {ids} AND status IN (%s, %s) ORDER BY id DESC"
    )


def referral_changes(queued: dict[int, tuple[str, str]], episode_id: int, severity: str) -> bool:
    """Would a transfer at this severity write anything: a new referral, or a higher
    severity on the waiting one? E.g. queued at "mild" for a missed check-in, then a
    check-in shows "severe": the patient must not wait for (or be given) a milder bed."""
    existing = queued.get(episode_id)
    if existing is None:
        return True
    status, queued_severity = existing
    rank = optimiser.SEVERITY_RANK
    return status == ReferralStatus.WAITING and rank.get(severity, 0) > rank.get(queued_severity, 0)


def _open_referral(
    episode: Episode, *, severity: str, tier: int, bed_type: str, reason: str, actor: Any
) -> ReferralRequest:
    """Queue the episode for a bed, or raise the severity of its waiting referral."""
    existing = ReferralRequest.objects.filter(
        episode=episode, status__in=[ReferralStatus.WAITING, ReferralStatus.HELD]
    ).first()
    if existing is not None:
        state = {episode.pk: (existing.status, existing.severity)}
        if referral_changes(state, episode.pk, severity):
            before = snapshot(existing)
            existing.severity, existing.bed_type = severity, bed_type
            existing.tier = max(existing.tier, tier)
            existing.save(update_fields=["severity", "tier", "bed_type", "updated_at"])
            _audit(actor, "upgrade_referral", existing, area=episode.commune, before=before)
        return existing
    referral = ReferralRequest.objects.create(
        episode=episode,
        severity=severity,
        tier=tier,
        bed_type=bed_type,
        reason=reason[:300],
        requested_at=timezone.now(),
        requested_by=actor if getattr(actor, "pk", None) else None,
        is_demo=episode.is_demo,
    )
    _audit(actor, "request_referral", referral, area=episode.commune)
    return referral


def _tier_for(severity: str) -> int:
    return {"asymptomatic": 1, "mild": 1, "moderate": 2}.get(severity, 3)


def request_referral(
    episode: Episode,
    *,
    severity: str,
    tier: int | None = None,
    bed_type: str | None = None,
    reason: str = "",
    actor: Any,
) -> ReferralRequest:
    """Escalate a patient: queue them for a bed (one open request per episode)."""
    _require_station(actor, episode)
    if severity not in optimiser.SEVERITY_RANK:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown severity “%(value)s”.") % {"value": severity}
        )
    bed_type = bed_type or optimiser.BED_FOR_SEVERITY[severity]
    _check_bed_type(bed_type)
    if tier is None:
        tier = _tier_for(severity)
    if tier not in (1, 2, 3):
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The tier must be 1, 2 or 3."))
    with transaction.atomic():
        if episode.status != EpisodeStatus.ACTIVE:
            raise ServiceError(ErrorCode.CONFLICT, _("This episode of care has ended."))
        return _open_referral(
            episode, severity=severity, tier=tier, bed_type=bed_type, reason=reason, actor=actor
        )


def _lock_referral(referral: ReferralRequest, *expected: str) -> ReferralRequest:
    locked = (
        ReferralRequest.objects.select_for_update(of=("self",))
        .select_related("episode__commune", "facility")
        .get(pk=referral.pk)
    )
    if locked.status not in expected:
        raise ServiceError(
            ErrorCode.CONFLICT,
            _("This referral is “%(status)s” now.") % {"status": locked.get_status_display()},
        )
    return locked


def hold_bed(
    referral: ReferralRequest, facility: Facility, *, km: float | None = None, actor: Any
) -> ReferralRequest:
    """Hold one free bed of the referral's type at the facility for this patient."""
    _require_coordinator(actor, referral.episode.commune)
    with transaction.atomic():
        referral = _lock_referral(referral, ReferralStatus.WAITING)
        if facility.tier < referral.tier:
            raise ServiceError(
                ErrorCode.INVALID_INPUT,
                _("%(facility)s is tier %(tier)d; this patient needs tier %(needed)d.")
                % {"facility": facility.name, "tier": facility.tier, "needed": referral.tier},
            )
        _take_bed(facility, referral.bed_type, held=True)
        before = snapshot(referral)
        referral.status, referral.facility = ReferralStatus.HELD, facility
        referral.held_at, referral.km = timezone.now(), km
        referral.save(update_fields=["status", "facility", "held_at", "km", "updated_at"])
        _audit(
            actor,
            "hold_bed",
            referral,
            area=referral.episode.commune,
            facility=facility,
            before=before,
        )
    return referral


def release_bed(referral: ReferralRequest, *, actor: Any) -> ReferralRequest:
    """Give the held bed back; the patient waits again."""
    _require_coordinator(actor, referral.episode.commune)
    with transaction.atomic():
        referral = _lock_referral(referral, ReferralStatus.HELD)
        before = snapshot(referral)
        facility = referral.facility
        assert facility is not None
        _free_bed(facility, referral.bed_type, held=True)
        referral.status, referral.facility, referral.held_at = ReferralStatus.WAITING, None, None
        referral.km = None
        referral.save(update_fields=["status", "facility", "held_at", "km", "updated_at"])
        Ambulance.objects.filter(
            dispatches__referral=referral, dispatches__completed_at__isnull=True
        ).update(status=AmbulanceStatus.AVAILABLE)
        Dispatch.objects.filter(referral=referral, completed_at__isnull=True).update(
            completed_at=timezone.now()
        )
        _audit(
            actor,
            "release_bed",
            referral,
            area=referral.episode.commune,
            facility=facility,
            before=before,
        )
    return referral


def confirm_admission(referral: ReferralRequest, *, actor: Any) -> ReferralRequest:
    """The patient has arrived: the held bed becomes occupied, the episode moves to the
    facility (admission from home, or transfer from another facility)."""
    referral = ReferralRequest.objects.select_related("facility", "episode__commune").get(
        pk=referral.pk
    )
    facility = referral.facility
    if facility is None:
        raise ServiceError(ErrorCode.CONFLICT, _("No bed is held for this referral."))
    jurisdiction = accessible_to(actor)
    if not (
        may_coordinate(jurisdiction, referral.episode.commune)
        or jurisdiction.can(Capability.EDIT_FACILITY, facility=facility)
    ):
        jurisdiction.require(Capability.COORDINATE_SUPPORT)
    with transaction.atomic():
        referral = _lock_referral(referral, ReferralStatus.HELD)
        facility = referral.facility
        assert facility is not None
        episode = _lock_episode(referral.episode)
        before = snapshot(referral)
        _held_to_occupied(facility, referral.bed_type)
        old = episode.facility
        if old is not None:
            _free_bed(old, episode.bed_type, held=False)
        episode.place, episode.facility, episode.bed_type = (
            Place.FACILITY,
            facility,
            referral.bed_type,
        )
        episode.save(update_fields=["place", "facility", "bed_type", "updated_at"])
        _event(
            episode,
            EventKind.TRANSFER if old else EventKind.ADMISSION,
            actor,
            from_facility=old,
            to_facility=facility,
        )
        referral.status, referral.closed_at = ReferralStatus.CONFIRMED, timezone.now()
        referral.save(update_fields=["status", "closed_at", "updated_at"])
        for dispatch in Dispatch.objects.filter(referral=referral, completed_at__isnull=True):
            dispatch.completed_at = timezone.now()
            dispatch.save(update_fields=["completed_at"])
            Ambulance.objects.filter(pk=dispatch.ambulance_id).update(
                status=AmbulanceStatus.AVAILABLE, updated_at=timezone.now()
            )
        _audit(
            actor,
            "confirm_admission",
            referral,
            area=episode.commune,
            facility=facility,
            before=before,
        )
    return referral


def _cancel(referral: ReferralRequest, actor: Any) -> None:
    if referral.status == ReferralStatus.HELD and referral.facility is not None:
        _free_bed(referral.facility, referral.bed_type, held=True)
    referral.status, referral.closed_at = ReferralStatus.CANCELLED, timezone.now()
    referral.save(update_fields=["status", "closed_at", "updated_at"])
    _audit(actor, "cancel_referral", referral, area=referral.episode.commune)


def cancel_referral(referral: ReferralRequest, *, actor: Any) -> ReferralRequest:
    _require_station(actor, referral.episode)
    with transaction.atomic():
        referral = _lock_referral(referral, ReferralStatus.WAITING, ReferralStatus.HELD)
        _cancel(referral, actor)
    return referral


def _centroid(unit: AdminUnit) -> tuple[float, float] | None:
    if unit.latitude is None or unit.longitude is None:
        return None
    return unit.latitude, unit.longitude


def plan_referrals(*, province: AdminUnit | None = None, actor: Any) -> dict[str, Any]:
    """Assign every waiting patient the actor coordinates to a free bed (exact optimum of
    epi.referral) and hold those beds. A bed taken meanwhile by someone else leaves that
    patient waiting (reported), never double-booked."""
    from chongdich.accounts.scoping import visible_to

    jurisdiction = accessible_to(actor)
    if province is not None:
        _require_coordinator(actor, province)
    elif not (
        jurisdiction.can(Capability.COORDINATE_SUPPORT)
        or jurisdiction.can(Capability.EDIT_FACILITY)
    ):
        jurisdiction.require(Capability.COORDINATE_SUPPORT)
    waiting_qs = ReferralRequest.objects.filter(status=ReferralStatus.WAITING).select_related(
        "episode__commune"
    )
    if province is not None:
        waiting_qs = waiting_qs.filter(episode__commune__province=province)
    mine = [r for r in waiting_qs if may_coordinate(jurisdiction, r.episode.commune)]
    now = timezone.now()
    patients = []
    for r in mine:
        where = _centroid(r.episode.commune)
        if where is None:
            continue
        patients.append(
            optimiser.Waiting(
                id=r.pk,
                place=r.episode.commune.code,
                lat=where[0],
                lon=where[1],
                severity=r.severity,
                tier=r.tier,
                bed_type=r.bed_type,
                waited_minutes=(now - r.requested_at).total_seconds() / 60,
            )
        )
    beds = visible_to(BedCapacity.objects.all(), actor).select_related("facility__area")
    if province is not None:
        beds = beds.filter(facility__area__province=province)
    wards = []
    for b in beds:
        where = _centroid(b.facility.area)
        if where is not None and b.free > 0:
            wards.append(
                optimiser.Ward(
                    facility=b.facility_id,
                    place=b.facility.area.code,
                    lat=where[0],
                    lon=where[1],
                    tier=b.facility.tier,
                    bed_type=b.bed_type,
                    free=b.free,
                )
            )
    basis = travel_basis(
        patients, wards, {r.episode.commune.code: r.episode.commune_id for r in mine}
    )
    plan = optimiser.assign_optimal(patients, basis.wards, basis.travel)
    by_id = {r.pk: r for r in mine}
    facilities = Facility.objects.in_bulk({p.facility for p in plan.placements})
    # Referrals record great-circle km whatever the plan minimised (km or minutes).
    patient_at = {p.id: (p.lat, p.lon) for p in patients}
    ward_at = {w.facility: (w.lat, w.lon) for w in wards}
    held, lost = [], []
    total_km = 0.0
    for placement in plan.placements:
        km = float(
            optimiser.great_circle_km(*patient_at[placement.patient], *ward_at[placement.facility])
        )
        total_km += km
        try:
            held.append(
                hold_bed(
                    by_id[int(placement.patient)],
                    facilities[int(placement.facility)],
                    km=round(km, 1),
                    actor=actor,
                )
            )
        except ServiceError as exc:
            if exc.code != ErrorCode.CONFLICT:
                raise
            lost.append(placement.patient)
    return {
        "held": held,
        "unassigned": plan.unassigned + lost,
        "total_km": round(total_km, 3),
        "total_minutes": plan.total_km if basis.metric == MINUTES else None,
        "metric": basis.metric,
        "travel_note": str(basis.note),
        "method": plan.method,
    }


# ---------------------------------------------------------------- ambulances


def create_ambulance(
    *,
    name: str,
    base: AdminUnit,
    plate: str = "",
    crew: str = "",
    is_demo: bool = False,
    actor: Any,
) -> Ambulance:
    _require_coordinator(actor, base)
    if not name.strip():
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The ambulance needs a name."))
    with transaction.atomic():
        ambulance = Ambulance.objects.create(
            name=name.strip(), base=base, plate=plate, crew=crew, is_demo=is_demo
        )
        _audit(actor, "create_ambulance", ambulance, area=base)
    return ambulance


def dispatch_ambulance(referral: ReferralRequest, *, actor: Any) -> Dispatch:
    """Send the nearest available ambulance (of the patient's province) to a patient whose
    bed is held. The ambulance row is taken by a conditional update: two dispatchers never
    send the same ambulance."""
    _require_coordinator(actor, referral.episode.commune)
    with transaction.atomic():
        referral = _lock_referral(referral, ReferralStatus.HELD)
        if Dispatch.objects.filter(referral=referral, completed_at__isnull=True).exists():
            raise ServiceError(ErrorCode.CONFLICT, _("An ambulance is already on its way."))
        commune = referral.episode.commune
        where = _centroid(commune)
        candidates = list(
            Ambulance.objects.filter(
                status=AmbulanceStatus.AVAILABLE, base__province_id=commune.province_id
            ).select_related("base")
        )
        ranked = sorted(
            (
                (
                    float(optimiser.great_circle_km(*where, *base))
                    if where and (base := _centroid(a.base))
                    else float("inf"),
                    a.pk,
                    a,
                )
                for a in candidates
            ),
        )
        for km, _pk, ambulance in ranked:
            taken = Ambulance.objects.filter(
                pk=ambulance.pk, status=AmbulanceStatus.AVAILABLE
            ).update(status=AmbulanceStatus.DISPATCHED, updated_at=timezone.now())
            if taken:
                dispatch = Dispatch.objects.create(
                    ambulance=ambulance,
                    referral=referral,
                    km_to_patient=round(km, 1) if km != float("inf") else -1,
                    dispatched_at=timezone.now(),
                    is_demo=referral.is_demo,
                )
                _audit(actor, "dispatch_ambulance", dispatch, area=commune)
                return dispatch
        raise ServiceError(ErrorCode.CONFLICT, _("No ambulance of the province is available now."))
