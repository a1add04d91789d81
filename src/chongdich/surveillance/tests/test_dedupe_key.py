"""The 128-bit duplicate key, its unique index among real cases, and migration 0010 that
moves stored keys to it (ADR 0062). Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import uuid
from typing import Any

import pytest
from django.apps import apps
from django.db import IntegrityError, connection, transaction

from chongdich.errors import ServiceError
from chongdich.geo.models import AdminUnit
from chongdich.surveillance import services
from chongdich.surveillance.linelist import dedupe_key, dedupe_key_text
from chongdich.surveillance.models import Case, ImportBatch

from .test_import_bulk import MIXED, load

migration = importlib.import_module("chongdich.surveillance.migrations.0010_compact_dedupe_key")


class _Editor:
    """What the migration's RunPython functions use of a schema editor."""

    connection = connection


def _commune() -> AdminUnit:
    return AdminUnit.objects.get(map_version="legacy", level="commune", code="31834")


def _raw_case(key: str | None, *, is_demo: bool = False, **fields: Any) -> Case:
    values = {"full_name": "Trần Văn Tư", "reported_on": dt.date(2021, 10, 31)} | fields
    return Case.objects.create(commune=_commune(), dedupe_key=key, is_demo=is_demo, **values)


def test_the_key_is_the_first_half_of_the_sha256_of_what_names_the_person() -> None:
    args = ("095080001234", "Nguyễn Văn An", 1980, 7, dt.date(2021, 10, 31))
    full = hashlib.sha256(dedupe_key_text(*args).encode()).hexdigest()
    assert dedupe_key(*args) == full[:32]
    assert dedupe_key_text(*args) == "id:095080001234"
    assert dedupe_key_text("", *args[1:]) == "p:nguyenvanan|1980|7|2021-10-31"


def test_the_database_refuses_a_second_real_case_with_the_same_key(baclieu: Any) -> None:
    key = uuid.uuid4().hex
    _raw_case(key)
    _raw_case(key, is_demo=True)  # demo cases may repeat a person
    _raw_case(None)
    _raw_case(None)  # nor is a missing key a person
    with pytest.raises(IntegrityError), transaction.atomic():
        _raw_case(key)
    assert Case.objects.filter(dedupe_key=key).count() == 2


def test_the_form_refuses_a_person_already_stored(baclieu_officer: Any, baclieu: Any) -> None:
    case = {
        "commune": _commune(),
        "reported_on": dt.date(2021, 10, 31),
        "full_name": "Lê Văn Cường",
        "birth_year": 1972,
        "actor": baclieu_officer,
    }
    services.create_case(**case)
    with pytest.raises(ServiceError, match="conflict"):
        services.create_case(**case | {"full_name": "LÊ VĂN CƯỜNG"})
    assert Case.objects.count() == 1


def test_imported_cases_name_their_batch_and_who_imported_them(
    baclieu_officer: Any, baclieu: Any
) -> None:
    result = load(MIXED, baclieu_officer, province=baclieu)
    batch = ImportBatch.objects.get(pk=result["batch"])
    cases = list(Case.objects.select_related("import_batch__created_by"))
    assert len(cases) == 4
    assert all(c.created_by_id is None and c.import_batch_id == batch.pk for c in cases)
    assert {c.entered_by for c in cases} == {baclieu_officer}
    assert batch.created_by == baclieu_officer
    entered = services.create_case(
        commune=_commune(),
        reported_on=dt.date(2021, 11, 1),
        full_name="Võ Thị Yến",
        actor=baclieu_officer,
    )
    assert entered.entered_by == baclieu_officer


def test_a_file_of_people_partly_stored_keeps_its_other_people(
    baclieu_officer: Any, baclieu: Any
) -> None:
    # The first attempt is refused by the index (two of its people are stored), the savepoint
    # undoes it, and the second stores the others: nothing twice, nothing lost.
    first = MIXED.splitlines(keepends=True)
    load("".join(first[:3]), baclieu_officer, province=baclieu)
    result = load(MIXED, baclieu_officer, province=baclieu)
    assert (result["created"], result["duplicates"]) == (2, 2)
    assert Case.objects.count() == 4
    batch = ImportBatch.objects.get(pk=result["batch"])
    assert (batch.created_count, batch.duplicate_count) == (2, 2)
    assert Case.objects.filter(import_batch=batch).count() == 2


def test_migration_0010_recomputes_every_key_from_the_case(baclieu: Any) -> None:
    stale = _raw_case(uuid.uuid4().hex, id_number="095080001234")
    by_name = _raw_case(None, birth_year=1950)
    demo_twin = _raw_case(uuid.uuid4().hex, is_demo=True, id_number="095080001234")
    migration.compact(apps, _Editor())
    keys = dict(Case.objects.values_list("pk", "dedupe_key"))
    assert keys[stale.pk].hex == dedupe_key("095080001234", "", None, 0, dt.date(2021, 1, 1))
    assert keys[demo_twin.pk] == keys[stale.pk]  # demo rows are outside the unique index
    assert keys[by_name.pk].hex == dedupe_key(
        "", "Trần Văn Tư", 1950, _commune().pk, dt.date(2021, 10, 31)
    )


def test_migration_0010_refuses_when_real_cases_would_share_a_key(baclieu: Any) -> None:
    # Stored under keys of another form, two real cases naming the same person would clash
    # on the new key: the migration names them and changes nothing.
    first = _raw_case(uuid.uuid4().hex, id_number="095080001234")
    second = _raw_case(uuid.uuid4().hex, id_number="095 080 001 234", full_name="Khác")
    before = dict(Case.objects.values_list("pk", "dedupe_key"))
    with pytest.raises(RuntimeError, match=f"#{first.pk} = #{second.pk}.*Nothing was changed"):
        migration.compact(apps, _Editor())
    assert dict(Case.objects.values_list("pk", "dedupe_key")) == before


def test_the_cases_page_says_who_entered_each_case(
    client: Any, baclieu_officer: Any, baclieu: Any
) -> None:
    load(MIXED, baclieu_officer, province=baclieu)
    baclieu_officer.display_name = "Cán bộ nhập liệu Bạc Liêu"
    baclieu_officer.save()
    client.force_login(baclieu_officer)
    page = client.get("/surveillance/cases/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "Người nhập" in page
    assert page.count("<td>Cán bộ nhập liệu Bạc Liêu</td>") == 4
