"""python -m bench [--list] [NAME ... | all] [--json] [--repeat N]"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

from .harness import Figure, Options, discover, django_database


def run_in_this_process(name: str, options: Options, as_json: bool) -> None:
    benchmarks = discover()
    with django_database() as database:
        if not as_json:
            print(f"# {name} on {database}", file=sys.stderr)
        for figure in benchmarks[name].run(options):
            show(figure, as_json)


def run_each_in_a_process(names: list[str], argv_tail: list[str]) -> int:
    """One process per benchmark: a fresh database and fresh caches for each."""
    status = 0
    for name in names:
        status |= subprocess.call([sys.executable, "-m", "bench", name, *argv_tail])
    return status


def show(figure: Figure, as_json: bool) -> None:
    if as_json:
        print(json.dumps(figure.as_dict(), ensure_ascii=False), flush=True)
    else:
        print(
            f"{figure.name:<22} {figure.value:>10.3f} {figure.unit:<3} "
            f"baseline {figure.baseline_value:>10.3f} {figure.unit:<3} "
            f"ratio {figure.ratio:>7.2f}   ({figure.baseline})",
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run, or 'all'")
    parser.add_argument("--list", action="store_true", help="list the benchmarks")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--repeat", type=int, help="timed rounds (default: per benchmark)")
    args = parser.parse_args(argv)

    benchmarks = discover()
    if args.list or not args.names:
        for bench in benchmarks.values():
            print(f"{bench.name:<16} {bench.description}")
        return 0
    names = list(benchmarks) if args.names == ["all"] else args.names
    unknown = [n for n in names if n not in benchmarks]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; try --list")
    if len(names) > 1:
        tail = ["--json"] if args.json else []
        if args.repeat:
            tail += ["--repeat", str(args.repeat)]
        return run_each_in_a_process(names, tail)
    run_in_this_process(names[0], Options(repeat=args.repeat), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
