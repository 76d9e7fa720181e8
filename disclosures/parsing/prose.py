"""Section and sentence rules: find each metric where the template states it, by what the text says.

Every rule works on normalized, joined prose (text.Joined): half-width punctuation, no spaces, lines of a
PDF joined without separators. A rule prefers saying nothing (and a warning) to guessing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .clauses import (  # noqa: F401  (re-exported for older imports)
    _CHANGE, _REASON_START, AMOUNT, Change, _is_prior_year_ref, at_clause_start, find_change, find_reason,
    in_template_sentence, sentence_end, sentence_start,
)
from .numbers import CHINESE_COUNT, NUMBER, UNIT, Amount, parse_amount, parse_chinese_count
from .patterns import (  # noqa: F401
    PRIOR_GAP, Hit, all_of, bare_zero, both_zero, budget_actual, budget_beside, prefer_actual, zeros_in_words, change_only, count_then_amount, label_amounts, respective_changes, respectively,
    VehicleSplit, shared_change, subjectless_change, subjectless_total, total_after_parts, vehicle_split, zero_in_words,
)
from .sections import Section, classify_heading, split_sections  # noqa: F401  (re-exported)
from .text import Joined
from .types import Figure, UnitHeadcount
from .vocabulary import label_pattern


def _orphan_change(text: str, hit: Hit, change: Change) -> bool:
    """A change opening the next sentence after an item of a list ("其中：A0万元；B0万元。与上年相比减少…")
    is the list's total's, not the last item's."""
    stop = text.find("。", hit.end, change.end)
    if stop < 0:
        return False
    before = text[text.rfind("。", 0, hit.start) + 1:hit.start]
    return bool(re.search(r"其中|;", before)) or bool(re.search(r"[;、]", text[max(0, hit.start - 2):hit.start]))


# A reason that names what it explains, right after the amount (past a 完成预算的…% clause): "公务接待费1.20万元，
# 减少的原因是…", "…完成年初预算的62.0%，节约的原因是…" — kept even where no change is stated beside the amount.
_DIRECTED_REASON = re.compile(
    r"(?:,完成(?:年初|全年|调整)?预算(?:数)?的?\d+(?:\.\d+)?%)?[,;]?(?:(?:增加|减少|下降|增长|节约|节支|超支|结余)的?(?:主要)?原因)")


def make_figure(metric: str, joined: Joined, hit: Hit, *, seg_end: int, year: int | None,
                fund_scope: str | None = None, exp_scope: str = "total", with_change: bool = True) -> Figure:
    text = joined.text
    reason_at = _REASON_START.search(text, hit.end, seg_end)
    window_end = reason_at.start() if reason_at else seg_end
    # "…支出决算1.26万元，年初预算2.00万元，决算数比年初预算少0.74万元，比上年减少0.38万元": the budget after
    # the actual is passed over before looking for the change.
    later = (_BUDGET_AFTER.match(text, hit.end) if hit.budget is None
             and re.search(r"决算|实际|执行", text[hit.start:hit.num_start]) else None)
    look_from = later.end() if later else hit.end
    change = hit.change or (find_change(text, look_from, window_end, unit="万元", year=year) if with_change else None)
    if change and hit.change is None and _orphan_change(text, hit, change):
        change = None  # "…购置费0万元。与上年相比减少0.20万元": a sentence without a subject speaks of the total
    after = change.end if change else hit.end
    sentence_end = text.find("。", after, seg_end)
    cite_end = change.end if change else hit.end
    if text.startswith(")", cite_end) and text.rfind("(", hit.start, cite_end) > text.rfind(")", hit.start, cite_end):
        cite_end += 1  # close the bracket the change was written in
    figure = Figure(
        metric=metric,
        value=hit.amount.value,
        change=change.value if change else None,
        # A reason explains a change on last year, or (决算) the gap between the actual and its budget beside it.
        reason=(find_reason(joined, after, seg_end)
                if (change and change.value is not None) or hit.budget is not None
                or _DIRECTED_REASON.match(text, after) else None),
        page=joined.page_at(hit.num_start),
        source=joined.cite(_cite_start(joined, hit.start), max(cite_end, sentence_end if sentence_end > 0 and sentence_end - cite_end < 2 else cite_end)),
        display_scale=hit.amount.scale,
        source_unit=hit.amount.source_unit,
        fund_scope=fund_scope,
        exp_scope=exp_scope,
    )
    if change and change.against_budget:
        figure.note = "文中增减是与预算数比较，不是与上年比较"
    if hit.budget is not None:
        figure.budget = hit.budget.value
    if change and change.budget is not None:
        figure.budget = change.budget
    if figure.budget is None and later:  # "…支出决算3.62万元，年初预算4.00万元": the budget after the actual
        figure.budget = parse_amount(later.group("num"), later.group("unit")).value
    return figure


_LIST_ITEM = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.](?!\d)|\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\)")


def _cite_start(joined: Joined, pos: int) -> int:
    """Where the sentence citing `pos` starts; a numbered list item on its own line ("2、公务用车购置费：0") starts
    its own citation even where the lines were joined without a stop."""
    text = joined.text
    start = sentence_start(text, pos)
    line = max((offset for offset, _page in joined.marks if start < offset <= pos), default=None)
    if line is None:
        return start
    # A line that opens with the label, after one that closed on an amount (paragraphs joined without a stop):
    # the label starts the citation. After "其中：" or a comma, the line only wraps the sentence.
    opens = line == pos and bool(re.match(r"[\d)元%]", text[line - 1]))
    return line if _LIST_ITEM.match(text, line) or opens else start


_BUDGET_AFTER = re.compile(rf",(?:全年|年初|调整后)?预算(?:数)?(?:为|是)?(?P<num>{NUMBER})(?P<unit>{UNIT})")


# ---------------------------------------------------------------------------------------------
# Metric rules
# ---------------------------------------------------------------------------------------------

# The prose labels of each “三公” metric come from the shared vocabulary (tables read the same words).
SANGONG_LABELS: dict[str, str] = {
    key: label_pattern(key) for key in
    ("sangong_total", "outbound_travel", "vehicle_total", "vehicle_purchase", "vehicle_operation", "reception")
}
_ANY_ITEM = "|".join(f"(?:{label})" for key, label in SANGONG_LABELS.items() if key != "sangong_total")
_NOT_ARRANGED = re.compile(
    r"(?:[:]?(?:全年|本年|当年|年度|年初)?(?:预算|决算|支出)?(?:数)?(?:未安排|暂未安排|未作安排|没有安排|不安排|"
    r"无预算(?:安排)?|无此项|未发生|没有发生|没有预算|无(?:支出|开支)|没有(?:支出|开支)|未(?:开支|列支)|(?:为|是)?零(?:万元|元)?)(?:预算|支出|资金|经费)?"
    r"|:(?:无|没有))"  # "1、因公出国(境)费：无"
)


_OWN_LEVEL = re.compile(r"本级|机关本部")


def _whole_over_own_level(hits: list[tuple[str, Hit]], text: str) -> list[tuple[str, Hit]]:
    """“局机关本级“三公”经费6.00万元；部门“三公”经费7.20万元，其中…”: a figure whose clause names the 本级 is a part
    of the department's; when the same metric is also stated without it, the 本级 one is dropped."""
    def own_level(hit: Hit) -> bool:
        opening = max(text.rfind(mark, 0, hit.start) for mark in "。;；,，") + 1
        return bool(_OWN_LEVEL.search(text, opening, hit.start))
    whole = {metric for metric, hit in hits if not own_level(hit)}
    return [(metric, hit) for metric, hit in hits if metric not in whole or not own_level(hit)]


