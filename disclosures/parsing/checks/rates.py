"""Percentages and direction words (PR-PCT, PR-SHARE, PR-DIR): a stated rate or share against the amounts it is of,
and 增加/减少 against the sign of the change it names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator

from ..patterns import PRIOR_GAP
from ..types import Check, ParsedDisclosure
from .core import ZERO, from_amounts, near_literal, opened_at, pct_interval
from .text import NUM, Text, printed_decimals, text_rule, to_decimal


# ---- percentages and direction words ----------------------------------------------------------------------------

# “较上一年度决算数多出D万元，增幅为P%”: the prior year named in full, with its kind of figure
_COMPARED = re.compile(r"(?:与|比|较)(?:上年|上一年度?|\d{4}年度?)(?:(?:决算|预算)数?(?![\d.数]))?(?:相比)?[,，]?")
# a 决算 may print its amounts in 元 (“支出总计19,959,808.66元。与2022年度相比，…增加2,117,193.36元，增长10.61%”): the
# amount and its change are read in the unit they share (_shared_unit), never across two units
_YUAN = r"(?:万元|元)"
# “…支出1,533.61万元，占本年支出合计的98.85%。与上年相比增加…”: a comparison opening its own sentence after the
# amount's share of a larger total speaks of that amount (within one sentence, “X万元，占全县的0.5%，比上年…”, a
# figure between leaves the subject unclear: not read)
# “支出决算为19.99万元，完成预算的83.3%，比上年减少…”: the amount's completion rate between it and its comparison
_AMOUNT_BEFORE = re.compile(rf"{NUM}{_YUAN}(?:[,，]占[^。；;,，\d%]{{0,16}}?\d+(?:\.\d+)?%。"
                            r"|[,，]完成(?:了)?(?:年初|调整后?|全年)?预算(?:数)?的?\d+(?:\.\d+)?%[,，]|[。,，;；]?)$")
_CHANGE_AFTER = re.compile(rf"([^。\d]{{0,24}}?)(增加|减少|多出|少了|多|少){NUM}{_YUAN}[,，]?"
                           rf"(增长|下降|上升|减少|增加|增幅|降幅|涨幅|减幅)?(?:为|达)?{NUM}%")
# the words of a change and of its rate, each read as the plain word for its direction
_WAYS = {"多出": "增加", "多": "增加", "少了": "减少", "少": "减少"}
_RATE_WORDS = {"增幅": "增长", "涨幅": "增长", "降幅": "下降", "减幅": "下降"}


@dataclass(frozen=True)
class _ChangeAfter:
    """The change and its rate after a comparison (“多出…，增幅为…” read as 增加/增长)."""

    lead: str  # the words between the comparison and the change
    way: str  # 增加 or 减少
    delta: str  # as printed
    delta_end: int  # where the change's number ends (its unit follows)
    rate_word: str | None  # 增长, 下降… as the plain word
    rate: str  # as printed
    end: int


def _change_after(text: str, pos: int) -> _ChangeAfter | None:
    found = _CHANGE_AFTER.match(text, pos)
    if found is None:
        return None
    rate_word = found.group(4)
    return _ChangeAfter(found.group(1), _WAYS.get(found.group(2), found.group(2)), found.group(3), found.end(3),
                        _RATE_WORDS.get(rate_word, rate_word) if rate_word else None, found.group(5), found.end())
# “收入预算248.62万元，全部为一般公共预算拨款，比上年…”: a clause or two of words (no figure) between the amount
# and its comparison leave the amount the sentence's subject
_AMOUNT_BEFORE_ASIDE = re.compile(rf"{NUM}{_YUAN}[,，](?:[^。；;,，\d%]{{2,20}}[,，]){{1,2}}$")
_PRIOR_NAMED = re.compile(rf"的?(?:预算数?|执行数|决算数|支出)?{NUM}万元[,，]?")  # “比上年16.00万元减少…”: the base, named


@dataclass
class _Joined:
    """The groups of “X万元。与Y年相比，…减少D万元，下降P%” read around its anchor."""

    value: str
    words: str
    way: str
    delta: str
    word: str | None
    pct: str
    at: int

    def group(self, i: int) -> str:
        if i == 0:
            return f"{self.value}万元…{self.way}{self.delta}万元，{self.word or ''}{self.pct}%"
        return [self.value, self.words, self.way, self.delta, self.word, self.pct][i - 1]  # type: ignore[return-value]

    def start(self) -> int:
        return self.at


def _unit_after(text: str, at: int) -> str:
    """The unit printed right after the number ending at `at`: 万元 or 元."""
    return "万元" if text.startswith("万元", at) else "元"


def _sentence_subject(text: str, nearest: re.Match[str], anchor: int, after: _ChangeAfter) -> re.Match[str]:
    """“…3.45万元，其中…接待费1.30万元。与上年相比减少0.55万元，下降13.75%”: a comparison opening its own sentence
    speaks of the previous sentence's subject, not of its last amount. Of that sentence's amounts, the first whose
    implied base gives the stated rate (the total, as a rule); the nearest when none does (then the rule fails)."""
    opening = max(text.rfind("。", 0, nearest.start()), text.rfind("；", 0, nearest.start()),
                  text.rfind(";", 0, nearest.start())) + 1
    delta, stated = to_decimal(after.delta), to_decimal(after.rate)
    if delta is None or stated is None:
        return nearest
    for candidate in re.finditer(rf"{NUM}{_unit_after(text, nearest.end(1))}", text[:anchor]):
        if candidate.start() < opening:
            continue
        value = to_decimal(candidate.group(1))
        if value is None:
            continue
        prior = value - delta if after.way == "增加" else value + delta
        if prior > 0 and abs(delta / prior * 100 - stated) <= Decimal("0.5") * Decimal(10) ** -printed_decimals(after.rate) \
                + Decimal("0.05"):
            return candidate
    return nearest


_OWN_YEAR = re.compile(r"^(?:(?:19|20)\d\d年度?|本年度?|全年|当年|本部门|本单位|我单位|我部门|[(（]?[一二三四五六七八九十\d]+[、.)）])*")
_TOTAL_SUFFIX = re.compile(r"(?:预算|决算)?(?:合计|总计|总额)?(?:数)?(?:为|是)?")


def _named_subject(text: str, anchor: int, after: _ChangeAfter) -> re.Match[str] | None:
    """“…合计1,004.26万元，其中：…。收入预算比上年增加62.08万元，增长10.59%” or “…支出2,167.18万元，占…%。与上年相比，
    一般公共预算财政拨款支出增加154.53万元，增长9.76%”: a comparison that names its subject (before the 比上年 or
    after the 与上年相比) is read against the amount this or the previous sentence gives that very subject (its
    label, without a year or 合计, is the subject). None when the subject is not named or has no such amount."""
    clause = max(text.rfind(stop, 0, anchor) for stop in "。；;，,：:") + 1
    lead = text[clause:anchor]
    subject = lead if lead else after.lead.strip("，,、 ")
    subject = _OWN_YEAR.sub("", subject)
    if len(subject) < 4 or re.search(r"[\d%万元]", subject):
        return None
    stops = [i for i in (text.rfind(stop, 0, clause) for stop in "。；;") if i >= 0]
    opening = max(stops) if stops else -1
    if opening == clause - 1:  # the comparison opens its sentence: the previous one names the amount
        earlier = [i for i in (text.rfind(stop, 0, opening) for stop in "。；;") if i >= 0]
        opening = max(earlier) if earlier else -1
    candidates = []
    for found in re.finditer(rf"{NUM}万元", text[:clause]):
        if found.start() <= opening:
            continue
        head = max(text.rfind(stop, 0, found.start()) for stop in "。；;，,：:、") + 1
        # the label ends with the subject (and 合计…), after a year, a heading's number or nothing at all
        label = text[head:found.start()]
        if re.search(rf"(?:^|(?<=[年度门位）)、]))(?:全年|当年)?{re.escape(subject)}{_TOTAL_SUFFIX.pattern}$", label):
            candidates.append(found)
    return candidates[0] if candidates else None


def _printed_as_prior(text: str, amount: re.Match[str]) -> bool:
    """Whether an amount's label says it is last year's (“上年决算数为Y万元”): never this year's value."""
    return PRIOR_GAP.search(text, max(0, amount.start() - 16), amount.start()) is not None


