"""Text as users bring it: any encoding, copied from a portal with its chrome, mirror-site junk and tables
flattened to one cell per line or to single spaces. Samples are this project's own wording."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.document import load_document
from disclosures.parsing.text import (
    TABLE_ROW, clean_web_text, decode_text, is_chrome_line, label_value_lines, metadata_fields, rebuild_cell_lines,
    rebuild_spaced_tables, remove_injected_latin,
)

D = Decimal

STATEMENT = "样板县统计局2025年“三公”经费预算为6.30万元，比上年减少0.40万元，主要原因是减少外出调研。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_it_decodes_text_by_evidence(encoding):
    assert decode_text(STATEMENT.encode(encoding)) == STATEMENT


def test_it_decodes_big5_and_the_document_is_read_in_simplified_characters():
    traditional = ("樣板縣統計局2025年部門預算情況說明\n一、“三公”經費預算情況說明\n"
                   "2025年本局“三公”經費預算為6.30萬元，比上年減少0.40萬元。\n"
                   "其中：因公出國（境）費0萬元，公務接待費1.30萬元，公務用車購置及運行維護費5.00萬元。\n")
    data = traditional.encode("big5")
    assert decode_text(data) == traditional
    result = parse_disclosure(data, filename="說明.txt")
    assert result.unit == "样板县统计局"
    assert result.figures["sangong_total"].value == D("6.30")
    assert result.figures["sangong_total"].change == D("-0.40")
    assert result.figures["reception"].value == D("1.30")
    assert "原文为繁体字，已转换为简体后解析" in result.warnings


def test_it_never_lets_nul_or_control_characters_through():
    text = decode_text("预算\x07为\x1e6.30\x00万元\x1b".encode("utf-8"))
    assert text == "预算为6.30万元"


def test_it_gives_up_on_bytes_that_are_no_text():
    assert decode_text(bytes(range(128, 256)) * 50) is None


@pytest.mark.parametrize("line", [
    "首页 > 政务公开 > 财政信息 > 部门预决算",
    "当前位置：首页 » 信息公开",
    "您现在的位置是：网站首页>部门预算",
    "【打印本页】【关闭窗口】",
    "【字体：大 中 小】 【打印】 【关闭】",
    "分享到：",
    "版权所有：样板县人民政府办公室 ICP备00000000号",
    "上一篇：样板县财政局2025年部门预算",
    "主办单位：样板县人民政府 技术支持：某某网络公司",
])
def test_it_recognises_portal_chrome(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize("line", [
    "一、“三公”经费预算情况说明",
    "2025年本局“三公”经费预算为6.30万元。",
    "公务接待费 1.30",
    "打印机等办公设备购置支出12.00万元",
    "中小学校舍维修支出20.00万元，比上年增加3.00万元。",
])
def test_it_keeps_the_article(line):
    assert not is_chrome_line(line)


@pytest.mark.parametrize("line,expected", [
    ("索引号：11500000MB0000000A/2025-00012 发布机构：样板县统计局",
     [("索引号", "11500000MB0000000A/2025-00012"), ("发布机构", "样板县统计局")]),
    ("发布时间：2025-03-01  来源：样板县统计局  浏览次数：57", [
        ("发布时间", "2025-03-01"), ("来源", "样板县统计局"), ("浏览次数", "57")]),
    ("标　　题：样板县统计局2025年部门预算", [("标题", "样板县统计局2025年部门预算")]),
    ("2025年本局“三公”经费预算为6.30万元。", None),
    ("来源于上级补助收入的项目支出，全部用于统计调查工作，安排资金合计为12.00万元，比上年有所增加。", None),
])
def test_it_reads_metadata_lines(line, expected):
    assert metadata_fields(line) == expected


def test_metadata_becomes_clues_and_leaves_the_text():
    text, clues = clean_web_text("发布机构：样板县统计局\n成文日期：2025-03-01\n一、“三公”经费预算情况说明")
    assert text.strip() == "一、“三公”经费预算情况说明"
    assert [(c.field, c.value, c.origin) for c in clues] == [
        ("unit", "样板县统计局", "metadata:发布机构"), ("date", "2025-03-01", "metadata:成文日期")]


def test_it_removes_latin_syllables_a_mirror_site_injected():
    dirty = "2025年本局shi“三公”经费预算hao为6.30万元，比上年jia减少0.40万元，主要原因是减少wu外出调研。"
    assert remove_injected_latin(dirty) == "2025年本局“三公”经费预算为6.30万元，比上年减少0.40万元，主要原因是减少外出调研。"


def test_it_leaves_a_lone_latin_word_alone():
    text = "本局OA系统运维费用于ipad采购，预算2.00万元。"
    assert remove_injected_latin(text) == text


@pytest.mark.parametrize(("dirty", "clean"), [
    ("其中公务接dai待费3.20万元。", "其中公务接待费3.20万元。"),
    ("因公出guo国(境)费0万元。", "因公出国(境)费0万元。"),
])
def test_it_removes_a_single_syllable_wedged_between_two_characters(dirty: str, clean: str) -> None:
    assert remove_injected_latin(dirty) == clean


@pytest.mark.parametrize("text", [
    "建设5G基站，预算12.00万元。",  # a digit beside the letter
    "开展AI应用试点，预算3.00万元。",  # capitals: an acronym
    "改造路面2km长，预算8.00万元。",  # a unit after a number
    "购置wifi设备，预算1.00万元。",  # two syllables alone: may be a word
])
def test_it_keeps_latin_that_is_not_a_wedged_syllable(text: str) -> None:
    assert remove_injected_latin(text) == text


def test_it_puts_a_glued_heading_on_its_own_line():
    text, _ = clean_web_text("三、“三公”经费预算情况说明2025年本局“三公”经费预算为6.30万元。")
    assert text.split("\n") == ["三、“三公”经费预算情况说明", "2025年本局“三公”经费预算为6.30万元。"]


def test_it_rebuilds_a_table_flattened_to_one_cell_per_line_with_labels_down_the_side():
    lines = ["单位：万元", "项目", "2024年", "2025年", "因公出国（境）费", "0", "0", "公务接待费", "1.70", "1.30",
             "合计", "6.70", "6.30", "三、其他事项说明"]
    assert rebuild_cell_lines(lines) == [
        "单位：万元", TABLE_ROW + "项目\t2024年\t2025年", TABLE_ROW + "因公出国（境）费\t0\t0",
        TABLE_ROW + "公务接待费\t1.70\t1.30", TABLE_ROW + "合计\t6.70\t6.30", "三、其他事项说明"]


def test_it_rebuilds_a_table_flattened_to_one_cell_per_line_with_items_across():
    lines = ["合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行维护费", "6.30", "0", "1.30", "5.00"]
    assert rebuild_cell_lines(lines) == [
        TABLE_ROW + "合计\t因公出国（境）费\t公务接待费\t公务用车购置及运行维护费", TABLE_ROW + "6.30\t0\t1.30\t5.00"]


def test_it_leaves_short_lines_that_do_not_form_a_table():
    lines = ["一、部门职责", "二、机构设置", "编制12名", "2025年", "6.30"]
    assert rebuild_cell_lines(lines) == lines


def test_it_rebuilds_columns_separated_by_single_spaces():
    lines = ["项目 2024年 2025年", "公务接待费 1.70 1.30", "公务用车运行维护费 5.00 5.00", "说明：无因公出国（境）费。"]
    assert rebuild_spaced_tables(lines) == [
        TABLE_ROW + "项目\t2024年\t2025年", TABLE_ROW + "公务接待费\t1.70\t1.30",
        TABLE_ROW + "公务用车运行维护费\t5.00\t5.00", "说明：无因公出国（境）费。"]


def test_a_header_one_word_short_gets_a_blank_corner_cell():
    lines = ["合计 因公出国（境）费 公务接待费 公务用车", "2025年 6.30 0 1.30 5.00"]
    assert rebuild_spaced_tables(lines) == [
        TABLE_ROW + "\t合计\t因公出国（境）费\t公务接待费\t公务用车", TABLE_ROW + "2025年\t6.30\t0\t1.30\t5.00"]


MESSY_PAGE = """首页 > 信息公开 > 财政资金 > 三公经费
样板县文化和旅游局2024年“三公”经费决算情况公开
发布时间：2025-08-20　来源：县文旅局　浏览次数：88
【打印】【关闭】
按照县财政局统一要shi求，现将我局2024年度“三公”经费hao决算情况公开如下：
一、“三公”经费决算情况2024年我局“三公”经费决ma算支出12.36万元，比上年减少0.84万元，主要原因是严格控制公务接待。
二、“三公”经费明细
单位：万元
项目
2023年
2024年
因公出国（境）费
0
0
公务接待费
3.10
2.56
公务用车购置及运行维护费
10.10
9.80
合计
13.20
12.36
分享到：
上一篇：样板县文化和旅游局2024年部门决算
版权所有：样板县人民政府
"""


def test_a_page_copied_as_gbk_text_is_read_without_its_chrome():
    data = MESSY_PAGE.replace("\n", "\r\n").encode("gbk")
    document = load_document(data, filename="三公.txt")
    raws = [line.raw for line in document.lines]
    assert raws[0] == "样板县文化和旅游局2024年“三公”经费决算情况公开"
    assert "按照县财政局统一要求，现将我局2024年度“三公”经费决算情况公开如下：" in raws
    assert not any(word in "".join(raws) for word in ("首页", "浏览次数", "打印", "分享到", "上一篇", "版权所有"))
    assert [line.raw for line in document.lines if line.tabular] == [
        "项目\t2023年\t2024年", "因公出国（境）费\t0\t0", "公务接待费\t3.10\t2.56",
        "公务用车购置及运行维护费\t10.10\t9.80", "合计\t13.20\t12.36"]
    assert ("unit", "县文旅局") in {(c.field, c.value) for c in document.clues}

    result = parse_disclosure(data, filename="三公.txt")
    assert (result.year, result.kind) == (2024, "决算")
    assert result.figures["sangong_total"].value == D("12.36")
    assert result.figures["sangong_total"].change == D("-0.84")
    assert result.figures["reception"].value == D("2.56")
    assert result.figures["vehicle_total"].value == D("9.80")
    assert result.figures["outbound_travel"].value == D("0")


def test_it_splits_a_title_glued_to_its_opening_sentence():
    text, _ = clean_web_text("样板县统计局2025年部门预算情况说明按照预算公开的要求，现将有关情况说明如下：")
    assert text.split("\n") == ["样板县统计局2025年部门预算情况说明", "按照预算公开的要求，现将有关情况说明如下："]


def test_text_tables_become_grids_with_the_caption_and_unit_printed_above():
    text = "\n".join(["说明如下。", "表3 “三公”经费预算表", "单位：万元", "项目\t2024年\t2025年",
                      "公务接待费\t1.70\t1.30", "| 合计 | 6.70 | 6.30 |", "其他说明。"])
    document = load_document(text.encode("utf-8"), filename="t.txt")
    (table,) = document.tables
    assert (table.caption, table.unit, table.origin, table.page) == ("表3 “三公”经费预算表", "万元", "text", 1)
    assert table.grid == [["项目", "2024年", "2025年"], ["公务接待费", "1.70", "1.30"], ["合计", "6.70", "6.30"]]


def test_a_few_damaged_bytes_do_not_refuse_the_text():
    data = STATEMENT.encode("gbk") + b"\xff" + STATEMENT.encode("gbk")
    text = decode_text(data)
    assert text is not None and text.startswith(STATEMENT) and text.endswith(STATEMENT)


def test_it_removes_pinyin_glosses_a_mirror_site_put_in_brackets():
    dirty = "“三公”经费预(yu)算6.30万元，其中公务用车购(gou)置费0万元，公务接(jie)待费1.30万元。"
    assert remove_injected_latin(dirty) == "“三公”经费预算6.30万元，其中公务用车购置费0万元，公务接待费1.30万元。"


@pytest.mark.parametrize("line", [
    "样板县统计局2024年部门决算公开（2024-09-20）",
    "样板县统计局2023年“三公”经费预算公开 2023-02-16",
])
def test_other_articles_listed_beside_this_one_are_chrome(line):
    assert is_chrome_line(line)


def test_a_signature_with_its_date_is_kept():
    assert not is_chrome_line("样板县统计局 2025年3月1日")


def test_title_rows_of_a_sheet_give_caption_unit_and_the_unit_named_in_them():
    from disclosures.parsing.text import split_title_rows

    grid = [["样板县统计局2025年部门收支总表", None, None], ["编制单位：样板县统计局", "2025-01-15", "金额单位：元"],
            ["项目", "预算数", "上年数"], ["合计", "1,200.00", "1,100.00"]]
    assert split_title_rows(grid) == (
        "样板县统计局2025年部门收支总表", "元", [["项目", "预算数", "上年数"], ["合计", "1,200.00", "1,100.00"]],
        ["编制单位：样板县统计局"])


@pytest.mark.parametrize("line,expected", [
    ("【发布时间：2025-01-01】【来源：样板县财政局】", [("发布时间", "2025-01-01"), ("来源", "样板县财政局")]),
    ("发布时间:2025-01-01 | 来源:样板县财政局（预算股） | 作者:某某",
     [("发布时间", "2025-01-01"), ("来源", "样板县财政局（预算股）"), ("作者", "某某")]),
])
def test_metadata_in_brackets_and_bars_keeps_its_values_whole(line, expected):
    assert metadata_fields(line) == expected


def test_invisible_characters_inside_numbers_are_dropped():
    from disclosures.parsing.text import normalize

    assert normalize("公务接待费1\u20602.3\u200b0万元") == "公务接待费12.30万元"


def test_a_traditional_page_has_its_metadata_read_after_conversion():
    text = "樣板縣統計局2025年部門預算&ldquo;三公&rdquo;經費說明&nbsp;\n發布機構：樣板縣統計局\n一、&ldquo;三公&rdquo;經費預算為6.30萬元。"
    document = load_document(text.encode("big5"), filename="a.txt")
    assert [line.raw for line in document.lines] == ["样板县统计局2025年部门预算“三公”经费说明", "一、“三公”经费预算为6.30万元。"]
    assert [(c.field, c.value, c.origin) for c in document.clues] == [("unit", "样板县统计局", "metadata:发布机构")]
    assert document.warnings == ["原文为繁体字，已转换为简体后解析"]


NESTED_PAGE = """<html><head><meta charset="utf-8"><title>样板县档案馆</title></head><body>
<table width="100%"><tr><td><table><tr><td><a href="#">县财政局</a></td></tr><tr><td><a href="#">县档案馆</a></td></tr></table>
</td><td><table><tr><td><b>样板县档案馆2023年部门预算公开</b></td></tr><tr><td>
<p>一、收支预算</p>
<table border="1"><tr><td>科目</td><td>预算数（万元）</td></tr>
<tr><td>收入预算合计</td><td><span>140.50</span></td></tr><tr><td>支出预算合计</td><td><div>140.50</div></td></tr>
<tr><td>其中：基本支出</td><td>100.00</td></tr><tr><td>项目支出</td><td>40.50</td></tr></table>
<p>二、“三公”经费预算</p>
<table border="1"><tr><td>项目</td><td>2023年预算（万元）</td><td>比上年增减（万元）</td></tr>
<tr><td>因公出国（境）费</td><td>0</td><td>0</td></tr><tr><td>公务用车购置及运行维护费</td><td>2.10</td><td>0.30</td></tr>
<tr><td>公务接待费</td><td>0.70</td><td>-0.10</td></tr><tr><td>合计</td><td><b>2.80</b></td><td>0.20</td></tr></table>
</td></tr></table></td></tr></table></body></html>"""


def test_data_tables_nested_in_layout_tables_are_read_with_the_unit_their_headers_state():
    result = parse_disclosure(NESTED_PAGE.encode("utf-8"), filename="page.html")
    got = {k: (f.value, f.change) for k, f in result.figures.items()}
    assert got["income_total"][0] == D("140.50") and got["project_expenditure"][0] == D("40.50")
    assert got["basic_expenditure"][0] == D("100.00")
    assert got["sangong_total"] == (D("2.80"), D("0.20"))
    assert got["vehicle_total"] == (D("2.10"), D("0.30"))
    assert got["reception"] == (D("0.70"), D("-0.10"))


@pytest.mark.parametrize(("grid", "lines"), [
    ([["项目", "金额（万元）"], ["收入合计", "88.00"], ["支出合计", "88.00"]], ["收入合计：88.00万元。", "支出合计：88.00万元。"]),
    ([["科目", "预算数(元)"], ["公务接待费", "3,000"], ["因公出国（境）费", "0"]], ["公务接待费：3,000元。", "因公出国（境）费：0元。"]),
    # no unit over the amounts, or a share: not statements
    ([["项目", "金额"], ["收入合计", "88.00"], ["支出合计", "88.00"]], None),
    ([["项目", "占比（%）"], ["基本支出", "60"], ["项目支出", "40"]], None),
])
def test_a_two_column_table_whose_header_states_the_unit_reads_as_statements(grid, lines):
    assert label_value_lines(grid) == lines


YEAR_COLUMNS_PAGE = """<html><head><meta charset="utf-8"></head><body>
<h1>样板县救助站2024年单位预算</h1><p>本站为事业单位，主要数据如下表。</p>
<table border="1"><tr><td>项目</td><td>2024年</td><td>2023年</td></tr>
<tr><td>收入预算</td><td>230.40</td><td>221.00</td></tr><tr><td>支出预算</td><td>230.40</td><td>221.00</td></tr>
<tr><td>基本支出</td><td>180.40</td><td>176.00</td></tr><tr><td>项目支出</td><td>50.00</td><td>45.00</td></tr>
<tr><td>因公出国（境）费</td><td>0</td><td>0</td></tr><tr><td>公务用车运行维护费</td><td>1.90</td><td>2.10</td></tr>
<tr><td>公务接待费</td><td>0.40</td><td>0.50</td></tr><tr><td>“三公”经费合计</td><td>2.30</td><td>2.60</td></tr>
<tr><td>编制人数</td><td>12</td><td>11</td></tr></table>
<p>单位：万元（人数除外）</p></body></html>"""


def test_a_table_with_years_as_column_headers_is_read_from_this_years_column_with_the_unit_below_it():
    result = parse_disclosure(YEAR_COLUMNS_PAGE.encode("utf-8"), filename="page.html")
    got = {k: f.value for k, f in result.figures.items()}
    assert {k: got.get(k) for k in ("income_total", "expenditure_total", "basic_expenditure", "project_expenditure",
                                    "sangong_total", "vehicle_operation", "reception", "staff_authorized")} == {
        "income_total": D("230.40"), "expenditure_total": D("230.40"), "basic_expenditure": D("180.40"),
        "project_expenditure": D("50.00"), "sangong_total": D("2.30"), "vehicle_operation": D("1.90"),
        "reception": D("0.40"), "staff_authorized": D("12")}
    assert result.figures["staff_authorized"].source == "编制人数 · 2024年 · 12"


def test_a_year_column_table_without_a_unit_gives_no_amounts():
    page = YEAR_COLUMNS_PAGE.replace("<p>单位：万元（人数除外）</p>", "")
    result = parse_disclosure(page.encode("utf-8"), filename="page.html")
    assert not {"income_total", "sangong_total", "reception"} & set(result.figures)


@pytest.mark.parametrize(("opening", "spending"), [
    ("2023年本年支出合计57.30万元。", "57.30"),
    ("本馆2023年支出决算总额为57.30万元。", "57.30"),
    ("2023年本站收支决算均为57.30万元。", "57.30"),
    # no total: the words name a function line or a part, never the whole spending
    ("2023年社会保障和就业支出合计57.30万元。", None),
    ("2023年基本支出合计57.30万元。", None),
])
def test_a_short_statement_that_names_only_its_spending_gives_the_total(opening: str, spending: str | None) -> None:
    text = (f"样板县档案馆2023年度决算公开\n本馆编制8名，年末实有7名。{opening}\n"
            "2023年度“三公”经费支出2.10万元，全部为公务接待费。\n")
    result = parse_disclosure(text.encode(), filename="决算.txt")
    got = result.figures.get("expenditure_total")
    assert (got.value if got else None) == (D(spending) if spending else None)
    assert result.figures["sangong_total"].value == D("2.10")


@pytest.mark.parametrize(("sentence", "parts"), [
    # a total of zero leaves nothing to any item
    ("2026年本所“三公”经费预算为零，与上年持平。", {"outbound_travel": "0", "vehicle_purchase": "0",
                                              "vehicle_operation": "0", "reception": "0", "vehicle_total": None}),
    ("2026年本所“三公”经费预算0万元。", {"outbound_travel": "0", "reception": "0", "vehicle_purchase": "0"}),
    # the car named as one figure keeps that level: its parts are not invented
    ("2026年本所“三公”经费预算0万元，公务用车购置及运行维护费0万元。", {"vehicle_total": "0", "vehicle_purchase": None,
                                                         "vehicle_operation": None, "reception": "0"}),
    # a total that is not zero says nothing of the items it does not name
    ("2026年本所“三公”经费预算1.20万元，全部为公务接待费。", {"reception": "1.20", "outbound_travel": None,
                                                   "vehicle_total": None}),
])
def test_a_zero_sangong_total_makes_each_unstated_item_zero(sentence: str, parts: dict[str, str | None]) -> None:
    text = f"样板县气象所2026年单位预算公开\n一、单位基本情况\n本所编制5名。\n二、“三公”经费预算\n{sentence}\n"
    figures = parse_disclosure(text.encode(), filename="预算.txt").figures
    got = {metric: figures[metric].value if metric in figures else None for metric in parts}
    assert got == {metric: D(value) if value else None for metric, value in parts.items()}