def sangong_figures(joined: Joined, *, year: int | None, kind: str) -> dict[str, Figure]:
    """The “三公” total and items, each with its change and stated reason, from one block of prose."""
    text = joined.text
    items = {k: v for k, v in SANGONG_LABELS.items() if k != "sangong_total"}
    breaks = frozenset(start for start, _page in joined.marks)
    hits: list[tuple[str, Hit]] = []
    for metric, label in SANGONG_LABELS.items():
        for hit in label_amounts(text, label):
            hits.append((metric, hit))
        for match in re.finditer(rf"(?:{label})(?P<na>{_NOT_ARRANGED.pattern})", text):
            # the words close the clause, or the line of a list whose lines were joined without a stop
            closes = match.end() == len(text) or text[match.end()] in "。;,)(" or match.end() in breaks
            if closes and at_clause_start(text, match.start()):
                zero = Amount(Decimal(0), 0, "万元")
                hits.append((metric, Hit(zero, match.start(), match.start("na"), match.end(), pattern="not_arranged")))
        if not any(m == metric for m, _ in hits):
            hits += [(metric, hit) for hit in zero_in_words(text, label)]
        hits += [(metric, hit) for hit in bare_zero(text, label, breaks=breaks)]
    hits += [(m, h) for m, h in zeros_in_words(text, items) if not any(m == metric for metric, _ in hits)]
    hits += both_zero(text, items)
    hits += respectively(text, items)
    if not any(metric == "sangong_total" for metric, _ in hits):
        # "二、2024年“三公”经费预算" / "2024年预算安排9.60万元，其中…": the heading names what the amount is
        hits += [("sangong_total", hit) for hit in subjectless_total(text, items)]
    hits += [(metric, hit) for metric, hit in total_after_parts(text, items)
             if not any(m == metric for m, _ in hits)]
    hits += [(metric, hit) for metric, hit in _after_source(text)
             if not any(m == metric for m, _ in hits)]
    hits = _this_year(hits, text, year)
    hits = _whole_over_own_level(hits, text)
    if kind == "决算":
        actual = {(metric, hit.start): hit for metric, label in SANGONG_LABELS.items()
                  for hit in budget_actual(text, label)}
        hits = [(metric, actual.pop((metric, hit.start), None) or _actual_not_budget(text, hit))
                for metric, hit in hits] + [(metric, hit) for (metric, _), hit in actual.items()]
        hits = [(metric, budget_beside(text, hit)) for metric, hit in hits]
    hits += _change_first(text, year)
    for metric, label in SANGONG_LABELS.items():
        hits += [(metric, hit) for hit in count_then_amount(text, label)]
    # Two labels before one amount ("三、“三公”经费预算2025年“三公”经费共计18.75万元"): the nearer one owns it.
    nearest: dict[int, tuple[str, Hit]] = {}
    for metric, hit in hits:
        if hit.num_start not in nearest or hit.start > nearest[hit.num_start][1].start:
            nearest[hit.num_start] = (metric, hit)
    hits = sorted(nearest.values(), key=lambda item: item[1].start)
    starts = sorted({hit.start for _, hit in hits})
    parens = _bracket_spans(text)
    figures: dict[str, Figure] = {}
    chosen: dict[str, Hit] = {}
    split: VehicleSplit | None = None
    for metric, hit in hits:
        if metric in figures and not _better_for_final(kind, text, figures[metric], hit):
            continue
        inside = next((close for open_, close in parens if open_ < hit.start < close), None)
        after = next((close + 1 for open_, close in parens if open_ == hit.end), None)
        if metric == "vehicle_total":
            # "35.00万元，全部为运行维护费（购置费为0），比上年少2.80万元": the parts named short, then the change
            split = vehicle_split(text, hit.end)
            if split and any(hit.end < s < split.end for s in starts):
                split = None  # a full label inside the phrase is a figure of its own
            if split:
                after = max(after or 0, split.end)
        if after is not None and (own := _CHANGE.match(text, hit.end + 1)) and own.group("cmp"):
            after = None  # "8.90万元(较上年减少1.10万元)": the bracket holds this figure's own change
        if after is not None:
            # "购置及运行维护费12.50万元(其中:购置费0万元,运行维护费12.50万元),比上年减少0.80万元": the change
            # after the bracket belongs to the total before it.
            hit = Hit(hit.amount, hit.start, hit.num_start, after, hit.change, hit.budget, hit.pattern)
        seg_end = next((s for s in starts if s > hit.end or (after is None and s > hit.start)), len(text))
        if inside is not None:
            seg_end = min(seg_end, inside)
        figures[metric] = make_figure(metric, joined, hit, seg_end=seg_end, year=year,
                                      fund_scope="一般公共预算财政拨款",
                                      with_change=hit.pattern not in ("respectively", "both_zero"))
        if hit.budget is not None:
            figures[metric].budget = hit.budget.value
        chosen[metric] = hit
    _vehicle_parts(joined, figures, chosen, parens, year=year, split=split)
    for metric, pos in all_of(text, items):
        # "“三公”经费预算6.00万元，全部为公务用车运行维护费": the amount just before is this item's too.
        before = [(m, h) for m, h in chosen.items() if h.end <= pos and not re.search("[。;]", text[h.end:pos])]
        if metric not in figures and before:
            owner, hit = max(before, key=lambda item: item[1].end)
            figures[metric] = make_figure(metric, joined, hit, seg_end=hit.end, year=year,
                                          fund_scope="一般公共预算财政拨款", with_change=False)
            figures[metric].note = f"文中写明{figures[owner].source_unit}全部为该项"
    _subjectless_change(joined, figures, chosen, year=year)
    # Changes stated once for several items: "…，均与上年持平", "分别比上年减少A和B".
    listed = [(metric, hit) for metric, hit in chosen.items()]
    for index, change in shared_change(text, listed, year=year).items():
        figure = figures[listed[index][0]]
        if figure.change is None:
            figure.change = change.value
    for metric, change, _pos in respective_changes(text, items, year=year):
        if metric in figures and figures[metric].change is None:
            figures[metric].change = change.value
    return figures


# ““三公”经费全部由一般公共预算财政拨款安排，预算数20.60万元”: the funds named first, in a clause of their own, then
# the amount under 预算数/决算数 in the next clause
_SOURCE_ASIDE = (r"(?:预算|决算)?(?:全部|均|都)?(?:由|从|来自|使用|为)[^,。;\d]{2,24}?(?:安排|列支|承担|解决)?,"
                 r"(?:全年|本年|年初)?(?:预算|决算)(?:数|额|总额)?(?:为|是|共计|合计)?")


def _after_source(text: str) -> list[tuple[str, Hit]]:
    found = []
    for metric, label in SANGONG_LABELS.items():
        for match in re.finditer(rf"(?:{label}){_SOURCE_ASIDE}(?P<num>{NUMBER})(?P<unit>{UNIT})", text):
            if at_clause_start(text, match.start()):
                found.append((metric, Hit(parse_amount(match.group("num"), match.group("unit")), match.start(),
                                          match.start("num"), match.end(), pattern="after_source")))
    return found


_NONE_WORDS = r"无|没有|未安排|未发生|不安排"


def _clause_stop(text: str, pos: int) -> int:
    found = re.compile(r"[;。]").search(text, pos)
    return found.start() if found else len(text)


_SHORT_PARTS = {"vehicle_purchase": r"(?:其中)?购置(?:费|支出)(?:用)?",
                "vehicle_operation": r"(?:其中)?运行(?:维护|维修)?(?:费|支出)(?:用)?"}


def _vehicle_parts(joined: Joined, figures: dict[str, Figure], chosen: dict[str, Hit],
                   parens: list[tuple[int, int]], *, year: int | None, split: VehicleSplit | None = None) -> None:
    """The parts of 公务用车购置及运行维护费 named short inside its bracket ("(其中购置支出0万元,运行维护支出9.80
    万元)") or right after its amount (patterns.vehicle_split), and both parts 0 when the combined item is stated as
    not arranged at all."""
    total = chosen.get("vehicle_total")
    if total is None:
        return
    text = joined.text
    if split is not None:
        _split_parts(joined, figures, total, split, year=year)
    bracket = next(((open_, close) for open_, close in parens if 0 <= open_ - total.num_start <= 24), None)
    if bracket:
        for metric, label in _SHORT_PARTS.items():
            if metric in figures:
                continue
            hits = label_amounts(text, label, start=bracket[0] + 1, end=bracket[1], clause_start=False)
            if hits:
                figures[metric] = make_figure(metric, joined, hits[0], seg_end=bracket[1], year=year,
                                              fund_scope="一般公共预算财政拨款", with_change=False)
    # "…运行维护及购置费4.50万元(全部为运行维护费，无购置支出)" or the same words closing the clause: one part is the
    # whole amount, the other is zero.
    begin, stop = (bracket[0] + 1, bracket[1]) if bracket else (total.end, _clause_stop(text, total.end))
    words = text[begin:stop]
    for metric, label in _SHORT_PARTS.items():
        if metric in figures:
            continue
        short = label.replace("(?:其中)?", "")
        whole = re.search(rf"(?:全部|均|全额)(?:为|是|用于)(?:公务用车)?{short}", words)
        none = re.search(rf"(?:{_NONE_WORDS})(?:公务用车)?{short.replace('(?:费|支出)', '(?:费|支出)?')}"
                         r"(?:预算|支出|安排)?(?=[,;。)]|$)", words)
        other = next(label for key, label in _SHORT_PARTS.items() if key != metric).replace("(?:其中)?", "")
        other_whole = re.search(rf"(?:全部|均|全额)(?:为|是|用于)(?:公务用车)?{other}", words)
        none = none or (other_whole if not whole else None)  # the other part is the whole: this one is 0
        if bool(whole) == bool(none):
            continue
        found = whole or none
        amount = total.amount if whole else Amount(Decimal(0), 0, "万元")
        part = Hit(amount, total.start, total.num_start, max(total.end, begin + found.end()), pattern="vehicle_part")
        figures[metric] = make_figure(metric, joined, part, seg_end=part.end, year=year,
                                      fund_scope="一般公共预算财政拨款", with_change=False)
        figures[metric].note = ("文中写明公务用车费用全部为该项" if whole else "文中写明公务用车费用全部为另一项，该项为0"
                                if none is other_whole else "文中写明无此项，为0")
    if total.pattern == "zero_in_words" and total.amount.value == 0:
        for metric in _SHORT_PARTS:
            if metric not in figures:
                figures[metric] = make_figure(metric, joined, total, seg_end=total.end, year=year,
                                              fund_scope="一般公共预算财政拨款", with_change=False)
                figures[metric].note = "公务用车购置及运行维护费未安排，两项均为0"


def _split_parts(joined: Joined, figures: dict[str, Figure], total: Hit, split: VehicleSplit, *,
                 year: int | None) -> None:
    """Each part vehicle_split found: its stated amount; the whole amount for "全部为运行维护费" (the other part then
    0). "其中购置费0" alone states the purchase only: the other part is left unstated, not subtracted."""
    stated = split.parts
    for metric, other in (("vehicle_purchase", "vehicle_operation"), ("vehicle_operation", "vehicle_purchase")):
        if metric in figures:
            continue
        if stated.get(metric) is not None:
            amount, note = stated[metric], None
        elif metric in stated:
            amount, note = total.amount, "文中写明公务用车购置及运行维护费全部为该项"
        elif other in stated and stated[other] is None:
            amount, note = Amount(Decimal(0), 0, total.amount.source_unit), "文中写明公务用车购置及运行维护费全部为另一项，该项为0"
        else:
            continue
        figures[metric] = make_figure(metric, joined, Hit(amount, total.start, total.num_start, split.end),
                                      seg_end=split.end, year=year, fund_scope="一般公共预算财政拨款", with_change=False)
        figures[metric].note = note


