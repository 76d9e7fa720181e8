"""One reader for every way a sentence words a change on last year, and the arithmetic it must satisfy.

A sentence about a change may print this year's amount, last year's, the change and its rate, in any order and with
any of a family of words (比上年/较上年/与上年相比/同比; 增加/增长/上升/提高/增支; 减少/下降/降低/压减/减支/缩减;
持平/无变化; 增幅/降幅; “上年预算数为…”, “上年为…，本年为…”, “增减变化…”), amounts in 元 or 万元. The reader turns the
sentence into slots (now, prior, change with its sign, rate with its sign); the checks then hold whatever slots are
filled to now − prior = change (PR-REPEAT) and rate = change / prior (PR-PCT). A sentence it cannot read without
guessing (two changes, two rates, two comparisons) is left to the sentence-specific rules of rates.py and statements.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, ZERO, Term, compare, pct_interval
from .text import Text, text_rule

UP = "增加|增长|上升|提高|增支|增多"
DOWN = "减少|下降|降低|压减|减支|缩减"
STEADY = "(?<!基本)(?<!大体)(?<!大致)持平|无变化|没有变化|未变化"  # “基本持平” is near, not equal: no arithmetic
YEAR_BEFORE = r"(?:上年度?|上一年度?|去年)"  # a year named by its number is read as one of these (_years)
# a 决算 compares this year's outturn with its own 年初预算 in the same words (“比年初预算减少0.46万元，下降12.80%”)
BUDGETED = r"年初预算数?(?:的)?"
BASIS = r"(?:同期)?(?:的)?(?:年初)?(?:预算数?|执行数?|决算数?|支出数?|收入数?)?(?:的)?"
AMOUNT = r"(-?\d[\d,]*(?:\.\d+)?)(万元|亿元|千元|元)"
RATE = r"(-?\d+(?:\.\d+)?)[%％]"
# last year's amount may sit in brackets after its word: “比上年（220.90万元）减少…”, “与上年(1,064.81万元)相比…”
BRACKETED = rf"[（(]?{AMOUNT}"

_SENTENCE = re.compile(r"[^。；;]+")
_BASE = rf"(?:{YEAR_BEFORE}{BASIS}|{BUDGETED})"
# a 决算 may name its budget with no 年初 (“比预算减少0.56万元”), right after the comparison word
_BARE_BUDGET = r"预算数?(?![\d.])"
_COMPARED = re.compile(rf"(?:(?:比|较|与)(?:{_BASE}|{_BARE_BUDGET})|同比)")
# “（上年：55.10万元）”, “（2023年:55.10万元）”: last year's amount after a colon in the brackets of this year's
_PRIOR = re.compile(rf"(?:{_BASE}(?:为|是|共)?|(?<=[（(]){_BASE}\s*[:：]\s*){BRACKETED}")
_PRIOR_AFTER_COMPARED = re.compile(rf"(?:比|较|与){_BASE}{BRACKETED}")
_AGAINST_BUDGET = re.compile(rf"(?<!上年)(?<!上年度){BUDGETED}|(?<=[比较与]){_BARE_BUDGET}")
_AGAINST_YEAR = re.compile(rf"{YEAR_BEFORE}|同比")
_NOW = re.compile(rf"(?:本年度?|今年|当年)(?:预算数?|决算数|执行数)?(?:为|是|共)?{AMOUNT}")
_CHANGE = re.compile(rf"({UP}|{DOWN}|增减变化(?:情况)?[:：]?){AMOUNT}")
_RATE = re.compile(rf"({UP}|{DOWN}|增幅(?:为|是)?|降幅(?:为|是)?|减幅(?:为|是)?){RATE}")
_STEADY = re.compile(STEADY)
_ANY_AMOUNT = re.compile(AMOUNT)
_AFTER_VALUE = re.compile(rf"^[,，]?(?:为|达到|达|共计|合计)?{AMOUNT}")
# what may sit between this year's amount and the comparison: a comma, a bracket (“X万元（上年Y万元）”), a heading
# word of the change
_GAP = re.compile(r"[,，:：(（]?(?:其?增减变化(?:情况)?(?:为|是)?[:：]?)?")
# an amount that is not the subject's: a share, a part, a count of years
_NOT_NOW = re.compile(r"(?:其中|占|含|包括|主要|分别|人均|每)[^,，]*$")


@dataclass(frozen=True)
class Printed:
    """One printed amount: its value in 万元 (signed for a change), as printed, and the unit it was printed in."""

    value: Decimal
    raw: str
    unit: str

    @property
    def decimals(self) -> int:
        return len(self.raw.split(".")[1]) if "." in self.raw else 0


@dataclass
class Slots:
    """What one sentence says about one subject's change on last year."""

    sentence: str
    at: int
    base: str = "上年"  # what the change is on: 上年, or a 决算's own 年初预算
    now: Printed | None = None
    prior: Printed | None = None
    change: Printed | None = None  # signed by its word
    change_word: str = ""
    rate: Decimal | None = None  # signed by its word
    rate_raw: str = ""


