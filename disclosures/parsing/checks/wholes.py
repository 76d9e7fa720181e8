"""Parts and wholes stated in the words: a total and the function classes it lists, the budget gap of a 决算,
and a headcount split by kind. Each reads the words only (basis "text"), with the tolerance of §0.2 of CHECKS.md; the
other word-stated wholes are in splits.py (基本/项目, 人员/公用), listings.py (a 类's items, coded listings, a list's
total and changes) and totals.py (a 决算's totals, funds, a named 其中, partial lists).
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator, NamedTuple

from ..prose import FUNCTION_CODES
from ..types import Check, ParsedDisclosure
from .core import Term, anchored, coarse_vs_fine, compare, near_literal, opened_at, term
from .statements import SPENT, actual_before, budgets_and_actuals, sentences_with
from .text import NUM, Text, printed_decimals, text_rule, to_decimal


def _without_heading(label: str) -> str:
    """A total's label without the section heading the page's lines run into it (“二、支出决算情况本年支出”)."""
    label = re.sub(r"^.*(?:情况说明|情况|预算安排|决算安排)(?=.)|^[一二三四五六七八九十]+、", "", label.strip("，,、 "))
    label = re.sub(r"^当年(?=.)", "", label)
    return re.sub(r"^年度?", "", label) or "支出"


# “部门支出预算612.84万元，其中：一般公共服务支出514.92万元，社会保障和就业支出45.60万元…。”: a total and the
# function classes it is made of, listed to the end of the sentence
_CLASS_HEAD = re.compile(rf"([^\d,，。;；:：]{{0,24}}?支出)(?:预算|决算)?数?(?:合计|总额|总计)?(?:为|是|共)?{NUM}万元[,，]?"
                         rf"(?:其中|按(?:支出)?功能分类(?:科目)?(?:划分)?)[:：,，]?")
_CLASS_HEAD_AT = re.compile(r"万元[,，]?(?:其中|按(?:支出)?功能分类)")  # where a `_CLASS_HEAD` can be
# a class may carry its 科目编码, in front (“201一般公共服务支出”) or in brackets (“一般公共服务支出(201)”, “(201类)”)
_CLASS_ITEM = re.compile(rf"(?:其中)?(?:\d{{3}})?([一-龥]{{2,24}}?支出|结转(?:下年)?)(?:[(（](?:\d{{3}})?类?[)）])?(?:预算|决算)?数?(?:为)?{NUM}万元"
                         rf"(?:[,，]?占[^,，;；。%]{{0,12}}?\d+(?:\.\d+)?%)?")


@text_rule
def class_list_adds_up(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A spending total followed by “其中：” and a list of function classes (类) that runs to the end of its sentence
    must equal their sum (IE-EXP-SUM read from the words, whatever lines the figure rule took from a table). Not run
    when a listed name is not a class, or when the figure rule already adds these very amounts."""
    name = "支出合计等于各功能分类之和（同一句）"
    prose_lines = sorted(line.value for line in result.expenditure_by_function if line.table is None)
    for head in anchored(_CLASS_HEAD, _CLASS_HEAD_AT, view.text, before=90, after=40):
        label, whole_raw = head.groups()
        if re.search(r"基本|项目|人员|公用", label) or label.strip().endswith(tuple(FUNCTION_CODES)):
            continue
        items, at = _class_items(view.text, head.end())
        ended = at >= len(view.text) or view.text[at] == "。"
        if len(items) < 2 or not ended or not all(n in FUNCTION_CODES or n.startswith("结转") for n, _ in items):
            continue
        values = [to_decimal(raw) for _, raw in items]
        whole = to_decimal(whole_raw)
        if whole is None or any(v is None for v in values):
            continue
        if sorted(values) == prose_lines:  # type: ignore[type-var]
            continue  # IE-EXP-SUM on the parsed lines reads the same amounts
        yield _classes_against_whole(name, view, head, at, label, whole_raw, items)


