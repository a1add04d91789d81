import json

import pytest

from chongdich.accounts.models import AuditEvent
from chongdich.geo.models import AdminUnit
from chongdich.surveillance.services import create_case

pytestmark = pytest.mark.django_db


def test_every_service_write_leaves_an_audit_row_with_actor_area_and_after(
    baclieu_officer, baclieu
):
    commune = AdminUnit.objects.filter(province=baclieu, level="commune").first()
    case = create_case(
        commune=commune, reported_on="2021-10-31", full_name="Nguyễn Văn A", actor=baclieu_officer
    )
    event = AuditEvent.objects.get(action="surveillance.create_case", object_id=str(case.pk))
    assert event.actor == baclieu_officer and event.area == commune
    assert event.after["reported_on"] == "2021-10-31"


def test_personal_data_never_reaches_the_audit_log(baclieu_officer, baclieu):
    commune = AdminUnit.objects.filter(province=baclieu, level="commune").first()
    create_case(
        commune=commune,
        reported_on="2021-10-31",
        full_name="Trần Thị Bí Mật",
        id_number="095123456789",
        phone="0912345678",
        address="Ấp 3, Phường 1",
        actor=baclieu_officer,
    )
    dumped = json.dumps(list(AuditEvent.objects.values()), default=str, ensure_ascii=False)
    for secret in ("Trần Thị Bí Mật", "095123456789", "0912345678", "Ấp 3, Phường 1"):
        assert secret not in dumped


def test_a_refused_write_changes_nothing_and_is_not_audited(camau_officer, baclieu):
    from chongdich.errors import ServiceError

    commune = AdminUnit.objects.filter(province=baclieu, level="commune").first()
    before = AuditEvent.objects.count()
    with pytest.raises(ServiceError):
        create_case(commune=commune, reported_on="2021-10-31", full_name="X", actor=camau_officer)
    assert AuditEvent.objects.count() == before
