"""Check-ins: stored once per idempotency key, assessed by the clinical rules, alerts and
referral requests raised from what the rules say; missed check-ins alert the station."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client

from chongdich.care import services
from chongdich.care.models import Alert, CheckIn, ReferralRequest
from chongdich.errors import ServiceError

pytestmark = pytest.mark.django_db

DAY = dt.datetime(2021, 11, 5, 8, 0, tzinfo=dt.UTC)  # the rules in force in the demo's weeks
NORMAL = {"spo2": 98, "pulse": 80, "respiratory_rate": 16, "temperature": 36.8}
LOW_SPO2 = {"spo2": 95, "pulse": 88, "respiratory_rate": 18, "symptoms": ["fever", "cough"]}
HALF_DAY = dt.timedelta(hours=12)


def test_the_same_checkin_sent_twice_is_stored_once(episode: Any, station: Any) -> None:
    first, created = services.submit_checkin(
        episode, idempotency_key="k-0000001", measured_at=DAY, values=NORMAL, actor=station
    )
    again, created_again = services.submit_checkin(
        episode, idempotency_key="k-0000001", measured_at=DAY, values=NORMAL, actor=station
    )
    assert (created, created_again) == (True, False)
    assert first.pk == again.pk
    assert CheckIn.objects.filter(episode=episode).count() == 1


def test_the_same_checkin_sent_twice_over_http_is_stored_once(episode: Any) -> None:
    client = Client()
    body = {"idempotency_key": "phone-retry-1", "measured_at": DAY.isoformat(), **NORMAL}
    url = f"/api/care/episodes/{episode.pk}/checkins"
    headers = {"HTTP_X_CHECKIN_TOKEN": episode.checkin_token}
    first = client.post(url, body, content_type="application/json", **headers)
    second = client.post(url, body, content_type="application/json", **headers)
    assert (first.status_code, second.status_code) == (201, 200), first.content
    assert first.json()["id"] == second.json()["id"]
    assert CheckIn.objects.filter(episode=episode).count() == 1


def test_a_token_opens_only_its_own_episode(episode: Any, system: Any, home_case: Any) -> None:
    client = Client()
    wrong = client.post(
        f"/api/care/episodes/{episode.pk + 1}/checkins",
        {"idempotency_key": "phone-retry-2", **NORMAL},
        content_type="application/json",
        HTTP_X_CHECKIN_TOKEN=episode.checkin_token,
    )
    nobody = client.post(
        f"/api/care/episodes/{episode.pk}/checkins",
        {"idempotency_key": "phone-retry-3", **NORMAL},
        content_type="application/json",
        HTTP_X_CHECKIN_TOKEN="not-a-token",
    )
    assert wrong.status_code in (403, 404)
    assert nobody.status_code == 401
    assert not CheckIn.objects.exists()


def test_impossible_measurements_are_refused_field_by_field(episode: Any, station: Any) -> None:
    with pytest.raises(ServiceError) as refused:
        services.submit_checkin(
            episode,
            idempotency_key="k-0000002",
            values={"spo2": 140, "pulse": 80, "symptoms": ["sneezing"]},
            actor=station,
        )
    assert {d["field"] for d in refused.value.details} == {"spo2", "symptoms"}
    assert not CheckIn.objects.exists()


def test_normal_values_raise_no_alert(episode: Any, station: Any) -> None:
    checkin, _ = services.submit_checkin(
        episode, idempotency_key="k-0000003", measured_at=DAY, values=NORMAL, actor=station
    )
    assert checkin.warnings == []
    assert not Alert.objects.exists() and not ReferralRequest.objects.exists()


def test_warning_signs_alert_the_station_and_queue_a_referral(episode: Any) -> None:
    patient = services.PatientActor(episode.pk)
    checkin, _ = services.submit_checkin(
        episode, idempotency_key="k-0000004", measured_at=DAY, values=LOW_SPO2, actor=patient
    )
    assert "spo2_low" in checkin.warnings and checkin.action == "transfer"
    alert = Alert.objects.get(episode=episode)
    assert alert.kind == "warning_signs" and alert.checkin == checkin
    referral = ReferralRequest.objects.get(episode=episode)
    assert (referral.status, referral.severity, referral.bed_type) == (
        "waiting",
        checkin.severity,
        "oxygen",
    )
    # A second warning does not queue the patient twice.
    services.submit_checkin(
        episode, idempotency_key="k-0000005", measured_at=DAY, values=LOW_SPO2, actor=patient
    )
    assert ReferralRequest.objects.filter(episode=episode).count() == 1


def test_another_commune_station_cannot_submit(episode: Any, system: Any) -> None:
    from conftest import legacy, make_persona

    other = make_persona(system, "other_station", "commune_health", area=legacy("commune", "31828"))
    with pytest.raises(ServiceError):
        services.submit_checkin(episode, idempotency_key="k-0000006", values=NORMAL, actor=other)


def test_missed_checkins_alert_once_per_due_time(episode: Any, station: Any) -> None:
    later = episode.started_at + dt.timedelta(hours=15)
    first = services.scan_missed_checkins(now=later, actor=station)
    again = services.scan_missed_checkins(now=later, actor=station)
    assert len(first) == 1 and again == []
    assert first[0].kind == "missed_checkin"
    services.submit_checkin(
        episode, idempotency_key="k-0000007", measured_at=DAY, values=NORMAL, actor=station
    )
    episode.refresh_from_db()
    episode.last_checkin_at = later  # as if measured then (the rules are dated 2021)
    episode.save()
    assert services.scan_missed_checkins(now=later + dt.timedelta(hours=1), actor=station) == []


@pytest.mark.parametrize(
    "measured_at",
    [dt.datetime(2024, 1, 1, 8, tzinfo=dt.UTC), dt.datetime(2021, 8, 1, 8, tzinfo=dt.UTC)],
    ids=["after-qd-2671", "before-qd-4038"],
)
def test_a_checkin_on_a_date_without_rules_is_kept_unassessed_for_review(
    episode: Any, station: Any, measured_at: dt.datetime
) -> None:
    low = {"spo2": 90, "pulse": 130, "respiratory_rate": 28, "symptoms": ["dyspnoea"]}
    checkin, created = services.submit_checkin(
        episode, idempotency_key="k-0000008", measured_at=measured_at, values=low, actor=station
    )
    assert created
    stored = CheckIn.objects.get(pk=checkin.pk)
    assert (stored.spo2, stored.pulse, stored.respiratory_rate) == (90, 130, 28)
    assert stored.symptoms == ["dyspnoea"]
    # No thresholds borrowed from another period: nothing judged, a clinician reviews it.
    assert (stored.severity, stored.warnings, stored.action, stored.rule_set) == (
        "",
        [],
        "not_assessed",
        "",
    )
    alert = Alert.objects.get(episode=episode)
    assert (alert.kind, alert.checkin_id) == ("not_assessed", checkin.pk)
    assert not ReferralRequest.objects.exists()
    again, created_again = services.submit_checkin(
        episode, idempotency_key="k-0000008", measured_at=measured_at, values=low, actor=station
    )
    assert (again.pk, created_again) == (checkin.pk, False)
    assert Alert.objects.count() == 1


def test_a_phone_checkin_dated_after_the_rules_is_stored_over_http(episode: Any) -> None:
    body = {"idempotency_key": "phone-2024-01", "measured_at": "2024-01-01T08:00:00+07:00"}
    response = Client().post(
        f"/api/care/episodes/{episode.pk}/checkins",
        {**body, **NORMAL},
        content_type="application/json",
        HTTP_X_CHECKIN_TOKEN=episode.checkin_token,
    )
    assert response.status_code == 201, response.content
    assert (response.json()["action"], response.json()["severity"]) == ("not_assessed", "")
    assert CheckIn.objects.get(episode=episode).spo2 == 98
    assert Alert.objects.get(episode=episode).kind == "not_assessed"


def test_the_station_sees_the_unassessed_checkin_and_its_alert(episode: Any, station: Any) -> None:
    from conftest import PERSONA_PASSWORD

    services.submit_checkin(
        episode,
        idempotency_key="k-0000009",
        measured_at=dt.datetime(2024, 1, 1, 8, tzinfo=dt.UTC),
        values=NORMAL,
        actor=station,
    )
    client = Client()
    assert client.login(username=station.username, password=PERSONA_PASSWORD)
    alerts = client.get("/care/").content.decode()
    assert "Chưa đánh giá" in alerts
    page = client.get(f"/care/episodes/{episode.pk}/").content.decode()
    assert "Chưa đánh giá: không có hướng dẫn lâm sàng áp dụng cho ngày đó" in page


# ---------------------------------------------------------------- missed check-ins → referral


def _missed(episode: Any) -> dt.datetime:
    return episode.started_at + dt.timedelta(hours=15)


def test_a_missed_checkin_queues_a_referral_once_per_missed_window(
    episode: Any, station: Any
) -> None:
    from chongdich.accounts.models import AuditEvent

    later = _missed(episode)
    [alert] = services.scan_missed_checkins(now=later, actor=station)
    referral = ReferralRequest.objects.get(episode=episode)
    assert alert.referral == referral
    # Not heard from is not "asymptomatic": at least mild, a tier-1 general bed.
    assert (referral.status, referral.severity, referral.tier, referral.bed_type) == (
        "waiting",
        "mild",
        1,
        "general",
    )
    assert referral.reason == "missed_checkin"
    assert AuditEvent.objects.filter(action="care.request_referral").count() == 1
    for hours in (0, 1, 12):  # the same missed window, however often the sweep runs
        services.scan_missed_checkins(now=later + dt.timedelta(hours=hours), actor=station)
    assert ReferralRequest.objects.filter(episode=episode).count() == 1
    assert AuditEvent.objects.filter(action="care.request_referral").count() == 1


def test_the_missed_checkin_referral_keeps_the_last_known_severity(
    episode: Any, station: Any
) -> None:
    type(episode).objects.filter(pk=episode.pk).update(severity="moderate")
    services.scan_missed_checkins(now=_missed(episode), actor=station)
    referral = ReferralRequest.objects.get(episode=episode)
    assert (referral.severity, referral.tier, referral.bed_type) == ("moderate", 2, "oxygen")


def test_an_open_referral_is_not_doubled_by_a_missed_checkin(episode: Any, station: Any) -> None:
    services.request_referral(episode, severity="severe", actor=station)
    [alert] = services.scan_missed_checkins(now=_missed(episode), actor=station)
    assert alert.referral is None
    assert ReferralRequest.objects.get(episode=episode).severity == "severe"


def _checked_in(episode: Any, station: Any, values: dict[str, Any], at: dt.datetime) -> None:
    services.submit_checkin(
        episode, idempotency_key=f"k-{at:%H%M%S}-x", measured_at=DAY, values=values, actor=station
    )
    episode.refresh_from_db()
    episode.last_checkin_at = at  # as if measured then (the rules are dated 2021)
    episode.save()


def test_a_checkin_after_the_missed_one_closes_its_waiting_referral(
    episode: Any, station: Any
) -> None:
    later = _missed(episode)
    services.scan_missed_checkins(now=later, actor=station)
    _checked_in(episode, station, NORMAL, later)
    assert services.scan_missed_checkins(now=later + dt.timedelta(hours=1), actor=station) == []
    referral = ReferralRequest.objects.get(episode=episode)
    assert referral.status == "cancelled" and referral.closed_at is not None


def test_a_checkin_asking_for_transfer_upgrades_the_missed_referral_and_keeps_it(
    episode: Any, station: Any
) -> None:
    later = _missed(episode)
    services.scan_missed_checkins(now=later, actor=station)
    _checked_in(episode, station, LOW_SPO2, later)
    services.scan_missed_checkins(now=later + dt.timedelta(hours=1), actor=station)
    referral = ReferralRequest.objects.get(episode=episode)
    assert referral.status == "waiting"
    assert (referral.severity, referral.tier, referral.bed_type) == ("moderate", 2, "oxygen")


def test_a_missed_referral_with_a_bed_held_is_left_to_the_coordination_unit(
    episode: Any, station: Any, system: Any, oxygen_hospital: Any
) -> None:
    from chongdich.facilities.services import set_bed_capacity

    set_bed_capacity(oxygen_hospital, "general", total=5, occupied=0, actor=system)
    later = _missed(episode)
    services.scan_missed_checkins(now=later, actor=station)
    services.hold_bed(ReferralRequest.objects.get(), oxygen_hospital, actor=system)
    _checked_in(episode, station, NORMAL, later)
    services.scan_missed_checkins(now=later + dt.timedelta(hours=1), actor=station)
    assert ReferralRequest.objects.get().status == "held"


def test_the_station_page_sweep_reports_the_patients_queued(episode: Any, station: Any) -> None:
    from conftest import PERSONA_PASSWORD

    type(episode).objects.filter(pk=episode.pk).update(
        started_at=episode.started_at - dt.timedelta(hours=15)
    )
    client = Client()
    assert client.login(username=station.username, password=PERSONA_PASSWORD)
    page = client.post("/care/missed-checkins/", follow=True).content.decode()
    assert "Tìm thấy 1 lần bỏ lỡ báo cáo; 1 người bệnh được đưa vào hàng chờ giường." in page
    assert ReferralRequest.objects.get(episode=episode).reason == "missed_checkin"


def test_the_station_records_a_checkin_on_its_page_once(episode: Any, station: Any) -> None:
    from django.urls import reverse

    from chongdich.accounts.models import AuditEvent

    client = Client()
    client.force_login(station)
    url = reverse("care:record_checkin", args=[episode.pk])
    form = {
        "idempotency_key": "station-form-1",
        "measured_at": "2021-11-05T08:00",
        "spo2": "97",
        "pulse": "82",
        "respiratory_rate": "17",
        "temperature": "37,2",
    }
    for _ in range(2):  # the nurse presses the button twice
        assert client.post(url, form).status_code == 302
    stored = CheckIn.objects.get(episode=episode)
    assert (stored.submitted_by, stored.submitter_id) == ("station", station.pk)
    assert str(stored.temperature) == "37.2"
    audit = AuditEvent.objects.get(action="care.submit_checkin")
    assert audit.actor_id == station.pk and audit.object_id == str(stored.pk)


# ---------------------------------------------------------------- one open alert per sign


def _submit(episode: Any, key: str, values: dict[str, Any], at: dt.datetime, actor: Any) -> Any:
    checkin, created = services.submit_checkin(
        episode, idempotency_key=key, measured_at=at, values=values, actor=actor
    )
    assert created
    return checkin


def test_the_same_warning_twice_keeps_one_open_alert_with_the_latest_checkin(
    episode: Any, station: Any
) -> None:
    first = _submit(episode, "k-same-001", LOW_SPO2, DAY, station)
    second = _submit(episode, "k-same-002", {**LOW_SPO2, "spo2": 94}, DAY + HALF_DAY, station)
    assert first.warnings == second.warnings == ["spo2_low"]
    alert = Alert.objects.get(episode=episode)
    assert (alert.kind, alert.code, alert.warnings) == ("warning_signs", "spo2_low", ["spo2_low"])
    assert (alert.checkin_id, alert.checkin_at) == (second.pk, DAY + HALF_DAY)
    # A check-in measured earlier that arrives late does not take the alert back in time.
    _submit(episode, "k-same-003", LOW_SPO2, DAY + dt.timedelta(hours=1), station)
    alert.refresh_from_db()
    assert (Alert.objects.count(), alert.checkin_id) == (1, second.pk)


def test_after_acknowledging_the_same_warning_raises_a_new_alert(
    episode: Any, station: Any
) -> None:
    _submit(episode, "k-ack-0001", LOW_SPO2, DAY, station)
    _submit(episode, "k-ack-0002", LOW_SPO2, DAY + HALF_DAY, station)
    services.acknowledge_alert(Alert.objects.get(episode=episode), actor=station)
    third = _submit(episode, "k-ack-0003", LOW_SPO2, DAY + 2 * HALF_DAY, station)
    assert Alert.objects.filter(episode=episode).count() == 2
    [open_] = Alert.objects.filter(episode=episode, acknowledged_at__isnull=True)
    assert (open_.checkin_id, open_.checkin_at) == (third.pk, DAY + 2 * HALF_DAY)


def test_a_new_warning_sign_gets_its_own_alert(episode: Any, station: Any) -> None:
    _submit(episode, "k-sign-001", LOW_SPO2, DAY, station)
    worse = {**LOW_SPO2, "symptoms": ["fever", "dyspnoea"]}
    second = _submit(episode, "k-sign-002", worse, DAY + HALF_DAY, station)
    assert set(second.warnings) == {"spo2_low", "dyspnoea"}
    alerts = {a.code: a for a in Alert.objects.filter(episode=episode)}
    assert set(alerts) == {"spo2_low", "dyspnoea"}
    assert {a.checkin_id for a in alerts.values()} == {second.pk}


def test_unassessed_checkins_keep_one_open_alert(episode: Any, station: Any) -> None:
    after_rules = dt.datetime(2024, 1, 1, 8, tzinfo=dt.UTC)
    _submit(episode, "k-unas-001", NORMAL, after_rules, station)
    second = _submit(episode, "k-unas-002", NORMAL, after_rules + HALF_DAY, station)
    alert = Alert.objects.get(episode=episode)
    assert (alert.kind, alert.checkin_id) == ("not_assessed", second.pk)


def test_the_station_page_shows_the_one_alert_with_its_latest_values(
    episode: Any, station: Any
) -> None:
    from conftest import PERSONA_PASSWORD

    _submit(episode, "k-page-001", LOW_SPO2, DAY, station)
    _submit(episode, "k-page-002", {**LOW_SPO2, "spo2": 93}, DAY + HALF_DAY, station)
    client = Client()
    assert client.login(username=station.username, password=PERSONA_PASSWORD)
    page = client.get("/care/").content.decode()
    alerts = page[page.index('id="alerts"') : page.index('id="home-patients"')]
    assert alerts.count('class="alert-checkin"') == 1
    # The second check-in's time (20:00 UTC is 03:00 the next day in Việt Nam) and values.
    assert "06/11/2021 03:00: SpO₂ 93" in alerts and "SpO₂ 95" not in alerts


def test_a_checkin_closes_the_missed_checkin_alert_and_cancels_its_referral(
    episode: Any, station: Any
) -> None:
    from chongdich.accounts.models import AuditEvent

    [missed] = services.scan_missed_checkins(now=_missed(episode), actor=station)
    assert missed.referral is not None
    _submit(episode, "k-back-001", NORMAL, DAY, services.PatientActor(episode.pk))
    missed.refresh_from_db()
    assert missed.closed_at is not None and missed.acknowledged_at is None
    referral = ReferralRequest.objects.get(episode=episode)
    assert referral.status == "cancelled" and referral.closed_at is not None
    assert AuditEvent.objects.filter(action="care.close_alert").count() == 1
    assert AuditEvent.objects.filter(action="care.cancel_referral").count() == 1
    # Closed: off the station's list, and a later check-in finds nothing more to close.
    from chongdich.care.queries import open_alerts

    assert not open_alerts(station).exists()
    _submit(episode, "k-back-002", NORMAL, DAY + HALF_DAY, station)
    assert AuditEvent.objects.filter(action="care.close_alert").count() == 1


def test_a_checkin_asking_for_transfer_closes_the_missed_alert_and_keeps_the_referral(
    episode: Any, station: Any
) -> None:
    [missed] = services.scan_missed_checkins(now=_missed(episode), actor=station)
    _submit(episode, "k-back-003", LOW_SPO2, DAY, station)
    missed.refresh_from_db()
    assert missed.closed_at is not None
    referral = ReferralRequest.objects.get(episode=episode)
    assert (referral.status, referral.severity) == ("waiting", "moderate")


def test_a_checkin_leaves_a_missed_referral_with_a_bed_held(
    episode: Any, station: Any, system: Any, oxygen_hospital: Any
) -> None:
    from chongdich.facilities.services import set_bed_capacity

    set_bed_capacity(oxygen_hospital, "general", total=5, occupied=0, actor=system)
    services.scan_missed_checkins(now=_missed(episode), actor=station)
    services.hold_bed(ReferralRequest.objects.get(), oxygen_hospital, actor=system)
    _submit(episode, "k-back-004", NORMAL, DAY, station)
    assert ReferralRequest.objects.get().status == "held"
    assert Alert.objects.get(kind="missed_checkin").closed_at is not None
