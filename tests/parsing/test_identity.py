"""Identity from evidence: each clue reader with a table of strings written for these tests, the weighing, the
refusals, and several disclosures in one file."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import NotADisclosure, parse_disclosure, parse_disclosures
from disclosures.parsing.document import load_document
from disclosures.parsing.identity import (
    PRECEDENCE, arabic_years, clean_unit, cover_clues, filename_clues, identify, refuse_other_documents,
    segment_starts, sentence_clues, title_clues,
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
    ("平江县人力资源和社会保障局2019-三公经费支出说明", "平江县人力资源和社会保障局", 2019, None, None, "三公说明"),
    ("嘉禾县图书馆2025年单位预算公开说明", "嘉禾县图书馆", 2025, "预算", "单位", "情况说明"),
    ("第1页Page1临武县统计局2025年部门预算情况说明", "临武县统计局", 2025, "预算", "部门", "情况说明"),
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
    ("金山区二〇二三年单位预算\n编制单位：上海市金山区朱泾镇人民政府",
     {"region": "金山区", "province": "上海市", "year": 2023, "kind": "预算", "scope": "单位", "unit": "上海市金山区朱泾镇人民政府"}),
])
def test_it_reads_the_cover_of_a_full_pdf(text, expected):
    clues, end = cover_clues(lines_of(text + "\n目录\n一、主要职能"))
    assert end == 2
    assert fields(clues) == expected


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
    ("上海市普陀区人民政府办公室25年预算.pdf", {"unit": "上海市普陀区人民政府办公室", "year": 2025, "kind": "预算"}),
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


def test_a_file_with_no_amount_at_all_is_refused_with_that_message():
    with pytest.raises(NotADisclosure, match="没有任何预算/决算金额"):
        parse_disclosure("关于公开2025年部门预算的说明\n各部门2025年预算将于本月在本网站公开，敬请关注。\n".encode(),
                         filename="说明.txt")


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
    assert (result.unit, result.year, result.kind, result.missing) == (None, 2024, "预算", ["unit", "region"])
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
    assert "文件中共有2份预决算公开文件（汝城县农业农村局、汝城县林业局），这里只返回第一份" in result.warnings


def test_a_repeated_title_of_the_same_unit_does_not_split_the_file():
    text = statement("汝城县农业农村局", "部门", "1,500.00")
    lines = lines_of(text + "汝城县农业农村局2025年部门预算情况说明\n三、其他\n机关运行经费预算50.00万元。\n")
    assert segment_starts(lines, paged=False) == [0]


def test_a_title_before_any_amount_does_not_split_the_file():
    lines = lines_of("目录\n汝城县农业农村局2025年部门预算情况说明\n汝城县林业局2025年部门预算情况说明\n" + BODY)
    assert segment_starts(lines, paged=False) == [0]


# --- Web statements as people copy them: chrome, metadata lines, titles without unit or kind ----------------

SANGONG = "2023年“三公”经费支出10.35万元，其中：因公出国（境）费0万元，公务用车购置及运行费6.20万元，公务接待费4.15万元。\n"


@pytest.mark.parametrize("text,expected,unit_origin", [
    ("您当前的位置：首页>>信息公开>>财政信息\n2023年度“三公”经费决算情况说明\n"
     "发布日期：2024-09-02 来源：澧县农业农村局\n现将我局2023年度“三公”经费决算情况说明如下：\n" + SANGONG,
     ("澧县农业农村局", "澧县", "湖南省", 2023, "决算", "部门", "三公说明"), "metadata:来源"),
    ("索引号：11430621MB1234567X/2024-00031  发布机构：岳阳县民政局  成文日期：2024-02-06\n"
     "名称：岳阳县民政局2024年“三公”经费预算公开\n" + SANGONG.replace("支出", "预算"),
     ("岳阳县民政局", "岳阳县", "湖南省", 2024, "预算", "部门", "三公说明"), "metadata:标题"),
    ("永兴县自然资源局2022年三公经费\n一、2022年“三公”经费预算情况\n" + SANGONG.replace("支出", "预算数为"),
     ("永兴县自然资源局", "永兴县", "湖南省", 2022, "预算", "部门", "三公说明"), "title"),
    ("2021年“三公”经费预算公开\n为提高透明度，现将汝城县文化旅游广电体育局2021年“三公”经费预算公开如下：\n" + SANGONG,
     ("汝城县文化旅游广电体育局", "汝城县", "湖南省", 2021, "预算", "部门", "三公说明"), "first_sentence"),
    ("2024年度本级“三公”经费决算说明\n现将资兴市2024年度市本级“三公”经费决算情况公开如下：\n" + SANGONG,
     ("资兴市本级", "资兴市", "湖南省", 2024, "决算", "汇总", "三公说明"), "first_sentence"),
    ("关于祁阳市水利局2024年度部门决算的说明\n一、部门基本情况\n" + SANGONG,
     ("祁阳市水利局", "祁阳市", "湖南省", 2024, "决算", "部门", "情况说明"), "title"),
    ("桂阳县疾病预防控制中心\n二〇二四年单位预算公开说明\n一、单位基本情况\n" + SANGONG,
     ("桂阳县疾病预防控制中心", "桂阳县", "湖南省", 2024, "预算", "单位", "情况说明"), "title"),
])
def test_it_identifies_a_web_statement_from_whatever_it_offers(text, expected, unit_origin):
    result = parse_disclosure(text.encode(), filename="page.txt")
    assert (result.unit, result.region, result.province, result.year, result.kind, result.scope, result.genre) \
        == expected
    assert result.clues["unit"].origin == unit_origin
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


@pytest.mark.parametrize("unit,scope", [
    ("汝城县农业农村局", "部门"), ("汝城县人民政府办公室", "部门"), ("汝城县卫生健康委员会", "部门"),
    ("汝城县疾病预防控制中心", "单位"), ("汝城县第一中学", "单位"), ("汝城县人民医院", "单位"), ("汝城县", None),
])
def test_a_name_says_department_or_unit_when_nothing_else_does(unit, scope):
    from disclosures.parsing.identity import scope_of_name

    assert scope_of_name(unit) == scope
