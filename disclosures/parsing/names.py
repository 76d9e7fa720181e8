"""Place and department names: which county a unit is in, and what kind of department it is.

The gazetteer is the county-level division list that ships with the `cpca` package (adcodes.csv);
it is read once, lazily, without importing cpca itself.
"""
from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_LEVEL_SUFFIX = re.compile(r"(自治县|自治旗|特区|林区|县|区|市|旗)$")


@dataclass(frozen=True)
class Gazetteer:
    provinces: dict[str, str]  # name -> 2-digit code ("重庆市" -> "50")
    province_names: dict[str, str]  # 2-digit code -> name
    prefectures: dict[str, set[str]]  # name -> 4-digit codes
    counties: dict[str, set[str]]  # name -> 6-digit codes


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    provinces: dict[str, str] = {}
    prefectures: dict[str, set[str]] = {}
    counties: dict[str, set[str]] = {}
    # find_spec locates the package without running its __init__ (which imports pandas: about a second).
    spec = importlib.util.find_spec("cpca")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code, name = row["adcode"], row["name"]
            if name in {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}:
                continue
            if code[2:] == "0" * 10:
                provinces[name] = code[:2]
            elif code[4:] == "0" * 8:
                prefectures.setdefault(name, set()).add(code[:4])
            elif code[6:] == "0" * 6:
                counties.setdefault(name, set()).add(code[:6])
    return Gazetteer(provinces, {v: k for k, v in provinces.items()}, prefectures, counties)


_NOT_A_PLACE = re.compile(r"开发|高新|经济|工业|产业|园|城市|市场|社区|街道|景区|示范|保护|管理|服务|监督|都市|城区$")


@dataclass(frozen=True)
class Place:
    region: str | None  # county-level division (县/区/县级市/旗)
    province: str | None
    prefecture: str | None = None


def _short(name: str) -> str:
    """'浙江省' -> '浙江', '内蒙古自治区' -> '内蒙古', '重庆市' -> '重庆' (how titles abbreviate)."""
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


# Party, 政协 and 人大 organs print their organ's name before the county: "政协屯昌县委员会办公室" sits in 屯昌县.
_ORGAN_PREFIX = re.compile(
    r"^(?:中国共产党|中共|中国人民政治协商会议|政协|人大常委会|人民代表大会常务委员会|共青团|中国国民党革命委员会|民革|民盟|"
    r"民建|民进|农工党|致公党|九三学社|台盟)(?=[一-龥]{3})"
    # Vertically managed offices print their national head office first: "国家税务总局泗洪县税务局" sits in 泗洪县.
    r"|^(?:国家税务总局|国家统计局|国家金融监督管理总局|国家外汇管理局|中国人民银行|中国气象局|国家烟草专卖局|"
    r"中国烟草总公司|国家邮政局)(?=[一-龥]{3})"
    # The 兵团's divisions print the division before their city: "第六师五家渠市…" sits in 五家渠市.
    r"|^(?:新疆生产建设兵团|兵团)?第[一二三四五六七八九十]{1,3}师(?=[一-龥]{3})"
)


def locate(name: str, *, context: str = "") -> Place:
    """Where a unit titled `name` sits. `context` (the document text) breaks ties between same-named counties."""
    gaz = gazetteer()
    rest = _ORGAN_PREFIX.sub("", name)
    province = prefecture = None
    for full, code in gaz.provinces.items():
        for form in (full, _short(full)):
            if rest.startswith(form) and len(rest) > len(form):
                province, rest = full, rest[len(form):]
                break
        if province:
            break
    for pname in sorted(gaz.prefectures, key=len, reverse=True):
        if rest.startswith(pname) and len(rest) > len(pname):
            codes = gaz.prefectures[pname]
            if province is None or any(c[:2] == gaz.provinces[province] for c in codes):
                # 重庆市 is both a province and (in some lists) a prefecture: do not eat a county's name.
                if not any(rest.startswith(c) for c in gaz.counties if len(c) > len(pname)):
                    prefecture, rest = pname, rest[len(pname):]
                break
    county = None
    listed = None  # the gazetteer's name for `county` when it has changed since (宁乡县 became 宁乡市)
    for length in range(min(len(rest), 10), 1, -1):
        candidate = rest[:length]
        if candidate in gaz.counties:
            county = listed = candidate
            break
        if length >= 3 and candidate[-1] in "市区" and candidate[:-1] + "县" in gaz.counties:
            county, listed = candidate, candidate[:-1] + "县"
            break
        if length >= 3 and candidate[-1] == "区" and candidate[:-1] in gaz.counties:  # 沙县 → 沙县区
            county, listed = candidate, candidate[:-1]
            break
    if county is None:
        # A county the list does not know (new since): its name ends in 县/区/市/旗 — but 城市管理局 names no
        # 城市 and an 经济开发区 is no county.
        match = re.match(r"^(.{2,6}?(?:自治县|县|区|市|旗))", rest)
        if match and _NOT_A_PLACE.search(match.group(1)):
            match = None
        if prefecture and not match:
            return Place(region=prefecture, province=province, prefecture=prefecture)
        return Place(region=match.group(1) if match else None, province=province, prefecture=prefecture)
    codes = gaz.counties[listed]
    if province:
        codes = {c for c in codes if c[:2] == gaz.provinces[province]} or codes
    if prefecture:
        codes = {c for c in codes if c[:4] in gaz.prefectures[prefecture]} or codes
    if len(codes) > 1 and context:
        mentioned = {code for p, code in gaz.provinces.items() if p in context or _short(p) in context}
        codes = {c for c in codes if c[:2] in mentioned} or codes
    provinces = {gaz.province_names.get(c[:2]) for c in codes}
    return Place(region=county, province=provinces.pop() if len(provinces) == 1 else province, prefecture=prefecture)


