"""The clause reader: where a clause starts and ends, the change it states against last year, its reason.

Every function works on normalized, joined prose (text.Joined.text): half-width punctuation, no spaces.
A clause is the stretch between two of "。;,:()、"; a sentence ends at "。" (or ";" for a clause run).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .numbers import NUMBER, UNIT, parse_amount, parse_count
from .text import Joined

AMOUNT = rf"(?P<num>{NUMBER})(?P<unit>{UNIT})"
_CLAUSE_BREAK = "。;,:()、"
_NOT_A_SUBJECT = re.compile(r"原因|因为|由于|用于|主要是|包括|导致|增加|减少|相比|其中的|以及|同时|二是|三是|用车管理")
_DIRECTIONS = {
    "增加": 1, "增长": 1, "上升": 1, "提高": 1, "多": 1, "净增": 1, "增": 1,
    "减少": -1, "下降": -1, "降低": -1, "减": -1, "少": -1, "净减": -1, "压减": -1,
    "节约": -1, "节省": -1, "超支": 1,  # mostly a 决算 against its budget, sometimes against last year
}
_VERSUS_ONLY = {"节约", "节省", "超支"}  # direction words that count only with what they compare against
_FLAT = r"持平|基本持平|无变化|没有变化|未发生变化|无增减|不变|相同|一致|一样"
# Both directions named at once ("比上年增(减)-1.40万元", "增加(减少)", "增(+)减(-)", "增/减"): the sign is the number's.
SIGNED = (r"(?:增\(\+\)减\(-\)|增\+减-|增加\(减少\)|增长\(下降\)|增长\(减少\)|增\(减\)|增加/减少|增/减|"
          r"增减)(?:变动|变化)?(?:额|数|金额)?(?:为|是)?\+?")
_CHANGE = re.compile(
    rf"(?:(?P<cmp>同比|比|较|与|和)(?P<ref>[^,;。]{{0,14}}?)(?:相比|相较|对比)?,?)?"
    rf"(?:(?P<flat>{_FLAT})|(?P<dir>{SIGNED}|净增|净减|增加|减少|增长|下降|降低|上升|提高|压减|节约|节省|超支|增|减|多|少)了?"
    rf"(?P<num>{NUMBER})(?P<unit>{UNIT}|%|人|名|辆)?)"
)
_REASON_START = re.compile(r"主要原因(?:是|为|:|系)?|原因(?:是|为|:)|主要是(?!用于)|主要由于|主要因为|主要系")
_PURPOSE = re.compile(r"[,;。]主要用于|[,;]用于保障")


# What a figure buys, counted or priced: "12辆", "28批次、196人次", "出国团组2个", "单价15.80万元".
_DETAIL = re.compile(rf"(?:单价|每辆|平均每辆|每台|人均)(?:为|约)?{NUMBER}(?:{UNIT})"
                     r"|\d+(?:辆|批次|人次|个|次|台|套|架次|名|人)")


@dataclass
class Change:
    value: Decimal | None  # signed; None when the stated comparison is not with last year
    end: int  # end offset of the phrase in the text
    against_budget: bool = False
    budget: Decimal | None = None  # "比预算数50.00万元减少4.40万元": the 预算数 named in the comparison


def _is_prior_year_ref(ref: str, year: int | None) -> bool:
    if re.search(r"上年|去年|上一年|前一年|上年度|同期|上期", ref):
        return True
    years = [int(y) for y in re.findall(r"(\d{4})年", ref)]
    if years and year is not None:
        return years[0] == year - 1
    return not re.search(r"预算|决算|计划|年初|调整", ref)


def _names_another_amount(ref: str) -> bool:
    """A comparison's reference that is another amount of the same year (a 合计, 小计 or item), named without any
    year: "与购置及运行维护费合计相同" says two figures are equal, not that one is unchanged."""
    return not re.search(r"上年|去年|上一年|前一年|同期|上期|\d{4}年|年度", ref) \
        and re.search(r"合计|小计|总额|总计|分项|[^,;。]费", ref) is not None


def find_change(text: str, start: int, end: int, *, unit: str, year: int | None, near: int = 12) -> Change | None:
    """The first year-on-year change stated in text[start:end], beginning within `near` characters."""
    pos = start
    while pos < end:
        match = _CHANGE.search(text, pos, end)
        if not match:
            return None
        lead = re.sub(r"[^,;]{0,12}?\d+(?:\.\d+)?%", "", text[start:match.start()])  # 占预算的82.2%
        if year is not None:  # "…312.40万元，2024年执行数为305.90万元，增加6.50万元": last year's figure, then the change
            lead = re.sub(rf"(?:上年|去年|{year - 1}年)度?[^,;。\d]{{0,8}}?{NUMBER}(?:{UNIT})", "", lead)
        if len(lead) > near and not lead.endswith(("比", "较")) and match.group("cmp") \
                and _is_prior_year_ref(match.group("ref") or "", year):
            # "…22.87万元，用于12辆车辆的燃料、维修等开支，比上年增加2.04万元": the clauses between the figure and a
            # change that names last year only count or price what the figure buys (辆, 批次, 人次, 单价…)
            lead = _DETAIL.sub("", lead)
        if len(lead) > near and not lead.endswith(("比", "较")):
            # The phrase must follow the figure it qualifies, not a later number in a reason clause.
            if re.search(NUMBER, lead) or len(lead) > near * 3:
                return None
        if match.group("unit") == "%" or (match.group("dir") in _VERSUS_ONLY and not match.group("cmp")):
            pos = match.end()  # "节约0.74万元" alone is against the budget, not last year
            continue
        ref = match.group("ref") or ""
        if match.group("flat") and match.group("cmp") and _names_another_amount(ref):
            # "运行维护费9.60万元，与购置及运行维护费合计相同": the same as another figure of this year, no change
            pos = match.end()
            continue
        if match.group("cmp") and not _is_prior_year_ref(ref, year):
            # e.g. 决算 "比年初预算减少…": a real comparison, but not with last year.
            found = find_change(text, match.end(), end, unit=unit, year=year, near=near)
            named = re.search(rf"预算(?:数)?(?:为|是)?(?P<num>{NUMBER})(?P<unit>{UNIT})", ref)
            budget = parse_amount(named.group("num"), named.group("unit")).value if named else None
            if found:
                found.budget = found.budget if found.budget is not None else budget
                return found
            return Change(None, match.end(), against_budget=True, budget=budget)
        if match.group("flat"):
            return Change(Decimal(0), match.end())
        change_unit = match.group("unit")
        if change_unit in ("人", "名", "辆"):
            if unit not in ("人", "辆"):
                pos = match.end()
                continue
            count = parse_count(match.group("num"))
            if count is None:
                return None
            return Change(_signed(Decimal(count), match.group("dir")), match.end())
        if unit in ("人", "辆"):
            pos = match.end()
            continue
        if not change_unit:
            following = text[match.end(): match.end() + 1]
            if following and following not in ",;。":
                pos = match.end()
                continue
            change_unit = unit
        amount = parse_amount(match.group("num"), change_unit)
        return Change(_signed(amount.value, match.group("dir")), match.end())
    return None


def _signed(value: Decimal, direction: str) -> Decimal:
    """增减-3.5 is −3.5; 减少-0.8 is a typist's doubled sign, still a decrease of 0.8; 增加-2 is −2."""
    if direction not in _DIRECTIONS:  # 增减, 增(减) …: signed as printed
        return value
    sign = _DIRECTIONS[direction]
    return -abs(value) if sign < 0 else value


