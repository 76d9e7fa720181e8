"""Rules fixed after blind corpus 58 (township budgets and final accounts): a function-class list the words call
partial, the spending words 使用…拨款, notes that call their own table empty, a 决算's completion sentence between a
total and its split, the year's balance without a 总计, the 本年支出 column of a 决算 function table, a 款/项 named
after its class in the words, and a fund's 基本/项目 split in the words against that fund's table. Each document here
is a small made-up statement."""
from __future__ import annotations

from disclosures.parsing import parse_disclosures
from disclosures.parsing.attachments import _column_words
from disclosures.parsing.checks.splits import fund_split_vs_table
from disclosures.parsing.checks.text import SELF_EMPTY, text_of
from disclosures.parsing.text import page_lines


def _parse(body: str, *, kind: str = "预算", unit: str = "甲县乙镇人民政府", year: int = 2025):
    title = f"{unit}{year}年部门{kind}公开说明\n"
    [result] = parse_disclosures((title + body).encode("utf-8"), filename="statement.txt")
    return result


def _failed(result, rule: str) -> list:
    return [c for c in result.checks if c.rule == rule and c.outcome == "fail" and c.severity in ("error", "warning")]


def _checks(result, rule: str) -> list:
    return [c for c in result.checks if c.rule == rule]


# ---- a function-class list that says it is partial ---------------------------------------------------------------

def _budget(lead: str, shares: tuple[str, str] = ("", ""), first: str = "600.00") -> str:
    return (
        "第一部分 部门概况\n乙镇人民政府负责本镇的行政事务。\n"
        "第二部分 收支预算总体情况\n"
        "2025年收入预算合计1,000.00万元，包括一般公共预算拨款1,000.00万元。\n"
        "2025年支出预算合计1,000.00万元，其中基本支出400.00万元，项目支出600.00万元。\n"
        f"按支出功能分类，{lead}农林水支出{first}万元{shares[0]}；一般公共服务支出200.00万元{shares[1]}。\n"
    )


def test_a_list_led_by_main_is_partial_and_held_only_below_its_total() -> None:
    result = _parse(_budget("主要安排："))
    assert [line.partial for line in result.expenditure_by_function] == [True, True]
    [check] = _checks(result, "IE-EXP-SUM")
    assert check.outcome == "pass" and "不超过" in check.name


def test_a_partial_list_above_its_total_is_still_an_error() -> None:
    result = _parse(_budget("主要安排：", first="900.00"))
    [check] = _failed(result, "IE-EXP-SUM")
    assert check.severity == "error" and "部分大于整体" in check.message


def test_shares_short_of_a_hundred_make_a_list_partial_without_any_lead_word() -> None:
    result = _parse(_budget("", ("，占60.00%", "，占20.00%")))
    assert all(line.partial for line in result.expenditure_by_function)
    assert not _failed(result, "IE-EXP-SUM")


def test_a_list_without_cue_is_whole_and_its_short_sum_is_an_error() -> None:
    result = _parse(_budget(""))
    assert not any(line.partial for line in result.expenditure_by_function)
    [check] = _failed(result, "IE-EXP-SUM")
    assert check.severity == "error"


def test_shares_adding_to_a_hundred_make_the_list_whole_whatever_its_lead() -> None:
    body = _budget("主要安排：", ("，占75.00%", "，占25.00%"), first="600.00").replace(
        "一般公共服务支出200.00万元", "一般公共服务支出200.00万元").replace("合计1,000.00", "合计800.00")
    result = _parse(body)
    assert not any(line.partial for line in result.expenditure_by_function)


# ---- a class share in that list is of the list's spending total --------------------------------------------------

def test_a_class_share_in_the_parsed_list_is_read_against_the_spending_total() -> None:
    result = _parse(_budget("主要安排：", ("，占60.00%", "，占20.00%")))
    assert {c.outcome for c in _checks(result, "PR-SHARE")} == {"pass"}
    assert len(_checks(result, "PR-SHARE")) == 2


