"""Identity and presence fixed for the twenty-third blind corpus of the check engine (issue 9, checks_heldout23, its
决算 PDF layout): a cover that prints only the county in its title line and the department on a “部门名称：” line names
the department; a 目录 entry whose 附表 is missing, a 附表 printed twice and an empty 附表 without a note are reported.
Every title, sentence and figure here is made up for these tests."""
from __future__ import annotations

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.identity import identify
from disclosures.parsing.text import page_lines

BODY = "一、部门基本情况\n本部门2023年收入决算合计1,234.50万元，支出决算合计1,230.40万元。\n"


def lines_of(text: str):
    return page_lines([text])


# --- identity: a title that names only the county over a 部门/单位 disclosure ---------------------------------------

@pytest.mark.parametrize("label,unit", [
    ("部门名称：", "凤阳县水务局"),
    ("单位名称：", "凤阳县水务局"),
    ("部门名称 : ", "凤阳县水务局"),  # half-width colon with spaces
    ("单位名称:", "凤阳县城乡供水服务中心"),
])
def test_a_cover_field_names_the_unit_under_a_title_that_names_only_the_county(label: str, unit: str) -> None:
    identity = identify(lines_of(f"凤阳县2023年度部门决算公开\n{label}{unit}\n2024年9月\n" + BODY))
    assert (identity.unit, identity.year, identity.kind, identity.scope) == (unit, 2023, "决算", "部门")
    assert (identity.region, identity.province) == ("凤阳县", "安徽省")
    assert identity.clues["unit"].origin == "cover"
    assert identity.warnings == []


def test_the_captions_name_the_unit_when_the_cover_has_no_field() -> None:
    text = ("凤阳县2023年度单位决算公开\n2024年9月\n目录\n第一部分 凤阳县城乡供水服务中心概况\n"
            "第二部分 凤阳县城乡供水服务中心2023年度单位决算表\n" + BODY)
    identity = identify(lines_of(text))
    assert (identity.unit, identity.scope) == ("凤阳县城乡供水服务中心", "单位")
    assert identity.clues["unit"].origin == "caption"


@pytest.mark.parametrize("title", [
    "凤阳县2023年县级部门决算汇总公开",  # region-wide: the county's own total
    "凤阳县2023年决算公开",  # neither 部门 nor 单位: nothing says the county is not the subject
])
def test_a_region_wide_title_keeps_its_county(title: str) -> None:
    identity = identify(lines_of(f"{title}\n编制单位：凤阳县财政局\n" + BODY))
    assert identity.unit != "凤阳县财政局"
    assert identity.unit.startswith("凤阳县")


def test_a_title_that_names_the_unit_is_not_overruled_by_another_organisation() -> None:
    identity = identify(lines_of("凤阳县水务局2023年度部门决算公开\n单位名称：凤阳县城乡供水服务中心\n" + BODY))
    assert identity.unit == "凤阳县水务局"
    assert identity.clues["unit"].origin == "title"


def test_a_name_from_another_county_does_not_replace_the_title() -> None:
    identity = identify(lines_of("凤阳县2023年度部门决算公开\n部门名称：定远县水务局\n" + BODY))
    assert identity.unit == "凤阳县"


STATEMENT = """凤阳縣2023年度部門決算公開
部門名稱：凤阳縣水務局
第一部分 凤阳縣水務局概況
二、機構設置及人員情況
本部門決算由凤阳縣水務局機關、凤阳縣城乡供水服務中心共2個單位的決算匯總組成。
第三部分 凤阳縣水務局2023年度部門決算情況說明
一、收入支出決算總體情況說明
2023年度收入總計1,234.50萬元，支出總計1,234.50萬元。
"""


def test_the_own_body_of_the_department_named_on_the_cover_raises_no_identity_warning() -> None:
    # traditional characters, converted before reading
    result = parse_disclosure(STATEMENT.encode(), filename="statement.txt")
    assert (result.unit, result.year, result.kind, result.scope) == ("凤阳县水务局", 2023, "决算", "部门")
    assert result.member_units[:1] == ["凤阳县水务局机关"]
    assert [c.message for c in result.checks if c.rule == "CP-IDENT" and c.outcome == "fail"] == []


# --- presence: a 决算 template prints its form code before the 单位 line ---------------------------------------------

from disclosures.parsing.checks.presence import cp_tables, tb_dup, tb_empty  # noqa: E402
from disclosures.parsing.checks.text import table_spans, text_of, unit_line  # noqa: E402
from disclosures.parsing.types import ParsedDisclosure  # noqa: E402
from tests.parsing.lines import Line  # noqa: E402

TOC = ("目录\n第一部分 凤阳县水务局概况\n第二部分 凤阳县水务局2023年度部门决算表\n一、收入支出决算总表\n"
       "二、一般公共预算财政拨款“三公”经费支出决算表\n三、政府性基金预算财政拨款收入支出决算表\n第三部分 名词解释")
TOTALS = ("表一 收入支出决算总表\n{code}单位：万元\n收入项目 决算数 支出项目 决算数\n"
          "一、一般公共预算财政拨款收入 812.40 一、农林水支出 790.10\n本年收入合计 812.40 本年支出合计 790.10")
