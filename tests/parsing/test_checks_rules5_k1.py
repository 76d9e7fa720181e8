"""Rules fixed for the seventh blind corpus of the check engine (issue 9, checks_heldout7; the table and PDF items and
its false alarms), each on small pages and statements written for these tests (made-up units and figures)."""
from __future__ import annotations

from disclosures.parsing.checks import run_checks
from disclosures.parsing.checks.text import _wrapped_title
from disclosures.parsing.text import Line
from disclosures.parsing.types import ParsedDisclosure


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]


def _dept_doc() -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2025, kind="预算", scope="部门", figures={})


def _table_page(caption: str) -> list[str]:
    return [caption, "单位:万元", "项目预算数", "合计100.00"]


def _cp_tables(pages: list[list[str]]) -> list[tuple[str, str, str]]:
    checks = run_checks(_dept_doc(), _Doc(pages))
    return [(c.outcome, c.severity, c.message) for c in checks if c.rule == "CP-TABLES"]


# --- CP-TABLES: the tail of a 目录 title broken over two lines is not a title of its own ----------------------------

def test_the_tail_of_a_wrapped_numbered_title_is_read_with_its_head() -> None:
    assert _wrapped_title("5.一般公共预算支出表6.政府性基金预", "算支出表") == "政府性基金预算支出表"
    assert _wrapped_title("表1部门收支总表;表2政府性基金", "预算支出表") == "政府性基金预算支出表"


def test_a_line_that_opens_its_own_item_or_follows_a_whole_title_stays_as_printed() -> None:
    assert _wrapped_title("1.部门收支总表", "2.部门收入总表") == "2.部门收入总表"
    assert _wrapped_title("1.部门收支总表", "部门支出总表") == "部门支出总表"
    assert _wrapped_title("部门收支总表......3", "部门支出总表") == "部门支出总表"
    assert _wrapped_title("目录", "部门支出总表") == "部门支出总表"  # no item marker before: nothing to carry on
    assert _wrapped_title("", "算支出表") == "算支出表"


def test_a_wrapped_toc_title_whose_table_is_printed_passes() -> None:
    toc = ["目录", "附表:1.部门收支总表2.部门支出总表3.政府性基金预", "算支出表"]
    pages = [toc, _table_page("部门收支总表"), _table_page("部门支出总表"), _table_page("政府性基金预算支出表")]
    assert [(o, s) for o, s, _ in _cp_tables(pages)] == [("pass", "warning")]


def test_a_wrapped_toc_title_whose_table_is_missing_is_reported_whole() -> None:
    toc = ["目录", "表1部门收支总表;表2部门支出总表;表3政府性基金", "预算支出表"]
    found = _cp_tables([toc, _table_page("部门收支总表"), _table_page("部门支出总表")])
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "“政府性基金预算支出表”" in found[0][2]


# --- A table in 元: its amounts are compared in 万元 and quoted as printed ----------------------------------------

from decimal import Decimal  # noqa: E402

from disclosures.parsing import parse_disclosure  # noqa: E402
from disclosures.parsing.checks.core import Term, compare  # noqa: E402
from disclosures.parsing.checks.statements import execution_rate  # noqa: E402
from disclosures.parsing.checks.tables import pt_map  # noqa: E402
from disclosures.parsing.checks.text import text_of  # noqa: E402
from disclosures.parsing.types import Figure  # noqa: E402


def _yuan(label: str, printed: str) -> Term:
    return Term(label, Decimal(printed.replace(",", "")) / 10000, 2, "元", 7, "表七 · 本年 · " + label)


def test_a_yuan_table_total_off_its_parts_is_an_error_quoting_the_printed_amounts() -> None:
    check = compare("TB-T4", "三公", [_yuan("合计", "560,000.00")],
                    [_yuan("出国", "0.00"), _yuan("公务用车", "480,000.00"), _yuan("接待", "60,000.00")])
    assert (check.outcome, check.severity) == ("fail", "error")
    assert "合计56（560,000.00元）" in check.message
    assert "0+48（480,000.00元）+6（60,000.00元）=54" in check.message


def test_a_yuan_table_that_adds_up_to_the_fen_passes() -> None:
    check = compare("TB-T4", "三公", [_yuan("合计", "540,000.00")], [_yuan("公务用车", "480,000.00"), _yuan("接待", "60,000.00")])
    assert check.outcome == "pass"
    assert "540,000.00元" in check.message


def test_one_fen_off_in_a_yuan_table_is_beyond_its_rounding() -> None:
    # printed to the 分, a 元 table has no rounding room worth a 分 between a total and its two parts (3 half-fen)
    check = compare("TB-T4", "三公", [_yuan("合计", "540,000.02")], [_yuan("公务用车", "480,000.00"), _yuan("接待", "60,000.00")])
    assert (check.outcome, check.severity) == ("fail", "error")
    assert "540,000.02元" in check.message


def test_amounts_printed_in_wanyuan_are_quoted_with_their_printed_decimals() -> None:
    check = compare("TB-T4", "三公", [Term("合计", Decimal("56.00"), 2)], [Term("车", Decimal("48.00"), 2)])
    assert "合计56.00 与 车48.00，差8.00" in check.message and "元）" not in check.message