def test_a_class_share_with_swapped_digits_is_an_error() -> None:
    result = _parse(_budget("主要安排：", ("，占06.00%", "，占20.00%")))
    [check] = _failed(result, "PR-SHARE")
    assert check.severity == "error" and "60.00%" in check.message


def test_a_share_printed_to_fewer_places_is_read_at_its_own_rounding() -> None:
    result = _parse(_budget("主要安排：", ("，占60.0%", "，占20.0%"), first="600.40"))
    assert not _failed(result, "PR-SHARE")


def test_a_share_just_beyond_its_rounding_is_a_warning() -> None:
    result = _parse(_budget("主要安排：", ("，占60.1%", "，占20.0%"), first="600.40"))
    [check] = _failed(result, "PR-SHARE")
    assert check.severity == "warning"


def test_a_later_list_repeating_one_amount_is_not_read_against_the_total() -> None:
    body = _budget("主要安排：", ("，占60.00%", "，占20.00%")) + (
        "第三部分 一般公共预算财政拨款支出情况\n"
        "按功能分类，农林水支出（类）500.00万元，占70.0%；一般公共服务支出（类）200.00万元，占30.0%。\n")
    result = _parse(body)
    assert not _failed(result, "PR-SHARE")


# ---- 使用…拨款 names the money spent ------------------------------------------------------------------------------

def _final(used: str, rate: str = "125.00", carried_out: str = "50.00", extra: str = "") -> str:
    return (
        "第一部分 部门概况\n乙镇人民政府负责本镇的行政事务。\n"
        "第二部分 收入支出决算总体情况\n"
        "2025年度本年收入合计1,000.00万元，其中：一般公共预算财政拨款收入1,000.00万元。另有年初结转和结余100.00万元。\n"
        f"2025年度本年支出合计1,050.00万元，其中基本支出450.00万元，项目支出600.00万元。年末结转和结余{carried_out}万元。{extra}\n"
        "第三部分 一般公共预算财政拨款支出情况\n"
        f"2025年度使用一般公共预算财政拨款{used}万元，年初预算为840.00万元，完成年初预算的{rate}%。"
        "决算数高于年初预算，主要是年中追加了防汛资金。\n"
        "其中基本支出450.00万元，项目支出600.00万元。\n"
    )


def test_the_fund_used_is_no_restatement_of_the_fund_received() -> None:
    result = _parse(_final("1,050.00"), kind="决算")
    assert not _failed(result, "IE-GB")


def test_the_completion_rate_of_the_fund_used_is_read_against_its_budget() -> None:
    assert {c.outcome for c in _checks(_parse(_final("1,050.00"), kind="决算"), "PR-RATE")} == {"pass"}
    [check] = _failed(_parse(_final("1,050.00", rate="152.00"), kind="决算"), "PR-RATE")
    assert check.severity == "error" and "125.00%" in check.message


def test_a_split_after_the_completion_sentence_is_the_split_of_the_fund_used() -> None:
    assert not _failed(_parse(_final("1,050.00"), kind="决算"), "IE-BP")
    failed = _failed(_parse(_final("1,005.00"), kind="决算"), "IE-BP")
    assert failed and failed[0].severity == "error" and "1005.00" in failed[0].message


# ---- a 决算's year balance without any 总计 ------------------------------------------------------------------------

def test_the_year_balances_without_a_grand_total() -> None:
    checks = [c for c in _checks(_parse(_final("1,050.00"), kind="决算"), "D-001") if "本年收入合计加年初结转和结余" in c.name]
    assert [c.outcome for c in checks] == ["pass"]


def test_a_year_end_balance_off_the_other_three_is_an_error() -> None:
    [check] = [c for c in _failed(_parse(_final("1,050.00", carried_out="05.00"), kind="决算"), "D-001")]
    assert check.severity == "error" and "5.00" in check.message


def test_a_year_end_balance_within_rounding_passes() -> None:
    checks = [c for c in _checks(_parse(_final("1,050.00", carried_out="50.0"), kind="决算"), "D-001")
              if "本年收入合计加年初结转和结余" in c.name]
    assert [c.outcome for c in checks] == ["pass"]


