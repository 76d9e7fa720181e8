"""The same quantity stated twice in the words, found by its subject and its scope (CHECKS.md PR-REPEAT, IE-BAL).

Two readers:

- `pr_repeat_split`: 基本支出 and 项目支出 of the year, printed in several sentences. Each printing is given a scope by
  its own sentence, else by the section heading above it: the 财政拨款 parts (三, 四: “一般公共预算财政拨款支出…其中：
  基本支出X”) or the all-funds part (二: “部门支出预算…其中基本支出Y”). Two printings of one scope, or of a document
  whose income is all 一般公共预算拨款 (one scope), are one quantity (error beyond both half-steps, warning for a
  same-step difference within them). A sentence naming another year, 上年, a comparison or the 年初预算 names another
  quantity and is left out.
- `ie_bal_fund_in_words`: a 预算 spends in the year what it receives, fund by fund, when nothing is carried over: the
  words' “财政拨款收入X…财政拨款支出Y” (one sentence: error), and a fund's appropriation listed among the sources
  (“政府性基金预算拨款X”) against that fund's spending stated in its own section (“政府性基金预算支出Y”: the two
  sections name the same fund, so an error beyond the half-steps, a warning within them).
- `pr_perf_in_words`: the funds a 绩效 sentence covers against the 项目支出 of their scope the first reader found
  (PR-PERF: within it; equal to it when the sentence says every project is covered), and, where the words print no
  项目支出 of that scope, against the other scope's (`perf_funds_by_scope` is the same reading without that step).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import (
    UNIT_FACTOR, ZERO, Term, at_most, coarse_vs_fine, compare, near_literal, number_before, opened_at, printed_again,
)
from .text import NUM, Text, printed_decimals, text_rule, to_decimal

# a section's heading: “四、一般公共预算财政拨款支出预算情况” / “（二）财政拨款支出” (after a sentence's end or at a line's start)
_HEADING = re.compile(r"(?:(?<=[。；;\s]))?(?<![\d.])(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)"
                      r"[^。；;，,：:]{2,40}")
_FISCAL = re.compile(r"财政拨款|一般公共预算|公共财政预算|政府性基金|国有资本经营")
_OTHER_FUND = re.compile(r"政府性基金|国有资本经营")
# what makes a sentence name another quantity than the year's own 基本支出/项目支出
_OTHER_SENTENCE = re.compile(r"年初预算|调整预算|绩效|自评|涉及|结转|结余|(?:其他|事业|经营)收入安排")
_OTHER_CLAUSE = re.compile(r"上年|去年|上一年|比|较|增加|减少|增长|下降|占")


def _headings(view: Text) -> list[tuple[int, str]]:
    """(offset, heading text) of every section heading of the words, read once per document."""
    cached = view._cache.get("subject_headings")
    if cached is None:
        found = {m.start(): m.group(0) for m in _HEADING.finditer(view.text)}
        for start in view.starts:  # a heading that opens its line after a line ending with no stop
            m = _HEADING.match(view.text, start)
            if m is not None:
                found[start] = m.group(0)
        cached = sorted((start, text) for start, text in found.items() if view.page_at(start) not in view.listing_pages)
        view._cache["subject_headings"] = cached
    return cached


def _heading_before(view: Text, offset: int) -> str:
    """The section heading above `offset` (“四、一般公共预算财政拨款支出预算情况”), within 1500 characters."""
    found = _headings(view)
    at = bisect_right([start for start, _ in found], offset) - 1
    return found[at][1] if at >= 0 and offset - found[at][0] < 1500 else ""


# the year's all-funds spending named as the sentence's subject (“支出预算总计…”, “部门支出预算…”, “全年安排支出…”)
_ALL_TOTAL = re.compile(r"支出(?:预算|决算)?(?:总计|总额|合计)|部门(?:支出|预算)|全年安排支出|(?<!拨款)本年支出安排|收支预算|收支决算"
                        r"|(?<!拨款)(?<!基金)支出(?:预算|决算)(?:数)?(?:为|是)?\d")
_SUBJECT = re.compile(r"支出|收入")
_PARTS = re.compile(r"基本支出|项目支出")
_BY_NATURE = re.compile(r"(?:按|从)?支出(?:按)?(?:性质|经济分类)(?:分类?|划分|看|来看)?")


def _sentence_before(view: Text, offset: int) -> str:
    """The words of the sentence before `offset` (from the last 。；, at most 120 characters)."""
    return re.split(r"[。；;\n]", view.text[max(0, offset - 120):offset])[-1]


def _one_scope(result: ParsedDisclosure) -> bool:
    """Whether the year's income is all 一般公共预算拨款 (the all-funds and 财政拨款 parts then describe one money)."""
    income, general = result.figures.get("income_total"), result.figures.get("general_budget_appropriation")
    return income is not None and general is not None and income.value is not None and income.value == general.value


