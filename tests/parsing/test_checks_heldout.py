"""Held-out estimate of the check engine against hand-listed inconsistencies (issue 9).

tests/fixtures/checks_heldout holds 24 documents (16 text/HTML statements, 8 full PDFs with 附表 rendered by
tests/fixtures/make_checks_heldout_pdfs.py), written by someone who had not read the check engine. Beside each,
<name>.checks.json lists by hand what an auditor finds: errors and warnings, each with a page and the printed figures
it is about (none for a placeholder, a year or a missing table), and whether the document is consistent (9 are).

Each document is parsed as the product does (`parse_disclosures`, every disclosure's `.checks`). A failed check
*covers* a listed item when one of the item's figures (absolute value) is among the figures the check read or the
amounts its message quotes, or a listed token that is no amount ("XX") is quoted by a check on the item's page
(added after checks_heldout12's first run; it changes no recorded first run's error count); an item without figures
is covered by a failed check on its page that covers no figure-bearing item of the document. A listed error is found when an error-severity check covers it; a listed
warning when an error- or warning-severity check does. A failed error or warning check that covers nothing listed is
a false alarm. Issue 9's bars: recall of listed errors ≥ 0.8, at most 1.0 false error and 2.0 false warnings per
document.

First run (the held-out estimate; corpus committed before the engine ever saw it):
p01_tonglu_culture_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
p02_xuyi_statistics_rounding_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
p03_yuanan_science_scopes_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
p04_xinxian_emergency_total_toc: errors 1/1, warnings 1/1, false errors 0, false warnings 0
p05_meitan_commerce_hier_empty: errors 1/1, warnings 1/1, false errors 0, false warnings 0
p06_gongcheng_water_sangong_row: errors 1/2, warnings 0/0, false errors 0, false warnings 0
    missed error: p5 表2款21303水利：合计1,710.00 ≠ 基本510.00 + 项目1,100.00；项目1,100.00也≠其项2130305的1,200.00
p07_chongyi_forestry_balance_prior: errors 3/3, warnings 0/0, false errors 0, false warnings 0
p08_yongtai_audit_name_repeat_year: errors 0/1, warnings 0/2, false errors 0, false warnings 0
    missed error: p3 机关运行经费先写80.00，其他重要事项中写60.00
    missed warning: p5 表2科目2210201名称印作“提租补贴”（应为住房公积金）
    missed warning: p3 2025年预算中政府采购句写成2035年
t01_zhuozhou_market_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
t02_wuan_agri_rounding_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
t03_lingshou_water_sangong_sum: errors 1/1, warnings 0/0, false errors 0, false warnings 0
t04_pingyao_culture_change_wrong: errors 0/1, warnings 0/0, false errors 0, false warnings 0
    missed error: p1 接待费上年8.50、本年6.00，差2.50，文中写减少2.00；各项变动之和-2.00 ≠ 合计变动-2.50
t05_qixian_edu_direction_pct: errors 1/1, warnings 0/1, false errors 0, false warnings 0
    missed warning: p1 基本支出“比上年增加-12.30万元”：增加一词配负数
t06_fenyang_civil_affairs_prose_table: errors 2/2, warnings 0/0, false errors 0, false warnings 0
t07_xiangyuan_health_bp: errors 1/1, warnings 0/0, false errors 0, false warnings 0
t08_zhangbei_forest_balance_placeholder: errors 1/1, warnings 1/1, false errors 0, false warnings 0
t09_yanggao_archives_zero_words_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
t10_huairen_sports_year_repeat: errors 0/1, warnings 0/1, false errors 0, false warnings 0
    missed error: p1 机关运行经费先写96.40，后写69.40
    missed warning: p1 2025年预算说明中项目支出用途写成2023年
t11_wenshui_hospital_unit_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
t12_jiaocheng_hrss_codes: errors 1/1, warnings 0/1, false errors 1, false warnings 0
    missed warning: p1 2080505的名称写成“机关事业单位职业年金缴费支出”（应为基本养老保险缴费支出，与2080506重名）
    false error: SG-SUM p1: 正文“三公”经费合计与分项之和：“三公”经费合计4 与
        因公出国（境）费+公务用车购置费+公务用车运行维护费+公务接待费=0+0+0+0=0，差4，超出取整容差0.005；两处披露不能同时成立，需人工复核
t13_shouyang_transport_table_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
t14_taigu_police_vehicle_sub: errors 2/2, warnings 0/0, false errors 0, false warnings 0
t15_lucheng_natres_scopes_ok: errors 0/0, warnings 0/0, false errors 0, false warnings 0
t16_qinxian_justice_pct_placeholder: errors 0/1, warnings 1/1, false errors 0, false warnings 0
    missed error: p1 三公14.80比上年16.00减少1.20，降幅7.5%，文中写12.5%
TOTAL errors found 15/20 (recall 0.750); false errors per document 0.042; false warnings per document 0.000
Warnings listed: 4/9 found. Which rule covered each found item (a diagnostic pass after the run): IE-BAL for p04's
    swapped 支出 total and p07's unbalanced 表1; TB-T4 and SG-SUM for p06's 三公 合计; SG-PT and SG-PRIOR for t06; CP-
    TABLES, TB-EMPTY, FM-PLACEHOLDER, TB-HIER, IE-BP, SG-VEH, PR-PCT and SG-PRIOR each where listed.

After the fixes of issue 9 (each a general rule with its own unit tests in tests/parsing/test_checks_rules_*.py and
test_patterns.py): errors found 20/20 (recall 1.000), warnings 9/9, false errors 0, false warnings 0. The rules were
fixed while looking at these documents, so this corpus is NO LONGER HELD OUT: it is now a regression test, and a new
blind corpus is needed for an honest estimate. What changed: TB-ROW/TB-HIER on every coded row and the 基本/项目
columns of a table grid (checks/rows.py); PR-REPEAT for a yearly amount printed twice and for a change printed beside
both years; PR-PCT against a prior the sentence names; change terms keep their printed decimals (SG-CHG); PR-DIR for a
growth word before a negative number; FM-YEAR for a stray year opening a clause about the money; FM-CODE-NAME on a
compact table of function 款/项 codes; patterns.both_zero no longer reads the item of “全部为X” as a zero.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest

from disclosures.parsing import ParseError, parse_disclosures

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout"
SUFFIX = ".checks.json"
DOCUMENT_SUFFIXES = (".txt", ".html", ".pdf")
REPORTED = ("error", "warning")
AMOUNT = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def amount(raw: Any) -> Decimal | None:
    if raw is None:
        return None
    try:
        return abs(Decimal(str(raw).replace(",", "")))
    except InvalidOperation:
        return None


def listed_documents(corpus: Path = CORPUS) -> list[Path]:
    return sorted(corpus.glob(f"*{SUFFIX}"))


def document_of(listing: Path) -> Path:
    name, folder = listing.name[: -len(SUFFIX)], listing.parent
    found = [folder / f"{name}{s}" for s in DOCUMENT_SUFFIXES if (folder / f"{name}{s}").is_file()]
    assert len(found) == 1, f"{name}: expected one document, found {found}"
    return found[0]


def check_amounts(check: Any) -> set[Decimal]:
    values = {amount(f.get("value")) for f in (check.figures or [])}
    values |= {amount(m) for m in AMOUNT.findall(check.message or "")}
    return {v for v in values if v is not None}


def covers(check: Any, item: dict[str, Any], figure_items: list[dict[str, Any]]) -> bool:
    wanted = {amount(f) for f in item["figures"]}
    if wanted:
        # a listed token that is no amount ("XX" left in) is covered by a check on its page that quotes it
        tokens = [f for f in item["figures"] if amount(f) is None]
        quoted = check.page in (None, item["page"]) and any(t in (check.message or "") for t in tokens)
        return quoted or bool(wanted & check_amounts(check))
    if check.page not in (None, item["page"]):
        return False
    return not any(covers(check, other, []) for other in figure_items)


@dataclass
class Outcome:
    name: str
    errors_found: int = 0
    errors_missed: list[str] = field(default_factory=list)
    warnings_found: int = 0
    warnings_missed: list[str] = field(default_factory=list)
    false_errors: list[str] = field(default_factory=list)
    false_warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        listed = self.errors_found + len(self.errors_missed)
        return (f"{self.name}: errors {self.errors_found}/{listed}, warnings {self.warnings_found}/"
                f"{self.warnings_found + len(self.warnings_missed)}, false errors {len(self.false_errors)}, "
                f"false warnings {len(self.false_warnings)}")


def measure(listing: Path) -> Outcome:
    truth = json.loads(listing.read_text(encoding="utf-8"))
    outcome = Outcome(listing.name[: -len(SUFFIX)])
    try:
        disclosures = parse_disclosures(document_of(listing))
    except ParseError as exc:
        outcome.errors_missed = [f"(refused: {exc}) {e['what']}" for e in truth["errors"]]
        outcome.warnings_missed = [f"(refused) {w['what']}" for w in truth["warnings"]]
        return outcome
    failed = [c for d in disclosures for c in d.checks if c.outcome == "fail" and c.severity in REPORTED]
    items = truth["errors"] + truth["warnings"]
    figure_items = [i for i in items if i["figures"]]
    for error in truth["errors"]:
        if any(c.severity == "error" and covers(c, error, figure_items) for c in failed):
            outcome.errors_found += 1
        else:
            outcome.errors_missed.append(f"p{error['page']} {error['what']}")
    for warning in truth["warnings"]:
        if any(covers(c, warning, figure_items) for c in failed):
            outcome.warnings_found += 1
        else:
            outcome.warnings_missed.append(f"p{warning['page']} {warning['what']}")
    for check in failed:
        if not any(covers(check, item, figure_items) for item in items):
            described = f"{check.rule} p{check.page}: {check.message}"
            (outcome.false_errors if check.severity == "error" else outcome.false_warnings).append(described)
    return outcome


def test_corpus_is_the_one_described() -> None:
    listings = listed_documents()
    kinds = [document_of(p).suffix for p in listings]
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in listings]
    assert (len(listings), kinds.count(".pdf")) == (24, 8)
    assert sum(t["consistent"] for t in truths) == 9
    for listing, truth in zip(listings, truths):
        assert truth["consistent"] == (not truth["errors"] and not truth["warnings"]), listing.name
        for item in truth["errors"] + truth["warnings"]:
            assert set(item) == {"rule_hint", "page", "what", "figures"}, listing.name
            assert all(amount(f) is not None for f in item["figures"]), listing.name


def test_matching_rule_needs_a_shared_figure_or_the_page() -> None:
    @dataclass
    class FakeCheck:
        figures: list[dict[str, str]]
        message: str
        page: int | None

    listed = {"rule_hint": "SG-SUM", "page": 1, "what": "", "figures": ["28.00", "26.50"]}
    bare = {"rule_hint": "FM-PLACEHOLDER", "page": 2, "what": "", "figures": []}
    assert covers(FakeCheck([{"value": "-28"}], "", 1), listed, [listed])
    assert covers(FakeCheck([], "合计26.5与分项不符", 4), listed, [listed])
    assert not covers(FakeCheck([{"value": "27.00"}], "差1.00", 1), listed, [listed])
    assert covers(FakeCheck([], "占位符", 2), bare, [listed])
    assert not covers(FakeCheck([], "占位符", 3), bare, [listed])
    assert not covers(FakeCheck([{"value": "28.00"}], "", 2), bare, [listed])
    token = {"rule_hint": "FM-PLACEHOLDER", "page": 2, "what": "", "figures": ["XX", "45.00"]}
    assert covers(FakeCheck([], "有未替换的占位符：“预算总额XX万元”", 2), token, [token])
    assert not covers(FakeCheck([], "有未替换的占位符：“预算总额XX万元”", 3), token, [token])
    assert not covers(FakeCheck([], "预算总额未填写", 2), token, [token])


def assert_bars(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Score a corpus, print each document's outcome and the totals, and hold issue 9's bars: ≥ 80% of the listed
    errors found, ≤ 1 false error and ≤ 2 false warnings per document."""
    outcomes = [measure(p) for p in listed_documents(corpus)]
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


def test_heldout_bars_of_issue_9(capsys: pytest.CaptureFixture[str]) -> None:
    assert_bars(CORPUS, capsys)