_SUBJECT_NOUN = re.compile(r"收入|支出|经费|合计|总计|拨款")


def _change_subject(text: str, anchor: int, words: str) -> re.Match[str] | None:
    """The amount of the subject a change clause names (“本年收入合计增加182.40万元” after “本年收入合计2,148.66万元”):
    its last printing a few sentences back, so that the change is not read against another total printed nearer."""
    subject = words.strip(",，:： ")
    if len(subject) < 2 or not _SUBJECT_NOUN.search(subject):
        return None
    pattern = re.compile(rf"{re.escape(subject)}{_TOTAL_SUFFIX.pattern}(?:共|达)?{NUM}万元")
    found = list(pattern.finditer(text, max(0, anchor - 400), anchor))
    return found[-1] if found else None


@text_rule
def pr_pct(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“X万元。与Y年相比，…减少D万元，下降P%”: P = D / (X ∓ D); a zero base with a growth rate is an error."""
    for anchor in _COMPARED.finditer(view.text):
        before = (_AMOUNT_BEFORE.search(view.text, max(0, anchor.start() - 60), anchor.start())
                  or _AMOUNT_BEFORE_ASIDE.search(view.text, max(0, anchor.start() - 60), anchor.start()))
        named = _PRIOR_NAMED.match(view.text, anchor.end())
        after = _change_after(view.text, named.end() if named else anchor.end())
        if not after:
            continue
        if before is not None and named is None and _printed_as_prior(view.text, before):
            continue  # “X万元，上年决算数为Y万元，比上年…”: both years beside the change, read by rate_after_both_years
        own = None if named else _change_subject(view.text, anchor.start(), after.lead)
        by_subject = before is None and own is None
        if own is not None:
            before = own  # “与上年相比，本年收入合计增加D万元”: the change names its subject, read against that amount
        elif by_subject:
            before = _named_subject(view.text, anchor.start(), after)
            if not before:
                continue
        elif not named and re.search(r"[。；;]", view.text[before.start():anchor.start()]):
            before = _sentence_subject(view.text, before, anchor.start(), after)
        unit = _unit_after(view.text, after.delta_end)
        if _unit_after(view.text, before.end(1)) != unit or (named and unit != "万元"):
            continue  # “X万元 … 增加D元”: the change is not this amount's
        match = _Joined(before.group(1), after.lead, after.way, after.delta, after.rate_word, after.rate,
                        before.start())
        value, delta, stated = to_decimal(match.group(1)), to_decimal(match.group(4)), to_decimal(match.group(6))
        if value is None or delta is None or stated is None:
            continue
        page = view.page_at(match.start())
        up = match.group(3) == "增加"
        prior = value - delta if up else value + delta
        stated_prior = to_decimal(named.group(1)) if named else None
        if stated_prior is not None:
            prior = stated_prior  # the sentence names its base: the rate is read against it (CHECKS.md PR-PCT)
        terms = [{"label": "本年", "value": match.group(1), "page": page}, {"label": "变动额", "value": match.group(4)},
                 {"label": "所称变动率", "value": match.group(6) + "%"}]
        word = match.group(5)
        name = "变动率与变动额一致"
        if word and (word in ("增长", "上升", "增加")) != up:
            rise = None if named else _direction_of_rate(match.group(1), match.group(4), match.group(6))
            wrong = None if rise is None else match.group(3) if rise != up else word  # the word the rate contradicts
            yield Check("PR-DIR", "增减表述与数字方向一致", "fail", "warning" if wrong is None else "error",
                        f"同一句中称“{match.group(3)}{match.group(4)}{unit}”又称“{word}{match.group(6)}%”，方向矛盾"
                        + (f"；按变动率推算，“{wrong}”一词与数字不符" if wrong else ""), terms, None, page, "text")
            continue
        half_v = Decimal("0.5") * Decimal(10) ** -printed_decimals(match.group(1)) if value else ZERO
        half_d = Decimal("0.5") * Decimal(10) ** -printed_decimals(match.group(4)) if delta else ZERO
        base_half = half_v + half_d
        if stated_prior is not None:
            base_half = Decimal("0.5") * Decimal(10) ** -printed_decimals(named.group(1)) if prior else ZERO  # type: ignore[union-attr]
            terms.insert(1, {"label": "上年", "value": named.group(1)})  # type: ignore[union-attr]
        if prior < 0:
            continue  # a base below zero cannot be: the change was paired with another amount than its subject's
        bounds = pct_interval(delta, half_d, prior, base_half)
        if bounds is None:
            yield Check("PR-PCT", name, "fail", "error", f"上年数推算为{prior}{unit}（零基数），却称变动{stated}%，需人工复核",
                        terms, None, page, "text")
            continue
        half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(match.group(6))
        low, high = bounds
        if low - half_p <= stated <= high + half_p:
            yield Check("PR-PCT", name, "pass", "warning", f"变动{delta}{unit}、上年约{prior}{unit}，变动率{stated}%相符",
                        terms, None, page, "text")
            continue
        actual = delta / prior * 100
        off = min(abs(stated - low), abs(stated - high))
        yield Check("PR-PCT", name, "fail", "error" if off > 1 else "warning",
                    f"本年{value}{unit}、变动{match.group(3)}{delta}{unit}，{'上年' if stated_prior is not None else '推算上年'}{prior}{unit}，变动率应约为{actual:.2f}%，"
                    f"而文中为{stated}%；两处披露不能同时成立，需人工复核", terms, None, page, "text")


def _direction_of_rate(value_raw: str, delta_raw: str, rate_raw: str) -> bool | None:
    """True (a rise) or False (a fall) when a rate fits exactly one reading of a change whose two direction words
    clash (“增加0.50万元，下降5.21%” of 9.10万元: 0.50 / 9.60 fits the fall, 0.50 / 8.60 not the rise): the numbers
    then say which word is wrong, a wrong direction rather than a loose wording (CHECKS.md PR-PCT)."""
    value, delta, stated = to_decimal(value_raw), to_decimal(delta_raw), to_decimal(rate_raw)
    if value is None or delta is None or stated is None:
        return None
    half_d = Decimal("0.5") * Decimal(10) ** -printed_decimals(delta_raw)
    half_base = Decimal("0.5") * Decimal(10) ** -printed_decimals(value_raw) + half_d
    half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(rate_raw)
    fits = []
    for prior in (value - delta, value + delta):
        bounds = pct_interval(delta, half_d, prior, half_base) if prior > 0 else None
        fits.append(bounds is not None and bounds[0] - half_p <= stated <= bounds[1] + half_p)
    return fits[0] if fits.count(True) == 1 else None


@text_rule
def pr_share(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“A万元，占P%” against the amount the sentence is a breakdown of (the one followed by 其中/主要用于)."""
    token = re.compile(rf"{NUM}万元(?=([,，:：]?(?:其中|主要用于)|[,，]占([^。;；%\d]{{0,14}}?)的?{NUM}%))")
    base: tuple[Decimal, str, int] | None = None
    last_stop = 0
    for match in from_amounts(token, view.text):
        if "。" in view.text[last_stop:match.start()]:
            base = _total_before(view, view.text.rfind("。", last_stop, match.start()), match.start())
        last_stop = match.end()
        amount = to_decimal(match.group(1))
        if amount is None:
            continue
        if match.group(2) is not None and match.group(4) is None:
            change = _CHANGE_BEFORE.search(view.text, max(0, match.start() - 24), match.start())
            if change is not None:
                # “合计3,412.41万元，比上年增加262.41万元，其中…占13.7%”: the breakdown is of the total the change
                # follows, never of the change itself; with no such total in the sentence there is no whole
                subject = _SUBJECT_BEFORE.search(view.text, max(0, change.start() - 40), change.start())
                value = to_decimal(subject.group(1)) if subject is not None else None
                base = (value, subject.group(1), view.page_at(subject.start())) \
                    if subject is not None and value is not None else None
                continue
            base = (amount, match.group(1), view.page_at(match.start()))
            continue
        named, stated = match.group(3), to_decimal(match.group(4))
        reference = base
        if named and _BUDGET_BASE.fullmatch(named.lstrip("的")):
            continue  # “占调整预算的99.3%”: the amount's own budget (a completion rate), not any 预算 the text names
        page = view.page_at(match.start())
        half = lambda raw, v: _half_step(raw) if v else ZERO  # noqa: E731
        if named:
            # “一般公共预算项目支出总额”: that fund's 项目支出 itself (a fund's part named so; never a bare “支出合计”)
            bare = re.sub(r"(?:总额|合计|总数)$", "", named.lstrip("的"))
            reference = _named(view, named) or (_named(view, bare) if _SCOPED_PART.fullmatch(bare) else None) \
                or _scoped_table_part(result, named)
            if reference is None and stated is not None:
                yield from _share_floor(result, named, match, amount, stated, page)
                continue
        elif reference is None:
            reference = _yi_whole(view, match.start()) or _split_whole(result, view, match.start()) \
                or _heading_whole(view, match.start()) \
                or _class_list_whole(result, view, match.start(), amount)
        if reference is None or stated is None or reference[0] <= 0:
            continue
        whole, whole_raw, _ = reference
        shown = whole_raw if whole_raw.endswith("亿元") else f"{whole_raw}万元"
        terms = [{"label": "分项", "value": match.group(1), "page": page},
                 {"label": "总额（亿元）", "value": whole_raw[:-2]} if whole_raw.endswith("亿元") else {"label": "总额", "value": whole_raw},
                 {"label": "所称占比", "value": match.group(4) + "%"}]
        if named and stated > 100 and amount > whole and not _NOT_A_WHOLE.search(named):
            # “占一般公共预算项目支出总额的106.5%”: a part of a whole is never more than all of it
            yield Check("PR-SHARE", "占比与金额一致", "fail", "error",
                        f"{match.group(1)}万元超过所称总额{whole_raw}万元，所称占比{stated}%超过100%，部分不能大于整体，需人工复核",
                        terms, None, page, "text")
            continue
        bounds = pct_interval(amount, half(match.group(1), amount), whole, half(whole_raw, whole))
        if bounds is None:
            continue
        half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(match.group(4))
        if bounds[0] - half_p <= stated <= bounds[1] + half_p:
            yield Check("PR-SHARE", "占比与金额一致", "pass", "warning", f"{match.group(1)}/{whole_raw}={amount / whole * 100:.2f}%，"
                        f"与所称{stated}%相符", terms, None, page, "text")
            continue
        off = min(abs(stated - bounds[0]), abs(stated - bounds[1]))
        yield Check("PR-SHARE", "占比与金额一致", "fail", "error" if off > 1 else "warning",
                    f"{match.group(1)}万元占{shown}应为{amount / whole * 100:.2f}%，文中为{stated}%，需人工复核",
                    terms, None, page, "text")


def _half_step(raw: str) -> Decimal:
    """Half the last printed digit of an amount in 万元; of one printed in 亿元 (“5.01亿元”), in 万元 too."""
    if raw.endswith("亿元"):
        return Decimal("0.5") * Decimal(10) ** -printed_decimals(raw[:-2]) * 10000
    return Decimal("0.5") * Decimal(10) ** -printed_decimals(raw)


# a whole printed in 亿元 that its breakdown follows in the same sentence (“支出合计5.01亿元，其中基本支出A万元，占P%”)
_YI_WHOLE = re.compile(rf"{NUM}亿元[,，:：]?(?=其中)")


def _yi_whole(view: Text, at: int) -> tuple[Decimal, str, int] | None:
    """The whole of a share when its sentence opens the breakdown after an amount in 亿元: that amount in 万元, quoted
    as printed (“5.01亿元”, whose half-step, 50万元, is the tolerance): the last such amount of the sentence before
    the share, read only when no whole in 万元 was found there first."""
    start = view.text.rfind("。", 0, at) + 1
    found = list(_YI_WHOLE.finditer(view.text, start, at))
    if not found:
        return None
    value = to_decimal(found[-1].group(1))
    if value is None or value <= 0:
        return None
    return value * 10000, f"{found[-1].group(1)}亿元", view.page_at(found[-1].start())


# a base a share may exceed: a budget, a prior year or a plan (“占上年的105%” compares, it does not split)
_NOT_A_WHOLE = re.compile(r"(?<!公共)预算(?:数)?$|上年|去年|上一年|计划|目标")
# “一般公共预算财政拨款支出决算中，A类万元，占P%”: a sentence opened by the whole its shares are of
_HEADING_WHOLE = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?:本部门|本单位)?([\u4e00-\u9fa5“”]{2,20}?支出)(?:决算|预算)?数?中[,，]")


