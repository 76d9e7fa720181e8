"""Table against table, and the prose against the same-scope table (CHECKS.md §1.D–1.F): TB-T1, TT-T1-T2,
TT-T2-T8, TT-T6-T7-T8, PT-GF, PT-FUNC, plus the IE-BAL table balance and the IE-BRIDGE hint.

Tables are told apart by what their captions say, never by their number: 财政拨款收支总表 (表一), the
一般公共预算 expenditure table (表二), 部门/财务收支总表 (表六), 收入总表 (表七), 支出总表 (表八). Pairings follow the
PT-MAP of CHECKS.md only; a 决算's 总计 rows add carry-over and 结余, so the 预算-only identities skip a 决算.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Iterator

from ..types import Check, Figure, ParsedDisclosure
from .core import Term, at_most, coarse_vs_fine, compare, printed_again, term
from .figures import _fig, _printed, all_projects_claimed, rule


def _both_ways(caption: str) -> bool:
    return "收支" in caption or "收入支出" in caption


def is_fiscal_summary(caption: str) -> bool:
    """表一 财政拨款收支总表."""
    return _both_ways(caption) and "财政拨款" in caption


def is_summary(caption: str) -> bool:
    """表六 部门收支总表 / 财务收支预算总表 (all funds)."""
    return _both_ways(caption) and "财政拨款" not in caption and "政府性基金" not in caption and "国有资本" not in caption


def is_general_expenditure(caption: str) -> bool:
    """表二 一般公共预算(财政拨款)支出表 (not the 基本支出 table)."""
    return "一般公共预算" in caption and "支出" in caption and "基本" not in caption and not _both_ways(caption) \
        and "三公" not in caption


def is_expenditure(caption: str) -> bool:
    """表八 部门支出总表 / 支出预算总表 (all funds)."""
    narrower = ("一般公共预算", "财政拨款", "基本", "政府性基金", "国有资本", "项目", "三公", "采购")
    return "支出" in caption and not _both_ways(caption) and not any(word in caption for word in narrower)


def is_income(caption: str) -> bool:
    """表七 部门收入总表."""
    return "收入" in caption and not _both_ways(caption) and "财政拨款" not in caption


def _cells(result: ParsedDisclosure, metric: str, exp_scope: str = "total") -> dict[str, Figure]:
    """This year's cells of one metric, the first per table."""
    found: dict[str, Figure] = {}
    for figure in result.table_figures:
        if (figure.metric == metric and figure.period == "本年" and figure.exp_scope == exp_scope and figure.table
                and figure.value is not None and figure.value >= 0):
            found.setdefault(figure.table, figure)
    return found


def _pick(cells: dict[str, Figure], test) -> Figure | None:
    return next((cell for caption, cell in cells.items() if test(caption)), None)


def _cell_term(figure: Figure, label: str) -> Term:
    return term(figure, f"{figure.table}{label}")


TOTALS = ("income_total", "expenditure_total", "general_budget_appropriation", "basic_expenditure", "project_expenditure",
          "carryover", "gov_fund_appropriation")


def _misread(result: ParsedDisclosure, check: Check, left: Figure, right: Figure) -> Check:
    """An error where one side's amount is another total on the other side (基本 read as 项目, a column shifted) is
    a misread table, not a contradiction in the document (as IE-GB decides): reported as insufficient_data."""
    if check.outcome != "fail" or check.severity != "error":
        return check
    for one, other in ((left, right), (right, left)):
        if other.table:
            elsewhere = {f.value for f in result.table_figures if f.table == other.table and f.value is not None
                         and (f.metric, f.exp_scope) != (other.metric, other.exp_scope)}
        else:
            elsewhere = {f.value for key in TOTALS if key != other.metric and (f := _fig(result, key)) is not None}
        if one.value in elsewhere:
            return Check(check.rule, check.name, "insufficient_data", "error",
                         f"{one.value}与另一处的其他合计数相同，表格列可能错位，未比较", check.figures, check.tolerance,
                         check.page)
    return check


@rule
def table_balance(result: ParsedDisclosure) -> Iterator[Check]:
    """A 预算 balances inside each 收支总表: 收入总计 = 支出总计 (TB-T1 for 表一, IE-BAL for the all-funds one)."""
    if result.kind != "预算":
        return
    income, spend = _cells(result, "income_total"), _cells(result, "expenditure_total")
    for caption, cell in income.items():
        other = spend.get(caption)
        if other is None:
            continue
        fiscal = is_fiscal_summary(caption)
        yield compare("TB-T1" if fiscal else "IE-BAL", "收支总表收入总计等于支出总计",
                      [_cell_term(cell, "收入总计")], [_cell_term(other, "支出总计")], what=f"{caption}收入与支出总计")


