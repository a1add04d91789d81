"""Writes for contact tracing: contacts (F1/F2), their conversion to cases, clusters.

Same rules as ``services.py`` (jurisdiction, one transaction, an audit row), kept apart
because services.py would pass 600 lines.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from chongdich.accounts.audit import record_change, snapshot
from chongdich.accounts.roles import Capability
from chongdich.accounts.scoping import accessible_to
from chongdich.epi.quarantine import quarantine_for
from chongdich.errors import ErrorCode, ServiceError
from chongdich.geo.models import AdminUnit, UnitLevel

from .models import Case, Cluster, Contact, ContactKind, DetectionSetting
from .services import create_case


def record_contact(
    *,
    commune: AdminUnit,
    full_name: str,
    exposed_on: dt.date,
    actor: Any,
    source_case: Case | None = None,
    source_contact: Contact | None = None,
    phone: str = "",
    id_number: str = "",
    address: str = "",
    is_fully_vaccinated: bool = False,
    last_dose_on: dt.date | None = None,
    recovered_on: dt.date | None = None,
    province_unprotected_days: int | None = None,
) -> Contact:
    """An F1 (contact of a case) or F2 (contact of an F1), quarantined by the rule in force
    on the exposure date (DOMAIN.md §6.2)."""
    jurisdiction = accessible_to(actor)
    jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=commune)
    if (source_case is None) == (source_contact is None):
        raise ServiceError(
            ErrorCode.INVALID_INPUT, _("A contact has one source: a case (F1) or an F1 (F2).")
        )
    if commune.level != UnitLevel.COMMUNE:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A contact lives in a commune."))
    if not full_name.strip():
        raise ServiceError(ErrorCode.INVALID_INPUT, _("The full name is required."))
    if source_contact is not None and source_contact.kind != ContactKind.F1:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("An F2 is a contact of an F1."))
    source = source_case.commune if source_case else source_contact.commune  # type: ignore[union-attr]
    jurisdiction.require(Capability.VIEW_PERSONAL, unit=source)
    try:
        quarantine = quarantine_for(
            exposed_on,
            last_dose=last_dose_on,
            fully_vaccinated=is_fully_vaccinated,
            recovered_on=recovered_on,
            province_unprotected_days=province_unprotected_days,
        )
    except ValueError as exc:
        raise ServiceError(ErrorCode.INVALID_INPUT, str(exc)) from exc
    with transaction.atomic():
        contact = Contact.objects.create(
            full_name=full_name.strip(),
            phone=phone,
            id_number=id_number,
            address=address,
            commune=commune,
            kind=ContactKind.F1 if source_case else ContactKind.F2,
            source_case=source_case,
            source_contact=source_contact,
            exposed_on=exposed_on,
            is_fully_vaccinated=is_fully_vaccinated,
            last_dose_on=last_dose_on,
            recovered_on=recovered_on,
            quarantine_ends=quarantine.quarantine_ends,
            monitoring_ends=quarantine.monitoring_ends,
            test_dates=[d.isoformat() for d in quarantine.test_dates],
            quarantine_rule=quarantine.period.document[:120],
            quarantine_tag=quarantine.tag,
        )
        record_change(
            actor=actor,
            action="surveillance.record_contact",
            obj=contact,
            area=commune,
            after=snapshot(contact),
        )
    return contact


def convert_contact_to_case(contact: Contact, *, reported_on: dt.date, actor: Any) -> Case:
    """The contact tested positive: a case linked to the contact's source."""
    if contact.converted_case_id is not None:
        raise ServiceError(ErrorCode.CONFLICT, _("This contact is already a case."))
    with transaction.atomic():
        case = create_case(
            commune=contact.commune,
            reported_on=reported_on,
            full_name=contact.full_name,
            id_number=contact.id_number,
            phone=contact.phone,
            address=contact.address,
            detection_setting=detection_setting_of(contact, reported_on),
            actor=actor,
        )
        source_id = contact.source_case_id or (
            contact.source_contact.source_case_id if contact.source_contact else None
        )
        # Read the source afresh: it may have joined a cluster since the contact was traced.
        case.source_case = Case.objects.filter(pk=source_id).first() if source_id else None
        case.cluster = case.source_case.cluster if case.source_case else None
        case.save(update_fields=["source_case", "cluster"])
        locked = Contact.objects.select_for_update().get(pk=contact.pk)
        if locked.converted_case_id is not None:
            raise ServiceError(ErrorCode.CONFLICT, _("This contact is already a case."))
        locked.converted_case = case
        locked.save(update_fields=["converted_case"])
        record_change(
            actor=actor,
            action="surveillance.convert_contact_to_case",
            obj=locked,
            area=contact.commune,
            after={"case": case.pk},
        )
    contact.refresh_from_db()
    return case


