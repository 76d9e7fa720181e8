"""Checks on the parsed figures alone (prose, table cells, function and economic lines): recomputable from stored
figures after a correction, without the document's text. Each function is one catalogue id of CHECKS.md."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal
from typing import Callable, Iterator

from ..prose import OTHER_SPENDING_NOTE
from ..types import Check, Figure, ParsedDisclosure
from .core import UNIT_FACTOR, ZERO, Term, at_most, coarse_vs_fine, compare, printed_again, skipped, term

SG_ITEMS = ("outbound_travel", "vehicle_total", "reception")
SG_LABELS = {"outbound_travel": "因公出国（境）费", "vehicle_total": "公务用车购置及运行维护费", "reception": "公务接待费",
             "vehicle_purchase": "公务用车购置费", "vehicle_operation": "公务用车运行维护费", "sangong_total": "“三公”经费合计"}

Rule = Callable[[ParsedDisclosure], Iterator[Check]]
RULES: list[Rule] = []


def rule(fn: Rule) -> Rule:
    RULES.append(fn)
    return fn


def _fig(result: ParsedDisclosure, key: str) -> Figure | None:
    figure = result.figures.get(key)
    return figure if figure is not None and figure.value is not None and not figure.not_applicable else None


def _cells(result: ParsedDisclosure, period: str) -> dict[str, Figure]:
    """The 三公 table's cells of one year column (the first table that gives them)."""
    cells: dict[str, Figure] = {}
    for figure in result.table_figures:
        if figure.metric in SG_LABELS and figure.period == period and figure.value is not None:
            cells.setdefault(figure.metric, figure)
    if any(cell.value is not None and cell.value < 0 for cell in cells.values()):
        return {}  # an amount column cannot be negative: a 增减 column taken for a year, so no cell is trusted
    return cells


def _vehicle(figures: dict[str, Figure | None]) -> list[Term] | None:
    """The vehicle term: the 小计, or 购置 + 运行维护 when only the parts are given."""
    if figures.get("vehicle_total") is not None:
        return [term(figures["vehicle_total"], SG_LABELS["vehicle_total"])]  # type: ignore[arg-type]
    parts = [figures.get("vehicle_purchase"), figures.get("vehicle_operation")]
    if all(p is not None for p in parts):
        return [term(p, SG_LABELS[p.metric]) for p in parts]  # type: ignore[union-attr]
    return None


def _sangong_sum(figures: dict[str, Figure | None], where: str) -> Check:
    name = "“三公”经费合计等于分项之和"
    total = figures.get("sangong_total")
    if total is None:
        return skipped("SG-SUM", name, "not_applicable", f"{where}未给出“三公”经费合计")
    vehicle = _vehicle(figures)
    items = [figures.get("outbound_travel"), figures.get("reception")]
    if vehicle is None or any(i is None for i in items):
        return skipped("SG-SUM", name, "insufficient_data", f"{where}“三公”经费分项不全，未列出的分项不按0计")
    parts = [term(items[0], SG_LABELS["outbound_travel"]), *vehicle, term(items[1], SG_LABELS["reception"])]  # type: ignore[arg-type]
    check = compare("SG-SUM", name, [term(total, SG_LABELS["sangong_total"])], parts, what=f"{where}“三公”经费合计与分项之和")
    if check.outcome == "fail" and check.severity == "error" and total.budget is None:
        # a 决算 total sentence may give the 年初预算数 while the items give 预算 and 决算 side by side
        members = [items[0], *([figures.get("vehicle_total")] if figures.get("vehicle_total") is not None
                               else [figures.get("vehicle_purchase"), figures.get("vehicle_operation")]), items[1]]
        budgets = [m.budget if m.budget is not None else (m.value if m.value == 0 else None) for m in members]  # type: ignore[union-attr]
        if all(b is not None for b in budgets) and sum(budgets, ZERO) == total.value:  # type: ignore[arg-type]
            return Check("SG-SUM", name, "pass", "error", f"{where}“三公”经费合计{total.value}等于分项年初预算数之和"
                         f"（合计句给出的是预算数）", check.figures, check.tolerance, check.page)
    return check


@rule
def sg_sum(result: ParsedDisclosure) -> Iterator[Check]:
    prose = {k: _fig(result, k) for k in SG_LABELS}
    prose = {k: v for k, v in prose.items() if v is not None and v.origin == "prose"} or prose
    yield _sangong_sum(prose, "正文")
    for period in ("本年", "上年"):
        cells = _cells(result, period)
        if cells:
            check = _sangong_sum(cells, f"“三公”经费表{period}")  # type: ignore[arg-type]
            check.rule = "TB-T4" if check.rule == "SG-SUM" else check.rule
            yield check


