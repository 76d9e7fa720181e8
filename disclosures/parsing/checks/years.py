"""Placeholders and years (FM-PLACEHOLDER, FM-YEAR): template text left in (XX, instructions) and years that do not
belong to the document, in headings, captions, comparisons and clauses about this year's money.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import ZERO, near_literal, opened_at
from .text import CHANGE_WORDS, NUM, Text, text_rule, to_decimal


# ---- placeholders and years --------------------------------------------------------------------------------------

def _clause_around(text: str, start: int, end: int, *, reach: int = 20) -> str:
    """The clause holding text[start:end], at most `reach` characters each side, never cut inside a number."""
    stops = "。；;，,\n"
    left = max(max(text.rfind(c, max(0, start - reach), start) for c in stops) + 1, max(0, start - reach))
    while 0 < left < start and (text[left - 1].isdigit() or text[left - 1] == "."):
        left -= 1
    ends = [i for i in (text.find(c, end, end + reach) for c in stops) if i >= 0]
    right = min(ends) if ends else min(len(text), end + reach)
    while right < len(text) and right < end + reach + 12 and (text[right].isdigit() or text[right] == "."):
        right += 1
    if text[right: right + 1] == "," and text[right + 1: right + 2].isdigit():
        # a thousands separator: the amount runs on past the reach; leave it out whole rather than quote a piece
        while right > end and (text[right - 1].isdigit() or text[right - 1] == "."):
            right -= 1
    return text[left:right]


@text_rule
def fm_placeholder(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    # a bracketed field name left from a template: 【单位名称】, [金额], 〔填写日期〕, （单位名称）
    field = (r"[【\[〔][^\]】〕\d]{0,6}(?:名称|金额|数额|日期|年份|填写|待定)[】\]〕]"
             # in round brackets only the name of the one who reports: “（单位名称）内设…” is the template's own words
             r"|[（(](?:单位|部门|机构)(?:名称|全称)[）)]")
    # a bracketed instruction to whoever fills the template: （此处填写增减变化原因，无变化的填写“无”）, 【请填写…】,
    # （请根据本部门实际情况填写……）, (此处请填列…)
    instruction = (r"(?:[（(【\[〔][^（）()【】\[\]〔〕。]{0,30}?(?:此处(?:填写|填列|说明|列明)|请(?:在此)?(?:填写|填列|据实填写)|请在此处?(?:简要)?(?:说明|列明|注明|描述|简述|概述)|填写说明"
                   r"|如无[^（）()。]{0,6}?填|无[^（）()。，,]{0,8}?的?填(?:写|列))[^（）()【】\[\]〔〕。]{0,40}?[）)】\]〕]"
                   r"|[（(【\[][^（()）【】\[\]。]{0,6}请[^（()）【】\[\]。]{0,40}?(?:填写|填报|填列|据实|根据本(?:部门|单位)(?:的)?实际|删除)"
                   r"[^（()）【】\[\]。]{0,60}[）)】\]]"
                   # a filling note that may run over several sentences: （填报说明：此处请简要说明……，字数控制在300字以内。）
                   r"|[（(【\[〔](?:填报|填写|编报)(?:说明|提示|要求)[:：][^（）()【】\[\]〔〕]{0,150}?[）)】\]〕]"
                   r"|[（(【\[〔][^（）()【】\[\]〔〕]{0,60}?(?:此处请|字数控制在\d+字|不超过\d+字|\d+字以内)[^（）()【】\[\]〔〕]{0,90}?[）)】\]〕])")
    # a year whose last digits were never filled in: 20XX年, 202X年, 20××年度
    year = r"(?<![A-Za-z\d])(?:19|20)(?:\d[Xx×]|[Xx×]{2})(?=年)"
    pattern = re.compile(rf"(?<![A-Za-z\d])(?:X{{2,}}|x{{3,}}|×{{2,}}|某某|待填写|待补充|\{{[^{{}}]{{1,12}}\}}|{field})(?![A-Za-z\d])"
                         rf"|{year}|{instruction}")
    pages: dict[int, str] = {}
    if not _may_hold_placeholder(view.text, year, field, instruction):
        return
    for match in pattern.finditer(view.text):
        page = view.page_at(match.start())
        told = re.fullmatch(instruction, match.group(0))
        pages.setdefault(page, (match.group(0) if told else _clause_around(view.text, match.start(), match.end()),
                                bool(told)))
    for page, (context, told) in sorted(pages.items()):
        said = f"第{page}页留有模板的填写提示语“{context}”，应填内容未填写" if told else f"第{page}页有未替换的占位符：“{context}”"
        yield Check("FM-PLACEHOLDER", "不留模板占位符", "fail", "warning", said,
                    [{"label": "占位符", "value": context, "page": page}], None, page, "text")


# what any instruction of fm_placeholder holds, whichever of its forms: 此处, 请, 填 (填写, 填列, 填报), a 编报 note,
# a length limit
_INSTRUCTION_WORDS = ("此处", "请", "填", "编报说明", "编报提示", "编报要求", "字数控制在", "不超过", "字以内")


def _may_hold_placeholder(text: str, year: str, field: str, instruction: str) -> bool:
    """Whether `text` holds a placeholder of any of fm_placeholder's forms, each looked for on its own: the literal
    ones by `in`, the year only where an X or × is printed, an instruction only where one of its words is. One
    search for all the forms at once is tried at every position of the text."""
    if any(literal in text for literal in ("XX", "xxx", "××", "某某", "待填写", "待补充", "{")):
        return True
    if any(mark in text for mark in "Xx×") and re.search(year, text):
        return True
    if re.search(field, text):
        return True
    return any(word in text for word in _INSTRUCTION_WORDS) and bool(re.search(instruction, text))


def _captions_year(result: ParsedDisclosure, view: Text) -> int | None:
    """The year every 附表 caption of the body names, when at least three do and none names the title's year: the
    tables and the words were made for that year and the title alone kept another (“2024年部门预算情况说明” above
    five “2025年…表” captions), so the title is the slip and the other years are measured against the captions'."""
    if "captions year" not in view._cache:
        years: set[int] = set()
        count = 0
        for number, page in view.pages.items():
            if number in view.listing_pages:
                continue
            for line in page.lines:
                heading = _year_heading(line, result.unit or "") if "表" in line and "年" in line else None
                if heading is not None and heading.group("title").endswith("表"):
                    years.add(int(heading.group("year")))
                    count += 1
        view._cache["captions year"] = years.pop() if count >= 3 and len(years) == 1 else None
    found = view._cache["captions year"]
    return found if found is not None and found != result.year else None