def _scope(view: Text, offset: int) -> tuple[str | None, bool]:
    """The scope of a 基本支出/项目支出 printed at `offset`: "fiscal" (a 财政拨款 part), "all" (the all-funds part),
    "other" (another fund's part) or None (unknown), and whether its own words say so rather than the section's
    heading. Its own words: this sentence, or, when it names no total of its own (“其中基本支出Y万元”), the two
    sentences before it (“…财政拨款支出X万元。决算数大于年初预算数…。其中基本支出Y万元”)."""
    words = _sentence_before(view, offset)
    if re.search(r"[费金]\d", _PARTS.sub("", words)):
        return None, False  # “公务用车运行维护费X万元，…其中基本支出安排Y万元”: a part of another amount
    at = offset - len(words) - 1
    for _ in range(2):
        if _SUBJECT.search(_PARTS.sub("", words)) or at <= 0 or _HEADING.search(words) or _FISCAL.search(words):
            break  # the words name their fund (“一般公共预算基本支出Y万元”), or a section's heading opens them: what
            # comes before is another sentence's subject
        before = _sentence_before(view, at)
        words, at = before + "。" + words, at - len(before) - 1
    named = _FISCAL.search(words)
    if named:
        return ("other" if _OTHER_FUND.fullmatch(named.group(0)) else "fiscal"), True
    if _ALL_TOTAL.search(words):
        return "all", True
    heading = _heading_before(view, offset)
    named = _FISCAL.search(heading)
    by_nature = _BY_NATURE.search(words) is not None and not _SUBJECT.search(_PARTS.sub("", _BY_NATURE.sub("", words)))
    if named:
        return ("other" if _OTHER_FUND.fullmatch(named.group(0)) else "fiscal"), by_nature
    if by_nature and heading:
        # “按支出性质分：基本支出X万元”: the section's spending split again, in the section's own scope
        return "all", True
    if _SUBJECT.search(_PARTS.sub("", words)):
        return None, False  # a subject this reader does not know (a class, another source, a unit): no scope
    return ("all" if heading else None), False


_SPLIT = re.compile(rf"(基本支出|项目支出)(预算|决算|支出)?(?:数)?(?:为|是|安排)?{NUM}(万元|元)(?![/每])")


_Printings = dict[tuple[str, str], list[tuple[str, int, str, int, bool]]]


def _split_printings(result: ParsedDisclosure, view: Text) -> _Printings:
    """The year's 基本支出 and 项目支出 as the words print them, by (label, scope "fiscal"/"all"): each printing's
    (amount as printed, page, unit, offset, whether its own words gave the scope). Read once per document."""
    cached = view._cache.get("split_printings")
    if cached is not None:
        return cached
    one_scope = _one_scope(result)
    stated: _Printings = {}
    previous: tuple[int, str | None, bool] | None = None
    for match in _SPLIT.finditer(view.text):
        stage = match.group(2)
        if stage and ((stage == "预算") != (result.kind != "决算")):
            continue  # a 决算's 预算 (or a 预算's 决算) is another stage's figure
        page = view.page_at(match.start())
        if page in view.listing_pages:
            continue
        sentence = _sentence_before(view, match.start())
        years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", sentence)}
        clause = re.split(r"[，,：:]", sentence)[-1]
        if _OTHER_SENTENCE.search(sentence) or _OTHER_CLAUSE.search(clause) or (result.year and years - {result.year}):
            continue
        scope, said = _scope(view, match.start())
        if scope is None and previous is not None and not re.search(r"[。]", view.text[previous[0]:match.start()]) \
                and match.start() - previous[0] < 200:
            scope, said = previous[1:]  # “…基本支出X万元，…；项目支出Y万元”: the split's other half, in the same scope
        previous = (match.end(), scope, said)
        if scope is None or scope == "other":
            continue  # no scope, or a 政府性基金 / 国有资本经营 part: a fund's own split, another quantity
        if one_scope:
            scope, said = "all", True
        stated.setdefault((match.group(1), scope), []).append((match.group(3), page, match.group(4), match.start(), said))
    view._cache["split_printings"] = stated
    return stated