def find_reason(joined: Joined, start: int, end: int) -> str | None:
    """The stated 主要原因 clause after `start`, as printed, up to the sentence end or the purpose clause."""
    text = joined.text
    match = _REASON_START.search(text, start, end)
    full_stop = text.find("。", start, end)
    if match and full_stop >= 0 and match.start() > full_stop + 1:
        match = None  # a reason two sentences on belongs to another figure ("…机关运行经费…主要原因是…")
    if not match:
        return _trailing_purpose(joined, start, end if full_stop < 0 else full_stop)
    stop = text.find("。", match.end(), end)
    stop = end if stop < 0 else stop
    purpose = _PURPOSE.search(text, match.end(), stop)
    if purpose and purpose.start() > match.end():
        stop = purpose.start()
    begin = match.end()
    while begin < stop and text[begin] in ",;:、 ":
        begin += 1
    while stop > begin and text[stop - 1] in ",;:、 ":
        stop -= 1
    reason = joined.cite(begin, stop).strip("，；：、,;: ")
    return reason or None


def _trailing_purpose(joined: Joined, start: int, stop: int) -> str | None:
    """"…，较上年下降0.50万元，国(境)外公务接待费用于接待友好城市考察团。": without a 原因 word, the clause that
    closes the sentence after the change says what the money is for; it is the stated reason."""
    text = joined.text
    clause = text[start:stop]
    if not clause.startswith(",") or re.search(r"\d|其中|分别|均", clause) or not re.search(r"用于|因|由于", clause):
        return None
    return joined.cite(start + 1, stop).strip("，；：、,;: ") or None


def at_clause_start(text: str, pos: int) -> bool:
    """True when the label at `pos` is the subject of its clause, not a word inside a reason."""
    back = pos
    while back > 0 and text[back - 1] not in _CLAUSE_BREAK:
        back -= 1
        if pos - back > 30:
            return False
    # "…9.60万元" on a heading line, "其中因公出国(境)费0万元…" on the next: joined without a comma, 其中 opens a clause.
    glued = None
    for glued in re.finditer(r"(?:万元|亿元|元)(?=其中)", text[back:pos]):
        pass
    if glued is not None:
        back += glued.end()
    # An English gloss ahead of the label (bilingual exports: "Authorized staff编制数") is not a subject word.
    prefix = re.sub(r"[A-Za-z][A-Za-z .'&-]*|\d{4}年度?|其中|全年|本年度?|当年|年初|本部门|本单位|本局|我单位|我局|我部门|县本级|本级|"
                    r"一般公共预算|财政拨款|安排的?|部门|单位", "", text[back:pos])
    return len(prefix) <= 12 and not _NOT_A_SUBJECT.search(prefix)


def sentence_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` begins: back to 。 or ;, or to the nearest comma when that is far."""
    back = pos
    while back > 0 and text[back - 1] not in "。;":
        back -= 1
        if pos - back > 40:
            comma = max(text.rfind(",", 0, pos), text.rfind(":", 0, pos))
            return comma + 1 if comma >= 0 else back
    return back



def sentence_end(text: str, pos: int, end: int) -> int:
    stop = text.find("。", pos, end)
    return end if stop < 0 else stop


_PLACEHOLDER = re.compile(r"[XxＸ×]{2,}|作下述说明|如(?:持平|增加|减少)作|不涉及的不列|按上述格式")


def in_template_sentence(text: str, pos: int) -> bool:
    """True inside a blank template's sentence ("上海市XX局…", "（…的部门，作下述说明：…）"): nothing there is stated."""
    start = sentence_start(text, pos)
    return bool(_PLACEHOLDER.search(text, max(0, start - 40), sentence_end(text, pos, len(text))))
