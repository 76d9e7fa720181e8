"""Cell grids → figures. Only the “三公” table (表四 in the Chongqing layout) is read for now.

A grid comes from pdfplumber (PDF) or from tab/pipe separated lines (text). Columns are identified by
what their headers say, never by position; a year row above them tells 上年 from 本年. Blank is not 0:
a blank cell is confirmed 0 only when the row's own 合计 = Σ parts holds with it as 0 (CHECKS.md §0.3).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from .document import Document
from .numbers import parse_amount
from .pdf import PdfReadError
from .text import Line, normalize
from .types import EconomicLine, Figure, FunctionLine, SourceTable

Grid = list[list[str]]
_TITLE = re.compile(r"三公.{0,3}经费.{0,16}表|三公.{0,3}经费(?:预算|决算)?(?:情况|明细)")
_TABLE_TITLE = re.compile(r"三公.{0,3}经费.{0,16}表")
_NUMERIC = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_UNIT = re.compile(r"单位\s*[:：]?\s*(亿元|万元|千元|元)")
# The unit printed in the column headers instead ("2021年预算（万元）", "金额(元)"): used when every header agrees.
_HEADER_UNIT = re.compile(r"[(（]\s*(亿元|万元|千元|元)\s*[)）]")
_PARTS = ("outbound_travel", "vehicle_purchase", "vehicle_operation", "reception")


@dataclass
class TableResult:
    """What the 附表 of one document give: cell figures, function and economic lines, and warnings."""

    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    function_lines: list[FunctionLine] = field(default_factory=list)  # every 类/款/项 row
    economic_lines: list[EconomicLine] = field(default_factory=list)  # 经济分类 rows and 人员/公用经费
    expenditure_by_function: list[FunctionLine] = field(default_factory=list)  # the 类 rows


# A change column or row: 增减, 增(减)额, 增(+)减(-), 增长额, 变动, 比上年…
_CHANGE_HEADER = r"增减|增\((?:减|\+)|增长额|变动|比上年"


def classify_column(label: str) -> str | None:
    label = label.replace(" ", "")
    if not label:
        return None
    if "机关运行" in label or "运行经费" in label:
        return "operating_costs"
    if "小计" in label or ("购置及运行" in label and "购置费" not in label[-4:]):
        return "vehicle_total"
    if "购置" in label:
        return "vehicle_purchase"
    if "运行" in label or "维护" in label:
        return "vehicle_operation"
    if "出国" in label:
        return "outbound_travel"
    if "接待" in label:
        return "reception"
    if re.search(r"合计|总计|三公", label):
        return "sangong_total"
    return None


def sangong_table_figures(document: Document, *, year: int) -> TableResult:
    result = TableResult()
    empty: list[tuple[int, str]] = []  # a titled “三公” table printed without a single number
    try:
        for grid, page, title in _candidate_grids(document):
            figures = read_sangong_grid(grid, year=year, page=page, title=title, result=result)
            if figures:
                result.figures.extend(figures)
                break
            if _caption(title) and not any(_NUMERIC.match(c or "") for row in grid for c in row):
                empty.append((page, _caption(title)))
    except PdfReadError:
        result.warnings.append("PDF中“三公”经费表所在页无法读取表格结构，未采用表中数字")
    if not result.figures and empty:
        page, caption = empty[0]
        note = "".join(line.text for line in document.lines if line.page == page)
        if not re.search(r"空表|无数据|没有数据|无(?:相关)?数据|未发生|无“?三公”?经费", note):
            result.warnings.append(f"附表“{caption}”（第{page}页）没有填写任何数字，也没有说明原因")
    return result


def _candidate_grids(document: Document):
    lines = document.lines
    title_lines = [i for i, ln in enumerate(lines) if _is_title(ln.text)]
    if document.is_pdf:
        # Table titles wrap inside narrow cells, so look for them in each page's joined text.
        page_text: dict[int, str] = {}
        contents: set[int] = set()  # 目录 pages list the table's title but hold no table
        for line in lines:
            if page_text.get(line.page, "") == "" and re.fullmatch(r"目录|目次", line.text):
                contents.add(line.page)
            page_text[line.page] = page_text.get(line.page, "") + line.text
        page_text = {page: text for page, text in page_text.items() if page not in contents}
        cleaned = {page: re.sub(r"(?<![\d.])\d{1,2}[.、](?!\d)[^表。]{0,40}表", "", text)
                   for page, text in page_text.items()}
        captioned = {line.page for k, line in enumerate(lines) if _numbered_caption(lines, k)}
        titled = [page for page, text in cleaned.items() if _TABLE_TITLE.search(text) or page in captioned]
        mentioned = [page for page, text in cleaned.items()
                     if page not in titled and _TITLE.search(text) and _UNIT.search(text)]
        for page in titled + mentioned:  # pdfplumber is slow: open one page at a time, best guess first
            tables = document.pdf_page_tables(page)
            if tables and page + 1 in page_text and _items_in(tables[-1]) and not _mentions_reception(tables[-1]):
                # Every “三公” table has a 公务接待费 row or column: without one it goes on over the page.
                following = document.pdf_page_tables(page + 1)
                if following and len(following[0][0]) == len(tables[-1][0]):
                    repeated = following[0][0] == tables[-1][0]
                    tables[-1] = tables[-1] + following[0][1 if repeated else 0:]
            for table in tables:
                grid = [[normalize(cell) if cell is not None else None for cell in row] for row in table]
                flat = "".join("".join(c or "" for c in row) for row in grid)
                if _TITLE.search(flat) or any(classify_column(c or "") == "reception" for row in grid for c in row):
                    here = [ln for ln in lines if ln.page == page]
                    on_page = [ln.text for ln in here]
                    at = next((k for k, text in enumerate(on_page) if _is_title(text)), None)
                    if at is None:  # a numbered caption (“7.…“三公”经费支出决算表”) over its 单位 line
                        at = next((k for k in range(len(here)) if _numbered_caption(here, k)), None)
                    caption = on_page[at] if at is not None else ""
                    # The unit printed under this table's own title; the page's only unit when it states one;
                    # never another table's unit from the same page.
                    units = {m.group(1) for text in on_page for m in _UNIT.finditer(text)}
                    unit = (next((m for text in on_page[at: at + 4] if (m := _UNIT.search(text))), None)
                            if at is not None else None) or _UNIT.search(flat) or (
                                _UNIT.search(page_text[page]) if len(units) == 1 else None)
                    yield grid, page, caption + " " + (unit.group(0) if unit else "")
        return
    for i in title_lines:
        block = []
        unit = ""
        for line in lines[i + 1: i + 30]:
            if not line.tabular and (re.fullmatch(r"表[一二三四五六七八九十\d]+", line.text) or line.text.endswith("表")):
                break  # the next table begins
            found_unit = _UNIT.search(line.text)
            if found_unit:
                unit = unit or found_unit.group(0)
                continue
            if not line.tabular and any(b.tabular for b in block):
                break
            block.append(line)
        data_lines = [b for b in block if b.tabular]
        if not data_lines:
            continue
        if any("\t" in b.raw or b.raw.count("|") >= 2 for b in data_lines):
            rows = [cells for b in block if b.tabular and (cells := _split_cells(b.raw)) is not None]
        else:
            rows = _aligned_grid([b.raw for b in block if len(b.text) <= 120])
        found = _UNIT.search(lines[i].text)
        unit = unit or (found.group(0) if found else "") or _cell_unit([b.raw for b in data_lines])
        yield rows, lines[i].page, unit


def _cell_unit(raws: list[str]) -> str:
    """A table whose every amount carries its unit ("12.60万元") states its unit cell by cell."""
    units = set()
    for raw in raws:
        for cell in re.split(r"\t|\|| {2,}", raw):
            cell = normalize(cell)
            if re.fullmatch(r"-?[\d,]+(?:\.\d+)?", cell):
                return ""  # a bare amount: the unit is not stated for it
            found = re.fullmatch(r"-?[\d,]+(?:\.\d+)?(万元|元)", cell)
            if found:
                units.add(found.group(1))
    return f"单位:{units.pop()}" if len(units) == 1 else ""


def _aligned_grid(raws: list[str]) -> Grid:
    """Columns aligned with spaces: give each data column the header words printed above it."""
    spans = [_spans(raw) for raw in raws]
    data_index = next((k for k, row in enumerate(spans)
                       if sum(bool(_NUMERIC.match(text)) for text, _, _ in row) >= 2), None)
    if data_index is None:
        return []
    columns = [(start, end) for _, start, end in spans[data_index]]
    grid: Grid = []
    for row in spans:
        cells = []
        for start, end in columns:
            over = [text for text, s, e in row if s < end + 1 and e > start - 1]
            cells.append(over[0] if over else "")
        grid.append(cells)
    return grid


def _spans(raw: str) -> list[tuple[str, int, int]]:
    """Cells separated by two or more spaces, with display columns (a Chinese character is two wide)."""
    result = []
    column = 0
    for piece in re.split(r"(\s{2,}|\t)", raw.rstrip()):
        width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in piece)
        if piece.strip() and not re.fullmatch(r"\s+", piece):
            result.append((normalize(piece), column, column + width))
        column += width
    return result


def _items_in(table: list[list[str | None]]) -> bool:
    found = {classify_column(normalize(cell or "")) for row in table for cell in row}
    return len(found - {None, "sangong_total"}) >= 1


def _mentions_reception(table: list[list[str | None]]) -> bool:
    return any(classify_column(normalize(cell or "")) == "reception" for row in table for cell in row)


def _numbered_caption(lines, k: int) -> bool:
    """“7.一般公共预算财政拨款“三公”经费支出决算表” printed over its 单位 line: the table's own numbered caption,
    not an item of a 附表 list (which the cleaning of page text drops)."""
    line = lines[k]
    following = lines[k + 1] if k + 1 < len(lines) else None
    return (len(line.text) <= 48 and bool(re.match(r"^\d{1,2}[.、]", line.text)) and bool(_TABLE_TITLE.search(line.text))
            and following is not None and following.page == line.page and bool(_UNIT.match(following.text)))


def _is_title(text: str) -> bool:
    """A table's own title line: short, names the “三公” table, and is not an item of the 附表 list."""
    return len(text) <= 48 and bool(_TITLE.search(text)) and not re.match(r"^\d+[.、]", text) \
        and not re.search(r"详见|见附表|参见", text)


