"""The parser's typed result. Plain dataclasses: no Django, no dict keys to mistype."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any


@dataclass
class Figure:
    """One stated number with the scope tags the cross-checks need (shared/spec/CHECKS.md §0.1)."""

    metric: str  # key from metrics.METRICS
    value: Decimal | None  # 万元 for amounts, a whole count for 人/辆; None only when not_applicable
    change: Decimal | None = None  # signed change against last year, same unit; None = not stated
    reason: str | None = None  # the stated 主要原因 clause for the change; None = not given
    page: int | None = None  # 1-based page the figure was read on; None = unknown
    source: str = ""  # the sentence (prose) or "表名 · 行 · 列" (table) it came from
    not_applicable: bool = False  # e.g. a 事业单位 outside 机关运行经费 statistics: not 0
    note: str | None = None  # why a value is n/a, or how it was assembled
    display_scale: int | None = None  # decimals as printed ("86" -> 0, "115.4" -> 1)
    source_unit: str = "万元"  # unit as printed: 元, 万元, 亿元, 人, 辆
    period: str = "本年"  # 本年 or 上年
    fund_scope: str | None = None  # 全口径, 财政拨款, 一般公共预算财政拨款, 政府性基金; None = unknown
    exp_scope: str = "total"  # total, 基本 or 项目
    origin: str = "prose"  # prose or table
    budget: Decimal | None = None  # for a 决算: the 预算数 (年初预算) stated beside the actual; None = not stated
    table: str | None = None  # table cell provenance: the table's caption as printed; None for prose
    row: str | None = None  # table cell provenance: the row label (e.g. 合计, 2010101 行政运行)
    column: str | None = None  # table cell provenance: the column label (e.g. 公务接待费, 决算数)
    side: str = ""  # an appropriation read from the 收入 or the 支出 side of the 收支 statement; "" = not said

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "value": _dec(self.value),
            "change": _dec(self.change),
            "page": self.page,
            "source": self.source,
            "reason": self.reason,
        }
        if self.not_applicable:
            data["not_applicable"] = True
        if self.note:
            data["note"] = self.note
        if self.budget is not None:
            data["budget"] = _dec(self.budget)
        if self.table is not None:
            data.update(table=self.table, row=self.row, column=self.column)
        data.update(
            display_scale=self.display_scale,
            source_unit=self.source_unit,
            period=self.period,
            fund_scope=self.fund_scope,
            exp_scope=self.exp_scope,
            origin=self.origin,
        )
        return data


@dataclass
class FunctionLine:
    """Expenditure of one function category (功能分类 类) as stated in the prose or a table."""

    name: str  # e.g. 一般公共服务支出; "结转" for a carry-forward line printed in the list
    value: Decimal  # 万元
    code: str | None = None  # 科目编码 (3 digits for a 类), None when neither text nor standard gives it
    page: int | None = None
    source: str = ""
    fund_scope: str = "全口径"  # 二(二) and 表八 are all funds; 表一/表二 are 财政拨款
    level: str = "类"  # 类 (3-digit code), 款 (5) or 项 (7)
    table: str | None = None  # caption of the table it was read from; None when read from prose
    partial: bool = False  # read from a list that says it gives only some classes (主要…, shares short of 100%)

    def to_json(self) -> dict[str, Any]:
        found = {"code": self.code, "name": self.name, "value": _dec(self.value), "page": self.page,
                 "fund_scope": self.fund_scope, "level": self.level, "table": self.table}
        if self.partial:
            found["partial"] = True
        return found


@dataclass
class EconomicLine:
    """One row of an economic-classification table (基本支出表: 301 工资福利支出, 302 商品和服务支出 …)."""

    name: str  # as printed, e.g. 工资福利支出, 人员经费, 公用经费
    value: Decimal  # 万元
    code: str | None = None  # 经济分类科目编码 (301, 30101 …); None for 人员经费/公用经费 subtotal rows
    page: int | None = None
    table: str | None = None  # caption of the table it was read from

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "value": _dec(self.value), "page": self.page,
                "table": self.table}


@dataclass
class Clue:
    """One piece of evidence about a document's identity, and where it was found."""

    field: str  # unit, region, province, year, kind, scope
    value: str | int
    origin: str  # title, cover, 预算主管部门, metadata:发布机构, first_sentence, filename, uploader …
    page: int | None = None
    text: str = ""  # the words it was read from, as printed

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SourceTable:
    """A table as the file holds it: a grid of cell strings (None = merged or missing), with where it was."""

    grid: list[list[str | None]]
    page: int | None = None  # 1-based page (PDF) or sheet/table order (HTML, xlsx, docx)
    caption: str = ""  # the title printed above the table (or the sheet name), "" when none
    unit: str | None = None  # 元, 万元 or 亿元 from the caption's "单位：…"; None = not stated
    origin: str = ""  # pdf, html, xlsx, docx, text


@dataclass
class UnitHeadcount:
    """Headcount of one member unit, as the 单位构成 part states it."""

    unit: str
    authorized: int | None = None  # 编制数 as one number; None when not stated or given in parts
    authorized_text: str | None = None  # the wording when it is not a single number
    actual: int | None = None  # 实有在职人数
    contracted: int | None = None  # 购买服务人员
    page: int | None = None
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


