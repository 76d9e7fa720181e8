"""Rules fixed for the fortieth blind corpus of the check engine (issue 9, checks_heldout40): a 决算 clause naming the
year before whose amount is set against 上年 at once (FM-YEAR), an item's 决算 vs 年初预算 direction words past its
completion rate (PR-DIR), a unit line opened by the form code before the maker and a caption carrying its unit in
brackets (both start a table for the text rules, so D-001 reads a 收支总表's closing rows), and a 决算's classes listed
by （类） in the words against the 项 sentences under them and the 支出决算 (TB-HIER, IE-EXP-SUM).
Sentences and tables written for these tests (made-up units and figures)."""
from __future__ import annotations

from disclosures.parsing.checks.listings import class_list_against_items
from disclosures.parsing.checks.rates import pr_dir_budget
from disclosures.parsing.checks.table_sums import final_spending_balance
from disclosures.parsing.checks.text import table_spans, table_unit, text_of, unit_line
from disclosures.parsing.checks.years import fm_year_on_this_years_amount
from disclosures.parsing.types import ParsedDisclosure
from tests.parsing.lines import Line


def _result(kind: str = "决算", year: int = 2024) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=year, kind=kind, scope="部门", figures={})


def _view(*texts: str, page: int = 1):
    return text_of([Line(t, page) for t in texts])


def _table(lines: list[str], **values: str):
    """A table's lines as the normalized document gives them: the spaces between cells dropped."""
    return _view(*["".join(line.format(**values).split()) for line in lines])


def _failed(rule, result: ParsedDisclosure, *texts: str) -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in rule(result, _view(*texts)) if c.outcome == "fail"]


# ---- FM-YEAR: the year before on a clause whose amount is set against 上年 at once --------------------------------

def test_a_finals_clause_naming_the_year_before_and_compared_with_last_year_is_a_year_slip() -> None:
    found = _failed(fm_year_on_this_years_amount, _result(year=2024),
                    "（五）公用经费支出情况", "2023年度机关运行经费支出56.70万元，比上年的60.10万元减少3.40万元，下降5.66%。")
    assert [(rule, severity) for rule, severity, _ in found] == [("FM-YEAR", "warning")]
    assert "2023" in found[0][2] and "56.70" in found[0][2]


def test_the_documents_own_year_on_that_clause_passes() -> None:
    assert _failed(fm_year_on_this_years_amount, _result(year=2024),
                   "2024年度机关运行经费支出56.70万元，比上年的60.10万元减少3.40万元。") == []


def test_a_budget_or_a_clause_without_a_change_on_last_year_is_left_alone() -> None:
    sentence = "2023年度机关运行经费支出56.70万元，比上年的60.10万元减少3.40万元。"
    assert _failed(fm_year_on_this_years_amount, _result(kind="预算", year=2024), sentence) == []
    assert _failed(fm_year_on_this_years_amount, _result(year=2024), "2023年度机关运行经费支出56.70万元，主要用于办公。") == []


# ---- PR-DIR: 决算数大于/小于/等于预算数 past a completion rate, with or without 为 ------------------------------------

def test_direction_words_after_a_completion_rate_are_held_to_the_amounts() -> None:
    found = _failed(pr_dir_budget, _result(),
                    "（一）行政运行（项）。年初预算为120.40万元，支出决算为98.60万元，完成年初预算的81.89%。决算数大于预算数，"
                    "主要原因是压减开支。")
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-DIR", "warning")]
    assert "98.6" in found[0][2] and "120.4" in found[0][2]


def test_amounts_printed_without_wei_and_words_that_agree_pass() -> None:
    checks = list(pr_dir_budget(_result(), _view(
        "2.住房公积金（项）：年初预算30.00万元，支出决算30.00万元，完成年初预算的100.00%，决算数等于预算数。",
        "3.事业运行（项）：年初预算40.00万元，支出决算44.00万元，完成年初预算的110.00%，决算数等于预算数。")))
    assert [c.outcome for c in checks] == ["pass", "fail"]


def test_a_rate_alone_without_direction_words_is_not_read() -> None:
    assert list(pr_dir_budget(_result(), _view("年初预算为10.00万元，支出决算为12.00万元，完成年初预算的120.00%。"))) == []


# ---- a unit line opened by the form code, a caption carrying its unit: D-001 on the 收支总表 -----------------------

TWO_SIDED = ["表1 收入支出决算总表", "公开01表　编制单位：某县测试局　金额单位：万元", "收入 金额 支出 金额",
             "一般公共预算财政拨款收入 500.00 一般公共服务支出 480.00",
             "本年收入合计 500.00 本年支出合计 480.00", "年初结转和结余 10.00 年末结转和结余 {carry}",
             "总计 510.00 总计 510.00"]