def _years(sentence: str, year: int | None) -> str:
    """The document's year and the one before, named by number, as 本年 and 上年; another year is not read."""
    if year is None or (str(year) not in sentence and str(year - 1) not in sentence):
        return sentence
    sentence = re.sub(rf"(?<!\d){year - 1}年度?", "上年", sentence)
    return re.sub(rf"(?<!\d){year}年度?", "本年", sentence)


def _printed(raw: str, unit: str, sign: int = 1) -> Printed:
    value = Decimal(raw.replace(",", "")) * UNIT_FACTOR[unit] * sign
    return Printed(value, raw, unit)


def _sign(word: str) -> int:
    return -1 if re.match(rf"(?:{DOWN}|降幅|减幅)", word) else 1


# “与上年决算相比，本年收入比上年减少…”: a sentence framed by the comparison it then makes again after its subject
_FRAME = re.compile(rf"\s*(?:与|同){YEAR_BEFORE}{BASIS}相比[,，]")


def _unframed(sentence: str, at: int) -> tuple[str, int]:
    """The sentence without its opening 与上年相比 when the comparison is made again, on last year too, after it: one
    comparison said twice, read once (“…，本年收入比上年减少D万元”)."""
    framed = _FRAME.match(sentence)
    if framed is None:
        return sentence, at
    rest = sentence[framed.end():]
    if len(_COMPARED.findall(rest)) != 1 or _AGAINST_BUDGET.search(rest) or not _AGAINST_YEAR.search(rest):
        return sentence, at
    return rest, at + framed.end()


def read_change(sentence: str, at: int = 0) -> Slots | None:
    """The slots of a sentence that compares with last year; None when it does not, or is ambiguous."""
    sentence, at = _unframed(sentence, at)
    changes = list(_CHANGE.finditer(sentence))
    rates = list(_RATE.finditer(sentence))
    # every form of 持平 holds 持平 or 变化: the pattern (its look-behinds tried at each position) is searched only then
    steady = _STEADY.search(sentence) if "持平" in sentence or "变化" in sentence else None
    if not (changes or rates or steady):
        return None  # most sentences: no change, rate or 持平 to read
    compared = list(_COMPARED.finditer(sentence))
    priors = list(_PRIOR.finditer(sentence))
    if len(changes) > 1 or len(rates) > 1 or len(compared) > 1 or len(priors) > 1:
        return None
    if not (changes or rates or steady) or not (compared or priors or _has_change_words(changes)):
        return None
    against_budget = bool(_AGAINST_BUDGET.search(sentence))
    if against_budget and _AGAINST_YEAR.search(sentence):
        return None  # last year and the 年初预算 in one sentence: which amount is the base is a guess
    slots = Slots(sentence, at, "年初预算" if against_budget else "上年")
    prior = _PRIOR_AFTER_COMPARED.search(sentence) or (priors[0] if priors else None)
    if prior is not None:
        slots.prior = _printed(prior.group(1), prior.group(2))
    if changes:
        found = changes[0]
        slots.change = _printed(found.group(2), found.group(3), _sign(found.group(1)))
        slots.change_word = found.group(1)
    elif steady and not rates:
        slots.change = Printed(ZERO, "0", "万元")
        slots.change_word = steady.group(0)
    if rates:
        slots.rate_raw = rates[0].group(2)
        slots.rate = Decimal(slots.rate_raw) * _sign(rates[0].group(1))
    slots.now = _now(sentence, [m for m in (*changes, *rates, *compared, *priors, steady) if m is not None], prior)
    return slots


