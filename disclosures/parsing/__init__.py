"""Budget-disclosure parser: plain Python, no Django, so it runs in a worker or a notebook.

    parse_disclosures(path_or_bytes, filename=...) -> list[ParsedDisclosure]   # every disclosure a file holds
    parse_disclosure(path_or_bytes, filename=...) -> ParsedDisclosure           # the first, with a warning

Reads 预算/决算 disclosures (PDF, web page, text, workbook, Word) from any county into exact figures in 万元,
each with its page and source sentence or table cell. Identity (unit, year, kind, scope …) comes from every clue
there is (identity.py); a field no clue gives is named in `missing`, never a reason to refuse. Raises ParseError
(one line, Chinese) for unreadable files, NotADisclosure for templates, other genres and files without amounts.
"""
from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

from .checks import run_checks
from .checks.member_units import member_statements
from .document import Document, load_document
from .metrics import METRICS
from .prose import (
    FUNCTION_CODES, Section, function_lines, listed_in_part, member_units, other_figures, sangong_changes,
    sangong_figures, split_overview, split_sections, staff_figures, totals_figures, unit_headcounts,
)
from .attachments import read_tables
from .resolve import Candidates, resolve
from .tables import headcount_table_figures, year_column_counts
from .text import Joined, join_lines
from .identity import identify, refuse_other_documents, running_headers, segments
from .types import Check, Clue, Figure, FunctionLine, NotADisclosure, ParsedDisclosure, ParseError, UnitHeadcount

PARSER_VERSION = "1.0.0"

__all__ = [
    "PARSER_VERSION", "Check", "Figure", "FunctionLine", "NotADisclosure", "ParsedDisclosure", "ParseError",
    "UnitHeadcount",
    "parse_disclosure", "parse_disclosures",
]


def parse_disclosure(source: bytes | str | os.PathLike, *, filename: str = "") -> ParsedDisclosure:
    """Parse one 预算/决算情况说明 (PDF, txt or md). Reads only `source`; no database, no Django.

    A file holding several disclosures gives the first, with a warning naming how many it holds
    (`parse_disclosures` returns them all)."""
    results = parse_disclosures(source, filename=filename)
    first = results[0]
    if len(results) > 1:
        names = "、".join(f"{r.unit or '未识别单位'}{r.year or ''}{'年' if r.year else ''}{r.scope or ''}{r.kind or ''}"
                         for r in results)
        first.warnings.append(f"文件中共有{len(results)}份预决算公开文件（{names}），这里只返回第一份")
    return first


