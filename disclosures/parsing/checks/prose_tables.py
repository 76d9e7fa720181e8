"""Prose against the tables where no other rule holds the two (CHECKS.md 1.F PT-FUNC, TT-BRIDGE).

The function classes the prose lists for all funds against the spending side of the 部门收支总表 (a table of all
funds too, its class rows printed by name beside the income rows), and the stated difference between the 部门 and
the 财政拨款 receipts (“财政拨款收支与部门收支相差X万元”) against the two totals the prose states. Both rules defer to
the rules before them on a shared finding.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..prose import FUNCTION_CODES
from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, ZERO, Term, at_most, coarse_vs_fine, compare, term
from .figures import _fig
from .figures import _printed as prose_scale
from .text import NUM, Text, printed_decimals, span_unit, table_spans, text_rule, to_decimal

# The class names, longest first, and an amount as a 收支总表 prints it (two decimals, glued to the next one).
_CLASS_NAMES = "|".join(sorted(map(re.escape, FUNCTION_CODES), key=len, reverse=True))
_AMOUNT = re.compile(r"-?\d{1,3}(?:,\d{3})+\.\d{2}|-?\d+?\.\d{2}")
# income rows whose cell may be blank, the class name glued after their label
_INCOME_LABEL = re.compile(r"(?:收入|拨款|结转|结余|合计)$")


def _overview_classes(body: list[str]) -> dict[str, tuple[str, str]]:
    """Each class row's name and first amount (its 合计) on the spending side of a 收支总表's printed lines. A row
    printing more amounts is taken only when its first is the sum of the others (合计 and its fund columns); a header
    naming 行次 (row numbers glued to the amounts) gives nothing."""
    if any("行次" in line for line in body[:6]):
        return {}
    rows: dict[str, tuple[str, str]] = {}
    for line in body:
        for match in re.finditer(rf"({_CLASS_NAMES})(?:\(类\))?((?:{_AMOUNT.pattern})+)", line):
            before = line[:match.start()]
            if before and re.search(r"[\u4e00-\u9fff]$", before) and not _INCOME_LABEL.search(before):
                continue  # part of a longer name (其他一般公共服务支出)
            amounts = _AMOUNT.findall(match.group(2))
            values = [to_decimal(a) for a in amounts]
            if len(values) > 1 and values[0] != sum(v for v in values[1:] if v is not None):
                continue  # the row's columns do not pin which cell is its total (年初预算 | 决算数)
            rows.setdefault(FUNCTION_CODES[match.group(1)], (match.group(1), amounts[0]))
    return rows


@text_rule
def pt_func_overview(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-FUNC for the classes the prose lists for all funds, against the class rows of the 部门收支总表 (all funds):
    a class amount slipped in that table has no other rule, its own 支出总表 row being the one PT-FUNC reads."""
    from ..attachments import table_kind

    prose = [line for line in result.expenditure_by_function
             if line.table is None and line.code and line.fund_scope == "全口径"]
    if not prose:
        return
    for span in table_spans(view, result):
        if table_kind(span.caption) != "overview" or (unit := span_unit(view, span)) is None:
            continue
        rows = _overview_classes(span.body)
        if not rows:
            continue
        factor = UNIT_FACTOR[unit]
        for line in prose:
            if line.code not in rows:
                continue
            name, raw = rows[line.code]
            check = coarse_vs_fine("PT-FUNC", f"正文功能分类与收支总表一致：{line.name}",
                                   Term("正文" + line.name, line.value, prose_scale(line.value, line.source), "万元",
                                        line.page, line.source[:200]),
                                   Term(f"{span.printed}{name}", to_decimal(raw) * factor,  # type: ignore[operator]
                                        printed_decimals(raw), unit, span.first, f"{span.printed} · {name}"))
            check.basis = "text"
            yield check
        return  # the first 收支总表 is the one the prose summarizes


pt_func_overview.defers = True  # type: ignore[attr-defined]