def _subjectless_change(joined: Joined, figures: dict[str, Figure], chosen: dict[str, Hit], *,
                        year: int | None) -> None:
    """"2024年“三公”经费预算2.30万元，其中A…，B…。与上年相比减少0.20万元。": a sentence that names no item
    after the total and its parts states the total's change."""
    total = chosen.get("sangong_total")
    figure = figures.get("sangong_total")
    if total is None or figure is None or figure.change is not None:
        return
    text = joined.text
    # the next sentence, or the next clause after a ; ("…，执行率比上年提高3.2个百分点；比上年下降0.24万元")
    stops = [found for found in (text.find("。", total.end), text.find(";", total.end)) if found >= 0]
    stop = min(stops) if stops else -1
    if stop < 0 or not re.match(r"(?:与|比|较|同比)(?:上年|去年|上一年|\d{4}年度?)", text[stop + 1:]):
        return
    end = sentence_end(text, stop + 1, len(text))
    # "与2018年度相比，支出减少1.08万元" / "与上年比较，“三公”经费支出减少…": the comparison, then the total as subject
    opening = _COMPARED_FIRST.match(text, stop + 1)
    if opening and not _is_prior_year_ref(opening.group("ref"), year):
        return
    begin = opening.end() if opening else stop + 1
    if re.search(_ANY_ITEM + "|" + SANGONG_LABELS["sangong_total"], text[begin:end]):
        return
    change = find_change(text, begin, end, unit="万元", year=year, near=2)
    if change and change.value is not None:
        figure.change = change.value
        figure.reason = find_reason(joined, change.end, sentence_end(text, change.end, len(text)))
        figure.source = f"{figure.source}；{joined.cite(stop + 1, change.end)}"


_COMPARED_FIRST = re.compile(
    rf"(?:与|同|和)(?P<ref>上年|去年|上一年|\d{{4}}年度?)(?:相比|比较|对比)?,(?:{SANGONG_LABELS['sangong_total']})?"
    r"(?:支出|决算|总额|合计|总体|整体)*(?:数)?(?=增加|减少|增长|下降|上升|持平|节约|多|少)")


def sangong_changes(joined: Joined, *, year: int | None, under_heading: bool = False) -> list[Figure]:
    """Changes stated apart from their figures ("公务接待费支出决算持平"): offered to the resolver, which lends
    them to the figure read elsewhere when that one states no change of its own. `under_heading`: the text is the
    “三公” section, whose heading names the total a labelless opening change speaks of."""
    found = []
    opening = subjectless_change(joined.text, year=year) if under_heading else None
    if opening:
        change, end = opening
        reason = find_reason(joined, end, sentence_end(joined.text, end, len(joined.text)))
        found.append(Figure(metric="sangong_total", value=None, change=change.value, page=joined.page_at(0),
                            source=joined.cite(0, end), note="只写了增减，未写金额", reason=reason))
    for metric, label in SANGONG_LABELS.items():
        for change, start, end in change_only(joined.text, label, year=year):
            reason = find_reason(joined, end, sentence_end(joined.text, end, len(joined.text)))
            found.append(Figure(metric=metric, value=None, change=change.value, page=joined.page_at(start),
                                source=joined.cite(start, end), note="只写了增减，未写金额", reason=reason))
    return found


_ACTUAL_AFTER_BUDGET = re.compile(rf"[,]?(?:实际)?(?:支出)?(?:决算|支出|执行)(?:数)?(?:为|是)?(?P<num>{NUMBER})(?P<unit>{UNIT})")


def _actual_not_budget(text: str, hit: Hit) -> Hit:
    """决算 "…全年预算数为40.00万元，支出决算为36.50万元": the actual figure follows the budget one."""
    gap = text[hit.start:hit.num_start]
    if "预算" not in gap or re.search(r"决算|实际|执行", gap):
        return hit
    later = _ACTUAL_AFTER_BUDGET.match(text, hit.end)
    if not later:
        return hit
    return Hit(parse_amount(later.group("num"), later.group("unit")), hit.start, later.start("num"), later.end())


def _change_first(text: str, year: int | None) -> list[tuple[str, Hit]]:
    """"“三公”经费预算较上年减少3.60万元，为41.20万元": the change comes before the figure."""
    found = []
    for metric, label in SANGONG_LABELS.items():
        for match in re.finditer(rf"(?:{label})(?:预算|决算)?(?:数)?", text):
            change = _CHANGE.match(text, match.end())
            if not change or not change.group("cmp"):
                continue
            # "…比上年减少0.50万元，安排9.80万元" / "…，今年预算为3.00万元": the figure after the change
            amount = re.compile(rf",?(?:(?:本年|今年|当年|全年)?(?:预算)?(?:安排)?(?:为|是|达到?)|(?:本年|今年|全年)?"
                                rf"(?:预算)?安排|(?:本年|今年|全年)?预算)(?P<num>{NUMBER})(?P<unit>{UNIT})").match(
                text, change.end())
            stated = find_change(text, match.end(), change.end(), unit="万元", year=year, near=4)
            if amount and stated and at_clause_start(text, match.start()):
                found.append((metric, Hit(parse_amount(amount.group("num"), amount.group("unit")), match.start(),
                                          amount.start("num"), amount.end(), change=stated)))
    return found


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) of every top-level bracket pair; "(因公出国(境)费3.00万元、…)" nests."""
    spans, depth, open_ = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                open_ = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((open_, i))
    return spans


def _this_year(hits: list[tuple[str, Hit]], text: str, year: int | None) -> list[tuple[str, Hit]]:
    """"2024年…预算为19.60万元，2025年为17.80万元": a clause that opens with another year quotes last year's
    figure; this year's follows as "<year>年为X万元" in the same sentence."""
    if year is None:
        return hits
    result = []
    for metric, hit in hits:
        back = sentence_start(text, hit.start)
        # "比2021年减少0.20万元，其中…": a year compared against is no year the clause speaks for
        years = [int(y) for y in re.findall(r"(?<![比较与])((?:19|20)\d{2})年", text[back:hit.start])]
        if not years or years[-1] == year:
            result.append((metric, hit))
            continue
        end = sentence_end(text, hit.end, len(text))
        later = re.compile(rf"{year}年度?(?:预算|决算)?(?:数)?(?:为|是)?(?P<num>{NUMBER})(?P<unit>{UNIT})").search(
            text, hit.end, end)
        if later:
            amount = parse_amount(later.group("num"), later.group("unit"))
            result.append((metric, Hit(amount, later.start(), later.start("num"), later.end())))
    return result


def _better_for_final(kind: str, text: str, current: Figure, hit: Hit) -> bool:
    """In a 决算 text the same item may be given as 预算 then 决算: the actual figure wins."""
    if kind != "决算":
        return False
    if current.budget is not None:
        return False  # already the actual of a "预算为A，决算为B" pair
    gap = text[hit.start:hit.num_start]
    return bool(re.search(r"决算|实际|支出", gap)) and current.note != "决算数"


def first_hit(joined: Joined, label: str, *, clause_start: bool = False, start: int = 0,
              end: int | None = None) -> Hit | None:
    hits = label_amounts(joined.text, label, start=start, end=end, clause_start=clause_start)
    return prefer_actual(joined.text, hits[0]) if hits else None


def figure_at(metric: str, joined: Joined, hit: Hit, *, year: int | None, end: int | None = None,
              fund_scope: str | None = None, exp_scope: str = "total", with_change: bool = True) -> Figure:
    text = joined.text
    end = len(text) if end is None else end
    seg_end = text.find("。", hit.end, end)
    return make_figure(metric, joined, hit, seg_end=end if seg_end < 0 else seg_end, year=year,
                       fund_scope=fund_scope, exp_scope=exp_scope, with_change=with_change)


# "三、收入决算情况" inside the overview's words: a numbered part of the statement's own level that the overview ran
# on into. A "(二)" after it heads a sub-part of that later part ("六、一般公共预算财政拨款支出…(二)结构情况"), never
# the 支出 half of the totals.
_LATER_PART = re.compile(r"(?<=[。;:])[一二三四五六七八九十]{1,3}、")
_SPEND_START = re.compile(r"支出(?:年初)?(?:预算|决算)(?:情况)?|支出(?:总计|合计|总额)|本年支出")
_YEAR_LEAD = re.compile(r"(?:(?:19|20)\d\d年度?)?$")


def split_overview(joined: Joined) -> tuple[int, int]:
    """(income_end, expenditure_start): where 二(一) 收入 ends and 二(二) 支出 begins."""
    text = joined.text
    marker = re.search(r"\(二\)", text)
    # "(二)一般公共预算财政拨款支出" heads one fund's spending (三), not the all-funds 支出 part of 二
    if marker and marker.start() > 0 and not re.match(r"\(二\)[^。,]{0,6}?(?:一般公共预算|财政拨款|政府性基金)",
                                                       text[marker.start():]) \
            and not _LATER_PART.search(text, 1, marker.start()):
        return marker.start(), marker.start()
    for match in _SPEND_START.finditer(text):
        # the spending sentence may open with its year ("。2024年度支出总计…"): the part starts before the year
        begin = match.start() - len(_YEAR_LEAD.search(text, 0, match.start()).group(0))
        if begin > 0 and text[begin - 1] in "。;,:)":
            return begin, begin
    return len(text), 0


_PART_BEFORE_TOTAL = r")(?<!".join(["事业", "经营", "其他", "拨款", "基金", "补助", "上缴", "基本", "项目", "转移", "专户"])
_GRAND_TOTAL = re.compile(r"收入、?支出(?:预算|决算)?(?:总计|合计)|收支(?:预算|决算)?(?:总计|合计)")
_PRIOR_BEFORE = re.compile(r"(?:上年|去年|上一年|上年度)$")
_PRIOR_IN = re.compile(r"上年|去年|上一年")
_SHARED_TOTAL = re.compile(
    rf"(?P<income>(?:预算|决算)?收入(?:预算|决算)?(?:总额|合计|总计)?(?:和|与|及|、)(?:预算|决算)?支出(?:预算|决算)?"
    rf"(?:总额|合计|总计)?|(?:预算|决算)?收支(?:预算|决算)?(?:总额|总数)?)(?:均|都|各)(?:为|是)?(?P<num>{NUMBER})(?P<unit>{UNIT})")
_PART_AFTER_PAIR = re.compile(
    rf"收入(?:预算|决算)?(?:总额|合计|总计)?(?:为|是)?{NUMBER}(?:{UNIT}),(?:本年)?支出(?:预算|决算)?(?:总额|合计|总计)?(?:为|是)?"
    rf"{NUMBER}(?:{UNIT})[。,;]其中,?(?P<label>一般公共预算(?:财政)?拨款)(?:收入)?(?:为|是)?(?P<num>{NUMBER})(?P<unit>{UNIT})")