_TYPE_SYNONYMS = [
    (re.compile(r"^(?:政府办公室|政府办)$"), "人民政府办公室"),
    (re.compile(r"^[县区市旗]?委(?!员会)"), "党委"),
    (re.compile(r"^[县区市旗](?=人大常委会|政协|人民政府|纪委|人民法院|人民检察院)"), ""),
]


def strip_region(name: str, place: Place) -> str:
    """'重庆市铜梁区人民政府办公室' -> '人民政府办公室'."""
    rest = name
    for prefix in filter(None, [place.province, place.province and _short(place.province),
                                place.prefecture, place.region]):
        if rest.startswith(prefix):
            rest = rest[len(prefix):]
    if place.region:
        stem = _LEVEL_SUFFIX.sub("", place.region)
        if stem and rest.startswith(stem):
            rest = rest[len(stem):]
    return rest


def normalize_department_type(name: str, *, region: str | None = None, province: str | None = None) -> str:
    """The department kind, comparable across counties: '垫江县人民政府办公室' -> '人民政府办公室'."""
    text = re.sub(r"[（(](?:本级|机关|本部)[)）]$", "", name.strip())
    text = re.sub(r"\s+", "", text)
    organ = _ORGAN_PREFIX.match(text)
    organ_name = {"中共": "", "中国共产党": "", "中国人民政治协商会议": "政协", "人民代表大会常务委员会": "人大常委会",
                  "中国国民党革命委员会": "民革"}.get(organ.group(0), organ.group(0)) if organ else ""
    if organ:  # 中共 alone drops: "中共垫江县委办公室" is a 党委办公室; "政协…委员会办公室" keeps its 政协
        text = text[organ.end():]
    place = Place(region=region, province=province) if region else locate(text)
    text = strip_region(text, place)
    for pattern, replacement in _TYPE_SYNONYMS:
        text = pattern.sub(replacement, text)
    return organ_name + text if text else name


# The head noun (the end of a name) says what kind of body publishes: administrative organs and township governments
# publish 部门 budgets, institutions (事业单位: hospitals, schools, centres, stations …) 单位 budgets. The weakest
# clue to scope, read only when no title, cover, wording or member list says. First match at the end of the name
# wins, so the specific words stand before the general ones (办事处 before 处, 法院 before 院) and a name with both
# takes its last word ("…局机关服务中心" is a centre). None: the ending says neither (党校, 分局, 公司, a place).
SCOPE_BY_HEAD: tuple[tuple[str, str | None], ...] = (
    ("党校|分局|公司|集团|(?<!科学技术)协会|学会|合作社|联合社", None),
    ("办事处|人民政府|政府|法院|检察院|委员会|管委会|人大常委会|政协|总工会|联合会|妇联|残联|科协|工商联|文联|侨联|"
     "科学技术协会|红十字会|局|委|办公室|办|厅|部|署|镇|乡|街道|苏木", "部门"),
    ("医院|卫生院|保健院|学校|中学|小学|学院|幼儿园|中心|站|所|馆|院|队|场|台|报社|杂志社|出版社|剧团|艺术团|处|段|园|"
     "室|厂|校|库",
     "单位"),
)
_SCOPE_HEAD = [(re.compile(f"(?:{words})$"), scope) for words, scope in SCOPE_BY_HEAD]
# "XX局（本级）", "XX局机关": the office's own budget inside its 部门, a 单位.
_OWN_OFFICE = re.compile(r"(?:[（(](?:本级|机关|本部)[)）]|本级|机关)$")


def scope_from_name(name: str) -> str | None:
    """部门 or 单位 as the unit's name suggests ("XX县民政局" → 部门, "XX县人民医院" → 单位); None when it does not."""
    name = re.sub(r"\s+", "", name)
    own = _OWN_OFFICE.sub("", name)
    if own != name:
        return "单位" if _head_scope(own) else None
    return _head_scope(name)


def _head_scope(name: str) -> str | None:
    for pattern, scope in _SCOPE_HEAD:
        if pattern.search(name):
            return scope
    return None
