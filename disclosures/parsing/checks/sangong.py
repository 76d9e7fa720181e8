"""The completeness of the 三公 statement and the counts beside it (CHECKS.md §1.A, §1.C): SG-ITEMS, SG-ZERO,
SG-VCOUNT, PR-VEH-SUM, PR-HEAD-SUM. Counts are exact integers (§0.2 rule 8)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from ..types import Check, Figure, ParsedDisclosure
from .core import UNIT_FACTOR, Term, compare, number_before, opened_at
from .figures import SG_LABELS, _fig, rule
from .text import Text, printed_decimals, table_spans, table_unit, text_rule, unit_line, squeeze

SG_KEYS = ("sangong_total", "outbound_travel", "vehicle_total", "vehicle_purchase", "vehicle_operation", "reception")


def _stated(result: ParsedDisclosure, key: str) -> Figure | None:
    """This year's value of a 三公 item from the prose, or else from the 三公 table (a printed 0 counts)."""
    figure = _fig(result, key)
    if figure is not None:
        return figure
    return next((f for f in result.table_figures if f.metric == key and f.period == "本年" and f.value is not None
                 and f.value >= 0), None)


_ITEM_WORDS = {"因公出国（境）费": "出国", "公务用车购置及运行维护费": "用车", "公务接待费": "接待",
               # a vehicle part is printed when its own name is: the combined 购置及运行维护费 names neither alone
               "公务用车购置费": re.compile(r"(?:用车|车辆)购置(?:费|经费|支出)"),
               "公务用车运行维护费": re.compile(r"(?:用车|车辆)(?:运行|运维|维护)(?:维护|维修)?(?:费|经费|支出)")}


def _printed(item: str, words: str) -> bool:
    found = _ITEM_WORDS[item]
    return bool(found.search(words)) if isinstance(found, re.Pattern) else found in words


def _wan(figure: Figure) -> str:
    """A 万元 amount with its printed decimals (9.00, not 9)."""
    value = figure.value
    return f"{value:.{figure.display_scale}f}" if figure.display_scale is not None else str(value)