@rule
def tt_t1_t2(result: ParsedDisclosure) -> Iterator[Check]:
    """表一's 一般公共预算 amount = 表二's 合计 (a 预算: income and expenditure of the same funds are equal)."""
    if result.kind != "预算":
        return
    cells = _cells(result, "general_budget_appropriation")
    first, second = _pick(cells, is_fiscal_summary), _pick(cells, is_general_expenditure)
    if first is None or second is None:
        return
    yield _misread(result, compare("TT-T1-T2", "财政拨款收支总表的一般公共预算等于一般公共预算支出表合计",
                                   [_cell_term(first, "一般公共预算")], [_cell_term(second, "合计")],
                                   what="两表的一般公共预算"), first, second)


@rule
def tt_t2_t8(result: ParsedDisclosure) -> Iterator[Check]:
    """表二 (一般公共预算) ≤ 表八 (all funds), column by column: never equality (carry-over funds only 表八)."""
    pairs = (("general_budget_appropriation", "expenditure_total", "total", "合计"),
             ("basic_expenditure", "basic_expenditure", "基本", "基本支出"),
             ("project_expenditure", "project_expenditure", "项目", "项目支出"))
    for part_key, whole_key, scope, label in pairs:
        part = _pick({c: f for c, f in _cells(result, part_key, scope).items()
                      if f.fund_scope == "一般公共预算财政拨款"}, is_general_expenditure)
        whole = _pick({c: f for c, f in _cells(result, whole_key, scope).items() if f.fund_scope == "全口径"},
                      is_expenditure)
        if part is None or whole is None:
            continue
        yield at_most("TT-T2-T8", f"一般公共预算支出表不超过部门支出总表：{label}", _cell_term(part, label),
                      _cell_term(whole, label), severity="error")


@rule
def tt_t6_t7_t8(result: ParsedDisclosure) -> Iterator[Check]:
    """表六's 收入总计 = 表七's 合计 and its 支出总计 = 表八's 合计 (预算: a 决算's 总计 adds 结余 and carry-over)."""
    if result.kind != "预算":
        return
    for key, other_test, label in (("income_total", is_income, "收入"), ("expenditure_total", is_expenditure, "支出")):
        cells = _cells(result, key)
        summary, other = _pick(cells, is_summary), _pick(cells, other_test)
        if summary is None or other is None or summary.table == other.table:
            continue
        yield _misread(result, compare("TT-T6-T7-T8", f"收支总表与{label}总表的合计一致",
                                       [_cell_term(summary, f"{label}总计")], [_cell_term(other, "合计")],
                                       what=f"两表的{label}合计"), summary, other)


@rule
def pt_gf(result: ParsedDisclosure) -> Iterator[Check]:
    """The prose 政府性基金 amount (or its “无”) = the tables' 政府性基金 cell."""
    prose = _fig(result, "gov_fund_appropriation")
    if prose is None or prose.origin != "prose":
        return
    for caption, cell in _cells(result, "gov_fund_appropriation").items():
        if cell.fund_scope != "政府性基金":
            continue
        check = coarse_vs_fine("PT-GF", "政府性基金正文与表格一致", term(prose, "正文政府性基金"), _cell_term(cell, "政府性基金"))
        yield check
        return


@rule
def pt_func(result: ParsedDisclosure) -> Iterator[Check]:
    """Each function class the prose lists = the same class row of a table of the same funds (PT-MAP)."""
    prose = [line for line in result.expenditure_by_function if line.table is None and line.code]
    rows: dict[tuple[str, str], object] = {}
    for line in result.function_lines:
        if line.level == "类" and line.code:
            rows.setdefault((line.fund_scope, line.code), line)
    for line in prose:
        row = rows.get((line.fund_scope, line.code))  # type: ignore[arg-type]
        if row is None:
            continue
        scale = _printed(line.value, line.source)
        from .figures import _cell_term  # a cell printed in 元 is quoted as printed
        yield coarse_vs_fine("PT-FUNC", f"正文功能分类与表格一致：{line.name}",
                             Term("正文" + line.name, line.value, scale, "万元", line.page, line.source[:200]),
                             _cell_term(result, row.table or "", f"表中{row.code}{row.name}", row.value, row.page,  # type: ignore[attr-defined]
                                        row.table or "", None))  # type: ignore[attr-defined]


