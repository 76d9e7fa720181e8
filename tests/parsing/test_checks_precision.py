"""The precision gate of the whole check engine: on every hand-checked corpus document (the variants, consistent
unless their expectation says otherwise; the seeds, as PDF and as text; the realdocs), every failed check of severity
error or warning is one the document's truth lists. Then the hand-made inputs behind the false alarms this gate
found, each fixed at its cause."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from disclosures.parsing import ParseError, parse_disclosures
from disclosures.parsing.checks import run_checks
from disclosures.parsing.text import Line
from disclosures.parsing.types import Figure, FunctionLine, ParsedDisclosure

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHARED = Path(__file__).resolve().parents[3] / "shared"
D = Decimal

# Every true finding of the seeds (by file stem, the same for the PDF and the text rendition): (rule, severity) → count
# and why it is true. Pages differ between the renditions, so they are pinned for the realdocs only.
SEEDS: dict[str, dict[tuple[str, str], tuple[int, str]]] = {
    "000_0373972d906b157f": {("PR-PROC-BOUND", "warning"): (1, "procurement not paid from 一般公共预算 exceeds the only other income (上年结余)")},
    "001_87115e93e4775f59": {("PR-REPEAT", "warning"): (1, "基本支出's change is printed as two different amounts"),
                             ("PR-PROC-BOUND", "warning"): (1, "procurement outside 一般公共预算 while all income is 一般公共预算")},
    "002_50d364e82f50197f": {("IE-CHG-BAL", "error"): (1, "the expenditure change contradicts the income change of a balanced budget")},
    "004_feab6608d999c91e": {("TB-HIER", "error"): (1, "row 301 leaves out two of its sub-rows (奖金, 绩效工资)"),
                             ("PT-PROC", "error"): (1, "the prose puts 0 under 一般公共预算 procurement, the table all 24.00"),
                             ("CP-TABLES", "warning"): (2, "the 附表 list names two tables the document does not print"),
                             ("TB-DUP", "warning"): (1, "表二 is printed twice")},
}
# The realdocs: (rule, severity, page) → why it is true (their truth's consistency lines).
REALDOCS: dict[str, dict[tuple[str, str, int], str]] = {
    "205fe267e8.pdf": {("PT-ITEM", "error", 6): "item 社会福利事业单位 differs from its 项 row",
                       ("FM-CODE-NAME", "warning", 6): "class 210 under its superseded name",
                       ("FM-CODE-NAME", "warning", 14): "non-standard economic codes and names under 302 and 303"},
    "7709dd0f29.pdf": {("CP-TABLES", "warning", 2): "the listed 支出决算表 is missing (a planted problem)",
                       ("TB-EMPTY", "error", 15): "the 三公 table was emptied while the prose states 0.95",
                       ("PT-TOTAL", "error", 18): "收入支出总计 stated as 0",
                       ("PR-PCT", "error", 18): "a −1.87% change on a total stated as 0",
                       ("PR-SHARE", "warning", 19): "71.73% stated for 71.65%",
                       ("PR-DIR", "warning", 19): "决算数大于 said of an actual below its budget",
                       ("PR-DIR", "warning", 20): "决算数大于 said of an actual below its budget",
                       ("PR-DIR", "warning", 21): "决算数等于 said of an actual below its budget",
                       ("FM-PLACEHOLDER", "warning", 7): "XX left for the unit's name",
                       ("FM-YEAR", "warning", 18): "a 2023 heading in the 2024 决算",
                       ("FM-YEAR", "warning", 24): "assets dated at the end of 2023 in the 2024 决算"},
    "8f34519435.pdf": {("PT-TOTAL", "error", 21): "财政拨款收入支出总计 stated as 0.3 against the table's 2,961.68",
                       ("PR-SHARE", "warning", 21): "71.73% stated for 71.65%"},
    "ee47ac5b96.pdf": {("IE-CHG-BAL", "warning", 7): "income and expenditure changes against different bases"},
    "f45a18365f.pdf": {("TB-EMPTY", "error", 31): "a filled table whose note calls it empty",
                       ("PR-DIR", "warning", 6): "a fall explained by an increase",
                       ("PR-PCT", "error", 7): "a 100% increase on a zero base",
                       ("PR-REPEAT", "error", 9): "one item's heading and body give different amounts"},
}


def _documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".json") and p.suffix != ".py")


def _failed(path: Path) -> list[tuple[str, str, int | None]]:
    try:
        results = parse_disclosures(path)
    except ParseError:
        return []  # a refused file (template, other genre) has no checks
    return sorted(((c.rule, c.severity, c.page) for result in results for c in result.checks
                   if c.outcome == "fail" and c.severity in ("error", "warning")), key=str)


FOLDERS = sorted(p.name for p in FIXTURES.glob("variants*") if p.is_dir())


# Corpus documents written consistent whose findings are true by CHECKS.md all the same: (rule, severity, page) → why.
CORPUS_TRUE: dict[str, dict[tuple[str, str, int | None], str]] = {
    # the member library's statement says its 0.80 is all 公务接待费 and names neither 出国 nor 公务用车: SG-ITEMS
    # asks for each item with an amount or an explicit 0 (one finding per missing item)
    "variants9_pdf/p04_xiangyun_culture_department_with_library.pdf": {
        ("SG-ITEMS", "warning", 4): "出国 and 公务用车 not named (one finding each) in the library's statement"},
    # the 收支总表 (in 元) prints its two 类 rows 5,612,400.00 + 512,000.00 = 6,124,400.00 under a 支出总计 of
    # 6,124,000.00 (the words: 612.40万元): TB-TOTAL, read once the all-funds 收支总表's 类 rows are summed
    "variants9_pdf/p02_shangli_tongmu_clinic_unit_yuan_tables.pdf": {
        ("TB-TOTAL", "error", 3): "the 收支总表's 类 rows add to 400 元 more than its 支出总计"},
}


@pytest.mark.parametrize("folder", FOLDERS)
def test_it_raises_no_error_or_warning_on_the_consistent_corpus(folder: str) -> None:
    raised = {path.name: found for path in _documents(FIXTURES / folder) if (found := _failed(path))}
    allowed = {name.split("/", 1)[1]: found for name, found in CORPUS_TRUE.items() if name.startswith(folder + "/")}
    assert {name: sorted(set(found), key=str) for name, found in raised.items()} == \
        {name: sorted(found, key=str) for name, found in allowed.items()}


@pytest.mark.parametrize("rendition", ["pdf", "text"])
def test_it_raises_exactly_the_seed_truths_errors_and_warnings(rendition: str) -> None:
    folder = SHARED / "seeds" / rendition
    if not folder.exists():
        pytest.skip("../shared is not mounted")
    raised = {path.stem: dict(Counter((rule, severity) for rule, severity, _ in found))
              for path in _documents(folder) if (found := _failed(path))}
    assert raised == {stem: {key: count for key, (count, _) in truths.items()} for stem, truths in SEEDS.items()}


def test_it_raises_exactly_the_realdocs_truths_errors_and_warnings() -> None:
    folder = SHARED / "realdocs" / "pdf"
    if not folder.exists():
        pytest.skip("../shared is not mounted")
    raised = {path.name: found for path in _documents(folder) if (found := _failed(path))}
    assert raised == {name: sorted(truths, key=str) for name, truths in REALDOCS.items()}


# ---- the causes of the false alarms the gate found --------------------------------------------------------------

def _final(**figures: Figure) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2023, kind="决算", scope="部门", figures=dict(figures))


def _lines(scope: str, table: str | None, *pairs: tuple[str, str, str]) -> list[FunctionLine]:
    return [FunctionLine(name, D(value), code, page=2, fund_scope=scope, table=table) for code, name, value in pairs]


def _exp_sum(result: ParsedDisclosure):
    return [c for c in run_checks(result) if c.rule == "IE-EXP-SUM"]


CLASSES = (("201", "一般公共服务支出", "90.00"), ("208", "社会保障和就业支出", "8.00"))


def test_it_sums_a_statements_classes_against_its_expenditure_total_not_the_income_beside_them() -> None:
    caption = "某县测试局收入支出决算总表"
    result = _final()
    result.expenditure_by_function = _lines("全口径", caption, *CLASSES)
    result.table_figures = [
        Figure("general_budget_appropriation", D("100.00"), display_scale=2, origin="table", table=caption,
               fund_scope="一般公共预算财政拨款", side="收入"),
        Figure("expenditure_total", D("98.00"), display_scale=2, origin="table", table=caption, fund_scope="全口径")]
    check = _exp_sum(result)[0]
    assert (check.outcome, [f["value"] for f in check.figures]) == ("pass", ["98", "90", "8"])


def test_it_does_not_sum_final_accounts_spending_against_the_appropriation_received() -> None:
    received = Figure("general_budget_appropriation", D("100.00"), display_scale=2, origin="table", side="收入",
                      fund_scope="一般公共预算财政拨款", source="某表 · 一般公共预算财政拨款收入")
    result = _final(general_budget_appropriation=received)
    result.expenditure_by_function = _lines("一般公共预算财政拨款", "某县测试局一般公共预算财政拨款支出决算表", *CLASSES)
    assert [(c.outcome, c.severity) for c in _exp_sum(result)] == [("insufficient_data", "error")]
    received.side = "支出"  # 一般公共预算财政拨款支出 stated in the prose: the spending itself
    assert [(c.outcome, c.severity) for c in _exp_sum(result)] == [("fail", "warning")]


def test_it_does_not_sum_general_budget_classes_against_all_appropriations() -> None:
    broader = Figure("general_budget_appropriation", D("98.00"), display_scale=2, fund_scope="财政拨款")
    result = _final(general_budget_appropriation=broader)
    result.kind = "预算"
    result.expenditure_by_function = _lines("一般公共预算财政拨款", None, *CLASSES)
    assert [c.outcome for c in _exp_sum(result)] == ["insufficient_data"]
    broader.fund_scope = "一般公共预算财政拨款"
    assert [c.outcome for c in _exp_sum(result)] == ["pass"]


class _Doc:
    def __init__(self, *texts: str):
        self.lines = [Line(text, 1, text, list(range(len(text)))) for text in texts]


def _shares(*texts: str):
    return [c for c in run_checks(_final(), _Doc(*texts)) if c.rule == "PR-SHARE"]


def test_it_reads_a_share_of_the_amounts_own_budget_as_a_completion_rate_not_a_share_of_another_budget() -> None:
    text = ("本年一般公共预算财政拨款支出500.00万元，占调整预算的98.0%。其中某项调整预算400.00万元。",)
    assert _shares(*text) == []
    named = _shares("某项支出合计600.00万元。本年一般公共预算财政拨款支出500.00万元，占某项支出合计的90.0%。")
    assert [(c.outcome, c.severity, [f["value"] for f in c.figures]) for c in named] == [
        ("fail", "error", ["500.00", "600.00", "90.0%"])]


def test_it_does_not_hold_final_accounts_appropriation_received_against_the_spending_tables_total() -> None:
    received = Figure("general_budget_appropriation", D("100.00"), display_scale=2, fund_scope="一般公共预算财政拨款",
                      side="收入", source="一般公共预算财政拨款收入100.00万元")
    result = _final(general_budget_appropriation=received)
    result.table_figures = [Figure("general_budget_appropriation", D("96.00"), display_scale=2, origin="table",
                                   table="某县测试局一般公共预算财政拨款支出决算表", fund_scope="一般公共预算财政拨款",
                                   side="支出")]
    checks = [c for c in run_checks(result) if c.rule == "IE-GB"]
    assert [c.outcome for c in checks] == ["insufficient_data"]
    result.kind = "预算"  # a budget's appropriation is spent as received: the same amount on both sides
    assert [(c.outcome, c.severity) for c in run_checks(result) if c.rule == "IE-GB"] == [("fail", "error")]


def test_it_adds_the_spending_changes_of_final_accounts_only_to_a_spending_change() -> None:
    scope = "一般公共预算财政拨款"
    result = _final(general_budget_appropriation=Figure("general_budget_appropriation", D("100.00"), D("12.00"),
                                                        display_scale=2, fund_scope=scope, side="收入"),
                    basic_expenditure=Figure("basic_expenditure", D("60.00"), D("3.00"), display_scale=2, fund_scope=scope),
                    project_expenditure=Figure("project_expenditure", D("36.00"), D("5.00"), display_scale=2, fund_scope=scope))
    assert [c for c in run_checks(result) if c.rule == "IE-CHG-BP"] == []
    result.figures["general_budget_appropriation"].side = "支出"
    assert [(c.outcome, c.severity) for c in run_checks(result) if c.rule == "IE-CHG-BP"] == [("fail", "error")]