@rule
def sg_veh(result: ParsedDisclosure) -> Iterator[Check]:
    name = "公务用车购置及运行费等于购置费加运行维护费"
    sources = [("正文", {k: _fig(result, k) for k in SG_LABELS})]
    sources += [(f"“三公”经费表{p}", _cells(result, p)) for p in ("本年", "上年")]
    for where, figures in sources:
        total, buy, run = (figures.get(k) for k in ("vehicle_total", "vehicle_purchase", "vehicle_operation"))
        if total is None or run is None:
            continue
        if buy is None:  # a blank 购置 cell is 0 only where the identity holds (§0.3); it is not a finding
            continue
        if where == "正文" and "table" in {total.origin, buy.origin, run.origin} and len({total.origin, buy.origin, run.origin}) > 1:
            continue  # mixing a prose part with a table 小计 is SG-PT's business
        yield compare("SG-VEH", name, [term(total, SG_LABELS["vehicle_total"])],
                      [term(buy, SG_LABELS["vehicle_purchase"]), term(run, SG_LABELS["vehicle_operation"])],
                      what=f"{where}公务用车购置及运行费小计与分项之和")


@rule
def sg_pt(result: ParsedDisclosure) -> Iterator[Check]:
    """Prose 三公 items (this year) = the 三公 table's 本年 cells."""
    cells = _cells(result, "本年")
    if not cells:
        return
    for key in ("sangong_total", "outbound_travel", "vehicle_purchase", "vehicle_operation", "vehicle_total", "reception"):
        prose = _fig(result, key)
        cell = cells.get(key)
        if prose is None or cell is None or prose.origin != "prose":
            continue
        check = coarse_vs_fine("SG-PT", f"正文与“三公”经费表一致：{SG_LABELS[key]}", term(prose, "正文" + SG_LABELS[key]),
                               term(cell, "表中" + SG_LABELS[key]))
        yield check
        if check.rule == "FM-UNIT-10K":
            return  # one unit finding for the table: its other cells carry the same slip


@rule
def sg_prior(result: ParsedDisclosure) -> Iterator[Check]:
    """A stated 三公 change = the table's 本年 − 上年 for that item."""
    now, before = _cells(result, "本年"), _cells(result, "上年")
    if not now or not before:
        return
    for key in ("sangong_total", "outbound_travel", "vehicle_purchase", "vehicle_operation", "reception"):
        prose = result.figures.get(key)
        if prose is None or prose.change is None or prose.origin != "prose" or key not in now or key not in before:
            continue
        a, b = now[key], before[key]
        if a.value is None or b.value is None:
            continue
        this_year = term(a, "表中本年")
        if prose.value is not None:
            # the prose's own 本年 disagrees with the table's (SG-PT reports that): its change is read from it, so the
            # same slip is not reported a second time under figures that do not name it
            same = coarse_vs_fine("SG-PT", "", term(prose, "正文"), term(a, "表中"))
            if same.rule == "SG-PT" and same.outcome == "fail" and same.severity == "error":
                this_year = term(prose, "正文本年")
        yield compare("SG-PRIOR", f"“三公”经费变动额与表中两年之差一致：{SG_LABELS[key]}", [term(prose, "正文" + SG_LABELS[key], change=True)],
                      [this_year, Term("减表中上年", -b.value, b.display_scale, b.source_unit, b.page, "")])


@rule
def sg_chg(result: ParsedDisclosure) -> Iterator[Check]:
    name = "“三公”经费合计变动额等于分项变动额之和"
    total = result.figures.get("sangong_total")
    if total is None or total.change is None or total.origin != "prose":
        return
    keys = ["outbound_travel", "vehicle_total" if _has_change(result, "vehicle_total") else None, "reception"]
    if keys[1] is None:
        keys[1:2] = ["vehicle_purchase", "vehicle_operation"]
    items = [result.figures.get(k) for k in keys if k]
    # “因公出国（境）费0万元，上年也未安排；公务用车购置费0万元；公务用车运行维护费9.60万元，比上年减少1.20万元…”: an
    # item at 0 whose change goes unsaid, beside items whose changes are stated, is read as unchanged (0 both years)
    unsaid = [i for i in items if i is not None and i.change is None and i.origin == "prose" and i.value == 0]
    stated = [i for i in items if i is not None and i.change is not None and i.origin == "prose"]
    if len(stated) + len(unsaid) != len(items) or not stated:
        yield skipped("SG-CHG", name, "not_applicable", "正文未逐项说明“三公”经费的变动额")
        return
    check = compare("SG-CHG", name, [term(total, "“三公”经费合计", change=True)],
                    [term(i, SG_LABELS[i.metric], change=True) if i.change is not None  # type: ignore[union-attr]
                     else Term(SG_LABELS[i.metric] + "变动", ZERO, None, "万元", i.page, i.source[:200])  # type: ignore[union-attr]
                     for i in items])
    if unsaid and check.outcome == "fail":
        check.message += "（" + "、".join(SG_LABELS[i.metric] for i in unsaid) + "本年为0且未说明变动，按与上年持平计）"
    yield check


def _has_change(result: ParsedDisclosure, key: str) -> bool:
    figure = result.figures.get(key)
    return figure is not None and figure.change is not None and figure.origin == "prose"