@rule
def ie_bridge(result: ParsedDisclosure) -> Iterator[Check]:
    """Δ收入 (all funds) − Δ一般公共预算拨款 = the new carry-over, assuming none last year (info only)."""
    income, general, carry = (result.figures.get(k) for k in ("income_total", "general_budget_appropriation", "carryover"))
    if income is None or general is None or carry is None or carry.value is None:
        return
    if income.change is None or general.change is None or "prose" != income.origin or "prose" != general.origin:
        return
    check = compare("IE-BRIDGE", "全口径与一般公共预算变动额之差等于结转（假定上年无结转）",
                    [term(income, "收入合计", change=True),
                     Term("减一般公共预算拨款变动", -general.change, None, "万元", general.page, "")],
                    [term(carry, "上年结转结余")], severity="info", what="全口径与一般公共预算的变动额之差")
    if check.outcome == "fail":
        check.severity = "info"
        check.message = (check.message.split("，超出")[0].split("，在取整")[0] + "；变动额之差不全由本年结转解释，"
                         "可能上年也有结转结余或其他收入来源有变动，仅供参考")
    else:
        check.message += "（假定上年无结转结余，且其他收入来源未变）"
    yield check


MIRRORS = (("2080505", "30108", "养老"), ("2080506", "30109", "年金"), ("2210201", "30113", "公积金"))


@rule
def tt_func_econ(result: ParsedDisclosure) -> Iterator[Check]:
    """养老保险 2080505 ↔ 30108, 职业年金 2080506 ↔ 30109, 住房公积金 2210201 ↔ 30113: usually the same money seen by
    function and by economic nature. Project-funded lines break the pairing, so a difference is only a hint."""
    functions = {line.code: line for line in result.function_lines if line.code}
    economics = {line.code: line for line in result.economic_lines if line.code}
    for function_code, economic_code, word in MIRRORS:
        left, right = functions.get(function_code), economics.get(economic_code)
        if left is None or right is None or word not in left.name or word not in right.name:
            continue
        check = compare("TT-FUNC-ECON", f"功能分类与经济分类对应科目一致：{right.name}",
                        [Term(f"功能分类{function_code}{left.name}", left.value, None, "万元", left.page, left.table or "")],
                        [Term(f"经济分类{economic_code}{right.name}", right.value, None, "万元", right.page, right.table or "")],
                        severity="info", what="功能分类与经济分类对应科目")
        if check.outcome == "fail":
            check.severity = "info"
            check.message = check.message.split("；两处")[0] + "；可能含项目支出或分属不同科目，仅供参考"
        yield check


PT_MAP = (("income_total", "收入合计", (is_summary, is_income)), ("expenditure_total", "支出合计", (is_summary, is_expenditure)),
          ("basic_expenditure", "基本支出", None), ("project_expenditure", "项目支出", None),
          ("operating_costs", "机关运行经费", None))


@rule
def pt_map(result: ParsedDisclosure) -> Iterator[Check]:
    """The prose totals = the same-scope table cells (CHECKS.md PT-MAP): 收入/支出合计 against the 收支总表 (or the
    收入/支出总表), 基本/项目支出 against the table of the same funds, 机关运行经费 against its table column. Prose
    rounds, tables may not (§0.2 rule 6). A 决算's 总计 rows add carry-over and 结余: only 合计 rows there."""
    for key, label, tests in PT_MAP:
        prose = _fig(result, key)
        if prose is None or prose.origin != "prose":
            continue
        exp_scope = {"basic_expenditure": "基本", "project_expenditure": "项目"}.get(key, "total")
        cells = _cells(result, key, exp_scope)
        if key != "operating_costs":
            cells = {c: f for c, f in cells.items() if f.fund_scope == prose.fund_scope}
        if result.kind == "决算":
            cells = {c: f for c, f in cells.items() if "总计" not in (f.row or "") + (f.column or "")}
        if key in ("income_total", "expenditure_total") and _printed_as_grand_total(prose):
            # "支出总计X万元，其中本年支出Y万元，年末结转和结余Z万元" (and "收入总计X万元，其中本年收入Y万元" with the
            # 年初结转和结余): the 总计 adds the balance carried over, so only a table's 总计 is the same figure
            cells = {c: f for c, f in cells.items() if "总计" in (f.row or "") + (f.column or "")}
        cell = next((f for c, f in cells.items() if tests is None or any(test(c) for test in tests)), None)
        if cell is None:
            continue
        check = coarse_vs_fine("PT-MAP", f"正文与表格一致：{label}", term(prose, "正文" + label), _cell_term(cell, label))
        carry = _fig(result, "carryover")
        if check.outcome == "fail" and check.severity == "error" and carry is not None and key == "income_total" \
                and abs(prose.value - cell.value) == carry.value:  # type: ignore[operator]
            check = Check("PT-MAP", check.name, "pass", "error", f"正文收入合计{prose.value}与表中{cell.value}相差上年结转结余"
                          f"{carry.value}（一处含结转、一处不含）", check.figures, check.tolerance, check.page)
        yield _misread(result, check, prose, cell)