def _strip_unit(cell: str) -> str:
    """"12.60万元" in a cell whose header already says 单位 → "12.60"; the table's unit still applies."""
    return re.sub(r"(?<=\d)(?:万元|元)$", "", cell)


def _split_cells(raw: str) -> list[str] | None:
    if raw.count("|") >= 2:
        inner = raw.strip()
        inner = inner[1:] if inner.startswith("|") else inner
        inner = inner[:-1] if inner.endswith("|") else inner
        cells = [_strip_unit(normalize(c)) for c in inner.split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) or c == "" for c in cells):
            return None  # markdown separator row
        return cells
    if "\t" in raw:
        return [_strip_unit(normalize(c)) for c in raw.strip("\n").split("\t")]
    return [_strip_unit(normalize(c)) for c in raw.split()]


def read_sangong_grid(grid: Grid, *, year: int, page: int | None, title: str, result: TableResult) -> list[Figure]:
    grid = _without_numbering([row for row in grid if row])
    if not grid:
        return []  # an empty or header-less grid (a web page's stray table) holds no “三公” figures
    unit_match = _UNIT.search(title) or _UNIT.search("".join("".join(c or "" for c in r) for r in grid))
    width = max(len(row) for row in grid)
    padded = [list(row) + [""] * (width - len(row)) for row in grid]
    data_index = next((i for i, row in enumerate(padded)
                       if sum(bool(_NUMERIC.match(c or "")) for c in row) >= 2), None)
    if data_index is None:
        # A label | value list ("公务接待费 | 3.6"): one amount per row, at least three items named down the side.
        labelled = [i for i, row in enumerate(padded) if width == 2 and classify_column(row[0] or "")
                    and _NUMERIC.match(row[1] or "")]
        data_index = labelled[0] if len(labelled) >= 3 else None
    if data_index is None:
        return []
    header = padded[:data_index]
    data = [[c or "" for c in row] for row in padded[data_index:]]
    header_units = {m.group(1) for row in header for c in row for m in _HEADER_UNIT.finditer(c or "")}
    if not unit_match and len(header_units) != 1:
        result.warnings.append("“三公”经费表没有注明金额单位，未采用表中数字")
        return []
    unit = unit_match.group(1) if unit_match else header_units.pop()

    # Row-oriented: labels down the first column, one value column per period.
    first_column = [classify_column(row[0]) for row in data]
    if sum(1 for c in first_column if c) >= 3:
        columns = [c or "" for c in header[-1]] if header else [""] * width
        periods = [_period(cell, year) for cell in columns]
        change_column = next((j for j, cell in enumerate(columns) if re.search(_CHANGE_HEADER, cell)), None)
        # "决算比预算增减": the actual against its own budget, no change on last year; never read as one.
        against_budget = change_column is not None and re.search(r"比预算|与预算|较预算", columns[change_column])
        # 决算: a 预算数 column and a 决算数 column; the actual is the value, the budget goes beside it.
        roles = [_role(cell) for cell in columns]
        paired = "actual" in roles and "budget" in roles
        cells = []
        budgets = []
        for row, metric in zip(data, first_column):
            if metric:
                for j in range(1, width):
                    if j != change_column:
                        cell = (metric, periods[j] or "本年", row[j], f"{row[0]} · {columns[j]}")
                        (budgets if paired and roles[j] == "budget" else cells).append(cell)
        figures = _figures(cells, unit=unit, page=page, result=result, title=title)
        _set_budgets(figures, budgets, unit=unit)
        if change_column is not None and not against_budget:
            # The 增减额 column: this year's change, as the table states it.
            changes = {metric: row[change_column] for row, metric in zip(data, first_column) if metric}
            for figure in figures:
                raw = changes.get(figure.metric, "")
                if figure.period == "本年" and _NUMERIC.match(raw):
                    figure.change = parse_amount(raw, unit).value
        return figures

    header = _fill_merged(header)
    # A year row names the periods; a 比上年增减 header names a change column, not a period.
    year_row = next((row for row in header if any(re.search(r"(?:19|20)\d{2}年|上年|本年", c)
                                                  and not re.search(_CHANGE_HEADER, c) for c in row)), None)
    periods: list[str | None] = [None] * width
    if year_row:
        current = None
        for j, cell in enumerate(year_row):
            current = _period(cell, year) or current
            periods[j] = current
    # 决算 tables pair every item as 预算数 | 决算数: the actual is the value, the budget is kept beside it.
    pair_row = next((row for row in header if any(_role(c) == "budget" for c in row)
                     and any(_role(c) == "actual" for c in row)), None)
    roles: list[str | None] = [None] * width
    if pair_row:
        current = None
        for j, cell in enumerate(pair_row):  # a text grid leaves a merged group's other cells empty
            current = _role(cell) or (current if not cell else None)
            roles[j] = current
    labels = []
    for j in range(width):
        stack = [row[j] for row in header if row[j] and row is not year_row and row is not pair_row]
        labels.append(next((label for label in reversed(stack) if classify_column(label)), stack[-1] if stack else ""))
    if len({classify_column(label) for label in labels} - {None, "sangong_total", "operating_costs"}) < 2:
        return []  # not a “三公” table: a lone 合计 column is any table's total
    cells = []
    row_periods = [_period(row[0], year) for row in data]
    # A 决算 printing its budget beside the actual as rows ("年初预算数" over "决算数"), items across the columns:
    # the 决算数 row holds the values, each 预算数 row's cell goes beside them as the budget.
    row_roles = [_role(row[0]) for row in data]
    budget_rows = [(row, period) for row, period, role in zip(data, row_periods, row_roles) if role == "budget"]
    actual_periods = {period for period, role in zip(row_periods, row_roles) if role == "actual"}
    if actual_periods and budget_rows and not pair_row and {period for _, period in budget_rows} <= actual_periods:
        # (a 预算 printing last year's 决算数 over this year's 预算数 names two years: read by year below; a 决算
        # printing last year's 决算数, this year's 年初预算数 and this year's 决算数 has an actual row for each budget)
        rows_to_read = [(row, period) for row, period, role in zip(data, row_periods, row_roles) if role == "actual"]
    elif any(row_periods):
        # One row per year ("2024年预算数", "2025年预算数"), items across the columns.
        rows_to_read = [(row, period) for row, period in zip(data, row_periods) if period]
        budget_rows = []
    else:
        rows_to_read = [(data[0], None)]
        budget_rows = []
    budgets = []
    for row, row_period in budget_rows:
        for j in range(width):
            metric = classify_column(labels[j])
            if metric and roles[j] is None:
                budgets.append((metric, row_period or periods[j] or "本年", row[j], row[0]))
    for row, row_period in rows_to_read:
        for j in range(width):
            metric = classify_column(labels[j])
            if metric:
                named = row_period or _role(row[0])
                where = f"{row[0] if named else (year_row[j] if year_row else '')} · {labels[j]}"
                cell = (metric, row_period or periods[j] or "本年", row[j], where)
                if roles[j] == "budget":  # ranked by the 预算数 column's own words (年初, 调整)
                    budgets.append((*cell[:3], pair_row[j] if pair_row else ""))
                else:
                    cells.append(cell)
    figures = _figures(cells, unit=unit, page=page, result=result, title=title)
    figures += _operating_costs_row(data, [row for row, _ in rows_to_read], roles, periods, labels, pair_row,
                                    unit=unit, page=page, title=title)
    _set_budgets(figures, budgets, unit=unit)
    by_key = {(f.period, f.metric): f for f in figures}
    if not any(row_periods) and len(rows_to_read) == 1:
        # "… | 合计 | 比上年增减": a change column right after an item's column is that item's change.
        row = rows_to_read[0][0]
        for j in range(1, width):
            figure = by_key.get(("本年", classify_column(labels[j - 1]) or ""))
            if (figure and figure.change is None and classify_column(labels[j]) is None
                    and re.search(_CHANGE_HEADER, labels[j]) and not re.search(r"比预算|与预算|较预算", labels[j])
                    and _NUMERIC.match(row[j])):
                figure.change = parse_amount(row[j], unit).value
    change_row = next((row for row in data if re.search(_CHANGE_HEADER, row[0])), None)
    if change_row is not None and any(row_periods):
        # A 增减额 row under the year rows: this year's change, column by column.
        for j in range(width):
            figure = by_key.get(("本年", classify_column(labels[j]) or ""))
            if figure and figure.change is None and _NUMERIC.match(change_row[j]):
                figure.change = parse_amount(change_row[j], unit).value
    return figures


