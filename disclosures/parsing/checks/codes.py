"""科目编码 and 科目名称 (FM-CODE-NAME, PT-NAME): the codes a document prints against the national classification of
its year, and the names its prose gives against its own tables.

The dictionaries hold the 类 of the 支出功能分类 and the 类/款 of the 部门预算支出经济分类 in force since 2019
(the 2018 reform of the economic classification and the 2019 function names), and a compact table of the function
款/项 lines most 部门预算 print (FUNCTION_DETAIL, and the 行政运行/一般行政管理事务/机关服务/事业运行 项 of the administrative
款 that share them: `detail_name`). Other deeper levels and 7-digit economic codes are local extensions
in many provinces (Chongqing 3010301…), so they are never judged here.
"""
from __future__ import annotations

import re
from functools import lru_cache
from difflib import SequenceMatcher
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import Term, coarse_vs_fine, opened_at
from .stated import item_amount, item_kuan, item_paths
from .text import NUM, Text, printed_decimals, text_rule, to_decimal

FUNCTION_CLASSES = {
    "201": "一般公共服务支出", "202": "外交支出", "203": "国防支出", "204": "公共安全支出", "205": "教育支出",
    "206": "科学技术支出", "207": "文化旅游体育与传媒支出", "208": "社会保障和就业支出", "209": "社会保险基金支出",
    "210": "卫生健康支出", "211": "节能环保支出", "212": "城乡社区支出", "213": "农林水支出", "214": "交通运输支出",
    "215": "资源勘探工业信息等支出", "216": "商业服务业等支出", "217": "金融支出", "219": "援助其他地区支出",
    "220": "自然资源海洋气象等支出", "221": "住房保障支出", "222": "粮油物资储备支出", "223": "国有资本经营预算支出",
    "224": "灾害防治及应急管理支出", "227": "预备费", "229": "其他支出", "230": "转移性支出", "231": "债务还本支出",
    "232": "债务付息支出", "233": "债务发行费用支出", "234": "抗疫特别国债安排的支出",
}

# Class names the 2019 classification replaced: still printed by templates copied from older years.
SUPERSEDED = {
    "医疗卫生与计划生育支出": ("210", "卫生健康支出"),
    "文化体育与传媒支出": ("207", "文化旅游体育与传媒支出"),
    "国土海洋气象等支出": ("220", "自然资源海洋气象等支出"),
    "资源勘探信息等支出": ("215", "资源勘探工业信息等支出"),
}
FIRST_YEAR = 2020  # a 2019 document may still straddle the change

ECONOMIC = {
    "301": "工资福利支出", "30101": "基本工资", "30102": "津贴补贴", "30103": "奖金", "30106": "伙食补助费",
    "30107": "绩效工资", "30108": "机关事业单位基本养老保险缴费", "30109": "职业年金缴费",
    "30110": "职工基本医疗保险缴费", "30111": "公务员医疗补助缴费", "30112": "其他社会保障缴费", "30113": "住房公积金",
    "30114": "医疗费", "30199": "其他工资福利支出",
    "302": "商品和服务支出", "30201": "办公费", "30202": "印刷费", "30203": "咨询费", "30204": "手续费", "30205": "水费",
    "30206": "电费", "30207": "邮电费", "30208": "取暖费", "30209": "物业管理费", "30211": "差旅费",
    "30212": "因公出国（境）费用", "30213": "维修（护）费", "30214": "租赁费", "30215": "会议费", "30216": "培训费",
    "30217": "公务接待费", "30218": "专用材料费", "30224": "被装购置费", "30225": "专用燃料费", "30226": "劳务费",
    "30227": "委托业务费", "30228": "工会经费", "30229": "福利费", "30231": "公务用车运行维护费",
    "30239": "其他交通费用", "30240": "税金及附加费用", "30299": "其他商品和服务支出",
    "303": "对个人和家庭的补助", "30301": "离休费", "30302": "退休费", "30303": "退职（役）费", "30304": "抚恤金",
    "30305": "生活补助", "30306": "救济费", "30307": "医疗费补助", "30308": "助学金", "30309": "奖励金",
    "30310": "个人农业生产补贴", "30311": "代缴社会保险费", "30399": "其他对个人和家庭的补助",
    "307": "债务利息及费用支出", "309": "资本性支出（基本建设）",
    "310": "资本性支出", "31001": "房屋建筑物购建", "31002": "办公设备购置", "31003": "专用设备购置",
    "31005": "基础设施建设", "31006": "大型修缮", "31007": "信息网络及软件购置更新", "31008": "物资储备",
    "31009": "土地补偿", "31010": "安置补助", "31011": "地上附着物和青苗补偿", "31012": "拆迁补偿",
    "31013": "公务用车购置", "31019": "其他交通工具购置", "31021": "文物和陈列品购置", "31022": "无形资产购置",
    "31099": "其他资本性支出",
    "311": "对企业补助（基本建设）", "312": "对企业补助", "313": "对社会保障基金补助", "399": "其他支出",
}
# 款 and 项 of the 支出功能分类 that the other rules read (养老, 医疗, 住房 lines sit in nearly every 部门预算): the
# national names since 2019. A code absent here is not judged (local and newer lines vary).
FUNCTION_DETAIL = {
    "20805": "行政事业单位养老支出", "2080501": "行政单位离退休", "2080502": "事业单位离退休",
    "2080505": "机关事业单位基本养老保险缴费支出", "2080506": "机关事业单位职业年金缴费支出",
    "2080599": "其他行政事业单位养老支出",
    "21011": "行政事业单位医疗", "2101101": "行政单位医疗", "2101102": "事业单位医疗", "2101103": "公务员医疗补助",
    "2101199": "其他行政事业单位医疗支出",
    "22102": "住房改革支出", "2210201": "住房公积金", "2210202": "提租补贴", "2210203": "购房补贴",
}
# Most 款 of the administrative 类 open with the same 项 (2010801 行政运行, 2040202 一般行政管理事务, 2130350 事业运行):
# these 款 follow that pattern in the national classification since 2019; their other 项 are not judged.
ADMIN_ITEMS = {"01": "行政运行", "02": "一般行政管理事务", "03": "机关服务", "50": "事业运行"}
ADMIN_KUAN = frozenset((
    "20101 20102 20103 20104 20105 20106 20107 20108 20109 20111 20113 20114 20123 20125 20126 20128 20129 20131 "
    "20132 20133 20134 20136 20137 20138 20402 20404 20405 20406 20501 20601 20701 20702 20703 20706 20708 20801 "
    "20802 21001 21101 21201 21301 21302 21303 21305 21401 21602 22001 22401").split())


