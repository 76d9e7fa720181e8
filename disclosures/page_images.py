"""PDF pages as images for the source panel: rendered once with pypdfium2 and cached on disk.

The cache lives under ``settings.PAGE_IMAGE_DIR/<sha256>/``: ``<page>.png`` is the plain page and
``<page>-<digest>.png`` the page with a figure's printed number boxed, the digest naming the searched texts.
A cached file is written to a temporary name and renamed, so a reader never sees half a PNG.

Highlighting uses the PDF's text layer (pdfium text search); a scanned page without one is shown unmarked.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

SCALE = 1.5  # 108 dpi: a 595 pt A4 page becomes 893 px wide, sharp enough for 小四 digits
HIGHLIGHT = (220, 38, 38)  # red-600 outline
MAX_PAGES = 2000
_PALETTE = Image.new("P", (1, 1))
_PALETTE.putpalette([c for level in range(0, 256, 17)[:14] for c in (level, level, level)] + [255, 255, 255]
                    + list(HIGHLIGHT) + [0, 0, 0] * 240)


class PageImageError(Exception):
    """The file is not a readable PDF or has no such page; the message is one Chinese line."""


@dataclass(frozen=True)
class Box:
    """A highlighted rectangle as fractions of the page (0–1, origin top left), so it scales with the image."""

    left: float
    top: float
    right: float
    bottom: float

    def as_dict(self) -> dict[str, float]:
        return {"left": round(self.left, 4), "top": round(self.top, 4),
                "right": round(self.right, 4), "bottom": round(self.bottom, 4)}


def number_spellings(value: Decimal | None, scale: int | None) -> list[str]:
    """How a figure's value may be printed: ``2512.29`` → ``["2,512.29", "2512.29"]`` (with the printed number of
    decimals when known, else the value's own)."""
    if value is None:
        return []
    shortest = max(0, -value.normalize().as_tuple().exponent)
    spelled = []
    for places in dict.fromkeys([p for p in (scale, shortest, 2) if p is not None and p >= shortest]):
        quantized = value.quantize(Decimal(1).scaleb(-places))
        spelled += [f"{quantized:,.{places}f}", f"{quantized:.{places}f}"]
    return list(dict.fromkeys(spelled))


def find_boxes(pdf_path: Path | str, page: int, *, numbers: list[str], anchor: str = "") -> list[Box]:
    """Where `numbers` are printed on page `page` (1-based). When the number occurs more than once, keep the
    occurrence nearest after the `anchor` text (the start of the source sentence) if the anchor is found."""
    with _open(pdf_path) as document:
        pdf_page = _page(document, page)
        width, height = pdf_page.get_size()
        text_page = pdf_page.get_textpage()
        matches: list[tuple[int, int]] = []
        for spelled in numbers:
            matches = _search(text_page, spelled, whole_number=True)
            if matches:
                break
        if not matches:
            return []
        anchors = _search(text_page, anchor[:12]) if len(anchor) >= 4 else []
        if anchors and len(matches) > 1:
            start = anchors[0][0]
            after = [m for m in matches if m[0] >= start]
            matches = [min(after or matches, key=lambda m: abs(m[0] - start))]
        boxes = []
        for index, count in matches[:4]:
            chars = [text_page.get_charbox(i) for i in range(index, index + count)]
            left = min(c[0] for c in chars)
            bottom = min(c[1] for c in chars)
            right = max(c[2] for c in chars)
            top = max(c[3] for c in chars)
            pad = 2.0
            boxes.append(Box(max(0.0, (left - pad) / width), max(0.0, (height - top - pad) / height),
                             min(1.0, (right + pad) / width), min(1.0, (height - bottom + pad) / height)))
        return boxes


def page_text(pdf_path: Path | str, page: int) -> str:
    """The text layer of page `page` (1-based) as pdfium reads it; "" for a scanned page."""
    with _open(pdf_path) as document:
        return _page(document, page).get_textpage().get_text_range()


def page_image(pdf_path: Path | str, *, sha256: str, page: int, cache_dir: Path,
               numbers: list[str] | tuple[str, ...] = (), anchor: str = "") -> Path:
    """The PNG of page `page` (1-based), with the printed `numbers` boxed (see `find_boxes`), from the cache or
    rendered now. The cache key is the file's sha256, the page and a digest of what is highlighted, so a hit
    never opens the PDF."""
    if not _is_sha256(sha256):
        raise PageImageError("文件标识无效")
    folder = Path(cache_dir) / sha256
    suffix = ""
    if numbers:
        digest = hashlib.sha256("\x1f".join([*numbers, "", anchor[:12]]).encode()).hexdigest()[:16]
        suffix = f"-{digest}"
    target = folder / f"{page}{suffix}.png"
    if target.exists():
        return target
    boxes = find_boxes(pdf_path, page, numbers=list(numbers), anchor=anchor) if numbers else []
    with _open(pdf_path) as document:
        image = _page(document, page).render(scale=SCALE).to_pil().convert("RGB")
    if boxes:
        draw = ImageDraw.Draw(image)
        w, h = image.size
        for box in boxes:
            draw.rectangle([box.left * w, box.top * h, box.right * w, box.bottom * h], outline=HIGHLIGHT, width=3)
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            # 15 greys and the highlight red: a text page drops from ~600 KB to ~140 KB and the box stays red
            image.quantize(palette=_PALETTE, dither=Image.Dither.NONE).save(out, format="PNG", optimize=True)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target


def _search(text_page, text: str, *, whole_number: bool = False) -> list[tuple[int, int]]:
    """(start, count) of each occurrence; with `whole_number`, not inside a longer number (115.4 in 2115.45)."""
    if not text:
        return []
    searcher = text_page.search(text, match_case=True)
    found = []
    total = text_page.count_chars()
    while (hit := searcher.get_next()) is not None and len(found) < 50:
        index, count = hit
        if whole_number:
            before = text_page.get_text_range(index - 1, 1) if index > 0 else ""
            after = text_page.get_text_range(index + count, 1) if index + count < total else ""
            if (before and before in NUMBER_CHARS) or (after and after in NUMBER_CHARS):
                continue
        found.append(hit)
    return found


NUMBER_CHARS = set("0123456789.,")


class _open:
    """A pdfium document as a context manager that turns every failure into `PageImageError`."""

    def __init__(self, path: Path | str) -> None:
        self.path = path

    def __enter__(self):
        try:
            self.document = pdfium.PdfDocument(str(self.path))
        except (pdfium.PdfiumError, OSError) as exc:
            raise PageImageError("原文件不是可读的 PDF") from exc
        return self.document

    def __exit__(self, *exc) -> None:
        self.document.close()


def _page(document, page: int):
    if not 1 <= page <= min(len(document), MAX_PAGES):
        raise PageImageError(f"原文件没有第 {page} 页")
    return document[page - 1]


def _is_sha256(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)