def _without_numbering(grid: Grid) -> Grid:
    """A leading 序号 column ("序号 | 项目 | 金额", rows 1, 2, 3 … and a blank beside 合计) is no amount: drop it."""
    if not grid or len(grid[0]) < 3:
        return grid
    first = [(row[0] or "").strip() if row else "" for row in grid]
    header = next((k for k, cell in enumerate(first) if cell), None)
    if header is None or not re.fullmatch(r"序号|编号|行次|序|No\.?", first[header]):
        return grid
    numbers = [cell for cell in first[header + 1:] if cell]
    if not numbers or not all(re.fullmatch(r"\d{1,2}|[一二三四五六七八九十]+", c) for c in numbers):
        return grid
    return [row[1:] for row in grid]


def _operating_costs_row(data: Grid, read: list[list[str]], roles: list[str | None], periods: list[str | None],
                         labels: list[str], pair_row: list[str] | None, *, unit: str, page: int | None,
                         title: str) -> list[Figure]:
    """A "机关运行经费" row under the “三公” columns (…“三公”经费、机关运行经费情况表): its one amount, the actual
    where the columns pair 预算数 | 决算数 (the budget beside it). Nothing when the row holds more than that."""
    caption = _caption(title) or "“三公”经费支出表"
    for row in data:
        if any(row is done for done in read) or classify_column(row[0]) != "operating_costs":
            continue
        numeric = [j for j in range(1, len(row)) if _NUMERIC.match(row[j])]
        actual = [j for j in numeric if roles[j] != "budget"]
        budget = [j for j in numeric if roles[j] == "budget"]
        if len(actual) != 1 or len(budget) > 1:
            continue
        j = actual[0]
        amount = parse_amount(row[j], unit)
        column = " ".join(dict.fromkeys(filter(None, [pair_row[j] if pair_row else "", labels[j]])))
        figure = Figure(metric="operating_costs", value=amount.value, period=periods[j] or "本年", origin="table",
                        page=page, source=f"{caption} · {row[0]} · {column}", display_scale=amount.scale,
                        source_unit=unit, fund_scope="一般公共预算财政拨款", exp_scope="基本", table=caption,
                        row=row[0], column=column or None)
        if budget:
            figure.budget = parse_amount(row[budget[0]], unit).value
        return [figure]
    return []


