"""Recompute a stored disclosure's checks from its stored (possibly corrected) figures; keep its text checks."""
from __future__ import annotations

from decimal import Decimal

from . import parsing
from .findings import stamp
from .models import Disclosure
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


def refresh_checks(disclosure: Disclosure) -> list[dict]:
    """Figure checks from the stored figures, the text checks kept, the cross-document checks rerun."""
    from .crosschecks import cross_checks

    checks = recheck(parsed_from_store(disclosure), list(disclosure.checks or []))
    disclosure.checks = [check.to_json() for check in checks + cross_checks(disclosure)]
    stamp(disclosure)
    disclosure.save(update_fields=["checks", "findings"])
    return disclosure.checks


__all__ = ["parsed_from_store", "refresh_checks", "parsing"]
