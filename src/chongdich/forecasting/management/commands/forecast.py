"""chongdich forecast rt | chime | run  (rt and chime: contract of issue 7, keep stable)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from chongdich.epi.chime import OUTPUT_COLUMNS, run_chime
from chongdich.epi.rt import estimate_rt
from chongdich.forecasting import files


class Command(BaseCommand):
    help = "Dự báo / forecasting: rt, chime, run"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        rt = sub.add_parser("rt", help="Ước tính Rt (EpiEstim) / estimate Rt as EpiEstim does")
        rt.add_argument("--incidence", type=Path, required=True, help="date,local[,imported]")
        si = rt.add_mutually_exclusive_group(required=True)
        si.add_argument("--si-mean", type=float, help="serial interval mean (days)")
        si.add_argument("--si-distr", type=Path, help="one probability per line from day 0")
        rt.add_argument("--si-sd", type=float, help="serial interval sd (with --si-mean)")
        rt.add_argument("--window", type=int, default=7)
        rt.add_argument("--format", choices=["csv", "json"], default="csv")
        chime = sub.add_parser("chime", help="Mô hình CHIME v1.1.5 / CHIME-compatible model")
        chime.add_argument("--params", type=Path, required=True, help="JSON, CHIME's names")
        chime.add_argument("--format", choices=["csv", "json"], default="csv")
        run = sub.add_parser("run", help="Tính lại mọi dự báo / recompute every forecast")
        run.add_argument("--as-of", help="YYYY-MM-DD (default: each province's last count)")
        run.add_argument("--province", help="GSO code of one province (default: all)")

    def handle(self, *args: Any, **opts: Any) -> None:
        try:
            if opts["action"] == "rt":
                self.stdout.write(self.rt(opts))
            elif opts["action"] == "chime":
                self.stdout.write(self.chime(opts))
            else:
                self.run(opts)
        except (files.InputError, ValueError) as exc:
            raise CommandError(str(exc)) from exc

    def rt(self, opts: dict[str, Any]) -> str:
        _, local, imported = files.read_incidence(_read(opts["incidence"]))
        if opts["si_distr"] is not None:
            if opts["si_sd"] is not None:
                raise CommandError("--si-sd goes with --si-mean, not with --si-distr")
            si_distr = files.read_si_distr(_read(opts["si_distr"]))
            estimate = estimate_rt(local, imported, si_distr=si_distr, window=opts["window"])
        else:
            if opts["si_sd"] is None:
                raise CommandError("--si-mean needs --si-sd")
            estimate = estimate_rt(
                local,
                imported,
                si_mean=opts["si_mean"],
                si_sd=opts["si_sd"],
                window=opts["window"],
            )
        return files.write_rows(files.rt_rows(estimate), files.RT_COLUMNS, opts["format"])

    def chime(self, opts: dict[str, Any]) -> str:
        try:
            data = json.loads(_read(opts["params"]))
        except json.JSONDecodeError as exc:
            raise CommandError(f"{opts['params']}: not valid JSON: {exc}") from exc
        result = run_chime(files.parse_chime_params(data))
        if opts["format"] == "json":
            return files.chime_json(result)
        return files.write_rows(files.chime_rows(result), OUTPUT_COLUMNS, "csv")

    def run(self, opts: dict[str, Any]) -> None:
        from chongdich.accounts.services import system_user
        from chongdich.forecasting.services import recompute_forecasts

        summary = recompute_forecasts(
            actor=system_user(), as_of=opts["as_of"], province_code=opts["province"]
        )
        self.stdout.write(json.dumps(summary, ensure_ascii=False))


def _read(path: Path) -> str:
    if not path.exists():
        raise CommandError(f"Không tìm thấy tệp / file not found: {path}")
    return path.read_text(encoding="utf-8")