@text_rule
def pr_repeat_split(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-REPEAT: the year's 基本支出 (项目支出) printed twice for one scope reads the same."""
    one_scope = _one_scope(result)
    stated = _split_printings(result, view)
    if not one_scope and result.kind != "决算":
        yield from _fiscal_within_all(stated)  # a 决算's words may state the 财政拨款 spending with last year's money
    for (label, scope), found in stated.items():
        if len(found) < 2:
            continue
        shown = label if one_scope else (f"财政拨款{label}" if scope == "fiscal" else f"部门{label}")
        first = found[0]
        for later in found[1:]:
            check = _repeat(shown, first[:4], later[:4])
            if check.severity == "error" and not (first[4] and later[4]):
                # the scope read from a heading, not from the printing's own sentence: a reader may take them for
                # two quantities (二 all funds, 三 财政拨款), so the clash is a warning
                check.severity = "warning"
            yield check
            if check.outcome == "fail":
                break


def _fiscal_within_all(stated: dict[tuple[str, str], list[tuple[str, int, str, int, bool]]]) -> Iterator[Check]:
    """IE-SCOPE-LE: the 财政拨款 part's 基本支出 (项目支出) is paid from part of the money the all-funds one is paid from,
    so it cannot exceed the all-funds one of the same year (each printing's scope said by its own sentence)."""
    for label in ("基本支出", "项目支出"):
        whole = next((f for f in stated.get((label, "all"), []) if f[4]), None)
        if whole is None:
            continue
        for part in (f for f in stated.get((label, "fiscal"), []) if f[4]):
            terms = [Term(f"第{p}页{name}", to_decimal(r) * UNIT_FACTOR[u], printed_decimals(r), u, p)  # type: ignore[operator]
                     for (r, p, u, *_), name in ((part, f"财政拨款{label}"), (whole, f"部门{label}"))]
            check = at_most("IE-SCOPE-LE", f"财政拨款{label}不超过部门{label}（文字）", terms[0], terms[1], severity="error")
            check.basis = "text"
            yield check
            if check.outcome == "fail":
                break


def _repeat(shown: str, first: tuple[str, int, str, int], later: tuple[str, int, str, int], *,
            rule: str = "PR-REPEAT", name: str | None = None, what: str = "") -> Check:
    """Two printings of one amount, each (as printed, page, unit, offset): compared after rounding the finer one; a
    difference within both half-steps of two printings to one step is still two readings of one number (warning)."""
    printings = [Term(f"第{p}页{label}", to_decimal(r) * UNIT_FACTOR[u], printed_decimals(r), u, p)  # type: ignore[operator]
                 for (r, p, u, _), label in ((first, shown), (later, what or shown))]
    coarse, fine = sorted(printings, key=lambda t: t.half, reverse=True)
    check = coarse_vs_fine(rule, name or f"同一数字多处刊印一致：{shown}", coarse, fine)
    check.basis = "text"
    (first_raw, first_page, first_unit, _), (raw, page, unit, _) = first, later
    said = f"{shown}在第{first_page}页为{first_raw}{first_unit}，{what or '同一数字'}在第{page}页为{raw}{unit}"
    if check.outcome == "fail" and check.severity == "error":
        check.message = f"{said}，两处说的是同一口径的同一数字却前后不一；两处披露不能同时成立，需人工复核"
    elif check.outcome == "fail" and check.severity == "info" and coarse.half == fine.half:
        check.severity = "warning"
        check.message = (f"{said}，位数相同却相差{abs(coarse.value - fine.value)}万元，并非取整所致；"
                         "读者无法判断哪一处正确，需人工复核")
    return check


# “2024年财政拨款收入预算1785.70万元，…；财政拨款支出预算1758.70万元”: both sides of one fund in one sentence
_FUND = r"(一般公共预算(?:财政)?拨款|政府性基金预算(?:财政)?拨款|(?<![算营])财政拨款)"
_PAIR = re.compile(rf"{_FUND}收入(?:预算)?(?:数)?(?:为|是|共计|合计)?{NUM}万元([^。]{{0,120}}?)"
                   rf"{_FUND}支出(?:预算)?(?:数)?(?:为|是|共计|合计)?{NUM}万元")
# a fund's appropriation among the sources (“其中：政府性基金预算拨款432.00万元”), and that fund's own section
_FUND_SOURCE = re.compile(rf"(?<![上去])(一般公共预算|公共财政预算|政府性基金预算|国有资本经营预算)(?:财政)?拨款(?:收入)?(?:预算)?(?:为|是)?{NUM}万元")
_FUND_SPENT = re.compile(rf"(一般公共预算(?=(?:财政)?拨款)|政府性基金预算|国有资本经营预算)(?:财政)?(?:拨款)?支出(?:预算)?(?:为|是|合计|共计)?{NUM}万元")
_YEAR_GRANT = re.compile(rf"(?<![上去])(一般公共预算|政府性基金预算|国有资本经营预算)当年(?:财政)?拨款(?:预算)?(?:为|是)?{NUM}万元")
# what makes such a printing a part of it (“…项目实行绩效目标管理，涉及一般公共预算当年拨款A万元”)
_GRANT_PART = re.compile(r"涉及|安排|用于|绩效|项目|其中|包括|含|占|支出")
_CARRIED = re.compile(rf"(?:上年|年初)[^。；;]{{0,12}}?(?:结转|结余)[^。；;\d]{{0,12}}{NUM}万元")


def _fund_key(name: str) -> str:
    return "一般公共预算" if name.startswith("一般") else ("政府性基金" if name.startswith("政府性基金") else "财政")


def _carried_over(view: Text) -> set[Decimal]:
    """The carry-overs of last year's money the words state that are not nil (spending may then exceed income)."""
    return {value for m in _CARRIED.finditer(view.text) if (value := to_decimal(m.group(1)) or ZERO) != 0}


@text_rule
def ie_bal_fund_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-BAL in words: a 预算's appropriation received = spent, for 财政拨款 as a whole and fund by fund. Where the
    words state a carry-over, one sentence's pair still holds unless it spends more than it receives: by a stated
    carry-over, nothing to report; by another amount, a warning (the carry-over may be of this fund)."""
    if result.kind == "决算":
        return
    carried = _carried_over(view)
    for match in _PAIR.finditer(view.text):
        if _fund_key(match.group(1)) != _fund_key(match.group(4)) or re.search(r"上年|去年|结转|结余", match.group(3)):
            continue
        before = _sentence_before(view, match.start())
        years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", before)}
        if re.search(r"上年|去年|上一年|比|较", before[-6:]) or (result.year and years - {result.year}):
            continue
        page = view.page_at(match.start())
        name = f"{match.group(1)}收入"
        check = _repeat(name, (match.group(2), page, "万元", match.start()),
                        (match.group(5), view.page_at(match.start(5)), "万元", match.start(5)),
                        rule="IE-BAL", name="预算财政拨款收入等于支出（文字）", what=f"{match.group(4)}支出")
        gap = (to_decimal(match.group(5)) or ZERO) - (to_decimal(match.group(2)) or ZERO)
        if carried and check.outcome == "fail" and gap > 0:
            if any(abs(gap - amount) <= Decimal("0.01") for amount in carried):
                continue  # spending = income + the carry-over the words state
            check.severity = "warning"
            check.message = (f"{check.message.split('，两处')[0]}，支出比收入多{gap}万元，与文中所列结转"
                             f"{'、'.join(f'{a}万元' for a in sorted(carried))}均不相符；需人工复核")
        yield check
    sources = {fund: list(found) for fund, found in _listed_sources(result, view).items()}
    for match in opened_at(_YEAR_GRANT, view.text, near_literal(view.text, "当年", least=6, most=8)):
        # “2026年一般公共预算当年拨款A万元，比上年…”: the fund's appropriation of the year, printed again
        if match.group(1) in sources and not _another_year(result, view, match.start(), 8, r"|占|其中|包括") \
                and not _GRANT_PART.search(_sentence_before(view, match.start())):
            sources[match.group(1)].append((match.group(2), view.page_at(match.start()), "万元", match.start()))
    for fund, found in sources.items():
        # the fund's appropriation listed twice (二's sources, 三's 包括…): one quantity (PR-REPEAT), carried over or not
        for later in found[1:]:
            check = _repeat(f"{fund}拨款", found[0], later)
            yield check
            if check.outcome == "fail":
                break
    spent: set[str] = set()
    for match in _FUND_SPENT.finditer(view.text):
        fund = match.group(1)
        if fund not in sources or fund in spent or _another_year(result, view, match.start(), 8, r"|占|其中|包括"):
            continue
        spent.add(fund)
        if carried:
            # the fund's spending may include its share of the carry-over, never less than its appropriation
            raw, page = sources[fund][0][0], sources[fund][0][1]
            check = at_most("IE-BAL", f"预算{fund}拨款收入不超过其支出（有结转）",
                            Term(f"第{page}页{fund}拨款", to_decimal(raw), printed_decimals(raw), "万元", page),  # type: ignore[arg-type]
                            Term(f"第{view.page_at(match.start())}页{fund}支出", to_decimal(match.group(2)),  # type: ignore[arg-type]
                                 printed_decimals(match.group(2)), "万元", view.page_at(match.start()), match.group(0)),
                            severity="error")
            check.basis = "text"
            yield check
            continue
        yield _repeat(f"{fund}拨款", sources[fund][0], (match.group(2), view.page_at(match.start()), "万元", match.start()),
                      rule="IE-BAL", name=f"预算{fund}拨款收入等于支出（文字）", what=f"{fund}支出")



def _listed_sources(result: ParsedDisclosure, view: Text) -> dict[str, list[tuple[str, int, str, int]]]:
    """Each fund's appropriation of the year as the words list it among the income sources (as printed, page, unit,
    offset), by fund (“一般公共预算”; 公共财政预算, its former name, counts as it)."""
    cached = view._cache.get("listed_sources")
    if cached is None:
        cached = {}
        for match in _FUND_SOURCE.finditer(view.text):
            if _another_year(result, view, match.start(), 8) or not _listed_source(view, match.start()):
                continue
            fund = "一般公共预算" if match.group(1) == "公共财政预算" else match.group(1)
            cached.setdefault(fund, []).append((match.group(2), view.page_at(match.start()), "万元", match.start()))
        view._cache["listed_sources"] = cached
    return cached


# a fund's appropriation of the year named as a sentence's subject (三: “2025年一般公共预算财政拨款收入549.62万元，比上年…”,
# 四: “2025年政府性基金预算拨款收入4,520.00万元”, “政府性基金预算财政拨款预算47.80万元，全部用于项目支出”)
_FUND_INCOME = re.compile(rf"(?<![上去])(一般公共预算|公共财政预算|政府性基金预算|国有资本经营预算)(?:财政)?拨款(?:收入)?(?:预算|决算)?数?"
                          rf"(?:[和与、及]支出(?:预算|决算)?)?(?:均|都)?(?:为|是)?{NUM}万元")
# what, in the words before it, makes an amount a listed source, a part of another amount or another quantity (“使用
# 一般公共预算财政拨款A万元”, 列支: the fund's money spent, which in a 决算 or with carry-over is not what it received)
_NOT_SUBJECT = re.compile(r"收入|来源|其中|包括|结转|结余|上年|去年|比|较|绩效|涉及|对应|项目|用于|使用|列支|安排|采购|支出|[、，,]$")


# a section heading the words of a sentence run on from (“第三部分一般公共预算财政拨款支出预算2025年…”, “（三）…预算情况：当年…”)
_HEADING_LEAD = re.compile(r"^.*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分|[（(][一二三四五六七八九十]{1,3}[)）])"
                           r"[^。，,\d]{0,30}(?:情况|预算|决算|说明)[:：]?")


def _own_words(view: Text, offset: int) -> str:
    """The words of the sentence before `offset`, less the section heading they run on from."""
    return _HEADING_LEAD.sub("", _sentence_before(view, offset))


@text_rule
def ie_gb_income_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-GB in words: a fund's appropriation the words state as a sentence's subject (三's 一般公共预算财政拨款收入,
    四's 政府性基金预算拨款收入) is the appropriation of that fund they list among the year's income sources (二): one
    quantity, the same year's money from one fund."""
    sources = _listed_sources(result, view)
    if not sources:
        return
    offsets = {offset for found in sources.values() for *_, offset in found}
    seen: set[tuple[str, str]] = set()
    funds = near_literal(view.text, "一般公共预算", "公共财政预算", "政府性基金预算", "国有资本经营预算", least=0, most=0)
    for match in opened_at(_FUND_INCOME, view.text, funds):
        fund = "一般公共预算" if match.group(1) == "公共财政预算" else match.group(1)
        listed = sources.get(fund)
        if not listed or match.start() in offsets or (fund, match.group(2)) in seen or _listed_source(view, match.start()):
            continue
        words = _own_words(view, match.start())
        if _NOT_SUBJECT.search(words) or _another_year(result, view, match.start(), 8):
            continue
        if view.page_at(match.start()) in view.listing_pages:
            continue
        seen.add((fund, match.group(2)))
        name = "一般公共预算拨款收入前后一致（文字）" if fund == "一般公共预算" else f"{fund}拨款收入前后一致（文字）"
        yield _repeat(f"{fund}拨款", listed[0], (match.group(2), view.page_at(match.start()), "万元", match.start()),
                      rule="IE-GB", name=name, what=f"{fund}财政拨款收入")


