"""TB-ROW/TB-HIER read a PDF table's coded rows from the page's text lines; its geometry only when the text cannot
tell (issues 6 and 9). The tables below are written for these tests, as pypdfium2 prints a ruled table's rows."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks import rows
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.document import Document, load_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHARED = Path(__file__).resolve().parents[3] / "shared"
HEADER = "科目编码 科目名称 合计 基本支出 项目支出"


def read(*lines: str) -> list | None:
    """rows._text_tables on page 1 of a document made of these lines (pages split by a form feed)."""
    text = "某县林业局2025年部门预算\n表2 一般公共预算支出表\n单位：万元\n" + "\n".join(lines) + "\n"
    document = load_document(text.encode(), filename="t.txt")
    return rows._text_tables(text_of(document.lines, document), 1)


def test_it_reads_whole_rows_and_leaves_rows_with_blank_cells_blank() -> None:
    tables = read(HEADER, "213 农林水支出 300.00 100.00 200.00", "2130301 行政运行 100.00 100.00",
                  "2130305 林业生态", "保护恢复 200.00 200.00", "合计 300.00 100.00 200.00")
    assert tables == [(["", "", "合计", "基本支出", "项目支出"], [
        ("213", "农林水支出", ["213", "农林水支出", "300.00", "100.00", "200.00"]),
        ("2130301", "行政运行", ["2130301", "行政运行", None, None, None]),
        ("2130305", "林业生态保护恢复", ["2130305", "林业生态保护恢复", None, None, None]),
    ], set())]


def test_it_joins_a_code_printed_as_class_section_and_item() -> None:
    tables = read("类 款 项 科目名称 合计 基本支出 项目支出", "213 02 05 森林资源培育 80.50 30.50 50.00", "合计 80.50 30.50 50.00")
    assert tables is not None
    assert [code for code, _name, _cells in tables[0][1]] == ["2130205"]


@pytest.mark.parametrize("lines", [
    (HEADER, "213 农林水支出 300.00 100.00 200.00 5.00"),                    # more amounts than columns
    (HEADER, "213 农林水支出 300.00 100.00 200.00", "40.00 40.00"),           # amounts no coded row is waiting for
    (HEADER, "213 农林水支出 300.00 - 300.00 -"),                             # a blank mark among too many cells
    (HEADER, "213 农林水支出 300.00 -"),                                      # a blank mark among too few cells
    ("科目编码 科目名称 合计 基本 项目", "支出 支出", "213 农林水支出 300.00 100.00 200.00"),  # a header split over lines
])
def test_it_leaves_to_the_geometry_what_the_text_cannot_tell(lines: tuple[str, ...]) -> None:
    assert read(*lines) is None


def test_a_row_whose_blank_cells_print_a_mark_is_read_cell_by_cell() -> None:
    tables = read(HEADER, "213 农林水支出 300.00 - 300.00", "合计 300.00 - 300.00")
    assert tables == [(["", "", "合计", "基本支出", "项目支出"],
                       [("213", "农林水支出", ["213", "农林水支出", "300.00", "-", "300.00"])], set())]


def test_it_does_not_sum_a_parent_whose_rows_may_go_on_over_the_page() -> None:
    tables = read(HEADER, "213 农林水支出 300.00 100.00 200.00", "21302 林业 300.00 100.00 200.00",
                  "2130201 行政运行 100.00 100.00 0.00", "\f2130234 防灾减灾 200.00 0.00 200.00")
    assert tables is not None and tables[0][2] == {"213", "21302"}
    assert not list(rows._hierarchy(*tables[0][:2], 1, "表2", tables[0][2]))


def row(code: str, *amounts: str) -> rows._TextRow:
    return rows._TextRow(code, "", list(amounts))


LABELS = ["合计", "基本支出", "项目支出"]


@pytest.mark.parametrize(("parent", "kids", "needed"), [
    # the kids split between the columns exactly: consistent, nothing to read
    (row("20103", "300.00", "100.00", "200.00"), [row("2010301", "100.00", "100.00"), row("2010302", "200.00", "200.00")], False),
    # a cent off but the kids fall on both sides: neither column is summed whole
    (row("20103", "300.00", "100.01", "199.99"), [row("2010301", "100.00", "100.00"), row("2010302", "200.00", "200.00")], False),
    # one part printed on every row: that column's sum is the 合计 column's (the figure rule's)
    (row("21011", "105.58", "105.58"), [row("2101101", "67.37", "67.37"), row("2101102", "38.20", "38.20")], False),
    # no split adds up: the grid must say which cells are blank
    (row("20103", "300.00", "100.00", "200.00"), [row("2010301", "120.00", "120.00"), row("2010302", "200.00", "200.00")], True),
    # every kid under 基本 a cent off, the parent printing both parts: the grid would report a rounding hint
    (row("20103", "300.00", "300.01", "0.00"), [row("2010301", "100.00", "100.00"), row("2010302", "200.00", "200.00")], True),
])
def test_it_asks_for_the_geometry_only_when_blank_cells_could_change_a_sum(
        parent: rows._TextRow, kids: list[rows._TextRow], needed: bool) -> None:
    assert rows._needs_geometry(LABELS, [parent, *kids], set()) is needed


@pytest.mark.parametrize(("amounts", "needed"), [(("90.00", "60.00", "30.00"), False), (("90.00", "60.00", "20.00"), True)])
def test_it_places_a_short_row_of_a_wider_table_where_the_summed_columns_could_be(
        amounts: tuple[str, ...], needed: bool) -> None:
    labels = ["合计", "基本支出", "项目支出", "上缴上级支出", "经营支出"]
    assert rows._needs_geometry(labels, [row("2130201", *amounts)], set()) is needed


def test_it_finds_the_row_and_column_errors_of_a_pdf_without_reading_that_page_s_geometry() -> None:
    path = FIXTURES / "checks_heldout" / "p06_gongcheng_water_sangong_row.pdf"
    data = path.read_bytes()
    document = load_document(data, filename=path.name)
    checks = list(rows.tb_row_grid(parse_disclosure(data, filename=path.name), text_of(document.lines, document)))
    failed = {(c.rule, c.severity): [(f["label"], Decimal(f["value"])) for f in c.figures]
              for c in checks if c.outcome == "fail"}
    assert failed == {
        ("TB-ROW", "error"): [("21303水利合计", Decimal("1710.00")), ("基本支出", Decimal("510.00")),
                              ("项目支出", Decimal("1100.00"))],
        ("TB-HIER", "error"): [("21303水利项目支出", Decimal("1100.00")), ("2130301行政运行项目支出", Decimal("0.00")),
                               ("2130305水利工程建设项目支出", Decimal("1200.00"))],
    }
    assert 5 not in document.page_tables_read


def test_it_reads_no_geometry_of_the_seed_s_function_and_economic_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    path = SHARED / "seeds" / "pdf" / "004_feab6608d999c91e.pdf"
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not mounted)")
    pages: list[int] = []
    original = Document.pdf_page_tables

    def counted(self: Document, page: int) -> list:
        pages.append(page)
        return original(self, page)

    monkeypatch.setattr(Document, "pdf_page_tables", counted)
    parse_disclosure(path)
    assert pages and not {6, 7, 8} & set(pages)
