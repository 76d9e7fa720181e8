"""Rules fixed for the thirty-ninth blind corpus of the check engine (issue 9, checks_heldout39, the misses outside the
joining of 续表 pages): a text table that marks its blank cells with a dash; the classes listed one a line after
“…拨款A万元，全部用于以下功能科目：”; a 基本支出 share that names no whole; a table grid whose 合计 row is printed
above its coded rows; parts beside a blank cell that already exceed their whole; a table's 单位 line after a bare
“部门：” and a caption that names its classification in brackets after 表; no 合计-column sum on a table continued
on the next page. Sentences and tables written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks import rows
from disclosures.parsing.checks.rates import pr_share
from disclosures.parsing.checks.text import table_spans, text_of, unit_line
from disclosures.parsing.checks.total_lines import tb_total_class_lines
from disclosures.parsing.checks.wholes import class_list_put_to_use
from disclosures.parsing.document import load_document
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure


def _result(**figures: str) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2025, kind="预算", scope="部门",
                            figures={k: Figure(k, Decimal(v), page=1, display_scale=2) for k, v in figures.items()})


# ---- TB-ROW / TB-HIER: a text table whose blank cells print a dash ------------------------------------------------

HEAD = ["某县测试局2025年部门预算", "六、一般公共预算支出（功能分类）          单位：万元",
        "科目编码  科目名称  合计  基本支出  项目支出"]


def _text_rows(*lines: str) -> list[tuple[str, str, str]]:
    text = "\n".join(HEAD + list(lines)) + "\n"
    document = load_document(text.encode(), filename="t.txt")
    view = text_of(document.lines, document)
    return [(c.rule, c.outcome, c.message) for c in rows.tb_row_grid(_result(), view)]


DASHED = ["207  文化旅游体育与传媒支出  150.00  110.00  40.00",
          "20701  文化和旅游  150.00  110.00  40.00",
          "2070101  行政运行  110.00  110.00  -",
          "2070109  群众文化  40.00  -  40.00",
          "合计    150.00  110.00  40.00"]


def test_a_dashed_table_that_adds_up_is_read_and_passes() -> None:
    found = _text_rows(*DASHED)
    assert [(r, o) for r, o, _ in found] == [("TB-ROW", "pass")]


def test_a_dashed_table_whose_kuan_total_is_off_reports_the_row_and_its_parent() -> None:
    lines = list(DASHED)
    lines[1] = "20701  文化和旅游  510.00  110.00  40.00"
    found = _text_rows(*lines)
    assert ("TB-ROW", "fail") in [(r, o) for r, o, _ in found]
    hier = [m for r, o, m in found if r == "TB-HIER" and o == "fail"]
    assert any("20701文化和旅游合计510.00" in m and "110.00+40.00=150.00" in m for m in hier)
    assert any("207文化旅游体育与传媒支出合计150.00" in m and "510.00" in m for m in hier)


def test_a_blank_part_is_zero_only_when_its_column_confirms_it() -> None:
    # 120.00 with 110.00 基本 and a dash: the dash could hide 10.00 of 项目, but 20701's 项目 40.00 is its other
    # 项's 40.00 already, so the column confirms the dash as 0 (CHECKS.md §0.3) and the row is out
    lines = list(DASHED)
    lines[2] = "2070101  行政运行  120.00  110.00  -"
    found = _text_rows(*lines)
    assert any(r == "TB-ROW" and o == "fail" and "120.00" in m and "确认为0" in m for r, o, m in found)
    # the 合计 column of 20701 is still summed: 120.00 + 40.00 = 160.00 against 150.00
    assert any(r == "TB-HIER" and o == "fail" and "120.00+40.00=160.00" in m for r, o, m in found)


def test_a_dashed_row_with_a_cell_too_few_leaves_the_table_unread() -> None:
    lines = list(DASHED)
    lines[2] = "2070101  行政运行  110.00  -"
    assert _text_rows(*lines) == []


def test_a_part_beside_a_dash_that_exceeds_its_whole_is_an_error() -> None:
    lines = list(DASHED)
    lines[3] = "2070109  群众文化  40.00  -  45.00"
    found = _text_rows(*lines)
    assert any(r == "TB-ROW" and o == "fail" and "2070109群众文化合计40.00" in m and "45.00" in m
               for r, o, m in found)


# ---- TB-ROW / TB-HIER on a grid: a 合计 row printed first, blank cells known --------------------------------------

def test_a_total_row_above_the_coded_rows_is_no_part_of_the_header() -> None:
    grid = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["", "合计", "1,000.00", "700.00", "300.00"],
            ["201", "一般公共服务支出", "1,000.00", "700.00", "300.00"]]
    assert rows._header(grid) == (["科目编码", "科目名称", "合计", "基本支出", "项目支出"], 2)


def test_a_header_printed_on_two_lines_is_still_joined() -> None:
    grid = [["科目编码", "科目名称", "合计", "基本", "项目"], ["", "", "", "支出", "支出"],
            ["201", "一般公共服务支出", "1,000.00", "700.00", "300.00"]]
    assert rows._header(grid) == (["科目编码", "科目名称", "合计", "基本支出", "项目支出"], 2)


def test_children_beside_a_blank_sibling_that_exceed_their_parent_fail() -> None:
    labels = ["", "", "合计", "基本支出", "项目支出"]
    table = [("20105", "统计信息事务", ["20105", "统计信息事务", "500.00", "200.00", "300.00"]),
             ("2010501", "行政运行", ["2010501", "行政运行", "200.00", "200.00", ""]),
             ("2010507", "专项普查活动", ["2010507", "专项普查活动", "170.00", "", "170.00"]),
             ("2010508", "统计抽样调查", ["2010508", "统计抽样调查", "130.00", "", "150.00"])]
    found = [(c.outcome, c.message) for c in rows._hierarchy(labels, table, 3, "表五", set())]
    assert len(found) == 1 and found[0][0] == "fail"
    assert "项目支出列20105" in found[0][1] and "170.00+150.00=320.00" in found[0][1]


def test_children_beside_a_blank_sibling_below_their_parent_are_not_summed() -> None:
    labels = ["", "", "合计", "基本支出", "项目支出"]
    table = [("20105", "统计信息事务", ["20105", "统计信息事务", "500.00", "200.00", "300.00"]),
             ("2010501", "行政运行", ["2010501", "行政运行", "200.00", "200.00", ""]),
             ("2010507", "专项普查活动", ["2010507", "专项普查活动", "170.00", "", "170.00"]),
             ("2010508", "统计抽样调查", ["2010508", "统计抽样调查", "130.00", "", "120.00"])]
    assert list(rows._hierarchy(labels, table, 3, "表五", set())) == []


def test_an_unreadable_sibling_cell_is_not_known_blank() -> None:
    labels = ["", "", "合计", "基本支出", "项目支出"]
    table = [("20105", "统计信息事务", ["20105", "统计信息事务", "500.00", "200.00", "300.00"]),
             ("2010501", "行政运行", ["2010501", "行政运行", None, None, None]),
             ("2010507", "专项普查活动", ["2010507", "专项普查活动", "170.00", "", "170.00"]),
             ("2010508", "统计抽样调查", ["2010508", "统计抽样调查", "130.00", "", "150.00"])]
    found = [(c.outcome, c.message) for c in rows._hierarchy(labels, table, 3, "表五", set())]
    assert not any("项目支出列" in m for _, m in found)


def test_a_grid_ending_on_a_coded_row_leaves_its_parents_open_when_a_page_follows() -> None:
    view = text_of(page_lines(["表五 一般公共预算支出表", "科目编码 科目名称 合计"]))
    grid = [["科目编码", "科目名称", "合计"], ["208", "社会保障和就业支出", "90.00"],
            ["20805", "行政事业单位养老支出", "90.00"], ["2080501", "行政单位离退休", "30.00"]]
    table = rows._coded_rows(grid, 1)
    assert rows._open_end(view, 1, grid, table) == {"208", "20805"}
    assert rows._open_end(view, 2, grid, table) == set()  # the last page: nothing follows
    closed = grid + [["", "合计", "90.00"]]
    assert rows._open_end(view, 1, closed, rows._coded_rows(closed, 1)) == set()


# ---- IE-EXP-SUM: the classes listed after “全部用于以下功能科目：” ----------------------------------------------

def _used(*lines: str) -> list[tuple[str, str, str]]:
    view = text_of(page_lines(["\n".join(lines)]))
    return [(c.outcome, c.severity, c.message) for c in class_list_put_to_use(_result(), view)]


USED = ["2025年一般公共预算拨款420.00万元，全部用于以下功能科目：",
        "  教育支出（类）{edu}万元；", "  社会保障和就业支出（类）50.00万元；", "  住房保障支出（类）20.00万元；",
        "未安排政府性基金预算拨款。"]


def test_classes_one_a_line_that_do_not_add_up_are_an_error() -> None:
    found = _used(*[line.format(edu="370.00") for line in USED])
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "420.00" in found[0][2] and "370.00+50.00+20.00=440.00" in found[0][2] and "差20.00" in found[0][2]


def test_classes_one_a_line_that_add_up_pass() -> None:
    assert [o for o, _, _ in _used(*[line.format(edu="350.00") for line in USED])] == ["pass"]


def test_classes_in_one_sentence_are_read_too() -> None:
    found = _used("支出预算300.00万元，主要用于以下方面：教育支出200.00万元，住房保障支出90.00万元。")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]


def test_a_list_naming_something_other_than_a_class_or_one_class_is_not_summed() -> None:
    assert _used("一般公共预算拨款420.00万元，全部用于以下功能科目：", "教育支出（类）400.00万元；",
                 "办公设备购置20.00万元；", "未安排政府性基金预算拨款。") == []
    assert _used("一般公共预算拨款420.00万元，全部用于以下功能科目：", "教育支出（类）400.00万元。") == []


def test_a_list_cut_off_inside_a_line_is_not_summed() -> None:
    assert _used("一般公共预算拨款420.00万元，全部用于以下功能科目：教育支出（类）370.00万元；"
                 "住房保障支出（类）20.00万元；另有结余10.00万元") == []


# ---- PR-SHARE: a 基本支出 share naming no whole ------------------------------------------------------------------

def _share(text: str, **figures: str) -> list[tuple[str, str, str]]:
    view = text_of(page_lines([text]))
    return [(c.outcome, c.severity, c.message) for c in pr_share(_result(**figures), view)]


SPLIT = dict(basic_expenditure="250.00", project_expenditure="150.00", expenditure_total="400.00")


def test_a_basic_share_off_by_less_than_a_point_is_a_warning() -> None:
    found = _share("按支出性质分：基本支出250.00万元，占63.00%；项目支出150.00万元。", **SPLIT)
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "250.00万元占400.00万元应为62.50%" in found[0][2] and "63.00" in found[0][2]


def test_a_basic_share_off_by_more_than_a_point_is_an_error_and_a_right_one_passes() -> None:
    assert [(o, s) for o, s, _ in _share("按支出性质分：基本支出250.00万元，占64.50%。", **SPLIT)] == \
        [("fail", "error")]
    assert [o for o, _, _ in _share("按支出性质分：基本支出250.00万元，占62.50%。", **SPLIT)] == ["pass"]


def test_no_whole_is_taken_when_the_split_does_not_make_up_the_total_or_the_part_is_another() -> None:
    off = dict(SPLIT, expenditure_total="410.00")
    assert _share("按支出性质分：基本支出250.00万元，占63.00%。", **off) == []
    assert _share("机关运行经费250.00万元，占63.00%。", **SPLIT) == []


# ---- spans: a 单位 line after a bare 部门：, a caption with its classification in brackets ------------------------

def test_a_unit_line_after_a_bare_department_name_is_a_unit_line() -> None:
    assert unit_line("部门：某县测试局\u3000\u3000单位：元")
    assert unit_line("预算单位：某县测试局　单位：万元")
    assert not unit_line("部门：某县测试局")


def test_a_caption_naming_its_classification_in_brackets_starts_a_table() -> None:
    view = text_of(page_lines(["附表6\n一般公共预算基本支出表（部门预算支出经济分类）\n部门：某县测试局　单位：元\n"
                               "科目编码 科目名称 合计 人员经费 公用经费\n301 工资福利支出 100.00 100.00"]))
    spans = table_spans(view, _result())
    assert [s.caption for s in spans] == ["一般公共预算基本支出表部门预算支出经济分类"]


# ---- TB-TOTAL: a 合计 printed above the rows of a table continued on the next page -------------------------------

FIRST = "附表5\n一般公共预算支出表\n部门：某县测试局　单位：元\n科目编码 科目名称 合计 基本支出 项目支出\n" \
        "合计 9,000.00 7,000.00 2,000.00\n201 一般公共服务支出 5,000.00 3,000.00 2,000.00\n" \
        "208 社会保障和就业支出 1,000.00 1,000.00 0.00"
NEXT = "一般公共预算支出表（续表）\n部门：某县测试局　单位：元\n科目编码 科目名称 合计 基本支出 项目支出\n" \
       "210 卫生健康支出 3,000.00 3,000.00 0.00"


def _totals(*pages: str) -> list[tuple[str, str, str]]:
    view = text_of(page_lines(list(pages)))
    return [(c.outcome, c.severity, c.message) for c in tb_total_class_lines(_result(), view)
            if c.rule == "TB-TOTAL"]


def test_a_table_continued_on_the_next_page_is_not_summed_on_its_first() -> None:
    assert not any(o == "fail" and "9000.00" in m for o, _, m in _totals(FIRST, NEXT))


def test_the_same_table_ending_on_its_page_is_summed() -> None:
    found = _totals(FIRST, "三、其他说明\n本部门无政府性基金预算。")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "9000.00" in found[0][2] or "9,000.00" in found[0][2]
