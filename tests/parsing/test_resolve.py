"""The resolver: precedence written as data, every disagreement a warning."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.resolve import PRECEDENCE, Candidates, resolve
from disclosures.parsing.types import Figure


def fig(metric: str, value: str | None, *, origin: str = "prose", period: str = "本年", change: str | None = None,
        page: int = 3, **kwargs: object) -> Figure:
    return Figure(metric=metric, value=None if value is None else Decimal(value), origin=origin, period=period,
                  change=None if change is None else Decimal(change), page=page, **kwargs)  # type: ignore[arg-type]


def test_it_writes_its_precedence_down_in_order_period_stage_scope_origin() -> None:
    assert [p.name for p in PRECEDENCE] == ["period", "stage", "scope_column", "origin"]


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