@text_rule
def sg_items(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 三公 statement names each item (出国, 公务用车, 接待) with an amount or an explicit 0; one warning per
    missing item. A combined 公务用车购置及运行维护费 covers the vehicle item; not splitting it is only a hint.
    An item whose words are printed but whose amount could not be read (a typo in the number) is not missing."""
    name = "“三公”经费分项均已说明"
    if not any((f := result.figures.get(k)) is not None and f.origin == "prose" for k in SG_KEYS):
        return  # no 三公 statement in the words: nothing to be complete
    total = _fig(result, "sangong_total")
    if total is not None and total.value == 0:
        yield Check("SG-ITEMS", name, "pass", "warning", "“三公”经费合计为0，各分项均无支出", [], None, total.page, "text")
        return
    missing = []
    if _stated(result, "outbound_travel") is None:
        missing.append("因公出国（境）费")
    if all(_stated(result, k) is None for k in ("vehicle_total", "vehicle_purchase", "vehicle_operation")):
        missing.append("公务用车购置及运行维护费")
    elif _stated(result, "vehicle_total") is None:
        # one vehicle part named and no combined figure: the other part is neither given nor said to be 0 (CHECKS.md
        # SG-ITEMS lists 购置 and 运行维护 as two of the four items); a 合计 that the named parts fill adds nothing
        if _stated(result, "vehicle_purchase") is None:
            missing.append("公务用车购置费")
        elif _stated(result, "vehicle_operation") is None:
            missing.append("公务用车运行维护费")
    if _stated(result, "reception") is None:
        missing.append("公务接待费")
    words = re.sub(r"[A-Za-z]+", "", view.text)  # injected pinyin (公务接dai待费) hides no item
    missing = [item for item in missing if not _printed(item, words)]
    page = total.page if total is not None else None
    for item in missing:
        said = f"“三公”经费{_wan(total)}万元，" if total is not None and total.value is not None else "“三公”经费"
        terms = [{"label": "未说明的分项", "value": item}]
        if total is not None and total.value is not None:
            terms.append({"label": "“三公”经费合计", "value": _wan(total), "page": total.page})
        yield Check("SG-ITEMS", name, "fail", "warning", f"{said}说明未列出{item}（既无金额，也未说明为0或未安排）",
                    terms, None, page, "text")
    if "公务用车购置及运行维护费" not in missing and _stated(result, "vehicle_purchase") is None \
            and _stated(result, "vehicle_operation") is None:
        yield Check("SG-ITEMS", name, "fail", "info", "公务用车费用未区分购置费与运行维护费", [], None, page, "text")
    elif not missing:
        yield Check("SG-ITEMS", name, "pass", "warning", "“三公”经费各分项均已说明", [], None, page, "text")


_NONE_STATED = re.compile(r"(?:无|没有|未安排|不存在)[“\"]?三公[”\"]?经费")


_NOTE_HEAD = re.compile(r"^[(（]?(?:备)?注")


@text_rule
def sg_zero(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“无三公经费” must not sit beside nonzero 三公 amounts; an all-zero 三公 table needs such a statement.
    Notes under a table (“注：…故本表为空表”) are TB-EMPTY's business."""
    name = "“三公”经费为零时有说明，且说明与金额一致"
    said = []
    for number, page in sorted(view.pages.items()):
        for line in page.lines:
            if not _NOTE_HEAD.match(line) and _NONE_STATED.search(line):
                said.append((number, line))
    amounts = [f for f in (_fig(result, k) for k in SG_KEYS) if f is not None and f.origin == "prose"]
    nonzero = [f for f in amounts if f.value]
    if said and nonzero:
        page, line = said[0]
        shown = "、".join(f"{SG_LABELS[f.metric]}{f.value}万元" for f in nonzero[:3])
        yield Check("SG-ZERO", name, "fail", "warning", f"第{page}页称“{_NONE_STATED.search(line).group(0)}”，"  # type: ignore[union-attr]
                    f"而正文列出{shown}；两处说法不能同时成立，需人工复核",
                    [{"label": "说明", "value": line[:80], "page": page}] +
                    [{"label": SG_LABELS[f.metric], "value": str(f.value), "page": f.page} for f in nonzero[:3]],
                    None, page, "text")
        return
    cells = [f for f in result.table_figures if f.metric in SG_KEYS and f.period == "本年" and f.value is not None]
    if not amounts and cells and all(f.value == 0 for f in cells):
        if said or re.search(r"三公[”\"]?经费[^。]{0,12}(?:均为0|均为零|为0|为零)", view.text):
            yield Check("SG-ZERO", name, "pass", "warning", "“三公”经费均为0，且已说明", [], None, said[0][0] if said else None, "text")
        else:
            yield Check("SG-ZERO", name, "fail", "warning", "“三公”经费表各项均为0，但文中未说明无“三公”经费或未安排的原因",
                        [], None, cells[0].page, "text")


_RENTED = re.compile(r"租用|租赁|借用|平台|调剂|统筹|保障车")


@rule
def sg_vcount(result: ParsedDisclosure) -> Iterator[Check]:
    """No vehicle and none planned, yet 运行维护费 (unless the text says the cars are rented or pooled); a
    purchase amount without a planned purchase, or the reverse."""
    name = "公务用车经费与车辆数一致"
    count, planned = _fig(result, "vehicles_count"), _fig(result, "vehicles_purchase_planned")
    operation, purchase = _fig(result, "vehicle_operation"), _fig(result, "vehicle_purchase")
    if count is not None and operation is not None and count.value == 0 and operation.value:
        if planned is None or planned.value == 0:
            words = " ".join(filter(None, (operation.reason, operation.source, count.source)))
            if _RENTED.search(words):
                yield Check("SG-VCOUNT", name, "pass", "warning", "车辆数为0，运行维护费用于租用或统筹车辆（文中已说明）")
            else:
                yield Check("SG-VCOUNT", name, "fail", "warning",
                            f"车辆数为0且未安排购置，但公务用车运行维护费为{operation.value}万元，文中未说明租用等原因，需人工复核",
                            [{"label": "车辆数", "value": str(count.value), "page": count.page},
                             {"label": "公务用车运行维护费", "value": str(operation.value), "page": operation.page}],
                            None, operation.page)
    if purchase is not None and planned is not None and purchase.origin == "prose" and planned.origin == "prose":
        terms = [{"label": "公务用车购置费", "value": str(purchase.value), "page": purchase.page},
                 {"label": "安排购置车辆", "value": str(planned.value), "page": planned.page}]
        if bool(purchase.value) == bool(planned.value):
            yield Check("SG-VCOUNT", name, "pass", "warning", f"公务用车购置费{purchase.value}万元，安排购置车辆{planned.value}辆，相符",
                        terms, None, purchase.page)
        elif purchase.value and planned.value == 0:
            # money for buying cars in the 三公 budget itself, and no car to buy: the two statements contradict
            yield Check("SG-VCOUNT", name, "fail", "warning",
                        f"公务用车购置费{_shown(purchase)}万元，而文中计划购置车辆为0辆；有购置经费却无购置计划，"
                        "需人工复核", terms, None, purchase.page)
        else:
            # a hint only: the planned cars may be bought with funds outside the 一般公共预算 三公 (上级, 政府性基金, 更新置换)
            yield Check("SG-VCOUNT", name, "fail", "info",
                        f"公务用车购置费{purchase.value}万元，而安排购置车辆{planned.value}辆；购置费与购置计划不一致"
                        "（购车可能由其他资金安排），需人工复核", terms, None, purchase.page)


def _shown(figure: Figure) -> str:
    """An amount with the decimals its sentence printed it with (18.00, not 18)."""
    scale = figure.display_scale if figure.display_scale is not None else 0
    return f"{figure.value:.{scale}f}" if figure.value is not None else ""


# “共有车辆9辆，其中：…” or the parts in brackets, “车辆总数9辆（一般公务用车3辆，执法执勤用车5辆）”; the list may open
# with 分别为/包括/具体为 instead of 其中, and a note in brackets (the date counted, “截至2025年底”) may stand between
# the total and its list
_LIST_OPENS = r"(?:其中|分别为|分别是|包括|具体为|具体是)"
_PARTS_OF = re.compile(rf"(?<![\d.])(\d+)辆(?:[(（][^()（）辆]{{1,30}}[)）])?[,，]?(?:{_LIST_OPENS}[:：]?([^。；;]{{2,120}})|"
                       rf"[(（](?:{_LIST_OPENS}[:：]?)?([^。；;()（）]{{2,120}})[)）])")
# “特种专业技术用车（森林消防、有害生物监测）4辆”: a note in brackets may stand between a category and its count
_PART = re.compile(r"([^\d,，、;；:：。()（）]{2,14}?)(?:[(（][^()（）\d]{1,30}[)）])?(\d+)辆")


@text_rule
def pr_veh_sum(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“共有车辆N辆，其中：一般公务用车a辆、执勤执法用车b辆…”: the parts add to at most N (equal when complete)."""
    name = "车辆分类之和等于车辆总数"
    for match in opened_at(_PARTS_OF, view.text, number_before(view.text, "辆", gap=0)):  # the count, then 辆
        total = int(match.group(1))
        parts = [(label, int(n)) for label, n in _PART.findall(match.group(2) or match.group(3))
                 if not re.search(r"共|合计|总|购置|购买|更新|报废|处置|新增|拟|计划|安排|单价", label)]
        if len(parts) < 2:
            continue
        page = view.page_at(match.start())
        added = sum(n for _, n in parts)
        shown = "+".join(f"{label}{n}" for label, n in parts)
        terms = [{"label": "总数", "value": str(total), "page": page}] + [{"label": label, "value": str(n)} for label, n in parts]
        if added == total:
            yield Check("PR-VEH-SUM", name, "pass", "error", f"第{page}页{shown}={added}辆，等于总数", terms, None, page, "text")
        elif added > total:
            yield Check("PR-VEH-SUM", name, "fail", "error", f"第{page}页{shown}={added}辆，多于所称总数{total}辆；"
                        "两处披露不能同时成立，需人工复核", terms, None, page, "text")
        else:
            yield Check("PR-VEH-SUM", name, "fail", "info", f"第{page}页{shown}={added}辆，少于总数{total}辆，可能有未列出的车辆类别",
                        terms, None, page, "text")


@text_rule
def pr_head_sum(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """Σ member 实有 = the stated 实有人数, Σ member 编制 = the 编制数 (warnings, never errors: reference dates and
    double-counted centres); a member with more staff than posts is only a hint. The members' counts are read from
    the words at parse time and not stored as figures, so these checks are kept as text checks."""
    for check in _head_sum(result):
        check.basis = "text"
        yield check


def _head_sum(result: ParsedDisclosure) -> Iterator[Check]:
    members = result.unit_headcount
    if len(members) < 2:
        return
    if len(members) < len(result.member_units):
        # a listed member whose counts were not read would make any sum short: nothing to compare
        return
    for key, attr, label in (("staff_actual", "actual", "实有人数"), ("staff_authorized", "authorized", "编制数")):
        whole = _fig(result, key)
        values = [getattr(m, attr) for m in members]
        if whole is None or any(v is None for v in values):
            continue
        added = sum(values)
        terms = [{"label": label, "value": str(whole.value), "page": whole.page}] + [
            {"label": m.unit, "value": str(getattr(m, attr)), "page": m.page} for m in members]
        if added == whole.value:
            yield Check("PR-HEAD-SUM", f"所属单位{label}之和等于总数", "pass", "warning", f"各单位{label}之和{added}人，等于总数",
                        terms, None, whole.page)
        else:
            yield Check("PR-HEAD-SUM", f"所属单位{label}之和等于总数", "fail", "warning",
                        f"各单位{label}之和{added}人，而总数为{whole.value}人（统计时点或口径可能不同），需人工复核",
                        terms, None, whole.page)
    over = [m for m in members if m.actual is not None and m.authorized is not None and m.actual > m.authorized]
    for m in over:
        yield Check("PR-HEAD-SUM", "实有人数不超过编制数", "fail", "info", f"{m.unit}实有{m.actual}人，多于编制{m.authorized}人",
                    [{"label": "编制数", "value": str(m.authorized)}, {"label": "实有人数", "value": str(m.actual)}], None, m.page)


# ---- 表四 from its printed lines: each year's row adds up (TB-T4) -------------------------------------------------
# a page without ruled cells (a Word export) leaves the parser no 三公 cells; its printed lines still hold the header
# (wrapped anywhere) and one row per year (“2025年预算数 238,000.00 0.00 172,000.00 …”)
_SG_COLUMNS = (("whole", r"(?:“?三公”?经费)?(?:合计|总计)"), ("outbound", r"因公出国[（(]境[)）]费(?:用)?"),
               ("vehicles", r"公务用车购置及运行(?:维护)?费(?:小计)?|小计"), ("purchase", r"公务用车购置费?"),
               ("operation", r"公务用车运行(?:维护)?费"), ("reception", r"公务接待费"))
_SG_TOKEN = re.compile("|".join(f"(?P<{key}>{pattern})" for key, pattern in _SG_COLUMNS))
_SG_HEAD = re.compile(r"(?:项目|科目|年度|类别)?")
_SG_CELL = r"(\d[\d,]*?\.\d{2})"
_SG_ROW = re.compile(rf"((?:(?:19|20)\d\d年度?|[^\d])*?)((?:{_SG_CELL})+)")
_SG_LABELS = {"whole": "合计", "outbound": "因公出国（境）费", "vehicles": "公务用车购置及运行维护费",
              "purchase": "公务用车购置费", "operation": "公务用车运行维护费", "reception": "公务接待费"}


def _sg_header(text: str) -> list[str] | None:
    """The columns a 三公 table's header names, in order, when the whole header is made of them."""
    at = _SG_HEAD.match(text).end()  # type: ignore[union-attr]
    columns = []
    while at < len(text):
        token = _SG_TOKEN.match(text, at)
        if token is None:
            return None
        columns.append(token.lastgroup)
        at = token.end()
    return columns if len(columns) == len(set(columns)) and columns[:1] == ["whole"] else None


@text_rule
def sg_table_rows(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TB-T4 when the parser read no 三公 cells: each printed row of the 三公 table holds 合计 = 因公出国（境）费 +
    公务用车购置及运行维护费 + 公务接待费, and that vehicle 小计 = 购置 + 运行维护 (CHECKS.md SG-SUM, each year)."""
    if any(f.origin == "table" and f.metric in SG_KEYS for f in result.table_figures):
        return
    for span in table_spans(view, result):
        if "三公" not in span.caption:
            continue
        unit = table_unit(view, span)
        if unit is None:
            continue
        lines = [squeeze(line) for line in span.body if not unit_line(line)]
        first = next((i for i, line in enumerate(lines) if _SG_ROW.fullmatch(line)), None)
        if first is None:
            continue
        columns = _sg_header("".join(lines[:first]))
        if columns is None or len(columns) < 3:
            continue
        for line in lines[first:]:
            row = _SG_ROW.fullmatch(line)
            if row is None:
                break
            cells = re.findall(_SG_CELL, row.group(2))
            if len(cells) != len(columns):
                break
            yield from _sg_row_checks(span, unit, row.group(1) or "表中", dict(zip(columns, cells)))


def _sg_row_checks(span, unit: str, label: str, cells: dict[str, str]) -> Iterator[Check]:
    def cell(key: str) -> Term:
        raw = cells[key]
        return Term(_SG_LABELS[key], Decimal(raw.replace(",", "")) * UNIT_FACTOR[unit], printed_decimals(raw), unit,
                    span.first, f"{span.printed or span.caption} · {label} · {_SG_LABELS[key]}")

    caption = span.printed or span.caption
    vehicle = ["vehicles"] if "vehicles" in cells else [k for k in ("purchase", "operation") if k in cells]
    parts = [k for k in ("outbound", *vehicle, "reception") if k in cells]
    if len(parts) >= 2:
        check = compare("TB-T4", "“三公”经费表合计等于各项之和", [cell("whole")], [cell(k) for k in parts],
                        what=f"{caption}“{label}”行")
        check.basis = "text"
        yield check
    if "vehicles" in cells and "purchase" in cells and "operation" in cells:
        check = compare("TB-T4", "“三公”经费表公务用车小计等于购置费与运行维护费之和", [cell("vehicles")],
                        [cell("purchase"), cell("operation")], what=f"{caption}“{label}”行公务用车小计")
        check.basis = "text"
        yield check
