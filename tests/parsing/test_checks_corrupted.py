"""Corrupted copies of corpus documents, made at test time (nothing of their text is committed), that only the
rules of checks/codes.py, wording.py and sangong.py catch: each copy fails exactly the one new rule, and the original
does not."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks import run_checks
from disclosures.parsing.document import load_document

SHARED = Path(__file__).resolve().parents[3] / "shared"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not mounted)")
    return path


def _sub(old: str, new: str, *, page: int | None = None):
    def change(lines):
        hits = [i for i, line in enumerate(lines) if old in line.text and (page is None or line.page == page)]
        assert hits, f"{old} not found"
        lines[hits[0]] = replace(lines[hits[0]], text=lines[hits[0]].text.replace(old, new, 1))
        return lines
    return change


def _failed(checks) -> set[tuple[str, str, int | None]]:
    return {(c.rule, c.severity, c.page) for c in checks if c.outcome == "fail" and c.severity in ("error", "warning")}


def _new_findings(stem: str, change) -> set[tuple[str, str, int | None]]:
    """Errors and warnings of the changed text layer that the original does not have (figures stay the original's)."""
    path = _need(SHARED / "realdocs" / "pdf" / f"{stem}.pdf")
    result = parse_disclosure(path)
    document = load_document(path.read_bytes(), filename=path.name)
    before = _failed(run_checks(result, document))
    document.lines = change([replace(line) for line in document.lines])
    return _failed(run_checks(result, document)) - before


def test_it_catches_a_superseded_class_name_typed_into_a_summary_table() -> None:
    found = _new_findings("8e9231231e", _sub("三、卫生健康支出", "三、医疗卫生与计划生育支出", page=8))
    assert found == {("FM-CODE-NAME", "warning", 8)}


def test_it_catches_an_income_source_that_no_longer_adds_up() -> None:
    found = _new_findings("205fe267e8", _sub("262.00万元;事业单位经营收入", "272.00万元;事业单位经营收入", page=6))
    assert found == {("IE-INC-SUM", "error", 6)}


def test_it_catches_a_no_sangong_sentence_beside_the_stated_amounts() -> None:
    found = _new_findings("8e9231231e", _sub("与2024年预算持平", "与2024年预算持平。本部门无“三公”经费", page=21))
    assert found == {("SG-ZERO", "warning", 21)}


def test_it_catches_a_kind_name_in_an_item_heading_that_the_table_does_not_use() -> None:
    found = _new_findings("205fe267e8", _sub("住房改革支出(款)", "住房租赁支出(款)", page=6))
    assert found == {("PT-NAME", "warning", 6)}


def test_it_catches_vehicle_categories_adding_to_more_than_the_fleet(tmp_path: Path) -> None:
    source = FIXTURES / "variants3" / "x05_laiyuan_civil_typo_and_approx.txt"
    text = source.read_text(encoding="utf-8")
    assert "共有车辆4辆" in text
    copy = tmp_path / "copy.txt"
    copy.write_text(text.replace("共有车辆4辆", "共有车辆3辆", 1), encoding="utf-8")
    before = _failed(parse_disclosure(source).checks)
    assert _failed(parse_disclosure(copy).checks) - before == {("PR-VEH-SUM", "error", 1)}


def test_it_catches_a_dashed_item_amount_that_differs_from_its_table_row() -> None:
    found = _new_findings("8e9231231e", _sub("科目380.73万元", "科目388.73万元", page=6))
    assert found == {("PT-ITEM", "error", 6)}