def detection_setting_of(contact: Contact, reported_on: dt.date) -> str:
    """Where a traced contact found positive was detected (docs/tracing.md):
    in quarantine while the quarantine computed for the contact runs (exposure to its end,
    DOMAIN.md §6), in the community after it (the contact was then only self-monitoring at
    home); not known ("") when no quarantine rule was known for the exposure date. A
    lockdown zone cannot be told from the records (no zone is stored), so an officer sets
    "lockdown" on the case by hand when it applies."""
    if contact.quarantine_ends is None:
        return ""
    if reported_on <= contact.quarantine_ends:
        return DetectionSetting.QUARANTINE
    return DetectionSetting.COMMUNITY


def create_cluster(
    *, name: str, area: AdminUnit, first_detected_on: dt.date, is_unknown_source: bool, actor: Any
) -> Cluster:
    accessible_to(actor).require(Capability.EDIT_SURVEILLANCE, unit=area)
    if not name.strip():
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A cluster needs a name."))
    with transaction.atomic():
        cluster = Cluster.objects.create(
            name=name.strip(),
            area=area,
            first_detected_on=first_detected_on,
            is_unknown_source=is_unknown_source,
        )
        record_change(
            actor=actor,
            action="surveillance.create_cluster",
            obj=cluster,
            area=area,
            after=snapshot(cluster),
        )
    return cluster


def add_case_to_cluster(
    case: Case, cluster: Cluster, *, actor: Any, source_case: Case | None = None
) -> Case:
    jurisdiction = accessible_to(actor)
    jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=case.commune)
    jurisdiction.require(Capability.EDIT_SURVEILLANCE, unit=cluster.area)
    if source_case is not None and source_case.pk == case.pk:
        raise ServiceError(ErrorCode.INVALID_INPUT, _("A case cannot be its own source."))
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        before = {"cluster": locked.cluster_id, "source_case": locked.source_case_id}
        locked.cluster = cluster
        if source_case is not None:
            locked.source_case = source_case
        locked.save(update_fields=["cluster", "source_case"])
        record_change(
            actor=actor,
            action="surveillance.add_case_to_cluster",
            obj=locked,
            area=case.commune,
            before=before,
            after={"cluster": cluster.pk, "source_case": locked.source_case_id},
        )
    return locked


def transmission_graph(cluster: Cluster) -> dict[str, Any]:
    """Nodes (cases and their contacts) and edges (source → infected), laid out by generation."""
    cases = list(cluster.cases.select_related("source_case").order_by("reported_on", "pk"))
    generation: dict[int, int] = {}
    for case in cases:  # sources are reported first, so one pass settles the depth
        parent = case.source_case_id
        generation[case.pk] = generation.get(parent, -1) + 1 if parent in generation else 0
    nodes = [
        {
            "id": f"c{c.pk}",
            "label": f"F0 #{c.pk}",
            "generation": generation[c.pk],
            "date": c.reported_on.isoformat(),
            "kind": "case",
        }
        for c in cases
    ]
    edges = [
        {"from": f"c{c.source_case_id}", "to": f"c{c.pk}"}
        for c in cases
        if c.source_case_id in generation
    ]
    contacts = Contact.objects.filter(source_case__in=cases, converted_case__isnull=True)
    for contact in contacts:
        nodes.append(
            {
                "id": f"k{contact.pk}",
                "label": f"{contact.kind} #{contact.pk}",
                "generation": generation.get(contact.source_case_id or 0, 0) + 1,
                "date": contact.exposed_on.isoformat(),
                "kind": "contact",
            }
        )
        edges.append({"from": f"c{contact.source_case_id}", "to": f"k{contact.pk}"})
    return {"nodes": nodes, "edges": edges}
