"""From raw page text to clean lines: simplified characters, folded widths and spaces, no page furniture."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters that exist only in traditional script and are frequent in budget texts.
_TRADITIONAL_MARKERS = frozenset("經費預萬機關運車輛購維護說單門務財撥劃實際編數職處會議據產報區縣與為這個們來級體總稅農構資")

_PAGE_FURNITURE = [
    re.compile(r"^[-—–_\s]*\d{1,4}[-—–_\s]*$"),  # "3", "- 3 -", "—3—"
    re.compile(r"^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$"),  # 第 3 页, 第3页 共15页
    re.compile(r"^共\s*\d{1,4}\s*页(?:\s*[,，/]?\s*第\s*\d{1,4}\s*页)?$"),
    re.compile(r"^\d{1,4}\s*/\s*\d{1,4}$"),  # 3/15
    re.compile(r"^page\s*\d+(?:\s*of\s*\d+)?$", re.IGNORECASE),
]

_NUMERIC_TOKEN = re.compile(r"^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")


@dataclass
class Line:
    text: str  # normalized: half-width, no spaces (except between Latin words)
    page: int  # 1-based
    raw: str  # as extracted (after character conversion), spaces kept: tables split on them
    index: list[int]  # for each character of text, its position in raw
    tabular: bool = False  # a table row (tab/pipe cells, or two adjacent numbers)


@dataclass
class Joined:
    """Prose lines joined into one string, with what is needed to cite a match."""

    text: str  # normalized
    raw: str  # the raw lines joined the same way
    index: list[int]  # text position -> raw position
    marks: list[tuple[int, int]]  # (text offset, page) where each line starts

    def page_at(self, offset: int) -> int | None:
        page = None
        for start, number in self.marks:
            if start > offset:
                break
            page = number
        return page

    def cite(self, start: int, end: int) -> str:
        """The document's own characters behind text[start:end]."""
        if start >= end or start >= len(self.index):
            return ""
        return self.raw[self.index[start]: self.index[min(end, len(self.index)) - 1] + 1].strip()


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> tuple[str, bool]:
    """Convert traditional characters when the text has enough of them to be traditional."""
    hits = sum(1 for ch in text[:20000] if ch in _TRADITIONAL_MARKERS)
    if hits < 3:
        return text, False
    return _t2s().convert(text), True


def normalize(text: str) -> str:
    """One line of prose → the form every rule matches against (see normalize_mapped)."""
    return normalize_mapped(text)[0]


def normalize_mapped(raw: str) -> tuple[str, list[int]]:
    """Normalize and keep, for each output character, the index of the raw character it came from.

    NFKC folds full-width digits, brackets, colons and commas to ASCII, so rules are written once with
    "(", ":" and ",". Spaces go, except between Latin words: typists put them inside numbers ("43 .80").
    The index map lets a match be shown as the document printed it.
    """
    out: list[str] = []
    index: list[int] = []
    n = len(raw)
    for i, ch in enumerate(raw):
        if ch in "\u200b\u200c\u200d\ufeff\u00ad":
            continue  # invisible characters web copies leave inside numbers ("1\u200b2.30")
        if ch.isspace():
            if out and out[-1].isascii() and out[-1].isalpha():
                j = i + 1
                while j < n and raw[j].isspace():
                    j += 1
                if j < n and raw[j].isascii() and raw[j].isalpha() and out[-1] != " ":
                    out.append(" ")
                    index.append(i)
            continue
        if ch == "." and i and _is_cjk(raw[i - 1]) and (i + 1 == n or _is_cjk(raw[i + 1]) or raw[i + 1].isspace()):
            out.append("。")  # a half-width full stop ends a Chinese sentence
            index.append(i)
            continue
        folded = _FOLD.get(ch)
        if folded is None:
            folded = unicodedata.normalize("NFKC", ch) if ord(ch) > 127 else ch
        for piece in folded:
            out.append(piece)
            index.append(i)
    return "".join(out), index


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "）)”"


_FOLD = {"−": "-", "－": "-", "（": "(", "）": ")", "　": " ", "。": "。", "、": "、"}


def is_page_furniture(line: str) -> bool:
    stripped = line.strip()
    return any(p.match(stripped) for p in _PAGE_FURNITURE)


