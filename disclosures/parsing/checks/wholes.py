"""Parts and wholes stated in the words: a total and the parts it lists (类, 基本/项目, 人员/公用, coded listings, a
named 其中), the budget gap of a 决算, a headcount split by kind, funds stated then denied, and a partial list that
must stay within its whole. Each reads the words only (basis "text"), with the tolerance of §0.2 of CHECKS.md.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from typing import Iterator, NamedTuple

from ..lists import PARTIAL_OPENER, listed_parts
from ..prose import FUNCTION_CODES
from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, ZERO, Term, anchored, at_most, coarse_vs_fine, compare, term
from .figures import prose_split
from .statements import SPENT, actual_before, budgets_and_actuals, sentences_with
from .text import CHANGE_WORDS, NUM, Text, printed_decimals, text_rule, to_decimal

# spending that is neither 基本 nor 项目 (a 决算's 收支总表 rows), with an amount that is not zero
_OTHER_SPENDING = re.compile(r"(?:经营|上缴上级|对附属单位补助)支出[^\d。]{0,8}?(\d[\d,]*(?:\.\d+)?)")


def _other_spending(text: str) -> bool:
    return any(to_decimal(m.group(1)) for m in _OTHER_SPENDING.finditer(text))


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
        items: list[tuple[str, str]] = []
        at = head.end()
        while True:
            item = _CLASS_ITEM.match(view.text, at)
            if item is None:
                break
            items.append(item.groups())
            at = item.end()
            if at < len(view.text) and view.text[at] in ",，、;；":
                at += 1
                continue
            break
        ended = at >= len(view.text) or view.text[at] == "。"
        if len(items) < 2 or not ended or not all(n in FUNCTION_CODES or n.startswith("结转") for n, _ in items):
            continue
        values = [to_decimal(raw) for _, raw in items]
        whole = to_decimal(whole_raw)
        if whole is None or any(v is None for v in values):
            continue
        if sorted(values) == prose_lines:  # type: ignore[type-var]
            continue  # IE-EXP-SUM on the parsed lines reads the same amounts
        page = view.page_at(head.start())
        source = view.text[head.start():at]
        label = _without_heading(label)
        check = compare("IE-EXP-SUM", name, [Term(label, whole, printed_decimals(whole_raw), "万元", page, source)],
                        [Term(n, v, printed_decimals(raw), "万元", page, source) for (n, raw), v in zip(items, values)],  # type: ignore[arg-type]
                        what=f"第{page}页{label}与其后所列各功能分类之和")
        check.basis = "text"
        yield check


# “本年支出合计A万元，其中…。按支出功能分类，本年支出包括：B1；B2；B3。”: a list that names its total by label only,
# the amount printed for that label just before it
_NAMED_CLASS_LIST = re.compile(r"按(?:支出)?功能分类(?:科目)?(?:划分|分)?[,，:：]?(本年支出|支出合计|本年支出合计)(?:决算)?数?"
                               r"(?:包括|为|由|有)[:：]?")


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
    for sentence, text, before, gap in sentences_with(_GAP, view):
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
_HEAD_PART = re.compile(r"([^\d,，、;；。:：]{1,14}?)(\d+)(名|人)([、,，和及]?)")
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
    """The “part N人、part M人…” list starting at `at`."""
    parts: list[tuple[str, int]] = []
    while True:
        part = _HEAD_PART.match(text, at)
        if part is None or (parts and _HEAD_NEXT_LIST.match(part.group(1))):
            return parts
        # “其中局机关实有30人”: the count's own word after the unit's name is not part of the name
        label = re.sub(r"(?<=.)(?:实有|在编|在职|编制)(?:人数|人员)?(?:为|共)?$", "", part.group(1))
        parts.append((re.sub(r"^(?:其中|包括)[:：]?", "", label), int(part.group(2))))
        at = part.end()
        if not part.group(4):
            return parts


def _labelled_splits(text: str) -> Iterator[_HeadSplit]:
    """Splits under a label of their own, each joined to the nearest total of its kind stated shortly before."""
    for label in _HEAD_LABELLED.finditer(text):
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
        if not all(_HEAD_KIND.search(label) for label in labels) and not _by_post(labels):
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


def _figures_compare(result: ParsedDisclosure, whole: Decimal, basic: Decimal, project: Decimal) -> bool:
    """Whether IE-BP on the resolved figures already adds these very 基本/项目 amounts against this total (it adds
    none when they are of two scopes, so the sentence's own split is then read here)."""
    split = prose_split(result)
    wholes = {f.value for k in ("general_budget_appropriation", "expenditure_total") if (f := result.figures.get(k))}
    return split is not None and [f.value for f in split] == [basic, project] and whole in wholes


# the words that open a 基本/项目 split: “其中”, “按经济性质分”, “按支出性质：”, “按支出类型划分，”
# “从支出结构看，”
_SPLIT_OPENER = (r"(?:其中|按(?:支出)?(?:经济(?:性质|分类)|性质|类型|结构)(?:分类)?(?:划分|分)?"
                 r"|从支出(?:结构|性质|类型)(?:上|来)?看)[:：,，]?")
# the total's list by function class, which may stand between the total and its split (“支出总计X万元，按功能分类：
# …支出A万元，…。按支出性质：基本支出…”); it names no 基本/项目 part itself
_FUNCTION_LIST = r"按(?:支出)?功能分类(?:科目)?(?:划分|分)?[:：,，](?:(?!基本支出|项目支出)[^。;；]){0,300}?[。;；]"


# what the part is for, said before its name: “其中保障机构正常运转的基本支出…”
_PURPOSE = r"(?:[^\d。，,；;:：]{1,16}?的)?"


# “一般公共预算拨款支出1,170.00万元，其中基本支出710.00万元，项目支出400.00万元”: a total and its own split. The
# total may be named 合计 or 总额 (“本年支出合计…，其中基本支出…”) or 总计, which may count the carry-over too: a
# 总计 is only held to be no less than its split
_SPLIT = re.compile(
    rf"([^\d,，。;；:：]{{0,24}}?(?:支出|当年拨款|财政拨款))(?:预算|决算)?数?(?:合计|总额|总计)?(?:收支(?:预算|决算)?)?(?:均|都)?"
    rf"(?:为|是)?{NUM}万元[,，]?"
    rf"(?:[^。;；]{{0,12}}?[,，]|(?:比|较|与)(?:上年|去年|\d{{4}}年度?)[^。;；]{{0,100}}?[。;；,，]|{_FUNCTION_LIST})?"
    rf"{_SPLIT_OPENER}{_PURPOSE}基本支出(?:预算|决算)?数?(?:为|是)?{NUM}万元([^。]{{0,60}}?)"
    rf"项目支出(?:预算|决算)?数?(?:为|是)?{NUM}万元")
_MORE_PARTS = re.compile(r"[,，、;；]?[^。,，;；]{0,12}?支出(?:预算|决算)?数?(?:为|是)?\d")
_SPLIT_AT = re.compile(rf"{_SPLIT_OPENER}{_PURPOSE}基本支出")  # where a `_SPLIT` can be
# after a 基本支出's split into 人员经费 and 公用经费, the 项目支出 that follows (“…公用经费78.60万元；项目支出683.33万元”)
# is the whole's other half, not a third part of the 基本支出
_MORE_BASIC_PARTS = re.compile(rf"(?![,，、;；]?项目支出){_MORE_PARTS.pattern}")


@text_rule
def split_adds_up(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A total followed by its own 基本/项目 split in one sentence must equal their sum (IE-BP read from the words: the
    sentence names the total itself, whatever scope the resolved figures took). Not run when another total or part
    sits between or after the two halves, nor when the figure rule already compares these very amounts."""
    name = "支出等于基本支出加项目支出（同一句）"
    for match in anchored(_SPLIT, _SPLIT_AT, view.text, before=520, after=160):
        label, whole_raw, basic_raw, between, project_raw = match.groups()
        if re.search(r"收入|合计|总计|结转|[^基项]目?支出\d", between) or _MORE_PARTS.match(view.text, match.end()):
            continue
        whole, basic, project = to_decimal(whole_raw), to_decimal(basic_raw), to_decimal(project_raw)
        if whole is None or basic is None or project is None:
            continue
        if _figures_compare(result, whole, basic, project):
            continue  # IE-BP on the resolved figures reads the same three amounts
        if basic + project < whole and _other_spending(view.text):
            continue  # a 决算's total also counts its 经营/上缴上级/对附属单位补助 spending, which “其中” may leave out
        if basic + project < whole and "总计" in view.text[match.end(1):match.start(2)]:
            continue  # a 总计 may count the carry-over (结转下年) beside 基本 and 项目: only parts above it are wrong
        page = view.page_at(match.start())
        label = _without_heading(label)
        check = compare("IE-BP", name, [Term(label, whole, printed_decimals(whole_raw), "万元", page, match.group(0))],
                        [Term("基本支出", basic, printed_decimals(basic_raw), "万元", page, match.group(0)),
                         Term("项目支出", project, printed_decimals(project_raw), "万元", page, match.group(0))],
                        what=f"第{page}页{label}与其后所列基本支出、项目支出之和")
        check.basis = "text"
        yield check


# “财政拨款支出X万元……。财政拨款支出中，基本支出A万元，主要包括…；项目支出B万元”: the split names its total only by
# the subject, whose amount an earlier sentence of the same passage states
_NAMED_SPLIT = re.compile(
    r"((?:一般公共预算|政府性基金(?:预算)?)?(?:财政)?拨款支出(?:决算|预算)?)(?:数)?中[:：,，]"
    rf"基本支出(?:预算|决算)?数?(?:为|是)?{NUM}万元([^。]{{0,120}}?)项目支出(?:预算|决算)?数?(?:为|是)?{NUM}万元")
_NAMED_SPLIT_REACH = 600


@text_rule
def named_split_adds_up(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“<subject>中，基本支出A万元…项目支出B万元” where the subject's own amount X was stated shortly before (the last
    “<subject>X万元” of the same year and scope within the passage): X must equal A + B (IE-BP read from the words).
    Not run when no such amount is found, when another 基本/项目 split sits between, nor when the figure rule already
    compares these very amounts."""
    name = "支出等于基本支出加项目支出（前文所述总额）"
    for match in _NAMED_SPLIT.finditer(view.text):
        subject, basic_raw, between, project_raw = match.groups()
        if re.search(r"\d万元", between) or _MORE_PARTS.match(view.text, match.end()):
            continue
        start = max(0, match.start() - _NAMED_SPLIT_REACH)
        stated = [m for m in re.finditer(rf"{re.escape(subject)}(?:决算|预算)?数?(?:为|是|共)?{NUM}万元",
                                         view.text[start:match.start()])
                  if _same_subject(view.text, start + m.start(), subject, result.year)]
        if not stated:
            continue
        whole_match = stated[-1]
        if re.search(r"基本支出(?:预算|决算)?数?(?:为|是)?\d", view.text[start + whole_match.end():match.start()]):
            continue
        whole_raw = whole_match.group(1)
        whole, basic, project = to_decimal(whole_raw), to_decimal(basic_raw), to_decimal(project_raw)
        if whole is None or basic is None or project is None:
            continue
        if _figures_compare(result, whole, basic, project):
            continue  # IE-BP on the resolved figures reads the same three amounts
        page = view.page_at(match.start())
        source = match.group(0)[:200]
        check = compare("IE-BP", name, [Term(subject, whole, printed_decimals(whole_raw), "万元", page, whole_match.group(0))],
                        [Term("基本支出", basic, printed_decimals(basic_raw), "万元", page, source),
                         Term("项目支出", project, printed_decimals(project_raw), "万元", page, source)],
                        what=f"第{page}页{subject}与其后“{subject}中”所列基本支出、项目支出之和")
        check.basis = "text"
        yield check


def _same_subject(text: str, at: int, subject: str, year: int | None) -> bool:
    """Whether the subject printed at `at` is the split's own: not last year's (“上年财政拨款支出…”, “2022年…”), nor a
    narrower fund's when the split names none (“一般公共预算财政拨款支出…” against “财政拨款支出中”)."""
    before = text[max(0, at - 8):at]
    if re.search(r"(?:上年|上年度|去年|上一年)的?$", before):
        return False
    if not subject.startswith(("一般公共预算", "政府性基金")) and re.search(r"(?:预算|基金)$", before):
        return False
    named = re.search(r"((?:19|20)\d\d)年度?的?$", before)
    return not (named and year and int(named.group(1)) != year)


# “一般公共预算财政拨款基本支出553.62万元，其中：人员经费466.82万元，主要包括…；公用经费66.80万元，主要包括…” (or
# “…553.62万元。其中：人员经费…”: a 其中 opening the next sentence still splits that amount); the
# two are the whole by definition, so “用于人员经费A万元、公用经费B万元” is the same split
# the 基本支出 may carry its change on last year before its split (“基本支出1,180.95万元，比2024年增加29.65万元，
# 其中人员经费…、公用经费…”): that clause's amounts are the change and its rate, never a part
_CHANGE_ASIDE = (r"(?:(?:比|较|与)(?:上年度?|上一年度?|(?:19|20)\d\d年度?)(?:相比)?[,，]?(?:增加|减少|增长|下降|持平)"
                 r"[^。;；,，]{0,20}[,，](?:(?:增长|下降|增幅|降幅)[^。;；,，]{0,12}[,，])?)")
_BASIC_SPLIT = re.compile(
    rf"基本支出(?:预算|决算)?数?(?:为|是)?{NUM}(万元|元)(?:[,，]?(?:[^。;；\d]{{0,30}}?[,，]|{_CHANGE_ASIDE})?"
    rf"(?:其中|中|包括|(?:主要)?用于|[(（])|。其中)[:：,，]?"
    rf"人员经费(?:支出)?(?:预算|决算)?(?:为|是)?{NUM}(万元|元)([^。]{{0,240}}?)(?:日常)?公用经费(?:支出)?(?:预算|决算)?(?:为|是)?"
    rf"{NUM}(万元|元)")


def _split_term(label: str, value: Decimal, raw: str, unit: str, page: int, source: str) -> Term:
    """One amount of a split as printed: in 万元, or in 元 converted to 万元 (its half-step stays the printed one)."""
    if unit == "元":
        return Term(label, value * UNIT_FACTOR["元"], printed_decimals(raw), "元", page, source)
    return Term(label, value, printed_decimals(raw), "万元", page, source)


@text_rule
def basic_split_adds_up(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """基本支出 is 人员经费 plus 公用经费 by definition: a sentence that gives the 基本支出 and then its own split into the
    two must add up (the prose twin of TB-T3's 总计 = 人员经费 + 公用经费). Not run when the text between the two parts
    holds another amount, nor when a third part follows (a template that splits 基本支出 three ways)."""
    name = "基本支出等于人员经费加公用经费（同一句）"
    for match in _BASIC_SPLIT.finditer(view.text):
        whole_raw, whole_unit, staff_raw, staff_unit, between, office_raw, office_unit = match.groups()
        if re.search(r"\d万?元", between) or _MORE_BASIC_PARTS.match(view.text, match.end()):
            continue
        whole, staff, office = to_decimal(whole_raw), to_decimal(staff_raw), to_decimal(office_raw)
        if whole is None or staff is None or office is None:
            continue
        page = view.page_at(match.start())
        yield _basic_split_check(name, f"第{page}页基本支出与其后所列人员经费、公用经费之和", page, match.group(0)[:200],
                                 (whole, whole_raw, whole_unit), (staff, staff_raw, staff_unit),
                                 (office, office_raw, office_unit))


def _basic_split_check(name: str, what: str, page: int, source: str, whole: tuple[Decimal, str, str],
                       staff: tuple[Decimal, str, str], office: tuple[Decimal, str, str]) -> Check:
    """IE-BP on 基本支出 = 人员经费 + 公用经费, each given as (value, as printed, unit). An amount printed in 元 is
    converted, so one slipped into 元 beside the others' 万元 is a unit error."""
    check = compare("IE-BP", name, [_split_term("基本支出", *whole, page, source)],
                    [_split_term("人员经费", *staff, page, source), _split_term("公用经费", *office, page, source)],
                    what=what)
    check.basis = "text"
    return check


# the split first, the 基本支出 after it: “人员经费A万元、公用经费B万元，两项合计即…基本支出C万元”
_SPLIT_THEN_BASIC = re.compile(
    rf"人员经费(?:支出)?(?:预算|决算)?(?:为|是)?{NUM}(万元|元)[、,，;；]?(?:和|及|以及)?(?:日常)?公用经费(?:支出)?(?:预算|决算)?"
    rf"(?:为|是)?{NUM}(万元|元)[,，;；]?(?:以上)?(?:两项|二者|两者)?(?:合计|共计|总计|之和)(?:即|为|是|构成)?"
    rf"([^。;；\d]{{0,30}}?)基本支出(?:预算|决算)?数?(?:为|是|共)?{NUM}(万元|元)")
_SPLIT_ANCHOR = re.compile("公用经费")


@text_rule
def split_then_basic(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The same split printed the other way round: 人员经费 and 公用经费, then their sum named as the 基本支出. The
    total must be named 基本支出 in its own clause (a bare 合计 could be any pair's)."""
    name = "基本支出等于人员经费加公用经费（同一句）"
    for match in anchored(_SPLIT_THEN_BASIC, _SPLIT_ANCHOR, view.text, before=40, after=120):
        staff_raw, staff_unit, office_raw, office_unit, _, whole_raw, whole_unit = match.groups()
        whole, staff, office = to_decimal(whole_raw), to_decimal(staff_raw), to_decimal(office_raw)
        if whole is None or staff is None or office is None:
            continue
        page = view.page_at(match.start())
        yield _basic_split_check(name, f"第{page}页所列人员经费、公用经费之和与其后所称基本支出", page, match.group(0)[:200],
                                 (whole, whole_raw, whole_unit), (staff, staff_raw, staff_unit),
                                 (office, office_raw, office_unit))


@text_rule
def opc_within_stated_public(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """机关运行经费 is part of the 公用经费 of the same scope (TT-OPC-ECON): with no basic-expenditure table read, the
    公用经费 is taken from the words' own split of the 基本支出 into 人员经费 and 公用经费, when that 基本支出 is the
    document's 一般公共预算财政拨款 basic spending (so both amounts are of the scope the 机关运行经费 is stated in)."""
    if any(line.code is None and line.name == "公用经费" for line in result.economic_lines):
        return  # the table's 公用经费 is read by the figure rule
    costs, basic = result.figures.get("operating_costs"), result.figures.get("basic_expenditure")
    if costs is None or basic is None or costs.value is None or basic.value is None \
            or basic.fund_scope not in ("一般公共预算财政拨款", "一般公共预算"):
        return
    for match in _BASIC_SPLIT.finditer(view.text):
        whole_raw, whole_unit, _staff_raw, _staff_unit, between, office_raw, office_unit = match.groups()
        if whole_unit != "万元" or office_unit != "万元":
            continue  # a split printed in 元 (or slipped into it) is basic_split_adds_up's
        if re.search(r"\d万?元", between) or _MORE_BASIC_PARTS.match(view.text, match.end()):
            continue
        whole, office = to_decimal(whole_raw), to_decimal(office_raw)
        if whole is None or office is None or whole != basic.value:
            continue
        page = view.page_at(match.start())
        check = at_most("TT-OPC-ECON", "机关运行经费不超过同口径公用经费",
                        term(costs, "机关运行经费"),
                        Term("基本支出中公用经费", office, printed_decimals(office_raw), "万元", page, match.group(0)[:200]),
                        severity="error")
        check.basis = "text"
        yield check
        return


# “科学技术支出（类）250.12万元。其中：科学技术普及（款）机构运行（项）172.30万元，…；科普活动（项）62.82万元”
_CLASS_OPEN = re.compile(rf"[(（]类[)）](?:[(（]\d{{3}}[)）])?(?:支出)?(?:预算|决算)?数?(?:为|是|共)?{NUM}万元[。，,；;：:]?其中[:：,，]?")
_NAMED_ITEM = re.compile(rf"[(（](?:项|款)[)）](?:[(（]\d{{5,7}}[)）])?(?:支出)?(?:为|是)?{NUM}万元")


@text_rule
def class_named_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 类 stated in the words with the 款/项 it holds listed after it (“…（类）X万元，其中：…（项）A万元；…（项）B万元”):
    X = A + B + … (TB-HIER read from the words). Runs only on a list that reads as complete: every amount up to the end
    of the line (or the next 类) is an item's, named with （项）/（款）, at least two of them, no nested 其中 and no
    “主要/包括” that would make the list a selection."""
    name = "表内层级：上级科目等于下级科目之和（文字）"
    for match in _CLASS_OPEN.finditer(view.text):
        # the paragraph ends at a line start after a line ending a sentence (lines are joined with no break)
        end = next((start for start in view.starts if start > match.end() and view.text[start - 1] in "。；;"),
                   len(view.text))
        following = re.compile(r"[(（]类[)）]").search(view.text, match.end(), end)
        end = following.start() if following else end
        listing = view.text[match.end():end]
        if re.search(r"其中|主要|包括|等(?:项目|支出)", re.sub(r"用于[^；;。]*", "", listing)):
            continue
        items = list(_NAMED_ITEM.finditer(listing))
        if len(items) < 2 or len(re.findall(r"\d万元", listing)) != len(items):
            continue
        whole, values = to_decimal(match.group(1)), [to_decimal(item.group(1)) for item in items]
        if whole is None or None in values:
            continue
        page = view.page_at(match.start())
        opening = max([view.text.rfind(stop, 0, match.start()) + 1 for stop in "。；;：:"]
                      + [start for start in view.starts if start <= match.start()][-1:])
        label = view.text[opening:match.start()].strip("　 ：:、") + "(类)"
        source = view.text[opening:end][:200]
        parts = []
        for item, value in zip(items, values):
            head = max(listing.rfind(stop, 0, item.start()) for stop in "，,；;。：:") + 1
            parts.append(Term(listing[head:item.start()].strip("　 ") + listing[item.start():item.start() + 3], value, printed_decimals(item.group(1)), "万元",
                              page, source))  # type: ignore[arg-type]
        check = compare("TB-HIER", name, [Term(label, whole, printed_decimals(match.group(1)), "万元", page, source)], parts,
                        what=f"第{page}页{label}与其下所列科目之和")
        check.basis = "text"
        yield check


# A coded listing pasted into the words, one subject a line: “213 农林水支出 1,246.80” / “  2130501 行政运行286.40万元”
_CODED_LINE = re.compile(r"\s*(\d{3}(?:\d{2}){0,2})(?!\d)\s*([^\d\s,，。；;：:%][^\d。；;：:%]{0,40}?)\s*"
                         r"(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})|\d+\.\d{1,2})\s*(万元)?\s*")
_LISTING_TOTAL = re.compile(r"\s*(?:合\s*计|总\s*计)\s*(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})|\d+\.\d{1,2})\s*(万元)?\s*")
_LISTING_LEAD = re.compile(rf"{NUM}万元[^\d。；;]{{0,20}}[：:]\s*")


@text_rule
def coded_listing_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A run of coded lines in the words (类 3 digits, 款 5, 项 7, each with one amount): a subject with lines under it
    equals their sum (TB-HIER), and the 类 add up to the 合计 line after the run or to the amount of the line that leads
    into it (“本年一般公共预算支出X万元，按支出功能分类：”). Not read when the tables were read with these codes."""
    read = {line.code for line in list(result.function_lines) + list(result.economic_lines) if line.code}
    name = "表内层级：上级科目等于下级科目之和（文字）"
    for number, page in sorted(view.pages.items()):
        if number in view.listing_pages:
            continue
        lines = page.lines
        at = 0
        while at < len(lines):
            run = []
            while at + len(run) < len(lines) and (found := _CODED_LINE.fullmatch(lines[at + len(run)])):
                run.append(found)
            if len(run) < 3 or {m.group(1) for m in run} & read:
                at += max(1, len(run))
                continue
            by_code: dict[str, tuple[str, Decimal, str]] = {}
            for m in run:
                value = to_decimal(m.group(3))
                if value is not None:
                    by_code.setdefault(m.group(1), (m.group(2).strip(), value, m.group(3)))
            source = "；".join(lines[at + i].strip() for i in range(len(run)))[:200]

            def term_of(code: str) -> Term:
                label, value, raw = by_code[code]
                return Term(f"{code}{label}", value, printed_decimals(raw), "万元", number, source)  # type: ignore[arg-type]

            for code in by_code:
                children = [c for c in by_code if len(c) == len(code) + 2 and c.startswith(code)]
                if children:
                    check = compare("TB-HIER", name, [term_of(code)], [term_of(c) for c in children],
                                    what=f"第{number}页所列{code}{by_code[code][0]}与其下级科目之和")
                    check.basis = "text"
                    yield check
            classes = [c for c in by_code if len(c) == 3]
            after = lines[at + len(run)] if at + len(run) < len(lines) else ""
            before = next((line for line in reversed(lines[:at]) if line.strip()), "")
            total = _LISTING_TOTAL.fullmatch(after)
            lead = _LISTING_LEAD.search(before)
            in_wan = all(m.group(4) for m in run)
            whole = None
            if total and len(classes) >= 2:
                whole = Term("所列合计", to_decimal(total.group(1)), printed_decimals(total.group(1)), "万元", number, after.strip())  # type: ignore[arg-type]
            elif lead and in_wan and len(classes) >= 2:
                whole = Term(before.strip()[:lead.start()][-20:] or "所列总额", to_decimal(lead.group(1)), printed_decimals(lead.group(1)),  # type: ignore[arg-type]
                             "万元", number, before.strip())
            if whole is not None and whole.value is not None:
                check = compare("IE-EXP-SUM", "支出合计等于各类之和（文字）", [whole], [term_of(c) for c in classes],
                                what=f"第{number}页所列合计与各类科目之和")
                check.basis = "text"
                yield check
            at += len(run)


# “…支出X万元，比上年增加D万元，增长P%。其中：基本支出A万元，比上年增加a万元，主要是…；项目支出B万元，比上年增加b万元”
_SINCE = r"(?:比|较)(?:上年|上年度|去年)(?:年初)?(?:预算数?|执行数|决算数)?(?:相比)?[,，]?"
_WHOLE_CHANGE = re.compile(
    rf"([^\d,，。;；:：]{{2,30}}?)(?:预算|决算)?数?均?(?:为|是)?{NUM}万元[,，]?{_SINCE}({CHANGE_WORDS}){NUM}万元"
    rf"(?:[,，][^。;；:：\d其]{{0,8}}-?\d+(?:\.\d+)?%)?[。,，;；]?"
    # the split opens with 其中 or by the spending's nature (“按支出性质，”, “从经济性质看：”), which may follow the
    # total's list by function class in the next sentence
    rf"(?:{_FUNCTION_LIST})?(?:{_SPLIT_OPENER}|从(?:支出)?经济(?:性质|分类)上?看[:：,，]?)")
_PART_CHANGE = re.compile(
    rf"([^\d,，。;；:：、]{{2,30}}?)(?:预算|决算)?数?(?:为|是)?{NUM}万元[,，]?"
    rf"(?:{_SINCE}(?:({CHANGE_WORDS}){NUM}万元|(持平))|(?:与|同)(?:上年|上年度|去年)(持平|相同|一致))")
_AMOUNT = re.compile(rf"{NUM}万元")
_SINCE_AT = re.compile(_SINCE)  # where a `_WHOLE_CHANGE` can be: around its 比上年


def _signed(word: str | None, raw: str | None) -> Decimal | None:
    """A change in 万元 with its direction: 减少-36.20 is a fall written with its sign (−36.20); 增加-12.30 says two
    things at once (PR-DIR's finding), so it gives no value."""
    if word is None:
        return ZERO
    value = to_decimal(raw or "")
    if value is None or (value < 0 and word in ("增加", "增长", "上升")):
        return None
    return abs(value) if word in ("增加", "增长", "上升") else -abs(value)


@text_rule
def split_changes_add_up(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-CHG-BP read from the words: a total with its change, then “其中” and its parts each with its own change
    (“比上年增加/减少…万元” or “与上年持平”), up to the sentence's end. Only when the parts' amounts add up to the total
    (so they are all of it, in one scope) must their changes add up to the total's change; a part whose direction
    word is wrong shows as a change off by twice that part's change, and the message says so. The 三公 split is
    SG-CHG's, and a split the figures already compare (IE-CHG-BP on the resolved figures) is not read twice."""
    name = "总额变动额等于其中各部分变动额之和（同一句）"
    figures = result.figures
    for match in anchored(_WHOLE_CHANGE, _SINCE_AT, view.text, before=90, after=420):
        label, whole_raw, word, delta_raw = match.groups()
        if re.search(r"三公|“三公”", label):
            continue
        whole, whole_change = to_decimal(whole_raw), _signed(word, delta_raw)
        end = view.text.find("。", match.end())
        region = view.text[match.end(): end if end >= 0 else match.end() + 400][:400]
        parts = list(_PART_CHANGE.finditer(region))
        if whole is None or whole_change is None or len(parts) < 2:
            continue
        if len(_AMOUNT.findall(region)) != sum(1 + bool(p.group(4)) for p in parts):
            continue  # other amounts in the list (a reason's, a nested split's): the parts may not be the whole
        amounts = [to_decimal(p.group(2)) for p in parts]
        changes = [_signed(p.group(3), p.group(4)) for p in parts]
        if any(v is None for v in amounts + changes):
            continue
        page = view.page_at(match.start())
        source = view.text[match.start(): match.end() + parts[-1].end()]
        part_terms = [Term(p.group(1).strip("，,、 其中:："), v, printed_decimals(p.group(2)), "万元", page, source)
                      for p, v in zip(parts, amounts)]
        whole_term = Term(re.sub(r"^年度?", "", label.strip("，,、 ")) or "合计", whole, printed_decimals(whole_raw), "万元", page, source)
        fit = compare("IE-BP", name, [whole_term], part_terms)
        if fit.outcome == "fail" and fit.severity != "info":
            continue  # the parts are not the whole (or not all of it): their changes need not add up
        basic, project = figures.get("basic_expenditure"), figures.get("project_expenditure")
        if (basic is not None and project is not None and {basic.change, project.change} == set(changes)
                and (g := figures.get("general_budget_appropriation")) is not None and g.change == whole_change):
            continue  # ie_chg_bp compares these very changes
        change_terms = [Term(t.label + "变动", c, _printed(p), "万元", page, source)
                        for t, c, p in zip(part_terms, changes, parts)]
        check = compare("IE-CHG-BP", name,
                        [Term(whole_term.label + "变动", whole_change, printed_decimals(delta_raw), "万元", page, source)],
                        change_terms, what=f"第{page}页{whole_term.label}的变动额与其中各部分变动额之和")
        check.basis = "text"
        if check.outcome == "fail" and check.severity == "error":
            total = sum(changes, ZERO)
            for t, c in zip(change_terms, changes):
                if c and abs(total - 2 * c - whole_change) <= (check.tolerance or ZERO):
                    way = "增加" if c > 0 else "减少"
                    check.message += f"；若{t.label[:-2]}实为{'减少' if c > 0 else '增加'}{abs(c)}万元则相符，文中“{way}”的增减方向与数字矛盾"
                    break
        yield check


def _printed(part: re.Match[str]) -> int | None:
    return printed_decimals(part.group(4)) if part.group(4) else None


# “一般公共预算财政拨款支出635.77万元，…。…一般公共预算财政拨款支出决算按功能分类：社会保障和就业支出61.85万元，…”
_BY_FUNCTION = re.compile(r"([^。；;:：]{0,40}?)(?:决算|预算)?数?按(?:支出)?功能分类(?:科目)?(?:划分|分)?[:：,，]([^。]{4,400})")
_SUBJECT = re.compile(r"((?:一般公共预算|政府性基金(?:预算)?)?(?:财政)?(?:拨款)?(?:当年拨款|支出))$")
_OPENING_SUBJECT = re.compile(rf"^\s*(?:\d{{4}}年度?)?((?:一般公共预算|政府性基金(?:预算)?)(?:财政)?(?:拨款)?支出)(?:决算|预算)?数?"
                              rf"(?:合计|总额)?(?:为|是)?{NUM}万元")
_CLASS_PIECE = re.compile(rf"^([^\d]{{2,20}}?支出)(?:为)?{NUM}万元")


@text_rule
def function_list_total(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-EXP-SUM where the figures hold no total of the classes' scope: a sentence listing the function classes of a
    named expenditure (“…支出决算按功能分类：A万元；B万元…”) is held to the amount an earlier sentence gives that same
    expenditure. Runs only when the classes it reads are the parser's own class lines (codes known), printed in full."""
    from .figures import _fig, _spending_of

    lines = result.expenditure_by_function
    if len(lines) < 2 or not all(line.table is None and line.level == "类" and line.code for line in lines):
        return
    scopes = {line.fund_scope for line in lines}
    key = {"全口径": "expenditure_total", "一般公共预算财政拨款": "general_budget_appropriation"}.get(scopes.pop() if len(scopes) == 1 else "")
    if key is None:
        return
    stated = _fig(result, key)
    if stated is not None and _spending_of(stated, next(iter({line.fund_scope for line in lines})), result.kind):
        return  # the figure rule (figures.ie_exp_sum) holds the classes to that total
    for match in _BY_FUNCTION.finditer(view.text):
        subject = _SUBJECT.search(re.sub(r"(?:决算|预算)数?$", "", match.group(1)))
        if subject is None and not match.group(1).strip():
            # “…支出X万元，…。按功能分类：A万元…”: a list that opens its own sentence lists the spending the sentence
            # before it opens on
            before = view.text[:match.start()].rstrip("。")
            sentence = before[before.rfind("。") + 1:]
            subject = _OPENING_SUBJECT.match(sentence)
        if subject is None or len(subject.group(1)) < 4:
            continue
        pieces = []
        for piece in re.split(r"[，;；、]|,(?!\d{3})", match.group(2)):
            found = _CLASS_PIECE.match(piece.strip())
            if found and (value := to_decimal(found.group(2))) is not None:
                pieces.append((found.group(1), value, found.group(2)))
        if "其中" in match.group(2) or sorted(v for _, v, _ in pieces) != sorted(line.value for line in lines):
            continue
        label = subject.group(1)
        named = re.compile(rf"(?<![基目])({re.escape(label)})(?:决算|预算)?数?(?:合计|总额)?(?:为|是)?{NUM}万元")
        earlier = list(named.finditer(view.text, max(0, match.start() - 600), match.start()))
        if not earlier:
            continue
        total = earlier[-1]
        value = to_decimal(total.group(2))
        if value is None:
            continue
        page = view.page_at(match.start())
        check = compare("IE-EXP-SUM", "支出合计等于各功能分类之和",
                        [Term(label, value, printed_decimals(total.group(2)), "万元", view.page_at(total.start()), total.group(0))],
                        [Term(name, amount, printed_decimals(raw), "万元", page, name + raw) for name, amount, raw in pieces],
                        what=f"第{page}页{label}与其按功能分类所列各类之和")
        check.basis = "text"
        yield check
        return


# A 决算's two totals in the words (CHECKS.md IE-BAL: for 决算 D-001): 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余,
# 收入总计 = 本年收入合计 + 用事业基金弥补收支差额 + 年初结转和结余. All funds only: 财政拨款's own totals are not read.
_FINAL_TERMS = {
    "支出总计": r"(?<!收入)(?<!拨款)支出(?:决算)?总计", "本年支出合计": r"(?<!拨款)(?:本年|(?:19|20)\d\d年度)支出(?:决算)?合计",
    "结余分配": r"(?<!拨款)结余分配", "年末结转和结余": r"(?<!拨款)年末结转和?结余",
    "收入总计": r"(?<!拨款)收入(?:决算)?总计", "本年收入合计": r"(?<!拨款)(?:本年|(?:19|20)\d\d年度)收入(?:决算)?合计",
    "用事业基金弥补收支差额": r"用事业基金弥补收支差额", "年初结转和结余": r"(?<!拨款)(?:年初|上年)结转和?结余",
}
_FINAL_SIDES = (("支出总计", ("本年支出合计", "结余分配", "年末结转和结余"), "支出总计等于本年支出合计加结余分配和年末结转和结余"),
                ("收入总计", ("本年收入合计", "用事业基金弥补收支差额", "年初结转和结余"), "收入总计等于本年收入合计加年初结转和结余"))
# “收入支出总计均为5,181.97万元”: one grand total printed for both sides
_BOTH_TOTALS = re.compile(rf"(?<!拨款)(?:收入(?:和|与|、)?支出|收支)(?:决算)?总计(?:均|都)(?:为|是)?{NUM}万元")
# “2023年度一般公共预算财政拨款年初结转和结余A万元，本年收入B万元；…年末结转和结余D万元”: one fund's own balance
_FUND_LEAD = re.compile(r"(?:一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:财政)?拨款")


_HEADING = re.compile(r"^\s*(?:[(（]?[一二三四五六七八九十\d]{1,3}[、.．)）]|第[一二三四五六七八九十]+部分)[^。\d]{0,30}$")


def _in_fund_sentence(view: Text, at: int) -> bool:
    """Whether the sentence holding `at` opens with one fund's name (within a year or two words of its start); a
    heading line printed right before the sentence, without a stop, is not part of it, nor a table's “注:”."""
    text = view.text
    opening = max(text.rfind("。", 0, at) + 1, *(text.rfind(note, 0, at) + 2 for note in ("注:", "注：")))
    line = bisect_right(view.starts, at) - 1
    while line > 0 and view.starts[line] > opening:
        if _HEADING.match(text[view.starts[line - 1]:view.starts[line]]):
            opening = view.starts[line]
            break
        line -= 1
    lead = _FUND_LEAD.search(text, opening, at)
    return lead is not None and lead.start() - opening <= 12


# words of a part that may sit in a total without an amount in the words: the sum cannot be judged then
_UNSTATED_PART = re.compile(r"非财政拨款结余|专用结余|事业基金|结余分配")


@text_rule
def final_totals(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 决算's 支出总计 (收入总计) against the parts the words state for it, each printed once with one amount; a part
    the words do not state is 0 only when none of the words that name such a part appear at all."""
    if result.kind != "决算":
        return
    stated: dict[str, list[re.Match[str]]] = {}
    for label, words in _FINAL_TERMS.items():
        stated[label] = [m for m in re.finditer(rf"(?:{words})(?:数)?(?:为|是|共计)?{NUM}万元", view.text)
                         if not _in_fund_sentence(view, m.start())]
    for both in _BOTH_TOTALS.finditer(view.text):
        stated["收入总计"].append(both)
        stated["支出总计"].append(both)
    # a 决算 balances, 收入总计 = 支出总计: words that print only the 收入总计 give the total of the spending side too
    spending_from_income = not stated["支出总计"] and bool(stated["收入总计"])
    if spending_from_income:
        stated["支出总计"] = stated["收入总计"]
    for total_label, part_labels, name in _FINAL_SIDES:
        totals = stated[total_label]
        if not totals or len({to_decimal(m.group(1)) for m in totals}) != 1:
            continue
        parts, unknown = [], False
        for label in part_labels:
            found = stated[label]
            if len({to_decimal(m.group(1)) for m in found}) > 1:
                unknown = True
            elif found:
                parts.append((label, found[0]))
        named = {label for label, _ in parts}
        if unknown or not {part_labels[0], part_labels[2]} <= named:
            continue
        total = totals[0]
        if total_label == "支出总计" and spending_from_income:
            total_label = "收入总计（即支出总计）"
        check = compare("D-001", name, [Term(total_label, to_decimal(total.group(1)), printed_decimals(total.group(1)), "万元",  # type: ignore[arg-type]
                                             view.page_at(total.start()), total.group(0))],
                        [Term(label, to_decimal(m.group(1)), printed_decimals(m.group(1)), "万元", view.page_at(m.start()), m.group(0))  # type: ignore[arg-type]
                         for label, m in parts], what=f"决算{total_label}与其构成")
        if check.outcome == "fail" and check.severity == "error" and len(named) < 3:
            missing = [label for label in part_labels if label not in named]
            if any(re.search(_FINAL_TERMS[label], view.text) for label in missing) or _UNSTATED_PART.search(view.text):
                continue  # a part named without its amount (or another fund's 结余) may account for the difference
        check.basis = "text"
        yield check


# “政府性基金预算财政拨款年初结转和结余A万元，本年收入B万元，本年支出C万元，年末结转和结余D万元”: one fund's year in
# a 决算's words, whose four amounts balance (A + B = C + D, the fund's own D-001)
_SEP = r"[,，;；]"
_FUND_YEAR = re.compile(
    rf"(一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:财政)?拨款(?:收支)?(?:决算)?的?"
    rf"年初结转和?结余(?:为|是)?{NUM}万元{_SEP}本年收入(?:为|是)?{NUM}万元{_SEP}"
    rf"本年支出(?:为|是)?{NUM}万元{_SEP}年末结转和?结余(?:为|是)?{NUM}万元")
_FUND_YEAR_ANCHOR = re.compile(r"年末结转和?结余")


@text_rule
def fund_year_balance(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A fund's 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余, as one 决算 sentence states them."""
    if result.kind != "决算":
        return
    for found in anchored(_FUND_YEAR, _FUND_YEAR_ANCHOR, view.text, before=160, after=30):
        fund = found.group(1)
        amounts = [(raw, to_decimal(raw)) for raw in found.groups()[1:]]
        if any(value is None for _, value in amounts):
            continue
        page = view.page_at(found.start())
        terms = [Term(label, value, printed_decimals(raw), "万元", page, found.group(0))  # type: ignore[arg-type]
                 for label, (raw, value) in zip(("年初结转和结余", "本年收入", "本年支出", "年末结转和结余"), amounts)]
        check = compare("D-001", f"{fund}财政拨款：年初结转和结余加本年收入等于本年支出加年末结转和结余",
                        terms[:2], terms[2:], what=f"第{page}页{fund}财政拨款收支")
        check.basis = "text"
        yield check


# “本年收入…，其中…政府性基金预算财政拨款收入36.00万元” and later “本部门没有政府性基金预算财政拨款收入”
_FUNDS = r"政府性基金|国有资本经营"
# the side may go unnamed when the whole appropriation is denied (“本部门无政府性基金预算拨款，…”): both sides then
_DENIED = re.compile(rf"(?:没有|无|未安排|不涉及|未使用)(?:使用)?[^。；;，,\d]{{0,8}}?({_FUNDS})"
                     rf"(?:[^。；;，,\d]{{0,14}}?(收入|支出|收支)|(?:预算)?(?:财政)?(?:拨款|资金)(?=[。；;，,]))")
_FUND_AMOUNT = re.compile(rf"({_FUNDS})(?:预算)?(?:财政)?(?:拨款)?(?:安排的)?(收入|支出)(?:预算|决算)?数?(?:为|是)?{NUM}万元")
_OTHER_YEAR = re.compile(r"上年|去年|上一年|((?:19|20)\d\d)年")


@text_rule
def fund_stated_then_denied(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-GF in the words: a sentence that says the unit has no 政府性基金 (or 国有资本经营) income or spending, and
    another that lists a non-zero amount of that very side of that fund for the year. The denial names its side
    (收入, 支出, or 收支 for both; a denied 拨款 or 资金 with no side is both); an amount in a clause about another
    year is not this year's. The finding is on the denial's page: it is the sentence the amounts contradict."""
    name = "正文所称无某类资金与所列金额一致"
    text = view.text
    denials = [(m.group(1), m.group(2) or "收支", m) for m in _DENIED.finditer(text)
               if not _other_year(text, m.start(), result.year)]
    if not denials:
        return
    seen: set[tuple[str, str]] = set()
    for amount in _FUND_AMOUNT.finditer(text):
        fund, side, raw = amount.groups()
        value = to_decimal(raw)
        if not value or (fund, side) in seen:
            continue
        if _other_year(text, amount.start(), result.year):
            continue  # 上年…, or another year's amount
        for d_fund, d_side, denial in denials:
            if d_fund != fund or d_side not in (side, "收支"):
                continue
            seen.add((fund, side))
            page, said = view.page_at(amount.start()), view.page_at(denial.start())
            sentence = text[denial.start():text.find("。", denial.start()) + 1 or denial.end()][:80]
            yield Check("PT-GF", name, "fail", "error",
                        f"第{page}页列{fund}{side}{raw}万元，第{said}页却称“{sentence}”；两处披露不能同时成立，需人工复核",
                        [{"label": f"{fund}{side}", "value": raw, "page": page, "source": amount.group(0)},
                         {"label": "所称无", "value": denial.group(0), "page": said}], None, said, "text")
            break


# “政府性基金预算支出60.00万元，全部为项目支出”: a 预算's prose spending of the fund, held to the total of its own
# table (表五 政府性基金预算支出表, whose 合计 is that spending); a clause about another year is not read
_FUND_TABLE = re.compile(r"政府性基金.*支出")


@text_rule
def fund_spending_vs_table(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-GF for the spending side: prose amounts = 表五. Only in a 预算, where the fund's expenditure table prints this
    year's spending; the first such sentence of the document is held (a later one may be a part of it)."""
    if result.kind != "预算":
        return
    cells = [f for f in result.table_figures if f.metric == "gov_fund_appropriation" and f.period == "本年"
             and f.fund_scope == "政府性基金" and f.table and _FUND_TABLE.search(f.table) and f.value is not None]
    if not cells:
        return
    cell = cells[0]
    for amount in _FUND_AMOUNT.finditer(view.text):
        fund, side, raw = amount.groups()
        if fund != "政府性基金" or side != "支出" or _other_year(view.text, amount.start(), result.year):
            continue
        value = to_decimal(raw)
        if value is None:
            continue
        page = view.page_at(amount.start())
        check = coarse_vs_fine("PT-GF", "政府性基金支出正文与政府性基金预算支出表一致",
                               Term("正文政府性基金支出", value, printed_decimals(raw), "万元", page, amount.group(0)),
                               term(cell, f"{cell.table}合计"))
        check.basis = "text"
        check.page = page
        yield check
        return


def _other_year(text: str, at: int, year: int | None) -> bool:
    """The clause before `at` names the prior year or a year other than the document's."""
    clause = re.split(r"[。；;，,]", text[max(0, at - 40):at])[-1]
    years = {m.group(1) for m in _OTHER_YEAR.finditer(clause)}
    return bool(years) and years != {str(year)}


# “本部门一般公共预算财政拨款项目支出全部开展了绩效自评，…，涉及资金1,862.40万元”: the funds a 决算's self-evaluation
# covers, against the 一般公共预算 项目支出 another sentence states (“一般公共预算财政拨款支出A万元，其中…项目支出B万元”)
_SELF_EVALUATION = re.compile(r"绩效(?:自评|评价)")
_EVALUATED_FUNDS = re.compile(rf"(?:涉及|覆盖)(?:的)?(?:[^。,，;；\d]{{0,16}}?)?(?:资金|拨款|项目支出|金额)(?:总额|合计|共计)?(?:为|是|共)?{NUM}万元")
_GENERAL_PROJECT = re.compile(
    rf"一般公共预算(?:财政)?(?:拨款)?(?:支出)?(?:决算|预算)?数?(?:合计|共计)?(?:为|是)?{NUM}万元[^。;；]{{0,30}}?"
    rf"项目支出(?:决算|预算)?数?(?:为|是)?{NUM}万元"
    rf"|一般公共预算(?:财政)?(?:拨款)?项目支出(?:决算|预算)?数?(?:为|是)?(?P<own>{NUM})万元")


@text_rule
def self_evaluated_funds(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PR-PERF for a 决算: the 一般公共预算 funds its 绩效自评 covers (“…绩效自评，涉及资金X万元”) cannot exceed the
    一般公共预算 项目支出 the document states (the figure rule reads only the 预算's 绩效目标 wording). Runs only when
    the self-evaluation sentence names the 一般公共预算 and the text states one such 项目支出."""
    if result.kind != "决算":
        return
    name = "绩效自评涉及资金不超过一般公共预算项目支出"
    for sentence in re.finditer(r"[^。]+", view.text):
        text = sentence.group(0)
        if not _SELF_EVALUATION.search(text):
            continue
        funds = _EVALUATED_FUNDS.search(text)
        if funds is None or "一般公共预算" not in text:
            continue
        stated = [m for m in _GENERAL_PROJECT.finditer(view.text) if not sentence.start() <= m.start() < sentence.end()]
        if not stated:
            stated = _project_of_all_general(view.text)
        if len({to_decimal(m.group(2) or m.group("own")) for m in stated}) != 1:
            continue  # none, or several 项目支出 (预算 and 决算, two years): which one is meant is not known
        found = stated[0]
        raw = found.group(2) or found.group("own")
        project, value = to_decimal(raw), to_decimal(funds.group(1))
        if project is None or value is None:
            continue
        page = view.page_at(sentence.start() + funds.start())
        check = at_most("PR-PERF", name, Term("绩效自评涉及资金", value, printed_decimals(funds.group(1)), "万元", page, text[:200]),
                        Term("一般公共预算项目支出", project, printed_decimals(raw), "万元", view.page_at(found.start()), found.group(0)),
                        severity="error")
        check.basis = "text"
        yield check


# “财政拨款支出A万元，全部为一般公共预算财政拨款，…。按支出性质分，基本支出B万元，项目支出C万元”: when the
# words say every 财政拨款 is 一般公共预算, the 项目支出 of that paragraph is the 一般公共预算 one
_ALL_GENERAL = re.compile(r"(?:全部|均|全)(?:为|是|属于?)一般公共预算(?:财政)?拨款")
_PARAGRAPH_END = re.compile(r"\n|[一二三四五六七八九十]+、")
_PROJECT_AFTER = re.compile(rf"()()项目支出(?:决算|预算)?数?(?:为|是)?(?P<own>{NUM})万元")


def _project_of_all_general(text: str) -> list[re.Match[str]]:
    """The 项目支出 a paragraph prints after saying that all its 财政拨款 is 一般公共预算 (within 200 characters, before
    the next line or numbered heading); none when the words make no such claim."""
    found = []
    for claim in _ALL_GENERAL.finditer(text):
        end = min(len(text), claim.end() + 200)
        stop = _PARAGRAPH_END.search(text, claim.end(), end)
        found.extend(_PROJECT_AFTER.finditer(text, claim.end(), stop.start() if stop else end))
    return found


# “一般公共预算财政拨款支出482.40万元，其中项目支出52.20万元”: the part 其中 names right after its whole
_PART_OF = re.compile(rf"(?<![\d.]){NUM}(万元|亿元|元)[,，]?其中[:：]?([^\d,，;；。:：、()（）%]{{2,24}}?)(?:为|是)?{NUM}(万元|亿元|元)")
_CHANGE_NEAR = re.compile(rf"(?:{CHANGE_WORDS}|提高|压减|增支|减支|缩减|变化|比|较|同比|占|超|节约|差)")


@text_rule
def part_named_by_qizhong(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A part 其中 names right after its whole, in one sentence, is of the whole's own scope: it cannot exceed it
    (IE-SCOPE-LE, an error here: no scope to mistake). Not read on a change (a part's change may exceed the total's)."""
    for found in _PART_OF.finditer(view.text):
        whole_raw, whole_unit, label, part_raw, part_unit = found.groups()
        clause = view.text[max(0, found.start() - 12):found.start()]
        if _CHANGE_NEAR.search(label) or _CHANGE_NEAR.search(re.split(r"[,，;；。:：]", clause)[-1]) \
                or whole_raw.startswith("-") or part_raw.startswith("-"):
            continue
        if view.text[found.end():found.end() + 1] == "%":
            continue
        whole, part = to_decimal(whole_raw), to_decimal(part_raw)
        if whole is None or part is None:
            continue
        page = view.page_at(found.start())
        source = found.group(0)
        check = at_most("IE-SCOPE-LE", "其中所列部分不大于整体",
                        Term(label, part * UNIT_FACTOR[part_unit], printed_decimals(part_raw), part_unit, page, source),
                        Term("合计", whole * UNIT_FACTOR[whole_unit], printed_decimals(whole_raw), whole_unit, page, source),
                        severity="error")
        check.basis = "text"
        if check.outcome == "fail":
            yield check


# “公用经费57.60万元，主要为办公费20.00万元、水电费10.00万元”: a list that may leave parts out
_PARTIAL_LIST = re.compile(rf"(?<![\d.]){NUM}(万元|亿元|元|辆|人|名)[,，]?{PARTIAL_OPENER}")
_AMOUNT_UNIT = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)(万元|亿元|元|辆|人|名)$")
# “安排项目4个，资金448.00万元。主要项目：1.A x万元；2.B y万元。”: the amount closes its sentence and the next one
# opens the list of its main parts, naming them by a noun the amount's own sentence uses (项目, 支出, 用途…)
_PARTIAL_NEXT = re.compile(rf"(?<![\d.]){NUM}(万元|亿元|元)。主要(项目|支出|用途|内容)(?:有|包括|为|是)?[:：]")


_PARTIAL_AT = re.compile(PARTIAL_OPENER)
_PARTIAL_NEXT_AT = re.compile("。主要")


def _partial_lists(text: str) -> Iterator[re.Match[str]]:
    # searched only around their openers: a pattern that opens with an amount is otherwise tried at every digit
    yield from anchored(_PARTIAL_LIST, _PARTIAL_AT, text, before=24, after=0)
    for found in anchored(_PARTIAL_NEXT, _PARTIAL_NEXT_AT, text, before=24, after=8):
        opening = text.rfind("。", 0, found.start()) + 1
        if found.group(3) in text[opening:found.start()]:
            yield found
_COUNTS = ("辆", "人", "名")


@text_rule
def partial_list_within_whole(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The parts a “主要为” list names may fall short of their whole, never exceed it (IE-SCOPE-LE: an error within one
    sentence, where no scope can be mistaken, or in the sentence right after the whole that opens with “主要项目：”)."""
    for found in _partial_lists(view.text):
        parts = listed_parts(view.text, found.end())
        amounts = [_AMOUNT_UNIT.match(amount) for _, amount in parts or []]
        if not parts or not all(amounts) or found.group(1).startswith("-"):
            continue
        counted = {m.group(2) in _COUNTS for m in amounts} | {found.group(2) in _COUNTS}  # type: ignore[union-attr]
        if len(counted) > 1:
            continue  # money parts of a count, or the reverse: not a list of this whole's parts
        page = view.page_at(found.start())
        source = view.text[found.start():found.end() + 200].split("。")[0]
        if counted == {True}:
            yield from _counted_parts_within(found.group(1), [m.group(1) for m in amounts], page, source)  # type: ignore[union-attr]
            continue
        terms = [Term(label, to_decimal(m.group(1)) * UNIT_FACTOR[m.group(2)], printed_decimals(m.group(1)), m.group(2), page, source)  # type: ignore[operator, union-attr]
                 for (label, _), m in zip(parts, amounts)]
        whole = Term("合计", to_decimal(found.group(1)) * UNIT_FACTOR[found.group(2)], printed_decimals(found.group(1)),  # type: ignore[operator]
                     found.group(2), page, source)
        total = Term("+".join(t.label for t in terms), sum((t.value for t in terms), ZERO), max(t.scale or 0 for t in terms),
                     "万元", page, source)
        check = at_most("IE-SCOPE-LE", "所列主要部分之和不大于整体", total, whole, severity="error")
        check.figures = [t.to_json() for t in terms] + [whole.to_json()]
        check.basis = "text"
        if check.outcome == "fail":
            yield check


def _counted_parts_within(whole_raw: str, part_raws: list[str], page: int, source: str) -> Iterator[Check]:
    """Counts are exact (CHECKS.md §0.2 rule 8): the listed parts of a count may not add up to more than it."""
    whole, parts = int(whole_raw), [int(raw) for raw in part_raws]
    if sum(parts) > whole:
        yield Check("IE-SCOPE-LE", "所列主要部分之和不大于整体", "fail", "error",
                    f"第{page}页总数{whole}，所列各部分{'+'.join(part_raws)}={sum(parts)}，部分之和大于总数，需人工复核",
                    [{"label": "总数", "value": whole_raw, "page": page, "source": source}]
                    + [{"label": "部分", "value": raw} for raw in part_raws], 0, page, "text")


# “财政拨款收入803.42万元，占100.00%（一般公共预算财政拨款767.02万元，政府性基金预算财政拨款38.60万元）”: a 财政拨款
# amount with its funds listed in brackets right after it (its share may stand between); the funds are the whole
_FUND_BRACKET = re.compile(rf"财政拨款(收入|支出)(?:合计|总额)?(?:决算|预算)?数?(?:为|是|共)?{NUM}万元"
                           rf"(?:[,，]?占[^()（）。；;\d%]{{0,16}}?\d+(?:\.\d+)?%)?[,，]?[(（]([^()（）。]{{8,160}})[)）]")
_FUND_PART = re.compile(rf"(一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?(?:收入|支出)?"
                        rf"(?:决算|预算)?数?(?:为|是)?{NUM}万元")


@text_rule
def fund_bracket_adds_up(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 财政拨款 total and the funds its bracket lists (一般公共预算, 政府性基金, 国有资本经营): the parts add up to it.
    Not run when the bracket holds an amount that is no fund's (“其中…”, a change), nor with a fund named twice."""
    for found in _FUND_BRACKET.finditer(view.text):
        if view.text[max(0, found.start() - 2):found.start()] in ("预算", "基金"):
            continue  # a single fund's own 财政拨款 (一般公共预算财政拨款收入…), not the total of the funds
        way, whole_raw, inside = found.groups()
        parts = _FUND_PART.findall(inside)
        funds = [fund[:4] for fund, _ in parts]
        if len(parts) < 2 or len(set(funds)) != len(funds) or len(re.findall(r"\d万元", inside)) != len(parts) \
                or re.search(r"比|较|增|减|上年", inside):
            continue
        whole = to_decimal(whole_raw)
        values = [to_decimal(raw) for _, raw in parts]
        if whole is None or None in values:
            continue
        page = view.page_at(found.start())
        source = found.group(0)[:200]
        label = f"财政拨款{way}"
        check = compare("IE-INC-SUM" if way == "收入" else "IE-EXP-SUM", f"{label}等于括号内所列各类财政拨款之和",
                        [Term(label, whole, printed_decimals(whole_raw), "万元", page, source)],
                        [Term(f"{fund}财政拨款", value, printed_decimals(raw), "万元", page, source)  # type: ignore[arg-type]
                         for (fund, raw), value in zip(parts, values)],
                        what=f"第{page}页{label}与括号内所列各类财政拨款之和")
        check.basis = "text"
        yield check