def detail_name(code: str | None) -> str | None:
    """The national name of a 款/项 code the data above holds (FUNCTION_DETAIL, or a patterned 项); None = not judged."""
    code = code or ""
    if code in FUNCTION_DETAIL:
        return FUNCTION_DETAIL[code]
    if len(code) == 7 and code[:5] in ADMIN_KUAN:
        return ADMIN_ITEMS.get(code[5:])
    return None


# 款 are judged only under these 类, whose 款 lists above are complete
COMPLETE_CLASSES = ("301", "302", "303", "310")


@lru_cache(maxsize=8192)
def _norm(name: str) -> str:
    name = re.sub(r"[\s()（）“”\"]", "", name)
    return re.sub(r"(?:支出|费用|费)$", "", name)


@lru_cache(maxsize=8192)
def same_name(printed: str, official: str) -> bool:
    """Equal after dropping brackets, spaces and a 支出/费用 ending; one containing the other ("基本养老保险缴费");
    or a one-character variant of a long name ("…养老保险费" for "…养老保险缴费"). 退休费 ≠ 离休费."""
    a, b = _norm(printed), _norm(official)
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= 3 and (a in b or b in a)):
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.75 and min(len(a), len(b)) >= 5


def economic_mismatches(lines) -> list[tuple[str, str, str | None, int | None]]:
    """(code, printed name, official name or None when the code does not exist, page) for 类 and 款 rows."""
    found = []
    for line in lines:
        code = line.code or ""
        if not code.isdigit() or len(code) not in (3, 5) or code[:3] not in ECONOMIC:
            continue
        if len(code) == 5 and code[:3] not in COMPLETE_CLASSES:
            continue
        official = ECONOMIC.get(code)
        if official is None or not same_name(line.name, official):
            found.append((code, line.name, official, line.page))
    return found


def detail_mismatches(lines) -> list:
    """(line, official name) for 款/项 lines whose code FUNCTION_DETAIL holds and whose name is not that code's: a
    different name, or the very name of another code (siblings swapped, "行政单位医疗" under 2101102)."""
    found, seen = [], set()
    others = {_norm(n): c for c, n in FUNCTION_DETAIL.items()}
    for line in lines:
        official = detail_name(line.code)
        if official is None or (line.code, line.name) in seen:
            continue
        swapped = others.get(_norm(line.name), line.code) != line.code
        if swapped or not same_name(line.name, official):
            seen.add((line.code, line.name))
            found.append((line, official))
    return found