def test_a_unit_line_opened_by_the_form_code_before_the_maker_is_a_unit_line() -> None:
    assert unit_line("公开01表　编制单位：某县测试局　金额单位：万元")
    assert not unit_line("公开01表　编制单位：某县测试局")
    view = _table(TWO_SIDED, carry="30.00")
    spans = table_spans(view, _result())
    assert [s.caption for s in spans] == ["收入支出总表"] and table_unit(view, spans[0]) == "万元"


def test_the_closing_rows_of_a_two_sided_table_are_held_to_its_total() -> None:
    good = [(c.rule, c.outcome) for c in final_spending_balance(_result(), _table(TWO_SIDED, carry="30.00"))]
    bad = [(c.rule, c.severity, c.message) for c in final_spending_balance(_result(), _table(TWO_SIDED, carry="33.00"))
           if c.outcome == "fail"]
    assert good == [("D-001", "pass")]
    assert [(rule, severity) for rule, severity, _ in bad] == [("D-001", "error")] and "513" in bad[0][2]


ONE_COLUMN = ["附：收入支出决算总表（单位：万元）", "项目\t金额", "本年收入合计\t700.00", "年初结转和结余\t20.00",
              "收入总计\t720.00", "本年支出合计\t{spent}", "年末结转和结余\t15.00", "支出总计\t720.00"]


def test_a_caption_carrying_its_unit_starts_a_table_and_its_spending_side_is_summed() -> None:
    view = _table(ONE_COLUMN, spent="705.00")
    spans = table_spans(view, _result())
    assert [s.caption for s in spans] == ["收入支出总表"] and table_unit(view, spans[0]) == "万元"
    assert [(c.rule, c.outcome) for c in final_spending_balance(_result(), view)] == [("D-001", "pass")]
    bad = [(c.rule, c.severity, c.message) for c in final_spending_balance(_result(), _table(ONE_COLUMN, spent="750.00"))
           if c.outcome == "fail"]
    assert [(rule, severity) for rule, severity, _ in bad] == [("D-001", "error")] and "765" in bad[0][2]


def test_a_caption_without_any_unit_starts_no_table() -> None:
    lines = ["附：收入支出决算总表", *ONE_COLUMN[1:]]
    assert table_spans(_table(lines, spent="750.00"), _result()) == []
    assert list(final_spending_balance(_result(), _table(lines, spent="750.00"))) == []


def test_an_appended_title_without_the_word_table_ends_the_table_above_it() -> None:
    lines = ["附：“三公”经费预算对比表（单位：万元）", "项目 上年预算 本年预算", "合计 101.00 103.00",
             "附：2025年支出预算分功能科目（单位：万元）", "科目 本年 上年", "207 文化旅游体育与传媒支出 90.00 80.00"]
    spans = table_spans(_view(*lines), _result(kind="预算", year=2025))
    assert [(s.caption, s.first) for s in spans][0][0].endswith("对比表") and len(spans) == 2
    assert "分功能科目" in spans[1].caption
    # without 附 in front, a line ending in a bracketed unit is no caption unless its title ends in 表
    assert len(table_spans(_view(*lines[:3], "一、收支预算总体情况（单位：万元）", *lines[4:]), _result(kind="预算"))) == 1


# ---- a 决算's classes listed by （类） against the 项 sentences under them ------------------------------------------

def _classes(first: str = "300.00", lead: str = "各项级科目情况如下：") -> list[str]:
    return [f"2024年度一般公共预算财政拨款支出年初预算为380.00万元，支出决算为360.00万元。按支出功能分类，决算支出分布在："
            f"教育（类）{first}万元；住房保障（类）60.00万元。{lead}",
            "（1）教育支出（类）普通教育（款）小学教育（项）。年初预算为200.00万元，支出决算为180.00万元。",
            "（2）教育支出（类）普通教育（款）初中教育（项）。年初预算为120.00万元，支出决算为120.00万元。",
            "（3）住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算为60.00万元，支出决算为60.00万元。",
            "四、“三公”经费情况"]


def test_classes_and_items_that_add_up_pass() -> None:
    checks = [(c.rule, c.outcome) for c in class_list_against_items(_result(), _view(*_classes()))]
    assert checks == [("TB-HIER", "pass"), ("TB-HIER", "pass"), ("IE-EXP-SUM", "pass")]


def test_a_class_printed_wrong_fails_against_its_items_and_the_total() -> None:
    found = _failed(class_list_against_items, _result(), *_classes(first="290.00"))
    assert [(rule, severity) for rule, severity, _ in found] == [("TB-HIER", "error"), ("IE-EXP-SUM", "error")]
    assert "300.00" in found[0][2] and "350.00" in found[1][2]


def test_a_selection_of_items_or_a_budget_is_left_alone() -> None:
    assert list(class_list_against_items(_result(), _view(*_classes(first="290.00", lead="主要项目情况如下：")))) == []
    assert list(class_list_against_items(_result(kind="预算"), _view(*_classes(first="290.00")))) == []
