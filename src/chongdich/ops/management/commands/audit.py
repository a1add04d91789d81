"""chongdich audit [--limit N] [--action PREFIX] [--format json|text]"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from chongdich.accounts.models import AuditEvent


class Command(BaseCommand):
    help = "Xem nhật ký thay đổi / show the audit log"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--limit", type=int, default=20)
        parser.add_argument("--action", default="")
        parser.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args: Any, **opts: Any) -> None:
        events = AuditEvent.objects.select_related("area")
        if opts["action"]:
            events = events.filter(action__startswith=opts["action"])
        for e in events[: opts["limit"]]:
            if opts["format"] == "json":
                self.stdout.write(
                    json.dumps(
                        {
                            "id": e.pk,
                            "created_at": e.created_at.isoformat(),
                            "actor": e.actor_label,
                            "action": e.action,
                            "object_type": e.object_type,
                            "object_id": e.object_id,
                            "area": e.area.name if e.area else None,
                            "before": e.before,
                            "after": e.after,
                        },
                        ensure_ascii=False,
                    )
                )
            else:
                self.stdout.write(
                    f"{e.created_at:%Y-%m-%d %H:%M:%S} {e.actor_label:<16} {e.action:<40} "
                    f"{e.object_repr}"
                )
