"""Amounts the prose states, against the tables and against themselves: the stated 收入支出总计 and 项 amounts
against the table rows (PT-TOTAL, PT-ITEM, PT-PROC), the same amount or change printed twice (PR-REPEAT), the
procurement funding bound (PR-PROC), the item paragraphs of a 编制说明, and the 财政拨款 change balance (IE-CHG-BAL).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..prose import FUNCTION_CODES
from ..types import Check, ParsedDisclosure
from ..vocabulary import SANGONG
from .core import (UNIT_FACTOR, ZERO, Term, at_most, coarse_vs_fine, compare, from_amounts, near_literal, opened_at,
                   pct_interval)
from .text import (CHANGE_WORDS, NUM, TableSpan, Text, printed_decimals, table_grids, table_spans, table_unit,
                   text_rule, to_decimal, squeeze)


# ---- stated totals against the table ---------------------------------------------------------------------------

@text_rule
def pt_total(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“(财政拨款)收入支出总计X万元” = the 总计 row of the (财政拨款)收入支出(决算)总表."""
    from ..attachments import table_kind

    spans = table_spans(view, result)
    for match in _STATED_TOTAL.finditer(view.text):
        fiscal = bool(match.group(1))
        value = to_decimal(match.group(2))
        if value is None:
            continue
        page = view.page_at(match.start())
        wanted = "财政拨款收入支出总表" if fiscal else "收入支出总表"
        kind = "appropriation_overview" if fiscal else "overview"  # the same table under a shorter caption (收支总表)
        span = next((s for s in spans if s.caption == wanted), None) or next(
            (s for s in spans if table_kind(s.caption) == kind and _total_cell(s) is not None), None)
        name = ("财政拨款" if fiscal else "") + "收入支出总计正文与总表一致"
        if span is None and "收入支出" not in match.group(0):
            continue  # the words apart (收入、支出) or the short form: said only where the table is found
        if span is None:
            yield Check("PT-TOTAL", name, "insufficient_data", "error", f"未找到{wanted}", [], None, page, "text")
            continue
        cell = _total_cell(span)
        unit = table_unit(view, span)
        if cell is None or unit is None:
            yield Check("PT-TOTAL", name, "insufficient_data", "error", f"{span.printed}的总计行或单位未识别", [], None, page, "text")
            continue
        raw, cell_page = cell
        table_value = to_decimal(raw) * UNIT_FACTOR[unit]  # type: ignore[operator]
        check = coarse_vs_fine("PT-TOTAL", name,
                               Term("正文" + ("财政拨款" if fiscal else "") + "收入支出总计", value, printed_decimals(match.group(2)), "万元", page,
                                    match.group(0)),
                               Term("表中总计", table_value, printed_decimals(raw), unit, cell_page, f"{span.printed} · 总计"))
        check.basis = "text"
        yield check



# “(财政拨款)收入支出总计X万元”, the same pair with the two words apart (“收入、支出(决算)总计均为X万元”), and the
# short form “(财政拨款)收支预算总额X万元” / “收支总决算X万元”; not one fund's (一般公共预算收支总额).
_STATED_TOTAL = re.compile(rf"(?<!一般公共预算)(?<!公共财政预算)(?<!政府性基金)(?<!基金预算)(?<!国有资本经营预算)(财政拨款)?(?:收入[、和与及]?支出(?:决算|预算)?总计(?:均)?"
                           rf"|收支(?:预算|决算)?总额|收支总(?:预算|决算))(?:为)?{NUM}万元")


def _total_cell(span: TableSpan) -> tuple[str, int] | None:
    """The 总计 row's first amount (the income side's 收入总计 where each side prints its own); in a table with no
    总计 row, its 收入合计 row (nothing is added under it)."""
    for pattern in (r"^(?:收入)?总计(\d[\d,]*(?:\.\d+)?)", r"^收入合计(\d[\d,]*(?:\.\d+)?)"):
        for line in span.body:
            found = re.match(pattern, line)
            if found:
                return found.group(1), span.first
    return None


# ---- the same change printed twice; procurement funding ---------------------------------------------------------