@rule
def sg_econ(result: ParsedDisclosure) -> Iterator[Check]:
    """Each 经济分类 line of the basic-expenditure table ≤ the same 三公 item (basic ⊂ basic + project)."""
    pairs = {"30217": "reception", "30231": "vehicle_operation", "30212": "outbound_travel", "31013": "vehicle_purchase"}
    words = {"30217": "接待", "30231": "公务用车", "30212": "出国", "31013": "公务用车"}
    # a local code table may reuse the number for something else (302 12 退休人员活动费): the name must agree
    lines = {line.code: line for line in result.economic_lines if line.code in pairs and words[line.code] in line.name}
    for code, key in pairs.items():
        line, item = lines.get(code), _fig(result, key)
        if line is None or item is None:
            continue
        part = Term(f"基本支出表{code}{line.name}", line.value, None, "万元", line.page, line.table or "")
        yield at_most("SG-ECON", f"基本支出经济分类不超过“三公”经费：{SG_LABELS[key]}", part,
                      term(item, SG_LABELS[key]), severity="error")


# the name of IE-EXP-SUM on a list the words call partial: a stored check of that name tells a recheck, which reads
# the class lines from the store without the words that led them, that the list was partial (checks.recheck)
PARTIAL_LIST = "所列主要功能分类之和不超过支出合计"


@rule
def ie_exp_sum(result: ParsedDisclosure) -> Iterator[Check]:
    """Σ function classes = the total of the same funds: all funds (支出合计) or 一般公共预算财政拨款."""
    name = "支出合计等于各功能分类之和"
    lines = result.expenditure_by_function
    if not lines:
        return
    if any(line.code is None and line.name != "结转" for line in lines):
        yield skipped("IE-EXP-SUM", name, "insufficient_data", "有分项不能确认为功能分类科目，未核对")
        return
    scopes = {line.fund_scope for line in lines}
    scope = scopes.pop() if len(scopes) == 1 else None
    key = {"全口径": "expenditure_total", "一般公共预算财政拨款": "general_budget_appropriation"}.get(scope or "")
    captions = {line.table for line in lines}
    whole: Term | None = None
    if captions != {None}:
        # the classes are a table's 支出 side: its 收入 side (一般公共预算拨款收入 beside them) is not their total
        totals = [figure for figure in result.table_figures
                  if figure.table in captions and figure.exp_scope == "total" and figure.value is not None
                  and figure.metric in ("general_budget_appropriation", "expenditure_total")
                  and figure.period == "本年" and figure.side != "收入"]
        totals.sort(key=lambda figure: figure.metric != key)
        if totals:
            whole = term(totals[0], "表中合计")
    if whole is None and key is not None:
        total = _fig(result, key)
        if total is not None and not _spending_of(total, scope, result.kind):
            yield skipped("IE-EXP-SUM", name, "insufficient_data",
                          f"可比的合计只有收入数或另一资金口径的数（{total.source or total.metric}），与功能分类支出口径不同，未核对")
            return
        if total is not None:
            whole = term(total, "支出合计" if key == "expenditure_total" else "一般公共预算财政拨款支出")
    if whole is None:
        yield skipped("IE-EXP-SUM", name, "insufficient_data", "未找到同一口径的支出合计")
        return
    parts = [_prose_term(line.name, line.value, line.page, line.source) if line.table is None else _cell_term(result, line.table, line.name, line.value, line.page, "")
             for line in lines]
    # A table's class rows may be cut by a page or misread, so a short sum is a warning there; a list the prose
    # prints in full with every class named (codes known) and exact amounts is as exact as its total (CHECKS.md).
    listed_in_full = all(line.table is None and line.level == "类" and line.code for line in lines) and len(lines) > 1
    if any(line.partial for line in lines):
        # the words give only the main classes (“主要安排：…”, shares short of 100%): they add up to at most the total
        total = sum((p.value for p in parts), ZERO)
        places = [p.scale for p in parts if p.scale is not None]
        check = at_most("IE-EXP-SUM", PARTIAL_LIST,
                        Term("所列各类之和", total, max(places) if places else None, "万元", parts[0].page),
                        whole, severity="error" if listed_in_full else "warning")
        check.figures = list(check.figures or []) + [p.to_json() for p in parts]
        yield check
        return
    if result.kind == "决算" and "总计" in whole.source and "合计" not in whole.source:
        # 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余: the classes add to at most it. Classes the prose lists in
        # full that go beyond it cannot all be right whatever else the 总计 holds: an error, not a doubt
        total = sum((p.value for p in parts), ZERO)
        places = [p.scale for p in parts if p.scale is not None]
        check = at_most("IE-EXP-SUM", "功能分类之和不超过支出总计",
                        Term("功能分类之和", total, max(places) if places else None, "万元", parts[0].page),
                        whole, severity="error" if listed_in_full else "warning")
        # the classes that make up the sum are shown with it, as compare() shows its parts
        check.figures = list(check.figures or []) + [p.to_json() for p in parts]
        yield check
        return
    check = compare("IE-EXP-SUM", name, [whole], parts, what="支出合计与功能分类之和")
    short = sum((p.value for p in parts), ZERO) < whole.value
    if check.outcome == "fail" and short and captions & _partial_tables(result):
        yield skipped("IE-EXP-SUM", name, "not_applicable",
                      f"{whole.label}{whole.value}大于所读各类之和，而该表有未能定位的行，未核对")
        return
    if (check.outcome == "fail" and check.severity == "error" and short
            and not listed_in_full):
        check.severity = "warning"
        check.message += "；分项之和小于合计，可能有未列出或未读出的科目"
    yield check


