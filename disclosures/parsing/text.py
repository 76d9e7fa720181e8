"""From raw page text to clean lines: simplified characters, folded widths and spaces, no page furniture."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .lists import canonical_lists, numbered_run
from .types import Clue, SourceTable

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
        if ch in "\u200b\u200c\u200d\u2060\u200e\u200f\u180e\ufeff\u00ad":
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
    return fold_phrases("".join(out), index)


# Words of a change that may follow a comparison phrase directly.
_CHANGE_WORD = r"(?:增加|减少|增长|下降|上升|降低|提高|压减|持平|增支|减支|缩减|增减)"
# One canonical wording for the comparison with last year and for the direction of a change, so every rule reads the forms counties print alike:
# “与上年相比增加…”, “与上年度相比，减少…”, “相比上年增加…”, “与去年比较减少…”, “同比增加…” → “比上年…”. Only
# a comparison followed at once by its change word is folded: “与上年相比，收支总额增加…” names its subject after
# the comparison and is left as printed.
_PHRASE_FOLDS = [
    (re.compile(rf"与(上年度?|上一年度?|去年)(?:同期)?(?:相比较?|相较|比较|对比|比),?(?={_CHANGE_WORD})"), r"比\1"),
    (re.compile(rf"相比(上年度?|上一年度?|去年),?(?={_CHANGE_WORD})"), r"比\1"),
    (re.compile(rf"(?<![比较与年度期月])同比(?={_CHANGE_WORD})"), "比上年"),
    # a comparison opening its clause, its subject after it (“同比，收支总额增加…”): “与上年相比,”
    (re.compile(r"(?:^|(?<=[。,;:]))(?:同比|相比(?:上年度?|去年)|与(?:上年度?|去年)(?:同期)?(?:比较|相较|对比|比|同期相比))(?=,)"),
     "与上年相比"),
    # a 预算's or an item's total named 共计 (“收入预算共计X万元”, ““三公”经费共计X万元”) is its 合计; a 决算's 收入共计 may be
    # its 总计 (with the balance brought forward) and is left as printed
    (re.compile(r"(?<=预算|经费)共计(?=(?:为|是)?-?\d)"), "合计"),
    # the direction of a change: of an amount 增加/减少, of a rate 增长/下降, whichever synonym was printed
    (re.compile(r"(?:增长|上升)(?=了?-?\d[\d,]*(?:\.\d+)?(?:万元|千元|亿元|元))"), "增加"),
    (re.compile(r"(?:下降|降低)(?=了?-?\d[\d,]*(?:\.\d+)?(?:万元|千元|亿元|元))"), "减少"),
    (re.compile(r"(?:增加|上升)(?=了?-?\d+(?:\.\d+)?%)"), "增长"),
    (re.compile(r"(?:减少|降低)(?=了?-?\d+(?:\.\d+)?%)"), "下降"),
]


def fold_phrases(text: str, index: list[int]) -> tuple[str, list[int]]:
    """Rewrite synonym phrases (_PHRASE_FOLDS) to their canonical form; each new character maps to a raw position
    inside the phrase it replaces (the last to its last), so citations still show the printed words."""
    for pattern, replacement in _PHRASE_FOLDS:
        if pattern.search(text) is None:
            continue
        parts: list[str] = []
        mapped: list[int] = []
        last = 0
        for match in pattern.finditer(text):
            parts.append(text[last:match.start()])
            mapped.extend(index[last:match.start()])
            new = match.expand(replacement)
            parts.append(new)
            span = match.end() - match.start()
            mapped.extend(index[match.start() + min(k, span - 1)] for k in range(len(new) - 1))
            mapped.append(index[match.end() - 1])
            last = match.end()
        parts.append(text[last:])
        mapped.extend(index[last:])
        text, index = "".join(parts), mapped
    return text, index


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
    """Pages of raw text → normalized lines with their page numbers, page headers/footers dropped.

    A line that starts with TABLE_ROW is a row of a native table (HTML, sheet, docx, rebuilt web table):
    its tab-separated cells are kept as they are, empty ones included, and it is always tabular.
    """
    lines: list[Line] = []
    pages = [unfold_columns(page) for page in pages]
    repeated = _repeated_headers(pages)
    for number, page in enumerate(pages, start=1):
        for raw in page.splitlines():
            if raw.startswith(TABLE_ROW):
                raw = raw[1:].replace("\r", "").rstrip(" ")
                text, index = normalize_mapped(raw)
                if text:
                    lines.append(Line(text=text, page=number, raw=raw, index=index, tabular=True))
                continue
            raw = raw.replace("\r", "").rstrip()
            if not raw.strip() or is_page_furniture(raw) or raw.strip() in repeated:
                continue
            raw = re.sub(r"^\s*#{1,6}\s*", "", raw)  # markdown heading marks
            raw = re.sub(r"</?(?:b|strong|p|br|i|em|span)\b[^>]*>", "", raw)  # stray inline HTML in .md
            if raw.lstrip().startswith("[bookmark:"):
                raw = re.sub(r"^\s*\[bookmark:[^\]]*\]\s*", "", raw)
            text, index = normalize_mapped(raw)
            tabular = is_tabular(raw)
            if text and not tabular:
                text, index = canonical_lists(text, index)
            if text:
                lines.append(Line(text=text, page=number, raw=raw, index=index, tabular=tabular))
    return _join_numbered_lists(lines)


def _join_numbered_lists(lines: list[Line]) -> list[Line]:
    """A total's parts printed one numbered line each (“…万元，其中：” / “1.A x万元；” / “2.B y万元。”) are one sentence:
    joined into one line (on one page), so the list readers see it whole."""
    texts = [line.text for line in lines]
    out: list[Line] = []
    at = 0
    while at < len(lines):
        run = numbered_run(texts, at) if not lines[at].tabular else 0
        parts = lines[at:at + run + 1]
        if run and len({line.page for line in parts}) == 1 and not any(line.tabular for line in parts):
            raw, index = "", []
            for line in parts:
                index.extend(len(raw) + i for i in line.index)
                raw += line.raw
            text, index = canonical_lists("".join(line.text for line in parts), index)
            out.append(Line(text=text, page=parts[0].page, raw=raw, index=index))
            at += run + 1
            continue
        out.append(lines[at])
        at += 1
    return out


@dataclass
class Extracted:
    """What a source module (html, sheets, docx) hands to document.py: text pages, native tables, clues."""

    pages: list[str]  # raw text a page (a sheet, or the whole page/document); table rows as TABLE_ROW lines
    tables: list[SourceTable] = field(default_factory=list)
    clues: list[Clue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


TABLE_ROW = "\x1e"  # marks a table row in extracted text; input text never holds it (controls are stripped)


_STATED_AMOUNT = re.compile(r"^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万元|元|亿元|人|名|辆)$")


def label_value_lines(grid: list[list[str | None]]) -> list[str] | None:
    """A two-column table of "公务接待费 | 3.60万元" rows reads as statements: "公务接待费：3.60万元。".

    Only when every row pairs a label with an amount that carries its own unit (a header row aside), or when the
    header over the amounts states the unit ("项目 | 金额（万元）") and every row holds a bare amount, so the prose
    readers get what the page says in the words it says it; None for any other table.
    """
    rows = [[c or "" for c in row] for row in grid if any(row)]
    if not rows or any(len(row) != 2 for row in rows):
        return None
    headed = _HEADED_UNIT.search(rows[0][1]) if not _NUMERIC_TOKEN.match(rows[0][1].strip()) else None
    if headed and len(rows) >= 3 and all(_NUMERIC_TOKEN.match(r[1].strip()) and not r[1].strip().endswith("%")
                                         and r[0].strip() and not _NUMERIC_TOKEN.match(r[0].strip())
                                         for r in rows[1:]):
        return [f"{left.strip().rstrip(':：')}：{right.strip()}{headed.group(1)}。" for left, right in rows[1:]]
    body = rows[1:] if not _STATED_AMOUNT.match(rows[0][1].strip()) else rows
    if len(body) < 2 or not all(_STATED_AMOUNT.match(r[1].strip()) and r[0].strip() and
                                not _NUMERIC_TOKEN.match(r[0].strip()) for r in body):
        return None
    return [f"{left.strip().rstrip(':：')}：{right.strip()}。" for left, right in body]


_HEADED_UNIT = re.compile(r"^[^\d]{0,8}[(（]\s*(亿元|万元|千元|元)\s*[)）]$")


def table_lines(table: SourceTable, *, caption: bool = True) -> list[str]:
    """A native table as text lines: its caption, its unit, then one TABLE_ROW line of tab-separated cells a row.

    Text readers that know nothing of SourceTable still find the table where the document printed it.
    """
    out = []
    if table.caption and caption:
        out.append(table.caption)
    if table.unit and caption and not (table.caption and UNIT_IN_CAPTION.search(table.caption)):
        out.append(f"单位：{table.unit}")
    for row in table.grid:
        cells = [re.sub(r"\s+", " ", cell or "").strip() for cell in row]
        if any(cells):
            out.append(TABLE_ROW + "\t".join(cells))
    return out


UNIT_IN_CAPTION = re.compile(r"单位\s*[:：]\s*(亿元|万元|千元|元)")


def unit_above(lines: list[str]) -> str | None:
    """The "单位：万元" printed in the last two lines before a table."""
    for line in lines[-2:]:
        found = UNIT_IN_CAPTION.search(line)
        if found:
            return found.group(1)
    return None


def caption_above(lines: list[str]) -> str:
    """The table's title when one of the last two lines before it reads like one (…表, …情况, …明细)."""
    for line in reversed(lines[-2:]):
        if line.startswith(TABLE_ROW):
            continue
        text = re.sub(r"<[^>]*>|^\s*#{1,6}\s*|[*_]{2}", "", line)
        text = re.sub(r"[(（]\s*[)）]", "", UNIT_IN_CAPTION.sub("", text)).strip(" ：:\u3000")
        if text and len(text) <= 60 and not re.search(r"[，。；,;]", text) and re.search(r"表|情况|明细|统计|三公|经费", text):
            return text
    return ""


_NOTE_CELL = re.compile(r"^(?:单位名称|编制单位|编制部门|填报单位|预算单位|预算部门|部门名称|主管部门|公开单位|单位|部门)\s*[:：]\s*\S")
_DATE_CELL = re.compile(r"^(?:(?:填报|编制|公开)?日期[:：]?)?\s*[\d\-./年月日 ]+$")


def split_title_rows(grid: list[list[str | None]]) -> tuple[str, str | None, list[list[str | None]], list[str]]:
    """Rows above a table's header that hold a title, "单位：万元", "编制单位：…" or a date → caption, unit,
    the rest of the grid, and the notes ("编制单位：XX局": identity evidence, kept as text lines).

    Sheets and web tables often print the table's title and unit as merged rows inside the grid.
    """
    caption_parts: list[str] = []
    notes: list[str] = []
    unit = None
    rows = list(grid)
    while len(rows) > 1:
        values = [c.strip() for c in rows[0] if c and c.strip()]
        distinct = list(dict.fromkeys(values))
        if not distinct:
            rows.pop(0)
            continue
        joined = " ".join(distinct)
        found = UNIT_IN_CAPTION.search(joined)
        described = all(UNIT_IN_CAPTION.search(v) or _NOTE_CELL.match(v) or _DATE_CELL.match(v) for v in distinct[1:])
        if not (len(distinct) == 1 or (len(distinct) <= 3 and described and (found or _NOTE_CELL.match(distinct[0])))):
            break
        if any(_NUMERIC_TOKEN.match(v) for v in distinct) or len(joined) > 120:
            break
        for value in distinct:
            stated = UNIT_IN_CAPTION.search(value)
            if stated:
                unit = unit or stated.group(1)
                value = re.sub(r"[(（]\s*[)）]", "", UNIT_IN_CAPTION.sub("", value))
                value = re.sub(r"(?:金额|计量)\s*$", "", value).strip(" ：:")
            if not value or _DATE_CELL.match(value):
                continue
            if _NOTE_CELL.match(value):
                notes.append(value)
            else:
                caption_parts.append(value)
        rows.pop(0)
    return " ".join(caption_parts), unit, rows, notes


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
    """A short line that opens or closes two or more pages is a running header or footer — unless it is prose:
    a sentence's end ("…均为0。") or an amount can close two units' pages word for word and is no furniture."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        for ln in set(lines[:1] + lines[-1:]):
            if len(ln) <= 40 and not re.search(r"[。;；]$|\d(?:万元|元)", ln):
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


# ---------------------------------------------------------------------------------------------
# Bytes → text, by evidence
# ---------------------------------------------------------------------------------------------

_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # keeps \t \n \r \f (\f separates pages)


def decode_text(data: bytes) -> str | None:
    """Bytes of a text file → str, or None when no candidate encoding gives readable Chinese text.

    A BOM decides; otherwise each candidate (utf-8, gb18030, big5, utf-16 without BOM) is tried and scored
    by how much of the result is common Chinese characters, ASCII and punctuation: a wrong guess yields
    rare characters, private-use code points or stray controls. Control characters never pass through.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return strip_controls(data.decode(encoding))
            except UnicodeDecodeError:
                return None
    sample = data[:40000]
    best: tuple[float, str] | None = None
    candidates = ["utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be"]
    if sample.count(b"\x00") > len(sample) // 10:  # ASCII and digits in UTF-16 are half NULs
        candidates = ["utf-16-le", "utf-16-be"]
    else:
        sample = sample.replace(b"\x00", b"")
        data = data.replace(b"\x00", b"")
    for rank, encoding in enumerate(candidates):
        try:
            text = _decode_sample(sample, encoding)
        except UnicodeDecodeError:
            continue
        score = text_score(text) - rank * 0.001  # a tie goes to the earlier (likelier) encoding
        if encoding == "utf-8" and score > 0.9:
            best = (score, encoding)
            break
        if best is None or score > best[0]:
            best = (score, encoding)
    if best is None:
        # No encoding decodes every byte: a page saved with a few damaged bytes. The likeliest encoding
        # wins with the damage replaced (U+FFFD counts against it), so a stray byte does not refuse the file.
        for encoding in ("utf-8", "gb18030"):
            text = sample.decode(encoding, errors="replace")
            score = text_score(text)
            if text.count("\ufffd") <= len(text) // 100 and score >= 0.8 and (best is None or score > best[0]):
                best = (score, encoding)
    if best is None or best[0] < 0.6:
        return None
    return strip_controls(data.decode(best[1], errors="replace"))


def _decode_sample(sample: bytes, encoding: str) -> str:
    """Decode a cut-off sample: a multibyte character split at the end is not an error."""
    for trim in range(4):
        try:
            return sample[: len(sample) - trim].decode(encoding)
        except UnicodeDecodeError:
            if trim == 3 or len(sample) < 40000:
                raise
    raise UnicodeDecodeError(encoding, sample, 0, 1, "undecodable")


@lru_cache(maxsize=20000)
def _common_cjk(ch: str) -> bool:
    """One of the ~5,400 characters that make up nearly all Chinese text (GB2312 level 1, Big5 常用字)."""
    try:
        code = ch.encode("gb2312")
        if 0xB0 <= code[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        code = ch.encode("big5")
        return len(code) == 2 and 0xA440 <= int.from_bytes(code, "big") <= 0xC67E
    except UnicodeEncodeError:
        return False


_PUNCTUATION = set("，。、；：？！“”‘’（）《》【】—…·％　「」『』〔〕－／．０１２３４５６７８９")


def text_score(text: str) -> float:
    """Share of characters a Chinese budget text is made of; wrong decodings score low."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        if ch.isascii():
            good += ch.isprintable() or ch in "\t\n\r\f"
        elif ch in _PUNCTUATION or _common_cjk(ch):
            good += 1
    return good / len(text)


def strip_controls(text: str) -> str:
    return _CONTROLS.sub("", text.replace("\x00", ""))


# ---------------------------------------------------------------------------------------------
# Text copied from web pages: page chrome, metadata, mirror-site junk, flattened tables
# ---------------------------------------------------------------------------------------------

# Labels of the 政务公开 metadata block printed above an article, and the identity field each one informs.
# 标题 is the article's title (identity reads it as a title line); 来源 and 发布机构 name who published it.
METADATA_FIELDS = {
    "索引号": "index_number", "信息索引号": "index_number", "发布机构": "unit", "发文机关": "unit",
    "发布单位": "unit", "公开单位": "unit", "公开主体": "unit", "信息来源": "unit", "来源": "unit", "标题": "title",
    "名称": "title", "成文日期": "date", "发布日期": "date", "发文日期": "date", "公开日期": "date",
    "生成日期": "date", "发布时间": "date", "文号": "document_number", "发文字号": "document_number",
    "主题分类": "topic", "公开方式": "other", "公开范围": "other", "有效性": "other", "体裁分类": "other",
    "信息分类": "other", "组配分类": "other", "主题词": "other", "关键词": "other", "时效": "other",
    "公开时限": "other", "更新时间": "date", "浏览次数": "other", "点击数": "other", "访问次数": "other",
    "阅读次数": "other", "作者": "other", "编辑": "other", "责任编辑": "other", "字号": "other", "字体": "other",
}
# Synonymous labels share one origin, the name identity.PRECEDENCE knows them by ("metadata:标题" …).
METADATA_ORIGINS = {"名称": "标题", "发文机关": "发布机构", "发布单位": "发布机构", "公开单位": "发布机构",
                    "公开主体": "发布机构", "信息来源": "来源", "信息索引号": "索引号"}


def metadata_clue(label: str, value: str, text: str) -> Clue | None:
    """One metadata field as a Clue (None for the fields that say nothing about identity: 浏览次数, 字号 …)."""
    kind = METADATA_FIELDS.get(label)
    if not value or kind in (None, "other"):
        return None
    return Clue(field=kind, value=value, origin=f"metadata:{METADATA_ORIGINS.get(label, label)}", text=text)


_META_KEYS = sorted(METADATA_FIELDS, key=len, reverse=True)
_META_LABELS = "|".join(r"[ \u3000]*".join(key) for key in _META_KEYS)  # "标　　题" is 标题
_META_KEY = re.compile(rf"(?<![一-龥])({_META_LABELS})\s*[:：]\s*|(?<![一-龥])({_META_LABELS})\t+")


def metadata_label(text: str) -> str | None:
    """"标　　题：" → 标题 when the text is one metadata label; None otherwise."""
    key = re.sub(r"[\s\u3000:：]", "", text)
    return key if key in METADATA_FIELDS else None
_CHROME_WORDS = re.compile(
    r"[【\[(（]?\s*(?:打印(?:本页|此页|文章)?|关闭(?:本页|窗口|此页)?|收藏(?:本页)?|分享到?|返回(?:顶部|首页|列表)?|"
    r"字体|字号|大|中|小|默认|纠错|我要纠错|扫一扫|微信|微博|QQ空间|QQ|上一篇|下一篇|上一条|下一条|"
    r"保存|加入收藏|设为首页|无障碍|长者模式|繁体|简体|繁體|简|繁|分享)\s*[】\])）]?"
)
_BREADCRUMB = re.compile(
    r"^\s*(?:(?:当前位置|您现在的位置是?|你现在的位置|您的位置|你的位置|所在位置|位置)\s*[:：]?\s*)?"
    r"(?:首页|网站首页|主页|门户首页)\s*(?:[>＞»›/→]|&gt;)"
)
_LOCATION = re.compile(r"^\s*(?:当前位置|您现在的位置是?|你现在的位置|您的位置|你的位置|所在位置)\s*[:：]")
_NEIGHBOUR = re.compile(r"^\s*[【\[]?(?:上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关阅读|相关新闻|附件下载)[】\]]?\s*[:：]?")
_FOOTER = re.compile(
    r"版权所有|主办单位|主办[:：]|承办单位|承办[:：]|技术支持|ICP备|网站标识码|公网安备|网站地图|联系我们|"
    r"网站声明|建议使用.{0,12}浏览器|分辨率|Copyright|©"
)
_PINYIN = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v)"
)
_JUNK_LATIN = re.compile(r"(?<=[一-龥“”‘’，。、；：])\s?([a-z]{1,6})\s?(?=[一-龥“”‘’，。、；：（(\d])")
_GLOSS = re.compile(r"(?<=[一-龥])[(（]([a-z]{2,6})[)）](?=[一-龥])")
# One lowercase syllable wedged between two characters, no space or digit beside it ("公务接dai待费").
_WEDGED = re.compile(r"(?<=[一-龥])([a-z]{1,6})(?=[一-龥])")
_LISTED_ARTICLE = re.compile(  # "…2024年部门决算公开（2024-09-20）": another article in a list beside this one
    r"^[^，。；,;]{4,80}?(?:[(（\[]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s*[)）\]]|\s+(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})$"
)
_GLUED_HEADING = re.compile(
    r"^(\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))"
    r"[^，。；,;:：\d]{2,30}?(?:情况说明|情况|说明|公开|预算|决算|经费))"
    r"(?=(?:19|20)\d{2}年|本部门|本单位|我部门|我单位|我局|本局|我委|本委|我办|本办|按照|根据|全年|今年|上年|其中|无)"
)

_GLUED_TITLE = re.compile(
    r"^(\s*[^，。；,;:：\s]{6,50}?(?:(?:19|20)\d{2}|年).{0,30}?(?:情况说明|汇总说明|说明|情况|公开))"
    r"(?=按照|根据|依据|现将|为进一步|为全面|为深入)"
)


def clean_web_text(text: str) -> tuple[str, list[Clue]]:
    """Text copied from a web page → the article's text, and the metadata block's fields as clues.

    Drops portal chrome (来源/发布时间/浏览次数/打印/关闭/分享 lines, breadcrumbs, footers), removes Latin
    syllables a mirror site injected between Chinese characters, puts a heading glued to its first sentence
    on its own line, and rebuilds tables that were flattened to one cell per line or to single spaces.
    """
    clues: list[Clue] = []
    kept: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.replace("\u00a0", " ").replace("\u3000", " ").replace("\u200b", "").replace("\ufeff", "")
        if line.startswith(TABLE_ROW):
            kept.append(line)
            continue
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        fields = metadata_fields(stripped)
        if fields is not None:
            clues.extend(clue for key, value in fields if (clue := metadata_clue(key, value, stripped)))
            continue
        if is_chrome_line(stripped):
            continue
        match = _GLUED_HEADING.match(line) or _GLUED_TITLE.match(line)
        if match:
            kept.extend([match.group(1), line[match.end():]])
            continue
        kept.append(line)
    cleaned = remove_injected_latin("\n".join(kept))
    lines = rebuild_cell_lines(cleaned.split("\n"))
    lines = rebuild_spaced_tables(lines)
    return "\n".join(lines), clues


def metadata_fields(line: str) -> list[tuple[str, str]] | None:
    """A line of the metadata block ("索引号：… 发布机构：…") → its (label, value) pairs; None for any other line."""
    if line.startswith(TABLE_ROW):
        return None
    found = list(_META_KEY.finditer(line))
    if not found or found[0].start() > 0 and line[: found[0].start()].strip(" 　【[(（|"):
        return None
    keys = [re.sub(r"[ \u3000]", "", match.group(1) or match.group(2)) for match in found]
    titled = keys[0] in ("标题", "名称")  # a title runs long and may hold any punctuation
    if len(found) == 1 and len(line) > 60 and not titled:
        return None  # a long sentence that happens to open with 来源: is prose
    if re.search(r"[。；]", line) and not titled:
        return None
    pairs = []
    for k, (key, match) in enumerate(zip(keys, found)):
        end = found[k + 1].start() if k + 1 < len(found) else len(line)
        value = line[match.end(): end]
        if METADATA_FIELDS[key] == "other":
            value = _CHROME_WORDS.sub(" ", value)
        value = re.sub(r"\s+", " ", value.replace("\t", " ")).strip(" |")
        pairs.append((key, _unbracket(value)))
    return pairs


def _unbracket(value: str) -> str:
    """"2025-01-01】【" → "2025-01-01": the brackets a portal prints around each field, not the value's own."""
    value = re.sub(r"[【\[(（]+$", "", value).rstrip()
    value = re.sub(r"[】\]]+$", "", value).rstrip()
    while value[-1:] in ")）" and value.count("(") + value.count("（") < value.count(")") + value.count("）"):
        value = value[:-1].rstrip()
    return value.lstrip("】]）) ")


def is_chrome_line(line: str) -> bool:
    """Portal furniture: breadcrumbs, 打印/关闭/分享 bars, footers, and 来源/发布时间 lines without prose."""
    if _BREADCRUMB.match(line) or _LOCATION.match(line) or _NEIGHBOUR.match(line) or _LISTED_ARTICLE.match(line):
        return True
    has_figure = re.search(r"\d\s*(?:万元|元|亿元|人|辆)", line)
    if len(line) <= 120 and _FOOTER.search(line) and not has_figure:
        return True
    if len(line) <= 80 and not re.search(r"[，。；]", line):
        rest = _CHROME_WORDS.sub("", line)
        rest = re.sub(r"[\s|｜/\\·•:：\-—]+", "", rest)
        if not rest and line.strip():
            return True
    return False


def remove_injected_latin(text: str) -> str:
    """Drop the Latin syllables some mirror sites inject after every few Chinese characters ("预shi算",
    "购(gou)置费"). Where the text has several, any pinyin syllable beside characters goes; a lone one only when it
    is a single syllable wedged between two characters ("公务接dai待费"): a word ("用于ipad采购"), a capitalised
    acronym ("OA系统"), numbers and units ("5G", "100km") stay.
    """
    glossed = [m for m in _GLOSS.finditer(text) if _PINYIN.fullmatch(m.group(1))]
    if len(glossed) >= 3:
        text = _GLOSS.sub(lambda m: "" if _PINYIN.fullmatch(m.group(1)) else m.group(0), text)
    hits = [m for m in _JUNK_LATIN.finditer(text) if _PINYIN.fullmatch(m.group(1))]
    if len(hits) < 3:
        return _WEDGED.sub(lambda m: "" if _PINYIN.fullmatch(m.group(1)) else m.group(0), text)
    return _JUNK_LATIN.sub(lambda m: "" if _PINYIN.fullmatch(m.group(1)) else m.group(0), text)


# an amount cell, in half-width or full-width figures (“３４９．７３”: a portal copy typed in full-width)
_CELL_NUMBER = re.compile(r"^[-−－]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:[.．]\d+)?$")
_SENTENCE = re.compile(r"[，。；,;！？]")
# a 科目编码 cell (类 3 digits, 款 5, 项 7) under a header that opens with the code column
_CODE_CELL = re.compile(r"\d{3}(?:\d{2}){0,2}")
_CODE_HEADER = re.compile(r"(?:科目)?(?:编码|代码)")
_TOTAL_NAME = ("合计", "总计")


def _short_cell(line: str) -> bool:
    text = line.strip()
    # "86,500.00" is a cell: a thousands separator is no sentence comma
    return (0 < len(text) <= 24 and (bool(_CELL_NUMBER.match(text)) or not _SENTENCE.search(text))
            and not text.startswith(TABLE_ROW))


def rebuild_cell_lines(lines: list[str]) -> list[str]:
    """A table flattened to one cell per line → TABLE_ROW lines, when its header words fix the column count.

    The run must open with n ≥ 2 text cells (the header) followed by rows of n cells, each a label or number
    followed by n-1 numbers, or, under a header opening with 科目编码, a code and a name followed by n-2 numbers (the
    合计 row's code cell blank: an empty line, or not printed); anything that does not fit exactly is left as it was.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _short_cell(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and (_short_cell(lines[j]) or _blank_code_cell(lines, j)):
            j += 1
        run = [ln.strip() for ln in lines[i:j]]
        rebuilt = _cells_to_rows(run)
        if rebuilt is None:
            out.extend(lines[i:j])
        else:
            before, rows, after = rebuilt
            out.extend(before)
            out.extend(TABLE_ROW + "\t".join(row) for row in rows)
            out.extend(after)
        i = j
    return out


def _blank_code_cell(lines: list[str], j: int) -> bool:
    """An empty line between an amount and a 合计 cell: the blank 科目编码 cell of a coded table's 合计 row."""
    return (0 < j < len(lines) - 1 and not lines[j].strip() and bool(_CELL_NUMBER.match(lines[j - 1].strip()))
            and lines[j + 1].strip() in _TOTAL_NAME)


def _cells_to_rows(run: list[str]) -> tuple[list[str], list[list[str]], list[str]] | None:
    numeric = [bool(_CELL_NUMBER.match(c)) for c in run]
    if sum(numeric) < 2:
        return None
    first_number = numeric.index(True)
    best = None
    for start in range(max(0, first_number - 40), first_number):  # a header has at most a few dozen cells
        leading = first_number - start  # text cells from start up to the first number
        coded = bool(_CODE_HEADER.fullmatch(run[start]))
        for n in (leading, leading - 1):
            if n < 2 or (coded and n < 3):
                continue
            rows, k = [], start + n
            while True:
                row = _coded_row(run, numeric, k, n) if coded else (
                    run[k: k + n] if k + n <= len(run) and all(numeric[k + 1: k + n]) and (n > 2 or numeric[k + 1])
                    else None)
                if row is None:
                    break
                rows.append(row[0] if coded else row)
                k += row[1] if coded else n
            if rows and (best is None or k - start > best[2] - best[0]):
                best = (start, n, k, rows)
    if best is None:
        return None
    start, n, end, rows = best
    header = run[start: start + n]
    if any(_CELL_NUMBER.match(c) for c in header) or (end - start) < 2 * n:
        return None
    return run[:start], [header] + rows, run[end:]


def _coded_row(run: list[str], numeric: list[bool], k: int, n: int) -> tuple[list[str], int] | None:
    """The row of a coded table at run[k] and the cells it takes: a code, a name and n-2 amounts; or the 合计 row,
    its code cell blank (an empty cell) or left out."""
    if k + n <= len(run) and all(numeric[k + 2: k + n]):
        if _CODE_CELL.fullmatch(run[k]) and run[k + 1] and not numeric[k + 1]:
            return run[k: k + n], n
        if run[k] == "" and run[k + 1] in _TOTAL_NAME:
            return run[k: k + n], n
    if k + n - 1 <= len(run) and run[k] in _TOTAL_NAME and all(numeric[k + 1: k + n - 1]):
        return ["", *run[k: k + n - 1]], n - 1
    return None


def rebuild_spaced_tables(lines: list[str]) -> list[str]:
    """Columns separated by single spaces → TABLE_ROW lines, when a header line has as many words as the rows.

    "项目 2024年 2025年" over "公务接待费 4.10 3.60" (or a header one word short of its rows: the corner
    cell left blank). A multi-level header cannot be told apart on single spaces and is left alone.
    """
    out = list(lines)
    i = 0
    while i < len(out):
        header = out[i].strip().split()
        if (len(header) < 2 or out[i].startswith(TABLE_ROW) or "\t" in out[i] or _SENTENCE.search(out[i])
                or any(_CELL_NUMBER.match(w) or len(w) > 16 for w in header) or out[i].strip().endswith("表")):
            i += 1
            continue
        rows = []
        j = i + 1
        while j < len(out):
            words = out[j].strip().split()
            if (len(words) in (len(header), len(header) + 1) and not _SENTENCE.search(out[j])
                    and all(_CELL_NUMBER.match(w) for w in words[1:]) and len(words) >= 2
                    and (not rows or len(words) == len(rows[0]))):
                rows.append(words)
                j += 1
                continue
            break
        if rows:
            width = len(rows[0])
            grid = [([""] if width > len(header) else []) + header] + rows
            out[i:j] = [TABLE_ROW + "\t".join(row) for row in grid]
            i += len(grid)
        else:
            i += 1
    return out


def text_tables(text: str, *, page: int, origin: str = "text") -> list[SourceTable]:
    """Runs of table rows in a text page (TABLE_ROW, tab or pipe separated) → SourceTables.

    The caption and unit come from the two lines above the run, as a reader would take them.
    """
    tables: list[SourceTable] = []
    lines = text.split("\n")
    run: list[list[str]] = []
    before: list[str] = []

    def close() -> None:
        if len(run) >= 2:
            width = max(len(row) for row in run)
            grid: list[list[str | None]] = [row + [""] * (width - len(row)) for row in run]
            tables.append(SourceTable(grid=grid, page=page, caption=caption_above(before),
                                      unit=unit_above(before), origin=origin))
        run.clear()

    for line in lines:
        cells = _row_cells(line)
        if cells is None and run:
            cells = _blank_tail_row(line, len(run[-1]))
        if cells is None:
            close()
            if line.strip():
                before = (before + [line.strip()])[-2:]
            continue
        if cells:
            run.append(cells)
    close()
    return tables


def _blank_tail_row(line: str, width: int) -> list[str] | None:
    """A row whose cells after its label are all blank (“因公出国（境）费<TAB> <TAB> ”), inside a run of rows as wide:
    stripped, it reads as a bare label and would cut the table in two. None for any other line."""
    cells = line.rstrip("\r\n").split("\t")
    if len(cells) != width or width < 2 or not cells[0].strip() or any(c.strip() for c in cells[1:]):
        return None
    return [c.strip() for c in cells]


def _row_cells(line: str) -> list[str] | None:
    """The cells of a table row; [] for a markdown separator row; None for a line that is not a row."""
    if line.startswith(TABLE_ROW):
        return [c.strip() for c in line[1:].split("\t")]
    stripped = line.strip()
    if "\t" in stripped:
        # Keep a leading tab: it is an empty first cell (the 合计 row under 科目编码), and dropping it would shift
        # every amount one column left.
        return [c.strip() for c in line.strip(" \r\n").split("\t")]
    if stripped.count("|") >= 2 and stripped.startswith("|"):
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        return [] if all(re.fullmatch(r":?-{2,}:?|", c) for c in cells) else cells
    return None
