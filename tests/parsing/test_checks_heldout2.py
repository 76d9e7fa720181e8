"""Second blind held-out estimate of the check engine against hand-listed inconsistencies (issue 9).

tests/fixtures/checks_heldout (the first blind corpus) was measured and the engine then fixed on it, so it no longer
estimates anything. tests/fixtures/checks_heldout2 holds 22 fresh documents (14 text/HTML statements, 8 full PDFs with
附表 rendered by tests/fixtures/make_checks_heldout2_pdfs.py), written without reading the check engine, its tests or
the first corpus. Beside each, <name>.checks.json lists by hand what an auditor finds, in the first corpus's format; 9
documents are consistent (rounded prose against two-decimal tables, 全口径 against 一般公共预算, 部门 against 本级,
budget against actual, zeros in words, empty tables with their note). Scoring is the first corpus's: `measure` of
test_checks_heldout.py (one scorer for both).

First run (the held-out estimate; corpus committed before the engine ever saw it): FIRST_RUN
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from tests.parsing.test_checks_heldout import amount, document_of, listed_documents, measure

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout2"


def test_corpus_is_the_one_described() -> None:
    listings = listed_documents(CORPUS)
    kinds = [document_of(p).suffix for p in listings]
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in listings]
    assert (len(listings), kinds.count(".pdf"), kinds.count(".html")) == (22, 8, 2)
    assert sum(t["consistent"] for t in truths) == 9
    assert sum(len(t["errors"]) for t in truths) == 19
    assert sum(len(t["warnings"]) for t in truths) == 10
    for listing, truth in zip(listings, truths):
        assert truth["consistent"] == (not truth["errors"] and not truth["warnings"]), listing.name
        for item in truth["errors"] + truth["warnings"]:
            assert set(item) == {"rule_hint", "page", "what", "figures"}, listing.name
            assert all(amount(f) is not None for f in item["figures"]), listing.name


def test_heldout2_bars_of_issue_9(capsys: pytest.CaptureFixture[str]) -> None:
    outcomes = [measure(p) for p in listed_documents(CORPUS)]
    found = sum(o.errors_found for o in outcomes)
    listed = found + sum(len(o.errors_missed) for o in outcomes)
    warnings_found = sum(o.warnings_found for o in outcomes)
    warnings_listed = warnings_found + sum(len(o.warnings_missed) for o in outcomes)
    recall = Decimal(found) / Decimal(listed)
    false_errors = Decimal(sum(len(o.false_errors) for o in outcomes)) / len(outcomes)
    false_warnings = Decimal(sum(len(o.false_warnings) for o in outcomes)) / len(outcomes)
    with capsys.disabled():
        print()
        for o in outcomes:
            print(o.line())
            for kind, lines in (("missed error", o.errors_missed), ("missed warning", o.warnings_missed),
                                ("false error", o.false_errors), ("false warning", o.false_warnings)):
                for text in lines:
                    print(f"    {kind}: {text}")
        print(f"TOTAL errors found {found}/{listed} (recall {recall:.3f}); warnings found {warnings_found}/"
              f"{warnings_listed}; false errors per document {false_errors:.3f}; false warnings per document "
              f"{false_warnings:.3f}")
    assert recall >= Decimal("0.8")
    assert false_errors <= Decimal("1.0")
    assert false_warnings <= Decimal("2.0")
