"""Table readings fixed for the thirtieth blind corpus of the check engine (issue 9, checks_heldout30): a 目录 printed
on the same page as the body it lists (CP-TABLES), an empty table in a text file whose other tables were rebuilt as
grids (TB-EMPTY), a caption quoted in the characters the document printed (TB-DUP, TB-EMPTY), and a text file's
coded table whose columns are set apart by runs of spaces, read row by row and level by level (TB-ROW, TB-HIER).
Documents written for these tests (made-up units and figures)."""
from __future__ import annotations

from disclosures.parsing.checks.presence import cp_tables, tb_dup, tb_empty
from disclosures.parsing.checks.rows import tb_row_grid
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.document import load_document
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测绘局"


def _run(rule, text: str, *, kind: str = "预算") -> list:
    document = load_document(text.encode("utf-8"), filename="说明.txt")
    result = ParsedDisclosure(unit=UNIT, year=2026, kind=kind, scope="部门", figures={})
    return list(rule(result, text_of(document.lines, document)))


def _failed(rule, text: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in _run(rule, text) if c.outcome == "fail"]


# --- CP-TABLES: a 目录 above the body on one page -----------------------------------------------------------------

def _statement(toc: list[str], captions: list[str], *, heading: str = "目录") -> str:
    """A one-page statement: title, a 目录 of the given entries, a body with amounts, then one small table a caption."""
    tables = "\n\n".join(f"{caption}\n单位：万元\n项目  本年预算\n合计  {12 + k}.50" for k, caption in enumerate(captions))
    return (f"{UNIT}2026年部门预算情况说明\n\n{heading}\n" + "\n".join(toc) + "\n\n"
            "一、部门职责\n本局承担全县测绘地理信息管理工作。\n\n"
            "二、收支预算总体情况\n收入预算为312.40万元，支出预算为312.40万元，其中基本支出201.30万元，项目支出111.10万元。\n"
            "三公经费安排3.20万元，全部为公务接待费。\n机关运行经费安排24.60万元。\n\n"
            "三、附表\n" + tables + "\n")


TOC = ["一、部门预算情况说明", "二、部门预算附表", "  表一 部门收支总表", "  表二 部门支出总表", "  表三 政府采购预算表"]


def test_it_reports_a_table_a_same_page_contents_lists_but_the_file_lacks() -> None:
    found = _failed(cp_tables, _statement(TOC, ["表一 部门收支总表", "表二 部门支出总表"]))
    assert [(rule, severity) for rule, severity, _ in found] == [("CP-TABLES", "warning")]
    assert "“表三政府采购预算表”" in found[0][2] and "第1页" in found[0][2]


def test_it_passes_a_same_page_contents_whose_tables_are_all_printed() -> None:
    checks = _run(cp_tables, _statement(TOC, ["表一 部门收支总表", "表二 部门支出总表", "表三 政府采购预算表"]))
    assert [(c.rule, c.outcome) for c in checks] == [("CP-TABLES", "pass")]
    assert checks[0].message == "所列3张表格均在文件中找到"


def test_the_contents_ends_where_the_body_opens_its_numbering_again() -> None:
    # the body's own “一、…表” heading is no entry of the 目录: the listing stops at the second “一、”
    toc = ["一、部门预算附表", "表一 部门收支总表"]
    text = _statement(toc, ["表一 部门收支总表"]).replace("一、部门职责", "一、部门职责与机构设置表")
    checks = _run(cp_tables, text)
    assert [(c.rule, c.outcome) for c in checks] == [("CP-TABLES", "pass")]
    assert checks[0].message == "所列1张表格均在文件中找到"


def test_it_reads_a_spaced_contents_heading_arabic_numbers_and_traditional_characters() -> None:
    toc = ["1.部門收支總表", "2.部門支出總表", "3.政府性基金預算支出表"]
    text = _statement(toc, ["1.部門收支總表", "2.部門支出總表"], heading="目　錄")
    found = _failed(cp_tables, text)
    assert [(rule, severity) for rule, severity, _ in found] == [("CP-TABLES", "warning")]
    assert "政府性基金预算支出表" in found[0][2]


