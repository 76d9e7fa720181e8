"""Sections of a disclosure, found by what their headings say (never by page or number).

Three layouts are common: the Chongqing 情况说明 (一、基本情况 … 四、“三公”经费 … 六、名词解释), the full 部门预算
PDF (cover, 目录, 主要职能, 机构设置, 名词解释 *before* the 编制说明, 附表, 其他相关情况说明) and the 部门决算 PDF
(第三部分 情况说明 一…十一, 第四部分 名词解释). A 目录 repeats the headings; its lines never open a section.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import Joined, Line, join_lines
from .vocabulary import SANGONG

_NUMBERING = re.compile(
    r"^(?:第[一二三四五六七八九十]{1,3}部分[、.:]?|[一二三四五六七八九十]{1,3}[、.:]|\d{1,2}[、.](?!\d)"
    r"|\(?[一二三四五六七八九十]{1,3}\)[、.]?|\(\d{1,2}\)[、.]?)"
)
# (section key, pattern on the heading text). Order matters: the first that matches near the start wins.
SECTION_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("glossary", re.compile(r"名词解释|名词说明|术语解释|专业性?名词")),
    ("attachments", re.compile(r"^(?:附表|附件)")),
    ("projects", re.compile(r"项目经费情况说明|项目(?:支出)?绩效目标表")),
    ("sangong", re.compile(rf"^[^。]{{0,10}}?{SANGONG}经费(?:[^。]{{0,8}}(?:情况|说明)|(?:预算|决算|支出)?(?:安排)?$)")),
    ("other", re.compile(r"其[他它]重要事项|其[他它]事项(?:的)?(?:情况)?说明|其[他它]需要说明|其[他它]相关情况")),
    ("appropriation", re.compile(r"^财政拨款收入支出(?:预算|决算)?总体情况")),
    # a part about the one fund, its spending or its appropriation as a whole ("一般公共预算财政拨款预算情况"): the
    # classes it lists are that fund's
    ("general", re.compile(r"^一般公共预算财政拨款(?:(?:基本)?支出(?:预算|决算)?|预算|决算)(?:情况|说明)")),
    ("fund", re.compile(r"^(?:政府性基金|国有资本经营)(?:预算)?(?:财政拨款)?收入支出(?:预算|决算)?(?:情况|说明)")),
    ("overview", re.compile(r"收支(?:预算|决算)?总体情况|收支总体|总体情况|收支(?:预算|决算)?情况|收入[和及与]?支出(?:预算|决算)?情况"
                            r"|^(?:部门|单位)?收支(?:预算|决算)$"
                            r"|^(?:部门|单位)?(?:(?:预算|决算)收支|收入[和及与]?支出(?:预算|决算))(?:情况)?$"
                            # "2026年收入和支出预算", "收入预算与支出预算情况", "收支预算安排情况", "预算收支安排"
                            # (a bare "收入支出" is a table's header cell or a sentence's wrapped tail)
                            r"|^(?:(?:19|20)\d{2}年度?)?(?:部门|单位)?(?=.*(?:预算|决算|安排|情况))(?:预算|决算)?"
                            r"(?:收入(?:预算|决算)?[、和及与]?支出|收支)(?:预算|决算)?(?:安排)?(?:情况)?(?:说明)?$"
                            r"|(?:部门|单位)?预算编制说明")),
    ("income", re.compile(r"^收入(?:预算|决算)(?:情况)?(?:说明)?$")),
    ("expenditure", re.compile(r"^支出(?:预算|决算)(?:情况)?(?:说明)?$")),
    ("performance", re.compile(r"^(?:预算)?绩效(?:管理|目标)")),
    ("budget", re.compile(r"(?:部门|单位)?(?:预算|决算)(?:情况)?说明|财政拨款(?:收支|支出|收入)?(?:预算|决算)?(?:情况|说明)"
                          r"|一般公共预算.{0,8}情况")),
    ("basic", re.compile(r"基本情况|单位概况|部门概况|机构设置|主要职能|职能职责|^概况$")),
]
# Finer keys the readers treat like a coarse one.
GROUPS = {"appropriation": "budget", "general": "budget", "fund": "budget", "income": "overview",
          "expenditure": "overview", "performance": "other"}


@dataclass
class Section:
    key: str  # one of the SECTION_PATTERNS keys, or "preamble"
    heading: str
    lines: list[Line] = field(default_factory=list)
    level: int = 1  # 0 第X部分, 1 一、, 2 (一), 3 1. — unnumbered headings count as 1
    _joined: Joined | None = None

    @property
    def joined(self) -> Joined:
        if self._joined is None:
            self._joined = join_lines([ln for ln in self.lines if not ln.tabular])
        return self._joined

    @property
    def group(self) -> str:
        return GROUPS.get(self.key, self.key)


def heading_level(text: str) -> int:
    numbering = _NUMBERING.match(text)
    if not numbering:
        return 1
    mark = numbering.group()
    if mark.startswith("第"):
        return 0
    if mark.startswith("("):
        return 2
    if mark[0].isdigit():
        return 3
    return 1


def classify_heading(text: str) -> tuple[str, str] | None:
    """('sangong', rest-of-line) when `text` opens a section; None for ordinary lines."""
    if _LEADER.search(text):
        return None  # a 目录 entry: "四、部门预算编制说明……………6"
    numbering = _NUMBERING.match(text)
    body = text[numbering.end():] if numbering else text
    head, sep, rest = _split_head(body)
    head = re.sub(r"^[一-龥]{2,30}?(?:(?:19|20)\d{2}年度?)(?=(?:部门|单位)?(?:预算|决算)(?:情况)?说明|部门预算编制说明)", "", head)
    head = re.sub(r"(?<=[一-龥])[A-Za-z][A-Za-z0-9 ,.'&()-]*$", "", head)  # a bilingual export's English gloss
    if not head or len(head) > 26 or re.search(r"\d", re.sub(r"(?:19|20)\d{2}年度?", "", head)):
        return None  # a heading carries no amounts: "2025年“三公”经费预算62.4" is a wrapped sentence
    if not numbering and sep == "" and len(head) > 20:
        return None
    if sep == ":" and re.match(r"(?:是|指|系|即)", rest):
        return None  # a definition in the glossary: "(七)“三公”经费:是…"
    for key, pattern in SECTION_PATTERNS:
        found = pattern.search(head)
        if found and found.start() <= 6:
            # A sub-item such as "1.机关运行经费" never opens a top section; a list of tables (附表) items neither.
            if key == "sangong" and re.search(r"表$", head):
                return None
            return key, rest
    return None


_LEADER = re.compile(r"(?:\.{4,}|…{2,}|·{4,}|-{6,})\s*\d*$")


def _split_head(body: str) -> tuple[str, str, str]:
    match = re.search(r"[。:;]", body)
    if not match:
        return body, "", ""
    return body[: match.start()], match.group(), body[match.end():]


def contents_lines(lines: list[Line]) -> set[int]:
    """Positions (in `lines`) of a table of contents: from a "目录" line to the end of its page, and the
    following pages while they hold no sentence (a contents page has headings only)."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if re.fullmatch(r"目录|目次|目 录", line.text):
            page = line.page
            j = i
            while j < len(lines) and lines[j].page == page:
                found.add(j)
                j += 1
            ending = _contents_end(lines, i, j)
            if ending is not None:  # the page goes on past the 目录 into the text itself (a one-page portal copy)
                return set(range(i, ending))
            while j < len(lines):
                page = lines[j].page
                block = [k for k in range(j, len(lines)) if lines[k].page == page]
                if any("。" in lines[k].text or len(lines[k].text) > 45 for k in block):
                    break
                found.update(block)
                j = block[-1] + 1
            break
    return found