def document_year(result: ParsedDisclosure, view: Text) -> int | None:
    """The year the document's years are measured against: the title's, unless every caption names another."""
    return _captions_year(result, view) or result.year


@text_rule
def fm_year(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    year = document_year(result, view)
    if not year:
        return
    name = "年份与文件所属年度一致"
    five_digits = re.compile(r"(?<!\d)(20\d{3})年")
    for found in opened_at(five_digits, view.text, near_literal(view.text, "年", least=5, most=5)):  # 年 after 5 digits
        number = view.page_at(found.start())
        yield Check("FM-YEAR", name, "fail", "info", f"第{number}页有五位数年份“{found.group(1)}年”，疑为笔误",
                    [{"label": "年份", "value": found.group(1), "page": number}], None, number, "text")
    heading_of = re.compile(r"(?<!\d)(20\d\d)年度?(?:部门|单位)?" + (result.kind or "[预决]算") + r"(?:情况说明|表|公开)")
    for number, page in sorted(view.pages.items()):
        if number in view.listing_pages:
            continue
        for line in page.lines:
            if len(line) > 45 or "。" in line or "年" not in line:
                continue
            heading = heading_of.search(line)
            # a heading names the unit, or is a numbered part of this document ("第二部分 2022年度部门决算情况说明")
            ours = (result.unit or "") in line or _PART_HEADING.match(line.strip())
            if heading and int(heading.group(1)) != year and ours:
                yield Check("FM-YEAR", name, "fail", "warning", f"第{number}页标题称“{heading.group(0)}”，而文件为{year}年{result.kind}",
                            [{"label": "标题", "value": line, "page": number}], None, number, "text")
    yield from _heading_years(result, view, year, heading_of)
    yield from _table_head_years(result, view, year)
    yield from _scope_years(result, view, year)
    yield from _stray_years(result, view, year)
    yield from _compared_years(result, view, year)
    if result.kind == "决算":
        for match in re.finditer(r"截至(20\d\d)年12月31日", view.text):
            if int(match.group(1)) != year:
                page = view.page_at(match.start())
                yield Check("FM-YEAR", name, "fail", "warning",
                            f"第{page}页称“{match.group(0)}”，而{year}年度决算应以{year}年12月31日为准，需人工复核",
                            [{"label": "日期", "value": match.group(0), "page": page}], None, page, "text")
    elif result.kind == "预算":
        # a 预算 states its assets and staff as at the end of the year before the budget year (CHECKS.md FM-YEAR)
        for match in _YEAR_END.finditer(view.text):
            if int(match.group(1)) != year - 1 and view.page_at(match.start()) not in view.listing_pages:
                page = view.page_at(match.start())
                yield Check("FM-YEAR", name, "fail", "warning",
                            f"第{page}页称“{match.group(0)}”，而{year}年预算应以{year - 1}年末为准；年份疑有笔误，需人工复核",
                            [{"label": "日期", "value": match.group(0), "page": page}], None, page, "text")


_PART_HEADING = re.compile(r"第[一二三四五六七八九十\d]{1,3}部分[\s:：、]*(?:19|20)\d\d年")

_YEAR_END = re.compile(r"截至((?:19|20)\d\d)年(?:12月(?:31日|底|末)?(?!\d)|底|末)")


# A table caption or a section heading that opens with a year: "表7 2023年一般公共预算“三公”经费支出表",
# "三、2024年“三公”经费预算情况说明". Its year is the document's own (a 决算 may also name the year it is published);
# the year before belongs to prose comparisons and to column headers ("2023年预算数"), never to a heading.
_HEADING_PREFIX = (r"(?:(?:附?表|附件)[一二三四五六七八九十\d]{1,3}[-—－.．、:：\s]*|[一二三四五六七八九十]+、"
                   r"|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}(?:、|[.．](?!\d))|第[一二三四五六七八九十]+部分[\s:：、]*)")
_YEAR_HEADING = re.compile(rf"^(?P<number>{_HEADING_PREFIX})?\s*(?P<year>(?:19|20)\d\d)年度?(?![\d起至到以\-—~－]|以来|底|末)"
                           r"(?P<title>[^。，,；;\d]{2,40})$")
_HEADING_TITLE = re.compile(r"(?:表|情况说明|说明|情况)$")
_SECTION_TITLE = re.compile(r"收入|支出|经费|预算|决算|采购|资产|绩效")


def _year_heading(line: str, unit: str = "") -> re.Match | None:
    """A caption (ends in 表) or a heading (numbered, about the money; or ending in 说明/情况) opening with a year, or
    with the unit's own name and then the year (“共和县林业和草原局2022年财政拨款收支总表”)."""
    found = _YEAR_HEADING.match(line.strip())
    named = _unit_caption(unit).match(line.strip()) if unit and found is None else None
    if named is not None:
        found = _YEAR_HEADING.match(line.strip()[named.end():])
    if found is None:
        return None
    title = found.group("title")
    if _HEADING_TITLE.search(title) or (found.group("number") and _SECTION_TITLE.search(title)):
        return found
    return None


@lru_cache(maxsize=8)
def _unit_caption(unit: str) -> re.Pattern:
    """The unit's name opening a caption, after its number, with the “(本级)” a 部门's own accounts add (compiled once
    per unit: it is asked for on every line that names a year)."""
    return re.compile(rf"(?:{_HEADING_PREFIX})?\s*{re.escape(unit)}(?:[(（]本级[)）])?")


# A heading about the other kind of account is no heading of this document's: a 预算 may report last year's
# execution (“（二）2024年一般公共预算拨款支出执行情况”), a 决算 may quote a 预算 (but “一般公共预算” is a fund).
_OTHER_KIND = {"预算": re.compile(r"决算|执行|完成"), "决算": re.compile(r"(?<!公共)预算(?!执行|完成)")}


def _heading_years(result: ParsedDisclosure, view: Text, year: int, titled: re.Pattern) -> Iterator[Check]:
    """FM-YEAR on a caption or section heading naming another year (a 预算's heading copied from last year's)."""
    allowed = {year} | ({year + 1} if result.kind == "决算" else set())
    other = _OTHER_KIND.get(result.kind or "")
    for number, page in sorted(view.pages.items()):
        if number in view.listing_pages:
            continue
        for line in page.lines:
            heading = _year_heading(line, result.unit or "") if "年" in line and not titled.search(line) else None
            if heading is None or int(heading.group("year")) in allowed or (other and other.search(heading.group("title"))):
                continue
            quoted = heading.string[heading.start("year"):]
            yield Check("FM-YEAR", "年份与文件所属年度一致", "fail", "warning",
                        f"第{number}页标题“{quoted}”称{heading.group('year')}年，而文件为{year}年{result.kind or ''}；"
                        f"标题年份疑未更新，需人工复核",
                        [{"label": "年份", "value": heading.group("year"), "page": number}], None, number, "text")


# The line under a table's caption: “编制单位：某局　2025年度　单位：万元”
_TABLE_HEAD = re.compile(r"(?:编制|填报|填制)(?:单位|部门)[:：]?[^\d。]{0,40}?(?<!\d)((?:19|20)\d\d)年度?(?![\d起至到以\-—~－]|以来|底|末)")


def _table_head_years(result: ParsedDisclosure, view: Text, year: int) -> Iterator[Check]:
    """FM-YEAR on a table whose head line (编制单位 … 年度) names another year than the document, while at least two
    other tables' head lines name the document's own year: the table's heading was not updated."""
    heads = []
    for number, page in sorted(view.pages.items()):
        if number in view.listing_pages:
            continue
        for line in page.lines:
            found = _TABLE_HEAD.search(line) if "年" in line else None
            if found is not None:
                heads.append((number, line, int(found.group(1))))
    if sum(1 for _n, _l, y in heads if y == year) < 2:
        return
    for number, line, other in heads:
        if other != year:
            yield Check("FM-YEAR", "年份与文件所属年度一致", "fail", "warning",
                        f"第{number}页表头“{line.strip()}”称{other}年度，而文件为{year}年{result.kind or ''}，"
                        f"其余各表表头为{year}年度；表头年份疑未更新，需人工复核",
                        [{"label": "年份", "value": str(other), "page": number}], None, number, "text")


# The sentence saying what this document's own accounts cover: "某局2024年部门预算包括：…", "2024年单位决算由…组成",
# "纳入2024年部门预算编制范围的…". Its year is the document's, whatever the year of the prose around it.
_SCOPE_SENTENCE = (r"(?<!\d)((?:19|20)\d\d)年度?(?:部门|单位)?{kind}(?:包括|包含|由(?!于)[^。；;]{{1,40}}?组成"
                   r"|的?编制范围|的?汇总范围)")


def _scope_years(result: ParsedDisclosure, view: Text, year: int) -> Iterator[Check]:
    """FM-YEAR on the scope sentence of the document's own kind naming another year (left from last year's text)."""
    if result.kind not in ("预算", "决算"):
        return
    line_starts = set(view.starts)
    pattern = re.compile(_SCOPE_SENTENCE.format(kind=result.kind))
    for match in opened_at(pattern, view.text, near_literal(view.text, "年", least=4, most=4)):  # 2024年
        page = view.page_at(match.start())
        said = int(match.group(1))
        if said == year or page in view.listing_pages:
            continue
        if said not in _speakable_years(result, year) and _opens_clause(view, match.start(), line_starts):
            continue  # a year the document may never speak of, opening its clause, is _stray_years'
        yield Check("FM-YEAR", "年份与文件所属年度一致", "fail", "warning",
                    f"第{page}页“{match.group(0)}”称{match.group(1)}年，而文件为{year}年{result.kind}；"
                    f"说明本部门{result.kind}范围的年份疑沿用上年文本，需人工复核",
                    [{"label": "年份", "value": match.group(1), "page": page}], None, page, "text")


# A year that opens a clause about this document's money: "2023年项目支出主要用于…" in a 2025 budget.
# the year's subject may be named with the unit's own kind (“2024年局机关运行经费…”, “2024年本委政府采购…”)
_YEAR_OPENS = re.compile(r"(?:本部门|本单位)?((?:19|20)\d\d)年度?(?!\d|[起至到以\-—~－]|以来|底|末)"
                         r"(?:本部门|本单位|部门|单位|[本我]?[局委办])?(?:全年)?(?:所有|全部|各项)?(?:无|没有|未安排|未发生)?(?:收入|支出|基本支出|项目支出|政府采购|“?三公”?经费|机关运行经费|"
                         r"一般公共预算|政府性基金|财政拨款|预算|(?:实行|纳入)?绩效目标)")


def _opens_clause(view: Text, at: int, line_starts: set[int], unit: str = "") -> bool:
    """After a stop or comma, or first on a line of running text (a title or a table heading is no clause); the
    document's own unit may stand before the year (“某某局2023年一般公共预算当年拨款…”)."""
    if unit and at > len(unit) and view.text.startswith(unit, at - len(unit)):
        at -= len(unit)
    if at == 0 or view.text[at - 1] in "。；;，,：:、)）":
        return True
    if at not in line_starts:
        return False
    following = next((s for s in sorted(line_starts) if s > at), len(view.text))
    line = view.text[at:following]
    return "。" in line or "，" in line or "," in line


# A change against a named year: "比2022年减少0.30万元", "与2023年度相比，增长5%"
_COMPARED_YEAR = re.compile(r"(?:比|较|与|同)((?:19|20)\d\d)年度?(?:的|同期|年初)?(?:预算|决算|执行)?数?(?:相比|比较)?"
                            r"(?=[^。；;]{0,20}?(?:增加|减少|增长|下降|上升|降低|持平|压减|节约|相同|一致))")


def _compared_years(result: ParsedDisclosure, view: Text, year: int) -> Iterator[Check]:
    """A change is stated against the year before (or, in a 决算, against the year's own budget): a comparison with
    any other year is a slip of the pen more often than not, and it changes what the change means."""
    allowed = {year, year - 1}
    for match in _COMPARED_YEAR.finditer(view.text):
        said = int(match.group(1))
        page = view.page_at(match.start())
        if said in allowed or page in view.listing_pages:
            continue
        opening = max(view.text.rfind(stop, 0, match.start()) for stop in "。；;") + 1
        stop = re.compile(r"[。；;]").search(view.text, match.end())
        sentence = view.text[opening:stop.start() if stop else len(view.text)][:80]
        yield Check("FM-YEAR", "年份与文件所属年度一致", "fail", "warning",
                    f"第{page}页“{sentence}”以{said}年为比较年份，而{year}年{result.kind or ''}应与上年（{year - 1}年）比较；"
                    f"年份疑有笔误，需人工复核",
                    [{"label": "年份", "value": match.group(1), "page": page}], None, page, "text")


_COMMAS = re.compile(r"[,，]")


def _known_amounts(result: ParsedDisclosure, clause: str) -> tuple[set[Decimal], set[Decimal]]:
    """This year's amounts stated somewhere other than `clause`, and last year's (a stated change, a 上年 column)."""
    figures = [*result.figures.values(), *result.table_figures]
    # the view's text and a figure's source may print the clause's commas differently (“,” / “，”)
    bare = _COMMAS.sub("", clause)
    this_year = {f.value for f in figures if f.value and f.period == "本年" and bare not in _COMMAS.sub("", f.source or "")}
    last_year = {f.value - f.change for f in figures if f.value is not None and f.change is not None}
    last_year |= {f.value for f in figures if f.value is not None and f.period == "上年"}
    return this_year, last_year


@text_rule
def fm_year_on_this_years_amount(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """FM-YEAR: a clause opened by last year (“2025年一般公共预算财政拨款收入662.32万元” in a 2026 预算) whose amount is
    this year's own figure and not last year's: the year was left over from last year's text. A clause that truly
    states last year's figure (上年) is left alone."""
    year = document_year(result, view)
    if not year:
        return
    line_starts = set(view.starts)
    for match in _year_opens(view):
        page = view.page_at(match.start())
        if int(match.group(1)) != year - 1 or page in view.listing_pages \
                or not _opens_clause(view, match.start(), line_starts, result.unit or ""):
            continue
        clause = _year_clause(view.text[match.start():match.start() + 80])
        amount = re.search(rf"{NUM}万元", clause)
        if amount and re.search(rf"{CHANGE_WORDS}|比|较", clause[:amount.start()]):
            continue  # “2023年预算增加25万元”: a change, not the year's amount
        value = to_decimal(amount.group(1)) if amount else None
        this_year, last_year = _known_amounts(result, clause)
        if not value or value in last_year:
            continue
        if (value not in this_year and not _whole_of_this_years_parts(view.text, match.start() + len(clause), value,
                                                                      this_year, last_year)
                and not (result.kind == "决算" and _ON_THE_YEAR_BEFORE.match(view.text, match.start() + len(clause)))):
            continue
        yield Check("FM-YEAR", "年份与文件所属年度一致", "fail", "warning",
                    f"第{page}页“{clause}”称{match.group(1)}年，而{amount.group(1)}万元是本文件{year}年的数字；"
                    f"年份疑沿用上年文本，需人工复核",
                    [{"label": "年份", "value": match.group(1), "page": page},
                     {"label": "金额", "value": amount.group(1), "page": page}], None, page, "text")


# “2024年度机关运行经费支出85.20万元，比上年的89.10万元减少…” in a 2025 决算: the amount is set against 上年 at once,
# as a 决算 sets the year it reports on; a 决算 does not report last year against the year before it
_ON_THE_YEAR_BEFORE = re.compile(r"[，,]\s*(?:比|较|与)上年(?:同期)?(?:的|决算数?|支出)?(?:相比)?[，,]?\s*(?:{NUM}万元)?"
                                 .replace("{NUM}", NUM) + rf"[^。；;]{{0,6}}?(?:{CHANGE_WORDS}|持平)")


# a clause runs to its stop or comma, but not to the comma of a thousands separator (“1,155.79万元”)
_CLAUSE = re.compile(r"(?:[^。；;，,]|(?<=\d)[,，](?=\d{3}(?!\d)))*")


def _year_clause(text: str) -> str:
    """The clause a year opens, with the clause that gives its money when it only counts (“2024年实行绩效目标管理的
    项目3个，涉及一般公共预算财政拨款261.00万元”)."""
    clause = _CLAUSE.match(text).group(0)
    if re.search(rf"{NUM}万元", clause):
        return clause
    money = _MONEY_OF_COUNT.match(text, len(clause))
    return clause + money.group(0) if money else clause


# “…合计10.30万元，比上年减少0.50万元。其中：因公出国（境）费0.00万元，…；公务接待费2.10万元，比上年减少…”: the
# parts a total lists after 其中, each with the words just before its amount (a change word marks a change, not a part)
_LISTED_PART = re.compile(rf"([^\d。；;，,:：、]{{0,12}}?){NUM}万元")
_PART_REACH = 300


def _whole_of_this_years_parts(text: str, end: int, value: Decimal, this_year: set[Decimal],
                               last_year: set[Decimal]) -> bool:
    """Whether the amount a clause states is the sum of the parts its sentence lists next (“其中：…”), those parts
    being this year's figures (each non-zero one among this year's amounts, one at least not among last year's): the
    total is then this year's too, whatever year the clause names."""
    sentence = _sentence_from(text, end)
    if "其中" not in sentence and text.startswith("其中", end + len(sentence) + 1):
        sentence = text[end:end + len(sentence) + 1] + _sentence_from(text, end + len(sentence) + 1)  # 。其中：…
    opener = sentence.find("其中")
    if opener < 0:
        return False
    parts = [to_decimal(m.group(2)) for m in _LISTED_PART.finditer(sentence, opener)
             if not re.search(rf"{CHANGE_WORDS}|比|较", m.group(1))]
    if len(parts) < 2 or None in parts or sum(parts, ZERO) != value:
        return False
    nonzero = [p for p in parts if p]
    return all(p in this_year for p in nonzero) and any(p not in last_year for p in nonzero)


def _sentence_from(text: str, start: int) -> str:
    """The rest of the sentence from `start` (at most `_PART_REACH` characters)."""
    stop = text.find("。", start, start + _PART_REACH)
    return text[start:stop if stop >= 0 else start + _PART_REACH]


# “，涉及资金…万元”, “，金额…万元”: the money of the things a clause has just counted
_MONEY_OF_COUNT = re.compile(rf"[，,](?:共|总)?(?:涉及|金额|资金|合计|共计)[^。；;，,\d]{{0,20}}?{NUM}万元")


# A numbered heading line: "二、…", "（三）…", "3.…", "第二部分…"
_NUMBERED_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|第[一二三四五六七八九十]+部分)")


def _line_bounds(view: Text, at: int, line_starts: set[int]) -> tuple[int, int]:
    """Where the line holding `at` starts, and where the next one does."""
    start = max((s for s in line_starts if s <= at), default=0)
    return start, min((s for s in line_starts if s > at), default=len(view.text))


def _line_at(view: Text, at: int, line_starts: set[int]) -> str:
    start, following = _line_bounds(view, at, line_starts)
    return view.text[start:following]


def _heading_end(view: Text, at: int, line_starts: set[int]) -> int:
    """Where the line holding `at` ends when that line is a numbered heading with no stop or comma in it (the text
    after it is the next paragraph, not the heading's clause); else the end of the text."""
    start, following = _line_bounds(view, at, line_starts)
    line = view.text[start:following]
    if _NUMBERED_HEADING.match(line) and not re.search(r"[。；;，,]", line):
        return following
    return len(view.text)


def _speakable_years(result: ParsedDisclosure, year: int) -> set[int]:
    return {year, year - 1} | ({year + 1} if result.kind == "决算" else set())


def _year_opens(view: Text) -> list[re.Match[str]]:
    """Every match of `_YEAR_OPENS`, read once per text (two rules read them), tried only where 年 stands four to seven
    characters on (“2024年”, “本部门2024年”)."""
    if "year opens" not in view._cache:
        openings = near_literal(view.text, "年", least=4, most=7)
        view._cache["year opens"] = list(opened_at(_YEAR_OPENS, view.text, openings))
    return view._cache["year opens"]


# “2025年度政府采购支出总额421.45万元，其中货物类…”: the total a 决算's procurement part states for its year
_PROCUREMENT_TOTAL = re.compile(rf"政府采购(?:支出|合同)?(?:总额|合计|总计)(?:为|是)?{NUM}万元")
_COMPARING = re.compile(r"比|较|相比|同比|增加|减少|增长|下降|上年|去年")


def _last_years_procurement(result: ParsedDisclosure, view: Text, match: re.Match[str], year: int) -> bool:
    """A 决算's sentence that opens with the year before and states the procurement total, comparing nothing and
    naming no other year: the total of the document's own year printed with last year's number (a comparison with
    last year names a change or this year too)."""
    if result.kind != "决算" or int(match.group(1)) != year - 1:
        return False
    stop = re.compile(r"[。；;]").search(view.text, match.end())
    sentence = view.text[match.end():stop.start() if stop else len(view.text)]
    return bool(_PROCUREMENT_TOTAL.match(view.text, match.end() - len("政府采购"))) and not _COMPARING.search(sentence) \
        and not re.search(r"(?:19|20)\d\d年", sentence)


def _stray_years(result: ParsedDisclosure, view: Text, year: int) -> Iterator[Check]:
    """Years the document may speak of: its own and the one before (a 决算 is published the year after)."""
    allowed = _speakable_years(result, year)
    line_starts = set(view.starts)
    for match in _year_opens(view):
        said = int(match.group(1))
        page = view.page_at(match.start())
        if said in allowed and not _last_years_procurement(result, view, match, year):
            continue
        if page in view.listing_pages or not _opens_clause(view, match.start(), line_starts):
            continue
        if _year_heading(_line_at(view, match.start(), line_starts)):
            continue  # a heading's year is _heading_years'
        stop = re.compile(r"[。；;]").search(view.text, match.end())
        end = stop.start() if stop else len(view.text)
        end = min(end, _heading_end(view, match.start(), line_starts))
        sentence = view.text[match.start():end][:80]
        amounts = [{"label": "金额", "value": raw, "page": page} for raw in re.findall(rf"{NUM}万元", sentence)]
        yield Check("FM-YEAR", "年份与文件所属年度一致", "fail", "warning",
                    f"第{page}页“{sentence}”称{said}年，而文件为{year}年{result.kind or ''}；年份疑有笔误，需人工复核",
                    [{"label": "年份", "value": match.group(1), "page": page}] + amounts, None, page, "text")
