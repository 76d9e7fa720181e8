"""`make bench`: every benchmark, each printing its figures beside a baseline measured in the same run."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BENCHMARKS = ["bench.bench_parse", "bench.bench_checks", "bench.bench_dashboard", "bench.bench_transfer", "bench.bench_upload"]


def main() -> int:
    missed = 0
    for name in BENCHMARKS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            print(f"{name}: not available ({exc})")
            continue
        try:
            rows = module.main() or []
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others' figures
            print(f"{name}: failed ({type(exc).__name__}: {exc})")
            rows = [(name, None, "", "MISSED")]
        missed += sum(1 for row in rows if row[-1] == "MISSED")
        print()
    print("all targets met" if not missed else f"{missed} target(s) missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
