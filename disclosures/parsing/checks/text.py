"""Checks that read the document's own words: stated totals against the table's 总计, percentages, direction words,
placeholders, stray years, tables listed in the 目录 but absent, empty or duplicated tables.

They run at parse time (the words do not change until the file is re-parsed) and are stored with basis "text".
Everything here is a general reading of shapes real disclosures take; nothing names a file.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher
from typing import Any, Callable, Iterator

from ..patterns import PRIOR_GAP
from ..vocabulary import SANGONG
from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, ZERO, Term, at_most, coarse_vs_fine, compare, pct_interval, skipped

NUM = r"(-?\d[\d,]*(?:\.\d+)?)"
CN_NUM = "一二三四五六七八九十"


@dataclass
class Page:
    number: int
    lines: list[str]
    tabular: list[bool]
    printed: list[str] = field(default_factory=list)  # each line as printed (see `as_printed`)


@dataclass
class Text:
    """The document's lines joined into one string, with the page of every offset."""

    text: str
    starts: list[int]  # offset where each line starts
    pages_of: list[int]  # page of each line
    printed: list[str] = field(default_factory=list)  # each line as printed (see `as_printed`)
    pages: dict[int, Page] = field(default_factory=dict)
    listing_pages: set[int] = field(default_factory=set)
    document: Any = None  # the Document, for native grids (a PDF page's ruling lines are read only when needed)
    _cache: dict = field(default_factory=dict)

    def page_at(self, offset: int) -> int:
        return self.pages_of[max(0, bisect_right(self.starts, offset) - 1)]


def text_of(lines, document=None) -> Text:
    parts, starts, pages_of, printed = [], [], [], []
    pages: dict[int, Page] = {}
    offset = 0
    for line in lines:
        starts.append(offset)
        pages_of.append(line.page)
        parts.append(line.text)
        printed.append(as_printed(line))
        offset += len(line.text)
        page = pages.setdefault(line.page, Page(line.page, [], []))
        page.lines.append(line.text)
        page.tabular.append(bool(line.tabular))
        page.printed.append(printed[-1])
    view = Text("".join(parts), starts, pages_of, printed, pages, document=document)
    view.listing_pages = _toc_pages(view)
    return view


def as_printed(line: Any) -> str:
    """The line's normalized text with the one space it drops that a reader needs back: between a table's number and
    the year that follows it (“表8 2026年…”, “8. 2025年…”), which read as one number once joined."""
    text, raw, index = line.text, getattr(line, "raw", None), getattr(line, "index", None)
    if not raw or not index or len(index) != len(text) or not _SPACED_NUMBER.search(raw):
        return text
    cuts = [k for k in (m.start() for m in _NUMBER_AFTER_NUMBER.finditer(text))
             if raw[index[k - 1] + 1:index[k]].isspace()]  # a dropped space (an empty gap is not one)
    if not cuts:
        return text
    pieces, last = [], 0
    for k in cuts:
        pieces += [text[last:k], " "]
        last = k
    return "".join(pieces) + text[last:]


_NUMBER_AFTER_NUMBER = re.compile(r"(?<=[\d.、:：])\d")
_SPACED_NUMBER = re.compile(r"[\d.．、:：]\s+\d")  # in the raw line: a space between numbers


def to_decimal(raw: str) -> Decimal | None:
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None


def printed_decimals(raw: str) -> int:
    return len(raw.split(".")[1]) if "." in raw else 0


TextRule = Callable[[ParsedDisclosure, Text], Iterator[Check]]
TEXT_RULES: list[TextRule] = []


def text_rule(fn: TextRule) -> TextRule:
    TEXT_RULES.append(fn)
    return fn


# ---- tables as the pages show them -------------------------------------------------------------------------------

# What a table's number may be followed by in a 目录 entry or caption: "表一。", "表1．", "1.", "3、", "表2：", "1 ".
_AFTER_NUMBER = "[.．。、:：]"
_LISTING_ENTRY = re.compile(rf"^(?:第[{CN_NUM}]+部分|[{CN_NUM}]+{_AFTER_NUMBER}|\d+(?:{_AFTER_NUMBER}|\s)|表[{CN_NUM}]+)")


_AMOUNT = re.compile(r"\d\.\d{2}(?!\d)")


def _toc_pages(view: Text) -> set[int]:
    found = set()
    for number, page in view.pages.items():
        if any(re.fullmatch(r"目\s*录", line) for line in page.lines[:6]):
            if sum(bool(_AMOUNT.search(line)) for line in page.lines) >= 3:
                continue  # a short document prints its 目录 and its body on one page: the page is no listing
            found.add(number)
            following = view.pages.get(number + 1)
            if following and sum(bool(_LISTING_ENTRY.match(x)) for x in following.lines) * 2 >= len(following.lines):
                found.add(number + 1)
    return found


def _normal_caption(text: str, result: ParsedDisclosure) -> str:
    """The caption's words without unit name, year, numbering and 预算/决算 before 表 (memoized per result)."""
    cache = _caption_cache(result)
    found = cache.get(text)
    if found is None:
        found = cache[text] = _normalize_caption(text, result)
    return found


_CACHES: "dict[int, tuple[ParsedDisclosure, dict[str, str]]]" = {}


def _caption_cache(result: ParsedDisclosure) -> dict[str, str]:
    entry = _CACHES.get(id(result))
    if entry is None or entry[0] is not result:
        _CACHES.clear()  # one document at a time: the cache never outlives the run that filled it
        entry = _CACHES[id(result)] = (result, {})
    return entry[1]


def release() -> None:
    _CACHES.clear()


def _normalize_caption(text: str, result: ParsedDisclosure) -> str:
    text = re.sub(r"第[一二三四五]部分.*?(?:决算|预算)表", "", text)
    text = re.sub(r"^\s*[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]", "", text)  # "(1)部门收支总表"
    text = re.sub(r"[\s“”\"'‘’《》()（）]", "", text)
    names = [n for n in (result.unit, result.region, result.province, result.parent) if n]
    for name in names:
        at = text.find(name)
        if at > 0 and re.fullmatch(_NUMBER_MARK, text[:at]):
            text = text[at:]
    for name in names:
        text = text.replace(name, "")
    text = re.sub(rf"^(?:{_NUMBERING})", "", text)
    # what precedes the year is the unit's name, in whatever form the caption prints it ("中共…党校", a short name)
    text = re.sub(r"^\D{2,30}?(?=(?:19|20)\d\d年)", "", text)
    text = re.sub(r"\d{4,5}年度?", "", text)
    text = re.sub(r"[.…·]{2,}\d*$|[.…·]*\d+$", "", text)
    text = re.sub(r"续$", "", text)
    return re.sub(r"[预决]算(?=(?:明细|总)?表$)", "", text)


# A table's number before its title ("附表1.", "表一", "3、"). Where it runs into the year or the title, it stops where
# the number does: a Chinese numeral is one to ninety-nine ("表五一般…" is table 5, "表十二三公…" table 12), an Arabic
# one has at most two digits before a year ("表12025年" is table 1 of 2025).
_CN_NUMBER = "(?:[一二三四五六七八九]?十(?:[一二三四五六七八九](?![般公]))?|[一二三四五六七八九])"
_NUMBER_MARK = (rf"(?:附表[:：]?)?(?:\d+|[{CN_NUM}]+){_AFTER_NUMBER}"
                rf"|(?:附表[:：]?|表)(?:{_CN_NUMBER}|\d{{1,2}}){_AFTER_NUMBER}?")
_NUMBERING = (rf"(?:附表[:：]?)?(?:\d+|[{CN_NUM}]+){_AFTER_NUMBER}"
              rf"|(?:附表[:：]?|表)(?:{_CN_NUMBER}|\d{{1,2}}(?=\d{{4}}年|[^\d年])){_AFTER_NUMBER}?"
              r"|\d{1,2}(?=[^\d年月日%.．。、:：])")  # "1 收支总表" once its space is dropped


def _listing_spans(view: Text) -> list[tuple[int, int]]:
    """“附表：1.…表2.…表” in running text. A divider line “第一部分附表” followed by the first table's caption reads
    the same once lines are joined; a caption is the title the next line's 单位 line follows, not a list."""
    if "listings" not in view._cache:
        view._cache["listings"] = [m.span() for m in _LISTING.finditer(view.text) if not _caption_run(view, m.end())]
    return view._cache["listings"]


_LISTING = re.compile(r"附表[:：]?((?:\d+[.、][^。]*?表)+)")


def _caption_run(view: Text, end: int) -> bool:
    """The matched run ends its line (`end` starts the next one) and the next line but a maker's is a 单位 line."""
    at = bisect_right(view.starts, end) - 1
    if at < 0 or view.starts[at] != end:
        return False
    for k in range(at, min(at + 2, len(view.starts))):
        following = view.text[view.starts[k]:view.starts[k + 1] if k + 1 < len(view.starts) else None]
        if not _maker_line(following):
            return _unit_line(following)
    return False


def listed_tables(view: Text, result: ParsedDisclosure) -> list[tuple[str, str, int]]:
    """Tables a 目录 or an 附表 list names: (title as printed, normalized, page)."""
    entries: list[tuple[str, str, int]] = []
    for number in sorted(view.listing_pages):
        previous = ""
        for line in view.pages[number].printed:
            if re.match(r"^第[一二三四五]部分", line):
                previous = ""
                continue
            title = _wrapped_title(previous, line)
            previous = line
            entries.append((title, _normal_caption(title, result), number))
    for start, end in _listing_spans(view):
        body = re.sub(r"^附表[:：]?", "", view.text[start:end])
        page = view.page_at(start)
        for item in re.findall(r"\d+[.、](.*?表)(?=\d+[.、]|$)", body):
            entries.append((item, _normal_caption(item, result), page))
    return [(raw, norm, page) for raw, norm, page in entries
            if norm.endswith("表") and len(norm) >= 3 and not re.fullmatch(r"(?:部门|单位)?表", norm)
            and not _TABLE_RANGE.search(raw)]


# "(表1至表9)", "表一—表八": a line pointing at a run of tables names a set, not one table's title
_TABLE_RANGE = re.compile(r"表\s*[一二三四五六七八九十\d]+\s*(?:至|到|[-－—~～])+\s*(?:表\s*)?[一二三四五六七八九十\d]+")


_LIST_MARK = re.compile(rf"附表[:：]?|表?\d+{_AFTER_NUMBER}|表[一二三四五六七八九十\d]+|[一二三四五六七八九十]+{_AFTER_NUMBER}|[;；，,]")


def _wrapped_title(previous: str, line: str) -> str:
    """A 目录 line that carries on a numbered title the line before broke off ("…8.政府性基金预" + "算支出表") is read
    with that title's head, never as a title of its own."""
    if not previous or _LIST_MARK.match(line) or re.search(r"表[\s.…·]*\d*$", previous):
        return line
    marks = list(_LIST_MARK.finditer(previous))
    head = previous[marks[-1].end():] if marks else ""
    return head + line if marks and head else line


@dataclass
class TableSpan:
    caption: str  # normalized
    printed: str
    first: int  # page
    last: int
    body: list[str]


