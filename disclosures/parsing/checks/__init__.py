"""The check engine of shared/spec/CHECKS.md: every disclosure audited against its own numbers.

    run_checks(result, document=None) -> list[Check]

Figure checks (checks/figures.py) read only the ParsedDisclosure, so they can be recomputed from stored figures
after a correction; text checks read the document's words (checks/text.py: the `Text` they share) and run at parse
time (basis "text").
Every check ends in pass, fail (error/warning/info), not_applicable or insufficient_data; nothing raises.
Text rules register themselves from presence.py, rates.py, years.py and stated.py, then from tables.py, rows.py,
total_lines.py, table_sums.py, table_lines.py, summaries.py, member_units.py, sangong.py, codes.py, wording.py,
statements.py, wholes.py, splits.py, listings.py, totals.py, prose_tables.py, prose.py, changes.py, priors.py,
repeats.py and subjects.py (figure or text rules by the decorator they use); prose_tables.py and the last four defer
to the rules before them on a shared finding. across.py holds the XD-SUM arithmetic that disclosures/crosschecks.py
calls.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ..types import Check, ParsedDisclosure
from .figures import RULES
from .text import TEXT_RULES, release, text_of
from . import presence, rates, years, stated  # noqa: F401,E402  (registers the text rules the others read beside)
from . import codes, projects, prose, rows  # noqa: F401,E402  (registers their rules)
from . import total_lines, table_sums, table_lines  # noqa: F401,E402  (after rows: TB-HIER's printed lines defer to the grid's)
from . import sangong, statements, summaries, tables, wholes  # noqa: F401,E402  (registers their rules)
from . import member_units  # noqa: F401,E402  (after summaries: a 收入总表's 合计 row is read there first)
from . import fiscal_rows  # noqa: F401,E402
from . import splits, listings, totals, wording  # noqa: F401,E402  (after wholes, in the order its rules ran)
from . import prose_tables  # noqa: F401,E402  (defers to the rules above on a shared finding)
from . import changes  # noqa: F401,E402  (last: its general reader defers to the rules above on a shared finding)
from . import priors  # noqa: F401,E402  (after changes: a stated prior defers to the readers of its sentence)
from . import repeats  # noqa: F401,E402  (defers, like changes, to the rules above on a shared finding)
from . import subjects  # noqa: F401,E402  (PR-REPEAT by subject and scope, IE-BAL in words; defers like repeats)

__all__ = ["Check", "run_checks", "recheck", "summary"]


def run_checks(result: ParsedDisclosure, document=None) -> list[Check]:
    """Every figure check, and the text checks when the document's lines are given."""
    checks: list[Check] = []
    for rule in RULES:
        checks.extend(_safe(rule, result))
    if document is not None and getattr(document, "lines", None):
        view = text_of(document.lines, document)
        memo: dict[tuple[int, bool], tuple[Check, set[Decimal]]] = {}  # each check's amounts, read once per run
        for text_rule in TEXT_RULES:
            found = _safe(text_rule, result, view)
            found = _not_reported(found, checks, memo) if getattr(text_rule, "defers", False) else found
            checks.extend(found)
        release()
    return checks



def recheck(result: ParsedDisclosure, stored: list[dict]) -> list[Check]:
    """Recompute the figure checks (figures may have been corrected) and keep the stored text checks. A class list
    the parse found partial (主要…) stays partial: the store keeps its lines, not the words that led them."""
    from .figures import PARTIAL_LIST

    if any(item.get("rule") == "IE-EXP-SUM" and item.get("name") == PARTIAL_LIST for item in stored):
        for line in result.expenditure_by_function:
            if line.table is None:
                line.partial = True
    kept = [Check.from_json(item) for item in stored if item.get("basis") == "text"]
    return run_checks(result) + kept


def summary(checks: list[Check]) -> dict[str, int]:
    """Counts by outcome and, for failures, by severity: error, warning, info, pass, not_applicable, insufficient_data."""
    counts = {"error": 0, "warning": 0, "info": 0, "pass": 0, "not_applicable": 0, "insufficient_data": 0}
    for check in checks:
        key = check.severity if check.outcome == "fail" else check.outcome
        counts[key] = counts.get(key, 0) + 1
    return counts


def _not_reported(found: list[Check], earlier: list[Check],
                  memo: dict[tuple[int, bool], tuple[Check, set[Decimal]]]) -> list[Check]:
    """A general reader's checks, less those an earlier rule already made on the same page and figures: a failure
    already reported, or the same rule's check of the same sentence."""
    def amounts(check: Check, quoted: bool = True) -> set[Decimal]:
        # keyed by identity, and holding the check: a dropped check's id could otherwise be reused by a later one
        key = (id(check), quoted)
        if key not in memo:
            memo[key] = (check, _amounts(check, quoted=quoted))
        return memo[key][1]

    if not found:
        return found
    # the earlier checks' amounts by page, and by rule and page: each found check is held only to its own, so only
    # the earlier checks on the found ones' pages are read (reading a check's amounts parses every number it prints)
    # (a warning does not stand for an error: a found error is dropped only for an earlier error on its amounts)
    reported: dict[Any, list[tuple[bool, set[Decimal]]]] = {}
    read: dict[tuple[Any, Any], list[set[Decimal]]] = {}
    pages = {c.page for c in found}
    for c in earlier:
        if c.page not in pages:
            continue
        if c.outcome == "fail" and c.severity in ("error", "warning"):
            reported.setdefault(c.page, []).append((c.severity == "error", amounts(c)))
        read.setdefault((c.rule, c.page), []).append(amounts(c))
    return [c for c in found
            if not any(amounts(c, False) <= seen for error, seen in reported.get(c.page, ())
                       if error or not (c.outcome == "fail" and c.severity == "error"))
            and not any(amounts(c, False) <= seen for seen in read.get((c.rule, c.page), ()))]


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _amounts(check: Check, *, quoted: bool = True) -> set[Decimal]:
    """Every amount a check read (and, if `quoted`, the ones its message prints), unsigned."""
    found = set()
    for figure in check.figures or []:
        number = _NUMBER.search(str(figure.get("value", "")))
        if number:
            found.add(_unsigned(number.group(0)))
    if quoted:
        found.update(_unsigned(raw) for raw in _NUMBER.findall(check.message or ""))
    return found


@lru_cache(maxsize=4096)
def _unsigned(raw: str) -> Decimal:
    """A printed number's value, unsigned and normalized (the same numbers recur in many checks: read once)."""
    return abs(Decimal(raw.replace(",", ""))).normalize()


def _safe(rule, *args) -> list[Check]:
    """A rule that trips over an unexpected shape reports it rather than losing every other check."""
    try:
        return list(rule(*args))
    except (ArithmeticError, ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        name = getattr(rule, "__name__", "check")
        return [Check(name, name, "insufficient_data", "info", f"检查未能执行（{type(exc).__name__}）")]
