"""The Bạc Liêu demo (October–November 2021), built from the seeds and real data.

Real: geography, Bạc Liêu's daily case totals (national COVID portal and VnExpress), the
facts the five seed articles state (situation figures, the level change, support events,
Hà Nội's 50% bed reserve). Generated, and flagged ``is_demo`` in the database and on
screen: the facilities' bed counts, individual cases made from the real total of one day,
and the demo accounts.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import secrets
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from chongdich.accounts import services as accounts
from chongdich.accounts.models import RoleAssignment, User
from chongdich.care.demo import load_care_demo
from chongdich.facilities import services as facilities
from chongdich.facilities.models import Facility
from chongdich.forecasting.demo import load_forecasting_demo
from chongdich.geo import services as geo
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel
from chongdich.geo.reference import DATA_DIR
from chongdich.intake import services as intake
from chongdich.levels.demo import load_levels_demo
from chongdich.logistics import services as logistics
from chongdich.logistics.demo import load_support_demo
from chongdich.surveillance import services as surveillance
from chongdich.surveillance.models import Case
from chongdich.vaccination.demo import load_vaccination_demo

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
SEEDS_DIR = DATA_DIR / "seeds"
BAC_LIEU, CA_MAU, HA_NOI, BAC_GIANG, BINH_DUONG, HAI_PHONG, HCMC = (
    "95",
    "96",
    "01",
    "24",
    "74",
    "31",
    "79",
)

SOURCES = {
    "000_7ed0ee890faffc77.txt": ("Bệnh viện Chợ Rẫy chi viện Bạc Liêu chống dịch", "VnExpress", ""),
    "001_36da4ec69f6bd826.txt": ("Bình Dương hỗ trợ Bạc Liêu 3 tỷ đồng phòng, chống dịch", "", ""),
    "002_d42ad1aa15c9103d.txt": (
        "Bình Dương chia sẻ kinh nghiệm, hỗ trợ Bạc Liêu phòng, chống dịch Covid-19",
        "Thanh Niên",
        "https://thanhnien.vn/binh-duong-chia-se-kinh-nghiem-ho-tro-bac-lieu-phong-chong-dich-covid-19-post1396568.html",
    ),
    "003_4c163a82955b7df0.txt": (
        "Hải Phòng cử 18 cán bộ y tế chi viện Bắc Giang",
        "Cổng TTĐT thành phố Hải Phòng",
        "",
    ),
    "004_cd3990ce82c7289f.txt": (
        "Hà Nội: Huy động các cơ sở y tế ngoài công lập, tham gia chống dịch Covid-19",
        "",
        "",
    ),
}
# Donors named in the seeds that are provinces (the others are hospitals).
DONOR_PROVINCES = {"Bình Dương": BINH_DUONG, "Hải Phòng": HAI_PHONG}

# Generated facilities: real names of Bạc Liêu's hospitals, bed numbers invented for the demo.
DEMO_FACILITIES = [
    (
        "Bệnh viện Đa khoa tỉnh Bạc Liêu",
        "provincial_hospital",
        3,
        "31825",
        {"icu": (40, 31), "oxygen": (120, 104), "general": (150, 97)},
    ),
    ("Bệnh viện dã chiến số 1 Bạc Liêu", "field_hospital", 1, "31825", {"general": (500, 431)}),
    (
        "Trung tâm Y tế thị xã Giá Rai",
        "district_hospital",
        2,
        "31942",
        {"oxygen": (60, 48), "general": (120, 88)},
    ),
    (
        "Trung tâm Y tế huyện Phước Long",
        "district_hospital",
        2,
        "31867",
        {"oxygen": (40, 29), "general": (100, 63)},
    ),
]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Lâm", "Dương", "Thạch"]
MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Hoàng", "Thanh", "Quốc", "Kim"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hạnh",
    "Hùng",
    "Lan",
    "Linh",
    "Mai",
    "Nam",
    "Phúc",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Trang",
    "Tú",
    "Vy",
    "Yến",
]


def unit(map_version: str, level: str, code: str) -> AdminUnit:
    return AdminUnit.objects.get(map_version=map_version, level=level, code=code)


def province(code: str) -> AdminUnit:
    return unit(MapVersion.LEGACY, UnitLevel.PROVINCE, code)


def load_demo(*, actor: Any, progress: bool = False) -> dict[str, Any]:
    report: dict[str, Any] = {
        "geography": geo.load_reference_geography(actor=actor, progress=progress)
    }
    sources = _load_sources(actor)
    report["daily_counts"] = _load_daily_counts(actor)
    report["facts"] = _load_seed_facts(sources, actor)
    report["support"] = load_support_demo(actor=actor)
    report["review_queue"] = intake.queue_demo_documents(sources.values(), actor=actor)
    report["facilities"] = _load_facilities(actor)
    report["demo_cases"] = _load_demo_cases(actor)
    report["users"] = _load_demo_users(actor)
    report["forecasting"] = load_forecasting_demo(actor=actor)
    report["levels"] = load_levels_demo(actor=actor)
    report["vaccination"] = load_vaccination_demo(actor=actor)
    report["care"] = load_care_demo(actor=actor, users=report["users"])
    return report


def _gold() -> dict[str, dict[str, Any]]:
    lines = (SEEDS_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return {rec["file"]: rec for rec in map(json.loads, filter(None, lines))}


def _load_sources(actor: Any) -> dict[str, Any]:
    gold = _gold()
    return {
        name: intake.register_source(
            file_name=name,
            kind="press",
            title=title,
            publisher=publisher,
            url=url,
            published_on=dt.date.fromisoformat(gold[name]["published"]),
            text=(SEEDS_DIR / name).read_text(encoding="utf-8"),
            actor=actor,
        )
        for name, (title, publisher, url) in SOURCES.items()
    }


def _load_daily_counts(actor: Any) -> dict[str, Any]:
    with (DATA_DIR / "vn_covid_baclieu_daily_2021-09_2021-12.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))

    def series(cases_col: str, deaths_col: str | None) -> list[tuple[dt.date, int, int | None]]:
        return [
            (
                dt.date.fromisoformat(r["date"]),
                int(r[cases_col]),
                int(r[deaths_col]) if deaths_col and r[deaths_col] else None,
            )
            for r in rows
            if r[cases_col] != ""
        ]

    area = province(BAC_LIEU)
    return {
        "ncsc": surveillance.import_daily_counts(
            area,
            series(
                "new_cases_ncsc_case_by_day_snapshot_2022_01_22",
                "new_deaths_ncsc_snapshot_2022_01_22",
            ),
            source="ncsc",
            actor=actor,
        ),
        "vnexpress": surveillance.import_daily_counts(
            area, series("new_cases_vnexpress", None), source="vnexpress", actor=actor
        ),
    }


SITUATION_KEYS = {
    "cumulative_cases": "cumulative_cases",
    "new_cases_24h": "new_cases_24h",
    "community_cases": "community_cases_24h",
    "imported_cases": "imported_cases",
    "local_cases": "local_cases",
    "under_treatment": "under_treatment",
    "recovered": "recovered",
    "deaths": "deaths",
    "vaccine_dose1_pct": "first_dose_pct",
    "vaccine_dose2_pct": "second_dose_pct",
    "communes_at_level_4": "communes_at_level_4",
    "communes_total": "communes_total",
}
PROVINCE_CODES = {"Bạc Liêu": BAC_LIEU, "Bắc Giang": BAC_GIANG, "Hà Nội": HA_NOI}


def _load_seed_facts(sources: dict[str, Any], actor: Any) -> dict[str, int]:
    counts = {"situation_reports": 0, "level_announcements": 0, "support_events": 0}
    for name, rec in _gold().items():
        source = sources[name]
        for stat in rec["province_stats"]:
            area = province(PROVINCE_CODES[stat["province"]])
            figures = {
                ours: (Decimal(str(stat[theirs])) if ours.endswith("_pct") else stat[theirs])
                for theirs, ours in SITUATION_KEYS.items()
                if stat.get(theirs) is not None
            }
            if stat.get("as_of") and not stat.get("cumulative_is_lower_bound"):
                surveillance.record_situation_report(
                    area, dt.date.fromisoformat(stat["as_of"]), source, actor=actor, **figures
                )
                counts["situation_reports"] += 1
            if stat.get("level"):
                # Seed 000: "Từ 12h ngày 2/11, toàn tỉnh Bạc Liêu nâng cấp độ ... lên cấp độ 4".
                surveillance.announce_level(
                    area,
                    stat["level"],
                    previous_level=stat.get("previous_level"),
                    effective_at=dt.datetime(2021, 11, 2, 12, 0, tzinfo=VN_TZ),
                    source=source,
                    actor=actor,
                )
                counts["level_announcements"] += 1
        for event in rec["support_events"]:
            donor_code = DONOR_PROVINCES.get(event["donor"])
            logistics.record_support_event(
                donor_name=event["donor"],
                recipient=province(PROVINCE_CODES[event["recipient"]]),
                donor_area=province(donor_code) if donor_code else None,
                date=dt.date.fromisoformat(event["date"]) if event["date"] else None,
                items=[(i["item"], i["quantity"], i["detail"]) for i in event["items"]],
                source=source,
                actor=actor,
            )
            counts["support_events"] += 1
        for directive in rec.get("directives", []):
            if any("50%" in m for m in directive["measures"]):
                facilities.set_bed_reserve_policy(
                    province(PROVINCE_CODES[directive["province"]]),
                    reserved_share=Decimal("0.5"),
                    applies_to="treatment beds in the city, incl. central hospitals",
                    document=directive["document"],
                    effective_from=dt.date.fromisoformat(directive["date"]),
                    source=source,
                    actor=actor,
                )
    return counts


def _load_facilities(actor: Any) -> int:
    for name, kind, tier, commune_code, beds in DEMO_FACILITIES:
        area = unit(MapVersion.LEGACY, UnitLevel.COMMUNE, commune_code)
        facility = Facility.objects.filter(name=name, area=area).first() or (
            facilities.create_facility(
                name=name, kind=kind, tier=tier, area=area, is_demo=True, actor=actor
            )
        )
        for bed_type, (total, occupied) in beds.items():
            current = facility.beds.filter(bed_type=bed_type).first()
            if current is None:
                facilities.set_bed_capacity(
                    facility, bed_type, total=total, occupied=occupied, is_demo=True, actor=actor
                )
    return len(DEMO_FACILITIES)


def _load_demo_cases(actor: Any) -> int:
    """Individual cases for 31/10/2021 made from that day's real total (415, NCSC)."""
    day = dt.date(2021, 10, 31)
    if Case.objects.filter(is_demo=True, reported_on=day).exists():
        return 0
    total = 415
    rng = random.Random(20211031)  # the same demo people on every machine
    communes = list(AdminUnit.objects.filter(province=province(BAC_LIEU), level=UnitLevel.COMMUNE))
    for i in range(total):
        commune = rng.choice(communes)
        surveillance.create_case(
            commune=commune,
            reported_on=day,
            actor=actor,
            is_demo=True,
            full_name=f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
            id_number=f"0950{rng.randrange(10**7, 10**8)}",
            phone=f"09{rng.randrange(10**7, 10**8)}",
            address=f"Ấp {rng.randrange(1, 12)}, {commune.name}",
            birth_year=rng.randrange(1935, 2020),
            sex=rng.choice(["male", "female"]),
        )
        del i
    return total


