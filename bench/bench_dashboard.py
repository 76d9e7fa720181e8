"""Dashboard benchmark: compare-view server time, XLSX export time and SQL queries per page.

Generates 1,000 departments × 5 years of 部门预算 disclosures (13 figures each, 65,000 Figure rows) in a throw-away
SQLite file database in a temp dir (bulk_create for the 5,000 disclosures, raw executemany for the figures), then
times the views through Django's test Client: median of 7 runs after one warm-up.

Baselines, measured in the same run on the same data:
- compare pages: the same comparison loaded the naive way — ORM objects row by row (each department's disclosures,
  then each disclosure's figures, one query per object), building one dict per row; data loading only, no
  analysis, charts or HTML. The ratio is our whole page against that load alone.
- XLSX: the same rows written with openpyxl's normal (not write-only) workbook, cell by cell, each header and
  number cell given its own style objects — what a first attempt does. Our export includes every sheet, the
  baseline only 全部数据's columns on one sheet. The whole workbook is also written with both of our writers (the
  row-XML splice and plain openpyxl write-only cells), to show whether the splice is still needed.

Besides wall time (the targets), the median CPU time of this process is printed per scenario with its ratio to the
baseline's: on a machine other work loads, wall times swing 2–3× between runs, CPU times far less.

    .venv/bin/python bench/bench_dashboard.py        # or main() from bench/run.py
"""
from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parents[1]
UNITS = 1_000
YEARS = (2020, 2021, 2022, 2023, 2024)
REGIONS = 40
RUNS = 7
BASELINE_RUNS = 3
TARGETS_MS = {"compare_20": 100.0, "compare_1000": 400.0, "xlsx_1000": 1500.0}
METRIC_NAMES = ("sangong_total", "outbound_travel", "reception", "vehicle_operation", "vehicle_purchase",
                "operating_costs", "basic_expenditure", "project_expenditure", "expenditure_total",
                "staff_authorized", "staff_actual", "vehicles_count")


def setup_django(db_path: Path) -> None:
    """Django on a fresh SQLite file (test settings, DATABASE_URL pointing at `db_path`)."""
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")
    import django
    from django.apps import apps

    if not apps.ready:
        django.setup()