def _has_change_words(changes: list[re.Match[str]]) -> bool:
    return any(found.group(1).startswith("增减变化") for found in changes)


def _now(sentence: str, cues: list[re.Match[str]], prior: re.Match[str] | None) -> Printed | None:
    """This year's amount: named (本年为…), else the amount right before the first cue, else one right after the
    last cue (“…增加5.20万元，增长9.9%，为57.60万元”)."""
    named = _NOW.search(sentence)
    if named:
        return _printed(named.group(1), named.group(2))
    first = min(cue.start() for cue in cues)
    before = [m for m in _ANY_AMOUNT.finditer(sentence, 0, first)]
    if before:
        last = before[-1]
        gap = sentence[last.end():first]
        if _GAP.fullmatch(gap) and not _NOT_NOW.search(sentence[:last.start()]):
            return _printed(last.group(1), last.group(2))
        return None
    end = max(cue.end() for cue in cues)
    after = _AFTER_VALUE.match(sentence[end:].lstrip("，,"))
    if after and (prior is None or prior.end() <= end):
        return _printed(after.group(1), after.group(2))
    return None


def _term(label: str, printed: Printed, page: int, source: str) -> Term:
    return Term(label, printed.value, printed.decimals, printed.unit, page, source)


def _difference(view: Text, slots: Slots) -> Check | None:
    """now − prior = change, all three printed."""
    if slots.now is None or slots.prior is None or slots.change is None:
        return None
    page = view.page_at(slots.at)
    source = slots.sentence[:200]
    check = compare("PR-REPEAT", "同一数字多处刊印一致：变动额等于本年数减上年数",
                    [_term("所称变动额", slots.change, page, source)],
                    [_term("本年", slots.now, page, source), _term(slots.base, _negative(slots.prior), page, source)],
                    what=f"第{page}页“{source[:60]}”中变动额与本年数减{slots.base}数")
    check.basis = "text"
    if check.outcome == "fail" and check.severity == "error" and check.rule == "PR-REPEAT" and _reversed(slots):
        check.rule, check.name = "PR-DIR", "增减表述与数字方向一致"
        check.message = (f"第{page}页本年{_shown(slots.now)}、{slots.base}{_shown(slots.prior)}，实为"
                         f"{'增加' if slots.change.value < 0 else '减少'}{_shown(slots.change)}，文中却称"
                         f"{slots.change_word}{_shown(slots.change)}；方向与数字相反，需人工复核")
    elif check.outcome == "fail" and check.severity == "error" and check.rule == "PR-REPEAT":
        check.message = (f"第{page}页本年{_shown(slots.now)}、{slots.base}{_shown(slots.prior)}，两数之差为"
                         f"{_plain(slots.now.value - slots.prior.value)}万元，文中却称{slots.change_word}"
                         f"{_shown(slots.change)}；两处披露不能同时成立，需人工复核")
    return check


def _reversed(slots: Slots) -> bool:
    """The change printed is the two years' difference with its direction word turned round."""
    return slots.change.value != 0 and slots.change.value == slots.prior.value - slots.now.value


