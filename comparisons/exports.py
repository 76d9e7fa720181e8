"""The comparison as downloads — XLSX, CSV (UTF-8 with BOM) and JSON — from the same frames as the page, with the
columns, headers and number formats of the registry (`columns.py`).

XLSX: 汇总 (the headline columns, readable on one printed page width), one sheet per column group (三公, 运行经费, 人员, 人均, 变化,
执行), 历年 (every year of the compared units, derived years marked), 全部数据 (every column and the stable keys), 来源 (one row per document: file name, sha256,
and for each stated number its page and sentence) and 说明 (the comparability notices and what each column means).
Numeric columns hold numbers only — a value that is missing is an empty cell, and why it is missing is in the row's
说明 column — so a spreadsheet (or pandas) reads them as numbers. Every data sheet has an autofilter, frozen header
row and unit column, and a print setup: landscape A4, fit to one page wide, header row repeated on every page.
Text a spreadsheet would read as a formula (= + - @ at the start) gets a leading apostrophe, never a formula.

Speed: the data rows are written as SpreadsheetML ``<row>`` elements (about 1 µs a cell) and spliced into the
sheets openpyxl saved, before ``</sheetData>``; `make bench` measures this against plain openpyxl write-only cells
(`comparison_xlsx(..., writer="openpyxl")`) on the same 1,000 units and keeps the splice only while it is needed for
the 1.5 s target.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from disclosures.parsing.metrics import METRICS

from . import analysis
from .columns import (BASE_METRICS, CHANGE_METRICS, COLUMNS, STABLE_KEYS, TABLE_KEYS, TEXT, YEAR, cell_text, columns_in,
                      plain_number, schema)
from .speed import without_gc

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
IDENTITY = ["subject_name", "region", "year", "kind", "scope", "basis"]
SHEET_GROUPS = ["三公", "运行经费", "人员", "人均", "变化", "执行"]
# 汇总 and 历年 print readably on one landscape page width: the headline columns; 全部数据 has every column
PRINT_KEYS = ["subject_name", "region", "year", "kind", "scope", "sangong_total", "outbound_travel", "reception",
              "vehicle_operation", "vehicle_purchase", "operating_costs", "staff_authorized", "staff_actual",
              "sangong_per_authorized", "sangong_per_actual", "operating_per_authorized", "operating_per_actual",
              "sangong_total_change", "sangong_total_change_pct", "rank", "notes", "corrections"]
CHECK_DETAIL_KEYS = ["check_status", "check_errors", "check_warnings", "check_rules"]
SUMMARY_KEYS = [*TABLE_KEYS, *[k for k in STABLE_KEYS if k not in TABLE_KEYS], "derived", "restatement",
                *CHECK_DETAIL_KEYS]
WRAPPED_WIDTH = {"subject_name": 28, "notes": 36, "basis": 24, "peer_signal": 24, "restatement": 30, "corrections": 40,
                 **{f"{key}_reason": 30 for key in CHANGE_METRICS}}
JSON_SCHEMA_VERSION = "compare/2"


def neutralise(text: str) -> str:
    """Text a spreadsheet would evaluate as a formula gets a leading apostrophe; other text is unchanged."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


# --- names -----------------------------------------------------------------------------------------------------


def file_stem(result: analysis.Comparison) -> str:
    """三公经费比较_垫江县-铜梁区-大足区_2024: the metric, the regions (at most five, in table order) and the year
    (or the span of years)."""
    frame = result.bare("frame")[0]  # region and year are final without the per-row texts
    label = METRICS[result.metric].label if result.metric in METRICS else "“三公”经费"
    label = re.sub(r"[“”\"]", "", label).removesuffix("合计")
    regions = list(dict.fromkeys(str(r) for r in frame["region"] if r)) if len(frame) else []
    where = "-".join(regions[:5]) + ("等" if len(regions) > 5 else "")
    years = sorted({int(y) for y in frame["year"]}) if len(frame) else []
    when = str(years[0]) if len(years) == 1 else (f"{years[0]}-{years[-1]}" if years else "")
    stem = "_".join(part for part in (f"{label}比较", where, when) if part)
    return re.sub(r'[\\/:*?"<>|\r\n]', "", stem)[:120]


