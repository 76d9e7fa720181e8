"""Readings fixed for the twenty-eighth blind corpus of the check engine (issue 9, checks_heldout28). Inputs are
made up for these tests (invented units and figures)."""
from __future__ import annotations

from decimal import Decimal

from disclosures.parsing.attachments import read_tables
from disclosures.parsing.document import Document
from disclosures.parsing.text import page_lines


def _pdf_text(*pages: str) -> Document:
    return Document(lines=page_lines(list(pages)), pages=len(pages), data=b"", is_pdf=True)


_FIRST = ("表三 一般公共预算基本支出预算表\n单位：万元\n科目编码 科目名称 合计 人员经费 公用经费\n"
          "合计 250.40 200.00 50.40\n301 工资福利支出 200.00 200.00\n30101 基本工资 120.00 120.00\n"
          "30102 津贴补贴 80.00 80.00\n302 商品和服务支出 50.40 50.40\n30201 办公费 10.10 10.10\n")
_NEXT_TABLE = "表四 一般公共预算“三公”经费支出预算表\n单位：万元\n项目 上年预算数 本年预算数\n合计 3.00 2.50\n"


def _economic(*pages: str) -> list[tuple[str | None, Decimal]]:
    result = read_tables(_pdf_text(*pages), year=2026, kind="预算")
    return [(line.code, line.value) for line in result.economic_lines]


# --- a 基本支出 table's 项 rows continued at the top of the next page, with no caption and no header ---------------

def test_rows_of_whole_item_codes_at_the_top_of_the_next_page_belong_to_the_table_above() -> None:
    second = "30206 电费 15.30 15.30\n30211 差旅费 25.00 25.00\n" + _NEXT_TABLE
    got = _economic(_FIRST, second)
    assert ("30206", Decimal("15.30")) in got and ("30211", Decimal("25.00")) in got
    leaves = sum(value for code, value in got if code and code.startswith("302") and len(code) == 5)
    assert leaves == Decimal("50.40")  # 10.10 + 15.30 + 25.00: the 302 row's sum is whole again


def test_a_single_continued_row_in_full_width_digits_is_read_too() -> None:
    second = "３０２９９ 其他商品和服务支出 40.30 40.30\n" + _NEXT_TABLE
    assert ("30299", Decimal("40.30")) in _economic(_FIRST, second)


def test_split_item_codes_continued_on_the_next_page_are_still_read() -> None:
    second = "302 06 电费 40.30 40.30\n" + _NEXT_TABLE
    assert ("30206", Decimal("40.30")) in _economic(_FIRST, second)


def test_prose_at_the_top_of_the_next_page_is_not_taken_for_rows() -> None:
    second = ("三、关于一般公共预算当年拨款规模变化的情况说明。本年安排的数额较上年有所增加。主要是人员变动所致。"
              "增加的部分用于30211项下的日常出差。\n" + _NEXT_TABLE)
    got = _economic(_FIRST, second)
    assert [code for code, _ in got if code] == ["301", "30101", "30102", "302", "30201"]


# --- a function table printing a change column (增减额) and a rate column (增减%) after its amounts --------------------

_FUNCTION = ("表二 一般公共预算支出预算表\n单位：万元\n科目编码 科目名称 上年预算数 本年预算数 基本支出 项目支出 增减额 增减%\n"
             "合计 300.00 320.50 200.50 120.00 20.50 6.8%\n"
             "213 农林水支出 300.00 320.50 200.50 120.00 20.50 6.8%\n"
             "2130104 事业运行 190.00 200.50 200.50 0.00 10.50 5.5%\n"
             "2130106 科技转化与推广服务 110.00 {tech} 0.00 {tech} {change} {rate}\n")


def _functions(tech: str = "120.00", change: str = "10.00", rate: str = "9.1%") -> list[tuple[str, Decimal]]:
    page = _FUNCTION.format(tech=tech, change=change, rate=rate)
    result = read_tables(_pdf_text(page), year=2026, kind="预算")
    return [(line.code, line.value) for line in result.function_lines]


def test_rows_with_a_change_column_are_read_at_this_years_amount() -> None:
    assert _functions() == [("213", Decimal("320.50")), ("2130104", Decimal("200.50")),
                            ("2130106", Decimal("120.00"))]


