"""The only module that touches PDF libraries.

Text comes from pypdfium2 (fast, whole document); pdfplumber, which is slower, is opened only for the
few pages whose table geometry we need (blank cells of the “三公” table).
"""
from __future__ import annotations

import io

from .types import ParseError


def pdf_pages(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except Exception as exc:  # pdfium raises its own error types for damaged or encrypted files
        raise ParseError("无法读取该PDF文件：文件已损坏、加密或不是有效的PDF") from exc
    try:
        pages = []
        for index in range(len(document)):
            try:
                page = document[index]
                textpage = page.get_textpage()
                pages.append(textpage.get_text_range())
                textpage.close()
                page.close()
            except Exception:  # one damaged page must not lose the others; it reads as an empty page
                pages.append("")
        return pages
    finally:
        document.close()


class PdfReadError(Exception):
    """pdfplumber/pdfminer could not read a page's geometry; callers turn it into a warning."""


def pdf_tables(data: bytes, page_numbers: list[int]) -> dict[int, list[list[list[str | None]]]]:
    """Tables on the given 1-based pages, as pdfplumber sees them (None = a merged or missing cell).

    Raises PdfReadError when pdfplumber fails on the file or a page (damaged streams, odd fonts)."""
    if not page_numbers:
        return {}
    import pdfplumber

    result: dict[int, list[list[list[str | None]]]] = {}
    try:
        with pdfplumber.open(io.BytesIO(data), pages=page_numbers) as pdf:
            for page in pdf.pages:
                result[page.page_number] = page.extract_tables()
    except Exception as exc:  # pdfminer raises many types (PSSyntaxError, KeyError, struct.error …)
        raise PdfReadError(f"page {page_numbers}: {exc!r}") from exc
    return result