def _rate(view: Text, slots: Slots) -> Check | None:
    """The stated rate against the change and its base, as an interval (CHECKS.md §0.2 rule 7)."""
    if slots.rate is None:
        return None
    delta, base = _delta_and_base(slots)
    if delta is None or base is None or base.value < 0:
        return None  # a base below zero cannot be: the sentence was read with another amount than its subject's
    page = view.page_at(slots.at)
    terms = [{"label": "所称变动率", "value": f"{slots.rate_raw}", "page": page}]
    terms += [{"label": label, "value": p.raw, "page": page} for label, p in
              (("本年", slots.now), (slots.base, slots.prior), ("变动额", slots.change)) if p is not None]
    name = "变动率与变动额一致"
    half_delta, half_base = _halves(slots)
    bounds = pct_interval(abs(delta.value), half_delta, base.value, half_base)
    if bounds is None:
        return Check("PR-PCT", name, "fail", "error", f"第{page}页{slots.base}数为零，却称变动{slots.rate_raw}%，需人工复核",
                     terms, None, page, "text")
    low, high = bounds
    half_rate = Decimal("0.5") * Decimal(10) ** -(len(slots.rate_raw.split(".")[1]) if "." in slots.rate_raw else 0)
    stated = abs(slots.rate)
    wrong_way = delta.value != 0 and (slots.rate < 0) != (delta.value < 0) and slots.rate != 0
    if low - half_rate <= stated <= high + half_rate and not wrong_way:
        return Check("PR-PCT", name, "pass", "error", f"变动率{slots.rate_raw}%与变动额、{slots.base}数相符", terms, None,
                     page, "text")
    actual = delta.value / base.value * 100
    off = min(abs(stated - low), abs(stated - high))
    severity = "error" if wrong_way or off > 1 else "warning"
    return Check("PR-PCT", name, "fail", severity,
                 f"第{page}页变动额{_wan(delta)}、{slots.base}{_wan(base)}，变动率应约为{actual:.2f}%，"
                 f"而文中称{'增长' if slots.rate > 0 else '下降'}{slots.rate_raw}%；两处披露不能同时成立，需人工复核",
                 terms, None, page, "text")


def _delta_and_base(slots: Slots) -> tuple[Printed | None, Printed | None]:
    if slots.prior is not None and slots.change is not None:
        return slots.change, slots.prior
    if slots.prior is not None and slots.now is not None:
        return Printed(slots.now.value - slots.prior.value, "", "万元"), slots.prior
    if slots.now is not None and slots.change is not None:
        return slots.change, Printed(slots.now.value - slots.change.value, "", "万元")
    return None, None


def _halves(slots: Slots) -> tuple[Decimal, Decimal]:
    """Half-steps of the change and of its base, from the amounts the sentence printed."""
    def half(p: Printed | None) -> Decimal:
        if p is None or p.value == 0:
            return ZERO
        return Decimal("0.5") * Decimal(10) ** -p.decimals * UNIT_FACTOR[p.unit]

    if slots.prior is not None and slots.change is not None:
        return half(slots.change), half(slots.prior)
    if slots.prior is not None:
        return half(slots.now) + half(slots.prior), half(slots.prior)
    return half(slots.change), half(slots.now) + half(slots.change)


def _negative(p: Printed) -> Printed:
    return Printed(-p.value, p.raw, p.unit)


def _shown(p: Printed) -> str:
    return f"{p.raw}{p.unit}"


def _wan(p: Printed) -> str:
    """The amount in 万元, and for one printed in another unit also as printed: “32万元（320.00千元）”."""
    shown = f"{_plain(p.value)}万元"
    return shown if p.unit == "万元" or not p.raw else f"{shown}（{p.raw}{p.unit}）"


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f") if value != value.to_integral_value() else format(value.quantize(Decimal(1)), "f")


# a sentence that opens on a bare rate (“…较上年增加318,500.00元。增长5.98%，主要是…”) gives the rate of the change
# the sentence before it printed
_RATE_ONLY = re.compile(rf"({UP}|{DOWN}|增幅(?:为|是)?|降幅(?:为|是)?){RATE}(?=$|[,，])")
# a sentence comparing two subjects one after the other (“收入比上年增加A万元，支出比上年增加B万元，增长p%”) is read
# clause by clause, each clause from its subject on
_NEXT_SUBJECT = re.compile(rf"[,，](?=[一-龥]{{2,10}}(?:比|较){YEAR_BEFORE})")
# a subject named without its amount in the clause: the year's totals, whose amounts the figures hold
# (“本年收入”, “本年支出”: a 决算's 本年收入合计 named short)
_TOTAL_SUBJECT = re.compile(r"(?:(?:其中|全年|本年度?)?(收支|收入|支出)(?:总额|总预算|预算总额|预算|规模|总计|合计)数?"
                            r"|本年(收入|支出))")
