"""Identity from evidence: each clue reader with a table of strings written for these tests, the weighing, the
refusals, and several disclosures in one file."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import NotADisclosure, parse_disclosure, parse_disclosures
from disclosures.parsing.document import load_document
from disclosures.parsing.identity import (
    PRECEDENCE, arabic_years, clean_unit, cover_clues, figure_sentence_clues, filename_clues, identify,
    refuse_other_documents, segment_starts, sentence_clues, title_clues,
)
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Clue

BODY = "一、部门基本情况\n本部门2024年收入预算合计1,234.50万元，支出预算合计1,234.50万元。\n"


def lines_of(text: str):
    return page_lines([text])


def fields(clues: list[Clue]) -> dict[str, object]:
    found: dict[str, object] = {}
    for clue in clues:
        found.setdefault(clue.field, clue.value)
    return found


@pytest.mark.parametrize("text,unit,year,kind,scope,genre", [
    ("宣汉县文化广播电视和旅游局2023年部门预算情况说明", "宣汉县文化广播电视和旅游局", 2023, "预算", "部门", "情况说明"),
    ("通道县司法局2023年度部门决算情况说明一、部门基本情况本局负责全县司法行政工作。",
     "通道县司法局", 2023, "决算", "部门", "情况说明"),
    ("黔江区民政局2021年部门决算公开", "黔江区民政局", 2021, "决算", "部门", "情况说明"),
    ("石门县水利局 2024 年 部门预算 情况说明", "石门县水利局", 2024, "预算", "部门", "情况说明"),
    ("六枝特区水务局二〇二四年部门预算情况说明", "六枝特区水务局", 2024, "预算", "部门", "情况说明"),
    ("中共德钦县委组织部(县委老干部局)2022年部门预算情况说明", "中共德钦县委组织部（县委老干部局）", 2022, "预算",
     "部门", "情况说明"),
    ("首页 > 信息公开 > 预决算公开 > 汝城县教育局2024年部门预算公开", "汝城县教育局", 2024, "预算", "部门", "情况说明"),
    ("澧县交通运输局2023部门预算公开", "澧县交通运输局", 2023, "预算", "部门", "情况说明"),
    ("桃源县农业农村局2022年“三公”经费预算情况", "桃源县农业农村局", 2022, "预算", None, "三公说明"),
    ("桐梓县2020年县本级“三公”经费汇总说明", "桐梓县本级", 2020, None, "汇总", "三公说明"),
    ("墨脱县2022年县级“三公”经费预算汇总说明", "墨脱县本级", 2022, "预算", "汇总", "三公说明"),  # a place's 县级
    ("墨脱县2022年部门预算汇总说明", "墨脱县", 2022, "预算", "汇总", "情况说明"),  # a place's 汇总, level unsaid
    ("平江县人力资源和社会保障局2019-三公经费支出说明", "平江县人力资源和社会保障局", 2019, None, None, "三公说明"),
    ("嘉禾县图书馆2025年单位预算公开说明", "嘉禾县图书馆", 2025, "预算", "单位", "情况说明"),
    ("嘉禾县图书馆2025年单位预算“三公”经费公开", "嘉禾县图书馆", 2025, "预算", "单位", "三公说明"),
    ("嘉禾县图书馆2025年单位收支预算总表", "嘉禾县图书馆", 2025, "预算", "单位", "情况说明"),  # a workbook's caption
    ("第1页Page1临武县统计局2025年部门预算情况说明", "临武县统计局", 2025, "预算", "部门", "情况说明"),
    ("临武县统计局关于2024年度部门决算的说明", "临武县统计局", 2024, "决算", "部门", "情况说明"),
    ("二〇二三年度临武县统计局部门决算情况说明", "临武县统计局", 2023, "决算", "部门", "情况说明"),
    ("岳阳县人民政府门户网站岳阳县民政局2024年部门预算公开", "岳阳县民政局", 2024, "预算", "部门", "情况说明"),
    ("岳阳县财政局（本级）2024年单位预算情况说明", "岳阳县财政局（本级）", 2024, "预算", "单位", "情况说明"),
    # a title ending in 信息公开
    ("蓝山县司法局2022年部门预算信息公开", "蓝山县司法局", 2022, "预算", "部门", "情况说明"),
    ("双牌县档案馆2021年度单位决算信息公开", "双牌县档案馆", 2021, "决算", "单位", "情况说明"),
    # a head noun no list has: the county the name starts with vouches for it
    ("石门县粮油收储库2020年度决算公开", "石门县粮油收储库", 2020, "决算", None, "情况说明"),
    ("宜章县国营林业苗圃2022年部门决算公开", "宜章县国营林业苗圃", 2022, "决算", "部门", "情况说明"),
    ("桑植县水文观测点2019年度预算情况说明", "桑植县水文观测点", 2019, "预算", None, "情况说明"),
])
def test_it_reads_a_title_line_in_its_many_shapes(text, unit, year, kind, scope, genre):
    clues, end = title_clues(lines_of(text + "\n" + BODY))
    assert end == 1
    assert fields(clues) == {k: v for k, v in {"unit": unit, "year": year, "kind": kind, "scope": scope,
                                                "genre": genre}.items() if v is not None}
    assert {clue.origin for clue in clues} == {"title"}


@pytest.mark.parametrize("text,unit,end", [
    ("中共苍南县委机构编制委员会办公室2025年部门\n预算情况说明", "中共苍南县委机构编制委员会办公室", 2),
    ("广元市利州区卫生健康局\n2024年部门预算情况说明", "广元市利州区卫生健康局", 2),
])
def test_it_reads_a_title_wrapped_or_under_its_unit(text, unit, end):
    clues, found_end = title_clues(lines_of(text + "\n" + BODY))
    assert (fields(clues)["unit"], found_end) == (unit, end)


@pytest.mark.parametrize("text", [
    "现将本部门2025年预算情况说明如下。",
    "二、2025年收支预算情况",
    "会议通报了2024年预决算公开检查情况。",
    "2025年部门收入预算合计1,234.50万元。",
    "纳入本部门2023年度决算编制范围的单位共3个。\n收入支出决算总表",
])
def test_a_sentence_that_speaks_of_a_budget_is_not_a_title(text):
    assert title_clues(lines_of(text)) == ([], 0)


@pytest.mark.parametrize("text,expected", [
    ("上海市普陀区2025年区级部门预算\n预算主管部门：上海市普陀区人民政府办公室",
     {"region": "普陀区", "province": "上海市", "year": 2025, "kind": "预算", "scope": "部门",
      "unit": "上海市普陀区人民政府办公室"}),
    ("上海市长宁区2024年区级单位预算\n预算单位: 上海市长宁区图书馆",
     {"region": "长宁区", "province": "上海市", "year": 2024, "kind": "预算", "scope": "单位",
      "unit": "上海市长宁区图书馆"}),
    ("上海市普陀区财政局\n2024年度部门决算",
     {"unit": "上海市普陀区财政局", "year": 2024, "kind": "决算", "scope": "部门"}),
    ("上海市静安区民政局\n年度部门决算2023", {"unit": "上海市静安区民政局", "year": 2023, "kind": "决算", "scope": "部门"}),
    ("北京市西城区财政局\n2024年部门预算", {"unit": "北京市西城区财政局", "year": 2024, "kind": "预算", "scope": "部门"}),
    ("2023年度部门决算\n北京市西城区财政局", {"unit": "北京市西城区财政局", "year": 2023, "kind": "决算", "scope": "部门"}),
    ("2023年度\n广州市天河区教育局部门决算", {"unit": "广州市天河区教育局", "year": 2023, "kind": "决算", "scope": "部门"}),
    ("浏阳市2024年市级部门预算\n部门：浏阳市教育局",
     {"region": "浏阳市", "province": "湖南省", "year": 2024, "kind": "预算", "scope": "部门", "unit": "浏阳市教育局"}),
    ("2024年单位预算\n编制单位：浏阳市图书馆 金额单位：万元",
     {"year": 2024, "kind": "预算", "scope": "单位", "unit": "浏阳市图书馆"}),
    ("金山区二〇二三年单位预算\n编制单位：上海市金山区朱泾镇人民政府",
     {"region": "金山区", "province": "上海市", "year": 2023, "kind": "预算", "scope": "单位", "unit": "上海市金山区朱泾镇人民政府"}),
])
def test_it_reads_the_cover_of_a_full_pdf(text, expected):
    clues, end = cover_clues(lines_of(text + "\n目录\n一、主要职能"))
    assert end == 2
    assert fields(clues) == expected


@pytest.mark.parametrize("label,scope", [("预算主管部门", "部门"), ("部门", "部门"), ("预算单位", "单位"), ("决算单位", "单位")])
def test_the_cover_label_says_department_or_unit(label, scope):
    identity = identify(lines_of(f"浏阳市2024年市级预算\n{label}：浏阳市教育局\n" + BODY))
    assert (identity.unit, identity.scope, identity.clues["scope"].origin) == (
        "浏阳市教育局", scope, "cover:主管部门" if scope == "部门" else "cover:单位")


def test_the_cover_label_decides_department_or_unit_over_the_title_line():
    identity = identify(lines_of("上海市普陀区2025年区级单位预算\n预算单位：上海市普陀区人民政府办公室\n" + BODY))
    assert (identity.unit, identity.scope, identity.region, identity.province) == (
        "上海市普陀区人民政府办公室", "单位", "普陀区", "上海市")
    assert (identity.clues["unit"].origin, identity.clues["scope"].origin) == ("cover:单位", "cover:单位")


@pytest.mark.parametrize("text,expected", [
    ("按照《中华人民共和国预算法》要求，现将汉寿县林业局2024年部门预算公开如下：",
     {"unit": "汉寿县林业局", "year": 2024, "kind": "预算", "scope": "部门"}),
    ("根据县财政局的统一安排，现将我局2023年度部门决算情况说明如下。",
     {"year": 2023, "kind": "决算", "scope": "部门"}),
    ("现将本单位2022年“三公”经费预算安排情况公开如下：", {"year": 2022, "kind": "预算", "scope": "单位",
                                                    "genre": "三公说明"}),
    ("为进一步提高预算透明度，现将2021年“三公”经费决算情况公开如下。", {"year": 2021, "kind": "决算",
                                                         "genre": "三公说明"}),
])
def test_it_reads_year_and_kind_from_the_opening_sentence(text, expected):
    assert fields(sentence_clues(lines_of(text + "\n2024年“三公”经费预算12.30万元。"))) == expected


def test_we_becomes_a_unit_only_when_the_text_states_the_full_name():
    opening = "按照预算公开要求，现将我局2023年部门决算公开如下。\n一、部门基本情况\n"
    named = lines_of(opening + "岳阳县财政局是县人民政府主管财政收支的工作部门。\n")
    unnamed = lines_of(opening + "我局是县人民政府主管财政收支的工作部门。\n")
    assert fields(sentence_clues(named))["unit"] == "岳阳县财政局"
    assert "unit" not in fields(sentence_clues(unnamed))


@pytest.mark.parametrize("filename,expected", [
    ("上海市普陀区人民政府办公室25年预算.pdf", {"unit": "上海市普陀区人民政府办公室", "year": 2025, "kind": "预算",
                                        "genre": "情况说明"}),
    ("2024年宁乡市教育局部门决算.pdf", {"year": 2024, "kind": "决算"}),
    ("攸县林业局2023年部门预算公开.docx", {"unit": "攸县林业局", "year": 2023, "kind": "预算", "scope": "部门",
                                       "genre": "情况说明"}),
    ("0373972d906b157f.pdf", {}),
])
def test_the_file_name_is_a_weak_clue(filename, expected):
    clues = filename_clues(filename)
    assert fields(clues) == expected
    assert all(clue.origin == "filename" for clue in clues)


def test_web_metadata_names_what_the_text_does_not():
    metadata = [Clue("title", "岳阳县财政局2023年“三公”经费决算公开", "metadata:标题"),
                Clue("unit", "岳阳县财政局", "metadata:发布机构")]
    identity = identify(lines_of("2023年“三公”经费决算支出8.20万元。\n"), metadata=metadata)
    assert (identity.unit, identity.year, identity.kind, identity.region, identity.province, identity.genre) == (
        "岳阳县财政局", 2023, "决算", "岳阳县", "湖南省", "三公说明")
    assert identity.clues["unit"].origin == "metadata:标题"


def test_a_list_of_links_to_other_years_is_not_the_title():
    text = ("热点信息\n宁远县民政局2024年部门决算公开(2024-09-20)\n宁远县民政局2023年部门预算公开(2023-02-16)\n"
            "宁远县民政局2025年部门预算“三公”经费公开\n" + BODY)
    identity = identify(lines_of(text))
    assert (identity.unit, identity.year, identity.kind) == ("宁远县民政局", 2025, "预算")


@pytest.mark.parametrize("sidebar", [
    "往年公开\n2024年部门预算“三公”经费说明（预算30.20万元）\n",  # a link carrying its figure
    "往年公开\n2024年部门预算“三公”经费说明\n2023年部门决算“三公”经费说明\n",  # same name, other years
])
def test_a_sidebar_of_other_years_statements_is_not_the_title(sidebar: str) -> None:
    text = sidebar + "安平县水务局2025年部门预算“三公”经费说明\n" + BODY
    identity = identify(lines_of(text))
    assert (identity.unit, identity.year, identity.kind) == ("安平县水务局", 2025, "预算")


def test_a_workbooks_first_row_names_the_unit_beside_year_and_money_unit() -> None:
    lines = page_lines(["\t".join(["编制单位：龙泉市水利局", "2022年度", "单位：元"]) + "\n合计\t因公出国（境）费\n1200\t0"])
    assert lines[0].tabular
    clues, _ = cover_clues(lines)
    assert [(c.field, c.value) for c in clues] == [("unit", "龙泉市水利局")]


@pytest.mark.parametrize("body,scope", [
    ("我镇2024年收入预算合计436.80万元。", "部门"),
    ("注：本表反映部门本年度“三公”经费支出预决算情况。\n“三公”经费合计16.00万元。", "部门"),
    ("注：本表反映单位本年度“三公”经费支出预决算情况。\n“三公”经费合计16.00万元。", "单位"),
])
def test_the_text_says_department_or_unit_when_the_title_does_not(body: str, scope: str) -> None:
    result = parse_disclosure(("桦南县某某镇2024年预算公开\n" + body + "\n").encode(), filename="s.txt")
    assert result.scope == scope


def test_the_title_outweighs_the_file_name_and_the_publisher():
    metadata = [Clue("unit", "临湘市财政局", "metadata:发布机构")]
    identity = identify(lines_of("临湘市水利局2024年部门预算情况说明\n" + BODY), metadata=metadata,
                        filename="临湘市水利局2023年部门预算.pdf")
    assert (identity.unit, identity.year) == ("临湘市水利局", 2024)
    assert identity.warnings == []  # weak clues never raise a disagreement


def test_two_strong_clues_that_disagree_are_reported():
    metadata = [Clue("title", "临湘市水利局2023年部门预算情况说明", "metadata:标题")]
    identity = identify(lines_of("临湘市水利局2024年部门预算情况说明\n" + BODY), metadata=metadata)
    assert identity.year == 2024
    assert identity.warnings == ["年度的线索不一致：标题为“2024”，网页标题为“2023”，采用前者"]


def test_a_document_without_any_clue_leaves_the_fields_empty():
    identity = identify(lines_of("合计 12.30 8.10 4.20\n"))
    assert (identity.unit, identity.year, identity.kind, identity.scope) == (None, None, None, None)
    assert identity.clues == {}


def test_precedence_is_data_that_names_every_field():
    assert set(PRECEDENCE) == {"unit", "year", "kind", "scope", "genre", "region", "province"}
    assert PRECEDENCE["unit"].index("title") < PRECEDENCE["unit"].index("filename")


@pytest.mark.parametrize("raw,unit", [
    ("首页>政务公开>财政预决算>宁远县民政局", "宁远县民政局"),
    ("第二部分宁远县民政局", "宁远县民政局"),
    ("“宁远县民政局”", "宁远县民政局"),
    ("宁远县 民政局", "宁远县民政局"),
    ("宁远县人民医院(本级)", "宁远县人民医院（本级）"),
    ("热点信息宁远县民政局", "宁远县民政局"),
    ("通道县司法局", "通道县司法局"),
    ("国家税务总局宁远县税务局", "国家税务总局宁远县税务局"),
    ("共青团宁远县委员会", "共青团宁远县委员会"),
    ("第七师胡杨河市供销合作社", "第七师胡杨河市供销合作社"),  # a 兵团 division kept as printed
    ("新疆生产建设兵团第三师图木舒克市气象局", "新疆生产建设兵团第三师图木舒克市气象局"),
])
def test_it_cleans_a_unit_name(raw, unit):
    assert clean_unit(raw) == unit


@pytest.mark.parametrize("raw,text", [
    ("二〇二四年", "2024年"), ("二零二三年", "2023年"), ("2O25年", "2025年"), ("第2O项", "第2O项"),
])
def test_it_reads_years_written_in_chinese_digits_or_with_a_letter_o(raw, text):
    assert arabic_years(raw) == text


def test_traditional_characters_are_read_as_simplified():
    data = "成都市武侯區民政局2025年部門預算情況說明\n一、部門基本情況\n本部門收入預算合計1,000.00萬元。\n"
    document = load_document(data.encode("utf-8"), filename="a.txt")
    identity = identify(document.lines)
    assert (identity.unit, identity.scope, identity.region, identity.province) == (
        "成都市武侯区民政局", "部门", "武侯区", "四川省")


# --- Refusals --------------------------------------------------------------------------------------------

TEMPLATE = """上海市XX局
2024年度部门决算
一、收入支出决算总体情况说明
2024年度收入总计XXX万元，支出总计XXX万元。与2023年度相比，收、支总计各增加（减少）XXX万元。
二、“三公”经费
2024年度“三公”经费财政拨款支出XX.XX万元，比年初预算减少XX.XX万元。（说明增减原因）
"""


def test_a_blank_template_is_refused_as_a_template_not_read_as_zeros():
    with pytest.raises(NotADisclosure, match="模板，不含数字"):
        parse_disclosure(TEMPLATE.encode("utf-8"), filename="模板.txt")


@pytest.mark.parametrize("text,genre", [
    ("县财政局召开2025年部门预算编制工作会议\n本报讯 日前，县财政局召开会议，全县“三公”经费压减8.5%，共计120万元。",
     "新闻报道"),
    ("关于2024年度县本级预算执行情况的审计结果公告\n县审计局审计了公务接待费支出共计35.60万元。", "审计公告"),
    ("县交通运输局2024年度部门整体支出绩效自评报告\n年初预算1,200.00万元，“三公”经费18.00万元。", "绩效评价报告"),
    ("县公安局执法执勤用车采购项目中标结果公告\n中标金额：36.00万元。", "招标采购公告"),
    ("县直机关“三公”经费管理办法\n第一章 总则\n公务接待费每人每天不超过150元。", "管理办法"),
])
def test_other_genres_that_quote_figures_are_refused_with_what_they_are(text, genre):
    with pytest.raises(NotADisclosure, match=f"这是{genre}"):
        refuse_other_documents(lines_of(text))


@pytest.mark.parametrize("text", [
    "根据《汝城县党政机关“三公”经费管理办法》和预算公开要求，现将2024年“三公”经费预算情况公开如下。\n",
    "首页>新闻中心>通知公告\n现将我单位2024年“三公”经费预算情况公开如下。\n",
    "汝城县审计局2024年部门预算情况说明\n本局负责审计公告的发布和审计报告的审定。\n",
])
def test_a_statement_that_merely_names_another_genre_is_not_refused(text):
    refuse_other_documents(lines_of(text + SANGONG))


def test_a_file_with_no_amount_at_all_is_refused_with_that_message():
    with pytest.raises(NotADisclosure, match="没有任何预算/决算金额"):
        parse_disclosure("关于公开2025年部门预算的说明\n各部门2025年预算将于本月在本网站公开，敬请关注。\n".encode(),
                         filename="说明.txt")


def test_a_statement_of_zeros_in_words_is_not_refused_for_lacking_amounts():
    refuse_other_documents(lines_of("汝城县档案馆2024年“三公”经费预算情况说明\n本单位2024年无“三公”经费预算安排。\n"))


def test_a_disclosure_whose_figures_are_not_read_is_kept_with_a_warning_not_refused():
    text = "临湘市水利局2024年部门预算情况说明\n一、其他说明\n本年度安排的资金共计1,234.50万元，用于水利工程。\n"
    result = parse_disclosure(text.encode(), filename="a.txt")
    assert (result.unit, result.year, result.figures) == ("临湘市水利局", 2024, {})
    assert "未能从文件中读出主要数字（收支、“三公”经费等），请人工核对" in result.warnings


def test_an_untitled_statement_is_parsed_with_its_missing_fields_named():
    text = ("按照预算公开的要求，现将2024年“三公”经费预算情况公开如下。\n"
            "2024年“三公”经费预算12.30万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费8.10万元，"
            "公务接待费4.20万元。\n")
    result = parse_disclosure(text.encode(), filename="a.txt")
    assert (result.unit, result.year, result.kind, result.missing) == (
        None, 2024, "预算", ["unit", "scope", "region", "province"])
    assert result.figures["sangong_total"].value == Decimal("12.30")
    assert result.clues["year"].origin == "first_sentence"


# --- Several disclosures in one file ----------------------------------------------------------------------

def statement(unit: str, scope: str, total: str) -> str:
    return (f"{unit}2025年{scope}预算情况说明\n一、收支预算总体情况\n2025年{scope}收入预算合计{total}万元，"
            f"支出预算合计{total}万元。\n二、“三公”经费预算情况说明\n2025年“三公”经费预算10.00万元，"
            "其中因公出国（境）费0万元，公务用车购置及运行维护费6.00万元，公务接待费4.00万元。\n")


def test_a_department_followed_by_its_unit_becomes_two_disclosures():
    text = statement("汝城县农业农村局", "部门", "1,500.00") + statement("汝城县农业技术推广站", "单位", "300.00")
    results = parse_disclosures(text.encode(), filename="a.txt")
    assert [(r.unit, r.scope, r.figures["income_total"].value) for r in results] == [
        ("汝城县农业农村局", "部门", Decimal("1500.00")), ("汝城县农业技术推广站", "单位", Decimal("300.00"))]


def test_parse_disclosure_returns_the_first_and_says_how_many_the_file_holds():
    text = statement("汝城县农业农村局", "部门", "1,500.00") + statement("汝城县林业局", "部门", "800.00")
    result = parse_disclosure(text.encode(), filename="a.txt")
    assert result.unit == "汝城县农业农村局"
    assert "文件中共有2份预决算公开文件（汝城县农业农村局2025年部门预算、汝城县林业局2025年部门预算），这里只返回第一份" \
        in result.warnings


def test_a_title_printed_with_spaces_still_opens_a_new_disclosure():
    text = statement("汝城县农业农村局", "部门", "1,500.00") + statement("汝城县 林业局 ", "部门", "800.00")
    lines = lines_of(text)
    starts = segment_starts(lines, paged=False)
    assert len(starts) == 2 and lines[starts[1]].text.startswith("汝城县林业局2025年")


def test_a_repeated_title_of_the_same_unit_does_not_split_the_file():
    text = statement("汝城县农业农村局", "部门", "1,500.00")
    lines = lines_of(text + "汝城县农业农村局2025年部门预算情况说明\n三、其他\n机关运行经费预算50.00万元。\n")
    assert segment_starts(lines, paged=False) == [0]


def test_a_title_before_any_amount_does_not_split_the_file():
    lines = lines_of("目录\n汝城县农业农村局2025年部门预算情况说明\n汝城县林业局2025年部门预算情况说明\n" + BODY)
    assert segment_starts(lines, paged=False) == [0]


# --- Web statements as people copy them: chrome, metadata lines, titles without unit or kind ----------------

SANGONG = "2023年“三公”经费支出10.35万元，其中：因公出国（境）费0万元，公务用车购置及运行费6.20万元，公务接待费4.15万元。\n"


@pytest.mark.parametrize("text,expected,origins", [
    ("您当前的位置：首页>>信息公开>>财政信息\n2023年度“三公”经费决算情况说明\n"
     "发布日期：2024-09-02 来源：澧县农业农村局\n现将我局2023年度“三公”经费决算情况说明如下：\n" + SANGONG,
     ("澧县农业农村局", "澧县", "湖南省", 2023, "决算", "部门", "三公说明"), ("metadata:来源", "first_sentence")),
    ("索引号：11430621MB1234567X/2024-00031  发布机构：岳阳县民政局  成文日期：2024-02-06\n"
     "名称：岳阳县民政局2024年“三公”经费预算公开\n" + SANGONG.replace("支出", "预算"),
     # the document layer moves the metadata block (名称 included) out of the text into Document.clues
     ("岳阳县民政局", "岳阳县", "湖南省", 2024, "预算", "部门", "三公说明"), ("metadata:标题", "name")),
    ("永兴县自然资源局2022年三公经费\n一、2022年“三公”经费预算情况\n" + SANGONG.replace("支出", "预算数为"),
     ("永兴县自然资源局", "永兴县", "湖南省", 2022, "预算", "部门", "三公说明"), ("title", "name")),
    ("2021年“三公”经费预算公开\n为提高透明度，现将汝城县文化旅游广电体育局2021年“三公”经费预算公开如下：\n" + SANGONG,
     ("汝城县文化旅游广电体育局", "汝城县", "湖南省", 2021, "预算", "部门", "三公说明"), ("first_sentence", "name")),
    ("2024年度本级“三公”经费决算说明\n现将资兴市2024年度市本级“三公”经费决算情况公开如下：\n" + SANGONG,
     ("资兴市本级", "资兴市", "湖南省", 2024, "决算", "汇总", "三公说明"), ("first_sentence", "title")),
    ("关于祁阳市水利局2024年度部门决算的说明\n一、部门基本情况\n" + SANGONG,
     ("祁阳市水利局", "祁阳市", "湖南省", 2024, "决算", "部门", "情况说明"), ("title", "title")),
    ("桂阳县疾病预防控制中心\n二〇二四年单位预算公开说明\n一、单位基本情况\n" + SANGONG,
     ("桂阳县疾病预防控制中心", "桂阳县", "湖南省", 2024, "预算", "单位", "情况说明"), ("title", "title")),
])
def test_it_identifies_a_web_statement_from_whatever_it_offers(text, expected, origins):
    result = parse_disclosure(text.encode(), filename="page.txt")
    assert (result.unit, result.region, result.province, result.year, result.kind, result.scope, result.genre) \
        == expected
    assert (result.clues["unit"].origin, result.clues["scope"].origin) == origins
    # Where no 部门/单位 word (title, cover label, 本部门/本单位) says, the 局 in the name does: inferred, not missing.
    assert result.missing == []


@pytest.mark.parametrize("name,region,province", [
    ("宁乡市财政局", "宁乡市", "湖南省"),  # 宁乡县 became a city after the gazetteer was drawn
    ("祁阳市水利局", "祁阳市", "湖南省"),
    ("沙县区教育局", "沙县区", "福建省"),
])
def test_it_locates_a_county_renamed_a_city_or_district(name, region, province):
    from disclosures.parsing.names import locate

    place = locate(name)
    assert (place.region, place.province) == (region, province)




@pytest.mark.parametrize("text,kind", [
    ("“三公”经费支出10.35万元，年初预算12.00万元，完成预算的86.25%，决算数小于预算数。", "决算"),
    ("“三公”经费预算10.35万元，比上年预算减少0.20万元。预算安排主要用于公务接待。", "预算"),
])
def test_without_any_title_the_body_tells_budget_from_final_accounts(text, kind):
    assert identify(lines_of(text)).kind == kind


@pytest.mark.parametrize("above,unit", [
    ("首页>信息公开>财政信息专区", None),
    ("攸县", "攸县"),
    ("湖南省资兴市", "湖南省资兴市"),
    ("汝城县档案馆", "汝城县档案馆"),
])
def test_only_an_organisation_or_a_known_place_above_a_title_becomes_its_unit(above, unit):
    clues, _ = title_clues(lines_of(f"{above}\n2024年“三公”经费预算情况说明\n" + BODY))
    assert fields(clues).get("unit") == unit


@pytest.mark.parametrize("text,expected", [
    ("2023年，桑植县档案馆“三公”经费财政拨款预算为3.20万元。", ("桑植县档案馆", 2023, "预算")),
    ("2022年度，慈利县司法局一般公共预算财政拨款“三公”经费支出决算数4.38万元。", ("慈利县司法局", 2022, "决算")),
    ("2024年，本单位“三公”经费预算4.50万元。", (None, None, None)),
    # the unit first, after an opening sentence that names nobody (or only who asked for the publication)
    ("根据县财政局的统一部署，现公开有关情况。\n叙永县林业局2023年“三公”经费预算数为6.20万元。", ("叙永县林业局", 2023, "预算")),
    ("按县里要求公布如下。合江县档案馆2022年度一般公共预算财政拨款支出决算210.40万元。", ("合江县档案馆", 2022, "决算")),
    ("泸县统计局2021年部门预算收入合计88.00万元。", ("泸县统计局", 2021, "预算")),
    ("叙永县林业局2023年部门预算公开目录", (None, None, None)),  # a title-like line with no figure
    ("本局2023年“三公”经费预算数为6.20万元。", (None, None, None)),  # no full name
])
def test_a_statement_opening_with_its_figure_sentence_names_unit_year_and_kind(text, expected):
    found = fields(figure_sentence_clues(lines_of(text)))
    assert (found.get("unit"), found.get("year"), found.get("kind")) == expected


def test_a_region_wide_title_with_the_year_first_names_the_region():
    identity = identify(lines_of("2023年桑植县县本级“三公”经费预算情况说明\n" + SANGONG))
    assert (identity.unit, identity.scope, identity.region, identity.province) == ("桑植县本级", "汇总", "桑植县", "湖南省")


def test_a_title_of_last_years_final_accounts_and_this_years_budget_is_two_disclosures():
    text = ("慈利县林业局2023年“三公”经费决算及2024年预算情况说明\n"
            "一、2023年“三公”经费决算情况\n2023年度本部门“三公”经费支出决算7.10万元，其中公务接待费2.10万元，"
            "公务用车运行维护费5.00万元，因公出国（境）费0万元，公务用车购置费0万元。\n"
            "二、2024年“三公”经费预算情况\n2024年本部门“三公”经费预算7.80万元，其中公务接待费2.30万元，"
            "公务用车运行维护费5.50万元，因公出国（境）费0万元，公务用车购置费0万元。\n")
    results = parse_disclosures(text.encode(), filename="a.txt")
    assert [(r.unit, r.year, r.kind, r.scope, r.figures["sangong_total"].value) for r in results] == [
        ("慈利县林业局", 2023, "决算", "部门", Decimal("7.10")), ("慈利县林业局", 2024, "预算", "部门", Decimal("7.80"))]


def test_a_yearless_title_over_a_final_accounts_heading_and_a_budget_heading_is_two_disclosures():
    text = ("石门县林业局“三公”经费情况\n"
            "一、2022年度“三公”经费决算\n2022年度本局“三公”经费支出决算6.40万元，其中公务接待费1.40万元，"
            "公务用车运行维护费5.00万元。\n"
            "二、2023年“三公”经费预算\n2023年本局“三公”经费预算6.90万元，其中公务接待费1.60万元，"
            "公务用车运行维护费5.30万元。\n")
    results = parse_disclosures(text.encode(), filename="b.txt")
    assert [(r.unit, r.year, r.kind, r.figures["sangong_total"].value) for r in results] == [
        ("石门县林业局", 2022, "决算", Decimal("6.40")), ("石门县林业局", 2023, "预算", Decimal("6.90"))]


def test_a_yearless_title_over_headings_of_one_year_and_kind_stays_one_disclosure():
    text = ("石门县林业局“三公”经费情况\n一、2023年“三公”经费预算\n2023年本局“三公”经费预算6.90万元。\n"
            "二、公务接待费\n公务接待费1.60万元。\n")
    assert len(parse_disclosures(text.encode(), filename="c.txt")) == 1


def test_a_table_of_bare_numbers_under_a_unit_caption_holds_amounts():
    refuse_other_documents(lines_of("慈利县林业局2024年“三公”经费预算表\n单位：万元\n项目\n合计\n公务接待费\n预算数\n7.80\n2.30\n"))


def test_a_news_heading_about_an_inspection_is_refused():
    with pytest.raises(NotADisclosure, match="这是新闻报道"):
        refuse_other_documents(lines_of("我县开展“三公”经费专项检查\n近日，检查组发现违规金额2.10万元。\n"))


@pytest.mark.parametrize("body,region", [
    ("一、部门基本情况\n宁远县财政局是县人民政府主管财政收支的工作部门。\n", "宁远县"),
    ("一、部门基本情况\n本局是县人民政府主管财政收支的工作部门。\n", None),
    ("宁远县财政局和道县财政局联合开展工作。\n", None),  # two counties named: neither is taken
])
def test_a_unit_titled_without_its_county_is_placed_by_the_full_name_in_the_text(body, region):
    identity = identify(lines_of("县财政局2024年部门预算情况说明\n" + body + BODY))
    assert (identity.unit, identity.region) == ("县财政局", region)


@pytest.mark.parametrize("headers,expected", [
    (["汝城县财政局2024年度部门决算", "第 1 页"], {"unit": "汝城县财政局", "year": 2024, "kind": "决算", "scope": "部门"}),
    (["汝城县财政局"], {"unit": "汝城县财政局"}),
    (["第 1 页"], {}),
])
def test_running_headers_identify_a_pdf_whose_text_names_nothing(headers, expected):
    identity = identify(lines_of("一、收入支出决算总体情况\n本年收入合计1,234.50万元。\n"), headers=headers)
    found = {name: getattr(identity, name) for name in ("unit", "year", "kind", "scope") if name in expected}
    assert found == expected
    assert all(identity.clues[name].origin == "header" for name in expected if name != "kind" or "year" in expected)


def test_a_pdf_without_its_title_page_is_identified_by_its_running_header():
    import io

    import pypdfium2 as pdfium

    from tests.conftest import FIXTURES

    source = pdfium.PdfDocument((FIXTURES / "variants3_pdf" / "q01_jinzhai_water_running_header.pdf").read_bytes())
    headless = pdfium.PdfDocument.new()
    headless.import_pages(source, [1, 1])  # the second page twice, its running header on both; no title page
    buffer = io.BytesIO()
    headless.save(buffer)
    result = parse_disclosure(buffer.getvalue(), filename="scan.pdf")
    assert (result.unit, result.region, result.province, result.year, result.kind) == (
        "金寨县水利局", "金寨县", "安徽省", 2025, "预算")
    assert result.clues["unit"].origin == "header"


@pytest.mark.parametrize("captions,scope", [
    (["宁晋县审计局2023年度“三公”经费支出决算表", "宁晋县审计局2023年度部门收入支出决算总表"], "部门"),
    (["2023年度单位收入支出决算总表", "2023年度单位财政拨款收入支出决算总表"], "单位"),
    (["2023年度部门收入支出决算总表", "2023年度单位财政拨款收入支出决算总表"], None),  # captions disagree
])
def test_the_captions_of_the_tables_say_department_or_unit(captions, scope):
    from disclosures.parsing.identity import caption_clues

    text = "\n".join(f"{caption}\n单位：元\n合计\t1,000.00" for caption in captions)
    assert fields(caption_clues(lines_of(text))).get("scope") == scope
    if scope:
        assert identify(lines_of(text)).scope == scope


@pytest.mark.parametrize("captions,unit", [
    (["宁晋县审计局2023年部门收支总表", "宁晋县审计局2023年“三公”经费预算表"], "宁晋县审计局"),
    (["样板县档案馆2024年单位收入预算表"], "样板县档案馆"),
    (["宁晋县审计局2023年部门收支总表", "宁晋县统计局2023年部门收支总表"], None),  # two units named
    (["2023年度部门收入支出决算总表"], None),  # no name before the year
])
def test_a_workbook_whose_sheet_captions_name_the_unit_gives_it(captions, unit):
    from disclosures.parsing.identity import caption_clues

    text = "\n".join(f"{caption}\n单位：万元\n合计\t1,000.00" for caption in captions)
    assert fields(caption_clues(lines_of(text))).get("unit") == unit


# --- Scope from the unit's name: the weakest clue ------------------------------------------------------------

NAMED_ONLY = "{unit}2024年“三公”经费预算情况\n2024年“三公”经费预算9.30万元，其中：公务接待费4.30万元，公务用车运行费5.00万元。\n"


@pytest.mark.parametrize("unit,scope", [
    ("慈利县民政局", "部门"),
    ("慈利县中医医院", "单位"),
    ("慈利县政务服务中心", "单位"),
    ("慈利县零阳镇人民政府", "部门"),
    ("慈利县农业农村局机关服务中心", "单位"),
])
def test_the_name_gives_the_scope_when_nothing_else_does(unit: str, scope: str) -> None:
    result = parse_disclosure(NAMED_ONLY.format(unit=unit).encode(), filename="a.txt")
    assert (result.unit, result.scope, result.missing) == (unit, scope, [])
    clue = result.clues["scope"]
    assert (clue.origin, clue.value, clue.text) == ("name", scope, unit)
    assert not any(w.startswith("部门/单位的线索不一致") for w in result.warnings)


@pytest.mark.parametrize("text,scope,origin", [
    # the title's 单位预算 outweighs the 局 in the name, without a disagreement warning
    ("慈利县民政局2024年单位预算情况说明\n" + BODY.replace("本部门", "全年"), "单位", "title"),
    # the body calling itself 本单位 outweighs the name too
    ("慈利县民政局2024年“三公”经费预算情况\n本单位2024年“三公”经费预算9.30万元，其中：公务接待费4.30万元，"
     "公务用车运行费5.00万元。\n", "单位", "body"),
    # a cover's 预算主管部门 outweighs a 医院 name
    ("预算主管部门：慈利县人民医院\n2024年部门预算\n" + BODY, "部门", "cover:主管部门"),
])
def test_stronger_evidence_outweighs_the_name(text: str, scope: str, origin: str) -> None:
    result = parse_disclosure(text.encode(), filename="a.txt")
    assert (result.scope, result.clues["scope"].origin) == (scope, origin)
    assert not any(w.startswith("部门/单位的线索不一致") for w in result.warnings)


def test_a_document_naming_no_unit_still_misses_its_scope() -> None:
    text = "2024年“三公”经费预算情况\n2024年“三公”经费预算9.30万元，其中：公务接待费4.30万元，公务用车运行费5.00万元。\n"
    result = parse_disclosure(text.encode(), filename="a.txt")
    assert result.unit is None and result.scope is None
    assert {"unit", "scope"} <= set(result.missing)
