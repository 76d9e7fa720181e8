"""CP-SECT and CP-OPC: what a full 部门/单位 document must explain, found by its words."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.checks import run_checks
from disclosures.parsing.text import Line
from disclosures.parsing.types import Figure, ParsedDisclosure

FULL = ["一、主要职能：负责全县统计工作。", "二、收入预算120.00万元，支出预算120.00万元。", "三、“三公”经费5.00万元。",
        "四、机关运行经费10.00万元。", "五、政府采购2.00万元。", "六、绩效目标管理覆盖全部项目。", "七、国有资产：车辆1辆。",
        "八、名词解释：基本支出指保障运转的支出。"]


class _Doc:
    def __init__(self, pages: list[list[str]], is_pdf: bool = True):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]
        self.is_pdf = is_pdf


def _doc(pages: int = 12, **figures: Figure) -> ParsedDisclosure:
    figures.setdefault("income_total", Figure("income_total", Decimal("120.00"), display_scale=2, page=2))
    return ParsedDisclosure(unit="某县统计局", year=2025, kind="预算", scope="单位", figures=figures, pages=pages)


def _outcomes(checks, rule: str):
    return [(c.outcome, c.severity, c.message) for c in checks if c.rule == rule]


def test_it_finds_every_required_part_of_a_full_document_by_its_words() -> None:
    assert [o[:2] for o in _outcomes(run_checks(_doc(), _Doc([FULL])), "CP-SECT")] == [("pass", "warning")]


def test_it_warns_once_for_each_missing_part() -> None:
    pages = [[line for line in FULL if "政府采购" not in line and "名词解释" not in line]]
    found = _outcomes(run_checks(_doc(), _Doc(pages)), "CP-SECT")
    assert [(o[0], o[1]) for o in found] == [("fail", "warning"), ("fail", "warning")]
    assert "政府采购" in found[0][2] and "名词解释" in found[1][2]


def test_it_does_not_judge_an_excerpt_or_a_workbook_for_completeness() -> None:
    assert not _outcomes(run_checks(_doc(pages=7), _Doc([FULL[2:3]])), "CP-SECT")
    assert not _outcomes(run_checks(_doc(pages=7), _Doc([FULL[2:3]])), "CP-OPC")
    assert not _outcomes(run_checks(_doc(pages=12), _Doc([FULL[2:3]], is_pdf=False)), "CP-SECT")  # 12 sheets


def test_it_accepts_an_amount_or_an_out_of_scope_statement_for_operating_costs() -> None:
    stated = _doc(operating_costs=Figure("operating_costs", Decimal("10.00"), page=4))
    assert [o[0] for o in _outcomes(run_checks(stated, _Doc([FULL])), "CP-OPC")] == ["pass"]
    out = _doc(operating_costs=Figure("operating_costs", None, not_applicable=True, page=4))
    assert "不适用" in _outcomes(run_checks(out, _Doc([FULL])), "CP-OPC")[0][2]
    silent = [[line for line in FULL if "运行经费" not in line]]
    assert [o[:2] for o in _outcomes(run_checks(_doc(), _Doc(silent)), "CP-OPC")] == [("fail", "warning")]
    assert not _outcomes(run_checks(_doc(), _Doc([FULL])), "CP-OPC")  # named but not read: not the document's fault


def test_it_hints_when_a_table_stops_above_the_required_subject_level() -> None:
    from disclosures.parsing.types import EconomicLine, FunctionLine

    result = _doc()
    result.function_lines = [FunctionLine("教育支出", Decimal("5"), "205", 9, table="某支出表")]
    result.economic_lines = [EconomicLine("工资福利支出", Decimal("5"), "301", 10, "某基本支出表"),
                             EconomicLine("基本工资", Decimal("5"), "30101", 10, "某基本支出表")]
    checks = run_checks(result, _Doc([FULL]))
    assert sorted(o[:2] for o in _outcomes(checks, "CP-DETAIL")) == [("fail", "info"), ("pass", "warning")]
    result.function_lines.append(FunctionLine("普通教育", Decimal("5"), "2050201", 9, level="项", table="某支出表"))
    assert [o[0] for o in _outcomes(run_checks(result, _Doc([FULL])), "CP-DETAIL")] == ["pass", "pass"]


def test_it_does_not_let_a_unit_outside_operating_costs_state_an_amount_of_them() -> None:
    words = [["（一）机关运行经费：本站属公益一类单位，未纳入机关运行经费统计范围。"]]
    out = _doc(operating_costs=Figure("operating_costs", None, not_applicable=True, page=4))
    assert [o[:2] for o in _outcomes(run_checks(out, _Doc(words)), "PR-OPC-APPLIC")] == [("pass", "error")]
    stated = _doc(operating_costs=Figure("operating_costs", Decimal("12.30"), page=4))
    assert [o[:2] for o in _outcomes(run_checks(stated, _Doc(words)), "PR-OPC-APPLIC")] == [("fail", "error")]
    department = _doc(operating_costs=Figure("operating_costs", Decimal("12.30"), page=4))
    department.scope = "部门"  # its amount covers the members in scope only
    assert not _outcomes(run_checks(department, _Doc(words)), "PR-OPC-APPLIC")
    others = [["下属两所学校未纳入机关运行经费统计范围。"]]  # not the unit itself
    assert not _outcomes(run_checks(stated, _Doc(others)), "PR-OPC-APPLIC")
