"""The `make accuracy` scoreboard's own rules (bench/accuracy.py): what counts as right, wrong, missed or a crash."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from bench import accuracy
from bench.accuracy import MISSING, Case, Expectation, Score, compare, run_case
from disclosures.parsing import Figure, FunctionLine, ParsedDisclosure, ParseError

IDENTITY = {"unit": "某县某局", "region": "某县", "province": "甘肃省", "year": 2024, "kind": "预算", "scope": "部门"}


def _result(**figures: Decimal) -> ParsedDisclosure:
    result = ParsedDisclosure(**IDENTITY)
    result.figures = {key: Figure(metric=key, value=value) for key, value in figures.items()}
    return result


def _case(tmp_path: Path, want: Expectation | None, **flags: bool) -> Case:
    path = tmp_path / "doc.txt"
    path.write_text("某县某局2024年部门预算情况说明", encoding="utf-8")
    return Case("doc.txt", path, [want] if want else [], **flags)


def test_it_counts_the_same_amount_written_differently_as_right() -> None:
    score = Score("t")
    compare(score, "doc", "reception.value", Decimal("1.20"), Decimal("1.2"))
    assert (score.fields, score.right, score.returned, score.returned_right, score.wrong) == (1, 1, 1, 1, [])


def test_it_lists_a_wrong_value_and_counts_it_against_precision() -> None:
    score = Score("t")
    compare(score, "doc", "sangong_total.value", Decimal("12.37"), Decimal("15"))
    assert (score.right, score.returned, score.returned_right) == (0, 1, 0)
    assert score.wrong == [("doc", "sangong_total.value", Decimal("12.37"), Decimal("15"))]


def test_it_counts_a_float_as_wrong_even_when_equal() -> None:
    score = Score("t")
    compare(score, "doc", "reception.value", Decimal("0.5"), 0.5)
    assert score.right == 0 and len(score.wrong) == 1


def test_it_counts_a_missing_value_against_recall_only() -> None:
    score = Score("t")
    compare(score, "doc", "reception.value", Decimal("0.5"), MISSING)
    assert (score.fields, score.right, score.returned, score.wrong) == (1, 0, 0, [])
    assert score.missed == [("doc", "reception.value", Decimal("0.5"))]


def test_it_counts_an_invented_value_for_an_unstated_field_as_wrong() -> None:
    score = Score("t")
    compare(score, "doc", "scope", None, "单位")
    assert score.right == 0 and score.wrong == [("doc", "scope", None, "单位")]


def test_it_scores_identity_figures_and_function_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = _result(sangong_total=Decimal("6.8"), reception=Decimal("9"))
    result.expenditure_by_function = [FunctionLine(name="教育支出", value=Decimal("100.00"))]
    monkeypatch.setattr(accuracy, "parse_all", lambda path: [result])
    want = Expectation(dict(IDENTITY), {"sangong_total": {"value": Decimal("6.80")},
                                        "reception": {"value": Decimal("1.20")}},
                       {"教育支出": Decimal("100"), "卫生健康支出": Decimal("5")}, absent=["operating_costs"])
    score = Score("t")
    run_case(score, _case(tmp_path, want), verbose=False)
    # 6 identity + 2 figures + 1 absent + 2 lines; wrong: reception; missed: 卫生健康支出
    assert (score.documents, score.fields, score.right, score.returned) == (1, 11, 9, 9)
    assert [w[1] for w in score.wrong] == ["reception.value"]


def test_it_counts_a_crash_and_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(path: Path) -> list:
        raise ValueError("max() arg is an empty sequence")

    monkeypatch.setattr(accuracy, "parse_all", crash)
    score = Score("t")
    run_case(score, _case(tmp_path, Expectation(dict(IDENTITY), {}, {})), verbose=False)
    assert (score.crashed, score.fields, score.right) == (1, 6, 0)
    assert "ValueError: max() arg is an empty sequence" in score.notes[0]


def test_it_counts_a_refused_disclosure_and_a_right_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> list:
        raise ParseError("模板，不含数字")

    monkeypatch.setattr(accuracy, "parse_all", refuse)
    score = Score("t")
    run_case(score, _case(tmp_path, Expectation(dict(IDENTITY), {}, {})), verbose=False)
    run_case(score, _case(tmp_path, None, refuse=True), verbose=False)
    assert (score.refused, score.refusals_expected, score.refusals_right) == (1, 1, 1)


def test_it_accepts_a_template_parsed_with_no_figures_but_not_with_zeros(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    score = Score("t")
    monkeypatch.setattr(accuracy, "parse_all", lambda path: [_result()])
    run_case(score, _case(tmp_path, None, refuse=True, template=True), verbose=False)
    monkeypatch.setattr(accuracy, "parse_all", lambda path: [_result(sangong_total=Decimal("0"))])
    run_case(score, _case(tmp_path, None, refuse=True, template=True), verbose=False)
    assert (score.refusals_expected, score.refusals_right) == (2, 1)
    assert score.notes == ["ACCEPTED doc.txt: a non-disclosure parsed with 1 figure(s)"]


def test_it_writes_the_board_as_json_with_amounts_as_text(tmp_path: Path) -> None:
    score = Score("variants5", documents=2, fields=4, right=3, returned=4, returned_right=3)
    score.wrong.append(("t17.txt", "sangong_total.value", Decimal("12.37"), Decimal("15")))
    accuracy.write_json(tmp_path / "board.json", [score])
    board = json.loads((tmp_path / "board.json").read_text(encoding="utf-8"))
    assert board[0]["recall"] == 0.75 and board[0]["precision"] == 0.75
    assert board[0]["wrong"] == [{"file": "t17.txt", "field": "sangong_total.value", "expected": "12.37", "got": "15"}]


def test_it_counts_each_field_in_its_group() -> None:
    score = Score("t")
    compare(score, "doc", "unit", "某县某局", "某县某局")
    compare(score, "doc", "reception.change", Decimal("-0.5"), MISSING)
    compare(score, "doc", "reception.budget", Decimal("2"), Decimal("1.46"))
    compare(score, "doc", "功能分类[教育支出]", Decimal("1"), Decimal("1.00"))
    compare(score, "doc", "operating_costs.value (absent)", None, MISSING)
    assert score.groups == {"identity": [1, 1, 1, 1], "change": [1, 0, 0, 0], "budget": [1, 0, 1, 0],
                            "function": [1, 1, 1, 1], "absent": [1, 1, 0, 0]}
