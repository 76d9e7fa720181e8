"""Who published a disclosure, for which year, 预算 or 决算, 部门 or 单位: read from every clue there is.

Each reader turns one kind of evidence into `Clue`s that say where they were found: the title line, the cover
of a full PDF ("上海市普陀区2025年区级部门预算" / "预算主管部门：…"), web metadata (Document.clues, filled by the
format readers: origins "metadata:标题", "metadata:发布机构", "metadata:来源"), the opening sentences
("现将我局2023年…公开如下", "2021年，XX县档案馆“三公”经费…"), a PDF's running headers, the file name, and, last,
what the body speaks of most. `identify` weighs them by the precedence written in
`PRECEDENCE` (data, not code order), keeps the winner per field in `Identity.clues` and turns a disagreement
between two strong clues into a warning. Nothing here refuses a document for lacking a title: a field no clue
gives stays None and the caller names it in `missing`.

`refuse_other_documents` is the one gate: a blank template ("XXX万元"), other genres that merely quote budget
figures (news, audit announcements, evaluations, tender notices, regulations) and a file without any amount raise
NotADisclosure. `segment_starts` finds where each disclosure of a file begins.

Contract with the format readers: a saved web page's 标题 comes as Clue(field="title", origin="metadata:标题"),
its 发布机构 as Clue(field="unit", origin="metadata:发布机构"); the same labels copied into plain text are read
here (`label_clues`). The file name is read here too (origin "filename").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from .names import gazetteer, locate, scope_from_name
from .text import Line, normalize
from .types import Clue, NotADisclosure

# Strongest first. An origin not listed for a field is never used for it.
PRECEDENCE: dict[str, tuple[str, ...]] = {
    "unit": ("cover:主管部门", "cover:单位", "title", "cover", "metadata:标题", "first_sentence", "header",
             "caption", "metadata:发布机构", "metadata:来源", "filename"),
    "year": ("title", "cover", "metadata:标题", "first_sentence", "header", "filename", "body"),
    "kind": ("title", "cover", "metadata:标题", "first_sentence", "header", "filename", "body"),
    "scope": ("cover:主管部门", "cover:单位", "title", "cover", "metadata:标题", "first_sentence", "header",
              "caption", "filename", "name"),
    "genre": ("title", "metadata:标题", "first_sentence", "header", "filename"),
    "region": ("unit", "cover", "metadata:发布机构", "metadata:来源", "first_sentence", "filename", "body"),
    "province": ("unit", "cover", "metadata:发布机构", "metadata:来源", "first_sentence", "filename", "body"),
}
# Clues this weak never raise a disagreement warning: a file name or a majority count may well be off.
_WEAK = {"filename", "body", "metadata:发布机构", "metadata:来源", "name"}
FIELD_NAMES = {"unit": "单位", "year": "年度", "kind": "预算/决算", "scope": "部门/单位", "region": "地区",
               "province": "省份", "genre": "文件类型"}

_YEAR = r"(?P<year>(?:19|20)\d{2})(?:年度?|[-—–](?!\d)|(?=[一-龥“\"]))"
_TITLE = re.compile(
    _YEAR + r"(?P<middle>[^。,;:!?]{0,24}?)(?P<kind>预算|决算)(?:执行)?(?:情况|公开)?"
    r"(?:的)?(?:编制)?(?:汇总)?(?:说明|报告|公开说明|情况说明|总表|表|(?:(?:信息)?公开|情况)(?=$|[\s:,。(]|一、|第一|1|按照|根据|现将|本部门|本单位))"
)
# No 预算/决算 word: "…2023年“三公”经费情况说明", "…2019-三公经费支出说明" (kind comes from the body).
_TITLE_NO_KIND = re.compile(
    _YEAR + r"(?P<middle>[^,。;:]{0,16}?[“\"「]?三公[”\"」]?经费[^,。;:]{0,8}?)"
    r"(?:支出|使用)?(?:情况)?(?:汇总)?(?:说明|公开|情况|$)"
)
_TITLE_NO_YEAR = re.compile(
    r"^(?P<unit>[一-龥()（）]{4,40}?)(?P<middle>(?:部门|单位|本级)?(?:[“”\"「」]?三公[“”\"「」]?经费)?)"
    r"(?P<kind>预算|决算)(?:情况|公开)?(?:说明|报告)$"
)
_REGION_WIDE = re.compile(r"本级|汇总|全县|全区|全市|全旗")
# "…2025年部门预算“三公”经费说明(预算44.80万元)": a link in a list of other years' statements, with its figure.
_LINK_AMOUNT = re.compile(r"[(\[][^()\[\]]{0,8}?\d[\d,]*(?:\.\d+)?(?:万元|元|亿元)[)\]]$")
_LINK_DATE = re.compile(r"[(\[]?(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])[)\]]?$")
# A numbered heading ("第三部分…", "一、…", "1.…", "（二）…") sits inside a document: never its title.
_NUMBERED = re.compile(r"^(?:第[一二三四五六七八九十\d]+(?:部分|章|节)|[一二三四五六七八九十]+[、.]|\d+(?:[、.]|\s)|\(?[一二三四五六七八九十\d]+\))")
_ORG_END = re.compile(
    r"(?:局|委员会|委|办公室|办|院|中心|所|站|馆|队|会|部|处|厅|署|府|学校|中学|小学|学院|幼儿园|园|社|团|室|场|公司|"
    r"街道|镇|乡|村|社区|机关|本级|组|协会|联合会|法院|检察院|政协|人大|党校|总工会|妇联|团委|科协|残联|工商联|文联|台|段|厂|"
    r"集团|库|\)|）)$"
)
_CHINESE_DIGITS = str.maketrans("〇○零一二三四五六七八九", "00012345678" + "9")


@dataclass
class Identity:
    unit: str | None = None
    year: int | None = None
    kind: str | None = None  # 预算 or 决算
    scope: str | None = None  # 部门, 单位 or 汇总; None when no clue says
    genre: str = "情况说明"  # 情况说明 or 三公说明
    region: str | None = None
    province: str | None = None
    end_line: int = 0  # first line after the title or cover block
    clues: dict[str, Clue] = field(default_factory=dict)  # field -> the clue that decided it
    evidence: list[Clue] = field(default_factory=list)  # every clue read, in reading order
    warnings: list[str] = field(default_factory=list)


def arabic_years(text: str) -> str:
    """"二〇二三年" → "2023年"; a letter O typed for a zero in a year ("2O24年") → "2024年"."""
    text = re.sub(r"(?<![\dA-Za-z])[12][\dOo]{3}(?=年)", lambda m: m.group(0).replace("O", "0").replace("o", "0"), text)
    return re.sub(r"[〇○零一二三四五六七八九]{4}(?=年)", lambda m: m.group(0).translate(_CHINESE_DIGITS), text)


def clean_unit(text: str) -> str:
    """A unit name as a title or cover prints it, without what surrounds it on real pages."""
    unit = re.sub(r"^.*[>›»]", "", text)  # a web page's breadcrumb copied above the title
    unit = re.sub(r"^第[一二三四五六七八九十\d]+部分", "", unit)
    # page furniture or an English line glued in front: "第1页Page1当涂县…" → "当涂县…"
    unit = re.sub(r"^.*[0-9A-Za-z]+(?=[一-龥（(][一-龥（()）]{3,}$)", "", unit)
    unit = re.sub(r"^(?:部门|单位)(?:预算|决算)(?:公开)?(?=[一-龥]{4,})", "", unit)
    unit = re.sub(r"^(?:关于|标题|题名|名称)[:：]?", "", unit)
    unit = re.sub(r"(?:关于|公开|的)$", "", unit)
    unit = unit.strip(" :：,，、.。“”\"'《》|-—_·【】[]").replace("(", "（").replace(")", "）")
    return _last_organisation(_from_first_place(re.sub(r"\s+", "", unit)))


# Names that rightly print something before their county: party and national bodies, and the 兵团's divisions
# ("第六师五家渠市…", "新疆生产建设兵团第八师…": the name as printed).
_NATIONAL_PREFIX = re.compile(r"^(?:中共|中国共产党|共青团|国家税务总局|中国人民|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟"
                              r"|(?:新疆生产建设)?兵团|第[一二三四五六七八九十]{1,3}师)")


def _from_first_place(unit: str) -> str:
    """"热点信息盐源县农业农村局" → "盐源县农业农村局": page chrome glued before the county's name."""
    if _NATIONAL_PREFIX.match(unit):
        return unit
    # Three characters at least: 道县 and 攸县 sit inside other names (通道县).
    rest = from_place(unit, shortest=3)
    if not rest or rest == unit:
        return unit
    prefix = unit[: len(unit) - len(rest)]
    return unit if len(prefix) < 2 or len(prefix) > 12 or _ORG_END.search(prefix) else rest


