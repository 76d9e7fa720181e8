"""The arithmetic every amount check shares (shared/spec/CHECKS.md §0.2): half-steps, envelopes, outcomes.

Exact Decimal throughout. A term is one printed amount with the decimals it was printed with; the envelope of a
relation is the sum of its terms' half-steps, so a difference inside it is "可能为取整误差" (info), never an error.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Iterable, Iterator

from ..types import Check, Figure

UNIT_FACTOR = {"元": Decimal("0.0001"), "千元": Decimal("0.1"), "万元": Decimal(1), "亿元": Decimal(10000)}
ZERO = Decimal(0)
HALF = Decimal("0.5")
TEN_K = Decimal(10000)


@dataclass(frozen=True)
class Term:
    """One printed amount (万元) and where it was printed."""

    label: str
    value: Decimal
    scale: int | None = None  # decimals as printed; None = unknown (taken from the value itself)
    unit: str = "万元"  # the unit it was printed in: its half-step is in that unit
    page: int | None = None
    source: str = ""  # the sentence, or "表 · 行 · 列"
    context_scale: int | None = None  # the most decimals of any amount in the same sentence (§0.2 rule 2)

    @property
    def half(self) -> Decimal:
        """Half a step of the last printed digit, in 万元; zero is exact."""
        return _half_step(self, self.context_scale)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"label": self.label, "value": _text(self.value), "page": self.page}
        if self.source:
            data["source"] = self.source
        return data


def anchored(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, *, before: int,
             after: int, stops: str = "") -> Iterable[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern each of whose matches holds a match of `anchor` and reaches at most
    `before` characters in front of it and `after` behind it: only those windows are searched. A pattern that opens
    with a lazy label (“([^。]{2,30}?)…万元，比上年…”) is otherwise tried at every position of a 30-page text. Matches do
    not overlap, as finditer's do not.

    Where the window reaches further behind the anchor than in front of it, the pattern is tried only where a match
    can open (`_openings`: at most `before` characters in front of an anchor in the window), not at each of the
    window's positions; it finds what a search of the window finds for a pattern within that contract (one that
    reaches further in front of its anchor is found from where `before` lets it open, as a window search from an
    anchor alone finds it). `stops`: characters no match holds in front of its anchor (a sentence's end before a
    label that may hold none): the openings start after the last of them."""
    hits = [hit.span() for hit in anchor.finditer(text)]
    opens = [start for start, _ in hits]
    end = 0
    for start, stop in hits:
        if stop <= end:
            continue
        lo, hi = max(end, start - before), min(len(text), stop + after)
        if before >= after:
            found = pattern.search(text, lo, hi)
        else:
            openings = _openings(text, opens, lo, hi, before, stops)
            found = next((m for p in openings if (m := pattern.match(text, p, hi))), None)
        if found is not None:
            end = found.end()
            yield found


def _openings(text: str, opens: list[int], lo: int, hi: int, before: int, stops: str = "") -> Iterator[int]:
    """In increasing order, each position of [lo, hi) at most `before` characters in front of an anchor that starts
    in [lo, hi) (`opens`: every anchor's start, sorted), with none of `stops` between: where a match holding that
    anchor can open."""
    last = lo - 1
    for start in opens[bisect_left(opens, lo):bisect_left(opens, hi)]:
        floor = max((text.rfind(stop, 0, start) + 1 for stop in stops), default=0)
        yield from range(max(last + 1, start - before, floor), start + 1)
        last = max(last, start)


