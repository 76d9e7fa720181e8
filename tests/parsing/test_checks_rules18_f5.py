"""Prose hierarchies and 绩效 coverage (issue 18, family f5): a function class printed in a list of classes against the
项 the words state for it (Σ 项 ≤ 类; = 类 where the list says it is the whole 项级 list, in the same scope), a class
printed in two lists (one amount within one scope; the 财政拨款 list within the all-funds one), and the funds a 绩效
sentence covers against the year's 项目支出 of their scope (≤; = when it says every project is covered). Pages and
figures written for these tests (made-up units and amounts).
"""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks.figures import all_projects_claimed, pr_perf
from disclosures.parsing.checks.listings import class_printed_twice, class_printings_against_items
from disclosures.parsing.checks.subjects import perf_funds_by_scope
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Figure, ParsedDisclosure


def _result(kind: str = "预算", figures: dict | None = None) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2025, kind=kind, scope="部门", figures=figures or {})


def _failed(rule, page: str, kind: str = "预算", result: ParsedDisclosure | None = None) -> list[tuple[str, str, str]]:
    view = text_of(page_lines([page]))
    return [(c.rule, c.severity, c.message) for c in rule(result or _result(kind), view) if c.outcome == "fail"]


def _outcomes(rule, page: str, kind: str = "预算") -> list[str]:
    return [c.outcome for c in rule(_result(kind), text_of(page_lines([page])))]


# --- a class in a list against the 项 the words state for it ----------------------------------------------------

CLASSES = "二、支出预算情况\n2025年支出预算{total}万元。按功能分类：社会保障和就业支出{social}万元；卫生健康支出{health}万元；住房保障支出{housing}万元。\n"
ITEMS = ("{header}社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）{pension}万元；"
         "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）{medical}万元；"
         "住房保障支出（类）住房改革支出（款）住房公积金（项）{fund}万元。\n")


def _hier(social="40.00", health="12.50", housing="20.00", pension="40.00", medical="12.50", fund="20.00",
          header="按功能分类项级科目列示如下：", total="72.50") -> str:
    return (CLASSES.format(total=total, social=social, health=health, housing=housing)
            + ITEMS.format(header=header, pension=pension, medical=medical, fund=fund))


def test_a_class_whose_items_agree_passes() -> None:
    assert _failed(class_printings_against_items, _hier()) == []


def test_items_that_exceed_their_class_are_an_error() -> None:
    found = _failed(class_printings_against_items, _hier(fund="23.00"))
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-HIER", "error")]
    assert "23.00" in found[0][2] and "20.00" in found[0][2]


def test_a_class_above_its_whole_item_list_is_an_error() -> None:
    found = _failed(class_printings_against_items, _hier(housing="26.00", total="78.50"))
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-HIER", "error")]


def test_a_class_above_a_selection_of_its_items_is_not_judged() -> None:
    # “主要支出科目”: the items are some of the class's, so the class may hold more
    assert _failed(class_printings_against_items, _hier(housing="26.00", header="主要支出科目：")) == []


def test_a_gap_the_words_state_is_not_reported() -> None:
    page = _hier(housing="26.00", total="78.50") + "另有上年结转6.00万元用于住房保障。\n"
    assert _failed(class_printings_against_items, page) == []


def test_a_rounding_gap_is_information_only() -> None:
    found = _failed(class_printings_against_items, _hier(fund="20.01"))
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-HIER", "info")]


def test_items_coded_dashed_and_in_yuan_are_read() -> None:
    page = ("2025年支出预算725,000.00元。按功能分类：社会保障和就业支出400,000.00元，卫生健康支出125,000.00元，"
            "住房保障支出200,000.00元。\n分项目（功能分类项级）情况：\n1.行政事业单位养老支出-机关事业单位基本养老保险缴费支出（2080505）"
            "400,000.00元；\n2.行政事业单位医疗-行政单位医疗（2101101）125,000.00元；\n3.住房改革支出-住房公积金(2210201)"
            "230,000.00元。\n")
    found = _failed(class_printings_against_items, page)
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-HIER", "error")]
    assert "230,000.00" in found[0][2]