_UNPLACED_ROWS = re.compile(r"附表“(.+?)”有\d+行的合计无法确定所在列")


def _partial_tables(result: ParsedDisclosure) -> set[str]:
    """Captions of the function tables with coded rows the reader could not place (said in its warnings): their
    lines are not all there, so a parent or a 合计 above the sum of the lines read is not a finding."""
    return {m.group(1) for w in result.warnings if (m := _UNPLACED_ROWS.search(w))}


def _spending_of(total: Figure, scope: str | None, kind: str | None) -> bool:
    """Whether `total` is the spending of the lines' funds: not a broader fund (财政拨款 = 一般公共预算 + 政府性基金),
    and in a 决算 not the appropriation received (收入 ≠ 支出 once 结余 is kept)."""
    if total.fund_scope not in (None, "全口径", scope):
        return False
    return not (kind == "决算" and total.metric == "general_budget_appropriation" and total.side == "收入")


def _table_unit(result: ParsedDisclosure, caption: str) -> str:
    """The unit a table's cells were printed in: its own figures' unit, else the one unit all table cells share."""
    cells = [f for f in [*result.figures.values(), *result.table_figures] if f.origin == "table"]
    own = {f.source_unit for f in cells if f.table == caption and f.source_unit in UNIT_FACTOR}
    if own:
        return own.pop() if len(own) == 1 else "万元"
    # a table none of whose cells was kept: the unit most tables share (a 元 budget often prints its 三公 table
    # alone in 万元); a tie is read as 万元. Only the quoting changes: a cell's half-step is the same either way.
    by_table = {f.table: f.source_unit for f in cells if f.source_unit in UNIT_FACTOR}
    counts = Counter(by_table.values())
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return "万元"


def _cell_term(result: ParsedDisclosure, caption: str, label: str, value: Decimal, page: int | None, source: str,
               scale: int | None = -1) -> Term:
    """A table cell as a term; one printed in 元 keeps that unit so the finding quotes the printed amount. Its
    tolerance stays the one of the stored 万元 value: the scale counts in the printed unit, 4 places fewer for 元.
    Such a term carries no source, so that no other cell's decimals narrow it (core.envelope)."""
    unit = _table_unit(result, caption)
    if unit == "万元":
        return Term(label, value, _scale(value) if scale == -1 else scale, "万元", page, source)
    shift = UNIT_FACTOR[unit].adjusted()  # 元: -4
    return Term(label, value, _scale(value) + shift, unit, page, "")


def _scale(value: Decimal) -> int:
    """Decimals the value carries as stored ("833.40" keeps 2)."""
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _prose_term(label: str, value: Decimal, page: int | None, source: str) -> Term:
    """A prose amount (万元) as a term in the unit its words printed it in: “教育支出2.16亿元” is quoted as 21600
    (2.16亿元), with the half-step of 亿元, so a reader finds the printed figure."""
    import re
    for match in re.finditer(r"(\d[\d,]*(?:\.(\d+))?)\s*亿元", source):
        if Decimal(match.group(1).replace(",", "")) * UNIT_FACTOR["亿元"] == value:
            return Term(label, value, len(match.group(2) or ""), "亿元", page, source)
    return Term(label, value, _printed(value, source), "万元", page, source)


def _printed(value: Decimal, source: str) -> int:
    """Decimals as printed in the line's own words ("4118.09万元" → 2, "100.7万元" → 1)."""
    import re
    for match in re.finditer(r"\d[\d,]*(?:\.(\d+))?", source):
        if Decimal(match.group(0).replace(",", "")) == value:
            return len(match.group(1) or "")
    return _scale(value)


def prose_split(result: ParsedDisclosure) -> tuple[Figure, Figure] | None:
    """The resolved 基本支出 and 项目支出 when IE-BP may add them: both read from the words, in one fund scope (a
    财政拨款 基本支出 beside an all-funds 项目支出 is no split of any one total)."""
    basic, project = _fig(result, "basic_expenditure"), _fig(result, "project_expenditure")
    if basic and project and basic.origin == project.origin == "prose" and basic.fund_scope == project.fund_scope:
        return basic, project
    return None


def _final_other_spending(result: ParsedDisclosure, whole: Figure, basic: Figure, project: Figure) -> bool:
    """A 决算's all-funds 本年支出合计 = 基本支出 + 项目支出 + 经营支出 + 上缴上级支出 + 对附属单位补助支出: a 事业单位
    spends in all five, and the figures hold only the first two. When the split's own sentence lists another kind (the
    parser's note on 基本/项目), parts short of the whole are no finding here (totals.nature_split_in_words reads the
    words' whole list); parts above it still are."""
    return (result.kind == "决算" and basic.fund_scope == "全口径" and whole.metric == "expenditure_total"
            and OTHER_SPENDING_NOTE in (basic.note or "", project.note or "")
            and whole.value > basic.value + project.value)  # type: ignore[operator]


