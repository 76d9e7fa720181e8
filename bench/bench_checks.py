"""Time of the check engine (issue 9) on real parse results.

1. Every check (figure and text checks) on the parse result of the 26-page realdocs PDF ee47ac5b96, its document
   freshly loaded before each run (loading and parsing are bench_parse's business). Target: ≤ 50 ms.
2. Rechecking 1,000 stored disclosures as a user does it: `manage.py check_disclosures --all` (call_command), end to
   end — reading every disclosure with its figures and lines from the database, the figure checks recomputed, the
   text checks carried over, the cross-document checks (last year, 部门 vs 单位) rerun, every result written back.
   The database is a throw-away SQLite file holding 1,000 copies of the seeds' and realdocs' parse results: each
   result is stored once through the importer's own mapping (services.disclosure_save_parsed), then copied row for
   row to 200 groups × 5 consecutive years (a made-up department each, a 单位 document's under the 部门 of the group
   before it), so four documents in five have last year's to check against and units have their 部门's. Target:
   ≤ 30 s on 2 cores.
   Baseline, measured in the same run: the same 1,000 rechecks on the parse results in memory (figures only, no
   database, no cross-document checks), which is what the number means without storage.

    .venv/bin/python bench/bench_checks.py        # or main() from bench/run.py
"""
from __future__ import annotations

import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SHARED = REPO.parent / "shared"
PDF = SHARED / "realdocs" / "pdf" / "ee47ac5b96.pdf"
STORED = 1_000
YEARS_PER_DEPARTMENT = 5
CPU_S: dict[str, float] = {}  # CPU seconds of this process: steadier than wall time on a machine other work loads


def stored_parses() -> list:
    """The parse results of every seed and realdocs PDF (the blank template is refused: not a stored disclosure)."""
    from disclosures.parsing import ParseError, parse_disclosure

    found = []
    for path in sorted((SHARED / "seeds" / "pdf").glob("*.pdf")) + sorted((SHARED / "realdocs" / "pdf").glob("*.pdf")):
        try:
            found.append(parse_disclosure(path))
        except ParseError:
            continue
    return found


def figures_only(parsed: list) -> float:
    """Seconds for the 1,000 rechecks on the results in memory (the baseline)."""
    from disclosures.parsing.checks import recheck

    kept = [[c.to_json() for c in result.checks] for result in parsed]
    start, start_cpu = time.perf_counter(), time.process_time()
    for i in range(STORED):
        recheck(parsed[i % len(parsed)], kept[i % len(parsed)])
    CPU_S["in_memory"] = time.process_time() - start_cpu
    return time.perf_counter() - start


def store(parsed: list) -> int:
    """Each result stored once by the importer's mapping, then copied row for row to STORED disclosures (200 groups
    × 5 years); the originals are removed, so exactly STORED remain. Returns that count."""
    from django.core.management import call_command
    from django.db import transaction

    from disclosures.models import Department, Disclosure, EconomicLine, Figure, FunctionLine, Headcount, Region, Scope, Unit
    from disclosures.services import disclosure_save_parsed

    call_command("migrate", verbosity=0, interactive=False)
    ids = [disclosure_save_parsed(parsed=result).disclosure_id for result in parsed]
    templates = list(Disclosure.objects.filter(pk__in=ids).values())
    children = {model: list(model.objects.filter(disclosure_id__in=ids).values())
                for model in (Figure, FunctionLine, EconomicLine, Headcount)}
    groups = STORED // YEARS_PER_DEPARTMENT
    with transaction.atomic():
        region = Region.objects.create(name="基准测试县", province="基准省")
        departments = Department.objects.bulk_create(
            [Department(region=region, name=f"基准测试部门{g:03d}") for g in range(groups)])
        # a 单位 document's copies go under the 部门 of the group before it, in that group's years, so the 部门 vs
        # 单位 checks (XD-PART) run too
        plan: list[tuple[Department, dict, int]] = []  # (department, template, last year)
        for g in range(groups):
            template = templates[g % len(templates)]
            if template["scope"] == Scope.UNIT and plan:
                plan.append((plan[-1][0], template, plan[-1][2]))
            else:
                plan.append((departments[g], template, template["year"] or 2024))
        unit_groups = [g for g, (_, template, _) in enumerate(plan) if template["scope"] == Scope.UNIT]
        units = dict(zip(unit_groups, Unit.objects.bulk_create(
            [Unit(department=plan[g][0], name=f"{plan[g][0].name}下属单位{g:03d}") for g in unit_groups])))
        copies, sources = [], []
        for g, (department, template, last) in enumerate(plan):
            for k in range(YEARS_PER_DEPARTMENT):
                fields = {key: value for key, value in template.items() if key not in ("id", "department_id", "unit_id")}
                fields.update(department=department, unit=units.get(g), year=last - YEARS_PER_DEPARTMENT + 1 + k,
                              title_name=units[g].name if g in units else department.name)
                copies.append(Disclosure(**fields))
                sources.append(template["id"])
        copies = Disclosure.objects.bulk_create(copies, batch_size=500)
        for model, rows in children.items():
            by_template: dict[int, list[dict]] = {}
            for row in rows:
                by_template.setdefault(row["disclosure_id"], []).append(
                    {key: value for key, value in row.items() if key not in ("id", "disclosure_id")})
            model.objects.bulk_create([model(disclosure_id=copy.pk, **fields) for copy, source in zip(copies, sources)
                                       for fields in by_template.get(source, [])], batch_size=2000)
        Disclosure.objects.filter(pk__in=ids).delete()
    return Disclosure.objects.count()