_WHOLE_APPROPRIATION = re.compile(
    rf"(?:,(?:本年)?支出(?:预算|决算)?(?:总额|合计|总计)?(?:为|是)?{NUMBER}(?:{UNIT}))?"
    r",?(?:(?:全部|均|都)(?:为|是|来自|系)(?P<general>一般公共预算)?"
    # "收入预算总额A元，为一般公共预算拨款": without 全部 only the general budget named outright
    r"|(?:为|是|来自|系)(?P<named>一般公共预算))(?:财政)?拨款(?:收入)?(?=[。;,]|$)")
_GOV_FUND = r"政府性基金(?:预算)?(?:财政)?(?:拨款)?"


_FUND_HEAD = re.compile(r"(?:一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:财政)?拨款")


def _headed_by_fund(text: str, at: int) -> bool:
    """“2024年度一般公共预算财政拨款年初结转…，本年收入A万元；本年支出B万元”: a sentence that opens with one fund's
    name gives that fund's amounts, whatever clause (after ；) holds them: never the all-funds total."""
    opening = text.rfind("。", 0, at) + 1
    head = _FUND_HEAD.search(text, opening, at)
    return head is not None and head.start() - opening <= 12


def totals_figures(overview: Joined, budget: Joined | None, *, year: int | None,
                   kind: str | None = None) -> dict[str, Figure]:
    """Income and expenditure totals (二), appropriations, carryover, and 基本/项目 spending (三)."""
    figures: dict[str, Figure] = {}
    text = overview.text
    income_end, spend_start = split_overview(overview)

    def total(metric: str, word: str, start: int, end: int) -> None:
        if metric in figures:
            return  # "收支预算均为A": stated once for both
        # never the tail of a part's name ("基本支出1,906.75万元", "事业收入…"): a total is not a sub-item's amount
        # nor an item's spending ("“三公”经费支出2.10万元", "公务接待费支出…")
        label = (rf"(?<!{_PART_BEFORE_TOTAL})(?<!费)(?<!费用){word}(?:预算|决算)?(?:总额|合计|总计)?|本年{word}合计"
                 rf"|{word}总计|年初预算数?|预算数|决算数")
        def found(begin: int, stop: int) -> list[Hit]:
            return [h for h in label_amounts(text, label, start=begin, end=stop, clause_start=False)
                    if not _GRAND_TOTAL.match(text, max(0, h.start - 2))
                    and not _GRAND_TOTAL.match(text, max(0, h.start - 3))
                    and not _PRIOR_BEFORE.search(text, max(0, h.start - 5), h.start)  # "较上年预算数(220.90万元)"
                    and not _GRAND_TOTAL.match(text, h.start) and not _names_a_function(text, h.start, word)
                    and not _NEARER_NOUN.search(text, h.start, h.num_start)
                    and text.count(word, h.start, h.num_start) <= 1
                    and not re.search(r"(?:拨款|基金)$", text[max(0, h.start - 2):h.start])  # one fund's, not the total
                    and not _headed_by_fund(text, h.start)
                    # "本年支出为年初预算980.00万元的104.7%": the amount is the budget the spending is measured against
                    and "年初预算" not in text[h.start + 2:h.num_start]
                    # "…高于上年年初预算，附表仍填列年初预算数A万元": a bare 年初预算数 in a sentence about last year is
                    # last year's budget, not this year's total
                    and not (text.startswith("年初预算", h.start)
                             and _PRIOR_IN.search(text, sentence_start(text, h.start), h.start))]

        hits = found(start, end)
        if not hits and word == "支出" and start > 0:
            # "(一)收支总体情况…支出预算合计A万元…(二)一般公共预算支出按功能分类…": both totals in the first part
            hits = [h for h in found(0, start) if text.startswith((word, f"本年{word}"), h.start)]
        # 决算: "收入支出总计" adds the carry-over; the year's own income is "本年收入合计". A 预算's 收入总计 is the
        # one that balances its 支出总计: "收入预算总计A万元…本年收入合计B万元，加上年结转后与支出总计相等" keeps A.
        hit = next((h for h in hits if "本年" in text[max(0, h.start - 2):h.start + 2] and kind != "预算"),
                   hits[0] if hits else None)
        if not hit:
            return
        hit = prefer_actual(text, hit)
        figure = figure_at(metric, overview, hit, year=year, end=end, fund_scope="全口径")
        # "收入比上年增加…", or restated: "与上年相比，收入总计增加35.20万元" (never 收入支出总计, the grand total).
        reach = max(end, sentence_end(text, sentence_end(text, hit.end, len(text)) + 1, len(text)))
        # a source or part named before the word (事业收入, 基本支出) is that item's change, not the total's
        stated = re.compile(rf"(?<!收入)(?<!、)(?<!{_PART_BEFORE_TOTAL}){word}(?:预算|决算)?(?:总额|合计|总计|总数|总预算)?"
                            rf"(?=较|比|同比|与|增加|减少|增长|下降|持平)").search(text, start, reach)
        if stated and stated.start() >= end and not re.match(r"(?:与|比|较)(?:上年|去年|\d{4}年度?)",
                                                               text[sentence_end(text, hit.end, len(text)) + 1:]):
            stated = None  # past the income part only for a restatement that opens "与上年相比…"
        if stated:
            pos = stated.end()
            change = find_change(text, pos, min(reach, pos + 40), unit="万元", year=year)
            if change and change.value is not None:
                figure.change = change.value
                figure.reason = find_reason(overview, change.end, sentence_end(text, change.end, end))
                figure.source = overview.cite(sentence_start(text, hit.start), change.end)
        figures[metric] = figure

    total("income_total", "收入", 0, income_end)
    pair = _SHARED_TOTAL.search(text)
    if "income_total" not in figures and pair and at_clause_start(text, pair.start("income")):
        # "预算收入和预算支出均为97.36万元": one amount for both totals
        hit = Hit(parse_amount(pair.group("num"), pair.group("unit")), pair.start("income"), pair.start("num"),
                  pair.end())
        for metric in ("income_total", "expenditure_total"):
            figures[metric] = figure_at(metric, overview, hit, year=year, fund_scope="全口径", with_change=False)
    income = figures.get("income_total")
    if income is not None:
        # "收入预算2,249.58万元，全部为一般公共预算拨款": the whole income is that appropriation; so is it when the
        # words follow both totals ("收入预算A万元，支出预算A万元，均为一般公共预算拨款").
        hit = (first_hit(overview, r"收入(?:预算|决算)?(?:总额|合计|总计|总数)?", end=income_end)
               or (Hit(income.value, pair.start("income"), pair.start("num"), pair.end()) if pair else None))
        whole = hit and _WHOLE_APPROPRIATION.match(text, hit.end)
        if whole and not (whole.group("general") or whole.group("named")) and re.search(r"(?<!无)政府性基金|国有资本", text):
            whole = None  # "全部为财政拨款" beside another fund's appropriation: not the general budget's alone
        if whole:
            figures["general_budget_appropriation"] = Figure(
                metric="general_budget_appropriation", value=income.value, page=income.page,
                source=overview.cite(sentence_start(text, hit.start), whole.end()), display_scale=income.display_scale,
                source_unit=income.source_unit, fund_scope="一般公共预算财政拨款", note="文中写明收入全部为一般公共预算拨款",
                side="收入")
    total("expenditure_total", "支出", spend_start, len(text))
    for metric, label in [
        ("general_budget_appropriation", r"一般公共预算(?:财政)?拨款(?:收入)?"),
        ("gov_fund_appropriation", r"政府性基金(?:预算)?(?:财政)?拨款(?:收入)?"),
        ("carryover", r"(?:上年|年初)结转(?:和|及)?结余|上年结转|上年结余|结转结余"),
    ]:
        hit = first_hit(overview, label, end=income_end) or (
            first_hit(overview, label) if metric == "carryover" else None)  # 决算: "收入总计中…年初结转和结余"
        side = appropriation_side(text, hit) if hit and metric != "carryover" else ""
        if hit and side is not None:
            figures[metric] = figure_at(metric, overview, hit, year=year, end=max(income_end, hit.end),
                                        fund_scope="全口径", with_change=False)
            figures[metric].side = side or "收入"  # the income part: an appropriation that does not say is income
    spending = figures.get("expenditure_total")
    after_pair = _PART_AFTER_PAIR.search(text)
    if ("general_budget_appropriation" not in figures and after_pair and income is not None and spending is not None
            and income.value == spending.value):
        # "收入总计A万元，支出总计A万元。其中一般公共预算拨款A万元": a 其中 after a balanced pair is a part of both
        hit = Hit(parse_amount(after_pair.group("num"), after_pair.group("unit")), after_pair.start("label"),
                  after_pair.start("num"), after_pair.end())
        figures["general_budget_appropriation"] = figure_at(
            "general_budget_appropriation", overview, hit, year=year, fund_scope="全口径", with_change=False)
        figures["general_budget_appropriation"].side = "收入"
    said = text + (budget.text if budget is not None else "")
    if "general_budget_appropriation" not in figures and not re.search(r"(?<!无)政府性基金|国有资本", said):
        # "收入合计2,318.46万元，其中财政拨款收入2,298.46万元": 财政拨款 without its fund is the 一般公共预算 拨款 only
        # when no other fund is named (resolve.py also withholds it when another fund's appropriation is stated).
        hit = next((h for h in label_amounts(text, r"财政拨款(?:收入)?(?!支出|结转|结余)", end=income_end,
                                             clause_start=False)
                    if not _QUALIFIED.search(text, max(0, h.start - 8), h.start) and appropriation_side(text, h)
                    != "支出" and appropriation_side(text, h) is not None), None)
        if hit:
            figure = figure_at("general_budget_appropriation", overview, prefer_actual(text, hit), year=year,
                               end=max(income_end, hit.end), fund_scope="财政拨款", with_change=False)
            figure.side = "收入"
            figure.note = "文中只写财政拨款收入，未分一般公共预算和政府性基金"
            figures["general_budget_appropriation"] = figure
    if budget is not None:
        for metric, label, scope in [
            ("general_budget_appropriation", r"一般公共预算(?:财政)?拨款(?:收入|支出)(?:预算|决算)?(?:总额|合计)?", "一般公共预算财政拨款"),
            ("gov_fund_appropriation", rf"{_GOV_FUND}(?:收入|支出)(?:预算|决算)?", "政府性基金"),
        ]:
            _appropriation(figures, metric, budget, label, scope, year=year)
        previous: Hit | None = None
        for metric, label, exp in [("basic_expenditure", r"基本支出(?:预算|决算)?", "基本"),
                                   ("project_expenditure", r"项目支出(?:预算|决算)?", "项目")]:
            hit = first_hit(budget, label, clause_start=True)
            if hit:
                scope = _split_scope(budget, overview, hit)
                if previous is not None and _same_split(budget.text, previous, hit):
                    scope = figures["basic_expenditure"].fund_scope or scope  # “基本支出…；项目支出…”: one split
                figures[metric] = figure_at(metric, budget, hit, year=year, fund_scope=scope, exp_scope=exp)
                _note_other_spending(budget.text, hit, figures[metric])
                previous = hit
    for metric, label, exp in [("basic_expenditure", r"基本支出(?:预算|决算)?", "基本"),
                               ("project_expenditure", r"项目支出(?:预算|决算)?", "项目")]:
        if metric not in figures:
            hit = first_hit(overview, label, clause_start=True) or _described_part(overview.text, label)
            if hit:
                scope = "一般公共预算财政拨款" if _under_general_heading(overview.text, hit.start) else "全口径"
                figures[metric] = figure_at(metric, overview, hit, year=year, fund_scope=scope, exp_scope=exp)
                _note_other_spending(overview.text, hit, figures[metric])
    for block in [b for b in (budget, overview) if b is not None]:
        zero = zero_in_words(block.text, _GOV_FUND, what=r"(?:收入和支出|收入|支出|收支|安排的预算|预算安排|预算)?")
        if zero and "gov_fund_appropriation" not in figures:
            # "2024年度无政府性基金预算财政拨款收入和支出": a stated zero without a numeral.
            hit = zero[0]
            figures["gov_fund_appropriation"] = Figure(
                metric="gov_fund_appropriation", value=Decimal(0), page=block.page_at(hit.start),
                source=block.cite(sentence_start(block.text, hit.start), hit.end), display_scale=0,
                fund_scope="政府性基金", note="文中写明无政府性基金预算拨款")
    return figures