def _last_organisation(unit: str) -> str:
    """"岳阳县人民政府门户网站岳阳县民政局" → "岳阳县民政局": a publisher or portal printed before the unit."""
    if len(unit) < 8 or _NATIONAL_PREFIX.match(unit):
        return unit
    gaz = gazetteer()
    for start in range(len(unit) - 4, 2, -1):
        head = next((unit[start:start + n] for n in range(2, 9)
                     if unit[start:start + n] in gaz.counties or unit[start:start + n] in gaz.prefectures), None)
        if head and plausible_unit(unit[:start]) and plausible_unit(unit[start:]):
            return unit[start:]
    return unit


def plausible_unit(text: str) -> bool:
    """A name that reads as an organisation (not a sentence, not a heading)."""
    return (3 <= len(text) <= 40 and not re.search(r"[\d,。;:!?、]|预算|决算|情况|说明|目录", text)
            and bool(_ORG_END.search(text)))


# ---------------------------------------------------------------------------------------------------------
# Readers: each returns clues (and the title/cover readers where the body starts)


def _fields(origin: str, unit: str | None, year: int | None, kind: str | None, middle: str, *, page: int | None,
            text: str) -> list[Clue]:
    """Clues of one title-shaped string: unit, year, kind, scope (from the words between year and kind), genre."""
    clues: list[Clue] = []

    def add(name: str, value: str | int | None) -> None:
        if value is not None and value != "":
            clues.append(Clue(field=name, value=value, origin=origin, page=page, text=text))

    scope = "部门" if "部门" in middle else "单位" if "单位" in middle else None
    # "县本级" / "全县" speak for the region; "XX局（本级）" is the office itself, a 单位.
    bracketed = bool(unit and re.search(r"（本级）$", unit))
    # "亚东县2023年县级“三公”经费预算汇总说明": a place, not an office, speaking of its own level is its 本级.
    place_level = bool(unit and _is_place(unit) and (re.match(r"[县区市旗]级", middle)
                                                     or re.search(r"(?:预算|决算)汇总", text)))
    if not bracketed and (_REGION_WIDE.search(middle) or (unit and _REGION_WIDE.search(unit)) or place_level):
        scope = "汇总"
        if unit and ("本级" in middle or place_level and re.match(r"[县区市旗]级", middle)) \
                and not unit.endswith("本级"):
            unit = unit + "本级"
    add("unit", unit)
    add("year", year)
    add("kind", kind)
    add("scope", scope)
    add("genre", "三公说明" if "三公" in middle else "情况说明")
    return clues


def title_clues(lines: list[Line], *, head: int = 12, origin: str = "title") -> tuple[list[Clue], int]:
    """The title line (possibly wrapped over two lines, or with the unit on the line above)."""
    # "第二部分…部门决算表" in a 目录 or "一、…情况说明" are headings inside the document, not its title.
    # A line carrying a date is a link in a page's list of other articles ("…2024年部门决算公开(2024-09-20)").
    prose = [(i, line) for i, line in enumerate(lines[:head]) if not line.tabular and not _NUMBERED.match(line.text)
             and not _LINK_DATE.search(line.text) and not _LINK_AMOUNT.search(line.text)
             and i not in _link_run(lines[:head])]
    for n, (i, line) in enumerate(prose):
        text = arabic_years(line.text)
        candidates = [(text, i + 1, line.raw.strip())]
        # A title may wrap onto a second line ("…办公室2025年部门" / "预算情况说明"), unless that line is one.
        if n + 1 < len(prose) and len(text) <= 40 and not _title_in(arabic_years(prose[n + 1][1].text)):
            following = prose[n + 1][1]
            candidates.append((text + arabic_years(following.text), prose[n + 1][0] + 1,
                               line.raw.strip() + following.raw.strip()))
        for candidate, end_line, printed in candidates:
            found = _title_in(candidate)
            if found is None:
                continue
            before, year, kind, middle = found
            if before and not _title_unit(before):
                continue  # a sentence that speaks of the budget ("现将本部门2025年预算情况说明如下")
            unit = clean_unit(before) if before else ""
            if not _unit_like(unit):
                unit = _unit_in_middle(middle) or _previous_name(lines, i)
            # A title without its unit ("2023年度“三公”经费决算情况说明") still gives year, kind and genre.
            return _fields(origin, unit or None, year, kind, middle, page=line.page, text=printed), end_line
    for i, line in prose[:3]:
        match = _TITLE_NO_YEAR.match(line.text)
        year = _first_year(lines[i + 1: i + 12]) if match else None
        if match and year:
            return (_fields(origin, clean_unit(match.group("unit")), year, match.group("kind"), match.group("middle"),
                            page=line.page, text=line.raw.strip()), i + 1)
    return [], 0