def recheck_stored() -> tuple[float, str]:
    """Seconds for `check_disclosures --all`, and its closing summary line."""
    from django.core.management import call_command

    out = io.StringIO()
    start, start_cpu = time.perf_counter(), time.process_time()
    call_command("check_disclosures", "--all", stdout=out)
    seconds = time.perf_counter() - start
    CPU_S["stored"] = time.process_time() - start_cpu
    return seconds, out.getvalue().strip().splitlines()[-1]


def main() -> list[tuple[str, float, str, str]]:
    from disclosures.parsing import parse_disclosure
    from disclosures.parsing.checks import run_checks
    from disclosures.parsing.document import load_document

    print("Checks")
    if not PDF.exists():
        print(f"  skipped: {PDF} not found (../shared is not beside the repository)")
        return []
    data = PDF.read_bytes()
    result = parse_disclosure(data, filename=PDF.name)
    checks = run_checks(result, load_document(data, filename=PDF.name))
    samples = []
    for _ in range(15):
        # a document loaded afresh each time: a Document keeps the engine's reading of its words for later runs,
        # which a user's single check of a new file never has
        document = load_document(data, filename=PDF.name)
        start = time.perf_counter()
        run_checks(result, document)
        samples.append(time.perf_counter() - start)
    once = statistics.median(samples)

    parsed = stored_parses()
    baseline = figures_only(parsed)
    tmp = Path(tempfile.mkdtemp(prefix="bench-checks-"))
    try:
        from bench.bench_dashboard import setup_django

        setup_django(tmp / "bench.sqlite3")
        started = time.perf_counter()
        count = store(parsed)
        stored_s = time.perf_counter() - started
        stored, summary = recheck_stored()
        from django.db import connection

        connection.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    rows = [
        (f"all checks on ee47ac5b96 ({len(checks)} checks), median", once, "≤ 0.050 s", "ok" if once <= 0.05 else "MISSED"),
        (f"check_disclosures --all, {count:,} stored disclosures", stored, "≤ 30 s", "ok" if stored <= 30 else "MISSED"),
        ("  baseline: 1,000 rechecks in memory (figures only, no DB)", baseline, "baseline", ""),
    ]
    print(f"  {count:,} copies of {len(parsed)} parse results stored in {stored_s:.1f} s; the command said: {summary}")
    for name, value, target, verdict in rows:
        print(f"    {name:<58} {value:>9.3f} s    target {target:<10} {verdict}")
    print(f"    {'  ratio stored / in memory':<58} {stored / baseline:>9.2f} ×")
    print(f"    {'  CPU time: stored, in memory, ratio':<58} {CPU_S['stored']:>7.2f} s, {CPU_S['in_memory']:.2f} s, "
          f"{CPU_S['stored'] / CPU_S['in_memory']:.2f}×")
    return rows


if __name__ == "__main__":
    main()