def _heading_whole(view: Text, at: int) -> tuple[Decimal, str, int] | None:
    """A share that names no whole, in a sentence that opens on “X支出决算中，”: a share of X, its amount taken from
    where the words state it (“X支出5,558.15万元”); none when they never do."""
    start = max(view.text.rfind("。", 0, at), view.text.rfind("\n", 0, at)) + 1
    openings = list(_HEADING_WHOLE.finditer(view.text, start, at))
    if not openings or re.search(r"\d万元", view.text[start:openings[-1].start()]):
        return None  # (an amount before the opening: the sentence is not the breakdown of that whole)
    whole = re.sub(r"^(?:本年度?|年度|本部门|本单位|全年)+", "", openings[-1].group(1))
    found = re.search(re.escape(whole) + rf"(?:决算|预算)?(?:数)?(?:为)?{NUM}万元", view.text)
    value = to_decimal(found.group(1)) if found else None
    if found is None or value is None:
        return None
    return value, found.group(1), view.page_at(found.start())


# a function class right before its amount (“农林水支出1,623.50万元”, “城乡社区支出（类）545.33万元”)
_CLASS_BEFORE = re.compile(r"([\u4e00-\u9fa5]{2,24}?支出)(?:[(（]类[)）])?(?:预算|决算)?数?(?:为|是)?$")
_BY_FUNCTION = re.compile(r"功能(?:分类|科目)")
_CLASS_AMOUNT = re.compile(rf"([\u4e00-\u9fa5]{{2,24}}?支出)(?:[(（]类[)）])?(?:预算|决算)?数?(?:为|是)?{NUM}万元")


