"""Rules found missing or wrong on blind corpus 55: a 预算's grand totals when the words also give 本年收入合计 or
last year's 年初预算数, a title whose year alone differs from every caption, and the tables of projects, their
绩效 targets, procurement and purchased services read from their printed lines."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.years import fm_year
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Check, ParsedDisclosure

BUDGET = "某县测试局2025年部门预算情况说明\n二、收支预算总体情况\n"


def _parsed(body: str, head: str = BUDGET):
    return parse_disclosure((head + body).encode())


def _checks(body: str, rule: str, head: str = BUDGET) -> list[Check]:
    return [c for c in _parsed(body, head).checks if c.rule == rule]


def _failed(body: str, rule: str, head: str = BUDGET) -> list[tuple[str, str]]:
    return [(c.outcome, c.severity) for c in _checks(body, rule, head) if c.outcome == "fail"]


# ---- a 预算's 收入总计 is the one that balances its 支出总计 ----------------------------------------------------------

WITH_CARRY = ("2025年部门收入预算总计{income}万元，比上年增加20.00万元。收入包括：一般公共预算拨款收入500.00万元，"
              "上年结转100.00万元。本年收入合计500.00万元，加上年结转后与支出总计相等。\n"
              "2025年部门支出预算总计600.00万元，比上年增加20.00万元。\n")


def test_a_budgets_income_total_is_the_grand_total_not_the_years_own_income() -> None:
    parsed = _parsed(WITH_CARRY.format(income="600.00"))
    assert parsed.figures["income_total"].value == 600
    assert parsed.figures["income_total"].change == 20
    assert _failed(WITH_CARRY.format(income="600.00"), "IE-BAL") == []


def test_a_budgets_grand_totals_that_differ_still_fail() -> None:
    assert ("fail", "error") in _failed(WITH_CARRY.format(income="610.00"), "IE-BAL")


LAST_BUDGET = ("2025年部门收入预算总计500.00万元，比上年减少50.00万元。上年执行中追加了资金，上年实际执行数为700.00万元，"
               "附表“上年预算”一栏仍填列年初预算数550.00万元。\n"
               "2025年部门支出预算总计{spending}万元，比上年减少50.00万元。\n")


def test_last_years_opening_budget_named_in_the_words_is_not_this_years_spending() -> None:
    parsed = _parsed(LAST_BUDGET.format(spending="500.00"))
    assert parsed.figures["expenditure_total"].value == 500
    assert _failed(LAST_BUDGET.format(spending="500.00"), "IE-BAL") == []


def test_this_years_spending_read_past_last_years_budget_still_fails_when_unbalanced() -> None:
    assert ("fail", "error") in _failed(LAST_BUDGET.format(spending="520.00"), "IE-BAL")


# ---- FM-YEAR: a title whose year alone differs from every caption ---------------------------------------------------

def _year_checks(title_year: int, captions: list[int]) -> list[Check]:
    words = (f"某县测试局{title_year}年部门预算情况说明\n一、收支预算总体情况\n"
             f"{captions[0]}年部门收入预算总计100.00万元。\n")
    tables = [f"{year}年部门{name}表\n单位：万元\n项目\t金额\n合计\t100.00\n"
              for year, name in zip(captions, ["收支总", "项目支出预算", "政府采购预算", "政府购买服务预算"])]
    result = ParsedDisclosure(unit="某县测试局", year=title_year, kind="预算", scope="部门", figures={})
    return [c for c in fm_year(result, text_of(page_lines([words, *tables]))) if c.outcome == "fail"]


def test_a_title_year_against_three_captions_of_another_year_is_the_one_warning() -> None:
    [check] = _year_checks(2024, [2025, 2025, 2025])
    assert check.page == 1 and check.severity == "warning"
    assert "2024年部门预算情况说明" in check.message and "2025年" in check.message


def test_title_and_captions_of_one_year_pass() -> None:
    assert _year_checks(2025, [2025, 2025, 2025]) == []


def test_two_captions_are_too_few_to_outweigh_the_title() -> None:
    checks = _year_checks(2024, [2025, 2025])
    assert {c.page for c in checks} >= {2, 3}  # each caption is flagged against the title's year


def test_captions_that_disagree_among_themselves_leave_the_title_year() -> None:
    checks = _year_checks(2024, [2025, 2025, 2024, 2025])
    assert all("情况说明" not in c.message for c in checks) and {2, 3, 5} <= {c.page for c in checks}


# ---- the tables of a budget statement with projects: a web statement of one page, its tables tab-separated ---------

STATEMENT = """某县测试局2025年部门预算情况说明
一、收支预算总体情况
2025年部门收入预算总计300.00万元，比上年增加10.00万元。收入包括：一般公共预算拨款收入280.00万元，上年结转20.00万元。
2025年部门支出预算总计300.00万元，比上年增加10.00万元。按支出性质分，基本支出200.00万元；项目支出{spent}万元。
二、项目支出预算情况
本年安排项目支出100.00万元，分别为：测试甲项目经费{words_a}万元；测试乙项目经费40.00万元。
三、政府购买服务预算情况
2025年安排政府购买服务预算{words_service}万元，具体见附表。
四、附表目录
1.2025年部门收支总表
2.2025年项目支出预算表
3.2025年项目支出绩效目标表
4.2025年政府采购预算表
5.2025年政府购买服务预算表

2025年部门收支总表
单位：万元
收入项目\t2024年预算\t2025年预算\t增减\t支出项目\t2024年预算\t2025年预算\t增减
一般公共预算拨款收入\t275.00\t280.00\t{change}\t一般公共服务支出\t290.00\t300.00\t10.00
本年收入合计\t275.00\t280.00\t5.00\t本年支出合计\t290.00\t300.00\t10.00
上年结转\t15.00\t20.00\t5.00\t结转下年\t0.00\t0.00\t0.00
收入总计\t290.00\t300.00\t10.00\t支出总计\t290.00\t300.00\t10.00