# the kinds of spending a 事业单位's 决算 has besides 基本 and 项目, each with its amount
_OTHER_SPENDING = re.compile(rf"(?:经营支出|上缴上级支出|对附属单位补助支出)(?:决算)?(?:为|是)?{NUMBER}(?:{UNIT})")
OTHER_SPENDING_NOTE = "同句另列经营支出等其他支出，基本支出与项目支出之和不是支出合计的全部"


def _note_other_spending(text: str, hit: Hit, figure: Figure) -> None:
    """“本年支出合计A万元，分为基本支出B万元；项目支出C万元；经营支出D万元”: the split's sentence names another kind of
    spending with its amount, so 基本 + 项目 is not all of the whole; the 基本/项目 figure says so in its note."""
    opening = text.rfind("。", 0, hit.start) + 1
    closing = text.find("。", hit.end)
    if figure.fund_scope == "全口径" and _OTHER_SPENDING.search(text, opening, len(text) if closing < 0 else closing):
        figure.note = figure.note or OTHER_SPENDING_NOTE


def _described_part(text: str, label: str) -> Hit | None:
    """"支出预算86.5万元，其中…等基本支出70.5万元，…和…等项目支出16万元": a part whose subject is a list of what it
    pays for, closed by 等, inside the sentence that opened the split with 其中."""
    for match in re.finditer(rf"[,;]([^,;。]{{2,30}}?)等(?:{label})(?P<num>{NUMBER})(?P<unit>{UNIT})", text):
        opening = max(text.rfind("。", 0, match.start()), 0)
        if "其中" in text[opening:match.start() + 1] and not re.search(r"\d|主要|用于|原因|上年|去年|年度", match.group(1)):
            return Hit(parse_amount(match.group("num"), match.group("unit")), match.start(1), match.start("num"),
                       match.end(), pattern="described_part")
    return None


def _split_scope(budget: Joined, overview: Joined, hit: Hit) -> str:
    """The funds a 基本/项目支出 split belongs to. Under the 财政拨款 part (三) it is the general budget's; when one
    part states everything ("支出预算5,236.70万元，其中基本支出…，项目支出…"), the split's own clause says: the
    general budget's only when that clause names it ("一般公共预算支出…，其中基本支出…"), else all funds."""
    if budget.text != overview.text:
        return "一般公共预算财政拨款"
    text = budget.text
    opening = max(text.rfind("。", 0, hit.start), text.rfind("；", 0, hit.start), text.rfind(";", 0, hit.start)) + 1
    return "一般公共预算财政拨款" if _GENERAL_SUBJECT.search(text, opening, hit.start) \
        or _under_general_heading(text, hit.start) else "全口径"


def _under_general_heading(text: str, at: int) -> bool:
    """The amount stands in a numbered paragraph whose run-in heading names the general budget's appropriation
    ("二、一般公共预算拨款。本年…。基本支出…；项目支出…"): the paragraph speaks of those funds only."""
    opening = None
    for opening in re.finditer(r"(?:^|(?<=[。；;]))[一二三四五六七八九十]{1,3}[、.．]", text[:at]):
        pass
    clause = max(text.rfind(mark, 0, at) for mark in "。；;，,") + 1
    if opening is None or re.search(r"收入|支出|合计|总计|全部|总额", text[clause:at]):
        return False  # the clause names a total of its own ("全部支出中项目支出…")
    heading = re.match(r"[^。；;，,：:]{0,24}", text[opening.end():at]).group(0)
    return bool(re.fullmatch(r"(?:(?:19|20)\d{2}年度?)?(?:一般公共预算|财政拨款)[^。]*", heading)) \
        and "收支" not in heading and "总体" not in heading and "政府性基金" not in heading


def _same_split(text: str, basic: Hit, project: Hit) -> bool:
    """项目支出 continues the sentence of 基本支出 with no new total between them (“基本支出A万元，其中机关运行经费B万元；
    项目支出C万元”): the two halves of one split share its funds."""
    between = text[basic.end:project.start]
    return basic.end <= project.start and "。" not in between and not re.search(r"收入|支出|合计|总计", between)


_GENERAL_SUBJECT = re.compile(r"一般公共预算|财政拨款")
# What comes right before 财政拨款 when it names one fund's appropriation, or no appropriation at all.
_QUALIFIED = re.compile(r"(?:预算|基金|经营|经费|非|上级|[”\"』」])(?:当年)?$")
_NOT_APPROPRIATION = re.compile(r"三公|经费|会议|培训")


def appropriation_side(text: str, hit: Hit) -> str | None:
    """收入 or 支出 as the words between an appropriation's label and its amount say ("" when they say neither);
    None when they name something else ("一般公共预算财政拨款“三公”经费支出…" is not the appropriation)."""
    gap = text[hit.start:hit.num_start]
    if _NOT_APPROPRIATION.search(gap):
        return None
    if "收入" in gap:
        return "收入"
    return "支出" if "支出" in gap else ""


def _appropriation(figures: dict[str, Figure], metric: str, budget: Joined, label: str, scope: str,
                   *, year: int | None) -> None:
    """三: "…财政拨款收入X万元，…财政拨款支出X万元，比上年增加Y万元": the change follows the last of the pair."""
    text = budget.text
    hits = label_amounts(text, label, clause_start=False)
    if not hits:
        return
    first = hits[0]
    chain = [first] + [h for h in hits[1:3] if h.start - first.end < 30]
    change = None
    for hit in chain:
        change = find_change(text, hit.end, sentence_end(text, hit.end, len(text)), unit="万元", year=year)
        if change:
            break
    figure = figures.get(metric)
    if figure is None:
        side = appropriation_side(text, first)
        if side is None:
            return
        figure = figure_at(metric, budget, first, year=year, fund_scope=scope, with_change=False)
        figure.side = side
        figures[metric] = figure
    if change is None:
        # 决算 "…支出1,430.00万元，占…。与2022年度相比，一般公共预算财政拨款支出增加100.00万元": the change is
        # restated with the label in the next sentence.
        stop = sentence_end(text, first.end, len(text))
        later = [c for c, start, _ in change_only(text, label, year=year) if start > first.end and start - stop <= 12]
        change = later[0] if later else None
    if change and change.value is not None and figure.change is None:
        figure.change = change.value
        figure.source = f"{figure.source}；{budget.cite(sentence_start(text, first.start), change.end)}"
        figure.reason = find_reason(budget, change.end, sentence_end(text, change.end, len(text)))


def _respectively(text: str, label: str, year: int | None) -> Hit | None:
    """"2021年和2022年…运行经费预算分别为86.40万元和82.10万元": the amount in this year's position."""
    pattern = re.compile(
        rf"(?P<y1>\d{{4}})年度?(?:和|与|、|及)(?P<y2>\d{{4}})年度?[^。]{{0,16}}?(?:{label})分别(?:为|是)"
        rf"(?P<a>{NUMBER})(?P<ua>{UNIT})?(?:和|与|、|及)(?P<b>{NUMBER})(?P<ub>{UNIT})")
    match = pattern.search(text)
    if not match or year is None:
        return None
    for y, num, unit in (("y1", "a", match.group("ua") or match.group("ub")), ("y2", "b", match.group("ub"))):
        if int(match.group(y)) == year:
            return Hit(parse_amount(match.group(num), unit), match.start(), match.start(num), match.end(num))
    return None


