"""The care part of the Bạc Liêu demo: ambulances, a commune station's home patients with
twice-daily check-ins (some with warning signs, one deteriorating to the point the rules
ask for a transfer), and the station's account. Everything generated is ``is_demo``."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any
from zoneinfo import ZoneInfo

from django.db.models import Count

from chongdich.accounts import services as accounts
from chongdich.accounts.models import RoleAssignment, User
from chongdich.facilities import services as facilities
from chongdich.facilities.models import BedCapacity, Facility
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel
from chongdich.surveillance.models import Case

from . import services
from .models import Ambulance, Episode

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
STATION_USERNAME = "tramyte"
# Real place names, invented vehicles and crews.
AMBULANCES = [
    ("Xe cấp cứu 115 số 1", "94B-001.15", "31825", "BS. trực, điều dưỡng, lái xe"),
    ("Xe cấp cứu TTYT Giá Rai", "94B-002.15", "31942", "Y sĩ, điều dưỡng, lái xe"),
    ("Xe cấp cứu TTYT Phước Long", "94B-003.15", "31867", "Y sĩ, lái xe"),
]
NORMAL = {"spo2": 98, "pulse": 82, "respiratory_rate": 17, "temperature": "36.9"}
# (name suffix in the story, check-ins per half-day from 01/11 08:00): measurements only;
# what they mean comes from the clinical rules (chongdich.epi.care).
TRAJECTORIES: list[list[dict[str, Any]]] = [
    [NORMAL] * 6,
    [NORMAL] * 6,
    [NORMAL, NORMAL, {**NORMAL, "symptoms": ["fever", "cough"]}, NORMAL, NORMAL, NORMAL],
    [NORMAL, NORMAL, NORMAL, {**NORMAL, "pulse": 126}, {**NORMAL, "pulse": 124}],  # warning
    [NORMAL, {**NORMAL, "symptoms": ["cannot_drink"]}],  # warning, then missed check-ins
    [  # deteriorating: the last check-in makes the rules ask for a transfer
        NORMAL,
        {**NORMAL, "symptoms": ["fever", "cough"], "temperature": "38.4"},
        {**NORMAL, "spo2": 97, "symptoms": ["fever", "cough", "fatigue"], "temperature": "38.8"},
        {
            "spo2": 95,
            "pulse": 104,
            "respiratory_rate": 22,
            "temperature": "39.1",
            "symptoms": ["fever", "cough", "dyspnoea"],
        },
    ],
]


def _unit(level: str, code: str) -> AdminUnit:
    return AdminUnit.objects.get(map_version=MapVersion.LEGACY, level=level, code=code)


def _station_commune() -> AdminUnit | None:
    """The Bạc Liêu commune with the most demo cases (fixed by the demo's seed)."""
    row = (
        Case.objects.filter(is_demo=True, commune__province__code="95")
        .values("commune_id", "commune__code")
        .annotate(n=Count("id"))
        .order_by("-n", "commune__code")
        .first()
    )
    return AdminUnit.objects.get(pk=row["commune_id"]) if row else None


def load_care_demo(*, actor: Any, users: list[dict[str, str]] | None = None) -> dict[str, Any]:
    report: dict[str, Any] = {"ambulances": 0, "episodes": 0, "checkins": 0}
    _ventilator_beds(actor)
    for name, plate, commune_code, crew in AMBULANCES:
        if not Ambulance.objects.filter(name=name).exists():
            services.create_ambulance(
                name=name,
                plate=plate,
                base=_unit(UnitLevel.COMMUNE, commune_code),
                crew=crew,
                is_demo=True,
                actor=actor,
            )
            report["ambulances"] += 1
    commune = _station_commune()
    if commune is None:
        return report
    account = _station_account(commune, actor)
    if users is not None:
        users.append(account)
    # Adults (18–64 in 2021): the adults' pulse signs apply to them (QĐ 261 gives children
    # other limits), so each trajectory shows the warning it is written to show.
    cases = list(
        Case.objects.filter(
            is_demo=True, commune=commune, birth_year__gte=1957, birth_year__lte=2003
        ).order_by("id")[: len(TRAJECTORIES)]
    )
    start = dt.datetime(2021, 10, 31, 17, 0, tzinfo=VN_TZ)
    for case, trajectory in zip(cases, TRAJECTORIES, strict=False):
        if Episode.objects.filter(case=case).exists():
            continue
        # Accepted for home care: they look after themselves, have a phone and family at home.
        episode = services.start_home_care(
            case,
            started_at=start,
            can_self_care=True,
            has_phone=True,
            has_caregiver=True,
            is_demo=True,
            actor=actor,
        )
        report["episodes"] += 1
        for i, values in enumerate(trajectory):
            measured = dt.datetime(2021, 11, 1, 8, 0, tzinfo=VN_TZ) + dt.timedelta(hours=12 * i)
            services.submit_checkin(
                episode,
                idempotency_key=f"demo-{case.pk}-{i}",
                measured_at=measured,
                values=dict(values),
                actor=services.PatientActor(episode.pk),
                is_demo=True,
            )
            report["checkins"] += 1
    return report


def _ventilator_beds(actor: Any) -> None:
    hospital = Facility.objects.filter(name="Bệnh viện Đa khoa tỉnh Bạc Liêu").first()
    if hospital and not BedCapacity.objects.filter(facility=hospital, bed_type="ventilator"):
        facilities.set_bed_capacity(
            hospital, "ventilator", total=12, occupied=9, is_demo=True, actor=actor
        )


def _station_account(commune: AdminUnit, actor: Any) -> dict[str, str]:
    password = secrets.token_urlsafe(9)
    name = f"Trạm Y tế {commune.name}"
    user = User.objects.filter(username=STATION_USERNAME).first()
    if user is None:
        user = accounts.create_user(
            username=STATION_USERNAME,
            password=password,
            display_name=name,
            organisation=name,
            is_demo=True,
            actor=actor,
        )
    else:
        accounts.reset_password(user, password, actor=actor)
    if not RoleAssignment.objects.filter(user=user, role="commune_health").exists():
        accounts.assign_role(user, "commune_health", area=commune, actor=actor)
    return {
        "username": STATION_USERNAME,
        "password": password,
        "role": "commune_health",
        "name": name,
    }
