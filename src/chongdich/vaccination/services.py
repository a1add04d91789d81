"""Every write of vaccination data: checked against the actor's jurisdiction, in one
transaction, audited. Vaccine lots are stock in the logistics ledger: receiving, using,
wasting and passing on doses moves that stock through ``logistics.services``."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change, snapshot
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi.coverage import CENSUS_2019_SHARES, estimate_age_populations
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, MapVersion, UnitLevel
from chongdich.logistics import services as logistics
from chongdich.logistics.models import Holder, HolderKind, MovementKind, Shipment, SupportItemCode

from .dosefile import FIRST_VACCINATION_DAY, DoseFile
from .models import (
    AgeGroup,
    AgePopulation,
    Brand,
    DoseImportBatch,
    DoseNumber,
    DoseRecord,
    LotSource,
    NationalDoseDay,
    ReportedCoverage,
    VaccineLot,
)

# The logistics catalogue has items for four brands; the others are "vaccine doses".
BRAND_ITEMS = {
    Brand.ASTRAZENECA: SupportItemCode.VACCINE_ASTRAZENECA,
    Brand.PFIZER: SupportItemCode.VACCINE_PFIZER,
    Brand.MODERNA: SupportItemCode.VACCINE_MODERNA,
    Brand.SINOPHARM: SupportItemCode.VACCINE_SINOPHARM,
}
CENSUS_SOURCE = "TĐTDS 2019 (GSO), cơ cấu tuổi toàn quốc, ước tính"
COVERAGE_FIELDS = (
    "adult_first_dose_pct",
    "adult_full_pct",
    "age50_full_pct",
    "population_full_pct",
    "high_risk_full_pct",
)
NATIONAL_SOURCE = "Cổng thông tin tiêm chủng COVID-19 (NCSC), vn_vaccination_national_ncsc"


def brand_item(brand: str) -> str:
    return BRAND_ITEMS.get(Brand(brand), SupportItemCode.VACCINE_DOSE)


def _require_edit(actor: Any, unit: AdminUnit) -> None:
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=unit)


# ---------------------------------------------------------------- doses


def record_doses(
    commune: AdminUnit,
    date: dt.date,
    age_group: str,
    dose_number: int,
    brand: str,
    doses: int,
    *,
    actor: Any,
    is_demo: bool = False,
) -> DoseRecord:
    """Doses given in a commune on a day; entering the same key again corrects the count."""
    _require_edit(actor, commune)
    if commune.level != UnitLevel.COMMUNE or commune.map_version != MapVersion.LEGACY:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Doses are recorded per commune (pre-2025 map).")
        )
    if age_group not in AgeGroup.values or dose_number not in DoseNumber.values:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Unknown age group or dose number."))
    if brand not in Brand.values:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown vaccine “%(value)s”.") % {"value": brand}
        )
    if isinstance(doses, bool) or not isinstance(doses, int) or doses < 0:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The number of doses must be zero or more."))
    if date < FIRST_VACCINATION_DAY or date > timezone.localdate():
        raise ServiceError(
            ErrorCode.INVALID_INPUT,
            _("%(date)s is outside the vaccination campaign (8/3/2021 to today).")
            % {"date": date.strftime("%d/%m/%Y")},
        )
    with transaction.atomic():
        record, created = DoseRecord.objects.select_for_update().get_or_create(
            commune=commune,
            date=date,
            age_group=age_group,
            dose_number=dose_number,
            brand=brand,
            defaults={"doses": doses, "is_demo": is_demo},
        )
        before = None if created else snapshot(record, ["doses"])
        if not created:
            record.doses = doses
            record.save(update_fields=["doses", "updated_at"])
        record_change(
            actor=actor,
            action="vaccination.record_doses",
            obj=record,
            area=commune,
            before=before,
            after=snapshot(record, ["date", "age_group", "dose_number", "brand", "doses"]),
        )
    return record


def import_doses(
    parsed: DoseFile,
    *,
    file_name: str,
    content_sha256: str,
    actor: Any,
    province: AdminUnit | None = None,
    dry_run: bool = False,
) -> dict[str, Any]:
    """Store a checked dose file (``dosefile.read_dose_file``): every row or none.

    The same file again adds nothing (its SHA-256 is remembered); a row whose commune, day,
    age group, dose and vaccine are already stored replaces the stored count (a corrected
    report) and is counted as updated.
    """
    jurisdiction = accessible_to(actor)
    for commune in {row.commune for row in parsed.rows}:
        jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=commune)
    if province is not None:
        jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=province)
    previous = DoseImportBatch.objects.filter(sha256=content_sha256).first()
    if previous is not None:
        return {
            "rows": parsed.row_count,
            "created": 0,
            "updated": 0,
            "doses": 0,
            "already_imported": previous.pk,
            "batch": previous.pk,
            "dry_run": dry_run,
        }
    with transaction.atomic():
        stored = _stored_keys(parsed)
        updated = sum(1 for row in parsed.rows if row.key in stored)
        result: dict[str, Any] = {
            "rows": parsed.row_count,
            "created": len(parsed.rows) - updated,
            "updated": updated,
            "doses": sum(row.doses for row in parsed.rows),
            "dry_run": dry_run,
        }
        if dry_run:
            return result
        batch = DoseImportBatch.objects.create(
            file_name=file_name[:255],
            sha256=content_sha256,
            province=province,
            row_count=parsed.row_count,
            doses=result["doses"],
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        DoseRecord.objects.bulk_create(
            [
                DoseRecord(
                    commune=row.commune,
                    date=row.date,
                    age_group=row.age_group,
                    dose_number=row.dose_number,
                    brand=row.brand,
                    doses=row.doses,
                    batch=batch,
                )
                for row in parsed.rows
            ],
            batch_size=2000,
            update_conflicts=True,
            unique_fields=["commune", "date", "age_group", "dose_number", "brand"],
            update_fields=["doses", "batch", "is_demo", "updated_at"],
        )
        record_change(
            actor=actor,
            action="vaccination.import_doses",
            obj=batch,
            area=province,
            after={k: v for k, v in result.items() if k != "dry_run"},
        )
    result["batch"] = batch.pk
    return result


def _stored_keys(parsed: DoseFile) -> set[tuple[int, dt.date, str, int, str]]:
    if not parsed.rows:
        return set()
    dates = [row.date for row in parsed.rows]
    rows = DoseRecord.objects.filter(
        commune__in={row.commune.pk for row in parsed.rows},
        date__gte=min(dates),
        date__lte=max(dates),
    ).values_list("commune_id", "date", "age_group", "dose_number", "brand")
    return set(rows)


# ---------------------------------------------------------------- populations


def set_age_population(
    area: AdminUnit,
    age_group: str,
    population: int,
    *,
    source: str,
    is_estimate: bool = False,
    actor: Any,
) -> AgePopulation:
    """People of one age group in a unit (reference data); re-setting replaces it."""
    accessible_to(actor).require(Capability.EDIT_REFERENCE, unit=area)
    if age_group not in AgeGroup.values:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Unknown age group."))
    if isinstance(population, bool) or not isinstance(population, int) or population < 0:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A population must be zero or more."))
    with transaction.atomic():
        row, _created = AgePopulation.objects.update_or_create(
            area=area,
            age_group=age_group,
            defaults={"population": population, "is_estimate": is_estimate, "source": source},
        )
        record_change(
            actor=actor,
            action="vaccination.set_age_population",
            obj=row,
            area=area,
            after=snapshot(row, ["age_group", "population", "is_estimate", "source"]),
        )
    return row


def import_age_populations(content: bytes, file_name: str, *, actor: Any) -> dict[str, int]:
    """A CSV/XLSX of ``Mã`` (unit code), ``Nhóm tuổi``, ``Dân số``: every line or none,
    errors by line and column. Imported figures replace estimates."""
    from chongdich.geo.queries import resolve_area_code
    from chongdich.surveillance.linelist import fold, read_table

    from .dosefile import parse_age_group, parse_count

    table = read_table(content, file_name)
    headers = {fold(h): h for h in (table[0].keys() if table else [])}
    columns = {
        name: next((headers[k] for k in keys if k in headers), None)
        for name, keys in (
            ("code", ("ma", "madiaban", "maxa", "code")),
            ("age_group", ("nhomtuoi", "agegroup")),
            ("population", ("danso", "population")),
        )
    }
    if not table or None in columns.values():
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("Missing columns: %(columns)s. Headers found: %(headers)s.")
            % {
                "columns": ", ".join(k for k, v in columns.items() if v is None) or "—",
                "headers": ", ".join(headers.values()) or "—",
            },
        )
    header = {k: str(v) for k, v in columns.items()}
    rows, errors = [], []
    for line, raw in enumerate(table, start=2):
        code = str(raw.get(header["code"]) or "").strip()
        try:
            unit = resolve_area_code(code)
        except LookupError:
            unit = None
        group = parse_age_group(raw.get(header["age_group"]))
        value = parse_count(raw.get(header["population"]))
        for ok, column, reason in (
            (
                unit is not None,
                header["code"],
                _("Unknown unit code “%(code)s”.") % {"code": code},
            ),
            (group is not None, header["age_group"], _("Unknown age group.")),
            (value is not None, header["population"], _("A population must be zero or more.")),
        ):
            if not ok:
                errors.append({"line": line, "column": column, "reason": str(reason)})
        if unit is not None and group is not None and value is not None:
            rows.append((unit, group, value))
    if errors:
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("%(count)d row(s) are not valid; nothing was imported.")
            % {"count": len({e["line"] for e in errors})},
            details=errors[:1000],
        )
    with transaction.atomic():
        for unit, group, value in rows:
            set_age_population(unit, group, value, source=file_name[:300], actor=actor)
    return {"rows": len(rows)}


def estimate_age_populations_for(province: AdminUnit, *, actor: Any) -> int:
    """Every unit of the province without age groups gets them from its total population
    and the 2019 census structure, marked as estimated; imported figures are kept."""
    accessible_to(actor).require(Capability.EDIT_REFERENCE, unit=province)
    # A province is its own ``province``: keep each unit once.
    units = list(
        {u.pk: u for u in [province, *AdminUnit.objects.filter(province=province)]}.values()
    )
    have = set(
        AgePopulation.objects.filter(area__in=units).values_list("area_id", flat=True).distinct()
    )
    rows = [
        AgePopulation(
            area=unit, age_group=group, population=value, is_estimate=True, source=CENSUS_SOURCE
        )
        for unit in units
        if unit.pk not in have and unit.population
        for group, value in zip(
            AgeGroup.values,
            estimate_age_populations(unit.population, CENSUS_2019_SHARES),
            strict=True,
        )
    ]
    with transaction.atomic():
        AgePopulation.objects.bulk_create(rows, batch_size=1000)
        record_change(
            actor=actor,
            action="vaccination.estimate_age_populations",
            object_type="vaccination.agepopulation",
            object_repr=str(province),
            area=province,
            after={"rows": len(rows), "source": CENSUS_SOURCE},
        )
    return len(rows)


# ---------------------------------------------------------------- reported coverage


def record_reported_coverage(
    area: AdminUnit,
    as_of: dt.date,
    *,
    actor: Any,
    source: Any = None,
    source_note: str = "",
    interpretation: str = "",
    **values: float | None,
) -> ReportedCoverage:
    """Coverage a unit reported as of a date, with the document it came from. Used where
    the unit has no dose table (see ``queries.coverage_for``)."""
    _require_edit(actor, area)
    unknown = set(values) - set(COVERAGE_FIELDS)
    if unknown:
        raise ServiceError(ErrorCode.INVALID_INPUT, details=sorted(unknown))
    if not any(v is not None for v in values.values()):
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Give at least one coverage figure."))
    for name, value in values.items():
        if value is not None and not 0 <= value <= 100:
            raise ServiceError(
                ErrorCode.INVALID_INPUT, _("%(name)s must be between 0 and 100.") % {"name": name}
            )
    if source is None and not source_note.strip():
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A reported figure needs its source."))
    with transaction.atomic():
        row = ReportedCoverage.objects.select_for_update().filter(area=area, as_of=as_of).first()
        before = snapshot(row) if row else None
        fields = {
            **{name: values.get(name) for name in COVERAGE_FIELDS},
            "source": source,
            "source_note": source_note[:300],
            "interpretation": interpretation[:300],
        }
        if row is None:
            row = ReportedCoverage.objects.create(
                area=area,
                as_of=as_of,
                created_by=actor if getattr(actor, "pk", None) else None,
                **fields,
            )
        else:
            for name, value in fields.items():
                setattr(row, name, value)
            row.save()
        record_change(
            actor=actor,
            action="vaccination.record_reported_coverage",
            obj=row,
            area=area,
            before=before,
            after=snapshot(row),
        )
    return row


# ---------------------------------------------------------------- national series


def load_national_series(path: Path, *, actor: Any) -> dict[str, int]:
    """The national doses series (date, cumulative doses, people with exactly one dose,
    people with two); re-loading replaces the days it holds."""
    accessible_to(actor).require(Capability.EDIT_REFERENCE)
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    expected = {"date", "doses_total_cumulative", "people_exactly_one_dose", "people_two_doses"}
    if not rows or not expected <= set(rows[0]):
        raise ServiceError(
            ErrorCode.INVALID_FILE,
            _("Missing columns: %(columns)s. Headers found: %(headers)s.")
            % {
                "columns": ", ".join(sorted(expected - set(rows[0] if rows else []))),
                "headers": ", ".join(rows[0]) if rows else "—",
            },
        )
    days = [
        NationalDoseDay(
            date=dt.date.fromisoformat(r["date"]),
            doses_total_cumulative=int(r["doses_total_cumulative"]),
            people_exactly_one_dose=int(r["people_exactly_one_dose"]),
            people_two_doses=int(r["people_two_doses"]),
            source=NATIONAL_SOURCE,
        )
        for r in rows
    ]
    with transaction.atomic():
        NationalDoseDay.objects.bulk_create(
            days,
            update_conflicts=True,
            unique_fields=["date"],
            update_fields=[
                "doses_total_cumulative",
                "people_exactly_one_dose",
                "people_two_doses",
                "source",
                "updated_at",
            ],
        )
        record_change(
            actor=actor,
            action="vaccination.load_national_series",
            object_type="vaccination.nationaldoseday",
            object_repr=path.name,
            after={"days": len(days), "first": str(days[0].date), "last": str(days[-1].date)},
        )
    return {"days": len(days)}


# ---------------------------------------------------------------- lots


def receive_vaccine_lot(
    holder: Holder,
    *,
    brand: str,
    lot_number: str,
    expires_on: dt.date,
    doses: int,
    received_on: dt.date,
    source_kind: str,
    source_name: str,
    shipment: Shipment | None = None,
    document: Any = None,
    is_demo: bool = False,
    actor: Any,
) -> VaccineLot:
    """A lot received into a holder's stock. A lot that came on a logistics shipment (a
    donation already received there) is only described: its doses are in the ledger
    already. Otherwise the doses enter the holder's stock here (a receipt movement)."""
    area = holder.area
    if area is None:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A vaccine lot is held in an area."))
    _require_edit(actor, area)
    if brand not in Brand.values:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("Unknown vaccine “%(value)s”.") % {"value": brand}
        )
    if source_kind not in LotSource.values:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Unknown lot source."))
    if isinstance(doses, bool) or not isinstance(doses, int) or doses <= 0:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A lot holds at least one dose."))
    if not lot_number.strip():
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A lot needs its lot number."))
    if expires_on < received_on:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("This lot had expired when it was received."))
    item = brand_item(brand)
    with transaction.atomic():
        if shipment is not None:
            _check_shipment(shipment, holder, item, doses)
        elif VaccineLot.objects.filter(holder=holder, brand=brand, lot_number=lot_number).exists():
            raise ServiceError(ErrorCode.CONFLICT, _("This lot is already recorded."))
        else:
            logistics.record_stock_movement(
                holder,
                item,
                MovementKind.RECEIPT,
                doses,
                reason=f"{_('Vaccine lot')} {lot_number} ({source_name})",
                actor=actor,
            )
        lot = VaccineLot.objects.create(
            brand=brand,
            lot_number=lot_number.strip(),
            expires_on=expires_on,
            doses_received=doses,
            received_on=received_on,
            source_kind=source_kind,
            source_name=source_name,
            holder=holder,
            area=area,
            shipment=shipment,
            document=document,
            is_demo=is_demo,
        )
        record_change(
            actor=actor, action="vaccination.receive_vaccine_lot", obj=lot, area=area,
            after=snapshot(lot),
        )  # fmt: skip
    return lot


