"""Budget-disclosure parser: plain Python, no Django, so it runs in a worker or a notebook.

    parse_disclosure(path_or_bytes, filename=...) -> ParsedDisclosure

Reads a 预算/决算情况说明 (PDF, .txt or .md) from any county into exact figures in 万元, each with its
page and source sentence. Raises ParseError (one line, Chinese) for unreadable files and non-disclosures.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from .checks import run_checks
from .document import load_document
from .metrics import METRICS
from .prose import (
    FUNCTION_CODES, Section, function_lines, member_units, other_figures, sangong_figures,
    split_overview, split_sections, staff_figures, totals_figures, unit_headcounts,
)
from .tables import headcount_table_figures, sangong_table_figures
from .text import Joined
from .title import read_title, untitled
from .types import Check, Figure, FunctionLine, NotADisclosure, ParsedDisclosure, ParseError, UnitHeadcount

PARSER_VERSION = "1.0.0"

__all__ = [
    "PARSER_VERSION", "Check", "Figure", "FunctionLine", "NotADisclosure", "ParsedDisclosure", "ParseError",
    "UnitHeadcount",
    "parse_disclosure", "parse_disclosures",
]


def parse_disclosures(source: bytes | str | os.PathLike, *, filename: str = "") -> list[ParsedDisclosure]:
    """Every disclosure a file holds (a 部门 budget may be followed by its units'), in file order."""
    return [parse_disclosure(source, filename=filename)]


def parse_disclosure(source: bytes | str | os.PathLike, *, filename: str = "") -> ParsedDisclosure:
    """Parse one 预算/决算情况说明 (PDF, txt or md). Reads only `source`; no database, no Django."""
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
    try:
        title = read_title(document.lines)
    except ParseError:
        # The title line is one clue among several (identity.py will weigh them all); without it the
        # figures are still read and the missing identity fields are named for a person to complete.
        title = untitled(document.lines)
    sections = split_sections(document.lines[title.end_line:])
    result = ParsedDisclosure(
        unit=title.unit, year=title.year, kind=title.kind, scope=title.scope or "单位",
        region=title.region, province=title.province, genre=title.genre, pages=document.pages,
    )
    result.warnings.extend(document.warnings)

    by_key: dict[str, list[Section]] = {}
    for section in sections:
        by_key.setdefault(section.key, []).append(section)

    def blocks(*keys: str) -> list[Joined]:
        return [s.joined for key in keys for s in by_key.get(key, [])]

    prose_blocks = blocks("preamble", "basic", "overview", "budget", "sangong", "other")
    figures: dict[str, Figure] = {}

    for joined in blocks("sangong") + blocks("other", "budget", "preamble", "overview"):
        found = sangong_figures(joined, year=title.year, kind=title.kind)
        for key, figure in found.items():
            figures.setdefault(key, figure)
        if "sangong_total" in figures:
            break

    overview = blocks("overview") or [  # "一、部门基本情况与收支预算": totals under a combined heading
        b for b in blocks("basic", "preamble") if re.search(r"收入(?:预算|决算)?(?:合计|总计|总额)", b.text)][:1]
    budget = blocks("budget")
    if overview or budget:
        totals = totals_figures(overview[0] if overview else Joined("", "", [], []),
                                budget[0] if budget else None, year=title.year)
        for key, figure in totals.items():
            figures.setdefault(key, figure)
        result.expenditure_by_function = _function_lines(overview, budget)

    for joined in blocks("other") + [b for b in prose_blocks if b not in blocks("other")]:
        for key, figure in other_figures(joined, year=title.year, scope=result.scope).items():
            figures.setdefault(key, figure)

    staff = staff_figures(blocks("preamble", "basic", "overview", "budget"), year=title.year)
    for key, figure in staff.figures.items():
        figures.setdefault(key, figure)
    result.warnings.extend(staff.warnings)
    for figure in headcount_table_figures(document):
        figures.setdefault(figure.metric, figure)

    table = sangong_table_figures(document, year=title.year)
    result.table_figures.extend(table.figures)
    result.warnings.extend(table.warnings)
    # What the prose does not state, this year's column of the “三公” table may (some counties print
    # the figures only there); prose stays first where both exist.
    for figure in table.figures:
        if figure.period == "本年" and figure.value is not None:
            figures.setdefault(figure.metric, figure)

    if result.scope == "部门" or title.scope is None:
        result.member_units = member_units(blocks("preamble", "basic"))
        if title.scope is None:
            result.scope = _infer_scope(result.member_units, prose_blocks)
        if len(result.member_units) >= 2:
            result.unit_headcount = unit_headcounts(blocks("preamble", "basic"), result.member_units)
    result.parent = _parent(prose_blocks) if result.scope == "单位" else None

    result.figures = {key: figures[key] for key in METRICS if key in figures}
    result.missing = [name for name in ("unit", "year", "kind") if getattr(result, name) is None]
    _require_disclosure(result)
    result.checks = run_checks(result)
    return result


def _function_lines(overview: list[Joined], budget: list[Joined]) -> list[FunctionLine]:
    """二(二) lists spending by function class; 决算 texts often give it after 按功能分类, in 二 or 三."""
    places = []
    for block in overview + budget:
        for marker in re.finditer(r"按(?:支出)?功能分类(?:科目)?[^,:。]{0,6}[,:]?", block.text):
            places.append((block, marker.end()))
    places += [(block, split_overview(block)[1]) for block in overview]
    for block, start in places:
        found = function_lines(block, start)
        if found:
            return [FunctionLine(name=name, value=amount.value, code=FUNCTION_CODES.get(name),
                                 page=block.page_at(s), source=block.cite(s, e))
                    for name, amount, s, e in found]
    return []


def _infer_scope(members: list[str], blocks: list[Joined]) -> str:
    """A title without 部门/单位: several member units, or how the text calls itself (本部门 / 本单位)."""
    if len(members) >= 2:
        return "部门"
    text = "".join(b.text for b in blocks)
    department = len(re.findall(r"本部门|部门预算|部门决算|本局|全局", text))
    unit = len(re.findall(r"本单位|单位预算|单位决算", text))
    return "部门" if department > unit else "单位"


def _parent(blocks: list[Joined]) -> str | None:
    for joined in blocks:
        match = re.search(r"隶属(?:于)?([一-龥]{4,30}?(?:办公室|委员会|局|委|厅|部|院|中心))", joined.text)
        if match:
            return match.group(1)
    return None


def _require_disclosure(result: ParsedDisclosure) -> None:
    amounts = [f for f in result.figures.values() if f.value is not None or f.not_applicable]
    if len(amounts) < 2 and not ("sangong_total" in result.figures and result.genre == "三公说明"):
        raise NotADisclosure("未能在文件中找到预算/决算公开文件的主要数字（收支、“三公”经费等），可能不是预决算公开文件")
