"""pdf.py: tables read from pypdfium2's boxes (pdf_tables) come out cell for cell as pdfplumber's `extract_tables`."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from disclosures.parsing.pdf import PdfReadError, pdf_tables, pdfplumber_tables

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
FIXTURE = REPO / "tests" / "fixtures" / "variants5_pdf" / "v08_sangzhi_culture_hunan_style_empty_fund_table.pdf"  # four ruled 附表 on its last page


def _need(path: Path) -> bytes:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not mounted)")
    return path.read_bytes()


def _pages(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def test_it_reads_every_table_of_a_committed_pdf_exactly_as_pdfplumber() -> None:
    data = FIXTURE.read_bytes()
    pages = list(range(1, _pages(data) + 1))
    ours, theirs = pdf_tables(data, pages), pdfplumber_tables(data, pages)
    assert sum(len(grids) for grids in theirs.values()) >= 4  # the fixture's 附表 really are ruled tables
    assert ours == theirs


@pytest.mark.parametrize("path, pages", [
    (SHARED / "seeds" / "pdf" / "004_feab6608d999c91e.pdf", [9, 10]),  # the “三公” table; two tables on one page
    (SHARED / "realdocs" / "pdf" / "ee47ac5b96.pdf", [9, 14, 21]),  # a landscape page drawn upside-down (y flipped)
    (SHARED / "realdocs" / "pdf" / "8f34519435.pdf", [5, 8]),  # a comma from a fallback font; a thin 一 glyph
    (REPO / "tests" / "fixtures" / "variants4_pdf" / "r01_dangtu_drc_bilingual_export.pdf", [1]),  # spaces in cells
])
def test_it_reads_the_real_pdfs_tables_cell_for_cell_as_pdfplumber(path: Path, pages: list[int]) -> None:
    data = _need(path)
    ours, theirs = pdf_tables(data, pages), pdfplumber_tables(data, pages)
    assert all(theirs[page] for page in pages)
    assert ours == theirs


def test_it_finds_the_procurement_tables_total_under_its_general_budget_column() -> None:
    data = _need(SHARED / "seeds" / "pdf" / "004_feab6608d999c91e.pdf")
    grids = pdf_tables(data, [10])[10]
    procurement = next(grid for grid in grids if any(row and row[0] == "合计" and len(row) > 5 for row in grid))
    header = next(row for row in procurement if row[0] == "项目编号")
    total = next(row for row in procurement if row[0] == "合计")
    column = next(i for i, cell in enumerate(header) if cell and "一般公共" in re.sub(r"\s", "", cell))
    assert (total[2], total[column]) == ("24.00", "24.00")


def test_a_page_drawn_through_a_form_xobject_goes_to_pdfplumber(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(FIXTURE.read_bytes())
    wrapped = pdfium.PdfDocument.new()
    width, height = source[3].get_size()
    page = wrapped.new_page(width, height)
    page.insert_obj(source.page_as_xobject(3, wrapped).as_pageobject())
    page.gen_content()
    out = tmp_path / "wrapped.pdf"
    wrapped.save(out)
    data = out.read_bytes()
    tables = pdf_tables(data, [1])
    assert tables == pdfplumber_tables(data, [1])
    assert tables[1] and tables[1] == pdfplumber_tables(FIXTURE.read_bytes(), [4])[4]


@pytest.mark.parametrize("data, pages", [(b"%PDF-1.4 not really a document", [1]), (None, [99])])
def test_an_unreadable_file_or_a_missing_page_raises_pdf_read_error(data: bytes | None, pages: list[int]) -> None:
    with pytest.raises(PdfReadError):
        pdf_tables(data if data is not None else FIXTURE.read_bytes(), pages)


def test_no_pages_asked_reads_nothing() -> None:
    assert pdf_tables(b"", []) == {}
