"""Checking code shared by the variant corpora (every tests/fixtures/variants* folder; test_corpus.py discovers them).

A corpus is a directory of documents, each beside a <name>.expected.json written by hand from that document
(never by running the parser). The JSON shape: identity fields (unit, region, province, year, kind, scope),
figures (value / change / budget / not_applicable / reason_contains), absent, member_units, expenditure_by_function,
parse_error. `mismatches` lists every field that differs, as "field: expected X, got Y".

Two optional keys (variants5 and later):
- "missing": identity fields the document genuinely does not state. Those fields are null in the JSON; the parser must
  return them as None and name each in ParsedDisclosure.missing (parsed for a person to complete, not refused).
- "disclosures": a list of expectations (each with the identity fields, figures, absent …) for a file that holds
  several disclosures one after another; `parse_disclosures` must return them in that order.
A figure's "budget" is the 预算数 a 决算 states beside the actual (Figure.budget).
"""
from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest

from disclosures.parsing import ParseError, parse_disclosure, parse_disclosures
from disclosures.parsing.metrics import COUNT_METRICS, METRICS, SANGONG_PARTS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SUFFIX = ".expected.json"
TEXT_SUFFIXES = (".txt", ".md")
WEB_SUFFIXES = TEXT_SUFFIXES + (".html", ".htm", ".xlsx", ".xls", ".docx")  # variants5: any non-PDF format
PDF_SUFFIXES = (".pdf",)
IDENTITY = ("unit", "region", "province", "year", "kind", "scope")
FIGURE_KEYS = {"value", "change", "budget", "not_applicable", "reason_contains"}


def name_of(expected_path: Path) -> str:
    return expected_path.name[: -len(SUFFIX)]


def expected_paths(corpus: Path) -> list[Path]:
    return sorted(corpus.glob(f"*{SUFFIX}"))


