"""The downloaded workbook opens in LibreOffice and each sheet prints one page wide, landscape (skips without
LibreOffice; `make test` installs it where it can)."""
import shutil
import subprocess
from pathlib import Path

import pypdfium2
import pytest

from comparisons import analysis, exports
from tests.comparisons.frames import three_offices

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def test_libreoffice_prints_every_sheet_one_page_wide_in_landscape(tmp_path: Path):
    long_df = three_offices()
    wide = analysis.widen(long_df)
    result = analysis.compare(wide)
    book = tmp_path / "compare.xlsx"
    book.write_bytes(exports.comparison_xlsx(result.frame, wide, history=result.history, comparison=result))
    profile = tmp_path / "profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(tmp_path), str(book)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = pypdfium2.PdfDocument(str(tmp_path / "compare.pdf"))
    sizes = [pdf[i].get_size() for i in range(len(pdf))]
    assert all(width > height for width, height in sizes)  # landscape
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    # 汇总 is one page: its first column, a number near its end and its last column (说明) are on page 1,
    # and page 2 is already the next sheet (三公), not a spill-over of 汇总's right-hand columns
    assert "垫江县人民政府办公室" in pages[0] and "-19.15" in pages[0] and "部门口径（含6个单位）" in pages[0]
    assert "-19.15" not in pages[1] and "“三公”经费占支出" in pages[1].replace("\r", "").replace("\n", "")