def _link_run(lines: list[Line]) -> set[int]:
    """Adjacent title-shaped lines naming different years under the same name (or none) are a list of links to
    other years' statements (a page's sidebar or 往年公开 box), never the document's own title."""
    titles = [None if _LINK_DATE.search(line.text) or _LINK_AMOUNT.search(line.text)
              else _title_in(arabic_years(line.text)) for line in lines]
    found: set[int] = set()
    for i in range(len(lines) - 1):
        this, after = titles[i], titles[i + 1]
        if this and after and this[1] != after[1] and clean_unit(this[0]) == clean_unit(after[0]):
            found |= {i, i + 1}
    return found


def _unit_in_middle(middle: str) -> str:
    """"2023年度岳阳县财政局部门决算…": the year first, then the unit."""
    match = re.match(r"([一-龥()（）]{2,40}?)(?=[县区市旗]?本级|部门|单位|[“\"「]?三公|$)", middle)
    unit = clean_unit(match.group(1)) if match else ""
    return unit if _unit_like(unit) else ""


def _title_in(text: str) -> tuple[str, int, str | None, str] | None:
    match = _TITLE.search(text)
    if match:
        return text[: match.start()].strip(" :"), int(match.group("year")), match.group("kind"), match.group("middle")
    match = _TITLE_NO_KIND.search(text)
    if match:  # "…2025年部门预算“三公”经费公开": the kind may sit before 三公
        kinds = re.findall(r"预算|决算", match.group("middle"))
        return (text[: match.start()].strip(" :"), int(match.group("year")), kinds[-1] if kinds else None,
                match.group("middle"))
    return None


def _title_unit(before: str) -> bool:
    unit = clean_unit(before)
    return bool(unit) and not re.search(
        r"[,。;、]|现将|按照|根据|如下|预算|决算|情况|说明|目录|附表|纳入|范围|本部门|本单位|^(?:本|我)|"
        r"[一二三四五六七八九十\d]$", unit)


def string_clues(text: str, *, origin: str, page: int | None = None) -> list[Clue]:
    """A title-shaped string from outside the text (a web page's 标题, a file name)."""
    text = arabic_years(normalize(text))
    found = _title_in(text)
    cover = _COVER_HEAD.match(text) if found is None else None
    if cover and cover.group("year"):  # "汝城县财政局2024年度部门决算": a cover line's shape
        found = (cover.group("place"), int(cover.group("year")), cover.group("kind"),
                 (cover.group("level") or "") + (cover.group("scope") or ""))
    if found is None:
        return []
    before, year, kind, middle = found
    unit = clean_unit(before)
    return _fields(origin, unit if plausible_unit(unit) else None, year, kind, middle, page=page, text=text)


_COVER_HEAD = re.compile(
    r"^(?P<place>[一-龥]{0,20}?)" + _YEAR + r"(?P<level>[区县市旗乡镇]级|本级)?(?P<scope>部门|单位)?(?P<kind>预算|决算)"
    r"(?P<year2>(?:19|20)\d{2})?$"
)
_COVER_UNIT_FIRST = re.compile(r"^(?P<unit>[一-龥()（）]{3,40}?)(?P<scope>部门|单位)?(?P<kind>预算|决算)$")
_COVER_ONLY_KIND = re.compile(r"^(?:年度?)?(?P<scope>部门|单位)?(?P<kind>预算|决算)(?P<year2>(?:19|20)\d{2})$")
_COVER_UNIT = re.compile(
    r"^(?P<label>预算主管部门|主管部门|预算单位|决算单位|编制单位|编报单位|单位名称|部门名称|填报单位|(?:部门|单位)(?=[:：]))"
    r"[:：]?(?P<unit>.+)$"
)


def cover_clues(lines: list[Line], *, head: int = 8) -> tuple[list[Clue], int]:
    """The cover of a full PDF: "上海市普陀区2025年区级部门预算" / "预算主管部门：…", or a unit name above
    "2024年度部门决算" (pdfplumber-like text may print "年度部门决算2024")."""
    first_page = lines[0].page if lines else None
    clues: list[Clue] = []
    end = 0
    for i, line in enumerate(lines[:head]):
        text = arabic_years(line.text)
        labelled = _COVER_UNIT.match(text)
        # A workbook's first row "编制单位：XX局 | 2022年度 | 单位：元" is a table row, yet names the unit.
        if line.page != first_page or (line.tabular and not (labelled and labelled.group("label").endswith("单位")
                                                              and len(labelled.group("label")) > 2)):
            break
        if labelled:
            unit = clean_unit(re.sub(r"(?:金额)?单位[:：].*$|(?:编制|填报)?日期[:：].*$|(?:19|20)\d{2}年度?.*$", "",
                                     labelled.group("unit")))
            if plausible_unit(unit):
                label = labelled.group("label")
                origin = ("cover:主管部门" if "主管" in label or label == "部门"
                          else "cover:单位" if label in ("预算单位", "决算单位") else "cover")
                clues.append(Clue("unit", unit, origin, line.page, line.raw.strip()))
                if origin != "cover":
                    clues.append(Clue("scope", "部门" if origin == "cover:主管部门" else "单位", origin, line.page,
                                      line.raw.strip()))
                end = i + 1
            continue
        cover = _COVER_HEAD.match(text) or _COVER_ONLY_KIND.match(text)
        if not cover and re.fullmatch(r"(?:19|20)\d{2}年度?", text) and i + 1 < len(lines):
            # "2023年度" / "广州市天河区教育局部门决算": the year alone above the unit's line
            following = _COVER_UNIT_FIRST.match(arabic_years(lines[i + 1].text))
            if following and lines[i + 1].page == first_page and plausible_unit(clean_unit(following.group("unit"))):
                unit = clean_unit(following.group("unit"))
                clues += [Clue("unit", unit, "cover", line.page, lines[i + 1].raw.strip()),
                          Clue("year", int(text[:4]), "cover", line.page, line.raw.strip()),
                          Clue("kind", following.group("kind"), "cover", line.page, lines[i + 1].raw.strip())]
                if following.group("scope"):
                    clues.append(Clue("scope", following.group("scope"), "cover", line.page, lines[i + 1].raw.strip()))
                end = max(end, i + 2)
            continue
        if not cover:
            continue
        groups = cover.groupdict()
        year = groups.get("year") or groups.get("year2")
        if year is None:
            continue
        place = groups.get("place") or ""
        if place and not plausible_unit(place):
            located = locate(place)
            for name in ("region", "province"):
                if getattr(located, name):
                    clues.append(Clue(name, getattr(located, name), "cover", line.page, line.raw.strip()))
        elif place:
            clues.append(Clue("unit", clean_unit(place), "cover", line.page, line.raw.strip()))
        else:  # the unit on the line above ("上海市普陀区财政局" / "2024年度部门决算") or, failing that, below
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and lines[j].page == first_page:
                    unit = clean_unit(lines[j].text)
                    if plausible_unit(unit):
                        clues.append(Clue("unit", unit, "cover", lines[j].page, lines[j].raw.strip()))
                        end = max(end, j + 1)
                        break
        clues.append(Clue("year", int(year), "cover", line.page, line.raw.strip()))
        clues.append(Clue("kind", groups["kind"], "cover", line.page, line.raw.strip()))
        if groups.get("scope"):
            clues.append(Clue("scope", groups["scope"], "cover", line.page, line.raw.strip()))
        end = max(end, i + 1)
    return clues, end


