"""Totals the prose lists, magnitudes, units, wording and identity (CHECKS.md §1.B, §1.I, §1.J): IE-INC-SUM,
FM-MAGNITUDE, FM-UNIT-HDR, FM-DUP-PHRASE, FM-PCT-SIGN, CP-IDENT.

Wording findings (doubled words, a share without %) are hints (info); only sums and identity conflicts warn or err.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, anchored, at_most, coarse_vs_fine, compare, envelope, near_literal, number_before, opened_at, \
    pct_interval, term
from .figures import _fig, rule
from .text import NUM, Text, printed_decimals, table_grids, table_spans, table_unit, text_rule, to_decimal, squeeze

# ---- IE-INC-SUM: 收入X万元，其中：A万元；B万元… ----------------------------------------------------------------------

_INCOME_HEAD = re.compile(rf"收[入支](?:预算|决算)?(?:合计|总计|总额)?[:：]?(?:\d{{4}}年度?)?(?:年初)?(?:预算数?|决算数?)?"
                          # a balanced budget's one total for both sides: “收支预算总额均为X万元”
                          rf"(?:合计|总计|总额)?均?为?{NUM}万元"
                          # last year's total in brackets after this year's (“…X万元（上年Y万元）”)
                          rf"(?:[(（][^()（）。]{{0,30}}[)）])?"
                          # the change on last year may come between the total and its list (“…，比上年增长7.2%。其中”)
                          # (“…，与上年预算相比增加X万元。收入来源为：”, “…，增减额-D万元，变动率P%。”)
                          rf"(?:[,，](?:比|较|与|增减|变动|增加|减少|增长|下降)[^。；;其]{{0,60}}[。,，；;])?"
                          # the list may open the next sentence: “…X万元。收入中A万元，B万元”; it may say what the
                          # total is made of: “…X万元，构成为：A万元，B万元”
                          rf"[,，;；]?(?:其中|(?:具体|主要)?包括|分别为|主要有|(?:收入|资金)?来源为|(?:收入|资金)?构成(?:为|是|如下)|。?收入(?:中|方面)"
                          # the list named by where the money comes from: “按来源分：”, “按收入来源划分，”, “从来源看：”,
                          # “分来源看，”
                          rf"|。?[按分](?:收入|资金)?来源(?:分类)?(?:划分|分|看|来看)?|。?从(?:收入|资金)?来源(?:上)?(?:来)?看)"
                          rf"[:：,，]?([^。]{{4,400}})")
# a list that says it is partial (主要包括…, …等): a shortfall is an unlisted source, not a contradiction
_HEDGED = re.compile(r"^主要|等$")
# an income source stated anywhere with its amount (“另有上年结转12.00万元”): it may fill the gap of a list without it
_STATED_SOURCE = re.compile(rf"((?:事业|经营|其他|上级补助|附属单位上缴|财政专户管理资金|国有资本经营预算拨款|政府性基金预算拨款)收入"
                            rf"|政府性基金(?:预算)?拨款|上年结转(?:结余)?|年初结转和?结余|结转结余|用事业基金弥补收支差额)(?:为|是)?{NUM}万元")
_SOURCE = re.compile(r"收入|拨款|结转|结余|补助|上缴|资金|事业基金")
_CHANGE = re.compile(r"比|较|同比|增加|减少|增长|下降|持平|占")
_PIECE = re.compile(rf"^([^\d]{{2,30}}?)为?{NUM}万元")
# a piece that opens a breakdown of the piece before it (包括, 含, 其中)
_NESTED = re.compile(r"(?:其中|包括|包含|含)[:：]?")
# a listed label that is itself a total (收入总计, 本年收入合计, 合计, 总额): the list of parts ends before it
_TOTAL_LABEL = re.compile(r"(?:合计|总计|总额)$")


def income_parts(listing: str) -> list[tuple[str, Decimal, str]]:
    """(label, amount, printed) of each source the list names; changes, shares and bracketed sub-lists are skipped."""
    listing = re.sub(r"[(（][^()（）]*[)）]", "", listing)
    listing = re.split(r"支出(?:预算|决算)?(?:合计|总计|总额)?为?\d", listing)[0]  # the 支出 sentence that follows
    if "其中" in listing:
        return []  # a nested breakdown (财政拨款 then its 一般公共预算 part) would count money twice
    parts = []
    # "9,101.68" keeps its comma; "…万元和其他收入57.60万元" ends the list with 和/及 (never inside 结转和结余)
    for piece in re.split(r"[，;；、]|,(?!\d{3})|(?<=万元)(?:以及|和|及)", listing):
        piece = piece.strip()
        if parts and _NESTED.match(piece):
            return []  # “本年收入A万元，包括B万元，C万元”: the pieces after 包括 are A's own parts, not more sources
        found = _PIECE.match(piece)
        if found and _TOTAL_LABEL.search(found.group(1)):
            break  # a total of its own (收入总计, 本年收入合计) closes the list: it is never one of the parts
        if not found or _CHANGE.search(found.group(1)) or not _SOURCE.search(found.group(1)) or "支出" in found.group(1):
            continue
        value = to_decimal(found.group(2))
        if value is not None:
            parts.append((found.group(1), value, found.group(2)))
    # 财政拨款 and its own parts side by side; “一般公共预算财政拨款收入A；政府性基金预算财政拨款收入B” name one fund
    # each, so they are parts of the same level
    funds = [bool(_FUND.search(label)) for label, *_ in parts]
    if any("财政拨款" in label and not named for (label, *_), named in zip(parts, funds)) and any(funds):
        return []
    return parts


_FUND = re.compile(r"一般公共预算|政府性基金|国有资本")

# “收入决算总计A万元，一般公共预算拨款收入B万元，事业收入C万元，年初结转和结余D万元。”: a total whose sentence goes on
# with its sources and nothing else, no 其中 between them (read only when every piece is a source with its amount)
_INCOME_BARE = re.compile(rf"收入(?:预算|决算)?(?:合计|总计|总额)(?:为|是)?{NUM}万元[,，]([^。;；]{{4,300}}?)(?=。|$)")
_PIECES = re.compile(r"[，;；、]|,(?!\d{3})")


def _all_sources(listing: str) -> bool:
    """Whether each piece of the rest of the sentence is an income source with its amount (two at least)."""
    pieces = [piece.strip() for piece in _PIECES.split(listing) if piece.strip()]
    for piece in pieces:
        found = _PIECE.fullmatch(piece)
        if found is None or _CHANGE.search(found.group(1)) or not _SOURCE.search(found.group(1)) \
                or "支出" in found.group(1) or _TOTAL_LABEL.search(found.group(1)):
            return False
    return len(pieces) >= 2


@text_rule
def ie_inc_sum(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """收入合计 = Σ the sources its own sentence lists. More than the total is an error; less is a hint (a source
    may go unlisted)."""
    name = "收入合计等于所列各项收入之和"
    seen = set()
    bare = [m for m in _INCOME_BARE.finditer(view.text) if _all_sources(m.group(2))]
    for match in list(_INCOME_HEAD.finditer(view.text)) + bare:
        total = to_decimal(match.group(1))
        parts = income_parts(match.group(2))
        if _current_year_total(result, view, match) and not _carried_inside(view, match, total, parts):
            parts = [part for part in parts if not _CARRIED.search(part[0])]
        sole = _sole_source(match.group(2), parts)
        if total is None or len(parts) < (1 if sole else 2) or match.group(0) in seen:
            continue
        seen.add(match.group(0))
        page = view.page_at(match.start())
        source = match.group(0)[:200]
        whole = Term("收入合计", total, printed_decimals(match.group(1)), "万元", page, source)
        terms = [Term(label, value, printed_decimals(raw), "万元", page, source) for label, value, raw in parts]
        check = compare("IE-INC-SUM", name, [whole], terms, what="收入合计与所列各项收入之和")
        check.basis = "text"
        short = total - sum(t.value for t in terms)
        if check.outcome == "fail" and check.severity == "error" and short > 0 and not sole and \
                _unlisted_source(view, match, parts, short, check.tolerance or 0):
            check.severity = "info"
            check.message = check.message.split("；两处")[0] + "；分项之和小于合计，可能有未列出的收入来源"
        yield check
    yield from _inc_sum_after_parts(result, view, name)


# a balanced budget's one total in a sentence of its own (“2024年收支预算总数A万元，比上年增加…”) and, within a few
# sentences of it, the sources listed with no total of their own (“收入包括：一般公共预算拨款收入B万元、…；支出包括：…”)
_BALANCED_TOTAL = re.compile(rf"(?:((?:19|20)\d\d)年度?)?收支(?:预算|决算)?(?:总数|总额|总计|总规模)(?:均)?(?:为|是)?{NUM}万元")
_SOURCES_LISTED = re.compile(r"收入(主要)?(?:包括|由)[:：]?([^。；;]{4,300})")
_NEAR = 400  # characters between the total and the list (one section)


@text_rule
def ie_inc_sum_balanced(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-INC-SUM for a balanced total stated apart from the sources: 收支预算总数 = Σ the sources a nearby sentence
    lists (收入包括：…). More than the total is an error; less is a hint (the list may leave a source out), unless it
    says it is partial (主要包括, 等), when nothing is read."""
    # 收支 stands at most six characters on (“2024年度收支…”): tried only there
    for match in opened_at(_BALANCED_TOTAL, view.text, near_literal(view.text, "收支", least=0, most=6)):
        year, total = match.group(1), to_decimal(match.group(2))
        page = view.page_at(match.start())
        if total is None or page in view.listing_pages or (year and result.year and int(year) != result.year):
            continue
        if re.search(r"(?:上年|去年|比|较)$", view.text[max(0, match.start() - 4):match.start()]):
            continue
        lists = [found for found in _SOURCES_LISTED.finditer(view.text, max(0, match.start() - _NEAR),
                                                             match.end() + _NEAR)
                 if not (found.start() <= match.start() < found.end())]
        if len(lists) != 1 or lists[0].group(1) or _HEDGED.search(lists[0].group(2).rstrip("，,、 ")) \
                or re.search(r"合计|总计|总额|其中", lists[0].group(2)):
            continue
        parts = income_parts(lists[0].group(2))
        if not parts:
            continue
        source = match.group(0)
        whole = Term("收支预算总数", total, printed_decimals(match.group(2)), "万元", page, source)
        terms = [Term(label, value, printed_decimals(raw), "万元", view.page_at(lists[0].start()), lists[0].group(0)[:200])
                 for label, value, raw in parts]
        check = compare("IE-INC-SUM", "收支总数等于所列各项收入之和", [whole], terms, what="收支预算总数与所列各项收入之和")
        check.basis = "text"
        if check.outcome == "fail" and check.severity == "error" and total > sum(t.value for t in terms):
            check.severity = "info"
            check.message = check.message.split("；两处")[0] + "；分项之和小于合计，可能有未列出的收入来源"
        yield check


