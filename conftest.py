"""Shared fixtures: reference geography loaded once per test database, the personas, and
Granian serving the RSGI application in this process."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

PERSONA_PASSWORD = "persona-pass-2021"

BAC_LIEU, CA_MAU = "95", "96"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: Any, django_db_blocker: Any) -> None:
    """Load the real geography once per test database: every test reads the same units."""
    with django_db_blocker.unblock():
        ensure_geography()


def ensure_geography() -> None:
    from chongdich.accounts.services import system_user
    from chongdich.geo.models import AdminUnit
    from chongdich.geo.services import load_reference_geography

    if not AdminUnit.objects.exists():  # transactional tests flush it; reload when gone
        load_reference_geography(actor=system_user())


def legacy(level: str, code: str) -> Any:
    from chongdich.geo.models import AdminUnit

    return AdminUnit.objects.get(map_version="legacy", level=level, code=code)


@pytest.fixture
def system(db: Any) -> Any:
    from chongdich.accounts.services import system_user

    return system_user()


@pytest.fixture
def baclieu(db: Any) -> Any:
    ensure_geography()
    return legacy("province", BAC_LIEU)


@pytest.fixture
def camau(db: Any) -> Any:
    ensure_geography()
    return legacy("province", CA_MAU)


def _hospital(system: Any, name: str, commune_code: str) -> Any:
    from chongdich.facilities.services import create_facility, set_bed_capacity

    facility = create_facility(
        name=name,
        kind="provincial_hospital",
        tier=3,
        area=legacy("commune", commune_code),
        is_demo=True,
        actor=system,
    )
    set_bed_capacity(facility, "icu", total=40, occupied=31, actor=system, is_demo=True)
    return facility


@pytest.fixture
def baclieu_hospital(system: Any, baclieu: Any) -> Any:
    return _hospital(system, "Bệnh viện Đa khoa tỉnh Bạc Liêu", "31825")


@pytest.fixture
def camau_hospital(system: Any, camau: Any) -> Any:
    commune = legacy("commune", "32002") if _exists("32002") else _first_commune(camau)
    return _hospital(system, "Bệnh viện Đa khoa tỉnh Cà Mau", commune.code)


def _exists(code: str) -> bool:
    from chongdich.geo.models import AdminUnit

    return AdminUnit.objects.filter(map_version="legacy", level="commune", code=code).exists()


def _first_commune(province: Any) -> Any:
    from chongdich.geo.models import AdminUnit

    return AdminUnit.objects.filter(province=province, level="commune").order_by("code").first()


def make_persona(
    system: Any, username: str, role: str, *, area: Any = None, facility: Any = None
) -> Any:
    from chongdich.accounts.services import assign_role, create_user

    user = create_user(
        username=username, password=PERSONA_PASSWORD, display_name=username, actor=system
    )
    assign_role(user, role, area=area, facility=facility, actor=system)
    return user


@pytest.fixture
def national_coordinator(system: Any) -> Any:
    return make_persona(system, "national", "national_coordinator")


@pytest.fixture
def baclieu_officer(system: Any, baclieu: Any) -> Any:
    return make_persona(system, "baclieu_officer", "province_officer", area=baclieu)


@pytest.fixture
def baclieu_bed_manager(system: Any, baclieu_hospital: Any) -> Any:
    return make_persona(system, "baclieu_beds", "facility_manager", facility=baclieu_hospital)


@pytest.fixture
def camau_officer(system: Any, camau: Any) -> Any:
    return make_persona(system, "camau_officer", "province_officer", area=camau)


@pytest.fixture
def donor(system: Any) -> Any:
    return make_persona(system, "donor", "donor")


@pytest.fixture
def unassigned_user(system: Any) -> Any:
    from chongdich.accounts.services import create_user

    return create_user(username="nobody", password=PERSONA_PASSWORD, actor=system)


@pytest.fixture
def seed_reports(system: Any, baclieu: Any) -> Any:
    """Seeds 001 and 002: the same day, two newspapers, different treatment and death figures."""
    import datetime as dt
    from decimal import Decimal

    from chongdich.intake.services import register_source
    from chongdich.surveillance import services

    oct_31 = dt.date(2021, 10, 31)
    seed_001 = register_source(
        file_name="001.txt",
        kind="press",
        title="Bình Dương hỗ trợ Bạc Liêu 3 tỷ đồng",
        publisher="",
        url="",
        published_on=oct_31,
        text="",
        actor=system,
    )
    seed_002 = register_source(
        file_name="002.txt",
        kind="press",
        title="Bình Dương chia sẻ kinh nghiệm",
        publisher="Thanh Niên",
        url="",
        published_on=oct_31,
        text="",
        actor=system,
    )
    services.record_situation_report(
        baclieu,
        oct_31,
        seed_001,
        actor=system,
        cumulative_cases=2828,
        new_cases_24h=414,
        community_cases_24h=143,
        imported_cases=52,
        local_cases=2776,
        under_treatment=2061,
        deaths=23,
    )
    services.record_situation_report(
        baclieu,
        oct_31,
        seed_002,
        actor=system,
        cumulative_cases=2828,
        under_treatment=2099,
        recovered=767,
        deaths=26,
        first_dose_pct=Decimal("60.65"),
        second_dose_pct=Decimal("15.44"),
    )
    return seed_001, seed_002


@contextmanager
def rsgi_server(threads: int = 4) -> Iterator[int]:
    """``chongdich.rsgi``'s application under Granian (RSGI), embedded in a thread of this
    process so that it sees the test database, SQLite in memory included; yields the port.
    Its Django threads close their database connections after each request (as the WSGI
    test server's threads do when they end), so the test database can be dropped."""
    from django.core.signals import request_finished
    from django.db import connections
    from granian.constants import Interfaces
    from granian.log import LogLevels
    from granian.server.embed import Server

    from chongdich.rsgi import Application, django_application

    def close_connections(**kwargs: Any) -> None:
        if threading.current_thread().name.startswith("wsgi"):
            connections.close_all()

    app = Application(django_application, threads)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    server = Server(
        app,
        address="127.0.0.1",
        port=port,
        interface=Interfaces.RSGI,
        log_level=LogLevels.error,  # not its "embedded server is experimental" every time
    )
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_until_complete, args=(server.serve(),), daemon=True)
    request_finished.connect(close_connections)
    thread.start()
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield port
    finally:
        loop.call_soon_threadsafe(server.stop)
        thread.join(30)
        app.django.shutdown()
        loop.close()
        request_finished.disconnect(close_connections)