_YEAR_ENTRY = re.compile(r"^\d{1,2}[.．、](?=(?:19|20)\d\d年)")  # “1.2026年单位收支预算总表”: a number before a year


def _entry(text: str) -> str:
    """A 目录 entry's words, without its numbering and its page number or leader."""
    numbering = _NUMBERING.match(text) or _YEAR_ENTRY.match(text)
    body = text[numbering.end():] if numbering else text
    return re.sub(r"(?:\.{2,}|…+|·{2,}|-{3,})?\s*\d*$", "", body).strip()


def _sentence(text: str) -> bool:
    """A line of running text, not an entry: long, or with a clause's comma or stop (an entry may print its number with
    a stop, “表一。收支总表”)."""
    bare = re.sub(r"^(?:附?表|附件)?[一二三四五六七八九十\d]{1,3}。", "", text)
    return (len(text) > 45 or bool(re.search(r"[，,；;]", bare)) or (bare.endswith("。") and len(bare) >= 8)
            or "。" in bare[:-1])


def _contents_end(lines: list[Line], start: int, end: int) -> int | None:
    """Where a 目录 ends on a page that goes on into sentences (lines[start] is the 目录 line, lines[end] the first of
    the next page): after the last of its entries that the document prints again below it (each part or table it
    lists has its heading or caption there), and never past the first sentence. None when no line of the page after
    the 目录 holds a sentence: the page is the 目录's alone."""
    sentence = next((k for k in range(start + 1, end) if _sentence(lines[k].text)), None)
    if sentence is None:
        return None
    later = "\n".join(line.text for line in lines[sentence:])
    last = None
    for k in range(start + 1, sentence):
        entry = _entry(lines[k].text)
        if len(entry) >= 4 and entry in later:
            last = k
    return (last if last is not None else sentence - 1) + 1