def document_of(expected_path: Path, *, suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> Path:
    name, folder = name_of(expected_path), expected_path.parent
    found = [folder / f"{name}{suffix}" for suffix in suffixes if (folder / f"{name}{suffix}").is_file()]
    assert len(found) == 1, f"{name}: expected exactly one document ({', '.join(suffixes)}), found {found}"
    return found[0]


def corpus_folders() -> list[Path]:
    """Every variant corpus folder, so a new batch is checked without a new test module."""
    return sorted(p for p in FIXTURES.glob("variants*") if p.is_dir())


def suffixes_of(folder: Path) -> tuple[str, ...]:
    """A *_pdf folder holds rendered PDFs; any other holds text, web pages, workbooks and Word files."""
    return PDF_SUFFIXES if folder.name.endswith("_pdf") else WEB_SUFFIXES


def document_for(expected_path: Path) -> Path:
    return document_of(expected_path, suffixes=suffixes_of(expected_path.parent))


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _dec(raw: Any) -> Decimal:
    return Decimal(str(raw))


def same_amount(got: Any, expected: str) -> bool:
    # Floats would hide rounding; amounts and counts must come back as Decimal (or int for counts).
    if got is None or isinstance(got, (float, bool)):
        return False
    try:
        return _dec(got) == Decimal(expected)
    except InvalidOperation:
        return False


def figure_mismatches(result: Any, expected: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    for key, want in expected.get("figures", {}).items():
        fig = result.figures.get(key)
        if fig is None:
            problems.append(f"figures.{key}: expected {want}, got missing")
            continue
        if want.get("not_applicable"):
            if not (fig.not_applicable is True and fig.value is None):
                problems.append(
                    f"figures.{key}: expected not_applicable with value None, "
                    f"got not_applicable={fig.not_applicable!r} value={fig.value!r}"
                )
        elif not same_amount(fig.value, want["value"]):
            problems.append(f"figures.{key}.value: expected {want['value']}, got {fig.value!r}")
        if "change" in want:
            if want["change"] is None:
                if fig.change is not None:
                    problems.append(f"figures.{key}.change: expected None (not stated), got {fig.change!r}")
            elif not same_amount(fig.change, want["change"]):
                problems.append(f"figures.{key}.change: expected {want['change']}, got {fig.change!r}")
        if "budget" in want and not same_amount(fig.budget, want["budget"]):
            problems.append(f"figures.{key}.budget: expected {want['budget']}, got {fig.budget!r}")
        if "reason_contains" in want and want["reason_contains"] not in (fig.reason or ""):
            problems.append(f"figures.{key}.reason: expected to contain {want['reason_contains']!r}, got {fig.reason!r}")
    for key in expected.get("absent", []):
        if key in result.figures:
            problems.append(f"figures.{key}: expected absent (not stated), got {result.figures[key].value!r}")
    return problems


def mismatches(result: Any, expected: dict[str, Any]) -> list[str]:
    problems = [
        f"{field}: expected {expected[field]!r}, got {getattr(result, field)!r}"
        for field in IDENTITY
        if getattr(result, field) != expected[field]
    ]
    for field in expected.get("missing", []):
        if field not in getattr(result, "missing", []):
            problems.append(f"missing: expected {field!r} named as missing, got {getattr(result, 'missing', None)!r}")
    if "member_units" in expected and list(result.member_units) != expected["member_units"]:
        problems.append(f"member_units: expected {expected['member_units']!r}, got {list(result.member_units)!r}")
    problems += figure_mismatches(result, expected)
    lines = {line.name: line.value for line in result.expenditure_by_function}
    for name, value in expected.get("expenditure_by_function", {}).items():
        if name not in lines:
            problems.append(f"expenditure_by_function[{name}]: expected {value}, got missing")
        elif not same_amount(lines[name], value):
            problems.append(f"expenditure_by_function[{name}]: expected {value}, got {lines[name]!r}")
    return problems


def check_parse(document: Path, expected: dict[str, Any]) -> None:
    """Parse the document's bytes (filename passed, so .pdf goes through the PDF reader) and compare."""
    if expected["parse_error"]:
        with pytest.raises(ParseError):
            parse_disclosure(document.read_bytes(), filename=document.name)
        return
    if "disclosures" in expected:
        check_parse_several(document, expected)
        return
    try:
        result = parse_disclosure(document.read_bytes(), filename=document.name)
    except ParseError as exc:
        pytest.fail(f"{document.name}: parse raised ParseError({exc}) on a disclosure")
    problems = mismatches(result, expected)
    assert not problems, f"{document.name} ({expected['description']}):\n  " + "\n  ".join(problems)


def check_parse_several(document: Path, expected: dict[str, Any]) -> None:
    """A file holding several disclosures: parse_disclosures returns them in order, each compared like one file."""
    try:
        results = list(parse_disclosures(document.read_bytes(), filename=document.name))
    except ParseError as exc:
        pytest.fail(f"{document.name}: parse raised ParseError({exc}) on a file of disclosures")
    wanted = expected["disclosures"]
    problems = [] if len(results) == len(wanted) else [f"expected {len(wanted)} disclosures, got {len(results)}: "
                                                       f"{[r.unit for r in results]}"]
    for index, (result, want) in enumerate(zip(results, wanted)):
        problems += [f"[{index}] {problem}" for problem in mismatches(result, want)]
    assert not problems, f"{document.name} ({expected['description']}):\n  " + "\n  ".join(problems)


def check_well_formed(expected: dict[str, Any]) -> None:
    assert isinstance(expected["description"], str) and expected["description"].strip()
    assert isinstance(expected["parse_error"], bool)
    if expected["parse_error"]:
        return
    if "disclosures" in expected:
        assert len(expected["disclosures"]) >= 2, "a file of disclosures holds at least two"
        for part in expected["disclosures"]:
            check_well_formed({"description": expected["description"], "parse_error": False, **part})
        return
    missing = expected.get("missing", [])
    assert set(missing) <= set(IDENTITY), f"unknown missing fields {set(missing) - set(IDENTITY)}"
    assert all(expected[field] is None for field in missing), "a missing field must be null"
    assert "year" in missing or isinstance(expected["year"], int)
    assert "kind" in missing or expected["kind"] in ("预算", "决算")
    assert "scope" in missing or expected["scope"] in ("部门", "单位", "汇总")
    assert all(isinstance(expected[field], str) and expected[field]
               for field in IDENTITY if field != "year" and field not in missing)
    figures = expected["figures"]
    for key, want in figures.items():
        assert key in METRICS, f"unknown metric {key}"
        assert set(want) <= FIGURE_KEYS, f"{key}: unexpected keys {set(want) - FIGURE_KEYS}"
        assert want.get("not_applicable") or isinstance(want["value"], str), f"{key}: value must be a string"
        if "value" in want:
            value = Decimal(want["value"])
            if key in COUNT_METRICS:
                assert value == value.to_integral_value(), f"{key}: a count must be whole"
        if "budget" in want:
            Decimal(want["budget"])
        if want.get("change") is not None:
            assert isinstance(want["change"], str)
            Decimal(want["change"])
    for key in expected.get("absent", []):
        assert key in METRICS and key not in figures, f"absent {key} must be a metric not listed in figures"
    for value in expected.get("expenditure_by_function", {}).values():
        Decimal(value)


def check_sangong_arithmetic(expected: dict[str, Any]) -> None:
    for part in expected.get("disclosures", []):
        check_sangong_arithmetic(part)
    figures = expected.get("figures", {})

    def stated(key: str, field: str = "value") -> Decimal | None:
        raw = figures.get(key, {}).get(field)
        return None if raw is None else Decimal(raw)

    for field in ("value", "change", "budget"):
        total, parts = stated("sangong_total", field), [stated(k, field) for k in SANGONG_PARTS]
        if total is not None and all(p is not None for p in parts):
            assert sum(parts) == total, f"三公 {field}: parts {parts} do not sum to {total}"
        vehicles = [stated("vehicle_purchase", field), stated("vehicle_operation", field)]
        if stated("vehicle_total", field) is not None and all(v is not None for v in vehicles):
            assert sum(vehicles) == stated("vehicle_total", field)


def with_known_gaps(paths: list[Path], gaps: dict[str, str]) -> list:
    """Each document as a test parameter; one a batch lists as a known parser gap is a strict xfail, so the day
    the parser reads it the test fails and the entry must go."""
    return [pytest.param(p, marks=pytest.mark.xfail(reason=gaps[name_of(p)], strict=True))
            if name_of(p) in gaps else p for p in paths]


def check_pairs(folder: Path, suffixes: tuple[str, ...]) -> None:
    """Every document of a corpus folder has exactly one hand-written expectation, and every expectation a document."""
    documents = {p.stem for p in folder.iterdir() if p.suffix in suffixes}
    expected = {name_of(p) for p in expected_paths(folder)}
    assert documents == expected, f"documents without expectations: {documents - expected}; " \
                                  f"expectations without documents: {expected - documents}"


def check_signature(document: Path, *, gb: bool = False) -> None:
    """A corpus document is small and is what its suffix says; text is UTF-8 unless it was saved as GB2312/GBK."""
    data = document.read_bytes()
    assert len(data) < 150_000, f"{document.name}: {len(data)} bytes"
    if document.suffix == ".pdf":
        assert data.startswith(b"%PDF-")
    elif document.suffix in (".xlsx", ".docx"):
        assert data.startswith(b"PK\x03\x04")
    elif document.suffix == ".xls":
        assert data.startswith(b"\xd0\xcf\x11\xe0")  # an OLE2 compound file (BIFF8 workbook)
    elif gb:
        data.decode("gb18030")
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    else:
        data.decode("utf-8")

