"""Time of the check engine (issue 9) on real parse results.

1. Every check (figure and text checks) on the parse result of the 26-page realdocs PDF ee47ac5b96, its document
   already loaded (parsing is bench_parse's business). Target: ≤ 50 ms.
2. Rechecking 1,000 stored disclosures: the figure checks recomputed and the text checks carried over, on the five
   seeds' and seven realdocs' parse results in turn (the database read is not included). Target: ≤ 30 s.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SHARED = REPO.parent / "shared"
PDF = SHARED / "realdocs" / "pdf" / "ee47ac5b96.pdf"


def main() -> list[tuple[str, float, str, str]]:
    from disclosures.parsing import parse_disclosure
    from disclosures.parsing.checks import recheck, run_checks
    from disclosures.parsing.document import load_document

    print("Checks")
    if not PDF.exists():
        print(f"  skipped: {PDF} not found (../shared is not beside the repository)")
        return []
    data = PDF.read_bytes()
    result = parse_disclosure(data, filename=PDF.name)
    document = load_document(data, filename=PDF.name)
    checks = run_checks(result, document)
    samples = []
    for _ in range(15):
        start = time.perf_counter()
        run_checks(result, document)
        samples.append(time.perf_counter() - start)
    once = statistics.median(samples)

    stored = []
    for path in sorted((SHARED / "seeds" / "pdf").glob("*.pdf")) + sorted((SHARED / "realdocs" / "pdf").glob("*.pdf")):
        try:
            parsed = parse_disclosure(path)
        except Exception:  # noqa: BLE001 - the blank template is refused: not a stored disclosure
            continue
        stored.append((parsed, [c.to_json() for c in parsed.checks]))
    start = time.perf_counter()
    for i in range(1000):
        parsed, kept = stored[i % len(stored)]
        recheck(parsed, kept)
    thousand = time.perf_counter() - start

    rows = [
        (f"all checks on ee47ac5b96 ({len(checks)} checks), median", once, "≤ 0.050 s", "ok" if once <= 0.05 else "MISSED"),
        ("recheck 1,000 stored disclosures (figures only, no DB)", thousand, "≤ 30 s", "ok" if thousand <= 30 else "MISSED"),
    ]
    for name, value, target, verdict in rows:
        print(f"    {name:<58} {value * 1000:>9.1f} ms   target {target:<10} {verdict}")
    return rows


if __name__ == "__main__":
    main()