# “一般公共预算拨款A万元，全部用于以下功能科目：” and the classes one a line (“X支出（类）B万元；”): the list ends with
# its sentence or at the first line that opens with no class
_USED_FOR_HEAD = re.compile(rf"([^\d,，。;；:：]{{0,24}}?(?:支出|拨款|预算|资金))(?:预算|决算)?数?(?:合计|总额|总计)?(?:为|是|共)?"
                            rf"{NUM}万元[,，]?(?:全部|主要|分别)?(?:用于|安排(?:于|在)?)(?:以下|如下|下列)(?:支出)?(?:功能)?(?:分类)?"
                            rf"(?:科目|方面)?[:：]")
_USED_FOR_AT = re.compile(r"万元[,，]?(?:全部|主要|分别)?(?:用于|安排)")


@text_rule
def class_list_put_to_use(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-EXP-SUM for an amount said to be spent on the function classes listed after it (“…拨款A万元，全部用于以下
    功能科目：”), the classes printed one a line or in one sentence: the whole list must add up to A. The list must end
    with its sentence or at a line that opens with no class (a list cut off inside a line is not summed); a listed name
    that is no class, or a single class, and nothing is checked."""
    name = "支出合计等于其后所列各功能分类之和"
    starts = set(view.starts)
    for head in anchored(_USED_FOR_HEAD, _USED_FOR_AT, view.text, before=90, after=40):
        label, whole_raw = head.groups()
        if re.search(r"基本|项目|人员|公用", label):
            continue
        items, at = _class_items(view.text, head.end())
        ended = at >= len(view.text) or view.text[at] in "。\n" or (at in starts and view.text[at - 1] in ",，、;；。")
        if len(items) < 2 or not ended or not all(n in FUNCTION_CODES for n, _ in items):
            continue
        whole, values = to_decimal(whole_raw), [to_decimal(raw) for _, raw in items]
        if whole is None or any(v is None for v in values):
            continue
        yield _classes_against_whole(name, view, head, at, label, whole_raw, items)


# “本年支出合计A万元，其中…。按支出功能分类，本年支出包括：B1；B2；B3。”: a list that names its total by label only,
# the amount printed for that label just before it
_NAMED_CLASS_LIST = re.compile(r"按(?:支出)?功能分类(?:科目)?(?:划分|分)?[,，:：]?(本年支出|支出合计|本年支出合计)(?:决算)?数?"
                               r"(?:包括|为|由|有)[:：]?")


def _classes_against_whole(name: str, view: Text, head: re.Match[str], at: int, label: str, whole_raw: str,
                           items: list[tuple[str, str]]) -> Check:
    """IE-EXP-SUM: the total a sentence opens with (`head`) against the classes listed after it, up to `at` (every
    amount already read as a number by the caller)."""
    page = view.page_at(head.start())
    source = view.text[head.start():at]
    label = _without_heading(label)
    whole = [Term(label, to_decimal(whole_raw), printed_decimals(whole_raw), "万元", page, source)]  # type: ignore[arg-type]
    parts = [Term(n, to_decimal(raw), printed_decimals(raw), "万元", page, source) for n, raw in items]  # type: ignore[arg-type]
    check = compare("IE-EXP-SUM", name, whole, parts, what=f"第{page}页{label}与其后所列各功能分类之和")
    check.basis = "text"
    return check


def _class_items(text: str, at: int) -> tuple[list[tuple[str, str]], int]:
    """The function classes listed from `at` (separated by commas, 、 or semicolons) and where the list stops."""
    items: list[tuple[str, str]] = []
    while True:
        item = _CLASS_ITEM.match(text, at)
        if item is None:
            break
        items.append(item.groups())
        at = item.end()
        if at < len(text) and text[at] in ",，、;；":
            at += 1
            continue
        break
    return items, at


@text_rule
def named_class_list_adds_up(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-EXP-SUM for a list of function classes that says whose parts they are (本年支出包括：…) and prints no amount
    of its own: the total is the amount printed for that label in the 300 characters before (its last printing), and
    the whole list to the end of its sentence must add up to it."""
    name = "本年支出等于其后所列各功能分类之和"
    for head in _NAMED_CLASS_LIST.finditer(view.text):
        items, at = _class_items(view.text, head.end())
        ended = at >= len(view.text) or view.text[at] in "。\n"
        if len(items) < 2 or not ended or not all(n in FUNCTION_CODES or n.startswith("结转") for n, _ in items):
            continue
        label = head.group(1).replace("合计", "")
        before = view.text[max(0, head.start() - 300):head.start()]
        printed = list(re.finditer(rf"(?<![上去前])年?{label}(?:合计)?(?:决算)?数?(?:为|是|共)?{NUM}万元", before))
        if not printed:
            continue
        whole_raw = printed[-1].group(1)
        whole, values = to_decimal(whole_raw), [to_decimal(raw) for _, raw in items]
        if whole is None or any(v is None for v in values):
            continue
        page = view.page_at(head.start())
        source = view.text[head.start():at]
        check = compare("IE-EXP-SUM", name, [Term(label, whole, printed_decimals(whole_raw), "万元", page, printed[-1].group(0))],
                        [Term(n, v, printed_decimals(raw), "万元", page, source) for (n, raw), v in zip(items, values)],  # type: ignore[arg-type]
                        what=f"第{page}页{label}与其后所列各功能分类之和")
        check.basis = "text"
        yield check


# “年初预算9.60万元，支出决算8.45万元，决算数比年初预算数减少1.15万元”: the gap a 决算 states against its budget
_GAP = re.compile(rf"(?:(?:支出)?决算数?|实际支出数?|执行数)?(?:比|较|与)(?:年初|调整后?的?)?预算数?(?:{NUM}万元)?(?:相比)?[,，]?"
                  rf"(增加|减少|增长|下降|超支|节约|节支|多支出?|少支出?)了?{NUM}万元")
_GAP_UP = ("增加", "增长", "超支", "多支", "多支出")


@text_rule
def budget_gap(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 决算 sentence printing the budget B, the actual A and the gap “决算数比年初预算数增加/减少D万元”: the stated gap,
    with its sign, must be A − B (PR-REPEAT, the same difference printed twice). Runs only when the words before the
    gap name exactly one budget amount and one actual amount."""
    name = "同一数字多处刊印一致：决算数与预算数之差"
    for sentence, text, before, gap in sentences_with(_GAP, view, "预算"):
        head = text[:gap.start()]
        named, word, delta_raw = gap.groups()
        budgets, actuals = budgets_and_actuals(head)
        if named:
            budgets = {named}  # “比年初预算B万元增加D万元”: the budget the gap is taken from, named in it
        if not actuals and result.kind == "决算" and re.search(r"决算|实际|执行", gap.group(0)):
            # “…支出A万元，年初预算为B万元，决算数比年初预算增加D万元”: a 决算's spending named with no 决算 word is
            # the actual the gap speaks of
            actuals = {m.group(1) for m in SPENT.finditer(head)}
        if not actuals and len(budgets) == 1:
            actuals = actual_before(result, view, sentence, text, before)
        if len(budgets) != 1 or len(actuals) != 1:
            continue
        budget_raw, actual_raw = budgets.pop(), actuals.pop()
        budget, actual, delta = to_decimal(budget_raw), to_decimal(actual_raw), to_decimal(delta_raw)
        if budget is None or actual is None or delta is None:
            continue
        page = view.page_at(sentence.start())
        sign = Decimal(1) if word in _GAP_UP else Decimal(-1)
        check = compare("PR-REPEAT", name, [Term("所称差额", sign * delta, printed_decimals(delta_raw), "万元", page, text)],
                        [Term("决算数", actual, printed_decimals(actual_raw), "万元", page, text),
                         Term("减预算数", -budget, printed_decimals(budget_raw), "万元", page, text)],
                        what=f"第{page}页决算数与预算数之差")
        check.basis = "text"
        if check.outcome == "fail" and check.severity != "info" and check.rule == "PR-REPEAT":
            clash = "方向相反" if delta and (actual - budget) * sign < 0 else "金额不符"
            check.message = (f"第{page}页年初预算{budget_raw}万元、决算{actual_raw}万元，决算数减预算数为{actual - budget}万元，"
                             f"文中却称{word}{delta_raw}万元（{clash}）；两处披露不能同时成立，需人工复核")
        yield check


# “核定编制35名，其中行政编制20名、事业编制12名” / “实有人数58人，其中行政编制人员42人，事业编制人员14人” / the parts
# in brackets, “实有人员11名（行政9名、事业3名）”
_HEAD_TOTAL = re.compile(r"(编制|实有人数|实有(?:在职|在编)?人员|实有(?:在职|在编)|在职人数|在职人员|实有)(?:数|人数)?(?:合计|共计|总数)?(?:为|共)?(\d+)(名|人)"
                         r"(?:[,，]?(?:其中[:：]?|[(（](?:其中[:：]?)?)|。其中[:：]?)")
# a member unit's full name may run to 20 characters (“某某市某某区城市管理和综合执法局”)
_HEAD_PART = re.compile(r"([^\d,，、;；。:：]{1,20}?)(\d+)(名|人)([、,，和及;；]?)")
_HEAD_KIND = re.compile(r"行政|事业|工勤|参公|参照公务员|全额|差额|自收自支|在职|离休|退休|离退休")
# the three post classes of an institution (管理/专业技术/工勤技能岗位): a split by post is complete only when it
# lists all three; two of them may leave the third out (“其中管理人员9人、专业技术人员52人”)
_HEAD_POSTS = (re.compile(r"^管理(?:人员|岗位?)?$"), re.compile(r"^(?:专业技术|专技)(?:人员|岗位?)?$"),
               re.compile(r"^工勤(?:技能)?(?:人员|岗位?)?$"))
# “其中局机关19人、水利工程管理站22人、水土保持站12人”: the parts are the member units (or offices) themselves
_HEAD_UNIT = re.compile(r"(?:机关|本级|本部|局|站|中心|所|队|院|馆|校|学校|办|办公室|分局|园|场|社|台|委员会|协会|股|科|室|处)$")


# “编制数41人，实有在职人数37人。其中编制数分别为：部本级29人、…；实有人数分别为：部本级28人、…”: the totals come
# first, then each split under its own label; the split belongs to the nearest total of the same kind before it
_HEAD_STATED = re.compile(r"(编制|实有人数|实有(?:在职|在编)?人员|实有(?:在职|在编)|在职(?:实有)?人数|在职人员|实有)(?:数|人数)?(?:合计|共计|总数)?(?:为|共)?(\d+)(名|人)")
_HEAD_LABELLED = re.compile(r"(?:^|(?<=[。；;，,：:])|(?<=其中))[:：]?"
                            r"(编制数?|实有(?:在职|在编)?(?:人数|人员)?|在职(?:实有)?(?:人数|人员))(?:分别(?:为|是)[:：]?|(?:为|是)?[:：])")
_HEAD_NEXT_LIST = re.compile(r"(?:编制|实有|在职)[^\d]*?分别(?:为|是)")  # “…12名，实有人员分别为…”: the next list
_HEAD_LABELLED_REACH = 150  # characters back from a labelled split to its total


class _HeadSplit(NamedTuple):
    kind: str  # 编制 or 实有: what the total counts
    stated: int  # the total as printed
    start: int  # offset of the total in the text
    parts: list[tuple[str, int]]  # (label without 其中, count)


def _head_kind(label: str) -> str:
    return "编制" if label.startswith("编制") else "实有"


def _head_parts(text: str, at: int) -> list[tuple[str, int]]:
    """The “part N人、part M人…” list starting at `at`. A semicolon parts the list only when it parted the first two
    parts (“其中：局机关8人；福利中心33人；…”); after a list parted otherwise it ends it (“…、B 18人；退休10人”)."""
    parts: list[tuple[str, int]] = []
    first = None  # the separator after the first part
    while True:
        part = _HEAD_PART.match(text, at)
        if part is None or (parts and _HEAD_NEXT_LIST.match(part.group(1))):
            return parts
        # “其中局机关实有30人”: the count's own word after the unit's name is not part of the name
        label = re.sub(r"(?<=.)(?:实有|在编|在职|编制)(?:人数|人员)?(?:为|共)?$", "", part.group(1))
        parts.append((re.sub(r"^(?:其中|包括)[:：]?", "", label), int(part.group(2))))
        at = part.end()
        separator = part.group(4)
        first = separator if first is None else first
        if not separator or (separator in ";；" and first not in (";", "；")):
            return parts


def _labelled_splits(text: str) -> Iterator[_HeadSplit]:
    """Splits under a label of their own, each joined to the nearest total of its kind stated shortly before."""
    # the label's word (编制, 实有, 在职) opens the match, after a colon at most
    for label in opened_at(_HEAD_LABELLED, text, near_literal(text, "编制", "实有", "在职", least=0, most=1)):
        kind = _head_kind(label.group(1))
        window = max(0, label.start() - _HEAD_LABELLED_REACH)
        totals = [t for t in _HEAD_STATED.finditer(text, window, label.start()) if _head_kind(t.group(1)) == kind]
        parts = _head_parts(text, label.end())
        if totals and parts:
            yield _HeadSplit(kind, int(totals[-1].group(2)), totals[-1].start(), parts)


def _head_splits(text: str) -> list[_HeadSplit]:
    """Every “total, 其中 part N人、part M人…” in the text, and every labelled split after its totals."""
    found = [_HeadSplit(_head_kind(total.group(1)), int(total.group(2)), total.start(), _head_parts(text, total.end()))
             for total in _HEAD_TOTAL.finditer(text)]
    return found + list(_labelled_splits(text))


def _by_post(labels: list[str]) -> bool:
    """Whether the labels are exactly the three post classes, each once, in any order."""
    return len(labels) == len(_HEAD_POSTS) and all(sum(1 for label in labels if post.match(label)) == 1
                                                   for post in _HEAD_POSTS)


# words of a headcount list itself, never of a unit's name
_HEAD_LIST_WORD = re.compile(r"编制|实有|在职|在编|人数|人员|分别")
# the internal offices of one unit (办公室, …股, …科, …室): the unit's staff are posted among them
_HEAD_OFFICE = re.compile(r"(?:办公室|[^办]室|股|科|组)$")


def _unit_split_known_whole(split: _HeadSplit, splits: list[_HeadSplit], result: ParsedDisclosure, text: str) -> bool:
    """Whether a split by member unit or office is to be added up. A split by member unit may leave units out, so it
    is added when (1) a parallel split over the very same units adds up exactly (“编制58人，其中局机关20人、…站24人；实有
    54人，其中局机关19人、…站22人”), (2) it names every member unit the document lists, each once (局机关 for
    某某局机关), (3) its parts add up to more than its total (a partial list cannot exceed its whole), or (4) it splits
    one unit's staff among its internal offices (办公室/…股/…科/…室, CHECKS.md's sub-offices), or (5) the words just
    before its total count the units the document covers (“汇总局机关和服务中心2个单位”) and it names that many: then it
    is complete."""
    labels = [label for label, _ in split.parts]
    if any(_HEAD_LIST_WORD.search(label) for label in labels):
        return False  # “其中编制分别为委本级29名…” read as the 实有 split: the label runs into another list's words
    if any(other is not split and [label for label, _ in other.parts] == labels and abs(other.start - split.start) <= 300
           and other.stated == sum(n for _, n in other.parts) for other in splits):
        return True
    if sum(n for _, n in split.parts) > split.stated:
        return True
    if _units_counted(text, split.start) == len(labels) or _units_named_before(text, split.start, labels):
        return True
    if all(_HEAD_OFFICE.search(label) for label in labels) and not result.member_units:
        return True
    members = result.member_units
    return len(members) == len(labels) and all(sum(1 for member in members if _names_member(label, member)) == 1
                                               for label in labels) \
        and all(sum(1 for label in labels if _names_member(label, member)) == 1 for member in members)


# “纳入汇总的有局机关和服务中心2个单位”, “包括3家预算单位”: how many units the document covers, said just before a
# headcount split by unit
_UNITS_COUNTED = re.compile(r"(\d+|[两二三四五六七八九十])\s*(?:个|家)(?:所属|下属|预算|基层)?(?:单位|部门)")
_UNITS_COUNTED_REACH = 80
_CHINESE_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _units_counted(text: str, at: int) -> int | None:
    """The number of units counted in the same sentence just before `at`, if the sentence counts them once."""
    start = max(0, at - _UNITS_COUNTED_REACH)
    stop = max(text.rfind(c, start, at) for c in "。；;")
    counted = list(_UNITS_COUNTED.finditer(text, max(start, stop + 1), at))
    if len(counted) != 1:
        return None
    raw = counted[0].group(1)
    return int(raw) if raw.isdigit() else _CHINESE_DIGITS[raw]


def _units_named_before(text: str, at: int, labels: list[str]) -> bool:
    """Whether the sentence just before the headcount counts the units and names them, each label once (“本部门由2个
    单位组成，即局机关和公证处。编制…”): a split over exactly those units is whole."""
    start = max(0, at - _UNITS_COUNTED_REACH)
    counted = list(_UNITS_COUNTED.finditer(text, start, at))
    if len(counted) != 1:
        return False
    raw = counted[0].group(1)
    if (int(raw) if raw.isdigit() else _CHINESE_DIGITS[raw]) != len(labels):
        return False
    end = text.find("。", counted[0].end(), at)
    named = text[counted[0].end(): end if end >= 0 else at]
    return all(named.count(label) == 1 for label in labels)


def _names_member(label: str, member: str) -> bool:
    """“质量安全监督站” for 攸县建设工程质量安全监督站, “局机关” for 攸县住房和城乡建设局机关: the label, bar a 本级/机关
    word, ends the member's name (or is the member's own body)."""
    bare = re.sub(r"[(（](?:本级|机关|本部)[)）]$", "", member)
    if re.fullmatch(r"[一-龥]{0,2}(?:机关|本级|本部)", label):
        return bare != member or bare.endswith(label) or member.endswith(label[-2:])
    return len(label) >= 3 and bare.endswith(label)


# “其中机关38人、所属事业单位17人”: the office itself and its member units as one collective, which leaves nothing out
_HEAD_SELF = re.compile(r"^[一-龥]{0,3}(?:机关|本级|本部)$")
_HEAD_MEMBERS = re.compile(r"^(?:所属|下属|直属|二级)(?:各)?(?:事业|行政|预算)?单位$")


def _office_and_members(labels: list[str]) -> bool:
    """Whether a split is exactly the office (机关/本级) and its member units taken together (所属事业单位): whole."""
    return len(labels) == 2 and any(_HEAD_SELF.match(label) for label in labels) \
        and any(_HEAD_MEMBERS.match(label) for label in labels)


@text_rule
def headcount_split(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A headcount split by kind of establishment (行政/事业/工勤…) must add to its total: counts are exact (§0.2 rule
    8). Runs only when every part names such a kind and there are at least two parts (a partial list is not a split).
    A split by member unit (局机关/…站/…中心) may leave units out, so it is added only when the list is known to be
    whole or cannot be partial (see `_unit_split_known_whole`)."""
    splits = _head_splits(view.text)
    for split in splits:
        labels = [label for label, _ in split.parts]
        if len(split.parts) < 2:
            continue
        if not all(_HEAD_KIND.search(label) for label in labels) and not _by_post(labels) \
                and not _office_and_members(labels):
            if not all(_HEAD_UNIT.search(label) for label in labels) or result.unit_headcount:
                continue  # member units listed one item each are PR-HEAD-SUM's on the unit rows
            if not _unit_split_known_whole(split, splits, result, view.text):
                continue
        label = "编制数" if split.kind == "编制" else "实有人数"
        stated, added = split.stated, sum(n for _, n in split.parts)
        page = view.page_at(split.start)
        terms = [{"label": label, "value": str(stated), "page": page}] + [{"label": name, "value": str(n)} for name, n in split.parts]
        shown = "+".join(f"{name}{n}" for name, n in split.parts)
        name = f"{label}等于各类人员之和"
        if stated == added:
            yield Check("PR-HEAD-SUM", name, "pass", "warning", f"{shown}={added}，等于{label}{stated}", terms, Decimal(0),
                        page, "text")
        else:
            yield Check("PR-HEAD-SUM", name, "fail", "warning",
                        f"第{page}页{label}{stated}，而{shown}={added}；人数为整数，不应有差，需人工复核", terms, Decimal(0),
                        page, "text")