def _fill_merged(header: list[list[str | None]]) -> list[list[str]]:
    """pdfplumber gives None for the cells a merged header cell covers: below a cell of its own, the cell spans
    down (a row-spanning 机关运行经费 header); otherwise it spans from the left (合计 over 预算数 | 决算数)."""
    filled: list[list[str]] = []
    spans_down: list[list[bool]] = []  # a cell of its own, or one a cell above spans down to
    for r, row in enumerate(header):
        cells: list[str] = []
        down: list[bool] = []
        for j, cell in enumerate(row):
            if cell is not None:
                cells.append(cell)
                down.append(True)
            elif r and spans_down[r - 1][j] and filled[r - 1][j]:
                cells.append(filled[r - 1][j])
                down.append(True)
            else:
                cells.append(cells[j - 1] if j else "")
                down.append(False)
        filled.append(cells)
        spans_down.append(down)
    return filled


def _set_budgets(figures: list[Figure], budgets: list[tuple[str, str, str, str]], *, unit: str) -> None:
    """A 决算's 预算数 beside each actual: the adjusted (调整/全年) budget before the 年初 one when the table gives
    both, and a blank budget cell 0 only when that column's own sums hold with it as 0."""
    ranked = sorted(budgets, key=lambda cell: _budget_rank(cell[3].split(" · ")[-1]))
    by_key = {(f.period, f.metric): f for f in figures}
    for stated in _figures(ranked, unit=unit, page=None, result=TableResult()):
        figure = by_key.get((stated.period, stated.metric))
        if figure and figure.budget is None and stated.value is not None:
            figure.budget = stated.value
            if figure.value is None and stated.note == _PROVEN_ZERO and _printed_total(by_key, figure.period):
                # blank in both rows, and the 预算数 row adds up only with it as 0: the item was neither budgeted
                # nor spent, so a 决算数 合计 that disagrees with its parts is a finding, not a gap in the table
                figure.value, figure.note = Decimal(0), _UNBUDGETED_ZERO