_NOT_APPLICABLE = re.compile(
    # "不属于机关运行经费的统计范围", "不列入机关运行经费统计口径", "未纳入机关运行经费核算", "不涉及机关运行经费"
    r"(?:不|未|没有)(?:在|属于|纳入|列入|计入|涉及|适用)(?:于)?机关运行经费"
    r"|机关运行经费(?:的)?(?:统计|核算)?(?:范围|口径)(?:之外|以外)|机关运行经费[^。]{0,8}不适用|无机关运行经费统计"
    # "2024年…福利院无机关运行经费。": a 事业单位 saying it has none (the template's wording for n/a).
    r"|(?<![主要原因是因由于])无机关运行经费(?=[。;)]|$)"
    # "本单位为事业单位，不安排机关运行经费": a 事业单位 naming itself in the same sentence.
    r"|事业单位[^。;]{0,12}?(?:不|未|无|没有)(?:安排|编列|列支|设置|核算|统计)?机关运行经费"
)


def other_figures(joined: Joined, *, year: int | None, scope: str) -> dict[str, Figure]:
    """五、其他重要事项: 机关运行经费, 政府采购, 绩效, 车辆, 委托业务费."""
    text = joined.text
    figures: dict[str, Figure] = {}
    hit = _respectively(text, r"(?:机关)?运行经费(?:预算|决算|支出)?", year)
    hit = hit or first_hit(joined, r"(?:机关)?运行经费(?:预算|决算|支出)?(?:合计|总额)?", clause_start=True)
    if hit is None:
        hit = first_hit(joined, r"(?:机关)?运行经费(?:预算|决算|支出)?(?:合计|总额)?")
    if hit is None:
        # "本单位无机关运行经费预算安排": a stated zero ("无机关运行经费。" alone says not applicable, below).
        zero = zero_in_words(text, r"(?:机关)?运行经费", what=r"(?:预算安排|安排|支出|预算)")
        outside = _NOT_APPLICABLE.search(text)
        if zero and outside and sentence_start(text, zero[0].start) == sentence_start(text, outside.start()):
            zero = []  # "不在机关运行经费统计范围内，无机关运行经费支出": outside the statistics, not 0
        hit = zero[0] if zero else None
    if hit:
        figures["operating_costs"] = figure_at("operating_costs", joined, hit, year=year,
                                               fund_scope="一般公共预算财政拨款", exp_scope="基本")
    else:
        match = _NOT_APPLICABLE.search(text)
        if match and not in_template_sentence(text, match.start()):
            start = sentence_start(text, match.start())
            end = sentence_end(text, match.end(), len(text))
            figures["operating_costs"] = Figure(
                metric="operating_costs", value=None, not_applicable=True,
                note="不在机关运行经费统计范围（事业单位），不适用，不是0",
                page=joined.page_at(match.start()), source=joined.cite(start, end),
            )
    for metric, label in [
        ("procurement_total", r"政府采购(?:预算|决算|支出)(?:总额|合计|总计|金额)?|政府采购(?:总额|合计|总计|金额)"),
        ("commissioned_services", r"委托业务费(?:支出|预算|决算)?"),
    ]:
        hit = first_hit(joined, label)
        if hit:
            figures[metric] = figure_at(metric, joined, hit, year=year, with_change=metric != "procurement_total")
    match = _performance_funds(text)
    if match:
        hit = Hit(parse_amount(match.group("num"), match.group("unit")), match.start(), match.start("num"), match.end())
        figure = figure_at("performance_managed_funds", joined, hit, year=year, with_change=False,
                           fund_scope="一般公共预算财政拨款", exp_scope="项目")
        # “…涉及一般公共预算财政拨款X万元，覆盖全部项目支出。”: a closing clause without amounts says what X covers;
        # the source keeps it, so a reader (and PR-PERF) sees whether X is every project's money
        stop = text.find("。", hit.end)
        rest = text[hit.end: stop if stop >= 0 else len(text)]
        if rest.startswith(",") and 2 <= len(rest) <= _COVER_CLAUSE and not re.search(r"\d", rest) \
                and not figure.source.endswith(joined.cite(hit.end, hit.end + len(rest))):
            figure.source = f"{figure.source}{joined.cite(hit.end, hit.end + len(rest))}"
        figures["performance_managed_funds"] = figure
    for metric, pattern in [
        ("vehicles_count", r"(?:共有|现有|实有|拥有|占有|保有)(?:各类|在用)?(?:公务|业务)?(?:用)?车(?:辆)?(?:总数|合计|共计|共|量)?(?:为)?(?P<n>\d+)辆"
                           r"|(?:公务用车|车辆)(?:保有量|总数|合计|共计|共)(?:为|有)?(?P<n2>\d+)辆"
                           r"|车辆(?:共)?(?P<n3>\d+)辆"
                           # "本处有业务用车1辆", "我单位有公务用车2辆": the unit as subject of a bare 有
                           # "本站有农机监理用车1辆", "本库有编制9名，实有人员9人，公务用车1辆": a use may qualify
                           # the car, and the car may close a list of what the unit has
                           r"|(?:本|我)(?:单位|部门|局|处|所|中心|院|站|馆|队|委|办|社|台|会|库|校|场)(?:现)?有"
                           r"(?:[^。;]{0,30}?,(?=(?:公务|业务)用车))?(?:各类|在用)?"
                           r"(?:(?:公务|业务|执法|采访)?用?车|(?:(?!购|新增|更新|拟)[一-龥]){2,6}?用车)(?:辆)?(?:共)?"
                           r"(?P<n4>\d+)辆"),
        ("vehicles_purchase_planned",
         r"(?:安排|计划|拟)(?:新)?(?:购置|购买|更新|购)[一-龥]{0,8}?(?:车辆|用车|公务车|车)(?:共)?(?:为)?(?P<n>\d+)辆"),
    ]:
        pattern = pattern.replace(r"\d+)辆", _CARS + ")辆")  # "共有公务用车两辆": a count in Chinese numerals too
        match = _best_vehicle_match(pattern, text) if metric == "vehicles_count" else re.search(pattern, text)
        if match is None and metric == "vehicles_count":
            none = re.search(r"(?:无|没有)(?:公务用车|公务车辆|车辆)(?=[。,;]|$)", text)
            if none and at_clause_start(text, none.start()) and not in_template_sentence(text, none.start()):
                figures[metric] = Figure(metric=metric, value=Decimal(0), page=joined.page_at(none.start()),
                                         source=joined.cite(sentence_start(text, none.start()), none.end()),
                                         display_scale=0, source_unit="辆", note="文中写明无公务用车")
                continue
        if match is None and metric == "vehicles_purchase_planned":
            # A plan, never a past fact: "不新增购置车辆", "无购车计划" — not "全年未更新车辆" (a 决算's year).
            match = re.search(r"(?:未|不|没有|无)(?:安排|计划)(?:购车(?=[。,;]|$)|(?:购置|购买|更新)(?:车辆|公务用车|公务车))"
                              r"|不(?:新增)?(?:购置|购买)(?:新)?(?:车辆|公务用车|公务车)"
                              r"|(?:无|没有)(?:车辆|新增车辆|公务用车)?(?:新增)?(?:购置|购买|购车|新购|更新)(?:车辆|公务用车|公务车)?(?:的)?计划",
                              text)
            if match:
                figures[metric] = Figure(metric=metric, value=Decimal(0), page=joined.page_at(match.start()),
                                         source=joined.cite(sentence_start(text, match.start()), match.end()),
                                         display_scale=0, source_unit="辆", note="文中写明不安排购置")
                continue
        if match:
            number = next(g for g in ("n", "n2", "n3", "n4") if g in match.re.groupindex and match.group(g))
            if _car_count(match.group(number)) is None:
                continue  # a malformed numeral ("十十辆"): no count
            start = sentence_start(text, match.start())
            figures[metric] = Figure(
                metric=metric, value=Decimal(_car_count(match.group(number))), page=joined.page_at(match.start(number)),
                source=joined.cite(start, match.end()), display_scale=0, source_unit="辆",
            )
    return figures


_CARS = r"\d+|[一二两三四五六七八九十]{1,3}"


def _car_count(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else parse_chinese_count(raw)


_PLANNED_CARS = re.compile(r"购|计划|拟|新增|更新|报废|处置|采购")


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(mark, 0, pos) for mark in "。;,:(") + 1


def _best_vehicle_match(pattern: str, text: str) -> re.Match[str] | None:
    """车辆总数: "截至…共有车辆31辆" beats "公务用车保有量9辆" (only the 公务用车) anywhere in the block."""
    best, best_score = None, -1
    for match in re.finditer(pattern, text):
        clause = text[sentence_start(text, match.start()):match.end()]
        if _PLANNED_CARS.search(text, _clause_start(text, match.start()), match.end()):
            continue  # "计划购置车辆0辆", "拟更新公务用车2辆": a purchase or a plan, never the stock of cars
        cue = bool(re.search(r"截至|截止|共有|现有|实有|拥有|占有|保有|总数|合计|共计", clause)) or bool(match.group("n4"))
        if match.group("n3") and not cue:
            continue
        score = cue + ("车辆" in match.group(0)) + bool(re.search(r"截至|截止", clause))
        if score > best_score:
            best, best_score = match, score
    return best


# A count after a colon may stand without 人 ("编制数:34;" in a form-like line); it must end its clause there.
_ACTUAL = re.compile(
    r"(?:实有|在职|在编|实际(?:在岗|在职|在编))(?:在职|在编|在岗)?(?:教职工|医护人员|职工|人员|干部职工)?(?:总人数|总数|总|人数|人员数)?(?:共|为|合计|共计|(?P<colon>:))?(?:(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:人|名|(?(colon)(?=[;,.。])|(?!)))|(?P<cn>"
    + CHINESE_COUNT + ")(?:人|名))"
)
_AUTHORIZED = re.compile(
    r"(?P<type>(?:[一-龥]{0,4}?(?:行政|事业|工勤|专项|参公|政法)))?编制(?:总数|数|人数|人员)?(?:为|共|合计|共计|(?P<colon>:))?(?:(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:人|名|个|(?(colon)(?=[;,.。])|(?!)))|(?P<cn>"
    + CHINESE_COUNT + ")(?:人|名))"
)


def _count(match: re.Match[str]) -> int | None:
    """The count of a headcount match, in digits or Chinese numerals ("编制二十三名"); None for a malformed numeral."""
    if match.group("n"):
        return int(match.group("n").replace(",", ""))
    return parse_chinese_count(match.group("cn"))


