"""The title block: which unit, which year, 预算 or 决算, 部门 or 单位, and where."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .names import locate
from .text import Line
from .types import ParseError

_TITLE = re.compile(
    r"(?P<year>(?:19|20)\d{2})年(?:度)?(?P<middle>.{0,24}?)(?P<kind>预算|决算)(?:执行)?(?:情况|公开)?"
    r"(?:的)?(?:说明|报告|公开说明|情况说明|表)"
)
_REGION_WIDE = re.compile(r"本级|汇总|全县|全区|全市|全旗")


@dataclass
class Title:
    unit: str
    year: int
    kind: str
    scope: str | None  # None when the title does not say 部门/单位
    genre: str
    region: str | None
    province: str | None
    end_line: int  # index of the first line after the title block


def read_title(lines: list[Line], *, head: int = 12) -> Title:
    for i, line in enumerate(lines[:head]):
        if line.tabular:
            continue
        match = _TITLE.search(line.text)
        if not match:
            continue
        before = line.text[: match.start()].strip(" :")
        unit = before or _previous_name(lines, i)
        if not unit:
            continue
        middle = match.group("middle")
        unit = re.sub(r"^(?:关于)", "", unit)
        scope = "部门" if "部门" in middle else "单位" if "单位" in middle else None
        if _REGION_WIDE.search(middle) or _REGION_WIDE.search(unit):
            scope = "汇总"
            if "本级" in middle and not unit.endswith("本级"):
                unit = unit + "本级"
        genre = "三公说明" if re.search(r"三公", middle) else "情况说明"
        place = locate(unit, context=" ".join(ln.text for ln in lines[:40]))
        return Title(unit=unit, year=int(match.group("year")), kind=match.group("kind"), scope=scope,
                     genre=genre, region=place.region, province=place.province, end_line=i + 1)
    raise ParseError("文件开头没有“××单位××年预算/决算情况说明”这样的标题，不像是预决算公开文件")


def _previous_name(lines: list[Line], i: int) -> str:
    for back in range(i - 1, max(-1, i - 3), -1):
        text = lines[back].text.strip(" :")
        if 3 <= len(text) <= 40 and not re.search(r"\d", text):
            return text
    return ""
