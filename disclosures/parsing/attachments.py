"""The standard 附表 of a 部门/单位 预算 or 决算: found by caption and header words, read into lines and figures.

    read_tables(document, *, year, kind) -> TableResult

Every table is a grid of strings before it is read, whatever the file: a native grid (HTML, xlsx, docx and
pdfplumber give cells in place) or rows rebuilt from a PDF's text layer (origin "pdf-text"). The text layer drops
blank cells, so a text row's values are packed to the left: a value is placed only when the row's count equals the
table's value columns, or when the row's own sum pins it (合计 = Σ the rest). A needed cell that cannot be placed
that way is read from pdfplumber's geometry of that one page; failing that, it is withheld with a warning.

Tables are recognized by their caption (收支总表, 支出总表, 一般公共预算支出功能分类, 基本支出 …) and their columns by
header words (合计, 基本支出, 项目支出, 人员经费 …), never by number or page. The unit comes from the caption's
"单位：元/万元"; a table without one gives nothing.
"""
from __future__ import annotations

import re
import unicodedata
from itertools import combinations
from dataclasses import dataclass, field
from decimal import Decimal

from .document import Document
from .numbers import parse_amount
from .pdf import PdfReadError
from .tables import (
    TableResult, _cell_unit, _fill_merged, _split_cells, _strip_unit, read_sangong_grid, sangong_table_figures,
    year_column_rows,
)
from .text import normalize
from .prose import FUNCTION_CODES
from .types import EconomicLine, Figure, FunctionLine, SourceTable

# Caption words → table kind; the first match wins, so the narrower names come first.
KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("sangong", re.compile(r"三公")),
    ("operating", re.compile(r"机关运行经费(?:支出)?(?:预算|决算)?(?:明细|情况|安排)?(?:预算|决算)?(?:统计)?表$")),
    ("performance", re.compile(r"绩效")),
    ("procurement", re.compile(r"采购")),
    ("operating", re.compile(r"机关运行经费")),
    # "收支总体情况表": a 收支总表 under an older name, not one of the 情况表 below
    ("overview", re.compile(r"^[^财拨]{0,8}收(?:入)?支(?:出)?(?:预算|决算)?总体情况表$")),
    ("other", re.compile(r"明细表|情况表|申报表|汇总表|信息表|人员")),
    ("basic_economic", re.compile(r"基本支出")),
    ("gov_fund", re.compile(r"政府性基金")),
    ("state_capital", re.compile(r"国有资本经营")),
    ("appropriation_overview", re.compile(r"财政拨款收(?:入)?支(?:出)?.{0,6}总表")),
    # "财政拨款支出预算表" with 科目编码 rows: the function lines of every appropriated fund
    ("appropriation_function", re.compile(r"(?<!一般公共预算)财政拨款支出(?:预算|决算)?表$")),
    ("general_function", re.compile(r"一般公共预算.{0,8}支出(?:.{0,12}(?:功能分类|决算表|预算表)|表)")),
    ("overview", re.compile(r"收(?:入)?支(?:出)?.{0,6}总表")),
    ("income", re.compile(r"收入.{0,4}(?:总表|决算表)")),
    # "部门支出预算表" too, but never a 项目支出 or one fund's (财政拨款) spending table
    ("expenditure", re.compile(r"支出.{0,4}(?:总表|决算表)|(?<!项目)(?<!拨款)支出预算表")),
]
_UNIT = re.compile(r"单位\s*[:：]?\s*(亿元|万元|千元|元)|[(（](亿元|万元|千元|元)[)）]")
def _unit_of(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


_NUM = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|\d{1,2}[.、](?!\d)|[(（][一二三四五六七八九十\d]+[)）])")
_TOTAL_LABEL = re.compile(r"^(?:[\u4e00-\u9fa5]{0,8}(?:合计|总计|小计))$")
# Column words of the standard tables, longest first so 本年支出合计 wins over 合计.
_COLUMN_WORDS = sorted([
    "本年收入合计", "本年支出合计", "合计", "总计", "小计", "日常公用经费", "基本支出", "项目支出", "财政拨款收入", "事业单位经营收入",
    "事业收入", "经营收入", "其他收入", "上级补助收入", "附属单位上缴收入", "上缴上级支出", "经营支出",
    "对附属单位补助支出", "人员经费", "公用经费", "一般公共预算", "政府性基金预算", "国有资本经营预算",
    "决算数", "预算数", "金额", "预算金额", "决算金额", "年初预算", "年初预算数", "调整预算", "调整预算数",
    "全年预算数", "调整后预算数", "决算数合计", "增减额", "增减数", "本年支出",
], key=len, reverse=True)
# A column word may wrap inside its header cell ("本年收入合\n计"), but must start and end on token boundaries so
# "项目 支出预算" is not read as 项目支出.
# An amount column named for its year ("上年预算数", "本年预算数", "2025年预算数"): two such columns side by side print
# last year's amounts beside this year's, and this year's is the row's amount.
_PERIOD_COLUMN = r"(?:上|本)\s?年\s?(?:度\s?)?(?:预\s?算|决\s?算)\s?数?|(?:19|20)\d{2}\s?年\s?(?:度\s?)?(?:预\s?算|决\s?算)\s?数?"
_COLUMNS = re.compile("|".join([r"(?<!\S)(?:" + _PERIOD_COLUMN + r")(?!\S)"] + [
    r"(?<!\S)" + r"\s?".join(word) + r"(?!\S)" for word in _COLUMN_WORDS]))
_CHANGE_COLUMNS = {"增减额", "增减数"}  # this year's amount less last year's: never a part of the row's 合计
# a 决算's function table may head its row total 本年支出 (“类 | 款 | 项 | 科目名称 | 本年支出 | 基本支出 | 项目支出”)
_TOTAL_COLUMNS = {"合计", "总计", "小计", "本年收入合计", "本年支出合计", "本年支出"}
# A table with one amount column under one of these words: each row's printed amount is its whole amount.
_LONE_COLUMNS = {"预算数", "决算数", "金额", "预算金额", "决算金额"}


@dataclass
class Row:
    """One table row: its code parts (科目编码, possibly split), its label and its value cells."""

    code: list[str]
    label: str
    values: list[str | None]  # placed cells (None = blank) or, when not placed, the printed values in order
    page: int | None
    placed: bool  # True when values[j] belongs to column j
    start: int = 0  # index of its first token (text rows): what comes before the first data row is the header


