"""The title block: which unit, which year, 预算 or 决算, 部门 or 单位, and where."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .names import locate
from .text import Line
from .types import NotADisclosure, ParseError

_TITLE = re.compile(
    r"(?P<year>(?:19|20)\d{2})年(?:度)?(?P<middle>.{0,24}?)(?P<kind>预算|决算)(?:执行)?(?:情况|公开)?"
    r"(?:的)?(?:编制)?(?:说明|报告|公开说明|情况说明|表)"
)
_REGION_WIDE = re.compile(r"本级|汇总|全县|全区|全市|全旗")


@dataclass
class Title:
    unit: str | None
    year: int | None
    kind: str | None
    scope: str | None  # None when the title does not say 部门/单位
    genre: str
    region: str | None
    province: str | None
    end_line: int  # index of the first line after the title block


_TITLE_NO_YEAR = re.compile(
    r"^(?P<unit>[一-龥()（）]{4,40}?)(?P<middle>(?:部门|单位|本级)?(?:[“”\"「」]?三公[“”\"「」]?经费)?)"
    r"(?P<kind>预算|决算)(?:情况|公开)?(?:说明|报告)$"
)


_CHINESE_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")


def _arabic_years(text: str) -> str:
    """"二〇二三年" → "2023年"; a letter O typed for a zero in the year ("2O24年") → "2024年"."""
    text = re.sub(r"(?<![\dA-Za-z])[12][\dOo]{3}(?=年)", lambda m: m.group(0).replace("O", "0").replace("o", "0"), text)
    return re.sub(r"[〇○零一二三四五六七八九]{4}(?=年)", lambda m: m.group(0).translate(_CHINESE_DIGITS), text)


def read_title(lines: list[Line], *, head: int = 12) -> Title:
    prose = [(i, Line(_arabic_years(line.text), line.page, line.raw, line.index, line.tabular))
             for i, line in enumerate(lines[:head]) if not line.tabular]
    context = " ".join(ln.text for ln in lines[:40])
    for n, (i, line) in enumerate(prose):
        # A title may wrap onto a second line ("…办公室2025年部门" / "预算情况说明").
        candidates = [(line.text, i + 1)]
        if n + 1 < len(prose) and len(line.text) <= 40:
            candidates.append((line.text + prose[n + 1][1].text, prose[n + 1][0] + 1))
        for text, end_line in candidates:
            match = _TITLE.search(text)
            if not match:
                continue
            before = text[: match.start()].strip(" :")
            unit = before or _previous_name(lines, i)
            if unit:
                return _title(unit, int(match.group("year")), match.group("kind"), match.group("middle"),
                              end_line, context)
    for i, line in prose[:3]:
        match = _TITLE_NO_YEAR.match(line.text)
        year = _first_year(lines[i + 1: i + 12]) if match else None
        if match and year:
            return _title(match.group("unit"), year, match.group("kind"), match.group("middle"), i + 1, context)
    raise ParseError("文件开头没有“××单位××年预算/决算情况说明”这样的标题，不像是预决算公开文件")


# Documents that quote budget figures without being a disclosure: news, audit announcements, evaluations.
_OTHER_GENRE = re.compile(r"审计(?:结果)?公告|审计工作报告|绩效(?:自评|评价)报告|自评报告|本报讯|记者|新闻|执行情况良好")


def untitled(lines: list[Line]) -> Title:
    """No title line: the year and kind the opening text speaks of most; the unit is left to a person."""
    opening = " ".join(line.text for line in lines[:3])
    if _OTHER_GENRE.search(opening):
        raise NotADisclosure("这是新闻、审计公告或绩效报告等其他文件，不是预决算公开文件")
    head = " ".join(_arabic_years(line.text) for line in lines[:80])
    years = re.findall(r"((?:19|20)\d{2})年", head)
    year = max(set(years), key=years.count) if years else None
    kinds = {kind: head.count(kind) for kind in ("预算", "决算")}
    kind = max(kinds, key=kinds.get) if any(kinds.values()) else None
    return Title(unit=None, year=int(year) if year else None, kind=kind, scope=None, genre="情况说明",
                 region=None, province=None, end_line=0)


def _first_year(lines: list[Line]) -> int | None:
    for line in lines:
        found = re.search(r"((?:19|20)\d{2})年度?", line.text)
        if found:
            return int(found.group(1))
    return None


def _title(unit: str, year: int, kind: str, middle: str, end_line: int, context: str) -> Title:
    unit = re.sub(r"^.*[>›»]", "", unit)  # a web page's breadcrumb copied above the title
    unit = re.sub(r"^(?:部门|单位)(?:预算|决算)(?:公开)?(?=[一-龥]{4,})", "", unit)
    unit = re.sub(r"^(?:关于)", "", unit).replace("(", "（").replace(")", "）")
    scope = "部门" if "部门" in middle else "单位" if "单位" in middle else None
    if _REGION_WIDE.search(middle) or _REGION_WIDE.search(unit):
        scope = "汇总"
        if "本级" in middle and not unit.endswith("本级"):
            unit = unit + "本级"
    genre = "三公说明" if re.search(r"三公", middle) else "情况说明"
    place = locate(unit, context=context)
    return Title(unit=unit, year=year, kind=kind, scope=scope, genre=genre, region=place.region,
                 province=place.province, end_line=end_line)


def _previous_name(lines: list[Line], i: int) -> str:
    for back in range(i - 1, max(-1, i - 3), -1):
        text = lines[back].text.strip(" :")
        if 3 <= len(text) <= 40 and not re.search(r"\d", text):
            return text
    return ""
