"""Every file format a county publishes, built here by the tests themselves (lxml-free HTML text, openpyxl,
xlwt, python-docx) in this project's own wording, parsed end to end through parse_disclosure."""
from __future__ import annotations

import io
import struct
import zipfile
from decimal import Decimal

import pytest

from disclosures.parsing import ParseError, parse_disclosure
from disclosures.parsing.document import detect_format, load_document

D = Decimal

# ---------------------------------------------------------------------------------------------
# A saved web page: portal chrome, a metadata block, a 三公 table with merged header cells
# ---------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>样板县农业农村委员会2025年部门预算情况说明_样板县人民政府门户网站</title>
<script>var figures = "“三公”经费预算99.99万元";</script><style>.nav {{ color: red }}</style></head>
<body>
<div class="top-bar"><a href="/">样板县人民政府</a> <a>无障碍</a> <a>长者模式</a></div>
<div class="nav"><ul><li><a>首页</a></li><li><a>政务公开</a></li><li><a>财政预决算</a></li></ul></div>
<div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>部门预决算</a></div>
<table class="xxgk_table">
<tr><td>索 引 号：</td><td>11500000MB0000000A/2025-00031</td><td>发布机构：</td><td>样板县农业农村委员会</td></tr>
<tr><td>成文日期：</td><td>2025-02-10</td><td>发布日期：</td><td>2025-02-12</td></tr>
<tr><td>标　　题：</td><td colspan="3">样板县农业农村委员会2025年部门预算情况说明</td></tr>
</table>
<div class="article">
<h1>样板县农业农村委员会2025年部门预算情况说明</h1>
<div class="info">发布时间：2025-02-12 来源：样板县财政局 浏览次数：215
【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</div>
<div class="TRS_Editor">
<p>一、部门基本情况</p>
<p>本部门编制45名，实有42人。</p>
<p>二、收支预算总体情况</p>
<p>2025年部门收入预算合计2,318.60万元，支出预算合计2,318.60万元，其中基本支出1,506.20万元，项目支出812.40万元。</p>
<p>三、“三公”经费预算情况说明</p>
<p>2025年本部门“三公”经费预算为18.60万元，比上年减少2.00万元，主要原因是压减公务用车运行开支。</p>
<p style="text-align:center">2025年“三公”经费预算表</p><p style="text-align:right">单位：万元</p>
<table border="1">
<tr><td rowspan="2">年度</td><td rowspan="2">合计</td><td rowspan="2">因公出国（境）费</td>
<td colspan="3">公务用车购置及运行维护费</td><td rowspan="2">公务接待费</td></tr>
<tr><td>小计</td><td>购置费</td><td>运行维护费</td></tr>
<tr><td>2024年</td><td>20.60</td><td>0</td><td>15.80</td><td>0</td><td>15.80</td><td>4.80</td></tr>
<tr><td>2025年</td><td>18.60</td><td>0</td><td>14.20</td><td>0</td><td>14.20</td><td>4.40</td></tr>
</table>
<p>四、其他重要事项</p>
<p>2025年本部门机关运行经费预算为96.30万元。</p>
</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<ul class="related"><li><a>样板县财政局2025年部门预算情况说明</a></li><li><a>样板县水利局2025年部门预算情况说明</a></li></ul>
</div>
<div class="footer">版权所有：样板县人民政府办公室 主办单位：样板县人民政府 ICP备00000000号</div>
</body></html>
"""


def _page(charset: str = "utf-8", encoding: str = "utf-8") -> bytes:
    return PAGE.format(charset=charset).encode(encoding)


@pytest.mark.parametrize("charset,encoding", [("utf-8", "utf-8"), ("gb2312", "gb18030"), ("gbk", "gbk")])
def test_it_reads_a_saved_web_page_figures_exactly(charset, encoding):
    result = parse_disclosure(_page(charset, encoding), filename="page.htm")

    assert (result.unit, result.year, result.kind, result.scope) == ("样板县农业农村委员会", 2025, "预算", "部门")
    values = {key: figure.value for key, figure in result.figures.items()}
    assert values == {
        "income_total": D("2318.60"), "expenditure_total": D("2318.60"), "basic_expenditure": D("1506.20"),
        "project_expenditure": D("812.40"), "sangong_total": D("18.60"), "outbound_travel": D("0"),
        "vehicle_purchase": D("0"), "vehicle_operation": D("14.20"), "vehicle_total": D("14.20"),
        "reception": D("4.40"), "operating_costs": D("96.30"), "staff_authorized": D("45"), "staff_actual": D("42"),
    }
    assert result.figures["sangong_total"].change == D("-2.00")
    assert result.figures["reception"].source == "“三公”经费支出表 · 2025年 · 公务接待费"


def test_it_keeps_the_article_and_drops_scripts_menus_chrome_and_related_links():
    document = load_document(_page(), filename="page.html")
    text = "\n".join(line.raw for line in document.lines)

    assert document.format == "html"
    assert document.lines[0].raw == "样板县农业农村委员会2025年部门预算情况说明"
    for junk in ("99.99", "首页", "当前位置", "浏览次数", "打印", "分享到", "样板县水利局", "版权所有", "索引号",
                 "长者模式", "成文日期"):
        assert junk not in text, junk
    assert "2025年本部门机关运行经费预算为96.30万元。" in text


def test_it_turns_the_metadata_block_into_clues():
    document = load_document(_page(), filename="page.html")
    clues = {(clue.origin, clue.field, clue.value) for clue in document.clues}

    assert ("metadata:发布机构", "unit", "样板县农业农村委员会") in clues
    assert ("metadata:标题", "title", "样板县农业农村委员会2025年部门预算情况说明") in clues
    assert ("metadata:索引号", "index_number", "11500000MB0000000A/2025-00031") in clues
    assert ("metadata:成文日期", "date", "2025-02-10") in clues
    assert ("metadata:来源", "unit", "样板县财政局") in clues


def test_it_gives_a_web_table_as_a_grid_with_caption_unit_and_merged_cells():
    document = load_document(_page(), filename="page.html")

    assert len(document.tables) == 1
    table = document.tables[0]
    assert (table.caption, table.unit, table.origin, table.page) == ("2025年“三公”经费预算表", "万元", "html", 1)
    assert table.grid[0] == ["年度", "合计", "因公出国（境）费", "公务用车购置及运行维护费", None, None, "公务接待费"]
    assert table.grid[1] == [None, None, None, "小计", "购置费", "运行维护费", None]
    assert table.grid[3] == ["2025年", "18.60", "0", "14.20", "0", "14.20", "4.40"]
    rows = [line.raw for line in document.lines if line.tabular]
    assert rows[-1] == "2025年\t18.60\t0\t14.20\t0\t14.20\t4.40"


def test_it_reads_html_by_its_content_whatever_the_file_is_called():
    assert detect_format(_page()) == "html"
    result = parse_disclosure(_page(), filename="附件1.xls")  # portals export HTML tables as .xls
    assert result.figures["operating_costs"].value == D("96.30")


def test_it_reads_a_page_whose_title_is_only_in_the_head():
    page = (
        "<html><head><meta charset='utf-8'><title>样板县司法局2024年“三公”经费决算公开 - 样板县政府网</title></head>"
        "<body><div class='content'><p>一、“三公”经费决算情况</p><p>2024年本局“三公”经费决算支出8.20万元，比上年减少0.60万元。</p>"
        "<p>其中：因公出国（境）费0万元，公务接待费1.20万元，公务用车购置及运行维护费7.00万元。</p></div></body></html>"
    ).encode()
    document = load_document(page, filename="a.html")
    assert document.lines[0].raw == "样板县司法局2024年“三公”经费决算公开"
    result = parse_disclosure(page, filename="a.html")
    assert result.figures["sangong_total"].value == D("8.20")
    assert result.figures["reception"].value == D("1.20")
    assert result.figures["vehicle_total"].value == D("7.00")


# ---------------------------------------------------------------------------------------------
# Workbooks (.xlsx through openpyxl, .xls through xlwt) and Word (.docx through python-docx)
# ---------------------------------------------------------------------------------------------

def _xlsx() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "表1收支总表"
    first.append(["样板县水利局2025年部门收支预算总表"])
    first.merge_cells("A1:D1")
    first.append(["", "", "", "单位：万元"])
    first.append(["收入", None, "支出", None])
    first.merge_cells("A3:B3")
    first.merge_cells("C3:D3")
    first.append(["项目", "预算数", "项目", "预算数"])
    first.append(["一般公共预算拨款", 1234.56, "基本支出", 1000.1])
    first.append(["政府性基金", 0, "项目支出", 234.46])
    first.append(["收入合计", 1234.56, "支出合计", 1234.56])
    second = book.create_sheet("表7三公")
    second.append(["样板县水利局2025年“三公”经费预算表"])
    second.merge_cells("A1:F1")
    second.append(["单位：万元"])
    second.append(["合计", "因公出国（境）费", "公务用车购置及运行维护费", None, None, "公务接待费"])
    second.merge_cells("C3:E3")
    second.append([None, None, "小计", "购置费", "运行维护费", None])
    second.append([0.1 + 0.2 + 9.6, 0, 7.5, 0, 7.5, 2.4])  # a formula's float noise: 9.9 as 9.899999…
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_it_reads_a_workbook_sheet_by_sheet_into_captioned_tables():
    document = load_document(_xlsx(), filename="附表.xlsx")

    assert (document.format, document.pages) == ("xlsx", 2)
    first, second = document.tables
    assert (first.caption, first.unit, first.page, first.origin) == ("样板县水利局2025年部门收支预算总表", "万元", 1, "xlsx")
    assert first.grid[0] == ["收入", None, "支出", None]
    assert first.grid[-1] == ["收入合计", "1234.56", "支出合计", "1234.56"]
    assert (second.caption, second.unit, second.page) == ("样板县水利局2025年“三公”经费预算表", "万元", 2)
    assert second.grid[-1] == ["9.9", "0", "7.5", "0", "7.5", "2.4"]
    assert {line.page for line in document.lines if "“三公”经费预算表" in line.raw} == {2}


def test_it_reads_the_sangong_sheet_of_a_workbook_exactly():
    result = parse_disclosure(_xlsx(), filename="附表.xlsx")
    values = {key: result.figures[key].value for key in
              ("sangong_total", "outbound_travel", "vehicle_total", "vehicle_purchase", "vehicle_operation", "reception")}
    assert values == {"sangong_total": D("9.9"), "outbound_travel": D("0"), "vehicle_total": D("7.5"),
                      "vehicle_purchase": D("0"), "vehicle_operation": D("7.5"), "reception": D("2.4")}
    assert result.year == 2025


def _xls() -> bytes:
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("三公经费")
    sheet.write_merge(0, 0, 0, 4, "样板县水利局2025年“三公”经费预算表")
    sheet.write(1, 0, "单位：万元")
    for j, label in enumerate(["合计", "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]):
        sheet.write(2, j, label)
    for j, value in enumerate([9.9, 0, 0, 7.5, 2.4]):
        sheet.write(3, j, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_it_reads_an_old_excel_xls_workbook():
    data = _xls()
    assert detect_format(data) == "xls"
    document = load_document(data, filename="download.bin")
    table = document.tables[0]
    assert (table.caption, table.unit, table.origin) == ("样板县水利局2025年“三公”经费预算表", "万元", "xls")
    assert table.grid == [["合计", "因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费"],
                          ["9.9", "0", "0", "7.5", "2.4"]]
    result = parse_disclosure(data, filename="download.bin")
    assert result.figures["vehicle_operation"].value == D("7.5")
    assert result.figures["reception"].value == D("2.4")


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("样板县水利局2025年部门预算情况说明", 1)
    document.add_paragraph("一、收支预算总体情况")
    document.add_paragraph("2025年部门收入预算合计1,234.56万元，支出预算合计1,234.56万元。")
    document.add_paragraph("二、“三公”经费预算情况说明")
    document.add_paragraph("2025年“三公”经费预算表")
    document.add_paragraph("单位：万元")
    table = document.add_table(rows=3, cols=6)
    for j, label in enumerate(["合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"]):
        table.cell(0, j).text = label
    table.cell(0, 2).merge(table.cell(0, 4)).text = "公务用车购置及运行维护费"
    for j in (0, 1, 5):
        table.cell(0, j).merge(table.cell(1, j))
    for j, label in zip((2, 3, 4), ("小计", "购置费", "运行维护费")):
        table.cell(1, j).text = label
    for j, value in enumerate(["9.90", "0", "7.50", "0", "7.50", "2.40"]):
        table.cell(2, j).text = value
    document.add_paragraph("三、机关运行经费")
    document.add_paragraph("2025年本部门机关运行经费预算为55.20万元。")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_it_reads_a_word_document_paragraphs_and_tables():
    data = _docx()
    document = load_document(data, filename="说明.docx")
    assert document.format == "docx"
    table = document.tables[0]
    assert (table.caption, table.unit, table.origin) == ("2025年“三公”经费预算表", "万元", "docx")
    assert table.grid[0] == ["合计", "因公出国（境）费", "公务用车购置及运行维护费", None, None, "公务接待费"]
    assert table.grid[1] == [None, None, "小计", "购置费", "运行维护费", None]

    result = parse_disclosure(data, filename="说明.docx")
    assert (result.unit, result.year, result.kind) == ("样板县水利局", 2025, "预算")
    values = {key: figure.value for key, figure in result.figures.items()}
    assert values == {
        "income_total": D("1234.56"), "expenditure_total": D("1234.56"), "sangong_total": D("9.90"),
        "outbound_travel": D("0"), "vehicle_purchase": D("0"), "vehicle_operation": D("7.50"),
        "vehicle_total": D("7.50"), "reception": D("2.40"), "operating_costs": D("55.20"),
    }


# ---------------------------------------------------------------------------------------------
# Refusals: one Chinese line, never a traceback
# ---------------------------------------------------------------------------------------------

def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def _declare_size(data: bytes, name: bytes, size: int) -> bytes:
    """Rewrite the uncompressed size a zip's central directory declares for one member."""
    at = 0
    while True:
        at = data.index(b"PK\x01\x02", at)
        name_length = struct.unpack("<H", data[at + 28: at + 30])[0]
        if data[at + 46: at + 46 + name_length] == name:
            return data[: at + 24] + struct.pack("<I", size) + data[at + 28:]
        at += 4