def _body_lines(view: Text) -> list[tuple[int, str, bool, str]]:
    """(page, text, tabular, as printed) of every line outside the 目录 pages and 附表 lists."""
    if "body" not in view._cache:
        view._cache["body"] = _read_body_lines(view)
    return view._cache["body"]


def _read_body_lines(view: Text) -> list[tuple[int, str, bool, str]]:
    spans = _listing_spans(view)
    out = []
    for i, start in enumerate(view.starts):
        page = view.pages_of[i]
        if page in view.listing_pages or any(a <= start < b for a, b in spans):
            continue
        end = view.starts[i + 1] if i + 1 < len(view.starts) else len(view.text)
        text = view.text[start:end]
        out.append((page, text, False, view.printed[i] if i < len(view.printed) else text))
    return out


def _unit_line(text: str) -> bool:
    """“单位：万元”, also after “编制部门：…” or “单位名称：…” on the same line."""
    return bool(_UNIT_AT_START.match(text) or (len(text) <= 70 and _UNIT_AFTER_MAKER.match(text)))


def _maker_line(text: str) -> bool:
    """“编制单位：…” or “部门名称：…” alone on its line, printed between a caption and its 单位 line."""
    return len(text) <= 45 and "。" not in text and bool(_MAKER.match(text)) and not _unit_line(text)


_PART_HEAD = re.compile(r"^第[一二三四五六七八九十]部分")
_UNIT_AT_START = re.compile(r"(?:金额)?单位[:：]")
# who made the table, in the words templates use: 编制单位/编制部门/填报单位, or 单位名称/部门名称
_MAKER = re.compile(r"(?:(?:编制|填报)(?:部门|单位)|(?:部门|单位)名称)[:：]")
_UNIT_AFTER_MAKER = re.compile(_MAKER.pattern + r".*单位[:：]")


def table_spans(view: Text, result: ParsedDisclosure) -> list[TableSpan]:
    """Each caption followed by a 单位 line starts a table; it runs to the next one (at most a few pages)."""
    if "spans" not in view._cache:
        view._cache["spans"] = _table_spans(view, result)
    return view._cache["spans"]


def _table_spans(view: Text, result: ParsedDisclosure) -> list[TableSpan]:
    lines = _body_lines(view)
    starts: list[tuple[int, str, str, int]] = []
    for i, (page, text, *_) in enumerate(lines):
        if not _unit_line(text):
            continue
        head: list[tuple[int, str, bool, str]] = []
        for j in range(i - 1, max(-1, i - 6), -1):
            if lines[j][0] == page and (_maker_line(lines[j][1]) or _PART_HEAD.match(lines[j][1])):
                # the maker's line sits between the caption and its 单位 line; a part's heading (“第二部分附表”, or
                # a running header printed inside a wrapped caption) is above or across it: neither is the caption
                continue
            if lines[j][0] != page or len(lines[j][1]) > 45 or "。" in lines[j][1] or re.search(r"\d+\.\d", lines[j][3]):
                break  # an amount ends the caption above; “8. 2026年” (as printed) is a number and a year
            head.insert(0, lines[j])
        head = head[-4:]
        caption = _normal_caption("".join(line[1] for line in head), result)
        if caption.endswith("表"):
            starts.append((i, caption, "".join(line[3] for line in head), len(head)))
    spans = []
    for k, (i, caption, printed, _) in enumerate(starts):
        end = starts[k + 1][0] - starts[k + 1][3] if k + 1 < len(starts) else len(lines)
        first = lines[i][0]
        body = []
        for page, text, *_ in lines[i:max(end, i + 1)]:
            if page > first + 6 or re.match(r"^第[一二三四五]部分", text) or (
                    len(text) > 30 and "。" in text and not re.match(r"^[(（]?(?:备)?注|^说明", text)
                    and not _SELF_EMPTY.search(text)):
                break
            body.append((page, text))
        spans.append(TableSpan(caption, printed, first, max(p for p, _ in body), [t for _, t in body]))
    return spans


def present_captions(view: Text, result: ParsedDisclosure) -> set[str]:
    found = set()
    lines = _body_lines(view)
    short = [(page, _normal_caption(text, result) if len(text) <= 45 and "。" not in text else None) for page, text, *_ in lines]
    for i in range(len(short)):
        joined = ""
        for page, piece in short[i:i + 4]:
            if piece is None or page != short[i][0]:
                break
            joined += piece
            if joined.endswith("表"):  # only a caption can match a listed title
                found.add(_normal_caption(joined, result))
    return found