@dataclass
class Table:
    kind: str
    caption: str
    unit: str | None
    columns: list[str]
    rows: list[Row] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    slid: int = 0  # native rows withheld because an amount sat under a name or code header


def read_tables(document: Document, *, year: int | None, kind: str | None) -> TableResult:
    """All the 附表 a document holds → figures with cell provenance, function and economic lines, warnings."""
    result = TableResult()
    sangong = sangong_table_figures(document, year=year or 0)
    result.figures.extend(sangong.figures)
    if not sangong.figures:
        # A native grid (HTML, sheet, Word) the text lines did not give: a “三公” caption, or none at all
        # (read_sangong_grid itself refuses a grid without two “三公” item labels).
        for source in document.tables:
            caption, table_type, grid, stated = _native_caption(source)
            if table_type in ("sangong", None) and grid:
                unit = source.unit or (_unit_of(stated) if stated else "")
                title = caption + (f" 单位:{unit}" if unit else "")
                figures = read_sangong_grid(grid, year=year or 0, page=source.page, title=title, result=result)
                if figures:
                    result.figures.extend(figures)
                    break
    if not result.figures:
        result.warnings.extend(sangong.warnings)  # what the text lines could not read, no native grid gave either
    tables = [t for t in (_native_table(s) for s in document.tables) if t]
    tables += [t for t in (_year_column_table(s, year) for s in document.tables) if t]
    if document.is_pdf:
        tables += _pdf_text_tables(document)
    elif not document.tables:
        tables += [t for t in (_native_table(s) for s in _text_document_tables(document)) if t]
    # Without a 一般公共预算 function table, the 支出 table's coded rows are the function lines (all funds).
    functions_elsewhere = any(t.kind in ("general_function", "appropriation_function") for t in tables)
    for table in tables:
        if table.kind == "expenditure" and not functions_elsewhere and any(row.code for row in table.rows):
            _read_function(table, result, kind=kind)
        if table.kind in ("sangong", "performance", "procurement", "other", "state_capital"):
            continue
        if table.slid:
            result.warnings.append(f"附表“{table.caption}”有{table.slid}行的数字不在金额列下（表格列错位），未采用")
        if table.unit is None:
            if any(row.values for row in table.rows):
                result.warnings.append(f"附表“{table.caption}”没有注明金额单位，未采用表中数字")
            continue
        _read(table, document, result, kind=kind)
    _drop_repeats(result)
    result.expenditure_by_function = [line for line in result.function_lines if line.level == "类"]
    listed = _overview_classes(tables)
    if not result.expenditure_by_function:
        # No 功能分类 table: the expenditure side of the 收支总表 lists the classes by name (一、一般公共服务支出 …).
        result.expenditure_by_function = listed
    else:
        _compare_classes(listed, result)
    return result


def _compare_classes(listed: list[FunctionLine], result: TableResult) -> None:
    """The 收支总表's classes against the function table's 类 rows, when both tables cover the same money (their
    totals agree): a class printed differently in the two is the document's own inconsistency, kept and said."""
    if not listed:
        return
    totals = {f.table: f.value for f in result.figures if f.row in ("合计", "总计", "本年支出合计", "支出总计")
              and f.metric in ("expenditure_total", "general_budget_appropriation")}
    overview_total = totals.get(listed[0].table)
    function_total = totals.get(result.expenditure_by_function[0].table)
    if overview_total is None or overview_total != function_total:
        return  # other funds make the two tables differ by design
    by_code = {line.code: line for line in result.expenditure_by_function}
    for line in listed:
        other = by_code.get(line.code)
        if other is not None and other.value != line.value:
            result.warnings.append(
                f"附表之间不一致：{line.name}在“{line.table}”中为{line.value}万元，"
                f"在“{other.table}”中为{other.value}万元")


def _overview_classes(tables: list[Table]) -> list[FunctionLine]:
    for table in tables:
        if table.kind not in ("overview", "appropriation_overview") or table.unit is None:
            continue
        lines = []
        for row in table.rows:
            name = _ENUMERATOR.sub("", row.label)
            values = [v for v in row.values if v]
            if name not in FUNCTION_CODES or not values:
                continue
            if len(values) > 1 and _wan(values[0], table.unit) != sum(_wan(v, table.unit) for v in values[1:]):
                continue  # the row's columns do not pin which cell is its total
            lines.append(FunctionLine(
                name=name, value=_wan(values[0], table.unit), code=FUNCTION_CODES[name], page=row.page,
                source=f"{table.caption} · {row.label}", fund_scope=_fund_scope(table), level="类",
                table=table.caption))
        if lines:
            return lines
    return []


def _drop_repeats(result: TableResult) -> None:
    """Some files print a table page twice: a code (or a cell) is read once per table."""
    seen: set = set()
    lines = []
    for line in result.function_lines:
        key = (line.table, line.code)
        if key not in seen:
            seen.add(key)
            lines.append(line)
    result.function_lines = lines
    economic = []
    for line in result.economic_lines:
        key = (line.table, line.code, line.name)
        if key not in seen:
            seen.add(key)
            economic.append(line)
    result.economic_lines = economic
    figures = []
    for figure in result.figures:
        key = (figure.table, figure.metric, figure.period, figure.row, figure.column, figure.fund_scope)
        if figure.table is None or key not in seen:
            seen.add(key)
            figures.append(figure)
    result.figures = figures


def table_kind(caption: str) -> str | None:
    text = normalize(caption)
    for name, pattern in KINDS:
        if pattern.search(text):
            return name
    return None


# ---------------------------------------------------------------------------------------------- finding tables


def _is_caption(text: str) -> bool:
    """A table's own title: short, ends in 表 (or 表(续), or a qualifier such as 表(按功能科目)), not a 目录 entry or
    a sentence pointing at it.

    A title of a table this module does not read (项目支出预算表 …) is still a title: it ends the table above."""
    text = _UNIT.sub("", text).strip(" ,;")
    return (len(text) <= 60 and bool(_CAPTION_END.search(text))
            and not re.search(r"[.…·]{3,}|详见|见附表|参见|。|,|，", text)
            and (table_kind(text) is not None or bool(re.search(r"预算|决算|收支|支出|收入|经费|明细|情况|统计", text)))
            and not re.match(r"^(?:[一二三四五六七八九十]+、|\d+[.、])", text))