def _printed_total(by_key: dict[tuple[str, str], Figure], period: str) -> bool:
    """The row states its 合计 (a row left wholly blank has no sum to check and no item to fill)."""
    total = by_key.get((period, "sangong_total"))
    return total is not None and total.value is not None


def _budget_rank(label: str) -> int:
    """调整预算 / 调整后预算 / 全年预算: what a 决算 calls its 预算数; the 年初 budget only when no other is given."""
    return 0 if re.search(r"调整|全年", label) else 1


def _role(cell: str | None) -> str | None:
    """预算数 / 年初预算数 / 调整预算数 → budget; 决算数 / 全年支出数 / 实际支出 / 执行数 → actual (a year prefix
    allowed)."""
    cell = re.sub(r"^(?:(?:19|20)\d{2}年度?)", "", (cell or "").replace(" ", ""))
    if re.fullmatch(r"(?:年初|全年|调整后?(?:的)?)?预算(?:数|安排数?)?|预算调整(?:后)?数?", cell):
        return "budget"
    if re.fullmatch(r"(?:全年|本年|实际)?(?:决算|支出|执行)(?:数)?|(?:全年|本年|实际)?支出决算(?:数)?", cell):
        return "actual"
    return None


def _period(cell: str, year: int) -> str | None:
    found = re.search(r"((?:19|20)\d{2})年", cell)
    if found:
        value = int(found.group(1))
        return "本年" if value == year else "上年" if value == year - 1 else None
    if "上年" in cell:
        return "上年"
    if "本年" in cell or "当年" in cell:
        return "本年"
    return None


