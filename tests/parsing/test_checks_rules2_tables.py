"""The 基本支出 table's 合计 row read from its printed lines (issue 9, second blind corpus): a table that runs over a
page break keeps its total row on the next page. Rows written for these tests."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from disclosures.parsing.checks.total_lines import tb_total_row_lines
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.types import ParsedDisclosure


@dataclass
class Line:
    text: str
    page: int = 1
    tabular: bool = True


def run(total: str, *, header: str = "科目编码 科目名称 合计 人员经费 公用经费") -> list[tuple[str, str, str, int | None]]:
    lines = [Line("表3 一般公共预算基本支出表", tabular=False), Line("单位：万元"), Line(header),
             Line("301 工资福利支出 500.00 500.00 0.00"), Line("30101 基本工资 500.00 500.00 0.00"),
             Line("302 商品和服务支出 40.00 0.00 40.00"),
             Line("30201 办公费 40.00 0.00 40.00", page=2), Line(total, page=2)]
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    return [(c.rule, c.outcome, c.severity, c.page) for c in tb_total_row_lines(result, text_of(lines))]


@pytest.mark.parametrize(("total", "expected"), [
    ("合计 540.00 500.00 40.00", [("TB-ROW", "pass", "error", 2), ("TB-TOTAL", "pass", "error", 2)]),
    ("合计 504.00 500.00 40.00", [("TB-ROW", "fail", "error", 2), ("TB-TOTAL", "fail", "error", 2)]),
    ("合计540.00500.0041.00", [("TB-ROW", "fail", "error", 2), ("TB-TOTAL", "pass", "error", 2)]),  # cells glued
    ("合计 540.01 500.00 40.00", [("TB-ROW", "fail", "info", 2), ("TB-TOTAL", "fail", "info", 2)]),  # a half-step
    ("合计 540 500 40", []),  # integers glued could split many ways: not read
])
def test_it_adds_the_total_row_on_the_next_page(total: str, expected: list) -> None:
    assert run(total) == expected


def test_it_needs_the_header_that_names_the_columns() -> None:
    assert run("合计 504.00 500.00 40.00", header="科目编码 科目名称 合计 基本支出 项目支出") == []