def _listed_source(view: Text, offset: int) -> bool:
    """Whether the amount at `offset` is listed among the year's income sources (“收入预算X万元，其中：一般公共预算拨款
    Y万元…”): the sentence names 收入 (or 来源) before it, and no spending or project after that."""
    words = _sentence_before(view, offset)
    if re.match(r"\s*其中", words):
        # “收入预算X万元，比上年减少Y万元。其中：一般公共预算拨款Z万元”: the list opens a sentence of its own
        at = offset - len(words) - 1
        words = _sentence_before(view, at) + "，" + words
        if re.search(r"支出|项目|安排|用于|采购|绩效", words):
            return False
    heads = [m.end() for m in re.finditer(r"收入|来源", words)]
    return bool(heads) and not re.search(r"支出|项目|安排|用于|采购|绩效", words[heads[-1]:])


def _another_year(result: ParsedDisclosure, view: Text, offset: int, reach: int, more: str = "") -> bool:
    """Whether the words just before `offset` name another year, last year or a comparison (another quantity)."""
    before = _sentence_before(view, offset)
    years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", before)}
    return bool(re.search(rf"上年|去年|上一年|比|较{more}", before[-reach:])) or bool(result.year and years - {result.year})

pr_repeat_split.defers = True  # type: ignore[attr-defined]  (a failure a rule above reported is not repeated)
ie_bal_fund_in_words.defers = True  # type: ignore[attr-defined]
ie_gb_income_in_words.defers = False  # type: ignore[attr-defined]  (the figure rule IE-GB reads other amounts of the page)


