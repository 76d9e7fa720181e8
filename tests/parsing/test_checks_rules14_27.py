"""Rules fixed for the twenty-seventh blind corpus of the check engine (issue 9, checks_heldout27, with the headcount
items of checks_heldout25 and 26): a 决算's gap to its 年初预算 is no budget amount, a denied 政府性基金 appropriation
denies both sides, a unit's class stated after a long superior's name is a fact of itself, the 政府采购 sentence is held
to the 政府采购 table, and a headcount split by office or member unit is added when the list is known to be whole.
Sentences and tables written for these tests (made-up units and figures)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from disclosures.parsing.checks.statements import execution_rate
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.totals import fund_stated_then_denied
from disclosures.parsing.checks.wholes import headcount_split
from disclosures.parsing.checks.wording import cp_ident_other_unit, pt_proc_table
from disclosures.parsing.prose import unit_headcounts
from disclosures.parsing.text import join_lines, page_lines, to_simplified
from disclosures.parsing.types import ParsedDisclosure

UNIT = "某县测试局"


def _result(kind: str = "预算", scope: str = "部门", unit: str = UNIT, region: str | None = None,
            members: list[str] | None = None) -> ParsedDisclosure:
    result = ParsedDisclosure(unit=unit, year=2025, kind=kind, scope=scope, figures={})
    result.region = region
    result.member_units = members or []
    return result


def _checks(rule, *pages: str, result: ParsedDisclosure | None = None, document=None) -> list:
    # the pages as a document reaches the rules: traditional script simplified as the loader does for the whole text
    return list(rule(result or _result(), text_of(page_lines([to_simplified(page)[0] for page in pages]), document)))


def _failed(rule, *pages: str, **kwargs) -> list[tuple[str, str, str]]:
    return [(c.rule, c.severity, c.message) for c in _checks(rule, *pages, **kwargs) if c.outcome == "fail"]


# --- PR-RATE: “决算数超出年初预算D万元” names the gap, not a second budget --------------------------------------------

FINAL = ("2024年一般公共预算财政拨款支出决算{actual}万元，比上年决算增加11.20万元。其中基本支出700.00万元，项目支出{project}万元。"
         "年初预算为1,500.00万元，决算数{word}年初预算{gap}万元，完成年初预算的{pct}%。")


def test_a_rate_inverted_beside_a_gap_to_the_budget_is_an_error() -> None:
    # 1,560.00 / 1,500.00 = 104.00%; 96.15% is the budget over the actual, the ratio turned upside down
    text = FINAL.format(actual="1,560.00", project="860.00", word="超出", gap="60.00", pct="96.15")
    found = _failed(execution_rate, text, result=_result("决算"))
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-RATE", "error")]
    assert "1,560.00" in found[0][2] and "1,500.00" in found[0][2] and "104.00%" in found[0][2]
    assert "96.15" in found[0][2]


@pytest.mark.parametrize(("word", "pct"), [("超出", "104.00"), ("超过", "104"), ("高于", "104.0")])
def test_a_rate_that_agrees_passes_whatever_word_names_the_gap(word: str, pct: str) -> None:
    text = FINAL.format(actual="1,560.00", project="860.00", word=word, gap="60.00", pct=pct)
    checks = _checks(execution_rate, text, result=_result("决算"))
    assert [(c.rule, c.outcome) for c in checks] == [("PR-RATE", "pass")]


def test_the_rate_edge_is_the_rounding_of_its_printed_decimals() -> None:
    # 1,560.00 / 1,500.00 = 104.000%: 104.01% is past half a step of two decimals, 104.0 is within one decimal's
    text = FINAL.format(actual="1,560.00", project="860.00", word="超出", gap="60.00", pct="104.01")
    assert [c.outcome for c in _checks(execution_rate, text, result=_result("决算"))] == ["fail"]


def test_a_shortfall_gap_with_spaces_and_a_line_break_in_its_number() -> None:
    # 1,440.00 / 1,500.00 = 96.00%; the gap “低于年初预算60. 00万元” is broken across lines as a PDF prints it
    text = ("2024年一般公共预算财政拨款支出决算1,440.00万元，比上年决算减少5.00万元。其中基本支出700.00万元，项目支出740.00万元。"
            "年初预算为1,500.00万元，决算数低于年初预算60.\n00万元，完成年初预算的104.17%。")
    found = _failed(execution_rate, text, result=_result("决算"))
    assert [(rule, severity) for rule, severity, _ in found] == [("PR-RATE", "error")]
    assert "96.00%" in found[0][2]


# --- PT-GF: “无政府性基金预算拨款” with no side named denies both sides ------------------------------------------------

INCOME = "一、收入支出预算总体情况\n本年收入预算560.00万元，其中一般公共预算拨款收入500.00万元，政府性基金预算拨款收入{fund}万元。"


@pytest.mark.parametrize("denial", ["本部门2025年无政府性基金预算拨款，本部分不涉及。",
                                    "本单位没有政府性基金预算资金，故不涉及。",
                                    "本部門無政府性基金預算撥款；此表為空表。"])
def test_a_denied_appropriation_without_a_side_is_an_error_on_the_denials_page(denial: str) -> None:
    found = _checks(fund_stated_then_denied, INCOME.format(fund="60.00"), "六、政府性基金预算情况\n" + denial)
    failed = [c for c in found if c.outcome == "fail"]
    assert [(c.rule, c.severity, c.page) for c in failed] == [("PT-GF", "error", 2)]
    assert failed[0].figures[0]["value"] == "60.00" and "第1页列政府性基金收入60.00万元" in failed[0].message


@pytest.mark.parametrize(("fund", "denial"), [
    ("0.00", "本部门2025年无政府性基金预算拨款，本部分不涉及。"),        # a zero agrees with the denial
    ("60.00", "本部门无国有资本经营预算拨款，本部分不涉及。"),             # another fund
    ("60.00", "上年本部门无政府性基金预算拨款，今年新增。"),               # the prior year's denial
    ("60.00", "本部门无政府性基金预算拨款安排的项目以外支出。"),           # no clause end after 拨款: not a bare denial
])
def test_a_bare_denial_is_held_only_to_its_own_fund_and_year(fund: str, denial: str) -> None:
    assert _failed(fund_stated_then_denied, INCOME.format(fund=fund), denial) == []


# --- CP-IDENT: another township's school “为县教育体育局所属公益一类事业单位” ------------------------------------------

SCHOOL = _result(scope="单位", unit="某县东湖镇中心学校", region="某县")


@pytest.mark.parametrize("opening", ["某县西岭镇中心学校为县教育体育局所属公益一类事业单位，不含下属机构。",
                                     "某县西岭镇中心学校为县教育体育局直属的公益二类事业单位。",
                                     "某縣西嶺鎮中心學校為縣教育體育局所屬公益一類事業單位。"])
def test_another_townships_school_stating_its_class_after_its_superior_is_a_warning(opening: str) -> None:
    found = _failed(cp_ident_other_unit, "某县东湖镇中心学校2025年单位预算", "二、机构设置及人员情况\n" + opening,
                    result=SCHOOL)
    assert [(rule, severity) for rule, severity, _ in found] == [("CP-IDENT", "warning")]
    assert "某县西岭镇中心学校为县教育体育局" in found[0][2] and "第2页" in found[0][2]


@pytest.mark.parametrize("opening", ["某县东湖镇中心学校为县教育体育局所属公益一类事业单位。",   # the unit itself
                                     "学区内还有某县西岭镇中心学校，为县教育体育局所属公益一类事业单位。"])  # not opening a clause
def test_the_unit_itself_or_a_mention_of_another_school_is_no_finding(opening: str) -> None:
    assert _failed(cp_ident_other_unit, "某县东湖镇中心学校2025年单位预算", opening, result=SCHOOL) == []


# --- PT-PROC: the 政府采购 sentence against the 政府采购 table ----------------------------------------------------------

PROC = "八、政府采购情况\n2025年政府采购预算总额{total}万元，其中货物类120.00万元、工程类0.00万元、服务类{service}万元；以一般公共预算拨款安排的采购{total}万元。"
PROC_GRID = [["品目编码", "采购类别", "合计", "一般公共预算拨款", "其他资金"],
             ["", "合计", "{total}", "{total}", "0.00"],
             ["A", "货物", "120.00", "120.00", "0.00"],
             ["B", "工程", "0.00", "0.00", "0.00"],
             ["C", "服 务", "{service}", "{service}", "0.00"]]


def _proc(total: str, service: str, table_total: str, table_service: str, unit: str = "万元") -> list:
    grid = [[cell.format(total=table_total, service=table_service) for cell in row] for row in PROC_GRID]
    document = SimpleNamespace(is_pdf=False, tables=[SimpleNamespace(grid=grid, page=2)])
    table = f"表9 政府采购预算表\n单位：{unit}\n" + "\n".join(" ".join(row) for row in grid)
    return _checks(pt_proc_table, PROC.format(total=total, service=service), table, document=document)


def test_a_procurement_sentence_left_from_last_year_is_an_error_on_its_total_and_kind() -> None:
    checks = _proc("190.00", "70.00", "196.00", "76.00")
    assert [(c.rule, c.outcome, c.severity) for c in checks] == [
        ("PT-PROC", "fail", "error"), ("PT-PROC", "pass", "error"), ("PT-PROC", "pass", "error"), ("PT-PROC", "fail", "error")]
    assert "正文政府采购预算总额190.00" in checks[0].message and "合计196.00" in checks[0].message
    assert "服务76.00" in checks[3].message and checks[3].page == 1


def test_a_procurement_sentence_that_agrees_with_its_table_passes() -> None:
    assert {c.outcome for c in _proc("190.00", "70.00", "190.00", "70.00")} == {"pass"}


def test_the_procurement_table_rounds_to_the_sentences_decimals() -> None:
    # the sentence prints one decimal: 190.0 holds 190.04; 190.06 is a truncation (a warning), 190.16 a contradiction
    assert [c.outcome for c in _proc("190.0", "70.00", "190.04", "70.00")][:1] == ["pass"]
    assert [(c.outcome, c.severity) for c in _proc("190.0", "70.00", "190.06", "70.00")][:1] == [("fail", "warning")]
    assert [(c.outcome, c.severity) for c in _proc("190.0", "70.00", "190.16", "70.00")][:1] == [("fail", "error")]


def test_a_procurement_table_in_yuan_is_read_in_wan_yuan() -> None:
    checks = _proc("190.00", "70.00", "1,900,000.00", "760,000.00", unit="元")
    assert [c.outcome for c in checks] == ["pass", "fail", "pass", "fail"]  # 货物 120.00 and 服务 printed as 万元 in 元 rows


def test_another_table_on_the_procurement_tables_page_is_not_read_as_it() -> None:
    # a 支出 table sharing the page has a 合计 row under 总计, but no 货物/工程/服务 row: only the procurement grid counts
    spending = [["科目编码", "科目名称", "总计", "基本支出", "项目支出"], ["合计", "", "3,356.04", "2,512.29", "843.75"],
                ["201", "一般公共服务支出", "3,356.04", "2,512.29", "843.75"]]
    procurement = [[cell.format(total="190.00", service="70.00") for cell in row] for row in PROC_GRID]
    for grids in ([spending], [spending, procurement]):
        document = SimpleNamespace(is_pdf=False, tables=[SimpleNamespace(grid=grid, page=2) for grid in grids])
        checks = _checks(pt_proc_table, PROC.format(total="190.00", service="70.00"), "表9 政府采购预算表\n单位：万元",
                         document=document)
        assert [c.outcome for c in checks] == ([] if len(grids) == 1 else ["pass"] * 4)


def test_no_table_or_no_kinds_listed_reads_nothing() -> None:
    assert _checks(pt_proc_table, PROC.format(total="190.00", service="70.00")) == []
    document = SimpleNamespace(is_pdf=False, tables=[])
    assert _checks(pt_proc_table, "2025年政府采购预算总额190.00万元。", "表9 政府采购预算表\n单位：万元", document=document) == []


# --- PR-HEAD-SUM: a split by office or member unit, when the list is known to be whole -----------------------------

def _head(text: str, members: list[str] | None = None, scope: str = "单位") -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in _checks(headcount_split, text, result=_result(scope=scope, members=members))]


def test_a_split_among_internal_offices_that_misses_one_person_is_a_warning() -> None:
    text = "单位核定编制30名，年末实有在职人员28人，其中办公室7人、综合业务股8人、规划股7人、执法监察科5人。"
    assert _head(text) == [("PR-HEAD-SUM", "fail", "warning")]
    found = _checks(headcount_split, text, result=_result(scope="单位"))
    assert "实有人数28" in found[0].message and "=27" in found[0].message


def test_a_split_among_internal_offices_that_adds_up_passes() -> None:
    assert _head("年末实有在职人员27人，其中办公室7人、综合业务股8人、规划股7人、执法监察科5人。") == [
        ("PR-HEAD-SUM", "pass", "warning")]


def test_a_split_among_member_units_that_exceeds_its_total_is_a_warning() -> None:
    # half-width brackets and commas: 20 + 9 + 7 = 36 > 35, a partial list cannot exceed its whole
    assert _head("核定编制40名，实有在职人员35人(局机关20人,城建监察站9人,房屋服务中心7人)。", scope="部门") == [
        ("PR-HEAD-SUM", "fail", "warning")]


def test_a_split_naming_every_member_unit_is_whole() -> None:
    members = ["某县测试局机关", "某县城建监察站", "某县房屋服务中心"]
    text = "本部门由三个单位组成。实有在职人员37人（局机关20人、城建监察站9人、房屋服务中心7人）。"
    assert _head(text, members, "部门") == [("PR-HEAD-SUM", "fail", "warning")]
    assert _head(text.replace("37人", "36人"), members, "部门") == [("PR-HEAD-SUM", "pass", "warning")]


def test_a_split_of_some_member_units_may_be_partial() -> None:
    # two of three members, 29 < 37: the third unit may hold the rest
    members = ["某县测试局机关", "某县城建监察站", "某县房屋服务中心"]
    assert _head("实有在职人员37人，其中局机关20人、城建监察站9人。", members, "部门") == []
    assert _head("实有在职人员54人，其中局机关19人、工程管理站22人、水土保持站12人。", scope="部门") == []


# --- unit headcounts listed one item per member without numbers ---------------------------------------------------

def test_members_listed_one_clause_each_without_numbers_get_their_own_counts() -> None:
    members = ["某县农业局（本级）", "某县农技推广中心", "某县动物疫控中心"]
    text = ("人员情况：某县农业局（本级）（行政单位）编制30名、实有28人；某县农技推广中心（公益一类事业单位）编制20名、实有19人；"
            "某县动物疫控中心（公益一类事业单位）编制12名、实有11人。全部门合计编制62名，实有人数60人。")
    found = unit_headcounts([join_lines(page_lines([text]))], members)
    assert [(h.unit, h.authorized, h.actual) for h in found] == [
        ("某县农业局（本级）", 30, 28), ("某县农技推广中心", 20, 19), ("某县动物疫控中心", 12, 11)]


def test_one_member_named_once_is_no_list() -> None:
    text = "人员情况：某县农业局（本级）编制30名、实有28人。全部门合计编制62名，实有人数60人。"
    assert unit_headcounts([join_lines(page_lines([text]))], ["某县农业局（本级）", "某县农技推广中心"]) == []


def test_a_member_after_a_comma_opens_its_item_and_a_member_left_out_leaves_the_list_unread() -> None:
    members = ["某县林业局机关", "某县林业站", "某县森防站"]
    text = ("截至2024年末,某县林业局机关编制20名、实有19人;某县林业站编制9名、实有8人;某县森防站编制6名、实有6人;"
            "合计编制35名,实有在职人员33人。")
    found = unit_headcounts([join_lines(page_lines([text]))], members)
    assert [(h.unit, h.actual) for h in found] == [("某县林业局机关", 19), ("某县林业站", 8), ("某县森防站", 6)]
    # the first item opens on its own words, not the member's name: two of three would be a partial sum
    partial = text.replace("某县林业局机关编制", "局机关编制")
    assert unit_headcounts([join_lines(page_lines([partial]))], members) == []


def test_a_split_whose_first_label_runs_into_another_list_is_not_read_as_over() -> None:
    # “实有人员37名，其中编制分别为委本级29名、…”: the 编制 list (41) follows the 实有 total; it is no split of 37
    text = "编制41名，实有人员37名，其中编制分别为委本级29名、环卫中心12名，实有人员分别为委本级28名、环卫中心9名。"
    found = _checks(headcount_split, text, result=_result(scope="部门"))
    assert [(c.outcome, c.message) for c in found] == [("pass", "委本级29+环卫中心12=41，等于编制数41"),
                                                       ("pass", "委本级28+环卫中心9=37，等于实有人数37")]