def _check_shipment(shipment: Shipment, holder: Holder, item: str, doses: int) -> None:
    # Locked: two lots described from one shipment at once cannot exceed what it brought.
    shipment = Shipment.objects.select_for_update().get(pk=shipment.pk)
    if shipment.recipient_id != holder.pk or shipment.item != item:
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("This shipment did not bring this vaccine to this holder.")
        )
    described = sum(
        VaccineLot.objects.filter(shipment=shipment).values_list("doses_received", flat=True)
    )
    if described + doses > shipment.received_quantity:
        raise ServiceError(
            ErrorCode.CONFLICT,
            _("Only %(left)d received doses of this shipment are not yet in a lot.")
            % {"left": shipment.received_quantity - described},
        )


def _locked_lot(lot: VaccineLot) -> VaccineLot:
    return VaccineLot.objects.select_for_update().select_related("holder").get(pk=lot.pk)


def record_lot_use(
    lot: VaccineLot, *, used: int = 0, wasted: int = 0, reason: str = "", actor: Any
) -> VaccineLot:
    """Doses given (use) and lost (opened vials not finished, cold chain, expiry) from a
    lot; both leave the holder's stock. Refused beyond what the lot still holds."""
    _require_edit(actor, lot.area)
    for value in (used, wasted):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ServiceError(ErrorCode.INVALID_INPUT, _("Doses must be zero or more."))
    if used + wasted == 0:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Nothing to record."))
    with transaction.atomic():
        locked = _locked_lot(lot)
        if used + wasted > locked.doses_left:
            raise ServiceError(
                ErrorCode.CONFLICT,
                _("Lot %(lot)s holds only %(left)d doses.")
                % {"lot": locked.lot_number, "left": locked.doses_left},
            )
        item = brand_item(locked.brand)
        note = f"{_('Vaccine lot')} {locked.lot_number}" + (f": {reason}" if reason else "")
        if used:
            logistics.record_stock_movement(
                locked.holder, item, MovementKind.USE, used, reason=note, actor=actor
            )
        if wasted:
            logistics.record_stock_movement(
                locked.holder, item, MovementKind.LOSS, wasted, reason=note, actor=actor
            )
        before = snapshot(locked, ["doses_used", "doses_wasted"])
        VaccineLot.objects.filter(pk=locked.pk).update(
            doses_used=F("doses_used") + used,
            doses_wasted=F("doses_wasted") + wasted,
            updated_at=timezone.now(),
        )
        locked.refresh_from_db()
        record_change(
            actor=actor,
            action="vaccination.record_lot_use",
            obj=locked,
            area=locked.area,
            before=before,
            after=snapshot(locked, ["doses_used", "doses_wasted"]),
        )
    return locked


