"""Bytes → pages of text → normalized lines, whatever the file type.

The type is decided by the content (magic bytes, markup), never by the file name: counties publish .xls
files that are HTML, PDFs named .htm and text saved as .doc. Each source module hands back an Extracted
(text pages with table rows marked, native table grids, metadata clues); this module turns it into lines.
"""
from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

from .html import html_fragments, html_source, looks_like_html, looks_like_mhtml, mhtml_html
from .pdf import pdf_pages
from .text import Extracted, Line, clean_web_text, decode_text, page_lines, text_tables, to_simplified
from .types import Clue, ParseError, SourceTable

TRADITIONAL = "原文为繁体字，已转换为简体后解析"
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}

# A workbook or .docx of 附表 is a few MB at most; these limits stop a zip bomb before it is inflated.
MAX_ZIP_MEMBER = 64 * 1024 * 1024
MAX_ZIP_TOTAL = 160 * 1024 * 1024
MAX_ZIP_MEMBERS = 5000
MAX_ZIP_RATIO = 200  # declared size / compressed size, for members larger than 8 MB

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OTHER_BINARIES = [
    (b"\x89PNG", "图片（PNG）"), (b"\xff\xd8\xff", "图片（JPEG）"), (b"GIF8", "图片（GIF）"), (b"BM", None),
    (b"Rar!", "RAR压缩包"), (b"7z\xbc\xaf", "7z压缩包"), (b"\x1f\x8b", "gzip压缩包"), (b"{\\rtf", "RTF文档"),
    (b"II*\x00", "图片（TIFF）"), (b"MM\x00*", "图片（TIFF）"), (b"%!PS", "PostScript文件"),
]


@dataclass
class Document:
    lines: list[Line]
    pages: int
    data: bytes
    is_pdf: bool
    warnings: list[str] = field(default_factory=list)
    tables: list[SourceTable] = field(default_factory=list)  # native tables (HTML, xlsx, docx); PDF tables are read lazily
    clues: list[Clue] = field(default_factory=list)  # identity evidence outside the text: web metadata, file name
    filename: str = ""  # the name the file came with (a clue only; never trusted for the type)
    format: str = "text"  # pdf, html, mhtml, xlsx, xls, ods, docx, doc or text: what the content turned out to be
    page_tables_read: dict[int, list] = field(default_factory=dict, repr=False, compare=False)
    # the check engine's reading of `lines` (checks.text.text_of): (the lines read, their count, the view); None until read
    checks_text: tuple | None = field(default=None, repr=False, compare=False)

    def pdf_page_tables(self, page: int) -> list[list[list[str | None]]]:
        """The ruled tables of one PDF page (pdf.pdf_tables), read once per document however many readers and
        checks ask; each caller gets its own copy to edit. Raises pdf.PdfReadError as pdf_tables does."""
        if page not in self.page_tables_read:
            from .pdf import pdf_tables

            self.page_tables_read[page] = pdf_tables(self.data, [page]).get(page, [])
        return [[list(row) for row in table] for table in self.page_tables_read[page]]


def detect_format(data: bytes) -> str:
    """pdf, docx, doc, xlsx, xls, ods, html, mhtml or text from the bytes themselves; ParseError for anything else."""
    head = data[:1024]
    if data.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head:
        return "pdf"
    if data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06":
        names = set(_zip_names(data))
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
            return "xlsx"
        if "content.xml" in names and b"opendocument.spreadsheet" in data[:200]:
            return "ods"  # the mimetype member comes first, stored uncompressed
        if "content.xml" in names and b"opendocument.text" in data[:200]:
            raise ParseError("这是OpenDocument文本（.odt），请另存为.docx或PDF后上传")
        if any(n.startswith("ppt/") for n in names):
            raise ParseError("这是PowerPoint演示文稿，不是预决算公开文件，请上传PDF、网页、Excel或Word文件")
        raise ParseError("这是压缩包，请解压后分别上传其中的文件")
    if data[:8] == _OLE2:
        if _utf16(b"Workbook") in data or _utf16(b"Book") in data[:65536 * 4]:
            return "xls"
        if _utf16(b"WordDocument") in data:
            return "doc"
        raise ParseError("未识别的文件类型（Office旧格式文件），请另存为PDF、.xlsx或.docx后上传")
    for magic, kind in _OTHER_BINARIES:
        if data.startswith(magic) and kind:
            raise ParseError(f"未识别的文件类型：这是{kind}，不是文字、PDF、网页或表格文件")
    if looks_like_mhtml(data):
        return "mhtml"
    if looks_like_html(data):
        return "html"
    return "text"


def _utf16(name: bytes) -> bytes:
    return b"".join(bytes([c, 0]) for c in name)


