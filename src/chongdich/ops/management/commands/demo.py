"""chongdich demo: load the Bạc Liêu demo (idempotent) and print the demo accounts."""

from __future__ import annotations

import json
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from chongdich.accounts.services import system_user
from chongdich.demo_data import load_demo


class Command(BaseCommand):
    help = "Nạp dữ liệu minh hoạ Bạc Liêu / load the Bạc Liêu demo data (idempotent)"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args: Any, **opts: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        report = load_demo(actor=system_user(), progress=opts["format"] == "text")
        if opts["format"] == "json":
            self.stdout.write(json.dumps(report, ensure_ascii=False, default=str))
            return
        geo = report["geography"]
        self.stdout.write(
            f"Địa giới / geography: +{geo['created']} units, +{geo['successions_created']} links"
        )
        self.stdout.write(f"Số ca theo ngày / daily counts: {report['daily_counts']}")
        self.stdout.write(f"Dữ kiện từ bài báo / seed facts: {report['facts']}")
        self.stdout.write(f"Ca bệnh minh hoạ / demo cases added: {report['demo_cases']}")
        self.stdout.write("\nTài khoản minh hoạ / demo accounts (mật khẩu mới mỗi lần chạy):")
        for u in report["users"]:
            self.stdout.write(f"  {u['username']:<16} {u['password']:<14} {u['name']}")
