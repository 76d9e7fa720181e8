"""The check engine (shared/spec/CHECKS.md): hand-made inputs per check, then the seeds and realdocs truth."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks import recheck, run_checks, summary
from disclosures.parsing.checks.core import Term, compare
from disclosures.parsing.text import Line
from disclosures.parsing.types import Figure, ParsedDisclosure

SHARED = Path(__file__).resolve().parents[3] / "shared"
D = Decimal


def _doc(**figures: Figure) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试办公室", year=2024, kind="预算", scope="单位", figures=dict(figures))


def _fig(metric: str, value: str, change: str | None = None, scale: int = 2, source: str = "句") -> Figure:
    return Figure(metric, D(value), D(change) if change is not None else None, display_scale=scale, source=source, page=2,
                  fund_scope="一般公共预算财政拨款")


def _by(checks, rule):
    return [c for c in checks if c.rule == rule]


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]


def test_it_passes_an_exact_sum_and_calls_a_gap_inside_the_envelope_a_rounding_hint() -> None:
    exact = compare("X", "x", [Term("合计", D("4.00"), 2)], [Term("a", D("1.50"), 2), Term("b", D("2.50"), 2)])
    edge = compare("X", "x", [Term("合计", D("1651.99"), 2)], [Term("a", D("1000.00"), 2), Term("b", D("652.00"), 2)])
    beyond = compare("X", "x", [Term("合计", D("1651.99"), 2)], [Term("a", D("1000.00"), 2), Term("b", D("652.02"), 2)])
    assert (exact.outcome, exact.tolerance) == ("pass", D("0.015"))
    assert (edge.outcome, edge.severity, edge.tolerance) == ("fail", "info", D("0.015"))
    assert (beyond.outcome, beyond.severity) == ("fail", "error")


def test_it_treats_a_printed_zero_as_exact_and_reports_a_ten_thousandfold_gap_as_a_unit_slip() -> None:
    assert compare("X", "x", [Term("a", D("0"), 0)], [Term("b", D("0.01"), 2)]).severity == "error"
    slip = compare("X", "x", [Term("a", D("3.58"), 2)], [Term("b", D("35800.00"), 2)])
    assert (slip.rule, slip.severity) == ("FM-UNIT-10K", "error")


def test_it_checks_the_sangong_sum_with_the_effective_scale_of_the_sentence() -> None:
    sentence = "三公115.4，出国2.5，用车86，接待26.9"
    doc = _doc(sangong_total=_fig("sangong_total", "115.4", scale=1, source=sentence),
               outbound_travel=_fig("outbound_travel", "2.5", scale=1, source=sentence),
               vehicle_total=_fig("vehicle_total", "86", scale=0, source=sentence),
               reception=_fig("reception", "26.9", scale=1, source=sentence))
    check = _by(run_checks(doc), "SG-SUM")[0]
    assert (check.outcome, check.tolerance) == ("pass", D("0.20"))
    doc.figures["reception"] = _fig("reception", "27.9", scale=1, source=sentence)
    assert _by(run_checks(doc), "SG-SUM")[0].severity == "error"


def test_it_does_not_sum_sangong_items_that_are_not_stated() -> None:
    doc = _doc(sangong_total=_fig("sangong_total", "10"), reception=_fig("reception", "10"))
    assert _by(run_checks(doc), "SG-SUM")[0].outcome == "insufficient_data"


def test_it_reports_income_and_expenditure_changes_that_differ_in_a_budget() -> None:
    doc = _doc(income_total=_fig("income_total", "1651.99", "-253.82"),
               expenditure_total=_fig("expenditure_total", "1651.99", "-611.29"))
    check = _by(run_checks(doc), "IE-CHG-BAL")[0]
    assert (check.outcome, check.severity) == ("fail", "error")
    doc.kind = "决算"
    assert not _by(run_checks(doc), "IE-CHG-BAL")


def test_it_never_tests_equality_where_a_part_is_at_most_its_whole() -> None:
    doc = _doc(operating_costs=_fig("operating_costs", "278.71"), basic_expenditure=_fig("basic_expenditure", "2512.29"))
    check = [c for c in run_checks(doc) if c.rule == "IE-SCOPE-LE"][0]
    assert check.outcome == "pass"
    doc.figures["operating_costs"] = _fig("operating_costs", "2600.00")
    assert [c for c in run_checks(doc) if c.rule == "IE-SCOPE-LE"][0].severity == "warning"


def test_it_reads_direction_words_against_the_budget_and_actual_amounts() -> None:
    pages = [["1、行政运行(项)。年初预算为1560.05万元,支出决算为1511.89万元。决算数大于预算数的主要原因:测试。",
              "2、医疗(项)。年初预算为62.29万元,支出决算为62.29万元。决算数等于预算数。"]]
    checks = _by(run_checks(_doc(), _Doc(pages)), "PR-DIR")
    assert [(c.outcome, c.page) for c in checks] == [("fail", 1), ("pass", 1)]


def test_it_compares_a_stated_total_with_the_table_total_row() -> None:
    pages = [["收入支出决算总表", "单位:万元", "项目决算数", "总计2,995.39总计2,995.39"],
             ["一、收入支出决算总体情况说明", "本单位2024年度收入支出总计0万元。与2023年度相比,收入支出总计减少56.95万元,下降1.87%。"]]
    checks = run_checks(_doc(), _Doc(pages))
    total = _by(checks, "PT-TOTAL")[0]
    assert (total.outcome, total.severity, total.page) == ("fail", "error", 2)
    assert [f["value"] for f in total.figures] == ["0", "2995.39"]
    assert _by(checks, "PR-PCT")[0].severity == "error"


def test_it_finds_placeholders_foreign_years_and_five_digit_years() -> None:
    pages = [["某县XX局2024年度部门预算表"], ["某县测试办公室2023年度部门预算情况说明", "附表10.某县20245年项目绩效目标表"]]
    checks = run_checks(_doc(), _Doc(pages))
    assert [c.page for c in _by(checks, "FM-PLACEHOLDER")] == [1]
    years = _by(checks, "FM-YEAR")
    assert sorted((c.page, c.severity) for c in years) == [(2, "info"), (2, "warning")]


def test_it_reports_a_listed_table_that_the_document_does_not_print() -> None:
    pages = [["附表:1.某县测试办公室部门收支总表2.某县测试办公室部门支出总表"],
             ["某县测试办公室部门支出总表", "单位:万元", "合计100.00100.00"]]
    checks = _by(run_checks(_doc(), _Doc(pages)), "CP-TABLES")
    assert [(c.outcome, c.severity) for c in checks] == [("fail", "warning")]
    assert "部门收支总表" in checks[0].message


def test_it_keeps_text_checks_and_recomputes_figure_checks_after_a_correction() -> None:
    doc = _doc(income_total=_fig("income_total", "10", "1"), expenditure_total=_fig("expenditure_total", "10", "2"))
    stored = [c.to_json() for c in run_checks(doc, _Doc([["某县XX局"]]))]
    doc.figures["expenditure_total"] = _fig("expenditure_total", "10", "1")
    again = recheck(doc, stored)
    assert _by(again, "IE-CHG-BAL")[0].outcome == "pass"
    assert _by(again, "FM-PLACEHOLDER")[0].basis == "text"
    assert summary(again)["warning"] == 1


# ---- acceptance on real documents (read at run time) -------------------------------------------------------------

def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not mounted)")
    return path


def _errors(result):
    return [c for c in result.checks if c.outcome == "fail" and c.severity == "error"]


@pytest.mark.parametrize("stem, rules", [
    ("000_0373972d906b157f", set()), ("001_87115e93e4775f59", set()), ("002_50d364e82f50197f", {"IE-CHG-BAL"}),
    ("003_f570963a5efe5490", set()), ("004_feab6608d999c91e", {"TB-HIER", "PT-PROC"}),
])
def test_it_reports_exactly_the_seed_truths_errors(stem: str, rules: set[str]) -> None:
    result = parse_disclosure(_need(SHARED / "seeds" / "pdf" / f"{stem}.pdf"))
    assert {c.rule for c in _errors(result)} == rules


def test_it_reports_the_seed_warnings_the_truth_lists() -> None:
    first = parse_disclosure(_need(SHARED / "seeds" / "pdf" / "001_87115e93e4775f59.pdf"))
    assert {c.rule for c in first.checks if c.outcome == "fail" and c.severity == "warning"} == {"PR-REPEAT", "PR-PROC-BOUND"}
    last = parse_disclosure(_need(SHARED / "seeds" / "pdf" / "004_feab6608d999c91e.pdf"))
    warned = [c for c in last.checks if c.outcome == "fail" and c.severity == "warning"]
    assert sorted(c.rule for c in warned) == ["CP-TABLES", "CP-TABLES", "TB-DUP"]


def test_it_reports_the_one_real_inconsistency_of_the_good_final_accounts_and_no_other_error() -> None:
    result = parse_disclosure(_need(SHARED / "realdocs" / "pdf" / "8f34519435.pdf"))
    errors = _errors(result)
    assert [(c.rule, c.page, [f["value"] for f in c.figures]) for c in errors] == [("PT-TOTAL", 21, ["0.3", "2961.68"])]


def test_it_reports_every_planted_problem_of_the_corrupted_copy_with_its_page() -> None:
    result = parse_disclosure(_need(SHARED / "realdocs" / "pdf" / "7709dd0f29.pdf"))
    failed = {(c.rule, c.page) for c in result.checks if c.outcome == "fail" and c.severity in ("error", "warning")}
    assert failed >= {("PT-TOTAL", 18), ("TB-EMPTY", 15), ("CP-TABLES", 2), ("FM-PLACEHOLDER", 7), ("FM-YEAR", 18),
                      ("FM-YEAR", 24), ("PR-DIR", 19), ("PR-DIR", 20), ("PR-DIR", 21), ("PR-SHARE", 19)}


@pytest.mark.parametrize("stem", ["8e9231231e", "b884c8efa8", "ee47ac5b96"])
def test_it_raises_no_error_on_realdocs_whose_truth_lists_none(stem: str) -> None:
    result = parse_disclosure(_need(SHARED / "realdocs" / "pdf" / f"{stem}.pdf"))
    assert not _errors(result)


def test_it_warns_of_fiscal_changes_stated_against_different_bases() -> None:
    result = parse_disclosure(_need(SHARED / "realdocs" / "pdf" / "ee47ac5b96.pdf"))
    warned = [c for c in result.checks if c.outcome == "fail" and c.severity == "warning"]
    assert [(c.rule, [f["value"] for f in c.figures]) for c in warned] == [("IE-CHG-BAL", ["24558.18", "24491.71"])]


def test_it_reports_the_welfare_homes_item_that_differs_from_its_table_row() -> None:
    result = parse_disclosure(_need(SHARED / "realdocs" / "pdf" / "205fe267e8.pdf"))
    assert [(c.rule, c.page, [f["value"] for f in c.figures]) for c in _errors(result)] == [
        ("PT-ITEM", 6, ["738.66", "696.4796"])]


def test_it_reports_the_street_offices_filled_empty_table_zero_base_and_twice_printed_item() -> None:
    result = parse_disclosure(_need(SHARED / "realdocs" / "pdf" / "f45a18365f.pdf"))
    assert sorted((c.rule, c.page) for c in _errors(result)) == [("PR-PCT", 7), ("PR-REPEAT", 9), ("TB-EMPTY", 31)]
    warned = [(c.rule, c.page) for c in result.checks if c.outcome == "fail" and c.severity == "warning"]
    assert warned == [("PR-DIR", 6)]


def test_it_catches_a_total_and_a_sign_word_changed_in_a_copy_of_a_seed(tmp_path: Path) -> None:
    text = _need(SHARED / "seeds" / "text" / "003_f570963a5efe5490.txt").read_text(encoding="utf-8")
    assert "比2022年增加174.78万元" in text
    changed = text.replace("比2022年增加174.78万元", "比2022年增加74.78万元", 1)
    copy = tmp_path / "copy.txt"
    copy.write_text(changed, encoding="utf-8")
    result = parse_disclosure(copy)
    assert "IE-CHG-BP" in {c.rule for c in _errors(result)}


# ---- the three sums the parser checked before the engine, under their catalogue ids --------------------------------

def _plain(figures: dict[str, tuple[str, str | None]], lines: list[tuple[str, str, str]] | None = None) -> ParsedDisclosure:
    from disclosures.parsing.types import FunctionLine

    result = ParsedDisclosure(unit="某局", year=2024, kind="决算", scope="部门")
    result.figures = {k: Figure(metric=k, value=D(v), fund_scope=scope) for k, (v, scope) in figures.items()}
    codes = {"一般公共服务支出": "201", "教育支出": "205", "社会保障和就业支出": "208", "卫生健康支出": "210"}
    result.expenditure_by_function = [FunctionLine(name=n, value=D(v), code=codes[n], fund_scope=s) for n, v, s in lines or []]
    return result


def test_it_does_not_add_lines_that_are_not_function_classes() -> None:
    from disclosures.parsing.types import FunctionLine

    result = _plain({"expenditure_total": ("436.8", "全口径")})
    result.expenditure_by_function = [FunctionLine(name="工资福利等基本支出", value=D("368.8"))]
    assert [c.outcome for c in _by(run_checks(result), "IE-EXP-SUM")] == ["insufficient_data"]


def test_it_checks_the_three_gong_total_with_the_combined_vehicle_item_when_its_parts_are_not_stated() -> None:
    result = _plain({"sangong_total": ("9.5", None), "outbound_travel": ("0", None), "vehicle_total": ("6.8", None),
                     "reception": ("2.7", None)})
    assert [c.outcome for c in _by(run_checks(result), "SG-SUM")] == ["pass"]
    result.figures["sangong_total"] = Figure("sangong_total", D("9.6"), display_scale=1)
    assert [c.severity for c in _by(run_checks(result), "SG-SUM")] == ["info"]  # 0.1 within three 1-decimal half-steps
    result.figures["sangong_total"] = Figure("sangong_total", D("9.8"), display_scale=1)
    assert [c.severity for c in _by(run_checks(result), "SG-SUM")] == ["error"]


def test_it_adds_basic_and_project_to_the_total_of_the_same_funds() -> None:
    result = _plain({"basic_expenditure": ("620.3", "全口径"), "project_expenditure": ("860.2", "全口径"),
                     "expenditure_total": ("1480.5", "全口径"), "general_budget_appropriation": ("1430", None)})
    assert [c.outcome for c in _by(run_checks(result), "IE-BP")] == ["pass"]
    mixed = _plain({"basic_expenditure": ("600", "一般公共预算财政拨款"), "project_expenditure": ("830", "全口径"),
                    "expenditure_total": ("1480.5", "全口径")})
    assert not _by(run_checks(mixed), "IE-BP")  # different scopes are never added


def test_it_compares_general_budget_function_classes_with_the_general_budget_figure() -> None:
    lines = [("一般公共服务支出", "2106.66", "一般公共预算财政拨款"), ("社会保障和就业支出", "833.40", "一般公共预算财政拨款")]
    result = _plain({"general_budget_appropriation": ("2940.05", None), "expenditure_total": ("2950", None)}, lines)
    check = _by(run_checks(result), "IE-EXP-SUM")[0]
    assert (check.outcome, check.severity, check.tolerance) == ("fail", "info", D("0.015"))
    assert result.figures["general_budget_appropriation"].value == D("2940.05")  # reported, not corrected


def test_it_compares_all_funds_function_classes_with_the_expenditure_total() -> None:
    lines = [("教育支出", "100", "全口径"), ("卫生健康支出", "50", "全口径")]
    assert [c.outcome for c in _by(run_checks(_plain({"expenditure_total": ("150", None)}, lines)), "IE-EXP-SUM")] == ["pass"]


# ---- our own corrupted copies, made at test time (nothing of their text is committed) ------------------------------

def _corrupt(stem: str, change) -> list:
    """Checks of realdocs `stem` after `change(lines)` edits its text layer; the figures stay the original's."""
    from dataclasses import replace

    from disclosures.parsing.document import load_document

    path = _need(SHARED / "realdocs" / "pdf" / f"{stem}.pdf")
    result = parse_disclosure(path)
    document = load_document(path.read_bytes(), filename=path.name)
    document.lines = change([replace(line) for line in document.lines])
    return run_checks(result, document)


