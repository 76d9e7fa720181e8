"""Rules on one sentence that states both years (or budget and actual) beside a change or a rate.

    “X万元，比上年增加D万元，上年预算为Y万元”  → PR-REPEAT: D = X − Y (the change printed before the prior year)
    “X万元，上年为Y万元，减少D万元，下降P%”    → PR-PCT: P = |X − Y| / Y
    “X万元，上年未安排，增长P%”                → PR-PCT: a rate on a zero base is undefined (error)
    “预算为B万元，决算为A万元，完成预算的P%”   → PR-RATE: P = A / B

Each reads the words only (basis "text"); the tolerance is §0.2 of CHECKS.md (half-steps of every printed term).
Totals and the parts the words list for them (IE-BP, PR-HEAD-SUM, 类 lists…) are in wholes.py.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, ZERO, anchored, from_amounts, number_before, opened_at, pct_interval
from .stated import change_against_years
from .text import CHANGE_WORDS, NUM, Text, printed_decimals, table_spans, table_unit, text_rule, to_decimal
from .total_lines import _row_cells

_PRIOR_WORD = r"(?:上年|上年度|去年)(?:年初)?(?:预算数?|执行数?|决算数?)?"

# the change first, then the prior year's amount
_CHANGE_THEN_PRIOR = re.compile(
    rf"{NUM}万元[,，]?(?:比|较)(?:上年|上年度|去年)(?:年初预算)?({CHANGE_WORDS}){NUM}万元[,，(（]?{_PRIOR_WORD}(?:为|是){NUM}万元")

# this year, the prior year (an amount, or none at all), an optional change, then a rate
_RATE_AFTER_BOTH = re.compile(
    rf"{NUM}万元[,，]?{_PRIOR_WORD}(?:(?:为|是){NUM}万元|(未安排|没有安排|无此项(?:支出)?|为0(?:万元)?|为零))[,，]?"
    rf"(?:(?:比|较|与)(?:上年|上年度|去年)(?:相比)?[,，]?)?(?:(增加|减少){NUM}万元[,，]?)?(增长|下降|上升|减少|增加|降低)(-?\d+(?:\.\d+)?)%")

_SENTENCE = re.compile(r"[^。；;\n]+")
# the words of a completion rate: “完成(年初)预算(B万元)的P%”, “(预算)完成率/执行率P%”, “为/占年初预算(B万元)的P%”
_BUDGET_WORD = r"(?:年初|调整后?的?)?预算(?:数)?"
_RATE = re.compile(rf"(?:完成{_BUDGET_WORD}(?:{NUM}万元)?的?|(?:预算)?(?:完成|执行)率(?:为|是|达)?"
                   rf"|(?:为|占){_BUDGET_WORD}(?:{NUM}万元)?的)(?P<pct>\d+(?:\.\d+)?)%")
# a gap is no budget: in “决算数超出年初预算35.50万元” the amount after 预算 is the difference, not the budget
_GAP_WORDS = ("超出", "超过", "高于", "低于", "少于", "多于")
_NOT_A_GAP = "".join(rf"(?<!{word}{budget})" for word in _GAP_WORDS for budget in ("", "年初", "调整", "调整后"))
_BUDGET = re.compile(rf"(?<!完成)(?:年初|调整后?)?{_NOT_A_GAP}预算(?:数)?(?:为|是)?{NUM}万元"
                     rf"|完成(?:年初|调整后?)?预算(?:数)?{NUM}万元的")
# an actual of the year the rate is about: "决算支出3.15万元" counts, "比上年决算3.50万元" is the prior year's
# (“比2022年决算17.88万元减少…” names last year's by its number: the year after a comparison word is not this one)
_ACTUAL = re.compile(rf"(?<!上年)(?<!去年)(?<!上年度)(?<!上一年)(?<![比较与]\d{{4}}年)(?<![比较与]\d{{4}}年度)(?:决算(?:支出)?(?:数)?|实际支出|执行数"
                     # “实际使用一般公共预算财政拨款A万元”: what was used in the year, its fund named between
                     rf"|实际(?:使用|支出|发生)(?:了)?[^\d,，。；;:：%]{{0,20}}?)(?:为|是)?{NUM}万元")
# a 决算's own subject, “…财政拨款支出A万元” or “使用一般公共预算财政拨款A万元” (the money used is the money spent), when
# the sentence names the actual with no 决算 word
SPENT = re.compile(rf"(?:(?<!预算)支出(?:合计|总额|总计)?|(?<!上年)(?<!去年)(?<!上年实际)(?<!去年实际)使用[^\d,，。;；]{{0,16}}?(?:拨款|资金|经费))(?:为|是|共)?{NUM}万元")
_AMOUNT_IN_WORDS = re.compile(rf"{NUM}万元")


def _half(raw: str, value: Decimal) -> Decimal:
    return Decimal("0.5") * Decimal(10) ** -printed_decimals(raw) if value else ZERO


@text_rule
def change_then_prior(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“X万元，比上年增加D万元，上年预算为Y万元”: the stated change must equal X − Y (signed)."""
    for match in from_amounts(_CHANGE_THEN_PRIOR, view.text):
        now_raw, word, delta_raw, prior_raw = match.groups()
        check = change_against_years(view, match, now_raw, prior_raw, word, delta_raw)
        if check is not None:
            yield check