_TOTAL_KEYS = {"收支": ("income_total", "expenditure_total"), "收入": ("income_total",), "支出": ("expenditure_total",)}


def _pieces(view: Text) -> Iterator[tuple[str, int]]:
    """The sentences the reader takes, with their offsets: a bare rate opening a sentence joined to the sentence
    before it, when that one printed a change and no rate."""
    sentences = list(_SENTENCE.finditer(view.text))
    for k, sentence in enumerate(sentences):
        text = sentence.group(0)
        before = sentences[k - 1] if k > 0 else None
        if _RATE_ONLY.match(text) and before is not None and before.end() + 1 == sentence.start() \
                and _CHANGE.search(before.group(0)) and not _RATE.search(before.group(0)):
            continue  # read with the sentence before
        following = sentences[k + 1] if k + 1 < len(sentences) else None
        joined = _RATE_ONLY.match(following.group(0)) if following is not None else None
        if joined and following.start() == sentence.end() + 1 and _CHANGE.search(text) and not _RATE.search(text):
            text = f"{text}，{joined.group(0)}"
        yield text, sentence.start()


def _subject_total(result: ParsedDisclosure, slots: Slots) -> Printed | None:
    """This year's amount of a clause whose subject is a year total named without its amount (“收支总额较上年增加…”):
    the total the figures hold (both totals, equal, for 收支)."""
    compared = _COMPARED.search(slots.sentence)
    if compared is None or slots.base != "上年":
        return None
    subject = _TOTAL_SUBJECT.fullmatch(slots.sentence[:compared.start()].strip("，,：: "))
    if subject is None or (subject.group(2) and result.kind != "决算"):
        return None  # a 预算's 本年收入 leaves out the 上年结转 its 收入合计 holds
    figures = [result.figures.get(key) for key in _TOTAL_KEYS[subject.group(1) or subject.group(2)]]
    if any(f is None or f.value is None or f.not_applicable for f in figures) \
            or len({f.value for f in figures}) != 1:  # type: ignore[union-attr]
        return None
    figure = figures[0]
    unit = figure.source_unit if figure.source_unit in UNIT_FACTOR else "万元"
    places = figure.display_scale if figure.display_scale is not None else 2
    return Printed(figure.value, f"{figure.value / UNIT_FACTOR[unit]:.{places}f}", unit)


