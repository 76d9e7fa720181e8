"""Parse time of the 15-page seed PDF (004) beside a naive pdfplumber baseline measured in the same run.

Baseline: pdfplumber extract_text() + extract_tables() on every page — what a first attempt would do.
Targets (issue “[1 of 2]”): median ≤ 0.2 s and ≤ 0.25× the baseline.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SEED_PDF = REPO.parent / "shared" / "seeds" / "pdf" / "004_feab6608d999c91e.pdf"


def _median_seconds(func, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def naive_baseline(data: bytes) -> None:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()


def main() -> list[tuple[str, float, str, str]]:
    if not SEED_PDF.exists():
        print(f"skipped parse benchmark: {SEED_PDF} not found (../shared is not beside the repository)")
        return []
    from disclosures.parsing import parse_disclosure

    data = SEED_PDF.read_bytes()
    parse_disclosure(data, filename=SEED_PDF.name)  # warm imports and caches (gazetteer, OpenCC)
    ours = _median_seconds(lambda: parse_disclosure(data, filename=SEED_PDF.name), runs=15)
    baseline = _median_seconds(lambda: naive_baseline(data), runs=5)
    ratio = ours / baseline
    rows = [
        ("parse 004 PDF (15 pages), median", ours, "≤ 0.200 s", "ok" if ours <= 0.2 else "MISSED"),
        ("naive pdfplumber text+tables, median", baseline, "baseline", ""),
        ("ratio ours / baseline", ratio, "≤ 0.25×", "ok" if ratio <= 0.25 else "MISSED"),
    ]
    print("Parsing")
    for name, value, target, verdict in rows:
        shown = f"{value:.3f}×" if name.startswith("ratio") else f"{value:.3f} s"
        print(f"  {name:<40} {shown:>10}   target {target:<10} {verdict}")
    return rows


if __name__ == "__main__":
    main()
