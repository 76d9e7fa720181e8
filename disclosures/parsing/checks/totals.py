"""Totals the words state and what they must hold: a 决算's 收入总计 and 支出总计 (D-001), the year balance of a fund,
a fund stated then denied or against its table (PT-GF), funds a self-evaluation covers (PR-PERF), a part named by 其中
and a partial list that must stay within their whole (IE-SCOPE-LE), and a 财政拨款 total bracketing its funds
(IE-INC-SUM). Each reads the words only (basis "text"), with the tolerance of §0.2 of CHECKS.md.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from typing import Iterator

from ..lists import PARTIAL_OPENER, closed_list, listed_parts
from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, ZERO, Term, anchored, at_most, coarse_vs_fine, compare, near_literal, number_before, opened_at, \
    term
from .text import CHANGE_WORDS, NUM, Text, printed_decimals, text_rule, to_decimal


# A 决算's two totals in the words (CHECKS.md IE-BAL: for 决算 D-001): 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余,
# 收入总计 = 本年收入合计 + 用事业基金弥补收支差额 + 年初结转和结余. All funds only: 财政拨款's own totals are not read.
_FINAL_TERMS = {
    "支出总计": r"(?<!收入)(?<!拨款)支出(?:决算)?总计", "本年支出合计": r"(?<!拨款)(?:本年|(?:19|20)\d\d年度)支出(?:决算)?合计",
    "结余分配": r"(?<!拨款)结余分配", "年末结转和结余": r"(?<!拨款)年末结转和?结余",
    "收入总计": r"(?<!拨款)收入(?:决算)?总计", "本年收入合计": r"(?<!拨款)(?:本年|(?:19|20)\d\d年度)收入(?:决算)?合计",
    "用事业基金弥补收支差额": r"用事业基金弥补收支差额", "年初结转和结余": r"(?<!拨款)(?:年初|上年)结转和?结余",
}
_FINAL_SIDES = (("支出总计", ("本年支出合计", "结余分配", "年末结转和结余"), "支出总计等于本年支出合计加结余分配和年末结转和结余"),
                ("收入总计", ("本年收入合计", "用事业基金弥补收支差额", "年初结转和结余"), "收入总计等于本年收入合计加年初结转和结余"))
# “收入支出总计均为5,181.97万元”: one grand total printed for both sides
_BOTH_TOTALS = re.compile(rf"(?<!拨款)(?:收入(?:和|与|、)?支出|收支)(?:决算)?总计(?:均|都)(?:为|是)?{NUM}万元")
# “2023年度一般公共预算财政拨款年初结转和结余A万元，本年收入B万元；…年末结转和结余D万元”: one fund's own balance
_FUND_LEAD = re.compile(r"(?:一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:财政)?拨款")


_HEADING = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[、.．)）]|第[一二三四五六七八九十]+部分)[^。\d]{0,30}$")


def _in_fund_sentence(view: Text, at: int) -> bool:
    """Whether the sentence holding `at` opens with one fund's name (within a year or two words of its start); a
    heading line printed right before the sentence, without a stop, is not part of it, nor a table's “注:”."""
    text = view.text
    opening = max(text.rfind("。", 0, at) + 1, *(text.rfind(note, 0, at) + 2 for note in ("注:", "注：")))
    line = bisect_right(view.starts, at) - 1
    while line > 0 and view.starts[line] > opening:
        if _HEADING.match(text[view.starts[line - 1]:view.starts[line]]):
            opening = view.starts[line]
            break
        line -= 1
    lead = _FUND_LEAD.search(text, opening, at)
    return lead is not None and lead.start() - opening <= 12


# words of a part that may sit in a total without an amount in the words: the sum cannot be judged then. 结余分配 is
# a part of the spending side only; the kinds of 结余 and 事业基金 may be used on either (使用非财政拨款结余)
_UNSTATED_PART = {"支出总计": re.compile(r"非财政拨款结余|专用结余|事业基金|结余分配"),
                  "收入总计": re.compile(r"非财政拨款结余|专用结余|事业基金")}