DEMO_USERS = [
    ("boyte", "Điều phối viên Bộ Y tế", "Bộ Y tế", "national_coordinator", None, None),
    ("baclieu", "Cán bộ Sở Y tế Bạc Liêu", "Sở Y tế Bạc Liêu", "province_officer", BAC_LIEU, None),
    (
        "baclieu_giuong",
        "Quản lý giường BVĐK Bạc Liêu",
        "Bệnh viện Đa khoa tỉnh Bạc Liêu",
        "facility_manager",
        None,
        "Bệnh viện Đa khoa tỉnh Bạc Liêu",
    ),
    ("giarai", "Trung tâm Y tế thị xã Giá Rai", "TTYT Giá Rai", "district_health", "959", None),
    ("camau", "Cán bộ Sở Y tế Cà Mau", "Sở Y tế Cà Mau", "province_officer", CA_MAU, None),
    (
        "binhduong",
        "UBND tỉnh Bình Dương (nhà tài trợ)",
        "UBND tỉnh Bình Dương",
        "donor",
        None,
        None,
    ),
]


def _load_demo_users(actor: Any) -> list[dict[str, str]]:
    """Create the demo accounts (or reset their passwords) and return them with passwords."""
    printed = []
    for username, name, org, role, area_code, facility_name in DEMO_USERS:
        password = secrets.token_urlsafe(9)
        user = User.objects.filter(username=username).first()
        if user is None:
            user = accounts.create_user(
                username=username,
                password=password,
                display_name=name,
                organisation=org,
                is_demo=True,
                actor=actor,
            )
        else:
            accounts.reset_password(user, password, actor=actor)
        area = None
        if area_code:
            level = UnitLevel.PROVINCE if len(area_code) == 2 else UnitLevel.DISTRICT
            area = unit(MapVersion.LEGACY, level, area_code)
        facility = Facility.objects.get(name=facility_name) if facility_name else None
        if not RoleAssignment.objects.filter(user=user, role=role).exists():
            accounts.assign_role(user, role, area=area, facility=facility, actor=actor)
        printed.append({"username": username, "password": password, "role": role, "name": name})
    return printed