@rule
def ie_bp(result: ParsedDisclosure) -> Iterator[Check]:
    name = "支出等于基本支出加项目支出"
    split = prose_split(result)
    if split is not None:
        basic, project = split
        whole = None
        if basic.fund_scope == "全口径":
            whole = _fig(result, "expenditure_total")
        elif basic.fund_scope == "一般公共预算财政拨款" and result.kind == "预算":
            whole = _fig(result, "general_budget_appropriation")
        if whole is not None and whole.origin == "prose" and _final_other_spending(result, whole, basic, project):
            yield skipped("IE-BP", name, "not_applicable",
                          "决算的全部资金支出合计还可含经营支出、上缴上级支出和对附属单位补助支出，基本支出与项目支出之和小于"
                          "合计时不能单独核对，由正文所列各类支出核对")
        elif whole is not None and whole.origin == "prose":
            check = compare("IE-BP", name, [term(whole, "支出" if basic.fund_scope == "全口径" else "一般公共预算财政拨款")],
                            [term(basic), term(project)], what="支出与基本、项目支出之和")
            if check.outcome == "fail" and check.severity == "error":
                other = _fig(result, "expenditure_total" if whole.metric != "expenditure_total" else "general_budget_appropriation")
                if other is not None and other.value == basic.value + project.value:  # type: ignore[operator]
                    check = Check("IE-BP", name, "pass", "error", f"基本支出{basic.value}+项目支出{project.value}={other.value}，"
                                  f"与{'支出合计' if other.metric == 'expenditure_total' else '一般公共预算财政拨款'}相符（两者口径按此核对）",
                                  check.figures, check.tolerance, check.page)
                elif max(basic.value, project.value) > whole.value:  # type: ignore[type-var,operator]
                    check.severity = "warning"
                    check.message += "；单项已超过合计，口径划分可能有误"
            yield check
    by_table: dict[str, dict[str, Figure]] = defaultdict(dict)
    for figure in result.table_figures:
        if figure.table and figure.period == "本年" and figure.value is not None:
            role = {"basic_expenditure": "basic", "project_expenditure": "project"}.get(figure.metric)
            if role is None and figure.metric in ("expenditure_total", "general_budget_appropriation") and figure.exp_scope == "total":
                role = "whole" if figure.metric == "expenditure_total" else "appropriation"
            elif role is None and figure.metric == "income_total":
                role = "income"
            if role:
                by_table[figure.table].setdefault(role, figure)
    for caption, roles in by_table.items():
        # the whole is the table's 支出 合计; a 财政拨款 amount stands for it only in a table of one side (a
        # 一般公共预算财政拨款支出表's 合计 row): where the table also prints 收入 rows it is an income source
        if "whole" not in roles and "appropriation" in roles and "income" not in roles:
            roles["whole"] = roles["appropriation"]
        roles = {role: roles[role] for role in ("whole", "basic", "project") if role in roles}
        if len(roles) == 3 and "支出" in caption and "收支" not in caption:
            if result.kind == "决算" and roles["whole"].value > roles["basic"].value + roles["project"].value:  # type: ignore[operator]
                continue  # a 决算's 合计 may hold 经营支出 or 上缴上级支出 in columns not read here: part ≤ whole holds
            yield compare("TB-ROW", "表中合计行：总计等于基本支出加项目支出", [term(roles["whole"], "合计")],
                          [term(roles["basic"], "基本支出"), term(roles["project"], "项目支出")], what=caption)


@rule
def ie_bal(result: ParsedDisclosure) -> Iterator[Check]:
    if result.kind != "预算":
        return
    income, spend = _fig(result, "income_total"), _fig(result, "expenditure_total")
    if income and spend and income.origin == spend.origin == "prose":
        yield compare("IE-BAL", "收入预算合计等于支出预算合计", [term(income, "收入合计")], [term(spend, "支出合计")])


@rule
def ie_chg_bal(result: ParsedDisclosure) -> Iterator[Check]:
    """Both years balance in a 预算, so the changes of 收入 and 支出 must be equal."""
    name = "收入变动额等于支出变动额"
    if result.kind != "预算":
        return
    income, spend = result.figures.get("income_total"), result.figures.get("expenditure_total")
    if not income or not spend or income.change is None or spend.change is None:
        return
    if income.origin != "prose" or spend.origin != "prose":
        return
    check = compare("IE-CHG-BAL", name, [term(income, "收入合计", change=True)], [term(spend, "支出合计", change=True)],
                    what="收入与支出的上年比较变动额")
    if check.outcome == "fail" and check.severity == "error" and _basis(income.source) != _basis(spend.source):
        check.severity = "warning"
        check.message = check.message.replace("两处披露不能同时成立，需人工复核", "需人工复核")
        check.message += "；两句的比较基数不同（预算执行数与年初预算），可能均成立"
    yield check


