"""The resolver: precedence written as data, every disagreement a warning."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.resolve import PRECEDENCE, Candidates, resolve
from disclosures.parsing.types import Figure


def fig(metric: str, value: str | None, *, origin: str = "prose", period: str = "本年", change: str | None = None,
        page: int = 3, **kwargs: object) -> Figure:
    return Figure(metric=metric, value=None if value is None else Decimal(value), origin=origin, period=period,
                  change=None if change is None else Decimal(change), page=page, **kwargs)  # type: ignore[arg-type]


def test_it_writes_its_precedence_down_in_order_period_stage_scope_side_origin() -> None:
    assert [p.name for p in PRECEDENCE] == ["period", "stage", "scope_column", "side", "origin"]


def test_it_takes_the_prose_over_a_table_cell_and_warns_when_they_disagree() -> None:
    offered = Candidates()
    offered.offer(fig("reception", "6.50", origin="table", page=9))
    offered.offer(fig("reception", "6.80", page=4))
    result = resolve(offered, kind="预算", scope="单位")
    assert result.figures["reception"].value == Decimal("6.80")
    assert result.warnings == ["公务接待费：正文第4页为6.80万元，表格第9页为6.50万元，两处不一致，采用正文第4页的数字"]


def test_it_fills_from_a_table_what_the_prose_omits_without_a_warning() -> None:
    offered = Candidates()
    offered.offer(fig("reception", "6.80"))
    offered.offer(fig("vehicle_purchase", "12", origin="table"))
    result = resolve(offered, kind="预算", scope="单位")
    assert result.figures["vehicle_purchase"].value == Decimal("12")
    assert result.warnings == []


def test_it_sees_no_disagreement_between_a_rounded_prose_figure_and_a_table_in_yuan() -> None:
    offered = Candidates()
    offered.offer(fig("operating_costs", "213.28"))
    offered.offer(fig("operating_costs", "213.277754", origin="table"))
    assert resolve(offered, kind="预算", scope="部门").warnings == []


def test_it_never_takes_last_years_figure_for_this_years() -> None:
    offered = Candidates()
    offered.offer(fig("sangong_total", "20.00", origin="table", period="上年"))
    offered.offer(fig("sangong_total", "18.50", origin="table"))
    result = resolve(offered, kind="预算", scope="部门")
    assert result.figures["sangong_total"].value == Decimal("18.50")
    assert result.warnings == []


def test_it_takes_the_actual_of_a_final_account_and_keeps_the_budget_beside_it() -> None:
    offered = Candidates()
    offered.offer(fig("reception", "0.95", origin="table"), stage="预算数")
    offered.offer(fig("reception", "0.60", origin="table"), stage="决算数")
    result = resolve(offered, kind="决算", scope="部门")
    assert result.figures["reception"].value == Decimal("0.60")
    assert result.figures["reception"].budget == Decimal("0.95")
    assert result.warnings == []


def test_it_takes_the_column_of_the_documents_own_scope() -> None:
    offered = Candidates()
    offered.offer(fig("sangong_total", "3.00", origin="table"), scope_column="单位")
    offered.offer(fig("sangong_total", "9.00", origin="table"), scope_column="部门")
    assert resolve(offered, kind="预算", scope="部门").figures["sangong_total"].value == Decimal("9.00")
    assert resolve(offered, kind="预算", scope="单位").figures["sangong_total"].value == Decimal("3.00")


def test_it_lends_a_change_stated_on_its_own_to_the_figure() -> None:
    offered = Candidates()
    offered.offer(fig("reception", "0.00"))
    offered.offer(fig("reception", None, change="0", reason=None), change_only=True)
    result = resolve(offered, kind="决算", scope="部门")
    assert result.figures["reception"].value == Decimal("0")
    assert result.figures["reception"].change == Decimal("0")


def test_it_warns_when_two_statements_give_different_changes() -> None:
    offered = Candidates()
    offered.offer(fig("reception", "5.00"))
    offered.offer(fig("reception", None, change="-1"), change_only=True)
    offered.offer(fig("reception", None, change="2"), change_only=True)
    result = resolve(offered, kind="预算", scope="部门")
    assert result.figures["reception"].change == Decimal("-1")
    assert len(result.warnings) == 1 and "增减额不一致" in result.warnings[0]


def test_it_keeps_the_first_of_two_prose_statements_and_warns_about_the_second() -> None:
    offered = Candidates()
    offered.offer(fig("vehicles_count", "15", page=2))
    offered.offer(fig("vehicles_count", "12", page=1))
    result = resolve(offered, kind="预算", scope="部门")
    assert result.figures["vehicles_count"].value == Decimal("15")
    assert result.warnings == ["车辆总数：正文第2页为15辆，正文第1页为12辆，两处不一致，采用正文第2页的数字"]


def test_it_treats_not_applicable_and_a_zero_cell_as_agreeing() -> None:
    offered = Candidates()
    offered.offer(Figure(metric="operating_costs", value=None, not_applicable=True))
    offered.offer(fig("operating_costs", "0", origin="table"))
    result = resolve(offered, kind="预算", scope="单位")
    assert result.figures["operating_costs"].not_applicable
    assert result.warnings == []


def test_it_withholds_a_final_accounts_figure_when_only_its_budget_column_was_read() -> None:
    offered = Candidates()
    offered.offer(fig("reception", "3", origin="table"), stage="预算数")
    result = resolve(offered, kind="决算", scope="单位")
    assert "reception" not in result.figures
    assert result.warnings == ["公务接待费：只找到预算数（3），未找到决算数，未采用"]


GBA = "general_budget_appropriation"


def test_it_takes_an_appropriation_received_over_the_same_funds_spending() -> None:
    offered = Candidates()
    offered.offer(fig(GBA, "870.40", side="支出", fund_scope="一般公共预算财政拨款", page=5))
    offered.offer(fig(GBA, "905.10", origin="table", side="收入", fund_scope="一般公共预算财政拨款", page=8))
    result = resolve(offered, kind="预算", scope="部门")
    assert result.figures[GBA].value == Decimal("905.10")
    assert result.warnings == []  # received and spent are two figures, not a contradiction


def test_it_keeps_the_prose_as_printed_when_a_yuan_cell_ranked_first_states_the_same_number() -> None:
    offered = Candidates()
    offered.offer(fig(GBA, "950.12", side="支出", fund_scope="一般公共预算财政拨款"))
    offered.offer(fig(GBA, "950.1164", origin="table", side="收入", fund_scope="一般公共预算财政拨款"))
    assert resolve(offered, kind="预算", scope="单位").figures[GBA].value == Decimal("950.12")


def test_it_withholds_a_final_accounts_appropriation_known_only_from_its_spending() -> None:
    offered = Candidates()
    offered.offer(fig(GBA, "2270.16", side="支出", fund_scope="一般公共预算财政拨款"))
    result = resolve(offered, kind="决算", scope="部门")
    assert GBA not in result.figures
    assert result.warnings == ["一般公共预算拨款：只找到财政拨款支出（2270.16万元），未找到拨款收入，未采用"]
    offered_budget = Candidates()
    offered_budget.offer(fig(GBA, "2270.16", side="支出", fund_scope="一般公共预算财政拨款"))
    assert resolve(offered_budget, kind="预算", scope="部门").figures[GBA].value == Decimal("2270.16")


def test_it_takes_an_appropriation_naming_no_fund_only_when_no_other_fund_is_stated() -> None:
    def offered(*, gov_fund: str | None, named: str | None) -> Candidates:
        candidates = Candidates()
        candidates.offer(fig(GBA, "640.00", side="收入", fund_scope="财政拨款"))
        if named:
            candidates.offer(fig(GBA, named, origin="table", side="收入", fund_scope="一般公共预算财政拨款"))
        if gov_fund:
            candidates.offer(fig("gov_fund_appropriation", gov_fund, fund_scope="政府性基金"))
        return candidates

    assert resolve(offered(gov_fund=None, named=None), kind="决算", scope="单位").figures[GBA].value == Decimal("640.00")
    assert resolve(offered(gov_fund="0", named=None), kind="决算", scope="单位").figures[GBA].value == Decimal("640.00")
    with_fund = resolve(offered(gov_fund="40.00", named=None), kind="决算", scope="单位")
    assert GBA not in with_fund.figures
    assert with_fund.warnings == ["一般公共预算拨款：文中财政拨款收入640万元未分资金来源，文中另有政府性基金拨款，"
                                 "不能确定其中的一般公共预算拨款，未采用"]
    named = resolve(offered(gov_fund=None, named="600.00"), kind="决算", scope="单位")
    assert named.figures[GBA].value == Decimal("600.00")


# Income and spending sentences of the appropriation, in several wordings (written for these tests).
_APPROPRIATION_TEXTS = [
    ("决算", "本年收入合计1,180.00万元，其中财政拨款收入1,150.00万元，其他收入30.00万元；本年支出合计1,120.00万元。",
     "本年度一般公共预算财政拨款支出1,090.00万元。", "1150.00"),
    ("决算", "本年收入合计520.40万元，其中：一般公共预算财政拨款收入500.40万元，事业收入20.00万元。本年支出合计515.00万元。",
     "一般公共预算财政拨款支出495.60万元，占本年支出合计的96.2%。", "500.40"),
    ("决算", "本年收入合计300.00万元，本年支出合计296.50万元。",
     "一般公共预算财政拨款支出280.25万元，比上年增加12.00万元。", None),
    ("决算", "本年收入合计900.00万元，其中财政拨款收入880.00万元（含政府性基金拨款收入60.00万元）。本年支出合计870.00万元。",
     "一般公共预算财政拨款支出805.00万元。", None),
    ("决算", "本年收入合计1,000.00万元，其中非财政拨款收入200.00万元，财政拨款收入800.00万元。本年支出合计990.00万元。",
     "一般公共预算财政拨款支出785.00万元。", "800.00"),
    ("预算", "收入预算合计410.00万元，其中财政拨款410.00万元。支出预算合计410.00万元。",
     "一般公共预算拨款支出预算410.00万元。", "410.00"),
    ("预算", "收入预算合计760.30万元。支出预算合计760.30万元。",
     "一般公共预算财政拨款支出预算700.30万元，比上年减少8.00万元。", "700.30"),
]


@pytest.mark.parametrize(("kind", "overview", "appropriation", "expected"), _APPROPRIATION_TEXTS)
def test_it_reads_the_appropriation_from_the_income_statement(kind: str, overview: str, appropriation: str,
                                                              expected: str | None) -> None:
    text = (f"某某县水务局2024年部门{kind}情况说明\n一、收支总体情况\n{overview}\n"
            f"二、一般公共预算财政拨款支出情况\n{appropriation}\n").encode()
    result = parse_disclosure(text, filename="t.txt")
    got = result.figures.get(GBA)
    assert (got.value if got else None) == (Decimal(expected) if expected else None)
