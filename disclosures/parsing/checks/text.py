"""The document's words as the text rules read them: its lines joined into one string with the page of every offset
(`Text`), the tables as the pages print them (目录 listings, captions, spans, units, native grids) and the registry
of text rules (`text_rule`).

The rules themselves live by family: presence.py (tables listed, present, empty, duplicated), stated.py (amounts the
prose states against the tables, or twice), rates.py (percentages and direction words), years.py (placeholders and
years), and the modules __init__ imports after them. They run at parse time (the words do not change until the file
is re-parsed) and are stored with basis "text". Everything is a general reading of shapes real disclosures take;
nothing names a file.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import wraps
from typing import Any, Callable, Iterator

from ..types import Check, ParsedDisclosure

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
    listing_lines: list[int] = field(default_factory=list)  # a 目录 printed above the body on its page: its lines
    document: Any = None  # the Document, for native grids (a PDF page's ruling lines are read only when needed)
    lines: list[Any] = field(default_factory=list)  # the Lines themselves, for a caption quoted as printed
    # a document in 元: its words are read in 万元 (yuan_lines_as_wan); each 万元 value → the amount as printed in 元
    yuan: dict[Decimal, str] = field(default_factory=dict)
    _cache: dict = field(default_factory=dict)

    def page_at(self, offset: int) -> int:
        return self.pages_of[max(0, bisect_right(self.starts, offset) - 1)]


# an amount with its money unit in the words; a 元 amount (not 万元/千元/亿元: the digit stands right before 元)
_UNIT_AMOUNT = re.compile(r"(?<![\d.,])-?\d[\d,]*(?:\.\d+)?(万元|千元|亿元|元)")
_YUAN_AMOUNT = re.compile(r"(?<![\d.,])(-?\d[\d,]*(?:\.\d+)?)元")


def in_yuan(lines) -> bool:
    """Whether the words state their amounts in 元: at least three amounts and four in five of all those with a unit.
    A 万元 document with a stray 元 amount (a unit slip the checks must see) is not one."""
    # every unit ends in 元: a line without one holds no amount with a unit and is not searched
    units = [m.group(1) for line in lines if not line.tabular and "元" in line.text
             for m in _UNIT_AMOUNT.finditer(line.text)]
    return units.count("元") >= 3 and units.count("元") * 5 >= len(units) * 4


def _wan(raw: str) -> tuple[Decimal, str]:
    value = Decimal(raw.replace(",", "")) / 10000
    places = max(2, -int(value.normalize().as_tuple().exponent))
    return value, f"{value:.{places}f}万元"


def yuan_as_wan(text: str) -> str:
    """Every “X元” of a line in 万元 (X ÷ 10000, exact: as many decimals as it takes, at least two), so the text rules,
    written on the 万元 most documents print, read a document in 元 alike: “4,862,000.00元” → “486.20万元”."""
    return _YUAN_AMOUNT.sub(lambda m: _wan(m.group(1))[1], text)


def yuan_lines_as_wan(texts: list[str], tabular: list[bool]) -> tuple[list[str], dict[Decimal, str]]:
    """`yuan_as_wan` on the prose lines, with an amount broken across two lines (“4,178,20” / “0.00元”) read whole:
    its 万元 form goes where it starts. Also each converted value (万元, normalized) → the amount as printed in 元."""
    out = list(texts)
    printed: dict[Decimal, str] = {}
    k = 0
    while k < len(texts):
        if tabular[k]:
            k += 1
            continue
        run = k
        while run < len(texts) and not tabular[run]:
            run += 1
        starts, joined = [], ""
        for i in range(k, run):
            starts.append(len(joined))
            joined += texts[i]
        pieces: list[list[str]] = [[] for _ in range(k, run)]
        last = 0

        def put(a: int, b: int, replacement: str | None) -> None:
            # joined[a:b] into its lines; a replacement goes whole into the line where it starts
            for j, begin in enumerate(starts):
                end = starts[j + 1] if j + 1 < len(starts) else len(joined)
                lo, hi = max(a, begin), min(b, end)
                if replacement is not None:
                    if begin <= a < end or (a == b == end == len(joined)):
                        pieces[j].append(replacement)
                elif lo < hi:
                    pieces[j].append(joined[lo:hi])

        for match in _YUAN_AMOUNT.finditer(joined):
            put(last, match.start(), None)
            value, shown = _wan(match.group(1))
            put(match.start(), match.end(), shown)
            if value:
                printed.setdefault(value.normalize(), match.group(1))
            last = match.end()
        put(last, len(joined), None)
        for j, i in enumerate(range(k, run)):
            out[i] = "".join(pieces[j])
        k = run
    return out, printed


def text_of(lines, document=None) -> Text:
    """The view of `lines`. A Document's own lines are read once: each later run on them starts from a copy of that
    reading (kept on the Document, with the lines it read, so it cannot be taken for another document's)."""
    kept = getattr(document, "checks_text", None)
    if kept is not None and kept[0] is lines and kept[1] == len(lines):
        return _copy_of(kept[2])
    view = _read_text(lines, document)
    if document is not None and lines is getattr(document, "lines", None) and hasattr(document, "checks_text"):
        document.checks_text = (lines, len(lines), _copy_of(view))
    return view


def _copy_of(view: Text) -> Text:
    """A fresh view over the same words: its own lists and an empty cache, whatever a run did to the one it read."""
    pages = {number: Page(page.number, list(page.lines), list(page.tabular), list(page.printed))
             for number, page in view.pages.items()}
    return Text(view.text, list(view.starts), list(view.pages_of), list(view.printed), pages,
                set(view.listing_pages), list(view.listing_lines), view.document, list(view.lines), dict(view.yuan))


def _read_text(lines, document=None) -> Text:
    parts, starts, pages_of, printed = [], [], [], []
    pages: dict[int, Page] = {}
    offset = 0
    texts, yuan = [line.text for line in lines], {}
    if in_yuan(lines):
        texts, yuan = yuan_lines_as_wan(texts, [bool(line.tabular) for line in lines])
    for line, text in zip(lines, texts):
        starts.append(offset)
        pages_of.append(line.page)
        parts.append(text)
        printed.append(as_printed(line))
        offset += len(text)
        page = pages.setdefault(line.page, Page(line.page, [], []))
        page.lines.append(text)
        page.tabular.append(bool(line.tabular))
        page.printed.append(printed[-1])
    view = Text("".join(parts), starts, pages_of, printed, pages, document=document, lines=list(lines), yuan=yuan)
    view.listing_pages = _toc_pages(view)
    return view


# a list of the 附表 printed under its own heading below the body (“附表目录”, “附件目录”, “附表清单”)
# the list's heading may be a numbered part of the words (“八、附表目录”), its entries then numbered 1., 2., … each a
# table's title (“1.2025年部门收支总表”)
_APPENDED_LISTING = re.compile(rf"(?:[{CN_NUM}]+、\s*)?(?:附表|附件)(?:目\s*录|清单)[:：]?")
_APPENDED_ENTRY = re.compile(rf"^附表\s*(?:\d+|[{CN_NUM}]+)[.．。、:：]?|^\d{{1,2}}[.．、]\s*[^。，,；;]{{2,40}}?表$")
# under the 附表目录 heading an entry may carry its number alone (“1. 某某局2026年部门收支总表”): a title ending in 表
_NUMBERED_TITLE = re.compile(rf"^(?:\d+|[{CN_NUM}]+)[.．、]\s*\S")


def _toc_block(view: Text, number: int, *, appended: bool = False) -> list[int]:
    """The lines of a 目录 that a short document prints on the page of its body (a web page, a text file): from the
    目录 line down to the first line that is no entry (a sentence, an amount, a long line) or that opens the numbering
    again (“一、” once more: the body's own first heading). Offsets are the view's line numbers. `appended`: the list
    of 附表 under its own heading (“附表目录”) anywhere on the page, each entry opening with its 附表 number."""
    at = [i for i, page in enumerate(view.pages_of) if page == number]
    if appended:
        head = next((i for i in at if _APPENDED_LISTING.fullmatch(view.printed[i].strip())), None)
    else:
        head = next((i for i in at[:8] if re.fullmatch(r"目\s*录", view.printed[i].strip())), None)
    if head is None:
        return []
    if appended:
        found = []
        for i in at[at.index(head) + 1:]:
            line = view.printed[i].strip()
            entry = _APPENDED_ENTRY.match(line) or (_NUMBERED_TITLE.match(line) and line.endswith("表"))
            if not entry or len(line) > 45 or "。" in line or _AMOUNT.search(line):
                break
            found.append(i)
        return found if len(found) >= 2 else []
    found, marks = [], set()
    for i in at[at.index(head) + 1:]:
        line = view.printed[i].strip()
        mark = _ENTRY_MARK.match(line)
        if (not line or len(line) > 45 or "。" in line or _AMOUNT.search(line)
                or (mark is not None and mark.group(0) in marks)):
            break
        if mark is not None:
            marks.add(mark.group(0))
        found.append(i)
    return found if any(_LISTING_ENTRY.match(view.printed[i]) for i in found) else []


def as_printed(line: Any) -> str:
    """The line's normalized text with the one space it drops that a reader needs back: between a table's number and
    the year that follows it (“表8 2026年…”, “8. 2025年…”), which read as one number once joined."""
    text = line.text
    cuts = _dropped_spaces(line)
    if not cuts:
        return text
    pieces, last = [], 0
    for k in cuts:
        pieces += [text[last:k], " "]
        last = k
    return "".join(pieces) + text[last:]


def _dropped_spaces(line: Any) -> list[int]:
    """Where `as_printed` puts back a space: offsets of the normalized text."""
    text, raw, index = line.text, getattr(line, "raw", None), getattr(line, "index", None)
    if not raw or not index or len(index) != len(text) or not _SPACED_NUMBER.search(raw):
        return []
    # a dropped space ends a run of whitespace in the raw line, right before the first character printed after it:
    # only those characters are tried, not every digit of the line (an empty gap is not one)
    cuts = []
    for run in _RAW_SPACES.finditer(raw):
        end = run.end()
        if end == len(raw):
            continue
        try:
            k = index.index(end)  # the first character read from the one the run stops at
        except ValueError:
            continue
        if k and _NUMBER_AFTER_NUMBER.match(text, k) and raw[index[k - 1] + 1:end].isspace():
            cuts.append(k)
    return sorted(cuts)


def as_quoted(line: Any) -> str:
    """The line as `as_printed` reads it, in the characters the document printed: full-width colons, brackets and
    digits as they stand (“表2：…”), so a finding's quote is found again by searching the document."""
    text, raw, index = line.text, getattr(line, "raw", None), getattr(line, "index", None)
    if not raw or not index or len(index) != len(text):
        return as_printed(line)
    cuts = set(_dropped_spaces(line))
    out, last = [], -1
    for k, ch in enumerate(text):
        at = index[k]
        if at == last:
            continue  # one printed character NFKC spelled as several (“⑴” → “(1)”)
        last = at
        out.append((" " if k in cuts else "") + (ch if raw[at].isspace() else raw[at]))
    return "".join(out)


_NUMBER_AFTER_NUMBER = re.compile(r"(?<=[\d.、:：])\d")
_SPACED_NUMBER = re.compile(r"[\d.．、:：]\s+\d")  # in the raw line: a space between numbers
_RAW_SPACES = re.compile(r"\s+")


_WHITESPACE = re.compile(r"\s")


def squeeze(text: str) -> str:
    """`text` without its whitespace (a table line as the rules compare it), with the pattern compiled once."""
    return _WHITESPACE.sub("", text)


def to_decimal(raw: str) -> Decimal | None:
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None


def printed_decimals(raw: str) -> int:
    return len(raw.split(".")[1]) if "." in raw else 0


# A change of an amount in 万元 named by its direction: 增加/增长/上升 add, 减少/下降/压减/降低 subtract.
CHANGE_WORDS = r"增加|减少|增长|下降|上升|压减|降低"


TextRule = Callable[[ParsedDisclosure, Text], Iterator[Check]]
TEXT_RULES: list[TextRule] = []


def text_rule(fn: TextRule) -> TextRule:
    """Register a text rule; on a document in 元 its findings quote each amount as printed (`quoted_in_yuan`)."""
    @wraps(fn)
    def rule(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
        for check in fn(result, view):
            yield quoted_in_yuan(check, view.yuan) if view.yuan else check

    TEXT_RULES.append(rule)
    return rule


_QUOTED = re.compile(r"(?<![\d.,])-?(\d[\d,]*(?:\.\d+)?)(万元)?")


def quoted_in_yuan(check: Check, printed: dict[Decimal, str]) -> Check:
    """A document in 元 is read in 万元 (yuan_lines_as_wan): each amount a finding quotes is followed by the amount as
    printed, as findings on a 元 figure are (“基本支出438.45（4,384,500.00元）”), so it can be found in the document."""
    message = check.message or ""
    pieces = re.split(r"(“[^“”]*”)", message)

    def annotate(match: re.Match[str], quoting: bool) -> str:
        text = match.string
        if text[match.end():match.end() + 1] in ("（", "(", "%", ".", ","):
            return match.group(0)
        shown = printed.get(Decimal(match.group(1).replace(",", "")).normalize())
        if not shown:
            return match.group(0)
        if quoting:  # a quotation of the words gives them as printed
            return f"{'-' if match.group(0).startswith('-') else ''}{shown}元" if match.group(2) else match.group(0)
        return f"{match.group(0)}（{shown}元）"

    check.message = "".join(_QUOTED.sub(lambda m, q=piece.startswith("“"): annotate(m, q), piece)
                            for piece in pieces)
    return check


# ---- tables as the pages show them -------------------------------------------------------------------------------

# What a table's number may be followed by in a 目录 entry or caption: "表一。", "表1．", "1.", "3、", "表2：", "1 ".
_AFTER_NUMBER = "[.．。、:：]"
_LISTING_ENTRY = re.compile(rf"^(?:第[{CN_NUM}]+部分|[{CN_NUM}]+{_AFTER_NUMBER}|\d+(?:{_AFTER_NUMBER}|\s)|表[{CN_NUM}]+)")
# an entry's number as the 目录 prints it (“一、”, “表三”, “3.”, “(二)”): the body's own headings repeat the first one
_ENTRY_MARK = re.compile(rf"^(?:[{CN_NUM}]+{_AFTER_NUMBER}|表[{CN_NUM}\d]+|\d+{_AFTER_NUMBER}|[(（][{CN_NUM}\d]+[)）])")


_AMOUNT = re.compile(r"\d\.\d{2}(?!\d)")


def _toc_pages(view: Text) -> set[int]:
    found = set()
    for number, page in view.pages.items():
        if any(re.fullmatch(r"目\s*录", line) for line in page.lines[:6]):
            if sum(bool(_AMOUNT.search(line)) for line in page.lines) >= 3:
                # a short document prints its 目录 and its body on one page: the page is no listing, the 目录's own
                # lines are
                view.listing_lines += _toc_block(view, number)
                continue
            found.add(number)
            following = view.pages.get(number + 1)
            if following and sum(bool(_LISTING_ENTRY.match(x)) for x in following.lines) * 2 >= len(following.lines):
                found.add(number + 1)
        elif any(_APPENDED_LISTING.fullmatch(line.strip()) for line in page.lines):
            view.listing_lines += _toc_block(view, number, appended=True)
    return found


def normal_caption(text: str, result: ParsedDisclosure) -> str:
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
    # each pattern below is tried only on a text holding what any match of it needs (a literal, its last character):
    # this runs on every short line of the body, where most find nothing
    if "部分" in text:
        text = _PART_PREFIX.sub("", text)
    if "(" in text or "（" in text:
        text = _BRACKETED_NUMBER.sub("", text)  # "(1)部门收支总表"
    text = _QUOTES_AND_SPACES.sub("", text)
    names = [n for n in (result.unit, result.region, result.province, result.parent) if n]
    for name in names:
        at = text.find(name)
        if at > 0 and _NUMBER_MARK_RE.fullmatch(text[:at]):
            text = text[at:]
    for name in names:
        text = text.replace(name, "")
    text = _NUMBERING_RE.sub("", text)
    if "年" in text:
        # what precedes the year is the unit's name, in whatever form the caption prints it ("中共…党校", a short name)
        text = _BEFORE_YEAR.sub("", text)
        text = _YEAR_WORD.sub("", text)
    if text[-1:].isdigit() or text[-1:] in _LEADER_CHARACTERS:  # str.isdigit holds for every \d and more
        text = _LEADER_DOTS.sub("", text)
    if text.endswith("续"):
        text = _CONTINUED.sub("", text)
    return _KIND_BEFORE_TABLE.sub("", text) if text.endswith("表") and "算" in text else text


# the pieces `_normalize_caption` strips, compiled once: it runs on every short line of a long document
_PART_PREFIX = re.compile(r"第[一二三四五]部分.*?(?:决算|预算)表")
_BRACKETED_NUMBER = re.compile(r"^\s*[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]")
_QUOTES_AND_SPACES = re.compile(r"[\s“”\"'‘’《》()（）]")
_BEFORE_YEAR = re.compile(r"^\D{2,30}?(?=(?:19|20)\d\d年)")
_YEAR_WORD = re.compile(r"\d{4,5}年度?")
_LEADER_DOTS = re.compile(r"[.…·]{2,}\d*$|[.…·]*\d+$")
_LEADER_CHARACTERS = frozenset(".…·")
_CONTINUED = re.compile(r"续$")
_KIND_BEFORE_TABLE = re.compile(r"[预决]算(?=(?:明细|总)?表$)")


# A table's number before its title ("附表1.", "表一", "3、"). Where it runs into the year or the title, it stops where
# the number does: a Chinese numeral is one to ninety-nine ("表五一般…" is table 5, "表十二三公…" table 12), an Arabic
# one has at most two digits before a year ("表12025年" is table 1 of 2025).
_CN_NUMBER = "(?:[一二三四五六七八九]?十(?:[一二三四五六七八九](?![般公]))?|[一二三四五六七八九])"
_NUMBER_MARK = (rf"(?:附表[:：]?)?(?:\d+|[{CN_NUM}]+){_AFTER_NUMBER}"
                rf"|(?:附表[:：]?|表)(?:{_CN_NUMBER}|\d{{1,2}}){_AFTER_NUMBER}?")
_NUMBERING = (rf"(?:附表[:：]?)?(?:\d+|[{CN_NUM}]+){_AFTER_NUMBER}"
              rf"|(?:附表[:：]?|表)(?:{_CN_NUMBER}|\d{{1,2}}(?=\d{{4}}年|[^\d年])){_AFTER_NUMBER}?"
              r"|\d{1,2}(?=[^\d年月日%.．。、:：])")  # "1 收支总表" once its space is dropped
_NUMBER_MARK_RE = re.compile(_NUMBER_MARK)
_NUMBERING_RE = re.compile(rf"^(?:{_NUMBERING})")


def _listing_spans(view: Text) -> list[tuple[int, int]]:
    """“附表：1.…表2.…表” in running text. A divider line “第一部分附表” followed by the first table's caption reads
    the same once lines are joined; a caption is the title the next line's 单位 line follows, not a list."""
    if "listings" not in view._cache:
        view._cache["listings"] = sorted(
            [m.span() for m in _LISTING.finditer(view.text) if not _caption_run(view, m.end())]
            + [m.span() for m in _NAMED_LISTING.finditer(view.text)])
    return view._cache["listings"]


# the titles may stand apart by a list's own separator (“附表：1.部门收入总表、2.部门支出总表；3.…表”)
_LISTING = re.compile(r"附表[:：]?((?:[、，,；;]?\d+[.、][^。]*?表)+)")
# a 目录 run into one line, its 附表 in brackets by name: “附表（表一 收支总表；表二 一般公共预算支出表）”
# the number is one numeral (十一…十九 at most): spaces are dropped, so “表二一般公共预算支出表” keeps its 一
_NAMED_NUMBER = r"表(?:十[一二三四五六七八九]?|[一二三四五六七八九]|\d+)"
_NAMED_ITEM = rf"{_NAMED_NUMBER}\s*[^；;、，,()（）。\d]{{2,40}}?表"
_NAMED_LISTING = re.compile(rf"附表[:：]?[(（]{_NAMED_ITEM}(?:[；;、，,]{_NAMED_ITEM})+[)）]")


def _caption_run(view: Text, end: int) -> bool:
    """The matched run ends its line (`end` starts the next one) and the next line but a maker's is a 单位 line."""
    at = bisect_right(view.starts, end) - 1
    if at < 0 or view.starts[at] != end:
        return False
    for k in range(at, min(at + 2, len(view.starts))):
        following = view.text[view.starts[k]:view.starts[k + 1] if k + 1 < len(view.starts) else None]
        if not _maker_line(following):
            return unit_line(following)
    return False


def listed_tables(view: Text, result: ParsedDisclosure) -> list[tuple[str, str, int]]:
    """Tables a 目录 or an 附表 list names: (title as printed, normalized, page)."""
    entries: list[tuple[str, str, int]] = []
    for number in sorted(view.listing_pages):
        previous = ""
        for line in view.pages[number].printed:
            if re.match(r"^第[一二三四五]部分", line):
                previous = ""
                # “第三部分附表（收支总表、…支出表）”: a part heading lists no table unless it names them in brackets
                entries += [(name, normal_caption(name, result), number) for name in _bracketed_names(line)
                            if name != line]
                continue
            title = _wrapped_title(previous, line)
            previous = line
            entries.append((title, normal_caption(title, result), number))
    previous = ""
    for i in view.listing_lines:
        title = _wrapped_title(previous, view.printed[i])
        previous = view.printed[i]
        for name in _bracketed_names(title):
            entries.append((name, normal_caption(name, result), view.pages_of[i]))
    for start, end in _listing_spans(view):
        body = re.sub(r"^附表[:：]?", "", view.text[start:end])
        page = view.page_at(start)
        if body[:1] in "(（":
            for item in re.findall(rf"{_NAMED_NUMBER}\s*(.*?表)(?=[；;、，,)）])", body):
                entries.append((item, normal_caption(item, result), page))
            continue
        for item in re.findall(r"\d+[.、](.*?表)(?=[、，,；;]?\d+[.、]|$)", body):
            entries.append((item, normal_caption(item, result), page))
    return [(raw, norm, page) for raw, norm, page in entries
            if norm.endswith("表") and len(norm) >= 3 and not re.fullmatch(r"(?:部门|单位)?表", norm)
            and not norm.endswith("附表") and not _TABLE_RANGE.search(raw)]  # “二、部门预算附表” heads the set


def _bracketed_names(line: str) -> list[str]:
    """A heading that names its tables in brackets (“第三部分附表（收支总表、支出表、“三公”经费支出表）”) lists each
    of them, not one table of that whole name; any other line is one title."""
    match = _BRACKETED_LIST.fullmatch(line.strip())
    if not match:
        return [line]
    return [name.strip() for name in re.split(r"[、，,；;]", match.group(1)) if name.strip()]


_BRACKETED_LIST = re.compile(r"[^()（）]*?[(（]((?:[^()（）、，,；;]+?表[、，,；;]){1,}[^()（）、，,；;]+?表)[)）]")


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
    quoted: str = ""  # the caption in the characters the document printed (`as_quoted`), for messages

    @property
    def quote(self) -> str:
        return self.quoted or self.printed


def _body_lines(view: Text) -> list[tuple[int, str, bool, str, int]]:
    """(page, text, tabular, as printed, line number) of every line outside the 目录 pages and 附表 lists."""
    if "body" not in view._cache:
        view._cache["body"] = _read_body_lines(view)
    return view._cache["body"]


def _read_body_lines(view: Text) -> list[tuple[int, str, bool, str, int]]:
    spans = _listing_spans(view)
    skipped = set(view.listing_lines)
    out = []
    for i, start in enumerate(view.starts):
        page = view.pages_of[i]
        if page in view.listing_pages or i in skipped or any(a <= start < b for a, b in spans):
            continue
        end = view.starts[i + 1] if i + 1 < len(view.starts) else len(view.text)
        text = view.text[start:end]
        out.append((page, text, False, view.printed[i] if i < len(view.printed) else text, i))
    return out


def unit_line(text: str) -> bool:
    """“单位：万元”, also after “编制部门：…” or “单位名称：…” on the same line, or after the table's form code
    (“公开01表　单位：万元”)."""
    return "单位" in text and bool(_UNIT_AT_START.match(text) or (len(text) <= 70 and _UNIT_AFTER_MAKER.match(text)))


def _maker_line(text: str) -> bool:
    """“编制单位：…” or “部门名称：…” alone on its line, printed between a caption and its 单位 line; so is the
    table's form code alone (“公开03表”)."""
    if len(text) > 45 or "。" in text or unit_line(text):
        return False
    return bool(_MAKER.match(text) or _FORM_CODE_LINE.match(text))


_PART_HEAD = re.compile(r"^第[一二三四五六七八九十]部分")
# The form code a 决算 or 预算 template prints at a table's corner: “公开01表”, “部门公开表3”, “财决02表”, “公开表1-2”.
_FORM_CODE = r"(?:(?:部门|单位)?公开\s*\d{1,2}(?:-\d{1,2})?\s*表|(?:部门|单位)?公开表\s*\d{1,2}(?:-\d{1,2})?|财决\s*\d{1,2}\s*表)"
_FORM_CODE_LINE = re.compile(rf"^{_FORM_CODE}\s*$")
_UNIT_AT_START = re.compile(rf"(?:{_FORM_CODE}\s*)?(?:金额)?单位[:：]")
# who made the table, in the words templates use: 编制单位/编制部门/填报单位, 单位名称/部门名称, or 部门/预算单位
# alone (“部门：××局　单位：元”)
_MAKER = re.compile(r"(?:(?:编制|填报)(?:部门|单位)|(?:部门|单位)名称|(?:预算)?部门|预算单位)[:：]")
_UNIT_AFTER_MAKER = re.compile(rf"(?:{_FORM_CODE}\s*)?" + _MAKER.pattern + r".*单位[:：]")  # “公开01表　编制单位：…　金额单位：万元”
# A sentence that names the table itself as empty is its note even without a 注/说明 label; it is often printed
# under the table's header rather than above it.
# a note that says its own table holds no figures (“本表为空”, “本表各栏均为空”, “本表未填列金额”, “本表不含数据”)
SELF_EMPTY = re.compile(r"[本此该]表(?:为空|无数据|是?空表|(?:各栏|各项|各列)?(?:均|全部|全)?(?:为空|未填列?(?:金额|数据|数字)?"
                        r"|不含(?:任何)?(?:数据|数字|金额)|无(?:金额|数字)))")


# a caption that carries its unit in brackets at its end, printed with no 单位 line under it (a web statement's
# appended table); “附：” or “附表：” before it is no part of the title, and a title after it may name its table
# without the word 表 (“附：2025年支出预算分功能科目（单位：万元）”)
_CAPTION_WITH_UNIT = re.compile(
    r"^\s*(附[:：]\s*)?([^。，,；;]{2,40}?)\s*[（(]\s*(?:金额)?单位[:：]\s*(万元|元|亿元)\s*[)）]\s*$")


def table_spans(view: Text, result: ParsedDisclosure) -> list[TableSpan]:
    """Each caption followed by a 单位 line starts a table; it runs to the next one (at most a few pages)."""
    if "spans" not in view._cache:
        view._cache["spans"] = _table_spans(view, result)
    return view._cache["spans"]


def _table_spans(view: Text, result: ParsedDisclosure) -> list[TableSpan]:
    lines = _body_lines(view)
    starts: list[tuple[int, str, str, int, str]] = []
    for i, (page, text, *_) in enumerate(lines):
        if not unit_line(text):
            own = _CAPTION_WITH_UNIT.match(text) if "单位" in text else None  # its unit in brackets holds 单位
            if own is not None:  # “附：收入支出决算总表（单位：万元）”: the caption carries its unit, no line under it
                caption = normal_caption(own.group(2), result)
                if caption.endswith("表") or (own.group(1) and caption):
                    quoted = as_quoted(view.lines[lines[i][4]]) if lines[i][4] < len(view.lines) else lines[i][3]
                    starts.append((i, caption, lines[i][3], 0, quoted))
            continue
        head: list[tuple[int, str, bool, str, int]] = []
        for j in range(i - 1, max(-1, i - 6), -1):
            if lines[j][0] == page and (_maker_line(lines[j][1]) or _PART_HEAD.match(lines[j][1])):
                # the maker's line sits between the caption and its 单位 line; a part's heading (“第二部分附表”, or
                # a running header printed inside a wrapped caption) is above or across it: neither is the caption
                continue
            if lines[j][0] != page or len(lines[j][1]) > 45 or "。" in lines[j][1] or re.search(r"\d+\.\d", lines[j][3]):
                break  # an amount ends the caption above; “8. 2026年” (as printed) is a number and a year
            head.insert(0, lines[j])
        head = head[-4:]
        numbered = [k for k, line in enumerate(head) if re.match(_NUMBER_MARK, line[1])]
        if numbered:
            head = head[numbered[-1]:]  # a heading above the numbered caption (“附件：预算公开表”) is not part of it
        joined = "".join(line[1] for line in head)
        caption = normal_caption(joined, result)
        if caption.endswith("表") or (caption and _QUALIFIED_CAPTION.search(squeeze(joined))):
            quoted = "".join(as_quoted(view.lines[line[4]]) if line[4] < len(view.lines) else line[3] for line in head)
            starts.append((i, caption, "".join(line[3] for line in head), len(head), quoted))
    spans = []
    for k, (i, caption, printed, _, quoted) in enumerate(starts):
        end = starts[k + 1][0] - starts[k + 1][3] if k + 1 < len(starts) else len(lines)
        first = lines[i][0]
        body = []
        for page, text, *_ in lines[i:max(end, i + 1)]:
            if page > first + 6 or re.match(r"^第[一二三四五]部分", text) or (
                    len(text) > 30 and "。" in text and not re.match(r"^[(（]?(?:备)?注|^说明", text)
                    and not SELF_EMPTY.search(text)):
                break
            body.append((page, text))
        span = TableSpan(caption, printed, first, max(p for p, _ in body), [t for _, t in body], quoted)
        if spans and _continues(span, spans[-1]):
            spans[-1].body += span.body  # “…表（续表）”: the table above goes on, its caption and header repeated
            spans[-1].last = span.last
            continue
        spans.append(span)
    return spans


# A caption may end in a bracketed qualifier after 表: “…基本支出表（部门预算支出经济分类）”, “…表（按功能科目）”
_QUALIFIED_CAPTION = re.compile(r"表(?:[(（][\u4e00-\u9fa5]{1,12}[)）]){1,2}$")
_CONTINUED_CAPTION = re.compile(r"[(（]续表?[)）]$|(?<=表)续表?$")


def _continues(span: TableSpan, above: TableSpan) -> bool:
    """The span's caption says it continues (“（续表）”, “（续）”) the table above, printed just before it: the same
    caption once the mark is dropped, or the mark alone after the table's number."""
    printed = squeeze(span.printed)
    if not _CONTINUED_CAPTION.search(printed) or span.first > above.last + 1:
        return False
    caption = _CONTINUED.sub("", re.sub(r"续表$", "", span.caption))
    return caption == above.caption or (not caption and bool(span.printed)) or (
        len(caption) >= 4 and above.caption.endswith(caption))


def continued(view: Text, result: ParsedDisclosure, span: TableSpan) -> bool:
    """Whether the table goes on in the next span: one that starts on the next page under the same caption marked
    续表 (“…支出表（续表）”, “…支出表（续）”). Its rows on this page are then not all its rows."""
    spans = table_spans(view, result)
    at = next((i for i, s in enumerate(spans) if s is span), None)
    if at is None or at + 1 >= len(spans):
        return False
    following = spans[at + 1]
    rest = following.caption[len(span.caption):] if following.caption.startswith(span.caption) else ""
    return following.first == span.last + 1 and "续" in (rest or following.printed[-6:])  \
        and following.caption.startswith(span.caption)


def present_captions(view: Text, result: ParsedDisclosure) -> set[str]:
    found = set()
    lines = _body_lines(view)
    short = [(page, normal_caption(text, result) if len(text) <= 45 and "。" not in text else None) for page, text, *_ in lines]
    for i in range(len(short)):
        joined = ""
        for page, piece in short[i:i + 4]:
            if piece is None or page != short[i][0]:
                break
            joined += piece
            if joined.endswith("表"):  # only a caption can match a listed title
                found.add(normal_caption(joined, result))
    return found


def table_unit(view: Text, span: TableSpan) -> str | None:
    own = _CAPTION_WITH_UNIT.match(span.printed or "")
    if own is not None:
        return own.group(3)
    for line in view.pages[span.first].lines[:12]:
        found = unit_line(line) and re.search(r"单位[:：](万元|元|亿元)", line)
        if found:
            return found.group(1)
    return None


def span_unit(view: Text, span: TableSpan) -> str | None:
    """The unit line under the table's own caption (a text file's tables share one page), else its page's."""
    for line in span.body[:3]:
        found = re.match(r"单位[:：]\s*(万元|元|亿元)\s*$", line.strip())
        if found:
            return found.group(1)
    return table_unit(view, span)


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