_SELF = r"(?:我|本)(?:局|委|办|院|中心|所|站|馆|队|会|部门|单位|部|处|校|园|镇|乡|街道)"
_SENTENCE = re.compile(
    r"(?:现将|现就|现对|现把|特将|将|对)(?P<unit>" + _SELF + r"|[一-龥()（）]{2,40}?)?"
    r"(?:的)?" + _YEAR + r"(?P<middle>[^,。;:]{0,24}?)(?P<kind>预算|决算)"
)


def sentence_clues(lines: list[Line], *, head: int = 30) -> list[Clue]:
    """The opening sentences: "按照…要求，现将我局2023年部门决算公开如下" names a year and kind, and a unit only
    when it is named in full (我局 / 本部门 point to a name stated elsewhere, which we look for in the text)."""
    prose = [line for line in lines[:head] if not line.tabular]
    for n, line in enumerate(prose):
        text = arabic_years(line.text + (prose[n + 1].text if n + 1 < len(prose) else ""))
        match = _SENTENCE.search(text)
        if not match:
            continue
        named = match.group("unit") or ""
        unit = None
        if not named:
            pass
        elif re.fullmatch(_SELF, named):
            unit = _full_name(lines, named)
        else:
            unit = clean_unit(named)
            unit = unit if _unit_like(unit) else None
        middle = match.group("middle")
        if named and re.fullmatch(_SELF, named) and not re.search(r"部门|单位", middle):
            middle = ("单位" if re.search(r"单位|院|中心|所|站|馆|队|校|园", named) else "部门") + middle
        clues = _fields("first_sentence", unit, int(match.group("year")), match.group("kind"), middle,
                        page=line.page, text=match.group(0))
        return [c for c in clues if c.field != "genre" or "三公" in middle]
    return []


# The figure sentence itself, when nothing precedes it: "2021年，碌曲县档案馆“三公”经费财政拨款预算为…".
_FIGURE_SENTENCE = re.compile(
    r"^" + _YEAR + r",?(?P<unit>[一-龥()（）]{2,30}?)(?P<middle>[县区市旗]?本级)?"
    r"(?=[“\"]?三公|一般公共|财政拨款|部门|单位|机关运行|收入|支出|预算|决算)(?P<rest>[^。]*)"
)


# The unit first: "古蔺县民政局2024年“三公”经费预算数为14.60万元" (an untitled statement's first figure sentence).
_UNIT_FIRST_SENTENCE = re.compile(
    r"^(?P<unit>[一-龥()（）]{3,30}?)" + _YEAR + r",?(?P<middle>[县区市旗]?本级|部门|单位)?"
    r"(?=[“\"]?三公|一般公共|财政拨款|部门|单位|机关运行|收入|支出|预算|决算)(?P<rest>[^。]*)"
)


def figure_sentence_clues(lines: list[Line], *, head: int = 3) -> list[Clue]:
    """A statement that opens straight with its figure sentence (or whose first sentences lead up to it) names
    year, unit and kind there; the unit only when it starts with a place the gazetteer knows (a full name, not
    本单位)."""
    sentences = [(line, sentence) for line in lines[:head] if not line.tabular
                 for sentence in arabic_years(line.text).split("。") if sentence]
    for line, text in sentences:
        match = _FIGURE_SENTENCE.match(text)
        if match is None:  # the unit first: only a sentence stating a figure, never a title-like line
            match = _UNIT_FIRST_SENTENCE.match(text)
            match = match if match and re.search(r"\d|零", match.group("rest")) else None
        if not match:
            continue
        unit = clean_unit(match.group("unit"))
        if not (_unit_like(unit) and from_place(unit) == unit):
            continue
        rest = match.group("rest")
        kind = "决算" if re.search(r"决算|实际支出|支出数", rest) else "预算" if "预算" in rest else None
        return _fields("first_sentence", unit, int(match.group("year")), kind, match.group("middle") or "",
                       page=line.page, text=line.raw.strip()[:80])
    return []


def _full_name(lines: list[Line], self_name: str) -> str | None:
    """我局 → the full name ending in 局 that the text states (e.g. "XX县财政局是…"), when exactly one does."""
    suffix = {"部门": "", "单位": ""}.get(self_name[1:], self_name[1:])
    if not suffix:
        return None
    names = set()
    for line in lines[:80]:
        for match in re.finditer(r"([一-龥()（）]{3,30}?" + suffix + r")(?=是|为|负责|主要|的|,|。|成立|内设)", line.text):
            name = from_place(match.group(1))
            if name and plausible_unit(clean_unit(name)):
                names.add(clean_unit(name))
    return names.pop() if len(names) == 1 else None


def from_place(text: str, *, shortest: int = 2) -> str | None:
    """The part of `text` that starts with a place name of the gazetteer ("…情况岳阳县财政局" → "岳阳县财政局")."""
    gaz = gazetteer()
    for start in range(len(text) - 2):
        rest = text[start:]
        for length in range(shortest, min(len(rest), 10) + 1):
            head = rest[:length]
            if head in gaz.counties or head in gaz.prefectures or head in gaz.provinces:
                return rest
    return None


_CAPTION_SCOPE = re.compile(r"(?:19|20)\d{2}年度?(部门|单位)[^。,;]{2,30}表$")


