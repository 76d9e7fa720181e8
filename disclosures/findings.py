"""Findings: the failed checks of a stored disclosure, a person's 已核实/误报 marks on them, and their counts.

A finding is a failed check of severity error or warning (an info failure is a rounding hint, never a finding;
records from before the check engine carry no severity and count as errors). The checks are recomputed after every
import, correction and parser upgrade, so a mark is never tied to a position in `Disclosure.checks`: it is keyed by
`finding_key` — the rule id and the figures the check read (label, value, page), or its page and message when it
read none — and applies to whichever recomputed check reads the same numbers. A 误报 (false alarm) mark keeps the
finding listed, marked, but stops it counting: not in the 勾稽 column's counts, not an error in the review queue.

Every mark is saved through django-simple-history (who, when, the reason as history_change_reason).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import connection, transaction

from .models import Disclosure, FindingMark

FINDING_SEVERITIES = ("error", "warning")


class FindingError(Exception):
    """A mark that cannot be made; the message is one Chinese line."""


def _number(value: Any) -> str:
    """A figure's value as one canonical string: 4.9, 4.90 and "4.900000" are the same number."""
    try:
        text = format(Decimal(str(value)).normalize(), "f")
    except (InvalidOperation, ValueError):
        return str(value)
    return "0" if text in ("-0", "0") else text