OUTCOMES = ("pass", "fail", "not_applicable", "insufficient_data")
SEVERITIES = ("error", "warning", "info")


@dataclass
class Check:
    """One check of shared/spec/CHECKS.md run on one disclosure, with the numbers it read and what it found."""

    rule: str  # catalogue id, e.g. SG-SUM
    name: str  # Chinese name shown to users, e.g. “三公”经费合计等于分项之和
    outcome: str  # pass, fail, not_applicable or insufficient_data
    severity: str = "error"  # error, warning or info: what a failure means (an info failure is a hint)
    message: str = ""  # one Chinese line: the arithmetic written out, or why it could not run
    figures: list[dict[str, Any]] = field(default_factory=list)  # what it read: label, value, page, source …
    tolerance: Decimal | None = None  # the rounding envelope it allowed (万元); None = exact or not numeric
    page: int | None = None  # where a reader should look first
    basis: str = "figures"  # figures (recomputed from stored figures) or text (read from the document's words)

    @property
    def ok(self) -> bool | None:
        """True = passed, False = failed (at any severity), None = could not run or does not apply."""
        return {"pass": True, "fail": False}.get(self.outcome)

    @property
    def detail(self) -> str:
        return self.message

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule, "name": self.name, "outcome": self.outcome, "severity": self.severity,
            "ok": self.ok, "detail": self.message, "message": self.message, "figures": list(self.figures),
            "tolerance": _dec(self.tolerance), "page": self.page, "basis": self.basis,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Check":
        tolerance = data.get("tolerance")
        return cls(rule=data.get("rule", ""), name=data.get("name", ""),
                   outcome=data.get("outcome") or {True: "pass", False: "fail"}.get(data.get("ok"), "insufficient_data"),
                   severity=data.get("severity", "error"), message=data.get("message") or data.get("detail", ""),
                   figures=list(data.get("figures") or []),
                   tolerance=Decimal(tolerance) if tolerance is not None else None,
                   page=data.get("page"), basis=data.get("basis", "figures"))


@dataclass
class ParsedDisclosure:
    unit: str | None  # the unit or department as titled; None when no clue names it (then in `missing`)
    year: int | None  # the budget year; None when no clue gives it (then in `missing`)
    kind: str | None  # 预算 or 决算; None when no clue tells (then in `missing`)
    scope: str | None  # 部门 or 单位 (or 汇总 for a region-wide statement); None when unknown
    region: str | None = None  # county-level region (县/区/市/旗), None when the title names none
    province: str | None = None
    genre: str = "情况说明"  # 情况说明, 三公说明 (standalone 三公 statement)
    parent: str | None = None  # the department a 单位 belongs to, where the text says
    member_units: list[str] = field(default_factory=list)  # units a 部门 disclosure covers
    figures: dict[str, Figure] = field(default_factory=dict)  # metric key -> this year's figure
    table_figures: list[Figure] = field(default_factory=list)  # table cells kept for cross-checks
    expenditure_by_function: list[FunctionLine] = field(default_factory=list)  # 类 lines (truth shape)
    function_lines: list[FunctionLine] = field(default_factory=list)  # every 类/款/项 line a table states
    economic_lines: list[EconomicLine] = field(default_factory=list)  # 经济分类 rows of the 基本支出 table
    missing: list[str] = field(default_factory=list)  # identity fields no clue gave (unit, year …): 待核实
    clues: dict[str, Clue] = field(default_factory=dict)  # identity field -> the clue that decided it
    unit_headcount: list[UnitHeadcount] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: int = 1

    def to_json(self) -> dict[str, Any]:
        """The `parse_disclosure --json` contract of shared/spec/METRICS.md."""
        return {
            "unit": self.unit,
            "region": self.region,
            "province": self.province,
            "year": self.year,
            "kind": self.kind,
            "scope": self.scope,
            "genre": self.genre,
            "parent": self.parent,
            "member_units": list(self.member_units),
            "figures": {key: fig.to_json() for key, fig in self.figures.items()},
            "table_figures": [
                {"metric": f.metric, **f.to_json()} for f in self.table_figures
            ],
            "expenditure_by_function": [line.to_json() for line in self.expenditure_by_function],
            "function_lines": [line.to_json() for line in self.function_lines],
            "economic_lines": [line.to_json() for line in self.economic_lines],
            "missing": list(self.missing),
            "clues": {key: clue.to_json() for key, clue in self.clues.items()},
            "unit_headcount": [h.to_json() for h in self.unit_headcount],
            "checks": [c.to_json() for c in self.checks],
            "warnings": list(self.warnings),
            "pages": self.pages,
        }


def _dec(value: Decimal | None) -> str | None:
    if value is None:
        return None
    text = format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return text


class ParseError(Exception):
    """The file cannot be read, or it is not a budget disclosure. The message is one line, in Chinese."""


class NotADisclosure(ParseError):
    """The file was read but is not a budget disclosure (news, notices, a blank template, an index page)."""