def caption_clues(lines: list[Line], *, head: int = 200) -> list[Clue]:
    """The 附表 captions ("…2023年度部门收入支出决算总表"): 部门 or 单位 when every caption that says agrees; the unit
    printed before the year when every caption that prints one names the same (a workbook's sheets)."""
    said = {(m.group(1), line.page, line.raw.strip()) for line in lines[:head] if not line.tabular
            for m in [_CAPTION_SCOPE.search(arabic_years(line.text))] if m}
    clues = []
    scopes = {scope for scope, _, _ in said}
    if len(scopes) == 1:
        scope, page, text = min(said, key=lambda item: item[1] or 0)
        clues.append(Clue("scope", scope, "caption", page, text))
    named = {(clean_unit(m.group("unit")), line.page, line.raw.strip()) for line in lines[:head] if not line.tabular
             for m in [_CAPTION_UNIT.match(arabic_years(line.text))] if m}
    units = {unit for unit, _, _ in named}
    if len(units) == 1 and plausible_unit(next(iter(units))):
        unit, page, text = min(named, key=lambda item: item[1] or 0)
        clues.append(Clue("unit", unit, "caption", page, text))
    return clues


_CAPTION_UNIT = re.compile(r"^(?P<unit>[一-龥（）()]{4,40}?)(?:19|20)\d{2}年度?(?:部门|单位)?[^。,;]{2,30}表$")


def header_clues(headers: list[str]) -> list[Clue]:
    """Running headers ("上海市普陀区财政局2024年度部门决算" atop every page): a title-shaped header, or a unit's name."""
    for header in headers:
        found = string_clues(header, origin="header")
        if found:
            return found
    for header in headers:
        unit = clean_unit(normalize(header))
        if plausible_unit(unit):
            return [Clue("unit", unit, "header", None, header.strip())]
    return []


def running_headers(data: bytes, first_page: int, last_page: int) -> list[str]:
    """The running headers and footers of a PDF's pages first_page..last_page (1-based), read again from the file:
    only asked for when the text gave no complete identity."""
    from .pdf import pdf_pages
    from .text import _repeated_headers

    pages = pdf_pages(data)[first_page - 1: last_page]
    return sorted(_repeated_headers(pages))


def filename_clues(filename: str) -> list[Clue]:
    """A weak clue: "上海市普陀区人民政府办公室25年预算.pdf" (two-digit years included)."""
    stem = PurePath(filename).stem if filename else ""
    if not re.search(r"[一-龥]", stem):
        return []
    stem = re.sub(r"(?<!\d)(\d{2})年", lambda m: f"20{m.group(1)}年", stem)
    clues = string_clues(stem, origin="filename")
    if clues:
        return clues
    text = arabic_years(normalize(stem))
    year = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)
    kind = re.search(r"预算|决算", text)
    result = []
    unit = clean_unit(text[: year.start()]) if year else ""
    if plausible_unit(unit):
        result.append(Clue("unit", unit, "filename", None, stem))
    if year:
        result.append(Clue("year", int(year.group(1)), "filename", None, stem))
    if kind:
        result.append(Clue("kind", kind.group(0), "filename", None, stem))
    return result


def body_clues(lines: list[Line]) -> list[Clue]:
    """The year and kind the opening text speaks of most: the last resort."""
    head = " ".join(arabic_years(line.text) for line in lines[:80])
    years = re.findall(r"((?:19|20)\d{2})年", head)
    clues = []
    if years:
        clues.append(Clue("year", int(max(set(years), key=lambda y: (years.count(y), y))), "body", None, ""))
    # A 决算 speaks of its 年初预算 and 预算数 too, while a 预算 rarely says 决算: a third is enough.
    final, budget = head.count("决算") + head.count("实际支出"), head.count("预算")
    if final or budget:
        clues.append(Clue("kind", "决算" if final and final * 3 >= budget else "预算", "body", None, ""))
    return clues


def name_clues(unit: Clue) -> list[Clue]:
    """The weakest clue to scope: what the unit's name is (a 局 → 部门, a 医院 → 单位; names.scope_from_name). Its
    origin "name" tells a reviewer the scope was inferred, not stated; the caller reads it only when no stronger
    clue, nor the body's own words (本部门/本单位, a list of member units), says."""
    scope = scope_from_name(str(unit.value))
    return [Clue("scope", scope, "name", unit.page, str(unit.value))] if scope else []


def metadata_clues(clues: list[Clue]) -> list[Clue]:
    """Clues the format readers found outside the text. A web page's 标题 (field "title", or any field with origin
    "metadata:标题") is read like a title line; a unit (发布机构) must read as an organisation; others pass as they are."""
    result = []
    for clue in clues:
        # The format readers name a field by its label (名称, 来源 …); weigh it under the label it stands for.
        label = clue.origin.partition(":")[2]
        origin = _LABEL_ORIGIN.get(label, clue.origin)
        field = {"metadata:标题": "title", "metadata:发布机构": "unit", "metadata:来源": "unit"}.get(origin, clue.field)
        if (origin, field) != (clue.origin, clue.field):
            clue = Clue(field, clue.value, origin, clue.page, clue.text)
        if clue.field == "title" or clue.origin == "metadata:标题":
            result += string_clues(str(clue.value), origin=clue.origin, page=clue.page)
        elif clue.field == "unit":
            unit = clean_unit(str(clue.value))
            if plausible_unit(unit):
                result.append(Clue("unit", unit, clue.origin, clue.page, clue.text or str(clue.value)))
        else:
            result.append(clue)
    return result


_LABELS = ("索引号", "发布机构", "发文机关", "公开主体", "公开单位", "信息来源", "来源", "标题", "名称", "成文日期",
           "发布日期", "发布时间", "公开日期", "生成日期", "文号", "发文字号", "主题分类", "主题词", "浏览次数", "访问量",
           "字号", "作者", "责任编辑", "分享到", "打印")
_LABEL = re.compile(r"(" + "|".join(sorted(_LABELS, key=len, reverse=True)) + r")[:：]")
_BARE_LABEL = re.compile(r"(索引号|发布机构|发文机关|公开主体|发布日期|成文日期|主题分类|文号|发文字号)")
_LABEL_ORIGIN = {"标题": "metadata:标题", "名称": "metadata:标题", "发布机构": "metadata:发布机构",
                 "发文机关": "metadata:发布机构", "公开主体": "metadata:发布机构", "公开单位": "metadata:发布机构",
                 "来源": "metadata:来源", "信息来源": "metadata:来源"}


