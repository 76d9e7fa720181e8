"""Rules fixed for the eighth blind corpus of the check engine (issue 9, checks_heldout8; its prose items), each on
small statements written for these tests (made-up units and figures)."""
from __future__ import annotations

from disclosures.parsing.checks import run_checks
from disclosures.parsing.text import Line
from disclosures.parsing.types import ParsedDisclosure


class _Doc:
    def __init__(self, pages: list[list[str]]):
        self.lines = [Line(text, n, text, list(range(len(text)))) for n, page in enumerate(pages, 1) for text in page]


def _doc(kind: str = "决算", year: int = 2024) -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=year, kind=kind, scope="部门", figures={})


def _checks(lines: list[str], rule: str, kind: str = "决算", year: int = 2024) -> list[tuple[str, str, str]]:
    return [(c.outcome, c.severity, c.message) for c in run_checks(_doc(kind, year), _Doc([lines])) if c.rule == rule]


# --- PR-REPEAT / PR-RATE: a budget sentence goes on about the amount the sentence before it says was spent ----------

def _gap(spent: str, budget: str, word: str, gap: str, kind: str = "决算") -> list[tuple[str, str, str]]:
    line = (f"2024年度财政拨款支出{spent}万元，占本年支出的100%。年初预算为{budget}万元，决算完成年初预算的95.0%，"
            f"比年初预算{word}{gap}万元，主要原因是项目结余。")
    return [c for c in _checks([line], "PR-REPEAT", kind) if "决算数与预算数之差" in c[2] or "预算" in c[2]]


def test_a_gap_to_the_budget_read_against_the_previous_sentences_spending_passes() -> None:
    assert [(o, s) for o, s, _ in _gap("950.00", "1,000.00", "减少", "50.00")] == [("pass", "error")]


def test_a_wrong_gap_to_the_budget_is_an_error() -> None:
    found = _gap("950.00", "1,000.00", "减少", "59.00")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "-50.00" in found[0][2] and "59.00" in found[0][2]


def test_a_gap_off_by_more_than_the_rounding_fails_and_at_the_rounding_passes() -> None:
    assert [o for o, _, _ in _gap("950.00", "1,000.00", "减少", "50.01")] == ["fail"]
    assert [o for o, _, _ in _gap("950.0", "1,000.0", "减少", "50")] == ["pass"]


def test_the_gap_is_not_read_in_a_budget_document_nor_when_the_previous_sentence_names_a_budget() -> None:
    assert _gap("950.00", "1,000.00", "减少", "59.00", kind="预算") == []
    line = ("2024年度财政拨款支出950.00万元，上年预算为900.00万元。年初预算为1,000.00万元，"
            "比年初预算减少59.00万元。")
    assert _checks([line], "PR-REPEAT") == []


def test_the_rate_is_read_against_the_previous_sentences_spending() -> None:
    line = "2024年度财政拨款支出950.00万元，占本年支出的100%。年初预算为1,000.00万元，决算完成年初预算的{}%。"
    assert [(o, s) for o, s, _ in _checks([line.format("95.0")], "PR-RATE")] == [("pass", "error")]
    assert [(o, s) for o, s, _ in _checks([line.format("85.0")], "PR-RATE")] == [("fail", "error")]


# --- PR-REPEAT: “比上年的Y万元增加D万元”, the prior year with 的 before its amount ----------------------------------

def _change(line: str) -> list[tuple[str, str, str]]:
    return [c for c in _checks([line], "PR-REPEAT", "预算") if "变动额" in c[2] or "两年之差" in c[2]]


def test_a_change_beside_the_prior_year_after_de_that_adds_up_passes() -> None:
    found = _change("2024年一般公共预算拨款支出800.00万元，比上年的750.00万元增加50.00万元，主要原因是项目增加。")
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]


def test_a_growth_word_on_a_fall_after_de_is_an_error() -> None:
    found = _change("2024年一般公共预算拨款支出800.00万元，比上年的850.00万元增加50.00万元，主要原因是项目压减。")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "-50.00" in found[0][2] and "增加50.00" in found[0][2]


