"""Migration 0005 on alerts stored before it: open alerts of several signs are split, one
per sign, and only the newest open alert of an episode, kind and sign stays open, so that
the partial unique index can be built (on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("care", "0004_alert_referral_alter_alert_kind")]
AFTER = [("care", "0006_alert_one_open_per_sign_index")]


def _migrate(target: list[tuple[str, str]]) -> Any:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    return executor.loader.project_state(target).apps


def _latest() -> list[tuple[str, str]]:
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def test_old_duplicate_alerts_are_split_by_sign_and_only_the_newest_stays_open(
    episode: Any,
) -> None:
    old = _migrate(BEFORE)
    Alert = old.get_model("care", "Alert")
    made = []
    for n, signs in enumerate([["spo2_low"], ["spo2_low", "dyspnoea"], []]):
        alert = Alert.objects.create(episode_id=episode.pk, kind="warning_signs", warnings=signs)
        Alert.objects.filter(pk=alert.pk).update(
            created_at=dt.datetime(2021, 11, 5, 8 + n, tzinfo=dt.UTC)
        )
        made.append(alert.pk)
    Alert.objects.create(episode_id=episode.pk, kind="not_assessed")
    Alert.objects.create(episode_id=episode.pk, kind="not_assessed")
    Alert.objects.create(
        episode_id=episode.pk, kind="missed_checkin", due_at=dt.datetime(2021, 11, 5, tzinfo=dt.UTC)
    )
    new = _migrate(AFTER)
    _migrate(_latest())  # the rest of the run expects every app's latest schema
    Alert = new.get_model("care", "Alert")
    still_open = Alert.objects.filter(acknowledged_at__isnull=True, closed_at__isnull=True)
    opened = sorted((a.kind, a.code, a.warnings) for a in still_open)
    assert opened == [
        ("missed_checkin", "", []),
        ("not_assessed", "", []),
        ("warning_signs", "", []),  # no sign recorded: kept as it was, one of its own
        ("warning_signs", "dyspnoea", ["dyspnoea"]),
        ("warning_signs", "spo2_low", ["spo2_low"]),
    ]
    # The older spo2_low alert is closed; the newer one took that sign, its copy dyspnoea.
    assert Alert.objects.get(pk=made[0]).closed_at is not None
    assert Alert.objects.get(pk=made[1]).code == "spo2_low"
    dyspnoea = Alert.objects.get(code="dyspnoea")
    assert dyspnoea.created_at == Alert.objects.get(pk=made[1]).created_at