@text_rule
def change_on_last_year(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-REPEAT and PR-PCT on every sentence the general reader can read."""
    for text, start in _pieces(view):
        if view.page_at(start) in view.listing_pages:
            continue
        sentence = _years(text, result.year)
        slots = read_change(sentence, start)
        if slots is None:
            if len(_CHANGE.findall(sentence)) > 1:
                yield from _clauses(result, view, sentence, start)
            continue
        held = _with_table_budget(result, slots, text)
        for check in (_difference(view, held), _rate(view, slots), _direction_of_subject(view, slots, result.year)):
            if check is not None:
                yield check
        if slots.now is None and slots.prior is None:
            yield from _rate_of_total(result, view, slots)


def _clauses(result: ParsedDisclosure, view: Text, sentence: str, start: int) -> Iterator[Check]:
    """PR-PCT on each clause of a sentence comparing several subjects whose amount is a year total."""
    cuts = [0] + [m.start() + 1 for m in _NEXT_SUBJECT.finditer(sentence)] + [len(sentence)]
    for begin, end in zip(cuts, cuts[1:]):
        slots = read_change(sentence[begin:end], start + begin)
        if slots is not None and slots.now is None and slots.prior is None:
            yield from _rate_of_total(result, view, slots)


def _rate_of_total(result: ParsedDisclosure, view: Text, slots: Slots) -> Iterator[Check]:
    """PR-PCT for a change and its rate printed with neither year's amount, on a year total named as the subject."""
    if slots.rate is None or slots.change is None:
        return
    now = _subject_total(result, slots)
    if now is None:
        return
    check = _rate(view, replace(slots, now=now))
    if check is not None:
        yield check


# a sentence whose subject carries no amount (“支出决算比上年的1,475.30万元下降123.30万元”) takes the subject's amount
# from where the text stated it just before (“本年支出决算1,598.60万元，…。”), within the same page
_SUBJECT = re.compile(r"[一-龥“”\"]{2,16}")
_SUBJECT_BEFORE = 300


def _direction_of_subject(view: Text, slots: Slots, year: int | None) -> Check | None:
    """PR-DIR for a change printed with last year's amount but not this year's: this year's is the subject's amount
    stated just before. Only a direction word turned round is reported (the change is the two years' difference
    with the other sign, a warning as CHECKS.md sets it); a change that merely differs may belong to another
    amount of the same name, and is left."""
    if slots.now is not None or slots.prior is None or slots.change is None or slots.change.value == 0:
        return None
    if slots.base != "上年":
        return None
    compared = _COMPARED.search(slots.sentence)
    subject = slots.sentence[:compared.start()].strip() if compared else ""
    if not _SUBJECT.fullmatch(subject):
        return None
    page = view.page_at(slots.at)
    start = max(0, slots.at - _SUBJECT_BEFORE)
    while view.page_at(start) != page and start < slots.at:
        start += 1
    before = _years(view.text[start:slots.at], year)
    stated = list(re.finditer(rf"{re.escape(subject)}(?:数|金额)?(?:为|是|共)?{AMOUNT}", before))
    if not stated:
        return None
    now = _printed(stated[-1].group(1), stated[-1].group(2))
    held = replace(slots, now=now)
    if not _reversed(held):
        return None
    terms = [{"label": "本年", "value": now.raw, "page": page, "source": stated[-1].group(0)},
             {"label": slots.base, "value": slots.prior.raw, "page": page, "source": slots.sentence[:200]},
             {"label": f"所称{slots.change_word}", "value": slots.change.raw, "page": page}]
    return Check("PR-DIR", "增减表述与数字方向一致", "fail", "warning",
                 f"第{page}页{subject}本年{_shown(now)}、{slots.base}{_shown(slots.prior)}，实为"
                 f"{'增加' if slots.change.value < 0 else '减少'}{_shown(slots.change)}，文中却称"
                 f"{slots.change_word}{_shown(slots.change)}；方向与数字相反，需人工复核",
                 terms, None, page, "text")


def _bare(text: str) -> str:
    """Text without spaces and punctuation, which the view and a figure's source print in different widths."""
    return re.sub(r"[\s,，、:：;；()（）]", "", text)


def _with_table_budget(result: ParsedDisclosure, slots: Slots, raw: str) -> Slots:
    """A 决算 sentence's change on its 年初预算 that prints no budget, held to the budget its figure carries (the 预算数
    column of the table beside it, or one the prose states elsewhere): “公务接待费4.36万元，比年初预算减少0.46万元” against
    the 三公 table's 年初预算 5.00. The rate is still checked against the sentence alone."""
    if slots.base != "年初预算" or slots.prior is not None or slots.now is None or slots.change is None:
        return slots
    budgets = {f.budget for f in result.figures.values() if f.origin == "prose" and f.value == slots.now.value
               and f.budget is not None and f.source and _bare(f.source) in _bare(raw)}
    if len(budgets) != 1:
        return slots
    budget = budgets.pop()
    if -budget.normalize().as_tuple().exponent > slots.now.decimals:  # type: ignore[operator]
        # “…运行维护费9.8万元，比预算减少0.86万元” beside a table's 10.67 and 9.81: the sentence prints its amount
        # rounded from the table's, so its change cannot be held to the budget to the cent
        return slots
    budget = budget.quantize(Decimal(10) ** -slots.now.decimals)
    return replace(slots, prior=Printed(budget, f"{budget:,}", "万元"))


change_on_last_year.defers = True  # type: ignore[attr-defined]