def test_a_change_after_de_at_the_rounding_edge() -> None:
    # 0.1 off lies within the three half-steps (0.05 + 0.05 + 0.05): a rounding note, not an error; 0.2 is beyond
    assert [(o, s) for o, s, _ in _change("支出800.0万元，比上年的750.0万元增加50.1万元。")] == [("fail", "info")]
    assert [(o, s) for o, s, _ in _change("支出800.0万元，比上年的750.0万元增加50.2万元。")] == [("fail", "error")]


def test_a_change_with_no_prior_amount_is_not_read_here() -> None:
    assert _change("2024年一般公共预算拨款支出800.00万元，比上年增加50.00万元。") == []


# --- FM-YEAR: a stray year in a numbered heading is reported with the heading alone --------------------------------

def _years(lines: list[str]) -> list[tuple[str, str, str]]:
    return _checks(lines, "FM-YEAR", "预算", 2025)


def test_a_heading_naming_another_year_is_a_warning_that_quotes_the_heading_only() -> None:
    found = _years(["二、2022年一般公共预算拨款支出预算情况", "2025年一般公共预算拨款支出预算500.00万元，较上年增加20.00万元。"])
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "“2022年一般公共预算拨款支出预算情况”" in found[0][2] and "500.00" not in found[0][2]
    assert [f["value"] for c in run_checks(_doc("预算", 2025), _Doc([["二、2022年一般公共预算拨款支出预算情况",
            "2025年一般公共预算拨款支出预算500.00万元。"]])) if c.rule == "FM-YEAR" for f in c.figures] == ["2022"]


def test_a_heading_naming_the_documents_year_or_the_year_before_is_not_reported() -> None:
    assert _years(["二、2025年一般公共预算拨款支出预算情况", "2025年一般公共预算拨款支出预算500.00万元。"]) == []
    assert _years(["（二）2024年一般公共预算拨款支出执行情况", "执行500.00万元。"]) == []


def test_a_running_line_with_a_comma_keeps_its_sentence_to_the_stop() -> None:
    found = _years(["二、2022年项目支出主要用于设备购置，", "合计30.00万元。"])
    assert [(o, s) for o, s, _ in found] == [("fail", "warning")]
    assert "30.00" in found[0][2]


# --- IE-BP: “<subject>中，基本支出A万元…；项目支出B万元” against the subject's amount stated before ---------------------

def _named(total_line: str, basic: str, project: str = "600.00", kind: str = "决算") -> list[tuple[str, str, str]]:
    split = f"财政拨款支出中，基本支出{basic}万元，主要包括人员经费和公用经费；项目支出{project}万元，主要是专项业务。"
    return [(c.outcome, c.severity, c.message) for c in run_checks(_doc(kind), _Doc([[total_line, split]]))
            if c.rule == "IE-BP" and "前文所述总额" in c.name]


def test_a_split_that_names_its_total_by_subject_and_adds_up_passes() -> None:
    found = _named("2024年度财政拨款支出1,000.00万元，占本年支出的100%。", "400.00")
    assert [(o, s) for o, s, _ in found] == [("pass", "error")]


def test_a_split_that_names_its_total_by_subject_and_does_not_add_up_is_an_error() -> None:
    found = _named("2024年度财政拨款支出1,000.00万元，占本年支出的100%。", "470.00")
    assert [(o, s) for o, s, _ in found] == [("fail", "error")]
    assert "1070" in found[0][2] and "差70" in found[0][2]


def test_the_split_at_the_rounding_edge() -> None:
    # 1,000.0 + 0.05 + 0.005 + 0.005: 0.05 off is a rounding note, 0.1 is an error
    assert [(o, s) for o, s, _ in _named("财政拨款支出1,000.0万元。", "400.05")] == [("fail", "info")]
    assert [(o, s) for o, s, _ in _named("财政拨款支出1,000.0万元。", "400.10")] == [("fail", "error")]


def test_no_total_of_the_same_subject_and_year_means_not_applicable() -> None:
    assert _named("本年支出1,000.00万元。", "470.00") == []
    assert _named("上年财政拨款支出1,000.00万元。", "470.00") == []
    assert _named("2023年财政拨款支出1,000.00万元。", "470.00") == []
    assert _named("一般公共预算财政拨款支出1,000.00万元。", "470.00") == []