def test_a_final_item_is_read_at_its_actual_not_its_budget() -> None:
    page = ("2024年度支出决算72.50万元。按支出功能分类，社会保障和就业支出40.00万元，占55.17%；卫生健康支出12.50万元，"
            "占17.24%；住房保障支出20.00万元，占27.59%。\n"
            "1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。年初预算41.00万元，支出决算40.00万元。\n"
            "2.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算12.00万元，支出决算12.50万元。\n"
            "3.住房保障支出（類）住房改革支出（款）住房公积金（项）。年初预算20.00万元，支出决算20.00万元。\n")
    assert _failed(class_printings_against_items, page, "决算") == []


# --- one class printed in two lists -------------------------------------------------------------------------------

TWICE = ("二、收入支出预算总体情况\n2025年部门支出预算{total}万元。按功能分类：社会保障和就业支出40.00万元，卫生健康支出{health}万元，"
         "住房保障支出20.00万元。\n三、一般公共预算财政拨款支出预算情况\n一般公共预算财政拨款支出{fiscal}万元。按功能分类："
         "社会保障和就业支出（类）40.00万元，占{share}；卫生健康支出（类）{health2}万元；住房保障支出（类）20.00万元。\n")


def test_two_lists_of_one_class_that_agree_pass() -> None:
    page = TWICE.format(total="72.50", health="12.50", fiscal="72.50", share="55.17%", health2="12.50")
    assert _failed(class_printed_twice, page) == []
    assert "pass" in _outcomes(class_printed_twice, page) or _outcomes(class_printed_twice, page) == []


def test_a_fiscal_list_above_the_all_funds_one_is_an_error() -> None:
    page = TWICE.format(total="72.50", health="12.50", fiscal="75.50", share="52.98%", health2="15.50")
    found = _failed(class_printed_twice, page)
    assert [(rule, severity) for rule, severity, _ in found] == [("IE-SCOPE-LE", "error")]
    assert "15.50" in found[0][2]


def test_a_fiscal_list_below_the_all_funds_one_is_another_scope() -> None:
    page = TWICE.format(total="72.50", health="12.50", fiscal="70.50", share="56.74%", health2="10.50")
    assert _failed(class_printed_twice, page) == []


def test_two_all_funds_lists_must_print_one_amount() -> None:
    page = ("2025年部门支出预算72.50万元。按功能分类：社会保障和就业支出40.00万元，卫生健康支出12.50万元，住房保障支出20.00万元。\n"
            "部门支出总计72.50万元，其中社会保障和就业支出40.00万元，卫生健康支出12.80万元，住房保障支出20.00万元。\n")
    found = _failed(class_printed_twice, page)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-REPEAT", "error")]


def test_lists_whose_scope_nothing_says_are_left_alone() -> None:
    page = ("按功能分类：社会保障和就业支出40.00万元，卫生健康支出12.50万元。\n"
            "按功能分类：社会保障和就业支出40.00万元，卫生健康支出12.80万元。\n")
    assert _failed(class_printed_twice, page) == []


def test_a_list_of_last_year_is_another_quantity() -> None:
    page = ("2025年部门支出预算72.50万元。按功能分类：社会保障和就业支出40.00万元，卫生健康支出12.50万元。\n"
            "部门支出总计上年为70.00万元，其中社会保障和就业支出38.00万元，卫生健康支出13.00万元。\n")
    assert _failed(class_printed_twice, page) == []


# --- 绩效 coverage against 项目支出 --------------------------------------------------------------------------------

PERF = ("三、一般公共预算财政拨款支出预算情况\n一般公共预算财政拨款支出100.00万元，其中基本支出70.00万元，项目支出{project}万元。\n"
        "五、其他重要事项\n{perf}\n")


def test_funds_under_goals_within_the_project_spending_pass() -> None:
    page = PERF.format(project="30.00", perf="2025年实行绩效目标管理的项目2个，涉及一般公共预算财政拨款25.00万元。")
    assert _failed(perf_funds_by_scope, page) == []


def test_funds_under_goals_above_the_project_spending_are_an_error() -> None:
    page = PERF.format(project="30.00", perf="2025年实行绩效目标管理的项目2个，涉及一般公共预算财政拨款33.00万元。")
    found = _failed(perf_funds_by_scope, page)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-PERF", "error")]
    assert "33.00" in found[0][2]


