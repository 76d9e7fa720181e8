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
    # the same lead words in the all-funds part, over other classes, are not that part's sentence
    assert not _under_general_heading(bare, start, start + 8, ["按支出功能分类，教育支出（类）9.00万元。"])


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


# --- PR-HEAD-SUM: a headcount split into the office and its member units taken together ------------------------------

from disclosures.parsing.checks.text import text_of  # noqa: E402
from disclosures.parsing.checks.wholes import headcount_split  # noqa: E402
from disclosures.parsing.checks.wording import ie_inc_sum  # noqa: E402
from disclosures.parsing.types import ParsedDisclosure  # noqa: E402
from tests.parsing.lines import Line  # noqa: E402


def _final() -> ParsedDisclosure:
    return ParsedDisclosure(unit="青石县示例局", year=2023, kind="决算", scope="部门")


def _run(rule, *sentences: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in rule(_final(), text_of([Line(s) for s in sentences]))]


def test_an_office_and_its_member_units_that_miss_the_total_are_a_warning() -> None:
    assert _run(headcount_split, "截至2023年末，实有人员42人，其中机关25人、所属事业单位16人。") == [
        ("PR-HEAD-SUM", "fail", "warning")]


def test_an_office_and_its_member_units_that_make_the_total_pass() -> None:
    assert _run(headcount_split, "截至2023年末，实有人员41人，其中局本级25人、下属单位16人。") == [
        ("PR-HEAD-SUM", "pass", "warning")]


def test_an_office_and_one_named_member_unit_may_leave_others_out() -> None:
    # a member named by itself is one of possibly several: the list is not known to be whole
    assert _run(headcount_split, "截至2023年末，实有人员42人，其中机关25人、示例检测站16人。") == []


# --- IE-INC-SUM: sources that each name their fund, and a list with no 其中 -----------------------------------------

def test_fund_named_appropriations_listed_beside_other_income_are_added() -> None:
    got = _run(ie_inc_sum, "本年收入合计900.00万元，其中：一般公共预算财政拨款收入600.00万元，占66.67%；"
                           "政府性基金预算财政拨款收入150.00万元；事业收入及其他收入100.00万元。")
    assert got == [("IE-INC-SUM", "fail", "error")]  # 600 + 150 + 100 = 850 ≠ 900


def test_fund_named_appropriations_that_add_up_pass() -> None:
    got = _run(ie_inc_sum, "本年收入合计900.00万元，其中：一般公共预算财政拨款收入600.00万元；"
                           "政府性基金预算财政拨款收入200.00万元；事业收入100.00万元。")
    assert got == [("IE-INC-SUM", "pass", "error")]


def test_a_bare_appropriation_beside_its_own_fund_part_is_not_added() -> None:
    got = _run(ie_inc_sum, "本年收入合计900.00万元，其中：财政拨款收入800.00万元；一般公共预算财政拨款收入800.00万元；"
                           "事业收入100.00万元。")
    assert got == []


def test_a_total_followed_by_its_sources_without_qizhong_is_added() -> None:
    got = _run(ie_inc_sum, "2023年收入决算总计500.00万元，一般公共预算拨款收入400.00万元，事业收入60.00万元，"
                           "年初结转和结余39.10万元。")
    assert got == [("IE-INC-SUM", "fail", "error")]  # 499.10 ≠ 500.00


def test_a_total_whose_sentence_goes_on_with_a_change_is_not_a_list() -> None:
    got = _run(ie_inc_sum, "2023年收入决算总计500.00万元，比上年增加20.00万元，一般公共预算拨款收入400.00万元。")
    assert got == []


# --- TB-T3: a one-column 基本支出 table stacking 人员经费合计 and 公用经费合计 above their rows ---------------------

def _basic_table(office: str = "20.00") -> str:
    return ("青石县示例服务中心2023年度一般公共预算财政拨款基本支出决算表\n单位：万元\n经济分类科目编码  科目名称  决算数\n"
            "人员经费合计  300.00\n30101  基本工资  180.00\n30102  津贴补贴  90.00\n30302  退休费  30.00\n"
            f"公用经费合计  100.00\n30201  办公费  {office}\n30211  差旅费  50.00\n31002  办公设备购置  30.00\n"
            "基本支出合计  400.00\n")


def _stacked(result) -> list[tuple[str, str]]:
    return [(c.name, c.outcome) for c in result.checks if c.rule == "TB-T3" and "经济分类科目" in c.name]


def test_a_stacked_side_that_its_rows_do_not_fill_is_an_error() -> None:
    result = _parse(_statement(general_part=_general(), table=_basic_table(office="40.00")))
    assert _stacked(result) == [("基本支出表：人员经费等于其经济分类科目之和", "pass"),
                                ("基本支出表：公用经费等于其经济分类科目之和", "fail")]
    assert [c.severity for c in result.checks if c.rule == "TB-T3" and c.outcome == "fail"] == ["error"]


def test_stacked_sides_that_their_rows_fill_pass() -> None:
    result = _parse(_statement(general_part=_general(), table=_basic_table()))
    assert [outcome for _, outcome in _stacked(result)] == ["pass", "pass"]


def test_a_basic_table_with_side_columns_is_not_read_as_stacked() -> None:
    table = ("青石县示例服务中心2023年度一般公共预算财政拨款基本支出决算表\n单位：万元\n科目编码  科目名称  合计  人员经费  公用经费\n"
             "合计  400.00  300.00  100.00\n301  工资福利支出  300.00  300.00\n302  商品和服务支出  100.00  100.00\n")
    assert _stacked(_parse(_statement(general_part=_general(), table=table))) == []

