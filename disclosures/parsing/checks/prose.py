"""Completeness of a full disclosure (CHECKS.md §1.I): CP-SECT, CP-OPC, CP-DETAIL; and PR-OPC-APPLIC (§1.C).

Completeness is judged only where it can be: a full 部门/单位 document (8 pages or more, with its income total),
never an excerpt, a web statement or a standalone 三公 page. A part is present when its words are anywhere in the
text, so an unnumbered or oddly titled heading never counts as missing.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .figures import _fig
from .text import Text, text_rule

FULL_DOCUMENT_PAGES = 8

# Each part by the words real templates use for it: the basic situation is also headed 单位概况/部门概况 or 主要职能,
# or just “一、概况” (湖南's 部门预算 template);
# the 收支 part of a 决算 reads 收入支出决算总体情况; the 国有资产 item of 其他重要事项 is often just the count of
# the unit's cars (“截至2020年底，本部门有一般公务用车2辆”, “本单位无公务用车”).
SECTIONS = (
    ("单位基本情况（职能职责或机构设置）", r"职能|职责|机构设置|单位构成|部门构成|基本情况|机构情况|(?:单位|部门)概况|基本概况|[一1][、.．]概况"),
    ("收支总体情况", r"收入(?:支出)?(?:预算|决算)|收支(?:预算|决算)?总"),
    ("“三公”经费情况说明", r"三公"),
    ("机关运行经费情况", r"运行经费"),
    ("政府采购情况", r"政府采购"),
    ("绩效目标情况", r"绩效"),
    ("国有资产占用情况", r"国有资产|资产占用|车辆|用车\d+辆|[有无]公务用车"),
    ("名词解释", r"名词解释|专业名词|名词说明|术语"),
)


def _full(result: ParsedDisclosure, view: Text) -> bool:
    """A full published PDF (a workbook's sheets or a web page are not pages of a document)."""
    pdf = view.document is None or getattr(view.document, "is_pdf", False)
    return pdf and result.pages >= FULL_DOCUMENT_PAGES and result.genre == "情况说明" \
        and result.scope in ("部门", "单位") and _fig(result, "income_total") is not None


@text_rule
def cp_sect(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The parts a full 部门/单位 预算 or 决算 must explain, found by their words (never by numbering)."""
    name = "情况说明的必备部分齐全"
    if not _full(result, view):
        return
    missing = [title for title, words in SECTIONS if not re.search(words, view.text)]
    for title in missing:
        yield Check("CP-SECT", name, "fail", "warning", f"文件未见“{title}”部分，需人工复核是否缺少该部分说明",
                    [{"label": "缺少部分", "value": title}], None, None, "text")
    if not missing:
        yield Check("CP-SECT", name, "pass", "warning", f"{len(SECTIONS)}个必备部分均已找到", [], None, None, "text")


@text_rule
def cp_opc(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """机关运行经费: an amount, or an explicit statement that the unit is outside its scope (n/a ≠ 0)."""
    name = "说明机关运行经费"
    figure = result.figures.get("operating_costs")
    if figure is not None:
        state = "不适用（不在统计范围）" if figure.not_applicable or figure.value is None else f"{figure.value}万元"
        yield Check("CP-OPC", name, "pass", "warning", f"机关运行经费{state}", [], None, figure.page, "text")
        return
    if not _full(result, view):
        return
    if re.search(r"运行经费", view.text):
        return  # named but not read: the parser's gap, not the document's
    yield Check("CP-OPC", name, "fail", "warning", "文件未说明机关运行经费（既无金额，也未说明不在统计范围）",
                [], None, None, "text")


@text_rule
def cp_detail(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """功能分类 tables disclosed to the 项 (7 digits), the 基本支出 经济分类 table to the 款 (5 digits). A hint only:
    excerpts and web copies often print the 类 rows alone, and the corpus holds such consistent documents."""
    name = "预算表细化到规定科目级次"
    by_table: dict[str, set[int]] = {}
    for line in result.function_lines:
        if line.table and line.code and line.code.isdigit():
            by_table.setdefault("功能 " + line.table, set()).add(len(line.code))
    for eline in result.economic_lines:
        if eline.table and eline.code and eline.code.isdigit():
            by_table.setdefault("经济 " + eline.table, set()).add(len(eline.code))
    for key, lengths in by_table.items():
        kind, caption = key.split(" ", 1)
        deepest, wanted = max(lengths), (7 if kind == "功能" else 5)
        level = {"功能": "项级（7位）", "经济": "款级（5位）"}[kind]
        if deepest >= wanted:
            yield Check("CP-DETAIL", name, "pass", "warning", f"“{caption}”细化到{level}科目", [], None, None, "text")
        else:
            yield Check("CP-DETAIL", name, "fail", "info", f"“{caption}”只列到{deepest}位科目，未细化到{level}科目",
                        [{"label": "表格", "value": caption}], None, None, "text")


_SELF = "本单位|我单位|本中心|我中心|本院|我院|本所|本站|本馆|本校"


@text_rule
def pr_opc_applic(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 单位 that says it is outside 机关运行经费 (a 事业单位) cannot also state an amount of it. A 部门 may when the
    words put a member out (its amount covers only the members in scope), so a 部门 is judged only when the words
    put the 部门 itself out (its own name or 本部门/本单位…, with no 所属/下属 member between); table notes are
    TB-EMPTY's."""
    if result.scope not in ("单位", "部门"):
        return
    if result.scope == "部门" and not result.unit:
        return
    self_words = re.escape(result.unit) if result.scope == "部门" else \
        (f"(?:{_SELF}|{re.escape(result.unit)})" if result.unit else f"(?:{_SELF})")
    # a 部门's own name right before what it is (“…中心属公益一类事业单位，不在…”), never a member named after it
    between = r"(?:(?:属于?|为|是|系)(?:(?!所属|下属|二级|其中|部分|个别)[^。；;]){0,16}?)?" if result.scope == "部门" \
        else r"[^。；;]{0,24}?"
    said = re.compile(rf"{self_words}{between}(?:不在|不属于|[未不](?:纳入|列入|计入))[^。；;]{{0,4}}机关运行经费[^。；;]{{0,4}}"
                      rf"(?:统计)?(?:范围|之列)|{self_words}[^。；;]{{0,6}}无机关运行经费")
    found = None
    for number, page in sorted(view.pages.items()):
        for line in page.lines:
            if "运行经费" in line and not re.match(r"^[(（]?(?:备)?注", line) and (match := said.search(line)):
                found = (number, match.group(0))
                break
        if found:
            break
    if found is None:
        return
    amounts = [f for f in [_fig(result, "operating_costs")] + [f for f in result.table_figures if f.metric == "operating_costs"
                                                                 and f.period == "本年"] if f is not None and f.value]
    page, words = found
    name = "不在机关运行经费统计范围的单位不列机关运行经费"
    if not amounts:
        yield Check("PR-OPC-APPLIC", name, "pass", "error", f"第{page}页称“{words}”，且未列机关运行经费金额", [], None, page, "text")
        return
    stated = amounts[0]
    printed = f"{stated.value:.{stated.display_scale}f}" if stated.display_scale is not None else str(stated.value)
    yield Check("PR-OPC-APPLIC", name, "fail", "error",
                f"第{page}页称“{words}”，而第{stated.page}页列机关运行经费{printed}万元；两处披露不能同时成立，需人工复核",
                [{"label": "说明", "value": words, "page": page},
                 {"label": "机关运行经费", "value": printed, "page": stated.page}], None, page, "text")
