"""Rules fixed for the thirty-eighth blind corpus of the check engine (issue 9, checks_heldout38, half a): a 部门
income table broken down by member-unit rows (部门 = Σ 单位 inside one document), a unit's amount stated in the words
or in its own statement later in the file against its row, and a headcount split by member unit parted by semicolons.
Tables and sentences written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks.member_units import (
    member_rows_prose, member_rows_sources, member_rows_total, member_statements, member_tables,
)
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.wholes import headcount_split
from disclosures.parsing.types import Figure, ParsedDisclosure
from tests.parsing.lines import Line

MEMBERS = ["某县测试局", "某县测试服务中心", "某县测试检验站"]


def _result(scope: str = "部门", unit: str = "某县测试局", **extra) -> ParsedDisclosure:
    return ParsedDisclosure(unit=unit, year=2026, kind="预算", scope=scope, figures={}, **extra)


HEAD = ["部门收入预算分单位表（单位：万元）", "单位名称 合计 一般公共预算拨款 事业收入 上年结转"]
TOTAL = "合计 3,210.50 3,000.00 150.50 60.00"
ROWS = ["某县测试局 1,200.00 1,200.00 0.00 0.00",
        "某县测试服务中心 1,310.50 1,100.00 150.50 60.00",
        "某县测试检验站 700.00 700.00 0.00 0.00"]


def _view(*texts: str, page: int = 1):
    return text_of([Line(t, page) for t in texts])


def _outcomes(rule, *texts: str) -> list[tuple[str, str, str, str]]:
    return [(c.rule, c.outcome, c.severity, c.message) for c in rule(_result(), _view(*texts))]


def test_a_table_whose_rows_and_columns_add_up_passes() -> None:
    columns = _outcomes(member_rows_total, *HEAD, TOTAL, *ROWS)
    rows = _outcomes(member_rows_sources, *HEAD, TOTAL, *ROWS)
    assert [c[1] for c in columns] == ["pass"] * 4  # 合计 and three sources
    assert [c[1] for c in rows] == ["pass"] * 4  # the 合计 row and three units


def test_a_total_row_with_transposed_digits_fails_its_column_and_its_row() -> None:
    columns = _outcomes(member_rows_total, *HEAD, "合计 3,201.50 3,000.00 150.50 60.00", *ROWS)
    failed = [c for c in columns if c[1] == "fail"]
    assert len(failed) == 1 and failed[0][:3] == ("TB-TOTAL", "fail", "error")
    assert "3201.50" in failed[0][3] and "3210.50" in failed[0][3] and "合计列" in failed[0][3]
    rows = [c for c in _outcomes(member_rows_sources, *HEAD, "合计 3,201.50 3,000.00 150.50 60.00", *ROWS)
            if c[1] == "fail"]
    assert len(rows) == 1 and "合计" in rows[0][3] and rows[0][2] == "error"


def test_a_unit_row_whose_sources_do_not_add_up_fails_that_row_and_its_column() -> None:
    rows = list(ROWS)
    rows[2] = "某县测试检验站 700.00 770.00 0.00 0.00"
    failed_rows = [c for c in _outcomes(member_rows_sources, *HEAD, TOTAL, *rows) if c[1] == "fail"]
    assert [(c[0], c[2]) for c in failed_rows] == [("TB-ROW", "error")]
    assert "某县测试检验站" in failed_rows[0][3] and "770.00" in failed_rows[0][3]
    failed_columns = [c for c in _outcomes(member_rows_total, *HEAD, TOTAL, *rows) if c[1] == "fail"]
    assert len(failed_columns) == 1 and "一般公共预算拨款列" in failed_columns[0][3] and "3070.00" in failed_columns[0][3]


def test_a_pdf_page_with_a_wrapped_header_codes_wrapped_names_and_glued_cells_is_read() -> None:
    lines = ["附表1 部门收入总表", "单位:元", "单位编", "码", "单位名称合计", "一般公共预算拨", "款", "政府性基", "金",
             "事业收", "入", "合计5,000,000.004,600,000.000.00400,000.00",
             "801001某县测试局3,000,000.003,000,000.000.000.00",
             "801002", "某县测试服务中", "心", "2,000,000.001,600,000.000.00400,000.00"]
    tables = member_tables([Line(t, 2) for t in lines])
    assert len(tables) == 1
    table = tables[0]
    assert table.unit == "元" and table.columns == ["合计", "一般公共预算拨款", "政府性基金", "事业收入"]
    assert [r.label for r in table.members] == ["某县测试局", "某县测试服务中心"]
    assert table.cell(table.members[1], 3).value == Decimal("40")  # 400,000.00元 in 万元
    assert all(c[1] == "pass" for c in _outcomes(member_rows_total, *lines))


def test_tables_that_are_not_a_whole_breakdown_by_unit_are_not_read() -> None:
    blank = list(ROWS)
    blank[1] = "某县测试服务中心 1,310.50 1,100.00 150.50"  # a blank cell: the cells cannot be placed
    assert member_tables([Line(t) for t in HEAD + [TOTAL] + blank]) == []
    assert member_tables([Line(t) for t in ["单位名称 合计 一般公共预算拨款 事业收入 上年结转", TOTAL, *ROWS]]) == []  # no unit
    coded = ["支出功能分类（单位：万元）", "科目编码 科目名称 合计 基本支出 项目支出", "201 一般公共服务支出 10.00 6.00 4.00",
             "合计 10.00 6.00 4.00"]
    assert member_tables([Line(t) for t in coded]) == []
    assert member_tables([Line(t) for t in HEAD + [TOTAL] + ROWS[:1]]) == []  # one unit is no breakdown


def test_a_units_income_in_the_words_is_held_to_its_row() -> None:
    wrong = "分单位看：某县测试局收入预算1,200.00万元；某县测试服务中心收入预算1,301.50万元；某县测试检验站收入预算700.00万元。"
    found = _outcomes(member_rows_prose, wrong, *HEAD, TOTAL, *ROWS)
    assert [c[:3] for c in found] == [("PR-REPEAT", "pass", "error"), ("PR-REPEAT", "fail", "error"),
                                      ("PR-REPEAT", "pass", "error")]
    assert "1301.50" in found[1][3] and "1310.50" in found[1][3]


def test_the_departments_own_total_said_under_its_own_name_is_not_a_units_amount() -> None:
    said = "某县测试局2026年收入预算3,210.50万元。"  # the 部门 and its 本级 share the name
    assert _outcomes(member_rows_prose, said, *HEAD, TOTAL, *ROWS) == []
    assert _outcomes(member_rows_prose, "本部门收入预算3,210.50万元。", *HEAD, TOTAL, *ROWS) == []


def _statement(appropriation: str) -> ParsedDisclosure:
    unit = _result("单位", "某县测试服务中心")
    unit.figures["income_total"] = Figure("income_total", Decimal("1310.50"), page=4,
                                          source="单位收入预算1,310.50万元", display_scale=2, source_unit="万元")
    unit.figures["general_budget_appropriation"] = Figure(
        "general_budget_appropriation", Decimal(appropriation), page=4, source=f"一般公共预算拨款{appropriation}万元",
        display_scale=2, source_unit="万元")
    return unit


def test_a_member_units_own_statement_is_held_to_its_row_in_the_departments_table() -> None:
    parent = _result()
    lines = [Line(t, 2) for t in HEAD + [TOTAL] + ROWS]
    wrong, right = _statement("1010.00"), _statement("1100.00")
    member_statements([(parent, lines), (wrong, [Line("某县测试服务中心2026年单位预算", 4)])])
    member_statements([(parent, lines), (right, [Line("某县测试服务中心2026年单位预算", 4)])])
    assert [(c.rule, c.outcome, c.severity) for c in wrong.checks] == [("PR-REPEAT", "pass", "error"),
                                                                       ("PR-REPEAT", "fail", "error")]
    assert "1010.00" in wrong.checks[1].message and "1100.00" in wrong.checks[1].message
    assert [c.outcome for c in right.checks] == ["pass", "pass"]


def test_a_unit_the_departments_table_does_not_list_is_not_compared() -> None:
    stranger = _statement("1100.00")
    stranger.unit = "某县另一中心"
    member_statements([(_result(), [Line(t, 2) for t in HEAD + [TOTAL] + ROWS]), (stranger, [])])
    assert stranger.checks == []


def _heads(sentence: str) -> list[tuple[str, str, str]]:
    result = _result(member_units=list(MEMBERS))
    return [(c.outcome, c.severity, c.message) for c in headcount_split(result, _view(sentence))]


def test_a_headcount_split_by_unit_parted_by_semicolons_is_added_whole() -> None:
    off = _heads("本部门编制62人，实有在职人员58人，其中：某县测试局8人；某县测试服务中心33人；某县测试检验站19人。")
    assert [(o, s) for o, s, _ in off] == [("fail", "warning")] and "=60" in off[0][2]
    held = _heads("本部门编制62人，实有在职人员60人，其中：某县测试局8人；某县测试服务中心33人；某县测试检验站19人。")
    assert [(o, s) for o, s, _ in held] == [("pass", "warning")]


def test_a_semicolon_after_a_list_parted_otherwise_ends_it() -> None:
    # 退休 is a kind of staff: read on past the semicolon it would make 38 + 10 against 38
    found = _heads("实有人员38人，其中：行政编制20人、事业编制18人；退休人员10人。")
    assert [(o, s) for o, s, _ in found] == [("pass", "warning")] and "退休" not in found[0][2]


def test_a_long_member_name_is_read_as_one_label() -> None:
    members = ["某市某区城市管理和综合行政执法局", "某区环境卫生管理处"]
    result = _result(member_units=members)
    view = _view("实有在职人员50人，其中：某市某区城市管理和综合行政执法局20人；某区环境卫生管理处30人。")
    found = [(c.outcome, c.message) for c in headcount_split(result, view)]
    assert found and found[0][0] == "pass" and "某市某区城市管理和综合行政执法局20" in found[0][1]


def test_a_table_continued_on_the_next_page_under_its_header_again_is_added_whole() -> None:
    header = "单位名称 合计 一般公共预算拨款 事业收入 上年结转"
    lines = [Line(t, 2) for t in [*HEAD, TOTAL, *ROWS[:2]]] + [Line(t, 3) for t in ["单位：万元", header, ROWS[2]]]
    tables = member_tables(lines)
    assert len(tables) == 1 and [r.label for r in tables[0].members] == MEMBERS
    assert all(c.outcome == "pass" for c in member_rows_total(_result(), text_of(lines)))


def test_a_table_with_a_subtotal_row_is_not_read() -> None:
    rows = [*ROWS, "小计 2,010.50 1,800.00 150.50 60.00"]
    assert member_tables([Line(t) for t in HEAD + [TOTAL] + rows]) == []
