"""Meaning-preserving transforms of a text statement, for metamorphic tests of the check engine.

Each transform takes a document's text and returns the same statement in another surface form real county documents
use (other bracket widths, section numbering, amount spacing, line breaks, traditional characters, synonyms, 元
instead of 万元), or None when it does not apply to that document (nothing to change, or the change could not keep
the meaning). The figures a document prints stay the same except under `yuan`, which converts every 万元 amount and
also converts the listing's figures (`Transform.listing`).

Prose lines are told from table rows by their punctuation: a table row of a text statement separates its cells by
two spaces or a tab, and spaces or breaks inserted inside its amounts would change its cells, so the amount-spacing
and line-break transforms touch prose lines only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

AMOUNT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
MONEY = re.compile(rf"(?<![\d.,])({AMOUNT})(?=万元|元)")
CN_DIGITS = "一二三四五六七八九十"


def is_prose(line: str) -> bool:
    """A sentence line: Chinese punctuation, no cells separated by two spaces, a tab or pipes."""
    return bool(re.search(r"[，。；]", line)) and not re.search(r" {2,}|\t|\|", line.strip())


def on_prose(text: str, change: Callable[[str], str]) -> str:
    return "\n".join(change(line) if is_prose(line) else line for line in text.split("\n"))


def changed(before: str, after: str) -> str | None:
    return after if after != before else None


# --- widths ------------------------------------------------------------------------------------------

def to_fullwidth(text: str) -> str | None:
    """ASCII brackets, colons, commas (not inside numbers) and percent signs → full width; digits stay ASCII."""
    out = text.replace("(", "（").replace(")", "）").replace("%", "％")
    out = re.sub(r":(?!//)", "：", out)
    out = re.sub(r",(?!\d{3}(?!\d))", "，", out)
    return changed(text, out)


def to_halfwidth(text: str) -> str | None:
    """Full-width brackets, colons, percent signs → ASCII; a full-width comma too, except between two digits (where
    an ASCII comma would read as a thousands separator)."""
    out = text.replace("（", "(").replace("）", ")").replace("：", ":").replace("％", "%")
    out = re.sub(r"(?<!\d)，|，(?!\d)", ",", out)
    return changed(text, out)


# --- section numbers ---------------------------------------------------------------------------------

HEADING = re.compile(rf"^(\s*)(?:([{CN_DIGITS}]{{1,3}})、|第([{CN_DIGITS}]{{1,3}})部分\s*)(\S[^。；，]{{1,30}})$")


def cn_number(word: str) -> int:
    if word == "十":
        return 10
    if word.startswith("十"):
        return 10 + CN_DIGITS.index(word[1]) + 1
    if "十" in word:
        tens, _, units = word.partition("十")
        return (CN_DIGITS.index(tens) + 1) * 10 + (CN_DIGITS.index(units) + 1 if units else 0)
    return CN_DIGITS.index(word) + 1


def renumber(style: str) -> Callable[[str], str | None]:
    def transform(text: str) -> str | None:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            m = HEADING.match(line)
            if not m or (i == 0):
                continue
            word, title = m.group(2) or m.group(3), m.group(4)
            number = {"none": "", "paren": f"（{word}）", "arabic": f"{cn_number(word)}.",
                      "part": f"第{word}部分 "}[style]
            lines[i] = f"{m.group(1)}{number}{title}"
        return changed(text, "\n".join(lines))
    transform.__doc__ = f"Top-level section numbers (一、/第一部分) written as {style}."
    return transform


# --- amounts -----------------------------------------------------------------------------------------

def drop_commas(text: str) -> str | None:
    """1,234.56 → 1234.56 everywhere."""
    return changed(text, re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text))


def add_commas(text: str) -> str | None:
    """1234.56 → 1,234.56 for amounts followed by a money unit, and in table rows for amounts with decimals."""
    def group(m: re.Match[str]) -> str:
        whole, _, cents = m.group(0).partition(".")
        return f"{int(whole):,}" + (f".{cents}" if cents else "")
    out = re.sub(r"(?<![\d.,])\d{4,}(?:\.\d+)?(?=万元|元)", group, text)
    out = re.sub(r"(?<![\d.,])\d{4,}\.\d+(?![\d%])", group, out)
    return changed(text, out)


def space_thousands(text: str) -> str | None:
    """In prose, 1,234.56 → 1 234.56 (a space as thousands separator, as some typists write)."""
    return changed(text, on_prose(text, lambda s: re.sub(r"(?<=\d),(?=\d{3}(?!\d))", " ", s)))


# --- line breaks (PDF extraction) ---------------------------------------------------------------------

def _break_each_line(text: str, where: Callable[[str], int | None]) -> str | None:
    def change(line: str) -> str:
        at = where(line)
        return line if at is None else line[:at] + "\n" + line[at:]
    return changed(text, on_prose(text, change))


def _first_money(line: str) -> re.Match[str] | None:
    return next((m for m in MONEY.finditer(line) if m.start() >= 6), None)


def break_before_amount(text: str) -> str | None:
    """In each prose line, a line break just before its first amount (past the line's opening)."""
    return _break_each_line(text, lambda s: (m := _first_money(s)) and m.start(1))


def break_after_amount(text: str) -> str | None:
    """In each prose line, a line break just after its first amount's unit."""
    def where(line: str) -> int | None:
        m = _first_money(line)
        if not m:
            return None
        end = m.end(1) + (2 if line.startswith("万元", m.end(1)) else 1)
        return end if end < len(line) else None
    return _break_each_line(text, where)


def break_inside_amount(text: str) -> str | None:
    """In each prose line, its first amount of four or more integer digits split before its last integer digit
    ("1,23\\n4.56"), as narrow cells and right margins do."""
    def where(line: str) -> int | None:
        for m in MONEY.finditer(line):
            whole = m.group(1).split(".")[0]
            if len(whole.replace(",", "")) >= 4:
                return m.start(1) + len(whole) - 1
        return None
    return _break_each_line(text, where)


# --- traditional characters --------------------------------------------------------------------------

TRADITIONAL = dict(zip(
    "预经费财拨说项单门较减长务车购运维护关机总计与为这个们来级体税农构资数额实际编职处会议据产报区县结转余"
    "万亿类款发展规划节约执补贴险险医疗卫业专统应设备办网络档馆馆图书仓储环视频训练学校园劳动优扶贫脱劳"
    "员岗费赁买卖贷价值贵质量术语释义绩效标评审监测辆车库东乡镇乐场厅营养护应急灾质询询调查础设础组织协"
    "会议议记录录纪检宣传报刊杂志条件华兴兴龙凤阳阴时间问题简单样态现实办理责任务层级县区运输邮电话讯",
    "預經費財撥說項單門較減長務車購運維護關機總計與為這個們來級體稅農構資數額實際編職處會議據產報區縣結轉餘"
    "萬億類款發展規劃節約執補貼險險醫療衛業專統應設備辦網絡檔館館圖書倉儲環視頻訓練學校園勞動優扶貧脫勞"
    "員崗費賃買賣貸價值貴質量術語釋義績效標評審監測輛車庫東鄉鎮樂場廳營養護應急災質詢詢調查礎設礎組織協"
    "會議議記錄錄紀檢宣傳報刊雜誌條件華興興龍鳳陽陰時間問題簡單樣態現實辦理責任務層級縣區運輸郵電話訊",
))
TRADITIONAL = {s: t for s, t in TRADITIONAL.items() if s != t}
WORDS = ("预算", "经费", "财政拨款", "说明", "项目", "单位", "部门", "较上年", "减少", "增长", "公务接待费",
         "公务用车购置及运行维护费", "机关运行经费", "合计", "总计", "支出", "收入", "结转", "万元")


def traditional_all(text: str) -> str | None:
    """Every character of the hand mapping (about 150) in traditional script."""
    return changed(text, "".join(TRADITIONAL.get(ch, ch) for ch in text))


def traditional_words(text: str) -> str | None:
    """Only the common budget words in traditional script, the rest simplified (a mixed copy)."""
    out = text
    for word in WORDS:
        out = out.replace(word, "".join(TRADITIONAL.get(ch, ch) for ch in word))
    return changed(text, out)


# --- synonyms ----------------------------------------------------------------------------------------

CHANGE_NEXT = r"(?=[增减下上降（(])"
# 合计 as a sum of listed parts (“三公”经费合计, 两项合计); a 收入合计/支出合计 keeps its word: in a 决算 本年收入合计 and
# 收入总计 are different lines of the 收支总表, so 总计 or 共计 there would change what is meant
TOTAL_WORD = r"(?<![入出收支])合计"


def sub(pattern: str, replacement: str, *, prose: bool = False) -> Callable[[str], str | None]:
    def transform(text: str) -> str | None:
        if prose:
            return changed(text, on_prose(text, lambda s: re.sub(pattern, replacement, s)))
        return changed(text, re.sub(pattern, replacement, text))
    transform.__doc__ = f"{pattern} → {replacement}{' (prose)' if prose else ''}"
    return transform


# --- 万元 → 元 ----------------------------------------------------------------------------------------

def _yuan(value: str) -> str:
    cents = (Decimal(value.replace(",", "")) * 10000).quantize(Decimal("0.01"))
    return f"{cents:,.2f}"


_LIST_SEP = r"(?:[、和及与]|,(?!\d)|，)[一-龥“”（）()]{0,12}?"
LISTED_BEFORE_UNIT = re.compile(rf"(?<![\d.,])({AMOUNT})(?={_LIST_SEP}(?:(?:{AMOUNT}){_LIST_SEP})*(?:{AMOUNT})万元)")
TABLE_AMOUNT = re.compile(r"(?<![\d.,\w])(\d{1,3}(?:,\d{3})+\.\d+|\d+\.\d+)(?![\d%.,\w])")


# an amount in 万元; its digits may be split by a line break (“27\n.50万元”) and its unit stand on the next line
WAN_AMOUNT = re.compile(r"(?<![\d.,])(\d[\d,.]*(?:\n[\d,.]*\d)?)(\s*)万元")


def _wan_to_yuan(match: re.Match[str]) -> str:
    raw = match.group(1)
    joined = raw.replace("\n", "")
    if not re.fullmatch(AMOUNT, joined):
        return match.group(0)
    return _yuan(joined) + ("\n" if "\n" in raw else "") + match.group(2) + "元"


def to_yuan(text: str) -> str | None:
    """Every amount in 万元 written in 元 (×10000, two decimals, thousands commas): prose amounts followed by 万元,
    and the decimal amounts of table rows under a 单位：万元. Not applied to a document that prints any amount in
    元 or 亿元 already, or a table in another unit (a mixed document could not be converted without reading it)."""
    if re.search(rf"(?<!万)(?<!千)(?<!亿)(?:{AMOUNT})元|亿元|千元|单位[:：]\s*元", text) or "万元" not in text:
        return None
    # an amount listed before the one that carries the unit (“分别为2,150.00、12.00万元”) is in 万元 too
    text = LISTED_BEFORE_UNIT.sub(r"\1万元", text)
    # the unit may stand on the next line (“22.40\n万元”), as a PDF's extraction leaves it
    out = WAN_AMOUNT.sub(_wan_to_yuan, text)
    out = out.replace("万元", "元")
    lines = out.split("\n")
    for i, line in enumerate(lines):
        if not is_prose(line) and re.search(r" {2,}|\t", line.strip()):
            lines[i] = TABLE_AMOUNT.sub(lambda m: _yuan(m.group(1)), line)
    return "\n".join(lines)


def yuan_listing(original: str, truth: dict[str, Any]) -> dict[str, Any]:
    """The listing for the 元 copy: each figure printed as a 万元 amount is listed in 元 as well. The 万元 value is kept
    too: the engine reads amounts into 万元 and may quote a 元 document's figure by that value, and a figure also
    printed as something else (a rate, a count) must stay as printed; no 万元 value is printed in the copy, so
    keeping it cannot match a figure the engine read elsewhere."""
    listed = LISTED_BEFORE_UNIT.sub(r"\1万元", original)
    money = {Decimal(m.group(1).replace(",", "").replace("\n", "")) for m in WAN_AMOUNT.finditer(listed)
             if re.fullmatch(AMOUNT, m.group(1).replace("\n", ""))}
    money |= {Decimal(m.group(1).replace(",", "")) for line in original.split("\n")
              if not is_prose(line) and re.search(r" {2,}|\t", line.strip()) for m in TABLE_AMOUNT.finditer(line)}

    def figures(values: list[str]) -> list[str]:
        out: list[str] = []
        for value in values:
            out.append(value)
            try:
                number = Decimal(str(value).replace(",", ""))
            except ArithmeticError:
                continue
            if number in money and number != 0:
                out.append(_yuan(str(value)))
        return out

    converted = dict(truth)
    for kind in ("errors", "warnings"):
        converted[kind] = [dict(item, figures=figures(item["figures"])) for item in truth[kind]]
    return converted


@dataclass(frozen=True)
class Transform:
    name: str
    text: Callable[[str], str | None]
    listing: Callable[[str, dict[str, Any]], dict[str, Any]] | None = None

    @property
    def about(self) -> str:
        return (self.text.__doc__ or "").strip().split("\n")[0]


TRANSFORMS: list[Transform] = [
    Transform("fullwidth", to_fullwidth),
    Transform("halfwidth", to_halfwidth),
    Transform("sec_none", renumber("none")),
    Transform("sec_paren", renumber("paren")),
    Transform("sec_arabic", renumber("arabic")),
    Transform("sec_part", renumber("part")),
    Transform("no_commas", drop_commas),
    Transform("commas", add_commas),
    Transform("space_thousands", space_thousands),
    Transform("break_before", break_before_amount),
    Transform("break_after", break_after_amount),
    Transform("break_inside", break_inside_amount),
    Transform("trad_all", traditional_all),
    Transform("trad_words", traditional_words),
    Transform("jiao_shangnian", sub(r"比上年", "较上年")),
    Transform("bi_shangnian", sub(r"较上年", "比上年")),
    Transform("yu_shangnian", sub(rf"[比较]上年{CHANGE_NEXT}", "与上年相比")),
    Transform("tongbi", sub(r"[比较]上年(?=[增减下上降])", "同比")),
    Transform("zengzhang", sub(r"增加(?=[\d了])", "增长")),
    Transform("shangsheng", sub(r"增加(?=[\d了])", "上升")),
    Transform("xiajiang", sub(r"减少(?=[\d了])", "下降")),
    Transform("jiangdi", sub(r"减少(?=[\d了])", "降低")),
    Transform("gongji", sub(TOTAL_WORD, "共计", prose=True)),
    Transform("zongji", sub(TOTAL_WORD, "总计", prose=True)),
    Transform("yusuanwei", sub(r"安排(?=\d)", "预算为")),
    Transform("yusuanshuwei", sub(r"安排(?=\d)", "预算数为")),
    Transform("yuan", to_yuan, yuan_listing),
]