def label_clues(lines: list[Line], *, head: int = 25) -> list[Clue]:
    """A web page's metadata block copied with the text ("索引号：… 发布机构：XX县财政局 … 标题：…",
    "发布时间：… 来源：XX县民政局"): the same clues the format readers take from a saved page."""
    found: list[Clue] = []
    for line in lines[:head]:
        labels = list(_LABEL.finditer(line.text))
        if not labels:
            # A printed page's metadata table loses its colons: "索引号65232-…发布机构呼图壁县审计局" (two labels
            # on one line at least, so a sentence naming a 发布机构 is never read as one).
            bare = list(_BARE_LABEL.finditer(line.text))
            labels = bare if len(bare) >= 2 and bare[0].start() == 0 else []
        for n, match in enumerate(labels):
            origin = _LABEL_ORIGIN.get(match.group(1))
            if origin is None:
                continue
            end = labels[n + 1].start() if n + 1 < len(labels) else len(line.text)
            value = line.text[match.end(): end].strip()
            if origin == "metadata:标题":
                found += string_clues(value, origin=origin, page=line.page)
            else:
                unit = clean_unit(value)
                if plausible_unit(unit):
                    found.append(Clue("unit", unit, origin, line.page, line.raw.strip()))
    return found


def _first_year(lines: list[Line]) -> int | None:
    for line in lines:
        found = re.search(r"((?:19|20)\d{2})年度?", arabic_years(line.text))
        if found:
            return int(found.group(1))
    return None


def _previous_name(lines: list[Line], i: int) -> str:
    for back in range(i - 1, max(-1, i - 3), -1):
        text = clean_unit(lines[back].text)
        if _unit_like(text):
            return text
    return ""


def _unit_like(text: str) -> bool:
    """An organisation's name, or a region for a region-wide statement ("攸县", "资兴市本级")."""
    return plausible_unit(text) or _is_place(re.sub(r"本级$", "", text)) or _placed_name(text)


def _placed_name(text: str) -> bool:
    """A title's name that starts with its county but ends in a head noun no list has ("永新县粮食储备库",
    "某某县国有林业苗圃"): the place vouches for it being a unit's name, not a sentence."""
    if not 5 <= len(text) <= 30 or not re.fullmatch(r"[一-龥（）]+", text) or not from_place(text, shortest=3) == text:
        return False
    place = locate(text)
    rest = text[len(place.province or ""):] if place.province and text.startswith(place.province) else text
    rest = rest[len(place.region):] if place.region and rest.startswith(place.region) else rest
    return rest != text and len(rest) >= 2 and not _is_place(rest) and not re.search(
        r"预算|决算|情况|说明|目录|公开|关于|经费|支出|收入|年度|本级|全[县区市旗]", rest)


def _is_place(text: str) -> bool:
    """A county, prefecture or province the gazetteer knows ("湖南省攸县", "资兴市"; "宁乡市" once 宁乡县)."""
    if not text:
        return False
    gaz = gazetteer()
    rest = text
    for names in (gaz.provinces, gaz.prefectures):
        head = next((rest[:n] for n in range(len(rest) - 1, 1, -1) if rest[:n] in names), None)
        rest = rest[len(head):] if head else rest
    if not rest:
        return True
    return (rest in gaz.counties or rest in gaz.prefectures
            or (len(rest) >= 3 and rest[-1] in "市区" and (rest[:-1] + "县" in gaz.counties or rest[:-1] in gaz.counties)))


# ---------------------------------------------------------------------------------------------------------
# Weighing the clues


def identify(lines: list[Line], *, metadata: list[Clue] = (), filename: str = "", given: list[Clue] = (),
             headers: list[str] = ()) -> Identity:
    """Every clue about the document in `lines`, weighed by PRECEDENCE. `given` clues (what a file title shared
    by several disclosures says of this one) come first among clues of their origin; `headers` are the running
    headers of its pages (the text layer drops them as page furniture)."""
    titled, title_end = title_clues(lines)
    covered, cover_end = cover_clues(lines)
    evidence = [*given, *titled, *covered, *metadata_clues(list(metadata)), *label_clues(lines),
                *sentence_clues(lines), *figure_sentence_clues(lines), *header_clues(headers), *caption_clues(lines),
                *filename_clues(filename), *body_clues(lines)]
    identity = Identity(end_line=max(title_end, cover_end), evidence=evidence)
    context = " ".join(line.text for line in lines[:40])
    for name in ("unit", "year", "kind", "scope", "genre"):
        if name == "scope" and identity.unit is not None:
            evidence += name_clues(identity.clues["unit"])
        winner = _winner(name, evidence, identity.warnings)
        if name == "unit" and winner is not None:
            winner = _organisation_in_place(winner, evidence)
        if winner is not None:
            identity.clues[name] = winner
            setattr(identity, name, winner.value)
    if identity.unit is not None:
        place = locate(identity.unit, context=context)
        unit_clue = identity.clues["unit"]
        for name in ("region", "province"):
            if getattr(place, name):
                evidence.append(Clue(name, getattr(place, name), "unit", unit_clue.page, unit_clue.text))
    for clue in [c for c in evidence if c.field == "unit" and c.origin not in ("title", "cover:主管部门", "cover:单位")]:
        place = locate(str(clue.value), context=context)
        for name in ("region", "province"):
            if getattr(place, name) and clue.origin in PRECEDENCE[name]:
                evidence.append(Clue(name, getattr(place, name), clue.origin, clue.page, clue.text))
    if identity.unit is not None and not any(c.field == "region" for c in evidence):
        evidence += _place_in_text(str(identity.unit), lines)
    for name in ("region", "province"):
        winner = _winner(name, evidence, identity.warnings)
        if winner is not None:
            identity.clues[name] = winner
            setattr(identity, name, winner.value)
    if identity.genre is None:
        identity.genre = "情况说明"
    return identity


# Clues that name an organisation in its own right (not a file name or a publisher): enough to name the unit of a
# document whose title names only its county.
_NAMING_ORIGINS = ("cover", "caption", "header", "first_sentence", "metadata:标题")


def _organisation_in_place(best: Clue, evidence: list[Clue]) -> Clue:
    """A title that names only a region over a 部门 or 单位 disclosure ("某县2023年度部门决算公开" above "部门名称：
    某县农业农村局") names where the unit is, not the unit: the organisation of that region that a cover field, the
    附表 captions, a running header or the opening sentence names is the unit. A region-wide title (本级, 汇总, 全县)
    or one that says neither 部门 nor 单位 keeps its region."""
    place = str(best.value)
    if best.origin != "title" or not _is_place(place):
        return best
    said = {c.value for c in evidence if c.field == "scope" and c.origin == best.origin}
    if "汇总" in said or not said & {"部门", "单位"}:
        return best
    region = locate(place).region

    def within(name: str) -> bool:
        return name != place and (name.startswith(place) or (region is not None and locate(name).region == region))

    named = [c for c in evidence if c.field == "unit" and c.origin in _NAMING_ORIGINS and plausible_unit(str(c.value))
             and not _is_place(str(c.value)) and within(str(c.value))]
    order = PRECEDENCE["unit"]
    return min(named, key=lambda c: order.index(c.origin)) if named else best