def _printed_as_grand_total(figure: Figure) -> bool:
    """The prose amount is labelled 总计 (the words right before its number), not 合计 or 本年支出."""
    source = figure.source or ""
    for match in re.finditer(r"\d[\d,]*(?:\.\d+)?", source):
        try:
            value = Decimal(match.group(0).replace(",", ""))
        except InvalidOperation:
            continue
        if value == figure.value:
            return "总计" in source[max(0, match.start() - 6):match.start()]
    return False


def _general_funds_only(result: ParsedDisclosure) -> bool:
    """Whether the words give the 一般公共预算拨款 as the whole of the income (or spending) total, with no 政府性基金 or
    上年结转 beside it: the department then has no other funds."""
    general = _fig(result, "general_budget_appropriation")
    whole = _fig(result, "income_total") or _fig(result, "expenditure_total")
    if general is None or whole is None or general.value is None or general.value != whole.value or not general.value:
        return False
    return not any((f := _fig(result, k)) is not None and f.value for k in ("gov_fund_appropriation", "carryover"))


@rule
def pr_perf_all_funds(result: ParsedDisclosure) -> Iterator[Check]:
    """Funds under 绩效目标 ≤ 项目支出 when only the all-funds 项目支出 is known (figures.py's PR-PERF needs the
    一般公共预算 one): a warning, since the two sentences may count different funds."""
    funds, project = _fig(result, "performance_managed_funds"), _fig(result, "project_expenditure")
    if funds is None or project is None or project.fund_scope != "全口径":
        return
    # the 一般公共预算 expenditure table's 项目支出 is of the funds' own scope (表二 合计·项目, PT-MAP): part > whole there
    # cannot be explained by other funds
    same = _pick({c: f for c, f in _cells(result, "project_expenditure", "项目").items()
                  if f.fund_scope == "一般公共预算财政拨款"}, is_general_expenditure)
    # “…涉及资金X万元” names no fund: where other funds pay for projects too (the all-funds 项目支出 is larger), X may
    # hold them, so only the all-funds 项目支出 bounds it
    bare = "资金" in (funds.source or "") and not re.search(r"财政拨款|一般公共预算|拨款", funds.source or "") \
        and project.value > same.value \
        if same is not None and project.value is not None and same.value is not None else False
    claimed = all_projects_claimed(funds.source)
    unnamed = not re.search(r"财政拨款|一般公共预算|拨款", funds.source or "")
    if claimed and unnamed:
        # every project, and funds of no named source: the whole all-funds 项目支出
        said, whole = term(funds), term(project, "项目支出（全口径）")
        yield printed_again(compare("PR-PERF", "实行绩效目标管理的资金等于项目支出（正文称全部项目）", [said], [whole]),
                            said, whole)
        return
    if same is not None and funds.fund_scope == "一般公共预算财政拨款" and not bare:
        if claimed:
            said, whole = term(funds), _cell_term(same, "项目支出")
            yield printed_again(compare("PR-PERF", "实行绩效目标管理的财政拨款等于一般公共预算项目支出（正文称全部项目）",
                                        [said], [whole]), said, whole)
            return
        yield at_most("PR-PERF", "实行绩效目标管理的财政拨款不超过一般公共预算项目支出", term(funds),
                      _cell_term(same, "项目支出"), severity="error")
        return
    if same is None and funds.fund_scope == "一般公共预算财政拨款" and _general_funds_only(result):
        # every fund of the department is the 一般公共预算拨款: the all-funds 项目支出 is the funds' own scope
        if claimed:
            said, whole = term(funds), term(project, "项目支出")
            yield printed_again(compare("PR-PERF", "实行绩效目标管理的财政拨款等于项目支出（收入全部为一般公共预算拨款，正文称全部项目）",
                                        [said], [whole]), said, whole)
            return
        yield at_most("PR-PERF", "实行绩效目标管理的财政拨款不超过项目支出（收入全部为一般公共预算拨款）", term(funds),
                      term(project, "项目支出"), severity="error")
        return
    yield at_most("PR-PERF", "实行绩效目标管理的资金不超过项目支出（全口径）", term(funds), term(project, "项目支出（全口径）"),
                  severity="warning")