@text_rule
def pr_repeat(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A change printed twice for the same quantity must read the same (基本支出/项目支出)."""
    full = re.compile(rf"(基本支出|项目支出){NUM}万元[,，]?(?:比|较)(?:上年|\d{{4}}年度?)(增加|减少){NUM}万元")
    bare = re.compile(rf"(基本支出|项目支出)(增加|减少){NUM}万元")
    stated: dict[str, list[tuple[Decimal | None, Decimal, str, int]]] = {}
    for match in full.finditer(view.text):
        value, delta = to_decimal(match.group(2)), to_decimal(match.group(4))
        if delta is not None:
            sign = delta if match.group(3) == "增加" else -delta
            stated.setdefault(match.group(1), []).append((value, sign, match.group(0), view.page_at(match.start())))
    for match in bare.finditer(view.text):
        delta = to_decimal(match.group(3))
        if delta is not None:
            sign = delta if match.group(2) == "增加" else -delta
            stated.setdefault(match.group(1), []).append((None, sign, match.group(0), view.page_at(match.start())))
    income, general = result.figures.get("income_total"), result.figures.get("general_budget_appropriation")
    one_scope = income is not None and general is not None and income.value is not None and income.value == general.value
    for label, items in stated.items():
        if not one_scope and any(v is None for v, *_ in items):
            # a bare change sits in the all-funds part (二); with other money beside 一般公共预算 it is another scope
            items = [item for item in items if item[0] is not None]
        values = {v for v, *_ in items if v is not None}
        if len(values) > 1 or len(items) < 2:
            continue  # two values: two scopes (二 all funds, 三 财政拨款), not a repeat
        changes = {d for _, d, *_ in items}
        terms = [{"label": label + "变动", "value": str(d), "page": p, "source": s} for _, d, s, p in items]
        if len(changes) == 1:
            yield Check("PR-REPEAT", f"同一数字多处刊印一致：{label}变动", "pass", "warning", f"{label}变动额各处均为{changes.pop()}万元",
                        terms, None, items[0][3], "text")
        else:
            shown = "、".join(f"第{p}页“{s}”" for _, _, s, p in items)
            yield Check("PR-REPEAT", f"同一数字多处刊印一致：{label}变动", "fail", "warning",
                        f"{label}的变动额各处不一：{shown}；读者无法判断哪一处正确，需人工复核", terms, None, items[0][3], "text")


# “一般公共预算拨款收入比上年减少D万元” … “一般公共预算财政拨款支出X万元，比上年减少D′万元”: the change of the year's
# 一般公共预算 appropriation, stated on its income side and on its spending side
_GENERAL_CHANGE = re.compile(rf"一般公共预算(?:财政)?拨款(收入|支出)?(?:预算)?(?:为|是)?(?:{NUM}万元)?[,，]?(?:比|较)"
                             rf"(?:上年|上一年度?|(?:19|20)\d\d年度?)(?:预算数?)?(?:相比)?[,，]?(增加|减少|增长|下降){NUM}万元")


@text_rule
def pr_repeat_general_change(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 预算's 一般公共预算 appropriation is received and spent in the same year: where the words state one amount for
    both sides and no carry-over (上年结转) stands beside it, the change on last year is one figure, whichever side
    states it, and two printings of it must read the same (PR-REPEAT). Only ever a warning: last year's two sides
    may have differed by a carry-over this document does not state."""
    carry = result.figures.get("carryover")
    general = result.figures.get("general_budget_appropriation")
    if result.kind != "预算" or (carry is not None and carry.value):
        return
    items = []
    for match in _GENERAL_CHANGE.finditer(view.text):
        value = to_decimal(match.group(2)) if match.group(2) else (
            general.value if general is not None and match.group(1) != "支出" else None)
        delta = to_decimal(match.group(4))
        if value is None or delta is None:
            continue
        signed = delta if match.group(3) in ("增加", "增长") else -delta
        items.append((value, signed, match.group(4), match.group(0), view.page_at(match.start()), match.group(2)))
    if len(items) < 2 or len({v for v, *_ in items}) > 1:
        return  # two amounts: two scopes, not one figure printed twice
    name = "同一数字多处刊印一致：一般公共预算财政拨款变动"
    terms = [{"label": "一般公共预算财政拨款变动", "value": raw, "page": p, "source": src} for _, _, raw, src, p, _ in items]
    if len({d for _, d, *_ in items}) == 1:
        yield Check("PR-REPEAT", name, "pass", "warning", f"一般公共预算财政拨款变动额各处均为{items[0][2]}万元", terms,
                    None, items[0][4], "text")
        return
    shown = "、".join(f"第{p}页“{src}”" for _, _, _, src, p, _ in items)
    printed = next((raw for *_, raw in items if raw), str(items[0][0]))
    yield Check("PR-REPEAT", name, "fail", "warning", f"一般公共预算财政拨款收支同为{printed}万元，其比上年的变动额各处不一："
                f"{shown}；读者无法判断哪一处正确，需人工复核", terms, None, items[0][4], "text")


_GENERAL_INCOME = r"一般公共预算(?:财政)?拨款收入(?:和支出(?:预算)?(?:均|都))?"
_GENERAL_BARE = r"一般公共预算(?:财政)?拨款(?![收支])"
# The amounts a document states once for the whole year and may print again (PR-REPEAT): label → metric name.
# Each label is a pattern; the 三公 total and the car running costs come back in 其他重要事项 or the vehicle section,
# the 政府采购 total in the 绩效 part ("全年安排政府采购X万元").
REPEATED_AMOUNTS = {"机关运行经费": "机关运行经费", rf"{SANGONG}经费": "“三公”经费",
                    r"公务用车运行(?:维护|维修)?费": "公务用车运行维护费", "政府采购": "政府采购",
                    # a label that names its own fund scope is the same quantity wherever it is printed
                    r"一般公共预算财政拨款支出": "一般公共预算财政拨款支出",
                    # the year's all-funds totals: the 总体情况 and the 收入/支出 parts print them again
                    "本年收入合计": "本年收入合计", "本年支出合计": "本年支出合计",
                    # a 预算's 一般公共预算 income: listed among the sources in 总体情况, stated again in the
                    # 财政拨款 part (“…拨款收入和支出预算均为X万元”)
                    _GENERAL_INCOME: "一般公共预算拨款收入",
                    # the appropriation named bare (neither 收入 nor 支出 after it): the sources of 总体情况 and the
                    # 财政拨款 part both print it, in a 决算 as in a 预算
                    _GENERAL_BARE: "一般公共预算拨款",
                    # every fund's appropriation of the year (no fund named before it, no 收入支出 heading): the
                    # 收入 part and the 财政拨款 part both print it
                    r"(?<!预算)(?<!基金)(?<!经营)财政拨款收入(?!支出)": "财政拨款收入"}
# a section's heading glued to its paragraph (“三、支出决算情况说明2024年度本年支出合计…”) is no subject of its own
_CLAUSE_OPENS = re.compile(r"[。；;，,：:]|第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、]")
# a lead saying what the amount is for (“用于机关日常运转的机关运行经费”) describes the label, and names no other quantity
_OWN_SUBJECT = re.compile(r"(?:其中|本年度?|全年|当年|本部门|本单位|我单位|我部门|我局|本局|(?:19|20)\d\d年度?|的|安排"
                          r"|[一-龥“”]{0,16}?情况(?:说明)?|用于[一-龥]{1,12}的)*")


# “现有车辆的运行开支列入机关运行经费65.40万元统筹保障”: a cost put into the label's amount names that whole amount
_PUT_INTO = re.compile(r"(?:列入|纳入|计入|并入)$")
# the amounts that are 一般公共预算财政拨款 by definition (the 三公 and their car costs, 机关运行经费): naming that fund
# before them (“一般公共预算财政拨款安排“三公”经费预算…”) names no other quantity. Never so for 政府采购, whose
# 一般公共预算拨款 part is a part of it.
_FISCAL_ONLY = {rf"{SANGONG}经费", r"公务用车运行(?:维护|维修)?费", "机关运行经费"}
_FISCAL_SCOPE = re.compile(r"一般公共预算(?:财政)?拨款(?:安排的?|中)?")


def _stated_amounts(view: Text, label: str, year: int | None, kind: str | None) -> list[tuple[str, int, str]]:
    """“（二）机关运行经费：本部门机关运行经费预算为60.00万元”: the label opens its clause (after a heading's number,
    the unit, this year), then the amount (as printed, its page, its unit: 万元 or 元); another year, a 上年 or
    决算/预算 of the other stage is another quantity."""
    stage = r"(?:预算)?(?:安排)?" if kind != "决算" else r"(?:支出|决算|实际支出)?"
    pattern = re.compile(rf"{label}{stage}(?:数|总额|合计|共计)?(?:为|是)?{NUM}(万元|元)")
    found = []
    for match in pattern.finditer(view.text):
        start = match.start()
        clause = _CLAUSE_OPENS.split(view.text[max(0, start - 40):start])[-1]
        clause = re.sub(label, "", clause)  # a heading that names the label, glued to its text
        if label in _FISCAL_ONLY:
            clause = _FISCAL_SCOPE.sub("", clause)
        years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", clause)}
        if (_OWN_SUBJECT.fullmatch(clause) is None and not _PUT_INTO.search(clause)) or (year and years - {year}):
            continue
        found.append((match.group(1), view.page_at(start), match.group(2)))
    return found


@text_rule
def pr_repeat_amount(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The same year's amount printed twice for the same quantity (机关运行经费) must read the same (CHECKS.md 0.2
    rule 5: after rounding the finer printing); beyond both printings' half-steps it is an error."""
    for label, shown in REPEATED_AMOUNTS.items():
        if label == _GENERAL_INCOME and result.kind == "决算":
            continue  # a 决算's appropriation received and spent differ by what is carried over
        stated = _stated_amounts(view, label, result.year, result.kind)
        if len(stated) < 2:
            continue
        first, first_page, first_unit = stated[0]
        for raw, page, unit in stated[1:]:
            check = _repeat_check(shown, (first, first_page, first_unit), (raw, page, unit))
            yield check
            if check.outcome == "fail":
                break
    yield from _restatements(result, view)


def _repeat_check(shown: str, first: tuple[str, int, str], later: tuple[str, int, str], *, restated: bool = False) -> Check:
    """Two printings of one amount, each (as printed, page, unit): compared after rounding the finer one."""
    (first_raw, first_page, first_unit), (raw, page, unit) = first, later
    printings = [Term(f"第{p}页{shown}", to_decimal(r) * UNIT_FACTOR[u], printed_decimals(r), u, p)  # type: ignore[operator]
                 for r, p, u in (first, later)]
    coarse, fine = sorted(printings, key=lambda t: t.half, reverse=True)
    check = coarse_vs_fine("PR-REPEAT", f"同一数字多处刊印一致：{shown}", coarse, fine)
    check.basis = "text"
    second = f"其后又称“上述{raw}{unit}”" if restated else f"在第{page}页为{raw}{unit}"
    if check.outcome == "fail" and check.severity == "error":
        check.message = (f"{shown}在第{first_page}页为{first_raw}{first_unit}，{second}，同一年度"
                         f"同一口径的数字前后不一；两处披露不能同时成立，需人工复核")
    elif check.outcome == "fail" and check.severity == "info" and coarse.half == fine.half:
        # §0.2 rule 5: printed to the same step, two printings of one quantity have no rounding to differ by;
        # within both half-steps they are still two readings of the same number (warning). Printed to two
        # steps, a finer printing at the rounding edge (80.05 beside 80.0) stays a rounding hint (rule 6)
        check.severity = "warning"
        check.message = (f"{shown}在第{first_page}页为{first_raw}{first_unit}，{second}，位数相同却"
                         f"相差{abs(coarse.value - fine.value)}万元，并非取整所致；读者无法判断哪一处正确，需人工复核")
    return check


# “…“三公”经费预算12.10万元，比上年减少0.90万元。上述12.10万元全部由…安排”: an amount that opens its clause with 上述/前述/以上
# restates the amount stated just before it (in its own or the previous sentence)
_RESTATED = re.compile(rf"(?:上述|前述|以上)(?:资金|经费|款项|金额|预算|支出)?(?:共计|合计|共|为)?{NUM}(万元|元)")
_AMOUNT = re.compile(rf"{NUM}(万元|元)")


def _restatements(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-REPEAT for “上述X万元”: X against the amount of a REPEATED_AMOUNTS label stated last before it, within the
    previous sentence. X equal to another amount printed in between, or to a sum of them (with or without the
    label's amount), restates that amount instead and is left alone."""
    stage = r"(?:预算|安排)?" if result.kind != "决算" else r"(?:支出|决算|实际支出)?"
    for restated in _RESTATED.finditer(view.text):
        if restated.start() > 0 and view.text[restated.start() - 1] not in "。；;，,：:\n":
            continue  # 以上/上述 inside a clause (“50万元以上”) is no restatement
        before = view.text[max(0, restated.start() - 400):restated.start()]
        window = "。".join(before.split("。")[-2:])  # the previous sentence and this one up to 上述
        nearest = None
        for label, shown in REPEATED_AMOUNTS.items():
            for match in re.finditer(rf"{label}{stage}(?:数|总额|合计|共计)?(?:为|是)?{NUM}(万元|元)", window):
                if nearest is None or match.start() > nearest[0].start():
                    nearest = (match, shown)
        if nearest is None:
            continue
        match, shown = nearest
        clause = _CLAUSE_OPENS.split(window[max(0, match.start() - 40):match.start()])[-1]
        years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", clause)}
        if "上年" in clause or (result.year and years - {result.year}):
            continue
        value, said = to_decimal(match.group(1)), to_decimal(restated.group(1))
        if value is None or said is None:
            continue
        value *= UNIT_FACTOR[match.group(2)]
        said *= UNIT_FACTOR[restated.group(2)]
        between = [to_decimal(a) * UNIT_FACTOR[u] for a, u in _AMOUNT.findall(window[match.end():])][:8]  # type: ignore[operator]
        if said != value and _a_sum_of(said, between, value):
            continue
        page = view.page_at(match.start() + restated.start() - len(window))
        check = _repeat_check(shown, (match.group(1), page, match.group(2)),
                              (restated.group(1), view.page_at(restated.start()), restated.group(2)), restated=True)
        yield check


def _a_sum_of(target: Decimal, amounts: list[Decimal], lead: Decimal) -> bool:
    """Whether target is one of the amounts or the sum of some of them (with or without lead)."""
    for mask in range(1, 1 << len(amounts)):
        total = sum((a for k, a in enumerate(amounts) if mask >> k & 1), ZERO)
        if target in (total, total + lead):
            return True
    return False


# “6.00万元，上年为8.50万元，比上年减少2.00万元” / “20.00万元，比上年(的)22.50万元减少2.50万元”: a change printed beside
# both years' amounts states the same Δ twice (PR-REPEAT: the printed Δ and now − prior).
_UP_WORDS = ("增加", "增长", "上升")
_BOTH_YEARS = re.compile(
    rf"{NUM}万元[,，]?(?:(?:上年|上年度|去年)(?:预算数?|执行数?|决算数?)?(?:为|是)?{NUM}万元[,，]?(?:比上年|较上年|比去年)?"
    rf"|(?:比|较)(?:上年|上年度|去年|(?:19|20)\d\d年度?)的?(?:预算数?|执行数)?的?{NUM}万元[,，]?)({CHANGE_WORDS}){NUM}万元")


def change_against_years(view: Text, match: re.Match[str], now_raw: str, prior_raw: str, word: str,
                         delta_raw: str) -> Check | None:
    """PR-REPEAT on one sentence that prints this year's amount, last year's and the change: the change stated must be
    the difference (in either order of printing: rules pr_repeat_change here, statements.change_then_prior)."""
    now, prior, delta = to_decimal(now_raw), to_decimal(prior_raw), to_decimal(delta_raw)
    if now is None or prior is None or delta is None:
        return None
    page = view.page_at(match.start())
    sign = Decimal(1) if word in _UP_WORDS else Decimal(-1)
    check = compare("PR-REPEAT", "同一数字多处刊印一致：变动额等于本年数减上年数",
                    [Term("所称变动额", sign * delta, printed_decimals(delta_raw), "万元", page, match.group(0))],
                    [Term("本年", now, printed_decimals(now_raw), "万元", page, match.group(0)),
                     Term("上年", -prior, printed_decimals(prior_raw), "万元", page, match.group(0))],
                    what=f"第{page}页“{match.group(0)}”中变动额与本年数减上年数")
    check.basis = "text"
    if check.outcome == "fail" and check.severity != "info" and check.rule == "PR-REPEAT":
        check.message = (f"第{page}页本年{now_raw}万元、上年{prior_raw}万元，两年之差为{now - prior}万元，文中却称"
                         f"{word}{delta_raw}万元；两处披露不能同时成立，需人工复核")
    return check


@text_rule
def pr_repeat_change(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    for match in from_amounts(_BOTH_YEARS, view.text):
        check = change_against_years(view, match, match.group(1), match.group(2) or match.group(3), match.group(4),
                                     match.group(5))
        if check is not None:
            yield check


@text_rule
def pr_proc_bound(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """Procurement not funded by 一般公共预算 cannot exceed the income that is not 一般公共预算 (or 政府性基金)."""
    name = "政府采购资金来源不超过相应收入"
    match = re.search(rf"其中[:：]?一般公共预算(?:财政)?拨款(?:安排的)?政府采购(?:预算)?{NUM}万元", view.text)
    total, income, general = (result.figures.get(k) for k in ("procurement_total", "income_total", "general_budget_appropriation"))
    if not match or not total or not income or not general or None in (total.value, income.value, general.value):
        return
    part = to_decimal(match.group(1))
    if part is None:
        return
    fund = result.figures.get("gov_fund_appropriation")
    fund_value = fund.value if fund is not None and fund.value is not None else ZERO
    other_procurement = total.value - part  # type: ignore[operator]
    # CHECKS.md: the 政府性基金 income is set aside only with the procurement it pays for; when the text does not
    # state that part, the rest of the procurement may be paid from the 政府性基金 income (其余…由政府性基金安排)
    fund_part = re.search(rf"政府性基金(?:预算)?(?:拨款)?(?:安排的)?政府采购(?:预算)?(?:为|是)?{NUM}万元", view.text)
    fund_bought = to_decimal(fund_part.group(1)) if fund_part else None
    if fund_bought is None:
        fund_value = ZERO
    else:
        other_procurement -= fund_bought
    other_income = income.value - general.value - fund_value  # type: ignore[operator]
    page = view.page_at(match.start())
    check = at_most("PR-PROC-BOUND", name,
                    Term("非一般公共预算拨款的政府采购", other_procurement, 0 if other_procurement == other_procurement.to_integral() else 2,
                         "万元", page, match.group(0)),
                    Term("非一般公共预算拨款的收入", other_income, 2, "万元", income.page, income.source[:120]))
    check.basis = "text"
    if check.outcome == "fail" and check.severity == "warning":
        check.message = (f"政府采购预算总额{total.value}万元，其中一般公共预算拨款{part}万元，其余{other_procurement}万元，"
                         f"而收入中一般公共预算拨款以外仅{other_income}万元：采购资金来源无法成立，需人工复核")
    yield check


# ---- item paragraphs of a 编制说明: “…(项)”A万元 … 执行数为P万元，预算安排B万元，比…增加/减少Q% ---------------------

_ITEM = re.compile(rf"”{NUM}万元[,，]主要用于[^。]*。[^。]{{0,12}}?(?:执行数|预算数)为{NUM}万元[,，]\d{{4}}年(?:预算安排|预算数为?){NUM}万元[,，]"
                   rf"比\d{{4}}年[^,，。\d]{{0,8}}?(增加|减少|增长|下降|持平)(?:{NUM}%)?[。,，]?(?:主要原因(?:是)?[:：]?([^。]*))?")


@text_rule
def item_paragraphs(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    for match in _ITEM.finditer(view.text):
        head_raw, prior_raw, now_raw, word, pct_raw, reason = match.groups()
        head, prior, now = to_decimal(head_raw), to_decimal(prior_raw), to_decimal(now_raw)
        if head is None or prior is None or now is None:
            continue
        page = view.page_at(match.start())
        terms = [{"label": "标题金额", "value": head_raw, "page": page}, {"label": "上年执行数", "value": prior_raw},
                 {"label": "本年预算安排", "value": now_raw}]
        if head != now:
            diff = abs(head - now)
            env = Decimal("0.5") * (Decimal(10) ** -printed_decimals(head_raw) + Decimal(10) ** -printed_decimals(now_raw))
            yield Check("PR-REPEAT", "同一数字多处刊印一致：科目预算数", "fail", "error" if diff > env else "warning",
                        f"第{page}页同一科目的标题金额{head_raw}万元与“预算安排{now_raw}万元”不一致；两处披露不能同时成立，需人工复核",
                        terms, env, page, "text")
        up = word in ("增加", "增长")
        if word == "持平":
            if prior != now:
                yield Check("PR-DIR", "增减表述与数字方向一致", "fail", "warning",
                            f"第{page}页称“持平”，而执行数{prior_raw}万元、预算安排{now_raw}万元不同", terms, None, page, "text")
            continue
        if pct_raw is None:
            continue
        stated = to_decimal(pct_raw)
        if prior == 0:
            yield Check("PR-PCT", "变动率与变动额一致", "fail", "error",
                        f"第{page}页上年执行数为{prior_raw}万元（零基数），却称{word}{pct_raw}%，需人工复核", terms, None, page, "text")
            continue
        if (now > prior) != up and now != prior:
            yield Check("PR-DIR", "增减表述与数字方向一致", "fail", "warning",
                        f"第{page}页称“{word}{pct_raw}%”，而预算安排{now_raw}万元与执行数{prior_raw}万元方向相反", terms, None, page, "text")
            continue
        fits = []
        for amount_raw, amount in ((now_raw, now), (head_raw, head)):
            half = lambda raw, v: Decimal("0.5") * Decimal(10) ** -printed_decimals(raw) if v else ZERO  # noqa: E731
            bounds = pct_interval(abs(amount - prior), half(amount_raw, amount) + half(prior_raw, prior), prior, half(prior_raw, prior))
            half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(pct_raw)
            fits.append(bounds is not None and bounds[0] - half_p <= stated <= bounds[1] + half_p)  # type: ignore[operator]
        if not any(fits):
            actual = abs(now - prior) / prior * 100
            yield Check("PR-PCT", "变动率与变动额一致", "fail", "error" if abs(actual - stated) > 1 else "warning",  # type: ignore[operator]
                        f"第{page}页执行数{prior_raw}万元、预算安排{now_raw}万元，变动率应约为{actual:.2f}%，文中为{pct_raw}%，需人工复核",
                        terms, None, page, "text")
        elif reason:
            said = set(re.findall(r"增加|减少", reason))
            if len(said) == 1 and (said.pop() == "增加") != up:
                yield Check("PR-DIR", "增减表述与原因说明一致", "fail", "warning",
                            f"第{page}页称{word}{pct_raw}%，而原因说明为“{reason[:40]}”，方向相反，需人工复核", terms, None, page, "text")


# A 项 named with its path in the 编制说明: “…(款)…(项)”X万元, or printed without quotes, “…类(类)…(款)…(项)X万元”,
# each name within its own clause. group 1 is the 项 name, group 2 the amount (group 3 its unit in the bare form).
_ITEM_QUOTED = re.compile(rf"“[^”]{{0,40}}?\(款\)([^”]{{1,40}})\(项\)”{NUM}万元")
_ITEM_BARE = re.compile(rf"[^“”()。，,；;:：]{{1,20}}\(类\)[^“”()。，,；;:：]{{1,30}}\(款\)([^“”()。，,；;:：]{{1,40}})\(项\)"
                        rf"[:：]?{NUM}(万元|元)")  # an amount in 元 is held to the table too (a unit slip shows)


def item_paths(view: Text) -> list[re.Match]:
    """Every 项 named with its path, read once per text (two rules read them)."""
    if "item paths" not in view._cache:
        # a bare path's (类) stands one to twenty characters on: tried only there
        bare = opened_at(_ITEM_BARE, view.text, near_literal(view.text, "(类)", least=1, most=20))
        view._cache["item paths"] = [*_ITEM_QUOTED.finditer(view.text), *bare]
    return view._cache["item paths"]


def item_kuan(head: str) -> str | None:
    """The 款 name a 项 path gives, if it gives one."""
    kuan = re.search(r"\(类\)([^”(]{1,40})\(款\)", head)
    return kuan.group(1) if kuan else None


def item_amount(match: re.Match) -> Decimal | None:
    """A 项 path's amount in 万元."""
    value = to_decimal(match.group(2))
    if value is not None and match.re is _ITEM_BARE and match.group(3) == "元":
        return value / 10000
    return value


@text_rule
def pt_item(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“类-款-项”X万元 in the 编制说明 = the 项 row of the same name in the function tables (PT-MAP)."""
    if not result.function_lines:
        return
    by_name: dict[str, list] = {}
    names = {line.code: line.name for line in result.function_lines if line.code}
    for line in result.function_lines:
        if line.level == "项":
            by_name.setdefault(line.name, []).append(line)
    for match in item_paths(view):
        head = view.text[match.start():match.end()]
        kuan = item_kuan(head)
        rows = by_name.get(match.group(1), [])
        if kuan:
            rows = [row for row in rows if names.get((row.code or "")[:5]) in (None, kuan)] or rows
        value = item_amount(match)
        if not rows or value is None:
            continue
        page = view.page_at(match.start())
        unit = match.group(3) if match.re is _ITEM_BARE else "万元"
        prose = Term("正文" + match.group(1), value, printed_decimals(match.group(2)), unit, page, head)
        checks = [coarse_vs_fine("PT-ITEM", "正文科目金额与功能分类表一致",
                                 prose, Term(f"表中{row.code}{row.name}", row.value, None, "万元", row.page, row.table or ""))
                  for row in rows]
        best = next((c for c in checks if c.outcome == "pass"), None) or next(
            (c for c in checks if c.severity == "info"), None) or checks[0]
        best.basis = "text"
        yield best


# a class named with (类) and its amount, opening what the words say it is spent on (“农林水支出（类）A万元，重点用于：
# 村级组织运转，即对村民委员会和村党支部的补助B万元；…”)
_CLASS_OPENING = re.compile(rf"([\u4e00-\u9fa5]{{2,24}}?支出)[(（]类[)）](?:预算|决算)?数?(?:为|是)?{NUM}万元")
# an amount in the words and the words just before it, back to the clause's start
_NAMED_AMOUNT = re.compile(rf"([^\d,，;；:：、。()（）]{{2,40}}){NUM}万元")
# what may stand before a 款/项 name within its clause: the verbs of a use or a list
_ITEM_LEAD = re.compile(r"(?:即|包括|用于|安排|主要是|其中|为|是|有)$")


@text_rule
def pt_item_under_class(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-ITEM for a 款 or 项 named only by its name after its class: “X支出（类）A万元，重点用于：…，即<项名>B万元”.
    The class's amount A must be the 类 row of a function table (so the words speak of that table's funds); a name
    the words print, the whole clause or right after 即/包括/用于…, that is exactly the name of a 款 or 项 row under
    that class in the same table is held to that row's amount (a 款 and a 项 sharing a name: either may be meant)."""
    if not result.function_lines:
        return
    by_table: dict[str | None, list] = {}
    for line in result.function_lines:
        by_table.setdefault(line.table, []).append(line)
    # the (类) mark stands four to twenty-six characters on (“农林水支出（类）”): tried only there
    openings = near_literal(view.text, "(类)", "（类）", least=4, most=26)
    for match in opened_at(_CLASS_OPENING, view.text, openings):
        # the words before the class may run on from a heading printed without a stop: the name is its known tail
        names = sorted((name for name in FUNCTION_CODES if match.group(1).endswith(name)), key=len, reverse=True)
        code = FUNCTION_CODES[names[0]] if names else None
        amount = to_decimal(match.group(2))
        if code is None or amount is None:
            continue
        tables = [rows for rows in by_table.values()
                  if any(row.level == "类" and row.code == code and row.value == amount for row in rows)]
        below = [row for rows in tables for row in rows
                 if row.level in ("款", "项") and (row.code or "").startswith(code)]
        if not below:
            continue
        stop = view.text.find("。", match.end())
        for found in _NAMED_AMOUNT.finditer(view.text, match.end(), stop if stop >= 0 else len(view.text)):
            words, value = found.group(1), to_decimal(found.group(2))
            rows = [row for row in below if words.endswith(row.name) and len(row.name) >= 4
                    and (len(words) == len(row.name) or _ITEM_LEAD.search(words[:len(words) - len(row.name)]))]
            if value is None or not rows:
                continue
            page = view.page_at(found.start())
            prose = Term("正文" + rows[0].name, value, printed_decimals(found.group(2)), "万元", page,
                         view.text[match.start():found.end()][-200:])
            checks = [coarse_vs_fine("PT-ITEM", "正文科目金额与功能分类表一致", prose,
                                     Term(f"表中{row.code}{row.name}", row.value, None, "万元", row.page, row.table or ""))
                      for row in rows]
            best = next((c for c in checks if c.outcome == "pass"), None) or next(
                (c for c in checks if c.severity == "info"), None) or checks[0]
            best.basis = "text"
            yield best


def _column_cell(grid: list[list[str | None]], header: str, row_label: str) -> tuple[str, str] | None:
    """The cell under the column whose header contains `header`, in the row labelled `row_label`."""
    clean = [[squeeze(cell or "") for cell in row] for row in grid]
    row_at = next((i for i, row in enumerate(clean) if row and row[0] == row_label), None)
    if row_at is None:
        return None
    for col in range(len(clean[row_at])):
        label = "".join(row[col] for row in clean[:row_at] if col < len(row))
        if header in label:
            return clean[row_at][col], label
    return None


@text_rule
def pt_proc(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """Prose “其中一般公共预算拨款政府采购X万元” = the 政府采购 table's 合计 in its 一般公共预算 column."""
    match = re.search(rf"其中[:：]?一般公共预算(?:财政)?拨款(?:安排的)?政府采购(?:预算)?{NUM}万元", view.text)
    if not match:
        return
    span = next((s for s in table_spans(view, result) if "采购" in s.caption), None)
    if span is None:
        return
    name = "政府采购中一般公共预算拨款部分与采购表一致"
    page = view.page_at(match.start())
    for grid in table_grids(view, span):
        found = _column_cell(grid, "一般公共预算", "合计")
        if found is None:
            continue
        raw, label = found
        if not raw:  # a blank cell is 0 only where the row's own sum confirms it (§0.3)
            total = _column_cell(grid, "总计", "合计")
            if not total or not total[0] or to_decimal(total[0]) != 0:
                yield Check("PT-PROC", name, "insufficient_data", "error", f"{span.printed}的一般公共预算列为空白，未按0计",
                            [], None, span.first, "text")
                return
            raw = "0"
        value, prose = to_decimal(raw), to_decimal(match.group(1))
        if value is None or prose is None:
            return
        unit = table_unit(view, span)
        if unit is None and value != 0 and prose != 0:  # never assume 万元: only zero against nonzero needs no unit
            yield Check("PT-PROC", name, "insufficient_data", "error", f"{span.printed}的金额单位未识别", [], None, span.first, "text")
            return
        unit = unit or "万元"
        factor = UNIT_FACTOR[unit]
        check = coarse_vs_fine("PT-PROC", name, Term("正文一般公共预算拨款政府采购", prose, printed_decimals(match.group(1)), "万元",
                                                   page, match.group(0)),
                               Term("采购表一般公共预算列合计", value * factor, printed_decimals(raw), unit, span.first,
                                    f"{span.printed} · 合计 · {label}"))
        check.basis = "text"
        yield check
        return


_FISCAL_CHANGE = re.compile(rf"财政拨款(收入|支出)(?:预算)?{NUM}万元[,，]?(?:比|较)(\d{{4}}年[^,，。;；\d]{{0,8}}?)(增加|减少){NUM}万元")


@text_rule
def ie_chg_bal_fiscal(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """In a 预算 both years balance: the stated change of 财政拨款收入 equals that of 财政拨款支出 (IE-CHG-BAL)."""
    if result.kind != "预算":
        return
    found: dict[str, re.Match] = {}
    for match in _FISCAL_CHANGE.finditer(view.text):
        found.setdefault(match.group(1), match)
    if len(found) < 2:
        return
    income, spend = found["收入"], found["支出"]
    terms = []
    for match in (income, spend):
        delta = to_decimal(match.group(5))
        if delta is None:
            return
        sign = delta if match.group(4) == "增加" else -delta
        terms.append(Term(f"财政拨款{match.group(1)}变动", sign, printed_decimals(match.group(5)), "万元",
                          view.page_at(match.start()), match.group(0)))
    check = compare("IE-CHG-BAL", "财政拨款收入变动额等于财政拨款支出变动额", [terms[0]], [terms[1]],
                    what="财政拨款收入与支出的上年比较变动额")
    basis = [re.sub(r"\d{4}年", "", m.group(3)) for m in (income, spend)]
    if check.outcome == "fail" and check.severity == "error" and basis[0] != basis[1]:
        check.severity = "warning"
        check.message = check.message.replace("两处披露不能同时成立，需人工复核", "需人工复核")
        check.message += f"；两句的比较基数不同（{basis[0] or '上年'}与{basis[1] or '上年'}），可能均成立"
    check.basis = "text"
    yield check


# the all-funds 收入/支出 total of a 预算 as the words state it, and the first comparison with last year after it
# (in its own clause or in the sentence after its list of parts, “…。较2025年年初预算3,000.00万元减少200.00万元”)
_TOTAL_STATED = re.compile(rf"(?<!拨款)(?<!基金)(收入|支出)(?:预算)?(?:总计|合计|总额)(?:为|是)?{NUM}万元")
_TOTAL_COMPARED = re.compile(
    rf"(?:比|较|与)(上年度?|去年|\d{{4}}年度?)的?((?:年初)?(?:预算|预计执行|执行)?)数?(?:为|是)?(?:{NUM}万元)?(?:相比|相较|比较)?"
    rf"[,，]?(增加|减少){NUM}万元")


def _total_change(view: Text, match: re.Match[str]) -> re.Match[str] | None:
    """The first comparison with last year after a stated total, before the next total, section or paragraph end,
    with no other amount between the two but the total's own 其中 list in its sentence."""
    end = match.end()
    stop = _TOTAL_STATED.search(view.text, end)
    limit = min(stop.start() if stop else len(view.text), end + 260)
    segment = view.text[end:limit]
    cut = re.search(r"\n|[一二三四五六七八九十]、|（[一二三四五六七八九十]）", segment)
    compared = _TOTAL_COMPARED.search(view.text, end, end + (cut.start() if cut else len(segment)))
    between = view.text[end:compared.start()] if compared is not None else ""
    if re.search(rf"{NUM}万元", between):
        # other amounts stand between (members, last year's total, another sentence's subject): the change may be
        # theirs, unless they are the total's own 其中 list and the change opens the very next sentence
        own, _, after = between.partition("。")
        if not (re.match(r"[,，]?其中", own) and _ and not re.search(rf"{NUM}万元", after)):
            return None
    return compared


@text_rule
def ie_chg_bal_totals(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """In a 预算 both years balance, so the change of the 收入 total and that of the 支出 total against one prior
    must be equal (IE-CHG-BAL read from the words): the first stated total of each side with the first comparison
    after it. Both comparisons must name the same basis (年初预算 or 预算 alike; 执行数 only with 执行数), and the two
    totals must be equal (the document's all-funds pair). A 决算 balances its grand totals alone (收入总计 with the
    carry-over in, 支出总计 with the carry-over out), in either year: there only 总计 is read."""
    if result.kind not in ("预算", "决算"):
        return
    firsts: dict[str, re.Match[str]] = {}
    for match in opened_at(_TOTAL_STATED, view.text, near_literal(view.text, "收入", "支出", least=0, most=0)):
        if result.kind == "决算" and "总计" not in match.group(0):
            continue
        if result.kind == "决算" and re.search(r"财政拨款|基金|上年|去年", view.text[max(0, match.start() - 8):match.start()]):
            continue  # a 决算's 财政拨款 totals, or last year's
        firsts.setdefault(match.group(1), match)
    if set(firsts) != {"收入", "支出"} or to_decimal(firsts["收入"].group(2)) != to_decimal(firsts["支出"].group(2)):
        return
    terms, bases = [], []
    for side in ("收入", "支出"):
        compared = _total_change(view, firsts[side])
        delta = to_decimal(compared.group(5)) if compared else None
        if compared is None or delta is None:
            return
        bases.append("执行" if "执行" in compared.group(2) else "预算")
        terms.append(Term(f"{side}合计变动", delta if compared.group(4) == "增加" else -delta,
                          printed_decimals(compared.group(5)), "万元", view.page_at(compared.start()),
                          view.text[firsts[side].start():compared.end()][:200]))
    if bases[0] != bases[1]:
        return
    check = compare("IE-CHG-BAL", "收入变动额等于支出变动额（同一比较基数）", [terms[0]], [terms[1]],
                    what="收入与支出对同一上年基数的变动额")
    check.basis = "text"
    yield check


ie_chg_bal_totals.defers = True  # type: ignore[attr-defined]
