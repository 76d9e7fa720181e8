"""A total's list of parts in one canonical shape, whatever words the document lists them with.

Writers list the parts of a total as “其中：A x万元，B y万元”, but also “包括A x万元、B y万元”, “具体为：A：x万元；B：y万元”,
“由A x万元和B y万元构成”, or “其中A、B分别为x万元、y万元”. Every reader of a list (the prose figures and the checks)
knows the first shape; `canonical_lists` rewrites the others into it on a normalized line, keeping for every character
the raw position it came from, so a match is still cited as printed. A list is rewritten only when it follows an
amount and runs, item after item, to the end of its sentence: anything else is left as it was.

“主要为/主要包括” says the list may leave parts out: it is not rewritten (its sum is no total), but `listed_parts`
reads it for the one thing such a list must satisfy, that its parts do not exceed the whole.
"""
from __future__ import annotations

import re

UNIT = r"(?:万元|亿元|元|辆|人|名)"
AMOUNT = rf"-?\d[\d,]*(?:\.\d+)?{UNIT}"
# a part's name: an optional 科目编码 in front, then words (brackets with a code or 类/款/项 allowed)
LABEL = r"(?:\d{3,7})?[\u4e00-\u9fa5\"“”][\u4e00-\u9fa5\"“”()\d]*?"
ITEM = rf"(?:\d+[.、]|\(\d+\))?({LABEL})(?:[:：]|为)?({AMOUNT})"
OPENER = r"(?:其中|(?<!主要)包括|具体为|具体包括|分别是|由)[:：]?"
PARTIAL_OPENER = r"(?:主要为|主要包括|主要有)[:：]?"
SEPARATOR = r"(?:[,，、;；]|以及|和|及)"

_AFTER_UNIT = r"(?:(?<=元)|(?<=辆)|(?<=人)|(?<=名))"
_AFTER_AMOUNT = re.compile(rf"{_AFTER_UNIT}[,，]?(?P<opener>{OPENER})")
_ITEM = re.compile(ITEM)
_SEPARATOR = re.compile(SEPARATOR)
_END = re.compile(r"(?:构成|组成)?(?=[。]|$)")  # “由A x万元和B y万元构成。”: the verb closes the list
_RESPECTIVELY = re.compile(
    rf"{_AFTER_UNIT}[,，]?(?:其中[:：]?)?(?P<labels>{LABEL}(?:、{LABEL})+)分别(?:为|是)[:：]?"
    rf"(?P<amounts>{AMOUNT}(?:(?:、|,|，|和|及){AMOUNT})+)(?=[。]|$)")


_OPENS_LIST = re.compile(rf"{_AFTER_UNIT}[,，]?{OPENER}$")
_NUMBERED_ITEM = re.compile(rf"(?:\d+[.、]|\(\d+\)){LABEL}(?:[:：]|为)?{AMOUNT}([,，;；。]?)")


def numbered_run(texts: list[str], at: int) -> int:
    """How many lines after texts[at] (“…万元，其中：”) are its numbered items, one a line (“1.A x万元；” … “3.C z万元。”):
    0 unless two or more follow and the last closes the sentence (the paragraph may go on after it)."""
    if not _OPENS_LIST.search(texts[at]):
        return 0
    count = 0
    for text in texts[at + 1:]:
        item = _NUMBERED_ITEM.match(text)
        if item is None or (item.end() < len(text) and item.group(1) != "。"):
            return 0  # the sentence may go on after the last item's full stop, never after another's
        count += 1
        if item.group(1) == "。":
            return count if count >= 2 else 0
    return 0


def canonical_lists(text: str, index: list[int]) -> tuple[str, list[int]]:
    """The line with every list of parts as “,其中:A x万元,B y万元”; `index` maps each character to the raw line."""
    text, index = _respectively(text, index)
    return _listed(text, index)