def _basis(sentence: str) -> str:
    return "执行数" if "执行" in sentence else "预算"


@rule
def ie_chg_bp(result: ParsedDisclosure) -> Iterator[Check]:
    """Δ一般公共预算财政拨款 = Δ基本 + Δ项目 when both parts are of that scope."""
    whole = result.figures.get("general_budget_appropriation")
    basic, project = result.figures.get("basic_expenditure"), result.figures.get("project_expenditure")
    if not whole or not basic or not project or None in (whole.change, basic.change, project.change):
        return
    if {basic.fund_scope, project.fund_scope} != {"一般公共预算财政拨款"} or "prose" != basic.origin:
        return
    if result.kind == "决算" and whole.side == "收入":
        return  # a 决算's change of the appropriation received is not the change of its spending (结余 differ)
    yield compare("IE-CHG-BP", "一般公共预算财政拨款变动额等于基本支出与项目支出变动额之和",
                  [term(whole, "一般公共预算财政拨款", change=True)], [term(basic, change=True), term(project, change=True)])


@rule
def ie_gb(result: ParsedDisclosure) -> Iterator[Check]:
    """The prose 一般公共预算财政拨款 = the tables' 一般公共预算 totals (same scope only)."""
    prose = _fig(result, "general_budget_appropriation")
    if prose is None or prose.origin != "prose":
        return
    seen = set()
    for cell in result.table_figures:
        if (cell.metric == "general_budget_appropriation" and cell.value is not None and cell.period == "本年"
                and cell.fund_scope == "一般公共预算财政拨款" and cell.table not in seen
                and not re.search(r"基本支出|项目支出", cell.table or "")):
            seen.add(cell.table)
            name = "一般公共预算财政拨款正文与表格一致"
            if cell.source_unit == "万元" and (prose.display_scale or 0) >= (cell.display_scale or 0):
                check = compare("IE-GB", name, [term(prose, "正文一般公共预算拨款")], [term(cell, "表中")])
            else:
                check = coarse_vs_fine("IE-GB", name, term(prose, "正文一般公共预算拨款"), term(cell, "表中"))
            parts = {f.value for f in (_fig(result, "basic_expenditure"), _fig(result, "project_expenditure")) if f}
            if check.outcome == "fail" and check.severity == "error" and cell.value in parts:
                check = skipped("IE-GB", name, "insufficient_data",
                                f"{cell.table}合计列的{cell.value}等于正文的基本或项目支出，表格列可能错位，未比较")
            elif check.outcome == "fail" and result.kind == "决算" and {prose.side, cell.side} == {"收入", "支出"}:
                # a 决算's appropriation received and its spending differ by what is carried over
                check = skipped("IE-GB", name, "insufficient_data",
                                f"正文的一般公共预算拨款为{prose.side}数，{cell.table}的为{cell.side}数，决算中两者可因结转结余而不同，未比较")
            yield check


@rule
def scope_tripwires(result: ParsedDisclosure) -> Iterator[Check]:
    """Part ≤ whole across scopes: they only fail on a parse or unit slip (SG-SCOPE, IE-SCOPE-LE)."""
    pairs = [("SG-SCOPE", "sangong_total", "general_budget_appropriation", "“三公”经费不超过一般公共预算财政拨款"),
             ("IE-SCOPE-LE", "general_budget_appropriation", "income_total", "一般公共预算拨款不超过收入合计"),
             ("IE-SCOPE-LE", "basic_expenditure", "expenditure_total", "基本支出不超过支出合计"),
             ("IE-SCOPE-LE", "operating_costs", "basic_expenditure", "机关运行经费不超过基本支出")]
    for rid, part_key, whole_key, name in pairs:
        part, whole = _fig(result, part_key), _fig(result, whole_key)
        if part and whole:
            yield at_most(rid, name, term(part), term(whole))


# the 绩效 sentence says every project is under 绩效目标 (“项目支出均实行…”, “5个项目全部编制了…”, “对全部X万元项目支出…”,
# “所有项目…”, “覆盖全部…项目”): its funds are then the whole 项目支出 of their scope, not a part of it
ALL_PROJECTS = re.compile(r"[项項]目(?:支出|資金|资金)?[^，,。；;\d]{0,4}?(?:均|全部|全都|都)(?![為为是])"
                          r"|[项項]目(?:支出|資金|资金)[\d,.]+万?元(?:[(（][^)）]{0,8}[)）])?(?:均|全部)"
                          r"|(?:全部|所有|全體|全体)[^，,。；;]{0,14}?[项項]目|覆[盖蓋](?:全部|所有)|100%")


def all_projects_claimed(source: str | None) -> bool:
    """Whether the sentence says every project is covered, and its amount is not then said of a subset of them
    (“所有项目均编制了绩效目标，其中3个重点项目…涉及资金X万元”)."""
    claims = list(ALL_PROJECTS.finditer(source or ""))
    return bool(claims) and not re.search(r"其中|重点|部分|个别", (source or "")[claims[-1].end():])


