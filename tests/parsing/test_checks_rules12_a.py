"""Table, caption and section rules fixed for the eighteenth and nineteenth blind corpora of the check engine (issue 9,
checks_heldout18 and checks_heldout19): a 预算's 财政拨款收支总表 balances and its 类 rows add up to its 本年支出, a
收入总表's 合计 row adds up across its income columns, a parent row the parser cannot place (one part blank) still
equals the sum of its rows in the 合计 column, a caption opened by the unit's own name carries the year FM-YEAR reads, and a table whose only
figures are a 合计 row of zeros is empty. Pages and grids written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.table_sums import tb_hier_total_lines
from disclosures.parsing.checks.summaries import (
    _total_row_terms, _total_suspect, fiscal_summary_balance, fiscal_summary_classes,
)
from disclosures.parsing.checks.presence import _zero_total, tb_empty
from disclosures.parsing.checks.text import TableSpan, text_of
from disclosures.parsing.checks.years import fm_year
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "预算", year: int = 2023) -> ParsedDisclosure:
    return ParsedDisclosure(unit=UNIT, year=year, kind=kind, scope="部门", figures={})


def _failed(rule, *pages: str, kind: str = "预算", year: int = 2023) -> list[tuple[str, str, str]]:
    view = text_of(page_lines(list(pages)))
    return [(c.rule, c.severity, c.message) for c in rule(_result(kind, year), view) if c.outcome == "fail"]


def _passed(rule, *pages: str, kind: str = "预算") -> list[str]:
    view = text_of(page_lines(list(pages)))
    return [c.rule for c in rule(_result(kind), view) if c.outcome == "pass"]


# --- TB-T1: a 预算's 财政拨款收支总表 balances, read from its printed lines -------------------------------------------

FISCAL = ("{caption}\n单位：万元\n收入项目 预算数 支出项目 合计 一般公共预算 政府性基金预算\n"
          "本年收入 {income} 本年支出 {spent} {spent}\n"
          "一般公共预算拨款 {income} 社会保障和就业支出 108.27 108.27\n"
          "政府性基金预算拨款 卫生健康支出 28.46 28.46\n"
          "农林水支出 {farm} {farm}\n住房保障支出 50.62 50.62\n"
          "收入总计 {total} 支出总计 {spent} {spent}\n")


def _fiscal(caption: str = "表4 财政拨款收支总表", income: str = "2,426.42", spent: str = "2,426.42",
            farm: str = "2,239.07", total: str = "2,426.42") -> str:
    return FISCAL.format(caption=caption, income=income, spent=spent, farm=farm, total=total)


@pytest.mark.parametrize("caption", [
    "表4 财政拨款收支总表",  # numbered
    "某县测试局2023年财政拨款收支总表",  # the unit's name and the year
    "四、财政拨款收入支出预算总表",  # 收入支出 for 收支, a part's numbering
])
def test_it_reports_a_fiscal_summary_whose_income_total_is_not_its_spending_total(caption: str) -> None:
    found = _failed(fiscal_summary_balance, _fiscal(caption, total="2,462.24"))
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-T1", "error")]
    assert "2462.24" in found[0][2] and "2426.42" in found[0][2]


def test_a_balanced_fiscal_summary_passes() -> None:
    assert _failed(fiscal_summary_balance, _fiscal()) == []
    assert _passed(fiscal_summary_balance, _fiscal()) == ["TB-T1"]


def test_a_final_account_fiscal_summary_is_left_to_its_own_rule() -> None:
    # a 决算's 总计 rows add 结转和结余 on one side only: not a balance this rule reads
    assert _failed(fiscal_summary_balance, _fiscal(total="2,462.24"), kind="决算") == []


def test_an_all_funds_summary_is_not_a_fiscal_summary() -> None:
    assert _failed(fiscal_summary_balance, _fiscal("表1 部门收支总表", total="2,462.24")) == []


# --- TB-TOTAL: the 类 rows of a 财政拨款收支总表 add up to its 本年支出 --------------------------------------------------

def test_it_reports_class_rows_that_do_not_add_up_to_this_years_spending() -> None:
    found = _failed(fiscal_summary_classes, _fiscal(farm="2,234.07"))
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-TOTAL", "error")]
    assert "2421.42" in found[0][2] and "2426.42" in found[0][2]


@pytest.mark.parametrize("page", [
    # income and spending on one line, a blank income cell before a class (“政府性基金预算拨款卫生健康支出”)
    _fiscal(),
    # the spending side alone on its lines, numbered rows, a total without 本年支出 (then 支出总计 is the whole)
    "表四 财政拨款收支总表\n单位：万元\n收入 预算数 支出 预算数\n一般公共预算 127.08 一、一般公共服务支出 108.18\n"
    "政府性基金预算 二、社会保障和就业支出 9.36\n三、卫生健康支出 3.80\n四、住房保障支出 5.74\n"
    "收入总计 127.08 支出总计 127.08\n",
    # class codes before the names, amounts in 元
    "财政拨款收支总表\n单位：元\n收入 金额 支出 金额\n一般公共预算 1,024,600.00 224灾害防治及应急管理支出 852,400.00\n"
    "政府性基金预算 208社会保障和就业支出 101,280.00\n210卫生健康支出 29,320.00\n221住房保障支出 41,600.00\n"
    "收入总计 1,024,600.00 支出总计 1,024,600.00\n",
])
def test_class_rows_that_add_up_pass(page: str) -> None:
    assert _failed(fiscal_summary_classes, page) == []
    assert _passed(fiscal_summary_classes, page) == ["TB-TOTAL"]


def test_a_shortfall_in_a_numbered_table_is_found() -> None:
    page = ("表4财政拨款收支总表\n单位：万元\n收入 预算数 支出 预算数\n一、本年收入 127.08 一、本年支出 127.08\n"
            "（一）一般公共预算拨款 127.08\n一般公共服务支出 103.18\n社会保障和就业支出 9.36\n卫生健康支出 3.80\n"
            "住房保障支出 5.74\n收入总计 127.08 支出总计 127.08\n")
    found = _failed(fiscal_summary_classes, page)
    assert len(found) == 1 and "122.08" in found[0][2] and "127.08" in found[0][2]


def test_a_class_printed_once_per_fund_is_not_summed() -> None:
    # 一般公共预算 and 政府性基金 each list their 类: the same name twice is two lists, not one
    page = ("财政拨款收支总表\n单位：万元\n收入 预算数 支出 预算数\n一般公共预算 100.00 本年支出 130.00\n"
            "政府性基金预算 30.00 （一）一般公共预算支出 100.00\n城乡社区支出 60.00\n农林水支出 40.00\n"
            "（二）政府性基金预算支出 30.00\n城乡社区支出 30.00\n收入总计 130.00 支出总计 130.00\n")
    assert _failed(fiscal_summary_classes, page) == []


def test_a_longer_name_ending_in_a_class_name_is_no_class_row() -> None:
    # “其他支出” inside an item's name, a 款 code before it: neither is a 类 row of the spending side
    page = ("财政拨款收支总表\n单位：万元\n收入 预算数 支出 预算数\n一般公共预算 50.00 本年支出 50.00\n"
            "一般公共服务支出 30.00\n住房保障支出 20.00\n22999其他支出 5.00\n收入总计 50.00 支出总计 50.00\n")
    assert _failed(fiscal_summary_classes, page) == []


# --- TB-ROW: a 收入总表's 合计 row across its income columns -------------------------------------------------------

SPAN = TableSpan(caption="部门收入总表", printed="表2部门收入总表", first=6, last=6, body=[])
INCOME_HEADER = ["科目编码", "科目名称", "合计", "一般公共预算拨款", "上年结转"]


def test_it_reads_the_total_row_of_an_income_table() -> None:
    grid = [INCOME_HEADER, ["", "合计", "2,825.94", "2,525.94", "30.00"],
            ["214", "交通运输支出", "2,680.66", "2,380.66", "300.00"], ["208", "社会保障和就业支出", "70.12", "70.12", ""]]
    whole, parts = _total_row_terms(grid, SPAN, "万元")
    assert whole.value == Decimal("2825.94")
    assert [(p.label, p.value) for p in parts] == [("一般公共预算拨款", Decimal("2525.94")), ("上年结转", Decimal("30.00"))]


@pytest.mark.parametrize("grid", [
    # a blank cell in the total row: not stated, not summed
    [INCOME_HEADER, ["", "合计", "2,825.94", "2,525.94", ""]],
    # a 其中 column inside another column does not add
    [["科目", "合计", "财政拨款", "其中：教育收费", "事业收入"], ["合计", "90.00", "60.00", "10.00", "30.00"]],
    # one income column only
    [["科目编码", "科目名称", "合计", "一般公共预算拨款"], ["", "合计", "70.12", "70.12"]],
])
def test_it_leaves_a_total_row_it_cannot_read_whole(grid: list[list[str]]) -> None:
    assert _total_row_terms(grid, SPAN, "万元") is None


@pytest.mark.parametrize(("lines", "suspect"), [
    (["合计2,825.942,525.9430.00", "214交通运输支出2,680.662,380.66300.00"], True),
    (["合计2,825.942,525.94300.00"], False),  # adds up: the grid is not read
    (["合计70.1270.12"], False),  # two amounts: nothing to add
])
def test_only_a_total_line_that_may_not_add_up_asks_for_the_grid(lines: list[str], suspect: bool) -> None:
    assert _total_suspect(lines) is suspect


# --- TB-HIER: the 合计 column of a table the parser cannot place every row of, from its printed lines -------------

BASIC = ("表6 一般公共预算基本支出表\n单位：万元\n经济分类科目编码 科目名称 合计 人员经费 公用经费\n合计 517.90 461.76 56.14\n"
         "301 工资福利支出 406.55 406.55\n30101 基本工资 124.30 124.30\n30102 津贴补贴 282.25 282.25\n"
         "302 商品和服务支出 {office} 56.14\n30201 办公费 12.95 12.95\n30299 其他商品和服务支出 43.19 43.19\n"
         "303 对个人和家庭的补助 55.21 55.21\n")


def test_it_reports_a_parent_whose_total_is_not_its_rows_sum() -> None:
    found = _failed(tb_hier_total_lines, BASIC.format(office="72.31"))
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-HIER", "error")]
    assert "302商品和服务支出" in found[0][2] and "72.31" in found[0][2] and "43.19" in found[0][2]


@pytest.mark.parametrize("page", [
    BASIC.format(office="56.14"),
    # 基本/项目 columns, 类 → 款 → 项, rows with one part blank
    "表5 一般公共预算支出表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n201 一般公共服务支出 262.34 223.84 38.50\n"
    "20105 统计信息事务 262.34 223.84 38.50\n2010501 行政运行 223.84 223.84\n2010507 专项普查活动 38.50 38.50\n",
    # amounts in 元
    "基本支出表\n单位：元\n科目编码 科目名称 合计 人员经费 公用经费\n302 商品和服务支出 561,400.00 561,400.00\n"
    "30201 办公费 129,500.00 129,500.00\n30299 其他商品和服务支出 431,900.00 431,900.00\n合计 561,400.00 0.00 561,400.00\n",
])
def test_parents_that_add_up_pass(page: str) -> None:
    assert _failed(tb_hier_total_lines, page) == []


def test_a_parent_whose_rows_may_go_on_over_the_page_is_not_summed() -> None:
    # no 合计 row or note under the last row: 20105's other items may be printed under “表5…（续）”
    page = ("表5 一般公共预算支出表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n201 一般公共服务支出 262.34 223.84 38.50\n"
            "20105 统计信息事务 262.34 223.84 38.50\n2010501 行政运行 223.84 223.84\n2010507 专项普查活动 30.00 30.00\n")
    assert _failed(tb_hier_total_lines, page) == []
    closed = page + "合计 262.34 223.84 38.50\n"
    found = _failed(tb_hier_total_lines, closed)
    assert len(found) == 1 and "20105统计信息事务" in found[0][2] and "253.84" in found[0][2]


def test_a_row_whose_name_wraps_leaves_the_table_unread() -> None:
    page = BASIC.format(office="72.31").replace("30201 办公费 12.95 12.95", "30201 办公费（含印刷\n费） 12.95 12.95")
    assert _failed(tb_hier_total_lines, page) == []


def test_a_table_with_another_amount_column_first_is_left_alone() -> None:
    # 上年预算数 before this year's 合计: a row's first amount is not its 合计
    page = ("支出总表\n单位：万元\n科目编码 科目名称 上年预算数 合计 基本支出 项目支出\n"
            "20105 统计信息事务 200.00 262.34 223.84 38.50\n2010501 行政运行 180.00 223.84 223.84\n"
            "2010507 专项普查活动 20.00 38.50 38.50\n")
    assert _failed(tb_hier_total_lines, page) == []


def test_a_parent_in_yuan_is_reported_in_its_own_unit() -> None:
    page = ("基本支出表\n单位：元\n科目编码 科目名称 合计 人员经费 公用经费\n302 商品和服务支出 723,100.00 561,400.00\n"
            "30201 办公费 129,500.00 129,500.00\n30299 其他商品和服务支出 431,900.00 431,900.00\n合计 723,100.00 0.00 561,400.00\n")
    found = _failed(tb_hier_total_lines, page)
    assert len(found) == 1 and "元" in found[0][2] and "723,100.00" in found[0][2]


# --- FM-YEAR: a caption opened by the unit's own name --------------------------------------------------------------

def _caption_years(line: str, year: int = 2023, kind: str = "预算") -> list[str]:
    page = f"{line}\n单位：万元\n收入项目 预算数\n本年收入 10.00\n"
    return [message for rule, _, message in _failed(fm_year, page, kind=kind, year=year) if "标题" in message]


@pytest.mark.parametrize("line", [
    f"{UNIT}2022年财政拨款收支总表",
    f"表4 {UNIT}2022年财政拨款收支总表",  # numbered, then the unit
    f"{UNIT}（本级）2022年一般公共预算支出表",  # a 部门's own accounts
])
def test_it_reports_a_caption_with_last_years_year_after_the_unit(line: str) -> None:
    found = _caption_years(line)
    assert len(found) == 1 and "2022年" in found[0]


@pytest.mark.parametrize(("line", "kind"), [
    (f"{UNIT}2023年财政拨款收支总表", "预算"),  # the document's own year
    (f"{UNIT}2022年预算执行情况", "预算"),  # last year's execution, reported in a 预算
    ("另一县某局2022年财政拨款收支总表", "预算"),  # another unit's name: not this document's caption
])
def test_a_caption_with_its_own_year_or_about_another_account_passes(line: str, kind: str) -> None:
    assert _caption_years(line, kind=kind) == []


# --- TB-EMPTY: a table whose only figures are zeros in its 合计 row is empty ----------------------------------------

EMPTY = "{caption}\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n{row}\n"


@pytest.mark.parametrize("row", ["合计 0.00 0.00 0.00", "合计 0 0.00 0.00".replace("0 0.00", "0.00 0.00"),
                                 "总计 0.00", "合 计 0.00 0.00 0.00"])
def test_a_table_of_a_zero_total_row_without_a_note_is_empty(row: str) -> None:
    found = _failed(tb_empty, EMPTY.format(caption="表8 政府性基金预算支出表", row=row))
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-EMPTY", "warning")]
    assert "合计行" in found[0][2]  # says why a table with a printed row is empty


def test_a_table_without_any_row_is_empty_without_a_word_on_its_total() -> None:
    found = _failed(tb_empty, "表8 政府性基金预算支出表\n单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n")
    assert len(found) == 1 and "合计行" not in found[0][2]


def test_a_zero_total_row_with_its_note_passes() -> None:
    page = EMPTY.format(caption="表8 政府性基金预算支出表", row="合计 0.00 0.00 0.00") + "注：本部门无政府性基金收支，故本表无数据。\n"
    assert _failed(tb_empty, page) == []


@pytest.mark.parametrize("row", [
    "合计 12.00 12.00 0.00",  # a total that is not zero
    "2120801 征地和拆迁补偿支出 0.00 0.00 0.00",  # a coded row of zeros is a stated row
    "合计城乡社区支出 0.00",  # a label beyond 合计 is a row of its own
])
def test_a_table_with_more_than_a_zero_total_row_is_filled(row: str) -> None:
    assert _failed(tb_empty, EMPTY.format(caption="表8 政府性基金预算支出表", row=row)) == []


@pytest.mark.parametrize(("line", "zero"), [
    ("合计 0.00 0.00 0.00", True), ("合计0.000.000.00", True), ("总计 0.00", True),
    ("合计 0.00 10.00", False), ("合计", False), ("合计年度 0.00", False), ("302 商品和服务支出 0.00", False),
])
def test_zero_total_rows(line: str, zero: bool) -> None:
    assert _zero_total(line) is zero