def is_tabular(raw: str) -> bool:
    if "\t" in raw.strip() or raw.count("|") >= 2:
        return True
    if re.search(r"[，。；：;:]|,(?!\d{3})", raw):
        return False  # prose: typists put spaces inside numbers ("6 234.50"), tables carry no punctuation
    tokens = raw.split()
    return any(
        _NUMERIC_TOKEN.match(a) and _NUMERIC_TOKEN.match(b) for a, b in zip(tokens, tokens[1:])
    )


def page_lines(pages: list[str]) -> list[Line]:
    """Pages of raw text → normalized lines with their page numbers, page headers/footers dropped."""
    lines: list[Line] = []
    pages = [unfold_columns(page) for page in pages]
    repeated = _repeated_headers(pages)
    for number, page in enumerate(pages, start=1):
        for raw in page.splitlines():
            raw = raw.replace("\r", "").rstrip()
            if not raw.strip() or is_page_furniture(raw) or raw.strip() in repeated:
                continue
            raw = re.sub(r"^\s*#{1,6}\s*", "", raw)  # markdown heading marks
            raw = re.sub(r"</?(?:b|strong|p|br|i|em|span)\b[^>]*>", "", raw)  # stray inline HTML in .md
            if raw.lstrip().startswith("[bookmark:"):
                raw = re.sub(r"^\s*\[bookmark:[^\]]*\]\s*", "", raw)
            text, index = normalize_mapped(raw)
            if text:
                lines.append(Line(text=text, page=number, raw=raw, index=index, tabular=is_tabular(raw)))
    return lines


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def unfold_columns(page: str) -> str:
    """A page set in two columns (text extracted line by line across both) → the left column, then the right.

    A line belongs to the layout when it has exactly one wide gap and the right part starts at the same
    display column as on most such lines; tables, with several gaps a line, are left alone.
    """
    rows = page.splitlines()
    starts: dict[int, int] = {}
    for row in rows:
        gaps = list(re.finditer(r"\S( {4,})(?=\S)", row))
        if len(gaps) == 1:
            column = _width(row[: gaps[0].end()])
            starts[column] = starts.get(column, 0) + 1
    if not starts:
        return page
    column, count = max(starts.items(), key=lambda item: item[1])
    count = sum(n for c, n in starts.items() if abs(c - column) <= 2)
    if count < 5 or count < 0.4 * sum(1 for row in rows if row.strip()):
        return page
    left, right = [], []
    for row in rows:
        cut = None
        for i in range(len(row)):
            if abs(_width(row[:i]) - column) <= 2 and row[i:i + 1].strip() and (i == 0 or row[i - 1] == " "):
                cut = i
                break
        if cut is not None and not row[:cut].strip():
            right.append(row[cut:])
        elif cut is not None and row[:cut].endswith("    "):
            left.append(row[:cut].rstrip())
            right.append(row[cut:])
        else:
            left.append(row)
    return "\n".join(left + right)


def _repeated_headers(pages: list[str]) -> set[str]:
    """A short line that opens or closes two or more pages is a running header or footer."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        for ln in set(lines[:1] + lines[-1:]):
            if len(ln) <= 40:
                counts[ln] = counts.get(ln, 0) + 1
    return {ln for ln, n in counts.items() if n >= 2 and n >= len(pages) // 3}


def join_lines(lines: list[Line]) -> Joined:
    """Join prose lines into one string; PDF lines break inside words and numbers, so no separator."""
    parts: list[str] = []
    raws: list[str] = []
    index: list[int] = []
    marks: list[tuple[int, int]] = []
    offset = raw_offset = 0
    for line in lines:
        text, raw, line_index = line.text, line.raw, line.index
        if parts and parts[-1][-1:].isascii() and parts[-1][-1:].isalpha() and text[:1].isascii() and text[:1].isalpha():
            text, line_index = " " + text, [line_index[0]] + line_index
        marks.append((offset, line.page))
        parts.append(text)
        raws.append(raw)
        index.extend(raw_offset + i for i in line_index)
        offset += len(text)
        raw_offset += len(raw)
    return Joined("".join(parts), "".join(raws), index, marks)
