"""The seeds' support, replayed as records: each stated gift becomes an offer restricted to
its recipient, a shipment, its dispatch and its receipt into the recipient's stock (dated
the day of the article, the only date the sources give); staff sent become deployments.
Every record links to its source article. Idempotent."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from . import services
from .catalogue import VACCINE_BRANDS
from .models import Deployment, HolderKind, Offer, SupportEvent, SupportItemCode

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
# Seed 003: "18 cán bộ y tế gồm 4 bác sĩ, 12 điều dưỡng, kỹ thuật viên và kíp chụp X-quang":
# the X-ray crew is the 2 people left of the 18.
TEAMS_BY_DETAIL = {
    "4 doctors, 12 nurses/technicians, plus an X-ray team": [
        ("doctor", 4, ""),
        ("nurse", 12, "điều dưỡng, kỹ thuật viên"),
        ("xray", 2, "kíp chụp X-quang"),
    ]
}


def _donor_kind(event: SupportEvent) -> str:
    if event.donor_area_id:
        return HolderKind.PROVINCE
    return HolderKind.HOSPITAL if event.donor_name.startswith("Bệnh viện") else HolderKind.DONOR


def _item_code(item: str, detail: str) -> str:
    if item == SupportItemCode.VACCINE_DOSE:
        return VACCINE_BRANDS.get(detail.strip().lower(), item)
    return item


def load_support_demo(*, actor: Any) -> dict[str, int]:
    counts = {"shipments": 0, "deployments": 0}
    events = SupportEvent.objects.select_related("source", "recipient", "donor_area")
    for event in events.prefetch_related("items"):
        published = event.date or (event.source.published_on if event.source else None)
        at = dt.datetime.combine(published, dt.time(12), VN_TZ) if published else None
        for line in event.items.all():
            if line.item == SupportItemCode.MEDICAL_STAFF:
                counts["deployments"] += _deploy(event, line, published, actor)
            else:
                counts["shipments"] += _ship(event, line, at, actor)
    return counts


def _ship(event: SupportEvent, line: Any, at: dt.datetime | None, actor: Any) -> int:
    item = _item_code(line.item, line.detail)
    detail = "" if item != line.item else line.detail
    # Two articles reporting the same gift (seeds 001 and 002: Bình Dương's 3 billion VND)
    # are one gift: the first article read is its source.
    if Offer.objects.filter(
        recipients=event.recipient,
        donor__name=event.donor_name,
        item=item,
        quantity=line.quantity,
        detail=detail,
    ).exists():
        return 0
    offer = services.create_offer(
        donor_name=event.donor_name,
        donor_kind=_donor_kind(event),
        donor_area=event.donor_area,
        item=item,
        quantity=line.quantity,
        recipients=[event.recipient],
        detail=detail,
        source=event.source,
        actor=actor,
    )
    shipment = services.ship_directly(
        offer, event.recipient, line.quantity, source=event.source, actor=actor
    )
    services.dispatch_shipment(shipment, at=at, actor=actor)
    services.receive_shipment(shipment, line.quantity, at=at, actor=actor)
    return 1


def _deploy(event: SupportEvent, line: Any, published: dt.date | None, actor: Any) -> int:
    if Deployment.objects.filter(source=event.source, origin=event.donor_name).exists():
        return 0
    members = TEAMS_BY_DETAIL.get(line.detail, [("staff", line.quantity, "")])
    services.deploy_team(
        team_name=event.donor_name,
        origin=event.donor_name,
        origin_area=event.donor_area,
        area=event.recipient,
        members=members,
        starts_on=published,
        until_controlled="until the outbreak is controlled" in line.detail,
        note=line.detail,
        source=event.source,
        actor=actor,
    )
    return 1