def _count_start(match: re.Match[str]) -> int:
    return match.start("n") if match.group("n") else match.start("cn")


_TOTAL_CUE = re.compile(r"合计|共计|总计|总数|共有|全局|全部门|本部门|全单位|本单位|全委|全办")


@dataclass
class StaffResult:
    figures: dict[str, Figure]
    warnings: list[str]


def staff_figures(blocks: list[Joined], *, year: int | None) -> StaffResult:
    """编制数 and 实有人数. Several numbers that cannot be told apart give a warning, not a guess."""
    figures: dict[str, Figure] = {}
    warnings: list[str] = []
    actual: list[tuple[int, Decimal | None, bool, Joined, re.Match[str]]] = []
    authorized: list[tuple[str | None, int, Joined, re.Match[str]]] = []
    for joined in blocks:
        text = joined.text
        for match in _ACTUAL.finditer(text):
            if _count(match) is None:
                continue
            before = text[max(0, match.start() - 4):match.start()]
            if re.search(r"离|退|临时|聘用|购买", before):
                continue
            change = find_change(text, match.end(), sentence_end(text, match.end(), len(text)), unit="人", year=year)
            clause = text[sentence_start(text, match.start()):match.end()]
            actual.append((_count(match), change.value if change else None,
                           bool(_TOTAL_CUE.search(clause)), joined, match))
        for match in _AUTHORIZED.finditer(text):
            if _count(match) is None or "领导" in text[max(0, match.start() - 4):match.start()]:
                continue
            kind = match.group("type")
            authorized.append((kind[-2:] if kind else None, _count(match), joined, match))

    chosen = next((a for a in actual if a[1] is not None), None)
    if chosen is None:
        totals = [a for a in actual if a[2]]
        if len({a[0] for a in totals}) == 1:
            chosen = totals[0]
        elif actual and len({a[0] for a in actual}) == 1:
            chosen = actual[0]
    if chosen:
        n, change, _, joined, match = chosen
        figures["staff_actual"] = Figure(
            metric="staff_actual", value=Decimal(n), change=change, page=joined.page_at(_count_start(match)),
            source=joined.cite(sentence_start(joined.text, match.start()), match.end()),
            display_scale=0, source_unit="人",
        )
    elif actual:
        warnings.append("实有人数在文中出现多处且不一致，未能确定合计，未采用")

    totals = [a for a in authorized if a[0] is None]
    typed = [a for a in authorized if a[0] is not None]
    value: int | None = None
    parts = typed
    if authorized:
        typed_sum = sum(a[1] for a in typed)
        if len({(a[0], a[1]) for a in typed}) != len(typed):
            warnings.append("同一编制数在文中出现多次，无法判断是否重复，未采用")
        elif totals and typed:
            matching = [a for a in totals if a[1] == typed_sum]
            if matching:
                value, parts = typed_sum, matching[:1]
            else:
                warnings.append("编制总数与各单位、各类编制之和不一致（可能分多个单位给出），未采用")
        elif totals:
            if len({a[1] for a in totals}) == 1:
                value, parts = totals[0][1], totals[:1]
            else:
                warnings.append("编制数在文中分多处给出且不一致，未能确定合计，未采用")
        else:
            value = typed_sum
    if value is not None:
        first = parts[0]
        sources = "；".join(a[2].cite(a[3].start(), a[3].end()) for a in parts)
        figures["staff_authorized"] = Figure(
            metric="staff_authorized", value=Decimal(value), page=first[2].page_at(_count_start(first[3])),
            source=sources, display_scale=0, source_unit="人",
            note=None if len(parts) == 1 else "由各类编制相加：" + "+".join(str(a[1]) for a in parts),
        )
    return StaffResult(figures, warnings)


# "支出按功能分类:一般公共服务支出1,002.40万元": after a colon, words before the amount name the item it belongs to
_NEARER_NOUN = re.compile(r":[一-龥]{2,}")


def _names_a_function(text: str, pos: int, word: str) -> bool:
    """The word at `pos` closes a function class's name ("一般公共服务支出1,002.40万元"): that line, not the total."""
    return any(name.endswith(word) and text.startswith(name, pos + len(word) - len(name))
               for name in FUNCTION_CODES if len(name) > len(word))


# Function classes of the national classification (政府收支分类科目, 支出功能分类 类级).
FUNCTION_CODES = {
    "一般公共服务支出": "201", "外交支出": "202", "国防支出": "203", "公共安全支出": "204", "教育支出": "205",
    "科学技术支出": "206", "文化旅游体育与传媒支出": "207", "文化体育与传媒支出": "207", "社会保障和就业支出": "208",
    "社会保险基金支出": "209", "卫生健康支出": "210", "医疗卫生与计划生育支出": "210", "节能环保支出": "211",
    "城乡社区支出": "212", "农林水支出": "213", "交通运输支出": "214", "资源勘探工业信息等支出": "215",
    "资源勘探信息等支出": "215", "商业服务业等支出": "216", "金融支出": "217", "援助其他地区支出": "219",
    "自然资源海洋气象等支出": "220", "住房保障支出": "221", "粮油物资储备支出": "222",
    "国有资本经营预算支出": "223", "灾害防治及应急管理支出": "224", "预备费": "227", "其他支出": "229",
    "转移性支出": "230", "债务还本支出": "231", "债务付息支出": "232", "债务发行费用支出": "233",
}
_FUNCTION_ITEM = re.compile(
    rf"^(?:其中)?(?P<name>[一-龥()]{{2,24}}?支出|结转(?:下年)?|结余|预备费)(?:\(类\))?(?:预算|决算)?(?:数)?(?:为)?"
    rf"(?P<num>{NUMBER})(?P<unit>{UNIT})$"
)


# A class given by its path down to the 款 or 项 ("一般公共服务支出(类)群众团体事务(款)行政运行(项)512.64万元"): the amount
# is one item of that class, so the class's amount is the sum of its paths.
_FUNCTION_PATH = re.compile(
    rf"^(?:其中)?(?P<name>[一-龥]{{2,24}}?支出)\(类\)(?:\(\d{{3}}\))?"
    rf"(?:(?:[一-龥、]{{1,30}}?\((?:款|项)\)(?:\(\d{{5,7}}\))?){{1,2}})(?:预算|决算)?(?:数)?(?:为)?"
    rf"(?P<num>{NUMBER})(?P<unit>{UNIT})$"
)
_AMOUNT_IN = re.compile(rf"{NUMBER}{UNIT}")
_NOT_CLASSES = {"基本支出", "项目支出", "人员支出", "公用支出"}


def function_lines(joined: Joined, start: int) -> list[tuple[str, Amount, int, int]] | None:
    """二(二): "其中：一般公共服务支出X万元，教育支出Y万元…" → (name, amount, start, end). None when the listing names a
    class with an amount in a shape not read: a partial list would hold its total to a partial sum."""
    text = joined.text
    stop = re.search(r"支出(?:预算|决算)?(?:总额|合计)?(?:较|比|同比|与上年)|。", text[start:])
    end = start + stop.start() if stop else len(text)
    items: list[tuple[str, Amount, int, int]] = []
    paths: dict[str, list[tuple[Amount, int, int]]] = {}
    pos = start
    for piece in re.split(r"([;:、]|,(?!\d{3}(?:\D|$)))", text[start:end]):
        if piece and piece not in ",;:、":
            item, path = _FUNCTION_ITEM.match(piece), _FUNCTION_PATH.match(piece)
            if item and _is_class_item(item.group("name")):
                items.append((item.group("name"), parse_amount(item.group("num"), item.group("unit")),
                              pos, pos + len(piece)))
            elif path:
                paths.setdefault(path.group("name"), []).append(
                    (parse_amount(path.group("num"), path.group("unit")), pos, pos + len(piece)))
            elif _names_a_class(piece) and _AMOUNT_IN.search(piece):
                return None
        pos += len(piece)
    return sorted(items + _path_classes(paths, {name for name, *_ in items}), key=lambda line: line[2])


# the words leading a list of classes that say it gives only the main ones (“按支出功能分类，主要安排：…”, “重点用于”)
_MAIN_ONLY = re.compile(r"主要|重点|较大|(?:排名)?前[一二三四五六七八九十\d]+(?:位|项|个|类)")
# a class's share printed after its amount (“农林水支出1,623.50万元，占33.51%”)
_SHARE_AFTER = re.compile(r"[,;]?占[^,;:。%\d]{0,12}?(\d{1,3}(?:\.\d+)?)%")


def listed_in_part(text: str, start: int, items: list[tuple[str, Amount, int, int]], marker: str = "") -> bool:
    """Whether a list of function classes read from `start` says it names only some of the classes: its lead calls
    them the main ones (主要/重点…, in the words between `marker`, the words that opened the list, and the first
    class), or every class carries its share of the total and the shares fall short of 100% by more than rounding.
    Shares that do add up to 100% make the list whole whatever its lead says. A marker that is itself a lead of
    its own (“主要用于以下方面”) says nothing of the list's extent."""
    if not items:
        return False
    shares = []
    for _, _, _, end in items:
        share = _SHARE_AFTER.match(text, end)
        if share is None:
            break
        shares.append(Decimal(share.group(1)))
    if len(shares) == len(items):
        # each share is rounded to its last printed place: the sum of a whole list stays within half a unit each
        slack = sum((Decimal(1).scaleb(share.as_tuple().exponent) / 2 for share in shares), Decimal(0))  # type: ignore[arg-type]
        total = sum(shares, Decimal(0))
        if abs(total - 100) <= slack:
            return False
        if total < 100 - slack:
            return True
    lead = re.sub(r"^主要用于以下", "", marker) + text[start:items[0][2]]
    return bool(_MAIN_ONLY.search(lead))


def _is_class_item(name: str) -> bool:
    return name not in _NOT_CLASSES and not re.search(r"财政拨款|一般公共预算|政府性基金|国有资本", name)


def _names_a_class(piece: str) -> bool:
    return re.sub(r"^其中", "", piece).startswith(tuple(FUNCTION_CODES))