@text_rule
def rate_after_both_years(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“X万元，上年为Y万元，减少D万元，下降P%”: P must lie in the interval |X − Y| / Y allows; with no prior amount
    (上年未安排, 上年为0) any rate is undefined, an error (CHECKS.md §0.2 rule 7)."""
    name = "变动率与两年金额一致"
    for match in from_amounts(_RATE_AFTER_BOTH, view.text):
        now_raw, prior_raw, none_word, way, delta_raw, word, pct_raw = match.groups()
        now, stated = to_decimal(now_raw), to_decimal(pct_raw)
        prior = ZERO if none_word else to_decimal(prior_raw)
        if now is None or stated is None or prior is None:
            continue
        page = view.page_at(match.start())
        terms = [{"label": "本年", "value": now_raw, "page": page, "source": match.group(0)},
                 {"label": "上年", "value": prior_raw or "0"}, {"label": "所称变动率", "value": pct_raw + "%"}]
        if delta_raw:
            terms.append({"label": "变动额", "value": delta_raw})  # read too, so the general reader defers to this
        prior_half = ZERO if none_word else _half(prior_raw, prior)
        if prior - prior_half <= 0:
            yield Check("PR-PCT", name, "fail", "error",
                        f"第{page}页上年为0（{none_word or prior_raw + '万元'}），却称{word}{pct_raw}%；零基数的变动率没有意义，"
                        f"需人工复核", terms, None, page, "text")
            continue
        up = word in ("增长", "上升", "增加")
        if now != prior and (now > prior) != up:
            continue  # a direction that contradicts the amounts is PR-DIR's finding, not a rate's
        bounds = pct_interval(abs(now - prior), _half(now_raw, now) + prior_half, prior, prior_half)
        half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(pct_raw)
        if bounds is None:
            continue
        low, high = bounds
        if low - half_p <= stated <= high + half_p:
            yield Check("PR-PCT", name, "pass", "error", f"本年{now_raw}万元、上年{prior_raw}万元，变动率{pct_raw}%相符",
                        terms, None, page, "text")
            continue
        actual = abs(now - prior) / prior * 100
        off = min(abs(stated - low), abs(stated - high))
        yield Check("PR-PCT", name, "fail", "error" if off > 1 else "warning",
                    f"第{page}页本年{now_raw}万元、上年{prior_raw}万元，变动率应约为{actual:.2f}%，而文中为{word}{pct_raw}%；"
                    f"两处披露不能同时成立，需人工复核", terms, None, page, "text")


def actual_before(result: ParsedDisclosure, view: Text, sentence: re.Match[str], text: str, before: str) -> set[str]:
    """“…支出决算A万元，占…。年初预算B万元，完成年初预算的P%”: a sentence that opens on the budget has no subject of its
    own and goes on about the actual the sentence before it states (that one naming no budget). In a 决算 the amount
    that sentence says was spent (“财政拨款支出A万元”) is the actual when it names no 决算 word."""
    if not (_BUDGET.match(text) and sentence.start() > 0 and view.text[sentence.start() - 1] == "。"):
        return set()
    actuals = _actuals_of_subject(result, before)
    opening = sentence.start() - 1 - len(before)
    if len(actuals) != 1 and before.startswith("其中") and opening > 0 and view.text[opening - 1] == "。":
        # “…支出A万元，比上年…。其中基本支出…，项目支出…。年初预算B万元…”: a 其中 sentence only splits the sentence
        # before it, whose subject the budget sentence goes on about
        actuals = _actuals_of_subject(result, _sentence_ending_at(view.text, opening - 1))
    return actuals


def _actuals_of_subject(result: ParsedDisclosure, before: str) -> set[str]:
    """The actuals a sentence naming no budget prints: named 决算, else (in a 决算) what it says was spent."""
    if _BUDGET.search(before):
        return set()
    actuals = {m.group(1) for m in _ACTUAL.finditer(before)}
    if not actuals and result.kind == "决算":
        actuals = {m.group(1) for m in SPENT.finditer(before)}
    return actuals


def _sentence_ending_at(text: str, end: int) -> str:
    """The sentence whose stop is at `end` (a `_SENTENCE` stops at 。；; or a line break)."""
    opening = max(text.rfind(stop, 0, end) for stop in "。；;\n") + 1
    return text[opening:end]


def sentences_with(pattern: re.Pattern[str], view: Text,
                   holding: str = "") -> Iterator[tuple[re.Match[str], str, str, re.Match[str]]]:
    """(sentence, its text, the sentence before's text, `pattern`'s first match in it) for each sentence it matches;
    read once per text and pattern (several rules ask for the sentences with a rate). `holding`: a word every match of
    `pattern` holds (“%” for a rate); a sentence without it is not searched."""
    key = ("sentences with", pattern.pattern)
    if key not in view._cache:
        found_in: list[tuple[re.Match[str], str, str, re.Match[str]]] = []
        previous = ""
        for sentence in _SENTENCE.finditer(view.text):
            text, before, previous = sentence.group(0), previous, sentence.group(0)
            found = pattern.search(text) if holding in text else None
            if found is not None:
                found_in.append((sentence, text, before, found))
        view._cache[key] = found_in
    yield from view._cache[key]


def budgets_and_actuals(words: str) -> tuple[set[str], set[str]]:
    """The budget amounts and the actual amounts `words` print (as printed)."""
    return ({m.group(1) or m.group(2) for m in _BUDGET.finditer(words)},
            {m.group(1) for m in _ACTUAL.finditer(words)})


@text_rule
def execution_rate(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“预算为B万元，决算为A万元，完成预算的P%” within one sentence: P must lie in A / B's interval. Runs only when the
    sentence names exactly one budget amount and one actual amount."""
    name = "预算完成率与预算数、决算数一致"
    for sentence, text, before, rate in sentences_with(_RATE, view, "%"):
        pair = _rate_pair(result, view, sentence, text, before, rate)
        if pair is None:
            continue
        check = _rate_check(name, view.page_at(sentence.start()), text, *pair, rate.group("pct"))
        if check is not None:
            yield check


@text_rule
def rates_naming_their_budgets(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“…支出决算A万元，完成年初预算B1万元的P1%，完成调整预算B2万元的P2%”: a sentence with two budgets is no single
    pair for `execution_rate`, but each rate printing its own budget is A over that budget. Read only when the
    sentence prints one actual before its first rate and every rate names its budget's amount."""
    name = "预算完成率与预算数、决算数一致"
    for sentence in _SENTENCE.finditer(view.text):
        text = sentence.group(0)
        if "完成" not in text and "为" not in text:
            continue
        rates = list(_RATE.finditer(text))
        if len(rates) < 2 or any(not (rate.group(1) or rate.group(2)) for rate in rates):
            continue
        actuals = {m.group(1) for m in _ACTUAL.finditer(text, 0, rates[0].start())}
        if len(actuals) != 1:
            continue
        actual_raw, page = actuals.pop(), view.page_at(sentence.start())
        for rate in rates:
            check = _rate_check(name, page, text, rate.group(1) or rate.group(2), actual_raw, rate.group("pct"))
            if check is not None:
                yield check


def _rate_pair(result: ParsedDisclosure, view: Text, sentence: re.Match[str], text: str, before: str,
               rate: re.Match[str]) -> tuple[str, str] | None:
    """(budget, actual) as printed for the rate of one sentence; None unless exactly one of each is found."""
    budgets, actuals = budgets_and_actuals(text)
    if not actuals and len(budgets) == 1:
        actuals = actual_before(result, view, sentence, text, before)
    if not actuals and len(budgets) == 1 and result.kind == "决算":
        # “一般公共预算财政拨款支出A万元，年初预算B万元，完成年初预算的P%”: in a 决算 the amount spent is the actual
        spans = [m.span() for m in _BUDGET.finditer(text)]
        actuals = {m.group(1) for m in SPENT.finditer(text)
                   if m.start() < rate.start() and not any(a <= m.start() < b for a, b in spans)}
    if not actuals and len(budgets) == 1 and result.kind == "决算":
        actuals = _subject_printed_before(view, sentence, text, rate)
    if len(budgets) != 1 or len(actuals) != 1:
        return None
    return budgets.pop(), actuals.pop()


_RATE_SUBJECT = re.compile(r"(?:(?:19|20)\d\d年度?)?([^\d,，。；;:：、%]{2,24}?(?:支出|经费))(?:决算数?)?$")


def _subject_printed_before(view: Text, sentence: re.Match[str], text: str, rate: re.Match[str]) -> set[str]:
    """“…财政拨款支出911.44万元，…。财政拨款支出为年初预算825.36万元的110.43%”: a rate whose subject is named with no
    amount is of that subject's amount printed in the sentences just before (its last printing there, not last year's
    and not a narrower fund's of the same words)."""
    named = _RATE_SUBJECT.search(text, 0, rate.start())
    if named is None or named.end() != rate.start():
        return set()
    label = named.group(1)
    pattern = re.compile(rf"{re.escape(label)}(?:决算)?数?(?:为|是|共)?{NUM}万元")
    found = []
    for printed in pattern.finditer(view.text, max(0, sentence.start() - 300), sentence.start()):
        lead = view.text[max(0, printed.start() - 3):printed.start()]
        if re.search(r"上年度?$|去年$", lead) or (re.search(r"(?:预算|基金)$", lead) and not label.startswith(("一般", "政府性"))):
            continue
        found.append(printed.group(1))
    return {found[-1]} if found else set()


# “决算数大于预算数” and its wordings, after a completion rate: the comparison the rate's amounts must bear out
_COMPARISON = re.compile(r"决算(?:数|支出)?(?:(大于|高于|超过|超出|小于|低于|等于)(?:年初|调整后?的?)?预算|与(?:年初)?预算数?持平)")
_COMPARISON_SENSE = {"大于": 1, "高于": 1, "超过": 1, "超出": 1, "小于": -1, "低于": -1, "等于": 0, None: 0}  # None: 持平
_SENSE_WORD = {1: "大于", -1: "小于", 0: "等于"}


@text_rule
def comparison_after_rate(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“年初预算B万元，支出决算A万元，完成年初预算的P%，决算数大于预算数”: when P agrees with A / B, the amounts and
    the rate are two printings that settle the comparison, so a 大于/小于/等于 word against them is an error
    (CHECKS.md PR-PCT: a wrong direction). A rate that disagrees is PR-RATE's finding; nothing is said here."""
    name = "决算数与预算数的比较表述与数字一致"
    for sentence, text, before, rate in sentences_with(_RATE, view, "%"):
        word = _COMPARISON.search(text, rate.end()) or _opening_comparison(view.text, sentence.end())
        pair = _rate_pair(result, view, sentence, text, before, rate) if word else None
        if word is None or pair is None:
            continue
        page = view.page_at(sentence.start())
        rated = _rate_check(name, page, text, *pair, rate.group("pct"))
        if rated is None or rated.outcome != "pass":
            continue
        budget, actual = to_decimal(pair[0]), to_decimal(pair[1])
        truth = (actual > budget) - (actual < budget)  # type: ignore[operator]
        said, shown = _COMPARISON_SENSE[word.group(1)], _SENSE_WORD[truth]
        if said == truth:
            yield Check("PR-DIR", name, "pass", "error", f"决算{pair[1]}万元{shown}预算{pair[0]}万元，与“{word.group(0)}”相符",
                        rated.figures, None, page, "text")
            continue
        yield Check("PR-DIR", name, "fail", "error", f"第{page}页称“{word.group(0)}”，而支出决算{pair[1]}万元{shown}"
                    f"预算{pair[0]}万元（完成{rate.group('pct')}%）；表述与数字矛盾，需人工复核", rated.figures, None, page, "text")


def _opening_comparison(text: str, end: int) -> re.Match[str] | None:
    """“…决算完成年初预算的P%。决算数大于预算数，主要是…”: the comparison that opens the next sentence, with no subject
    of its own, is of the amounts the sentence before rated."""
    if not text.startswith("。", end):
        return None
    at = end + 1
    while at < len(text) and text[at] in " \n":
        at += 1
    return _COMPARISON.match(text, at)


# the budget a rate is about: the one passed at the start of the year, or the one adjusted during it
_BUDGET_KINDS = {"年初": re.compile(r"年初预算"), "调整": re.compile(r"调整后?的?预算|全年预算")}


@text_rule
def item_execution_rate(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“…公务接待费支出决算A万元，完成年初预算的P%”: in a 决算, a clause giving an item's actual and its rate but not its
    budget is checked against the budget the parser set beside that very actual (a 附表's 预算数 column, or the words
    elsewhere). Several such clauses may share a sentence. Not run when the document names both a 年初 and an adjusted
    budget while the rate names no kind, or names the kind the stored budget may not be (the table keeps one)."""
    if result.kind != "决算":
        return
    name = "单项预算完成率与预算数、决算数一致"
    for sentence in _SENTENCE.finditer(view.text):
        text, start = sentence.group(0), 0
        for rate in _RATE.finditer(text):
            clause, start = text[start:rate.end()], rate.end()  # the rate's own words may name its budget
            actuals = _item_actuals(clause)
            if _BUDGET.search(clause) or len(actuals) != 1 or not _one_budget_kind(view.text, rate.group(0)):
                continue
            actual_raw = actuals.pop()
            budget = _budget_beside(result, text, actual_raw)
            if budget is None:
                continue
            check = _rate_check(name, view.page_at(sentence.start()), text, _printed_like(budget, actual_raw),
                                actual_raw, rate.group("pct"))
            if check is not None:
                yield check


def _item_actuals(clause: str) -> set[str]:
    """The actuals a 决算 clause before a rate prints: named 决算/实际支出 (“决算10.30万元”), else named 支出
    (“公务接待费支出10.30万元”), else its only amount (“公务接待费10.30万元”)."""
    for pattern in (_ACTUAL, SPENT, _AMOUNT_IN_WORDS):
        found = {m.group(1) for m in pattern.finditer(clause)}
        if found:
            return found
    return set()


def _one_budget_kind(text: str, rate_words: str) -> bool:
    """Whether the budget a rate is read against can only be the one the rate names: the document names no other kind
    (a rate naming none needs the document to name at most one)."""
    named = next((kind for kind, pattern in _BUDGET_KINDS.items() if pattern.search(rate_words)), None)
    others = {kind for kind, pattern in _BUDGET_KINDS.items() if kind != named and pattern.search(text)}
    return not others if named else len(others) <= 1


def _budget_beside(result: ParsedDisclosure, sentence: str, actual_raw: str) -> Decimal | None:
    """The budget kept beside the resolved figure read from this sentence's actual; None when no figure, or two
    figures with different budgets, fit."""
    actual, words = to_decimal(actual_raw), _squeezed(sentence)
    budgets = {f.budget for f in result.figures.values()
               if f.value == actual and f.budget is not None and f.period == "本年" and f.origin == "prose"
               and f.source and _squeezed(f.source) in words}
    return budgets.pop() if len(budgets) == 1 else None


def _squeezed(words: str) -> str:
    """Words without punctuation or spaces, full-width folded: a figure's cited source against the page's text."""
    return re.sub(r"[\W_]", "", unicodedata.normalize("NFKC", words))


def _printed_like(value: Decimal, raw: str) -> str:
    """A stored amount as printed beside `raw` (a 决算 table prints its 预算数 and 决算数 columns alike)."""
    places = max(printed_decimals(raw), -min(0, value.normalize().as_tuple().exponent))  # type: ignore[operator]
    return f"{value:.{places}f}"


def _rate_check(name: str, page: int, source: str, budget_raw: str, actual_raw: str, pct_raw: str) -> Check | None:
    """PR-RATE: a stated completion rate P must lie in the interval the printed actual A / budget B allows (CHECKS.md
    §0.2 rule 7); a warning when it misses by at most 1 point, an error beyond, an error on a zero budget."""
    budget, actual, stated = to_decimal(budget_raw), to_decimal(actual_raw), to_decimal(pct_raw)
    if budget is None or actual is None or stated is None:
        return None
    terms = [{"label": "预算数", "value": budget_raw, "page": page, "source": source},
             {"label": "决算数", "value": actual_raw}, {"label": "所称完成率", "value": pct_raw + "%"}]
    bounds = pct_interval(actual, _half(actual_raw, actual), budget, _half(budget_raw, budget))
    if bounds is None:
        return Check("PR-RATE", name, "fail", "error", f"第{page}页预算数为0，却称完成预算的{pct_raw}%，需人工复核",
                     terms, None, page, "text")
    half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(pct_raw)
    low, high = bounds
    if low - half_p <= stated <= high + half_p:
        return Check("PR-RATE", name, "pass", "error", f"决算{actual_raw}万元/预算{budget_raw}万元，完成率{pct_raw}%相符",
                     terms, None, page, "text")
    computed = actual / budget * 100
    off = min(abs(stated - low), abs(stated - high))
    return Check("PR-RATE", name, "fail", "error" if off > 1 else "warning",
                 f"第{page}页决算{actual_raw}万元/预算{budget_raw}万元={computed:.2f}%，而文中称完成{pct_raw}%；"
                 f"两处披露不能同时成立，需人工复核", terms, None, page, "text")


# a completion rate's budget and actual with the unit each is printed in (元 or 万元)
_BUDGET_IN_UNIT = re.compile(rf"(?<!完成)(?:年初|调整后?)?预算(?:数)?(?:为|是)?{NUM}(万元|元)")
_ACTUAL_IN_UNIT = re.compile(rf"(?<!上年)(?<!去年)(?<!上年度)(?<!上一年)(?:决算(?:支出)?(?:数)?|实际支出|执行数)(?:为|是)?"
                             rf"{NUM}(万元|元)")


@text_rule
def rate_across_units(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“支出决算为3,600.00元，年初预算4,000.00万元，完成年初预算的90.00%”: budget and actual printed in different
    units, with a rate that fits their bare numbers but not the converted amounts, say that one unit is a slip
    (CHECKS.md FM-UNIT-10K). A rate that fits the conversion (3,600元 of 0.40万元) is a plain change of unit."""
    for sentence, text, _, rate in sentences_with(_RATE, view, "%"):
        budgets = list(_BUDGET_IN_UNIT.finditer(text, 0, rate.start()))
        actuals = list(_ACTUAL_IN_UNIT.finditer(text, 0, rate.start()))
        if len(budgets) != 1 or len(actuals) != 1 or budgets[0].group(2) == actuals[0].group(2):
            continue
        (budget_raw, budget_unit), (actual_raw, actual_unit) = budgets[0].groups(), actuals[0].groups()
        pct_raw, page = rate.group("pct"), view.page_at(sentence.start())
        bare = _rate_check("", page, text, budget_raw, actual_raw, pct_raw)
        if bare is None or bare.outcome != "pass":
            continue  # a rate the bare numbers miss too is PR-RATE's finding (or none at all)
        actual, budget, stated = (to_decimal(raw) for raw in (actual_raw, budget_raw, pct_raw))
        converted = actual * UNIT_FACTOR[actual_unit] / (budget * UNIT_FACTOR[budget_unit])  # type: ignore[operator]
        if abs(converted * 100 - stated) <= 1:  # type: ignore[operator]
            continue
        yield Check("FM-UNIT-10K", "金额单位疑似相差一万倍", "fail", "error",
                    f"第{page}页决算{actual_raw}{actual_unit}、预算{budget_raw}{budget_unit}，按所称完成{pct_raw}%只有两数同一单位"
                    f"才成立；疑为元与万元混用，需人工复核", bare.figures, None, page, "text")


# “其中住房公积金76.71元” in a document whose table prints 住房公积金 at 76.71 (万元): the same digits under the same
# name, once in 元 and once in 万元, are one amount with a wrong unit (no real amount is ten thousand times another
# to the cent)
_IN_YUAN = re.compile(r"(?<![\d,.])(\d[\d,]*\.\d{1,2})元(?![/每])")
_YUAN_LABEL = re.compile(r"([一-龥]{2,16}?)(?:支出|决算|预算)?(?:数)?(?:为|是|共|共计|合计)?$")
# an amount's whole that is most often equal to it (CHECKS.md TT-OPC-ECON: 机关运行经费 ≤ 公用经费)
_WHOLE_OF = {"机关运行经费": ("公用经费",)}
_LABEL_LEAD = re.compile(r"^(?:其中|另外|此外|包括|含|以及|本年度?|全年|(?:19|20)\d\d年度?)+")


@text_rule
def amount_in_yuan_printed_in_wan(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """FM-UNIT-10K: an amount the words give in 元 whose name and digits a table in 万元 (or another sentence in 万元)
    prints too: one of the two units is a slip, the 元 one as a rule."""
    spans = None
    for found in opened_at(_IN_YUAN, view.text, number_before(view.text, "元", gap=0)):  # the amount, then 元
        named = _YUAN_LABEL.search(view.text, max(0, found.start() - 20), found.start())
        label = _LABEL_LEAD.sub("", named.group(1)) if named else ""
        if named and named.start() and view.text[named.start() - 1].isdigit():
            label = re.sub(r"^年度?", "", label)  # “2020年机关运行经费…”: the year's digits stop the name's reading
        if len(label) < 3:
            continue
        raw, value = found.group(1), to_decimal(found.group(1))
        if not value:
            continue
        page = view.page_at(found.start())
        # “住房公积金(项)。年初预算76.71万元，支出决算76.71万元”: a 科目's paragraph opens on its name and its level
        other = re.search(rf"{re.escape(label)}(?:[(（][类款项][)）][。：:]?)?[^\d。；;]{{0,12}}?(?<![\d,.]){re.escape(raw)}万元",
                          view.text)
        named_there = label
        for whole in () if other else _WHOLE_OF.get(label, ()):
            # the whole the amount is part of, printed with the same digits in 万元 (机关运行经费 is the basic 公用经费
            # of the units in scope, and most often all of it): the 元 one is the slip
            other = re.search(rf"(?<!机关运行){whole}[^\d。；;]{{0,12}}?(?<![\d,.]){re.escape(raw)}万元", view.text)
            if other:
                named_there = whole
                break
        where = view.page_at(other.start()) if other else None
        if other is None:
            if spans is None:
                spans = [(s, table_unit(view, s)) for s in table_spans(view, result)]
            where = _table_row_with(spans, label, value)
        if where is None:
            continue
        terms = [{"label": label, "value": raw, "page": page, "source": view.text[named.start():found.end()]},  # type: ignore[union-attr]
                 {"label": f"第{where}页{label}", "value": raw}]
        yield Check("FM-UNIT-10K", "金额单位疑似相差一万倍", "fail", "error",
                    f"第{page}页“{label}{raw}元”以元为单位，而第{where}页"
                    f"{'同一项目' if named_there == label else named_there}为{raw}万元，两者相差一万倍；"
                    f"疑为元与万元混用，需人工复核", terms, None, page, "text")


def _table_row_with(spans: list, label: str, value: Decimal) -> int | None:
    """The page of a table in 万元 with a row named `label` (after its code) whose first amount is `value`; a group's
    total row ("公用经费合计" of a 基本支出 table) is named by the group."""
    row = re.compile(rf"^\d{{0,7}}\s*{re.escape(label)}(?:合计|小计)?\s*(\d[\d,.\s]*)$")
    for span, unit in spans:
        if unit != "万元":
            continue
        for line in span.body:
            found = row.match(line)
            cells = _row_cells(found.group(1).replace(" ", "")) if found else None
            if cells and cells[0][0] == value:
                return span.first
    return None


# two completion rates in one breath: “…，分别为年初预算和调整预算的P%和Q%”, each rate in the order its budget is named
_BUDGET_NAME = r"(年初预算|调整后?的?预算|全年预算)(?:数)?"
_PAIRED_RATES = re.compile(rf"分别(?:为|是|完成|占|达到)?了?{_BUDGET_NAME}(?:和|与|及|、){_BUDGET_NAME}的"
                           rf"(\d+(?:\.\d+)?)%(?:和|与|及|、|,|，)(\d+(?:\.\d+)?)%")
_PAIRED_ANCHOR = re.compile(r"分别")


def _kind_of(words: str) -> str:
    return "年初" if "年初" in words else "调整"


@text_rule
def paired_execution_rates(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“年初预算B1万元，调整预算B2万元，决算A万元，分别为年初预算和调整预算的P1%和P2%”: each rate is A over the budget
    named in its place (PR-RATE). Read only when the sentence prints one actual and one amount for each budget named."""
    if result.kind != "决算":
        return
    name = "预算完成率与预算数、决算数一致"
    for match in anchored(_PAIRED_RATES, _PAIRED_ANCHOR, view.text, before=0, after=60):
        first, second, p1, p2 = match.groups()
        if _kind_of(first) == _kind_of(second):
            continue
        start = max(view.text.rfind("。", 0, match.start()), view.text.rfind("\n", 0, match.start()),
                    match.start() - 200) + 1
        before = view.text[start:match.start()]
        actuals = {m.group(1) for m in _ACTUAL.finditer(before)}
        budgets: dict[str, set[str]] = {"年初": set(), "调整": set()}
        for found in re.finditer(rf"(年初|调整后?的?|全年)预算(?:数)?(?:为|是)?{NUM}万元", before):
            budgets[_kind_of(found.group(1))].add(found.group(2))
        if len(actuals) != 1 or any(len(amounts) != 1 for amounts in budgets.values()):
            continue
        actual_raw, page = actuals.pop(), view.page_at(match.start())
        source = view.text[start:match.end()][-200:]
        b1, b2 = (next(iter(budgets[_kind_of(words)])) for words in (first, second))
        checks = [_rate_check(name, page, source, b1, actual_raw, p1), _rate_check(name, page, source, b2, actual_raw, p2)]
        if any(check is None for check in checks):
            continue
        swapped = [_rate_check(name, page, source, b1, actual_raw, p2), _rate_check(name, page, source, b2, actual_raw, p1)]
        if all(c.outcome == "fail" for c in checks) and all(c is not None and c.outcome == "pass" for c in swapped):
            # each rate fits the other budget: one finding, the two rates printed in each other's place
            yield Check("PR-RATE", name, "fail", "error",
                        f"第{page}页决算{actual_raw}万元，{_kind_of(first)}预算{b1}万元、{_kind_of(second)}预算{b2}万元，"
                        f"完成率应分别约为{p2}%和{p1}%，文中写成{p1}%和{p2}%，两个比率疑似对调，需人工复核",
                        checks[0].figures + checks[1].figures[:1] + checks[1].figures[2:], None, page, "text")
            continue
        for words, check in zip((first, second), checks):
            if check.outcome == "fail":
                check.message = check.message.replace("预算", f"{_kind_of(words)}预算", 1)
            yield check