def content_disposition(filename: str) -> str:
    """attachment with an ASCII fallback name and the UTF-8 name (RFC 5987 / RFC 6266)."""
    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "_", filename.encode("ascii", "ignore").decode()).strip("_")
    suffix = filename.rsplit(".", 1)[-1]
    fallback = ascii_name if re.search(r"[A-Za-z]{2}", ascii_name.rsplit(".", 1)[0]) else \
        "compare" + "".join(f"_{y}" for y in re.findall(r"\d{4}", filename)[:2]) + f".{suffix}"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


# --- cells -----------------------------------------------------------------------------------------------------


def _sheet_columns(frame: pd.DataFrame, keys: list[str]) -> list[list[Any]]:
    """The cell values of `keys`, column by column: text neutralised; numbers as they are (Decimal, int, float) —
    missing ones None (why is in the 说明 column)."""
    out = []
    for key in keys:
        column, values = COLUMNS[key], frame[key].tolist() if key in frame.columns else [None] * len(frame)
        if column.kind == TEXT:
            out.append([neutralise(str(v)) if v is not None and v == v and v != "" else "" for v in values])
        else:
            out.append([None if v is None or v != v else (int(v) if column.kind == YEAR else v) for v in values])
    return out


def _sheet_rows(frame: pd.DataFrame, columns: list[str]) -> list[list[Any]]:
    return [list(row) for row in zip(*_sheet_columns(frame, columns))]


SOURCE_PREFIX = ["单位", "年度", "类型", "口径", "文件标题", "文件名", "SHA-256"]


def _source_columns(wide: pd.DataFrame) -> tuple[list[str], list[list[Any]]]:
    """The 来源 sheet, one row per document (every year of the compared units), each stated number once: for each
    metric its page and sentence ("第3页：…"), or 不适用."""
    headers = [*SOURCE_PREFIX, *[METRICS[key].label for key in BASE_METRICS]]
    if wide is None or wide.empty:
        return headers, [[] for _ in headers]
    wide = wide.sort_values(["subject_name", "year", "kind"], kind="stable")
    names, years, kinds, scopes = (wide[c].tolist() for c in ("subject_name", "year", "kind", "scope"))
    titles = wide["title_name"].tolist() if "title_name" in wide.columns else names
    columns: list[list[Any]] = [
        [neutralise(str(n)) for n in names], [int(y) for y in years], kinds, scopes,
        [neutralise(f"{t}{y}年{s}{k}情况说明") for t, y, s, k in zip(titles, years, scopes, kinds)],
        [neutralise(str(f or "")) for f in _values(wide, "source_file")],
        [str(h or "") for h in _values(wide, "sha256")],
    ]
    for key in BASE_METRICS:
        cells = []
        texts = wide[f"text:{key}"].tolist() if f"text:{key}" in wide.columns else [""] * len(wide)
        for value, not_applicable, page, text in zip(wide[f"value:{key}"].tolist(), wide[f"na:{key}"].tolist(),
                                                     wide[f"page:{key}"].tolist(), texts):
            if value is None and not not_applicable:
                cells.append("")
                continue
            where = f"第{int(page)}页：" if page is not None and page == page else ""
            cells.append(("不适用；" if not_applicable else "") + neutralise(f"{where}{text or ''}"))
        columns.append(cells)
    return headers, columns


def _values(frame: pd.DataFrame, key: str) -> list[Any]:
    """A column as a list ("" per row when the frame lacks it): iterating a pandas Series boxes every value."""
    return frame[key].tolist() if key in frame.columns else [""] * len(frame)


WIDE_CHARACTER = re.compile("[\u2e80-\U0010ffff]")  # CJK and beyond: two columns wide