def test_the_balance_is_not_read_where_words_name_another_part() -> None:
    body = _final("1,050.00", carried_out="05.00", extra="本年无结余分配事项。")
    assert not [c for c in _checks(_parse(body, kind="决算"), "D-001") if "本年收入合计加年初结转和结余" in c.name]


# ---- notes that call their own table empty ------------------------------------------------------------------------

def test_notes_that_say_their_table_holds_nothing() -> None:
    for note in ("本表各栏均为空", "因此本表未填列金额", "本表不含数据", "此表为空", "该表无金额"):
        assert SELF_EMPTY.search(note), note
    for words in ("本表数据已经审核", "本表单位为万元"):
        assert not SELF_EMPTY.search(words), words


def _fund_table(note: str) -> str:
    return (
        "第一部分 部门概况\n乙镇人民政府负责本镇的行政事务。\n"
        "第二部分 收支预算总体情况\n2025年收入预算合计100.00万元，包括一般公共预算拨款100.00万元。\n"
        "附表\n政府性基金预算支出表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n\t合计\t\t\t\n"
        f"{note}\n"
    )


def test_an_empty_table_with_such_a_note_is_not_flagged() -> None:
    assert not _failed(_parse(_fund_table("因本年未安排政府性基金预算拨款，本表不含数据。")), "TB-EMPTY")
    assert not _failed(_parse(_fund_table("注：本镇不涉及该项收支，因此本表未填列金额。")), "TB-EMPTY")


def test_an_empty_table_without_a_note_is_still_a_warning() -> None:
    [check] = _failed(_parse(_fund_table("")), "TB-EMPTY")
    assert check.severity == "warning"


# ---- 本年支出 heads a 决算 function table's row total --------------------------------------------------------------

def test_this_years_spending_heads_the_row_total() -> None:
    assert _column_words("类 款 项 科目名称 本年支出 基本支出 项目支出") == ["本年支出", "基本支出", "项目支出"]


def test_this_years_spending_over_a_subtotal_is_a_group_header() -> None:
    assert _column_words("科目名称 本年支出 小计 基本支出 项目支出") == ["小计", "基本支出", "项目支出"]


def test_this_years_spending_total_stays_one_word() -> None:
    assert _column_words("本年支出合计 基本支出 项目支出") == ["本年支出合计", "基本支出", "项目支出"]


# ---- a 款 or 项 named after its class in the words ------------------------------------------------------------------

def _with_items(item: str, klass: str = "300.00") -> str:
    return (
        "第一部分 部门概况\n乙镇人民政府负责本镇的行政事务。\n"
        "第二部分 收支预算总体情况\n2025年收入预算合计300.00万元，包括一般公共预算拨款300.00万元。\n"
        "第三部分 一般公共预算财政拨款支出情况\n"
        f"农林水支出（类）{klass}万元，重点用于：村级组织运转，即对村民委员会和村党支部的补助{item}万元。\n"
        "附表\n一般公共预算财政拨款支出表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "\t合计\t300.00\t100.00\t200.00\n213\t农林水支出\t300.00\t100.00\t200.00\n"
        "21307\t农村综合改革\t300.00\t100.00\t200.00\n2130705\t对村民委员会和村党支部的补助\t250.00\t100.00\t150.00\n"
        "2130706\t对村集体经济组织的补助\t50.00\t\t50.00\n"
    )


def _items(result) -> list:
    return [c for c in _checks(result, "PT-ITEM") if "对村民委员会" in c.message]


def test_an_item_named_after_its_class_agrees_with_its_row() -> None:
    assert [c.outcome for c in _items(_parse(_with_items("250.00")))] == ["pass"]


def test_an_item_named_after_its_class_off_its_row_is_an_error() -> None:
    [check] = _items(_parse(_with_items("205.00")))
    assert check.outcome == "fail" and check.severity == "error" and "差45.00" in check.message


def test_an_item_printed_to_fewer_places_is_read_at_its_own_rounding() -> None:
    assert [c.outcome for c in _items(_parse(_with_items("250.0")))] == ["pass"]


