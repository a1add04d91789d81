"""``{{ code|care_label }}``: a symptom, warning-sign or severity or bed-type code in the page's
language
(the labels are those of the clinical rules, chongdich.epi.care)."""

from __future__ import annotations

from django import template
from django.utils.translation import get_language

from chongdich.epi.care.codes import SEVERITY_LABELS, SYMPTOMS, WARNINGS
from chongdich.facilities.models import BedType

register = template.Library()
LABELS = {**SYMPTOMS, **SEVERITY_LABELS, **WARNINGS}


@register.filter
def care_label(code: str) -> str:
    if code in BedType.values:
        return str(BedType(code).label)
    vi, en = LABELS.get(code, (code, code))
    return vi if (get_language() or "vi").startswith("vi") else en
