"""The comparison's column registry: every column of the comparison frame defined once — key, Chinese label, kind,
format, group, unit, colour — and read by the table, the charts, the sheets, the CSV and the JSON, so a label, a
number format or a colour is written in one place.

    from comparisons.columns import COLUMNS, column, cell_text, metric_colour
    COLUMNS["sangong_total"].header      # "“三公”经费合计（万元）"
    COLUMNS["sangong_total"].colour      # "#0b5394", the same on every page
    cell_text("sangong_total", record)   # "115.40" (`disclosures.templatetags.budget_format.format_wan`)

Kinds (how a value is held and shown):
    text     str ("" when empty)
    year     int, shown without separators (2024)
    count    int (人, 辆, 个), "1,234"
    amount   exact Decimal in 万元, "4,683.35" (ROUND_HALF_UP, two decimals)
    ratio    float (a derived quotient: 万元/人, 万元/辆), two decimals; its ``why`` column says why it is missing
    signed   Decimal change in 万元, "+23.70" / "−2.50"
    percent  float percentage (already ×100), "+40.68" for a change, "97.30" for a rate

Groups: 单位 (who/when: identity, always shown), 三公, 运行经费, 人员, 人均, 变化 (change against last year and its
stated reason, per metric), 执行 (预算 vs 决算), 说明 (rank, peer signal, notes), 来源 (provenance: not shown in the
table, written to CSV/JSON/XLSX 来源).

Per metric ``m`` of `BASE_METRICS` the frame also carries, outside the registry's display columns, the year's
provenance (see analysis.py): ``m_origin`` ("stated" | "prior_year" | "from_change" | ""), ``m_basis``
("据2026年预算说明所列上年数"), ``m_restated`` (the other figure when two documents disagree), ``m_page``,
``m_text``, ``m_figure_id`` and ``m_disclosure_id`` (the document the value was read from), and ``m_corrected``
(what a person did to the figure, see `correction_text`; None when nothing) with the row's ``corrections`` text
(comparisons/corrections.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from disclosures.parsing.metrics import METRICS, SANGONG_PARTS
from disclosures.templatetags.budget_format import DASH, format_count, format_percent, format_signed_wan, format_wan

TEXT, YEAR, COUNT, AMOUNT, RATIO, SIGNED, PERCENT = "text", "year", "count", "amount", "ratio", "signed", "percent"
NUMERIC_KINDS = frozenset({YEAR, COUNT, AMOUNT, RATIO, SIGNED, PERCENT})

# Spreadsheet number formats per kind (openpyxl / Excel / LibreOffice).
NUMBER_FORMATS = {
    YEAR: "0", COUNT: "#,##0", AMOUNT: "#,##0.00", RATIO: "#,##0.00", SIGNED: "+#,##0.00;-#,##0.00;0.00",
    PERCENT: "0.00", TEXT: "@",
}

GROUPS = ["单位", "三公", "运行经费", "人员", "人均", "变化", "执行", "说明", "来源"]

# One colour per metric on every page (colour-blind-safe hues, Okabe–Ito based); derived columns take the colour of
# what they divide, per-staff on 编制 a darker shade of the one on 实有.
METRIC_COLOURS: dict[str, str] = {
    "sangong_total": "#0b5394",
    "outbound_travel": "#e69f00",
    "reception": "#56b4e9",
    "vehicle_operation": "#009e73",
    "vehicle_purchase": "#cc79a7",
    "operating_costs": "#d55e00",
    "basic_expenditure": "#6b7280",
    "project_expenditure": "#9ca3af",
    "expenditure_total": "#374151",
    "staff_authorized": "#7c3aed",
    "staff_actual": "#0891b2",
    "vehicles_count": "#a16207",
}
NEUTRAL = "#4b5563"


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # Chinese label without the unit
    kind: str  # one of the kinds above
    group: str  # one of GROUPS
    unit: str = ""  # 万元, 人, 辆, 万元/人, %, or "" (text, year)
    colour: str = NEUTRAL  # hex, for charts and the table's group accents
    metric: str = ""  # the stated metric this column shows or is derived from (provenance, colour)
    why: str = ""  # for a ratio: the frame column saying why it could not be computed ("未披露实有人数")
    description: str = ""  # one line for the JSON schema and the table's header title

    @property
    def header(self) -> str:
        """The header as the table, sheets and CSV print it: label with its unit in brackets."""
        return f"{self.label}（{self.unit}）" if self.unit else self.label

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS

    @property
    def number_format(self) -> str:
        return NUMBER_FORMATS[self.kind]


def _metric(key: str, group: str) -> Column:
    metric = METRICS[key]
    return Column(key, metric.label, COUNT if metric.unit != "万元" else AMOUNT, group, metric.unit,
                  METRIC_COLOURS[key], metric=key, description=f"文件所列{metric.label}（{metric.unit}）")


AMOUNT_METRICS = ["sangong_total", *SANGONG_PARTS, "operating_costs", "basic_expenditure", "project_expenditure",
                  "expenditure_total"]
COUNT_METRICS = ["staff_authorized", "staff_actual", "vehicles_count"]
BASE_METRICS = AMOUNT_METRICS + COUNT_METRICS
# metrics whose change against last year (and its stated reason) is shown: “三公” and its parts, 机关运行经费
CHANGE_METRICS = ["sangong_total", *SANGONG_PARTS, "operating_costs"]
# metrics whose execution rate (决算 ÷ 预算) is shown
EXECUTION_METRICS = ["sangong_total", *SANGONG_PARTS, "operating_costs"]

# derived ratio → (numerator, denominator, scale, label, unit)
DERIVED: dict[str, tuple[str, str, int, str, str]] = {
    "sangong_per_actual": ("sangong_total", "staff_actual", 1, "人均“三公”经费（按实有人数）", "万元/人"),
    "sangong_per_authorized": ("sangong_total", "staff_authorized", 1, "人均“三公”经费（按编制数）", "万元/人"),
    "operating_per_actual": ("operating_costs", "staff_actual", 1, "人均机关运行经费（按实有人数）", "万元/人"),
    "operating_per_authorized": ("operating_costs", "staff_authorized", 1, "人均机关运行经费（按编制数）", "万元/人"),
    "vehicle_operation_per_vehicle": ("vehicle_operation", "vehicles_count", 1, "每辆车运行维护费", "万元/辆"),
    "sangong_share": ("sangong_total", "expenditure_total", 100, "“三公”经费占支出合计", "%"),
}
# the per-staff columns by base: the 编制/实有 switch shows one base at a time
PER_STAFF = {
    "实有": ["sangong_per_actual", "operating_per_actual"],
    "编制": ["sangong_per_authorized", "operating_per_authorized"],
}
STAFF_BASE_METRIC = {"实有": "staff_actual", "编制": "staff_authorized"}


def _derived(key: str) -> Column:
    numerator, denominator, _scale, label, unit = DERIVED[key]
    group = "三公" if key == "sangong_share" else "人均"
    colour = METRIC_COLOURS[numerator]
    if key.endswith("_per_authorized"):
        colour = _darker(colour)
    kind = PERCENT if unit == "%" else RATIO
    return Column(key, label, kind, group, unit, colour, metric=numerator, why=f"{key}_reason",
                  description=f"{METRICS[numerator].label}÷{METRICS[denominator].label}" +
                  ("×100" if unit == "%" else "") + "，保留四位小数")


def _darker(colour: str) -> str:
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{int(c * 0.65):02x}" for c in (red, green, blue))


def _change_columns(key: str) -> list[Column]:
    label, colour = METRICS[key].label, METRIC_COLOURS[key]
    return [
        Column(f"{key}_change", f"{label}比上年增减", SIGNED, "变化", "万元", colour, metric=key,
               description="文件所列比上年增减额（万元），减少为负"),
        Column(f"{key}_change_pct", f"{label}比上年增减", PERCENT, "变化", "%", colour, metric=key,
               description="增减额÷（本年数−增减额）×100"),
        Column(f"{key}_reason", f"{label}增减原因", TEXT, "变化", "", colour, metric=key,
               description="文件所述增减主要原因；“三公”经费合计未单独说明时汇总各项原因"),
    ]


def _execution_columns(key: str) -> list[Column]:
    label, colour = METRICS[key].label, METRIC_COLOURS[key]
    return [
        Column(f"{key}_budget", f"{label}预算数", AMOUNT, "执行", "万元", colour, metric=key,
               description="决算行：同年预算说明所列数，或决算说明所列年初预算数"),
        Column(f"{key}_execution", f"{label}执行率", PERCENT, "执行", "%", colour, metric=key,
               why=f"{key}_execution_reason", description="决算数÷预算数×100"),
    ]


_IDENTITY = [
    Column("subject_name", "单位", TEXT, "单位", description="部门或单位名称"),
    Column("region", "地区", TEXT, "单位"),
    Column("year", "年度", YEAR, "单位"),
    Column("kind", "类型", TEXT, "单位", description="预算 或 决算"),
    Column("scope", "口径", TEXT, "单位", description="部门（含下属单位）或 单位"),
    Column("basis", "数据来源", TEXT, "单位",
           description="空＝本年文件所列；否则说明由哪份文件推得（如 据2026年预算说明所列上年数）"),
]
_KEYS = [
    Column("subject_key", "编号", TEXT, "来源", description="比较对象键：d<部门id> 或 u<单位id>"),
    Column("province", "省（直辖市）", TEXT, "来源"),
    Column("department_type", "部门类型", TEXT, "来源"),
    Column("member_count", "包含单位数", COUNT, "来源", "个"),
    Column("disclosure_id", "文件编号", COUNT, "来源", description="本行数字所据文件的编号（推算行为推算所据文件）"),
    Column("department_id", "部门编号", COUNT, "来源"),
    Column("unit_id", "单位编号", COUNT, "来源"),
    Column("derived", "推算行", TEXT, "来源", description="是＝该年度无本年文件，数字由下一年文件推得"),
    Column("restatement", "前后文件不一致", TEXT, "来源", description="本年文件与下一年文件所列上年数不同时说明两者"),
    Column("check_status", "勾稽状态", TEXT, "来源",
           description="error＝有错误，warning＝有警告（无错误），pass＝全部通过，unchecked＝未检查；推算行为空"),
    Column("check_errors", "勾稽错误数", COUNT, "来源", "项", description="未通过的错误级检查（标为误报的不计）"),
    Column("check_warnings", "勾稽警告数", COUNT, "来源", "项", description="未通过的警告级检查（标为误报的不计）"),
    Column("check_rules", "未通过的检查", TEXT, "来源", description="未通过的检查规则编号（错误在前），见 CHECKS.md"),
    Column("source_file", "文件名", TEXT, "来源"),
    Column("sha256", "文件SHA-256", TEXT, "来源"),
]

COLUMN_LIST: list[Column] = [
    *_IDENTITY,
    *[_metric(key, "三公") for key in ["sangong_total", *SANGONG_PARTS]],
    _derived("sangong_share"),
    *[_metric(key, "运行经费") for key in ["operating_costs", "basic_expenditure", "project_expenditure",
                                            "expenditure_total"]],
    *[_metric(key, "人员") for key in COUNT_METRICS],
    *[_derived(key) for key in DERIVED if key != "sangong_share"],
    *[column for key in CHANGE_METRICS for column in _change_columns(key)],
    *[column for key in EXECUTION_METRICS for column in _execution_columns(key)],
    Column("rank", "“三公”经费排名", COUNT, "说明", description="同类型、同年度内由高到低"),
    Column("peer_signal", "同类比较提示", TEXT, "说明", description="与同类部门中位数差异较大（MAD 稳健方法），建议核实"),
    Column("checks", "勾稽", TEXT, "说明",
           description="本行文件的勾稽检查：错误、警告各几项（标为误报的不计），全部通过为“通过”；点击查看各项检查"),
    Column("notes", "说明", TEXT, "说明", description="口径、年度、缺项等可比性说明"),
    Column("corrections", "人工更正", TEXT, "说明",
           description="本行经人工更正或补录的数字：原值 → 新值、更正人、时间和原因"),
    *_KEYS,
]
COLUMNS: dict[str, Column] = {c.key: c for c in COLUMN_LIST}

# The 勾稽 columns: filled after the comparison from the stored findings (`selectors.attach_checks`), never by the
# analysis; empty on a derived row (no document of its own).
CHECK_KEYS = ["checks", "check_status", "check_errors", "check_warnings", "check_rules"]

# What the table shows (in order) and what 汇总/CSV write: everything except the 来源 group.
TABLE_KEYS = [c.key for c in COLUMN_LIST if c.group != "来源"]
# Stable keys first in CSV/JSON rows (subject id, province, department type, disclosure id).
STABLE_KEYS = ["subject_key", "department_id", "unit_id", "province", "region", "department_type", "disclosure_id"]


def column(key: str) -> Column:
    return COLUMNS[key]


def columns_in(group: str) -> list[Column]:
    return [c for c in COLUMN_LIST if c.group == group]


def metric_colour(key: str) -> str:
    """The colour of a metric or frame column, the same on every page (neutral grey for anything else)."""
    if key in METRIC_COLOURS:
        return METRIC_COLOURS[key]
    return COLUMNS[key].colour if key in COLUMNS else NEUTRAL


def _missing(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, float) and value != value)


def cell_text(key: str, record: dict[str, Any]) -> str:
    """A frame value as the page shows it, through the project's one set of formatters (budget_format)."""
    col, value = COLUMNS[key], record.get(key)
    if col.kind == TEXT:
        return "" if _missing(value) else str(value)
    if _missing(value):
        why = record.get(col.why) if col.why else ""
        return f"{DASH}（{why}）" if why else DASH
    if col.kind == YEAR:
        return str(int(value))
    if col.kind == COUNT:
        return format_count(value)
    if col.kind in (AMOUNT, RATIO):
        return format_wan(value)
    if col.kind == SIGNED:
        return format_signed_wan(value)
    return format_percent(value, signed=key.endswith("_change_pct"))