def _zip_names(data: bytes) -> list[str]:
    """Member names of a zip, after checking the declared sizes so that nothing huge is ever inflated."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise ParseError("文件已损坏：压缩结构无法读取") from exc
    if len(members) > MAX_ZIP_MEMBERS:
        raise ParseError("压缩包过大：文件数量异常，拒绝解压")
    total = 0
    for member in members:
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > MAX_ZIP_MEMBER or total > MAX_ZIP_TOTAL or (
                member.file_size > 8 * 1024 * 1024 and ratio > MAX_ZIP_RATIO):
            raise ParseError("压缩包过大：解压后体积异常（可能是恶意文件），拒绝读取")
    return [m.filename for m in members]


def load_document(data: bytes, *, filename: str = "") -> Document:
    name = PurePath(filename).name or "文件"
    if not data.strip():
        raise ParseError(f"{name}：文件为空")
    try:
        kind = detect_format(data)
    except ParseError as exc:
        raise ParseError(f"{name}：{exc}") from None
    warnings: list[str] = []
    extracted = _extract(kind, data, name)
    pages = extracted.pages
    joined = "\f".join(pages)
    converted, was_traditional = to_simplified(joined)
    if was_traditional:
        pages = converted.split("\f")
        warnings.append(TRADITIONAL)
        for table in extracted.tables:
            table.grid = [[to_simplified(c)[0] if c else c for c in row] for row in table.grid]
            table.caption = to_simplified(table.caption)[0]
        for clue in extracted.clues:
            if isinstance(clue.value, str):
                clue.value = _t2s(clue.value)
                clue.text = _t2s(clue.text)
    lines = page_lines(pages)
    if not lines:
        raise ParseError(f"{name}：文件中没有文字内容")
    return Document(lines=lines, pages=len(pages), data=data, is_pdf=kind == "pdf",
                    warnings=warnings + extracted.warnings, tables=extracted.tables, clues=extracted.clues,
                    filename=filename, format=kind)


def _t2s(text: str) -> str:
    from .text import _t2s as converter

    return converter().convert(text) if text else text


def _extract(kind: str, data: bytes, name: str) -> Extracted:
    try:
        if kind == "pdf":
            pages = pdf_pages(data)
            if not "".join(pages).strip():
                raise ParseError("PDF中没有可提取的文字（可能是扫描件或空白文件）")
            return Extracted(pages=pages)
        if kind == "html":
            return html_source(data)
        if kind == "mhtml":
            return html_source(mhtml_html(data))
        if kind in ("xlsx", "xls", "ods"):
            from .sheets import sheet_source

            return sheet_source(data, kind=kind)
        if kind == "docx":
            from .docx import docx_source

            return docx_source(data)
        if kind == "doc":
            from .docx import doc_source

            return doc_source(data)
        return _text_source(data)
    except ParseError as exc:
        raise ParseError(f"{name}：{exc}") from None


def _text_source(data: bytes) -> Extracted:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")) and not _utf16_text(data):
        raise ParseError("未识别的文件类型（二进制文件，不是文字、PDF、网页或表格）")
    text = decode_text(data)
    if text is None:
        raise ParseError("无法识别文字编码（不是UTF-8、GBK、Big5或UTF-16文本）")
    warnings: list[str] = []
    text, was_traditional = to_simplified(text)  # before cleaning: the chrome and metadata words are simplified
    if was_traditional:
        warnings.append(TRADITIONAL)
    if len(re.findall(r"&(?:[a-zA-Z]{2,8}|#\d{2,6});", text[:20000])) >= 3:
        text = html.unescape(text)  # text copied from a page's source: &ldquo;三公&rdquo;, &nbsp;
    text, html_tables = html_fragments(text)
    clues: list[Clue] = []
    tables: list[SourceTable] = []
    cleaned = []
    for number, page in enumerate(text.split("\f"), start=1):
        page, found = clean_web_text(page)
        cleaned.append(page)
        clues.extend(found)
        # Rows rebuilt or written as text become grids too; the raw <table>s of a .md keep their own captions.
        for table in text_tables(page, page=number):
            known = next((t for t in html_tables if t.grid and _same_rows(t.grid, table.grid)), None)
            tables.append(known or table)
            if known:
                known.page = number
    return Extracted(pages=cleaned, tables=tables, clues=clues, warnings=warnings)


def _same_rows(grid: list[list[str | None]], other: list[list[str | None]]) -> bool:
    return [[c or "" for c in row] for row in grid] == [[c or "" for c in row] for row in other[-len(grid):]]


def _utf16_text(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of ASCII text is NUL."""
    return decode_text(data) is not None