def opened_at(pattern: re.Pattern[str], text: str, openings: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match opens at one of `openings` (positions in increasing
    order): the pattern is tried there alone, not at each of the text's positions, each try being the very match
    finditer makes at that position. Matches do not overlap, as finditer's do not."""
    end = 0
    for at in openings:
        if at < end:
            continue
        found = pattern.match(text, at)
        if found is not None:
            end = max(found.end(), at + 1)
            yield found


def near_literal(text: str, *literals: str, least: int, most: int) -> list[int]:
    """The positions, in increasing order, from which one of `literals` stands `least` to `most` characters on: where
    a match can open of a pattern that holds one of them that far from its start (“(?:本年)?(收入|支出)总计”: 总计 two
    to four characters on). Each occurrence counts, overlapping ones too."""
    found: list[int] = []
    for literal in literals:
        last = -1  # the occurrences come in increasing order: each one's positions follow the last one's
        at = text.find(literal)
        while at >= 0:
            first = max(0, at - most, last + 1)
            last = max(last, at - least)
            found.extend(range(first, last + 1))
            at = text.find(literal, at + 1)
    return sorted(set(found)) if len(literals) > 1 else found


def number_before(text: str, literal: str, *, gap: int) -> list[int]:
    r"""The positions, in increasing order, inside a run of number characters (digits, “-”, “,”, “.”) that ends at most
    `gap` characters before an occurrence of `literal`: where a match can open of a pattern that opens with a number
    followed within `gap` characters by `literal` (“(?<![\d.])(\d+)辆”: gap 0; “{NUM}(万元|亿元|元)[,，]?其中”: gap 3)."""
    found: set[int] = set()
    at = text.find(literal)
    while at >= 0:
        for end in range(max(0, at - gap), at + 1):
            start = end
            while start > 0 and (text[start - 1].isdecimal() or text[start - 1] in "-,."):  # isdecimal: what \d is
                start -= 1
            found.update(range(start, end))
        at = text.find(literal, at + 1)
    return sorted(found)


_AMOUNT_CHARACTERS = frozenset("-0123456789,.")


def from_amounts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that opens with an amount in 万元 (`{NUM}万元…`): tried only at the
    characters of a number that 万元 follows. Tried at every digit, such a pattern reads a run of table cells (joined
    with no space between them) from each of its digits to its end. A match opens inside the run of number
    characters that ends at its first 万元; matches do not overlap, as finditer's do not."""
    end = 0
    at = text.find("万元")
    while at >= 0:
        start = at
        while start > end and text[start - 1] in _AMOUNT_CHARACTERS:
            start -= 1
        for opening in range(start, at):
            found = pattern.match(text, opening)
            if found is not None:
                end = found.end()
                yield found
                break
        at = text.find("万元", max(at + 1, end))


def term(figure: Figure, label: str | None = None, *, change: bool = False) -> Term:
    """A figure's value (or its stated change) as a term, with its provenance."""
    from ..metrics import METRICS

    value = figure.change if change else figure.value
    assert value is not None
    name = label or (METRICS[figure.metric].label if figure.metric in METRICS else figure.metric)
    if figure.origin == "table" and figure.table:
        source = " · ".join(part for part in (figure.table, figure.row, figure.column) if part)
    else:
        source = figure.source
    scale = _printed_scale(value, figure.source) if change else figure.display_scale
    return Term(name + ("变动" if change else ""), value, scale, figure.source_unit if figure.source_unit in UNIT_FACTOR
                else "万元", figure.page, source[:200])


_PRINTED = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _printed_scale(value: Decimal, source: str) -> int | None:
    """The decimals a change was printed with in its sentence ("减少2.00万元" → 2; a change is stored normalized);
    None when the sentence does not print it (持平, or a change lent from another sentence)."""
    if value == 0 or not source:
        return None
    found = [len(m.group(1) or "") for m in _PRINTED.finditer(source)
             if Decimal(m.group(0).replace(",", "")) == abs(value)]
    return max(found) if found else None


def envelope(terms: Iterable[Term]) -> Decimal:
    """The sum of the terms' half-steps, each with the decimals of its sentence: writers drop trailing zeros (an
    integer printed in a sentence that also prints 115.4 means 86.0), so a term with a source takes its sentence's most
    decimals; one without keeps its own."""
    terms = list(terms)
    best: dict[str, int] = {}
    for t in terms:
        if t.source and t.scale is not None and t.value != 0:
            best[t.source] = max(best.get(t.source, 0), t.scale)
    return sum((_half_step(t, best.get(t.source) if t.source else t.context_scale) for t in terms), ZERO)


def _half_step(term: Term, context_scale: int | None) -> Decimal:
    """`Term.half` of the term read with `context_scale` as the most decimals of its sentence."""
    if term.value == 0:
        return ZERO
    exponent = term.value.as_tuple().exponent
    scale = term.scale if term.scale is not None else max(0, -exponent) if isinstance(exponent, int) else 0
    if context_scale is not None:
        scale = max(scale, context_scale)
    return HALF * Decimal(10) ** -scale * UNIT_FACTOR.get(term.unit, Decimal(1))


def is_unit_slip(lhs: Decimal, rhs: Decimal, lhs_half: Decimal, rhs_half: Decimal) -> bool:
    """lhs / rhs is 10^±4 within both sides' half-steps: a table in 元 read as 万元, or the reverse (FM-UNIT-10K).
    Only a precise enough pair counts (within 5 %): 0.3 against 2961.68 is a contradiction, not a slip."""
    if lhs == 0 or rhs == 0:
        return False
    for big, small, big_half, small_half in ((lhs, rhs, lhs_half, rhs_half), (rhs, lhs, rhs_half, lhs_half)):
        room = big_half + small_half * TEN_K
        if room <= abs(big) / 20 and abs(abs(big) - abs(small) * TEN_K) <= room:
            return True
    return False


def compare(rule: str, name: str, lhs: list[Term], rhs: list[Term], *, severity: str = "error",
            what: str = "", extra_tolerance: Decimal = ZERO) -> Check:
    """Σ lhs against Σ rhs within the envelope of every printed term (§0.2 rule 4)."""
    left = sum((t.value for t in lhs), ZERO)
    right = sum((t.value for t in rhs), ZERO)
    env = envelope(lhs + rhs) + extra_tolerance
    diff = abs(left - right)
    places = _common_places(lhs + rhs)
    shown = f"{_sum_text(lhs)} 与 {_sum_text(rhs)}"
    terms = [t.to_json() for t in lhs + rhs]
    page = next((t.page for t in lhs + rhs if t.page), None)
    if diff == 0:
        return Check(rule, name, "pass", severity, f"{shown}，相符", terms, env, page)
    if diff <= env:
        return Check(rule, name, "fail", "info", f"{shown}，差{_text(diff, places)}，在取整容差{_text(env)}以内，可能为取整误差",
                     terms, env, page)
    if is_unit_slip(left, right, envelope(lhs), envelope(rhs)):
        return Check("FM-UNIT-10K", "金额单位疑似相差一万倍", "fail", "error",
                     f"{what or name}：{shown}，相差约一万倍，疑为元与万元混用，需人工复核", terms, env, page)
    slipped = one_term_slip(lhs, rhs)
    if slipped is not None:
        as_yuan = _text(slipped.value / TEN_K, _places(slipped))
        return Check("FM-UNIT-10K", "金额单位疑似相差一万倍", "fail", "error",
                     f"{what or name}：{shown}；{slipped.label}{_term_text(slipped)}若按元计即为{as_yuan}，等式恰好成立，"
                     f"疑为元与万元混用，需人工复核", terms, env, page)
    return Check(rule, name, "fail", severity,
                 f"{what or name}：{shown}，差{_text(diff, places)}，超出取整容差{_text(env)}；两处披露不能同时成立，需人工复核",
                 terms, env, page)


def one_term_slip(lhs: list[Term], rhs: list[Term]) -> Term | None:
    """The one term of a relation of three or more printed in 元 but labelled 万元 (“人员经费7815600.00万元” in a split
    of 869.22万元): read as 元 it makes the relation hold within the envelope. None when no single term does so (a
    pair is `is_unit_slip`'s)."""
    if len(lhs) + len(rhs) < 3:
        return None
    for side in (lhs, rhs):
        for at, slipped in enumerate(side):
            if slipped.unit != "万元" or abs(slipped.value) < TEN_K:
                continue  # only an amount of at least 1 万元 when read as 元 can be a 元 figure labelled 万元
            as_yuan = Term(slipped.label, slipped.value / TEN_K, slipped.scale, "元", slipped.page, slipped.source)
            read = [as_yuan if i == at else t for i, t in enumerate(side)]
            left, right = (read, rhs) if side is lhs else (lhs, read)
            gap = abs(sum((t.value for t in left), ZERO) - sum((t.value for t in right), ZERO))
            if gap <= envelope(left + right):
                return slipped
    return None


def at_most(rule: str, name: str, part: Term, whole: Term, *, severity: str = "warning") -> Check:
    """part ≤ whole (never equality): fails only beyond the envelope."""
    env = part.half + whole.half
    terms = [part.to_json(), whole.to_json()]
    shown = f"{part.label}{_term_text(part)}，{whole.label}{_term_text(whole)}"
    if part.value <= whole.value:
        return Check(rule, name, "pass", severity, f"{shown}，部分不大于整体", terms, env, part.page)
    if part.value - whole.value <= env:
        excess = _text(part.value - whole.value, _common_places([part, whole]))
        return Check(rule, name, "fail", "info", f"{shown}，超出{excess}，在取整容差以内", terms, env, part.page)
    if is_unit_slip(part.value, whole.value, part.half, whole.half):
        return Check("FM-UNIT-10K", "金额单位疑似相差一万倍", "fail", "error",
                     f"{shown}，相差约一万倍，疑为元与万元混用，需人工复核", terms, env, part.page)
    if part_in_yuan(part, whole):
        as_yuan = _text(part.value / TEN_K, _places(part))
        return Check("FM-UNIT-10K", "金额单位疑似相差一万倍", "fail", "error",
                     f"{shown}：部分超出整体百倍以上，若按元计即为{as_yuan}，不再超出，疑为元与万元混用，需人工复核",
                     terms, env, part.page)
    return Check(rule, name, "fail", severity, f"{shown}：部分大于整体，需人工复核", terms, env, part.page)


def part_in_yuan(part: Term, whole: Term) -> bool:
    """A part labelled 万元 that exceeds its whole a hundredfold or more, yet fits inside it read as 元 (“机关运行经费
    1130000.00万元” beside 基本支出1070.46万元): no misprint of digits goes that far, a figure typed in 元 does."""
    if part.unit != "万元" or whole.value <= 0 or part.value < TEN_K:
        return False
    return part.value >= whole.value * 100 and part.value / TEN_K <= whole.value + whole.half


def coarse_vs_fine(rule: str, name: str, coarse: Term, fine: Term, *, severity: str = "error") -> Check:
    """Prose 26.9 against a table's 26.94: round the finer to the coarser scale (§0.2 rule 6)."""
    terms = [coarse.to_json(), fine.to_json()]
    env = coarse.half + fine.half
    if coarse.value == fine.value:
        return Check(rule, name, "pass", severity, f"{coarse.label}{_term_text(coarse)} 与 {fine.label}"
                     f"{_term_text(fine)}相符", terms, env, coarse.page)
    coarse_scale = coarse.scale if coarse.scale is not None else max(0, -coarse.value.normalize().as_tuple().exponent)
    step = Decimal(10) ** -coarse_scale * UNIT_FACTOR.get(coarse.unit, Decimal(1))
    rounded = fine.value.quantize(step, rounding=ROUND_HALF_UP) if step <= 1 else fine.value
    shown = f"{coarse.label}{_term_text(coarse)}，{fine.label}{_term_text(fine)}"
    if rounded == coarse.value:
        return Check(rule, name, "pass", severity, f"{shown}，按正文位数取整后相符", terms, env, coarse.page)
    diff = abs(coarse.value - fine.value)
    places = _common_places([coarse, fine])
    if diff <= env:
        return Check(rule, name, "fail", "info", f"{shown}，差{_text(diff, places)}，可能为取整误差", terms, env, coarse.page)
    if is_unit_slip(coarse.value, fine.value, coarse.half, fine.half):
        return Check("FM-UNIT-10K", "金额单位疑似相差一万倍", "fail", "error",
                     f"{shown}，相差约一万倍，疑为元与万元混用，需人工复核", terms, env, coarse.page)
    truncated = fine.value.quantize(step, rounding="ROUND_DOWN") if step <= 1 else fine.value
    if truncated == coarse.value:
        return Check(rule, name, "fail", "warning", f"{shown}：正文为截尾而非四舍五入，需人工复核", terms, env, coarse.page)
    return Check(rule, name, "fail", severity, f"{shown}，差{_text(diff, places)}，超出取整容差{_text(env)}；"
                 "两处披露不能同时成立，需人工复核", terms, env, coarse.page)


def printed_again(check: Check, said: Term, whole: Term) -> Check:
    """A check of two printings of one amount (the words saying X *is* the whole Y) whose difference fell within the
    rounding envelope: printed to the same step, no rounding can part them, so it is a warning (§0.2 rule 5)."""
    if check.outcome == "fail" and check.severity == "info" and said.half == whole.half:
        check.severity = "warning"
        check.message = (f"{said.label}{_term_text(said)}与{whole.label}{_term_text(whole)}说的是同一笔钱，位数相同却相差"
                         f"{_text(abs(said.value - whole.value), _common_places([said, whole]))}，并非取整所致；"
                         "读者无法判断哪一处正确，需人工复核")
    return check


def pct_interval(part: Decimal, part_half: Decimal, base: Decimal, base_half: Decimal) -> tuple[Decimal, Decimal] | None:
    """The interval of true percentages part/base × 100 given each side ± its half-step; None for a zero base."""
    low_base, high_base = base - base_half, base + base_half
    if low_base <= 0:
        return None
    low_part, high_part = max(ZERO, part - part_half), part + part_half
    return low_part / high_base * 100, high_part / low_base * 100


def skipped(rule: str, name: str, outcome: str, reason: str, *, severity: str = "error") -> Check:
    return Check(rule, name, outcome, severity, reason)


def _sum_text(terms: list[Term]) -> str:
    if len(terms) == 1:
        return f"{terms[0].label}{_term_text(terms[0])}"
    total = sum((t.value for t in terms), ZERO)
    parts = "+".join(_term_text(t) if t.value >= 0 else f"({_term_text(t)})" for t in terms)
    return f"{'+'.join(t.label for t in terms)}={parts}={_text(total, _common_places(terms))}"


def _term_text(term: Term) -> str:
    """The amount in 万元, and for one printed in another unit (a table in 元) also as printed there:
    "56（560,000.00元）", so a reader finds the figure in the table."""
    shown = _text(term.value, _places(term))
    factor = UNIT_FACTOR.get(term.unit)
    if term.unit == "万元" or factor is None or term.value == 0:
        return shown
    printed = term.value / factor
    places = term.scale if term.scale is not None else max(0, -printed.normalize().as_tuple().exponent)
    return f"{shown}（{printed:,.{max(0, places)}f}{term.unit}）"


def _places(term: Term) -> int | None:
    """The decimals to quote a 万元 term with: as printed ("59.30", not "59.3"); None for other units."""
    return term.scale if term.unit == "万元" else None


def _common_places(terms: list[Term]) -> int | None:
    """The decimals to quote a sum or a difference of terms with: the most any 万元 term was printed with."""
    places = [p for p in map(_places, terms) if p is not None]
    return max(places) if places else None


def _text(value: Decimal, places: int | None = None) -> str:
    """An amount as text: with `places` decimals where given (more only where the value has more), else as few as
    it needs."""
    if places is not None:
        exponent = value.normalize().as_tuple().exponent
        own = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return format(value.quantize(Decimal(10) ** -max(places, own)), "f")
    if value == value.to_integral_value():
        return format(value.quantize(Decimal(1)), "f")
    return format(value.normalize(), "f")