@text_rule
def fm_code_name(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """Function classes named as before 2019, function class codes under another class's name, and economic codes
    whose name is not the one the classification gives (one finding per table, listing every row)."""
    name = "科目编码与名称符合政府收支分类科目"
    if result.year is None or result.year < FIRST_YEAR:
        return
    ran = False
    pages: dict[str, list[int]] = {}
    for old in SUPERSEDED:
        for match in re.finditer(old, view.text):
            page = view.page_at(match.start())
            if page not in pages.setdefault(old, []):
                pages[old].append(page)
    for old, where in pages.items():
        code, new = SUPERSEDED[old]
        shown = "、".join(f"第{p}页" for p in where)
        yield Check("FM-CODE-NAME", name, "fail", "warning",
                    f"{shown}使用“{old}”，该类科目（{code}）自2019年起名为“{new}”；可能沿用旧模板，需人工复核",
                    [{"label": "旧科目名称", "value": old, "page": p} for p in where], None, where[0], "text")
    ran = ran or any(detail_name(line.code) for line in result.function_lines)
    classes = [line for line in result.function_lines + result.expenditure_by_function
               if line.level == "类" and line.code in FUNCTION_CLASSES]
    wrong = [line for line in classes if not same_name(line.name, FUNCTION_CLASSES[line.code])  # type: ignore[index]
             and line.name not in SUPERSEDED]
    if classes:
        ran = True
    seen = set()
    for line in wrong:
        if (line.code, line.name) in seen:
            continue
        seen.add((line.code, line.name))
        yield Check("FM-CODE-NAME", name, "fail", "warning",
                    f"第{line.page}页功能分类科目{line.code}名为“{line.name}”，而该编码的类级科目为“{FUNCTION_CLASSES[line.code]}”"
                    "（编码或名称有误），需人工复核",
                    [{"label": f"{line.code}", "value": line.name, "page": line.page, "source": line.table or line.source}],
                    None, line.page, "text")
    for line, official in detail_mismatches(result.function_lines):
        ran = True
        yield Check("FM-CODE-NAME", name, "fail", "warning",
                    f"第{line.page}页功能分类科目{line.code}名为“{line.name}”（该行{line.value:.2f}万元），而该编码的科目为"
                    f"“{official}”（编码或名称有误），需人工复核",
                    [{"label": f"{line.code}", "value": line.name, "page": line.page, "source": line.table or line.source},
                     {"label": f"{line.code}金额", "value": str(line.value), "page": line.page}], None, line.page, "text")
    by_table: dict[str, list] = {}
    for line in result.economic_lines:
        by_table.setdefault(line.table or "", []).append(line)
    for caption, lines in by_table.items():
        if not any(line.code for line in lines):
            continue
        ran = True
        odd = economic_mismatches(lines)
        if not odd:
            continue
        listed = "；".join(f"{code}“{printed}”" + (f"（应为“{official}”）" if official else "（无此科目）")
                          for code, printed, official, _ in odd)
        page = next((p for *_, p in odd if p), None)
        yield Check("FM-CODE-NAME", name, "fail", "warning",
                    f"{caption or '经济分类表'}有{len(odd)}个科目编码与名称不符合部门预算支出经济分类：{listed}；"
                    "可能为地方自定科目或旧版科目，需人工复核",
                    [{"label": code, "value": printed, "page": p, "source": caption} for code, printed, _, p in odd],
                    None, page, "text")
    if ran and not pages and not wrong and not detail_mismatches(result.function_lines) and not any(economic_mismatches(lines) for lines in by_table.values()):
        yield Check("FM-CODE-NAME", name, "pass", "warning", "功能分类类级科目与经济分类类、款级科目的编码和名称均相符",
                    [], None, None, "text")


# a 款/项 code printed in the words with its name and amount: “2080505 机关事业单位职业年金缴费支出30.12万元”
_DIGIT_RUN = re.compile(r"\d+")
_CODED_IN_WORDS = re.compile(r"(?<![\d.])(\d{5}|\d{7})(?![\d.])(?![类款项][)）])[\s　]*([\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,29}?)"
                             rf"[\s　]*(?:为|是)?{NUM}万?元")


@text_rule
def fm_code_name_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 款/项 code of FUNCTION_DETAIL stated in the words under another code's name, or a name unlike its own
    (FM-CODE-NAME; lines the tables gave are judged by fm_code_name)."""
    if result.year is None or result.year < FIRST_YEAR:
        return
    read = {(line.code, line.name) for line in result.function_lines}
    others = {_norm(n): c for c, n in FUNCTION_DETAIL.items()}
    seen = set()
    # a code is a whole run of five or seven digits: tried only at such a run's start
    codes = [run.start() for run in _DIGIT_RUN.finditer(view.text) if run.end() - run.start() in (5, 7)]
    for match in opened_at(_CODED_IN_WORDS, view.text, codes):
        code, printed = match.group(1), match.group(2)
        official = detail_name(code)
        if official is None or (code, printed) in read or (code, printed) in seen:
            continue
        if others.get(_norm(printed), code) == code and same_name(printed, official):
            continue
        seen.add((code, printed))
        page = view.page_at(match.start())
        yield Check("FM-CODE-NAME", "科目编码与名称符合政府收支分类科目", "fail", "warning",
                    f"第{page}页文字中功能分类科目{code}名为“{printed}”，而该编码的科目为“{official}”（编码或名称有误），需人工复核",
                    [{"label": code, "value": printed, "page": page, "source": match.group(0)},
                     {"label": f"{code}金额", "value": match.group(3), "page": page}],
                    None, page, "text")


_ITEM_NAME = re.compile(r"“([^”(]{1,40})\(类\)([^”(]{1,40})\(款\)([^”(]{1,40})\(项\)”"
                        r"|“([^”\-]{2,40})-([^”\-]{2,40})-([^”\-]{2,40})”")  # “类-款-项”科目X万元 (Shanghai)


def _item_names(match: re.Match) -> list[str]:
    groups = match.groups()
    return list(groups[:3]) if groups[0] is not None else list(groups[3:])


@text_rule
def pt_name(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“类(类)款(款)项(项)” in the 编制说明: the 类 and 款 names must be the table's names for the codes above the
    项 row of that name (the table is the source of truth). A 项 name the tables do not print is not paired."""
    name = "正文科目名称与表格一致"
    names = {line.code: line.name for line in result.function_lines if line.code}
    by_item: dict[str, list[str]] = {}
    for line in result.function_lines:
        if line.level == "项" and line.code and len(line.code) == 7:
            by_item.setdefault(_norm(line.name), []).append(line.code)
    if not by_item:
        return
    odd, paired = [], 0
    for match in _ITEM_NAME.finditer(view.text):
        printed = _item_names(match)
        codes = by_item.get(_norm(printed[2]), [])
        if not codes:
            continue
        paired += 1
        if any(all(_agrees(printed[i], names.get(code[:n])) for i, n in ((0, 3), (1, 5))) for code in codes):
            continue
        code = codes[0]
        for i, n in ((0, 3), (1, 5)):
            table = names.get(code[:n])
            if not _agrees(printed[i], table) and printed[i] not in SUPERSEDED:  # an old class name is FM-CODE-NAME's
                odd.append((printed[i], table, code[:n], view.page_at(match.start()), match.group(0)))
    for printed, table, code, page, source in odd:
        yield Check("PT-NAME", name, "fail", "warning",
                    f"第{page}页正文称“{printed}”，而表中科目{code}名为“{table}”；需人工复核",
                    [{"label": "正文", "value": printed, "page": page, "source": source},
                     {"label": f"表中{code}", "value": table}], None, page, "text")
    if paired and not odd:
        yield Check("PT-NAME", name, "pass", "warning", f"正文{paired}个科目的类、款名称与表格一致", [], None, None, "text")


# “初中教育(项)(2050202)”: a 科目 name in the prose with its code in brackets after it
_NAME_THEN_CODE = re.compile(r"([一-龥]{2,30})(?:\((?:类|款|项)\))?\((\d{3}|\d{5}|\d{7})\)")
# the code in brackets that ends every `_NAME_THEN_CODE`, and how far before it such a match can start (30 characters
# of name, then “(项)”)
_CODE_IN_BRACKETS = re.compile(r"\((?:\d{3}|\d{5}|\d{7})\)")
_NAME_REACH = 30 + 3


def _names_then_codes(text: str) -> Iterator[re.Match[str]]:
    """`_NAME_THEN_CODE.finditer(text)`, searched only just before each code in brackets: the pattern tried at every
    character of a long document is what made PT-NAME slow. A name is a run of characters ending where its bracket
    starts, so each match ends at one code's bracket and starts at most `_NAME_REACH` before it."""
    done = 0
    for code in _CODE_IN_BRACKETS.finditer(text):
        if code.end() <= done:
            continue
        match = _NAME_THEN_CODE.search(text, max(done, code.start() - _NAME_REACH), code.end())
        if match is not None:
            done = match.end()
            yield match


@text_rule
def pt_code_name(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 科目 the prose names with its code in brackets (“初中教育（项）（2050202）”) must bear the name the function
    table prints for that code (the table is the source of truth). Codes the tables do not print are not paired."""
    name = "正文科目名称与表格一致"
    names = {line.code: line.name for line in result.function_lines if line.code}
    if not names:
        return
    agreed, odd = 0, 0
    for match in _names_then_codes(view.text):
        printed, code = match.groups()
        table = names.get(code)
        if table is None:
            continue
        if _agrees(printed, table):
            agreed += 1
            continue
        odd += 1
        page = view.page_at(match.start())
        shown = printed[-max(len(table), 4):]
        yield Check("PT-NAME", name, "fail", "warning",
                    f"第{page}页正文把科目{code}称为“{shown}”，而表中该科目名为“{table}”；需人工复核",
                    [{"label": "正文", "value": shown, "page": page, "source": match.group(0)},
                     {"label": f"表中{code}", "value": table}], None, page, "text")
    if agreed and not odd:
        yield Check("PT-NAME", name, "pass", "warning", f"正文{agreed}个带编码的科目名称与表格一致", [], None, None, "text")


@text_rule
def pt_item_name(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 项 the 编制说明 names by its path (“…(款)…(项)X万元”) that the function table does not print, while under
    the same 款 the table prints one 项 of another name for that very amount: the prose gave the row another code's
    name (PT-NAME; “行政单位医疗” for the table's 2101102 事业单位医疗)."""
    names = {line.code: line.name for line in result.function_lines if line.code}
    items = [line for line in result.function_lines if line.level == "项" and line.code and len(line.code) == 7]
    for match in item_paths(view):
        printed, value = match.group(1), item_amount(match)
        kuan = item_kuan(view.text[match.start():match.end()])
        if value is None or kuan is None or any(_agrees(printed, line.name) for line in items):
            continue
        rows = [line for line in items if line.value == value and _agrees(kuan, names.get(line.code[:5]))
                and names.get(line.code[:5]) is not None]
        if len(rows) != 1:
            continue
        row, page = rows[0], view.page_at(match.start())
        if _agrees(printed, detail_name(row.code)) and detail_name(row.code):
            continue  # the prose is right and the table misnames its row: FM-CODE-NAME reports the table
        elsewhere = {_norm(n): c for c, n in FUNCTION_DETAIL.items()}.get(_norm(printed))
        known = f"（“{printed}”是科目{elsewhere}的名称）" if elsewhere and elsewhere != row.code else ""
        yield Check("PT-NAME", "正文科目名称与表格一致", "fail", "warning",
                    f"第{page}页正文称“{printed}（项）{match.group(2)}”，而表中该款下同额的科目为{row.code}“{row.name}”{known}，"
                    f"表中并无“{printed}”；科目名称疑有误，需人工复核",
                    [{"label": "正文", "value": printed, "page": page, "source": match.group(0)[:200]},
                     {"label": f"表中{row.code}", "value": row.name},
                     {"label": f"{row.code}金额", "value": match.group(2), "page": page}], None, page, "text")


def _agrees(printed: str, table: str | None) -> bool:
    return table is None or _norm(printed) == _norm(table) or same_name(printed, table)


_DASHED_AMOUNT = re.compile(rf"“([^”\-]{{2,40}})-([^”\-]{{2,40}})-([^”\-]{{2,40}})”(?:科目)?(?:为)?{NUM}万元")


@text_rule
def pt_item_dashed(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“类-款-项”科目X万元 in the 编制说明 = the 项 row of that name (under that 款) in the function table (PT-ITEM,
    for the layout checks/stated.py's reader of “…(款)…(项)” does not see)."""
    if result.kind != "预算":
        return
    names = {line.code: line.name for line in result.function_lines if line.code}
    rows_of: dict[str, list] = {}
    for line in result.function_lines:
        if line.level == "项" and line.code:
            rows_of.setdefault(_norm(line.name), []).append(line)
    for match in _DASHED_AMOUNT.finditer(view.text):
        rows = rows_of.get(_norm(match.group(3)), [])
        rows = [row for row in rows if _agrees(match.group(2), names.get((row.code or "")[:5]))] or rows
        value = to_decimal(match.group(4))
        if not rows or value is None:
            continue
        page = view.page_at(match.start())
        prose = Term("正文" + match.group(3), value, printed_decimals(match.group(4)), "万元", page, match.group(0)[:200])
        checks = [coarse_vs_fine("PT-ITEM", "正文科目金额与功能分类表一致", prose,
                                 Term(f"表中{row.code}{row.name}", row.value, None, "万元", row.page, row.table or ""))
                  for row in rows]
        best = next((c for c in checks if c.outcome == "pass"), None) or next(
            (c for c in checks if c.severity == "info"), None) or checks[0]
        best.basis = "text"
        yield best