def parse_disclosures(source: bytes | str | os.PathLike, *, filename: str = "") -> list[ParsedDisclosure]:
    """Every disclosure a file holds (a 部门 PDF followed by its units' budgets, statements concatenated).

    Raises ParseError when the file is unreadable; NotADisclosure for a blank template, another genre, or a file
    without any amount."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        filename = filename or path.name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ParseError(f"无法读取文件：{path.name}") from exc
    else:
        data = bytes(source)
    document = load_document(data, filename=filename)
    refuse_other_documents(document.lines)
    found = segments(document.lines, paged=document.is_pdf)
    starts = [start for start, _ in found] + [len(document.lines)]
    results: list[ParsedDisclosure] = []
    errors: list[ParseError] = []
    parsed: list[tuple[ParsedDisclosure, list]] = []
    for (begin, given), end in zip(found, starts[1:]):
        lines = document.lines[begin:end]
        part = replace(document, lines=lines,
                       pages=lines[-1].page - lines[0].page + 1 if len(found) > 1 else document.pages)
        try:
            results.append(_parse_segment(part, given=given))
            parsed.append((results[-1], lines))
        except ParseError as exc:
            errors.append(exc)
    if len(parsed) > 1:
        member_statements(parsed)  # a member unit's own statement against its row in the 部门's table
    if not results:
        raise errors[0]  # its own class: NotADisclosure stays distinguishable from an unreadable file
    if errors:
        results[0].warnings.append(f"文件中另有{len(errors)}份未能解析：{errors[0]}")
    return results


def _parse_segment(document: Document, *, given: list[Clue] = ()) -> ParsedDisclosure:
    """One disclosure: identity from every clue, then sections, figures, checks."""
    identity = identify(document.lines, metadata=document.clues, filename=document.filename, given=given)
    if document.is_pdf and None in (identity.unit, identity.year, identity.kind) and document.lines:
        headers = running_headers(document.data, document.lines[0].page, document.lines[-1].page)
        if headers:
            identity = identify(document.lines, metadata=document.clues, filename=document.filename, given=given,
                                headers=headers)
    title = identity
    sections = split_sections(document.lines, title.end_line)
    result = ParsedDisclosure(
        unit=title.unit, year=title.year, kind=title.kind, scope=title.scope or "单位",
        region=title.region, province=title.province, genre=title.genre, pages=document.pages,
        clues=dict(identity.clues),
    )
    result.warnings.extend(document.warnings)
    result.warnings.extend(identity.warnings)

    by_key: dict[str, list[Section]] = {}
    for section in sections:
        by_key.setdefault(section.group, []).append(section)

    def blocks(*keys: str) -> list[Joined]:
        return [s.joined for key in keys for s in by_key.get(key, []) if s.joined.text]

    prose_blocks = blocks("preamble", "basic", "overview", "budget", "sangong", "other")
    candidates = Candidates()

    for joined in blocks("sangong") + blocks("other", "budget", "preamble", "overview"):
        found = sangong_figures(joined, year=title.year, kind=title.kind)
        candidates.offer_all(found, pattern="sangong")
        candidates.offer_all(sangong_changes(joined, year=title.year, under_heading=joined in blocks("sangong")),
                             change_only=True, pattern="change_only")
        if "sangong_total" in found:
            break

    overview = blocks("overview") or [  # "一、部门基本情况与收支预算": totals under a combined heading
        b for b in blocks("basic", "preamble", "budget") if _STATES_INCOME.search(b.text)][:1]
    # A 部门预算编制说明 states totals and appropriations in one part: it is both.
    budget = _together(by_key.get("budget", [])) or blocks("overview")[:1]
    if overview or budget:
        totals = totals_figures(overview[0] if overview else Joined("", "", [], []),
                                budget[0] if budget else None, year=title.year, kind=title.kind)
        candidates.offer_all(totals, pattern="totals")
        general = [s.joined.text for s in sections if s.key == "general" and s.joined.text]
        result.expenditure_by_function = _function_lines(overview, budget, general)

    for joined in blocks("other") + [b for b in prose_blocks if b not in blocks("other")]:
        candidates.offer_all(other_figures(joined, year=title.year, scope=result.scope), pattern="other")

    # Headcount is usually in 基本情况, but short statements put it under any heading ("(三)在职人员").
    staff = staff_figures(blocks("preamble", "basic", "overview", "budget", "sangong", "other"), year=title.year)
    candidates.offer_all(staff.figures, pattern="staff")
    result.warnings.extend(staff.warnings)
    candidates.offer_all(headcount_table_figures(document), pattern="headcount_table")
    candidates.offer_all(year_column_counts(document, title.year), pattern="headcount_table")

    table = read_tables(document, year=title.year, kind=title.kind)
    result.table_figures.extend(table.figures)
    result.warnings.extend(table.warnings)
    result.function_lines = table.function_lines
    result.economic_lines = table.economic_lines
    if not result.expenditure_by_function:
        result.expenditure_by_function = table.expenditure_by_function
    # What the prose does not state, the tables may (some counties print the figures only there); prose stays
    # first where both exist. Until resolve.py weighs them, only cells whose meaning is unambiguous fill in.
    for figure in sorted(table.figures, key=lambda f: f.fund_scope != "全口径"):  # all-funds tables first
        if figure.value is not None and _fills_metric(figure):
            candidates.offer(figure, stage=_stage(figure.column), pattern="table")
    resolution = resolve(candidates, kind=title.kind, scope=result.scope)
    figures = resolution.figures
    result.warnings.extend(resolution.warnings)

    # A scope only the unit's name suggests (origin "name") gives way to what the body says of itself.
    inferred = title.scope is None or title.clues["scope"].origin == "name"
    if result.scope == "部门" or inferred:
        result.member_units = member_units(blocks("preamble", "basic"))
        said = _infer_scope(result.member_units, prose_blocks) if inferred else None
        if said:
            result.scope = said
            result.clues["scope"] = Clue("scope", said, "body")
        elif title.scope is None:
            result.scope = None
        if len(result.member_units) >= 2:
            result.unit_headcount = unit_headcounts(blocks("preamble", "basic"), result.member_units)
    result.parent = _parent(prose_blocks) if result.scope == "单位" else None

    _zero_total_zero_parts(figures)
    result.figures = {key: figures[key] for key in METRICS if key in figures}
    result.missing = [name for name in ("unit", "year", "kind", "scope", "region", "province")
                      if getattr(result, name) is None]
    _require_figures(result)
    result.checks = run_checks(result, document)
    return result


def _zero_total_zero_parts(figures: dict[str, Figure]) -> None:
    """"“三公”经费预算为零": a total of zero leaves no amount to any item, so each item not stated is 0 (never for a
    total that is only derived, and never over an item that is stated)."""
    total = figures.get("sangong_total")
    if total is None or total.value != 0 or total.origin != "prose":
        return
    # the car at the level the document speaks of it: its two parts, unless it states the pair as one figure
    car = () if "vehicle_total" in figures else ("vehicle_purchase", "vehicle_operation")
    for metric in ("outbound_travel", "reception") + car:
        if metric not in figures:
            figures[metric] = replace(total, metric=metric, change=None, reason=None, budget=None,
                                      note="“三公”经费合计为零，此项为0")


# The whole income stated, under whatever heading: "收入预算合计…", "本局收入预算860.00万元" (never one fund's
# "财政拨款收入预算…").
_STATES_INCOME = re.compile(r"收入(?:预算|决算)?(?:合计|总计|总额)|(?<!拨款)(?<!基金)(?<!经营)收入(?:预算|决算)(?:数)?(?:为|是)?\d"
                            r"|(?<!拨款)收入(?:预算|决算)?(?:和|与|及|、)(?:预算|决算)?支出(?:预算|决算)?(?:均|都)(?:为|是)?\d"
                            # a short statement naming only its spending ("2017年本年支出合计238.16万元")
                            r"|(?:本年|(?<=年)|(?<![一-龥]))支出(?:预算|决算)?(?:合计|总计|总额)(?:为|是)?\d"
                            r"|收支(?:预算|决算)?(?:均|都)(?:为|是)?\d")


def _together(sections: list[Section]) -> list[Joined]:
    """决算 一…十一 give 财政拨款, 一般公共预算 and 政府性基金 in separate parts: read them as one text."""
    lines = [line for section in sections for line in section.lines if not line.tabular]
    return [join_lines(lines)] if lines else []


def _stage(column: str | None) -> str:
    """A 决算 table's column says whether it holds the 预算数 or the 决算数."""
    for stage, words in (("决算数", ("决算", "实际", "执行")), ("预算数", ("预算",))):
        if column and any(word in column for word in words):
            return stage
    return ""