def test_a_dash_in_the_rate_column_does_not_unplace_the_row() -> None:
    got = _functions(tech="120.00", change="120.00", rate="—")
    assert ("2130106", Decimal("120.00")) in got


# --- TB-HIER: a 类 printed straight over its 项 rows, no 款 row between ---------------------------------------------

def _hier(lines: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from disclosures.parsing.checks.figures import tb_hier
    from disclosures.parsing.types import FunctionLine, ParsedDisclosure

    result = ParsedDisclosure(unit="某县测试中心", year=2026, kind="预算", scope="部门", figures={})
    result.function_lines = [FunctionLine(name="科目", value=Decimal(v), code=c, page=3, fund_scope="一般公共预算财政拨款",
                                          level={3: "类", 5: "款", 7: "项"}[len(c)], table="表二一般公共预算支出预算表")
                             for c, v in lines]
    return [(c.severity, c.message) for c in tb_hier(result) if c.outcome == "fail" and c.severity != "info"]


def test_a_class_not_updated_after_an_item_changed_is_reported() -> None:
    found = _hier([("213", "503.38"), ("2130104", "331.58"), ("2130106", "135.60"), ("2130135", "38.60")])
    assert len(found) == 1 and found[0][0] == "error"
    assert "213科目503.38" in found[0][1] and "=331.58+135.6+38.6=505.78，差2.4" in found[0][1]


def test_a_class_over_its_items_that_add_up_within_rounding_passes() -> None:
    assert _hier([("213", "505.79"), ("2130104", "331.58"), ("2130106", "135.60"), ("2130135", "38.60")]) == []


def test_with_its_sections_printed_a_class_is_summed_over_them_not_over_the_items() -> None:
    # 款 21301 carries the class; the 项 under it are that 款's business, not the 类's
    found = _hier([("213", "500.00"), ("21301", "500.00"), ("2130104", "331.58"), ("2130106", "135.60")])
    assert [m.split("与", 1)[0] for _, m in found] == ["表二一般公共预算支出预算表21301科目"]


# --- IE-BP in the words: a split whose parts are named after what they are for ---------------------------------------

def _text_failed(rule, *pages: str) -> list[tuple[str, str, str]]:
    from disclosures.parsing.checks.text import text_of
    from disclosures.parsing.types import ParsedDisclosure

    result = ParsedDisclosure(unit="某县测试中心", year=2026, kind="预算", scope="部门", figures={})
    return [(c.rule, c.severity, c.message) for c in rule(result, text_of(page_lines(list(pages))))
            if c.outcome == "fail" and c.severity != "info"]


def _split_rule():
    from disclosures.parsing.checks.splits import split_adds_up
    return split_adds_up


def test_a_split_with_purposes_before_the_part_names_is_added_up() -> None:
    page = ("本年支出预算2,460.30万元，其中维持机构日常运转的基本支出1,385.10万元，"
            "用于完成专项工作任务的项目支出1,050.20万元。")
    found = _text_failed(_split_rule(), page)
    assert [(r, s) for r, s, _ in found] == [("IE-BP", "error")]
    assert "2460.30" in found[0][2] and "1385.10+1050.20=2435.30，差25" in found[0][2]


def test_a_split_with_purposes_that_adds_up_passes() -> None:
    page = "本年支出预算2,435.30万元，其中维持机构日常运转的基本支出1,385.10万元，用于专项工作的项目支出1,050.20万元。"
    assert _text_failed(_split_rule(), page) == []


def test_a_split_with_purposes_across_a_line_break_and_spaced_figures_is_read() -> None:
    page = ("本年支出预算2, 460.30 万元，其中保障正常运转的基本\n支出1,385.10万元，用于特定事项的项目支出1,050.20万元。")
    found = _text_failed(_split_rule(), page)
    assert [(r, s) for r, s, _ in found] == [("IE-BP", "error")]


def test_income_and_spending_stated_together_with_jun_are_held_to_their_split() -> None:
    page = ("2026年一般公共預算財政撥款收入和支出預算均為512.40萬元，比2025年增加12.00萬元，增長2.4%。"
            "其中，基本支出400.20万元，项目支出126.30万元。")
    from disclosures.parsing.document import _t2s  # as a loaded document reads traditional characters
    found = _text_failed(_split_rule(), _t2s(page))
    assert [(r, s) for r, s, _ in found] == [("IE-BP", "error")]
    assert "512.40" in found[0][2] and "400.20+126.30=526.50，差14.1" in found[0][2]


def test_income_and_spending_stated_together_that_add_up_pass_within_rounding() -> None:
    page = ("2026年一般公共预算财政拨款收入和支出预算均为526.51万元，比上年增加12.00万元。"
            "其中，基本支出400.20万元，项目支出126.30万元。")
    assert _text_failed(_split_rule(), page) == []


# --- IE-INC-SUM: the change on last year said as 与上年相比, then the list opened by 收入来源为 ---------------------------

def _income_rule():
    from disclosures.parsing.checks.wording import ie_inc_sum
    return ie_inc_sum


def test_an_income_list_after_a_yu_xiangbi_change_is_added_up() -> None:
    page = ("2026年部门收入预算总额1,480.50万元，与2025年预算相比增加30.20万元。收入来源为：一般公共预算拨款收入"
            "1,400.50万元，事业收入45.00万元，上年结转30.00万元。")
    found = _text_failed(_income_rule(), page)
    assert [(r, s) for r, s, _ in found] == [("IE-INC-SUM", "error")]
    assert "1480.50" in found[0][2] and "1400.50+45.00+30.00=1475.50，差5.00" in found[0][2]


def test_an_income_list_after_a_yu_xiangbi_change_that_adds_up_passes() -> None:
    page = ("2026年部门收入预算总额1,475.50万元，与2025年预算相比增加30.20万元。收入来源为：一般公共预算拨款收入"
            "1,400.50万元，事业收入45.00万元，上年结转30.00万元。")
    assert _text_failed(_income_rule(), page) == []


def test_an_income_list_in_yuan_style_spacing_and_a_line_break_is_read() -> None:
    page = ("2026年部门收入预算总额1, 480.50万元，与上年预算相比增加30.20万元。资金来源为：一般公共预算拨款收入\n"
            "1,400.50万元，事业收入45.00万元，上年结转30.00万元。")
    found = _text_failed(_income_rule(), page)
    assert [(r, s) for r, s, _ in found] == [("IE-INC-SUM", "error")]


# --- PR-REPEAT: a 预算's 一般公共预算 income in the 总体 part and again in the 财政拨款 part ----------------------------

def _repeat_checks(page: str, kind: str = "预算") -> list[tuple[str, str, str]]:
    from disclosures.parsing.checks.stated import pr_repeat_amount
    from disclosures.parsing.checks.text import text_of
    from disclosures.parsing.types import ParsedDisclosure

    result = ParsedDisclosure(unit="某县测试中心", year=2026, kind=kind, scope="部门", figures={})
    return [(c.outcome, c.severity, c.message) for c in pr_repeat_amount(result, text_of(page_lines([page])))
            if "一般公共预算拨款收入" in c.message]


_INCOME_TWICE = ("二、收支预算总体情况\n2026年部门收入预算总额820.45万元。收入来源为：一般公共预算拨款收入{first}万元。\n"
                 "三、一般公共预算财政拨款支出预算情况\n2026年一般公共预算财政拨款收入和支出预算均为{second}万元，"
                 "比上年增加10.00万元。")


def test_the_general_budget_income_printed_a_cent_apart_is_a_warning() -> None:
    found = _repeat_checks(_INCOME_TWICE.format(first="820.44", second="820.45"))
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "820.44万元" in found[0][2] and "820.45万元" in found[0][2] and "相差0.01万元" in found[0][2]


def test_the_general_budget_income_printed_far_apart_is_an_error() -> None:
    found = _repeat_checks(_INCOME_TWICE.format(first="802.45", second="820.45"))
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]


def test_the_general_budget_income_printed_alike_passes_and_a_final_account_is_left_alone() -> None:
    assert [o for o, _, _ in _repeat_checks(_INCOME_TWICE.format(first="820.45", second="820.45"))] == ["pass"]
    assert _repeat_checks(_INCOME_TWICE.format(first="802.45", second="820.45"), kind="决算") == []
