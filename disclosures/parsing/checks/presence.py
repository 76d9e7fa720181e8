"""Tables listed, present, empty or duplicated (CP-TABLES, TB-EMPTY, TB-DUP): a 目录 or 附表 list against the
captions the pages print, an empty table against its note, a table printed twice.
"""
from __future__ import annotations

import re
from decimal import Decimal
from difflib import SequenceMatcher
from typing import Iterator

from ..types import Check, ParsedDisclosure
from .core import skipped
from .text import SELF_EMPTY, Text, listed_tables, normal_caption, present_captions, table_spans, text_rule, unit_line, squeeze


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
        key = (normal_caption(raw, result), page)
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
        if len(caption) >= 6 and _similar(title, caption):
            return True
        if _fund_headed(title, caption):
            return True
    return False


def _similar(a: str, b: str) -> bool:
    """SequenceMatcher's ratio of the two at least 0.85, read only for a pair whose lengths allow it: the ratio is at
    most 2·min(len)/(len a + len b) (`real_quick_ratio`), and a caption list holds many lengths."""
    if 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < 0.85:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.85


# the fund a table is drawn from, printed before its subject in the caption and left out of a listing
_FUND_HEAD = re.compile(r"(?:一般公共预算|财政拨款)(?:财政拨款)?")


def _fund_headed(title: str, caption: str) -> bool:
    """A listed name is the caption without the fund it names first ("“三公”经费支出表" listed, "一般公共预算“三公”
    经费支出表" printed): the subject must be a table of its own (5 characters at least) and not a 总表, whose
    部门 and 财政拨款 versions are two tables (收支总表 is not 财政拨款收支总表). A name that differs in more than
    the head (一般公共预算支出表 against 政府性基金预算支出表) is another table."""
    if len(title) < 5 or not caption.endswith(title) or title.endswith("总表"):
        return False
    return bool(_FUND_HEAD.fullmatch(caption[:len(caption) - len(title)]))


_AMOUNT_CELL = re.compile(r"(?<![\d年])\d[\d,]*\.\d+|(?<![\d年])\d{1,3}(?:,\d{3})+")
# a note saying its table is empty (“表内数据为空”, “此表空白”, “表中无数”), or that there was nothing to fill it with
# (“无…收支”, “没有…拨款的收支发生”, “未获…拨款”, “不涉及…拨款”)
_EMPTY_CLAIM = r"空表|无数据|本表无|此表无|表为空|(?:表内|表中|本表|此表|该表)(?:数据|数字)?(?:为空|空白|无数)"
_EMPTY_NOTE = re.compile(rf"{_EMPTY_CLAIM}|(?:无|没有|未获|未发生|不涉及)[^。,，]{{0,16}}(?:收支|支出|收入|经费|预算|拨款)")



# a table counted in things (“单位：辆、台（套）、万元”): its cells are whole numbers, so an integer after a row's
# label fills it (“一般公务用车  2”)
_COUNT_UNIT = re.compile(r"单位[:：]\s*[^。]{0,12}?[辆台套个人处户座]")
_COUNT_CELL = re.compile(r"^\s*(?!第)[\u4e00-\u9fff（）()、]{2,30}\s*[1-9]\d{0,5}(?:\s+[\d,.\s]*)?$")


_NOTE_WORD = re.compile(r"注|说明|备注")
_TOTAL_HEAD = re.compile(r"(?:合计|总计)(?![\u4e00-\u9fff])")


def _note(lines: list[str]) -> str | None:
    for line in lines:
        if (_NOTE_WORD.search(line) and _EMPTY_NOTE.search(line)) or SELF_EMPTY.search(line):
            return line
    return None


def _zero_total(line: str) -> bool:
    """A 合计/总计 row of zeros only (“合计 0.00 0.00 0.00”): a template prints it under an empty table's header, so it
    fills nothing (a row of zeros for a named item, as in a 三公 table, is a stated amount and stays filled)."""
    text = squeeze(line)
    if not _TOTAL_HEAD.match(text):
        return False
    cells = _AMOUNT_CELL.findall(text)
    return bool(cells) and all(Decimal(cell.replace(",", "")) == 0 for cell in cells) \
        and not re.search(r"[1-9]", _AMOUNT_CELL.sub("", text))


@text_rule
def tb_empty(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    name = "空表附说明，有数的表不称空表"
    for span in table_spans(view, result):
        rows = [line for line in span.body if not unit_line(line)]
        note = _note(span.body)
        filled = any(_AMOUNT_CELL.search(line) for line in rows if not (note and line == note) and not _zero_total(line))
        if not filled and any(_COUNT_UNIT.search(line) for line in span.body if unit_line(line)):
            filled = any(_COUNT_CELL.search(line) for line in rows if not (note and line == note))
        ref = [{"label": "表格", "value": span.printed, "page": span.first}]
        if filled and note and re.search(_EMPTY_CLAIM, note) and not _foreign_note(note, span.caption):
            yield Check("TB-EMPTY", name, "fail", "error", f"第{span.first}页“{span.quote}”有数据，但注明“{note}”；"
                        "表与说明不能同时成立，需人工复核", ref, None, span.first, "text")
        elif not filled and not note and not _native_tables(view):
            stated = _stated_for(result, span.caption)
            if stated is not None:
                yield Check("TB-EMPTY", name, "fail", "error", f"第{span.first}页“{span.quote}”没有任何数字，而正文说明{stated}；"
                            "两处披露不能同时成立，需人工复核", ref, None, span.first, "text")
            else:
                zeros = "只有数值为0.00的合计行，" if any(_zero_total(line) for line in rows) else ""
                yield Check("TB-EMPTY", name, "fail", "warning", f"第{span.first}页“{span.quote}”{zeros}为空表，且未说明原因",
                            ref, None, span.first, "text")


# the budgets a note may name as its table's scope: a note naming one the caption does not is another table's
_NOTE_SCOPES = ("政府性基金", "国有资本经营", "三公", "机关运行经费", "政府采购")


def _foreign_note(note: str, caption: str) -> bool:
    """The note names a scope its table's caption does not and none the caption does (“无政府性基金预算拨款…空表” under
    a 三公 table, printed where the page ends and the fund table's caption runs on to the next): it is the note of the
    table that follows, not this table's."""
    named = [scope for scope in _NOTE_SCOPES if scope in note]
    return bool(named) and not any(scope in caption for scope in named)


def _clipped(one: str, other: str) -> bool:
    """One caption is the other read with a character or two lost at its front ("般公共预算…"); a longer head is
    another table's name (财政拨款收入支出总表 is not 收入支出总表, though a unit funded only by 财政拨款 prints the
    same rows in both)."""
    short, long = sorted((one, other), key=len)
    return len(short) >= 6 and long.endswith(short) and len(long) - len(short) <= 2


def _native_tables(view: Text) -> bool:
    """HTML, sheets and .docx keep their grids apart from the text lines: an empty-looking text span proves nothing.
    A text file's grids are read from its own lines (tabs, pipes, spaced columns), so its lines show every cell."""
    document = view.document
    return (document is not None and not getattr(document, "is_pdf", True) and getattr(document, "format", "") != "text"
            and bool(getattr(document, "tables", None)))


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
                            f"“{span.quote}”在第{span.first}页和第{other.first}页重复刊印，内容相同" if other.first != span.first
                            else f"“{span.quote}”在第{span.first}页重复刊印两次，内容相同",
                            [{"label": "表格", "value": span.printed, "page": span.first},
                             {"label": "重复", "value": other.printed, "page": other.first}], None, other.first, "text")
