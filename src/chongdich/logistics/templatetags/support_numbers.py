"""``{{ n|grouped }}``: 3.000.000.000 in Vietnamese, 3,000,000,000 in English (Django's vi
format groups no digits, and quantities here run to billions of đồng)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import get_language

register = template.Library()


@register.filter
def grouped(value: Any) -> str:
    if value is None or value == "":
        return ""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    text = f"{number:,}"
    return text.replace(",", ".") if (get_language() or "vi").startswith("vi") else text