def holder_of(unit: AdminUnit, *, actor: Any) -> Holder:
    """Who keeps a unit's vaccine: the province's store, or the district health centre."""
    if unit.level == UnitLevel.PROVINCE:
        return logistics.province_holder(unit, actor=actor)
    return district_holder(unit, actor=actor)


def district_holder(district: AdminUnit, *, actor: Any) -> Holder:
    """The district health centre (Trung tâm Y tế), which keeps a district's vaccine."""
    if district.level != UnitLevel.DISTRICT:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Doses are passed on to a district."))
    return logistics.holder_for(
        kind=HolderKind.FACILITY,
        name=f"Trung tâm Y tế {district.name}",
        area=district,
        actor=actor,
    )


def allocate_lot_doses(
    lot: VaccineLot, district: AdminUnit, doses: int, *, actor: Any
) -> VaccineLot:
    """Pass doses of a province's lot to a district: a stock transfer in the ledger and a
    lot of the same number at the district, pointing to the one it came from."""
    _require_edit(actor, lot.area)
    if district.province_id != (lot.area.province_id or lot.area.pk):
        raise ServiceError(ErrorCode.INVALID_INPUT, _("This district is in another province."))
    if isinstance(doses, bool) or not isinstance(doses, int) or doses <= 0:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("Pass on at least one dose."))
    target = district_holder(district, actor=actor)
    with transaction.atomic():
        locked = _locked_lot(lot)
        if doses > locked.doses_left:
            raise ServiceError(
                ErrorCode.CONFLICT,
                _("Lot %(lot)s holds only %(left)d doses.")
                % {"lot": locked.lot_number, "left": locked.doses_left},
            )
        logistics.transfer_stock(
            locked.holder,
            target,
            brand_item(locked.brand),
            doses,
            reason=f"{_('Vaccine lot')} {locked.lot_number} → {district.name}",
            actor=actor,
        )
        VaccineLot.objects.filter(pk=locked.pk).update(
            doses_passed_on=F("doses_passed_on") + doses, updated_at=timezone.now()
        )
        child, created = VaccineLot.objects.get_or_create(
            holder=target,
            brand=locked.brand,
            lot_number=locked.lot_number,
            defaults={
                "expires_on": locked.expires_on,
                "doses_received": doses,
                "received_on": timezone.localdate(),
                "source_kind": LotSource.PROVINCE,
                "source_name": locked.area.name,
                "area": district,
                "parent": locked,
                "is_demo": locked.is_demo,
            },
        )
        if not created:
            VaccineLot.objects.filter(pk=child.pk).update(
                doses_received=F("doses_received") + doses
            )
            child.refresh_from_db()
        record_change(
            actor=actor,
            action="vaccination.allocate_lot_doses",
            obj=child,
            area=district,
            after={"from_lot": locked.pk, "doses": doses},
        )
    return child