def _class_list_whole(result: ParsedDisclosure, view: Text, at: int,
                      amount: Decimal) -> tuple[Decimal, str, int] | None:
    """A share that names no whole, given to a function class of the list the words open with 按功能分类 (“按支出功能
    分类，主要安排：农林水支出A万元，占P%；…”): the list breaks down the spending of its funds, so the share is of that
    spending as the words state it (the parsed 支出合计, or the 一般公共预算 spending for a list of that fund). Taken
    only where the amount is one of the parser's class lines read from the words, and the total is spending of the
    same funds (in a 决算 not a 支出总计, which holds the year-end balance too)."""
    from .figures import _spending_of

    start = max(view.text.rfind("。", 0, at), view.text.rfind("\n", 0, at)) + 1
    sentence = view.text[start:at]
    opened = _BY_FUNCTION.search(sentence)
    named = _CLASS_BEFORE.search(view.text, max(start, at - 30), at)
    if opened is None or named is None or opened.start() > named.start():
        return None
    # the sentence must be the very list the parser read: the same classes with the same amounts (a later list of
    # one fund's classes may repeat an amount of the all-funds list)
    stop = view.text.find("。", at)
    listed = sorted((m.group(1), to_decimal(m.group(2))) for m in _CLASS_AMOUNT.finditer(
        view.text, start + opened.end(), stop if stop >= 0 else len(view.text)))
    lines = [line for line in result.expenditure_by_function if line.table is None]
    if listed != sorted((line.name, line.value) for line in lines) or (named.group(1), amount) not in listed:
        return None
    scopes = {line.fund_scope for line in lines}
    if len(scopes) != 1:
        return None
    scope = scopes.pop()
    key = {"全口径": "expenditure_total", "一般公共预算财政拨款": "general_budget_appropriation"}.get(scope)
    total = result.figures.get(key) if key else None
    if total is None or total.value is None or total.value <= 0 or total.origin != "prose" \
            or not _spending_of(total, scope, result.kind) or (result.kind == "决算" and "总计" in (total.source or "")):
        return None
    scale = total.display_scale if total.display_scale is not None else 2
    return total.value, f"{total.value:,.{scale}f}", total.page or 1