2025年项目支出预算表
单位：万元
项目名称\t合计\t一般公共预算拨款\t上年结转
合计\t{project_total}\t80.00\t20.00
测试甲项目经费\t60.00\t40.00\t20.00
测试乙项目经费\t40.00\t40.00\t0.00

2025年项目支出绩效目标表
单位：万元
项目名称\t年度资金（万元）\t一级指标\t二级指标\t三级指标\t指标值
测试甲项目经费\t{perf_a}\t产出指标\t数量指标\t完成次数\t≥5
\t\t效益指标\t社会效益指标\t知晓率\t≥80%
测试乙项目经费\t40.00\t产出指标\t数量指标\t完成次数\t≥3
合计\t100.00\t\t\t\t
{procurement}
"""

PROCUREMENT = """
2025年政府采购预算表
单位：万元
采购项目\t合计\t货物\t工程\t服务
合计\t50.00\t30.00\t0.00\t20.00
测试甲项目经费\t{row_a}\t20.00\t0.00\t10.00
测试乙项目经费\t20.00\t10.00\t0.00\t10.00
"""

SERVICES = """
2025年政府购买服务预算表
单位：万元
项目名称\t服务类别\t金额
合计\t\t{service_total}
测试甲项目经费\t技术性服务\t20.00
测试乙项目经费\t辅助性服务\t15.00
"""

GOOD = {"spent": "100.00", "words_a": "60.00", "words_service": "35.00", "change": "5.00", "project_total": "100.00",
        "perf_a": "60.00", "row_a": "30.00", "service_total": "35.00"}
TABLE_RULES = ("TB-ROW", "TB-TOTAL", "PT-MAP", "PR-PROC-SUM", "CP-TABLES")


def _statement(*, services: bool = True, **changed: str) -> str:
    values = {**GOOD, **changed}
    procurement = PROCUREMENT.format(**values) + (SERVICES.format(**values) if services else "")
    return STATEMENT.format(procurement=procurement, **values)


def _table_findings(text: str) -> list[Check]:
    return [c for c in parse_disclosure(text.encode()).checks
            if c.rule in TABLE_RULES and c.outcome == "fail" and c.severity in ("error", "warning")]


def _quoted(check: Check) -> set[Decimal]:
    return {Decimal(str(f["value"])) for f in check.figures or []}


def test_a_consistent_statement_with_every_table_passes() -> None:
    checks = parse_disclosure(_statement().encode()).checks
    assert _table_findings(_statement()) == []
    # the new readers did read the tables: they pass, not skip
    assert any(c.rule == "PR-PROC-SUM" and c.outcome == "pass" and "“测试甲项目经费”行" not in c.message for c in checks)
    assert sum(c.rule == "TB-ROW" and c.outcome == "pass" for c in checks) >= 8


def test_a_change_cell_that_is_not_this_year_less_last_year_fails_its_row() -> None:
    [check] = _table_findings(_statement(change="7.00"))
    assert check.rule == "TB-ROW" and check.severity == "error" and Decimal("7.00") in _quoted(check)


def test_a_project_table_total_printed_first_is_held_to_its_rows_and_to_the_words() -> None:
    found = {(c.rule, c.severity) for c in _table_findings(_statement(project_total="110.00"))}
    assert {("TB-TOTAL", "error"), ("TB-ROW", "error"), ("PT-MAP", "error")} <= found


def test_a_project_amount_in_the_words_against_its_row() -> None:
    [check] = _table_findings(_statement(words_a="66.00"))
    assert check.rule == "PT-MAP" and {Decimal("66.00"), Decimal("60.00")} <= _quoted(check)


def test_a_performance_row_against_the_project_table_and_its_own_total() -> None:
    found = _table_findings(_statement(perf_a="70.00"))
    assert {c.rule for c in found} == {"PT-MAP", "TB-TOTAL"}
    assert all(Decimal("70.00") in _quoted(c) for c in found)


def test_a_procurement_row_whose_total_is_not_its_kinds_fails() -> None:
    found = _table_findings(_statement(row_a="35.00"))
    assert ("PR-PROC-SUM", "error") in {(c.rule, c.severity) for c in found}
    assert ("TB-TOTAL", "error") in {(c.rule, c.severity) for c in found}  # the 合计 column no longer adds up


def test_purchased_services_total_first_against_its_rows_and_the_words_of_a_one_page_statement() -> None:
    found = {(c.rule, c.severity) for c in _table_findings(_statement(service_total="40.00"))}
    assert ("TB-TOTAL", "error") in found
    [check] = _table_findings(_statement(words_service="45.00"))
    assert check.rule == "PT-MAP" and {Decimal("45.00"), Decimal("35.00")} <= _quoted(check)


def test_a_table_total_and_the_words_one_hundredth_apart_at_the_same_places_is_a_warning() -> None:
    found = [c for c in _table_findings(_statement(spent="100.01")) if c.rule == "PT-MAP"]
    assert [(c.severity, c.outcome) for c in found] == [("warning", "fail")]
    assert "不是取整误差" in found[0].message


def test_a_listed_table_missing_from_a_numbered_appendix_list_is_a_warning() -> None:
    [check] = _table_findings(_statement(services=False))
    assert check.rule == "CP-TABLES" and check.severity == "warning" and "政府购买服务预算表" in check.message


def test_a_summary_table_without_a_change_column_is_not_read_for_changes() -> None:
    text = _statement().replace("\t增减", "\t备注")
    assert not any("行增减" in c.message for c in parse_disclosure(text.encode()).checks)