# A caption ends in 表, possibly followed by a qualifier or two in brackets: 表(续), 表(续表), 表(按功能科目),
# 表(部门预算支出经济分类), 表(政府预算支出经济分类)(续表); a bracket holding figures or a sentence is no qualifier.
_CAPTION_END = re.compile(r"表(?:[(（][\u4e00-\u9fa5]{1,12}[)）]){0,2}$")
_CONTINUED_MARK = re.compile(r"[(（]续(?:表)?[)）]$|(?<=表)续表?$")
_CAPTION_NUMBER = re.compile(r"^(?:附表|表)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-－]\d{1,2})?[.、:：\s]*"
                             r"|^\d{1,2}[.、\s]+|^[一二三四五六七八九十]{1,3}、")


def _continued(caption: str) -> str | None:
    """“一般公共预算支出表（续表）”, “附表5（续）”, “…表续”: the caption of a table continued from an earlier page →
    the continued table's caption as _same_table compares it; None when the caption starts a table."""
    bare = _CONTINUED_MARK.sub("", caption)
    return bare.strip() if bare != caption else None


def _same_table(caption: str, other: str) -> bool:
    """Two captions name one table once their numbering (附表5, 表五, 3.) is dropped; a continued page's caption that
    keeps only the number (附表5(续)) names the table of that number."""
    if not caption or not other:
        return False
    bare, bare_other = _CAPTION_NUMBER.sub("", caption), _CAPTION_NUMBER.sub("", other)
    if bare and bare_other:
        return re.sub(r"\s", "", bare) == re.sub(r"\s", "", bare_other)
    number, number_other = _CAPTION_NUMBER.match(caption), _CAPTION_NUMBER.match(other)
    return bool(number and number_other and re.sub(r"[\s.、:：]", "", number.group())
                == re.sub(r"[\s.、:：]", "", number_other.group()))


def _pdf_text_tables(document: Document) -> list[Table]:
    """Tables rebuilt from the text layer: caption lines open a table; pages without one continue it."""
    by_page: dict[int, list] = {}
    for line in document.lines:
        by_page.setdefault(line.page, []).append(line)
    tables: list[Table] = []
    current: Table | None = None
    for page in sorted(by_page):
        lines = by_page[page]
        captions = _captions(lines)
        starts = sorted(captions)
        if not starts:
            if current is not None and _looks_tabular(lines):
                _add_rows(current, lines, page)
            else:
                current = None
            continue
        before = lines[:starts[0]]
        first_caption, first_body = captions[starts[0]]
        after_first = lines[first_body: starts[1] if len(starts) > 1 else len(lines)]
        title_last = (len(starts) == 1 and _looks_tabular(before) and not _has_amounts(after_first)
                      and _has_header(before))
        if starts[0] > 0 and current is not None and _looks_tabular(before) and not title_last:
            _add_rows(current, before, page)
        for k, start in enumerate(starts):
            caption, body = captions[start]
            segment = lines[body: starts[k + 1] if k + 1 < len(starts) else len(lines)]
            if title_last:
                # The text layer printed this table's title after its body: the body is the lines above it.
                segment = before + after_first
            caption = _UNIT.sub("", caption).strip(" ,;")
            base = _continued(caption)
            if base is not None and current is not None and _same_table(current.caption, base):
                _add_rows(current, segment, page)  # "…表(续)": the same table goes on, its header repeated
                continue
            caption = base or caption
            near = [lines[start]] + (after_first[:3] if title_last else []) + segment[:8]
            units = [_unit_of(m) for k2, ln in enumerate(near)
                     if (m := _UNIT.search(ln.text + (near[k2 + 1].text if k2 + 1 < len(near) else "")))]
            current = Table(kind=table_kind(caption) or "", caption=caption, unit=units[0] if units else None,
                            columns=[])
            tables.append(current)
            _add_rows(current, segment, page)
    return tables


def _text_document_tables(document: Document) -> list[SourceTable]:
    """Tab- or pipe-separated tables in a text file, under a heading that names a standard table."""
    found: list[SourceTable] = []
    lines = document.lines
    for i, line in enumerate(lines):
        heading = _ENUMERATOR.sub("", line.text)
        if line.tabular or not _is_caption(heading):
            continue
        unit = None
        grid: list[list[str | None]] = []
        raws: list[str] = []
        for following in lines[i + 1: i + 60]:
            found_unit = _UNIT.search(following.text)
            if found_unit and not following.tabular:
                unit = unit or _unit_of(found_unit)
                continue
            if not following.tabular or not ("\t" in following.raw or following.raw.count("|") >= 2):
                break
            cells = _split_cells(following.raw)
            if cells is not None:
                grid.append(list(cells))
                raws.append(following.raw)
        if grid:
            unit = unit or (_cell_unit(raws)[3:] or None)
            found.append(SourceTable(grid=grid, page=line.page, caption=heading, unit=unit, origin="text"))
    return found


def _captions(lines) -> dict[int, tuple[str, int]]:
    """Caption lines of a page → (caption, index of the first line after it). A caption printed in a narrow
    cell wraps over several short lines ("××县人民政府办 / 公室财政拨款收支 / 总表"): they are joined."""
    found: dict[int, tuple[str, int]] = {}
    i = 0
    while i < len(lines):
        text = lines[i].text
        listed = i and _ENUMERATOR.match(lines[i - 1].text) and not lines[i - 1].text.endswith("表")
        if re.match(r"^(?:附表|附件)\d*[:：]", text) or listed:
            i += 1  # the list of 附表 in the text, not a table
            continue
        if _is_caption(text):
            found[i] = (text, i + 1)
            i += 1
            continue
        bare = re.sub(r"^[一二三四五六七八九十]+、", "", text)
        if bare != text and _is_caption(bare) and i + 1 < len(lines) and re.match(r"^\s*(?:金额)?单位", lines[i + 1].text):
            found[i] = (bare, i + 1)  # "五、一般公共预算支出表" over its 单位 line: a table numbered like a heading
            i += 1
            continue
        j = i
        joined = ""
        while j < len(lines) and len(lines[j].text) <= 16 and not re.search(r"\d{2}", lines[j].text) \
                and j - i < 8:
            joined += lines[j].text
            j += 1
            if j - i >= 2 and _is_caption(joined):
                found[i] = (joined, j)
                break
        i = j if i in found else i + 1
    return found