def _width(value: Any) -> int:
    text = f"{value:,.2f}" if isinstance(value, (Decimal, float)) else str("" if value is None else value)
    return len(text) + len(WIDE_CHARACTER.findall(text))


ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _column_cells(letter: str, values: list[Any], style: str, int_style: str, text_style: str = "") -> list[str]:
    """One SpreadsheetML cell per row (from row 2; "" for an empty cell), as openpyxl writes them.

    ~400,000 cells for 1,000 units: the usual types (Decimal, None, str) are tested first, and each cell is one
    f-string over the column's constant parts."""
    cells: list[str] = []
    append = cells.append
    head = f'<c r="{letter}'
    number = f'"{style} t="n"><v>'
    integer = f'"{int_style} t="n"><v>'
    text = f'"{text_style} t="inlineStr"><is><t'
    for row_number, value in enumerate(values, start=2):
        kind = type(value)
        if kind is Decimal:
            append(f"{head}{row_number}{number}{value:f}</v></c>")
        elif value is None:
            append("")
        elif kind is str:
            if not value:
                append("")
                continue
            if "&" in value or "<" in value or ">" in value:
                value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if not value.isprintable():
                value = ILLEGAL_XML.sub("", value)
            space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() else ""
            append(f"{head}{row_number}{text}{space}>{value}</t></is></c>")
        elif value == "":
            append("")
        elif kind is int or kind is bool:
            append(f"{head}{row_number}{integer}{int(value)}</v></c>")
        else:
            append(f"{head}{row_number}{number}{float(value)!r}</v></c>")
    return cells


def _rows_xml(columns: list[list[Any]], styles: list[tuple[str, str]]) -> bytes:
    built = [_column_cells(get_column_letter(i + 1), values, *style)
             for i, (values, style) in enumerate(zip(columns, styles))]
    rows = [f'<row r="{n}">{"".join(cells)}</row>' for n, cells in enumerate(zip(*built), start=2)]
    return "".join(rows).encode("utf-8")


def _add_sheet(workbook: Workbook, title: str, headers: list[str], columns: list[list[Any]],
               formats: list[str | None], *, writer: str, notes: list[str] | None = None,
               freeze: str = "B2", wrap: list[int] | None = None) -> bytes:
    """A sheet with widths, frozen header and first column, autofilter, print setup and the styled header row.
    With the splice writer the data rows come back as XML; with "openpyxl" they are appended as cells."""
    sheet = workbook.create_sheet(title)
    rows = len(columns[0]) if columns else 0
    for index, header in enumerate(headers):
        # numbers set the width of their column (the header wraps over up to four lines); text is capped and wraps
        widest = max([_width(v) for v in columns[index][:200]] + [min(_width(header), 10)])
        limit = wrap[index] if wrap and wrap[index] else (20 if formats[index] is None else 12)
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(widest + 2, 7), limit)
    sheet.row_dimensions[1].height = 64  # four lines of a wrapped header
    sheet.freeze_panes = freeze
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{rows + 1}"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8EEF5")
    header_cells = []
    for number, header in enumerate(headers):
        cell = WriteOnlyCell(sheet, value=header)
        cell.font, cell.fill, cell.alignment = bold, fill, Alignment(wrap_text=True, vertical="center")
        if notes and notes[number]:
            cell.comment = Comment(notes[number], "县级预算比较")
        header_cells.append(cell)
    sheet.append(header_cells)
    if writer == "openpyxl":
        styled: list[Any] = []
        for index, number_format in enumerate(formats):
            probe = None
            if number_format or (wrap and wrap[index]):
                probe = WriteOnlyCell(sheet)
                if number_format:
                    probe.number_format = number_format
                else:
                    probe.alignment = Alignment(wrap_text=True, vertical="top")
            styled.append(probe)
        for row in zip(*columns):
            cells = []
            for value, probe in zip(row, styled):
                if probe is not None and value is not None and value != "":
                    cell = WriteOnlyCell(sheet, value=value)
                    cell._style = probe._style
                    cells.append(cell)
                else:
                    cells.append(value if value != "" else None)
            sheet.append(cells)
        return b""
    wrapped = _style(sheet, None, wrap=True)
    styles = [(_style(sheet, number_format), _style(sheet, number_format),
               wrapped if wrap and wrap[index] else "") for index, number_format in enumerate(formats)]
    return _rows_xml(columns, styles)


def _style(sheet: Any, number_format: str | None, *, wrap: bool = False) -> str:
    """The ``s`` attribute for a number format (or wrapped text); the probe cell registers it in the workbook's
    styles."""
    if not number_format and not wrap:
        return ""
    probe = WriteOnlyCell(sheet)
    if number_format:
        probe.number_format = number_format
    if wrap:
        probe.alignment = Alignment(wrap_text=True, vertical="top")
    return f' s="{probe.style_id}"'


