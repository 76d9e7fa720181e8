"""SG-ITEMS, SG-ZERO, SG-VCOUNT, PR-VEH-SUM, PR-HEAD-SUM on small hand-made statements."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks import run_checks
from disclosures.parsing.text import Line
from disclosures.parsing.types import Figure, ParsedDisclosure, UnitHeadcount

D = Decimal


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]


def _fig(metric: str, value: str, *, origin: str = "prose", source: str = "句", reason: str | None = None) -> Figure:
    return Figure(metric, D(value), display_scale=2, source=source, page=2, origin=origin, reason=reason,
                  fund_scope="一般公共预算财政拨款")


def _doc(**figures: Figure) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试站", year=2025, kind="预算", scope="单位", figures=dict(figures))


def _by(checks, rule: str):
    return [c for c in checks if c.rule == rule]


def _fails(checks, rule: str):
    return [(c.severity, c.message) for c in checks if c.rule == rule and c.outcome == "fail"]


WORDS = _Doc([["今年“三公”经费12.00万元，其中因公出国（境）费0万元，公务用车运行维护费8.00万元，公务接待费4.00万元。"]])


def test_it_passes_a_sangong_statement_that_names_every_item() -> None:
    doc = _doc(sangong_total=_fig("sangong_total", "12.00"), outbound_travel=_fig("outbound_travel", "0"),
               vehicle_purchase=_fig("vehicle_purchase", "0"), vehicle_operation=_fig("vehicle_operation", "8.00"),
               reception=_fig("reception", "4.00"))
    assert [c.outcome for c in _by(run_checks(doc, WORDS), "SG-ITEMS")] == ["pass"]


def test_it_warns_once_per_item_the_statement_leaves_out() -> None:
    words = _Doc([["今年“三公”经费8.00万元，其中公务用车运行维护费8.00万元。"]])
    doc = _doc(sangong_total=_fig("sangong_total", "8.00"), vehicle_operation=_fig("vehicle_operation", "8.00"))
    fails = _fails(run_checks(doc, words), "SG-ITEMS")
    # CHECKS.md SG-ITEMS: 购置 and 运行维护 are two of the four items, so naming only the running costs leaves 购置 out
    assert [s for s, _ in fails] == ["warning", "warning", "warning"]
    assert "因公出国" in fails[0][1] and "公务用车购置费" in fails[1][1] and "公务接待费" in fails[2][1]
    assert "8.00万元" in fails[0][1]


def test_it_does_not_call_an_item_missing_whose_amount_was_unreadable() -> None:
    words = _Doc([["今年“三公”经费8.00万元，公务用车运行维护费8.00万元，公务用车购置费无，因公出国费零，公务接待费一二。"]])
    doc = _doc(sangong_total=_fig("sangong_total", "8.00"), vehicle_operation=_fig("vehicle_operation", "8.00"))
    assert not [f for f in _fails(run_checks(doc, words), "SG-ITEMS") if f[0] == "warning"]


def test_it_only_hints_when_the_vehicle_item_is_not_split() -> None:
    doc = _doc(sangong_total=_fig("sangong_total", "9.00"), outbound_travel=_fig("outbound_travel", "0"),
               vehicle_total=_fig("vehicle_total", "6.00"), reception=_fig("reception", "3.00"))
    assert [s for s, _ in _fails(run_checks(doc, WORDS), "SG-ITEMS")] == ["info"]


def test_it_needs_a_sangong_statement_before_asking_for_its_items() -> None:
    assert not _by(run_checks(_doc(), WORDS), "SG-ITEMS")


def test_it_warns_of_no_sangong_said_beside_nonzero_amounts_but_not_of_a_tables_note() -> None:
    doc = _doc(sangong_total=_fig("sangong_total", "5.00"), reception=_fig("reception", "5.00"))
    said = _Doc([["本站今年无“三公”经费安排。"]])
    assert [s for s, _ in _fails(run_checks(doc, said), "SG-ZERO")] == ["warning"]
    note = _Doc([["注：本站无“三公”经费，故本表为空表。"]])
    assert not _by(run_checks(doc, note), "SG-ZERO")


def test_it_asks_an_all_zero_sangong_table_for_a_statement() -> None:
    doc = _doc()
    doc.table_figures = [_fig(k, "0", origin="table") for k in ("sangong_total", "outbound_travel", "reception")]
    assert [s for s, _ in _fails(run_checks(doc, _Doc([["表中数字"]])), "SG-ZERO")] == ["warning"]
    assert [c.outcome for c in _by(run_checks(doc, _Doc([["本站“三公”经费均为0。"]])), "SG-ZERO")] == ["pass"]


def test_it_questions_running_costs_without_any_vehicle_unless_the_cars_are_rented() -> None:
    doc = _doc(vehicles_count=Figure("vehicles_count", D(0), source="共有车辆0辆", page=3),
               vehicle_operation=_fig("vehicle_operation", "2.00", source="公务用车运行维护费2.00万元"))
    assert [s for s, _ in _fails(run_checks(doc), "SG-VCOUNT")] == ["warning"]
    doc.figures["vehicle_operation"] = _fig("vehicle_operation", "2.00", reason="租用社会车辆保障执法")
    assert [c.outcome for c in _by(run_checks(doc), "SG-VCOUNT")] == ["pass"]
    doc.figures["vehicle_operation"] = _fig("vehicle_operation", "0")
    assert not _by(run_checks(doc), "SG-VCOUNT")


def test_it_warns_of_a_purchase_amount_without_a_planned_purchase() -> None:
    # CHECKS.md SG-VCOUNT: 公务用车购置费 > 0 ⇔ planned purchase count > 0, a warning
    doc = _doc(vehicle_purchase=_fig("vehicle_purchase", "25.00"),
               vehicles_purchase_planned=Figure("vehicles_purchase_planned", D(0), page=3))
    assert [s for s, _ in _fails(run_checks(doc), "SG-VCOUNT")] == ["warning"]
    doc.figures["vehicles_purchase_planned"] = Figure("vehicles_purchase_planned", D(1), page=3)
    assert [c.outcome for c in _by(run_checks(doc), "SG-VCOUNT")] == ["pass"]


def test_it_adds_the_vehicle_categories_to_the_stated_total() -> None:
    equal = _Doc([["本站共有车辆5辆，其中：一般公务用车2辆、执法执勤用车3辆。"]])
    assert [c.outcome for c in _by(run_checks(_doc(), equal), "PR-VEH-SUM")] == ["pass"]
    over = _Doc([["本站共有车辆4辆，其中：一般公务用车2辆、执法执勤用车3辆。"]])
    assert [s for s, _ in _fails(run_checks(_doc(), over), "PR-VEH-SUM")] == ["error"]
    under = _Doc([["本站共有车辆6辆，其中：一般公务用车2辆、执法执勤用车3辆。"]])
    assert [s for s, _ in _fails(run_checks(_doc(), under), "PR-VEH-SUM")] == ["info"]
    single = _Doc([["本站共有车辆6辆，其中一般公务用车6辆。"]])  # one category is not a breakdown
    assert not _by(run_checks(_doc(), single), "PR-VEH-SUM")


def test_it_adds_member_headcounts_to_the_departments_total() -> None:
    doc = _doc(staff_actual=Figure("staff_actual", D(30), page=1), staff_authorized=Figure("staff_authorized", D(33), page=1))
    doc.unit_headcount = [UnitHeadcount("甲所", authorized=20, actual=18), UnitHeadcount("乙所", authorized=13, actual=12)]
    checks = run_checks(doc, _Doc([["正文"]]))
    assert [(c.outcome, c.name) for c in _by(checks, "PR-HEAD-SUM")] == [("pass", "所属单位实有人数之和等于总数"),
                                                                       ("pass", "所属单位编制数之和等于总数")]
    doc.unit_headcount[1] = UnitHeadcount("乙所", authorized=13, actual=14)
    fails = _fails(run_checks(doc, _Doc([["正文"]])), "PR-HEAD-SUM")
    assert [s for s, _ in fails] == ["warning", "info"]  # 32 ≠ 30; 乙所 has more staff than posts


def test_it_does_not_count_a_planned_purchase_as_a_vehicle_category() -> None:
    words = _Doc([["本站共有车辆6辆，其中一般公务用车4辆、执法执勤用车2辆、2025年拟购置车辆1辆。"]])
    assert [c.outcome for c in _by(run_checks(_doc(), words), "PR-VEH-SUM")] == ["pass"]
