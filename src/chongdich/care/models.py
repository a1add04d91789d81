"""Care episodes of confirmed cases (F0): at home or in a facility, their twice-daily
check-ins, the alerts these raise, referral requests, and the ambulances that carry them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# QĐ 261/QĐ-BYT (31/01/2022) asks for monitoring at least twice a day: a check-in is due
# every 12 hours; the station is alerted when one is 2 hours late (our grace, not a rule).
CHECKIN_INTERVAL_HOURS = 12
CHECKIN_GRACE_HOURS = 2


class Place(models.TextChoices):
    HOME = "home", _("At home")
    FACILITY = "facility", _("In a facility")


class EpisodeStatus(models.TextChoices):
    ACTIVE = "active", _("Under care")
    DISCHARGED = "discharged", _("Discharged")
    DIED = "died", _("Died")


class EventKind(models.TextChoices):
    HOME_CARE = "home_care", _("Home care started")
    ADMISSION = "admission", _("Admitted")
    TRANSFER = "transfer", _("Transferred")
    STEP_DOWN = "step_down", _("Stepped down to home care")
    DISCHARGE = "discharge", _("Discharged")
    DEATH = "death", _("Died")


class Episode(models.Model):
    """One stretch of care of one case, from its start to discharge or death."""

    case = models.ForeignKey(
        "surveillance.Case", on_delete=models.PROTECT, related_name="care_episodes"
    )
    commune = models.ForeignKey(
        "geo.AdminUnit", on_delete=models.PROTECT, related_name="+", verbose_name=_("commune")
    )
    place = models.CharField(_("place"), max_length=10, choices=Place.choices)
    facility = models.ForeignKey(
        "facilities.Facility",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="episodes",
    )
    bed_type = models.CharField(max_length=16, blank=True)
    status = models.CharField(
        max_length=12, choices=EpisodeStatus.choices, default=EpisodeStatus.ACTIVE
    )
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)
    # The last assessment, kept on the episode so the station's list needs no join.
    severity = models.CharField(max_length=16, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    last_checkin_at = models.DateTimeField(null=True, blank=True)
    # The home-care conditions the rules ask about (QĐ 4038/261): recorded when home care
    # starts; None = not asked, which the rules treat as unknown, never as met.
    can_self_care = models.BooleanField(_("can look after themselves"), null=True, blank=True)
    has_phone = models.BooleanField(_("has a phone to reach the station"), null=True, blank=True)
    has_caregiver = models.BooleanField(_("has a caregiver at home"), null=True, blank=True)
    # What the patient's phone sends with each check-in instead of a password.
    checkin_token = models.CharField(max_length=64, unique=True)
    is_demo = models.BooleanField(default=False, help_text="Generated for the demo, not real")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    personal_fields = ("checkin_token",)
    scope_area_field = "commune"
    scope_facility_field = "facility"

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["commune", "status", "place"])]

    def __str__(self) -> str:
        return f"Episode #{self.pk} (F0 #{self.case_id})"


class EpisodeEvent(models.Model):
    episode = models.ForeignKey(Episode, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=12, choices=EventKind.choices)
    at = models.DateTimeField()
    from_facility = models.ForeignKey(
        "facilities.Facility", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    to_facility = models.ForeignKey(
        "facilities.Facility", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    scope_area_field = "episode__commune"

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} #{self.episode_id}"


class Submitter(models.TextChoices):
    PATIENT = "patient", _("Patient")
    STATION = "station", _("Commune station")


class CheckIn(models.Model):
    """One set of measurements. ``idempotency_key`` is chosen by the sender: a retried
    submission carries the same key and is stored once (unique per episode)."""

    episode = models.ForeignKey(Episode, on_delete=models.CASCADE, related_name="checkins")
    idempotency_key = models.CharField(max_length=64)
    measured_at = models.DateTimeField()
    spo2 = models.PositiveSmallIntegerField(null=True, blank=True)
    pulse = models.PositiveSmallIntegerField(null=True, blank=True)
    respiratory_rate = models.PositiveSmallIntegerField(null=True, blank=True)
    temperature = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    symptoms = models.JSONField(default=list, blank=True)
    submitted_by = models.CharField(max_length=8, choices=Submitter.choices)
    submitter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    severity = models.CharField(max_length=16, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    action = models.CharField(max_length=16, blank=True)
    rule_set = models.CharField(max_length=60, blank=True)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    scope_area_field = "episode__commune"
    scope_facility_field = "episode__facility"

    class Meta:
        ordering = ["-measured_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["episode", "idempotency_key"], name="care_checkin_idempotent"
            ),
            models.CheckConstraint(
                condition=models.Q(spo2__isnull=True) | models.Q(spo2__lte=100),
                name="care_checkin_spo2_percent",
            ),
        ]

    def __str__(self) -> str:
        return f"Check-in #{self.pk} (episode #{self.episode_id})"


class AlertKind(models.TextChoices):
    WARNING_SIGNS = "warning_signs", _("Warning signs")
    MISSED_CHECKIN = "missed_checkin", _("Missed check-in")
    NOT_ASSESSED = "not_assessed", _("Not assessed: no clinical rules in force on that date")


# An alert is open until the station acknowledges it or, for a missed check-in, the patient
# checks in (closed_at). The station's list and the one-open-alert rule both read this.
OPEN_ALERT = models.Q(acknowledged_at__isnull=True, closed_at__isnull=True)


class Alert(models.Model):
    """What the commune station must look at. A check-in's alerts (warning signs, one per
    sign; not assessed) are kept one open per episode, kind and ``code``: a later check-in
    with the same sign updates the open one (``checkin``, ``checkin_at``) instead of adding
    another; a new one is raised once it is acknowledged (ADR 0090, update)."""

    episode = models.ForeignKey(Episode, on_delete=models.CASCADE, related_name="alerts")
    kind = models.CharField(max_length=16, choices=AlertKind.choices)
    # For warning signs: the sign (one alert per sign); empty for the other kinds.
    code = models.CharField(max_length=32, blank=True, default="")
    warnings = models.JSONField(default=list, blank=True)
    # The latest check-in that raised or renewed it, and when it was measured.
    checkin = models.ForeignKey(
        CheckIn, null=True, blank=True, on_delete=models.SET_NULL, related_name="alerts"
    )
    checkin_at = models.DateTimeField(null=True, blank=True)
    # For a missed check-in: the time it was due (one alert per due time).
    due_at = models.DateTimeField(null=True, blank=True)
    # For a missed check-in: the referral request it opened (None if one was open already).
    referral = models.ForeignKey(
        "ReferralRequest", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Closed without the station: a missed check-in's alert once the patient checks in.
    closed_at = models.DateTimeField(null=True, blank=True)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    scope_area_field = "episode__commune"

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["episode", "due_at"],
                condition=models.Q(kind="missed_checkin"),
                name="care_alert_one_per_missed_checkin",
            ),
            # The check-in writer's INSERT ... ON CONFLICT names this index and repeats its
            # condition (checkin_store.CHECKIN_ALERT_OPEN): keep the two the same. Only a
            # missed check-in's alert has a due time, so "due_at IS NULL" leaves those out.
            models.UniqueConstraint(
                fields=["episode", "kind", "code"],
                condition=OPEN_ALERT & models.Q(due_at__isnull=True),
                name="care_alert_one_open_per_sign",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} (episode #{self.episode_id})"


class ReferralStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting for a bed")
    HELD = "held", _("Bed held")
    CONFIRMED = "confirmed", _("Admitted")
    CANCELLED = "cancelled", _("Cancelled")


class ReferralRequest(models.Model):
    episode = models.ForeignKey(Episode, on_delete=models.CASCADE, related_name="referrals")
    severity = models.CharField(max_length=16)
    tier = models.PositiveSmallIntegerField()
    bed_type = models.CharField(max_length=16)
    reason = models.CharField(max_length=300, blank=True)
    status = models.CharField(
        max_length=10, choices=ReferralStatus.choices, default=ReferralStatus.WAITING
    )
    requested_at = models.DateTimeField()
    facility = models.ForeignKey(
        "facilities.Facility",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="referrals",
    )
    km = models.FloatField(null=True, blank=True)
    held_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "episode__commune"
    scope_facility_field = "facility"

    class Meta:
        ordering = ["requested_at", "id"]
        constraints = [
            # One open request per episode: a second warning does not queue the patient twice.
            models.UniqueConstraint(
                fields=["episode"],
                condition=models.Q(status__in=["waiting", "held"]),
                name="care_one_open_referral",
            )
        ]

    def __str__(self) -> str:
        return f"Referral #{self.pk} (episode #{self.episode_id})"


class AmbulanceStatus(models.TextChoices):
    AVAILABLE = "available", _("Available")
    DISPATCHED = "dispatched", _("On a mission")
    OUT_OF_SERVICE = "out_of_service", _("Out of service")


class Ambulance(models.Model):
    name = models.CharField(_("name"), max_length=100)
    plate = models.CharField(_("number plate"), max_length=20, blank=True)
    base = models.ForeignKey(
        "geo.AdminUnit", on_delete=models.PROTECT, related_name="+", verbose_name=_("base")
    )
    crew = models.CharField(_("crew"), max_length=300, blank=True)
    status = models.CharField(
        max_length=16, choices=AmbulanceStatus.choices, default=AmbulanceStatus.AVAILABLE
    )
    is_demo = models.BooleanField(default=False, help_text="Generated for the demo, not real")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    scope_area_field = "base"

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Dispatch(models.Model):
    ambulance = models.ForeignKey(Ambulance, on_delete=models.PROTECT, related_name="dispatches")
    referral = models.ForeignKey(
        ReferralRequest, on_delete=models.PROTECT, related_name="dispatches"
    )
    km_to_patient = models.FloatField()
    dispatched_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    scope_area_field = "referral__episode__commune"
    scope_facility_field = "referral__facility"

    class Meta:
        ordering = ["-dispatched_at", "-id"]

    def __str__(self) -> str:
        return f"{self.ambulance} → referral #{self.referral_id}"


class TravelTime(models.Model):
    """Minutes by road from a commune (its centroid) to a facility, loaded by a province
    (``care.travel``): the referral plan uses them instead of great-circle km when the
    province's matrix covers every pair the plan needs."""

    province = models.ForeignKey(
        "geo.AdminUnit", on_delete=models.CASCADE, related_name="+", verbose_name=_("province")
    )
    origin = models.ForeignKey(
        "geo.AdminUnit", on_delete=models.CASCADE, related_name="+", verbose_name=_("commune")
    )
    facility = models.ForeignKey(
        "facilities.Facility",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("facility"),
    )
    minutes = models.FloatField(_("minutes"))
    source = models.CharField(_("source file"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    scope_area_field = "origin"
    scope_facility_field = "facility"

    class Meta:
        ordering = ["province_id", "origin_id", "facility_id"]
        constraints = [
            models.UniqueConstraint(fields=["origin", "facility"], name="care_travel_time_pair"),
            models.CheckConstraint(
                condition=models.Q(minutes__gte=0), name="care_travel_time_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.origin_id} → {self.facility_id}: {self.minutes} min"