def _figures(cells, *, unit: str, page: int | None, result: TableResult, title: str = "") -> list[Figure]:
    caption = _caption(title) or "“三公”经费支出表"
    by_period: dict[str, dict[str, Figure]] = {}
    for metric, period, raw, where in cells:
        if metric in by_period.get(period, {}):
            continue
        value = scale = None
        if raw and _NUMERIC.match(raw):
            amount = parse_amount(raw, unit)
            value, scale = amount.value, amount.scale
        by_period.setdefault(period, {})[metric] = Figure(
            metric=metric, value=value, period=period, origin="table", page=page,
            source=f"{caption} · {where.strip(' ·')}", display_scale=scale, source_unit=unit,
            fund_scope="一般公共预算财政拨款", table=caption, row=where.split(" · ")[0].strip() or None,
            column=where.split(" · ")[-1].strip() or None,
        )
    figures = []
    for period, found in by_period.items():
        _confirm_blanks(found)
        figures.extend(found.values())
    return figures


def _caption(title: str) -> str:
    """The table's own title without its unit line ("“三公”经费预算表 单位:万元" -> "“三公”经费预算表")."""
    return _UNIT.sub("", title).strip(" ,:;")


def _confirm_blanks(found: dict[str, Figure]) -> None:
    """A blank cell becomes 0 only when the table's own sums hold with it as 0."""
    def value(key: str) -> Decimal:
        fig = found.get(key)
        return fig.value if fig and fig.value is not None else Decimal(0)

    vehicle = found.get("vehicle_total")
    if vehicle and vehicle.value is not None and value("vehicle_purchase") + value("vehicle_operation") == vehicle.value:
        _zero(found, ("vehicle_purchase", "vehicle_operation"))
    total = found.get("sangong_total")
    if total and total.value is not None:
        vehicle_value = value("vehicle_total") if vehicle and vehicle.value is not None else (
            value("vehicle_purchase") + value("vehicle_operation"))
        if value("outbound_travel") + vehicle_value + value("reception") == total.value:
            _zero(found, _PARTS + ("vehicle_total",))


