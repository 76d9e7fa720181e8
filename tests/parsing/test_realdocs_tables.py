"""The 附表 of the real Shanghai PDFs in ../shared/realdocs against their hand-checked truth.

Only what the truth takes from the tables is asserted here (基本/项目支出 from the 支出 table's 合计 row, the
expenditure_by_function 类 rows, the “三公” cells); prose and identity are other modules' tests.
"""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from disclosures.parsing.attachments import read_tables
from disclosures.parsing.document import load_document
from tests.conftest import SHARED

REALDOCS = SHARED / "realdocs"
SANGONG = ("sangong_total", "outbound_travel", "vehicle_purchase", "vehicle_operation", "vehicle_total", "reception")

pytestmark = pytest.mark.skipif(
    not (REALDOCS / "truth").is_dir(),
    reason="../shared/realdocs is not beside the repository; real documents are never copied into it",
)


def _names() -> list[str]:
    if not (REALDOCS / "truth").is_dir():
        return []
    return sorted(p.stem for p in (REALDOCS / "truth").glob("*.json"))


def _truth(name: str) -> dict:
    return json.loads((REALDOCS / "truth" / f"{name}.json").read_text(encoding="utf-8"), parse_float=Decimal)


@pytest.fixture(scope="module")
def tables():
    cache = {}

    def get(name: str):
        if name not in cache:
            truth = _truth(name)
            document = load_document((REALDOCS / "pdf" / f"{name}.pdf").read_bytes(), filename=f"{name}.pdf")
            cache[name] = read_tables(document, year=truth["year"], kind=truth["kind"]), truth
        return cache[name]

    return get


def _with_figures() -> list[str]:
    return [name for name in _names() if _truth(name)["figures"]]


@pytest.mark.parametrize("name", _with_figures())
def test_it_reads_basic_and_project_expenditure_as_the_truth_has_them(tables, name):
    result, truth = tables(name)
    for metric in ("basic_expenditure", "project_expenditure"):
        found = [f for f in result.figures if f.metric == metric]
        all_funds = [f for f in found if f.fund_scope == "全口径"] or found
        assert all_funds, f"{metric} not read"
        assert {f.value for f in all_funds} == {truth["figures"][metric]["value"]}
        assert all(f.table and f.row and f.column and f.page for f in all_funds)


@pytest.mark.parametrize("name", _with_figures())
def test_it_reads_expenditure_by_function_from_the_class_rows(tables, name):
    result, truth = tables(name)
    got = {line.name: line.value for line in result.expenditure_by_function}
    assert got == truth["expenditure_by_function"]
    assert all(line.code and len(line.code) == 3 and line.level == "类" for line in result.expenditure_by_function)
    assert len(result.function_lines) > len(result.expenditure_by_function)


@pytest.mark.parametrize("name", _with_figures())
def test_it_reads_the_sangong_cells_as_the_truth_has_them(tables, name):
    result, truth = tables(name)
    cells = {f.metric: f for f in result.figures if f.metric in SANGONG and f.period == "本年"}
    for metric in SANGONG:
        if metric not in truth["figures"]:
            continue
        expected = truth["figures"][metric]["value"]
        if truth["kind"] == "预算":
            assert cells[metric].value == expected, metric
        elif metric in cells:
            # 决算: blank actual cells stay unknown unless the row's sums confirm them; never another number.
            assert cells[metric].value in (None, expected), metric


@pytest.mark.parametrize("name", _with_figures())
def test_it_reads_the_economic_lines_with_personnel_and_public_subtotals(tables, name):
    result, _ = tables(name)
    subtotals = {line.name: line.value for line in result.economic_lines if line.code is None}
    classes = [line for line in result.economic_lines if line.code and len(line.code) == 3]
    if not classes:
        pytest.skip("this document prints no 基本支出 economic table")
    assert set(subtotals) == {"人员经费", "公用经费"}
    # The 工资福利 and 对个人和家庭 classes are 人员经费; 商品和服务 (and 资本性) are 公用经费: the sums must meet.
    assert sum(line.value for line in classes) == subtotals["人员经费"] + subtotals["公用经费"]


def test_it_reads_no_figures_from_the_blank_template():
    template = [name for name in _names() if not _truth(name)["figures"]]
    if not template:
        pytest.skip("no template in ../shared/realdocs")
    document = load_document((REALDOCS / "pdf" / f"{template[0]}.pdf").read_bytes(), filename="template.pdf")
    result = read_tables(document, year=2024, kind="决算")
    assert [f for f in result.figures if f.value is not None] == []
    assert result.function_lines == [] and result.economic_lines == []


@pytest.mark.parametrize("name", _with_figures())
def test_it_reads_function_lines_whose_classes_items_and_total_add_up(tables, name):
    result, _ = tables(name)
    lines = result.function_lines
    total = next(f for f in result.figures
                 if f.metric == "general_budget_appropriation" and f.table == lines[0].table and f.row in ("合计", "总计"))
    # Tables in 元 add up exactly; tables printed in 万元 (决算) carry each cell's rounding to 0.01.
    step = Decimal(0) if total.source_unit == "元" else Decimal("0.01")

    def close(parts: list[Decimal], whole: Decimal) -> bool:
        return abs(sum(parts) - whole) <= step * len(parts)

    assert close([line.value for line in lines if line.level == "类"], total.value)
    for parent in (line for line in lines if line.level in ("类", "款")):
        depth = 5 if parent.level == "类" else 7
        children = [c.value for c in lines if len(c.code) == depth and c.code.startswith(parent.code)]
        if children:
            assert close(children, parent.value), parent.code


def _tables_of(tables, name: str):
    if name not in _names():
        pytest.skip(f"{name} is not in ../shared/realdocs")
    return tables(name)[0]


def test_it_names_a_class_the_final_accounts_print_differently_in_two_tables(tables):
    # 8f34519435 prints 社会保障和就业支出 as 326.71 in its 收入支出决算总表 and 326.72 in the function table.
    result = _tables_of(tables, "8f34519435")
    assert [w for w in result.warnings if w.startswith("附表之间不一致")] == [
        "附表之间不一致：社会保障和就业支出在“收入支出决算总表”中为326.71万元，在“一般公共预算财政拨款支出决算表”中为326.72万元"]


def test_it_names_the_sangong_table_the_corrupted_copy_left_without_numbers(tables):
    result = _tables_of(tables, "7709dd0f29")
    assert "附表“财政拨款“三公”经费支出决算表”（第15页）没有填写任何数字，也没有说明原因" in result.warnings
    clean = _tables_of(tables, "8f34519435")
    assert not [w for w in clean.warnings if "没有填写任何数字" in w]