def _scoped_table_part(result: ParsedDisclosure, name: str) -> tuple[Decimal, str, int] | None:
    """“占一般公共预算项目支出总额的P%” the words never state apart: the 基本/项目 cell of that fund's own table (the
    一般公共预算财政拨款支出表's 合计 row), when one is read."""
    named = _SCOPED_PART.fullmatch(re.sub(r"(?:总额|合计|总数)$", "", name.lstrip("的")))
    if named is None or not named.group(1).startswith("一般公共预算"):
        return None
    metric = "basic_expenditure" if named.group(2) == "基本" else "project_expenditure"
    cells = {f.value for f in result.table_figures if f.metric == metric and f.period == "本年"
             and f.fund_scope == "一般公共预算财政拨款" and f.value is not None}
    if len(cells) != 1:
        return None
    cell = next(f for f in result.table_figures if f.metric == metric and f.value in cells)
    scale = cell.display_scale if cell.display_scale is not None else 2
    return cell.value, f"{cell.value:.{scale}f}", cell.page or 1  # type: ignore[union-attr]


def _share_floor(result: ParsedDisclosure, named: str, match: re.Match[str], amount: Decimal, stated: Decimal,
                 page: int) -> Iterator[Check]:
    """A share of one fund's 基本/项目 spending whose amount is stated nowhere: that spending is part of all funds'
    (the parsed 基本/项目支出), so the share is at least the amount over the wider whole; a share stated below that
    floor cannot hold."""
    named_part = _SCOPED_PART.fullmatch(re.sub(r"(?:总额|合计|总数)$", "", named.lstrip("的")))
    if named_part is None:
        return
    metric = "basic_expenditure" if named_part.group(2) == "基本" else "project_expenditure"
    wide = (result.figures or {}).get(metric)
    if wide is None or wide.value is None or wide.value <= 0 or wide.fund_scope != "全口径" or amount > wide.value:
        return
    half_a = Decimal("0.5") * Decimal(10) ** -printed_decimals(match.group(1))
    half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(match.group(4))
    floor = (amount - half_a) / (wide.value + Decimal("0.005")) * 100
    if stated + half_p >= floor:
        return
    scale = wide.display_scale if wide.display_scale is not None else 2
    wide_raw = f"{wide.value:.{scale}f}"
    terms = [{"label": "分项", "value": match.group(1), "page": page}, {"label": "全口径总额", "value": wide_raw},
             {"label": "所称占比", "value": match.group(4) + "%"}]
    yield Check("PR-SHARE", "占比与金额一致", "fail", "error" if floor - stated > 1 else "warning",
                f"{match.group(1)}万元占{named.lstrip('的')}的比例至少为{match.group(1)}/{wide_raw}="
                f"{amount / wide.value * 100:.2f}%（{named_part.group(1)}的部分不超过全部资金的{wide_raw}万元），"
                f"文中为{stated}%，需人工复核", terms, None, page, "text")


# a sentence that opens on a total and its change on last year (“…收入预算总额A万元，比上年增加B万元，增长P%。”)
_TOTAL_THEN_CHANGE = re.compile(rf"{NUM}万元[,，](?:比|较|与|同)(?:上年|上一年度?|去年|(?:19|20)\d\d年度?)")


def _total_before(view: Text, stop: int, at: int) -> tuple[Decimal, str, int] | None:
    """The whole of a breakdown that opens its own sentence (“。其中：A万元，占P%”): the first amount of the sentence
    before, when that sentence states a total and then its change on last year and holds no other total before it.
    None when the new sentence does not open with 其中 (a new subject)."""
    if not re.match(r"\s*其中[:：]?", view.text[stop + 1:at]):
        return None
    begin = view.text.rfind("。", 0, stop) + 1
    first = re.search(rf"{NUM}万元", view.text[begin:stop])
    if first is None or _TOTAL_THEN_CHANGE.match(view.text, begin + first.start()) is None:
        return None
    value = to_decimal(first.group(1))
    return (value, first.group(1), view.page_at(begin + first.start())) if value is not None else None


# the words of a change right before its amount (“比上年增加”, “较2024年度预算减少”, “同上年相比多”)
_CHANGE_BEFORE = re.compile(r"(?:比|较|与|同)(?:上年|上一年度?|去年|(?:19|20)\d\d年度?)(?:预算数?|决算数?|执行数)?(?:相比)?"
                            r"[,，]?(?:增加|减少|增长|下降|上升|压减|减|增|多|少)了?$")
_SUBJECT_BEFORE = re.compile(rf"{NUM}万元[,，]?$")


_BUDGET_BASE = re.compile(r"(?:年初|调整|调整后|全年)?预算(?:数)?")


_SPLIT_PART = re.compile(r"(?:^|[:：,，;；、])(?:其中|全年|本年|年度)?(?:基本支出|项目支出)(?:预算|决算)?数?(?:合计)?(?:为|是)?$")


def _split_whole(result: ParsedDisclosure, view: Text, at: int) -> tuple[Decimal, str, int] | None:
    """“按支出性质分：基本支出A万元，占P%”: a 基本支出 or 项目支出 share that names no whole and follows no total in its
    sentence is a share of the spending the two make up: the parsed 基本支出 + 项目支出, taken only when that sum is the
    document's spending total as printed (the split adds up), else there is no sure whole."""
    clause = view.text[max(0, at - 24):at]
    if not _SPLIT_PART.search(clause):
        return None
    figures = result.figures or {}
    both = _sentence_split(view, at, figures.get("expenditure_total"))
    if both is not None:
        return both or None
    parts = [figures.get(m) for m in ("basic_expenditure", "project_expenditure")]
    total = figures.get("expenditure_total")
    if any(f is None or f.value is None for f in (*parts, total)):
        return None
    if parts[0].value + parts[1].value != total.value or total.value <= 0:  # type: ignore[union-attr,operator]
        return None
    scale = total.display_scale if total.display_scale is not None else 2  # type: ignore[union-attr]
    return total.value, f"{total.value:.{scale}f}", total.page or 1  # type: ignore[union-attr]


_SPLIT_AMOUNT = re.compile(rf"(?<![\u4e00-\u9fff])(?:其中)?(基本|项目)支出(?:预算|决算)?数?(?:为|是)?{NUM}万元")
_BACK = 300  # how far before its sentence a split's whole may be printed (the sentence before, with its reasons)