# “财政拨款收支(预算)与部门收支(预算)相差X万元”, either way round; the 财政拨款收入 total the prose states before it.
_GAP = re.compile(rf"(?:财政拨款收支(?:预算|决算)?(?:总数|总额)?与(?:部门|单位)收支(?:预算|决算)?(?:总数|总额)?"
                  rf"|(?:部门|单位)收支(?:预算|决算)?(?:总数|总额)?与财政拨款收支(?:预算|决算)?(?:总数|总额)?)"
                  rf"(?:相差|差额为?|差异为?){NUM}万元")
_FISCAL_INCOME = re.compile(rf"(?<!一般公共预算)(?<!政府性基金预算)(?<!国有资本经营预算)财政拨款收入(?:预算|决算)?"
                            rf"(?:总计|合计|总额)?(?:为|共)?{NUM}万元")


@text_rule
def tt_bridge_stated(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TT-BRIDGE as the prose states it: the difference it gives between the 部门 receipts and the 财政拨款 ones =
    部门收入 − 财政拨款收入, both as the prose states them (a warning beyond the rounding envelope). A gap that names only
    one of the non-财政拨款 sources (事业收入 but not 上年结转) is the slip it finds."""
    income = _fig(result, "income_total")
    if income is None or income.origin != "prose":
        return
    for match in _GAP.finditer(view.text):
        stated = to_decimal(match.group(1))
        fiscal = None
        for fiscal in _FISCAL_INCOME.finditer(view.text, max(0, match.start() - 400), match.start()):
            pass
        if stated is None or fiscal is None or (fiscal_value := to_decimal(fiscal.group(1))) is None:
            continue
        page = view.page_at(match.start())
        check = compare("TT-BRIDGE", "财政拨款收支与部门收支之差与所列金额一致",
                        [Term("正文所述相差数", stated, printed_decimals(match.group(1)), "万元", page, match.group(0)),
                         Term("财政拨款收入", fiscal_value, printed_decimals(fiscal.group(1)), "万元",
                              view.page_at(fiscal.start()), fiscal.group(0))],
                        [term(income, "部门收入")], severity="warning", what="所述相差数加财政拨款收入与部门收入")
        check.basis = "text"
        yield check


tt_bridge_stated.defers = True  # type: ignore[attr-defined]

# “财政拨款收支预算与部门收支预算相差208.00万元，为事业收入63.00万元和上年结转145.00万元”: a stated gap and the sources
# the same sentence says make it up
_GAP_MADE_OF = re.compile(rf"相差{NUM}(万元|元)[，,]?(?:为|是|系|即|主要为|包括)([^。；;]{{2,120}})")
_GAP_PART = re.compile(rf"([^\d，,、和及与；;。（()）]{{2,16}}?){NUM}(万元|元)")


@text_rule
def tt_bridge_parts(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """TT-BRIDGE within one sentence: the gap it states between the 部门 and the 财政拨款 receipts = the sources it
    lists for that gap (“相差A万元，为事业收入B万元和上年结转C万元”: A = B + C), an error beyond the rounding envelope.
    A list that says it is partial (主要为, 其中, 等) is a part of the gap: it may not exceed it."""
    for match in _GAP_MADE_OF.finditer(view.text):
        whole = to_decimal(match.group(1))
        clauses = re.split(r"[，,]", match.group(3))
        kept = [c for c in clauses[:next((k for k, c in enumerate(clauses) if not re.search(r"\d万?元", c)),
                                         len(clauses))]]
        listing = "，".join(kept)  # the clauses that state amounts, up to the first that states none (“未纳入…”)
        parts = list(_GAP_PART.finditer(listing))
        if whole is None or not parts or re.search(r"上年|去年|比|较|增|减", view.text[match.start() - 12:match.start()]):
            continue
        if len(re.findall(r"\d万?元", listing)) != len(parts):
            continue
        page = view.page_at(match.start())
        factor = UNIT_FACTOR[match.group(2)]
        total = Term("所述相差数", whole * factor, printed_decimals(match.group(1)), match.group(2), page, match.group(0))
        terms = [Term(part.group(1).strip(), (to_decimal(part.group(2)) or ZERO) * UNIT_FACTOR[part.group(3)],
                      printed_decimals(part.group(2)), part.group(3), page, match.group(0)) for part in parts]
        partial = bool(re.search(r"主要|其中|等|部分", match.group(0)[:match.start(3) - match.start()] + listing))
        if partial and len(terms) == 1:
            check = at_most("TT-BRIDGE", "所述相差数不小于其所列构成", terms[0], total, severity="error")
        elif partial:
            continue
        else:
            check = compare("TT-BRIDGE", "所述相差数等于其所列构成之和", [total], terms, what="所述相差数与其所列构成")
        check.basis = "text"
        yield check


tt_bridge_parts.defers = True  # type: ignore[attr-defined]


@text_rule
def pt_item_printed(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-ITEM when the parser kept no 项 row: “类-款-项”X万元 in the words = the 合计 of the 项 row of the same name
    (and 款, when the path names it) in the 一般公共预算 function table, read from its printed lines (a table of 合计,
    基本支出 and 项目支出). The rule of stated.py reads the parsed rows; this one runs only where there are none."""
    from ..attachments import table_kind
    from .stated import item_amount, item_kuan, item_paths
    from .table_sums import _first_cells

    if any(line.level == "项" for line in result.function_lines) or not (paths := item_paths(view)):
        return
    rows: dict[str, list[tuple[str, str, str, str, str, int]]] = {}  # 项 name → (code, 合计, unit, 款, caption, page)
    for span in table_spans(view, result):
        if table_kind(span.caption) not in ("general_function", "appropriation_function"):
            continue
        found = _first_cells(span.body)
        if not found or (unit := span_unit(view, span)) is None:
            continue
        for code, (name, raw) in found.items():
            if len(code) == 7:
                kuan = found.get(code[:5], ("", ""))[0]
                rows.setdefault(name, []).append((code, raw, unit, kuan, span.printed, span.first))
    for match in paths:
        head = view.text[match.start():match.end()]
        kuan = item_kuan(head)
        candidates = [row for row in rows.get(match.group(1), []) if not kuan or row[3] in ("", kuan)]
        value = item_amount(match)
        if not candidates or value is None:
            continue
        page = view.page_at(match.start())
        unit = match.group(3) if len(match.groups()) >= 3 and match.group(3) else "万元"
        prose = Term("正文" + match.group(1), value, printed_decimals(match.group(2)), unit, page, head)
        checks = [coarse_vs_fine("PT-ITEM", "正文科目金额与功能分类表一致", prose,
                                 Term(f"{caption}{code}{match.group(1)}", to_decimal(raw) * UNIT_FACTOR[cell_unit],  # type: ignore[operator]
                                      printed_decimals(raw), cell_unit, cell_page, f"{caption} · {code} · 合计"))
                  for code, raw, cell_unit, _kuan, caption, cell_page in candidates]
        best = next((c for c in checks if c.outcome == "pass"), None) or next(
            (c for c in checks if c.severity == "info"), None) or checks[0]
        best.basis = "text"
        yield best


pt_item_printed.defers = True  # type: ignore[attr-defined]


# “年初(财政拨款)结转和结余X万元” in the words; the same row of a 收支总表 (the row's first amount: its 合计).
_CARRY_STATED = re.compile(rf"(?<![本上])(年初|年末)(财政拨款)?结转(?:和|及|与)?结余(?:资金)?(?:为|是|共)?{NUM}万元")
_CARRY_ROW = re.compile(rf"(年初|年末)(?:财政拨款)?结转(?:和|及|与)?结余((?:{_AMOUNT.pattern})+)")
_OTHER_FUND = re.compile(r"一般公共预算|政府性基金|国有资本|非财政拨款|事业|其他")


@text_rule
def pt_carry(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-MAP for the 年初/年末结转和结余 the words state: of all funds against the 收入支出(决算)总表's row, of the
    财政拨款 (“年初财政拨款结转和结余”) against the 财政拨款收入支出(决算)总表's row. A figure whose words name one fund
    (一般公共预算…, 非财政拨款…) or whose sentence speaks of the 财政拨款 without the term naming it is left alone."""
    from ..attachments import table_kind

    rows: dict[tuple[str, bool], tuple[str, str, int, str]] = {}  # (年初/年末, 财政拨款) → (amount, unit, page, caption)
    for span in table_spans(view, result):
        kind = table_kind(span.caption)
        if kind not in ("overview", "appropriation_overview") or (unit := span_unit(view, span)) is None:
            continue
        for line in span.body:
            for row in _CARRY_ROW.finditer(line):
                key = (row.group(1), kind == "appropriation_overview")
                rows.setdefault(key, (_AMOUNT.findall(row.group(2))[0], unit, span.first, span.printed))
    if not rows:
        return
    for match in _CARRY_STATED.finditer(view.text):
        fiscal = bool(match.group(2))
        opening = max(view.text.rfind("。", 0, match.start()) + 1, match.start() - 200)  # a PDF breaks lines mid-sentence
        lead = view.text[max(opening, match.start() - 12):match.start()]
        if _OTHER_FUND.search(lead) or (not fiscal and "财政拨款" in view.text[opening:match.start()]):
            continue
        cell = rows.get((match.group(1), fiscal))
        value = to_decimal(match.group(3))
        if cell is None or value is None:
            continue
        raw, unit, page, caption = cell
        label = f"{match.group(1)}{'财政拨款' if fiscal else ''}结转和结余"
        check = coarse_vs_fine("PT-MAP", f"正文与表格一致：{label}",
                               Term("正文" + label, value, printed_decimals(match.group(3)), "万元",
                                    view.page_at(match.start()), match.group(0)),
                               Term(f"{caption}{label}", to_decimal(raw) * UNIT_FACTOR[unit],  # type: ignore[operator]
                                    printed_decimals(raw), unit, page, f"{caption} · {label}"))
        check.basis = "text"
        yield check


pt_carry.defers = True  # type: ignore[attr-defined]


# The income sources besides the 财政拨款 the words of 二(一) list (“事业收入X万元”, “上年结转X万元”), and the same
# rows on the income side of the 部门收支总表.
_SOURCES = r"事业收入|其他收入|经营收入|上年结转(?:结余)?"
_SOURCE_STATED = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=其中)|(?<=包括))({_SOURCES})(?:资金)?(?:为)?{NUM}万元")
_SOURCE_ROW = re.compile(rf"(?:^|(?<=[\d、.]))(?:[一二三四五六七八九十]+、)?({_SOURCES})((?:{_AMOUNT.pattern})+)")


@text_rule
def pt_income_sources(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-MAP for the income sources other than the 财政拨款 (事业收入, 其他收入, 经营收入, 上年结转) the words state,
    against the row of the same name on the income side of the 部门收支总表 (both of all funds). A source the words
    tie to one fund (一般公共预算…上年结转, 财政拨款结转) is of another scope and left alone."""
    from ..attachments import table_kind

    rows: dict[str, tuple[str, str, int, str]] = {}  # source → (amount, unit, page, caption)
    for span in table_spans(view, result):
        if table_kind(span.caption) != "overview" or (unit := span_unit(view, span)) is None:
            continue
        for line in span.body:
            for row in _SOURCE_ROW.finditer(line):
                amounts = _AMOUNT.findall(row.group(2))
                values = [to_decimal(a) for a in amounts]
                if len(values) == 1 or values[0] == sum(v for v in values[1:] if v is not None):
                    rows.setdefault(row.group(1).replace("结余", ""), (amounts[0], unit, span.first, span.printed))
        break  # the first 收支总表 is the one the words summarize
    if not rows:
        return
    for match in _SOURCE_STATED.finditer(view.text):
        label, raw = match.group(1), match.group(2)
        opening = max(view.text.rfind("。", 0, match.start()) + 1, match.start() - 200)  # a PDF breaks lines mid-sentence
        sentence = view.text[opening:match.start()].replace("\n", "")
        clause = re.split(r"[、,;:，；：]", sentence)[-1]
        if re.search(r"财政拨款|一般公共预算|政府性基金|国有资本", clause) \
                or "收入" not in view.text[max(0, match.start() - 120):match.start()]:
            continue  # a fund's own carry-over, or words that list no income
        cell = rows.get(label.replace("结余", ""))
        value = to_decimal(raw)
        if cell is None or value is None:
            continue
        amount, unit, page, caption = cell
        check = coarse_vs_fine("PT-MAP", f"正文与表格一致：{label}",
                               Term("正文" + label, value, printed_decimals(raw), "万元", view.page_at(match.start()),
                                    match.group(0)),
                               Term(f"{caption}{label}", to_decimal(amount) * UNIT_FACTOR[unit],  # type: ignore[operator]
                                    printed_decimals(amount), unit, page, f"{caption} · {label}"))
        check.basis = "text"
        yield check


pt_income_sources.defers = True  # type: ignore[attr-defined]


# “财政拨款支出397.84万元” with no fund named: every fund's appropriated spending of the year, the 本年支出合计 of a
# 决算's 财政拨款收入支出决算总表 (the spending twin of table_lines.fiscal_income_words_vs_table).
_BARE_FISCAL_SPENDING = re.compile(rf"(?<![预算基金经营上初末费”\"])财政拨款支出(?:决算)?(?:合计)?数?(?:为|是|共计|共)?{NUM}万元")
_FISCAL_SPENDING_TOTAL = re.compile(rf"本年支出(?:决算)?合计({_AMOUNT.pattern})")


@text_rule
def fiscal_spending_words_vs_table(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """PT-MAP: each 财政拨款支出 the words of a 决算 state for the year = the 本年支出合计 of its 财政拨款收入支出决算总表
    (one such table, the row printed once). A clause naming another year is left alone."""
    from .table_lines import _ANOTHER_YEAR

    if result.kind != "决算" or "财政拨款支出" not in view.text:
        return
    spans = [s for s in table_spans(view, result) if "财政拨款" in s.caption and re.search(r"收入支出|收支", s.caption)
             and not re.search(r"一般公共预算|政府性基金|国有资本", s.caption)]
    if len(spans) != 1 or (unit := span_unit(view, spans[0])) is None:
        return
    span = spans[0]
    totals = {m.group(1) for line in span.body for m in _FISCAL_SPENDING_TOTAL.finditer(line)}
    if len(totals) != 1:
        return
    raw_cell = totals.pop()
    cell = Term(f"{span.printed}本年支出合计", to_decimal(raw_cell) * UNIT_FACTOR[unit],  # type: ignore[operator]
                printed_decimals(raw_cell), unit, span.first, f"{span.printed} · 本年支出合计")
    table_pages = {p for s in table_spans(view, result) for p in range(s.first, s.last + 1)}
    for match in _BARE_FISCAL_SPENDING.finditer(view.text):
        page = view.page_at(match.start())
        if page in table_pages or page in view.listing_pages or (value := to_decimal(match.group(1))) is None:
            continue
        clause = re.split(r"[。；;，,]", view.text[max(0, match.start() - 40):match.start()])[-1]
        years = {m.group(1) for m in _ANOTHER_YEAR.finditer(clause)}
        if years and years != {str(result.year)}:
            continue  # the prior year's spending, or another year's
        check = coarse_vs_fine("PT-MAP", "正文与表格一致：财政拨款支出",
                               Term("正文财政拨款支出", value, printed_decimals(match.group(1)), "万元", page, match.group(0)),
                               cell)
        check.basis = "text"
        yield check


fiscal_spending_words_vs_table.defers = True  # type: ignore[attr-defined]