def test_every_project_covered_means_the_whole_project_spending() -> None:
    for perf in ("项目支出全部实行绩效目标管理，涉及一般公共预算当年财政拨款27.00万元。",
                 "对全部27.00万元项目支出编制了绩效目标。",
                 "项目支出27.00万元全部设定绩效目标。",
                 "所有項目均编制了绩效目标，涉及一般公共预算拨款27.00万元。"):
        found = _failed(perf_funds_by_scope, PERF.format(project="30.00", perf=perf))
        assert [(rule, severity) for rule, severity, _ in found] == [("PR-PERF", "error")], perf


def test_the_claim_at_the_tolerance_edge_is_information() -> None:
    page = PERF.format(project="30.0", perf="项目支出全部实行绩效目标管理，涉及一般公共预算当年财政拨款30.04万元。")
    found = _failed(perf_funds_by_scope, page)
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-PERF", "info")]


def test_a_subset_after_the_claim_is_not_the_whole() -> None:
    perf = "所有项目均编制了绩效目标，其中3个重点项目的绩效目标随本预算公开，涉及资金20.00万元。"
    assert not all_projects_claimed(perf)
    assert _failed(perf_funds_by_scope, PERF.format(project="30.00", perf=perf)) == []


def test_no_project_spending_of_that_scope_leaves_it_unjudged() -> None:
    page = ("二、收入支出预算总体情况\n2025年部门支出预算100.00万元，其中基本支出70.00万元，项目支出30.00万元。\n"
            "五、其他重要事项\n项目支出全部实行绩效目标管理，涉及一般公共预算当年财政拨款25.00万元。\n")
    assert _outcomes(perf_funds_by_scope, page) == []


def test_the_figure_rule_reads_every_claim_word() -> None:
    def figures(source: str) -> dict:
        return {"performance_managed_funds": Figure("performance_managed_funds", Decimal("25.00"), page=4, source=source,
                                                     display_scale=2, fund_scope="一般公共预算财政拨款"),
                "project_expenditure": Figure("project_expenditure", Decimal("30.00"), page=3, source="项目支出30.00万元",
                                              display_scale=2, fund_scope="一般公共预算财政拨款")}

    for source, severity in (("项目支出均实行了绩效目标管理，涉及一般公共预算当年财政拨款25.00万元", "error"),
                             ("本部门5个项目全部编制了绩效目标，涉及一般公共预算财政拨款25.00万元", "error"),
                             ("实行绩效目标管理的项目3个，涉及一般公共预算财政拨款25.00万元", None)):
        found = [c.severity for c in pr_perf(_result(figures=figures(source))) if c.outcome == "fail"]
        assert found == ([severity] if severity else []), source


# --- a stated gap between the 部门 and the 财政拨款 receipts and the sources it names -----------------------------

GAP = "财政拨款收支预算与部门收支预算相差{gap}万元，为事业收入{business}万元和上年结转{carried}万元，未纳入财政拨款口径。"


def test_a_gap_made_of_its_named_sources_passes() -> None:
    from disclosures.parsing.checks.prose_tables import tt_bridge_parts

    assert _failed(tt_bridge_parts, GAP.format(gap="208.00", business="63.00", carried="145.00")) == []
    assert _outcomes(tt_bridge_parts, GAP.format(gap="208.00", business="63.00", carried="145.00")) == ["pass"]


def test_a_gap_its_sources_do_not_make_is_an_error() -> None:
    from disclosures.parsing.checks.prose_tables import tt_bridge_parts

    found = _failed(tt_bridge_parts, GAP.format(gap="208.00", business="66.00", carried="145.00"))
    assert [(rule, severity) for rule, severity, _ in found] == [("TT-BRIDGE", "error")]
    assert "66.00" in found[0][2]


def test_a_gap_of_one_source_and_a_partial_list() -> None:
    from disclosures.parsing.checks.prose_tables import tt_bridge_parts

    one = "财政拨款收支预算与部门收支预算相差196.00萬元，为上年结转199.00万元。".replace("萬", "万")
    assert [(r, s) for r, s, _ in _failed(tt_bridge_parts, one)] == [("TT-BRIDGE", "error")]
    partial = "部门收支与财政拨款收支相差196.00万元，主要为上年结转150.00万元。"
    assert _failed(tt_bridge_parts, partial) == []
    assert _failed(tt_bridge_parts, "部门收支与财政拨款收支相差196.00万元，主要为上年结转199.00万元。")