@rule
def pr_perf(result: ParsedDisclosure) -> Iterator[Check]:
    funds, project = _fig(result, "performance_managed_funds"), _fig(result, "project_expenditure")
    if not funds or not project or project.fund_scope != "一般公共预算财政拨款":
        return
    if all_projects_claimed(funds.source):
        said, whole = term(funds), term(project)
        yield printed_again(compare("PR-PERF", "实行绩效目标管理的财政拨款等于项目支出（正文称均实行）", [said], [whole]),
                            said, whole)
    else:
        yield at_most("PR-PERF", "实行绩效目标管理的财政拨款不超过项目支出", term(funds), term(project), severity="error")


@rule
def tb_hier(result: ParsedDisclosure) -> Iterator[Check]:
    """类 = Σ款 = Σ项 by code prefix, in each function table; 301 = Σ301xx, 30103 = Σ3010301… in the 经济分类."""
    groups: dict[str, list[tuple[str, str, Decimal, int | None]]] = defaultdict(list)
    for line in result.function_lines:
        if line.code and line.code.isdigit():
            groups["功能 " + (line.table or "")].append((line.code, line.name, line.value, line.page))
    for eline in result.economic_lines:
        if eline.code and eline.code.isdigit():
            groups["经济 " + (eline.table or "")].append((eline.code, eline.name, eline.value, eline.page))
    partial = _partial_tables(result)
    for key, rows in groups.items():
        caption = key.split(" ", 1)[1]
        by_code = {}
        for row in rows:
            by_code.setdefault(row[0], row)
        top = max(_scale(row[2]) for row in rows)  # one table prints one precision: its longest value shows it
        for code, name, value, page in by_code.values():
            children = [r for c, r in by_code.items() if len(c) == len(code) + 2 and c.startswith(code)]
            if not children and len(code) == 3 and key.startswith("功能"):
                # a 类 printed straight over its 项 rows (no 款 row between): the 项 are its parts
                children = [r for c, r in by_code.items() if len(c) == 7 and c.startswith(code)]
            if not children or value == sum((c[2] for c in children), ZERO):
                continue  # one line per table for the passes keeps the list short
            if caption in partial and key.startswith("功能") and sum((c[2] for c in children), ZERO) < value:
                yield skipped("TB-HIER", "表内层级：上级科目等于下级科目之和", "not_applicable",
                              f"{caption}{code}{name}大于所读下级科目之和，而该表有未能定位的行，未核对")
                continue
            check = compare("TB-HIER", "表内层级：上级科目等于下级科目之和",
                            [_hier_term(result, caption, f"{code}{name}", value, page, top)],
                            [_hier_term(result, caption, f"{c[0]}{c[1]}", c[2], c[3], top) for c in children],
                            what=f"{caption or '表'}{code}{name}与其下级科目之和")
            if check.outcome == "pass":
                continue  # one line per table for the passes keeps the list short
            yield check
        yield Check("TB-HIER", "表内层级：上级科目等于下级科目之和", "pass", "error", f"{caption or '表'}其余科目层级相符")


def _hier_term(result: ParsedDisclosure, caption: str, label: str, value: Decimal, page: int | None,
               top: int) -> Term:
    """A coded line as a term with its table's precision. Lines kept in 万元 from a table printed in 元 lose their
    trailing zeros (3,649,000.00元 → 364.9): the table's longest value (`top` decimals in 万元) shows how it was
    printed, four decimals or more meaning 元 to the 元, so a slip of a few 元 is not taken for rounding. With
    fewer, each line keeps the tolerance of its own stored value."""
    if top < 4:
        return _cell_term(result, caption, label, value, page, caption, None)
    unit = _table_unit(result, caption)
    unit = "元" if unit == "万元" else unit
    return Term(label, value, top + UNIT_FACTOR[unit].adjusted(), unit, page, "")