# “…共3个单位。各单位支出预算分别为：某某局机关1,200.00万元，某某中心800.00万元，某某站500.00万元，合计2,500.00万元。”:
# a 部门's member units each with its amount in the words, closed by their 合计
_MEMBER_HEAD = re.compile(r"(?:各|所属各?|下属各?|二级)?单位(?:的)?(?:本年|年度)?(支出|收入)(?:预算|决算)(?:数)?(?:分别)?(?:为|是|如下)?[:：]?")
_MEMBER_PIECE = re.compile(rf"([^\d，,、；;。:：]{{2,40}}?)(?:预算|决算)?(?:数)?(?:为|是)?{NUM}万元(?=[，,、；;]|$)")
_MEMBER_TOTAL = re.compile(rf"[，,；;](?:以上)?(?:合计|共计|总计|总额)(?:为|是)?{NUM}万元$")
_MEMBER_NOT_A_UNIT = re.compile(r"其中|比|较|增|减|支出|收入|拨款|经费|基本|项目|合计|共计|总计")
_MEMBERS_COUNTED = re.compile(r"共(\d+|[两二三四五六七八九十])\s*(?:个|家)(?:所属|下属|预算|基层)?(?:单位|部门)")
_MEMBERS_COUNTED_REACH = 200
_DEPARTMENT_TOTAL = {"支出": "expenditure_total", "收入": "income_total"}


