"""Single-figure corruptions of real and corpus documents: does the check engine see a figure that no longer agrees?

A held-out corpus measures the engine on the slips its writer thought of. This measures it on every place a slip can
land, in documents the engine already reads: each amount that a document prints more than once (the same value on
two different lines, four significant digits or more) is a figure that some relation ties to another — the same
quantity stated twice (prose and table, two tables), or a whole printed beside its only part. Changing one digit of
one occurrence therefore makes the document contradict itself, and an auditor would list the changed figure as an
error. The engine *sees* the corruption when an error-severity failed check quotes the changed value (among the
figures it read or the amounts its message prints), the rule of tests/parsing/test_checks_heldout.py.

The corruption is made on the loaded Document (its lines, and the ruled or native table cells of the same page), so
each variant is parsed exactly as the product would parse a file printing the changed digit, without re-rendering a
PDF. The changed digit is the units digit (+3, mod 10), which keeps the printed length: 1,234.56 -> 1,237.56.
"""
from __future__ import annotations

import copy
import random
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from unittest import mock

from disclosures.parsing import ParseError, parse_disclosures
from disclosures.parsing.document import Document, load_document
from disclosures.parsing.text import Line

# An amount as printed: thousands separators optional, two decimals (a 万元 or 元 figure, not a code, count or year).
AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d%])")
MIN_VALUE = Decimal("10.00")  # four significant digits or more: repeats of smaller values are often coincidence
STEP = 3


@dataclass(frozen=True)
class Site:
    """One printed occurrence of a repeated amount: where it is and what it becomes."""

    line: int  # index into Document.lines
    start: int  # the amount's span in Line.text
    end: int
    printed: str
    changed: str
    page: int
    context: str  # the line's text around the amount, for the report
    prose: bool  # printed with its unit (万元/元) after it, as sentences print amounts; a table cell has none
    twins: tuple[str, ...]  # the other occurrences: "p<page> P|T <context>"


def value_of(printed: str) -> Decimal:
    return Decimal(printed.replace(",", ""))


def changed_amount(printed: str) -> str:
    """The units digit moved by STEP: the printed length and separators stay as they were."""
    point = printed.index(".")
    digit = (int(printed[point - 1]) + STEP) % 10
    return f"{printed[: point - 1]}{digit}{printed[point:]}"


def sites(document: Document) -> list[Site]:
    """Every occurrence of an amount printed on two or more lines, less the changes that would collide with an amount
    the document already prints."""
    found: dict[Decimal, list[tuple[int, re.Match[str]]]] = {}
    for number, line in enumerate(document.lines):
        for match in AMOUNT.finditer(line.text):
            value = value_of(match.group(0))
            if value >= MIN_VALUE:
                found.setdefault(value, []).append((number, match))
    printed_values = set(found)
    result = []
    for value, places in found.items():
        if len({number for number, _ in places}) < 2:
            continue
        described = [_described(document.lines[number], match) for number, match in places]
        for (number, match), (prose, context) in zip(places, described):
            changed = changed_amount(match.group(0))
            if value_of(changed) in printed_values:
                continue
            twins = tuple(f"p{document.lines[n].page} {'P' if p else 'T'} {c}"
                          for (n, m), (p, c) in zip(places, described) if (n, m.start()) != (number, match.start()))
            result.append(Site(number, match.start(), match.end(), match.group(0), changed,
                               document.lines[number].page, context, prose, twins))
    return result


def _described(line: Line, match: re.Match[str]) -> tuple[bool, str]:
    """Whether the amount is printed as prose prints it (its unit after it), and the text around it."""
    prose = line.text[match.end(): match.end() + 2].startswith(("万元", "元", "万"))
    return prose, line.text[max(0, match.start() - 24): match.end() + 12]


def sample(found: list[Site], limit: int, seed: str) -> list[Site]:
    """At most `limit` sites, the same ones on every run (seeded by the document's name)."""
    if len(found) <= limit:
        return found
    return sorted(random.Random(seed).sample(found, limit), key=lambda s: (s.line, s.start))


def corrupted(document: Document, site: Site) -> Document:
    """A copy of `document` printing `site.changed` where it printed `site.printed`, in the line and in the table
    cells of that page (the first cell holding it, as often as the page's lines hold it before this one)."""
    line = document.lines[site.line]
    text = line.text[: site.start] + site.changed + line.text[site.end:]
    raw = list(line.raw)
    for offset, (old, new) in enumerate(zip(site.printed, site.changed)):
        if old != new:
            raw[line.index[site.start + offset]] = new
    lines = list(document.lines)
    lines[site.line] = Line(text, line.page, "".join(raw), line.index, line.tabular)
    token = _token(site.printed)
    before = sum(len(token.findall(other.text)) for other in document.lines[: site.line] if other.page == site.page)
    before += len(token.findall(line.text[: site.start]))
    tables = _corrupted_grids(document, site, before)
    return replace(document, lines=lines, checks_text=None, **tables)


def _token(printed: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\d.,]){re.escape(printed)}(?![\d%])")


def _corrupted_grids(document: Document, site: Site, before: int) -> dict:
    """The page's grids with the `before`-th occurrence of the printed amount changed (a PDF's ruled tables, read
    once on the original; the native tables of other formats)."""
    token = _token(site.printed)

    def change(rows: list[list[str | None]]) -> None:
        seen = 0
        for row in rows:
            for i, cell in enumerate(row):
                if cell and token.search(cell):
                    if seen == before:
                        row[i] = token.sub(site.changed, cell, count=1)
                        return
                    seen += 1

    if document.is_pdf:
        read = dict(document.page_tables_read)
        if site.page not in read:
            read[site.page] = document.pdf_page_tables(site.page)
        read[site.page] = copy.deepcopy(read[site.page])
        change([row for grid in read[site.page] for row in grid])
        return {"page_tables_read": read}
    tables = [copy.deepcopy(t) if t.page == site.page else t for t in document.tables]
    change([row for table in tables if table.page == site.page for row in table.grid])
    return {"tables": tables}


@dataclass
class Outcome:
    site: Site
    seen: bool  # an error-severity failed check quotes the changed value
    warned: bool  # a warning (only) quotes it
    refused: str = ""


def quoted_amounts(check) -> set[Decimal]:
    from tests.parsing.test_checks_heldout import check_amounts

    return check_amounts(check)


def parse_corrupted(path: Path, document: Document, site: Site) -> Outcome:
    variant = corrupted(document, site)
    try:
        with mock.patch("disclosures.parsing.load_document", lambda data, filename="": variant):
            disclosures = parse_disclosures(path)
    except ParseError as exc:
        return Outcome(site, False, False, str(exc))
    wanted = value_of(site.changed)
    failed = [c for d in disclosures for c in d.checks if c.outcome == "fail" and wanted in quoted_amounts(c)]
    seen = any(c.severity == "error" for c in failed)
    return Outcome(site, seen, not seen and any(c.severity == "warning" for c in failed))


def loaded(path: Path) -> Document:
    """The document as the product loads it, its PDF tables read by one parse of the original."""
    document = load_document(path.read_bytes(), filename=path.name)
    with mock.patch("disclosures.parsing.load_document", lambda data, filename="": document):
        try:
            parse_disclosures(path)
        except ParseError:
            pass
    document.checks_text = None
    return document
