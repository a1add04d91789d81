"""Contacts quarantined by the rule of their exposure date, clusters and their graph."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client

from chongdich.accounts.models import AuditEvent
from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit
from chongdich.surveillance.models import LineListCount
from chongdich.surveillance.services import create_case
from chongdich.surveillance.tracing import (
    add_case_to_cluster,
    convert_contact_to_case,
    create_cluster,
    record_contact,
    transmission_graph,
)
from conftest import PERSONA_PASSWORD

D = dt.date


@pytest.fixture
def vinh_trach(baclieu: Any) -> AdminUnit:
    return AdminUnit.objects.get(map_version="legacy", level="commune", code="31834")


@pytest.fixture
def index_case(baclieu_officer: Any, vinh_trach: AdminUnit) -> Any:
    return create_case(
        commune=vinh_trach,
        reported_on=D(2022, 1, 8),
        full_name="Ca chỉ điểm",
        actor=baclieu_officer,
    )


def test_an_f1_gets_the_quarantine_in_force_on_exposure(
    baclieu_officer: Any, vinh_trach: AdminUnit, index_case: Any
) -> None:
    contact = record_contact(
        commune=vinh_trach,
        full_name="Người tiếp xúc",
        exposed_on=D(2022, 1, 10),
        source_case=index_case,
        is_fully_vaccinated=True,
        last_dose_on=D(2021, 11, 1),
        actor=baclieu_officer,
    )
    assert (contact.kind, contact.quarantine_ends, contact.quarantine_tag) == (
        "F1",
        D(2022, 1, 17),
        "C",
    )
    assert contact.test_dates == ["2022-01-11", "2022-01-17"]
    unvaccinated = record_contact(
        commune=vinh_trach,
        full_name="Chưa tiêm",
        exposed_on=D(2022, 1, 10),
        source_case=index_case,
        actor=baclieu_officer,
    )
    assert unvaccinated.quarantine_ends is None and unvaccinated.quarantine_tag == "?"


def test_an_f2_is_a_contact_of_an_f1_only(
    baclieu_officer: Any, vinh_trach: AdminUnit, index_case: Any
) -> None:
    f1 = record_contact(
        commune=vinh_trach,
        full_name="F1",
        exposed_on=D(2022, 1, 10),
        source_case=index_case,
        actor=baclieu_officer,
    )
    f2 = record_contact(
        commune=vinh_trach,
        full_name="F2",
        exposed_on=D(2022, 1, 11),
        source_contact=f1,
        actor=baclieu_officer,
    )
    assert f2.kind == "F2"
    with pytest.raises(ServiceError):
        record_contact(
            commune=vinh_trach,
            full_name="F3",
            exposed_on=D(2022, 1, 12),
            source_contact=f2,
            actor=baclieu_officer,
        )
    with pytest.raises(ServiceError):
        record_contact(
            commune=vinh_trach,
            full_name="Không nguồn",
            exposed_on=D(2022, 1, 12),
            actor=baclieu_officer,
        )


def test_a_positive_contact_becomes_a_case_linked_to_its_source_once(
    baclieu_officer: Any, vinh_trach: AdminUnit, index_case: Any
) -> None:
    cluster = create_cluster(
        name="Chợ Giá Rai",
        area=vinh_trach,
        first_detected_on=D(2022, 1, 8),
        is_unknown_source=True,
        actor=baclieu_officer,
    )
    add_case_to_cluster(index_case, cluster, actor=baclieu_officer)
    f1 = record_contact(
        commune=vinh_trach,
        full_name="Sẽ dương tính",
        exposed_on=D(2022, 1, 10),
        source_case=index_case,
        actor=baclieu_officer,
    )
    case = convert_contact_to_case(f1, reported_on=D(2022, 1, 12), actor=baclieu_officer)
    assert (case.source_case, case.cluster) == (index_case, cluster)
    with pytest.raises(ServiceError) as err:
        convert_contact_to_case(f1, reported_on=D(2022, 1, 12), actor=baclieu_officer)
    assert err.value.code == "conflict"
    graph = transmission_graph(cluster)
    assert {n["id"]: n["generation"] for n in graph["nodes"]} == {
        f"c{index_case.pk}": 0,
        f"c{case.pk}": 1,
    }
    assert graph["edges"] == [{"from": f"c{index_case.pk}", "to": f"c{case.pk}"}]
    assert AuditEvent.objects.filter(action="surveillance.convert_contact_to_case").exists()


def test_a_converted_contact_is_detected_in_quarantine_or_in_the_community(
    baclieu_officer: Any, vinh_trach: AdminUnit, index_case: Any
) -> None:
    def contact(name: str, vaccinated: bool) -> Any:
        return record_contact(
            commune=vinh_trach,
            full_name=name,
            exposed_on=D(2022, 1, 10),
            source_case=index_case,
            is_fully_vaccinated=vaccinated,
            last_dose_on=D(2021, 11, 1) if vaccinated else None,
            actor=baclieu_officer,
        )

    # Quarantine of a vaccinated F1 exposed on 10/01/2022: until 17/01 (test above).
    during = convert_contact_to_case(
        contact("Trong cách ly", True), reported_on=D(2022, 1, 17), actor=baclieu_officer
    )
    after = convert_contact_to_case(
        contact("Sau cách ly", True), reported_on=D(2022, 1, 19), actor=baclieu_officer
    )
    unknown = convert_contact_to_case(
        contact("Chưa rõ quy định", False), reported_on=D(2022, 1, 12), actor=baclieu_officer
    )
    assert (during.detection_setting, after.detection_setting, unknown.detection_setting) == (
        "quarantine",
        "community",
        "",
    )
    # The line list's counts by setting follow: the quarantine case is no community case.
    row = LineListCount.objects.get(area=vinh_trach, date=D(2022, 1, 17))
    assert (row.new_cases, row.quarantine_cases, row.community_cases) == (1, 1, 0)


def test_another_province_cannot_trace_contacts_of_our_cases(
    camau_officer: Any, camau: Any, index_case: Any
) -> None:
    commune = AdminUnit.objects.filter(province=camau, level="commune").first()
    with pytest.raises(ServiceError) as err:
        record_contact(
            commune=commune,
            full_name="X",
            exposed_on=D(2022, 1, 10),
            source_case=index_case,
            actor=camau_officer,
        )
    assert err.value.code == "forbidden"


def test_the_cluster_page_draws_the_graph_for_the_province_only(
    baclieu_officer: Any, camau_officer: Any, vinh_trach: AdminUnit, index_case: Any
) -> None:
    cluster = create_cluster(
        name="Chùm Vĩnh Trạch",
        area=vinh_trach,
        first_detected_on=D(2022, 1, 8),
        is_unknown_source=True,
        actor=baclieu_officer,
    )
    add_case_to_cluster(index_case, cluster, actor=baclieu_officer)
    client = Client()
    client.login(username=baclieu_officer.username, password=PERSONA_PASSWORD)
    listing = client.get("/surveillance/clusters/").content.decode()
    assert "Chùm Vĩnh Trạch" in listing and "không rõ nguồn" in listing
    page = client.get(f"/surveillance/clusters/{cluster.pk}/").content.decode()
    assert f'data-node="c{index_case.pk}"' in page
    other = Client()
    other.login(username=camau_officer.username, password=PERSONA_PASSWORD)
    assert other.get(f"/surveillance/clusters/{cluster.pk}/").status_code == 404
