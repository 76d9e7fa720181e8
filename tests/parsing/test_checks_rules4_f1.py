"""Rules fixed for the fourth blind corpus of the check engine (issue 9, checks_heldout4), each on small statements
and tables written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure

# --- IE-BAL: a 预算's 收支总表 with 上年结转 balances on its 总计 rows, not on 本年收入合计 ------------------------------


def summary_page(income_grand: str, spend_grand: str, *, grand_rows: bool = True) -> bytes:
    """A two-sided 部门收支总表: 本年收入合计 300.00 + 上年结转 20.00 = 收入总计; 本年支出合计 320.00."""
    rows = [("一般公共预算拨款收入", "300.00", "一般公共服务支出", "280.00"),
            ("事业收入", "", "住房保障支出", "40.00"),
            ("本年收入合计", "300.00", "本年支出合计", "320.00"),
            ("上年结转", "20.00", "结转下年", "0.00")]
    if grand_rows:
        rows.append(("收入总计", income_grand, "支出总计", spend_grand))
    cells = lambda row: "".join(f"<td>{c}</td>" for c in row)  # noqa: E731
    body = "".join(f"<tr>{cells(row)}</tr>" for row in rows)
    return ("<html><body><h1>某县档案馆2025年部门预算</h1><p>一、收支预算总体情况</p>"
            "<p>2025年收入预算320.00万元，其中一般公共预算拨款收入300.00万元，上年结转20.00万元；支出预算320.00万元。</p>"
            "<p>表1 某县档案馆2025年部门收支总表</p><p>单位：万元</p>"
            f"<table><tr>{cells(('收入项目', '预算数', '支出项目', '预算数'))}</tr>{body}</table></body></html>").encode()


def table_balance(page: bytes) -> list[tuple[str, str, str]]:
    checks = parse_disclosure(page, filename="t.html").checks
    return [(c.outcome, c.severity, c.message) for c in checks if c.rule == "IE-BAL" and "收支总表" in c.message]


def test_a_summary_with_carry_over_balances_on_its_grand_totals() -> None:
    found = table_balance(summary_page("320.00", "320.00"))
    assert [(outcome, severity) for outcome, severity, _ in found] == [("pass", "error")]
    assert "收入总计320" in found[0][2] and "支出总计320" in found[0][2]


@pytest.mark.parametrize(("income", "expected"), [
    ("318.00", ("fail", "error")),   # the 总计 rows themselves disagree: a finding
    ("320.01", ("fail", "info")),    # within the two half-steps
])
def test_grand_totals_that_disagree_still_fail(income: str, expected: tuple[str, str]) -> None:
    assert [(o, s) for o, s, _ in table_balance(summary_page(income, "320.00"))] == [expected]


def test_without_grand_total_rows_the_year_rows_are_still_read() -> None:
    # no 收入总计 row: 本年收入合计 300.00 against 本年支出合计 320.00 is what the table gives
    assert [(o, s) for o, s, _ in table_balance(summary_page("", "", grand_rows=False))] == [("fail", "error")]


# --- IE-EXP-SUM: the classes after "按功能分类" take the funds of the spending total the text last stated ------------

HEAD = "某县自然资源局2025年部门预算说明\n一、部门概况\n本局负责全县自然资源管理。\n二、部门预算情况说明\n"
OVERVIEW = ("(一)收支总体情况\n2025年部门收入预算500.00万元，其中一般公共预算拨款收入300.00万元，政府性基金预算拨款收入"
            "200.00万元。2025年部门支出预算500.00万元。\n")
GENERAL = ("(二)一般公共预算拨款支出情况\n2025年一般公共预算拨款支出300.00万元，比上年增加8.00万元，主要是人员增加。"
           "其中基本支出240.00万元，项目支出60.00万元。按功能分类：一般公共服务支出{first}万元；住房保障支出40.00万元。\n")
SANGONG = "(三)“三公”经费\n“三公”经费预算3.00万元，全部为公务接待费。\n"


def exp_sum(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    result = parse_disclosure(text.encode("utf-8"), filename="statement.txt")
    scopes = sorted({line.fund_scope or "" for line in result.expenditure_by_function})
    return scopes, [(c.outcome, c.severity) for c in result.checks if c.rule == "IE-EXP-SUM"]


@pytest.mark.parametrize(("first", "expected"), [
    ("260.00", ("pass", "error")),
    ("250.00", ("fail", "error")),   # 250 + 40 ≠ 300: a real shortfall against the same funds
    ("260.01", ("fail", "info")),
])
def test_classes_listed_sentences_after_a_general_budget_total_are_that_funds(first: str, expected) -> None:
    scopes, found = exp_sum(HEAD + OVERVIEW + GENERAL.format(first=first) + SANGONG)
    assert scopes == ["一般公共预算财政拨款"]
    assert found == [expected]


def test_classes_after_the_all_funds_total_stay_all_funds() -> None:
    text = HEAD + ("(一)收支总体情况\n2025年部门收入预算500.00万元。2025年部门支出预算500.00万元，比上年增加5.00万元。"
                   "按功能分类：一般公共服务支出460.00万元；住房保障支出40.00万元。\n") + SANGONG
    scopes, found = exp_sum(text)
    assert scopes == ["全口径"]
    assert found == [("pass", "error")]