def test_it_refuses_a_zip_bomb_from_its_declared_sizes_without_inflating_it():
    bomb = _declare_size(_zip({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<w/>" * 10}),
                         b"xl/workbook.xml", 0xFFFF0000)
    with pytest.raises(ParseError, match="^附表.xlsx：压缩包过大"):
        parse_disclosure(bomb, filename="附表.xlsx")


def test_it_refuses_a_really_compressed_bomb():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/document.xml", "w") as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(80):
                member.write(chunk)
    with pytest.raises(ParseError, match="压缩包过大"):
        parse_disclosure(out.getvalue(), filename="说明.docx")


@pytest.mark.parametrize("data,message", [
    (b"PK\x03\x04garbage that is not a zip at all", "文件已损坏"),
    (_zip({"readme.txt": b"hello"}), "压缩包"),
    (_zip({"word/document.xml": b"<not really word"}), "Word文件已损坏"),
    (_zip({"xl/workbook.xml": b"<not really excel"}), "表格文件已损坏"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "未识别的文件类型"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le") + bytes(600), "Word文件（.doc）已损坏"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "Workbook".encode("utf-16-le") + bytes(600), "表格文件已损坏"),
    (bytes(range(256)) * 40, "未识别的文件类型|无法识别文字编码"),
    (b"   \n\t ", "文件为空"),
])
def test_it_refuses_unreadable_files_with_one_chinese_line(data, message):
    with pytest.raises(ParseError, match=message) as caught:
        parse_disclosure(data, filename="上传文件")
    text = str(caught.value)
    assert "\n" not in text and "Traceback" not in text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)


OLD_PORTAL = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>样板县2019年“三公”经费预算公开</title></head>
<body><table width="1000"><tr><td><table><tr><td><a>首页</a> | <a>政务公开</a> | <a>办事服务</a></td></tr></table></td></tr>
<tr><td><table>
<tr><td class="title" align="center"><font size="5"><b>样板县林业局2019年“三公”经费预算公开</b></font></td></tr>
<tr><td align="center">发布时间：2019-03-01&nbsp;&nbsp;点击数：100&nbsp;&nbsp;[<a>打印</a>]</td></tr>
<tr><td id="zoom">&nbsp;&nbsp;根据预算公开有关要求，现将我局2019年“三公”经费预算公开如下：<br>
&nbsp;&nbsp;一、“三公”经费预算情况<br>&nbsp;&nbsp;2019年我局“三公”经费预算为21.50万元。<br>
<div style="display:none">2018年“三公”经费预算为99.00万元。</div>
<table border="1"><thead><tr><th colspan="5">2019年“三公”经费预算表（单位：万元）</th></tr>
<tr><th>合计</th><th>因公出国（境）费</th><th>公务接待费</th><th>公务用车购置费</th><th>公务用车运行维护费</th></tr></thead>
<tbody><tr><td>21.50</td><td>0.00</td><td>3.50</td><td>0.00</td><td>18.00</td></tr></tbody></table>
<ul class="xxgk"><li><span>索引号：</span>000000/2019-00001</li><li><span>发布机构：</span>样板县林业局</li></ul>
</td></tr></table></td></tr>
<tr><td align="center">主办：样板县人民政府办公室　　技术支持：某网络公司</td></tr></table></body></html>
"""


def test_it_reads_an_old_portal_laid_out_in_nested_tables():
    data = OLD_PORTAL.encode("gbk")
    document = load_document(data, filename="show.asp")
    raws = [line.raw for line in document.lines]
    assert raws[0] == "样板县林业局2019年“三公”经费预算公开"  # the styled title, not the <title> of the site
    assert not any(word in "".join(raws) for word in ("首页", "点击数", "打印", "99.00", "技术支持", "索引号"))
    (table,) = document.tables
    assert (table.caption, table.unit) == ("2019年“三公”经费预算表", "万元")
    assert table.grid == [["合计", "因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行维护费"],
                          ["21.50", "0.00", "3.50", "0.00", "18.00"]]
    assert ("unit", "样板县林业局", "metadata:发布机构") in {(c.field, c.value, c.origin) for c in document.clues}

    result = parse_disclosure(data, filename="show.asp")
    values = {key: result.figures[key].value for key in
              ("sangong_total", "outbound_travel", "reception", "vehicle_purchase", "vehicle_operation")}
    assert values == {"sangong_total": D("21.50"), "outbound_travel": D("0"), "reception": D("3.50"),
                      "vehicle_purchase": D("0"), "vehicle_operation": D("18.00")}


def test_sentences_set_in_a_table_are_read_as_prose():
    page = ("<html><body><p>样板县档案馆2025年部门预算情况说明</p><table>"
            "<tr><td>一</td><td>2025年本单位“三公”经费预算为3.20万元，比上年减少0.20万元。</td></tr>"
            "<tr><td>二</td><td>2025年本单位机关运行经费预算为20.00万元，比上年增加1.00万元。</td></tr>"
            "</table></body></html>").encode()
    document = load_document(page, filename="a.html")
    assert not document.tables
    assert [line.raw for line in document.lines if not line.tabular][-1] == \
        "2025年本单位机关运行经费预算为20.00万元，比上年增加1.00万元。"
    result = parse_disclosure(page, filename="a.html")
    assert (result.figures["sangong_total"].value, result.figures["sangong_total"].change) == (D("3.20"), D("-0.20"))
    assert (result.figures["operating_costs"].value, result.figures["operating_costs"].change) == (D("20.00"), D("1.00"))


def test_it_reads_a_page_saved_as_one_mhtml_file():
    import quopri

    body = quopri.encodestring(_page()).decode("ascii")
    data = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: http://example.invalid/art/1.html\r\n"
            "Subject: page\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
            "\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--x\"\r\n\r\n"
            "------MultipartBoundary--x\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + body +
            "\r\n------MultipartBoundary--x--\r\n").encode("ascii")
    assert detect_format(data) == "mhtml"
    result = parse_disclosure(data, filename="page.mhtml")
    assert result.unit == "样板县农业农村委员会"
    assert result.figures["vehicle_operation"].value == D("14.20")
    assert result.figures["operating_costs"].value == D("96.30")


def test_a_title_that_links_to_its_own_page_is_kept():
    page = ("<html><body><div class='nav'><a>首页</a></div><h1><a href='/a/1.html'>样板县档案馆2025年部门预算情况说明</a></h1>"
            "<p>一、“三公”经费预算情况说明</p><p>2025年本单位“三公”经费预算为3.20万元，比上年减少0.20万元。</p>"
            "</body></html>").encode()
    document = load_document(page, filename="a.html")
    assert document.lines[0].raw == "样板县档案馆2025年部门预算情况说明"


def test_a_fragment_of_markup_saved_as_text_is_read_as_html():
    fragment = ("<div class='TRS_Editor'><p>样板县档案馆2025年部门预算情况说明</p><p>一、“三公”经费预算情况说明</p>"
                "<p>2025年本单位“三公”经费预算为3.20万元，比上年减少0.20万元。</p><p>二、机关运行经费</p>"
                "<p>2025年本单位机关运行经费预算为20.00万元。</p></div>").encode()
    document = load_document(fragment, filename="copied.txt")
    assert document.format == "html"
    assert [line.raw for line in document.lines][-1] == "2025年本单位机关运行经费预算为20.00万元。"


def test_a_hidden_sheet_is_never_read_as_the_disclosure():
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(_xlsx()))
    stale = book.create_sheet("上年数据")
    stale.append(["样板县水利局2024年“三公”经费预算表"])
    stale.append(["公务接待费", 99])
    stale.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    document = load_document(out.getvalue(), filename="附表.xlsx")
    assert [table.caption for table in document.tables] == [
        "样板县水利局2025年部门收支预算总表", "样板县水利局2025年“三公”经费预算表"]
    assert "工作表“上年数据”为隐藏工作表，已跳过" in document.warnings
    assert "99" not in "".join(line.raw for line in document.lines)


def test_the_bytes_win_over_a_charset_the_page_wrongly_declares():
    page = ("<html><head><meta charset='gbk'></head><body><h1>样板县档案馆2025年部门预算情况说明</h1>"
            "<p hidden>已撤下的旧稿：“三公”经费预算为9.00万元。</p>"
            "<p>一、“三公”经费预算情况说明</p><p>2025年本单位“三公”经费预算为3.20万元，比上年减少0.20万元。</p>"
            "</body></html>").encode("utf-8")
    document = load_document(page, filename="a.html")
    assert [line.raw for line in document.lines] == [
        "样板县档案馆2025年部门预算情况说明", "一、“三公”经费预算情况说明",
        "2025年本单位“三公”经费预算为3.20万元，比上年减少0.20万元。"]


def test_a_title_in_a_word_text_box_is_read():
    import docx
    from docx.oxml import parse_xml

    document = docx.Document(io.BytesIO(_docx()))
    cover = document.paragraphs[0].insert_paragraph_before("")
    box = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pict><w:txbxContent>'
        '<w:p><w:r><w:t>样板县水利局</w:t></w:r></w:p><w:p><w:r><w:t>2025年部门预算公开</w:t></w:r></w:p>'
        '</w:txbxContent></w:pict></w:r>')
    cover._p.append(box)
    out = io.BytesIO()
    document.save(out)
    lines = [line.raw for line in load_document(out.getvalue(), filename="说明.docx").lines]
    assert lines[:3] == ["样板县水利局", "2025年部门预算公开", "样板县水利局2025年部门预算情况说明"]


def test_the_site_banner_above_the_title_and_a_logo_heading_are_not_the_article():
    page = ("<html><body><div class='header'><h1 class='logo'>样板县人民政府</h1></div>"
            "<div class='bar'>样板县人民政府网 · 信息公开平台</div>"
            "<div>索引号：000000/2025-00009　发布机构：样板县林业局</div>"
            "<h1>样板县林业局2025年部门预算“三公”经费预算公开</h1>"
            "<p>2025年本部门“三公”经费预算安排如下表。</p>"
            "<table border='1'><caption>2025年“三公”经费预算表　　单位：元</caption>"
            "<tr><td>合计</td><td>因公出国（境）费</td><td>公务接待费</td><td>公务用车购置费</td><td>公务用车运行维护费</td></tr>"
            "<tr><td>96000</td><td>0</td><td>16000</td><td>0</td><td>80000</td></tr></table></body></html>").encode()
    document = load_document(page, filename="a.html")
    assert [line.raw for line in document.lines] == [
        "样板县林业局2025年部门预算“三公”经费预算公开", "2025年本部门“三公”经费预算安排如下表。",
        "2025年“三公”经费预算表", "单位：元", "合计\t因公出国（境）费\t公务接待费\t公务用车购置费\t公务用车运行维护费",
        "96000\t0\t16000\t0\t80000"]
    assert (document.tables[0].caption, document.tables[0].unit) == ("2025年“三公”经费预算表", "元")
    assert ("unit", "样板县林业局") in {(c.field, c.value) for c in document.clues}
    result = parse_disclosure(page, filename="a.html")
    assert result.figures["sangong_total"].value == D("9.6")
    assert result.figures["vehicle_operation"].value == D("8")


# ---------------------------------------------------------------------------------------------
# Word 97-2003 (.doc): no writer exists here, so the test builds the file itself: an OLE2 container
# (512-byte sectors, one FAT sector, one directory sector) holding a WordDocument stream with its FIB
# and the text, and a 0Table stream with the piece table.
# ---------------------------------------------------------------------------------------------

def _ole2(streams: dict[str, bytes]) -> bytes:
    end, free, fat_mark = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    names = list(streams)
    data = [streams[n] + b"\0" * (-len(streams[n]) % 512) for n in names]
    fat = [fat_mark, end]
    starts = []
    for blob in data:
        starts.append(len(fat))
        count = len(blob) // 512
        fat += [len(fat) + k + 1 for k in range(count - 1)] + [end]
    assert len(fat) <= 128
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, left: int, start: int, size: int) -> bytes:
        encoded = name.encode("utf-16-le") + b"\0\0"
        return (encoded.ljust(64, b"\0") + struct.pack("<HBBIII", len(encoded), kind, 1, left, free, child)
                + b"\0" * 36 + struct.pack("<II", start, size) + b"\0" * 4)

    directory = entry("Root Entry", 5, 1, free, end, 0)
    for k, name in enumerate(names):
        directory += entry(name, 2, free, k + 2 if k + 1 < len(names) else free, starts[k], len(streams[name]))
    directory = directory.ljust(512, b"\0")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", 0) + struct.pack("<I", free) * 108)
    return header + struct.pack("<128I", *fat) + directory + b"".join(data)


def _doc(text: str) -> bytes:
    body = text.encode("utf-16-le")
    fib = bytearray(2048)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<i", fib, 0x4C, len(text))
    clx = b"\x02" + struct.pack("<I", 20) + struct.pack("<ii", 0, len(text)) + struct.pack("<HIH", 0, 2048, 0)
    struct.pack_into("<II", fib, 0x1A2, 0, len(clx))
    word = (bytes(fib) + body).ljust(4096, b"\0")
    return _ole2({"WordDocument": word, "0Table": clx.ljust(4096, b"\0")})


def _doc_row(*cells: str) -> str:
    return "".join(cell + "\x07" for cell in cells) + "\x07"


DOC_TEXT = ("样板县气象局2025年部门预算情况说明\r一、收支预算总体情况\r"
            "2025年部门收入预算合计512.30万元，支出预算合计512.30万元。\r"
            "二、“三公”经费预算情况说明\r2025年“三公”经费预算表\r单位：万元\r"
            + _doc_row("合计", "因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行维护费")
            + _doc_row("6.80", "", "1.80", "", "5.00")
            + "三、机关运行经费\r2025年本部门机关运行经费预算为31.40万元。\r")


def test_it_reads_an_old_word_doc_with_its_table():
    data = _doc(DOC_TEXT)
    assert detect_format(data) == "doc"
    document = load_document(data, filename="说明.doc")
    (table,) = document.tables
    assert (table.caption, table.unit, table.origin) == ("2025年“三公”经费预算表", "万元", "doc")
    assert table.grid == [["合计", "因公出国（境）费", "公务接待费", "公务用车购置费", "公务用车运行维护费"],
                          ["6.80", "", "1.80", "", "5.00"]]
    result = parse_disclosure(data, filename="说明.doc")
    assert (result.unit, result.year, result.kind) == ("样板县气象局", 2025, "预算")
    values = {key: figure.value for key, figure in result.figures.items()}
    assert values["income_total"] == D("512.30") and values["operating_costs"] == D("31.40")
    assert (values["sangong_total"], values["reception"], values["vehicle_operation"]) == (D("6.80"), D("1.80"), D("5.00"))
    # blank cells are 0 only because the table's own sum holds with them as 0
    assert (values["outbound_travel"], values["vehicle_purchase"]) == (D("0"), D("0"))


def test_a_damaged_doc_is_refused_in_one_line():
    data = _doc(DOC_TEXT)
    with pytest.raises(ParseError, match="Word文件（.doc）已损坏"):
        parse_disclosure(data[:1700], filename="说明.doc")


def test_tables_stacked_in_one_sheet_become_separate_tables():
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["样板县水利局2025年“三公”经费预算表"], ["单位：万元"],
                ["合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行维护费"], [9.9, 0, 2.4, 7.5], [],
                ["表8 机关运行经费预算表"], ["单位：万元"], ["项目", "预算数"], ["机关运行经费", 41.2]):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    document = load_document(out.getvalue(), filename="附表.xlsx")
    assert [(t.caption, t.unit, t.page) for t in document.tables] == [
        ("样板县水利局2025年“三公”经费预算表", "万元", 1), ("表8 机关运行经费预算表", "万元", 1)]
    assert document.tables[1].grid == [["项目", "预算数"], ["机关运行经费", "41.2"]]
    result = parse_disclosure(out.getvalue(), filename="附表.xlsx")
    assert result.figures["reception"].value == D("2.4")


def test_a_two_column_table_of_labels_and_stated_amounts_reads_as_statements():
    page = ("<html><body><h1>样板县档案馆2025年“三公”经费预算公开</h1><p>一、“三公”经费预算情况</p>"
            "<table><tr><td>项目</td><td>预算数</td></tr>"
            "<tr><td>“三公”经费合计</td><td>3.20万元</td></tr><tr><td>因公出国（境）费</td><td>0万元</td></tr>"
            "<tr><td>公务接待费</td><td>1.20万元</td></tr><tr><td>公务用车购置及运行维护费</td><td>2.00万元</td></tr>"
            "</table></body></html>").encode()
    document = load_document(page, filename="a.html")
    assert [line.raw for line in document.lines][-2:] == ["公务接待费：1.20万元。", "公务用车购置及运行维护费：2.00万元。"]
    assert document.tables[0].grid[1] == ["“三公”经费合计", "3.20万元"]
    result = parse_disclosure(page, filename="a.html")
    values = {key: result.figures[key].value for key in ("sangong_total", "outbound_travel", "reception", "vehicle_total")}
    assert values == {"sangong_total": D("3.20"), "outbound_travel": D("0"), "reception": D("1.20"),
                      "vehicle_total": D("2.00")}


def _ods(rows: list[list[str | float]]) -> bytes:
    """A minimal OpenDocument spreadsheet, written by hand (no writer for .ods here)."""
    def cell(value: str | float) -> str:
        if isinstance(value, float):
            return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
               f'<office:spreadsheet><table:table table:name="三公">{body}</table:table></office:spreadsheet>'
               '</office:body></office:document-content>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
            ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml"'
            ' manifest:media-type="text/xml"/></manifest:manifest>'), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_it_reads_an_opendocument_spreadsheet():
    data = _ods([["样板县2025年“三公”经费预算表"], ["单位：万元"], ["合计", "公务接待费", "因公出国（境）费"], [3.5, 3.5, 0.0]])
    assert detect_format(data) == "ods"
    (table,) = load_document(data, filename="附表.ods").tables
    assert (table.caption, table.unit, table.origin) == ("样板县2025年“三公”经费预算表", "万元", "ods")
    assert table.grid == [["合计", "公务接待费", "因公出国（境）费"], ["3.5", "3.5", "0"]]


def test_a_short_statement_in_a_column_classed_right_is_kept():
    page = ("<html><body><div class='left'><ul><li><a>通知公告</a></li><li><a>政策文件</a></li></ul></div>"
            "<div class='right'><h2>样板县档案馆2025年“三公”经费预算公开</h2>"
            "<p>2025年本单位“三公”经费预算32000元，其中公务接待费12000元，公务用车运行维护费20000元。</p></div>"
            "</body></html>").encode()
    raws = [line.raw for line in load_document(page, filename="a.html").lines]
    assert raws == ["样板县档案馆2025年“三公”经费预算公开",
                    "2025年本单位“三公”经费预算32000元，其中公务接待费12000元，公务用车运行维护费20000元。"]
