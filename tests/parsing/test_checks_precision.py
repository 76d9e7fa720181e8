"""The precision gate of the rules in checks/codes.py, wording.py, prose.py, sangong.py and tables.py: on every
hand-checked corpus document (consistent unless its expectation says otherwise), the seeds and the realdocs, they
raise no error or warning beyond what the truth lists."""
from __future__ import annotations

from pathlib import Path

import pytest

from disclosures.parsing import ParseError, parse_disclosures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHARED = Path(__file__).resolve().parents[3] / "shared"

NEW_RULES = {"FM-CODE-NAME", "PT-NAME", "TB-T1", "TT-T1-T2", "TT-T2-T8", "TT-T6-T7-T8", "PT-GF", "PT-FUNC", "PT-MAP",
             "IE-BRIDGE", "TT-FUNC-ECON", "SG-ITEMS", "SG-ZERO", "SG-VCOUNT", "PR-VEH-SUM", "PR-HEAD-SUM", "IE-INC-SUM",
             "FM-MAGNITUDE", "FM-UNIT-HDR", "FM-DUP-PHRASE", "FM-PCT-SIGN", "CP-IDENT", "CP-SECT", "CP-OPC",
             "PR-PROC-SUM", "IE-BAL", "PT-ITEM", "PR-OPC-APPLIC", "CP-DETAIL", "PR-PERF"}  # IE-BAL and PT-ITEM: their table / dashed forms are new
# what the truth of each document lists for these rules (rule, page); every other document: nothing
TRUTH = {"205fe267e8.pdf": {("FM-CODE-NAME", 6), ("FM-CODE-NAME", 14), ("PT-ITEM", 6)}}


def _documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".json") and p.suffix != ".py")


def _findings(path: Path) -> set[tuple[str, int | None]]:
    try:
        results = parse_disclosures(path)
    except ParseError:
        return set()
    return {(check.rule, check.page) for result in results for check in result.checks
            if check.rule in NEW_RULES and check.outcome == "fail" and check.severity in ("error", "warning")}


FOLDERS = sorted(p.name for p in FIXTURES.glob("variants*") if p.is_dir())


@pytest.mark.parametrize("folder", FOLDERS)
def test_the_new_rules_raise_nothing_on_the_consistent_corpus(folder: str) -> None:
    raised = {path.name: found for path in _documents(FIXTURES / folder) if (found := _findings(path))}
    assert raised == {}


@pytest.mark.parametrize("corpus", ["seeds", "realdocs"])
def test_the_new_rules_raise_exactly_what_the_truth_lists(corpus: str) -> None:
    folder = SHARED / corpus / "pdf"
    if not folder.exists():
        pytest.skip("../shared is not mounted")
    raised = {path.name: found for path in _documents(folder) if (found := _findings(path))}
    assert raised == TRUTH if corpus == "realdocs" else raised == {}