@text_rule
def final_totals(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 决算's 支出总计 (收入总计) against the parts the words state for it, each printed once with one amount; a part
    the words do not state is 0 only when none of the words that name such a part appear at all."""
    if result.kind != "决算":
        return
    stated: dict[str, list[re.Match[str]]] = {}
    for label, words in _FINAL_TERMS.items():
        stated[label] = [m for m in re.finditer(rf"(?:{words})(?:数)?(?:为|是|共计)?{NUM}万元", view.text)
                         if not _in_fund_sentence(view, m.start())]
    for both in _BOTH_TOTALS.finditer(view.text):
        stated["收入总计"].append(both)
        stated["支出总计"].append(both)
    # a 决算 balances, 收入总计 = 支出总计: words that print only the 收入总计 give the total of the spending side too
    spending_from_income = not stated["支出总计"] and bool(stated["收入总计"])
    if spending_from_income:
        stated["支出总计"] = stated["收入总计"]
    for total_label, part_labels, name in _FINAL_SIDES:
        totals = stated[total_label]
        if not totals or len({to_decimal(m.group(1)) for m in totals}) != 1:
            continue
        parts, unknown = [], False
        for label in part_labels:
            found = stated[label]
            if len({to_decimal(m.group(1)) for m in found}) > 1:
                unknown = True
            elif found:
                parts.append((label, found[0]))
        named = {label for label, _ in parts}
        if unknown or not {part_labels[0], part_labels[2]} <= named:
            continue
        total, totals_side = totals[0], total_label
        if total_label == "支出总计" and spending_from_income:
            total_label = "收入总计（即支出总计）"
        check = compare("D-001", name, [Term(total_label, to_decimal(total.group(1)), printed_decimals(total.group(1)), "万元",  # type: ignore[arg-type]
                                             view.page_at(total.start()), total.group(0))],
                        [Term(label, to_decimal(m.group(1)), printed_decimals(m.group(1)), "万元", view.page_at(m.start()), m.group(0))  # type: ignore[arg-type]
                         for label, m in parts], what=f"决算{total_label}与其构成")
        if check.outcome == "fail" and check.severity == "error" and len(named) < 3:
            missing = [label for label in part_labels if label not in named]
            if any(re.search(_FINAL_TERMS[label], view.text) for label in missing) or _UNSTATED_PART[totals_side].search(view.text):
                continue  # a part named without its amount (or another fund's 结余) may account for the difference
        check.basis = "text"
        yield check
    if not stated["收入总计"] and not stated["支出总计"]:
        yield from _year_sides(view, stated)


# the four amounts of a 决算's year on both sides, when the words print neither grand total
_YEAR_SIDES = (("本年收入合计", "年初结转和结余"), ("本年支出合计", "年末结转和结余"))
# words of a term either side may hold besides those four (用事业基金弥补收支差额, 结余分配, other 结余 kinds)
_OTHER_TERM = re.compile(r"非财政拨款结余|专用结余|事业基金|结余分配")


def _year_sides(view: Text, stated: dict[str, list[re.Match[str]]]) -> Iterator[Check]:
    """D-001 with the grand totals left unprinted: 收入总计 = 支出总计 still holds, so 本年收入合计 + 年初结转和结余 =
    本年支出合计 + 年末结转和结余, each stated once with one amount. Not read when the words name a term either side
    may also hold (用事业基金弥补收支差额, 结余分配, 非财政拨款结余…): its amount could make up the difference."""
    found = {}
    for label in (label for side in _YEAR_SIDES for label in side):
        amounts = {to_decimal(m.group(1)) for m in stated[label]}
        if len(amounts) != 1 or None in amounts:
            return
        found[label] = stated[label][0]
    if _OTHER_TERM.search(view.text):
        return

    def side(labels: tuple[str, ...]) -> list[Term]:
        return [Term(label, to_decimal(found[label].group(1)), printed_decimals(found[label].group(1)), "万元",  # type: ignore[arg-type]
                     view.page_at(found[label].start()), found[label].group(0)) for label in labels]

    income, spending = side(_YEAR_SIDES[0]), side(_YEAR_SIDES[1])
    check = compare("D-001", "本年收入合计加年初结转和结余等于本年支出合计加年末结转和结余", income, spending,
                    what="决算收支两侧（本年收入合计+年初结转和结余，本年支出合计+年末结转和结余）")
    check.basis = "text"
    yield check


# “政府性基金预算财政拨款年初结转和结余A万元，本年收入B万元，本年支出C万元，年末结转和结余D万元”: one fund's year in
# a 决算's words, whose four amounts balance (A + B = C + D, the fund's own D-001)
_SEP = r"[,，;；]"
_FUND_YEAR = re.compile(
    rf"(一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:财政)?拨款(?:收支)?(?:决算)?的?"
    rf"年初结转和?结余(?:为|是)?{NUM}万元{_SEP}本年收入(?:为|是)?{NUM}万元{_SEP}"
    rf"本年支出(?:为|是)?{NUM}万元{_SEP}年末结转和?结余(?:为|是)?{NUM}万元")
_FUND_YEAR_ANCHOR = re.compile(r"年末结转和?结余")


@text_rule
def fund_year_balance(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A fund's 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余, as one 决算 sentence states them."""
    if result.kind != "决算":
        return
    for found in anchored(_FUND_YEAR, _FUND_YEAR_ANCHOR, view.text, before=160, after=30):
        fund = found.group(1)
        amounts = [(raw, to_decimal(raw)) for raw in found.groups()[1:]]
        if any(value is None for _, value in amounts):
            continue
        page = view.page_at(found.start())
        terms = [Term(label, value, printed_decimals(raw), "万元", page, found.group(0))  # type: ignore[arg-type]
                 for label, (raw, value) in zip(("年初结转和结余", "本年收入", "本年支出", "年末结转和结余"), amounts)]
        check = compare("D-001", f"{fund}财政拨款：年初结转和结余加本年收入等于本年支出加年末结转和结余",
                        terms[:2], terms[2:], what=f"第{page}页{fund}财政拨款收支")
        check.basis = "text"
        yield check


# “本年收入…，其中…政府性基金预算财政拨款收入36.00万元” and later “本部门没有政府性基金预算财政拨款收入”
_FUNDS = r"政府性基金|国有资本经营"
# the side may go unnamed when the whole appropriation is denied (“本部门无政府性基金预算拨款，…”): both sides then
_DENIED = re.compile(rf"(?:没有|无|未安排|不涉及|未使用)(?:使用)?[^。；;，,\d]{{0,8}}?({_FUNDS})"
                     rf"(?:[^。；;，,\d]{{0,14}}?(收入|支出|收支)|(?:预算)?(?:财政)?(?:拨款|资金)(?=[。；;，,]))")
_FUND_AMOUNT = re.compile(rf"({_FUNDS})(?:预算)?(?:财政)?(?:拨款)?(?:安排的)?(收入|支出)(?:预算|决算)?数?(?:为|是)?{NUM}万元")
_OTHER_YEAR = re.compile(r"上年|去年|上一年|((?:19|20)\d\d)年")


@text_rule
def fund_stated_then_denied(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-GF in the words: a sentence that says the unit has no 政府性基金 (or 国有资本经营) income or spending, and
    another that lists a non-zero amount of that very side of that fund for the year. The denial names its side
    (收入, 支出, or 收支 for both; a denied 拨款 or 资金 with no side is both); an amount in a clause about another
    year is not this year's. The finding is on the denial's page: it is the sentence the amounts contradict."""
    name = "正文所称无某类资金与所列金额一致"
    text = view.text
    denials = [(m.group(1), m.group(2) or "收支", m) for m in _DENIED.finditer(text)
               if not _other_year(text, m.start(), result.year)]
    if not denials:
        return
    seen: set[tuple[str, str]] = set()
    for amount in _FUND_AMOUNT.finditer(text):
        fund, side, raw = amount.groups()
        value = to_decimal(raw)
        if not value or (fund, side) in seen:
            continue
        if _other_year(text, amount.start(), result.year):
            continue  # 上年…, or another year's amount
        for d_fund, d_side, denial in denials:
            if d_fund != fund or d_side not in (side, "收支"):
                continue
            seen.add((fund, side))
            page, said = view.page_at(amount.start()), view.page_at(denial.start())
            sentence = text[denial.start():text.find("。", denial.start()) + 1 or denial.end()][:80]
            yield Check("PT-GF", name, "fail", "error",
                        f"第{page}页列{fund}{side}{raw}万元，第{said}页却称“{sentence}”；两处披露不能同时成立，需人工复核",
                        [{"label": f"{fund}{side}", "value": raw, "page": page, "source": amount.group(0)},
                         {"label": "所称无", "value": denial.group(0), "page": said}], None, said, "text")
            break


# “政府性基金预算支出60.00万元，全部为项目支出”: a 预算's prose spending of the fund, held to the total of its own
# table (表五 政府性基金预算支出表, whose 合计 is that spending); a clause about another year is not read
_FUND_TABLE = re.compile(r"政府性基金.*支出")


@text_rule
def fund_spending_vs_table(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-GF for the spending side: prose amounts = 表五. Only in a 预算, where the fund's expenditure table prints this
    year's spending; the first such sentence of the document is held (a later one may be a part of it)."""
    if result.kind != "预算":
        return
    cells = [f for f in result.table_figures if f.metric == "gov_fund_appropriation" and f.period == "本年"
             and f.fund_scope == "政府性基金" and f.table and _FUND_TABLE.search(f.table) and f.value is not None]
    if not cells:
        return
    cell = cells[0]
    for amount in _FUND_AMOUNT.finditer(view.text):
        fund, side, raw = amount.groups()
        if fund != "政府性基金" or side != "支出" or _other_year(view.text, amount.start(), result.year):
            continue
        value = to_decimal(raw)
        if value is None:
            continue
        page = view.page_at(amount.start())
        check = coarse_vs_fine("PT-GF", "政府性基金支出正文与政府性基金预算支出表一致",
                               Term("正文政府性基金支出", value, printed_decimals(raw), "万元", page, amount.group(0)),
                               term(cell, f"{cell.table}合计"))
        check.basis = "text"
        check.page = page
        yield check
        return


def _other_year(text: str, at: int, year: int | None) -> bool:
    """The clause before `at` names the prior year or a year other than the document's."""
    clause = re.split(r"[。；;，,]", text[max(0, at - 40):at])[-1]
    years = {m.group(1) for m in _OTHER_YEAR.finditer(clause)}
    return bool(years) and years != {str(year)}


# “本部门一般公共预算财政拨款项目支出全部开展了绩效自评，…，涉及资金1,862.40万元”: the funds a 决算's self-evaluation
# covers, against the 一般公共预算 项目支出 another sentence states (“一般公共预算财政拨款支出A万元，其中…项目支出B万元”)
_SELF_EVALUATION = re.compile(r"绩效(?:自评|评价)")
_EVALUATED_FUNDS = re.compile(rf"(?:涉及|覆盖)(?:的)?(?:[^。,，;；\d]{{0,16}}?)?(?:资金|拨款|项目支出|金额)(?:总额|合计|共计)?(?:为|是|共)?{NUM}万元")
_GENERAL_PROJECT = re.compile(
    rf"一般公共预算(?:财政)?(?:拨款)?(?:支出)?(?:决算|预算)?数?(?:合计|共计)?(?:为|是)?{NUM}万元[^。;；]{{0,30}}?"
    rf"项目支出(?:决算|预算)?数?(?:为|是)?{NUM}万元"
    rf"|一般公共预算(?:财政)?(?:拨款)?项目支出(?:决算|预算)?数?(?:为|是)?(?P<own>{NUM})万元")


@text_rule
def self_evaluated_funds(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-PERF for a 决算: the 一般公共预算 funds its 绩效自评 covers (“…绩效自评，涉及资金X万元”) cannot exceed the
    一般公共预算 项目支出 the document states (the figure rule reads only the 预算's 绩效目标 wording). Runs only when
    the self-evaluation sentence names the 一般公共预算 and the text states one such 项目支出."""
    if result.kind != "决算":
        return
    name = "绩效自评涉及资金不超过一般公共预算项目支出"
    for sentence in re.finditer(r"[^。]+", view.text):
        text = sentence.group(0)
        if not _SELF_EVALUATION.search(text):
            continue
        funds = _EVALUATED_FUNDS.search(text)
        if funds is None or "一般公共预算" not in text:
            continue
        stated = [m for m in _GENERAL_PROJECT.finditer(view.text) if not sentence.start() <= m.start() < sentence.end()]
        if not stated:
            stated = _project_of_all_general(view.text)
        whole = _general_project(result) if not stated else None
        if whole is None:
            if len({to_decimal(m.group(2) or m.group("own")) for m in stated}) != 1:
                continue  # none, or several 项目支出 (预算 and 决算, two years): which one is meant is not known
            found = stated[0]
            raw = found.group(2) or found.group("own")
            project = to_decimal(raw)
            if project is None:
                continue
            whole = Term("一般公共预算项目支出", project, printed_decimals(raw), "万元", view.page_at(found.start()), found.group(0))
        value = to_decimal(funds.group(1))
        if value is None:
            continue
        page = view.page_at(sentence.start() + funds.start())
        check = at_most("PR-PERF", name, Term("绩效自评涉及资金", value, printed_decimals(funds.group(1)), "万元", page, text[:200]),
                        whole, severity="error")
        check.basis = "text"
        yield check


def _general_project(result: ParsedDisclosure) -> Term | None:
    """The 项目支出 the words state for the 一般公共预算财政拨款 (the parser's prose figure of that scope: a split under a
    part headed 一般公共预算财政拨款支出…, “其中基本支出A万元，项目支出B万元”, a sentence or two after its total)."""
    project = result.figures.get("project_expenditure")
    if project is None or project.value is None or project.origin != "prose" \
            or project.fund_scope != "一般公共预算财政拨款" or project.period not in (None, "本年"):
        return None
    return term(project, "一般公共预算项目支出")


# “财政拨款支出A万元，全部为一般公共预算财政拨款，…。按支出性质分，基本支出B万元，项目支出C万元”: when the
# words say every 财政拨款 is 一般公共预算, the 项目支出 of that paragraph is the 一般公共预算 one
_ALL_GENERAL = re.compile(r"(?:全部|均|全)(?:为|是|属于?)一般公共预算(?:财政)?拨款")
_PARAGRAPH_END = re.compile(r"\n|[一二三四五六七八九十]+、")
_PROJECT_AFTER = re.compile(rf"()()项目支出(?:决算|预算)?数?(?:为|是)?(?P<own>{NUM})万元")


def _project_of_all_general(text: str) -> list[re.Match[str]]:
    """The 项目支出 a paragraph prints after saying that all its 财政拨款 is 一般公共预算 (within 200 characters, before
    the next line or numbered heading); none when the words make no such claim."""
    found = []
    for claim in _ALL_GENERAL.finditer(text):
        end = min(len(text), claim.end() + 200)
        stop = _PARAGRAPH_END.search(text, claim.end(), end)
        found.extend(_PROJECT_AFTER.finditer(text, claim.end(), stop.start() if stop else end))
    return found


# “一般公共预算财政拨款支出482.40万元，其中项目支出52.20万元”: the part 其中 names right after its whole
_PART_OF = re.compile(rf"(?<![\d.]){NUM}(万元|亿元|元)[,，]?其中[:：]?([^\d,，;；。:：、()（）%]{{2,24}}?)(?:为|是)?{NUM}(万元|亿元|元)")
_CHANGE_NEAR = re.compile(rf"(?:{CHANGE_WORDS}|提高|压减|增支|减支|缩减|变化|比|较|同比|占|超|节约|差)")


@text_rule
def part_named_by_qizhong(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A part 其中 names right after its whole, in one sentence, is of the whole's own scope: it cannot exceed it
    (IE-SCOPE-LE, an error here: no scope to mistake). Not read on a change (a part's change may exceed the total's)."""
    # the whole's amount ends one to three characters (its unit, a comma) before 其中: tried only in such amounts
    for found in opened_at(_PART_OF, view.text, number_before(view.text, "其中", gap=3)):
        whole_raw, whole_unit, label, part_raw, part_unit = found.groups()
        clause = view.text[max(0, found.start() - 12):found.start()]
        if _CHANGE_NEAR.search(label) or _CHANGE_NEAR.search(re.split(r"[,，;；。:：]", clause)[-1]) \
                or whole_raw.startswith("-") or part_raw.startswith("-"):
            continue
        if view.text[found.end():found.end() + 1] == "%":
            continue
        whole, part = to_decimal(whole_raw), to_decimal(part_raw)
        if whole is None or part is None:
            continue
        page = view.page_at(found.start())
        source = found.group(0)
        check = at_most("IE-SCOPE-LE", "其中所列部分不大于整体",
                        Term(label, part * UNIT_FACTOR[part_unit], printed_decimals(part_raw), part_unit, page, source),
                        Term("合计", whole * UNIT_FACTOR[whole_unit], printed_decimals(whole_raw), whole_unit, page, source),
                        severity="error")
        check.basis = "text"
        if check.outcome == "fail":
            yield check


# “公用经费57.60万元，主要为办公费20.00万元、水电费10.00万元”: a list that may leave parts out
_PARTIAL_LIST = re.compile(rf"(?<![\d.]){NUM}(万元|亿元|元|辆|人|名)[,，]?{PARTIAL_OPENER}")
_AMOUNT_UNIT = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)(万元|亿元|元|辆|人|名)$")
# “安排项目4个，资金448.00万元。主要项目：1.A x万元；2.B y万元。”: the amount closes its sentence and the next one
# opens the list of its main parts, naming them by a noun the amount's own sentence uses (项目, 支出, 用途…)
_PARTIAL_NEXT = re.compile(rf"(?<![\d.]){NUM}(万元|亿元|元)。主要(项目|支出|用途|内容)(?:有|包括|为|是)?[:：]")


_PARTIAL_AT = re.compile(PARTIAL_OPENER)
_PARTIAL_NEXT_AT = re.compile("。主要")


def _partial_lists(text: str) -> Iterator[re.Match[str]]:
    # searched only around their openers: a pattern that opens with an amount is otherwise tried at every digit
    yield from anchored(_PARTIAL_LIST, _PARTIAL_AT, text, before=24, after=0)
    for found in anchored(_PARTIAL_NEXT, _PARTIAL_NEXT_AT, text, before=24, after=8):
        opening = text.rfind("。", 0, found.start()) + 1
        if found.group(3) in text[opening:found.start()]:
            yield found
_COUNTS = ("辆", "人", "名")


@text_rule
def partial_list_within_whole(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The parts a “主要为” list names may fall short of their whole, never exceed it (IE-SCOPE-LE: an error within one
    sentence, where no scope can be mistaken, or in the sentence right after the whole that opens with “主要项目：”)."""
    for found in _partial_lists(view.text):
        parts = listed_parts(view.text, found.end())
        amounts = [_AMOUNT_UNIT.match(amount) for _, amount in parts or []]
        if not parts or not all(amounts) or found.group(1).startswith("-"):
            continue
        counted = {m.group(2) in _COUNTS for m in amounts} | {found.group(2) in _COUNTS}  # type: ignore[union-attr]
        if len(counted) > 1:
            continue  # money parts of a count, or the reverse: not a list of this whole's parts
        page = view.page_at(found.start())
        source = view.text[found.start():found.end() + 200].split("。")[0]
        if counted == {True}:
            yield from _counted_parts_within(found.group(1), [m.group(1) for m in amounts], page, source)  # type: ignore[union-attr]
            continue
        terms = [Term(label, to_decimal(m.group(1)) * UNIT_FACTOR[m.group(2)], printed_decimals(m.group(1)), m.group(2), page, source)  # type: ignore[operator, union-attr]
                 for (label, _), m in zip(parts, amounts)]
        yield from _parts_within(terms, found, page, source, "所列主要部分之和不大于整体")


# “政府性基金预算支出A万元，其中：B万元，C万元。”: a whole and the list of its parts that 其中 (包括, 具体为) opens and
# that runs, part after part, to the end of the sentence (lists.canonical_lists writes most lists in this shape)
_LISTED_AFTER = re.compile(rf"(?<![\d.]){NUM}(万元|亿元|元)[,，]?(?:其中|具体包括|(?<!主要)包括|具体为)([:：]?)")
# a part's label that is no part of the same level: a change, a share, a nested breakdown, a total, last year's
_NOT_A_PART = re.compile(rf"{CHANGE_WORDS}|比|较|同比|占|其中|包括|含|合计|小计|总计|总额|上年|去年|上一年|年初|人均|每")
_MONEY = ("万元", "亿元", "元")
# parts whose sum against their whole another rule reads (IE-BP: 基本/项目; splits: 人员/公用; IE-INC-SUM: income
# sources and carry-overs; PR-PROC-SUM: 货物/工程/服务; SG-SUM: the 三公 items): a list naming one is left to it
_READ_ELSEWHERE = re.compile(r"(?:基本|项目)支出|(?:人员|公用)经费|(?:收入|拨款|结转|结余)$|^(?:货物|工程|服务)类?|三公|出国|公务用车|公务接待")


@text_rule
def listed_parts_within_whole(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The parts a 其中 list names after its whole, the list running to the end of the sentence, cannot add up to
    more than the whole (IE-SCOPE-LE: an error, parts of one whole in one sentence; a list may leave parts out, so
    less is not read). Not read when a part is the sum of other listed parts (two levels of one breakdown listed
    side by side), nor on a change, a share or a nested 其中, nor on the parts another rule adds up (基本/项目,
    income sources, 货物/工程/服务, the 三公 items), which would report the same slip twice."""
    openings = set(number_before(view.text, "其中", gap=3)) | set(number_before(view.text, "包括", gap=5)) \
        | set(number_before(view.text, "具体为", gap=3))
    for found in opened_at(_LISTED_AFTER, view.text, sorted(openings)):
        clause = view.text[max(0, found.start() - 12):found.start()]
        if found.group(1).startswith("-") or _CHANGE_NEAR.search(re.split(r"[,，;；。:：]", clause)[-1]):
            continue
        parts = closed_list(view.text, found.end(), colon=bool(found.group(3)))
        amounts = [_AMOUNT_UNIT.match(amount) for _, amount in parts or []]
        if not parts or not all(m is not None and m.group(2) in _MONEY and not m.group(1).startswith("-") for m in amounts) \
                or any(_NOT_A_PART.search(label) or _READ_ELSEWHERE.search(label) for label, _ in parts):
            continue
        values = [to_decimal(m.group(1)) * UNIT_FACTOR[m.group(2)] for m in amounts]  # type: ignore[operator, union-attr]
        if _subtotal_among(values):
            continue
        page = view.page_at(found.start())
        source = view.text[found.start():found.end() + 200].split("。")[0]
        terms = [Term(label, value, printed_decimals(m.group(1)), m.group(2), page, source)  # type: ignore[union-attr]
                 for (label, _), value, m in zip(parts, values, amounts)]
        yield from _parts_within(terms, found, page, source, "其中所列各部分之和不大于整体")


def _subtotal_among(values: list) -> bool:
    """Whether one listed amount is the sum of two or more of the others (a 财政拨款 listed beside its 基本 and 项目);
    a list too long to try every sum of is taken as one that may hold such a subtotal."""
    if len(values) > 12:
        return True
    others = len(values) - 1
    for k, value in enumerate(values):
        rest = values[:k] + values[k + 1:]
        sums = {ZERO}
        for amount in rest:
            sums |= {s + amount for s in sums}
        if any(abs(value - s) <= Decimal("0.015") * others and s not in (ZERO, *rest) for s in sums):
            return True
    return False


def _counted_parts_within(whole_raw: str, part_raws: list[str], page: int, source: str) -> Iterator[Check]:
    """Counts are exact (CHECKS.md §0.2 rule 8): the listed parts of a count may not add up to more than it."""
    whole, parts = int(whole_raw), [int(raw) for raw in part_raws]
    if sum(parts) > whole:
        yield Check("IE-SCOPE-LE", "所列主要部分之和不大于整体", "fail", "error",
                    f"第{page}页总数{whole}，所列各部分{'+'.join(part_raws)}={sum(parts)}，部分之和大于总数，需人工复核",
                    [{"label": "总数", "value": whole_raw, "page": page, "source": source}]
                    + [{"label": "部分", "value": raw} for raw in part_raws], 0, page, "text")


# “财政拨款收入803.42万元，占100.00%（一般公共预算财政拨款767.02万元，政府性基金预算财政拨款38.60万元）”: a 财政拨款
# amount with its funds listed in brackets right after it (its share may stand between); the funds are the whole
_FUND_BRACKET = re.compile(rf"财政拨款(收入|支出)(?:合计|总额)?(?:决算|预算)?数?(?:为|是|共)?{NUM}万元"
                           rf"(?:[,，]?占[^()（）。；;\d%]{{0,16}}?\d+(?:\.\d+)?%)?[,，]?[(（]([^()（）。]{{8,160}})[)）]")
_FUND_PART = re.compile(rf"(一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?(?:收入|支出)?"
                        rf"(?:决算|预算)?数?(?:为|是)?{NUM}万元")


@text_rule
def fund_bracket_adds_up(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 财政拨款 total and the funds its bracket lists (一般公共预算, 政府性基金, 国有资本经营): the parts add up to it.
    Not run when the bracket holds an amount that is no fund's (“其中…”, a change), nor with a fund named twice."""
    for found in _FUND_BRACKET.finditer(view.text):
        if view.text[max(0, found.start() - 2):found.start()] in ("预算", "基金"):
            continue  # a single fund's own 财政拨款 (一般公共预算财政拨款收入…), not the total of the funds
        way, whole_raw, inside = found.groups()
        parts = _FUND_PART.findall(inside)
        funds = [fund[:4] for fund, _ in parts]
        if len(parts) < 2 or len(set(funds)) != len(funds) or len(re.findall(r"\d万元", inside)) != len(parts) \
                or re.search(r"比|较|增|减|上年", inside):
            continue
        whole = to_decimal(whole_raw)
        values = [to_decimal(raw) for _, raw in parts]
        if whole is None or None in values:
            continue
        page = view.page_at(found.start())
        source = found.group(0)[:200]
        label = f"财政拨款{way}"
        check = compare("IE-INC-SUM" if way == "收入" else "IE-EXP-SUM", f"{label}等于括号内所列各类财政拨款之和",
                        [Term(label, whole, printed_decimals(whole_raw), "万元", page, source)],
                        [Term(f"{fund}财政拨款", value, printed_decimals(raw), "万元", page, source)  # type: ignore[arg-type]
                         for (fund, raw), value in zip(parts, values)],
                        what=f"第{page}页{label}与括号内所列各类财政拨款之和")
        check.basis = "text"
        yield check


# “安排政府购买服务预算61.00万元，具体为：A 35.00万元、B 26.00万元。”: a closed list of the services bought, each item a
# name and its amount, separated by 、，；, up to the full stop (the lines reach the rules with such a list written
# “，其中：A x万元，B y万元”, lists.canonical_lists)
_PURCHASE_LIST = re.compile(rf"政府购买服务(?:预算|支出)?(?:资金|金额)?(?:总额|合计|共计)?(?:为|是|共)?{NUM}(万元|亿元|元)[,，]?"
                            r"(?:具体为|具体包括|具体是|分别为|明细如下|其中)[:：]?")
_PURCHASE_ITEM = re.compile(rf"^([^\d,，、;；:：。()（）%]{{2,30}}?)(?:为|是)?{NUM}(万元|亿元|元)$")


@text_rule
def purchased_services_listed(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-EXP-SUM for 政府购买服务: the total the words state = the items listed after it (具体为…). The list is read
    only when every piece up to the full stop is one name with its amount, and two or more are listed."""
    text = view.text
    for head in _PURCHASE_LIST.finditer(text):
        stop = text.find("。", head.end(), head.end() + 400)
        if stop < 0:
            continue
        pieces = re.split(r"[、,，;；]", text[head.end():stop])
        items = [_PURCHASE_ITEM.match(piece.strip()) for piece in pieces]
        if len(items) < 2 or any(item is None or re.search(r"等|其他|主要", item.group(1))
                                    or _CHANGE_NEAR.search(item.group(1)) for item in items):
            continue
        page = view.page_at(head.start())
        whole = Term("政府购买服务预算", to_decimal(head.group(1)) * UNIT_FACTOR[head.group(2)],  # type: ignore[operator]
                     printed_decimals(head.group(1)), head.group(2), page, text[head.start():head.end()])
        terms = [Term(item.group(1), to_decimal(item.group(2)) * UNIT_FACTOR[item.group(3)],  # type: ignore[operator,union-attr]
                      printed_decimals(item.group(2)), item.group(3), page, item.group(0))  # type: ignore[union-attr]
                 for item in items]
        check = compare("IE-EXP-SUM", "政府购买服务预算等于所列各项之和", [whole], terms,
                        what=f"第{page}页政府购买服务预算与所列{len(terms)}项之和")
        check.basis = "text"
        yield check


# “（二）支出预算。2025年支出预算A万元，同比…。按功能分类：…。按支出性质：基本支出B万元，占x%；项目支出C万元，占y%。”:
# the all-funds spending total and, further on in its own paragraph, the same spending split by its nature
_SPENDING_TOTAL = re.compile(rf"(?:((?:19|20)\d\d)年度?)?(?:部门|本部门|单位)?支出(?:预算|决算)(?:总额|总计|合计)?(?:数)?(?:为|是)?{NUM}万元")
_NATURE_SPLIT = re.compile(rf"按(?:支出)?(?:经济)?性质(?:分类?|划分|看|来看)?[:：,，]?基本支出(?:预算|决算)?数?(?:为|是)?{NUM}万元"
                           rf"(?:(?!万元)[^。]){{0,30}}?[;；,，]项目支出(?:预算|决算)?数?(?:为|是)?{NUM}万元")
_FUND_BEFORE = re.compile(r"(?:拨款|一般公共预算|基金|财政|上年|去年|比|较|其中|中)$")
_NEXT_PART = re.compile(r"(?:^|[\n。])\s*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)")
_PARAGRAPH = 600  # characters from the total to its split, at most


@text_rule
def ie_bp_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-BP in the words: the all-funds 支出预算 (决算) total = the 基本支出 + 项目支出 its own paragraph gives “按支出
    性质” (before the next numbered part or another spending total). An error beyond the half-steps."""
    # 支出预算 (支出决算) stands at most nine characters on (“2025年度本部门支出预算…”): tried only there
    for total in opened_at(_SPENDING_TOTAL, view.text, near_literal(view.text, "支出预算", "支出决算", least=0, most=9)):
        year, raw = total.group(1), total.group(2)
        page = view.page_at(total.start())
        if page in view.listing_pages or (year and result.year and int(year) != result.year) \
                or _FUND_BEFORE.search(view.text[max(0, total.start() - 6):total.start()]):
            continue
        end = min(len(view.text), total.end() + _PARAGRAPH)
        stop = _NEXT_PART.search(view.text, total.end(), end)
        after = _SPENDING_TOTAL.search(view.text, total.end(), end)
        end = min([end] + [m.start() for m in (stop, after) if m is not None])
        split = _NATURE_SPLIT.search(view.text, total.end(), end)
        if split is None:
            continue
        whole, basic, project = to_decimal(raw), to_decimal(split.group(1)), to_decimal(split.group(2))
        if whole is None or basic is None or project is None:
            continue
        source = view.text[total.start():split.end()][:300]
        at = view.page_at(split.start())
        check = compare("IE-BP", "支出总额等于基本支出与项目支出之和",
                        [Term("支出预算" if result.kind != "决算" else "支出决算", whole, printed_decimals(raw), "万元", page, source)],
                        [Term("基本支出", basic, printed_decimals(split.group(1)), "万元", at, source),
                         Term("项目支出", project, printed_decimals(split.group(2)), "万元", at, source)],
                        what="正文支出总额与按性质所列基本支出、项目支出")
        check.basis = "text"
        yield check


# “本年支出合计2,970.99万元，分为基本支出A万元，占x%；项目支出B万元，占y%；经营支出C万元，占z%”: a 决算's all-funds
# spending split by its nature, which for a 事业单位 holds more kinds than 基本 and 项目
_NATURE_WHOLE = re.compile(rf"支出(?:决算)?合计(?:数)?(?:为|是)?{NUM}万元")
_NATURE_KINDS = ("基本支出", "项目支出", "经营支出", "上缴上级支出", "对附属单位补助支出")
_NATURE_PART = re.compile(rf"({'|'.join(_NATURE_KINDS)})(?:决算)?(?:数)?(?:为|是)?{NUM}万元")
_NATURE_OPENER = re.compile(r"[,，]?(?:(?:全部)?(?:分为|包括|由)[:：]?|其中[:：,，]?|[:：])")
_COMPLETE_OPENER = re.compile(r"分为|包括|由")
_SHARE_ONLY = re.compile(r"^[,，]?(?:占(?:本年支出合计的?|支出合计的?|全部支出的?)?(?:比重)?(?:为)?-?\d+(?:\.\d+)?%)?[;；,，、]?(?:和|及)?$")


@text_rule
def nature_split_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-BP for a 决算's all-funds spending as its words split it by nature in one sentence: 本年支出合计 = the kinds
    they list (基本支出, 项目支出, and a 事业单位's 经营支出, 上缴上级支出, 对附属单位补助支出). Read when the list names
    a kind besides 基本 and 项目, or opens with a word of a whole list (分为, 包括, 由…); a “其中” list of 基本 and 项目
    alone may leave the other kinds out. The parts follow one another, each with at most its share between them."""
    if result.kind != "决算":
        return
    text = view.text
    for whole in _NATURE_WHOLE.finditer(text):
        before = text[max(0, whole.start() - 6):whole.start()]
        if _FUND_BEFORE.search(before) or re.search(r"拨款|基金|经营|项目|基本", before[-4:]):
            continue
        page = view.page_at(whole.start())
        if page in view.listing_pages:
            continue
        opener = _NATURE_OPENER.match(text, whole.end())
        if opener is None:
            continue
        stop = len(text)
        for mark in "。\n":
            at = text.find(mark, opener.end())
            if at >= 0:
                stop = min(stop, at)
        parts: list[re.Match[str]] = []
        at = opener.end()
        while True:
            part = _NATURE_PART.match(text, at)
            if part is None:
                break
            parts.append(part)
            gap_end = next((p.start() for p in _NATURE_PART.finditer(text, part.end(), stop)), stop)
            if not _SHARE_ONLY.match(text[part.end():gap_end]):
                break
            at = gap_end
        kinds = [p.group(1) for p in parts]
        if len(parts) < 2 or len(set(kinds)) != len(kinds) or not {"基本支出", "项目支出"} <= set(kinds):
            continue
        if set(kinds) == {"基本支出", "项目支出"} and not _COMPLETE_OPENER.search(opener.group(0)):
            continue
        values = [to_decimal(p.group(2)) for p in parts]
        total = to_decimal(whole.group(1))
        if total is None or any(v is None for v in values):
            continue
        source = text[whole.start():parts[-1].end()][:300]
        check = compare("IE-BP", "支出合计等于所列各类支出之和（文字）",
                        [Term("本年支出合计", total, printed_decimals(whole.group(1)), "万元", page, source)],
                        [Term(kind, value, printed_decimals(p.group(2)), "万元", page, source)  # type: ignore[arg-type]
                         for kind, value, p in zip(kinds, values, parts)],
                        what=f"第{page}页本年支出合计与所列{'、'.join(kinds)}之和")
        check.basis = "text"
        yield check


def _parts_within(terms: list[Term], found: re.Match[str], page: int | None, source: str, name: str) -> Iterator[Check]:
    """IE-SCOPE-LE: the parts a sentence lists add up to no more than the whole `found` states (only a failure is
    reported)."""
    whole = Term("合计", to_decimal(found.group(1)) * UNIT_FACTOR[found.group(2)], printed_decimals(found.group(1)),  # type: ignore[operator]
                 found.group(2), page, source)
    total = Term("+".join(t.label for t in terms), sum((t.value for t in terms), ZERO), max(t.scale or 0 for t in terms),
                 "万元", page, source)
    check = at_most("IE-SCOPE-LE", name, total, whole, severity="error")
    check.figures = [t.to_json() for t in terms] + [whole.to_json()]
    check.basis = "text"
    if check.outcome == "fail":
        yield check