def _has_amounts(lines) -> bool:
    return any(re.search(r"\d[\d,]*\.\d{2}\b|\d{1,3}(?:,\d{3})+", ln.raw) for ln in lines)


def _has_header(lines) -> bool:
    """The lines open with column words (合计, 基本支出 …) before any data: a table's own header, not a continuation."""
    head = " ".join(ln.raw for ln in lines[:8])
    first_row = re.search(r"(?<![\d,.])\d{3}(?:\s+\d{1,2}){0,2}\s+[\u4e00-\u9fa5]", head)
    return len(_column_words(head[: first_row.start() if first_row else len(head)])) >= 2


def _looks_tabular(lines) -> bool:
    """Coded rows (a 类 code, or a 款/项 code split or whole: “213 01 04”, “30206”) and few sentences. A table
    continued at the top of the next page often has only 款/项 rows there (“30211 差旅费 …”), with no header."""
    text = " ".join(ln.raw for ln in lines)
    rows = len(re.findall(r"(?<![\d,.])\d{3}(?:\d{2}){0,2}(?:\s+\d{1,2}){0,2}\s+[\u4e00-\u9fa5]", text))
    sentences = text.count("。")
    return (rows >= 1 or bool(re.search(r"合计\s*-?[\d,]+", text))) and sentences <= max(1, rows // 4)


def _add_rows(table: Table, lines, page: int) -> None:
    """Rows from text lines; the first page's lines before the first data row are the header."""
    tokens: list[str] = []
    for line in lines:
        raw = unicodedata.normalize("NFKC", line.raw)
        if re.match(r"\s*注[:：]", raw):
            break
        tokens += [t for t in raw.split() if t]
    rows = _token_rows(tokens, page)
    if not table.columns:
        first_data = next((i for i, row in enumerate(rows) if row.values or row.code), len(rows))
        end = rows[first_data].start if first_data < len(rows) else len(tokens)
        table.columns = _repeat_once(_column_words(" ".join(tokens[:end])))
        rows = rows[first_data:]
    table.rows += [row for row in rows if row.code or row.values or _TOTAL_LABEL.match(row.label)]
    if page not in table.pages:
        table.pages.append(page)


def _column_words(header: str, *, cell: bool = False) -> list[str]:
    """The column words of a header (of one cell: a year's column is kept for the table to decide, _years_kept)."""
    # "决算数·基本支出": a group header joined to its sub-column by a dot names the sub-column
    header = re.sub(r"(?<!\S)[^\s·・•‧]+[·・•‧](?=\S)", "", header)
    words = [re.sub(r"\s", "", word) for word in _COLUMNS.findall(header)]
    # "年初预算数 | 决算数合计 | 基本支出 | 项目支出": the actual's total heads its 基本/项目 parts; it is the 决算数 column
    words = ["决算数" if word == "决算数合计" else word for word in words]
    # "本年支出 | 小计 | 基本支出 | 项目支出": 本年支出 is the group header over its 小计, no column of its own
    words = [word for k, word in enumerate(words)
             if not (word == "本年支出" and k + 1 < len(words) and words[k + 1] in ("小计", "合计"))]
    return words if cell else [w for w in _years_kept(words) if w]


def _years_kept(labels: list[str]) -> list[str]:
    """A year's amount column ("2026年预算数") is a column of its own only beside another year's, this year's told
    apart (_this_year); alone it is a group header over 合计/基本/项目 and names no column ("")."""
    if _this_year(labels) is not None:
        return labels
    return ["" if re.fullmatch(_PERIOD_COLUMN, label) else label for label in labels]


def _repeat_once(columns: list[str]) -> list[str]:
    """Two side-by-side blocks (人员经费 | 公用经费 as 科目 决算数 twice) read as one block of columns."""
    half = len(columns) // 2
    if half and len(columns) % 2 == 0 and columns[:half] == columns[half:]:
        return columns[:half]
    return columns


def _is_code_start(tokens: list[str], i: int) -> int:
    """How many tokens form a 科目编码 at i (0 = none): "201", "201 01 01", "301 2", "2010101", glitch "7 11 02"."""
    token = tokens[i]
    def label_at(k: int) -> bool:
        return k < len(tokens) and not _NUM.match(tokens[k]) and not _TOTAL_LABEL.match(tokens[k]) \
            and bool(re.match(r"[\u4e00-\u9fa5“\"(（]", tokens[k]))
    if re.fullmatch(r"\d{5}|\d{7}", token) and label_at(i + 1):
        return 1
    if re.fullmatch(r"[1-9]\d{2}", token):
        n = 1
        while n < 3 and i + n < len(tokens) and re.fullmatch(r"\d{1,2}", tokens[i + n]):
            n += 1
        return n if label_at(i + n) else 0
    if re.fullmatch(r"\d{1,2}", token) and i + 2 < len(tokens) and re.fullmatch(r"\d{2}", tokens[i + 1]) \
            and re.fullmatch(r"\d{2}", tokens[i + 2]) and label_at(i + 3):
        return 3
    return 0


_GLUED_CODE = re.compile(r"^[\[【]?(\d{3}(?:\d{2}){0,2})[\]】]?(?=[\u4e00-\u9fa5])")


def _token_rows(tokens: list[str], page: int) -> list[Row]:
    tokens = [part for token in tokens for part in _unglue(token)]
    rows: list[Row] = []
    i = 0
    current: Row | None = None
    while i < len(tokens):
        n = _is_code_start(tokens, i)
        if n:
            current = Row(code=tokens[i: i + n], label="", values=[], page=page, placed=False, start=i)
            rows.append(current)
            i += n
            continue
        token = tokens[i]
        if re.fullmatch(r"[-—–/]+", token) and current is not None and (current.label or current.code):
            current.values.append(None)  # a dash printed in an empty cell keeps the columns in place
        elif _NUM.match(token):
            if current is None:
                current = Row(code=[], label="", values=[], page=page, placed=False, start=i)
                rows.append(current)
            current.values.append(token)
        elif current is None or current.values or _ENUMERATOR.match(token) or _TOTAL_LABEL.match(token) \
                or _TOTAL_LABEL.match(current.label) or (
                    # "政府性基金预算拨款收入 社会保障和就业支出": a finished item with a blank cell, then the next
                    not current.code and re.search(r"(?:收入|支出)$", current.label)
                    and re.match(r"[\u4e00-\u9fa5]{2}", token)):
            current = Row(code=[], label=token, values=[], page=page, placed=False, start=i)
            rows.append(current)
        else:
            current.label += token
        i += 1
    return rows


def _unglue(token: str) -> list[str]:
    """"201一般公共服务支出" or "[201]一般公共服务支出" → the code and the name as two tokens."""
    match = _GLUED_CODE.match(token)
    return [match.group(1), token[match.end():]] if match else [token]


def _native_table(source: SourceTable) -> Table | None:
    """A native grid (cells in place): header rows above the first row with a number, codes in leading cells."""
    caption, kind, grid, stated = _native_caption(source)
    if kind is None or not grid:
        return None
    # Cells that carry their own unit ("1,046.30万元") state the table's unit cell by cell.
    cell_unit = _cell_unit(["\t".join(c or "" for c in row) for row in grid])[3:] or None
    if cell_unit:
        grid = [[_strip_unit(c) if c else c for c in row] for row in grid]
    width = max(len(row) for row in grid)
    grid = [row + [""] * (width - len(row)) for row in grid]
    first = next((i for i, row in enumerate(grid) if _holds_amount(row)), None)
    if first is None:
        return None
    header = _fill_merged(grid[:first])
    labels = _years_kept([next((m for row in reversed(header) if (m := "".join(_column_words(row[j] or "", cell=True)))),
                               "") for j in range(width)])
    value_columns = [j for j, label in enumerate(labels) if label]
    if not value_columns:
        # A label | amount table ("项目 | 2025年预算"): its columns are the ones that hold amounts.
        value_columns = [j for j in range(1, width) if any(_NUM.match(row[j] or "") for row in grid[first:])]
        labels = [next((row[j] for row in reversed(header) if row[j]), "") for j in range(width)]
    unit = source.unit or (_unit_of(stated) if stated else None) or cell_unit or next((_unit_of(m) for row in header
                                for c in row if (m := _UNIT.search(c or ""))), None)
    # A 收支总表 sets income and expenditure side by side (项目 | 金额 | 项目 | 金额): each label column starts
    # a block of its own, read as rows of their own.
    label_columns = [j for j in range(width) if j not in value_columns
                     and any(c and not _NUM.match(c) and not _is_code_cell(c) for c in (r[j] for r in grid[first:]))]
    starts = [j for j in label_columns if any(v < j for v in value_columns)]
    blocks = [(0, starts[0] if starts else width)] + [
        (start, starts[k + 1] if k + 1 < len(starts) else width) for k, start in enumerate(starts)]
    block_columns = [[j for j in value_columns if begin <= j < end] for begin, end in blocks]
    table = Table(kind=kind, caption=caption, unit=unit, columns=[labels[j] for j in block_columns[0]],
                  pages=[source.page] if source.page else [])
    sides: list[tuple[int, int]] = []
    if any(len(columns) != len(block_columns[0]) for columns in block_columns):
        # blocks of unlike shape: read the row whole, but a row naming an item on each side is one row per side,
        # so a blank cell on the left cannot take the amount of the item beside it
        sides, blocks, block_columns = blocks, [(0, width)], [value_columns]
        table.columns = [labels[j] for j in value_columns]
    # A number under a 科目/名称/编码 header means the row's cells slid out of their columns (a grid that lost an
    # empty cell): such a row is withheld rather than read one column off.
    name_columns = {j for j in range(width) if j not in value_columns
                    and re.search(r"科目|名称|项目|编码", "".join(row[j] or "" for row in header))}
    slid = 0
    for (begin, end), columns in zip(blocks, block_columns):
        for row in grid[first:]:
            if any(row[j] and _NUM.match(row[j]) and not _is_code_cell(row[j]) for j in name_columns):
                slid += 1
                continue
            named = [(b, e) for b, e in sides if any(row[j] and not _NUM.match(row[j]) for j in range(b, e)
                                                     if j not in value_columns)]
            for part_begin, part_end in (named if len(named) > 1 else [(begin, end)]):
                part = row[part_begin:part_end]
                cells = [piece for j, c in enumerate(part, start=part_begin) if j not in value_columns and c
                         for piece in _unglue(c)]
                code = [c for c in cells if _is_code_cell(c)]
                label = next((c for c in cells if not _is_code_cell(c) and c not in ("类", "款", "项")), "")
                values = [row[j] if row[j] and _NUM.match(row[j]) and part_begin <= j < part_end else None
                          for j in columns]
                if code or label or any(values):
                    table.rows.append(Row(code=code, label=label, values=values, page=source.page, placed=True))
    table.slid = slid
    return table


def _year_column_table(source: SourceTable, year: int | None) -> Table | None:
    """An untitled table with the years as column headers ("项目 | 2025年 | 2026年", 收支 and “三公” rows
    together): its totals are read from this year's column, as from a 收支总表."""
    caption, kind, _, _ = _native_caption(source)
    read = year_column_rows(source, year) if kind is None and source.unit else None
    if read is None:
        return None
    column, rows = read
    table = Table(kind="overview", caption=caption or "未命名表格", unit=source.unit, columns=[column],
                  pages=[source.page] if source.page else [])
    table.rows = [Row(code=[], label=label, values=[value if _NUM.match(value) else None], page=source.page,
                      placed=True) for label, value in rows]
    return table


def _holds_amount(row: list[str | None]) -> bool:
    """A number right of the row's label is an amount (a whole-元 "3124500" too); left of it, a code."""
    label = next((j for j, c in enumerate(row) if c and not _NUM.match(c) and not _is_code_cell(c)), len(row))
    return any(c and _NUM.match(c) and (j > label or not _is_code_cell(c)) for j, c in enumerate(row))


def _native_caption(source: SourceTable):
    """The caption a native table carries, or the title row a sheet prints above its header (merged cell)."""
    caption = _ENUMERATOR.sub("", normalize(source.caption or ""))  # "二、收支预算总表" names the table too
    stated = _UNIT.search(caption)
    caption = _UNIT.sub("", caption).strip(" ,;")
    # A spreadsheet may hand a code over as a float ("2010301.0").
    grid = [[re.sub(r"^(\d{3,7})\.0$", r"\1", normalize(c)) if c is not None else None for c in row]
            for row in source.grid if row]
    kind = table_kind(caption) if caption else None
    if kind is None or not _is_caption(caption):
        for r, row in enumerate(grid[:3]):
            text = "".join(c for c in row if c)
            title = _UNIT.sub("", text).strip(" ,;")
            if title and _is_caption(title):
                caption, kind = title, table_kind(title)
                stated = stated or _UNIT.search(text)
                grid = grid[r + 1:]
                break
    return caption, kind, grid, stated


def _is_code_cell(cell: str) -> bool:
    return bool(re.fullmatch(r"\d{1,2}|\d{3}|\d{5}|\d{7}", cell.replace(" ", "")))


# ---------------------------------------------------------------------------------------------- reading tables


def _place(row: Row, columns: list[str]) -> list[str | None] | None:
    """The row's cells by column, or None when the text layer's dropped blanks leave them uncertain."""
    if row.placed or len(row.values) == len(columns):
        return list(row.values)
    if columns and len(row.values) == len(columns) + 1 and row.values[-1] is None:
        # a dash past the last amount column: the rate column's blank (“增减% —”), whose printed rates are not cells
        return list(row.values[:-1])
    return None


def _actual_beside_budgets(columns: list[str]) -> bool:
    """年初预算 | 调整预算 | 决算数 (a 决算's budgets beside the actual, no 合计): a row's amount is its 决算数."""
    return bool(columns) and columns[0] not in _TOTAL_COLUMNS and "决算数" in columns and len(columns) > 1


def _this_year(columns: list[str]) -> int | None:
    """The index of this year's amount column when the table prints last year's beside it ("上年预算数 | 本年预算数 |
    基本支出 | 项目支出", or two years named by number, the later being this year's); None otherwise."""
    years: dict[int, int] = {}
    for j, column in enumerate(columns):
        if not re.fullmatch(_PERIOD_COLUMN, column):
            continue
        found = re.match(r"(?:19|20)\d{2}", column)
        years[j] = int(found.group(0)) if found else (1 if column.startswith("本") else 0)
    if len(years) < 2 or len(set(years.values())) != len(years):
        return None
    latest = max(years.values())
    if any(v < 10 for v in years.values()) != all(v < 10 for v in years.values()):
        return None  # 本年 beside a year by number: which is which is not said
    return next(j for j, v in years.items() if v == latest)


def _total(row: Row, columns: list[str], unit: str) -> str | None:
    """The row's 合计 cell: placed, or the first printed value when the rest add up to it (合计 = Σ parts)."""
    this = _this_year(columns)
    if this is not None:
        # 上年预算数 | 本年预算数 | …: the row's amount is this year's cell, and only when the row's cells are placed.
        placed = _place(row, columns)
        return placed[this] if placed is not None else None
    if _actual_beside_budgets(columns):
        # 年初预算 | 调整预算 | 决算数 (a 决算's budgets beside the actual, no 合计): the row's amount is its actual.
        placed = _place(row, columns)
        if placed is not None:
            return placed[columns.index("决算数")]
        return _actual_with_a_blank_part(row, columns, unit)
    if not columns or (columns[0] not in _TOTAL_COLUMNS and not (len(columns) == 1 and columns[0] in _LONE_COLUMNS)):
        return None  # a lone 预算数/决算数/金额 column is the row's whole amount
    placed = _place(row, columns)
    if placed is not None:
        return placed[0]
    values = [v for v in row.values if v]
    if len(values) >= 2:
        first, rest = _wan(values[0], unit), sum(_wan(v, unit) for v in values[1:])
        if first == rest:
            return values[0]
        if len(values) < len(columns) and len(columns) <= 4:
            # blanks dropped, and the parts printed do not add up to the first amount: the first printed amount is
            # still the leftmost cell, the 合计's (a row prints its 合计 whenever it prints a part); the slip is
            # the row's own, TB-ROW's to report, and its 合计 stays in its parent's sum
            return values[0]
    return None


def _actual_with_a_blank_part(row: Row, columns: list[str], unit: str) -> str | None:
    """Budget columns (年初预算数 | 调整预算数 | …) | 决算数 | 基本支出 | 项目支出 with blank cells the text layer dropped:
    every way of putting the printed amounts back in order is tried, and one is kept when its 决算数 is printed and
    equals 基本 + 项目 (a blank = 0; 万元 cells within a cent). The 决算数 is read when every placement kept gives the
    same one (a row of 27.78 28.70 28.70 28.70: a part is blank, whichever); otherwise the row stays unplaced."""
    at = columns.index("决算数")
    values = [v for v in row.values if v]
    if at < 1 or columns[at + 1:] != ["基本支出", "项目支出"] or not len(columns) - 2 <= len(values) < len(columns):
        return None
    amounts = [_wan(v, unit) for v in values]
    step = Decimal(0) if unit == "元" else Decimal("0.01")
    actuals: set[Decimal] = set()
    for slots in combinations(range(len(columns)), len(values)):
        if at not in slots:
            continue  # a row that prints a part prints its 决算数
        cells = dict(zip(slots, amounts))
        if abs(cells[at] - cells.get(at + 1, Decimal(0)) - cells.get(at + 2, Decimal(0))) <= step:
            actuals.add(cells[at])
    if len(actuals) != 1:
        return None
    actual = actuals.pop()
    return next(v for v, a in zip(values, amounts) if a == actual)


def _wan(raw: str, unit: str) -> Decimal:
    return parse_amount(raw, unit).value


def _code(row: Row, context: dict[str, str]) -> tuple[str | None, str]:
    """The row's full code and level; a glitched 类 part ("7 11 02") is restored from the rows above it."""
    parts = [p.replace(" ", "") for p in row.code]
    if len(parts) == 1 and len(parts[0]) in (5, 7):
        whole = parts[0]
        parts = [whole[:3]] + [whole[k: k + 2] for k in range(3, len(whole), 2)]
    level = {1: "类", 2: "款", 3: "项"}.get(len(parts), "项")
    head = parts[0]
    tail = [p.zfill(2) for p in parts[1:]]
    if len(head) != 3:
        if len(tail) == 2 and context.get("款") == tail[0] and context.get("类"):
            head = context["类"]
        else:
            return None, level
    context["类"] = head
    if tail:
        context["款"] = tail[0]
    return head + "".join(tail), level


def _read(table: Table, document: Document, result: TableResult, *, kind: str | None) -> None:
    if table.kind in ("general_function", "appropriation_function"):
        _read_function(table, result, kind=kind)
    if table.kind in ("expenditure", "general_function", "gov_fund"):
        _read_expenditure_total(table, document, result)
    if table.kind == "basic_economic":
        _read_economic(table, result)
    if table.kind in ("overview", "appropriation_overview", "income", "gov_fund"):
        _read_labelled(table, result, kind=kind)
    if table.kind == "operating":
        _read_operating(table, result, kind=kind)


def _read_operating(table: Table, result: TableResult, *, kind: str | None) -> None:
    """A 机关运行经费 table (its own sheet or 附表): the 合计 row in the one amount column that is this year's —
    the 决算数 of a 决算, or a table's only 预算数/决算数/合计 column. Two columns of the same name (this year's and
    last year's) cannot be told apart here: nothing is read."""
    columns = table.columns
    wanted = "决算数" if kind == "决算" and "决算数" in columns else None
    if wanted is None:
        if len(columns) != 1:
            return
        wanted = columns[0]
    if columns.count(wanted) != 1:
        return
    j = columns.index(wanted)
    for row in table.rows:
        label = _ENUMERATOR.sub("", row.label)
        if row.code or not re.fullmatch(r"(?:机关运行经费)?(?:支出)?(?:合计|总计)|机关运行经费(?:支出)?", label):
            continue
        cells = _place(row, columns)
        raw = cells[j] if cells and j < len(cells) else None
        if raw is None:
            return
        amount = parse_amount(raw, table.unit or "")
        result.figures.append(Figure(
            metric="operating_costs", value=amount.value, page=row.page, origin="table", source_unit=table.unit or "",
            display_scale=amount.scale, fund_scope="一般公共预算财政拨款", exp_scope="基本", table=table.caption,
            row=row.label, column=wanted, source=f"{table.caption} · {row.label} · {wanted}",
        ))
        return


def _fund_scope(table: Table) -> str:
    if table.kind in ("general_function", "basic_economic"):
        return "一般公共预算财政拨款"
    if table.kind in ("appropriation_overview", "appropriation_function"):
        return "财政拨款"
    if table.kind == "gov_fund":
        return "政府性基金"
    return "全口径"


def _read_function(table: Table, result: TableResult, *, kind: str | None) -> None:
    context: dict[str, str] = {}
    unplaced = 0
    for row in table.rows:
        if not row.code:
            continue
        code, level = _code(row, context)
        raw = _total(row, table.columns, table.unit or "")
        if raw is None:
            if row.values:
                unplaced += 1
            continue
        if code is None or not code.startswith("2"):
            # 功能分类 codes are 2xx; anything else is not a function line (or the code was misread).
            result.warnings.append(f"附表“{table.caption}”中“{row.label}”的科目编码无法识别，该行未采用")
            continue
        result.function_lines.append(FunctionLine(
            name=row.label, value=_wan(raw, table.unit or ""), code=code, page=row.page,
            source=f"{table.caption} · {' '.join(row.code)} {row.label} · {_amount_column(table.columns)}",
            fund_scope=_fund_scope(table), level=level, table=table.caption,
        ))
    if unplaced:
        result.warnings.append(f"附表“{table.caption}”有{unplaced}行的合计无法确定所在列，未采用")


def _amount_column(columns: list[str]) -> str:
    """The name of the column a row's amount is read from (see _total)."""
    this = _this_year(columns)
    if this is not None:
        return columns[this]
    return "决算数" if _actual_beside_budgets(columns) else columns[0]


_EXPENDITURE_COLUMNS = {"基本支出": ("basic_expenditure", "基本"), "项目支出": ("project_expenditure", "项目")}


def _read_expenditure_total(table: Table, document: Document, result: TableResult) -> None:
    """The 合计 row of a 支出 table: 基本支出 and 项目支出 (the truth of a 预算 takes them from here)."""
    totals = [row for row in table.rows if not row.code and row.values
              and re.fullmatch(r"(?:本年支出)?(?:合计|总计)", row.label)]
    if not totals or not any(c in _EXPENDITURE_COLUMNS for c in table.columns):
        return
    columns = table.columns
    total = next((row for row in totals if _place(row, columns) is not None), totals[-1])
    cells = _place(total, columns)
    if cells is None and document.is_pdf and total.page:
        geometry = _geometry_row(document, total.page, table, result)
        if geometry:
            columns, cells = geometry
    if cells is None:
        result.warnings.append(f"附表“{table.caption}”合计行的基本支出、项目支出无法确定所在列，未采用")
        pinned = _total(total, columns, table.unit or "")  # the 合计 cell alone, when the row's sum pins it
        if pinned is None:
            return
        cells = [pinned] + [None] * (len(columns) - 1)
    _check_total_row(table, columns, cells, result)
    scope = _fund_scope(table)
    this = _this_year(columns)
    for j, (column, raw) in enumerate(zip(columns, cells)):
        if column in _TOTAL_COLUMNS or j == this or (column == "决算数" and _actual_beside_budgets(columns)):
            metric = {"全口径": "expenditure_total", "政府性基金": "gov_fund_appropriation"}.get(
                scope, "general_budget_appropriation")
            exp_scope = "total"
        elif column in _EXPENDITURE_COLUMNS:
            metric, exp_scope = _EXPENDITURE_COLUMNS[column]
        else:
            continue
        if raw is None:
            continue
        amount = parse_amount(raw, table.unit or "")
        result.figures.append(Figure(
            metric=metric, value=amount.value, page=total.page, origin="table", source_unit=table.unit or "",
            display_scale=amount.scale, fund_scope=scope, exp_scope=exp_scope, table=table.caption,
            row=total.label, column=column, source=f"{table.caption} · {total.label} · {column}",
            side="支出" if metric in ("general_budget_appropriation", "gov_fund_appropriation") else "",
        ))


def _check_total_row(table: Table, columns: list[str], cells: list[str | None], result: TableResult) -> None:
    """合计 = 基本支出 + 项目支出 (+ the other columns): a row that does not add up is kept, and said."""
    if not columns or columns[0] not in _TOTAL_COLUMNS or cells[0] is None:
        return
    unit = table.unit or ""
    parts = [_wan(raw, unit) for column, raw in zip(columns[1:], cells[1:])
             if raw is not None and column not in _CHANGE_COLUMNS]
    if not parts:
        return
    step = Decimal(0) if unit == "元" else Decimal("0.01") * len(parts)  # printed 万元 cells carry rounding
    total = _wan(cells[0], unit)
    if abs(total - sum(parts)) > step:
        result.warnings.append(f"附表“{table.caption}”合计行：合计{total}万元不等于各列之和{sum(parts)}万元")


def _geometry_row(document: Document, page: int, table: Table,
                  result: TableResult) -> tuple[list[str], list[str | None]] | None:
    """pdfplumber's cells of the page's 合计 row, with the columns named by that grid's own header."""
    try:
        grids = document.pdf_page_tables(page)
    except PdfReadError:
        result.warnings.append(f"PDF第{page}页的表格结构无法读取")
        return None
    for grid in grids:
        native = _native_table(SourceTable(grid=grid, page=page, caption=table.caption, unit=table.unit))
        if native is None or not any(c in _EXPENDITURE_COLUMNS for c in native.columns):
            continue
        row = next((r for r in native.rows if not r.code and re.fullmatch(r"(?:本年支出)?(?:合计|总计)", r.label)),
                   None)
        if row is not None:
            return native.columns, row.values
    return None


def _read_economic(table: Table, result: TableResult) -> None:
    unit = table.unit or ""
    unplaced = 0
    for row in table.rows:
        printed = [v for v in row.values if v]
        if row.code:
            raw = _total(row, table.columns, unit) if len(table.columns) > 1 else (
                printed[0] if len(printed) == 1 else None)
            code, _ = _code(row, {})
            if raw is not None and code and code[0] in "35":  # 部门 (3xx) or 政府 (5xx) 经济分类
                result.economic_lines.append(EconomicLine(
                    name=row.label, value=_wan(raw, unit), code=code, page=row.page, table=table.caption))
            elif printed:
                unplaced += 1
            continue
        subtotal = re.fullmatch(r"(人员经费|公用经费)(?:合计)?", row.label)
        if subtotal and len(printed) == 1:
            result.economic_lines.append(EconomicLine(
                name=subtotal.group(1), value=_wan(printed[0], unit), page=row.page, table=table.caption))
        elif row.label in ("合计", "总计"):
            cells = _place(row, table.columns)
            for column, raw in zip(table.columns, cells or []):
                name = "公用经费" if column == "日常公用经费" else column
                if name in ("人员经费", "公用经费") and raw is not None:
                    result.economic_lines.append(EconomicLine(
                        name=name, value=_wan(raw, unit), page=row.page, table=table.caption))
    if unplaced:
        result.warnings.append(f"附表“{table.caption}”有{unplaced}行的合计无法确定所在列，未采用")


# Row labels of the 收支总表 family → metric; 决算's bare 总计 adds carry-over and is not 本年收入.
_LABELS = [
    (re.compile(r"^(?:本年)?收入(?:总计|合计)$|^收入(?:预算|决算)(?:总计|合计|总额)?$"), "income_total", "全口径"),
    (re.compile(r"^(?:本年)?支出(?:总计|合计)$|^支出(?:预算|决算)(?:总计|合计|总额)?$"), "expenditure_total", "全口径"),
    (re.compile(r"一般公共预算(?:财政)?(?:拨款)?(?:收入|资金|拨款)$"), "general_budget_appropriation",
     "一般公共预算财政拨款"),
    (re.compile(r"^基本支出$"), "basic_expenditure", "全口径"),
    (re.compile(r"^项目支出$"), "project_expenditure", "全口径"),
    (re.compile(r"政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入|资金)?$"), "gov_fund_appropriation", "政府性基金"),
    # the income side's carry-over (never 年末结转和结余, on the spending side of a 决算)
    (re.compile(r"^(?:上年|年初)结转(?:和|及)?(?:结余)?(?:收入|资金)?$|^上年结余$"), "carryover", "全口径"),
    # An older 收支总表 prints one 财政拨款收入 row for all funds: resolve.py takes it for the 一般公共预算 拨款 only
    # when no other fund's appropriation is stated.
    (re.compile(r"^财政拨款(?:收入)?$"), "general_budget_appropriation", "财政拨款"),
]


def _read_labelled(table: Table, result: TableResult, *, kind: str | None) -> None:
    unit = table.unit or ""
    seen: set[str] = set()
    # A 预算's 收支总表 with 上年结转 prints 本年收入合计 above it and 收入总计 below: the 总计 rows are the ones that
    # balance (and the ones the prose's 收入/支出预算 state), so the 本年 rows give way to them on either side.
    grand = {_ENUMERATOR.sub("", row.label) for row in table.rows if any(row.values)} & {"收入总计", "支出总计"}
    this = _this_year(table.columns)
    for row in table.rows:
        label = _ENUMERATOR.sub("", row.label)
        if kind != "决算" and table.kind == "overview" and label.startswith("本年") and label[2:4] + "总计" in grand:
            continue
        for pattern, metric, scope in _LABELS:
            if (metric, scope) in seen or not pattern.search(label):
                continue
            if table.kind != "overview" and metric in ("income_total", "expenditure_total", "basic_expenditure",
                                                       "project_expenditure", "carryover"):
                continue  # a 财政拨款 or 收入 table's total is not the department's whole income
            if kind == "决算" and metric == "carryover":
                continue  # 决算: 年初结转和结余 mixes 结转 and 结余 of several funds; the prose says what it counts
            if kind == "决算" and label in ("收入总计", "支出总计"):
                continue  # 决算: 收入支出总计 includes 年初结转和结余; the income is 本年收入合计
            values = [v for v in row.values if v]
            placed = _place(row, table.columns) if this is not None else None
            column = table.columns[0] if table.columns else None
            if placed is not None and placed[this]:
                # 本年 | 上年 | 增减额: this year's cell, whether or not the printed change adds up (its own check's)
                raw, column = placed[this], table.columns[this]
            elif len(values) == 1:
                raw = values[0]
            elif len(values) > 1 and _wan(values[0], unit) == sum(_wan(v, unit) for v in values[1:]):
                raw = values[0]
            else:
                continue
            seen.add((metric, scope))
            amount = parse_amount(raw, unit)
            result.figures.append(Figure(
                metric=metric, value=amount.value, page=row.page, origin="table", source_unit=unit,
                display_scale=amount.scale, fund_scope=scope, table=table.caption,
                exp_scope={"basic_expenditure": "基本", "project_expenditure": "项目"}.get(metric, "total"), row=row.label,
                column=column, source=f"{table.caption} · {row.label}",
                side="收入" if metric in ("general_budget_appropriation", "gov_fund_appropriation") else "",
            ))
