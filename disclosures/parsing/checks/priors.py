"""PR-REPEAT for last year's amount printed twice: once implied by this year's amount and its change, once stated.

“2025年“三公”经费预算5.60万元，比上年减少1.20万元” implies a 2024 amount of 6.80万元; a document that elsewhere says
“2024年“三公”经费预算7.10万元” prints two priors for one quantity, and both cannot hold. The stated prior must name the
metric right after the year (上年/去年/the year before the document's, by number), and both must be of one basis: a
change and a prior that name no basis are of the document's kind (预算 or 决算); 执行数 is only compared with 执行数. A prior printed inside the comparison itself (“比2024年年初预算X万元减少D万元”)
is held to this year's amount less that change too.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..text import normalize
from ..types import Check, Figure, ParsedDisclosure
from ..vocabulary import VOCABULARY, label_pattern
from .core import UNIT_FACTOR, Term, compare, near_literal, opened_at
from .text import NUM, Text, printed_decimals, text_rule

_BASIS_WORD = re.compile(r"执行|决算|预算")
_COMPARED_BASIS = re.compile(r"(?:比|较|与)(?:上年度?|上一年度?|去年|(?:19|20)\d\d年度?)(?:同期)?的?(?:年初)?(执行|决算|预算)?")


def _prior_years(year: int) -> str:
    return rf"(?:上年度?|上一年度?|去年|(?<!\d){year - 1}年度?)"


def _prior_pattern(key: str, year: int) -> re.Pattern[str]:
    """“上年/2024年 <metric label> (预算数/执行数…) (为) Y万元”: a stated amount of the metric for the year before."""
    return re.compile(rf"{_prior_years(year)}的?(?:{label_pattern(key)})(?:年初)?(?:预算|决算|执行)?数?(?:为|是)?{NUM}"
                      r"(万元|亿元|千元|元)")


def _stated_priors(view: Text, key: str, year: int) -> Iterator[re.Match[str]]:
    """Every match of `_prior_pattern` in the text, tried only where the year before is named (found once per text)."""
    starts = view._cache.get(("prior years", year))
    if starts is None:
        # 年 stands one (上年, 去年) to four (2024年) characters on
        openings = near_literal(view.text, "年", least=1, most=4)
        starts = view._cache[("prior years", year)] = [
            m.start() for m in opened_at(re.compile(_prior_years(year)), view.text, openings)]
    pattern, end = _prior_pattern(key, year), 0
    for start in starts:
        if start < end:
            continue
        found = pattern.match(view.text, start)
        if found is not None:
            end = found.end()
            yield found


def _basis(words: str | None, kind: str | None) -> str | None:
    """The basis a comparison or a prior names, else the document's own kind."""
    return words or kind


def _changed_figures(result: ParsedDisclosure) -> Iterator[Figure]:
    for key, figure in result.figures.items():
        if (figure.origin == "prose" and figure.value is not None and figure.change is not None and key in VOCABULARY
                and VOCABULARY[key].unit == "万元" and figure.source_unit in UNIT_FACTOR):
            yield figure


def _stated_prior_check(figure: Figure, found: re.Match[str], page: int, *, change: Decimal | None = None,
                        prior: str = "上年") -> Check:
    """This year's amount less its change (against last year, or against the 年初预算 when `prior` says so) against
    the prior amount `found` states elsewhere."""
    raw, unit = found.group(1), found.group(2)
    now, change = figure.value, figure.change if change is None else change
    assert now is not None and change is not None
    where = figure.source[:200]
    implied = [Term("本年", now, figure.display_scale, figure.source_unit, figure.page, where),
               Term("所称变动额", -change, figure.display_scale, figure.source_unit, figure.page, where)]
    stated = Term(f"{prior}（另处所载）", Decimal(raw.replace(",", "")) * UNIT_FACTOR[unit], printed_decimals(raw), unit,
                  page, found.group(0))
    check = compare("PR-REPEAT", f"同一数字多处刊印一致：{prior}数", implied, [stated],
                    what=f"第{page}页所载{prior}数与本年数减变动额")
    check.basis = "text"
    if check.outcome == "fail" and check.severity == "error" and check.rule == "PR-REPEAT":
        scale = figure.display_scale
        check.message = (f"第{figure.page}页本年{_shown(now, scale)}万元、变动{_shown(change, scale)}万元，{prior}应为"
                         f"{_shown(now - change, scale)}万元；第{page}页却写“{found.group(0)}”；两处披露不能同时成立，需人工复核")
    return check


def _shown(value: Decimal, scale: int | None) -> str:
    return f"{value:.{scale}f}" if scale is not None else str(value)