def _sentence_split(view: Text, at: int, total) -> tuple[Decimal, str, int] | None | bool:
    """The whole of a sentence that prints both 基本支出 and 项目支出 with their shares: their sum, when that sum is
    printed as an amount in the sentence before (“…财政拨款支出982.18万元，比上年…。其中：基本支出A万元，占P%；项目支出
    B万元，占Q%”: the shares are of that fund's spending, not the document's total). When the two parts add up to
    no amount printed before them, the base cannot be told and nothing is read (False). None when the sentence does
    not print both parts, or they add up to the document's spending total `total` (the caller's reading applies)."""
    begin = view.text.rfind("。", 0, at) + 1
    end = view.text.find("。", at)
    sentence = view.text[begin:end if end >= 0 else len(view.text)]
    amounts: dict[str, str] = {}
    for found in _SPLIT_AMOUNT.finditer(sentence):
        if found.group(1) in amounts:
            return None  # two 基本 (or 项目) amounts: more than one split in the sentence
        amounts[found.group(1)] = found.group(2)
    if len(amounts) != 2:
        return None
    values = [to_decimal(raw) for raw in amounts.values()]
    if any(v is None for v in values):
        return None
    whole = values[0] + values[1]  # type: ignore[operator]
    if total is not None and total.value == whole:
        return None
    start = max(0, begin - _BACK)
    for found in re.finditer(rf"{NUM}万元", view.text[start:at]):
        if to_decimal(found.group(1)) == whole and start + found.start() < begin + _SPLIT_AMOUNT.search(sentence).start():
            return whole, found.group(1), view.page_at(start + found.start())
    return False


# “占一般公共预算项目支出的100%”: a fund's 基本/项目 part named by scope and kind, which the words state only inside
# that fund's split (“一般公共预算财政拨款支出4,000.00万元，其中基本支出1,500.00万元，项目支出2,500.00万元”)
_SCOPED_PART = re.compile(r"(一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?(基本|项目)支出(?:预算)?数?")


class _Group:
    """A match seen through one of its groups, as `_named` reads a match (group(1), start())."""

    def __init__(self, match: re.Match[str], index: int) -> None:
        self._match, self._index = match, index

    def group(self, _: int = 1) -> str:
        return self._match.group(self._index)

    def start(self) -> int:
        return self._match.start(self._index)


def _scoped_part(view: Text, name: str) -> _Group | None:
    """The amount of a fund's 基本 or 项目 part, read from the one sentence that splits that fund's spending; None
    when no such sentence, or more than one with different amounts, is found."""
    named = _SCOPED_PART.fullmatch(name)
    if named is None:
        return None
    fund, kind = named.group(1)[:4], named.group(2)
    split = re.compile(rf"{fund}[^。;；\d]{{0,12}}?支出(?:预算|决算)?数?(?:合计|总额)?(?:为|是)?{NUM}万元[,，]?其中[:：]?"
                       rf"[^。]{{0,60}}?(?<![^\s,，;；:：、其中和及]){kind}支出(?:预算|决算)?数?(?:为|是)?{NUM}万元")
    found = list(split.finditer(view.text))
    if not found or len({m.group(2) for m in found}) != 1:
        return None
    return _Group(found[0], 2)


def _named(view: Text, name: str) -> tuple[Decimal, str, int] | None:
    name = re.sub(r"^[的]", "", name)
    if not name:
        return None
    found = re.search(re.escape(name) + rf"(?:为)?{NUM}万元", view.text)
    if not found:
        found = _scoped_part(view, name)
    if not found:
        return None
    value = to_decimal(found.group(1))
    return (value, found.group(1), view.page_at(found.start())) if value is not None else None


# “年初预算为A万元，支出决算为B万元[，完成年初预算的R%]。决算数大于/小于/等于预算数”: 为 may be left out (“年初预算A
# 万元，决算支出B万元”), and the completion rate may stand between the amounts and the direction words
_BUDGET_THEN_ACTUAL = re.compile(rf"年初预算(?:数)?为?{NUM}万元[,，]?(?:支出决算|决算支出)(?:数)?为?{NUM}万元"
                                 r"(?:[,，]?完成(?:了)?(?:年初)?预算(?:数)?的?-?\d+(?:\.\d+)?[%％])?"
                                 r"[。,，;；]?决算数(大于|小于|等于|与预算数持平)")