def _formats(keys: list[str]) -> list[str | None]:
    return [None if COLUMNS[key].kind == TEXT else COLUMNS[key].number_format for key in keys]


FINDING_FIGURES = 8  # the figures a check read, each in numeric columns (name, value, page); all of them as text too
FINDING_PREFIX = [("单位", None), ("地区", None), ("年度", "0"), ("类型", None), ("口径", None), ("文件编号", "0"),
                  ("规则编号", None), ("检查名称", None), ("严重程度", None), ("页码", "0")]
FINDING_SUFFIX = [("容差", None), ("说明", None), ("所读数字（全部）", None), ("核实标记", None), ("标记理由", None),
                  ("标记人", None)]


def _finding_number(value: Any) -> Any:
    """A figure a check read, as a number when it is one ("213.277754" → Decimal), else its text."""
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return neutralise(str(value))
    return number if number.is_finite() else neutralise(str(value))


def _finding_columns(frame: pd.DataFrame, findings: dict[int, list[dict[str, Any]]]
                     ) -> tuple[list[str], list[str | None], list[list[Any]]]:
    """The 勾稽检查 sheet: one row per finding (a failed error or warning check) of each compared document, with the
    figures it read and their pages, its tolerance and message, and a person's 已核实/误报 mark."""
    rows = []
    seen = set()
    ids = frame["disclosure_id"].tolist() if len(frame) else []
    derived = frame["derived"].tolist() if "derived" in frame.columns else [""] * len(ids)
    for record, pk, flag in zip(analysis.records(frame, ["subject_name", "region", "year", "kind", "scope"]),
                                ids, derived):
        if flag == "是" or pk is None or pk != pk or int(pk) in seen:
            continue
        seen.add(int(pk))
        for check in findings.get(int(pk), []):
            figures = [f for f in check.get("figures") or [] if isinstance(f, dict)]
            mark = check.get("mark") or {}
            level = check.get("severity") or "error"
            rows.append([
                neutralise(str(record["subject_name"] or "")), neutralise(str(record["region"] or "")),
                int(record["year"]) if record["year"] else None, record["kind"] or "", record["scope"] or "",
                int(pk), str(check.get("rule") or ""), neutralise(str(check.get("name") or "")),
                {"error": "错误", "warning": "警告"}.get(level, level),
                int(check["page"]) if isinstance(check.get("page"), int) else None,
                *[cell for number in range(FINDING_FIGURES) for cell in (
                    (neutralise(str(figures[number].get("label") or "")), _finding_number(figures[number].get("value")),
                     figures[number].get("page") if isinstance(figures[number].get("page"), int) else None)
                    if number < len(figures) else ("", None, None))],
                _finding_number(check.get("tolerance")),
                neutralise(str(check.get("message") or check.get("detail") or "")),
                neutralise("；".join(f"{f.get('label', '')} {f.get('value', '')}" +
                                     (f"（第{f['page']}页）" if f.get("page") else "") for f in figures)),
                mark.get("label", ""), neutralise(str(mark.get("reason") or "")), str(mark.get("user") or ""),
            ])
    figure_headers = [(f"数字{n}{part}", fmt) for n in range(1, FINDING_FIGURES + 1)
                      for part, fmt in (("名称", None), ("", None), ("页码", "0"))]
    spec = [*FINDING_PREFIX, *figure_headers, *FINDING_SUFFIX]
    columns = [list(column) for column in zip(*rows)] if rows else [[] for _ in spec]
    return [header for header, _fmt in spec], [fmt for _header, fmt in spec], columns