def _sub(lines, old: str, new: str, *, page: int | None = None):
    from dataclasses import replace

    hits = [i for i, line in enumerate(lines) if old in line.text and (page is None or line.page == page)]
    assert hits, f"{old} not found"
    lines[hits[0]] = replace(lines[hits[0]], text=lines[hits[0]].text.replace(old, new, 1))
    return lines


def _fails(checks, severity: str) -> set[tuple[str, int | None]]:
    return {(c.rule, c.page) for c in checks if c.outcome == "fail" and c.severity == severity}


def test_it_catches_a_wrong_year_in_a_copy_of_the_final_accounts() -> None:
    checks = _corrupt("8f34519435", lambda lines: _sub(lines, "截至2024年12月31日", "截至2023年12月31日"))
    assert ("FM-YEAR", 24) in _fails(checks, "warning")


def test_it_catches_a_direction_word_changed_in_a_copy() -> None:
    checks = _corrupt("8f34519435", lambda lines: _sub(lines, "决算数小于预算数", "决算数大于预算数", page=22))
    assert ("PR-DIR", 22) in _fails(checks, "warning")


def test_it_catches_an_emptied_sangong_table_in_a_copy() -> None:
    checks = _corrupt("8f34519435", lambda lines: [line for line in lines if not (line.page == 18 and "0.95" in line.text)])
    assert ("TB-EMPTY", 18) in _fails(checks, "error")