def _fills_metric(figure: Figure) -> bool:
    """基本/项目支出 from a 支出 table's 合计 row (all funds first); totals; the “三公” cells; a nonzero 机关运行经费
    (a 0 there cannot tell 0 from not applicable: 事业单位 stand outside the statistic)."""
    if figure.metric in ("basic_expenditure", "project_expenditure"):
        return figure.fund_scope in ("全口径", "一般公共预算财政拨款")
    if figure.metric == "gov_fund_appropriation":
        return figure.fund_scope == "政府性基金"
    if figure.metric == "carryover":
        return figure.fund_scope == "全口径"  # the 收支总表's 上年结转 row
    if figure.metric == "operating_costs":
        return figure.value != 0
    if figure.metric == "general_budget_appropriation":
        # 财政拨款: a 收支总表 row naming no fund, which resolve.py takes only when no other fund is stated.
        return figure.fund_scope in ("全口径", "一般公共预算财政拨款", "财政拨款")
    if figure.metric in ("income_total", "expenditure_total"):
        # The resolver puts the prose first and takes a 元 cell that rounds to the prose's 万元 as the same figure.
        return figure.fund_scope in ("全口径", "一般公共预算财政拨款")
    return figure.metric in ("sangong_total", "outbound_travel", "vehicle_purchase", "vehicle_operation",
                             "vehicle_total", "reception")


def _function_lines(overview: list[Joined], budget: list[Joined], general_parts: list[str] | tuple[str, ...] = ()) -> list[FunctionLine]:
    """二(二) lists spending by function class; 决算 texts often give it after 按功能分类, in 二 or 三, or
    under 一般公共预算财政拨款支出 "主要用于以下方面" (then the lines are that fund's, not all funds'). A part headed
    一般公共预算财政拨款支出… (`general_parts`, its texts) sets that scope for its sentences unless one names its own."""
    places = []
    for block in overview + budget:
        # the list's lead: 按功能分类…, 分功能科目看/从功能分类看 (the same words as a “looked at by” phrase), 主要用于以下方面
        for marker in re.finditer(r"按(?:支出)?功能分类(?:科目)?[^,:。]{0,6}[,:]?|(?:分|从)(?:支出)?功能(?:分类|科目)(?:来)?看[,:]?"
                                  r"|主要用于以下(?:几个)?方面[:]?", block.text):
            general = ("一般公共预算" in block.text[max(0, marker.start() - 40):marker.start()]
                       or _last_spending_total_is_general(block.text[:marker.start()])
                       or _under_general_heading(block.text, marker.start(), marker.end(), general_parts))
            places.append((block, marker.end(), "一般公共预算财政拨款" if general else "全口径",
                           block.text[marker.start():marker.end()]))
    places += [(block, split_overview(block)[1], "全口径", "") for block in overview]
    # a sub-heading that names the fund, the classes right after it: "(二)一般公共预算支出。农林水支出X万元,…"
    places += [(block, heading.end(), "一般公共预算财政拨款", "") for block in overview + budget
               for heading in re.finditer(r"[(（][一二三四五六七八九十]+[)）]一般公共预算(?:财政)?(?:拨款)?支出(?:预算)?(?:安排)?(?:情况)?[。:：]",
                                          block.text)]
    for block, start, scope, marker_text in places:
        found = function_lines(block, start)
        if found:  # None: a listing not read whole gives no lines rather than part of them
            partial = listed_in_part(block.text, start, found, marker_text)
            return [FunctionLine(name=name, value=amount.value, code=FUNCTION_CODES.get(name),
                                 page=block.page_at(s), source=block.cite(s, e), fund_scope=scope, partial=partial)
                    for name, amount, s, e in found]
    return []