# PR-PERF in words: the funds a sentence on 绩效目标/绩效自评 says its projects involve, and whether it says every project
# is covered, against the year's 项目支出 the words print (`_split_printings`, by scope)
_PERF_SENTENCE = re.compile(r"绩效(?:目标|自评|评价|管理)")
_PERF_FUND_PATTERNS = (
    # “涉及一般公共预算当年财政拨款X万元” / “覆盖项目6个、资金X万元” / “对应一般公共预算拨款X万元”
    re.compile(rf"(?:涉及|覆盖|对应)(?:的)?((?:项目)?\d+个[、，,])?([^。，,；;\d]{{0,30}}?){NUM}(万元|元)"),
    # “项目支出中一般公共预算拨款X万元全部设定…” / “一般公共预算项目支出X万元全部实行…” / “纳入…的项目支出X元”
    re.compile(rf"()((?:[^。，,；;\d]{{0,12}}?)项目支出(?:中)?[^。，,；;\d]{{0,12}}?){NUM}(万元|元)"),
    # “对全部X万元项目支出编制了…” / “X万元项目支出全部设定…”
    re.compile(rf"()((?:对)?(?:全部|所有)?){NUM}(万元|元)(?:的)?(?=项目支出)"),
)
_PERF_NAMED = re.compile(r"财政拨款|一般公共预算|公共财政")
# what the words before the amount say of another fund's money, or of another year's
_PERF_OTHER = re.compile(r"政府性基金|国有资本|上年|去年|上一年|以前年度|结转")