def _continues(sections: list[Section], key: str, level: int) -> bool:  # noqa: ARG001
    """A heading of the same group as the open section continues it: "(一)收入预算" under "二、收支总体情况",
    or 决算's "二、收入决算情况说明" after "一、收入支出决算总体情况说明"."""
    top = sections[-1]
    return top.key != "preamble" and GROUPS.get(key, key) == top.group


def repeated_headings(lines: list[Line]) -> set[int]:
    """A heading printed again later is a contents entry the first time (a 目录 without its title)."""
    seen: dict[str, int] = {}
    earlier: set[int] = set()
    for n, line in enumerate(lines):
        if line.tabular or classify_heading(line.text) is None:
            continue
        key = re.sub(r"\d+$", "", line.text)
        if key in seen:
            earlier.add(seen[key])
        seen[key] = n
    return earlier


def split_sections(lines: list[Line], start: int = 0) -> list[Section]:
    """Sections of lines[start:] (lines before `start`, e.g. the title, still tell where a 目录 is)."""
    sections = [Section("preamble", "")]
    contents = contents_lines(lines) | repeated_headings(lines)
    closing: int | None = None  # after the glossary, only a heading at its level or above opens a section
    for n, line in enumerate(lines):
        if n < start:
            continue
        found = None if line.tabular or n in contents else classify_heading(line.text)
        if found:
            level = heading_level(line.text)
            if closing is not None and found[0] != "attachments" and level > closing:
                found = None
        if found and _continues(sections, found[0], level):
            # "(一)收入预算" under "二、收支总体情况": a part of the section above, not a new one.
            sections[-1].lines.append(line)
            continue
        if found:
            key, rest = found
            sections.append(Section(key, line.text, level=level))
            if key in {"glossary", "attachments"}:
                closing = level if closing is None else min(closing, level)
            elif closing is not None:
                closing = None
            if rest:
                cut = len(line.text) - len(rest)
                sections[-1].lines.append(
                    Line(text=rest, page=line.page, raw=line.raw, index=line.index[cut:], tabular=False)
                )
            continue
        if len(sections) == 1 and not any("。" in ln.text for ln in sections[0].lines) and _TITLE_END.search(line.text):
            line = _closed(line)  # a title glued to the first sentence would hide that sentence's subject
        elif not line.tabular and _SUBHEADING.match(line.text):
            line = _closed(line)  # "四、机关运行经费" on its own line: a heading, not the start of the next sentence
        sections[-1].lines.append(line)
    return sections


_SUBHEADING = re.compile(rf"(?:{_NUMBERING.pattern})[^\d。,;:()]{{2,20}}$")
_TITLE_END = re.compile(r"(?:说明|情况|公开|汇总|报告|如下)$")


def _closed(line: Line) -> Line:
    return Line(text=line.text + "。", page=line.page, raw=line.raw + "。", index=[*line.index, len(line.raw)],
                tabular=line.tabular)