def test_a_contents_line_followed_by_a_sentence_lists_nothing_though_entries_would_be_read() -> None:
    bare = _statement([], ["表一 部门收支总表"]).replace("目录\n\n", "目录\n")
    assert [(c.rule, c.outcome) for c in _run(cp_tables, bare)] == [("CP-TABLES", "not_applicable")]
    listed = _statement(["表一 部门收支总表", "表二 部门收入总表"], ["表一 部门收支总表"])
    assert [(c.rule, c.outcome) for c in _run(cp_tables, listed)] == [("CP-TABLES", "fail")]


# --- TB-EMPTY and TB-DUP in a text file whose other tables are grids -----------------------------------------------

SANGONG = "表2：一般公共预算“三公”经费支出表\n单位：万元\n项目  2025年  2026年\n公务接待费  1.20  0.90\n合计  1.20  0.90\n"
EMPTY_FUND = "表3：政府性基金预算支出表\n单位：万元\n科目编码  科目名称  合计  基本支出  项目支出\n  合计      \n"


def _with_tables(*tables: str) -> str:
    return (f"{UNIT}2026年部门预算情况说明\n一、收支预算总体情况\n收入预算为86.40万元，支出预算为86.40万元。\n\n附表\n"
            + "\n".join(tables))


def test_it_reports_an_empty_table_without_a_note_in_a_text_file_that_has_grids() -> None:
    found = _failed(tb_empty, _with_tables(SANGONG, EMPTY_FUND))
    assert found == [("TB-EMPTY", "warning", "第1页“表3：政府性基金预算支出表”为空表，且未说明原因")]


def test_an_empty_table_with_its_note_under_it_is_not_reported_beside_one_without() -> None:
    note = "注：本部门2026年没有政府性基金预算拨款安排的支出，本表为空表。\n"
    capital = EMPTY_FUND.replace("表3：政府性基金预算支出表", "表4：国有资本经营预算支出表")
    found = _failed(tb_empty, _with_tables(SANGONG, EMPTY_FUND + note, capital))
    assert found == [("TB-EMPTY", "warning", "第1页“表4：国有资本经营预算支出表”为空表，且未说明原因")]


def test_a_traditional_note_under_an_empty_table_is_read_as_its_note() -> None:
    note = "說明：本單位無政府性基金預算收支，此表無數據。\n"
    capital = EMPTY_FUND.replace("表3：政府性基金预算支出表", "表4：國有資本經營預算支出表")
    found = _failed(tb_empty, _with_tables(SANGONG, EMPTY_FUND + note, capital))
    assert found == [("TB-EMPTY", "warning", "第1页“表4：国有资本经营预算支出表”为空表，且未说明原因")]


def test_a_table_printed_twice_is_quoted_with_its_full_width_colon_and_digits() -> None:
    twice = SANGONG.replace("表2", "表２")
    found = _failed(tb_dup, _with_tables(twice, twice))
    assert found == [("TB-DUP", "warning", "“表２：一般公共预算“三公”经费支出表”在第1页重复刊印两次，内容相同")]


def test_a_half_width_caption_is_quoted_as_printed_too() -> None:
    once = SANGONG.replace("表2：", "表2:")
    assert _failed(tb_dup, _with_tables(once, once))[0][2].startswith("“表2:一般公共预算“三公”经费支出表”")


# --- TB-ROW and TB-HIER on a text file's spaced coded table ----------------------------------------------------------

