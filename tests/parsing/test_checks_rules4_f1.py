"""Rules fixed for the fourth blind corpus of the check engine (issue 9, checks_heldout4), each on small statements
and tables written for these tests (made-up units and figures)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks.wholes import class_list_adds_up, headcount_split
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.years import fm_placeholder, fm_year
from disclosures.parsing.types import FunctionLine, ParsedDisclosure
from tests.parsing.lines import Line

# --- IE-BAL: a 预算's 收支总表 with 上年结转 balances on its 总计 rows, not on 本年收入合计 ------------------------------


def summary_page(income_grand: str, spend_grand: str, *, grand_rows: bool = True) -> bytes:
    """A two-sided 部门收支总表: 本年收入合计 300.00 + 上年结转 20.00 = 收入总计; 本年支出合计 320.00."""
    rows = [("一般公共预算拨款收入", "300.00", "一般公共服务支出", "280.00"),
            ("事业收入", "", "住房保障支出", "40.00"),
            ("本年收入合计", "300.00", "本年支出合计", "320.00"),
            ("上年结转", "20.00", "结转下年", "0.00")]
    if grand_rows:
        rows.append(("收入总计", income_grand, "支出总计", spend_grand))
    cells = lambda row: "".join(f"<td>{c}</td>" for c in row)  # noqa: E731
    body = "".join(f"<tr>{cells(row)}</tr>" for row in rows)
    return ("<html><body><h1>某县档案馆2025年部门预算</h1><p>一、收支预算总体情况</p>"
            "<p>2025年收入预算320.00万元，其中一般公共预算拨款收入300.00万元，上年结转20.00万元；支出预算320.00万元。</p>"
            "<p>表1 某县档案馆2025年部门收支总表</p><p>单位：万元</p>"
            f"<table><tr>{cells(('收入项目', '预算数', '支出项目', '预算数'))}</tr>{body}</table></body></html>").encode()


def table_balance(page: bytes) -> list[tuple[str, str, str]]:
    checks = parse_disclosure(page, filename="t.html").checks
    return [(c.outcome, c.severity, c.message) for c in checks if c.rule == "IE-BAL" and "收支总表" in c.message]


def test_a_summary_with_carry_over_balances_on_its_grand_totals() -> None:
    found = table_balance(summary_page("320.00", "320.00"))
    assert [(outcome, severity) for outcome, severity, _ in found] == [("pass", "error")]
    assert "收入总计320" in found[0][2] and "支出总计320" in found[0][2]


@pytest.mark.parametrize(("income", "expected"), [
    ("318.00", ("fail", "error")),   # the 总计 rows themselves disagree: a finding
    ("320.01", ("fail", "info")),    # within the two half-steps
])
def test_grand_totals_that_disagree_still_fail(income: str, expected: tuple[str, str]) -> None:
    assert [(o, s) for o, s, _ in table_balance(summary_page(income, "320.00"))] == [expected]


def test_without_grand_total_rows_the_year_rows_are_still_read() -> None:
    # no 收入总计 row: 本年收入合计 300.00 against 本年支出合计 320.00 is what the table gives
    assert [(o, s) for o, s, _ in table_balance(summary_page("", "", grand_rows=False))] == [("fail", "error")]


# --- IE-EXP-SUM: the classes after "按功能分类" take the funds of the spending total the text last stated ------------

HEAD = "某县自然资源局2025年部门预算说明\n一、部门概况\n本局负责全县自然资源管理。\n二、部门预算情况说明\n"
OVERVIEW = ("(一)收支总体情况\n2025年部门收入预算500.00万元，其中一般公共预算拨款收入300.00万元，政府性基金预算拨款收入"
            "200.00万元。2025年部门支出预算500.00万元。\n")
GENERAL = ("(二)一般公共预算拨款支出情况\n2025年一般公共预算拨款支出300.00万元，比上年增加8.00万元，主要是人员增加。"
           "其中基本支出240.00万元，项目支出60.00万元。按功能分类：一般公共服务支出{first}万元；住房保障支出40.00万元。\n")
SANGONG = "(三)“三公”经费\n“三公”经费预算3.00万元，全部为公务接待费。\n"


def exp_sum(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    result = parse_disclosure(text.encode("utf-8"), filename="statement.txt")
    scopes = sorted({line.fund_scope or "" for line in result.expenditure_by_function})
    return scopes, [(c.outcome, c.severity) for c in result.checks if c.rule == "IE-EXP-SUM"]


@pytest.mark.parametrize(("first", "expected"), [
    ("260.00", ("pass", "error")),
    ("250.00", ("fail", "error")),   # 250 + 40 ≠ 300: a real shortfall against the same funds
    ("260.01", ("fail", "info")),
])
def test_classes_listed_sentences_after_a_general_budget_total_are_that_funds(first: str, expected) -> None:
    scopes, found = exp_sum(HEAD + OVERVIEW + GENERAL.format(first=first) + SANGONG)
    assert scopes == ["一般公共预算财政拨款"]
    assert found == [expected]


def test_classes_after_the_all_funds_total_stay_all_funds() -> None:
    text = HEAD + ("(一)收支总体情况\n2025年部门收入预算500.00万元。2025年部门支出预算500.00万元，比上年增加5.00万元。"
                   "按功能分类：一般公共服务支出460.00万元；住房保障支出40.00万元。\n") + SANGONG
    scopes, found = exp_sum(text)
    assert scopes == ["全口径"]
    assert found == [("pass", "error")]


# --- PR-PCT: a change clause that names its subject is read against that subject's amount -------------------------

FINAL = "某县人社局2024年度部门决算说明\n一、部门概况\n本局负责全县就业工作。\n二、部门决算情况说明\n(一)收入支出决算总体情况\n"


def rate_checks(rate: str, *, subject: str = "本年收入合计") -> list[tuple[str, str, str]]:
    text = FINAL + ("2024年度收入总计1,100.00万元，其中：本年收入合计1,000.00万元，年初结转和结余100.00万元。"
                    "支出总计1,100.00万元，其中：本年支出合计1,050.00万元，年末结转和结余50.00万元。"
                    f"与2023年度相比，{subject}增加200.00万元，增长{rate}%。\n")
    checks = parse_disclosure(text.encode("utf-8"), filename="statement.txt").checks
    return [(c.rule, c.outcome, c.severity) for c in checks if c.rule in ("PR-PCT", "PR-DIR")]


@pytest.mark.parametrize(("rate", "expected"), [
    ("25.0", ("PR-PCT", "pass", "warning")),    # 200 / (1,000 − 200): the income's own base
    ("25", ("PR-PCT", "pass", "warning")),
    ("24.5", ("PR-PCT", "fail", "warning")),    # within 1 point of 25 %
    ("23.5", ("PR-PCT", "fail", "error")),      # 200 / 850 is the 本年支出合计's rate, printed nearer: not the income's
])
def test_a_named_subject_is_read_against_its_own_amount(rate: str, expected: tuple[str, str, str]) -> None:
    assert rate_checks(rate) == [expected]


def test_a_subject_not_printed_before_leaves_the_older_reading() -> None:
    # “部门收入” is not printed with an amount before the clause: read as before (the sentence's amounts), here the
    # 本年支出合计 1,050.00 whose base 850.00 gives 23.5 %
    assert rate_checks("23.5", subject="部门收入") == [("PR-PCT", "pass", "warning")]


# --- PR-REPEAT: the gap a 决算 states against its budget is the actual minus the budget, with its sign ----------------

def gap_checks(sentence: str) -> list[tuple[str, str]]:
    text = FINAL + "(二)“三公”经费\n" + sentence + "\n"
    checks = parse_disclosure(text.encode("utf-8"), filename="statement.txt").checks
    return [(c.outcome, c.severity) for c in checks if c.rule == "PR-REPEAT" and "决算数与预算数之差" in c.name]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("公务用车运行维护费：年初预算9.60万元，支出决算8.45万元，决算数比年初预算数减少1.15万元，主要是出车减少。",
     [("pass", "error")]),
    ("公务用车运行维护费：年初预算9.60万元，支出决算8.45万元，决算数比年初预算数增加1.15万元，主要是出车减少。",
     [("fail", "error")]),   # the direction contradicts the amounts
    ("住房公积金：年初预算50.00万元，支出决算58.00万元，完成年初预算的116.0%，决算数比年初预算数增加6.00万元。",
     [("fail", "error")]),   # the gap is 8.00
    ("住房公积金：年初预算50.00万元，支出决算58.01万元，决算数比年初预算数增加8.00万元。",
     [("fail", "info")]),    # 0.01 within the three half-steps (0.015)
    ("公务接待费决算2.15万元，比年初预算减少0.85万元。", []),  # no budget amount printed: nothing to compare
])
def test_a_stated_gap_equals_actual_minus_budget(sentence: str, expected: list) -> None:
    assert gap_checks(sentence) == expected


# --- IE-EXP-SUM from the words: a total and the function classes listed after its 其中 -------------------------------

def class_list_checks(sentence: str, *, parsed_lines: list[str] = ()) -> list[tuple[str, str]]:
    result = ParsedDisclosure(unit="某县某局", year=2025, kind="预算", scope="部门")
    result.expenditure_by_function = [FunctionLine(f"类{i}", Decimal(v), None, 1, "") for i, v in enumerate(parsed_lines)]
    return [(c.outcome, c.severity) for c in class_list_adds_up(result, text_of([Line(sentence)]))]


LIST = "部门支出预算600.00万元，其中：一般公共服务支出{a}万元，社会保障和就业支出45.60万元，住房保障支出20.00万元{tail}"


@pytest.mark.parametrize(("a", "tail", "expected"), [
    ("534.40", "。", [("pass", "error")]),
    ("525.40", "。", [("fail", "error")]),     # one class printed 9.00 short
    ("534.41", "。", [("fail", "info")]),      # within four half-steps
    ("534.40", "，基本支出400.00万元。", []),  # the list goes on with something that is not a class: not a full list
    ("534.40", "，主要用于日常运转。", []),     # nor when the sentence goes on
])
def test_a_class_list_after_its_total_adds_up(a: str, tail: str, expected: list) -> None:
    assert class_list_checks(LIST.format(a=a, tail=tail)) == expected


def test_it_leaves_a_list_the_figure_rule_already_adds() -> None:
    sentence = LIST.format(a="525.40", tail="。")
    assert class_list_checks(sentence, parsed_lines=["525.40", "45.60", "20.00"]) == []
    assert class_list_checks(sentence, parsed_lines=["534.40", "45.60", "20.00"]) == [("fail", "error")]


def table_page(prose_class: str) -> bytes:
    rows = [("201", "一般公共服务支出", "534.40"), ("208", "社会保障和就业支出", "45.60"), ("221", "住房保障支出", "20.00")]
    cells = lambda row: "".join(f"<td>{c}</td>" for c in row)  # noqa: E731
    body = "".join(f"<tr>{cells(row)}</tr>" for row in rows)
    return ("<html><body><h1>某县民宗局2025年部门预算</h1><p>一、收支总体情况</p>"
            f"<p>2025年部门收入预算600.00万元。部门支出预算600.00万元，其中：一般公共服务支出534.40万元，"
            f"社会保障和就业支出{prose_class}万元，住房保障支出20.00万元。</p>"
            "<p>二、一般公共预算财政拨款支出情况</p><p>2025年一般公共预算财政拨款支出600.00万元。</p>"
            "<table><caption>一般公共预算财政拨款支出表（单位：万元）</caption>"
            f"<tr>{cells(('科目编码', '科目名称', '合计'))}</tr>{body}"
            f"<tr><td></td><td>合计</td><td>600.00</td></tr></table></body></html>").encode()


@pytest.mark.parametrize(("prose_class", "expected"), [("45.60", [("pass", "error")]), ("54.60", [("fail", "error")])])
def test_the_prose_list_is_added_even_where_a_table_gives_the_classes(prose_class: str, expected: list) -> None:
    checks = parse_disclosure(table_page(prose_class), filename="t.html").checks
    assert [(c.outcome, c.severity) for c in checks if c.rule == "IE-EXP-SUM" and "同一句" in c.name] == expected


# --- TB-ROW: a 决算's 支出决算表 names its total column 本年支出合计 ----------------------------------------------------

def final_table(cell: str, *, extra: str | None = None) -> bytes:
    header = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"] + (["上缴上级支出"] if extra is not None else [])
    rows = [["212", "城乡社区支出", "300.00", "100.00", "200.00"], ["21205", "城乡社区环境卫生", "300.00", "100.00", "200.00"],
            ["2120501", "城乡社区环境卫生", cell, "100.00", "200.00"]]
    if extra is not None:
        for row in rows:
            row.append("0.00")
        rows[-1][-1] = extra
    cells = lambda row: "".join(f"<td>{c}</td>" for c in row)  # noqa: E731
    body = "".join(f"<tr>{cells(row)}</tr>" for row in rows)
    return ("<html><body><h1>某县城管局2024年度部门决算</h1><p>一、收入支出决算总体情况</p>"
            "<p>2024年度本年收入合计300.00万元，本年支出合计300.00万元。</p><p>表三 支出决算表</p><p>单位：万元</p>"
            f"<table><tr>{cells(header)}</tr>{body}</table></body></html>").encode()


def row_checks(page: bytes) -> list[tuple[str, str]]:
    checks = parse_disclosure(page, filename="t.html").checks
    return [(c.outcome, c.severity) for c in checks if c.rule == "TB-ROW" and c.basis == "text"]


@pytest.mark.parametrize(("cell", "expected"), [
    ("300.00", [("pass", "error")]),
    ("309.00", [("fail", "error")]),   # 本年支出合计 ≠ 基本 + 项目
    ("300.01", [("fail", "info")]),
])
def test_a_final_tables_year_total_column_is_basic_plus_project(cell: str, expected: list) -> None:
    assert row_checks(final_table(cell)) == expected


@pytest.mark.parametrize(("cell", "extra", "expected"), [
    ("309.00", "9.00", [("pass", "error")]),   # the 9.00 paid to the level above is part of the total
    ("309.00", "0.00", [("fail", "error")]),
])
def test_spending_columns_beside_basic_and_project_add_to_the_total(cell: str, extra: str, expected: list) -> None:
    assert row_checks(final_table(cell, extra=extra)) == expected


# --- FM-YEAR: a 预算 dates its assets at the end of the year before; FM-PLACEHOLDER: a template's instruction ---------

def text_checks(rule, sentence: str, *, kind: str = "预算") -> list[tuple[str, str, str]]:
    result = ParsedDisclosure(unit="某县市场监管局", year=2024, kind=kind, scope="部门")
    return [(c.rule, c.outcome, c.severity) for c in rule(result, text_of([Line(sentence)]))]


@pytest.mark.parametrize(("date", "expected"), [
    ("截至2023年12月31日", []),
    ("截至2023年12月", []),                 # the form the seeds print
    ("截至2023年底", []),
    ("截至2021年12月31日", [("FM-YEAR", "fail", "warning")]),
    ("截至2024年末", [("FM-YEAR", "fail", "warning")]),   # the budget year's own end has not come yet
    ("截至2022年底", [("FM-YEAR", "fail", "warning")]),
    ("截至2021年6月30日", []),               # not a year end: not read
])
def test_a_budget_dates_its_assets_at_the_end_of_the_year_before(date: str, expected: list) -> None:
    assert text_checks(fm_year, f"(三)国有资产占用情况。{date}，本部门共有车辆18辆。") == expected


def test_a_final_account_keeps_its_own_year_end() -> None:
    assert text_checks(fm_year, "截至2024年12月31日，本部门共有车辆18辆。", kind="决算") == []
    assert text_checks(fm_year, "截至2023年12月31日，本部门共有车辆18辆。", kind="决算") == [("FM-YEAR", "fail", "warning")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("(四)绩效目标（请根据本部门实际情况填写项目绩效目标编制情况）本部门实行绩效目标管理的项目5个。",
     [("FM-PLACEHOLDER", "fail", "warning")]),
    ("(四)绩效目标【此处请填列重点项目的绩效目标】本部门实行绩效目标管理的项目5个。", [("FM-PLACEHOLDER", "fail", "warning")]),
    ("(四)绩效目标（详见附表12）本部门实行绩效目标管理的项目5个。", []),
    ("(四)绩效目标（请见附表12）本部门实行绩效目标管理的项目5个。", []),   # a pointer for the reader, not an instruction
])
def test_a_bracketed_instruction_of_the_template_is_a_placeholder(sentence: str, expected: list) -> None:
    assert text_checks(fm_placeholder, sentence) == expected


# --- PR-HEAD-SUM: a split by member unit beside a parallel split over the same units that adds up --------------------

UNITS = "部门编制58人，其中局机关20人、工程管理站24人、水土保持站14人；实有在职人员{total}人，其中局机关19人、工程管理站22人、水土保持站{last}人。"


@pytest.mark.parametrize(("total", "last", "expected"), [
    ("53", "12", [("PR-HEAD-SUM", "pass", "warning")] * 2),   # each list vouches for the other
    ("54", "12", [("PR-HEAD-SUM", "fail", "warning")]),   # the 编制 list adds up, so the same units make the 实有 list whole
])
def test_a_unit_split_is_added_beside_a_complete_parallel_split(total: str, last: str, expected: list) -> None:
    assert text_checks(headcount_split, UNITS.format(total=total, last=last)) == expected


def test_a_unit_split_alone_may_be_partial() -> None:
    # no parallel list that adds up: units may be left out, nothing is said
    assert text_checks(headcount_split, "实有在职人员54人，其中局机关19人、工程管理站22人、水土保持站12人。") == []
    assert text_checks(headcount_split, "部门编制60人，其中局机关20人、工程管理站24人、水土保持站14人；实有在职人员54人，"
                                        "其中局机关19人、工程管理站22人、水土保持站12人。") == []


# --- PT-NAME: a 科目 named in the prose with its code in brackets bears the table's name for that code ----------------

def coded_page(prose_name: str) -> bytes:
    rows = [("205", "教育支出", "1,500.00"), ("20502", "普通教育", "1,500.00"), ("2050201", "学前教育", "240.00"),
            ("2050202", "小学教育", "1,260.00")]
    cells = lambda row: "".join(f"<td>{c}</td>" for c in row)  # noqa: E731
    body = "".join(f"<tr>{cells(row)}</tr>" for row in rows)
    return ("<html><body><h1>某县教育局2025年部门预算</h1><p>一、收支总体情况</p><p>2025年收入预算1,500.00万元。</p>"
            "<p>二、一般公共预算财政拨款支出情况</p><p>2025年一般公共预算财政拨款支出1,500.00万元，主要用于：普通教育（款）"
            f"学前教育（项）240.00万元、{prose_name}1,260.00万元。</p>"
            "<table><caption>一般公共预算财政拨款支出表（单位：万元）</caption>"
            f"<tr>{cells(('科目编码', '科目名称', '合计'))}</tr>{body}</table></body></html>").encode()


@pytest.mark.parametrize(("prose_name", "expected"), [
    ("小学教育（项）（2050202）", [("pass", "warning")]),
    ("初中教育（项）（2050202）", [("fail", "warning")]),
    ("小学教育支出（2050202）", [("pass", "warning")]),   # a 支出 ending is the same name
    ("初中教育（项）（2050203）", []),                    # a code the table does not print: not paired
    ("初中教育（项）", []),                               # no code printed: nothing to pair by
])
def test_a_coded_name_in_the_prose_matches_the_table(prose_name: str, expected: list) -> None:
    checks = parse_disclosure(coded_page(prose_name), filename="t.html").checks
    coded = [c for c in checks if c.rule == "PT-NAME" and ("带编码" in c.message or "把科目" in c.message)]
    assert [(c.outcome, c.severity) for c in coded] == expected