def finding_key(check: dict[str, Any]) -> str:
    """The fingerprint a mark is kept under: rule id + the figures read (label, value, page), else page + message."""
    figures = [f for f in check.get("figures") or [] if isinstance(f, dict)]
    if figures:
        parts = [[str(f.get("label", "")), _number(f.get("value", "")), f.get("page")] for f in figures]
    else:
        parts = [check.get("page"), check.get("message") or check.get("detail") or ""]
    text = json.dumps([check.get("rule", ""), parts], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def is_failed(check: Any) -> bool:
    return isinstance(check, dict) and (check.get("ok") is False or check.get("outcome") == "fail")


def severity(check: dict[str, Any]) -> str:
    return check.get("severity") or "error"


def is_finding(check: Any) -> bool:
    """A failed check a person should look at (error or warning)."""
    return is_failed(check) and severity(check) in FINDING_SEVERITIES


def mark_json(mark: FindingMark | None) -> dict[str, Any] | None:
    if mark is None:
        return None
    return {"verdict": mark.verdict, "label": mark.get_verdict_display(), "reason": mark.reason,
            "user": mark.user.get_username() if mark.user_id and mark.user else "",
            "marked_at": mark.marked_at}


def annotate(checks: Iterable[dict[str, Any]], marks: Iterable[FindingMark]) -> list[dict[str, Any]]:
    """The checks, each failed one with its ``key`` and, when marked, its ``mark`` (verdict, label, reason …)."""
    by_key = {mark.key: mark for mark in marks}
    out = []
    for check in checks:
        if is_failed(check):
            key = finding_key(check)
            check = {**check, "key": key, "finding": is_finding(check), "mark": mark_json(by_key.get(key))}
        out.append(check)
    return out


def counts(check: dict[str, Any]) -> bool:
    """A finding that still counts: not marked 误报."""
    mark = check.get("mark")
    return is_finding(check) and not (mark and mark.get("verdict") == FindingMark.Verdict.FALSE_ALARM)


@dataclass
class CheckSummary:
    """The 勾稽 status of one disclosure: findings that count, by severity, and the rule ids that failed."""

    checked: bool = False  # the disclosure has check records at all
    errors: int = 0
    warnings: int = 0
    false_alarms: int = 0  # findings marked 误报 (listed, not counted)
    confirmed: int = 0  # findings marked 已核实
    rules: list[str] = field(default_factory=list)  # failed rule ids that count, errors first, each once

    @property
    def status(self) -> str:
        """error, warning, pass, or unchecked."""
        if not self.checked:
            return "unchecked"
        return "error" if self.errors else "warning" if self.warnings else "pass"

    @property
    def text(self) -> str:
        """"2 错误 · 1 警告", "通过" or "未检查"."""
        if not self.checked:
            return "未检查"
        parts = [f"{n} {label}" for n, label in ((self.errors, "错误"), (self.warnings, "警告")) if n]
        return " · ".join(parts) if parts else "通过"


def summarize(checks: Iterable[dict[str, Any]], marks: dict[str, str], *, checked: bool = True) -> CheckSummary:
    """Count the findings of `checks`, `marks` mapping finding key → verdict (what `check_summaries` does from the
    stored `Disclosure.findings`)."""
    summary = _summary(compact(list(checks)) or [], marks)
    summary.checked = checked
    return summary


def compact(checks: list[dict[str, Any]] | None) -> list[dict[str, str]] | None:
    """What `Disclosure.findings` keeps beside the full check records: each finding's rule, severity and key (None
    when the disclosure has no check records at all). Written wherever the checks are written (services,
    recheck, crosschecks), so the 勾稽 column reads a few bytes per disclosure instead of its 10–30 kB of checks."""
    if not checks:
        return None
    return [{"rule": str(c.get("rule") or ""), "severity": severity(c), "key": finding_key(c)}
            for c in checks if is_finding(c)]


def stamp(disclosure: Disclosure) -> None:
    """Set `disclosure.findings` from its checks (the caller saves, with "findings" among the fields)."""
    disclosure.findings = compact(disclosure.checks)


def _stored_findings(disclosure_ids: list[int]) -> list[tuple[int, Any]]:
    """(id, findings) of the disclosures, one query; the ids go as one parameter (an IN list of 5,000 ids costs
    Django ~80 ms to prepare)."""
    table = connection.ops.quote_name(Disclosure._meta.db_table)
    if connection.vendor == "postgresql":
        sql, params = f"SELECT id, findings FROM {table} WHERE id = ANY(%s)", [disclosure_ids]
    else:
        sql = f"SELECT id, findings FROM {table} WHERE id IN (SELECT value FROM json_each(%s))"
        params = [json.dumps(disclosure_ids)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if rows and all(isinstance(value, str) or value is None for _pk, value in rows):
        # SQLite gives text: one json.loads over all of them (5,000 calls cost twice as much)
        values = json.loads("[" + ",".join("null" if value is None else value for _pk, value in rows) + "]")
        return [(pk, value) for (pk, _text), value in zip(rows, values)]
    return [(pk, json.loads(value) if isinstance(value, str) else value) for pk, value in rows]


def marks_by_disclosure(disclosure_ids: Iterable[int]) -> dict[int, list[FindingMark]]:
    found: dict[int, list[FindingMark]] = {}
    ids = list(disclosure_ids)
    if not ids:
        return found
    for mark in FindingMark.objects.filter(disclosure_id__in=ids).select_related("user").order_by("id"):
        found.setdefault(mark.disclosure_id, []).append(mark)
    return found


def _verdicts(disclosure_ids: list[int]) -> dict[int, dict[str, str]]:
    """disclosure id → {finding key: verdict}; marks are made by hand and few, so past a few hundred ids all of
    them are read (one query either way)."""
    marks = FindingMark.objects.order_by()
    if len(disclosure_ids) <= 500:
        marks = marks.filter(disclosure_id__in=disclosure_ids)
    wanted = set(disclosure_ids)
    out: dict[int, dict[str, str]] = {}
    for pk, key, verdict in marks.values_list("disclosure_id", "key", "verdict"):
        if pk in wanted:
            out.setdefault(pk, {})[key] = verdict
    return out


def check_summaries(disclosure_ids: Iterable[int]) -> dict[int, CheckSummary]:
    """disclosure id → its `CheckSummary` (marks applied) for the ids that have check records; two SQL queries
    whatever the number of ids (one when none of them has a finding)."""
    ids = sorted({int(i) for i in disclosure_ids})
    if not ids:
        return {}
    stored = [(pk, found) for pk, found in _stored_findings(ids) if found is not None]
    verdicts = _verdicts([pk for pk, found in stored if found])
    return {pk: _summary(found, verdicts.get(pk, {})) for pk, found in stored}


def _summary(found: list[dict[str, str]], verdicts: dict[str, str]) -> CheckSummary:
    summary = CheckSummary(checked=True)
    rules: dict[str, int] = {}
    for item in found:
        verdict = verdicts.get(item.get("key", ""))
        if verdict == FindingMark.Verdict.FALSE_ALARM:
            summary.false_alarms += 1
            continue
        summary.confirmed += verdict == FindingMark.Verdict.CONFIRMED
        level = item.get("severity") or "error"
        if level == "error":
            summary.errors += 1
        else:
            summary.warnings += 1
        rule = item.get("rule", "")
        rules[rule] = min(rules.get(rule, 1), 0 if level == "error" else 1)
    summary.rules = sorted(rules, key=lambda r: (rules[r], r))
    return summary


def findings_of(disclosure_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """disclosure id → its findings (full check records, error and warning), each with ``key`` and ``mark``, errors
    first; for the 勾稽检查 sheet. Reads the check records only of disclosures whose findings are not empty."""
    ids = sorted({int(i) for i in disclosure_ids})
    with_findings = [pk for pk, found in _stored_findings(ids) if found] if ids else []
    if not with_findings:
        return {}
    marks = marks_by_disclosure(with_findings)
    out = {}
    for pk, checks in Disclosure.objects.filter(pk__in=with_findings).values_list("pk", "checks"):
        found = [c for c in annotate(checks or [], marks.get(pk, [])) if c.get("finding")]
        if found:
            out[pk] = sorted(found, key=lambda c: severity(c) != "error")
    return out


def _reason(reason: str) -> str:
    reason = " ".join((reason or "").split())
    if not reason:
        raise FindingError("请写明理由")
    if len(reason) > 500:
        raise FindingError("理由过长，请控制在500字以内")
    return reason


def finding_mark(*, disclosure: Disclosure, key: str, verdict: str, reason: str, user) -> FindingMark:
    """Mark the finding `key` of `disclosure` 已核实 or 误报, with a reason; the change is kept in the audit trail."""
    reason = _reason(reason)
    if verdict not in FindingMark.Verdict.values:
        raise FindingError("请选择“已核实”或“误报”")
    finding = next((c for c in disclosure.checks or [] if is_finding(c) and finding_key(c) == key), None)
    if finding is None:
        raise FindingError("该检查结果已不存在（检查可能已重新计算），请刷新页面后再标记")
    with transaction.atomic():
        mark = FindingMark.objects.select_for_update().filter(disclosure=disclosure, key=key).first()
        if mark is None:
            mark = FindingMark(disclosure=disclosure, key=key)
        mark.rule = str(finding.get("rule") or "")[:40]
        mark.verdict = verdict
        mark.reason = reason
        mark.user = user if getattr(user, "is_authenticated", False) else None
        mark._history_user = mark.user
        mark._change_reason = reason[:100]
        mark.save()
    return mark
