"""Rules fixed for the tenth blind corpus of the check engine (issue 9, checks_heldout10; tables and false alarms),
each on small pages written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks import run_checks
from disclosures.parsing.checks.text import _TABLE_RANGE
from disclosures.parsing.text import Line
from disclosures.parsing.types import Figure, FunctionLine, ParsedDisclosure


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]


def _dept_doc() -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2024, kind="决算", scope="部门", figures={})


def _table_page(caption: str) -> list[str]:
    return [caption, "单位:万元", "项目决算数", "合计100.00"]


def _cp_tables(pages: list[list[str]]) -> list[tuple[str, str, str]]:
    checks = run_checks(_dept_doc(), _Doc(pages))
    return [(c.outcome, c.severity, c.message) for c in checks if c.rule == "CP-TABLES"]


# --- CP-TABLES: a 目录 line pointing at a run of tables ("表1至表9") names a set, not a table ------------------------

def test_a_range_of_table_numbers_is_recognised_in_its_usual_shapes() -> None:
    assert _TABLE_RANGE.search("附件:部门决算公开表(表1至表9)")
    assert _TABLE_RANGE.search("部门预算公开表（表一—表八）")
    assert _TABLE_RANGE.search("附表(表1-8)")
    assert not _TABLE_RANGE.search("表1部门收支总表")
    assert not _TABLE_RANGE.search("表9政府性基金预算支出表")


def test_a_toc_line_naming_a_range_of_tables_is_not_reported_missing() -> None:
    toc = ["目录", "第一部分部门概况", "名词解释附件:部门决算公开表(表1至表9)", "1.收入支出决算总表", "2.支出决算表"]
    found = _cp_tables([toc, _table_page("收入支出决算总表"), _table_page("支出决算表")])
    assert [(o, s) for o, s, _ in found] == [("pass", "warning")]


def test_a_real_title_beside_a_range_line_is_still_reported_missing() -> None:
    toc = ["目录", "附件:部门决算公开表(表1至表3)", "1.收入支出决算总表", "2.支出决算表", "3.国有资本经营预算财政拨款支出决算表"]
    found = _cp_tables([toc, _table_page("收入支出决算总表"), _table_page("支出决算表")])
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "国有资本经营预算财政拨款支出决算表" in found[0][2]
    assert "表1至表3" not in found[0][2]


# --- TB-HIER: cells of a table printed in 元 are quoted in 元 as printed, beside their 万元 value ------------------

_CAPTION = "表五一般公共预算支出表"


def _hier(unit: str, cls: str, children: list[str], *, caption_of_figure: str = "表一部门收支总表") -> list:
    factor = Decimal("0.0001") if unit == "元" else Decimal(1)
    lines = [FunctionLine("灾害防治及应急管理支出", Decimal(cls) * factor, "224", 5, table=_CAPTION)]
    lines += [FunctionLine(f"款{i}", Decimal(v) * factor, f"2240{i + 1}", 5, table=_CAPTION, level="款")
              for i, v in enumerate(children)]
    total = Figure("expenditure_total", Decimal(cls) * factor, page=3, source_unit=unit, origin="table",
                   table=caption_of_figure, display_scale=2)
    result = ParsedDisclosure(unit="某县测试局", year=2025, kind="预算", scope="部门",
                              figures={"expenditure_total": total}, function_lines=lines)
    return [c for c in run_checks(result) if c.rule == "TB-HIER" and c.outcome == "fail"]


def test_a_class_cell_in_yuan_off_its_items_is_reported_with_the_printed_yuan_amounts() -> None:
    found = _hier("元", "862400.00", ["852400.00"])
    assert [(c.severity) for c in found] == ["error"]
    assert "（862,400" in found[0].message and "（852,400" in found[0].message
    assert "86.24" in found[0].message


def test_a_class_cell_in_yuan_equal_to_its_items_passes() -> None:
    assert _hier("元", "862400.00", ["500000.00", "362400.00"]) == []


def test_a_yuan_cell_one_yuan_off_its_items_is_an_error() -> None:
    found = _hier("元", "862401.00", ["500000.00", "362400.00"])
    assert [c.severity for c in found] == ["error"]
    assert "（862,401" in found[0].message


def test_a_table_in_wanyuan_is_quoted_in_wanyuan_only() -> None:
    found = _hier("万元", "86.24", ["85.24"])
    assert [c.severity for c in found] == ["error"]
    assert "元）" not in found[0].message and "86.24" in found[0].message


def test_the_unit_of_the_table_itself_wins_over_other_tables() -> None:
    found = _hier("元", "862400.00", ["852400.00"], caption_of_figure=_CAPTION)
    assert "（862,400" in found[0].message


def _hier_of(unit: str, cls: str, children: list[str]) -> list:
    lines = [FunctionLine("卫生健康支出", Decimal(cls), "210", 3, table=_CAPTION)]
    lines += [FunctionLine("款", Decimal(v), f"2100{i + 1}", 3, table=_CAPTION, level="款") for i, v in enumerate(children)]
    total = Figure("expenditure_total", Decimal(cls), page=3, source_unit=unit, origin="table", table=_CAPTION)
    result = ParsedDisclosure(unit="某县测试局", year=2025, kind="预算", scope="部门",
                              figures={"expenditure_total": total}, function_lines=lines)
    return [c for c in run_checks(result) if c.rule == "TB-HIER"]


def test_quoting_in_yuan_keeps_the_tolerance_of_the_stored_wanyuan_values() -> None:
    for cls, children in (("561.24", ["51.2", "510.0"]), ("561.24", ["51.23", "510.00"]), ("561.2", ["51.2", "510.01"])):
        in_yuan, in_wanyuan = _hier_of("元", cls, children), _hier_of("万元", cls, children)
        assert [(c.outcome, c.severity, c.tolerance) for c in in_yuan] == \
            [(c.outcome, c.severity, c.tolerance) for c in in_wanyuan]
    found = [c for c in _hier_of("元", "561.24", ["51.24", "500.00"]) if c.outcome == "fail"]
    assert [c.severity for c in found] == ["error"]
    assert "（5,612,400元）" in found[0].message and "（512,400元）" in found[0].message
    assert "元）" not in [c for c in _hier_of("万元", "561.24", ["51.24", "500.00"]) if c.outcome == "fail"][0].message
    # 0.04 apart, inside the halves of 561.24, 51.2 and 510.0 as stored: still only a rounding note
    assert [(c.outcome, c.severity) for c in _hier_of("元", "561.24", ["51.2", "510.0"]) if c.outcome == "fail"] == \
        [("fail", "info")]


# --- TB-TOTAL: a table printed by 类 rows (e.g. a 收入总表 by 科目) has its 合计 read from the printed lines ---------

def _income_table(total: str, rows: list[str], unit: str = "万元") -> list[list[str]]:
    return [["表2部门收入总表", f"单位:{unit}", "科目编码科目名称合计一般公共预算拨款", *rows, f"合计{total}{total}"]]


def _tb_total(pages: list[list[str]]) -> list[tuple[str, str, str]]:
    checks = run_checks(_dept_doc(), _Doc(pages))
    return [(c.outcome, c.severity, c.message) for c in checks if c.rule == "TB-TOTAL"]


_ROWS = ["201一般公共服务支出360.16360.16", "20101人大事务360.16360.16", "208社会保障和就业支出30.4030.40",
         "210卫生健康支出9.129.12", "221住房保障支出13.1213.12"]


def test_a_printed_total_with_swapped_digits_is_an_error() -> None:
    found = _tb_total(_income_table("421.80", _ROWS))
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "421.8" in found[0][2] and "412.8" in found[0][2]


def test_a_total_equal_to_its_class_rows_passes_and_kuan_rows_are_not_added() -> None:
    assert [(o, s) for o, s, _ in _tb_total(_income_table("412.80", _ROWS))] == [("pass", "error")]


def test_at_the_tolerance_edge_a_cent_is_rounding_and_a_few_cents_are_an_error() -> None:
    # five cells printed to the cent: half a cent each, 0.025 in all
    assert [(o, s) for o, s, _ in _tb_total(_income_table("412.82", _ROWS))] == [("fail", "info")]
    assert [(o, s) for o, s, _ in _tb_total(_income_table("412.83", _ROWS))] == [("fail", "error")]


def test_a_table_in_yuan_is_read_in_yuan() -> None:
    rows = ["201一般公共服务支出3,601,600.003,601,600.00", "208社会保障和就业支出304,000.00304,000.00"]
    found = _tb_total(_income_table("3,905,600.00", rows, "元"))
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]
    found = _tb_total(_income_table("3,950,600.00", rows, "元"))
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "3,950,600" in found[0][2]


def test_a_table_with_a_single_class_row_or_no_total_row_is_not_checked() -> None:
    assert _tb_total(_income_table("360.16", _ROWS[:1])) == []
    assert _tb_total([["表2部门收入总表", "单位:万元", "科目编码科目名称合计", *_ROWS]]) == []


# --- tables whose captions are numbered like headings ("五、一般公共预算支出表") over their 单位 line -----------------

def _lines(texts: list[str]) -> list[Line]:
    return [Line(text, 5, text, list(range(len(text)))) for text in texts]


def test_a_heading_numbered_caption_over_its_unit_line_opens_a_table() -> None:
    from disclosures.parsing.attachments import _captions
    found = _captions(_lines(["五、一般公共预算支出表", "单位:万元", "科目编码科目名称合计", "213农林水支出2,398.46"]))
    assert found == {0: ("一般公共预算支出表", 1)}


def test_a_heading_numbered_title_without_a_unit_line_is_not_a_caption() -> None:
    from disclosures.parsing.attachments import _captions
    assert _captions(_lines(["五、一般公共预算支出表", "六、一般公共预算基本支出表", "第三部分名词解释"])) == {}
    assert _captions(_lines(["五、一般公共预算支出情况", "单位:万元"])) == {}


# --- prose classes listed right after a "(二)一般公共预算支出。" sub-heading are read, as that fund's classes -------

def _statement(heading: str, classes: str) -> str:
    return ("某县测试局2025年部门预算情况说明\n第一部分部门概况\n(一)职能职责。负责全县测试工作。\n第二部分部门预算安排情况\n"
            "(一)收支预算。2025年收入、支出预算均为500.00万元,资金全部来源于一般公共预算拨款,其中基本支出300.00万元,"
            f"项目支出200.00万元。\n{heading}{classes}\n(三)基本支出。基本支出300.00万元,其中人员经费250.00万元,公用经费50.00万元。\n")


_CLASSES = "农林水支出450.00万元,其中行政运行250.00万元,生产发展200.00万元;社会保障和就业支出50.00万元。"


def test_classes_after_a_general_budget_sub_heading_are_read_with_that_fund_scope() -> None:
    from disclosures.parsing import parse_disclosures
    result = parse_disclosures(_statement("(二)一般公共预算支出。", _CLASSES).encode(), filename="a.txt")[0]
    assert [(line.code, line.value, line.fund_scope, line.table) for line in result.expenditure_by_function] == [
        ("213", Decimal("450"), "一般公共预算财政拨款", None), ("208", Decimal("50"), "一般公共预算财政拨款", None)]


def test_classes_under_another_sub_heading_are_not_taken_for_the_general_budget() -> None:
    from disclosures.parsing import parse_disclosures
    result = parse_disclosures(_statement("(二)项目支出。", _CLASSES).encode(), filename="a.txt")[0]
    assert result.expenditure_by_function == []


def _pt_func(prose: str, cell: str, unit: str) -> list:
    factor = Decimal("0.0001") if unit == "元" else Decimal(1)
    table = FunctionLine("灾害防治及应急管理支出", Decimal(cell) * factor, "224", 5, table=_CAPTION,
                         fund_scope="一般公共预算财政拨款")
    said = FunctionLine("灾害防治及应急管理支出", Decimal(prose), "224", 3, source=f"灾害防治及应急管理支出{prose}万元",
                        fund_scope="一般公共预算财政拨款")
    total = Figure("expenditure_total", Decimal(cell) * factor, page=5, source_unit=unit, origin="table", table=_CAPTION)
    result = ParsedDisclosure(unit="某县测试局", year=2025, kind="预算", scope="部门", figures={"expenditure_total": total},
                              function_lines=[table], expenditure_by_function=[said])
    return [c for c in run_checks(result) if c.rule == "PT-FUNC"]


def test_prose_against_a_class_cell_in_yuan_quotes_the_cell_as_printed() -> None:
    found = _pt_func("85.24", "862400.00", "元")
    assert [(c.outcome, c.severity) for c in found] == [("fail", "error")]
    assert "（862,400" in found[0].message
    assert [(c.outcome, c.severity) for c in _pt_func("86.24", "862400.00", "元")] == [("pass", "error")]
    wan = _pt_func("85.24", "86.24", "万元")
    assert [(c.outcome, c.severity) for c in wan] == [("fail", "error")] and "元）" not in wan[0].message
