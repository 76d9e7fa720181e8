"""Source quotes as a reader sees them: whole sentences, never cut inside a word.

The parser keeps the clause a figure was read from, which may start inside a word ("公室机关行政编制25名…", the
tail of 办公室). With the page's text at hand, `clip_quote` widens the clause to the sentence(s) around it; without
it, a clause that does not open a sentence is marked with a leading "…". Long quotes are cut at a sentence or
clause boundary, never mid-word. Plain Python, no Django.
"""
from __future__ import annotations

import re
import unicodedata

SENTENCE_END = "。！？；!?;"
CLAUSE_END = "，、,："
ELLIPSIS = "…"
MAX_LENGTH = 240
_SPACE = re.compile(r"\s+")


def clip_quote(text: str, *, context: str = "", limit: int = MAX_LENGTH) -> str:
    """`text` (the stored source clause) widened to whole sentences of `context` (the page text) when it is found
    there, then shortened to at most `limit` characters at a sentence or clause boundary."""
    text = (text or "").strip()
    if not text:
        return ""
    if context:
        widened = _widen(text, context)
        if widened:
            return _shorten(widened, limit)
    quote = _shorten(text, limit)
    if not _opens_sentence(quote):
        quote = ELLIPSIS + quote
    return quote


def _widen(text: str, context: str) -> str:
    """The sentence(s) of `context` holding `text`, compared without whitespace (PDF lines break anywhere).
    A clause the parser joined from two places ("…编制25名；…事业编制4名") is looked up part by part."""
    flat, breaks = _flatten(context)
    needle = _flat(text)
    found = _sentence_at(flat, breaks, needle)
    if found:
        return found
    parts = [part for part in re.split(r"[；;]", needle) if len(part) >= 6]
    sentences = [s for s in (_sentence_at(flat, breaks, part) for part in parts) if s]
    return f" {ELLIPSIS} ".join(dict.fromkeys(sentences)) if sentences and len(sentences) == len(parts) else ""


def _sentence_at(flat: tuple[str, str], breaks: set[int], needle: str) -> str:
    """`flat` is (the printed characters, the same one-for-one in NFKC): found in the second, cut from the first."""
    printed, flat = flat
    at = flat.find(needle) if needle else -1
    if at < 0:
        return ""
    start = at
    while start > 0 and flat[start - 1] not in SENTENCE_END and start not in breaks and at - start < MAX_LENGTH:
        start -= 1
    end = at + len(needle)
    while end < len(flat) and flat[end - 1] not in SENTENCE_END and end not in breaks and end - at < MAX_LENGTH * 2:
        end += 1
    return printed[start:end]


def _flatten(context: str) -> tuple[tuple[str, str], set[int]]:
    """The context without whitespace, and the positions where a paragraph or heading ends: a printed line much
    shorter than the page's full lines ends its paragraph ("四、“三公”经费情况说明" stands alone)."""
    lines = [_SPACE.sub("", line) for line in context.splitlines()]
    full = max((len(line) for line in lines), default=0)
    flat, breaks = [], set()
    position = 0
    for line in lines:
        flat.append(line)
        position += len(line)
        if line and len(line) < full * 0.7:
            breaks.add(position)
    printed = "".join(flat)
    return (printed, "".join(_fold(c) for c in printed)), breaks


def _fold(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    return folded if len(folded) == 1 else char


def _flat(text: str) -> str:
    return "".join(_fold(c) for c in _SPACE.sub("", text))


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[:limit]
    for marks in (SENTENCE_END, CLAUSE_END):
        cut = max(head.rfind(mark) for mark in marks)
        if cut >= limit // 3:
            return head[:cut + 1] + ELLIPSIS
    return head + ELLIPSIS


def _opens_sentence(text: str) -> bool:
    """A clause that starts with a year, a number, an opening bracket or quote, an enumeration or a 表/表格 label
    reads as a sentence start; one that starts with a bare CJK character may be the tail of a word."""
    first = text[0]
    if first.isdigit() or first in "（(“\"《【[一二三四五六七八九十其此本我该全":
        return True
    return " · " in text  # a table cell "“三公”经费支出表 · 2026年预算数 · 合计"