def _sole_source(listing: str, parts: list[tuple[str, Decimal, str]]) -> bool:
    """Whether the list names one source and says it is the whole income (“其中：一般公共预算拨款收入A万元，占100%”):
    that source must then equal the total, as a list of two or more must add up to it."""
    if len(parts) != 1:
        return False
    return re.search(rf"{re.escape(parts[0][2])}万元[,，]?占[^。;；,，\d%]{{0,12}}?100(?:\.0+)?[%％]", listing) is not None


# the total printed after its sources (“财政拨款收入A万元，占x%；其他收入B万元，合计本年收入C万元”)
_TAIL_TOTAL = re.compile(rf"[,，;；]\s*(?:(?:合计|共计|总计)(本年)?收入|(本年)?收入(?:合计|总计))(?:合计)?(?:为|是|共)?{NUM}万元")


def _inc_sum_after_parts(result: ParsedDisclosure, view: Text, name: str) -> Iterator[Check]:
    """IE-INC-SUM for a sentence that lists the sources first and closes with their total. A fragment that opens with
    a total of its own (收入X万元，其中…) is the head reader's."""
    for match in _TAIL_TOTAL.finditer(view.text):
        total = to_decimal(match.group(3))
        start = max(view.text.rfind("。", 0, match.start()), view.text.rfind("\n", 0, match.start()),
                    match.start() - 400) + 1
        fragment = view.text[start:match.start()]
        if total is None or _INCOME_HEAD.search(fragment) or re.search(r"(?:合计|总计|总额)", fragment):
            continue
        parts = income_parts(fragment)
        current = bool(match.group(1) or match.group(2)) or (result.kind == "决算" and "总计" not in match.group(0))
        if current:
            parts = [part for part in parts if not _CARRIED.search(part[0])]
        if len(parts) < 2:
            continue
        page = view.page_at(match.start())
        source = view.text[start:match.end()][-200:]
        whole = Term("收入合计", total, printed_decimals(match.group(3)), "万元", page, source)
        terms = [Term(label, value, printed_decimals(raw), "万元", page, source) for label, value, raw in parts]
        check = compare("IE-INC-SUM", name, [whole], terms, what="所列各项收入与其后合计")
        check.basis = "text"
        short = total - sum(t.value for t in terms)
        if check.outcome == "fail" and check.severity == "error" and short > 0 and \
                _unlisted_source(view, match, parts, short, check.tolerance or 0, (start, match.start())):
            check.severity = "info"
            check.message = check.message.split("；两处")[0] + "；分项之和小于合计，可能有未列出的收入来源"
        yield check


# “收入总计1,127.74万元。…支出总计1,117.74万元”: the grand totals (income with carry-over, spending with what is carried
# on) balance in a 预算 and a 决算 alike (CHECKS.md IE-BAL)
_GRAND = re.compile(rf"(?<![上去前])(?:本年)?(收入|支出)总计(?:数)?(?:为|是|共)?{NUM}万元")


# the fund a grand total names just in front of it (“财政拨款收入总计”, “一般公共预算财政拨款支出总计”): its own scope
_GRAND_SCOPE = re.compile(r"(一般公共预算|政府性基金|国有资本经营|财政拨款)[^，,。；;、\d]{0,6}$")


def _grand_scope(view: Text, match: re.Match[str]) -> str | None:
    """The fund a 收入总计/支出总计 is said of by the words just in front of it, or None (all funds, or none named)."""
    named = _GRAND_SCOPE.search(view.text[max(0, match.start() - 12):match.start()])
    return named.group(1) if named else None


