"""FM-CODE-NAME on the function 款/项 lines of FUNCTION_DETAIL (issue 9): names written for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks.codes import FUNCTION_DETAIL, detail_mismatches
from disclosures.parsing.types import FunctionLine


@pytest.mark.parametrize(("code", "printed", "wrong"), [
    ("2210201", "住房公积金", False),
    ("2210201", "住房公积金支出", False),                        # a 支出 ending is the same name
    ("2080505", "机关事业单位基本养老保险缴费", False),
    ("2210201", "购房补贴", True),                              # another code's name
    ("2101102", "行政单位医疗", True),                          # a sibling's name, however alike
    ("2080505", "机关事业单位职业年金缴费支出", True),
    ("2130305", "随便什么名字", False),                         # a code the table does not hold is not judged
])
def test_it_judges_the_name_of_a_listed_code(code: str, printed: str, wrong: bool) -> None:
    line = FunctionLine(printed, Decimal("12.00"), code, 3, level="项")
    assert [(l.code, official) for l, official in detail_mismatches([line])] == (
        [(code, FUNCTION_DETAIL[code])] if wrong else [])


def page(name: str) -> bytes:
    rows = [("221", "住房保障支出", "30.00"), ("22102", "住房改革支出", "30.00"), ("2210201", name, "30.00")]
    cells = "".join(f"<tr><td>{c}</td><td>{n}</td><td>{v}</td><td>{v}</td><td>0.00</td></tr>" for c, n, v in rows)
    return ("<html><body><h1>某县审计局2025年部门预算</h1><p>2025年收入预算30.00万元，支出预算30.00万元。</p>"
            "<p>表2 一般公共预算支出表</p><p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td>"
            f"<td>基本支出</td><td>项目支出</td></tr>{cells}</table></body></html>").encode()


def test_it_warns_of_a_detail_line_printed_under_another_codes_name() -> None:
    checks = [c for c in parse_disclosure(page("提租补贴"), filename="t.html").checks if c.rule == "FM-CODE-NAME"]
    assert [(c.outcome, c.severity) for c in checks] == [("fail", "warning")]
    assert "2210201" in checks[0].message and "住房公积金" in checks[0].message and "30.00万元" in checks[0].message


def test_it_passes_the_detail_line_named_as_the_classification_says() -> None:
    checks = [c for c in parse_disclosure(page("住房公积金"), filename="t.html").checks if c.rule == "FM-CODE-NAME"]
    assert [(c.outcome, c.severity) for c in checks] == [("pass", "warning")]
