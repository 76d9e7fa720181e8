"""TB-ROW and TB-HIER read on a table's own grid, every coded row and the 基本/项目 columns (issue 9)."""
from __future__ import annotations

import pytest

from disclosures.parsing import parse_disclosure

ROWS = [("213", "农林水支出", "300.00", "100.00", "200.00"), ("21303", "水利", "300.00", "100.00", "200.00"),
        ("2130301", "行政运行", "100.00", "100.00", "0.00"), ("2130305", "水利工程建设", "200.00", "0.00", "{project}")]
HEADER = ("科目编码", "科目名称", "合计", "基本支出", "项目支出")


def page(project: str, header: tuple[str, ...] = HEADER) -> bytes:
    cells = lambda row: "".join(f"<td>{c}</td>" for c in row)  # noqa: E731
    rows = "".join(f"<tr>{cells(row)}</tr>" for row in ROWS).replace("{project}", project)
    return (f"<html><body><h1>某县水利局2025年部门预算</h1><p>一、收支预算总体情况</p>"
            f"<p>2025年收入预算300.00万元，支出预算300.00万元。</p><p>表2 一般公共预算支出表</p><p>单位：万元</p>"
            f"<table><tr>{cells(header)}</tr>{rows}<tr><td></td><td>合计</td><td>300.00</td><td>100.00</td>"
            f"<td>200.00</td></tr></table></body></html>").encode()


def failed(project: str, rule: str, header: tuple[str, ...] = HEADER) -> list[tuple[str, str]]:
    checks = parse_disclosure(page(project, header), filename="t.html").checks
    return [(c.severity, c.message.split("：")[0]) for c in checks if c.rule == rule and c.outcome == "fail"]


def test_it_passes_rows_and_columns_that_add_up() -> None:
    checks = parse_disclosure(page("200.00"), filename="t.html").checks
    assert [c.outcome for c in checks if c.rule == "TB-ROW" and "各行" in c.message] == ["pass"]
    assert not [c for c in checks if c.rule in ("TB-ROW", "TB-HIER") and c.outcome == "fail"]


def test_it_reports_a_row_whose_total_is_not_basic_plus_project() -> None:
    assert failed("150.00", "TB-ROW") == [("error", "表2一般公共预算支出表2130305水利工程建设行")]


def test_it_reports_a_project_column_whose_item_does_not_add_into_its_section() -> None:
    assert failed("150.00", "TB-HIER") == [("error", "表2一般公共预算支出表项目支出列21303水利与其下级科目之和")]


def test_it_calls_a_cent_inside_the_printed_half_steps_a_rounding_hint() -> None:
    # 200.00 against 0 + 199.99: 0.01 apart, exactly the two printed half-steps (a zero is exact)
    assert [(s, "2130305" in m) for s, m in failed("199.99", "TB-ROW")] == [("info", True)]
    assert [(s, "21303水利" in m) for s, m in failed("199.99", "TB-HIER")] == [("info", True)]
    assert [s for s, _ in failed("199.98", "TB-ROW")] == ["error"]


@pytest.mark.parametrize(("project", "header"), [
    ("", HEADER),                                                    # a blank cell is not stated: no sum is read
    ("150.00", ("科目编码", "科目名称", "合计", "本年预算", "上年预算")),  # no 基本/项目 columns: not this table's rule
])
def test_it_does_not_judge_what_the_table_does_not_state(project: str, header: tuple[str, ...]) -> None:
    assert failed(project, "TB-ROW", header) == []
    assert [m for _, m in failed(project, "TB-HIER", header) if "列" in m] == []