# A sentence that names its own funds: all of them (本年支出合计, 部门支出, 全口径) or another fund's.
_OWN_SCOPE = re.compile(r"本年支出|支出合计|支出总计|全口径|(?:部门|单位)(?:预算|决算)?支出|政府性基金|国有资本")


def _under_general_heading(text: str, start: int, end: int, general_parts: list[str] | tuple[str, ...]) -> bool:
    """The sentence holding the marker lies in a part headed 一般公共预算财政拨款支出… and names no funds of its own."""
    opening = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    closing = min((i for i in (text.find("。", end), text.find("\n", end)) if i >= 0), default=len(text))
    sentence = text[opening:closing]  # the whole sentence: its marker alone may open a list in another part too
    if not sentence or _OWN_SCOPE.search(text[opening:start]):
        return False
    return any(sentence in part for part in general_parts)


# A spending total the text states ("一般公共预算拨款支出1,555.94万元", "部门支出预算2,819.94万元"), not one of its parts.
_SPENDING_TOTAL = re.compile(r"([^。;:,]{0,24}?)支出(?:预算|决算)?(?:数|总额|合计|总计)?(?:为|是)?\d")


def _last_spending_total_is_general(before: str) -> bool:
    """A 按功能分类 list a few sentences after "一般公共预算拨款支出X万元…其中基本支出…" lists that fund's classes: the
    nearest spending total before the marker (its 基本/项目 parts aside) names the funds the classes belong to."""
    for match in reversed(list(_SPENDING_TOTAL.finditer(before))):
        subject = match.group(1)
        if re.search(r"(?:基本|项目|人员|公用)$", subject) or (subject + "支出").endswith(tuple(FUNCTION_CODES)):
            continue
        return "一般公共预算" in subject
    return False


def _infer_scope(members: list[str], blocks: list[Joined]) -> str | None:
    """A title without 部门/单位: several member units, or how the text calls itself (本部门 / 本单位). None when
    nothing says (then the unit's name, the weakest clue, may: identity.name_clues)."""
    if len(members) >= 2:
        return "部门"
    text = "".join(b.text for b in blocks)
    # A 乡镇/街道 government speaks for itself as a 部门; a 附表's note says whose figures it reflects.
    department = len(re.findall(r"本部门|部门预算|部门决算|本局|全局|我局|本委|我委|[我本](?:镇|乡|街道)(?!所属)|反映部门",
                                text))
    unit_words = len(re.findall(r"本单位|单位预算|单位决算|我单位|反映单位", text))
    if department == unit_words:
        return None
    return "部门" if department > unit_words else "单位"


def _parent(blocks: list[Joined]) -> str | None:
    for joined in blocks:
        match = re.search(r"隶属(?:于)?([一-龥]{4,30}?(?:办公室|委员会|局|委|厅|部|院|中心))", joined.text)
        if match:
            return match.group(1)
    return None


# What a 预算/决算 disclosure states that other papers quoting money do not: its 收支, appropriations, 基本/项目
# spending, “三公”经费, 机关运行经费 and headcount. A 政府采购 report or an asset statement gives only the rest.
_NOT_EVIDENCE = {"procurement_total", "performance_managed_funds", "commissioned_services", "vehicles_count",
                 "vehicles_purchase_planned"}


def _require_figures(result: ParsedDisclosure) -> None:
    """The file states amounts (refuse_other_documents saw them) but none was read: kept, with a warning, so a
    person sees it rather than the file being refused — unless nothing names whose it is either (an index page,
    a list of files, a county's 政府采购 statistics): then there is nothing a person could complete."""
    evidence = (set(result.figures) - _NOT_EVIDENCE or {f.metric for f in result.table_figures} - _NOT_EVIDENCE
                or result.expenditure_by_function)
    if not evidence and result.unit is None:
        if result.figures:
            raise NotADisclosure("只读到政府采购、绩效或车辆等数字，没有收支、“三公”经费等预决算数字，也找不到单位名称，"
                                 "不像是预决算公开文件")
        raise NotADisclosure("未能读出任何预算数字，也找不到单位名称，不像是预决算公开文件")
    if not result.figures and not result.table_figures and not result.expenditure_by_function:
        result.warnings.append("未能从文件中读出主要数字（收支、“三公”经费等），请人工核对")