SANGONG = ("表二 一般公共预算财政拨款“三公”经费支出决算表\n{code}单位：万元\n项目 年初预算数 决算数\n"
           "合计 16.00 14.35\n1.因公出国（境）费 0.00 0.00\n2.公务用车购置及运行维护费 10.00 9.20\n3.公务接待费 6.00 5.15")
FUND = "表三 政府性基金预算财政拨款收入支出决算表\n{code}单位：万元\n科目编码 科目名称 本年收入 本年支出\n合计"
FUND_NOTE = FUND + "\n注：本部门2023年度无政府性基金预算财政拨款收支，本表无数据。"


def _result() -> ParsedDisclosure:
    return ParsedDisclosure(unit="凤阳县水务局", year=2023, kind="决算", scope="部门", figures={},
                            region="凤阳县", province="安徽省")


def _view(*pages: str, code: str = "公开0{n}表　　"):
    filled = [page.format(code=code.format(n=n)) for n, page in enumerate(pages)]
    return text_of(page_lines(filled))


def _run(rule, view) -> list[tuple[str, str, str, str]]:
    return [(c.rule, c.outcome, c.severity, c.message) for c in rule(_result(), view)]


@pytest.mark.parametrize("printed", [
    "公开01表　　单位：万元", "公开01表单位:万元", "公开 02 表  金额单位：万元", "部门公开表3 单位：元",
    "财决04表　单位：万元", "公开表1-2　单位：万元",
])
def test_a_form_code_before_the_money_unit_still_makes_a_unit_line(printed: str) -> None:
    assert unit_line(printed)


@pytest.mark.parametrize("printed", ["公开01表", "本表公开单位：凤阳县水务局", "公开12345表单位：万元"])
def test_other_lines_are_no_unit_line(printed: str) -> None:
    assert not unit_line(printed)


def test_the_tables_under_form_codes_are_read_as_tables() -> None:
    view = _view(TOC, TOTALS, SANGONG, FUND_NOTE)
    spans = table_spans(view, _result())
    assert [(s.caption, s.first) for s in spans] == [
        ("收入支出总表", 2), ("一般公共预算财政拨款三公经费支出表", 3), ("政府性基金预算财政拨款收入支出表", 4)]


def test_a_form_code_alone_above_the_unit_line_is_no_part_of_the_caption() -> None:
    view = _view(TOC, TOTALS, SANGONG, FUND_NOTE, code="部门公开表{n}\n")
    assert [s.caption for s in table_spans(view, _result())] == [
        "收入支出总表", "一般公共预算财政拨款三公经费支出表", "政府性基金预算财政拨款收入支出表"]


def test_every_listed_table_printed_under_its_form_code_passes() -> None:
    found = _run(cp_tables, _view(TOC, TOTALS, SANGONG, FUND_NOTE))
    assert found == [("CP-TABLES", "pass", "warning", "所列3张表格均在文件中找到")]


@pytest.mark.parametrize("code", ["公开0{n}表　　", "公开0{n}表\n"])  # on the 单位 line, or alone above it
def test_a_listed_table_missing_after_tables_under_form_codes_is_reported(code: str) -> None:
    found = _run(cp_tables, _view(TOC, TOTALS, SANGONG, code=code))
    assert found == [("CP-TABLES", "fail", "warning",
                      "第1页所列“三、政府性基金预算财政拨款收入支出决算表”在文件中未找到；表格可能缺失或另行公开，需人工复核")]


def test_an_empty_table_under_its_form_code_without_a_note_is_reported() -> None:
    found = _run(tb_empty, _view(TOC, TOTALS, SANGONG, FUND))
    assert found == [("TB-EMPTY", "fail", "warning", "第4页“表三政府性基金预算财政拨款收入支出决算表”为空表，且未说明原因")]


def test_an_empty_table_under_its_form_code_with_its_note_passes() -> None:
    assert _run(tb_empty, _view(TOC, TOTALS, SANGONG, FUND_NOTE)) == []


def _raw_view(*pages: str):
    """The pages as lines kept as printed: page_lines would drop the caption and the last row that two pages in a
    row share as a running header and footer."""
    lines = [Line(text, page=n + 1) for n, page in enumerate(pages)
             for text in page.format(code=f"公开0{n}表\u3000\u3000").split("\n")]
    return text_of(lines)


def test_a_table_printed_twice_under_its_form_code_is_reported() -> None:
    found = _run(tb_dup, _raw_view(TOC, TOTALS, SANGONG, SANGONG, FUND_NOTE))
    assert found == [("TB-DUP", "fail", "warning",
                      "“表二 一般公共预算财政拨款“三公”经费支出决算表”在第3页和第4页重复刊印，内容相同")]


def test_a_title_printed_again_with_other_amounts_is_no_duplicate() -> None:
    other = SANGONG.replace("5.15", "5.16").replace("14.35", "14.36")
    assert _run(tb_dup, _raw_view(TOC, TOTALS, SANGONG, other, FUND_NOTE)) == []


def test_raw_lines_with_ideographic_spaces_read_the_same() -> None:
    lines = [Line("表三 政府性基金预算财政拨款收入支出决算表"), Line("公开03表\u3000\u3000单位：万元"),
             Line("科目编码 科目名称 本年收入 本年支出"), Line("合计")]
    found = [(c.rule, c.outcome, c.severity) for c in tb_empty(_result(), text_of(lines))]
    assert found == [("TB-EMPTY", "fail", "warning")]
