"""Recompute a stored disclosure's checks from its stored (possibly corrected) figures; keep its text checks."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from django.db import connection, transaction
from django.db.models import Q

from . import parsing
from .findings import stamp
from .models import Disclosure, Scope
from .parsing.checks import recheck
from .parsing.types import EconomicLine, Figure, FunctionLine, ParsedDisclosure


def _stored(value: Decimal | None, scale: int | None = None) -> Decimal | None:
    """A DecimalField holds six places: give the value back with the decimals it was printed with (when known;
    otherwise at least two, the usual 万元 print), so rounding envelopes stay those of the printed numbers."""
    if value is None:
        return None
    if scale is not None and scale >= 0:
        exact = value.quantize(Decimal(1).scaleb(-scale))
        if exact == value:
            return exact
    normal = value.normalize()
    exponent = normal.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -2:
        return value.quantize(Decimal("0.01"))
    return normal


def parsed_from_store(disclosure: Disclosure) -> ParsedDisclosure:
    result = ParsedDisclosure(unit=disclosure.title_name, year=disclosure.year, kind=disclosure.kind or None,
                              scope=disclosure.scope or None, member_units=list(disclosure.member_units or []))
    for row in disclosure.figures.all():
        figure = Figure(row.metric, _stored(row.value, row.display_scale), _stored(row.change), reason=row.reason or None, page=row.page,
                        source=row.source_text, not_applicable=row.not_applicable, note=row.note or None,
                        display_scale=row.display_scale, source_unit=row.source_unit, period=row.period,
                        fund_scope=row.fund_scope or None, exp_scope=row.exp_scope, origin=row.origin,
                        budget=_stored(row.budget_value), table=row.table_caption or None, row=row.row_label or None,
                        column=row.column_label or None)
        if row.origin == "table":
            result.table_figures.append(figure)
        if row.is_primary and row.period == "本年":
            result.figures[row.metric] = figure
    for line in disclosure.function_lines.all():
        target = FunctionLine(line.name, _stored(Decimal(line.value)),  # type: ignore[arg-type] line.code or None, line.page, line.source_text,
                              line.fund_scope, line.level, line.table_caption or None)
        if line.table_caption:
            result.function_lines.append(target)
        if line.level == "类" and not line.table_caption:
            result.expenditure_by_function.append(target)
    if not result.expenditure_by_function:
        captions = [l.table for l in result.function_lines if l.level == "类"]
        first = captions[0] if captions else None
        result.expenditure_by_function = [l for l in result.function_lines if l.level == "类" and l.table == first]
    for line in disclosure.economic_lines.all():
        result.economic_lines.append(EconomicLine(line.name, _stored(Decimal(line.value)),  # type: ignore[arg-type] line.code or None, line.page,
                                                  line.table_caption or None))
    return result


def checks_now(disclosure: Disclosure, **related) -> list[dict]:
    """Figure checks from the stored figures, the text checks kept, the cross-document checks rerun (JSON).
    `related` (prior=, parent=, members=) passes documents a batch already looked up on to `cross_checks`."""
    from .crosschecks import cross_checks

    checks = recheck(parsed_from_store(disclosure), list(disclosure.checks or []))
    return [check.to_json() for check in checks + cross_checks(disclosure, **related)]


def refresh_checks(disclosure: Disclosure) -> list[dict]:
    """`checks_now`, stored with the findings they make. A plain UPDATE of the two columns: the audit trail
    (django-simple-history, which leaves the checks out) gets no empty version each time the checks are recomputed."""
    disclosure.checks = checks_now(disclosure)
    stamp(disclosure)
    Disclosure.objects.filter(pk=disclosure.pk).update(checks=disclosure.checks, findings=disclosure.findings)
    return disclosure.checks


def refresh_all_checks(queryset, *, batch: int = 200) -> Iterator[tuple[Disclosure, list[dict]]]:
    """Recompute the checks of every disclosure in `queryset`, `batch` at a time: each batch read with its figures
    and lines, and the documents its cross-document checks compare with (only the fields those checks read), in a
    fixed number of queries, then written back in one transaction, so a thousand documents cost five commits rather
    than a thousand. Yields each disclosure with its new checks, in pk order."""
    ids = list(queryset.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        chunk = list(Disclosure.objects.filter(pk__in=ids[start:start + batch]).order_by("pk")
                     .defer("clues", "warnings", "missing")  # JSON the checks never read: decoding it is the cost
                     .prefetch_related("figures", "function_lines", "economic_lines"))
        priors, parents, members = _related(chunk)
        for disclosure in chunk:
            prior = priors.get((disclosure.department_id, disclosure.unit_id, disclosure.scope, disclosure.kind,
                                disclosure.year - 1)) if disclosure.year is not None and disclosure.kind else None
            parent = parents.get((disclosure.department_id, disclosure.kind, disclosure.year)) \
                if disclosure.scope == Scope.UNIT and disclosure.year is not None else None
            units = members.get((disclosure.department_id, disclosure.kind, disclosure.year), [])
            disclosure.checks = checks_now(disclosure, prior=prior, parent=parent, members=units)
        _write_checks(chunk)
        yield from ((disclosure, disclosure.checks) for disclosure in chunk)


def _write_checks(chunk: list[Disclosure]) -> None:
    """The batch's checks and findings in one transaction and one executemany of a plain UPDATE: bulk_update's CASE
    over 200 JSON documents costs more than the checks themselves. The fields adapt each value for the database
    (jsonb or text)."""
    checks, findings = Disclosure._meta.get_field("checks"), Disclosure._meta.get_field("findings")
    quote = connection.ops.quote_name
    sql = (f"UPDATE {quote(Disclosure._meta.db_table)} SET {quote(checks.column)} = %s, {quote(findings.column)} = %s "
           f"WHERE {quote(Disclosure._meta.pk.column)} = %s")
    for disclosure in chunk:
        stamp(disclosure)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(sql, [(checks.get_db_prep_save(d.checks, connection),
                                  findings.get_db_prep_save(d.findings, connection), d.pk) for d in chunk])


def _related(chunk: list[Disclosure]) -> tuple[dict[tuple, Disclosure], dict[tuple, Disclosure], dict[tuple, list]]:
    """Last year's document of each disclosure (crosschecks.previous_year), each unit's 部门 document
    (crosschecks.parent_of) and each 部门's unit documents (crosschecks.member_documents), for a whole batch at once,
    with their figures; keyed as those functions match."""
    departments = {d.department_id for d in chunk}
    years = {d.year for d in chunk if d.year is not None}
    candidates = (Disclosure.objects.filter(department_id__in=departments)
                  .filter(Q(year__in={year - 1 for year in years}) | Q(year__in=years, unit__isnull=True, scope=Scope.DEPARTMENT)
                          | Q(year__in=years, scope=Scope.UNIT))
                  .only("department_id", "unit_id", "scope", "kind", "year", "title_name", "member_units")
                  .prefetch_related("figures"))
    priors, parents, members = {}, {}, {}
    for other in candidates:
        priors[(other.department_id, other.unit_id, other.scope, other.kind, other.year)] = other
        if other.unit_id is None and other.scope == Scope.DEPARTMENT:
            parents[(other.department_id, other.kind, other.year)] = other
        if other.scope == Scope.UNIT and other.year in years:
            members.setdefault((other.department_id, other.kind, other.year), []).append(other)
    return priors, parents, members


__all__ = ["checks_now", "parsed_from_store", "refresh_all_checks", "refresh_checks", "parsing"]
