"""Dashboard benchmark: compare-view server time, XLSX export time and SQL queries per page.

Generates 1,000 departments × 5 years of 部门预算 disclosures (bulk_create) in a throw-away in-memory SQLite
database, then times the views through Django's test Client (median of 7 runs after one warm-up).

    .venv/bin/python bench/bench_dashboard.py        # or main() from bench/run.py
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
UNITS = 1_000
YEARS = (2020, 2021, 2022, 2023, 2024)
REGIONS = 40
RUNS = 7
TARGETS_MS = {"compare_20": 100.0, "compare_1000": 400.0, "xlsx_1000": 1500.0}


def _setup_django() -> None:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")
    import django
    from django.conf import settings

    if not settings.configured or not getattr(django.apps.apps, "ready", False):
        django.setup()


def _generate() -> list[int]:
    """Bulk-create regions, department types, departments, disclosures, source files and figures."""
    from django.utils import timezone

    from disclosures.models import Department, DepartmentType, Disclosure, Figure, Region, SourceFile

    per_region = UNITS // REGIONS
    regions = Region.objects.bulk_create(
        [Region(name=f"模拟{i:02d}县", province="重庆市") for i in range(REGIONS)])
    types = DepartmentType.objects.bulk_create([DepartmentType(name=f"模拟部门{j:02d}") for j in range(per_region)])
    departments = Department.objects.bulk_create([
        Department(region=region, name=f"{region.name}模拟部门{j:02d}", department_type=types[j])
        for region in regions for j in range(per_region)
    ])
    now = timezone.now()
    disclosures = Disclosure.objects.bulk_create([
        Disclosure(department=d, title_name=d.name, year=year, kind="预算", scope="部门",
                   member_units=[f"{d.name}（本级）", f"{d.name}下属中心"], parser_version="bench", parsed_at=now)
        for d in departments for year in YEARS
    ], batch_size=2000)
    SourceFile.objects.bulk_create([
        SourceFile(disclosure=x, file=f"sources/{x.pk:064d}.pdf", sha256=f"{x.pk:064x}",
                   original_name=f"{x.title_name}{x.year}年部门预算.pdf", size=1, pages=8, parsed={},
                   parser_version="bench")
        for x in disclosures
    ], batch_size=2000)
    figures = []
    for number, x in enumerate(disclosures):
        base = Decimal(50 + number % 97) + Decimal(x.year - 2020) * Decimal("1.5")
        parts = {"outbound_travel": Decimal("0"), "reception": base * Decimal("0.3"),
                 "vehicle_operation": base * Decimal("0.7"), "vehicle_purchase": Decimal("0")}
        values = {
            "sangong_total": sum(parts.values()), **parts, "operating_costs": base * 4,
            "basic_expenditure": base * 20, "project_expenditure": base * 15, "expenditure_total": base * 35,
            "staff_authorized": Decimal(30 + number % 20), "staff_actual": Decimal(25 + number % 20),
            "vehicles_count": Decimal(3 + number % 5),
        }
        for metric, value in values.items():
            figures.append(Figure(
                disclosure=x, metric=metric, value=value.quantize(Decimal("0.01")),
                change=Decimal("1.50") if metric in ("sangong_total", "operating_costs") else None,
                reason="模拟增减原因" if metric == "sangong_total" else "", page=3,
                source_text=f"{x.year}年{metric}模拟原文",
            ))
    Figure.objects.bulk_create(figures, batch_size=5000)
    return [d.pk for d in departments]


def _time(client: Any, url: str) -> tuple[float, int, int]:
    """(median ms over RUNS, queries per request, response bytes)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)  # warm-up
    assert response.status_code == 200, (url, response.status_code)
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return statistics.median(samples), len(captured), len(response.content)


def main() -> dict[str, Any]:
    _setup_django()
    from django.db import connection
    from django.conf import settings
    from django.test import Client

    # Not setup_test_environment(): its instrumented template rendering would inflate the page times.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        started = time.perf_counter()
        ids = _generate()
        generated_s = time.perf_counter() - started
        client = Client()
        twenty = "&".join(f"subjects=d{pk}" for pk in ids[:: UNITS // 20][:20])
        results = {
            "compare_20": _time(client, f"/compare/?{twenty}"),
            "compare_1000": _time(client, "/compare/"),
            "xlsx_1000": _time(client, "/compare/export.xlsx"),
            "xlsx_20": _time(client, f"/compare/export.xlsx?{twenty}"),
        }
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    print(f"dashboard benchmark: {UNITS} departments × {len(YEARS)} years generated in {generated_s:.1f} s "
          f"(median of {RUNS} runs)")
    print(f"{'measure':<28}{'median ms':>11}{'target ms':>11}{'ratio':>8}{'queries':>9}{'bytes':>11}")
    for key, (ms, queries, size) in results.items():
        target = TARGETS_MS.get(key)
        ratio = f"{ms / target:.2f}" if target else "—"
        print(f"{key:<28}{ms:>11.1f}{(f'{target:.0f}' if target else '—'):>11}{ratio:>8}{queries:>9}{size:>11,}")
    same = results["compare_20"][1] == results["compare_1000"][1]
    print(f"queries per compare page: 20 units {results['compare_20'][1]}, 1,000 units {results['compare_1000'][1]} "
          f"({'constant' if same else 'NOT constant'})")
    return {key: {"ms": ms, "queries": q, "bytes": b, "target_ms": TARGETS_MS.get(key)}
            for key, (ms, q, b) in results.items()}


if __name__ == "__main__":
    main()