@text_rule
def ie_bal_grand_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """收入总计 = 支出总计 when the words print both in one paragraph (no other year's pair, no 上年 total): every such
    pair, each in its own scope (the all-funds “收入总计A，支出总计B” and the “财政拨款收入总计C、支出总计D” after it; a
    支出总计 naming no fund is the 收入总计's, one naming another fund is not its pair)."""
    found = []
    for m in opened_at(_GRAND, view.text, near_literal(view.text, "总计", least=2, most=4)):  # 总计 after 本年收入
        before = re.split(r"[。；;]", view.text[max(0, m.start() - 12):m.start()])[-1]
        years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", before)}
        if not re.search(r"上年|去年|上一年", before) and not (years - {result.year}):
            found.append(m)
    paired: set[tuple[Decimal, Decimal]] = set()
    for income in (m for m in found if m.group(1) == "收入"):
        scope = _grand_scope(view, income)
        spend = next((m for m in found if m.group(1) == "支出" and 0 < m.start() - income.end() < 200
                      and "\n" not in view.text[income.end():m.start()]), None)
        if spend is None or (_grand_scope(view, spend) or scope) != scope:
            continue
        between = view.text[income.end():spend.start()]
        if any(m.group(1) == "收入" and income.end() <= m.start() < spend.start() for m in found) or "总计" in between:
            continue  # another 收入总计 stands between: the 支出总计 is that one's pair
        values = (to_decimal(income.group(2)), to_decimal(spend.group(2)))
        gap = abs(values[0] - values[1])  # type: ignore[operator]
        beside = view.text[income.start():spend.end() + 60]
        if any((to_decimal(c.group(1)) or 0) == gap for c in re.finditer(rf"(?:结转|结余)[^。；;\d]{{0,8}}{NUM}万元", beside)):
            continue  # “支出总计X万元，年末结转和结余G万元”: 总计 said of the spending alone, the carry-over printed beside it
        if values in paired:
            continue
        paired.add(values)  # type: ignore[arg-type]
        page = view.page_at(income.start())
        source = view.text[income.start():spend.end()][:200]
        label = scope or ""
        check = compare("IE-BAL", "收入总计等于支出总计（文字）",
                        [Term(f"{label}收入总计", values[0], printed_decimals(income.group(2)), "万元", page, source)],  # type: ignore[arg-type]
                        [Term(f"{label}支出总计", values[1], printed_decimals(spend.group(2)), "万元", page, source)],  # type: ignore[arg-type]
                        what=f"第{page}页{label}收入总计与支出总计")
        check.basis = "text"
        yield check


# what 收入总计 holds beyond the year's own income (本年收入合计): the carry-over and the 事业基金 drawn to close the gap
_CARRIED = re.compile(r"结转|结余|事业基金")


def _current_year_total(result: ParsedDisclosure, view: Text, match: re.Match[str]) -> bool:
    """Whether the total is the year's own income (本年收入合计), which leaves out the carry-over (年初结转和结余,
    上年结转): the head says 本年 (not 本年度), or it is a 决算's 收入合计 (a 决算 keeps 收入总计 for income plus carry-over)."""
    head = view.text[max(0, match.start() - 4):match.start(2)]
    if re.search(r"总计|总额", head):
        return False
    # “本年度收入合计” names the year (this year's whole income), not the 本年收入 line that leaves the carry-over out
    return re.search(r"本年(?!度)", head) is not None or result.kind == "决算"


def _carried_inside(view: Text, match: re.Match[str], total: Decimal | None,
                    parts: list[tuple[str, Decimal, str]]) -> bool:
    """Whether a 决算's 收入合计 (no 本年 in its head) counts the carry-over its list names (“收入决算合计A万元，其中：
    一般公共预算拨款B万元，事业收入C万元，年初结转和结余D万元” with A = B + C + D): the list then reads as 收入总计's, and
    the carry-over is one of its sources. Only when the carry-over stands in the list as the other sources do (set off
    by commas, not by a semicolon that opens a clause of its own: “…其他收入40.00万元；年初结转和结余35.00万元”) and
    every listed source, the carry-over with them, adds up to the total within the printed half-steps."""
    if total is None or "本年" in view.text[max(0, match.start() - 4):match.start(2)]:
        return False
    carried = [label for label, *_ in parts if _CARRIED.search(label)]
    if not carried or len(parts) < 3:
        return False
    listing = match.group(2)
    at = listing.find(carried[0])
    if at < 0 or re.search(r"[;；]", listing[:at]):
        return False
    terms = [Term(label, value, printed_decimals(raw)) for label, value, raw in parts]
    whole = Term("收入合计", total, printed_decimals(match.group(1)))
    return abs(sum((t.value for t in terms), Decimal(0)) - total) <= envelope([whole, *terms])


def _unlisted_source(view: Text, match: re.Match[str], parts: list[tuple[str, Decimal, str]], short: Decimal,
                     tolerance: Decimal, span: tuple[int, int] | None = None) -> bool:
    """Whether a shortfall of the listed sources may be a source left out of the list: the list says it is partial
    (主要包括, 等), or the document states another source's amount (outside the list) that fills the gap. A closed
    list with nothing to fill the gap cannot stand beside its total (CHECKS.md IE-INC-SUM: every listed source).
    `span` is the list's place in the text when the match holds no list group (a total printed after its parts)."""
    begin, end = span if span is not None else (match.start(2), match.end(2))
    listing = view.text[begin:end].rstrip("，,；; ")
    head = view.text[match.start():begin] if span is None else view.text[begin:match.end()]
    if _HEDGED.search(listing) or re.search(r"主要(?:包括|有)", head):
        return True
    listed = {label for label, *_ in parts}
    for found in _STATED_SOURCE.finditer(view.text):
        if begin <= found.start() < end or any(found.group(1) in label for label in listed):
            continue
        value = to_decimal(found.group(2))
        if value is not None and abs(value - short) <= tolerance + Decimal("0.5") * Decimal(10) ** -printed_decimals(found.group(2)):
            return True
    return False


# ---- PR-REPEAT: an amount restated in another unit in the brackets after it -------------------------------------

# “基本支出1,990.77万元（19,907,744.56元）”, “5.01亿元（50,100.00万元）”: the same amount printed twice, in two units
_RESTATED = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(万元|亿元|元)[（(](?:约|合|折合|即)?(\d[\d,]*(?:\.\d+)?)(万元|亿元|元)[)）]")