_PROVEN_ZERO = "表中为空白，经表内合计校验确认为0"
_UNBUDGETED_ZERO = "表中为空白，该项预算数亦为空白且经预算数合计校验为0，按0计"


def _zero(found: dict[str, Figure], keys: tuple[str, ...], *, note: str = _PROVEN_ZERO) -> None:
    for key in keys:
        fig = found.get(key)
        if fig and fig.value is None:
            fig.value = Decimal(0)
            fig.note = note


# A label | count list ("编制人数 | 420", "在职人员总数 | 512", "实有车辆数 | 7", "公务用车保有量（辆）| 6").
_COUNT_LABELS = (
    ("staff_authorized", re.compile(r"(?:核定)?编制(?:人数|数|总数)?(?:\((?:人|名)\))?"), "人"),
    ("staff_actual", re.compile(r"(?:实有|在职|在编)(?:人员|职工|教职工)?(?:总数|人数|数)?(?:\((?:人|名)\))?"), "人"),
    ("vehicles_count", re.compile(r"(?:实有|现有)?(?:公务用)?车辆(?:总数|数量|数)(?:\(辆\))?|(?:实有|现有)公务用车(?:数)?|"
                                  r"公务用车(?:保有量|总数|数量|辆数|数)(?:\(辆\))?|(?:实有|现有)车辆数?(?:\(辆\))?"), "辆"),
)