def _place_in_text(unit: str, lines: list[Line]) -> list[Clue]:
    """A unit titled without its county ("县财政局", "财政局") whose full name the text states once
    ("宁远县财政局是…"): the county and province of that name."""
    tail = re.sub(r"^[县区市旗]", "", unit)
    if len(tail) < 2:
        return []
    places: dict[str, Line] = {}
    for line in lines[:80]:
        for match in re.finditer(r"([一-龥]{2,12}?)" + re.escape(tail), line.text):
            full = from_place(match.group(1) + tail)
            if full and full.endswith(tail) and _is_place(full[: -len(tail)] or "-"):
                places.setdefault(full[: -len(tail)], line)
    if len(places) != 1:
        return []
    name, line = places.popitem()
    place = locate(name + tail)
    return [Clue(field, getattr(place, field), "body", line.page, line.raw.strip()[:80])
            for field in ("region", "province") if getattr(place, field)]


def _winner(name: str, evidence: list[Clue], warnings: list[str]) -> Clue | None:
    order = PRECEDENCE[name]
    ranked = sorted((c for c in evidence if c.field == name and c.origin in order),
                    key=lambda c: order.index(c.origin))
    if not ranked:
        return None
    best = ranked[0]
    for other in ranked[1:]:
        if other.origin in _WEAK or other.value == best.value or other.origin == best.origin:
            continue
        if name == "unit" and _same_unit(str(other.value), str(best.value)):
            continue
        if name == "scope" and "汇总" in (best.value, other.value):
            continue
        warnings.append(f"{FIELD_NAMES[name]}的线索不一致：{_origin_name(best.origin)}为“{best.value}”，"
                        f"{_origin_name(other.origin)}为“{other.value}”，采用前者")
        break
    return best


def _same_unit(a: str, b: str) -> bool:
    return a in b or b in a


def _origin_name(origin: str) -> str:
    return {"title": "标题", "cover": "封面", "cover:主管部门": "封面预算主管部门", "cover:单位": "封面预算单位",
            "first_sentence": "开头语句", "filename": "文件名", "body": "正文",
            "metadata:标题": "网页标题", "metadata:发布机构": "网页发布机构", "metadata:来源": "网页来源",
            "header": "页眉", "caption": "附表标题", "name": "单位名称"}.get(origin, origin)


# ---------------------------------------------------------------------------------------------------------
# Documents that are not disclosures

_PLACEHOLDER_AMOUNT = re.compile(r"[XＸ×xX]{2,}(?:\.[XＸ×xX]+)?\s*(?:万元|元|亿元|%|人|辆)")
_REAL_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:万元|千元|元|亿元)")
# Zero stated in words is a figure too: "无“三公”经费预算安排", "均为0", "为零".
# A table in a caption's unit, its cells one per line or space-separated: "单位：万元" then bare numbers.
_UNIT_CAPTION = re.compile(r"(?:金额)?单位[:：]?(?:人民币)?(?:万元|千元|元|亿元)")
_BARE_NUMBER = re.compile(r"^-?\d[\d,]*(?:\.\d+)?$")
_ZERO_STATED = re.compile(r"无[^。,;]{0,20}?(?:经费|支出|预算|安排|公务用车|出国)|均为(?:0|零)|为零|零元")
# Genres that quote budget figures without being a disclosure, recognized by their heading (a short line at the
# top without sentence punctuation): a sentence that merely cites a 管理办法 or a 会议 does not count.
_OTHER_GENRES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"关于召开.{0,30}(?:会议|培训)的?通知|会议通知"), "会议通知"),
    (re.compile(r"执行情况良好|召开.{0,20}(?:会议|推进会|工作会|座谈会)|开展.{0,20}(?:专项检查|专项整治|督查|检查)"),
     "新闻报道"),
    (re.compile(r"审计(?:结果)?公告|审计工作报告|审计报告"), "审计公告"),
    (re.compile(r"绩效(?:自评|评价)报告|自评报告|绩效自评表"), "绩效评价报告"),
    (re.compile(r"招标公告|采购公告|中标(?:结果)?公告|成交公告|比选公告|询价公告|磋商公告"), "招标采购公告"),
    (re.compile(r"巡察.{0,12}(?:通报|整改)|整改(?:进展)?情况的?通报|督查通报"), "巡察整改通报"),
    (re.compile(r"管理办法|实施细则|暂行规定|管理规定|^第一章总则$"), "管理办法"),
    (re.compile(r"政府工作报告|人民代表大会.{0,10}会议上"), "政府工作报告"),
    (re.compile(r"公开目录|预算公开一览|决算公开一览"), "公开目录"),
]
_NEWS_DATELINE = re.compile(r"本报讯|[(]记者[一-龥]{1,4}|通讯员[一-龥]{2,4}")


def refuse_other_documents(lines: list[Line]) -> None:
    """A blank template or another genre that quotes budget figures is refused with what it is."""
    text = "".join(line.text for line in lines)
    placeholders = len(_PLACEHOLDER_AMOUNT.findall(text))
    if placeholders >= 3 and len(_REAL_AMOUNT.findall(text)) < placeholders:
        raise NotADisclosure("这是未填写的模板，不含数字（金额为“XXX万元”一类占位符）")
    titled, end = title_clues(lines)
    title = normalize(titled[0].text) if titled and end <= 3 else ""
    headings = [line.text for line in lines[:4] if len(line.text) <= 60 and not re.search(r"[。,;]", line.text)]
    if not title and _NEWS_DATELINE.search("".join(line.text for line in lines[:3])):
        raise NotADisclosure("这是新闻报道，不是部门/单位预算、决算或“三公”经费说明")
    for pattern, genre in _OTHER_GENRES:
        if any(pattern.search(heading) for heading in headings) and not (title and not pattern.search(title)):
            raise NotADisclosure(f"这是{genre}，不是部门/单位预算、决算或“三公”经费说明")
    captioned = bool(_UNIT_CAPTION.search(text)) and any(_BARE_NUMBER.match(line.text) for line in lines)
    if not (_REAL_AMOUNT.search(text) or _ZERO_STATED.search(text) or captioned
            or any(line.tabular for line in lines)):
        raise NotADisclosure("文件中没有任何预算/决算金额")


# ---------------------------------------------------------------------------------------------------------
# Several disclosures in one file