def test_it_catches_a_changed_total_in_a_copy() -> None:
    checks = _corrupt("8f34519435", lambda lines: _sub(lines, "总计2995.39万元", "总计2995.93万元", page=21))
    assert ("PT-TOTAL", 21) in _fails(checks, "error")
    assert _fails(_corrupt("8f34519435", lambda lines: lines), "error") == {("PT-TOTAL", 21)}  # the original: one error


def test_it_checks_a_function_tables_total_against_its_class_rows() -> None:
    from disclosures.parsing.types import FunctionLine

    doc = _doc()
    caption = "某表一般公共预算支出表"
    doc.function_lines = [FunctionLine("一般公共服务支出", D("100.00"), "201", table=caption),
                          FunctionLine("教育支出", D("50.00"), "205", table=caption)]
    doc.table_figures = [Figure("general_budget_appropriation", D("150.00"), display_scale=2, origin="table", table=caption,
                                fund_scope="一般公共预算财政拨款")]
    assert [c.outcome for c in _by(run_checks(doc), "TB-TOTAL")] == ["pass"]
    doc.table_figures[0].value = D("140.00")  # classes above the total: an error
    assert [c.severity for c in _by(run_checks(doc), "TB-TOTAL")] == ["error"]
    doc.table_figures[0].value = D("160.00")  # classes below the total: a row may be unread
    assert [c.severity for c in _by(run_checks(doc), "TB-TOTAL")] == ["warning"]


