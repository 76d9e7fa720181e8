"""One place decides which stated figure a metric takes, by precedence written down as data.

Every reader (prose patterns, table cells) *offers* candidates; `resolve` picks one per metric and
records each disagreement it meets as a warning rather than choosing silently. A candidate that only
states a change ("公务接待费支出决算持平") lends its change to the chosen figure; a 决算's 预算数 goes into
the chosen figure's `budget`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .clauses import _PLACEHOLDER
from .metrics import METRICS
from .types import Figure


@dataclass(frozen=True)
class Preference:
    name: str  # the Figure attribute (or candidate attribute) compared
    order: tuple[str, ...]  # preferred values first ("a|b": a and b rank alike); a value not listed comes last
    why: str  # the reason, for a reader of this table


# Earlier rows decide first. `{scope}` and `{stage}` are filled from the document being resolved.
PRECEDENCE: tuple[Preference, ...] = (
    Preference("period", ("本年", "上年"), "a disclosure's figure is this year's; 上年 columns only feed checks"),
    Preference("stage", ("{stage}|",),
               "决算: the actual (决算数) is the value, the 预算数 goes beside it in budget; a figure that does not say "
               "its stage ranks with the right one, so the stage never overrides prose before table"),
    Preference("scope_column", ("{scope}", ""), "a 部门 document takes the 部门 column, a 单位 document its own"),
    Preference("side", ("收入", "", "支出"),
               "an appropriation is what the unit received (拨款收入); its spending differs by the carry-over"),
    Preference("origin", ("prose", "table"), "the prose is what the unit reports; a table cell fills what it omits"),
)


@dataclass
class Candidate:
    figure: Figure
    rank: int  # the order it was offered in: earlier readers (the section that owns the metric) first
    stage: str = ""  # 决算数, 预算数 or "" (not said)
    scope_column: str = ""  # 部门, 单位 or "" (not a table column, or not said)
    change_only: bool = False  # states only a change (its figure.value is meaningless)
    pattern: str = ""  # which reader or pattern produced it, for warnings and debugging


@dataclass
class Resolution:
    figures: dict[str, Figure] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


class Candidates:
    """Collects what the readers offer, in order."""

    def __init__(self) -> None:
        self.items: list[Candidate] = []

    def offer(self, figure: Figure, *, stage: str = "", scope_column: str = "", change_only: bool = False,
              pattern: str = "") -> None:
        self.items.append(Candidate(figure, len(self.items), stage, scope_column, change_only, pattern))

    def offer_all(self, figures: dict[str, Figure] | list[Figure], **kwargs: object) -> None:
        for figure in (figures.values() if isinstance(figures, dict) else figures):
            self.offer(figure, **kwargs)  # type: ignore[arg-type]


def resolve(candidates: Candidates | list[Candidate], *, kind: str | None, scope: str | None) -> Resolution:
    items = candidates.items if isinstance(candidates, Candidates) else candidates
    stage = "决算数" if kind == "决算" else "预算数"
    result = Resolution()
    by_metric: dict[str, list[Candidate]] = {}
    for item in items:
        if _PLACEHOLDER.search(item.figure.source or ""):
            result.warnings.append(f"{METRICS[item.figure.metric].label}：所在句子是模板占位文字（XX），未采用")
            continue
        by_metric.setdefault(item.figure.metric, []).append(item)
    _unqualified_appropriation(by_metric, result.warnings)
    for metric, offered in by_metric.items():
        values = sorted((c for c in offered if not c.change_only and c.figure.period == "本年"),
                        key=lambda c: _key(c, stage=stage, scope=scope or ""))
        if kind == "决算" and values and all(c.stage == "预算数" for c in values):
            # A 决算's value is the actual: a 预算数 column alone is never taken for it.
            result.warnings.append(f"{METRICS[metric].label}：只找到预算数（{_fmt(values[0].figure.value)}），"
                                   f"未找到决算数，未采用")
            continue
        if not values:
            continue
        chosen = values[0]
        if kind == "决算" and chosen.figure.side == "支出" and metric in _APPROPRIATIONS:
            # A 决算's appropriation received and its spending differ by the carry-over: the spending is no value.
            result.warnings.append(f"{METRICS[metric].label}：只找到财政拨款支出（{_fmt(chosen.figure.value)}万元），"
                                   f"未找到拨款收入，未采用")
            continue
        twin = next((c for c in values[1:] if chosen.figure.origin == "table" and c.figure.origin == "prose"
                     and c.stage in (chosen.stage, "") and _same(chosen.figure, c.figure)), None)
        if twin is not None:
            # A cell ranked first by its side, with the prose stating the same number: the prose is what the unit
            # reports, as printed (a 元 cell of 950.1164 is the prose's 950.12).
            values = [twin] + [c for c in values if c is not twin]
            chosen = twin
        figure = chosen.figure
        for other in values[1:]:
            if _same(figure, other.figure):
                if kind == "决算" and figure.budget is None and other.figure.budget is not None:
                    figure.budget = other.figure.budget  # a 决算 table cell carries the 预算数 beside the actual
                continue
            if kind == "决算" and other.stage == "预算数" and chosen.stage != "预算数":
                if figure.budget is None and other.figure.value is not None:
                    figure.budget = other.figure.value
                continue
            if other.figure.side != figure.side:
                continue  # an appropriation received and the same fund's spending: not the same figure
            if other.scope_column and other.scope_column != chosen.scope_column:
                continue  # another unit's column of the same table: not the same figure
            if figure.fund_scope and other.figure.fund_scope and figure.fund_scope != other.figure.fund_scope:
                continue  # another fund's figure (全口径 支出总表 vs 一般公共预算 prose): not a contradiction
            result.warnings.append(_disagreement(metric, figure, other.figure))
        if figure.change is None:
            lenders = [c for c in offered if c is not chosen and c.figure.change is not None
                       and c.figure.period == "本年" and (c.change_only or _same(figure, c.figure))]
            if lenders:
                figure.change = lenders[0].figure.change
                figure.reason = figure.reason or lenders[0].figure.reason
                changes = {c.figure.change for c in lenders}
                if len(changes) > 1:
                    result.warnings.append(
                        f"{METRICS[metric].label}：文中给出的增减额不一致（{'、'.join(_fmt(v) for v in changes)}），"
                        f"采用{_fmt(figure.change)}")
        result.figures[metric] = figure
    return result


_APPROPRIATIONS = ("general_budget_appropriation", "gov_fund_appropriation")


def _unqualified_appropriation(by_metric: dict[str, list[Candidate]], warnings: list[str]) -> None:
    """"财政拨款收入X" that names no fund is the 一般公共预算 appropriation only when the document states no other
    fund's (政府性基金) appropriation and no other income figure that names its fund: otherwise it is dropped."""
    offered = by_metric.get("general_budget_appropriation", [])
    unqualified = [c for c in offered if c.figure.fund_scope == "财政拨款"]
    if not unqualified:
        return
    named = [c for c in offered if c.figure.fund_scope != "财政拨款" and c.figure.side == "收入"]
    other_fund = [c for c in by_metric.get("gov_fund_appropriation", []) if c.figure.value]
    # Beside a named figure it is kept only where it states the same number (then it is that figure, as printed).
    dropped = [c for c in unqualified if other_fund or (named and not any(_same(c.figure, n.figure) for n in named))]
    if dropped:
        by_metric["general_budget_appropriation"] = [c for c in offered if c not in dropped]
        if other_fund and not named:
            warnings.append(f"一般公共预算拨款：文中财政拨款收入{_fmt(unqualified[0].figure.value)}万元未分资金来源，文中另有"
                            f"政府性基金拨款，不能确定其中的一般公共预算拨款，未采用")