def _member_list(text: str, start: int) -> tuple[list[re.Match[str]], re.Match[str]] | None:
    """The member pieces and the 合计 of the list that opens at `start`, when the sentence holds nothing else."""
    stop = text.find("。", start)
    region = text[start: stop if stop >= 0 else start + 600]
    total = _MEMBER_TOTAL.search(region)
    if total is None:
        return None
    listed = region[: total.start()]
    pieces = list(_MEMBER_PIECE.finditer(listed))
    if len(pieces) < 2 or len(re.findall(rf"{NUM}万元", listed)) != len(pieces):
        return None  # another amount in the list (a change, a nested split): the pieces may not be the whole
    if any(_MEMBER_NOT_A_UNIT.search(p.group(1)) for p in pieces):
        return None
    return pieces, total


@text_rule
def member_units_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 部门's member units listed in the words each with its 支出 (or 收入) budget, and their stated 合计: the 合计
    must be their sum (IE-EXP-SUM / IE-INC-SUM, error beyond the envelope). When the list names every unit the
    document counts (“共N个单位”), the 合计 is the 部门's own total printed again and must read as the total the words
    state (PR-REPEAT: any difference a warning, an error beyond both printings' half-steps)."""
    text = view.text
    for head in opened_at(_MEMBER_HEAD, text, near_literal(text, "单位", least=0, most=3)):  # 单位 after 所属各
        found = _member_list(text, head.end())
        if found is None:
            continue
        pieces, total = found
        side, page = head.group(1), view.page_at(head.start())
        base = head.end()
        source = text[head.start(): base + total.end()][:200]
        terms = [Term(p.group(1).strip(), to_decimal(p.group(2)), printed_decimals(p.group(2)), "万元",  # type: ignore[arg-type]
                      view.page_at(base + p.start()), source) for p in pieces]
        whole = Term(f"各单位{side}合计", to_decimal(total.group(1)), printed_decimals(total.group(1)), "万元",  # type: ignore[arg-type]
                     view.page_at(base + total.start()), source)
        rule = "IE-EXP-SUM" if side == "支出" else "IE-INC-SUM"
        check = compare(rule, f"各单位{side}预算之和等于合计", [whole], terms,
                        what=f"第{page}页所列{len(terms)}个单位的{side}预算与其合计")
        check.basis = "text"
        yield check
        counted = [m for m in _MEMBERS_COUNTED.finditer(text, max(0, head.start() - _MEMBERS_COUNTED_REACH), head.start())]
        if not counted or _count(counted[-1].group(1)) != len(terms):
            continue  # the list may leave out units (or the 机关 itself): its 合计 need not be the 部门's total
        department = result.figures.get(_DEPARTMENT_TOTAL[side])
        if department is None or department.value is None or department.origin != "prose":
            continue
        if department.fund_scope not in (None, "全口径"):
            continue
        stated = term(department, f"{side}预算总额")
        coarse, fine = sorted([whole, stated], key=lambda t: t.half, reverse=True)
        repeat = coarse_vs_fine("PR-REPEAT", f"同一数字多处刊印一致：部门{side}预算总额与各单位合计", coarse, fine)
        repeat.basis = "text"
        if repeat.outcome == "fail" and repeat.severity == "info" and coarse.half == fine.half:
            repeat.severity = "warning"  # §0.2 rule 5: printed to the same step, no rounding can part them
            repeat.message = (f"{side}预算总额{_plain(stated.value)}万元与各单位{side}合计{_plain(whole.value)}万元位数相同却相差"
                              f"{_plain(abs(stated.value - whole.value))}万元，并非取整所致，需人工复核")
        yield repeat


def _count(raw: str) -> int:
    return int(raw) if raw.isdigit() else _CHINESE_DIGITS[raw]


# “纳入本部门预算编制范围的单位共4个…”, “本部门共有3个单位”: how many units the 部门 counts (both word orders)
# (“下属单位共3个” counts the members without the 机关 itself: no count of the whole)
_DEPARTMENT_UNITS = re.compile(r"(?<![属级层])(?:单位|部门)(?:共|共计|总计)(\d+|[两二三四五六七八九十])个"
                            r"|共(?:有)?(\d+|[两二三四五六七八九十])\s*(?:个|家)(?:预算)?(?:单位|部门)")
# “分单位看：局机关X万元；某某所Y万元。”: the 部门's money by member unit in the words, with no 合计 of their own
_BY_UNIT = re.compile(r"(?:按|分)(?:预算)?单位(?:分|看|划分|构成|统计)?[:：]")
_BY_UNIT_PIECE = re.compile(rf"([^\d；;。，,：:、()]{{2,40}}?)(收入|支出)?(?:预算|决算)?(?:数)?(?:为|是)?{NUM}万元")
# the total the list divides: the last 收入/支出 合计 stated before it, in its paragraph
_SIDE_TOTAL = re.compile(r"(收入|支出)(?:预算|决算)?(?:总计|合计|总额)")
_SIDE_REACH = 400


@text_rule
def member_units_without_total(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 部门's money split by member unit in the words with no 合计 of its own (“分单位看：甲X万元；乙Y万元。”):
    when the list names as many units as the document counts (“单位共N个”), the units are the whole 部门 and their
    amounts add up to the 收入 or 支出 total stated just before the list (IE-INC-SUM / IE-EXP-SUM, error beyond the
    envelope). A list naming fewer units, or holding another amount (a change, a 其中), says nothing of the whole."""
    text = view.text
    for head in _BY_UNIT.finditer(text):
        stop = text.find("。", head.end())
        clause = text[head.end(): stop if stop >= 0 else len(text)]
        items = [item.strip("，,、 ") for item in re.split(r"[；;]", clause)]
        pieces = [_BY_UNIT_PIECE.fullmatch(item) for item in items if item]
        if len(pieces) < 2 or any(p is None or _MEMBER_NOT_A_UNIT.search(p.group(1)) for p in pieces):
            continue
        if re.search(r"合计|共计|总计|总额", clause):
            continue  # a list closed by its own 合计 is member_units_in_words'
        counted = max(_DEPARTMENT_UNITS.finditer(text, 0, head.start()), key=lambda m: m.start(), default=None)
        if counted is None or _count(counted.group(1) or counted.group(2)) != len(pieces):
            continue
        named = {p.group(2) for p in pieces if p.group(2)}  # type: ignore[union-attr]
        sides = list(_SIDE_TOTAL.finditer(text, max(0, head.start() - _SIDE_REACH), head.start()))
        if len(named) > 1 or not (named or sides):
            continue
        # the pieces' own word (“甲收入决算X万元”) names the side; else the total stated just before the list
        side = named.pop() if named else sides[-1].group(1)
        department = result.figures.get(_DEPARTMENT_TOTAL[side])
        if department is None or department.value is None or department.origin != "prose" \
                or department.fund_scope not in (None, "全口径"):
            continue
        page = view.page_at(head.start())
        source = text[head.start(): head.end() + len(clause)][:200]
        terms = [Term(p.group(1), to_decimal(p.group(3)), printed_decimals(p.group(3)), "万元",  # type: ignore[arg-type,union-attr]
                      page, source) for p in pieces]
        check = compare("IE-EXP-SUM" if side == "支出" else "IE-INC-SUM", f"各单位{side}之和等于部门{side}合计",
                        [term(department, f"部门{side}合计")], terms,
                        what=f"第{page}页分单位所列{len(terms)}个单位（文件所称全部单位）之和与部门{side}合计")
        check.basis = "text"
        yield check


def _plain(value: Decimal) -> str:
    return f"{value:f}"
