"""Imported once by the cage's forkserver: load the parser and warm its lazy tables before any fork.

Each caged parse is a fork of that server, so whatever is loaded here (the gazetteer, the script converter,
PDFium) is shared by every child instead of being loaded again for each file.
"""
from __future__ import annotations

import io

from . import parsing

_WARM_TEXT = (
    "重庆市样例县农业农村委员会2025年部门预算情况说明\n"
    "一、基本情况\n本部门下属单位2个。\n"
    "二、收支预算情况\n收入预算合计1,234.50万元，支出预算合计1,234.50万元。\n"
    "三、“三公”经费预算情况说明\n2025年“三公”经费预算12.30万元，比上年减少1.20万元。"
    "其中：因公出国（境）费0万元；公务用车购置及运行维护费10.00万元；公务接待费2.30万元。\n"
    "四、其他重要事项\n机关运行经费预算45.60万元。\n"
)


def _warm() -> None:
    try:
        parsing.parse_disclosures(_WARM_TEXT.encode("utf-8"), filename="warm.txt")
    except Exception:
        pass
    try:
        import pdfplumber
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument.new()
        document.new_page(200, 200)
        buffer = io.BytesIO()
        document.save(buffer)
        document.close()
        with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
            for page in pdf.pages:
                page.extract_tables()
        parsing.parse_disclosures(buffer.getvalue(), filename="warm.pdf")
    except Exception:
        pass
    try:
        # pdfminer loads the CJK character maps on first use and caches them per process: load them here.
        from pdfminer.cmapdb import CMapDB

        for name in ("UniGB-UCS2-H", "UniGB-UTF16-H", "GBK-EUC-H", "GB-EUC-H", "UniCNS-UCS2-H", "UniCNS-UTF16-H"):
            CMapDB.get_cmap(name)
        for collection in ("Adobe-GB1", "Adobe-CNS1"):
            CMapDB.get_unicode_map(collection)
    except Exception:
        pass


_warm()

try:
    from . import page_images  # noqa: F401  (the source panel's page images are rendered in the cage too)
except Exception:
    pass
