from __future__ import annotations

from typing import Any

import pytest

from conftest import legacy, make_persona


@pytest.fixture
def commune(baclieu: Any) -> Any:
    return legacy("commune", "31825")


@pytest.fixture
def station(system: Any, commune: Any) -> Any:
    return make_persona(system, "tram_yte", "commune_health", area=commune)


@pytest.fixture
def home_case(system: Any, commune: Any) -> Any:
    from chongdich.surveillance.services import create_case

    return create_case(
        commune=commune,
        reported_on="2021-10-31",
        full_name="Nguyễn Văn Thử",
        birth_year=1981,
        actor=system,
    )


@pytest.fixture
def episode(system: Any, home_case: Any) -> Any:
    from chongdich.care.services import start_home_care

    return start_home_care(home_case, actor=system)


@pytest.fixture
def oxygen_hospital(system: Any, commune: Any) -> Any:
    from chongdich.facilities.services import create_facility, set_bed_capacity

    facility = create_facility(
        name="TTYT thử", kind="district_hospital", tier=2, area=commune, actor=system
    )
    set_bed_capacity(facility, "oxygen", total=10, occupied=9, actor=system)
    return facility


@pytest.fixture
def ambulance(system: Any, commune: Any) -> Any:
    from chongdich.care.services import create_ambulance

    return create_ambulance(name="Xe 115 số 1", base=commune, actor=system)