def generate() -> list[int]:
    """Migrate, then create regions, department types, departments, disclosures, source files and figures."""
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from disclosures.models import Department, DepartmentType, Disclosure, Figure, Region, SourceFile

    call_command("migrate", verbosity=0, interactive=False)
    per_region = UNITS // REGIONS
    with transaction.atomic():
        regions = Region.objects.bulk_create(
            [Region(name=f"模拟{i:02d}县", province="重庆市") for i in range(REGIONS)])
        types = DepartmentType.objects.bulk_create(
            [DepartmentType(name=f"模拟部门{j:02d}") for j in range(per_region)])
        departments = Department.objects.bulk_create([
            Department(region=region, name=f"{region.name}模拟部门{j:02d}", department_type=types[j])
            for region in regions for j in range(per_region)
        ])
        now = timezone.now()
        disclosures = Disclosure.objects.bulk_create([
            Disclosure(department=d, title_name=d.name, year=year, kind="预算", scope="部门",
                       member_units=[f"{d.name}（本级）", f"{d.name}下属中心"], parser_version="bench",
                       parsed_at=now)
            for d in departments for year in YEARS
        ], batch_size=2000)
        source_table, figure_table = SourceFile._meta.db_table, Figure._meta.db_table
        sources, figures = [], []
        for number, x in enumerate(disclosures):
            sources.append((x.pk, f"sources/{x.pk:064d}.pdf", f"{x.pk:064x}",
                            f"{x.title_name}{x.year}年部门预算.pdf", 1, 8, "parsed", "", "{}", "bench", now))
            base = Decimal(50 + (number // len(YEARS)) % 97) + Decimal(x.year - 2020) * Decimal("1.5")
            parts = {"outbound_travel": Decimal("0"), "reception": base * Decimal("0.3"),
                     "vehicle_operation": base * Decimal("0.7"), "vehicle_purchase": Decimal("0")}
            values = {
                "sangong_total": sum(parts.values()), **parts, "operating_costs": base * 4,
                "basic_expenditure": base * 20, "project_expenditure": base * 15, "expenditure_total": base * 35,
                "staff_authorized": Decimal(30 + number % 20), "staff_actual": Decimal(25 + number % 20),
                "vehicles_count": Decimal(3 + number % 5),
            }
            for metric, value in values.items():
                # the change each document states: the difference from last year's figure (三公 grows 1.5 a year,
                # 运行经费 6), so the years a change implies agree with the documents that state them
                change = {"sangong_total": "1.500000", "operating_costs": "6.000000"}.get(metric)
                figures.append((x.pk, metric, str(value.quantize(Decimal("0.000001"))), change,
                                "模拟增减原因" if metric == "sangong_total" else "", 3,
                                f"{x.year}年{metric}模拟原文"))
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {source_table} (disclosure_id, file, sha256, segment, original_name, size, pages, status, "
                "conflict_detail, parsed, parser_version, imported_at) VALUES (%s,%s,%s,0,%s,%s,%s,%s,%s,%s,%s,%s)",
                sources,
            )
            cursor.executemany(
                f"INSERT INTO {figure_table} (disclosure_id, metric, period, origin, is_primary, value, change, "
                "reason, not_applicable, note, source_unit, exp_scope, fund_scope, page, source_text, corrected, "
                "table_caption, row_label, column_label) "
                "VALUES (%s,%s,'本年','prose',1,%s,%s,%s,0,'','万元','total','',%s,%s,0,'','','')",
                figures,
            )
    return [d.pk for d in departments]


def naive_rows(department_ids: list[int]) -> list[dict[str, Any]]:
    """Baseline: the latest disclosure of each department and its figures, ORM objects row by row."""
    from disclosures.models import Department

    rows = []
    for department in Department.objects.filter(pk__in=department_ids).order_by("name"):
        disclosure = department.disclosures.order_by("-year").first()
        row: dict[str, Any] = {"单位": department.name, "地区": department.region.name, "年度": disclosure.year}
        for figure in disclosure.figures.filter(is_primary=True, period="本年"):
            row[figure.metric] = figure.value
        rows.append(row)
    return rows


def naive_xlsx(rows: list[list[Any]], headers: list[str]) -> bytes:
    """Baseline: a normal openpyxl workbook written cell by cell with fresh style objects per cell."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "汇总"
    for column, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=column, value=header)
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="E8EEF5")
    for row_number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column, value=value)
            if isinstance(value, (int, float, Decimal)):
                cell.number_format = "#,##0.00"
                cell.font = Font(name="Calibri")
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


CPU_MS: dict[str, float] = {}  # scenario → median CPU time of this process (ms): steadier than wall time on a
# machine other work loads


def _median_ms(func: Callable[[], Any], runs: int, name: str | None = None) -> float:
    func()  # warm-up
    samples, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        func()
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    if name:
        CPU_MS[name] = statistics.median(cpu)
    return statistics.median(samples)


def _page(client: Any, url: str, name: str | None = None) -> tuple[float, int, int]:
    """(median ms over RUNS, queries per request, response bytes); the CPU median goes to CPU_MS[name]."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    ms = _median_ms(lambda: client.get(url), RUNS, name)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return ms, len(captured), len(response.content)


def measure() -> tuple[dict[str, Any], float]:
    """All timings on a generated database; returns (results, generation seconds)."""
    from django.conf import settings
    from django.test import Client

    from comparisons import analysis, exports, selectors

    # Not setup_test_environment(): its instrumented template rendering would inflate the page times.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    started = time.perf_counter()
    ids = generate()
    generated_s = time.perf_counter() - started
    client = Client()
    twenty_ids = ids[:: UNITS // 20][:20]
    twenty = "&".join(f"subjects=d{pk}" for pk in twenty_ids)
    results: dict[str, Any] = {
        "compare_20": _page(client, f"/compare/?{twenty}", "compare_20"),
        "compare_1000": _page(client, "/compare/", "compare_1000"),
        "compare_1000_sorted_p7": _page(client, "/compare/?sort=-operating_per_authorized&page=7", "compare_1000_sorted_p7"),
        "xlsx_1000": _page(client, "/compare/export.xlsx", "xlsx_1000"),
        "csv_1000": _page(client, "/compare/export.csv", "csv_1000"),
    }
    results["naive_20"] = _median_ms(lambda: naive_rows(twenty_ids), BASELINE_RUNS, "naive_20")
    results["naive_1000"] = _median_ms(lambda: naive_rows(ids), BASELINE_RUNS, "naive_1000")
    wide = selectors.wide_figures_df(metrics=analysis.BASE_METRICS, departments_only=True, provenance=True)
    result = analysis.compare(wide)
    columns = exports.SUMMARY_KEYS
    rows = exports._sheet_rows(result.frame, columns)
    results["naive_xlsx_1000"] = _median_ms(
        lambda: naive_xlsx(rows, [analysis.COLUMN_LABELS[k] for k in columns]), BASELINE_RUNS,
        "naive_xlsx_1000")
    # the same workbook (every sheet) written two ways: the row-XML splice and plain openpyxl write-only cells
    for writer in ("splice", "openpyxl"):
        results[f"xlsx_writer_{writer}"] = _median_ms(lambda: exports.comparison_xlsx(
            result.frame, wide, history=result.history, comparison=result, writer=writer), BASELINE_RUNS)
    results["json_1000"] = _page(client, "/api/compare/", "json_1000")
    return results, generated_s


def main() -> list[tuple[str, Any, str, str]]:
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="bench-dashboard-"))
    try:
        setup_django(tmp / "bench.sqlite3")
        results, generated_s = measure()
        from django.db import connection

        connection.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    (c20, q20, _b20), (c1000, q1000, b1000) = results["compare_20"], results["compare_1000"]
    sorted_ms, q_sorted, _ = results["compare_1000_sorted_p7"]
    xlsx_ms, q_xlsx, xlsx_bytes = results["xlsx_1000"]
    csv_ms = results["csv_1000"][0]
    rows: list[tuple[str, Any, str, str]] = [
        ("compare page, 20 units (ms)", round(c20, 1), "≤ 100 ms", verdict(c20 <= 100)),
        ("  ratio vs naive ORM row-by-row load", round(c20 / results["naive_20"], 2),
         f"baseline {results['naive_20']:.1f} ms", ""),
        ("compare page, all 1,000 units (ms)", round(c1000, 1), "≤ 400 ms", verdict(c1000 <= 400)),
        ("  ratio vs naive ORM row-by-row load", round(c1000 / results["naive_1000"], 2),
         f"baseline {results['naive_1000']:.1f} ms", ""),
        ("compare 1,000, sorted, page 7 (ms)", round(sorted_ms, 1), "≤ 400 ms", verdict(sorted_ms <= 400)),
        ("XLSX export, 1,000 units (ms)", round(xlsx_ms, 1), "≤ 1,500 ms", verdict(xlsx_ms <= 1500)),
        ("  ratio vs naive openpyxl cell-by-cell", round(xlsx_ms / results["naive_xlsx_1000"], 2),
         f"baseline {results['naive_xlsx_1000']:.1f} ms", ""),
        ("  workbook writer: row-XML splice (ms)", round(results["xlsx_writer_splice"], 1), "", ""),
        ("  workbook writer: plain openpyxl (ms)", round(results["xlsx_writer_openpyxl"], 1),
         f"splice is {results['xlsx_writer_openpyxl'] / results['xlsx_writer_splice']:.1f}× faster", ""),
        ("CSV export, 1,000 units (ms)", round(csv_ms, 1), "—", ""),
        ("JSON (/api/compare/), 1,000 units (ms)", round(results["json_1000"][0], 1), "—", ""),
        ("SQL queries per compare page, 20 vs 1,000", f"{q20} vs {q1000}", "constant", verdict(q20 == q1000)),
        ("SQL queries, sorted page 7 / XLSX", f"{q_sorted} / {q_xlsx}", "constant",
         verdict(q_sorted == q1000)),
    ]
    print(f"Dashboard: {UNITS:,} departments × {len(YEARS)} years ({UNITS * len(YEARS) * len(METRIC_NAMES):,} figures) generated in "
          f"{generated_s:.1f} s; median of {RUNS} runs (baselines {BASELINE_RUNS}); page 1,000 = {b1000:,} bytes, "
          f"XLSX = {xlsx_bytes:,} bytes")
    for name, value, target, mark in rows:
        print(f"  {name:<44} {str(value):>12}   {target:<22} {mark}")
    print("  CPU time of this process, median (ms): " + ", ".join(
        f"{name} {ms:.0f}" for name, ms in CPU_MS.items()))
    print("  CPU ratios vs the naive baselines: " + ", ".join(
        f"{name} {CPU_MS[name] / CPU_MS[base]:.2f}" for name, base in (
            ("compare_20", "naive_20"), ("compare_1000", "naive_1000"), ("xlsx_1000", "naive_xlsx_1000"))
        if name in CPU_MS and CPU_MS.get(base)))
    print(f"  bench wall time {time.perf_counter() - started:.1f} s")
    return rows


if __name__ == "__main__":
    main()