@text_rule
def stated_prior(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """This year's amount less its change against last year's amount the document states elsewhere."""
    if result.year is None:
        return
    for figure in _changed_figures(result):
        compared = _COMPARED_BASIS.search(normalize(figure.source))
        wanted = _basis(compared.group(1) if compared else None, result.kind)
        for found in _stated_priors(view, figure.metric, result.year):
            said = _BASIS_WORD.findall(found.group(0)[: found.start(1) - found.start()])
            if _basis(said[-1] if said else None, result.kind) != wanted:
                continue
            yield _stated_prior_check(figure, found, view.page_at(found.start()))


stated_prior.defers = True  # type: ignore[attr-defined]


# ---- the same for a 决算's change against its 年初预算 ---------------------------------------------------------------
# ““三公”经费决算2.83万元，比年初预算减少0.67万元” implies a 年初预算 of 3.50万元; “年初预算“三公”经费为3.80万元”
# elsewhere prints a second one. The parser keeps no change against the budget, so it is read from the figure's clause.

_AGAINST_BUDGET = re.compile(rf"(?:比|较)年初预算数?(增加|增长|超支|多|减少|下降|节约|少)了?{NUM}(万元|千元|元)")
_DOWN = {"减少", "下降", "节约", "少"}
_AMOUNT = re.compile(rf"{NUM}(?:万元|亿元|千元|元)")


def _budget_pattern(key: str) -> re.Pattern[str]:
    """“年初预算<metric label>(为) Y万元” or “<metric label>年初预算(数)(为) Y万元”: the budget stated on its own."""
    label = label_pattern(key)
    return re.compile(rf"(?:年初预算(?:数|安排)?的?(?:{label})|(?:{label})的?年初预算(?:数|安排)?)(?:为|是)?{NUM}(万元|亿元|千元|元)")


def _change_against_budget(figure: Figure) -> Decimal | None:
    """The change against the 年初预算 the figure's own clause states right after its amount, in 万元; None if none."""
    source = normalize(figure.source)  # as printed: read in the form every rule matches (降低 → 减少, widths folded)
    found = _AGAINST_BUDGET.search(source)
    if found is None or len(_AMOUNT.findall(source[: found.start()])) != 1:
        return None  # none, or it follows another amount than the figure's
    change = Decimal(found.group(2).replace(",", "")) * UNIT_FACTOR[found.group(3)]
    return -change if found.group(1) in _DOWN else change


@text_rule
def stated_budget(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 决算 amount less its change against the 年初预算, against the 年初预算 the document states elsewhere."""
    for key, figure in result.figures.items():
        if (figure.origin != "prose" or figure.value is None or key not in VOCABULARY
                or VOCABULARY[key].unit != "万元" or figure.source_unit not in UNIT_FACTOR):
            continue
        change = _change_against_budget(figure)
        if change is None:
            continue
        for found in _budget_pattern(key).finditer(view.text):
            yield _stated_prior_check(figure, found, view.page_at(found.start()), change=change, prior="年初预算")


stated_budget.defers = True  # type: ignore[attr-defined]


# ---- a prior printed inside the comparison itself ------------------------------------------------------------------
# “收入预算比2024年年初预算6,011.00万元减少402.40万元”: the comparison names the prior's amount before the change, so
# this year's amount (stated in the sentence before, whose subject the comparison repeats) less the change must be it.

_CHANGE_WORDS = r"(增加|增长|上升|多|减少|下降|降低|少)了?"


def _in_comparison(year: int) -> re.Pattern[str]:
    return re.compile(rf"(?:比|较|与){_prior_years(year)}的?(?:年初)?(?:预算|决算|执行)?数?(?:为|是)?{NUM}(万元|亿元|千元|元)"
                      rf"(?:相比|相较|比较)?[,，]?{_CHANGE_WORDS}{NUM}(万元|亿元|千元|元)")


@text_rule
def prior_in_comparison(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """This year's amount less its change against the prior the comparison of its own clause prints (PR-REPEAT): run
    only when that comparison's change is the figure's own change, so the clause is the figure's."""
    if result.year is None:
        return
    pattern = _in_comparison(result.year)
    for figure in _changed_figures(result):
        source = normalize(figure.source)
        found = None
        for found in pattern.finditer(source):
            pass
        if found is None or figure.change is None:
            continue
        change = Decimal(found.group(4).replace(",", "")) * UNIT_FACTOR[found.group(5)]
        change = -change if found.group(3) in _DOWN else change
        prior = Decimal(found.group(1).replace(",", "")) * UNIT_FACTOR[found.group(2)]
        if change != figure.change or prior == figure.value:
            continue  # another clause's change, or the prior itself read as this year's amount
        at = view.text.find(found.group(0))
        page = view.page_at(at) if at >= 0 else figure.page
        yield _stated_prior_check(figure, _PriorMatch(found), page or figure.page)


class _PriorMatch:
    """The comparison's prior amount and unit as `_stated_prior_check` reads a stated prior (groups 1 and 2)."""

    def __init__(self, found: re.Match[str]) -> None:
        self._found = found

    def group(self, n: int) -> str:
        return self._found.group(0) if n == 0 else self._found.group(n)


prior_in_comparison.defers = True  # type: ignore[attr-defined]
