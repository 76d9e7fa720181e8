"""Rules for money printed in more than one unit and for totals the words list (blind corpus 56): an amount restated
in another unit in brackets, a share of a whole printed in 亿元, an income list that says what the total is made of
(构成为), the parts a 其中 list names against their whole, a 决算's two sides when no grand total is printed, a change
framed twice by 与上年相比, a year opening a sentence about the unit's own money, and a web table whose blank rows
kept their tabs. Each on small statements written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing.checks.changes import change_on_last_year
from disclosures.parsing.checks.rates import pr_share
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.totals import final_totals, listed_parts_within_whole
from disclosures.parsing.checks.wording import ie_inc_sum, restated_in_brackets
from disclosures.parsing.checks.years import fm_year
from disclosures.parsing.text import text_tables
from disclosures.parsing.types import Figure, ParsedDisclosure
from tests.parsing.lines import Line


def _result(kind: str = "预算", year: int = 2025, figures: dict | None = None) -> ParsedDisclosure:
    result = ParsedDisclosure(unit="某县林业局", year=year, kind=kind, scope="部门")
    result.figures = figures or {}
    return result


def _run(rule, lines: list[str], **kwargs) -> list[tuple[str, str, str]]:
    view = text_of([Line(line) for line in lines])
    return [(c.rule, c.outcome, c.severity) for c in rule(_result(**kwargs), view)]


# --- PR-REPEAT: an amount and its restatement in another unit in the brackets after it ----------------------------

@pytest.mark.parametrize(("line", "expected"), [
    # 元 rounded to 万元 agrees; a slipped digit in either printing does not
    ("基本支出1,204.56万元（12,045,612.30元），占六成。", [("PR-REPEAT", "pass", "error")]),
    ("基本支出1,240.56万元（12,045,612.30元），占六成。", [("PR-REPEAT", "fail", "error")]),
    ("基本支出1,204.56万元（12,405,612.30元）。", [("PR-REPEAT", "fail", "error")]),
    # the other way round, and 亿元 over 万元 (its half-step is 50万元)
    ("项目支出3,310,000.00元（331.00万元）。", [("PR-REPEAT", "pass", "error")]),
    ("支出合计2.36亿元（23,640.18万元）。", [("PR-REPEAT", "pass", "error")]),
    ("支出合计2.36亿元（23,240.18万元）。", [("PR-REPEAT", "fail", "error")]),
    # at the edge: 元 rounding to the next cent of 万元 is a rounding, not a slip
    ("公务接待费4.21万元（42,149.99元）。", [("PR-REPEAT", "pass", "error")]),
    ("公务接待费4.21万元（42,150.01元）。", [("PR-REPEAT", "fail", "error")]),
    # not read: the same unit in the brackets (last year's amount), a share, words before the bracketed amount
    ("公务接待费4.21万元（上年5.00万元）。", []),
    ("公务接待费4.21万元（5.00万元）。", []),
    ("公务接待费4.21万元（占3.1%）。", []),
])
def test_an_amount_restated_in_another_unit_converts(line: str, expected: list) -> None:
    assert _run(restated_in_brackets, [line]) == expected


def test_a_slipped_restatement_quotes_both_printings() -> None:
    view = text_of([Line("基本支出1,240.56万元（12,045,612.30元）。")])
    [check] = restated_in_brackets(_result(), view)
    assert "1,240.56万元" in check.message and "12,045,612.30元" in check.message and "1204.56万元" in check.message


# --- PR-SHARE: a share of a whole the sentence prints in 亿元 ---------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("2025年支出预算合计3.20亿元，其中基本支出20,480.00万元，占64.00%；项目支出11,520.00万元，占36.00%。",
     [("PR-SHARE", "pass", "warning"), ("PR-SHARE", "pass", "warning")]),
    # two digits swapped in the share: off by far more than the 亿元's half-step allows
    ("2025年支出预算合计3.20亿元，其中基本支出20,480.00万元，占46.00%；项目支出11,520.00万元，占36.00%。",
     [("PR-SHARE", "fail", "error"), ("PR-SHARE", "pass", "warning")]),
    # at the edge: 3.20亿元 may be 31,950 to 32,050万元, so 20,480 is 63.90% to 64.10% of it
    ("支出合计3.20亿元，其中基本支出20,480.00万元，占64.10%。", [("PR-SHARE", "pass", "warning")]),
    ("支出合计3.20亿元，其中基本支出20,480.00万元，占64.30%。", [("PR-SHARE", "fail", "warning")]),
    # not read: the 亿元 amount is in another sentence
    ("支出合计3.20亿元。基本支出20,480.00万元，占46.00%。", []),
])
def test_a_share_of_a_whole_printed_in_yi(line: str, expected: list) -> None:
    assert _run(pr_share, [line]) == expected


# --- IE-INC-SUM: a total and the sources its sentence says it is made of ----------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("2025年收入预算总额1,650.40万元，构成为：一般公共预算拨款1,500.00万元，事业收入100.40万元，上年结转50.00万元。",
     [("IE-INC-SUM", "pass", "error")]),
    ("2025年收入预算总额1,705.40万元，构成为：一般公共预算拨款1,500.00万元，事业收入100.40万元，上年结转50.00万元。",
     [("IE-INC-SUM", "fail", "error")]),
    ("2025年收入预算合计1,650.40万元，收入构成如下：一般公共预算拨款1,500.00万元，事业收入150.40万元。",
     [("IE-INC-SUM", "pass", "error")]),
    # at the edge: a cent short of the sum is within the printed half-steps
    ("2025年收入预算总额1,650.41万元，构成为：一般公共预算拨款1,500.00万元，事业收入150.40万元。",
     [("IE-INC-SUM", "fail", "info")]),
    # not read: the list is of the spending (构成 of 支出), not of income
    ("2025年支出预算合计1,650.40万元，构成为：基本支出1,500.00万元，项目支出150.40万元。", []),
])
def test_an_income_total_and_what_it_is_made_of(line: str, expected: list) -> None:
    assert _run(ie_inc_sum, [line]) == expected


# --- IE-SCOPE-LE: the parts a 其中 list names cannot add up to more than their whole ----------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("政府性基金预算支出420.00万元，包括城乡社区支出300.00万元、债务付息支出160.00万元。", [("IE-SCOPE-LE", "fail", "error")]),
    ("政府性基金预算支出420.00万元，其中：城乡社区支出300.00万元，债务付息支出120.00万元。", []),
    # a list may leave parts out: less than the whole is not read
    ("政府性基金预算支出420.00万元，其中：城乡社区支出300.00万元，债务付息支出20.00万元。", []),
    # at the edge: a cent over is within the printed half-steps (a hint, no error)
    ("政府性基金预算支出420.00万元，其中：城乡社区支出300.00万元，债务付息支出120.01万元。", [("IE-SCOPE-LE", "fail", "info")]),
    # not read: a class listed beside its own 款 (two levels), a change among the parts, a count
    ("支出合计500.00万元，其中：教育支出400.00万元，普通教育支出300.00万元，职业教育支出100.00万元。", []),
    ("项目支出420.00万元，其中：培训费300.00万元，比上年增加160.00万元。", []),
    ("车辆5辆，其中：一般公务用车4辆，执法用车3辆。", []),
    # parts another rule adds up (IE-BP, IE-INC-SUM): not reported twice
    ("本年支出合计420.00万元，其中基本支出300.00万元，项目支出210.00万元。", []),
    ("本年收入合计420.00万元，其中：一般公共预算拨款收入400.00万元，事业收入30.00万元。", []),
    # semicolons close clauses unless the list is opened by a colon and set off by semicolons throughout
    ("支出合计420.00万元，其中基本支出300.00万元，项目支出100.00万元；年末结转和结余50.00万元。", []),
])
def test_listed_parts_within_their_whole(line: str, expected: list) -> None:
    assert _run(listed_parts_within_whole, [line]) == expected


# --- D-001: a 决算's two sides when the words print neither 收入总计 nor 支出总计 -------------------------------------

_INCOME = "2024年度本年收入合计2,310.50万元，其中一般公共预算财政拨款收入2,200.50万元，事业收入110.00万元；年初结转和结余40.00万元。"


@pytest.mark.parametrize(("lines", "expected"), [
    ([_INCOME, "本年支出合计2,300.00万元，其中基本支出1,800.00万元，项目支出500.00万元；年末结转和结余50.50万元。"],
     [("D-001", "pass", "error")]),
    ([_INCOME, "本年支出合计2,300.00万元，其中基本支出1,800.00万元，项目支出500.00万元；年末结转和结余55.00万元。"],
     [("D-001", "fail", "error")]),
    # at the edge: a cent apart is within the four half-steps
    ([_INCOME, "本年支出合计2,300.00万元；年末结转和结余50.51万元。"], [("D-001", "fail", "info")]),
    # not read: a term either side may also hold is named (结余分配), or a part is not stated
    ([_INCOME, "本年支出合计2,300.00万元；结余分配10.00万元；年末结转和结余40.50万元。"], []),
    ([_INCOME, "本年支出合计2,300.00万元。"], []),
])
def test_a_final_account_balances_without_its_grand_totals(lines: list[str], expected: list) -> None:
    assert _run(final_totals, lines, kind="决算", year=2024) == expected


def test_a_budget_is_not_read_for_the_final_balance() -> None:
    lines = [_INCOME, "本年支出合计2,300.00万元；年末结转和结余55.00万元。"]
    assert _run(final_totals, lines, kind="预算", year=2024) == []


# --- PR-PCT: a change framed by 与上年相比 and made again after its subject ------------------------------------------

def _income(value: str, unit: str = "万元", scale: int = 2) -> dict:
    factor = Decimal(10000) if unit == "亿元" else Decimal(1)
    return {"income_total": Figure("income_total", Decimal(value) * factor, display_scale=scale, source_unit=unit)}


@pytest.mark.parametrize(("line", "figures", "expected"), [
    ("与上年决算相比，本年收入比上年减少120.00万元，下降5.88%。", _income("1920.00"), [("PR-PCT", "pass", "error")]),
    ("与上年决算相比，本年收入比上年减少120.00万元，下降8.55%。", _income("1920.00"), [("PR-PCT", "fail", "error")]),
    # a total printed in 亿元: its half-step (50万元) widens the interval of the rate
    ("与上年相比，本年收入比上年减少120.00万元，下降5.88%。", _income("0.19", "亿元"), [("PR-PCT", "pass", "error")]),
    # at the edge: 5.80% lies just outside 120 / 2040 (5.88%), a warning rather than an error
    ("与上年决算相比，本年收入比上年减少120.00万元，下降5.80%。", _income("1920.00"), [("PR-PCT", "fail", "warning")]),
    # not read: the frame names the 年初预算 while the change is on last year (two bases); no total stated
    ("与年初预算相比，本年收入比上年减少120.00万元，下降8.55%。", _income("1920.00"), []),
    ("与上年决算相比，本年收入比上年减少120.00万元，下降8.55%。", {}, []),
])
def test_a_change_framed_twice_by_last_year(line: str, figures: dict, expected: list) -> None:
    checks = [c for c in change_on_last_year(_result("决算", 2024, figures), text_of([Line(line)]))]
    assert [(c.rule, c.outcome, c.severity) for c in checks] == expected


def test_a_budgets_bare_this_year_income_is_not_its_total() -> None:
    line = "与上年相比，本年收入比上年减少120.00万元，下降8.55%。"
    assert list(change_on_last_year(_result("预算", 2024, _income("1920.00")), text_of([Line(line)]))) == []


# --- FM-YEAR: a year opening a sentence about the unit's own money, named with the unit's kind -------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("（一）机关运行经费。2023年局机关运行经费86.20万元，主要用于办公费。", [("FM-YEAR", "fail", "warning")]),
    ("（一）机关运行经费。2025年局机关运行经费86.20万元，主要用于办公费。", []),
    ("（二）政府采购。2022年本委政府采购预算40.00万元。", [("FM-YEAR", "fail", "warning")]),
    # the year before is a 预算's to speak of (last year's figures)
    ("（一）机关运行经费。2024年局机关运行经费80.00万元。", []),
])
def test_a_year_before_the_units_own_money(line: str, expected: list) -> None:
    assert [c for c in _run(fm_year, [line], year=2025) if c[0] == "FM-YEAR"] == expected


# --- parser: a web table's row whose cells after the label are blank keeps the table whole ----------------------------

def test_a_row_of_blank_cells_does_not_cut_a_text_table() -> None:
    page = "\n".join(["2025年“三公”经费支出表", "单位：万元", "项目\t上年预算数\t本年预算数", "合计\t6.20\t5.10",
                      "因公出国（境）费\t \t ", "公务接待费\t6.20\t5.10", "", "某县林业局"])
    [table] = text_tables(page, page=1)
    assert table.unit == "万元" and "三公" in table.caption
    assert table.grid[2] == ["因公出国（境）费", "", ""] and table.grid[3] == ["公务接待费", "6.20", "5.10"]


@pytest.mark.parametrize("line", [
    "因公出国（境）费\t ",  # narrower than the rows around it
    "因公出国（境）费\t1.00\t ",  # a cell filled: an ordinary row (read as one already)
])
def test_only_a_blank_row_as_wide_as_its_table_is_kept(line: str) -> None:
    page = "\n".join(["单位：万元", "项目\t上年\t本年", "合计\t6.20\t5.10", line, "公务接待费\t6.20\t5.10"])
    grids = [table.grid for table in text_tables(page, page=1)]
    if "1.00" in line:
        assert len(grids) == 1 and grids[0][2] == ["因公出国（境）费", "1.00", ""]
    else:
        assert len(grids) == 1 and len(grids[0]) == 2  # the narrow line closes the table; one row after it is none
