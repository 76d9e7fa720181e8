"""Table readings fixed for the thirtieth blind corpus of the check engine (issue 9, checks_heldout30): a 目录 printed
on the same page as the body it lists (CP-TABLES), an empty table in a text file whose other tables were rebuilt as
grids (TB-EMPTY), a caption quoted in the characters the document printed (TB-DUP, TB-EMPTY), and a text file's
coded table whose columns are set apart by runs of spaces, read row by row and level by level (TB-ROW, TB-HIER).
Documents written for these tests (made-up units and figures)."""
from __future__ import annotations

from disclosures.parsing.checks.presence import cp_tables, tb_dup, tb_empty
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
