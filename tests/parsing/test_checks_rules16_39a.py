"""Rules fixed for the thirty-ninth blind corpus of the check engine (issue 9, checks_heldout39, half a): a table
continued on the next page under its caption marked (续表) is one table, in the parser (function lines, its 合计)
and in the checks' printed-line readers (spans, rows, 合计 rows); a caption ending in a bracketed qualifier
(…基本支出表（部门预算支出经济分类）) is a caption and ends the table above; “部门：…　单位：元” is a table's unit line;
a text row whose printed part does not add up to its first amount keeps that amount as its 合计.
Tables written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing import attachments
from disclosures.parsing.attachments import read_tables
from disclosures.parsing.checks.rows import tb_row_grid
from disclosures.parsing.checks.text import table_spans, text_of, unit_line
from disclosures.parsing.checks.total_lines import tb_total_class_lines
from disclosures.parsing.document import Document
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import ParsedDisclosure

MAKER = "部门：某县测试局　　单位：元"
HEADER = "科目编码 科目名称 合计 基本支出 项目支出"
FIRST = "\n".join([
    "附表5", "一般公共预算支出表", MAKER, HEADER,
    "合计 1,000,000.00 600,000.00 400,000.00",
    "201 一般公共服务支出 700,000.00 300,000.00 400,000.00",
    "20103 政府办公厅（室）及相关机构事务 700,000.00 300,000.00 400,000.00",
    "2010301 行政运行 300,000.00 300,000.00 0.00",
    "2010302 一般行政管理事务 400,000.00 0.00 400,000.00",
    "208 社会保障和就业支出 200,000.00 200,000.00 0.00",
    "20805 行政事业单位养老支出 200,000.00 200,000.00 0.00",
    "2080505 机关事业单位基本养老保险缴费支出 150,000.00 150,000.00 0.00",
])
CONTINUED = "\n".join([
    "一般公共预算支出表（续表）", MAKER, HEADER,
    "2080506 机关事业单位职业年金缴费支出 50,000.00 50,000.00 0.00",
    "221 住房保障支出 100,000.00 100,000.00 0.00",
    "22102 住房改革支出 100,000.00 100,000.00 0.00",
    "2210201 住房公积金 100,000.00 100,000.00 0.00",
])
NEXT = "\n".join([
    "附表6", "一般公共预算基本支出表（部门预算支出经济分类）", MAKER,
    "科目编码 科目名称 合计 人员经费 公用经费",
    "合计 600,000.00 500,000.00 100,000.00",
    "301 工资福利支出 500,000.00 500,000.00 0.00",
    "302 商品和服务支出 100,000.00 0.00 100,000.00",
])


def _pdf(*pages: str) -> Document:
    return Document(lines=page_lines(list(pages)), pages=len(pages), data=b"", is_pdf=True, format="pdf")


def _result() -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2026, kind="预算", scope="部门", figures={})


def _view(*pages: str):
    document = _pdf(*pages)
    return text_of(document.lines, document)


# ---- parser: the continued table is one table, and the next caption ends it ----------------------------------------

def test_the_parser_joins_a_continued_page_to_its_numbered_table_and_stops_at_the_next_caption() -> None:
    result = read_tables(_pdf(FIRST, CONTINUED, NEXT), year=2026, kind="预算")
    lines = {(line.code, line.value, line.page) for line in result.function_lines}
    assert ("2080506", Decimal("5"), 2) in lines and ("221", Decimal("10"), 2) in lines
    classes = sorted((line.code, line.value) for line in result.function_lines if line.level == "类")
    assert classes == [("201", Decimal("70")), ("208", Decimal("20")), ("221", Decimal("10"))]
    assert not any(line.code.startswith("3") for line in result.function_lines)  # the next table's rows stay its own
    economic = {(line.code, line.value) for line in result.economic_lines if line.code}
    assert ("301", Decimal("50")) in economic and ("302", Decimal("10")) in economic


def test_a_continued_caption_of_another_table_starts_a_table_of_its_own() -> None:
    other = CONTINUED.replace("一般公共预算支出表（续表）", "政府性基金预算支出表（续表）")
    result = read_tables(_pdf(FIRST, other), year=2026, kind="预算")
    assert not any(line.code == "221" for line in result.function_lines)  # not the 一般公共预算 table's rows


def test_captions_may_end_in_a_bracketed_qualifier_but_not_in_a_sentence() -> None:
    assert attachments._is_caption("一般公共预算基本支出表（部门预算支出经济分类）")
    assert attachments._is_caption("一般公共预算基本支出表(政府预算支出经济分类)(续表)")
    assert attachments._is_caption("一般公共预算支出表（续表）")
    assert not attachments._is_caption("详见一般公共预算支出表（附后）")
    assert not attachments._is_caption("一般公共预算支出表（2026年）")  # figures in the bracket: no qualifier


def test_captions_name_one_table_once_their_numbers_are_dropped() -> None:
    assert attachments._same_table("附表5一般公共预算支出表", "一般公共预算支出表")
    assert attachments._same_table("表五 部门支出总表", "部门支出总表")
    assert attachments._same_table("附表5", "附表5一般公共预算支出表")  # “附表5（续）”: the number alone
    assert not attachments._same_table("附表5一般公共预算支出表", "一般公共预算基本支出表")
    assert not attachments._same_table("附表5", "附表6一般公共预算基本支出表")
    assert attachments._continued("一般公共预算支出表(续表)") == "一般公共预算支出表"
    assert attachments._continued("一般公共预算支出表") is None


def test_a_row_whose_printed_part_misses_its_total_keeps_its_first_amount_as_the_total() -> None:
    slipped = FIRST.replace("2010302 一般行政管理事务 400,000.00 0.00 400,000.00",
                            "2010302 一般行政管理事务 400,000.00 410,000.00")
    result = read_tables(_pdf(slipped), year=2026, kind="预算")
    rows = {line.code: line.value for line in result.function_lines}
    assert rows["2010302"] == Decimal("40")  # the 合计 cell, not the 项目 cell beside it
    # a row whose parts add up to its first amount is read as before; one with every cell printed by its column
    assert rows["2010301"] == Decimal("30")


def test_a_row_with_more_columns_than_a_total_and_two_parts_is_still_withheld() -> None:
    wide = "\n".join(["附表3", "部门支出总表", MAKER, "科目编码 科目名称 合计 基本支出 项目支出 上缴上级支出 经营支出",
                      "201 一般公共服务支出 700.00 710.00", "20103 政府办公厅（室）及相关机构事务 700.00 700.00"])
    result = read_tables(_pdf(wide), year=2026, kind="预算")
    assert "201" not in {line.code for line in result.function_lines}  # which column the rest sits in is unknown


# ---- checks: spans, unit lines, rows and 合计 rows over the continued page ----------------------------------------

def test_a_department_line_with_the_unit_is_a_unit_line() -> None:
    assert unit_line("部门：某县测试局　单位：元")
    assert unit_line("部门:某县测试局单位:万元")
    assert not unit_line("部门：某县测试局")  # no unit
    assert not unit_line("部门职责：负责本县测试工作，单位：个")  # a sentence about the department


def test_a_continued_caption_joins_the_span_above_and_a_qualified_caption_starts_one() -> None:
    spans = table_spans(_view(FIRST, CONTINUED, NEXT), _result())
    got = [(s.caption, s.first, s.last) for s in spans]
    assert got == [("一般公共预算支出表", 1, 2), ("一般公共预算基本支出表部门预算支出经济分类", 3, 3)]
    assert any("2210201" in line for line in spans[0].body)
    assert not any(line.startswith("合计600") for line in spans[0].body)  # the next table's 合计 row is not its


def test_a_continued_caption_far_from_its_table_or_of_another_table_stays_apart() -> None:
    other = CONTINUED.replace("一般公共预算支出表（续表）", "项目支出表（续表）")
    spans = table_spans(_view(FIRST, other), _result())
    assert [(s.first, s.last) for s in spans] == [(1, 1), (2, 2)]
    blank = "第二部分 其他说明\n本页说明文字。"
    spans = table_spans(_view(FIRST, blank, CONTINUED), _result())
    assert [(s.first, s.last) for s in spans if "一般公共预算支出表" in s.caption] == [(1, 1), (3, 3)]


def test_the_total_row_is_summed_over_the_classes_of_the_continued_page() -> None:
    checks = [c for c in tb_total_class_lines(_result(), _view(FIRST, CONTINUED, NEXT)) if c.rule == "TB-TOTAL"]
    assert checks and checks[0].outcome == "pass"  # 70 + 20 + 10 = 100, 221 on page 2
    wrong = FIRST.replace("合计 1,000,000.00 600,000.00 400,000.00", "合计 1,100,000.00 700,000.00 400,000.00")
    failed = [c for c in tb_total_class_lines(_result(), _view(wrong, CONTINUED, NEXT))
              if c.rule == "TB-TOTAL" and c.outcome == "fail"]
    assert len(failed) == 1 and failed[0].severity == "error" and "110" in failed[0].message


def test_a_slipped_row_on_the_continued_page_fails_its_row_sum() -> None:
    slipped = CONTINUED.replace("221 住房保障支出 100,000.00 100,000.00 0.00",
                                "221 住房保障支出 100,000.00 110,000.00 0.00")
    failed = [c for c in tb_row_grid(_result(), _view(FIRST, slipped, NEXT))
              if c.rule == "TB-ROW" and c.outcome == "fail"]
    assert len(failed) == 1 and failed[0].page == 2 and "221" in failed[0].message
    assert not [c for c in tb_row_grid(_result(), _view(FIRST, CONTINUED, NEXT)) if c.outcome == "fail"]


# ---- parser: a 决算 function table's row with one blank cell beside the budget ---------------------------------------

FINAL = "\n".join([
    "表5 一般公共预算财政拨款支出决算表", "公开05表　编制单位：某县测试局　金额单位：万元",
    "科目编码 科目名称 年初预算数 决算数合计 基本支出 项目支出",
    "合计 520.00 500.00 380.00 120.00",
    "210 卫生健康支出 420.00 400.00 280.00 120.00",
    "21001 卫生健康管理事务 300.00 280.00 280.00",  # 项目 blank
    "21004 公共卫生 120.00 120.00 120.00",  # 基本 blank
    "208 社会保障和就业支出 100.00 100.00 100.00 0.00",
])


def test_a_final_account_row_with_a_blank_part_reads_its_actual_not_its_budget() -> None:
    result = read_tables(_pdf(FINAL), year=2025, kind="决算")
    rows = {line.code: line.value for line in result.function_lines}
    assert rows["21001"] == Decimal("280.00") and rows["21004"] == Decimal("120.00")
    assert rows["210"] == Decimal("400.00") and rows["208"] == Decimal("100.00")


def test_a_final_account_row_with_a_blank_budget_or_an_unclear_blank_is_read_or_withheld_by_its_sums() -> None:
    blank_budget = FINAL.replace("21004 公共卫生 120.00 120.00 120.00", "21004 公共卫生 120.00 100.00 20.00")
    rows = {line.code: line.value for line in read_tables(_pdf(blank_budget), year=2025, kind="决算").function_lines}
    assert rows["21004"] == Decimal("120.00")  # no budget printed: 120 = 100 + 20 is the actual and its parts
    unclear = FINAL.replace("21004 公共卫生 120.00 120.00 120.00", "21004 公共卫生 130.00 120.00 110.00")
    rows = {line.code: line.value for line in read_tables(_pdf(unclear), year=2025, kind="决算").function_lines}
    assert "21004" not in rows  # neither placement adds up: which cell is blank the text does not say
