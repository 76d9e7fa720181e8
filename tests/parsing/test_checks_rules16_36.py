"""Readings fixed for the thirty-sixth blind corpus of the check engine (issue 9, checks_heldout36). Inputs are made
up for these tests (invented unit, wording and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing import parse_disclosures
from disclosures.parsing.__init__ import _under_general_heading


def _statement(*, general_part: str = "", spending_part: str = "", performance: str = "", table: str = "") -> str:
    """A small 决算 statement of an invented bureau; the 一般公共预算 part and the tables vary by test."""
    return (
        "青石县示例服务中心2023年度部门决算\n\n"
        "一、基本情况\n青石县示例服务中心为县政府直属事业单位，实有人员20人。\n\n"
        "二、收入支出决算总体情况说明\n"
        "2023年度收入总计1,500.00万元，支出总计1,500.00万元。其中本年收入合计1,400.00万元，年初结转和结余100.00万元；"
        "本年支出合计1,300.00万元，年末结转和结余200.00万元。\n\n"
        "三、支出决算情况说明\n" + (spending_part or "本年支出合计1,300.00万元，其中：基本支出500.00万元，项目支出800.00万元。")
        + "\n\n四、一般公共预算财政拨款支出决算情况说明\n" + general_part + "\n\n"
        "五、其他重要事项的情况说明\n" + (performance or "本年度机关运行经费支出30.00万元。") + "\n\n" + table
    )


def _general(classes: str = "按支出功能分类，城乡社区支出（类）700.00万元，占70.00%。", split: str = "") -> str:
    return ("2023年度一般公共预算财政拨款支出年初预算为950.00万元，支出决算为1,000.00万元，完成年初预算的105.26%。"
            "决算数大于年初预算数，主要是年中追加了工作经费。\n" + (split or "其中基本支出400.00万元，项目支出600.00万元。")
            + classes)


def _parse(text: str):
    return parse_disclosures(text.encode("utf-8"), filename="statement.txt")[0]


def _failed(result, rule: str) -> list:
    return [c for c in result.checks if c.rule == rule and c.outcome == "fail"]


# --- the heading of a part sets the fund scope of its 按功能分类 sentence unless the sentence names its own ------------

def test_a_class_listed_under_the_general_appropriation_heading_is_of_that_scope() -> None:
    result = _parse(_statement(general_part=_general()))
    lines = result.expenditure_by_function
    assert [(line.name, line.value, line.fund_scope) for line in lines] == [
        ("城乡社区支出", Decimal("700.00"), "一般公共预算财政拨款")]
    # one class of the 一般公共预算 list is not held to the all-funds 本年支出合计 1,300.00
    assert not [c for c in _failed(result, "IE-EXP-SUM") if "1300" in c.message]


def test_a_class_listed_under_the_all_funds_heading_stays_of_all_funds() -> None:
    spending = "本年支出合计1,300.00万元。按支出功能分类，城乡社区支出（类）1,300.00万元。"
    result = _parse(_statement(general_part="2023年度一般公共预算财政拨款支出决算为1,000.00万元。", spending_part=spending))
    assert [(line.value, line.fund_scope) for line in result.expenditure_by_function] == [(Decimal("1300.00"), "全口径")]


def test_a_sentence_under_the_general_heading_that_names_all_funds_keeps_its_own_scope() -> None:
    part = "本年支出合计按支出功能分类，城乡社区支出（类）1,300.00万元。"
    start = part.index("按")
    assert not _under_general_heading(part, start, start + 8, [part])
    bare = "其中基本支出1.00万元。按支出功能分类，城乡社区支出（类）1.00万元。"
    start = bare.index("按")
    assert _under_general_heading(bare, start, start + 8, [bare])
    assert not _under_general_heading(bare, start, start + 8, [])  # no part headed 一般公共预算财政拨款支出


# --- PR-PERF: a 决算's 绩效自评 funds above the 一般公共预算 项目支出 stated a sentence after its total ----------------

_SELF_EVALUATION = "本部门对4个项目开展了绩效自评，涉及一般公共预算项目支出{}万元，自评结果均为良好。"


def test_self_evaluated_funds_above_the_general_project_spending_are_an_error() -> None:
    result = _parse(_statement(general_part=_general(), performance=_SELF_EVALUATION.format("660.00")))
    failed = [c for c in _failed(result, "PR-PERF") if c.severity == "error"]
    assert len(failed) == 1 and "660" in failed[0].message and "600" in failed[0].message


def test_self_evaluated_funds_within_the_general_project_spending_pass() -> None:
    result = _parse(_statement(general_part=_general(), performance=_SELF_EVALUATION.format("560.00")))
    checks = [c for c in result.checks if c.rule == "PR-PERF"]
    assert checks and all(c.outcome == "pass" for c in checks)


def test_no_self_evaluation_bound_without_a_general_project_spending() -> None:
    # the only split is of all funds: the 绩效自评 funds are not held to it as an error
    result = _parse(_statement(general_part="2023年度一般公共预算财政拨款支出决算为1,000.00万元。",
                               performance=_SELF_EVALUATION.format("860.00")))
    assert not [c for c in _failed(result, "PR-PERF") if c.severity == "error"]


# --- PT-MAP: the prose 一般公共预算 基本/项目 split against the 合计 row of a text file's 一般公共预算 table ----------

def _table(total: str = "1,000.00  400.00  600.00", header: str = "科目编码  科目名称  合计  基本支出  项目支出") -> str:
    return ("青石县示例服务中心2023年度一般公共预算财政拨款支出决算表\n单位：万元\n" + header + "\n"
            f"合计  {total}\n212  城乡社区支出  700.00  100.00  600.00\n"
            "21201  城乡社区管理事务  700.00  100.00  600.00\n208  社会保障和就业支出  300.00  300.00  0.00\n"
            "20805  行政事业单位养老支出  300.00  300.00  0.00\n")


def test_a_prose_project_amount_unlike_the_table_total_row_is_an_error() -> None:
    split = "其中基本支出400.00万元，项目支出690.00万元。"
    result = _parse(_statement(general_part=_general(split=split), table=_table()))
    failed = [c for c in _failed(result, "PT-MAP") if "项目支出" in c.name]
    assert len(failed) == 1 and failed[0].severity == "error" and "690" in failed[0].message and "600" in failed[0].message


def test_a_prose_split_equal_to_the_table_total_row_passes() -> None:
    result = _parse(_statement(general_part=_general(), table=_table()))
    checks = [c for c in result.checks if c.rule == "PT-MAP" and ("基本支出" in c.name or "项目支出" in c.name)]
    assert len(checks) == 2 and all(c.outcome == "pass" for c in checks)


def test_a_table_without_basic_and_project_columns_is_not_read_for_the_split() -> None:
    table = _table(total="1,000.00", header="科目编码  科目名称  决算数")
    split = "其中基本支出400.00万元，项目支出690.00万元。"
    result = _parse(_statement(general_part=_general(split=split), table=table))
    assert not [c for c in result.checks if c.rule == "PT-MAP" and "项目支出" in c.name]
