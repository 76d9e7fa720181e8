"""Short statements as counties put them on web pages (written for these tests): every figure they state,
with its change and, for a 决算, the budget beside the actual."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure

UNTITLED_FINAL = """按照政府信息公开有关要求，现将我局2023年部门决算“三公”经费情况公开如下：
2023年“三公”经费预算数为18.60万元，决算支出数为15.32万元。其中：因公出国（境）费预算数为0万元，决算数为0万元；公务用车购置及运行维护费预算数为12.00万元，决算数为10.12万元（其中：公务用车购置费0万元，公务用车运行维护费10.12万元）；公务接待费预算数为6.60万元，决算数为5.20万元。
决算数小于预算数的主要原因是严格执行中央八项规定精神，压减一般性支出。
"""
YUAN_LABELS = """某某县农业农村局2024年部门预算公开说明
一、收支总体情况
2024年收入总数为3,456,700元，支出总数为3,456,700元。其中基本支出2,156,700元，专项项目支出1,300,000元。
二、人员情况
本单位编制人数25人，在职人员总数23人。
三、“三公”经费
2024年“三公”经费预算合计86,000元，其中：公务接待费26,000元，运行维护及购置费60,000元（购置支出0元），无因公出国（境）费预算安排。
四、机关运行经费
本单位无机关运行经费预算安排。
"""
REGION_FINAL = """2022年度县本级“三公”经费财政拨款决算汇总说明
2022年县本级“三公”经费财政拨款预算数为1,250.30万元，决算支出数为1,018.46万元，完成预算的81.5%，比上年决算减少56.20万元。
其中，因公出国（境）费决算支出2.10万元；公务用车购置费决算支出120.00万元；公务用车运行维护费决算支出610.36万元；公务接待费决算支出286.00万元。
"""
PORTAL_PAGE = """首页 > 政务公开 > 财政预决算
索引号：11500-2024-00012  发布机构：某某县财政局  成文日期：2024-03-01
2024年某某县县级部门“三公”经费预算汇总情况
按照预算公开工作要求，现将2024年全县“三公”经费预算安排情况说明如下：
2024年全县县级“三公”经费财政拨款预算为2,316.45万元，比上年预算减少85.20万元，下降3.5%。其中：因公出国(境)费12.00万元，与上年持平；公务用车购置及运行维护费1,530.25万元(其中:公务用车购置费210.00万元,公务用车运行维护费1,320.25万元)，比上年减少60.10万元；公务接待费774.20万元，比上年减少25.10万元。
来源：某某县财政局  发布时间：2024-03-01
"""
SPACED_AND_BROKEN = """某某镇人民政府2023年度“三公”经费决算公开
一、"三公"经费决算情况
2023年度"三公"经费决算支出 45 . 60 万元，比预算数 50.00 万元减少 4.40 万元，
比上年决算支出减少 3.20 万元。
其中:因公出国(境)费 0 万元;公务用车运行维护费 30.
10 万元;公务接待费 15.50 万元;公务用车购置费 0 万元。
二、机关运行经费
2023年度机关运行经费支出 126.80 万元。
"""
NO_NUMBERS_IN_HEADINGS = """2021年某某县教育局部门预算情况说明
(一)部门收支情况：2021年部门收入预算总额为36,521.80万元，其中一般公共预算拨款收入35,100.00万元，政府性基金预算拨款收入1,421.80万元；支出预算总额36,521.80万元。
(二)三公经费：2021年三公经费预算86.5万元，比2020年减少3.5万元。其中公务接待费10万元，公务用车运行维护费76.5万元，没有因公出国(境)费和公务用车购置费预算。
(三)在职人员：教育局机关及所属学校在职人员总数2,316人，编制数2,400人。
(四)公务用车：全系统公务用车共12辆。
"""
CHANGE_FIRST_FINAL = """关于某某县水利局2022年度部门决算的说明
一、收入支出决算总体情况
2022年度收入总计856.40万元，支出总计850.10万元。与上年相比，收入总计增加35.20万元，支出总计增加30.00万元。
二、“三公”经费支出情况
“三公”经费较上年减少1.10万元，为8.90万元。其中，公务接待费较上年减少0.60万元，为2.40万元；公务用车运行维护费为6.50万元，比上年减少0.50万元；公务用车购置费、因公出国（境）费均未发生。
三、机关运行经费
全年机关运行经费支出52.30万元，较上年增长4.1%。
四、政府采购
2022年度政府采购支出总额为0万元。
五、车辆
截止2022年12月31日，共有车辆2辆。
"""
BUDGET_THEN_ACTUAL_TOTALS = """某某县统计局2023年度部门决算公开说明
一、收支决算总体情况
2023年度本部门收入年初预算数为320.00万元，决算数为335.60万元；支出年初预算数为320.00万元，决算数为331.20万元。
二、“三公”经费
2023年“三公”经费年初预算3.00万元，决算2.10万元。
三、机关运行经费
2023年机关运行经费年初预算为25.00万元，决算支出为24.30万元，比上年增加1.30万元。
"""

# metric -> (value, change, budget); None = not stated
CASES = {
    "untitled_final": (UNTITLED_FINAL, {
        "sangong_total": ("15.32", None, "18.60"), "outbound_travel": ("0", None, "0"),
        "vehicle_total": ("10.12", None, "12.00"), "vehicle_purchase": ("0", None, None),
        "vehicle_operation": ("10.12", None, None), "reception": ("5.20", None, "6.60")}),
    "yuan_labels": (YUAN_LABELS, {
        "income_total": ("345.67", None, None), "expenditure_total": ("345.67", None, None),
        "basic_expenditure": ("215.67", None, None), "project_expenditure": ("130", None, None),
        "sangong_total": ("8.6", None, None), "reception": ("2.6", None, None), "vehicle_total": ("6", None, None),
        "vehicle_purchase": ("0", None, None),
        "outbound_travel": ("0", None, None), "operating_costs": ("0", None, None),
        "staff_authorized": ("25", None, None), "staff_actual": ("23", None, None)}),
    "region_final": (REGION_FINAL, {
        "sangong_total": ("1018.46", "-56.20", "1250.30"), "outbound_travel": ("2.10", None, None),
        "vehicle_purchase": ("120.00", None, None), "vehicle_operation": ("610.36", None, None),
        "reception": ("286.00", None, None)}),
    "portal_page": (PORTAL_PAGE, {
        "sangong_total": ("2316.45", "-85.20", None), "outbound_travel": ("12.00", "0", None),
        "vehicle_total": ("1530.25", "-60.10", None), "vehicle_purchase": ("210.00", None, None),
        "vehicle_operation": ("1320.25", None, None), "reception": ("774.20", "-25.10", None)}),
    "spaced_and_broken": (SPACED_AND_BROKEN, {
        "sangong_total": ("45.60", "-3.20", "50.00"), "outbound_travel": ("0", None, None),
        "vehicle_operation": ("30.10", None, None), "reception": ("15.50", None, None),
        "vehicle_purchase": ("0", None, None), "operating_costs": ("126.80", None, None)}),
    "no_numbers_in_headings": (NO_NUMBERS_IN_HEADINGS, {
        "income_total": ("36521.80", None, None), "expenditure_total": ("36521.80", None, None),
        "general_budget_appropriation": ("35100.00", None, None), "gov_fund_appropriation": ("1421.80", None, None),
        "sangong_total": ("86.5", "-3.5", None), "reception": ("10", None, None),
        "vehicle_operation": ("76.5", None, None), "outbound_travel": ("0", None, None),
        "vehicle_purchase": ("0", None, None), "vehicles_count": ("12", None, None),
        "staff_actual": ("2316", None, None), "staff_authorized": ("2400", None, None)}),
    "change_first_final": (CHANGE_FIRST_FINAL, {
        "income_total": ("856.40", "35.20", None), "expenditure_total": ("850.10", "30.00", None),
        "sangong_total": ("8.90", "-1.10", None), "reception": ("2.40", "-0.60", None),
        "vehicle_operation": ("6.50", "-0.50", None), "vehicle_purchase": ("0", None, None),
        "outbound_travel": ("0", None, None), "operating_costs": ("52.30", None, None),
        "procurement_total": ("0", None, None), "vehicles_count": ("2", None, None)}),
    "budget_then_actual_totals": (BUDGET_THEN_ACTUAL_TOTALS, {
        "income_total": ("335.60", None, "320.00"), "expenditure_total": ("331.20", None, "320.00"),
        "sangong_total": ("2.10", None, "3.00"), "operating_costs": ("24.30", "1.30", "25.00")}),
}


def _d(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


@pytest.mark.parametrize("name", list(CASES))
def test_it_reads_every_figure_a_short_statement_states(name: str) -> None:
    text, expected = CASES[name]
    result = parse_disclosure(text.encode("utf-8"), filename=f"{name}.txt")
    got = {k: (f.value, f.change, f.budget) for k, f in result.figures.items()}
    assert got == {k: tuple(_d(v) for v in triple) for k, triple in expected.items()}


PRINTED_PORTAL = """2024/3/12 上午9:05 某某县人民政府网
索引号65999-0101/2024-0007发布机构昭苏县林业和草原局
发布日期2024-03-08主题分类财政预算、决算
按照有关规定，现将我局2024年“三公”经费预算公开如下：
一、总体情况：今年“三公”经费预算额度为6.10万元。
二、分项情况：因公出国（境）费无预算；公务用车购置费无预算；公务用车运行维护费预算额度4.30万元；公务接待费预算额度1.80万元。
三、车辆情况：我局现有公务用车3辆，今年无购车计划。
"""


def test_a_printed_portal_page_names_its_unit_in_the_metadata_row_and_states_zeros_in_words():
    result = parse_disclosure(PRINTED_PORTAL.encode(), filename="p.pdf.txt")
    assert (result.unit, result.region, result.year, result.kind) == ("昭苏县林业和草原局", "昭苏县", 2024, "预算")
    assert {k: result.figures[k].value for k in ("sangong_total", "outbound_travel", "vehicle_purchase",
                                                 "vehicle_operation", "reception", "vehicles_count",
                                                 "vehicles_purchase_planned")} == {
        "sangong_total": Decimal("6.10"), "outbound_travel": Decimal("0"), "vehicle_purchase": Decimal("0"),
        "vehicle_operation": Decimal("4.30"), "reception": Decimal("1.80"), "vehicles_count": Decimal("3"),
        "vehicles_purchase_planned": Decimal("0")}


def test_a_vehicle_not_renewed_last_year_is_no_plan_for_this_year():
    text = ("某某县教育局2023年度“三公”经费决算说明\n2023年度“三公”经费决算支出5.00万元。公务用车购置费支出决算0万元，"
            "全年未更新车辆。\n")
    assert "vehicles_purchase_planned" not in parse_disclosure(text.encode(), filename="q.txt").figures


@pytest.mark.parametrize("sentence,actual", [
    ("核定教职工编制64名，在编在岗教职工61人，在校学生900人。", Decimal("61")),
    ("核定编制120名，在编医护人员113人。", Decimal("113")),
])
def test_it_reads_the_staff_in_post_of_a_school_or_hospital(sentence: str, actual: Decimal) -> None:
    text = f"某某县第一中学2025年单位预算情况说明\n一、基本情况\n{sentence}\n二、收支预算\n2025年收入总数310.00万元。\n"
    assert parse_disclosure(text.encode(), filename="s.txt").figures["staff_actual"].value == actual


@pytest.mark.parametrize(("line", "authorized", "actual"), [
    ("本单位编制数：34；实有人数：32。", 34, 32),
    ("Authorized staff 编制数: 34; Actual staff 实有人数: 32.", 34, 32),
    ("单位编制数为18人，实有在职人员16人。", 18, 16),
])
def test_it_reads_headcount_after_a_colon_without_a_counting_word(line: str, authorized: int, actual: int) -> None:
    text = f"示例县统计局2025年部门预算情况说明\n一、部门基本情况\n{line}\n二、“三公”经费预算情况说明\n“三公”经费预算5.00万元。\n"
    result = parse_disclosure(text.encode(), filename="a.txt")
    assert result.figures["staff_authorized"].value == Decimal(authorized)
    assert result.figures["staff_actual"].value == Decimal(actual)


def test_it_takes_no_colon_number_that_runs_on_into_another_word_as_a_headcount() -> None:
    text = "示例县统计局2025年部门预算情况说明\n一、部门基本情况\n编制数:2025年核定。\n二、“三公”经费预算情况说明\n“三公”经费预算5.00万元。\n"
    assert "staff_authorized" not in parse_disclosure(text.encode(), filename="a.txt").figures


@pytest.mark.parametrize("body,funds", [
    # the heading names four subjects and runs into the first sentence without a stop
    ("五、机关运行经费、政府采购、国有资产及绩效目标情况\n2025年机关运行经费36.40万元，比上年增加1.20万元。"
     "本年纳入绩效目标管理的项目6个，涉及一般公共预算拨款812.50万元。\n", Decimal("812.50")),
    ("五、其他情况（机关运行经费及绩效目标）2025年机关运行经费36.40万元。\n", None),
    ("五、绩效目标情况\n2025年实行绩效目标管理的项目6个，涉及资金812.50万元。\n", Decimal("812.50")),
])
def test_the_performance_funds_are_no_other_subjects_amount_after_a_combined_heading(body: str, funds) -> None:
    text = f"某某县科学技术协会2025年部门预算情况说明\n一、收支预算\n2025年收入总数900.00万元。\n{body}"
    figures = parse_disclosure(text.encode(), filename="k.txt").figures
    assert (figures["performance_managed_funds"].value if "performance_managed_funds" in figures else None) == funds