def test_it_checks_the_basic_column_against_the_basic_expenditure_tables_subtotals() -> None:
    from disclosures.parsing.types import EconomicLine

    doc = _doc()
    doc.economic_lines = [EconomicLine("人员经费", D("1995.94")), EconomicLine("公用经费", D("516.35"))]
    doc.table_figures = [Figure("basic_expenditure", D("2512.29"), display_scale=2, origin="table", table="某支出预算表",
                                fund_scope="一般公共预算财政拨款", exp_scope="基本")]
    assert [c.outcome for c in _by(run_checks(doc), "TT-T2-T3")] == ["pass"]
    doc.table_figures[0].value = D("2612.29")
    assert [c.severity for c in _by(run_checks(doc), "TT-T2-T3")] == ["error"]


def test_an_anchored_search_finds_what_finditer_finds():
    import re

    from disclosures.parsing.checks.core import anchored

    pattern = re.compile(r"([^\d,，。]{2,20}?)(\d+(?:\.\d+)?)万元，比上年(增加|减少)(\d+(?:\.\d+)?)万元")
    anchor = re.compile(r"比上年")
    text = ("我们自拟的文字。" * 40 + "一般公共预算拨款支出120.50万元，比上年增加4.50万元；基本支出80.00万元，比上年减少"
            "1.00万元。" + "其他内容。" * 60 + "项目支出40.50万元，比上年增加5.50万元。")
    expected = [m.span() for m in pattern.finditer(text)]
    assert len(expected) == 3
    assert [m.span() for m in anchored(pattern, anchor, text, before=40, after=20)] == expected
    # a window too narrow for the label loses the label's start, never the match
    narrow = [m.group(1) for m in anchored(pattern, anchor, text, before=12, after=20)]
    assert len(narrow) == 3 and narrow[0] != "一般公共预算拨款支出" and "一般公共预算拨款支出".endswith(narrow[0])