def test_a_stored_value_without_trailing_zeros_is_quoted_as_it_was_printed() -> None:
    check = compare("SG-SUM", "三公", [Term("合计", Decimal("59.3"), 2)],
                    [Term("车", Decimal("50"), 2), Term("接待", Decimal("9.25"), 2)])
    assert "合计59.30 与 车+接待=50.00+9.25=59.25，差0.05" in check.message
    unknown = compare("SG-SUM", "三公", [Term("合计", Decimal("59.3"))], [Term("车", Decimal("50"))])
    assert "合计59.3 与 车50，差9.3" in unknown.message  # no printed scale known: as few decimals as the value needs


# --- Prose: a numbered paragraph headed by the general budget's appropriation scopes its 基本/项目 split -------------

def _budget_text(second: str) -> bytes:
    return ("某县测试局2025年部门预算情况说明\n"
            "一、收支总体情况。2025年部门预算收入1,000.00万元，其中一般公共预算拨款900.00万元，上年结转100.00万元；"
            "预算支出1,000.00万元。\n"
            f"{second}\n"
            "三、“三公”经费。2025年“三公”经费预算10.00万元。\n").encode()


def _split_scopes(second: str) -> list[tuple[Decimal, str | None]]:
    result = parse_disclosure(_budget_text(second), filename="t.txt")
    return [(result.figures[k].value, result.figures[k].fund_scope) for k in ("basic_expenditure", "project_expenditure")]


def test_a_split_under_a_run_in_general_budget_heading_is_of_those_funds() -> None:
    second = "二、一般公共预算拨款。本年一般公共预算拨款900.00万元，比上年增加10.00万元。基本支出600.00万元，占66.7%；项目支出300.00万元。"
    assert _split_scopes(second) == [(Decimal(600), "一般公共预算财政拨款"), (Decimal(300), "一般公共预算财政拨款")]


def test_a_split_under_another_heading_stays_all_funds() -> None:
    second = "二、支出结构。本年支出1,000.00万元。基本支出600.00万元，占60.0%；项目支出400.00万元。"
    assert _split_scopes(second) == [(Decimal(600), "全口径"), (Decimal(400), "全口径")]


def test_a_clause_naming_its_own_total_under_that_heading_stays_all_funds() -> None:
    second = "二、一般公共预算拨款。本年一般公共预算拨款900.00万元。全部支出中基本支出600.00万元；全部支出中项目支出400.00万元。"
    assert _split_scopes(second) == [(Decimal(600), "全口径"), (Decimal(400), "全口径")]


# --- PT-MAP: a prose 支出总计 (with the balance carried forward) pairs with a table's 总计 only -----------------------

def _final(prose_source: str, prose_value: str, cells: list[tuple[str, str]]) -> ParsedDisclosure:
    prose = Figure("expenditure_total", Decimal(prose_value), page=1, source=prose_source, display_scale=2,
                   fund_scope="全口径")
    table = [Figure("expenditure_total", Decimal(v), page=3, source="表一收入支出决算总表 · " + row, display_scale=2,
                    fund_scope="全口径", origin="table", table="表一收入支出决算总表", row=row) for row, v in cells]
    return ParsedDisclosure(unit="某县测试局", year=2024, kind="决算", scope="部门",
                            figures={"expenditure_total": prose}, table_figures=table)


def _pt_map(result: ParsedDisclosure) -> list[tuple[str, str]]:
    return [(c.outcome, c.severity) for c in pt_map(result) if "支出合计" in c.name]


def test_a_prose_grand_total_is_not_held_against_the_years_spending() -> None:
    result = _final("支出总计520.00万元，其中本年支出500.00万元，年末结转和结余20.00万元", "520.00", [("本年支出合计", "500.00")])
    assert _pt_map(result) == []


def test_the_years_spending_in_prose_is_still_held_against_the_table() -> None:
    ok = _final("本年支出合计500.00万元", "500.00", [("本年支出合计", "500.00")])
    off = _final("本年支出合计510.00万元", "510.00", [("本年支出合计", "500.00")])
    assert _pt_map(ok) == [("pass", "error")]
    assert _pt_map(off) == [("fail", "error")]


# --- PR-RATE: the actual beside the rate is this year's 决算支出, not last year's 决算 ------------------------------

def _rates(sentence: str) -> list[tuple[str, str, str]]:
    view = text_of(_Doc([[sentence]]).lines)
    return [(c.outcome, c.severity, c.message) for c in execution_rate(_dept_doc(), view)]


def test_last_years_actual_in_the_rate_sentence_is_not_the_actual() -> None:
    found = _rates("“三公”经费年初预算8.00万元，决算支出6.00万元，完成年初预算的75.0%，比上年决算7.00万元减少1.00万元。")
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]
    assert "决算6.00万元" in found[0][2]


def test_a_wrong_rate_against_this_years_decision_spending_still_fails() -> None:
    found = _rates("“三公”经费年初预算8.00万元，决算支出6.00万元，完成年初预算的85.0%，比上年决算7.00万元减少1.00万元。")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]


def test_a_rate_a_tenth_off_is_inside_the_rounding_of_its_percentage() -> None:
    # 6.00 / 8.00 = 75.0 %; "75.04%" lies within the amounts' half-steps
    assert [(o, s) for o, s, _ in _rates("年初预算8.00万元，决算支出6.00万元，完成年初预算的75.04%。")] == [("pass", "error")]