def _listed(text: str, index: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    mapped: list[int] = []
    at = 0
    for opener in _AFTER_AMOUNT.finditer(text):
        if opener.start() < at:
            continue
        listed = _items(text, opener.end(), opener.group("opener") == "由")
        if listed is None:
            continue
        items, closed = listed
        if _canonical(text, opener, items) or not _one_list(text, opener, items):
            continue
        _copy(text, index, at, opener.start(), out, mapped)
        _put(",其中:", index[opener.start()], out, mapped)
        for n, (label, amount) in enumerate(items):
            if n:
                _put(",", index[label[0]], out, mapped)
            for start, stop in (label, amount):
                _copy(text, index, start, stop, out, mapped)
        at = closed
    _copy(text, index, at, len(text), out, mapped)
    return "".join(out), mapped


def _canonical(text: str, opener: re.Match[str], items: list) -> bool:
    """Already “其中…A x万元,B y万元”: nothing to rewrite."""
    between = _between(text, items)
    return opener.group("opener").startswith("其中") and all(words == "," for words in between)


def _one_list(text: str, opener: re.Match[str], items: list) -> bool:
    """A semicolon closes a clause: it separates the items only of a list opened by a colon and separated by
    semicolons throughout (“具体为：A x万元；B y万元”), never “…B 75名；实有人员91人”, where a new statement begins."""
    between = _between(text, items)
    if not any(words in (";", "；") for words in between):
        return True
    return opener.group("opener").endswith((":", "：")) and all(words in (";", "；") for words in between)


def _between(text: str, items: list) -> list[str]:
    """The separator between each two items (an item's number, “2.”, is not part of it)."""
    return [re.sub(r"(?:\d+[.、]|\(\d+\))$", "", text[before[1][1]:after[0][0]]) for before, after in zip(items, items[1:])]


def _items(text: str, at: int, opener_is_you: bool = False) -> tuple[list, int] | None:
    """(label span, amount span) of each item from `at` to the end of the sentence, and where the list ends (after a
    closing 构成/组成, which only a list opened by 由 has); None unless ≥ 2 run there."""
    items = []
    while True:
        item = _ITEM.match(text, at)
        if item is None:
            return None
        items.append((item.span(1), item.span(2)))
        at = item.end()
        end = _END.match(text, at)
        if end:
            if end.group(0) and not opener_is_you:
                return None
            return (items, end.end()) if len(items) >= 2 else None
        separator = _SEPARATOR.match(text, at)
        if separator is None:
            return None
        at = separator.end()


def _respectively(text: str, index: list[int]) -> tuple[str, list[int]]:
    """“其中A、B分别为x万元、y万元” → “,其中:A x万元,B y万元”, when there are as many names as amounts."""
    out: list[str] = []
    mapped: list[int] = []
    at = 0
    for found in _RESPECTIVELY.finditer(text):
        labels = _spans(text, found.start("labels"), found.end("labels"), LABEL, r"、")
        amounts = _spans(text, found.start("amounts"), found.end("amounts"), AMOUNT, r"、|,|，|和|及")
        if labels is None or amounts is None or len(labels) != len(amounts):
            continue
        _copy(text, index, at, found.start(), out, mapped)
        _put(",其中:", index[found.start()], out, mapped)
        for n, (label, amount) in enumerate(zip(labels, amounts)):
            if n:
                _put(",", index[label[0]], out, mapped)
            for start, end in (label, amount):
                _copy(text, index, start, end, out, mapped)
        at = found.end()
    _copy(text, index, at, len(text), out, mapped)
    return "".join(out), mapped


def _spans(text: str, start: int, end: int, piece: str, separator: str) -> list[tuple[int, int]] | None:
    """The spans of `piece` separated by `separator` that fill text[start:end] exactly."""
    found = re.fullmatch(rf"({piece})((?:(?:{separator})(?:{piece}))*)", text[start:end])
    if found is None:
        return None
    spans = []
    for part in re.finditer(rf"(?:^|(?:{separator}))({piece})(?=(?:{separator})|$)", text[start:end]):
        spans.append((start + part.start(1), start + part.end(1)))
    return spans


def _copy(text: str, index: list[int], start: int, end: int, out: list[str], mapped: list[int]) -> None:
    out.append(text[start:end])
    mapped.extend(index[start:end])


def _put(words: str, position: int, out: list[str], mapped: list[int]) -> None:
    out.append(words)
    mapped.extend([position] * len(words))


def listed_parts(text: str, at: int) -> list[tuple[str, str]] | None:
    """(label, amount as printed with its unit) of each item of a list that starts at `at` and runs to the end of its
    sentence; None unless two or more do."""
    listed = _items(text, at)
    if listed is None:
        return None
    return [(text[label[0]:label[1]], text[amount[0]:amount[1]]) for label, amount in listed[0]]


def closed_list(text: str, at: int, *, colon: bool) -> list[tuple[str, str]] | None:
    """`listed_parts`, for a list that is one list by its separators (`_one_list`): semicolons separate its items only
    when its opener ends with a colon (`colon`) and semicolons separate all of them."""
    listed = _items(text, at)
    if listed is None:
        return None
    items = listed[0]
    between = _between(text, items)
    if any(words in (";", "；") for words in between) and not (colon and all(words in (";", "；") for words in between)):
        return None
    return [(text[label[0]:label[1]], text[amount[0]:amount[1]]) for label, amount in items]
