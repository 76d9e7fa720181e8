"""`make bench`: every benchmark, each printing its figures beside a baseline measured in the same run.

Each benchmark runs in its own process: they set Django up differently (their own temporary databases), and one
that crashes must not hide the others' figures.
"""
from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

BENCHMARKS = ["bench.bench_parse", "bench.bench_checks", "bench.bench_dashboard", "bench.bench_transfer", "bench.bench_upload"]


def run_one(name: str) -> int:
    """Run one benchmark module's main(); the number of targets it missed."""
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        print(f"{name}: not available ({exc})")
        return 0
    try:
        rows = module.main() or []
    except Exception as exc:  # noqa: BLE001 - reported as a missed target, the others still run
        print(f"{name}: failed ({type(exc).__name__}: {exc})")
        return 1
    return sum(1 for row in rows if row[-1] == "MISSED")


def main() -> int:
    missed = 0
    for name in BENCHMARKS:
        done = subprocess.run([sys.executable, __file__, name], cwd=REPO)
        missed += done.returncode
        print(flush=True)
    print("all targets met" if not missed else f"{missed} target(s) missed")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1:
        sys.exit(min(run_one(sys.argv[1]), 100))
    sys.exit(main())