@without_gc
def comparison_xlsx(frame: pd.DataFrame, wide: pd.DataFrame | None, *, history: pd.DataFrame | None = None,
                    comparison: analysis.Comparison | None = None, writer: str = "splice",
                    findings: dict[int, list[dict[str, Any]]] | None = None) -> bytes:
    """The workbook as bytes: 汇总, one sheet per group, 历年 (when `history` is given), 来源, 勾稽检查 (when
    `findings` is given) and 说明.

    `frame` is the comparison table, `wide` the figures with provenance (`selectors.wide_figures_df(provenance=
    True)` or `analysis.widen` of a long frame); `comparison` adds its notices to the 说明 sheet; `findings` maps a
    disclosure id to its findings with their marks (`selectors.check_findings`).
    """
    workbook = Workbook(write_only=True)
    sheets: list[tuple[str, list[str], pd.DataFrame]] = [("汇总", PRINT_KEYS, frame)]
    for group in SHEET_GROUPS:
        sheets.append((group, [*IDENTITY, *[c.key for c in columns_in(group)]], frame))
    if history is not None:
        sheets.append(("历年", PRINT_KEYS, history))
    sheets.append(("全部数据", SUMMARY_KEYS, frame))
    data = []
    for title, keys, source in sheets:
        keys = [key for key in keys if key in source.columns or key in COLUMNS]
        data.append(_add_sheet(workbook, title, [COLUMNS[k].header for k in keys], _sheet_columns(source, keys),
                               _formats(keys), writer=writer, notes=[COLUMNS[k].description for k in keys],
                               wrap=[WRAPPED_WIDTH.get(k, 0) for k in keys]))
    source_headers, source_columns = _source_columns(wide)
    data.append(_add_sheet(workbook, "来源", source_headers, source_columns,
                           [None, "0", *[None] * (len(source_headers) - 2)], writer=writer))
    if findings is not None:
        headers, formats, columns = _finding_columns(frame, findings)
        data.append(_add_sheet(workbook, "勾稽检查", headers, columns, formats, writer=writer, freeze="C2",
                               wrap=[24 if header in ("检查名称", "说明", "所读数字（全部）", "标记理由") else 0
                                     for header in headers]))
    notices = list(comparison.notices) if comparison is not None else []
    explanations = [[*["可比性说明"] * len(notices), *["列说明"] * len(schema())],
                    [*notices, *[f"{c['header']}：{c['description']}" for c in schema() if c["description"]]]]
    explanations[0] = explanations[0][:len(explanations[1])]
    data.append(_add_sheet(workbook, "说明", ["类别", "内容"], explanations, [None, None], writer=writer,
                           freeze="A2", wrap=[0, 100]))
    skeleton = io.BytesIO()
    workbook.save(skeleton)
    if writer == "openpyxl":
        return skeleton.getvalue()
    return _splice(skeleton.getvalue(), data)


def _splice(skeleton: bytes, sheet_rows: list[bytes]) -> bytes:
    """Copy openpyxl's package, putting each sheet's data rows before its ``</sheetData>``."""
    by_path = {f"xl/worksheets/sheet{number}.xml": rows for number, rows in enumerate(sheet_rows, start=1)}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(skeleton)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename in by_path:
                if b"</sheetData>" in content:
                    head, tail = content.rsplit(b"</sheetData>", 1)
                    content = b"".join([head, by_path[info.filename], b"</sheetData>", tail])
                else:  # openpyxl wrote an empty <sheetData/>
                    content = content.replace(b"<sheetData/>",
                                              b"<sheetData>" + by_path[info.filename] + b"</sheetData>", 1)
            target.writestr(info.filename, content)
    return out.getvalue()


# --- CSV -------------------------------------------------------------------------------------------------------

PROVENANCE_CSV = [("page", "页码"), ("text", "原文"), ("basis", "数据来源"), ("disclosure_id", "文件编号")]


def csv_columns() -> list[tuple[str, str]]:
    """(frame key, header) of the CSV: the table's columns, the stable keys, file and per-metric provenance."""
    out = [(key, COLUMNS[key].header) for key in SUMMARY_KEYS]
    out += [("source_file", "文件名"), ("sha256", "文件SHA-256")]
    out += [(f"{key}_{part}", f"{METRICS[key].label}{label}") for key in BASE_METRICS for part, label in
            PROVENANCE_CSV]
    return out