@text_rule
def cp_tables(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    name = "目录或附表清单所列表格均已公开"
    listed = listed_tables(view, result)
    if not listed:
        yield skipped("CP-TABLES", name, "not_applicable", "文件未列出表格目录", severity="warning")
        return
    spans = table_spans(view, result)
    if not spans:  # a prose-only file: counties often publish the 附表 as a separate attachment
        yield Check("CP-TABLES", name, "fail", "info", f"文件列出{len(listed)}张表格，但本文件不含表格（可能另行公开）",
                    [], None, listed[0][2], "text")
        return
    present = present_captions(view, result) | {span.caption for span in spans}
    keys = {listing_key(caption) for caption in present}
    unit = result.unit or ""
    missing = [(raw, page) for raw, norm, page in listed
               if not _present(norm, present, unit) and not _present(listing_key(norm), keys, unit)]
    seen = set()
    for raw, page in missing:
        # a 目录 page and an 附表 list on it name the same table twice ("1.收入支出总表", "收入支出总表")
        key = (_normal_caption(raw, result), page)
        if raw in seen or key in seen:
            continue
        seen.update((raw, key))
        yield Check("CP-TABLES", name, "fail", "warning", f"第{page}页所列“{raw}”在文件中未找到；表格可能缺失或另行公开，需人工复核",
                    [{"label": "所列表格", "value": raw, "page": page}], None, page, "text")
    if not missing:
        yield Check("CP-TABLES", name, "pass", "warning", f"所列{len(listed)}张表格均在文件中找到", [], None, None, "text")


def listing_key(caption: str) -> str:
    """A normalized caption as a 目录 entry and the printed caption both name it: the 预算/决算 word and a leading
    部门/单位 are dropped wherever one side may print them and the other not ("预算收支总表", "部门收支预算总表" and
    "收支总表" are one table); 预算 in the name of a budget (一般公共预算, 政府性基金预算, 国有资本经营预算) stays."""
    key = _KIND_WORD.sub("", caption).replace("收入支出", "收支")  # 收入支出总表 and 收支总表 are one table
    return _SCOPE_HEAD.sub("", key) or caption


_KIND_WORD = re.compile(r"(?<!公共)(?<!基金)(?<!经营)[预决]算")
_SCOPE_HEAD = re.compile(r"^(?:部门|单位)(?:[和及与]?(?:部门|单位))?")


def _present(title: str, captions: set[str], unit: str = "") -> bool:
    """A caption broken over lines may lose its head ("公共预算“三公”经费支出表") or keep the tail of the unit's name
    ("民政府办公室政府采购明细表"); a 部门和单位 title may print as 部门."""
    if title in captions:
        return True
    for caption in captions:
        if caption.endswith(title) and unit.endswith(caption[:len(caption) - len(title)]):
            return True
        if len(caption) >= 6 and title.endswith(caption):
            return True
        if len(caption) >= 6 and SequenceMatcher(None, title, caption).ratio() >= 0.85:
            return True
    return False


_AMOUNT_CELL = re.compile(r"(?<![\d年])\d[\d,]*\.\d+|(?<![\d年])\d{1,3}(?:,\d{3})+")
_EMPTY_NOTE = re.compile(r"空表|无数据|本表无|此表无|表为空|无[^。,，]{0,16}(?:收支|支出|收入|经费|预算)")


# A sentence that names the table itself as empty is its note even without a 注/说明 label; it is often printed
# under the table's header rather than above it.
_SELF_EMPTY = re.compile(r"[本此该]表(?:为空|无数据|是?空表)")


def _note(lines: list[str]) -> str | None:
    for line in lines:
        if (re.search(r"注|说明|备注", line) and _EMPTY_NOTE.search(line)) or _SELF_EMPTY.search(line):
            return line
    return None


def _zero_total(line: str) -> bool:
    """A 合计/总计 row of zeros only (“合计 0.00 0.00 0.00”): a template prints it under an empty table's header, so it
    fills nothing (a row of zeros for a named item, as in a 三公 table, is a stated amount and stays filled)."""
    text = re.sub(r"\s", "", line)
    if not re.match(r"(?:合计|总计)(?![\u4e00-\u9fff])", text):
        return False
    cells = _AMOUNT_CELL.findall(text)
    return bool(cells) and all(Decimal(cell.replace(",", "")) == 0 for cell in cells) \
        and not re.search(r"[1-9]", _AMOUNT_CELL.sub("", text))


@text_rule
def tb_empty(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    name = "空表附说明，有数的表不称空表"
    for span in table_spans(view, result):
        rows = [line for line in span.body if not _unit_line(line)]
        note = _note(span.body)
        filled = any(_AMOUNT_CELL.search(line) for line in rows if not (note and line == note) and not _zero_total(line))
        ref = [{"label": "表格", "value": span.printed, "page": span.first}]
        if filled and note and re.search(r"空表|无数据|本表无|此表无|表为空", note):
            yield Check("TB-EMPTY", name, "fail", "error", f"第{span.first}页“{span.printed}”有数据，但注明“{note}”；"
                        "表与说明不能同时成立，需人工复核", ref, None, span.first, "text")
        elif not filled and not note and not _native_tables(view):
            stated = _stated_for(result, span.caption)
            if stated is not None:
                yield Check("TB-EMPTY", name, "fail", "error", f"第{span.first}页“{span.printed}”没有任何数字，而正文说明{stated}；"
                            "两处披露不能同时成立，需人工复核", ref, None, span.first, "text")
            else:
                zeros = "只有数值为0.00的合计行，" if any(_zero_total(line) for line in rows) else ""
                yield Check("TB-EMPTY", name, "fail", "warning", f"第{span.first}页“{span.printed}”{zeros}为空表，且未说明原因",
                            ref, None, span.first, "text")


def _clipped(one: str, other: str) -> bool:
    """One caption is the other read with a character or two lost at its front ("般公共预算…"); a longer head is
    another table's name (财政拨款收入支出总表 is not 收入支出总表, though a unit funded only by 财政拨款 prints the
    same rows in both)."""
    short, long = sorted((one, other), key=len)
    return len(short) >= 6 and long.endswith(short) and len(long) - len(short) <= 2


def _native_tables(view: Text) -> bool:
    """HTML, sheets and .docx keep their grids apart from the text lines: an empty-looking text span proves nothing."""
    document = view.document
    return document is not None and not getattr(document, "is_pdf", True) and bool(getattr(document, "tables", None))


def _stated_for(result: ParsedDisclosure, caption: str) -> str | None:
    """A nonzero amount the prose states for the table's subject (三公: this year's or the 预算数)."""
    if "三公" in caption:
        figure = result.figures.get("sangong_total")
        if figure is not None and figure.origin == "prose":
            if figure.value:
                return f"“三公”经费{figure.value}万元（第{figure.page}页）"
            if figure.budget:
                return f"“三公”经费年初预算{figure.budget}万元（第{figure.page}页）"
    return None


@text_rule
def tb_dup(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    spans = table_spans(view, result)
    for i, span in enumerate(spans):
        for other in spans[i + 1:]:
            # a table without amounts (an empty one with its note) is a duplicate when its title, to its number,
            # and every line of it are printed again on another page
            empty_twice = (other.printed == span.printed and other.body == span.body and other.first != span.first
                           and not any(_AMOUNT_CELL.search(x) for x in span.body))
            # the same title, or one read with a character less at its front (a repeat printed without its number,
            # “表7一般…” read as “般…”): with the same amount rows it is the same table, wherever it is printed again
            same_title = other.caption == span.caption or _clipped(span.caption, other.caption)
            if empty_twice or same_title and [x for x in other.body if _AMOUNT_CELL.search(x)] == \
                    [x for x in span.body if _AMOUNT_CELL.search(x)] and any(_AMOUNT_CELL.search(x) for x in span.body):
                yield Check("TB-DUP", "同一表格不重复刊印", "fail", "warning",
                            f"“{span.printed}”在第{span.first}页和第{other.first}页重复刊印，内容相同" if other.first != span.first
                            else f"“{span.printed}”在第{span.first}页重复刊印两次，内容相同",
                            [{"label": "表格", "value": span.printed, "page": span.first},
                             {"label": "重复", "value": other.printed, "page": other.first}], None, other.first, "text")


# ---- stated totals against the table ---------------------------------------------------------------------------

@text_rule
def pt_total(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“(财政拨款)收入支出总计X万元” = the 总计 row of the (财政拨款)收入支出(决算)总表."""
    spans = table_spans(view, result)
    for match in re.finditer(rf"(财政拨款)?收入支出总计(?:为)?{NUM}万元", view.text):
        fiscal = bool(match.group(1))
        value = to_decimal(match.group(2))
        if value is None:
            continue
        page = view.page_at(match.start())
        wanted = "财政拨款收入支出总表" if fiscal else "收入支出总表"
        span = next((s for s in spans if s.caption == wanted), None)
        name = ("财政拨款" if fiscal else "") + "收入支出总计正文与总表一致"
        if span is None:
            yield Check("PT-TOTAL", name, "insufficient_data", "error", f"未找到{wanted}", [], None, page, "text")
            continue
        cell = _total_cell(span)
        unit = table_unit(view, span)
        if cell is None or unit is None:
            yield Check("PT-TOTAL", name, "insufficient_data", "error", f"{span.printed}的总计行或单位未识别", [], None, page, "text")
            continue
        raw, cell_page = cell
        table_value = to_decimal(raw) * {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}[unit]  # type: ignore[operator]
        check = coarse_vs_fine("PT-TOTAL", name,
                               Term("正文" + ("财政拨款" if fiscal else "") + "收入支出总计", value, printed_decimals(match.group(2)), "万元", page,
                                    match.group(0)),
                               Term("表中总计", table_value, printed_decimals(raw), unit, cell_page, f"{span.printed} · 总计"))
        check.basis = "text"
        yield check


def _total_cell(span: TableSpan) -> tuple[str, int] | None:
    for line in span.body:
        found = re.match(r"^总计(\d[\d,]*(?:\.\d+)?)", line)
        if found:
            return found.group(1), span.first
    return None


def table_unit(view: Text, span: TableSpan) -> str | None:
    for line in view.pages[span.first].lines[:12]:
        found = _unit_line(line) and re.search(r"单位[:：](万元|元|亿元)", line)
        if found:
            return found.group(1)
    return None


# ---- percentages and direction words ----------------------------------------------------------------------------

_COMPARED = re.compile(r"(?:与|比|较)(?:上年|\d{4}年度?)(?:相比)?[,，]?")
# a 决算 may print its amounts in 元 (“支出总计19,959,808.66元。与2022年度相比，…增加2,117,193.36元，增长10.61%”): the
# amount and its change are read in the unit they share (_shared_unit), never across two units
_YUAN = r"(?:万元|元)"
_AMOUNT_BEFORE = re.compile(rf"{NUM}{_YUAN}[。,，;；]?$")
_CHANGE_AFTER = re.compile(rf"([^。\d]{{0,24}}?)(增加|减少){NUM}{_YUAN}[,，]?(增长|下降|上升|减少|增加)?{NUM}%")
# “收入预算248.62万元，全部为一般公共预算拨款，比上年…”: a clause or two of words (no figure) between the amount
# and its comparison leave the amount the sentence's subject
_AMOUNT_BEFORE_ASIDE = re.compile(rf"{NUM}{_YUAN}[,，](?:[^。；;,，\d%]{{2,20}}[,，]){{1,2}}$")
_PRIOR_NAMED = re.compile(rf"的?(?:预算数?|执行数|决算数|支出)?{NUM}万元[,，]?")  # “比上年16.00万元减少…”: the base, named


@dataclass
class _Joined:
    """The groups of “X万元。与Y年相比，…减少D万元，下降P%” read around its anchor."""

    value: str
    words: str
    way: str
    delta: str
    word: str | None
    pct: str
    at: int

    def group(self, i: int) -> str:
        if i == 0:
            return f"{self.value}万元…{self.way}{self.delta}万元，{self.word or ''}{self.pct}%"
        return [self.value, self.words, self.way, self.delta, self.word, self.pct][i - 1]  # type: ignore[return-value]

    def start(self) -> int:
        return self.at


def _unit_after(text: str, at: int) -> str:
    """The unit printed right after the number ending at `at`: 万元 or 元."""
    return "万元" if text.startswith("万元", at) else "元"


def _sentence_subject(text: str, nearest: re.Match[str], anchor: int, after: re.Match[str]) -> re.Match[str]:
    """“…3.45万元，其中…接待费1.30万元。与上年相比减少0.55万元，下降13.75%”: a comparison opening its own sentence
    speaks of the previous sentence's subject, not of its last amount. Of that sentence's amounts, the first whose
    implied base gives the stated rate (the total, as a rule); the nearest when none does (then the rule fails)."""
    opening = max(text.rfind("。", 0, nearest.start()), text.rfind("；", 0, nearest.start()),
                  text.rfind(";", 0, nearest.start())) + 1
    delta, stated = to_decimal(after.group(3)), to_decimal(after.group(5))
    if delta is None or stated is None:
        return nearest
    for candidate in re.finditer(rf"{NUM}{_unit_after(text, nearest.end(1))}", text[:anchor]):
        if candidate.start() < opening:
            continue
        value = to_decimal(candidate.group(1))
        if value is None:
            continue
        prior = value - delta if after.group(2) == "增加" else value + delta
        if prior > 0 and abs(delta / prior * 100 - stated) <= Decimal("0.5") * Decimal(10) ** -printed_decimals(after.group(5)) \
                + Decimal("0.05"):
            return candidate
    return nearest


_OWN_YEAR = re.compile(r"^(?:(?:19|20)\d\d年度?|本年度?|全年|当年|本部门|本单位|我单位|我部门|[(（]?[一二三四五六七八九十\d]+[、.)）])*")
_TOTAL_SUFFIX = re.compile(r"(?:预算|决算)?(?:合计|总计|总额)?(?:数)?(?:为|是)?")


def _named_subject(text: str, anchor: int, after: re.Match[str]) -> re.Match[str] | None:
    """“…合计1,004.26万元，其中：…。收入预算比上年增加62.08万元，增长10.59%” or “…支出2,167.18万元，占…%。与上年相比，
    一般公共预算财政拨款支出增加154.53万元，增长9.76%”: a comparison that names its subject (before the 比上年 or
    after the 与上年相比) is read against the amount this or the previous sentence gives that very subject (its
    label, without a year or 合计, is the subject). None when the subject is not named or has no such amount."""
    clause = max(text.rfind(stop, 0, anchor) for stop in "。；;，,：:") + 1
    lead = text[clause:anchor]
    subject = lead if lead else after.group(1).strip("，,、 ")
    subject = _OWN_YEAR.sub("", subject)
    if len(subject) < 4 or re.search(r"[\d%万元]", subject):
        return None
    stops = [i for i in (text.rfind(stop, 0, clause) for stop in "。；;") if i >= 0]
    opening = max(stops) if stops else -1
    if opening == clause - 1:  # the comparison opens its sentence: the previous one names the amount
        earlier = [i for i in (text.rfind(stop, 0, opening) for stop in "。；;") if i >= 0]
        opening = max(earlier) if earlier else -1
    candidates = []
    for found in re.finditer(rf"{NUM}万元", text[:clause]):
        if found.start() <= opening:
            continue
        head = max(text.rfind(stop, 0, found.start()) for stop in "。；;，,：:、") + 1
        # the label ends with the subject (and 合计…), after a year, a heading's number or nothing at all
        label = text[head:found.start()]
        if re.search(rf"(?:^|(?<=[年度门位）)、]))(?:全年|当年)?{re.escape(subject)}{_TOTAL_SUFFIX.pattern}$", label):
            candidates.append(found)
    return candidates[0] if candidates else None


def _printed_as_prior(text: str, amount: re.Match[str]) -> bool:
    """Whether an amount's label says it is last year's (“上年决算数为Y万元”): never this year's value."""
    return PRIOR_GAP.search(text, max(0, amount.start() - 16), amount.start()) is not None


_SUBJECT_NOUN = re.compile(r"收入|支出|经费|合计|总计|拨款")


def _change_subject(text: str, anchor: int, words: str) -> re.Match[str] | None:
    """The amount of the subject a change clause names (“本年收入合计增加182.40万元” after “本年收入合计2,148.66万元”):
    its last printing a few sentences back, so that the change is not read against another total printed nearer."""
    subject = words.strip(",，:： ")
    if len(subject) < 2 or not _SUBJECT_NOUN.search(subject):
        return None
    pattern = re.compile(rf"{re.escape(subject)}{_TOTAL_SUFFIX.pattern}(?:共|达)?{NUM}万元")
    found = list(pattern.finditer(text, max(0, anchor - 400), anchor))
    return found[-1] if found else None


@text_rule
def pr_pct(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“X万元。与Y年相比，…减少D万元，下降P%”: P = D / (X ∓ D); a zero base with a growth rate is an error."""
    for anchor in _COMPARED.finditer(view.text):
        before = (_AMOUNT_BEFORE.search(view.text, max(0, anchor.start() - 40), anchor.start())
                  or _AMOUNT_BEFORE_ASIDE.search(view.text, max(0, anchor.start() - 60), anchor.start()))
        named = _PRIOR_NAMED.match(view.text, anchor.end())
        after = _CHANGE_AFTER.match(view.text, named.end() if named else anchor.end())
        if not after:
            continue
        if before is not None and named is None and _printed_as_prior(view.text, before):
            continue  # “X万元，上年决算数为Y万元，比上年…”: both years beside the change, read by rate_after_both_years
        own = None if named else _change_subject(view.text, anchor.start(), after.group(1))
        by_subject = before is None and own is None
        if own is not None:
            before = own  # “与上年相比，本年收入合计增加D万元”: the change names its subject, read against that amount
        elif by_subject:
            before = _named_subject(view.text, anchor.start(), after)
            if not before:
                continue
        elif not named and re.search(r"[。；;]", view.text[before.start():anchor.start()]):
            before = _sentence_subject(view.text, before, anchor.start(), after)
        unit = _unit_after(view.text, after.end(3))
        if _unit_after(view.text, before.end(1)) != unit or (named and unit != "万元"):
            continue  # “X万元 … 增加D元”: the change is not this amount's
        match = _Joined(before.group(1), after.group(1), after.group(2), after.group(3), after.group(4), after.group(5),
                        before.start())
        value, delta, stated = to_decimal(match.group(1)), to_decimal(match.group(4)), to_decimal(match.group(6))
        if value is None or delta is None or stated is None:
            continue
        page = view.page_at(match.start())
        up = match.group(3) == "增加"
        prior = value - delta if up else value + delta
        stated_prior = to_decimal(named.group(1)) if named else None
        if stated_prior is not None:
            prior = stated_prior  # the sentence names its base: the rate is read against it (CHECKS.md PR-PCT)
        terms = [{"label": "本年", "value": match.group(1), "page": page}, {"label": "变动额", "value": match.group(4)},
                 {"label": "所称变动率", "value": match.group(6) + "%"}]
        word = match.group(5)
        name = "变动率与变动额一致"
        if word and (word in ("增长", "上升", "增加")) != up:
            rise = None if named else _direction_of_rate(match.group(1), match.group(4), match.group(6))
            wrong = None if rise is None else match.group(3) if rise != up else word  # the word the rate contradicts
            yield Check("PR-DIR", "增减表述与数字方向一致", "fail", "warning" if wrong is None else "error",
                        f"同一句中称“{match.group(3)}{match.group(4)}{unit}”又称“{word}{match.group(6)}%”，方向矛盾"
                        + (f"；按变动率推算，“{wrong}”一词与数字不符" if wrong else ""), terms, None, page, "text")
            continue
        half_v = Decimal("0.5") * Decimal(10) ** -printed_decimals(match.group(1)) if value else ZERO
        half_d = Decimal("0.5") * Decimal(10) ** -printed_decimals(match.group(4)) if delta else ZERO
        base_half = half_v + half_d
        if stated_prior is not None:
            base_half = Decimal("0.5") * Decimal(10) ** -printed_decimals(named.group(1)) if prior else ZERO  # type: ignore[union-attr]
            terms.insert(1, {"label": "上年", "value": named.group(1)})  # type: ignore[union-attr]
        if prior < 0:
            continue  # a base below zero cannot be: the change was paired with another amount than its subject's
        bounds = pct_interval(delta, half_d, prior, base_half)
        if bounds is None:
            yield Check("PR-PCT", name, "fail", "error", f"上年数推算为{prior}{unit}（零基数），却称变动{stated}%，需人工复核",
                        terms, None, page, "text")
            continue
        half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(match.group(6))
        low, high = bounds
        if low - half_p <= stated <= high + half_p:
            yield Check("PR-PCT", name, "pass", "warning", f"变动{delta}{unit}、上年约{prior}{unit}，变动率{stated}%相符",
                        terms, None, page, "text")
            continue
        actual = delta / prior * 100
        off = min(abs(stated - low), abs(stated - high))
        yield Check("PR-PCT", name, "fail", "error" if off > 1 else "warning",
                    f"本年{value}{unit}、变动{match.group(3)}{delta}{unit}，{'上年' if stated_prior is not None else '推算上年'}{prior}{unit}，变动率应约为{actual:.2f}%，"
                    f"而文中为{stated}%；两处披露不能同时成立，需人工复核", terms, None, page, "text")


def _direction_of_rate(value_raw: str, delta_raw: str, rate_raw: str) -> bool | None:
    """True (a rise) or False (a fall) when a rate fits exactly one reading of a change whose two direction words
    clash (“增加0.50万元，下降5.21%” of 9.10万元: 0.50 / 9.60 fits the fall, 0.50 / 8.60 not the rise): the numbers
    then say which word is wrong, a wrong direction rather than a loose wording (CHECKS.md PR-PCT)."""
    value, delta, stated = to_decimal(value_raw), to_decimal(delta_raw), to_decimal(rate_raw)
    if value is None or delta is None or stated is None:
        return None
    half_d = Decimal("0.5") * Decimal(10) ** -printed_decimals(delta_raw)
    half_base = Decimal("0.5") * Decimal(10) ** -printed_decimals(value_raw) + half_d
    half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(rate_raw)
    fits = []
    for prior in (value - delta, value + delta):
        bounds = pct_interval(delta, half_d, prior, half_base) if prior > 0 else None
        fits.append(bounds is not None and bounds[0] - half_p <= stated <= bounds[1] + half_p)
    return fits[0] if fits.count(True) == 1 else None


@text_rule
def pr_share(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“A万元，占P%” against the amount the sentence is a breakdown of (the one followed by 其中/主要用于)."""
    token = re.compile(rf"{NUM}万元(?=([,，:：]?(?:其中|主要用于)|[,，]占([^。;；%\d]{{0,14}}?)的?{NUM}%))")
    base: tuple[Decimal, str, int] | None = None
    last_stop = 0
    for match in token.finditer(view.text):
        if "。" in view.text[last_stop:match.start()]:
            base = None
        last_stop = match.end()
        amount = to_decimal(match.group(1))
        if amount is None:
            continue
        if match.group(2) is not None and match.group(4) is None:
            base = (amount, match.group(1), view.page_at(match.start()))
            continue
        named, stated = match.group(3), to_decimal(match.group(4))
        reference = base
        if named and _BUDGET_BASE.fullmatch(named.lstrip("的")):
            continue  # “占调整预算的99.3%”: the amount's own budget (a completion rate), not any 预算 the text names
        if named:
            reference = _named(view, named)
        if reference is None or stated is None or reference[0] <= 0:
            continue
        whole, whole_raw, _ = reference
        page = view.page_at(match.start())
        half = lambda raw, v: Decimal("0.5") * Decimal(10) ** -printed_decimals(raw) if v else ZERO  # noqa: E731
        bounds = pct_interval(amount, half(match.group(1), amount), whole, half(whole_raw, whole))
        if bounds is None:
            continue
        half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(match.group(4))
        terms = [{"label": "分项", "value": match.group(1), "page": page}, {"label": "总额", "value": whole_raw},
                 {"label": "所称占比", "value": match.group(4) + "%"}]
        if bounds[0] - half_p <= stated <= bounds[1] + half_p:
            yield Check("PR-SHARE", "占比与金额一致", "pass", "warning", f"{match.group(1)}/{whole_raw}={amount / whole * 100:.2f}%，"
                        f"与所称{stated}%相符", terms, None, page, "text")
            continue
        off = min(abs(stated - bounds[0]), abs(stated - bounds[1]))
        yield Check("PR-SHARE", "占比与金额一致", "fail", "error" if off > 1 else "warning",
                    f"{match.group(1)}万元占{whole_raw}万元应为{amount / whole * 100:.2f}%，文中为{stated}%，需人工复核",
                    terms, None, page, "text")


_BUDGET_BASE = re.compile(r"(?:年初|调整|调整后|全年)?预算(?:数)?")


def _named(view: Text, name: str) -> tuple[Decimal, str, int] | None:
    name = re.sub(r"^[的]", "", name)
    if not name:
        return None
    found = re.search(re.escape(name) + rf"(?:为)?{NUM}万元", view.text)
    if not found:
        return None
    value = to_decimal(found.group(1))
    return (value, found.group(1), view.page_at(found.start())) if value is not None else None


@text_rule
def pr_dir_budget(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """决算 items: “年初预算为A万元，支出决算为B万元。决算数大于/小于/等于预算数” must agree with A and B."""
    pattern = re.compile(rf"年初预算(?:数)?为{NUM}万元[,，]?支出决算(?:数)?为{NUM}万元[。,，;；]?决算数(大于|小于|等于|与预算数持平)")
    for match in pattern.finditer(view.text):
        budget, actual = to_decimal(match.group(1)), to_decimal(match.group(2))
        if budget is None or actual is None:
            continue
        word = match.group(3)
        truth = "大于" if actual > budget else "小于" if actual < budget else "等于"
        said = "等于" if word == "与预算数持平" else word
        page = view.page_at(match.start())
        terms = [{"label": "年初预算", "value": match.group(1), "page": page}, {"label": "支出决算", "value": match.group(2)},
                 {"label": "表述", "value": "决算数" + word}]
        if said == truth:
            yield Check("PR-DIR", "决算数与预算数的比较表述与数字一致", "pass", "warning", f"决算{actual}{truth}预算{budget}",
                        terms, None, page, "text")
        else:
            yield Check("PR-DIR", "决算数与预算数的比较表述与数字一致", "fail", "warning",
                        f"第{page}页称“决算数{word}预算数”，而支出决算{actual}万元{truth}年初预算{budget}万元；表述与数字矛盾，需人工复核",
                        terms, None, page, "text")


_SIGN_CLASH = re.compile(r"(?:比|较|与)(?:上年|上一年|去年|(?:19|20)\d\d年度?)(?:预算数?|执行数|决算数)?(?:相比)?[,，]?"
                         rf"(增加|增长|上升)(-\d[\d,]*(?:\.\d+)?)(万元|元|%)")


@text_rule
def pr_dir_sign(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“比上年增加-12.30万元”: a word of growth before a negative number says two things at once. “减少-0.8万元” is
    only redundant (a fall written with its sign, read as −0.8) and 增(减)-x names both directions: neither is matched."""
    for match in _SIGN_CLASH.finditer(view.text):
        word, raw, unit = match.groups()
        page = view.page_at(match.start())
        meant = "减少" if word == "增加" else "下降"
        yield Check("PR-DIR", "增减表述与数字方向一致", "fail", "warning",
                    f"第{page}页称“{word}{raw}{unit}”：{word}一词配负数，实为{meant}{raw[1:]}{unit}还是笔误，需人工复核",
                    [{"label": "变动", "value": raw, "page": page, "source": match.group(0)}], None, page, "text")
    for match in _SIGN_TWICE.finditer(view.text):
        word, raw, unit = match.groups()
        page = view.page_at(match.start())
        yield Check("PR-DIR", "增减表述与数字方向一致", "fail", "info",
                    f"第{page}页称“{word}{raw}{unit}”：{word}一词已表明方向，数字再带负号，按{word}{raw[1:]}{unit}读取；"
                    f"表述冗余，建议删去负号", [{"label": "变动", "value": raw, "page": page, "source": match.group(0)}],
                    None, page, "text")


# “比上年减少-36.20万元”: the fall said twice (word and sign), same direction: a wording hint (CHECKS.md PR-DIR keeps
# warnings for a word and a sign that point opposite ways)
_SIGN_TWICE = re.compile(r"(?:比|较|与)(?:上年|上一年|去年|(?:19|20)\d\d年度?)(?:预算数?|执行数|决算数)?(?:相比)?[,，]?"
                         rf"(减少|下降|降低|压减)(-\d[\d,]*(?:\.\d+)?)(万元|元|%)")


# ---- placeholders and years --------------------------------------------------------------------------------------

def _clause_around(text: str, start: int, end: int, *, reach: int = 20) -> str:
    """The clause holding text[start:end], at most `reach` characters each side, never cut inside a number."""
    stops = "。；;，,\n"
    left = max(max(text.rfind(c, max(0, start - reach), start) for c in stops) + 1, max(0, start - reach))
    while 0 < left < start and (text[left - 1].isdigit() or text[left - 1] == "."):
        left -= 1
    ends = [i for i in (text.find(c, end, end + reach) for c in stops) if i >= 0]
    right = min(ends) if ends else min(len(text), end + reach)
    while right < len(text) and right < end + reach + 12 and (text[right].isdigit() or text[right] == "."):
        right += 1
    return text[left:right]


@text_rule
def fm_placeholder(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    # a bracketed field name left from a template: 【单位名称】, [金额], 〔填写日期〕
    field = r"[【\[〔][^\]】〕\d]{0,6}(?:名称|金额|数额|日期|年份|填写|待定)[】\]〕]"
    # a bracketed instruction to whoever fills the template: （此处填写增减变化原因，无变化的填写“无”）, 【请填写…】,
    # （请根据本部门实际情况填写……）, (此处请填列…)
    instruction = (r"(?:[（(【\[〔][^（）()【】\[\]〔〕。]{0,30}?(?:此处(?:填写|填列|说明|列明)|请(?:在此)?(?:填写|填列|据实填写)|填写说明"
                   r"|如无[^（）()。]{0,6}?填|无[^（）()。，,]{0,8}?的?填(?:写|列))[^（）()【】\[\]〔〕。]{0,40}?[）)】\]〕]"
                   r"|[（(【\[][^（()）【】\[\]。]{0,6}请[^（()）【】\[\]。]{0,40}?(?:填写|填报|填列|据实|根据本(?:部门|单位)(?:的)?实际|删除)"
                   r"[^（()）【】\[\]。]{0,60}[）)】\]]"
                   # a filling note that may run over several sentences: （填报说明：此处请简要说明……，字数控制在300字以内。）
                   r"|[（(【\[〔](?:填报|填写|编报)(?:说明|提示|要求)[:：][^（）()【】\[\]〔〕]{0,150}?[）)】\]〕]"
                   r"|[（(【\[〔][^（）()【】\[\]〔〕]{0,60}?(?:此处请|字数控制在\d+字)[^（）()【】\[\]〔〕]{0,90}?[）)】\]〕])")
    pattern = re.compile(rf"(?<![A-Za-z\d])(?:X{{2,}}|x{{3,}}|×{{2,}}|某某|待填写|待补充|\{{[^{{}}]{{1,12}}\}}|{field})(?![A-Za-z\d])"
                         rf"|{instruction}")
    pages: dict[int, str] = {}
    if not re.search(rf"XX|xxx|××|某某|待填写|待补充|\{{|{field}|{instruction}", view.text):
        return
    for match in pattern.finditer(view.text):
        page = view.page_at(match.start())
        told = re.fullmatch(instruction, match.group(0))
        pages.setdefault(page, (match.group(0) if told else _clause_around(view.text, match.start(), match.end()),
                                bool(told)))
    for page, (context, told) in sorted(pages.items()):
        said = f"第{page}页留有模板的填写提示语“{context}”，应填内容未填写" if told else f"第{page}页有未替换的占位符：“{context}”"
        yield Check("FM-PLACEHOLDER", "不留模板占位符", "fail", "warning", said,
                    [{"label": "占位符", "value": context, "page": page}], None, page, "text")


@text_rule
def fm_year(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    year = result.year
    if not year:
        return
    name = "年份与文件所属年度一致"
    for found in re.finditer(r"(?<!\d)(20\d{3})年", view.text):
        number = view.page_at(found.start())
        yield Check("FM-YEAR", name, "fail", "info", f"第{number}页有五位数年份“{found.group(1)}年”，疑为笔误",
                    [{"label": "年份", "value": found.group(1), "page": number}], None, number, "text")
    heading_of = re.compile(r"(?<!\d)(20\d\d)年度?(?:部门|单位)?" + (result.kind or "[预决]算") + r"(?:情况说明|表|公开)")
    for number, page in sorted(view.pages.items()):
        if number in view.listing_pages:
            continue
        for line in page.lines:
            if len(line) > 45 or "。" in line or "年" not in line:
                continue
            heading = heading_of.search(line)
            # a heading names the unit, or is a numbered part of this document ("第二部分 2022年度部门决算情况说明")
            ours = (result.unit or "") in line or _PART_HEADING.match(line.strip())
            if heading and int(heading.group(1)) != year and ours:
                yield Check("FM-YEAR", name, "fail", "warning", f"第{number}页标题称“{heading.group(0)}”，而文件为{year}年{result.kind}",
                            [{"label": "标题", "value": line, "page": number}], None, number, "text")
    yield from _heading_years(result, view, year, heading_of)
    yield from _scope_years(result, view, year)
    yield from _stray_years(result, view, year)
    yield from _compared_years(result, view, year)
    if result.kind == "决算":
        for match in re.finditer(r"截至(20\d\d)年12月31日", view.text):
            if int(match.group(1)) != year:
                page = view.page_at(match.start())
                yield Check("FM-YEAR", name, "fail", "warning",
                            f"第{page}页称“{match.group(0)}”，而{year}年度决算应以{year}年12月31日为准，需人工复核",
                            [{"label": "日期", "value": match.group(0), "page": page}], None, page, "text")
    elif result.kind == "预算":
        # a 预算 states its assets and staff as at the end of the year before the budget year (CHECKS.md FM-YEAR)
        for match in _YEAR_END.finditer(view.text):
            if int(match.group(1)) != year - 1 and view.page_at(match.start()) not in view.listing_pages:
                page = view.page_at(match.start())
                yield Check("FM-YEAR", name, "fail", "warning",
                            f"第{page}页称“{match.group(0)}”，而{year}年预算应以{year - 1}年末为准；年份疑有笔误，需人工复核",
                            [{"label": "日期", "value": match.group(0), "page": page}], None, page, "text")


_PART_HEADING = re.compile(r"第[一二三四五六七八九十\d]{1,3}部分[\s:：、]*(?:19|20)\d\d年")

_YEAR_END = re.compile(r"截至((?:19|20)\d\d)年(?:12月(?:31日|底|末)?(?!\d)|底|末)")


# A table caption or a section heading that opens with a year: "表7 2023年一般公共预算“三公”经费支出表",
# "三、2024年“三公”经费预算情况说明". Its year is the document's own (a 决算 may also name the year it is published);
# the year before belongs to prose comparisons and to column headers ("2023年预算数"), never to a heading.
_HEADING_PREFIX = (r"(?:(?:附?表|附件)[一二三四五六七八九十\d]{1,3}[-—－.．、:：\s]*|[一二三四五六七八九十]+、"
                   r"|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}(?:、|[.．](?!\d))|第[一二三四五六七八九十]+部分[\s:：、]*)")
_YEAR_HEADING = re.compile(rf"^(?P<number>{_HEADING_PREFIX})?\s*(?P<year>(?:19|20)\d\d)年度?(?![\d起至到以\-—~－]|以来|底|末)"
                           r"(?P<title>[^。，,；;\d]{2,40})$")
_HEADING_TITLE = re.compile(r"(?:表|情况说明|说明|情况)$")
_SECTION_TITLE = re.compile(r"收入|支出|经费|预算|决算|采购|资产|绩效")


def _year_heading(line: str, unit: str = "") -> re.Match | None:
    """A caption (ends in 表) or a heading (numbered, about the money; or ending in 说明/情况) opening with a year, or
    with the unit's own name and then the year (“共和县林业和草原局2022年财政拨款收支总表”)."""
    found = _YEAR_HEADING.match(line.strip())
    named = _unit_caption(unit).match(line.strip()) if unit and found is None else None
    if named is not None:
        found = _YEAR_HEADING.match(line.strip()[named.end():])
    if found is None:
        return None
    title = found.group("title")
    if _HEADING_TITLE.search(title) or (found.group("number") and _SECTION_TITLE.search(title)):
        return found
    return None


def _unit_caption(unit: str) -> re.Pattern:
    """The unit's name opening a caption, after its number, with the “(本级)” a 部门's own accounts add."""
    return re.compile(rf"(?:{_HEADING_PREFIX})?\s*{re.escape(unit)}(?:[(（]本级[)）])?")


# A heading about the other kind of account is no heading of this document's: a 预算 may report last year's
# execution (“（二）2024年一般公共预算拨款支出执行情况”), a 决算 may quote a 预算 (but “一般公共预算” is a fund).
_OTHER_KIND = {"预算": re.compile(r"决算|执行|完成"), "决算": re.compile(r"(?<!公共)预算(?!执行|完成)")}


def _heading_years(result: ParsedDisclosure, view: Text, year: int, titled: re.Pattern) -> Iterator[Check]:
    """FM-YEAR on a caption or section heading naming another year (a 预算's heading copied from last year's)."""
    allowed = {year} | ({year + 1} if result.kind == "决算" else set())
    other = _OTHER_KIND.get(result.kind or "")
    for number, page in sorted(view.pages.items()):
        if number in view.listing_pages:
            continue
        for line in page.lines:
            heading = _year_heading(line, result.unit or "") if "年" in line and not titled.search(line) else None
            if heading is None or int(heading.group("year")) in allowed or (other and other.search(heading.group("title"))):
                continue
            quoted = heading.string[heading.start("year"):]
            yield Check("FM-YEAR", "年份与文件所属年度一致", "fail", "warning",
                        f"第{number}页标题“{quoted}”称{heading.group('year')}年，而文件为{year}年{result.kind or ''}；"
                        f"标题年份疑未更新，需人工复核",
                        [{"label": "年份", "value": heading.group("year"), "page": number}], None, number, "text")


# The sentence saying what this document's own accounts cover: "某局2024年部门预算包括：…", "2024年单位决算由…组成",
# "纳入2024年部门预算编制范围的…". Its year is the document's, whatever the year of the prose around it.
_SCOPE_SENTENCE = (r"(?<!\d)((?:19|20)\d\d)年度?(?:部门|单位)?{kind}(?:包括|包含|由(?!于)[^。；;]{{1,40}}?组成"
                   r"|的?编制范围|的?汇总范围)")


def _scope_years(result: ParsedDisclosure, view: Text, year: int) -> Iterator[Check]:
    """FM-YEAR on the scope sentence of the document's own kind naming another year (left from last year's text)."""
    if result.kind not in ("预算", "决算"):
        return
    line_starts = set(view.starts)
    for match in re.finditer(_SCOPE_SENTENCE.format(kind=result.kind), view.text):
        page = view.page_at(match.start())
        said = int(match.group(1))
        if said == year or page in view.listing_pages:
            continue
        if said not in _speakable_years(result, year) and _opens_clause(view, match.start(), line_starts):
            continue  # a year the document may never speak of, opening its clause, is _stray_years'
        yield Check("FM-YEAR", "年份与文件所属年度一致", "fail", "warning",
                    f"第{page}页“{match.group(0)}”称{match.group(1)}年，而文件为{year}年{result.kind}；"
                    f"说明本部门{result.kind}范围的年份疑沿用上年文本，需人工复核",
                    [{"label": "年份", "value": match.group(1), "page": page}], None, page, "text")


# A year that opens a clause about this document's money: "2023年项目支出主要用于…" in a 2025 budget.
_YEAR_OPENS = re.compile(r"(?:本部门|本单位)?((?:19|20)\d\d)年度?(?!\d|[起至到以\-—~－]|以来|底|末)"
                         r"(?:本部门|本单位|部门|单位)?(?:全年)?(?:无|没有|未安排|未发生)?(?:收入|支出|基本支出|项目支出|政府采购|“?三公”?经费|机关运行经费|"
                         r"一般公共预算|政府性基金|财政拨款|预算|(?:实行|纳入)?绩效目标)")


def _opens_clause(view: Text, at: int, line_starts: set[int]) -> bool:
    """After a stop or comma, or first on a line of running text (a title or a table heading is no clause)."""
    if at == 0 or view.text[at - 1] in "。；;，,：:、)）":
        return True
    if at not in line_starts:
        return False
    following = next((s for s in sorted(line_starts) if s > at), len(view.text))
    line = view.text[at:following]
    return "。" in line or "，" in line or "," in line


# A change against a named year: "比2022年减少0.30万元", "与2023年度相比，增长5%"
_COMPARED_YEAR = re.compile(r"(?:比|较|与|同)((?:19|20)\d\d)年度?(?:的|同期|年初)?(?:预算|决算|执行)?数?(?:相比|比较)?"
                            r"(?=[^。；;]{0,20}?(?:增加|减少|增长|下降|上升|降低|持平|压减|节约|相同|一致))")


def _compared_years(result: ParsedDisclosure, view: Text, year: int) -> Iterator[Check]:
    """A change is stated against the year before (or, in a 决算, against the year's own budget): a comparison with
    any other year is a slip of the pen more often than not, and it changes what the change means."""
    allowed = {year, year - 1}
    for match in _COMPARED_YEAR.finditer(view.text):
        said = int(match.group(1))
        page = view.page_at(match.start())
        if said in allowed or page in view.listing_pages:
            continue
        opening = max(view.text.rfind(stop, 0, match.start()) for stop in "。；;") + 1
        stop = re.compile(r"[。；;]").search(view.text, match.end())
        sentence = view.text[opening:stop.start() if stop else len(view.text)][:80]
        yield Check("FM-YEAR", "年份与文件所属年度一致", "fail", "warning",
                    f"第{page}页“{sentence}”以{said}年为比较年份，而{year}年{result.kind or ''}应与上年（{year - 1}年）比较；"
                    f"年份疑有笔误，需人工复核",
                    [{"label": "年份", "value": match.group(1), "page": page}], None, page, "text")


_COMMAS = re.compile(r"[,，]")


def _known_amounts(result: ParsedDisclosure, clause: str) -> tuple[set[Decimal], set[Decimal]]:
    """This year's amounts stated somewhere other than `clause`, and last year's (a stated change, a 上年 column)."""
    figures = [*result.figures.values(), *result.table_figures]
    # the view's text and a figure's source may print the clause's commas differently (“,” / “，”)
    bare = _COMMAS.sub("", clause)
    this_year = {f.value for f in figures if f.value and f.period == "本年" and bare not in _COMMAS.sub("", f.source or "")}
    last_year = {f.value - f.change for f in figures if f.value is not None and f.change is not None}
    last_year |= {f.value for f in figures if f.value is not None and f.period == "上年"}
    return this_year, last_year


@text_rule
def fm_year_on_this_years_amount(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """FM-YEAR: a clause opened by last year (“2025年一般公共预算财政拨款收入662.32万元” in a 2026 预算) whose amount is
    this year's own figure and not last year's: the year was left over from last year's text. A clause that truly
    states last year's figure (上年) is left alone."""
    year = result.year
    if not year:
        return
    line_starts = set(view.starts)
    for match in _YEAR_OPENS.finditer(view.text):
        page = view.page_at(match.start())
        if int(match.group(1)) != year - 1 or page in view.listing_pages or not _opens_clause(view, match.start(), line_starts):
            continue
        clause = _year_clause(view.text[match.start():match.start() + 80])
        amount = re.search(rf"{NUM}万元", clause)
        if amount and re.search(rf"{CHANGE_WORDS}|比|较", clause[:amount.start()]):
            continue  # “2023年预算增加25万元”: a change, not the year's amount
        value = to_decimal(amount.group(1)) if amount else None
        this_year, last_year = _known_amounts(result, clause)
        if not value or value in last_year:
            continue
        if value not in this_year and not _whole_of_this_years_parts(view.text, match.start() + len(clause), value,
                                                                     this_year, last_year):
            continue
        yield Check("FM-YEAR", "年份与文件所属年度一致", "fail", "warning",
                    f"第{page}页“{clause}”称{match.group(1)}年，而{amount.group(1)}万元是本文件{year}年的数字；"
                    f"年份疑沿用上年文本，需人工复核",
                    [{"label": "年份", "value": match.group(1), "page": page},
                     {"label": "金额", "value": amount.group(1), "page": page}], None, page, "text")


# a clause runs to its stop or comma, but not to the comma of a thousands separator (“1,155.79万元”)
_CLAUSE = re.compile(r"(?:[^。；;，,]|(?<=\d)[,，](?=\d{3}(?!\d)))*")


def _year_clause(text: str) -> str:
    """The clause a year opens, with the clause that gives its money when it only counts (“2024年实行绩效目标管理的
    项目3个，涉及一般公共预算财政拨款261.00万元”)."""
    clause = _CLAUSE.match(text).group(0)
    if re.search(rf"{NUM}万元", clause):
        return clause
    money = _MONEY_OF_COUNT.match(text, len(clause))
    return clause + money.group(0) if money else clause


# “…合计10.30万元，比上年减少0.50万元。其中：因公出国（境）费0.00万元，…；公务接待费2.10万元，比上年减少…”: the
# parts a total lists after 其中, each with the words just before its amount (a change word marks a change, not a part)
_LISTED_PART = re.compile(rf"([^\d。；;，,:：、]{{0,12}}?){NUM}万元")
_PART_REACH = 300


def _whole_of_this_years_parts(text: str, end: int, value: Decimal, this_year: set[Decimal],
                               last_year: set[Decimal]) -> bool:
    """Whether the amount a clause states is the sum of the parts its sentence lists next (“其中：…”), those parts
    being this year's figures (each non-zero one among this year's amounts, one at least not among last year's): the
    total is then this year's too, whatever year the clause names."""
    sentence = _sentence_from(text, end)
    if "其中" not in sentence and text.startswith("其中", end + len(sentence) + 1):
        sentence = text[end:end + len(sentence) + 1] + _sentence_from(text, end + len(sentence) + 1)  # 。其中：…
    opener = sentence.find("其中")
    if opener < 0:
        return False
    parts = [to_decimal(m.group(2)) for m in _LISTED_PART.finditer(sentence, opener)
             if not re.search(rf"{CHANGE_WORDS}|比|较", m.group(1))]
    if len(parts) < 2 or None in parts or sum(parts, ZERO) != value:
        return False
    nonzero = [p for p in parts if p]
    return all(p in this_year for p in nonzero) and any(p not in last_year for p in nonzero)


def _sentence_from(text: str, start: int) -> str:
    """The rest of the sentence from `start` (at most `_PART_REACH` characters)."""
    stop = text.find("。", start, start + _PART_REACH)
    return text[start:stop if stop >= 0 else start + _PART_REACH]


# “，涉及资金…万元”, “，金额…万元”: the money of the things a clause has just counted
_MONEY_OF_COUNT = re.compile(rf"[，,](?:共|总)?(?:涉及|金额|资金|合计|共计)[^。；;，,\d]{{0,20}}?{NUM}万元")


# A numbered heading line: "二、…", "（三）…", "3.…", "第二部分…"
_NUMBERED_HEADING = re.compile(r"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|第[一二三四五六七八九十]+部分)")


def _line_bounds(view: Text, at: int, line_starts: set[int]) -> tuple[int, int]:
    """Where the line holding `at` starts, and where the next one does."""
    start = max((s for s in line_starts if s <= at), default=0)
    return start, min((s for s in line_starts if s > at), default=len(view.text))


def _line_at(view: Text, at: int, line_starts: set[int]) -> str:
    start, following = _line_bounds(view, at, line_starts)
    return view.text[start:following]


def _heading_end(view: Text, at: int, line_starts: set[int]) -> int:
    """Where the line holding `at` ends when that line is a numbered heading with no stop or comma in it (the text
    after it is the next paragraph, not the heading's clause); else the end of the text."""
    start, following = _line_bounds(view, at, line_starts)
    line = view.text[start:following]
    if _NUMBERED_HEADING.match(line) and not re.search(r"[。；;，,]", line):
        return following
    return len(view.text)


def _speakable_years(result: ParsedDisclosure, year: int) -> set[int]:
    return {year, year - 1} | ({year + 1} if result.kind == "决算" else set())


def _stray_years(result: ParsedDisclosure, view: Text, year: int) -> Iterator[Check]:
    """Years the document may speak of: its own and the one before (a 决算 is published the year after)."""
    allowed = _speakable_years(result, year)
    line_starts = set(view.starts)
    for match in _YEAR_OPENS.finditer(view.text):
        said = int(match.group(1))
        page = view.page_at(match.start())
        if said in allowed or page in view.listing_pages or not _opens_clause(view, match.start(), line_starts):
            continue
        if _year_heading(_line_at(view, match.start(), line_starts)):
            continue  # a heading's year is _heading_years'
        stop = re.compile(r"[。；;]").search(view.text, match.end())
        end = stop.start() if stop else len(view.text)
        end = min(end, _heading_end(view, match.start(), line_starts))
        sentence = view.text[match.start():end][:80]
        amounts = [{"label": "金额", "value": raw, "page": page} for raw in re.findall(rf"{NUM}万元", sentence)]
        yield Check("FM-YEAR", "年份与文件所属年度一致", "fail", "warning",
                    f"第{page}页“{sentence}”称{said}年，而文件为{year}年{result.kind or ''}；年份疑有笔误，需人工复核",
                    [{"label": "年份", "value": match.group(1), "page": page}] + amounts, None, page, "text")


# ---- the same change printed twice; procurement funding ---------------------------------------------------------

@text_rule
def pr_repeat(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A change printed twice for the same quantity must read the same (基本支出/项目支出)."""
    full = re.compile(rf"(基本支出|项目支出){NUM}万元[,，]?(?:比|较)(?:上年|\d{{4}}年度?)(增加|减少){NUM}万元")
    bare = re.compile(rf"(基本支出|项目支出)(增加|减少){NUM}万元")
    stated: dict[str, list[tuple[Decimal | None, Decimal, str, int]]] = {}
    for match in full.finditer(view.text):
        value, delta = to_decimal(match.group(2)), to_decimal(match.group(4))
        if delta is not None:
            sign = delta if match.group(3) == "增加" else -delta
            stated.setdefault(match.group(1), []).append((value, sign, match.group(0), view.page_at(match.start())))
    for match in bare.finditer(view.text):
        delta = to_decimal(match.group(3))
        if delta is not None:
            sign = delta if match.group(2) == "增加" else -delta
            stated.setdefault(match.group(1), []).append((None, sign, match.group(0), view.page_at(match.start())))
    income, general = result.figures.get("income_total"), result.figures.get("general_budget_appropriation")
    one_scope = income is not None and general is not None and income.value is not None and income.value == general.value
    for label, items in stated.items():
        if not one_scope and any(v is None for v, *_ in items):
            # a bare change sits in the all-funds part (二); with other money beside 一般公共预算 it is another scope
            items = [item for item in items if item[0] is not None]
        values = {v for v, *_ in items if v is not None}
        if len(values) > 1 or len(items) < 2:
            continue  # two values: two scopes (二 all funds, 三 财政拨款), not a repeat
        changes = {d for _, d, *_ in items}
        terms = [{"label": label + "变动", "value": str(d), "page": p, "source": s} for _, d, s, p in items]
        if len(changes) == 1:
            yield Check("PR-REPEAT", f"同一数字多处刊印一致：{label}变动", "pass", "warning", f"{label}变动额各处均为{changes.pop()}万元",
                        terms, None, items[0][3], "text")
        else:
            shown = "、".join(f"第{p}页“{s}”" for _, _, s, p in items)
            yield Check("PR-REPEAT", f"同一数字多处刊印一致：{label}变动", "fail", "warning",
                        f"{label}的变动额各处不一：{shown}；读者无法判断哪一处正确，需人工复核", terms, None, items[0][3], "text")


# The amounts a document states once for the whole year and may print again (PR-REPEAT): label → metric name.
# Each label is a pattern; the 三公 total and the car running costs come back in 其他重要事项 or the vehicle section,
# the 政府采购 total in the 绩效 part ("全年安排政府采购X万元").
REPEATED_AMOUNTS = {"机关运行经费": "机关运行经费", rf"{SANGONG}经费": "“三公”经费",
                    r"公务用车运行(?:维护|维修)?费": "公务用车运行维护费", "政府采购": "政府采购",
                    # a label that names its own fund scope is the same quantity wherever it is printed
                    r"一般公共预算财政拨款支出": "一般公共预算财政拨款支出"}
_CLAUSE_OPENS = re.compile(r"[。；;，,：:]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、]")
_OWN_SUBJECT = re.compile(r"(?:其中|本年度?|全年|当年|本部门|本单位|我单位|我部门|我局|本局|(?:19|20)\d\d年度?|的|安排|(?:预算|决算)?(?:安排)?情况(?:说明)?)*")


def _stated_amounts(view: Text, label: str, year: int | None, kind: str | None) -> list[tuple[str, int, str]]:
    """“（二）机关运行经费：本部门机关运行经费预算为60.00万元”: the label opens its clause (after a heading's number,
    the unit, this year), then the amount (as printed, its page, its unit: 万元 or 元); another year, a 上年 or
    决算/预算 of the other stage is another quantity."""
    stage = r"(?:预算|安排)?" if kind != "决算" else r"(?:支出|决算|实际支出)?"
    pattern = re.compile(rf"{label}{stage}(?:数|总额|合计|共计)?(?:为|是)?{NUM}(万元|元)")
    found = []
    for match in pattern.finditer(view.text):
        start = match.start()
        clause = _CLAUSE_OPENS.split(view.text[max(0, start - 40):start])[-1]
        clause = re.sub(label, "", clause)  # a heading that names the label, glued to its text
        years = {int(y) for y in re.findall(r"((?:19|20)\d\d)年", clause)}
        if _OWN_SUBJECT.fullmatch(clause) is None or (year and years - {year}):
            continue
        found.append((match.group(1), view.page_at(start), match.group(2)))
    return found


@text_rule
def pr_repeat_amount(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """The same year's amount printed twice for the same quantity (机关运行经费) must read the same (CHECKS.md 0.2
    rule 5: after rounding the finer printing); beyond both printings' half-steps it is an error."""
    for label, shown in REPEATED_AMOUNTS.items():
        stated = _stated_amounts(view, label, result.year, result.kind)
        if len(stated) < 2:
            continue
        first, first_page, first_unit = stated[0]
        name = f"同一数字多处刊印一致：{shown}"
        for raw, page, unit in stated[1:]:
            printings = [Term(f"第{p}页{shown}", to_decimal(r) * UNIT_FACTOR[u], printed_decimals(r), u, p)  # type: ignore[operator]
                         for r, p, u in ((first, first_page, first_unit), (raw, page, unit))]
            coarse, fine = sorted(printings, key=lambda t: t.half, reverse=True)
            check = coarse_vs_fine("PR-REPEAT", name, coarse, fine)
            check.basis = "text"
            if check.outcome == "fail" and check.severity == "error":
                check.message = (f"{shown}在第{first_page}页为{first}{first_unit}，在第{page}页为{raw}{unit}，同一年度"
                                 f"同一口径的数字前后不一；两处披露不能同时成立，需人工复核")
            yield check
            if check.outcome == "fail":
                break


# “6.00万元，上年为8.50万元，比上年减少2.00万元” / “20.00万元，比上年(的)22.50万元减少2.50万元”: a change printed beside
# both years' amounts states the same Δ twice (PR-REPEAT: the printed Δ and now − prior).
# A change of an amount in 万元 named by its direction: 增加/增长/上升 add, 减少/下降/压减/降低 subtract.
CHANGE_WORDS = r"增加|减少|增长|下降|上升|压减|降低"
_UP_WORDS = ("增加", "增长", "上升")
_BOTH_YEARS = re.compile(
    rf"{NUM}万元[,，]?(?:(?:上年|上年度|去年)(?:预算数?|执行数?|决算数?)?(?:为|是)?{NUM}万元[,，]?(?:比上年|较上年|比去年)?"
    rf"|(?:比|较)(?:上年|上年度|去年|(?:19|20)\d\d年度?)的?(?:预算数?|执行数)?的?{NUM}万元[,，]?)({CHANGE_WORDS}){NUM}万元")


def change_against_years(view: Text, match: re.Match[str], now_raw: str, prior_raw: str, word: str,
                         delta_raw: str) -> Check | None:
    """PR-REPEAT on one sentence that prints this year's amount, last year's and the change: the change stated must be
    the difference (in either order of printing: rules pr_repeat_change here, statements.change_then_prior)."""
    now, prior, delta = to_decimal(now_raw), to_decimal(prior_raw), to_decimal(delta_raw)
    if now is None or prior is None or delta is None:
        return None
    page = view.page_at(match.start())
    sign = Decimal(1) if word in _UP_WORDS else Decimal(-1)
    check = compare("PR-REPEAT", "同一数字多处刊印一致：变动额等于本年数减上年数",
                    [Term("所称变动额", sign * delta, printed_decimals(delta_raw), "万元", page, match.group(0))],
                    [Term("本年", now, printed_decimals(now_raw), "万元", page, match.group(0)),
                     Term("上年", -prior, printed_decimals(prior_raw), "万元", page, match.group(0))],
                    what=f"第{page}页“{match.group(0)}”中变动额与本年数减上年数")
    check.basis = "text"
    if check.outcome == "fail" and check.severity != "info" and check.rule == "PR-REPEAT":
        check.message = (f"第{page}页本年{now_raw}万元、上年{prior_raw}万元，两年之差为{now - prior}万元，文中却称"
                         f"{word}{delta_raw}万元；两处披露不能同时成立，需人工复核")
    return check


@text_rule
def pr_repeat_change(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    for match in _BOTH_YEARS.finditer(view.text):
        check = change_against_years(view, match, match.group(1), match.group(2) or match.group(3), match.group(4),
                                     match.group(5))
        if check is not None:
            yield check


@text_rule
def pr_proc_bound(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """Procurement not funded by 一般公共预算 cannot exceed the income that is not 一般公共预算 (or 政府性基金)."""
    name = "政府采购资金来源不超过相应收入"
    match = re.search(rf"其中[:：]?一般公共预算(?:财政)?拨款(?:安排的)?政府采购(?:预算)?{NUM}万元", view.text)
    total, income, general = (result.figures.get(k) for k in ("procurement_total", "income_total", "general_budget_appropriation"))
    if not match or not total or not income or not general or None in (total.value, income.value, general.value):
        return
    part = to_decimal(match.group(1))
    if part is None:
        return
    fund = result.figures.get("gov_fund_appropriation")
    fund_value = fund.value if fund is not None and fund.value is not None else ZERO
    other_procurement = total.value - part  # type: ignore[operator]
    # CHECKS.md: the 政府性基金 income is set aside only with the procurement it pays for; when the text does not
    # state that part, the rest of the procurement may be paid from the 政府性基金 income (其余…由政府性基金安排)
    fund_part = re.search(rf"政府性基金(?:预算)?(?:拨款)?(?:安排的)?政府采购(?:预算)?(?:为|是)?{NUM}万元", view.text)
    fund_bought = to_decimal(fund_part.group(1)) if fund_part else None
    if fund_bought is None:
        fund_value = ZERO
    else:
        other_procurement -= fund_bought
    other_income = income.value - general.value - fund_value  # type: ignore[operator]
    page = view.page_at(match.start())
    check = at_most("PR-PROC-BOUND", name,
                    Term("非一般公共预算拨款的政府采购", other_procurement, 0 if other_procurement == other_procurement.to_integral() else 2,
                         "万元", page, match.group(0)),
                    Term("非一般公共预算拨款的收入", other_income, 2, "万元", income.page, income.source[:120]))
    check.basis = "text"
    if check.outcome == "fail" and check.severity == "warning":
        check.message = (f"政府采购预算总额{total.value}万元，其中一般公共预算拨款{part}万元，其余{other_procurement}万元，"
                         f"而收入中一般公共预算拨款以外仅{other_income}万元：采购资金来源无法成立，需人工复核")
    yield check


# ---- item paragraphs of a 编制说明: “…(项)”A万元 … 执行数为P万元，预算安排B万元，比…增加/减少Q% ---------------------

_ITEM = re.compile(rf"”{NUM}万元[,，]主要用于[^。]*。[^。]{{0,12}}?(?:执行数|预算数)为{NUM}万元[,，]\d{{4}}年(?:预算安排|预算数为?){NUM}万元[,，]"
                   rf"比\d{{4}}年[^,，。\d]{{0,8}}?(增加|减少|增长|下降|持平)(?:{NUM}%)?[。,，]?(?:主要原因(?:是)?[:：]?([^。]*))?")


@text_rule
def item_paragraphs(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    for match in _ITEM.finditer(view.text):
        head_raw, prior_raw, now_raw, word, pct_raw, reason = match.groups()
        head, prior, now = to_decimal(head_raw), to_decimal(prior_raw), to_decimal(now_raw)
        if head is None or prior is None or now is None:
            continue
        page = view.page_at(match.start())
        terms = [{"label": "标题金额", "value": head_raw, "page": page}, {"label": "上年执行数", "value": prior_raw},
                 {"label": "本年预算安排", "value": now_raw}]
        if head != now:
            diff = abs(head - now)
            env = Decimal("0.5") * (Decimal(10) ** -printed_decimals(head_raw) + Decimal(10) ** -printed_decimals(now_raw))
            yield Check("PR-REPEAT", "同一数字多处刊印一致：科目预算数", "fail", "error" if diff > env else "warning",
                        f"第{page}页同一科目的标题金额{head_raw}万元与“预算安排{now_raw}万元”不一致；两处披露不能同时成立，需人工复核",
                        terms, env, page, "text")
        up = word in ("增加", "增长")
        if word == "持平":
            if prior != now:
                yield Check("PR-DIR", "增减表述与数字方向一致", "fail", "warning",
                            f"第{page}页称“持平”，而执行数{prior_raw}万元、预算安排{now_raw}万元不同", terms, None, page, "text")
            continue
        if pct_raw is None:
            continue
        stated = to_decimal(pct_raw)
        if prior == 0:
            yield Check("PR-PCT", "变动率与变动额一致", "fail", "error",
                        f"第{page}页上年执行数为{prior_raw}万元（零基数），却称{word}{pct_raw}%，需人工复核", terms, None, page, "text")
            continue
        if (now > prior) != up and now != prior:
            yield Check("PR-DIR", "增减表述与数字方向一致", "fail", "warning",
                        f"第{page}页称“{word}{pct_raw}%”，而预算安排{now_raw}万元与执行数{prior_raw}万元方向相反", terms, None, page, "text")
            continue
        fits = []
        for amount_raw, amount in ((now_raw, now), (head_raw, head)):
            half = lambda raw, v: Decimal("0.5") * Decimal(10) ** -printed_decimals(raw) if v else ZERO  # noqa: E731
            bounds = pct_interval(abs(amount - prior), half(amount_raw, amount) + half(prior_raw, prior), prior, half(prior_raw, prior))
            half_p = Decimal("0.5") * Decimal(10) ** -printed_decimals(pct_raw)
            fits.append(bounds is not None and bounds[0] - half_p <= stated <= bounds[1] + half_p)  # type: ignore[operator]
        if not any(fits):
            actual = abs(now - prior) / prior * 100
            yield Check("PR-PCT", "变动率与变动额一致", "fail", "error" if abs(actual - stated) > 1 else "warning",  # type: ignore[operator]
                        f"第{page}页执行数{prior_raw}万元、预算安排{now_raw}万元，变动率应约为{actual:.2f}%，文中为{pct_raw}%，需人工复核",
                        terms, None, page, "text")
        elif reason:
            said = set(re.findall(r"增加|减少", reason))
            if len(said) == 1 and (said.pop() == "增加") != up:
                yield Check("PR-DIR", "增减表述与原因说明一致", "fail", "warning",
                            f"第{page}页称{word}{pct_raw}%，而原因说明为“{reason[:40]}”，方向相反，需人工复核", terms, None, page, "text")


# A 项 named with its path in the 编制说明: “…(款)…(项)”X万元, or printed without quotes, “…类(类)…(款)…(项)X万元”,
# each name within its own clause. group 1 is the 项 name, group 2 the amount (group 3 its unit in the bare form).
_ITEM_QUOTED = re.compile(rf"“[^”]{{0,40}}?\(款\)([^”]{{1,40}})\(项\)”{NUM}万元")
_ITEM_BARE = re.compile(rf"[^“”()。，,；;:：]{{1,20}}\(类\)[^“”()。，,；;:：]{{1,30}}\(款\)([^“”()。，,；;:：]{{1,40}})\(项\)"
                        rf"[:：]?{NUM}(万元|元)")  # an amount in 元 is held to the table too (a unit slip shows)


def item_paths(view: Text) -> list[re.Match]:
    return [*_ITEM_QUOTED.finditer(view.text), *_ITEM_BARE.finditer(view.text)]


def item_kuan(head: str) -> str | None:
    """The 款 name a 项 path gives, if it gives one."""
    kuan = re.search(r"\(类\)([^”(]{1,40})\(款\)", head)
    return kuan.group(1) if kuan else None


def item_amount(match: re.Match) -> Decimal | None:
    """A 项 path's amount in 万元."""
    value = to_decimal(match.group(2))
    if value is not None and match.re is _ITEM_BARE and match.group(3) == "元":
        return value / 10000
    return value


@text_rule
def pt_item(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """“类-款-项”X万元 in the 编制说明 = the 项 row of the same name in the function tables (PT-MAP)."""
    if result.kind != "预算" or not result.function_lines:
        return
    by_name: dict[str, list] = {}
    names = {line.code: line.name for line in result.function_lines if line.code}
    for line in result.function_lines:
        if line.level == "项":
            by_name.setdefault(line.name, []).append(line)
    for match in item_paths(view):
        head = view.text[match.start():match.end()]
        kuan = item_kuan(head)
        rows = by_name.get(match.group(1), [])
        if kuan:
            rows = [row for row in rows if names.get((row.code or "")[:5]) in (None, kuan)] or rows
        value = item_amount(match)
        if not rows or value is None:
            continue
        page = view.page_at(match.start())
        unit = match.group(3) if match.re is _ITEM_BARE else "万元"
        prose = Term("正文" + match.group(1), value, printed_decimals(match.group(2)), unit, page, head)
        checks = [coarse_vs_fine("PT-ITEM", "正文科目金额与功能分类表一致",
                                 prose, Term(f"表中{row.code}{row.name}", row.value, None, "万元", row.page, row.table or ""))
                  for row in rows]
        best = next((c for c in checks if c.outcome == "pass"), None) or next(
            (c for c in checks if c.severity == "info"), None) or checks[0]
        best.basis = "text"
        yield best


def table_grids(view: Text, span: TableSpan) -> list[list[list[str | None]]]:
    """The native grids of the table's first page: a PDF page's ruled tables (pdf.pdf_tables), other formats as
    loaded."""
    document = view.document
    if document is None:
        return []
    if getattr(document, "is_pdf", False):
        from ..pdf import PdfReadError

        try:
            return document.pdf_page_tables(span.first)
        except PdfReadError:
            return []
    return [table.grid for table in getattr(document, "tables", []) if table.page == span.first]


def _column_cell(grid: list[list[str | None]], header: str, row_label: str) -> tuple[str, str] | None:
    """The cell under the column whose header contains `header`, in the row labelled `row_label`."""
    clean = [[re.sub(r"\s", "", cell or "") for cell in row] for row in grid]
    row_at = next((i for i, row in enumerate(clean) if row and row[0] == row_label), None)
    if row_at is None:
        return None
    for col in range(len(clean[row_at])):
        label = "".join(row[col] for row in clean[:row_at] if col < len(row))
        if header in label:
            return clean[row_at][col], label
    return None


@text_rule
def pt_proc(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """Prose “其中一般公共预算拨款政府采购X万元” = the 政府采购 table's 合计 in its 一般公共预算 column."""
    match = re.search(rf"其中[:：]?一般公共预算(?:财政)?拨款(?:安排的)?政府采购(?:预算)?{NUM}万元", view.text)
    if not match:
        return
    span = next((s for s in table_spans(view, result) if "采购" in s.caption), None)
    if span is None:
        return
    name = "政府采购中一般公共预算拨款部分与采购表一致"
    page = view.page_at(match.start())
    for grid in table_grids(view, span):
        found = _column_cell(grid, "一般公共预算", "合计")
        if found is None:
            continue
        raw, label = found
        if not raw:  # a blank cell is 0 only where the row's own sum confirms it (§0.3)
            total = _column_cell(grid, "总计", "合计")
            if not total or not total[0] or to_decimal(total[0]) != 0:
                yield Check("PT-PROC", name, "insufficient_data", "error", f"{span.printed}的一般公共预算列为空白，未按0计",
                            [], None, span.first, "text")
                return
            raw = "0"
        value, prose = to_decimal(raw), to_decimal(match.group(1))
        if value is None or prose is None:
            return
        unit = table_unit(view, span)
        if unit is None and value != 0 and prose != 0:  # never assume 万元: only zero against nonzero needs no unit
            yield Check("PT-PROC", name, "insufficient_data", "error", f"{span.printed}的金额单位未识别", [], None, span.first, "text")
            return
        unit = unit or "万元"
        factor = {"元": Decimal("0.0001"), "万元": Decimal(1), "亿元": Decimal(10000)}[unit]
        check = coarse_vs_fine("PT-PROC", name, Term("正文一般公共预算拨款政府采购", prose, printed_decimals(match.group(1)), "万元",
                                                   page, match.group(0)),
                               Term("采购表一般公共预算列合计", value * factor, printed_decimals(raw), unit, span.first,
                                    f"{span.printed} · 合计 · {label}"))
        check.basis = "text"
        yield check
        return


_FISCAL_CHANGE = re.compile(rf"财政拨款(收入|支出)(?:预算)?{NUM}万元[,，]?(?:比|较)(\d{{4}}年[^,，。;；\d]{{0,8}}?)(增加|减少){NUM}万元")


@text_rule
def ie_chg_bal_fiscal(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """In a 预算 both years balance: the stated change of 财政拨款收入 equals that of 财政拨款支出 (IE-CHG-BAL)."""
    if result.kind != "预算":
        return
    found: dict[str, re.Match] = {}
    for match in _FISCAL_CHANGE.finditer(view.text):
        found.setdefault(match.group(1), match)
    if len(found) < 2:
        return
    income, spend = found["收入"], found["支出"]
    terms = []
    for match in (income, spend):
        delta = to_decimal(match.group(5))
        if delta is None:
            return
        sign = delta if match.group(4) == "增加" else -delta
        terms.append(Term(f"财政拨款{match.group(1)}变动", sign, printed_decimals(match.group(5)), "万元",
                          view.page_at(match.start()), match.group(0)))
    check = compare("IE-CHG-BAL", "财政拨款收入变动额等于财政拨款支出变动额", [terms[0]], [terms[1]],
                    what="财政拨款收入与支出的上年比较变动额")
    basis = [re.sub(r"\d{4}年", "", m.group(3)) for m in (income, spend)]
    if check.outcome == "fail" and check.severity == "error" and basis[0] != basis[1]:
        check.severity = "warning"
        check.message = check.message.replace("两处披露不能同时成立，需人工复核", "需人工复核")
        check.message += f"；两句的比较基数不同（{basis[0] or '上年'}与{basis[1] or '上年'}），可能均成立"
    check.basis = "text"
    yield check
