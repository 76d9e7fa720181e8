"""A total split in the words into 基本支出 and 项目支出 (IE-BP), or a 基本支出 into 人员经费 and 公用经费, and the
公用经费 a sentence states within its 基本支出 (TT-OPC-ECON). Each reads the words only (basis "text"), with the
tolerance of §0.2 of CHECKS.md; a split IE-BP already adds on the resolved figures is not checked twice.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, Term, anchored, at_most, coarse_vs_fine, compare, near_literal, opened_at, term
from .figures import prose_split
from .text import NUM, Text, printed_decimals, text_rule, to_decimal
from .wholes import _without_heading


# spending that is neither 基本 nor 项目 (a 决算's 收支总表 rows), with an amount that is not zero
_OTHER_SPENDING = re.compile(r"(?:经营|上缴上级|对附属单位补助)支出[^\d。]{0,8}?(\d[\d,]*(?:\.\d+)?)")


def _other_spending(text: str) -> bool:
    return any(to_decimal(m.group(1)) for m in _OTHER_SPENDING.finditer(text))


def _figures_compare(result: ParsedDisclosure, whole: Decimal, basic: Decimal, project: Decimal) -> bool:
    """Whether IE-BP on the resolved figures already adds these very 基本/项目 amounts against this total (it adds
    none when they are of two scopes, so the sentence's own split is then read here)."""
    split = prose_split(result)
    if split is not None and split[0].fund_scope == "一般公共预算财政拨款" and result.kind != "预算":
        return False  # ie_bp adds a 一般公共预算 split in a 预算 only: a 决算's is left to the words here
    wholes = {f.value for k in ("general_budget_appropriation", "expenditure_total") if (f := result.figures.get(k))}
    return split is not None and [f.value for f in split] == [basic, project] and whole in wholes


# the words that open a 基本/项目 split: “其中”, “按经济性质分”, “按支出性质：”, “按支出类型划分，”
# “从支出结构看，”
_SPLIT_OPENER = (r"(?:其中|按(?:支出)?(?:经济(?:性质|分类)|性质|类型|结构)(?:分类)?(?:划分|分)?"
                 r"|从支出(?:结构|性质|类型)(?:上|来)?看)[:：,，]?")
# the total's list by function class, which may stand between the total and its split (“支出总计X万元，按功能分类：
# …支出A万元，…。按支出性质：基本支出…”); it names no 基本/项目 part itself
_FUNCTION_LIST = r"按(?:支出)?功能分类(?:科目)?(?:划分|分)?[:：,，](?:(?!基本支出|项目支出)[^。;；]){0,300}?[。;；]"


# a 决算's budget and completion rate after its total, and the sentence giving the reason for the gap, before the
# split opens (“…拨款A万元，年初预算为B万元，完成年初预算的R%。决算数高于年初预算，主要是…。其中基本支出…”): the
# reason sentence holds no amount, so the split is still the total's own
_OUTTURN_ASIDE = (r"年初预算数?(?:为|是)?\d[\d,]*(?:\.\d+)?万元[,，]?完成(?:了)?(?:年初)?预算数?的?\d+(?:\.\d+)?%[。;；,，]"
                  r"(?:[^。\d]{0,80}?。)?")


# what the part is for, said before its name: “其中保障机构正常运转的基本支出…”
_PURPOSE = r"(?:[^\d。，,；;:：]{1,16}?的)?"


# “一般公共预算拨款支出1,170.00万元，其中基本支出710.00万元，项目支出400.00万元”: a total and its own split. The
# total may be named 合计 or 总额 (“本年支出合计…，其中基本支出…”) or 总计, which may count the carry-over too: a
# 总计 is only held to be no less than its split
_SPLIT = re.compile(
    rf"([^\d,，。;；:：]{{0,24}}?(?:支出|当年拨款|财政拨款))(?:预算|决算)?数?(?:合计|总额|总计)?(?:收支(?:预算|决算)?)?(?:均|都)?"
    rf"(?:为|是)?{NUM}万元[,，]?"
    rf"(?:[^。;；]{{0,12}}?[,，]|(?:比|较|与)(?:上年|去年|\d{{4}}年度?)[^。;；]{{0,100}}?[。;；,，]|{_FUNCTION_LIST}"
    rf"|{_OUTTURN_ASIDE})?"
    rf"{_SPLIT_OPENER}{_PURPOSE}基本支出(?:预算|决算)?数?(?:为|是)?{NUM}万元([^。]{{0,60}}?)"
    rf"项目支出(?:预算|决算)?数?(?:为|是)?{NUM}万元")
_MORE_PARTS = re.compile(r"[,，、;；]?[^。,，;；]{0,12}?支出(?:预算|决算)?数?(?:为|是)?\d")
_SPLIT_AT = re.compile(rf"{_SPLIT_OPENER}{_PURPOSE}基本支出")  # where a `_SPLIT` can be
# after a 基本支出's split into 人员经费 and 公用经费, the 项目支出 that follows (“…公用经费78.60万元；项目支出683.33万元”)
# is the whole's other half, not a third part of the 基本支出
_MORE_BASIC_PARTS = re.compile(rf"(?![,，、;；]?项目支出){_MORE_PARTS.pattern}")
# the 人员经费's own split in brackets (“人员经费A万元（其中在职人员经费…、离退休人员经费…）和公用经费B万元”): its
# amounts are parts of 人员经费, not another part of the 基本支出
_STAFF_ASIDE = re.compile(r"[（(]其中[:：]?[^（()）。]{0,80}?[）)]")


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
        if basic + project < whole and "总计" in view.text[match.end(1):match.start(2)] and result.kind != "预算":
            continue  # a 决算's 总计 may count the carry-over (结转下年) beside 基本 and 项目: only parts above it are
            # wrong; a 预算 plans no 结转下年, so its 支出总计 is 基本 + 项目
        page = view.page_at(match.start())
        label = _without_heading(label)
        check = compare("IE-BP", name, [Term(label, whole, printed_decimals(whole_raw), "万元", page, match.group(0))],
                        [Term("基本支出", basic, printed_decimals(basic_raw), "万元", page, match.group(0)),
                         Term("项目支出", project, printed_decimals(project_raw), "万元", page, match.group(0))],
                        what=f"第{page}页{label}与其后所列基本支出、项目支出之和")
        check.basis = "text"
        yield check


_SPLIT_CELLS = {"基本支出": "basic_expenditure", "项目支出": "project_expenditure"}


@text_rule
def fund_split_vs_table(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-MAP for a fund's spending split in the words (“一般公共预算财政拨款支出A万元…其中：基本支出B万元，项目支出C万元”)
    against that fund's function table: when A is the table's 合计 (the words speak of the table's money), B and C are
    its 合计 row's 基本支出 and 项目支出 cells. Only the 一般公共预算 fund, whose table is read by scope; a split of
    all funds is IE-BP's and PT-TOTAL's."""
    cells: dict[str, dict[str, list]] = {}  # table → metric → figures
    for figure in result.table_figures:
        if figure.fund_scope == "一般公共预算财政拨款" and figure.period == "本年" and figure.value is not None \
                and figure.table and (figure.row or "").endswith(("合计", "总计")):
            cells.setdefault(figure.table, {}).setdefault(figure.metric, []).append(figure)
    if not cells:
        return
    for match in anchored(_SPLIT, _SPLIT_AT, view.text, before=520, after=160):
        label, whole_raw, basic_raw, between, project_raw = match.groups()
        if "一般公共预算" not in label or re.search(r"政府性基金|国有资本|收入|合计|总计|结转", label + between):
            continue
        whole = to_decimal(whole_raw)
        tables = [table for table, found in cells.items()
                  if any(f.value == whole for f in found.get("general_budget_appropriation", []))]
        if whole is None or len(tables) != 1:
            continue
        page = view.page_at(match.start())
        for part, raw in (("基本支出", basic_raw), ("项目支出", project_raw)):
            figures = cells[tables[0]].get(_SPLIT_CELLS[part], [])
            if len({f.value for f in figures}) != 1 or (value := to_decimal(raw)) is None:
                continue
            words, cell = (Term(f"正文一般公共预算财政拨款{part}", value, printed_decimals(raw), "万元", page,
                                match.group(0)[:200]), term(figures[0], f"表中{part}"))
            check = coarse_vs_fine("PT-MAP", f"正文与表格一致：一般公共预算财政拨款{part}", words, cell)
            if check.outcome == "fail" and check.severity == "info" and words.scale == cell.scale:
                # one amount printed twice to the same places: no rounding parts them, a last digit differs
                check.severity = "warning"
                check.message = check.message.replace("可能为取整误差", "两处位数相同，末位不一致，需人工复核")
            check.basis = "text"
            yield check


fund_split_vs_table.defers = True  # type: ignore[attr-defined]


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
    # 拨款支出 stands at most nine characters on (“政府性基金预算财政”): tried only there
    for match in opened_at(_NAMED_SPLIT, view.text, near_literal(view.text, "拨款支出", least=0, most=9)):
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
        if re.search(r"\d万?元", _STAFF_ASIDE.sub("", between)) or _MORE_BASIC_PARTS.match(view.text, match.end()):
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
        if re.search(r"\d万?元", _STAFF_ASIDE.sub("", between)) or _MORE_BASIC_PARTS.match(view.text, match.end()):
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


# the year's 机关运行经费 as the words state it (“2024年本单位机关运行经费决算214.37万元”, “（一）机关运行经费：2019年机关运行
# 经费72.30万元”, “1.机关运行经费：2025年52.55万元”), and the 公用经费 of a split of the 基本支出 beside its 人员经费
# (“其中：人员经费A万元，公用经费B万元”, “人员类A万元、公用类B万元”)
_OPC_STATED = re.compile(
    rf"机关运行经费(?:[:：]?(?:(?P<year>(?:19|20)\d\d)年度?)?(?:本(?:部门|单位))?(?:机关运行经费)?)?"
    rf"(?:支出|预算|决算)?数?(?:合计|总额|共计)?(?:为|是)?[:：]?{NUM}(万元|元)(?![/每])")
_PUBLIC_STATED = re.compile(rf"(?:日常)?公用(?:经费|类)(?:支出)?(?:预算|决算)?数?(?:为|是|合计)?[:：]?{NUM}(万元|元)(?![/每])")
# what the words say of a 机关运行经费 equal to the 公用经费 (“与公用经费一致”, “即基本支出中的公用经费”)
_SAID_EQUAL = re.compile(r"(?:与|和|同)[^。；;，,\d]{0,30}公用经费(?:数|支出|预算|决算)?(?:数)?(?:保持)?(?:一致|相同|相等|持平)"
                         r"|(?:等于|即为?|就是)[^。；;，,\d]{0,24}公用经费")
_NOT_THIS_YEAR = re.compile(r"上年|去年|上一年|比|较|与|年初|调整")


def _printed_term(view: Text, label: str, raw: str, unit: str, page: int, source: str) -> Term:
    """An amount of the words as a term with its printed step: in a document in 元 (read in 万元) the step of the amount
    as printed in 元 (“525,470.00元”, read “52.547万元”, is exact to the cent)."""
    value = to_decimal(raw) * UNIT_FACTOR[unit]  # type: ignore[operator]
    printed = view.yuan.get(value.normalize()) if view.yuan and unit == "万元" else None
    if printed is not None:
        return Term(label, value, printed_decimals(printed.replace("元", "")), "元", page, source)
    return Term(label, value, printed_decimals(raw), unit, page, source)


def _stated_public(result: ParsedDisclosure, view: Text) -> list[Term]:
    """The year's 公用经费 each split of a 基本支出 in the words gives beside its 人员经费 (one term per amount)."""
    found: dict[Decimal, Term] = {}
    for match in opened_at(_PUBLIC_STATED, view.text, near_literal(view.text, "公用", least=0, most=2)):
        page = view.page_at(match.start())
        clause = re.split(r"[。；;]", view.text[max(0, match.start() - 120):match.start()])[-1]
        sentence = re.split(r"[。]", view.text[max(0, match.start() - 120):match.start()])[-1]
        if page in view.listing_pages or not re.search(r"人员(?:经费|类)|工资福利|基本工资", sentence):
            continue  # “…人员经费A万元，…；公用经费B万元”: the split's 人员 part may stand in the clause before
        years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", sentence)}
        if _NOT_THIS_YEAR.search(clause[-8:]) or re.search(r"上年|去年|上一年", clause) \
                or (result.year and years - {result.year}):
            continue
        value = to_decimal(match.group(1))
        if value is None or value <= 0:
            continue
        found.setdefault(value * UNIT_FACTOR[match.group(2)],
                         _printed_term(view, "基本支出中公用经费", match.group(1), match.group(2), page,
                                       view.text[max(0, match.start() - 40):match.end()][:200]))
    return list(found.values())


@text_rule
def opc_within_public_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TT-OPC-ECON in the words: each 机关运行经费 of the year the words state is part of the 基本支出's 公用经费 (the
    goods and services of the 行政 and 参公 units' basic spending), so it cannot exceed the largest 公用经费 a split of
    the 基本支出 states beside its 人员经费 (a 全口径 split's is larger still than the 财政拨款 one's). Where the words
    say the two are equal (“与公用经费一致”), the 机关运行经费 must equal one of those 公用经费 (PR-REPEAT)."""
    publics: list[Term] | None = None
    seen: set[Decimal] = set()
    for match in opened_at(_OPC_STATED, view.text, near_literal(view.text, "机关运行经费", least=0, most=0)):
        page = view.page_at(match.start())
        before = re.split(r"[。；;]", view.text[max(0, match.start() - 30):match.start()])[-1]
        if page in view.listing_pages or _NOT_THIS_YEAR.search(before[-8:]) or re.search(r"上年|去年|上一年", before):
            continue
        year = match.group("year")
        years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", before)} | ({int(year)} if year else set())
        if result.year and years - {result.year}:
            continue
        value = to_decimal(match.group(2))
        if value is None or value <= 0:
            continue
        value *= UNIT_FACTOR[match.group(3)]
        if value in seen:
            continue
        seen.add(value)
        if publics is None:
            publics = _stated_public(result, view)
        if not publics:
            return
        costs = _printed_term(view, "机关运行经费", match.group(2), match.group(3), page,
                              view.text[match.start():match.end() + 40][:200])
        after = re.split(r"[。；;]", view.text[match.end():match.end() + 60])[0]
        if _SAID_EQUAL.search(after):
            nearest = min(publics, key=lambda t: abs(t.value - value))
            check = coarse_vs_fine("PR-REPEAT", "机关运行经费与公用经费一致（文中所称）",
                                   *sorted((costs, nearest), key=lambda t: t.half, reverse=True))
            if check.outcome == "fail" and check.severity == "error":
                check.message = (f"第{page}页称机关运行经费{match.group(2)}{match.group(3)}与公用经费一致，而文中公用经费为"
                                 f"{'、'.join(f'{t.value}万元' for t in publics)}；"
                                 "两处披露不能同时成立，需人工复核")
        else:
            largest = max(publics, key=lambda t: t.value)
            check = at_most("TT-OPC-ECON", "机关运行经费不超过同年公用经费（文字）", costs, largest, severity="error")
        check.basis = "text"
        yield check


opc_within_public_in_words.defers = True  # type: ignore[attr-defined]