@without_gc
def comparison_csv(frame: pd.DataFrame) -> str:
    """One row per table row. Numeric columns hold plain numbers only (the exact decimal, ASCII minus, no thousands
    separators; empty when missing — the 说明 column says why), so every numeric column reads as numbers."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    keys = csv_columns()
    writer.writerow([header for _key, header in keys])
    numeric = [key in COLUMNS and COLUMNS[key].numeric or key.endswith(("_page", "_disclosure_id"))
               for key, _header in keys]
    columns = [frame[key].tolist() if key in frame.columns else [None] * len(frame) for key, _header in keys]
    for values in zip(*columns):
        writer.writerow([
            plain_number(value) if is_number else ("" if value is None or value != value else neutralise(str(value)))
            for value, is_number in zip(values, numeric)
        ])
    return buffer.getvalue()


def comparison_csv_bytes(frame: pd.DataFrame) -> bytes:
    return comparison_csv(frame).encode("utf-8-sig")


# --- JSON ------------------------------------------------------------------------------------------------------

ROW_KEYS = [*STABLE_KEYS, *[k for k in TABLE_KEYS if k not in STABLE_KEYS], "derived", "restatement",
            "source_file", "sha256", *analysis.WHY_COLUMNS, *CHECK_DETAIL_KEYS]


def _sources(record: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key in BASE_METRICS:
        origin = record.get(f"{key}_origin")
        if not origin:
            continue
        out[key] = {
            "origin": origin, "basis": record.get(f"{key}_basis") or "",
            "disclosure_id": plain_number(record.get(f"{key}_disclosure_id")) or None,
            "figure_id": plain_number(record.get(f"{key}_figure_id")) or None,
            "page": plain_number(record.get(f"{key}_page")) or None,
            "text": record.get(f"{key}_text") or "",
            "restated": plain_number(record.get(f"{key}_restated")) or None,
            "corrected": _corrected(record.get(f"{key}_corrected")),
        }
    return out


def _corrected(info: Any) -> dict[str, Any] | None:
    """What a person did to this value (comparisons/corrections.py), numbers as exact decimal strings."""
    if not isinstance(info, dict):
        return None
    return {"original": plain_number(info.get("original")) or None,
            "original_not_applicable": bool(info.get("original_not_applicable")), "added": bool(info.get("added")),
            "value": plain_number(info.get("value")) or None, "not_applicable": bool(info.get("not_applicable")),
            "by": info.get("by") or "", "at": info.get("at") or None, "reason": info.get("reason") or "",
            "text": info.get("text") or ""}


def json_rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    keys = [key for key in ROW_KEYS if key in frame.columns]
    provenance = [f"{key}_{part}" for key in BASE_METRICS for part in (*analysis.PROVENANCE_PARTS, "corrected")]
    rows = analysis.records(frame, keys)
    # the columns as lists zipped into dicts: DataFrame.to_dict("records") boxes every value (~2 s for 6,000 rows)
    present = [c for c in provenance if c in frame.columns]
    extra = [dict(zip(present, values)) for values in zip(*(frame[c].tolist() for c in present))] if present \
        else [{} for _ in range(len(frame))]
    for row, record in zip(rows, extra):
        row["derived"] = row.get("derived") == "是"
        row["sources"] = _sources(record)
        if "check_rules" in row:  # the failed rule ids as a list (the sheets and CSV join them with 、)
            row["check_rules"] = [rule for rule in (row["check_rules"] or "").split("、") if rule]
    return rows


@without_gc
def comparison_json(result: analysis.Comparison, wide: pd.DataFrame | None = None) -> dict[str, Any]:
    """The payload of /api/compare/ and ?format=json (schema: ARCHITECTURE.md, "The comparison JSON")."""
    keys = set(ROW_KEYS)
    return {
        "schema": JSON_SCHEMA_VERSION,
        "metric": result.metric, "year": plain_number(result.year) or None, "kind": result.kind, "base": result.base,
        "notices": result.notices, "dropped": result.dropped, "base_missing": result.base_missing,
        "summary": [[{k: (plain_number(v) or None) if k in ("disclosure_id", "figure_id", "page") else v
                      for k, v in part.items()} for part in sentence] for sentence in result.summary],
        "columns": [c for c in schema() if c["key"] in keys],
        "count": str(len(result.frame)),
        "rows": json_rows(result.frame),
        "history": json_rows(result.history),
    }


def cell_plain(key: str, record: dict[str, Any]) -> str:
    """A cell as the CSV writes it (numbers as exact decimals)."""
    column = COLUMNS[key]
    if column.kind == TEXT:
        return cell_text(key, record)
    return plain_number(record.get(key))