def segment_starts(lines: list[Line], *, paged: bool) -> list[int]:
    """Where each disclosure a file holds begins (see `segments`)."""
    return [start for start, _ in segments(lines, paged=paged)]


def segments(lines: list[Line], *, paged: bool) -> list[tuple[int, list[Clue]]]:
    """Where each disclosure a file holds begins, with what its file title says about it.

    A new title or cover naming another unit, scope, year or kind opens a disclosure once the current one has
    stated amounts; in a paged file (PDF) a cover or title opens its page. A title naming two years and kinds
    ("…2021年“三公”经费决算及2022年预算情况说明") holds two disclosures, split at the heading of the second."""
    combined = _combined(lines)
    if combined:
        return combined
    starts: list[tuple[int, list[Clue]]] = [(0, [])]
    titled, _ = title_clues(lines)
    covered, _ = cover_clues(lines)
    current: dict[str, object] = {**{c.field: c.value for c in titled}, **{c.field: c.value for c in covered}}
    amounts = 0
    for i, line in enumerate(lines):
        if i == 0:
            continue
        amounts += len(_REAL_AMOUNT.findall(line.text)) + (1 if line.tabular else 0)
        if line.tabular or amounts < 3:
            continue
        if paged and i >= 3 and lines[i - 3].page == line.page:
            continue
        head = _head_identity(lines, i)
        if head is None or not _differs(head, current):
            continue
        starts.append((i, []))
        current, amounts = head, 0
    return starts


_PAIR = re.compile(r"((?:19|20)\d{2})年度?[^\d]{0,16}?(预算|决算)")


def _combined(lines: list[Line]) -> list[tuple[int, list[Clue]]]:
    """A title of two disclosures: each starts at the first heading that names its year and kind."""
    titled, end = title_clues(lines)
    if not titled:
        return _yearless_title_parts(lines)
    printed = titled[0].text
    pairs = list(dict.fromkeys(_PAIR.findall(arabic_years(normalize(printed)))))
    if len(pairs) < 2:
        return []
    shared = [c for c in titled if c.field in ("unit", "scope", "genre")]
    found: list[tuple[int, list[Clue]]] = []
    for n, (year, kind) in enumerate(pairs):
        own = [Clue("year", int(year), "title", titled[0].page, printed), Clue("kind", kind, "title", titled[0].page,
                                                                               printed)]
        if n == 0:
            found.append((0, own))
            continue
        start = next((i for i in range(end, len(lines)) if len(lines[i].text) <= 40 and not lines[i].tabular
                      and re.search(year + r"年度?[^\d]{0,16}?" + kind, arabic_years(lines[i].text))), None)
        if start is None or start <= found[-1][0]:
            return []
        found.append((start, own + shared))
    return found


# "茌平区自然资源局“三公”经费情况": a title naming the unit but no year (its headings give the years).
_YEARLESS_TITLE = re.compile(r"^(?P<unit>[一-龥()（）]{4,40}?)(?P<middle>部门|单位)?(?:[“”\"「」]?三公[“”\"「」]?经费)?"
                             r"(?:预算|决算|预决算|收支)?(?:情况|公开|说明|信息)+$")
# "一、2023年度“三公”经费决算", "(二)2024年部门预算": a numbered heading whose whole subject is one year and kind.
_YEAR_KIND_HEADING = re.compile(r"^(?P<year>(?:19|20)\d{2})年度?(?:部门|单位)?(?:[“”\"「」]?三公[“”\"「」]?经费)?"
                                r"(?:支出)?(?P<kind>预算|决算)(?:情况|安排|支出|执行)?(?:情况)?(?:说明)?$")


def _yearless_title_parts(lines: list[Line]) -> list[tuple[int, list[Clue]]]:
    """A title without a year over numbered headings "一、2023年度…决算" and "二、2024年…预算": last year's 决算
    and this year's 预算 on one page are two disclosures, each opening at its heading (the first at the top)."""
    if not lines:
        return []
    title = _YEARLESS_TITLE.match(lines[0].text)
    if not title or not plausible_unit(clean_unit(title.group("unit"))):
        return []
    heads = []
    for i, line in enumerate(lines[1:], start=1):
        numbered = _NUMBERED.match(line.text)
        found = _YEAR_KIND_HEADING.match(arabic_years(line.text[numbered.end():])) if numbered else None
        if found:
            heads.append((i, int(found.group("year")), found.group("kind")))
    if len(heads) < 2 or len({(year, kind) for _, year, kind in heads}) != len(heads):
        return []
    printed = lines[0].raw.strip()
    shared = [Clue("unit", clean_unit(title.group("unit")), "title", lines[0].page, printed)]
    if title.group("middle"):
        shared.append(Clue("scope", title.group("middle"), "title", lines[0].page, printed))
    found_parts: list[tuple[int, list[Clue]]] = []
    for n, (i, year, kind) in enumerate(heads):
        heading = lines[i].raw.strip()
        own = [Clue("year", year, "title", lines[i].page, heading), Clue("kind", kind, "title", lines[i].page, heading)]
        found_parts.append((0 if n == 0 else i, own + shared))
    return found_parts


def _head_identity(lines: list[Line], i: int) -> dict[str, object] | None:
    """The title or cover that begins at line i, as {field: value}; None when line i opens none."""
    window = lines[i: i + 4]
    first = arabic_years(window[0].text)
    if _NUMBERED.match(first):
        return None  # "第三部分…决算情况说明", "一、…": a heading inside the disclosure, not a new one
    second = arabic_years(window[1].text) if len(window) > 1 else ""
    if _COVER_HEAD.match(first) or (plausible_unit(clean_unit(first))
                                    and (_COVER_HEAD.match(second) or _COVER_ONLY_KIND.match(second))):
        covered, _ = cover_clues(window, head=3)
        values = {c.field: c.value for c in covered}
        if values.get("kind") and values.get("year"):
            return values
    titled, _ = title_clues(window[:2], head=2)
    title = arabic_years(normalize(titled[0].text)) if titled else ""
    opens_here = titled and re.match(r"[一-龥]", first) and title.startswith(first)
    if opens_here and not title.endswith("表"):
        values = {c.field: c.value for c in titled}
        if values.get("kind"):
            return values
    return None


def _differs(head: dict[str, object], current: dict[str, object] | None) -> bool:
    if current is None:
        return False
    for name in ("unit", "scope", "year", "kind"):
        a, b = head.get(name), current.get(name)
        if a is None or b is None:
            continue
        if name == "unit" and _same_unit(str(a), str(b)):
            continue
        if a != b:
            return True
    return False
