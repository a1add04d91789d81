"""The duplicate key becomes 128 bits (uuid on PostgreSQL, 32 hex characters on SQLite),
unique among real cases (ADR 0062).

Every stored key is computed again from its case's fields with the application's
``dedupe_key`` (the first half of the SHA-256 the 64-character keys held), so keys of
earlier forms are brought in line too. Before anything changes, the migration refuses with
the clashing case numbers if two real (non-demo) cases would get the same key: they name
the same person, and one must be merged or marked before the constraint can hold. Going
back computes the full 64-character keys from the fields again.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations, models

CHUNK = 5000


def _keys(case_model: Any, make_key: Any) -> Any:
    """(pk, is_demo, key) of every case, in chunks of the table."""
    fields = ("pk", "is_demo", "id_number", "full_name", "birth_year", "commune_id", "reported_on")
    for pk, is_demo, id_number, name, year, commune_id, reported_on in (
        case_model.objects.order_by("pk").values_list(*fields).iterator(chunk_size=CHUNK)
    ):
        yield pk, is_demo, make_key(id_number, name, year, commune_id, reported_on)


def _store(schema_editor: Any, keys: list[tuple[Any, int]]) -> None:
    with schema_editor.connection.cursor() as cursor:
        cursor.executemany("UPDATE surveillance_case SET dedupe_key = %s WHERE id = %s", keys)


def _settle(schema_editor: Any) -> None:
    """Run the foreign-key checks the updates queued: PostgreSQL will not alter a table with
    checks pending in the same transaction."""
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def compact(apps: Any, schema_editor: Any) -> None:
    from chongdich.surveillance.linelist import dedupe_key

    case_model = apps.get_model("surveillance", "Case")
    first: dict[str, int] = {}
    clashes: list[tuple[int, int]] = []
    for pk, is_demo, key in _keys(case_model, dedupe_key):
        if not is_demo:
            if key in first:
                clashes.append((first[key], pk))
            else:
                first.setdefault(key, pk)
    if clashes:
        listed = ", ".join(f"#{a} = #{b}" for a, b in clashes[:50])
        raise RuntimeError(
            f"surveillance 0010: {len(clashes)} pair(s) of real cases name the same person "
            f"(same ID number, or same name, birth year, commune and report date): {listed}. "
            "Merge them or mark the copies as demo, then migrate again. Nothing was changed."
        )
    del first
    batch: list[tuple[Any, int]] = []
    for pk, _is_demo, key in _keys(case_model, dedupe_key):
        batch.append((key, pk))
        if len(batch) == CHUNK:
            _store(schema_editor, batch)
            batch = []
    _store(schema_editor, batch)
    _settle(schema_editor)


def expand(apps: Any, schema_editor: Any) -> None:
    """Back to the 64-character SHA-256 keys of migration 0009's time."""
    import hashlib

    from chongdich.surveillance.linelist import dedupe_key_text

    def full_key(*parts: Any) -> str:
        return hashlib.sha256(dedupe_key_text(*parts).encode()).hexdigest()

    case_model = apps.get_model("surveillance", "Case")
    batch: list[tuple[Any, int]] = []
    for pk, _is_demo, key in _keys(case_model, full_key):
        batch.append((key, pk))
        if len(batch) == CHUNK:
            _store(schema_editor, batch)
            batch = []
    _store(schema_editor, batch)
    _settle(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("surveillance", "0009_fill_line_list_counts")]
    operations = [
        # Text still, and nullable, so that both key forms fit while they are rewritten.
        migrations.AlterField(
            model_name="case",
            name="dedupe_key",
            field=models.CharField(max_length=200, blank=True, null=True, db_index=True),
        ),
        migrations.RunPython(compact, expand),
        migrations.AlterField(
            model_name="case", name="dedupe_key", field=models.UUIDField(blank=True, null=True)
        ),
        migrations.AddConstraint(
            model_name="case",
            constraint=models.UniqueConstraint(
                condition=models.Q(("is_demo", False)),
                fields=("dedupe_key",),
                name="surveillance_case_one_per_person",
            ),
        ),
    ]