def _coded(rows: list[str], *, separator: str = "  ") -> str:
    header = separator.join(["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
    body = "\n".join(separator.join(row.split("|")) for row in rows)
    return _with_tables(f"表1：一般公共预算支出表\n单位：万元\n{header}\n{body}\n")


GOOD = ["208|社会保障和就业支出|1,248.60|200.40|1,048.20",
        "20805|行政事业单位养老支出|200.40|200.40|0.00",
        "2080505|机关事业单位基本养老保险缴费支出|200.40|200.40|0.00",
        "20808|抚恤|1,048.20|0.00|1,048.20",
        "2080801|死亡抚恤|310.00|0.00|310.00",
        "2080802|伤残抚恤|738.20|0.00|738.20",
        "合计|1,248.60|200.40|1,048.20"]


def test_it_passes_a_spaced_coded_table_whose_rows_and_levels_add_up() -> None:
    checks = _run(tb_row_grid, _coded(GOOD))
    assert [(c.rule, c.outcome) for c in checks] == [("TB-ROW", "pass")]
    assert checks[0].message == "表1:一般公共预算支出表各行合计等于基本支出与项目支出之和"


def test_it_reports_a_row_whose_total_is_not_its_parts_and_the_levels_it_breaks() -> None:
    rows = [r.replace("20808|抚恤|1,048.20", "20808|抚恤|1,084.20") for r in GOOD]
    found = _failed(tb_row_grid, _coded(rows))
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-ROW", "error"), ("TB-HIER", "error"),
                                                                 ("TB-HIER", "error")]
    row, klass, kuan = (message for _, _, message in found)
    assert "20808抚恤合计1084.00" not in row and "20808抚恤合计1084.20" in row and "差36.00" in row
    assert "208社会保障和就业支出合计1248.60" in klass and "=200.40+1084.20=1284.60" in klass
    assert "20808抚恤合计1084.20" in kuan and "=310.00+738.20=1048.20" in kuan and "合计列" in kuan


def test_a_total_column_off_by_less_than_its_printed_half_steps_passes() -> None:
    # 0.01 off: within the three printed half-steps (0.015) of a parent and two children; 0.02 is beyond them
    near = [r.replace("20808|抚恤|1,048.20|0.00|1,048.20", "20808|抚恤|1,048.21|0.00|1,048.21")
            .replace("208|社会保障和就业支出|1,248.60|200.40|1,048.20", "208|社会保障和就业支出|1,248.61|200.40|1,048.21")
            for r in GOOD]
    hints = _failed(tb_row_grid, _coded(near))
    assert [(rule, severity) for rule, severity, _ in hints] == [("TB-HIER", "info"), ("TB-HIER", "info")]
    assert all("差0.01，在取整容差0.015以内" in message for _, _, message in hints)
    far = [r.replace("2080802|伤残抚恤|738.20|0.00|738.20", "2080802|伤残抚恤|738.18|0.00|738.18") for r in GOOD]
    found = _failed(tb_row_grid, _coded(far))
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-HIER", "error"), ("TB-HIER", "error")]
    assert all("差0.02" in message for _, _, message in found)


def test_ideographic_spaces_and_a_name_printed_with_a_space_still_read_as_one_row() -> None:
    rows = [r.replace("死亡抚恤", "死亡 抚恤").replace("20808|抚恤|1,048.20", "20808|抚恤|1,084.20") for r in GOOD]
    found = _failed(tb_row_grid, _coded(rows, separator="\u3000\u3000"))
    assert ("TB-ROW", "error") in [(rule, severity) for rule, severity, _ in found]
    assert any("2080801死亡抚恤合计+2080802伤残抚恤合计=310.00+738.20" in message for _, _, message in found)


def test_each_table_of_a_one_page_text_file_is_named_by_its_own_caption() -> None:
    second = ("表5：部门支出总表\n单位：万元\n科目编码  科目名称  合计  基本支出  项目支出\n"
              "213  农林水支出  90.00  30.00  50.00\n21301  农业农村  90.00  30.00  50.00\n合计  90.00  30.00  50.00\n")
    text = _coded(GOOD) + "\n" + second
    found = _failed(tb_row_grid, text)
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-ROW", "error"), ("TB-ROW", "error")]
    assert all(message.startswith("表5:部门支出总表") for _, _, message in found)
