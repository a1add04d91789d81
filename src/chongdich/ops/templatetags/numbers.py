from __future__ import annotations

from typing import Any

from django import template

from chongdich.formatting import grouped as grouped_number

register = template.Library()


@register.filter
def grouped(value: Any) -> str:
    """{{ figure|grouped }}: 2.828 in Vietnamese, 2,828 in English, — when unknown."""
    return grouped_number(value)