@text_rule
def pr_dir_budget(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """决算 items: “年初预算为A万元，支出决算为B万元。决算数大于/小于/等于预算数” must agree with A and B."""
    for match in _BUDGET_THEN_ACTUAL.finditer(view.text):
        budget, actual = to_decimal(match.group(1)), to_decimal(match.group(2))
        if budget is None or actual is None:
            continue
        word = match.group(3)
        truth = "大于" if actual > budget else "小于" if actual < budget else "等于"
        said = "等于" if word == "与预算数持平" else word
        page = view.page_at(match.start())
        terms = [{"label": "年初预算", "value": match.group(1), "page": page}, {"label": "支出决算", "value": match.group(2)},
                 {"label": "表述", "value": "决算数" + word}]
        if said == truth:
            yield Check("PR-DIR", "决算数与预算数的比较表述与数字一致", "pass", "warning", f"决算{actual}{truth}预算{budget}",
                        terms, None, page, "text")
        else:
            yield Check("PR-DIR", "决算数与预算数的比较表述与数字一致", "fail", "warning",
                        f"第{page}页称“决算数{word}预算数”，而支出决算{actual}万元{truth}年初预算{budget}万元；表述与数字矛盾，需人工复核",
                        terms, None, page, "text")


# “年初结转和结余A万元，年末结转和结余B万元，年末较年初减少D万元”: the year's two balances, then their difference
# with its direction
_BALANCE_MOVE = re.compile(rf"年初(?:财政拨款)?结转和?结余(?:资金)?(?:为|是)?{NUM}万元[,，、;；]?"
                           rf"年末(?:财政拨款)?结转和?结余(?:资金)?(?:为|是)?{NUM}万元[,，;；]?"
                           rf"(?:年末)?(?:较|比)年初(增加|减少|增长|下降)(?:了)?{NUM}万元")


@text_rule
def pr_dir_balances(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-DIR on a 决算's 结转和结余: the year-end balance against the year-start one that the same sentence gives,
    “年末较年初增加/减少D万元”, must go the way the two amounts go. A wrong word with the right size of the gap is a
    warning (the numbers agree, the word does not); the size itself is PR-REPEAT's and IE-BAL's to hold."""
    if result.kind != "决算":
        return
    for match in _BALANCE_MOVE.finditer(view.text):
        start, end, word, raw = match.groups()
        opening, closing, gap = to_decimal(start), to_decimal(end), to_decimal(raw)
        if opening is None or closing is None or gap is None or closing == opening:
            continue
        truth = "增加" if closing > opening else "减少"
        said = "增加" if word in ("增加", "增长") else "减少"
        page = view.page_at(match.start())
        terms = [{"label": "年初结转和结余", "value": start, "page": page}, {"label": "年末结转和结余", "value": end},
                 {"label": "变动", "value": raw}]
        if said == truth:
            yield Check("PR-DIR", "增减表述与数字方向一致", "pass", "warning", f"年末{closing}较年初{opening}{truth}",
                        terms, None, page, "text")
        else:
            yield Check("PR-DIR", "增减表述与数字方向一致", "fail", "warning",
                        f"第{page}页称年末结转和结余较年初“{word}{raw}万元”，而年末{end}万元{'多于' if truth == '增加' else '少于'}"
                        f"年初{start}万元，实为{truth}{abs(closing - opening)}万元；表述与数字矛盾，需人工复核",
                        terms, None, page, "text")


_SIGN_CLASH = re.compile(r"(?:比|较|与)(?:上年|上一年|去年|(?:19|20)\d\d年度?)(?:预算数?|执行数|决算数)?(?:相比)?[,，]?"
                         rf"(增加|增长|上升)(-\d[\d,]*(?:\.\d+)?)(万元|元|%)")


@text_rule
def pr_dir_sign(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“比上年增加-12.30万元”: a word of growth before a negative number says two things at once. “减少-0.8万元” is
    only redundant (a fall written with its sign, read as −0.8) and 增(减)-x names both directions: neither is matched."""
    for match in _SIGN_CLASH.finditer(view.text):
        word, raw, unit = match.groups()
        page = view.page_at(match.start())
        meant = "减少" if word == "增加" else "下降"
        yield Check("PR-DIR", "增减表述与数字方向一致", "fail", "warning",
                    f"第{page}页称“{word}{raw}{unit}”：{word}一词配负数，实为{meant}{raw[1:]}{unit}还是笔误，需人工复核",
                    [{"label": "变动", "value": raw, "page": page, "source": match.group(0)}], None, page, "text")
    for match in _SIGN_TWICE.finditer(view.text):
        word, raw, unit = match.groups()
        page = view.page_at(match.start())
        yield Check("PR-DIR", "增减表述与数字方向一致", "fail", "info",
                    f"第{page}页称“{word}{raw}{unit}”：{word}一词已表明方向，数字再带负号，按{word}{raw[1:]}{unit}读取；"
                    f"表述冗余，建议删去负号", [{"label": "变动", "value": raw, "page": page, "source": match.group(0)}],
                    None, page, "text")


# “比上年减少-36.20万元”: the fall said twice (word and sign), same direction: a wording hint (CHECKS.md PR-DIR keeps
# warnings for a word and a sign that point opposite ways)
_SIGN_TWICE = re.compile(r"(?:比|较|与)(?:上年|上一年|去年|(?:19|20)\d\d年度?)(?:预算数?|执行数|决算数)?(?:相比)?[,，]?"
                         rf"(减少|下降|降低|压减)(-\d[\d,]*(?:\.\d+)?)(万元|元|%)")


# ---- a table's 增减率 column against its own amounts ------------------------------------------------------------

# “项目  2025年预算数  2024年预算数  增减额  增减率”: a table that prints both years, their change and its rate
_RATE_HEAD = re.compile(r"(?:增减|增长|变动|升降)(?:率|幅度?|比例)(?:[(（]?%[)）]?)?|(?:增减|增长|变动)%|增幅|降幅")
_DELTA_HEAD = re.compile(r"(?:增减|变动|增减变动)(?:额|金额|数)?(?:[(（](?:万元|元)[)）])?")
_YEAR_HEAD = re.compile(r"((?:19|20)\d\d)年度?(?:预算|决算|执行)?数?(?:[(（](?:万元|元)[)）])?|(本年|上年)度?(?:预算|决算|执行)?数?")
_CELL = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?|[-—－–/]+")
_RATE_HINT = re.compile(r"[率幅%]")


@dataclass(frozen=True)
class _RateColumns:
    width: int  # how many cells a row prints after its label
    now: int
    prior: int
    delta: int
    rate: int
    percent: bool  # the header names the unit of the rate (“增减率(%)”): its cells print no % sign


def _rate_columns(tokens: list[str]) -> _RateColumns | None:
    """The columns of a header line naming this year, last year, the change and its rate (each once)."""
    years = [(i, m) for i, t in enumerate(tokens) if (m := _YEAR_HEAD.fullmatch(t))]
    deltas = [i for i, t in enumerate(tokens) if _DELTA_HEAD.fullmatch(t)]
    rates = [i for i, t in enumerate(tokens) if _RATE_HEAD.fullmatch(t)]
    if len(years) != 2 or len(deltas) != 1 or len(rates) != 1:
        return None
    (a, first), (b, second) = years
    if first.group(1) and second.group(1):
        if abs(int(first.group(1)) - int(second.group(1))) != 1:
            return None
        now, prior = (a, b) if int(first.group(1)) > int(second.group(1)) else (b, a)
    elif first.group(2) and second.group(2) and first.group(2) != second.group(2):
        now, prior = (a, b) if first.group(2) == "本年" else (b, a)
    else:
        return None
    start = min(a, b)
    if not (start < deltas[0] and start < rates[0]):
        return None
    return _RateColumns(len(tokens) - start, now - start, prior - start, deltas[0] - start, rates[0] - start,
                        "%" in tokens[rates[0]])


def _rate_rows(view: Text) -> Iterator[tuple[int, str, list[str], _RateColumns]]:
    """(page, label, cells) of each row under such a header, until a sentence, a caption or another page."""
    columns: _RateColumns | None = None
    page = None
    for line in view.lines:
        if line.page != page:
            columns, page = None, line.page
        hinted = _RATE_HINT.search(line.text) is not None
        if columns is None and not hinted:
            continue  # neither under such a header nor one itself (most lines: read no further)
        tokens = (getattr(line, "raw", None) or line.text).split()
        if not tokens:
            continue
        head = _rate_columns(tokens) if hinted and ("增减" in line.text or "变动" in line.text) else None
        if head is not None:
            columns = head
            continue
        if columns is None:
            continue
        if "。" in line.text or re.match(r"(?:(?:金额)?单位[:：]|附表|表[一二三四五六七八九十\d]|注[:：])", line.text):
            columns = None
            continue
        cells = tokens[len(tokens) - columns.width:] if len(tokens) > columns.width else []
        if cells and all(_CELL.fullmatch(c) for c in cells) and not _CELL.fullmatch(tokens[-columns.width - 1]):
            yield line.page, "".join(tokens[:-columns.width]), cells, columns


def _half(raw: str) -> Decimal:
    return Decimal("0.5") * Decimal(10) ** -printed_decimals(raw)


@text_rule
def pr_pct_table(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A row of a table with 本年, 上年, 增减额 and 增减率 columns: the rate is |增减额| / 上年 × 100 (CHECKS.md PR-PCT,
    the base the row prints). A blank rate (“—”) is not stated; a rate that fits the two years' own difference but
    not the printed change leaves the change to blame, not the rate."""
    name = "表中增减率与增减额、上年数一致"
    held: dict[int, int] = {}
    for page, label, cells, at in _rate_rows(view):
        rate_raw = cells[at.rate]
        if not (rate_raw.endswith("%") or at.percent):
            continue
        rate_raw = rate_raw.rstrip("%")
        now, prior, delta = (to_decimal(cells[i]) if re.fullmatch(r"-?[\d,.]+", cells[i]) else None
                                     for i in (at.now, at.prior, at.delta))
        stated = to_decimal(rate_raw)
        if now is None or prior is None or delta is None or stated is None or prior < 0:
            continue
        terms = [{"label": f"{label}本年", "value": cells[at.now], "page": page},
                 {"label": "上年", "value": cells[at.prior]}, {"label": "增减额", "value": cells[at.delta]},
                 {"label": "所称增减率", "value": rate_raw + "%"}]
        bounds = pct_interval(abs(delta), _half(cells[at.delta]) if delta else ZERO, prior,
                              _half(cells[at.prior]) if prior else ZERO)
        if bounds is None:
            if stated != 0 and delta != 0:
                yield Check("PR-PCT", name, "fail", "error", f"第{page}页表中{label}上年数为{cells[at.prior]}（零基数），"
                            f"却列增减率{rate_raw}%，需人工复核", terms, None, page, "text")
            continue
        half_p = _half(rate_raw)
        low, high = bounds
        if low - half_p <= abs(stated) <= high + half_p:
            held[page] = held.get(page, 0) + 1
            continue
        own = pct_interval(abs(now - prior), _half(cells[at.now]) + _half(cells[at.prior]), prior, _half(cells[at.prior]))
        if own is not None and own[0] - half_p <= abs(stated) <= own[1] + half_p:
            continue  # the rate is the two years' own: the printed change is what is off
        off = min(abs(abs(stated) - low), abs(abs(stated) - high))
        yield Check("PR-PCT", name, "fail", "error" if off > 1 else "warning",
                    f"第{page}页表中{label}增减额{cells[at.delta]}、上年{cells[at.prior]}，增减率应约为"
                    f"{abs(delta) / prior * 100:.2f}%，表中为{rate_raw}%；需人工复核", terms, None, page, "text")
    for page, count in held.items():
        yield Check("PR-PCT", name, "pass", "warning", f"第{page}页表中{count}行增减率与增减额、上年数相符", [], None,
                    page, "text")


# “2025年本部门支出预计执行数为X万元（…），2026年支出预算比上年预计执行数减少D万元，下降P%”: the sentence states the
# 执行数 it compares with, so the rate is read against it (CHECKS.md PR-PCT: use the prior the sentence names)
_OUTTURN_THEN_CHANGE = re.compile(
    rf"(?:预计)?执行数?(?:为|是|约)?{NUM}万元(?:[(（][^)）。]{{0,20}}[)）])?[,，]"
    rf"[^。；;\d]{{0,6}}(?:(?:19|20)\d\d年)?[^。；;\d]{{0,16}}?(?:比|较|与)(?:上年度?|去年|(?:19|20)\d\d年度?)的?(?:预计)?执行数?"
    rf"(?:相比)?[,，]?(增加|减少)了?{NUM}万元[,，](增长|下降|减少|增加|上升)了?{NUM}%")


@text_rule
def pr_pct_outturn(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A rate on a change against last year's 执行数 that the same sentence states first: P = D / X."""
    name = "变动率与变动额一致（按所述执行数）"
    for match in opened_at(_OUTTURN_THEN_CHANGE, view.text, near_literal(view.text, "执行", least=0, most=2)):
        base_raw, way, delta_raw, word, rate_raw = match.groups()
        base, delta, stated = to_decimal(base_raw), to_decimal(delta_raw), to_decimal(rate_raw)
        if base is None or delta is None or stated is None or (word in ("增长", "增加", "上升")) != (way == "增加"):
            continue  # a direction clash is PR-DIR's
        page = view.page_at(match.start())
        terms = [{"label": "上年执行数", "value": base_raw, "page": page}, {"label": "变动额", "value": delta_raw},
                 {"label": "所称变动率", "value": rate_raw + "%"}]
        half_d = Decimal("0.5") * Decimal(10) ** -printed_decimals(delta_raw)
        bounds = pct_interval(delta, half_d, base, Decimal("0.5") * Decimal(10) ** -printed_decimals(base_raw))
        if bounds is None:
            continue
        half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(rate_raw)
        low, high = bounds
        if low - half_p <= stated <= high + half_p:
            yield Check("PR-PCT", name, "pass", "warning", f"变动{delta}万元、上年执行数{base}万元，变动率{stated}%相符",
                        terms, None, page, "text")
            continue
        off = min(abs(stated - low), abs(stated - high))
        yield Check("PR-PCT", name, "fail", "error" if off > 1 else "warning",
                    f"第{page}页上年执行数{base}万元、变动{way}{delta}万元，变动率应约为{delta / base * 100:.2f}%，"
                    f"而文中为{stated}%；两处披露不能同时成立，需人工复核", terms, None, page, "text")
