"""Numbers as users write them: 2.828 and 60,65 in Vietnamese, 2,828 and 60.65 in English."""

from __future__ import annotations

from decimal import Decimal

from django.utils import numberformat
from django.utils.formats import get_format


def grouped(value: int | float | Decimal | None) -> str:
    """A count or a rate in the active language's format; a dash when unknown.

    Django's Vietnamese formats define the separators but no grouping, so grouping by three
    is asked for here explicitly.
    """
    if value is None:
        return "—"
    is_fraction = isinstance(value, float | Decimal) and value != int(value)
    return numberformat.format(
        value if is_fraction else int(value),
        decimal_sep=get_format("DECIMAL_SEPARATOR"),
        decimal_pos=2 if is_fraction else None,
        grouping=3,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )
