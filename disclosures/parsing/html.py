"""Saved web pages (.html/.htm, or a raw <table> inside a .md file) → article text, table grids and clues.

Government portals wrap a short statement in navigation, breadcrumbs, a 政务公开 metadata block (索引号、
发布机构、成文日期 …), share and print bars and a footer. What is kept is the article: its block text in
reading order, each data table both as a SourceTable grid and as TABLE_ROW lines where it stood, so text
readers and grid readers see the same table. The metadata block becomes clues and leaves the prose.
"""
from __future__ import annotations

import difflib
import re

from .text import (
    UNIT_IN_CAPTION, Extracted, caption_above, clean_web_text, decode_text, label_value_lines, metadata_clue,
    metadata_fields, metadata_label, split_title_rows, strip_controls, table_lines, text_score, to_simplified,
    unit_above,
)
from .types import Clue, ParseError, SourceTable

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form",
              "select", "button", "input", "textarea", "nav", "footer", "aside", "map", "head")
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
               "ol", "dl", "dt", "dd", "tr", "td", "th", "blockquote", "pre", "center", "hr", "address", "figure",
               "figcaption", "caption", "tbody", "thead", "tfoot", "body", "html"}
_CHROME_TOKENS = {
    "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
    "footer", "foot", "header", "topbar", "top", "share", "sharebar", "sidebar", "side", "copyright", "position",
    "location", "dqwz", "wzdh", "print", "toolbar", "tools", "search", "login", "banner", "friendlink", "links",
    "related", "xgwz", "xgxx", "pager", "pagination", "qrcode", "ewm", "bottom", "skip", "fontsize", "zoom-bar",
    "left", "right", "leftbox", "rightbox", "hot", "hotnews", "rdxx", "rdtj", "tjyd", "recommend", "where",
}
_TITLE_WORDS = re.compile(r"(?:19|20)\d{2}|预算|决算|三公|经费|公开|说明")  # a statement's title, not a site's name
_MAX_CELL = 150  # a cell longer than this holds prose: the table is page layout, not data
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def looks_like_html(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return True
    if re.search(rb"<html[\s>]|<body[\s>]|<head[\s>]|<meta\s[^>]*charset", head[:4096]):
        return True
    # A fragment of markup saved as text (the article's <div> copied from the page source).
    return head.startswith(b"<") and len(re.findall(rb"<(?:p|div|table|tr|td|br|span|h\d)\b", head)) >= 5


def looks_like_mhtml(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"mime-version:" in head and b"multipart/related" in head


def mhtml_html(data: bytes) -> bytes:
    """A page saved as one file (.mht/.mhtml, MIME multipart/related) → the bytes of its HTML part."""
    import email
    import email.policy

    try:
        message = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in message.walk():
            if part.get_content_type() == "text/html":
                payload = part.get_payload(decode=True)
                if payload:
                    charset = part.get_content_charset()
                    if charset and b"charset" not in payload[:4096].lower():
                        payload = f'<meta charset="{charset}">'.encode("ascii") + payload
                    return payload
    except Exception as exc:  # the email parser is lenient; anything it still cannot take is a damaged file
        raise ParseError("网页存档（MHTML）文件已损坏，无法读取") from exc
    raise ParseError("网页存档（MHTML）文件中没有网页内容")


def decode_html(data: bytes) -> str:
    """The page's declared charset when it decodes cleanly; otherwise decode by evidence."""
    declared = _CHARSET.search(data[:4096])
    text = decode_text(data)
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = declared.group(1).decode("ascii").lower()
        name = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(name, name)
        try:
            stated = strip_controls(data.decode(name))
        except (UnicodeDecodeError, LookupError):
            stated = None
        # Pages copied between sites keep a charset that no longer holds: the bytes decide when they disagree.
        if stated is not None and (text is None or text_score(stated[:20000]) >= text_score(text[:20000])):
            return stated
    if text is None:
        raise ParseError("网页文件的文字编码无法识别")
    return text


def html_source(data: bytes) -> Extracted:
    """A saved web page → its article as one page of text, its data tables, and its metadata as clues."""
    import lxml.etree
    import lxml.html

    text = re.sub(r"^\s*<\?xml[^>]*>", "", decode_html(data))
    text, was_traditional = to_simplified(text)  # before cleaning: the chrome and metadata words are simplified
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ParseError("网页文件已损坏，无法读取") from exc
    page_title = " ".join(root.xpath("//head/title//text()")).strip()
    reader = _Reader()
    _strip_page(root)
    body = root.find("body")
    reader.walk(body if body is not None else root)
    reader.flush()
    reader.units_below()
    lines = reader.lines
    clues = list(reader.clues)
    if reader.heading_at:
        # Above the article's title: the site's banner, menus, the metadata block. Its fields are clues; its
        # text is not the article (a line stating an amount is kept, in case a page puts figures up there).
        _, above = clean_web_text("\n".join(lines[: reader.heading_at]))
        clues += above
        lines = [ln for ln in lines[: reader.heading_at] if re.search(r"\d\s*(?:万元|元)", ln)] \
            + lines[reader.heading_at:]
    article, found = clean_web_text("\n".join(lines))
    clues += found
    title = _title(reader, clues, page_title)
    if title and not any(_same_title(title, line) for line in article.split("\n")[:8] if line.strip()):
        article = title + "\n" + article
    return Extracted(pages=[article], tables=reader.tables, clues=clues,
                     warnings=["原文为繁体字，已转换为简体后解析"] if was_traditional else [])


def html_fragments(text: str) -> tuple[str, list[SourceTable]]:
    """Raw <table> elements inside a text file (a .md that pasted HTML) → TABLE_ROW lines in their place."""
    tables: list[SourceTable] = []
    if "<table" not in text.lower():
        return text, tables
    import lxml.html

    def replace(match: re.Match[str]) -> str:
        try:
            element = lxml.html.fragment_fromstring(match.group(0))
        except Exception:  # a fragment lxml cannot make sense of stays as it was
            return match.group(0)
        reader = _Reader()
        reader.lines = _preceding_lines(text[: match.start()])
        before = len(reader.lines)
        reader.table(element)
        tables.extend(reader.tables)
        return "\n".join(reader.lines[before:])

    return re.sub(r"<table\b.*?</table\s*>", replace, text, flags=re.IGNORECASE | re.DOTALL), tables


def _preceding_lines(text: str) -> list[str]:
    lines = [re.sub(r"<[^>]+>", "", ln).strip() for ln in text.split("\n")[-3:]]
    return [ln for ln in lines if ln]


def _strip_page(root) -> None:
    for tag in _DROP_TAGS:
        for element in list(root.iter(tag)):
            if tag == "head" and element.getparent() is root:
                _remove(element)
            elif tag != "head" and not _holds_article(element):
                _remove(element)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            _remove(element)  # comments and processing instructions
            continue
        if element.tag in ("body", "html") or element.getparent() is None:
            continue
        tokens = set(re.split(r"[\s_\-]+", f"{element.get('class', '')} {element.get('id', '')}".lower())) - {""}
        if tokens & _CHROME_TOKENS and not _holds_article(element):
            _remove(element)
        elif "display:none" in (element.get("style") or "").replace(" ", "").lower() or element.get("hidden") is not None:
            _remove(element)


def _holds_article(element) -> bool:
    """A wrapper that holds the title or the figures is never chrome, whatever its class says."""
    if any(_TITLE_WORDS.search(h.text_content()) for h in element.iter("h1")):
        return True
    text = element.text_content()
    if len(text) > 400:
        return True
    # A short statement in a column classed "right": its figures (in 万元 or 元) or its own table say it is content.
    return len(text) > 60 and (bool(re.search(r"\d\s*万?元|三公", text)) or bool(element.xpath(".//table//td")))


def _remove(element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _same_title(title: str, line: str) -> bool:
    if title in line or line in title:
        return True
    return len(line) <= 80 and difflib.SequenceMatcher(None, title, line).ratio() >= 0.6


def _title(reader: "_Reader", clues: list[Clue], page_title: str) -> str:
    if reader.heading:
        return reader.heading
    for clue in clues:
        if clue.field == "title" and isinstance(clue.value, str) and len(clue.value) >= 6:
            return clue.value
    if page_title:
        parts = [p.strip() for p in re.split(r"\s[-_|—]+\s|[_|]|--|——", page_title) if p.strip()]
        best = max(parts, key=len) if parts else ""
        # A site's name ("样板县人民政府门户网站") is no title of the statement: it would read as its unit.
        if re.search(r"(?:19|20)\d{2}|预算|决算|三公|经费", best):
            return best
    return ""


class _Reader:
    """Walks the DOM in reading order; each block element ends a line, tables become grids."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.tables: list[SourceTable] = []
        self.clues: list[Clue] = []
        self.heading = ""
        self.heading_at = 0  # index in lines of the article's title, when the page marks one
        self._buffer: list[tuple[str, bool]] = []  # (text, inside a link)
        self._unitless: list[tuple[SourceTable, int]] = []  # tables without a unit, and the line index after them

    def flush(self, *, heading: bool = False) -> None:
        text = re.sub(r"[ \t\r\n\u00a0]+", " ", "".join(t for t, _ in self._buffer)).strip()
        linked = sum(len(re.sub(r"\s", "", t)) for t, in_link in self._buffer if in_link)
        self._buffer = []
        if not text:
            return
        size = len(re.sub(r"\s", "", text))
        if linked >= 0.6 * size and not heading and not re.search(r"\d\s*(?:万元|元)", text):
            return  # a menu, a list of related links, an attachment link
        self.lines.append(text)

    def walk(self, element, in_link: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "table":
            self.flush()
            self.table(element)
            return
        if tag == "br":
            self.flush()
            return
        block = tag in _BLOCK_TAGS
        if block:
            self.flush()
        link = in_link or tag == "a"
        if element.text:
            self._buffer.append((element.text, link))
        for child in element:
            self.walk(child, link)
            if child.tail:
                self._buffer.append((child.tail, in_link))
        if block:
            before = len(self.lines)
            titled = (tag in ("h1", "h2") or _titled(element)) and bool(_TITLE_WORDS.search(element.text_content()))
            self.flush(heading=titled or tag in ("h3", "h4"))  # some portals link the title to its own page
            if not self.heading and len(self.lines) > before and titled:
                self.heading = self.lines[-1]
                self.heading_at = len(self.lines) - 1

    def table(self, element) -> None:
        grid = _grid(element)
        if grid is None:
            for child in element:
                self.walk(child)
            self.flush()
            return
        if self._metadata(grid):
            return
        if _mostly_prose(grid):
            # Paragraphs set in a table (a numbering column beside each sentence): the sentences are prose.
            for child in element:
                self.walk(child)
            self.flush()
            return
        title, unit, body, notes = split_title_rows(grid)
        own = _caption(element)  # a <caption> element: not yet a line of the text
        stated = UNIT_IN_CAPTION.search(own)
        if stated:
            unit = unit or stated.group(1)
            own = re.sub(r"[(（]\s*[)）]", "", UNIT_IN_CAPTION.sub("", own)).strip(" ：:\u3000")
        unit = unit or unit_above(self.lines)
        caption = " ".join(part for part in (own, title) if part) or caption_above(self.lines)
        table = SourceTable(grid=body, page=len(self.tables) + 1, caption=caption, unit=unit, origin="html")
        self.tables.append(table)
        # The caption above the table is already a line of the text; <caption>, in-grid titles and the unit are not.
        head = [part for part in (own, title) if part] + notes
        if unit and not any(UNIT_IN_CAPTION.search(line) for line in self.lines[-2:] + head):
            head.append(f"单位：{unit}")
        self.lines.extend(head + (label_value_lines(body) or table_lines(table, caption=False)))
        if not unit:
            self._unitless.append((table, len(self.lines)))

    def units_below(self) -> None:
        """A table whose "单位：万元" is printed right under it (after the last row, before anything else)."""
        for table, after in self._unitless:
            below = _UNIT_BELOW.match(self.lines[after]) if after < len(self.lines) else None
            if below:
                table.unit = below.group(1)

    def _metadata(self, grid: list[list[str | None]]) -> bool:
        """A 索引号/发布机构 grid: label cells followed by value cells, or "label：value" cells."""
        cells = [c for row in grid for c in row if c]
        labels = [c for c in cells if metadata_label(c)]
        inline = [c for c in cells if (metadata_fields(c) or [None])[0] is not None]
        if len(labels) + len(inline) < 2 or len(labels) + len(inline) < len(cells) / 3:
            return False
        for row in grid:
            row = [c for c in row if c is not None]
            k = 0
            while k < len(row):
                label = metadata_label(row[k] or "")
                if label and k + 1 < len(row):
                    self._clue(label, row[k + 1] or "", f"{row[k]} {row[k + 1]}")
                    k += 2
                    continue
                for key, value in metadata_fields(row[k] or "") or []:
                    self._clue(key, value, row[k] or "")
                k += 1
        return True

    def _clue(self, key: str, value: str, text: str) -> None:
        clue = metadata_clue(key, re.sub(r"\s+", " ", value).strip(), text)
        if clue:
            self.clues.append(clue)


_UNIT_BELOW = re.compile(r"^\s*(?:金额|计量)?单位\s*[:：]\s*(亿元|万元|千元|元)")


def _mostly_prose(grid: list[list[str | None]]) -> bool:
    cells = [c for row in grid for c in row if c]
    prose = sum(len(c) for c in cells if len(c) >= 20 and re.search(r"[，。；]", c))
    return prose * 2 >= sum(len(c) for c in cells)


def _titled(element) -> bool:
    """A block the page styles as the article's title (class="title", id="bt" …), short enough to be one."""
    tokens = set(re.split(r"[\s_\-]+", f"{element.get('class', '')} {element.get('id', '')}".lower()))
    return bool(tokens & {"title", "tit", "bt", "biaoti", "arttitle", "articletitle", "wztitle", "contitle"}) \
        and len(element.text_content().strip()) <= 80


def _caption(element) -> str:
    found = element.find("caption")
    return re.sub(r"\s+", " ", found.text_content()).strip() if found is not None else ""


def _cell_text(cell) -> str:
    for br in cell.iter("br"):
        br.tail = " " + (br.tail or "")
    return re.sub(r"[\s\u00a0\u200b]+", " ", cell.text_content()).strip()


def _span(cell, name: str) -> int:
    try:
        return max(1, min(int(re.sub(r"\D", "", cell.get(name, "1")) or 1), 50))
    except ValueError:
        return 1


def _grid(element) -> list[list[str | None]] | None:
    """A data table → its grid (a spanned cell fills its first position, None the rest); None for layout."""
    if element.xpath(".//table"):
        return None
    rows = element.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    if len(rows) > 5000:
        return None
    filled: dict[tuple[int, int], str | None] = {}
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row.xpath("./td|./th"):
            while (r, c) in filled:
                c += 1
            text = _cell_text(cell)
            if len(text) > _MAX_CELL:
                return None
            rowspan, colspan = _span(cell, "rowspan"), _span(cell, "colspan")
            for dr in range(rowspan):
                for dc in range(colspan):
                    filled[(r + dr, c + dc)] = text if dr == dc == 0 else None
            c += colspan
            width = max(width, c)
    height = len(rows)
    if height < 2 or width < 2:
        return None
    grid = [[filled.get((r, c), "") for c in range(width)] for r in range(height)]
    grid = [row for row in grid if any(cell for cell in row)]
    return grid if len(grid) >= 2 else None