def _sentences_on(text: str, anchor: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    """(start, words) of each sentence (between 。；; or line ends) that holds a match of `anchor`, once each."""
    end = 0
    for found in anchor.finditer(text):
        if found.start() < end:
            continue
        start = max(text.rfind(stop, 0, found.start()) for stop in "。；;\n") + 1
        stops = [at for at in (text.find(stop, found.end()) for stop in "。；;\n") if at >= 0]
        end = min(stops) if stops else len(text)
        yield start, text[start:end]


def _perf_funds(sentence: str) -> re.Match[str] | None:
    return next((m for pattern in _PERF_FUND_PATTERNS if (m := pattern.search(sentence))), None)


def _perf_readings(result: ParsedDisclosure, view: Text) -> Iterator[tuple[int, str, Term, bool, bool]]:
    """Each 绩效 sentence's funds of the year: (sentence start, words, the funds as a term, whether the words before
    the amount name the 财政拨款 fund, whether the amount is stated as the 项目支出 itself). Another year's money,
    another fund's, a 决算's budget amount and 绩效工资 are left out."""
    for start, words in _sentences_on(view.text, _PERF_SENTENCE):
        if "绩效工资" in words or view.page_at(start) in view.listing_pages:
            continue
        found = _perf_funds(words)
        if found is None:
            continue
        # the words before the amount, and a fund named in brackets right after it (“项目支出X万元（财政拨款）均…”)
        named = words[:found.start(3)] + "".join(re.findall(r"^[（(][^)）]{0,12}[)）]", words[found.end():]))
        if _PERF_OTHER.search(named):
            continue  # another fund's money, or another year's
        if result.kind == "决算" and re.search(r"预算(?:金额|资金)|年初预算", found.group(2)):
            continue  # a 决算's budget amount, not its spending
        years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", named)}
        value = to_decimal(found.group(3))
        if not value or (result.year and years - {result.year}):
            continue
        raw, unit = found.group(3), found.group(4)
        funds = Term("绩效自评涉及资金" if "自评" in words else "绩效目标涉及资金", value * UNIT_FACTOR[unit],
                     printed_decimals(raw), unit, view.page_at(start + found.start(3)), words[:200])
        as_projects = bool(re.search(r"项目支出$", words[:found.start(3)]) and not _PERF_NAMED.search(named)) \
            or found.re is _PERF_FUND_PATTERNS[2]
        yield start, words, funds, _PERF_NAMED.search(named) is not None, as_projects


def _project_printing(printed: _Printings, scope: str, start: int, end: int) -> Term | None:
    """The year's 项目支出 of `scope` ("fiscal", "all") the words print outside [start, end), when printed once or the
    same each time (a clash between printings is PR-REPEAT's)."""
    found = [p for p in printed.get(("项目支出", scope), ()) if not start <= p[3] < end]
    values = {to_decimal(p[0]) * UNIT_FACTOR[p[2]] for p in found}  # type: ignore[operator]
    if len(values) != 1:
        return None
    raw, page, unit = found[0][:3]
    return Term("正文财政拨款项目支出" if scope == "fiscal" else "正文项目支出", values.pop(), printed_decimals(raw), unit,
                page)


def _every_project(funds: Term, projects: Term, *, share: bool) -> Check:
    """The funds of a sentence that says every project is covered against the 项目支出: equal (error); when they may be
    one fund's `share` of it, falling short is a hint (info); otherwise a gap at the same printed step is a warning."""
    check = compare("PR-PERF", "实行绩效目标管理的资金等于项目支出（正文称全部项目）", [funds], [projects])
    if not share:
        return printed_again(check, funds, projects)  # of the funds' own scope: the 项目支出 printed again
    if check.outcome == "fail" and check.severity == "error" and funds.value < projects.value:
        check.severity = "info"
        check.message = check.message.split("；两处")[0] + "；绩效目标涉及的可能只是其中一种资金，供参考"
    return check


def _perf_checks(result: ParsedDisclosure, view: Text, *, across_scopes: bool) -> Iterator[Check]:
    """PR-PERF in words (see `pr_perf_in_words`); `across_scopes` adds the checks against the other scope's 项目支出."""
    from .figures import all_projects_claimed

    printed = _split_printings(result, view)
    one_scope = _one_scope(result)
    for start, words, funds, named, as_projects in _perf_readings(result, view):
        end = start + len(words)
        fiscal, whole = (_project_printing(printed, scope, start, end) for scope in ("fiscal", "all"))
        every = all_projects_claimed(words)
        if one_scope or as_projects:
            # one scope only, or the amount stated as the 项目支出 itself (“项目支出X万元全部设定…”): either printing
            own = [t for t in (fiscal, whole) if t is not None]
            if len({t.value for t in own}) != 1:
                continue  # none printed, or two amounts: no other scope to turn to
        else:
            own = [t for t in ((fiscal,) if named else (whole,)) if t is not None]
        if own:
            projects = own[0]
            if every:  # unnamed funds short of the all-funds 项目支出 may be one fund's share of it
                check = _every_project(funds, projects, share=not (one_scope or named or as_projects))
            else:
                check = at_most("PR-PERF", "实行绩效目标管理的资金不超过项目支出（文字）", funds, projects, severity="error")
        elif across_scopes and (named and whole is not None or not named and fiscal is not None):
            # the sentence's scope is not printed: the 财政拨款 funds are part of the all-funds 项目支出 (a bound, and a
            # hint when every project is said to be covered); funds of no named fund against the 财政拨款 one: a warning
            projects = whole if named else fiscal  # type: ignore[assignment]
            if every:
                check = _every_project(funds, projects, share=True)
            elif named and result.kind == "决算":
                continue  # a 决算's self-evaluated funds are not held to the all-funds 项目支出 of its words
            else:
                check = at_most("PR-PERF", "实行绩效目标管理的资金不超过项目支出（文字）", funds, projects,
                                severity="error" if named else "warning")
        else:
            continue
        check.basis = "text"
        yield check


@text_rule
def pr_perf_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-PERF in words: the funds a sentence on 绩效目标 (绩效自评) says its projects involve are part of the year's
    项目支出 of their scope (财政拨款 named → the 财政拨款 项目支出; no fund named → the all-funds one; a department whose
    income is all 一般公共预算, or an amount stated as the 项目支出 itself → either), printed once or the same each time:
    ≤ it (error); = it when the sentence says every project is covered and names no subset (error; info where funds of
    no named fund fall short of the all-funds 项目支出: one fund's share). When the words print no 项目支出 of that scope,
    the 财政拨款 funds are held to the all-funds one (≤: error, but not in a 决算; every project: an info hint when
    short) and funds of no named fund to the 财政拨款 one (≤: warning)."""
    yield from _perf_checks(result, view, across_scopes=True)


def perf_funds_by_scope(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-PERF in words within the sentence's own scope only (`pr_perf_in_words` without the other scope's bound)."""
    yield from _perf_checks(result, view, across_scopes=False)


pr_perf_in_words.defers = True  # type: ignore[attr-defined]


# the year's all-funds grand totals named by their own words (“收入总计X万元”, “其中本年收入合计Y万元”, “合计本年收入Y万元”)
_GRAND_TOTAL = re.compile(rf"(?<![上去前])(本年收入|本年支出|收入总计|支出总计)(?:合计)?(?:决算|预算)?数?(?:为|是|共计)?{NUM}(万元|元)(?![/每])")
# a sentence on one fund's totals (“财政拨款收入总计X、支出总计Y”, “政府性基金…年初结转和结余0万元，本年收入X万元”)
_GRAND_FUND = re.compile(r"(?:财政拨款|一般公共预算|公共财政|基金|国有资本)[^，,。；;\d]{0,12}(?:总计|结转|结余|本年收入|本年支出)")
_GRAND_OTHER_SCOPE = re.compile(r"财政拨款|一般公共预算|公共财政|基金|国有资本|本级|所属|下属|单位[^，,。；;]{0,4}$")


# the words a clause may open with before the document's own total (“2024年度本部门本年收入合计…”)
_OWN_SUBJECT = re.compile(r"(?:(?:19|20)\d\d年度?|本年度|全年|本部门|本单位|部门|单位|其中|合计|共计|另|按单位分|\s)*")


def _named_subject(view: Text, offset: int) -> bool:
    """The total's clause opens on a name of its own (“…；公路事业发展中心本年收入X万元”): a member unit's total."""
    clause = re.split(r"[。；;，,：:\n]", view.text[max(0, offset - 30):offset])[-1]
    rest = clause[_OWN_SUBJECT.match(clause).end():]  # type: ignore[union-attr]
    return len(re.findall(r"[\u4e00-\u9fa5]", rest)) >= 2


@text_rule
def pr_repeat_grand_totals(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-REPEAT: the year's all-funds 收入总计, 支出总计, 本年收入 (合计) and 本年支出 (合计), each printed more than once in
    the words, read the same: one name, one scope (no fund or member unit named in front of it), one year."""
    stated: dict[str, list[tuple[str, int, str, int]]] = {}
    for match in opened_at(_GRAND_TOTAL, view.text, near_literal(view.text, "本年", "总计", least=0, most=2)):
        page = view.page_at(match.start())
        front = view.text[max(0, match.start() - 10):match.start()]
        if page in view.listing_pages or _GRAND_OTHER_SCOPE.search(re.split(r"[。；;，,]", front)[-1]) \
                or _GRAND_FUND.search(_sentence_before(view, match.start()))  or _named_subject(view, match.start()):
            continue  # a fund's or a unit's total, or one in a sentence on a fund (“财政拨款收入总计X、支出总计Y”)
        if _another_year(result, view, match.start(), 8):
            continue
        stated.setdefault(match.group(1), []).append((match.group(2), page, match.group(3), match.start()))
    for label, found in stated.items():
        for later in found[1:]:
            check = _repeat(label, found[0], later)
            yield check
            if check.outcome == "fail":
                break


pr_repeat_grand_totals.defers = True  # type: ignore[attr-defined]


# an amount and, in the same clause, the one source or use that is all of it (“收入预算1712.86万元，全部为一般公共预算拨款
# 收入1712.86万元”, “支出300.00万元，均为项目支出300.00万元”)
_ALL_OF_IT = re.compile(rf"(?<![\d.,]){NUM}(万元|元)[,，]?(?:其中)?(?:全部|均|全额)(?:为|是|来自|用于|属于)([^。；;，,\d]{{2,24}}?){NUM}(万元|元)")


@text_rule
def pr_repeat_all_of_it(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-REPEAT: an amount whose words say it is all one thing (“全部为…”, “均为…”) and print that thing's amount
    too: the two printings are one quantity."""
    text = view.text
    # the amount stands at most five characters before 全部/均/全额 (“X万元，其中全部为”): tried only there
    openings = sorted(set(number_before(text, "全部", gap=5) + number_before(text, "均", gap=5)
                          + number_before(text, "全额", gap=5)))
    for match in opened_at(_ALL_OF_IT, text, openings):
        whole_raw, whole_unit, what, part_raw, part_unit = match.groups()
        if re.search(r"上年|去年|比|较|其中|以上|以下|主要|部分|增加|减少", what):
            continue
        page = view.page_at(match.start())
        if page in view.listing_pages:
            continue
        yield _repeat("金额", (whole_raw, page, whole_unit, match.start()),
                      (part_raw, view.page_at(match.start(4)), part_unit, match.start(4)),
                      name="全部为某项的金额与该项金额一致", what=f"所称全部为的{what}")


pr_repeat_all_of_it.defers = True  # type: ignore[attr-defined]