def test_a_class_amount_of_another_funds_table_reads_no_item() -> None:
    assert _items(_parse(_with_items("205.00", klass="280.00"))) == []


# ---- a fund's split in the words against that fund's table ---------------------------------------------------------

def _fund_split(basic: str, whole: str = "1,000.00") -> str:
    return (
        "第一部分 部门概况\n乙镇人民政府负责本镇的行政事务。\n"
        "第二部分 收支预算总体情况\n2025年收入预算合计1,000.00万元，包括一般公共预算拨款1,000.00万元。\n"
        "2025年支出预算合计1,000.00万元，其中基本支出400.00万元，项目支出600.00万元。\n"
        "第三部分 一般公共预算财政拨款支出情况\n"
        f"一般公共预算财政拨款支出{whole}万元，比2024年增加10.00万元。其中：基本支出{basic}万元，项目支出600.00万元。\n"
        "附表\n一般公共预算财政拨款支出表\n单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
        "\t合计\t1,000.00\t400.00\t600.00\n213\t农林水支出\t1,000.00\t400.00\t600.00\n"
    )


def _split_checks(basic: str, whole: str = "1,000.00") -> list:
    # the rule itself: in the whole run it defers to the figure rules where those already read the same amounts
    body = _fund_split(basic, whole)
    view = text_of(page_lines(["甲县乙镇人民政府2025年部门预算公开说明\n" + body]))
    return [c for c in fund_split_vs_table(_parse(body), view) if "基本支出" in c.name]


def test_a_funds_split_agreeing_with_its_table_passes() -> None:
    assert [c.outcome for c in _split_checks("400.00")] == ["pass"]


def test_a_last_digit_apart_at_the_same_places_is_a_warning() -> None:
    [check] = _split_checks("400.01")
    assert check.outcome == "fail" and check.severity == "warning"


def test_a_part_printed_to_fewer_places_is_read_at_its_own_rounding() -> None:
    assert [c.outcome for c in _split_checks("400.0")] == ["pass"]


def test_a_split_part_off_its_cell_is_an_error() -> None:
    [check] = _split_checks("410.00")
    assert check.outcome == "fail" and check.severity == "error"


def test_a_split_whose_total_is_not_the_tables_is_not_read() -> None:
    assert _split_checks("410.00", whole="1,010.00") == []


def test_the_fund_received_restated_otherwise_is_still_an_error() -> None:
    body = _final("1,050.00").replace("第三部分 一般公共预算财政拨款支出情况\n",
                                      "第三部分 一般公共预算财政拨款支出情况\n2025年度一般公共预算财政拨款收入1,010.00万元。\n")
    [check] = _failed(_parse(body, kind="决算"), "IE-GB")
    assert check.severity == "error"


# ---- a recheck from the store keeps a partial list partial ---------------------------------------------------------

def test_a_recheck_keeps_a_list_partial_that_the_parse_found_partial() -> None:
    from disclosures.parsing.checks import recheck
    from disclosures.parsing.types import FunctionLine, ParsedDisclosure

    parsed = _parse(_budget("主要安排："))
    stored = [check.to_json() for check in parsed.checks]

    def from_store() -> ParsedDisclosure:  # the store keeps the lines and figures, not the words that led the list
        lines = [FunctionLine(line.name, line.value, line.code, line.page, line.source, line.fund_scope, line.level)
                 for line in parsed.expenditure_by_function]
        return ParsedDisclosure(unit=parsed.unit, year=parsed.year, kind=parsed.kind, scope=parsed.scope,
                                figures=dict(parsed.figures), expenditure_by_function=lines)

    assert not [c for c in recheck(from_store(), stored) if c.rule == "IE-EXP-SUM" and c.outcome == "fail"]
    whole = [item for item in stored if not (item["rule"] == "IE-EXP-SUM")]
    assert [c for c in recheck(from_store(), whole) if c.rule == "IE-EXP-SUM" and c.outcome == "fail"]