def _key(candidate: Candidate, *, stage: str, scope: str) -> tuple[int, ...]:
    ranks = []
    for preference in PRECEDENCE:
        order = [value.format(stage=stage, scope=scope) for value in preference.order]
        value = getattr(candidate, preference.name, None)
        if value is None:
            value = getattr(candidate.figure, preference.name, "")
        ranks.append(next((i for i, entry in enumerate(order) if value in entry.split("|")), len(order)))
    return (*ranks, candidate.rank)


def _same(a: Figure, b: Figure) -> bool:
    """Equal as printed: a table in 元 (213.277754) states the prose's rounded 213.28."""
    if a.not_applicable or b.not_applicable:
        return a.not_applicable == b.not_applicable or (a.value or b.value or Decimal(0)) == 0
    if a.value is None or b.value is None:
        return a.value == b.value
    places = min(_places(a.value), _places(b.value))
    quantum = Decimal(1).scaleb(-places)
    return a.value.quantize(quantum) == b.value.quantize(quantum)


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _disagreement(metric: str, chosen: Figure, other: Figure) -> str:
    return (f"{METRICS[metric].label}：{_where(chosen)}为{_show(chosen)}，{_where(other)}为{_show(other)}，"
            f"两处不一致，采用{_where(chosen)}的数字")


def _where(figure: Figure) -> str:
    place = "表格" if figure.origin == "table" else "正文"
    return f"{place}第{figure.page}页" if figure.page else place


def _show(figure: Figure) -> str:
    if figure.not_applicable:
        return "不适用"
    unit = METRICS[figure.metric].unit
    return f"{_fmt(figure.value)}{unit}"


def _fmt(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