def _path_classes(paths: dict[str, list[tuple[Amount, int, int]]],
                  stated: set[str]) -> list[tuple[str, Amount, int, int]]:
    """One line per class read from its paths; a class also stated by itself keeps its own amount (the paths are its
    parts)."""
    lines = []
    for name, found in paths.items():
        if name in stated:
            continue
        amounts = [amount for amount, _, _ in found]
        total = Amount(sum((a.value for a in amounts), Decimal(0)), max(a.scale for a in amounts),
                       amounts[0].source_unit)
        lines.append((name, total, found[0][1], found[-1][2]))
    return lines


_LIST_INTRO = re.compile(
    r"(?:预算|决算)(?:单位)?(?:包括|包含)(?:以下)?(?:单位)?[:]?|由以下(?:单位|\d+个单位)(?:组成|构成)[:]"
    r"|(?:单位|构成|组成|包括|包含)[^。:,]{0,12}:|单位构成[。:]?|单位[^。]{0,12}分别(?:是|为)[:]?"
    r"|具体(?:为|是|包括)[:]?|单位(?:包括|包含)[:]?"
)
_LIST_BEFORE_COUNT = re.compile(
    r"由(?P<list>[^。:]{4,400}?)(?:共)?(?:\d+|[两二三四五六七八九十]+)?(?:个|家)?(?:预算)?(?:单位)?(?:组成|构成|的[^。]{0,6}汇总|汇总)"
)
_UNIT_SUFFIX = re.compile(
    r"(?:办公室|中心|局|委员会|所|站|院|队|处|馆|学校|校|学|委|会|部|室|厅|社|园|台|团|办|场|宫|库|机关|本级|"
    r"(?:本级|机关|本部)\))$"
)


def member_units(blocks: list[Joined]) -> list[str]:
    for joined in blocks:
        text = joined.text
        candidates = [m.end() for m in _LIST_INTRO.finditer(text)]
        for start in candidates:
            stop = text.find("。", start)
            names = _unit_list(text[start: stop if stop > 0 else len(text)])
            if names:
                return names
        for match in _LIST_BEFORE_COUNT.finditer(text):
            if _INTERNAL.search(text, text.rfind("。", 0, match.start()) + 1, match.end()):
                continue  # "内设机构由办公室、…室组成": offices of one unit, not member units
            names = _unit_list(match.group("list"))
            if names:
                return names
        # "1.重庆市开州区城市管理局(机关):行政编制38名…" — one numbered line per member unit.
        names = [m.group(1) for m in re.finditer(r"(?<!\d)\d{1,2}[.、]([一-龥()]{4,40}?):", text)]
        names = _unit_list("、".join(names)) if len(names) >= 2 else []
        if names:
            return names
    return []


_INTERNAL = re.compile(r"内设|科室|股室|职能部门")
_SELF = re.compile(r"^[一-龥]{0,2}(?:机关|本级|本部)$")


def _unit_list(chunk: str) -> list[str]:
    chunk = re.sub(r"(?:等|共)?(?:\d+|[两二三四五六七八九十]+)?(?:个|家)?(?:预算)?(?:单位)?$", "", chunk.strip())
    names = []
    pieces = []
    for piece in re.split(r"[,、;]", chunk):
        # "…中心和…中心": split on 和/及 only where the left side already ends like a unit name.
        while True:
            joint = next((m for m in re.finditer(r"[和及以及]", piece)
                          if _UNIT_SUFFIX.search(piece[: m.start()]) and len(piece) - m.end() >= 4), None)
            if not joint:
                break
            pieces.append(piece[: joint.start()])
            piece = piece[joint.end():]
        pieces.append(piece)
    for item in pieces:
        item = re.sub(r"\((?:[^()]*(?:预算单位|二级|三级|所属|下属)[^()]*)\)", "", item).strip()
        item = re.sub(r"^(?:其)?(?:下属|所属)(?:的)?", "", item)
        if not item:
            continue
        if _SELF.match(item):  # "局机关", "委本级": the department's own body
            names.append(item)
            continue
        if len(item) < 4 or len(item) > 40 or not re.match(r"^[一-龥]", item) or re.search(r"\d", item):
            return []
        if not _UNIT_SUFFIX.search(item):
            return []
        names.append(item.replace("(", "（").replace(")", "）"))
    return names if len(names) >= 2 else []


_CONTRACTED = re.compile(r"购买服务(?:人员|岗位)?(?:共)?(?P<n>\d+)(?:人|名)")


def unit_headcounts(blocks: list[Joined], members: list[str]) -> list[UnitHeadcount]:
    """Per member unit, where the text has one item per unit ("2、垫江县…中心隶属于…核定事业编制8名…" or
    "1.…城市管理局(机关):行政编制38名"): the 编制, 实有 and 购买服务 numbers of that item. Without such items
    (one sentence naming several units and several numbers) nothing is attributed: it would be a guess."""
    names = [re.sub(r"[（(](?:本级|机关|本部)[)）]$", "", m) for m in members]
    result = []
    for joined in blocks:
        text = joined.text
        heads = []
        for member, name in zip(members, names):
            pattern = rf"(?:(?<![\d.])\d{{1,2}}[、.]|\(\d{{1,2}}\)|[一二三四五六七八九十]、)(?:{re.escape(member)}|{re.escape(name)})"
            heads += [(m.start(), m.end(), member, False) for m in re.finditer(pattern.replace("（", "\\(").replace("）", "\\)"),
                                                                                text)]
        heads += _unnumbered_heads(text, members, heads)
        heads.sort()
        seen = {h.unit for h in result}
        for k, (start, end, member, loose) in enumerate(heads):
            if member in seen:
                continue
            stop = heads[k + 1][0] if k + 1 < len(heads) else len(text)
            if loose:  # an item of a “；”-separated list ends with its clause: the 部门's own total may follow
                stop = min([stop] + [at for at in (text.find(mark, end) for mark in ";；。") if at >= 0])
            found = _headcount_in(joined, member, end, stop)
            if found:
                result.append(found)
                seen.add(member)
    order = {m: i for i, m in enumerate(members)}
    return sorted(result, key=lambda h: order[h.unit])


def _unnumbered_heads(text: str, members: list[str], numbered: list) -> list[tuple[int, int, str, bool]]:
    """“人员情况：A（本级）编制48名、实有45人；B编制36名、实有33人；…”: items without numbers, one per member, each
    opening a clause (after “：”, “；”, “。” or “，”) with the member's name as listed (本级 and all), then its counts.
    Read only when every member (at least two) opens such an item and no item is numbered: a list that leaves a
    member out would give a partial sum."""
    if numbered:
        return []
    heads = []
    for member in members:
        name = re.escape(member).replace("（", "[(（]").replace("）", "[)）]")
        heads += [(m.start(1), m.end(1), member, True)
                  for m in re.finditer(rf"(?:^|(?<=[:：;；。,，]))({name})(?:[(（][^()（）]{{1,12}}[)）])?(?=[^;；。]{{0,6}}?(?:编制|实有))",
                                       text)]
    named = {member for _, _, member, _ in heads}
    return heads if len(named) >= 2 and named == set(members) else []


def _headcount_in(joined: Joined, member: str, start: int, end: int) -> UnitHeadcount | None:
    text = joined.text
    authorized = [m for m in _AUTHORIZED.finditer(text, start, end) if _count(m) is not None]
    actual = [m for m in _ACTUAL.finditer(text, start, end)
              if _count(m) is not None and not re.search(r"离|退|临时|聘用|购买", text[max(start, m.start() - 4):m.start()])]
    contracted = _CONTRACTED.search(text, start, end)
    if not (authorized or actual or contracted):
        return None
    count = _count
    totals = [m for m in authorized if not m.group("type")]
    typed = [m for m in authorized if m.group("type")]
    value = count(totals[-1]) if totals else sum(count(m) for m in typed) if typed else None
    words = "；".join(joined.cite(m.start(), m.end()) for m in authorized)
    first = min([m.start() for m in authorized + actual] + ([contracted.start()] if contracted else []))
    last = max([m.end() for m in authorized + actual] + ([contracted.end()] if contracted else []))
    return UnitHeadcount(
        unit=member, authorized=value, authorized_text=words if len(authorized) > 1 else None,
        actual=count(actual[0]) if actual else None, contracted=count(contracted) if contracted else None,
        page=joined.page_at(first), source=joined.cite(first, last),
    )



_PERFORMANCE_ANCHOR = re.compile(r"绩效目标(?:管理)?")
_NEXT_AMOUNT = re.compile(rf"[^。]{{0,40}}?(?P<num>{NUMBER})(?P<unit>{UNIT})")
# A heading that names several subjects (“五、机关运行经费、政府采购、国有资产及绩效目标情况”) runs into the next sentence
# without a stop: an amount that another subject's name stands before is that subject's, not the 绩效 funds'.
_OTHER_SUBJECT = re.compile(r"运行经费|政府采购|“?三公”?|国有资产|车辆|公务用车|基本支出|收入|会议费|培训费")


_APPROPRIATION_PART = re.compile(rf"\s*[,，、]?\s*其中[:：]?\s*(?:一般公共预算)?(?:当年)?财政拨款(?:资金)?(?:为|是)?\s*"
                                 rf"(?P<num>{NUMBER})\s*(?P<unit>{UNIT})")


_COVER_CLAUSE = 20  # the longest closing clause kept with the 绩效 funds' source


def _performance_funds(text: str) -> re.Match[str] | None:
    """The first amount after “绩效目标(管理)” in its sentence that is this year's: in “…上年为X万元,本年为Y万元” it is Y."""
    for anchor in _PERFORMANCE_ANCHOR.finditer(text):
        at = anchor.end()
        while (found := _NEXT_AMOUNT.match(text, at)) is not None:
            if _OTHER_SUBJECT.search(text, at, found.start("num")):
                break
            if not PRIOR_GAP.search(text[at:found.start("num")]):
                # “涉及资金X万元，其中一般公共预算财政拨款Y万元”: the appropriation is the part the sentence names
                return _APPROPRIATION_PART.match(text, found.end()) or found
            at = found.end()
    return None
