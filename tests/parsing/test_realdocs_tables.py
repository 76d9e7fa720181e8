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
