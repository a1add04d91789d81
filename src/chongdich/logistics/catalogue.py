"""Units and kinds of the item catalogue (the codes are ``models.SupportItemCode``)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from .models import SupportItemCode as C


@dataclass(frozen=True)
class ItemSpec:
    unit: Promise
    is_durable: bool  # lent and returned; consumables are used up


UNITS = {"piece": _("pieces"), "dose": _("doses"), "kit": _("tests"), "kg": _("kg")}
_DURABLE: set[str] = {
    C.VENTILATOR,
    C.OXYGEN_CONCENTRATOR,
    C.THERMOMETER,
    C.PCR_MACHINE,
    C.HFNC,
    C.OXYGEN_CYLINDER,
    C.OXYGEN_FILLING_STATION,
    C.SPO2_METER,
    C.AMBULANCE,
    C.MOBILE_VACCINATION_VEHICLE,
}
_UNIT: dict[str, str] = {
    C.VACCINE_DOSE: "dose",
    C.VACCINE_ASTRAZENECA: "dose",
    C.VACCINE_PFIZER: "dose",
    C.VACCINE_MODERNA: "dose",
    C.VACCINE_SINOPHARM: "dose",
    C.PCR_TEST_KIT: "kit",
    C.ANTIGEN_TEST_KIT: "kit",
    C.LIQUID_OXYGEN: "kg",
}
CATALOGUE: dict[str, ItemSpec] = {
    code: ItemSpec(
        unit=_("VND")
        if code == C.MONEY_VND
        else _("people")
        if code == C.MEDICAL_STAFF
        else UNITS[_UNIT.get(code, "piece")],
        is_durable=code in _DURABLE,
    )
    for code in C.values
}
# Seed details that name a vaccine brand (gold.jsonl "detail") → the brand's item code.
VACCINE_BRANDS = {
    "astrazeneca": C.VACCINE_ASTRAZENECA,
    "pfizer": C.VACCINE_PFIZER,
    "moderna": C.VACCINE_MODERNA,
    "sinopharm": C.VACCINE_SINOPHARM,
    "vero cell": C.VACCINE_SINOPHARM,
}
