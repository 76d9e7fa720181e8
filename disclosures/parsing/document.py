"""Bytes → pages of text → normalized lines, whatever the file type."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

from .pdf import pdf_pages
from .text import Line, page_lines, to_simplified
from .types import Clue, ParseError, SourceTable

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


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


def load_document(data: bytes, *, filename: str = "") -> Document:
    name = PurePath(filename).name or "文件"
    suffix = PurePath(filename).suffix.lower()
    if not data.strip():
        raise ParseError(f"{name}：文件为空")
    warnings: list[str] = []
    if data.lstrip()[:5] == b"%PDF-" or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        pages = pdf_pages(data)
        is_pdf = True
        if not "".join(pages).strip():
            raise ParseError(f"{name}：PDF中没有可提取的文字（可能是扫描件或空白文件）")
    else:
        if suffix == ".pdf":
            kind = "网页（HTML）" if _looks_like_html(data) else "其他格式"
            raise ParseError(f"{name}：扩展名是.pdf，但内容不是PDF，而是{kind}文件")
        if suffix and suffix not in TEXT_SUFFIXES:
            raise ParseError(f"{name}：不支持的文件类型 {suffix}（支持 .pdf、.txt、.md）")
        if _looks_like_html(data):
            raise ParseError(f"{name}：这是网页（HTML）文件，不是预决算公开文件")
        text = _decode(data, name)
        pages = text.split("\f")
        is_pdf = False
    joined = "\f".join(pages)
    converted, was_traditional = to_simplified(joined)
    if was_traditional:
        pages = converted.split("\f")
        warnings.append("原文为繁体字，已转换为简体后解析")
    lines = page_lines(pages)
    if not lines:
        raise ParseError(f"{name}：文件中没有文字内容")
    return Document(lines=lines, pages=len(pages), data=data, is_pdf=is_pdf, warnings=warnings, filename=filename)


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in head[:512] or b"<body" in head


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError(f"{name}：这是二进制文件，不是文本或PDF")
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        return text
    raise ParseError(f"{name}：无法识别文字编码（既不是UTF-8也不是GBK）")