@text_rule
def restated_in_brackets(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """An amount and its restatement in another unit in the brackets right after it are one figure printed twice
    (CHECKS.md PR-REPEAT): converted to 万元, they agree within the half-steps of both printings; beyond those, an
    error (a digit slipped in one of them). A document in 元 has its 元 amounts read in 万元 (text.in_yuan), so its
    brackets hold no second unit here and are not read."""
    openings = sorted(set(number_before(view.text, "元（", gap=1)) | set(number_before(view.text, "元(", gap=1)))
    for found in opened_at(_RESTATED, view.text, openings):
        first_raw, first_unit, second_raw, second_unit = found.groups()
        if first_unit == second_unit:
            continue
        first, second = to_decimal(first_raw), to_decimal(second_raw)
        if first is None or second is None:
            continue
        page = view.page_at(found.start())
        terms = [Term(f"以{unit}刊印", value * UNIT_FACTOR[unit], printed_decimals(raw), unit, page, found.group(0))
                 for raw, unit, value in ((first_raw, first_unit, first), (second_raw, second_unit, second))]
        check = compare("PR-REPEAT", "同一金额以两种单位刊印一致", terms[:1], terms[1:],
                        what=f"第{page}页同一金额以{first_unit}和{second_unit}两种单位刊印")
        check.basis = "text"
        if check.outcome == "fail" and check.severity == "info":
            # the finer printing rounded to the coarser one's places: the two agree, as a conversion must
            check.outcome, check.severity = "pass", "error"
            check.message = f"第{page}页{first_raw}{first_unit}与括号内{second_raw}{second_unit}折合相符"
        elif check.outcome == "fail" and check.severity == "error":
            check.message = (f"第{page}页同一金额先写作{first_raw}{first_unit}，括号内又写作{second_raw}{second_unit}（折合"
                             f"{_as_unit(second * UNIT_FACTOR[second_unit], first_unit, printed_decimals(first_raw))}{first_unit}），"
                             f"两种单位的数字不一致；两处披露不能同时成立，需人工复核")
        yield check


def _as_unit(wan: Decimal, unit: str, places: int) -> str:
    return f"{wan / UNIT_FACTOR[unit]:,.{places}f}".replace(",", "") if unit != "元" else f"{wan / UNIT_FACTOR[unit]:,.{places}f}"


# ---- FM-MAGNITUDE -------------------------------------------------------------------------------------------------

COUNTY_UNIT_CEILING = Decimal(1000000)  # 万元: a county department above 100亿 is a unit slip, not a budget
VEHICLE_CEILING = Decimal(100)  # 万元 of 运行维护费 per vehicle


@rule
def fm_magnitude(result: ParsedDisclosure) -> Iterator[Check]:
    """Tripwires for unit slips: 三公 above all spending, a county unit's total above 100亿, 运行费 per car above 100万."""
    sangong, spend = _fig(result, "sangong_total"), _fig(result, "expenditure_total")
    if sangong is not None and spend is not None and result.scope != "汇总" \
            and not re.search(r"三公|公务用车|公务接待|出国", spend.source):  # a 三公 sentence read as the total is a parse slip
        yield at_most("FM-MAGNITUDE", "“三公”经费不超过支出合计", term(sangong), term(spend))
    if result.scope in ("部门", "单位"):
        for key in ("income_total", "expenditure_total"):
            figure = _fig(result, key)
            if figure is not None and figure.value > COUNTY_UNIT_CEILING:  # type: ignore[operator]
                yield Check("FM-MAGNITUDE", "金额量级合理", "fail", "warning",
                            f"{term(figure).label}{figure.value}万元超过100亿元，疑为单位（元/万元）有误，需人工复核",
                            [term(figure).to_json()], None, figure.page)
    count, operation = _fig(result, "vehicles_count"), _fig(result, "vehicle_operation")
    if count is not None and operation is not None and count.value and operation.value:
        each = operation.value / count.value  # type: ignore[operator]
        terms = [term(operation).to_json(), {"label": "车辆数", "value": str(count.value), "page": count.page}]
        if each > VEHICLE_CEILING:
            yield Check("FM-MAGNITUDE", "单车运行维护费量级合理", "fail", "warning",
                        f"公务用车运行维护费{operation.value}万元、车辆{count.value}辆，每辆约{each:.2f}万元，超过100万元，"
                        "疑为单位有误，需人工复核", terms, None, operation.page)
        else:
            yield Check("FM-MAGNITUDE", "单车运行维护费量级合理", "pass", "warning", f"每辆约{each:.2f}万元", terms, None,
                        operation.page)


# ---- FM-UNIT-HDR ----------------------------------------------------------------------------------------------------

_AMOUNT = re.compile(r"^-?\d[\d,]*\.\d+$")


@text_rule
def fm_unit_hdr(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A native table (web page, sheet, .docx) with amounts but no 单位 line: its cells cannot be compared."""
    document = view.document
    if document is None or getattr(document, "is_pdf", True):
        return
    for table in getattr(document, "tables", []) or []:
        cells = [cell for row in table.grid for cell in row if cell]
        if table.unit is None and sum(bool(_AMOUNT.match(cell.replace(" ", ""))) for cell in cells) >= 2:
            label = table.caption or f"第{table.page}个表格"
            yield Check("FM-UNIT-HDR", "表格标明金额单位", "insufficient_data", "warning",
                        f"“{label}”未标明金额单位，其金额不与正文比较", [{"label": "表格", "value": label, "page": table.page}],
                        None, table.page, "text")


# ---- FM-DUP-PHRASE, FM-PCT-SIGN ----------------------------------------------------------------------------------------

_DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,8})\1")
_CLAUSE_TWICE = re.compile(r"([^。；;]{10,80}[,，；;])\1")
_CLAUSE_END = re.compile(r"[,，；;]")


def _clause_twice(line: str) -> re.Match[str] | None:
    """`_CLAUSE_TWICE.search(line)`, tried only on a line where it can match: a clause of 11 to 81 characters ending
    in a separator, printed twice, puts a separator L characters after another with the L characters before each the
    same. Most lines have no such pair, and the pattern is slow to find that out."""
    ends = [m.start() for m in _CLAUSE_END.finditer(line)]
    for k, first in enumerate(ends):
        for second in ends[k + 1:]:
            size = second - first
            if size > 81:
                break
            if size >= 11 and first + 1 >= size and line[first + 1 - size:first + 1] == line[first + 1:second + 1]:
                return _CLAUSE_TWICE.search(line)
    return None
_COMPOUNDS = {"机关"}  # 局机关 + 机关运行经费 prints 机关机关 legitimately
_BARE_SHARE = re.compile(r"占[^,，。；;%％\d]{0,16}?(?:比重|比例)?为?(\d{1,2}\.\d{1,2})(?![\d.%％])(?!万|亿|元|个|人|辆|项|倍|年)")


_CLAUSE_MARK = re.compile(r"[,，。]")


def _prose_lines(view: Text) -> Iterator[tuple[int, str]]:
    for number, page in sorted(view.pages.items()):
        if number in view.listing_pages:
            continue
        for line, tabular in zip(page.lines, page.tabular):
            if not tabular and _CLAUSE_MARK.search(line) and len(line) >= 12:
                yield number, line


@text_rule
def fm_dup_phrase(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A word or a clause printed twice back to back (“增加增加”): a hint, one per page."""
    pages = set()
    for number, line in _prose_lines(view):
        found = _DOUBLED.search(line) or (_clause_twice(line) if len(line) <= 600 else None)
        if found and found.group(1) in _COMPOUNDS:
            continue
        if found and number not in pages:
            pages.add(number)
            yield Check("FM-DUP-PHRASE", "词句不重复", "fail", "info", f"第{number}页“{found.group(1)}”连续出现两次，疑为笔误",
                        [{"label": "重复", "value": found.group(0)[:60], "page": number}], None, number, "text")


# a section heading: 七、…, (一)…, 第三部分…, 1.… — short, no full stop
_SECTION_HEAD = re.compile(r"^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])"
                           r"[^。]{1,40}$")
_MAX_BLOCK = 8  # lines of a section's heading and text
# a heading run into its text on the same line: the numbered title, a full stop or colon, then a sentence of text
_RUN_IN_HEAD = re.compile(r"^((?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])"
                          r"[^。:：\d]{2,30})[。:：](?=.{10,}[。；;]$)")


@text_rule
def tb_dup_section(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A section printed twice in a row, its heading and its text (“（一）机关运行经费 / …202.50万元… / （一）机关运行经费 /
    …202.50万元…”): the prose twin of TB-DUP's identical table, a warning. fm_dup_phrase reads one line at a time, so a
    repeat that spans lines is seen here: a block of prose lines opening on a heading and holding a sentence of text,
    followed at once by the same lines. Tables (rows may legitimately repeat) and the 目录 are not read."""
    lines = [(number, line.strip()) for number, page in sorted(view.pages.items()) if number not in view.listing_pages
             for line, tabular in zip(page.lines, page.tabular) if not tabular and line.strip()]
    texts = [line for _, line in lines]
    i = 0
    while i < len(texts):
        run_in = _RUN_IN_HEAD.match(texts[i])
        if run_in and i + 1 < len(texts) and texts[i + 1] == texts[i]:
            # a heading run into its own text on one line (“（三）…情况。截至…”), that line printed twice in a row
            page, again = lines[i][0], lines[i + 1][0]
            amounts = [{"label": "金额", "value": raw, "page": page} for raw in re.findall(rf"{NUM}万元", texts[i])]
            where = f"第{page}页" if page == again else f"第{page}页和第{again}页"
            yield Check("TB-DUP", "同一小节不重复刊印", "fail", "warning",
                        f"{where}“{run_in.group(1)}”一节（标题和正文）连续刊印两次，内容相同；应删去重复的一处，需人工复核",
                        [{"label": "小节", "value": run_in.group(1), "page": page}] + amounts, None, page, "text")
            i += 2
            continue
        if not _SECTION_HEAD.match(texts[i]):
            i += 1
            continue
        for size in range(2, _MAX_BLOCK + 1):
            block = texts[i:i + size]
            if len(block) < size or texts[i + size:i + 2 * size] != block:
                continue
            body = "".join(block[1:])
            if len(body) < 10 or not re.search(r"[。；;]", body) or any(_SECTION_HEAD.match(x) for x in block[1:]):
                continue
            page, again = lines[i][0], lines[i + size][0]
            amounts = [{"label": "金额", "value": raw, "page": page} for raw in re.findall(rf"{NUM}万元", body)]
            where = f"第{page}页" if page == again else f"第{page}页和第{again}页"
            yield Check("TB-DUP", "同一小节不重复刊印", "fail", "warning",
                        f"{where}“{block[0]}”一节（标题和正文）连续刊印两次，内容相同；应删去重复的一处，需人工复核",
                        [{"label": "小节", "value": block[0], "page": page}] + amounts, None, page, "text")
            i += 2 * size - 1
            break
        i += 1


@text_rule
def fm_pct_sign(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A share printed without its % (“占76.23”): a hint."""
    for number, line in _prose_lines(view):
        found = _BARE_SHARE.search(line)
        if found:
            yield Check("FM-PCT-SIGN", "百分比带%号", "fail", "info", f"第{number}页“{found.group(0)}”缺少百分号",
                        [{"label": "占比", "value": found.group(0), "page": number}], None, number, "text")


# ---- CP-IDENT ---------------------------------------------------------------------------------------------------------

@rule
def cp_ident(result: ParsedDisclosure) -> Iterator[Check]:
    """The year every table caption names = the document's year (a table block copied from another year)."""
    if result.year is None:
        return
    captions = {f.table for f in result.table_figures if f.table} | {line.table for line in result.function_lines if line.table}
    years = {}
    for caption in sorted(captions):  # sorted: the example quoted is the same on every run
        found = re.search(r"(?<!\d)(20\d\d)年", caption or "")
        if found:
            years.setdefault(int(found.group(1)), caption)
    if not years:
        return
    if set(years) == {result.year}:
        yield Check("CP-IDENT", "表格年份与文件年份一致", "pass", "warning", f"各表标题年份均为{result.year}年")
        return
    other = sorted(y for y in years if y != result.year)
    if len(years) == 1:  # every table names one other year: the title or the tables are from another year
        yield Check("CP-IDENT", "表格年份与文件年份一致", "fail", "warning",
                    f"文件为{result.year}年{result.kind or ''}，而表格标题均为{other[0]}年（如“{years[other[0]]}”），需人工复核",
                    [{"label": "表格", "value": years[other[0]]}], None, None)


# A sentence that gives one of the document's own figures under the name of another unit of its region (“2024年忠县
# 文化馆“三公”经费预算1.20万元” in the library's statement): text left over from the unit it was copied from.
_UNIT_END = r"(?:馆|局|中心|站|院|所|校|学校|委员会|委|办公室|办|队|处|会|社|园|台|团|场|宫)"
_OWN_FIGURE = (r"[“\"”]?三公[”\"“]?经费|部门预算|单位预算|部门决算|单位决算|收入预算|支出预算|收支预算|机关运行经费"
               r"|政府采购预算|一般公共预算(?:财政)?拨款")
_CLAUSE_OPEN = "。；;，,：:\n)）"
_SUPERIOR = r"(?:主管部门|上级(?:主管)?(?:部门|单位)?)(?:为|是|系)?[:：]?"


def _another_unit(name: str, result: ParsedDisclosure) -> bool:
    """Neither the document's unit nor one of its member units (a bare 本级/机关 aside)."""
    def bare(text: str) -> str:
        return re.sub(r"[(（]?(?:本级|机关|本部)[)）]?$", "", text.replace(result.region or "", "", 1))
    own = [bare(unit) for unit in [result.unit or "", *result.member_units] if unit]
    return not any(bare(name) and (bare(name) in unit or unit in bare(name)) for unit in own)


def _named_as_superior(name: str, text: str) -> bool:
    return bool(re.search(rf"{_SUPERIOR}{re.escape(name)}|{re.escape(name)}(?:的)?(?:所属|下属|直属|主管)", text))


# What a unit says of itself at the head of a clause: its posts and staff (“核定编制36名”, “实有在职人员14人”), its
# class (“为公益一类事业单位”, also after a long name of the body it belongs to: “为县教育体育局所属公益一类事业单位”),
# its place outside the 机关运行经费 count. Said under another unit's name, it is text left over from that unit; a
# superior body (“为县水务局下属”) or a plain mention is never such a clause.
_SELF_FACT = (r"(?:核定|现有)?(?:行政|事业|人员)?编制(?:数)?为?(?P<staff>\d+)名"
              r"|(?:\d{4}年末)?实有(?:在职|在编)?(?:人员|职工)?(?P<people>\d+)人"
              r"|为(?:[^。；;，,]{1,16}?(?:所属|下属|直属|管理的))?(?:[^。；;，,上主]{0,10})"
              r"(?:事业单位|行政单位|工作部门|派出机关|参照公务员法管理)"
              r"|不在机关运行经费(?:统计|核算)?范围")
_PLACE = r"[一-龥]{2,8}?(?:市|县|区|旗)"


def _unit_core(result: ParsedDisclosure) -> str:
    """The unit's name without its province and region (文化广电和旅游局 of 吉林省洮南市文化广电和旅游局)."""
    core = result.unit or ""
    for prefix in (result.province, result.region):
        if prefix and core.startswith(prefix):
            core = core[len(prefix):]
    return core


def _at_clause_start(view: Text, at: int, line_starts: set[int]) -> bool:
    return at in line_starts or view.text[at - 1] in _CLAUSE_OPEN


# after a unit's name: the document's own figure or a fact of itself
_CLAIM = (rf"(?:(?:19|20)\d\d年度?)?(?:(?:{_OWN_FIGURE})[^。；;，,\d]{{0,10}}?(?P<value>{NUM})万元|{_SELF_FACT})")


def _claims(result: ParsedDisclosure, view: Text, name: str, *, anchored: bool = False) -> Iterator[re.Match[str]]:
    """Every claim under a name matching `name`, whose figure (when it states one) is one of the document's own.
    `anchored` reads only claims opening a line or a clause: a name whose start is loose (any place before 镇) would
    otherwise begin inside the words before it, the lines being joined without a break."""
    own_values = {f.value for f in result.figures.values() if f.origin == "prose" and f.value}
    pattern = re.compile(rf"(?:(?:19|20)\d\d年度?)?(?P<name>{name}){_CLAIM}")
    found = (filter(None, (pattern.match(view.text, at) for at in _clause_starts(view))) if anchored
             else pattern.finditer(view.text))
    for match in found:
        value = match.group("value")
        if value is None or to_decimal(value) in own_values:
            yield match


def _clause_starts(view: Text) -> list[int]:
    after_stop = (i + 1 for i, char in enumerate(view.text) if char in _CLAUSE_OPEN)
    return sorted(set(view.starts) | set(after_stop))


def _claimed(match: re.Match[str]) -> str:
    return match.group("value") or match.group("staff") or match.group("people") or match.group("name")


def _sibling_claims(result: ParsedDisclosure, view: Text) -> Iterator[tuple[re.Match[str], str, str]]:
    """(match, name, value) of the document's own figure, or a fact of itself, said under a unit of its region that is
    neither it nor a member (罗平县九龙河水库管理所 in 罗平县阿岗水库管理所's text), the region perhaps after its
    province or city (重庆市荣昌区水务局 in 重庆市荣昌区水利局's text: the unit's former name)."""
    if result.scope == "部门" and not result.member_units:
        return  # a 部门 without its member list: any unit of the region may be one of them
    province = rf"(?:{re.escape(result.province)})?" if result.province else ""
    for match in _claims(result, view, rf"{province}{re.escape(result.region or '')}[一-龥]{{1,16}}?{_UNIT_END}"):
        name = match.group("name")
        if _another_unit(name, result) and not _named_as_superior(name, view.text):
            yield match, name, _claimed(match)


# A township's government (勐遮镇人民政府, …街道办事处) is a peer of every other township of its county, never its member
# or superior: its own figure under another township's name, with or without the county, is text copied from there
_TOWNSHIP = r"(?:镇|乡|街道|苏木)"


def _township_siblings(result: ParsedDisclosure, view: Text) -> Iterator[tuple[re.Match[str], str, str]]:
    """(match, name, value) of the document's own figure said under another township of the same head (勐混镇人民政府
    in 勐遮镇人民政府's text)."""
    own = re.fullmatch(rf"(?P<place>[一-龥]{{1,6}}?){_TOWNSHIP}(?P<head>[一-龥]{{2,8}})", _unit_core(result))
    if own is None:
        return
    region = rf"(?:{re.escape(result.region)})?" if result.region else ""
    name = rf"{region}(?P<place>[一-龥]{{1,6}}?){_TOWNSHIP}{re.escape(own.group('head'))}"
    for match in _claims(result, view, name, anchored=True):
        place = match.group("place")  # “利川市谋道” when the county is printed without its prefecture: the unit itself
        if not place.endswith(own.group("place")) and not own.group("place").endswith(place):
            yield match, match.group("name"), _claimed(match)


def _namesakes(result: ParsedDisclosure, view: Text) -> Iterator[tuple[re.Match[str], str, str]]:
    """(match, name, value) of a fact of the unit said under its own name in another region (大安市文化广电和旅游局
    in 洮南市文化广电和旅游局's text): the text of the namesake it was copied from."""
    core = _unit_core(result)
    if len(core) < 3 or core == result.unit:
        return
    pattern = re.compile(rf"(?P<name>(?P<place>{_PLACE}){re.escape(core)})(?:(?:19|20)\d\d年度?)?(?:{_SELF_FACT})")
    # the core stands three to nine characters on (the place and its 市/县/区/旗): tried only there
    for match in opened_at(pattern, view.text, near_literal(view.text, core, least=3, most=9)):
        place = match.group("place")
        if result.region in place or place in (result.unit or "") or place in (result.parent or ""):
            continue
        yield match, match.group("name"), match.group("staff") or match.group("people") or match.group("name")


@text_rule
def cp_ident_other_unit(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """CP-IDENT: the document's own figure, or what a unit says of itself, stated under another unit's name: a unit
    of the same region (not a member, not the superior body) or the unit's namesake in another region. Only at a
    clause's start, so that transfers to, work done by (由…负责) or offices shared with (与…合署) another unit do not
    count."""
    if not result.unit or not result.region:
        return
    line_starts = set(view.starts)
    seen: set[int] = set()
    for match, name, value in [*_sibling_claims(result, view), *_township_siblings(result, view),
                               *_namesakes(result, view)]:
        at = match.start("name")
        if at in seen or not _at_clause_start(view, match.start(), line_starts):
            continue
        seen.add(at)
        page = view.page_at(match.start())
        yield Check("CP-IDENT", "文中单位名称与文件单位一致", "fail", "warning",
                    f"第{page}页“{match.group(0)}”把本文件的情况记在{name}名下，而本文件为{result.unit}的"
                    f"{result.kind or ''}说明；可能是其他单位的文本遗留，需人工复核",
                    [{"label": name, "value": value, "page": page}], None, page, "text")


# The unit under its region's former name (潜山县档案馆 in 潜山市档案馆's text, after 撤县设市; 武清县… for 武清区): text
# carried over from before the region changed its status. “原潜山县档案馆” says so on purpose.
_REGION_SUFFIXES = "县市区旗"


def _former_region_names(result: ParsedDisclosure) -> list[str]:
    """The region's name with each other suffix (潜山县 for 潜山市); none for a region of one character's stem."""
    region = result.region or ""
    if len(region) < 3 or region[-1] not in _REGION_SUFFIXES:
        return []
    return [region[:-1] + suffix for suffix in _REGION_SUFFIXES if suffix != region[-1]]


@text_rule
def cp_ident_former_region(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """CP-IDENT: the unit named, at a clause's start, with its region's old suffix (县 for 市 or 区): the unit's
    name from before 撤县设市/撤县设区, left in the text. Reported once."""
    core = _unit_core(result)
    former = _former_region_names(result)
    if len(core) < 2 or not former or core == result.unit:
        return
    pattern = re.compile(rf"(?<!原)(?<!前)(?P<name>(?:{'|'.join(former)}){re.escape(core)})")
    line_starts = set(view.starts)
    lengths = [len(name) for name in former]  # the core stands right after a former name
    for match in opened_at(pattern, view.text, near_literal(view.text, core, least=min(lengths), most=max(lengths))):
        if not _at_clause_start(view, match.start(), line_starts):
            continue
        page = view.page_at(match.start())
        yield Check("CP-IDENT", "文中单位名称与文件单位一致", "fail", "warning",
                    f"第{page}页称“{match.group('name')}”，而文件单位为{result.unit}；地名只差县、市、区之别，疑为"
                    f"撤县设市（区）前的旧称，需人工复核",
                    [{"label": "文中名称", "value": match.group("name"), "page": page}], None, page, "text")
        return


# A member named as the department's own body: “某局（本级）”, “区城管委本级”, “委机关”
_OWN_BODY = re.compile(r"^(?P<name>.+?)(?:机关)?[(（]?(?:机关)?(?:本级|本部|机关)[)）]?$")


def _short_form_of(short: str, name: str) -> bool:
    """Whether every character of `short` occurs in `name` in order (区城管委 in 天津市武清区城市管理委员会)."""
    rest = iter(name)
    return all(char in rest for char in short)


def _own_body_core(name: str, result: ParsedDisclosure) -> str:
    """The own body's name without the region before it and 中共; "" unless it names the region (a name in full: a
    bare “局机关” or a clause the member list caught is no name to compare)."""
    if not result.region or result.region not in name:
        return ""
    return re.sub(r"^中共", "", name[name.index(result.region) + len(result.region):])


@text_rule
def cp_ident_own_body(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """CP-IDENT: the department's own body (本级/机关) listed under a name that is not the unit's, even shortened
    (“天津市武清区市容园林委员会（本级）” for 天津市武清区城市管理委员会): an old name left in the text."""
    unit = re.sub(r"^中共", "", result.unit or "")
    if not unit:
        return
    unit_core = _own_body_core(unit, result) or unit
    for member in result.member_units:
        found = _OWN_BODY.match(member)
        core = _own_body_core(found.group("name"), result) if found else ""
        if not core or _short_form_of(core, unit) or _short_form_of(unit_core, core):
            continue  # the unit's own name, shortened (区城管委本级, 委机关) or in full
        at = view.text.find(found.group("name"))
        page = view.page_at(at) if at >= 0 else None
        where = f"第{page}页" if page else ""
        yield Check("CP-IDENT", "本级单位名称与文件单位一致", "fail", "warning",
                    f"{where}所列本级单位“{member}”与文件单位名称{result.unit}不一致（文件为{result.year or ''}年"
                    f"{result.kind or ''}）；可能沿用了旧名称或其他单位的文本，需人工复核",
                    [{"label": "本级单位", "value": member, "page": page}], None, page, "text")


# ---- PR-PROC-SUM: 政府采购X万元，其中货物A、工程B、服务C ------------------------------------------------------------

# the total's verb varies by county: 为, 共计, 合计, 总计, 共, 计, or none at all
_PROC_VERB = r"(?:为|是|共计|合计|总计|共|计)?"
# a 决算 may print its plan before the actual total its kinds add up to (“政府采购计划金额A万元，实际支出B万元，其中货物…”)
_PROC_PLANNED = r"(?:计划(?:采购)?(?:金额|数)?为?-?\d[\d,]*(?:\.\d+)?(?:万元|元)[,，]\s*实际(?:支出|采购)(?:金额)?)"
# a 预算 may name its total the planned amount (“政府采购计划金额X万元”, “采购计划数X万元”): that is its total
_PROC_HEAD = re.compile(rf"(一般公共预算(?:财政)?拨款(?:安排的)?)?政府采购(?:{_PROC_PLANNED}|计划(?:采购)?(?:金额|数|总额)?"
                        rf"|(?:预算|支出|金额)?(?:总额|合计|总计)?)"
                        rf"(?:[(（][^()（）]{{0,20}}[)）])?{_PROC_VERB}{NUM}(万元|元)"
                        # the change on last year may come between the total and its kinds, which then open the next
                        # sentence with 其中 (“…X万元，比上年增加D万元。其中货物…”)
                        rf"(?:[,，](?:比|较|与)[^。；;其]{{0,60}}?(?:[,，；;]|。(?=其中)))?"
                        rf"[:：,，]?(?:其中[:：]?)?([^;；。]{{4,200}})")
_PROC_PART = re.compile(rf"(货物|工程|服务)[^\d,，、;；。:：]{{0,8}}?{NUM}(万元|元)")
_FACTOR = {"元": Decimal("0.0001"), "万元": Decimal(1)}


def _proc_denied(kind: str, sentence: str) -> bool:
    """Whether the sentence says there was no procurement of this kind (无工程采购, 未发生工程类采购, 工程采购为0)."""
    return bool(re.search(rf"(?:无|没有|未发生|未有){kind}类?(?:政府)?采购|{kind}类?(?:政府)?采购(?:支出|金额)?(?:为)?(?:0(?:\.0+)?(?:万元|元)?(?![\d.])|零)", sentence))


@text_rule
def pr_proc_sum(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """政府采购总额 = 货物 + 工程 + 服务, and the same for its 一般公共预算拨款 part, each as its own sentence lists."""
    for match in _PROC_HEAD.finditer(view.text):
        if "计划" in match.group(0)[:match.start(2) - match.start()] and "实际" in match.group(4).split("货物")[0]:
            continue  # a plan followed by what was actually bought: the kinds add up to that, not to the plan
        parts = _PROC_PART.findall(match.group(4))
        # a list running on past a semicolon (货物A，主要为…；服务B；无工程采购) is read to the end of its sentence,
        # unless that brings in a second list (the kinds repeat)
        sentence = view.text[match.start(4):].split("。")[0][:400]
        longer = _PROC_PART.findall(sentence)
        if len({kind for kind, *_ in longer}) == len(longer) > len(parts):
            parts = longer
        kinds = [kind for kind, *_ in parts]
        # a kind the sentence denies (无工程采购, 工程类采购为0) is a part of zero
        denied = [kind for kind in ("货物", "工程", "服务") if kind not in kinds and _proc_denied(kind, sentence)]
        parts = parts + [(kind, "0", "万元") for kind in denied]
        kinds = [kind for kind, *_ in parts]
        if len(parts) < 2 or len(parts) == len(denied) or len(set(kinds)) != len(kinds):
            continue
        total = to_decimal(match.group(2))
        if total is None:
            continue
        page = view.page_at(match.start())
        source = match.group(0)[:200]
        part_label = "一般公共预算拨款政府采购" if match.group(1) else "政府采购"
        whole = Term(part_label, total * _FACTOR[match.group(3)], printed_decimals(match.group(2)), match.group(3), page, source)
        terms = []
        for kind, raw, unit in parts:
            value = to_decimal(raw)
            if value is None:
                break
            terms.append(Term(kind, value * _FACTOR[unit], printed_decimals(raw), unit, page, source))
        else:
            check = compare("PR-PROC-SUM", f"{part_label}等于货物、工程、服务之和", [whole], terms,
                            what=f"{part_label}与货物、工程、服务之和")
            check.basis = "text"
            yield check


# “…实际支出B万元，其中货物…。授予中小企业合同金额X万元，占政府采购支出总额的P%”: the contracts awarded to small and
# medium firms are a part of the procurement actually made, and their share is of that total
_SME = re.compile(rf"授予中小(?:微)?企业(?:的)?合同(?:总)?(?:金额)?(?:为|共计|合计)?{NUM}万元[,，]?"
                  rf"(?:占([^。；;,，\d%]{{0,16}}?)的?{NUM}%)?")


@text_rule
def pr_proc_sme(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """授予中小企业合同金额 ≤ the procurement total printed just before it, and its stated share = amount / total."""
    for match in _SME.finditer(view.text):
        heads = [h for h in _PROC_HEAD.finditer(view.text, max(0, match.start() - 300), match.start())
                 if h.group(3) == "万元" and view.text.count("。", h.end(2), match.start()) <= 1]  # its sentence, or the one before
        if not heads:
            continue
        head = heads[-1]
        total, amount = to_decimal(head.group(2)), to_decimal(match.group(1))
        if total is None or amount is None:
            continue
        page = view.page_at(match.start())
        part = Term("授予中小企业合同金额", amount, printed_decimals(match.group(1)), "万元", page, match.group(0))
        whole = Term("政府采购实际支出" if "实际" in head.group(0) else "政府采购总额", total,
                     printed_decimals(head.group(2)), "万元", view.page_at(head.start()), head.group(0)[:120])
        check = at_most("PR-PROC-SUM", "授予中小企业合同金额不超过政府采购总额", part, whole, severity="error")
        check.basis = "text"
        yield check
        named, raw_pct = match.group(2), match.group(3)
        if check.outcome == "fail" or raw_pct is None or total <= 0 or re.search(r"计划|预算|预留", named or ""):
            continue  # one finding for a part over its whole; a share of the plan is another quantity
        stated = Decimal(raw_pct)
        half = lambda raw, v: Decimal("0.5") * Decimal(10) ** -printed_decimals(raw) if v else Decimal(0)  # noqa: E731
        low, high = pct_interval(amount, half(match.group(1), amount), total, half(head.group(2), total))  # type: ignore[misc]
        half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(raw_pct)
        terms = [part.to_json(), whole.to_json(), {"label": "所称占比", "value": raw_pct + "%"}]
        name = "授予中小企业合同金额占比与金额一致"
        if low - half_p <= stated <= high + half_p:
            yield Check("PR-SHARE", name, "pass", "warning", f"{match.group(1)}/{head.group(2)}={amount / total * 100:.2f}%，"
                        f"与所称{raw_pct}%相符", terms, None, page, "text")
            continue
        off = min(abs(stated - low), abs(stated - high))
        yield Check("PR-SHARE", name, "fail", "error" if off > 1 else "warning",
                    f"授予中小企业合同金额{match.group(1)}万元占{whole.label}{head.group(2)}万元应为{amount / total * 100:.2f}%，"
                    f"文中为{raw_pct}%；两处披露不能同时成立，需人工复核", terms, None, page, "text")


# the part of the total that 一般公共预算拨款 pays for, named in the total's sentence: “其中一般公共预算拨款采购A万元”,
# “使用一般公共预算拨款采购A万元”, “按资金来源，一般公共预算拨款安排的采购为A万元”; a sum paid from money other than
# it (以外/之外) or its share (占) is no such part
_PROC_AT = re.compile("政府采购")
_PROC_GENERAL = re.compile(rf"一般公共预算(?:财政)?拨款(?!收入)([^\d,，、;；。:：()（）]{{0,12}}?){NUM}(万元|元)")


@text_rule
def pr_proc_general_part(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The 一般公共预算拨款 part of the procurement ≤ the 政府采购 total its sentence states (PR-PROC-SUM)."""
    for match in anchored(_PROC_HEAD, _PROC_AT, view.text, before=16, after=300):
        if match.group(1):
            continue  # a head that is itself the 一般公共预算拨款 part
        sentence = view.text[match.end(2):].split("。")[0][:400]
        found = _PROC_GENERAL.search(sentence)
        if found is None or re.search(r"外|占|比", found.group(1)):
            continue
        total, part = to_decimal(match.group(2)), to_decimal(found.group(2))
        if total is None or part is None:
            continue
        page = view.page_at(match.start())
        check = at_most("PR-PROC-SUM", "一般公共预算拨款政府采购不超过政府采购总额",
                        Term("一般公共预算拨款政府采购", part * _FACTOR[found.group(3)], printed_decimals(found.group(2)),
                             found.group(3), page, found.group(0)),
                        Term("政府采购总额", total * _FACTOR[match.group(3)], printed_decimals(match.group(2)), match.group(3),
                             page, match.group(0)[:200]), severity="error")
        check.basis = "text"
        if check.outcome == "fail" and check.rule == "PR-PROC-SUM" and check.severity == "error":
            check.message = (f"第{page}页政府采购总额为{match.group(2)}{match.group(3)}，同句所列一般公共预算拨款安排的采购却为"
                             f"{found.group(2)}{found.group(3)}，部分大于总额；两处披露不能同时成立，需人工复核")
        yield check


# ---- PT-PROC: the sentence's 政府采购 total and kinds against the 政府采购 table ------------------------------------

_PROC_ROW = re.compile(r"^(?:[A-Ca-c]|\d{1,2})?[.、]?(合计|总计|货物|工程|服务)(?:类)?$")


def _proc_table_rows(grid: list[list[str | None]]) -> dict[str, str]:
    """{合计/货物/工程/服务: the cell as printed} in the table's all-funds column (headed 合计 or 总计 alone, right of
    the row labels); {} when the grid has no such column. A row is read by its label in one of its first two cells,
    its code (A 货物) allowed; a kind printed twice (by item and by kind) leaves the grid unread."""
    clean = [[squeeze(cell or "") for cell in row] for row in grid]
    found: dict[str, str] = {}
    column = None
    for at, row in enumerate(clean):
        label = next((m.group(1) for cell in row[:2] if (m := _PROC_ROW.match(cell))), None)
        if label is None or not any(re.fullmatch(r"-?[\d,]+(?:\.\d+)?", cell) for cell in row):
            continue  # a header row (…｜合计｜一般公共预算…) names 合计 too, with no amount
        if column is None:
            heads = ["".join(r[col] for r in clean[:at] if col < len(r)) for col in range(len(row))]
            column = next((col for col in range(1, len(row)) if heads[col] in ("合计", "总计", "金额合计", "合计金额")
                           and not _PROC_ROW.match(row[col])), None)
            if column is None:
                return {}
        label = "合计" if label == "总计" else label
        if label in found or column >= len(row):
            return {}
        found[label] = row[column]
    return found


@text_rule
def pt_proc_table(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-PROC: the 政府采购 total the words state, and each of its kinds (货物/工程/服务), = the 合计 column of the
    政府采购 table, row by row (prose rounds, tables may not). Read from the first sentence that lists the kinds of
    the whole procurement (not its 一般公共预算 part); a blank cell is not read as 0."""
    heads = opened_at(_PROC_HEAD, view.text, near_literal(view.text, "政府采购", least=0, most=13))  # after its fund
    head = next((m for m in heads if not m.group(1) and len(_PROC_PART.findall(m.group(4))) >= 2), None)
    if head is None:
        return
    span = next((s for s in table_spans(view, result) if "采购" in s.caption), None)
    if span is None:
        return
    # the page may hold another table too (a 支出 table with its own 合计 row): the procurement grid names its kinds
    rows = next((found for grid in table_grids(view, span)
                 if (found := _proc_table_rows(grid)).get("合计") and set(found) & {"货物", "工程", "服务"}), None)
    unit = table_unit(view, span)
    if rows is None or unit not in ("万元", "元"):
        return
    page = view.page_at(head.start())
    source = head.group(0)[:200]
    stated = [("合计", head.group(2), head.group(3))]
    stated += [(kind, raw, unit_) for kind, raw, unit_ in _PROC_PART.findall(head.group(4))]
    seen: set[str] = set()
    for kind, raw, printed_unit in stated:
        cell = rows.get(kind)
        prose, value = to_decimal(raw), to_decimal(cell or "")
        if kind in seen or prose is None or value is None:
            continue
        seen.add(kind)
        label = "政府采购预算总额" if kind == "合计" else f"政府采购{kind}类"
        check = coarse_vs_fine(
            "PT-PROC", "正文政府采购与采购表一致",
            Term(f"正文{label}", prose * _FACTOR[printed_unit], printed_decimals(raw), printed_unit, page, source),
            Term(f"{span.printed}{kind}", value * _FACTOR[unit], printed_decimals(cell or ""), unit, span.first,
                 f"{span.printed} · {kind} · 合计"))
        check.basis = "text"
        yield check


_RESERVED = re.compile(rf"面向中小企业预留政府采购项目预算(?:金额)?为?{NUM}万元")
_SMALL = re.compile(rf"(?:预留给小型和微型企业|面向小微企业预留)[^。;；,，\d]{{0,16}}?为?{NUM}万元")


@text_rule
def pr_proc_reserved(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The amount reserved for small and medium firms ≤ the procurement total, and its 小微 part ≤ it (PR-PROC-SUM's
    guard). A 决算 compares a reserved budget with contract amounts: there a breach is a warning."""
    reserved = _RESERVED.search(view.text)
    total = _fig(result, "procurement_total")
    if reserved is None or to_decimal(reserved.group(1)) is None:
        return
    page = view.page_at(reserved.start())
    part = Term("面向中小企业预留", to_decimal(reserved.group(1)), printed_decimals(reserved.group(1)), "万元", page,  # type: ignore[arg-type]
                reserved.group(0))
    severity = "error" if result.kind == "预算" else "warning"
    if total is not None and total.origin == "prose":
        check = at_most("PR-PROC-SUM", "面向中小企业预留不超过政府采购总额", part, term(total, "政府采购总额"), severity=severity)
        check.basis = "text"
        yield check
    small = _SMALL.search(view.text, reserved.start())
    if small is not None and small.start() - reserved.end() < 80 and to_decimal(small.group(1)) is not None:
        check = at_most("PR-PROC-SUM", "预留给小微企业的不超过面向中小企业预留",
                        Term("预留给小微企业", to_decimal(small.group(1)), printed_decimals(small.group(1)), "万元", page,  # type: ignore[arg-type]
                             small.group(0)), part, severity=severity)
        check.basis = "text"
        yield check
