"""Benchmarks of chongdich: each figure is a ratio to a baseline measured in the same run.

Run from the repository root: ``python -m bench --list``, ``python -m bench NAME --json``,
``python -m bench all --json``. See docs/BENCHMARKS.md.
"""
