"""Fill the line-list roll-up (LineListCount) from the cases stored before it existed.

Databases made before migration 0007 hold cases but no LineListCount rows, so their
situation reports would lose the line list until someone ran ``counts rebuild``. This does
the same sum once, with the historical models: (commune, day, setting) → the commune's row,
its district's and its province's. Generated demo cases never feed the counts.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations
from django.db.models import Count

SETTINGS = ("community", "quarantine", "lockdown", "screening", "imported", "other_province")


def fill(apps: Any, schema_editor: Any) -> None:
    case_model = apps.get_model("surveillance", "Case")
    row_model = apps.get_model("surveillance", "LineListCount")
    unit_model = apps.get_model("geo", "AdminUnit")
    if row_model.objects.exists():
        return
    by_setting = (
        case_model.objects.filter(is_demo=False)
        .values_list("commune_id", "reported_on", "detection_setting")
        .annotate(n=Count("id"))
        .order_by()
    )
    rows: dict[tuple[int, Any], dict[str, int]] = {}
    targets: dict[int, list[int]] = {}
    for commune_id, day, setting, n in by_setting.iterator(chunk_size=20_000):
        if commune_id not in targets:
            pk, parent_id, parent_level, province_id = unit_model.objects.filter(
                pk=commune_id
            ).values_list("pk", "parent_id", "parent__level", "province_id")[0]
            units = [pk]
            if parent_id is not None and parent_level == "district":
                units.append(parent_id)
            if province_id is not None and province_id not in units:
                units.append(province_id)
            targets[commune_id] = units
        for area_id in targets[commune_id]:
            row = rows.setdefault((area_id, day), {"new_cases": 0})
            row["new_cases"] += n
            if setting in SETTINGS:
                column = f"{setting}_cases"
                row[column] = row.get(column, 0) + n
    row_model.objects.bulk_create(
        [row_model(area_id=a, date=d, **values) for (a, d), values in rows.items()],
        batch_size=5000,
    )


class Migration(migrations.Migration):
    dependencies = [("surveillance", "0008_test_results")]
    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