def plain_number(value: Any) -> str:
    """A number for CSV/JSON: the exact decimal as a string ("115.4", "-15.5", "98"), "" when absent.

    Stated amounts are Decimals and keep every printed digit; derived ratios are floats rounded to 4 decimals."""
    if type(value) is Decimal:  # the usual value, first (~600,000 calls for a 1,000-unit JSON)
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "0") else text
    if value is None or _missing(value):
        return ""
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "0") else text
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, int):
        return str(value)
    return format(Decimal(repr(float(value))).normalize(), "f")


def schema() -> list[dict[str, str]]:
    """The columns as the JSON payload documents them (key, label, header, kind, group, unit, colour)."""
    return [{"key": c.key, "label": c.label, "header": c.header, "kind": c.kind, "group": c.group, "unit": c.unit,
             "colour": c.colour, "description": c.description} for c in COLUMN_LIST]


def correction_text(metric: str, info: dict[str, Any], value: Any = None) -> str:
    """One line saying what a person did to a figure (`disclosures.review.figure_corrections`), the same in the
    table's title, the chart hover, the sheets and the CSV: "接待费人工更正：2.30 → 2.70 万元（审核员，
    2026-11-30 10:20；原因：据原件核对）". `value` is the value shown (the correction's own when None)."""
    spec = METRICS.get(metric)
    label, unit = (spec.label, spec.unit) if spec else (metric, "")
    shown = format_wan if unit == "万元" else format_count

    def text(number: Any, not_applicable: bool) -> str:
        return "不适用" if not_applicable else (DASH if _missing(number) else shown(number))

    new = text(value if not _missing(value) else info.get("value"), bool(info.get("not_applicable")))
    old_missing = _missing(info.get("original")) and not info.get("original_not_applicable")
    if info.get("added") or old_missing:
        what = f"{label}人工补录：{new}"
    else:
        what = f"{label}人工更正：{text(info.get('original'), bool(info.get('original_not_applicable')))} → {new}"
    if unit and not new.endswith("不适用") and new != DASH:
        what += f" {unit}"
    when = str(info.get("at") or "")[:16].replace("T", " ")
    who = "，".join(part for part in (str(info.get("by") or ""), when) if part)
    why = f"原因：{info['reason']}" if info.get("reason") else ""
    details = "；".join(part for part in (who, why) if part)
    return f"{what}（{details}）" if details else what