def count_list_figures(document: Document) -> list[Figure]:
    """Counts in a two-cell label | number list: each label once, or nothing for it (never a guess)."""
    rows = []
    for line in document.lines:
        if not line.tabular:
            continue
        cells = [c for c in (_split_cells(line.raw) or []) if c.strip()]
        if len(cells) == 2:
            rows.append((cells[0].strip(), cells[1].strip(), line.page))
    return _count_figures(rows)


def _count_figures(rows: list[tuple[str, str, int | None]], *, column: str | None = None) -> list[Figure]:
    seen: dict[str, list[tuple[str, str, int | None]]] = {}
    for label, value, page in rows:
        if not re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", value):
            continue
        for metric, pattern, _unit in _COUNT_LABELS:
            if pattern.fullmatch(normalize(label)):
                seen.setdefault(metric, []).append((label, value, page))
                break
    found = []
    for metric, pattern, unit in _COUNT_LABELS:
        listed = seen.get(metric, [])
        if len({value for _, value, _ in listed}) != 1:
            continue
        label, value, page = listed[0]
        where = f"{label} · {column}" if column else label
        found.append(Figure(metric=metric, value=Decimal(value.replace(",", "")), page=page,
                            source=f"{where} · {value}", display_scale=0, source_unit=unit, origin="table",
                            row=label, column=column))
    return found


# An untitled table with the years as its column headers ("项目 | 2025年 | 2026年"): this year's column is read.
_YEAR_HEADER = re.compile(r"^((?:19|20)\d{2})年度?(?:预算|决算)?数?(?:\((?:亿元|万元|千元|元)\))?$")


def year_column_rows(source: SourceTable, year: int | None) -> tuple[str, list[tuple[str, str]]] | None:
    """(this year's header, [(row label, this year's cell)]) when the table's first row names two or more years
    as its columns and one of them is the document's year; None otherwise."""
    grid = [[normalize(c or "") for c in row] for row in source.grid if row]
    if not year or len(grid) < 3:
        return None
    header = grid[0]
    years = {j: int(m.group(1)) for j, cell in enumerate(header) if (m := _YEAR_HEADER.match(cell))}
    this = [j for j, y in years.items() if y == year]
    if len(years) < 2 or len(this) != 1 or 0 in years:
        return None
    j = this[0]
    return header[j], [(row[0], row[j]) for row in grid[1:] if len(row) > j and row[0]]


def year_column_counts(document: Document, year: int | None) -> list[Figure]:
    """Headcount and car counts from the rows of an untitled year-column table ("编制人数（人）| 17 | 17")."""
    found: list[Figure] = []
    for source in document.tables:
        read = year_column_rows(source, year)
        if read:
            column, rows = read
            found += _count_figures([(label, value, source.page) for label, value in rows], column=column)
    return found


def headcount_table_figures(document: Document) -> list[Figure]:
    """A small 人员 table (类别 | 编制数 | 实有人数): the 合计 row, or its only row; else a label | count list."""
    lines = document.lines
    for i, line in enumerate(lines):
        if not line.tabular:
            continue
        header = _split_cells(line.raw) or []
        authorized = next((j for j, c in enumerate(header) if "编制" in c), None)
        actual = next((j for j, c in enumerate(header) if re.search(r"实有|在职|在编", c)), None)
        if authorized is None and actual is None:
            continue
        rows = []
        for following in lines[i + 1: i + 12]:
            if not following.tabular:
                break
            rows.append((following, _split_cells(following.raw) or []))
        total = [r for r in rows if r[1] and re.search(r"合计|总计|小计|全部", r[1][0])]
        chosen = total[0] if total else rows[0] if len(rows) == 1 else None
        if chosen is None:
            break
        found = []
        for metric, j in (("staff_authorized", authorized), ("staff_actual", actual)):
            if j is not None and j < len(chosen[1]) and re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", chosen[1][j]):
                found.append(Figure(
                    metric=metric, value=Decimal(chosen[1][j].replace(",", "")), page=chosen[0].page,
                    source=f"人员情况表 · {chosen[1][0]} · {header[j]}", display_scale=0, source_unit="人",
                    origin="table",
                ))
        if found:
            return found
        break
    return count_list_figures(document)