@rule
def tb_t3(result: ParsedDisclosure) -> Iterator[Check]:
    """基本支出表: 人员经费 = Σ301 + Σ303; 公用经费 = Σ302 + Σ310 (+309, 399), each class by its own leaves when its
    subtotal row disagrees with them (TB-HIER reports that row)."""
    lines = result.economic_lines
    totals = {line.name: line for line in lines if line.code is None and line.name in ("人员经费", "公用经费")}
    by_code = {line.code: line for line in lines if line.code and line.code.isdigit()}
    sums = {}
    for name, classes in (("人员经费", ("301", "303")), ("公用经费", ("302", "310", "309", "399"))):
        sums[name] = sum((by_code[c].value for c in classes if c in by_code), ZERO)
    if totals.get("人员经费") and totals.get("公用经费") and sums["人员经费"] == totals["公用经费"].value \
            and sums["公用经费"] == totals["人员经费"].value:
        yield skipped("TB-T3", "基本支出表：人员经费与公用经费", "insufficient_data", "人员经费与公用经费两列疑似读反，未比较")
        return
    for name, classes in (("人员经费", ("301", "303")), ("公用经费", ("302", "310", "309", "399"))):
        total = totals.get(name)
        present = [by_code[c] for c in classes if c in by_code]
        if total is None or not present:
            continue
        other = "公用经费" if name == "人员经费" else "人员经费"
        if total.value == sums[other] != sums[name]:
            yield skipped("TB-T3", f"基本支出表：{name}等于所属类级科目之和", "insufficient_data",
                          f"标为{name}的{total.value}等于{other}各类之和，列名疑似错位，未比较")
            continue
        main = classes[0]  # 301 工资福利支出 / 302 商品和服务支出: no basic budget goes without it
        if main not in by_code and sums[name] < total.value:
            # its row was printed but not read (a row whose cells disagree is dropped): what is short may be that row
            yield skipped("TB-T3", f"基本支出表：{name}等于所属类级科目之和", "insufficient_data",
                          f"未读出{main}类，{name}{total.value}只能与部分科目相比，未核对")
            continue
        parts = []
        for cls in present:
            leaves = [line for code, line in by_code.items() if len(code) == 5 and code.startswith(cls.code)]
            leaf_sum = sum((leaf.value for leaf in leaves), ZERO)
            if leaves and abs(leaf_sum - cls.value) > Decimal("0.005") * (len(leaves) + 1):
                parts.extend(_line_term(result, leaf, f"{leaf.code}{leaf.name}") for leaf in leaves)
            else:
                parts.append(_line_term(result, cls, f"{cls.code}{cls.name}"))
        yield compare("TB-T3", f"基本支出表：{name}等于所属类级科目之和", [_line_term(result, total, name)],
                      parts, what=f"基本支出表{name}")


def _line_term(result: ParsedDisclosure, line, label: str) -> Term:
    """An economic line as a term: a table printed in 元 is quoted as printed too ("28.49（284,900元）"), so the
    finding names the cell a reader sees; a 万元 table's line keeps the decimals its value carries."""
    caption = line.table or ""
    if _table_unit(result, caption) == "万元":
        return Term(label, line.value, None, "万元", line.page)
    return _cell_term(result, caption, label, line.value, line.page, caption, None)


@rule
def tt_opc_econ(result: ParsedDisclosure) -> Iterator[Check]:
    costs = _fig(result, "operating_costs")
    public = next((line for line in result.economic_lines if line.code is None and line.name == "公用经费"), None)
    if costs is None or public is None:
        return
    yield at_most("TT-OPC-ECON", "机关运行经费不超过基本支出表公用经费", term(costs),
                  Term("基本支出表公用经费", public.value, None, "万元", public.page, public.table or ""), severity="error")


@rule
def tb_total(result: ParsedDisclosure) -> Iterator[Check]:
    """Each function table: its 合计 = Σ its 类 rows (TB-TOTAL), a table at a time."""
    classes: dict[str, list] = defaultdict(list)
    partial = _partial_tables(result)
    for line in result.function_lines:
        if line.table and line.level == "类" and line.code and len(line.code) == 3:
            classes[line.table].append(line)
    for caption, lines in classes.items():
        total = next((f for f in result.table_figures if f.table == caption and f.exp_scope == "total" and f.period == "本年"
                      and f.value is not None and f.metric in ("general_budget_appropriation", "expenditure_total")), None)
        if total is None:
            continue
        parts = [Term(f"{line.code}{line.name}", line.value, None, "万元", line.page, caption) for line in lines]
        check = compare("TB-TOTAL", "表内合计等于各类级科目之和", [term(total, "合计")], parts, what=f"{caption}合计与类级科目之和")
        if check.outcome == "fail" and caption in partial and sum((p.value for p in parts), ZERO) < total.value:
            yield skipped("TB-TOTAL", "表内合计等于各类级科目之和", "not_applicable",
                          f"{caption}合计{total.value}大于所读类级科目之和，而该表有未能定位的行，未核对")
            continue
        if check.outcome == "fail" and check.severity == "error" and sum((p.value for p in parts), ZERO) < total.value:
            check.severity = "warning"
            check.message += "；分项之和小于合计，可能有未读出的行（如跨页续表）"
        yield check


@rule
def tt_t2_t3(result: ParsedDisclosure) -> Iterator[Check]:
    """The 一般公共预算 expenditure table's 合计·基本支出 = the basic-expenditure table's 人员经费 + 公用经费."""
    subtotals = {line.name: line for line in result.economic_lines if line.code is None and line.name in ("人员经费", "公用经费")}
    if len(subtotals) < 2:
        return
    basic = next((f for f in result.table_figures if f.metric == "basic_expenditure" and f.period == "本年"
                  and f.fund_scope == "一般公共预算财政拨款" and f.value is not None and f.table
                  and "基本支出" not in f.table), None)
    if basic is None:
        return
    # each subtotal as its table printed it: a table in 元 is quoted in 元, with that unit's half-step
    yield compare("TT-T2-T3", "支出表基本支出等于基本支出表人员经费与公用经费之和", [term(basic, "支出表基本支出")],
                  [_line_term(result, line, f"基本支出表{name}") for name, line in subtotals.items()], what="两表的基本支出")
