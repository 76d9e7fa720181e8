"""Named sentence patterns: each finds where a metric's amount is stated in one typical wording.

    label_amounts      "公务接待费5.60万元" — a label, filler words, then the amount
    change_first       "“三公”经费预算较上年减少3.60万元，为41.20万元"
    count_then_amount  "公务用车运行维护费按现有公务用车3辆核定，安排9.60万元"
    respectively       "A、B和C分别为1万元、2万元和3万元" (and "分别比上年减少…")
    shared_change      "A0万元，B0万元，均与上年持平" / "A和B均为0"
    all_of             "“三公”经费6.00万元，全部为公务接待费" — the amount before is this one item's (and an item
                       named so is never one of the zeros listed right after it: "…，A和B均为0")
    budget_actual      "年初预算为0.95万元，支出决算为0.00万元" — the value is the actual, the budget is kept
    zero_in_words      "无政府性基金预算财政拨款收入和支出", "无公务用车" — a zero without a numeral
    change_only        "公务接待费支出决算持平" — a change whose figure is stated elsewhere
    vehicle_split      "35.00万元，全部为运行维护费（购置费为0）" — the parts of 公务用车购置及运行维护费 named
                       short right after its amount
    subjectless_total  "2024年预算安排9.60万元，其中因公出国(境)费0万元，…" — a sentence under a heading that
                       names the total: an amount without a label whose parts are the items listed after 其中
    subjectless_change "详见下表，2019年比2018年增加1.00万元" — the first words under a heading that names the
                       total: a change without a label (its figure is in the table)

Each has its own table of example sentences in tests/parsing/test_patterns.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .clauses import (
    _DIRECTIONS, _FLAT, Change, _is_prior_year_ref, at_clause_start, find_change, in_template_sentence, sentence_end,
)
from .numbers import NUMBER, UNIT, Amount, parse_amount

@dataclass
class Hit:
    amount: Amount
    start: int  # start of the label
    num_start: int
    end: int  # end of the amount (unit included)
    change: Change | None = None  # a change stated before the figure ("较上年减少3.60万元，为41.20万元")
    budget: Amount | None = None  # 决算: the 预算数 stated beside the actual
    pattern: str = "label_amount"  # the named pattern that found it


_GAP = r"(?:\d{4}年度?|[^\d。;,比较增减元])*?"


def label_amounts(text: str, label: str, *, start: int = 0, end: int | None = None,
                  clause_start: bool = True, gap: str = _GAP) -> list[Hit]:
    """Every `label … amount` in text, with only filler words (预算, 为, 合计 …) between them."""
    end = len(text) if end is None else end
    tail = _tail_pattern(gap)
    hits = []
    for match in _compiled(label).finditer(text, start, end):
        found = tail.match(text, match.end(), end)
        # A bracket right after the label glosses it ("基本支出(人员经费和公用经费)351.90万元"), unless it adds
        # or leaves out something ("(含…)").
        gloss = re.sub(r"^\((?![^()]*含)[^()]{1,14}\)", "", found.group("gap")) if found else ""
        if found and (re.search(r"(?:约|近|大约|将近|超过|不到|逾|左右)$|分别|会议|培训", found.group("gap"))
                      or PRIOR_GAP.search(found.group("gap"))
                      or re.search(r"、|和|及", gloss) or _SUB_ITEM.search(gloss)):
            # "约45万元" is no exact figure; "分别为A和B" needs to know which is which;
            # "“三公”经费、会议费和培训费合计96.30万元" is not the 三公 total.
            continue
        if not found or len(found.group("gap")) > 16:
            zero = _ZERO_TAIL.match(text, match.end(), end) or _COLON_ZERO.match(text, match.end(), end)
            if not zero or (clause_start and not at_clause_start(text, match.start())):
                continue
            hits.append(Hit(Amount(Decimal(0), 0, "万元"), match.start(), zero.start("zero"), zero.end()))
            continue
        if clause_start and not at_clause_start(text, match.start()):
            continue
        hits.append(Hit(parse_amount(found.group("num"), found.group("unit")), match.start(),
                        found.start("num"), found.end()))
    return hits


# "…项目支出上年为88.78万元,本年为82.20万元": an amount the gap names as last year's is not this year's figure.
PRIOR_GAP = re.compile(r"(?:上年|去年|上一年)度?(?:年初)?(?:预算|决算|执行)?数?(?:为|是)?$")
# "支出中基本支出1,906.75万元", "收入预算中一般公共预算拨款…": the amount after 中/其中 is a part's, never the label's.
_SUB_ITEM = re.compile(r"^(?:(?:19|20)\d{2}年度?)?(?:预算|决算)?(?:数)?中|其中")
_ZERO_TAIL = re.compile(r"(?:[^\d。;,比较增减]{0,8}?)(?:为|是)(?P<zero>零)(?![一-龥]{0,2}(?:星|散|售|件|部件))")
# "因公出国(境)经费:无出访计划,预算为零;": a label heading its own clause, a reason without any figure, then the
# zero closing the clause.
_COLON_ZERO = re.compile(r"(?:经费|预算|支出)?:[^\d。;:]{0,24}?(?:预算|支出|安排)(?:数)?(?:为|是)(?P<zero>零|0(?:\.0+)?)"
                         r"(?:万元|元)?(?=[;。]|$)")


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


@lru_cache(maxsize=8)
def _tail_pattern(gap: str) -> re.Pattern[str]:
    return re.compile(rf"(?P<gap>{gap})(?P<num>{NUMBER})(?P<unit>{UNIT})")


# ---------------------------------------------------------------------------------------------
# Patterns over several labels at once: labels maps metric -> label regex
# ---------------------------------------------------------------------------------------------

_SEP = r"(?:、|,|和|及|与|以及)"
_FILLER = r"(?:预算|决算|支出|数|财政拨款|经费)*"
_REF = r"(?:上年|去年|上一年|上年度|(?:19|20)\d{2}年度?)(?:预算|决算)?(?:数)?"
_ZERO = Amount(Decimal(0), 0, "万元")


def _any(labels: dict[str, str]) -> str:
    return "|".join(f"(?:{label})" for label in labels.values())


def _metric_of(piece: str, labels: dict[str, str]) -> str | None:
    found = [metric for metric, label in labels.items() if re.fullmatch(rf"(?:{label}){_FILLER}", piece)]
    return found[0] if len(found) == 1 else None


_ELIDED = r"(?:运行(?:维护|维修)?|购置)(?:费|支出)?(?:用)?"  # "公务用车购置费和运行维护费": the head is not repeated


def _stems(labels: dict[str, str]) -> str:
    """Labels whose closing 费 may be left out before 支出/预算 ("无公务用车购置和因公出国(境)支出")."""
    return "|".join(f"(?:{label.replace('费(?:用)?', '(?:费(?:用)?)?')})" for label in labels.values())


def _label_list(chunk: str, labels: dict[str, str], offset: int) -> list[tuple[str, int]] | None:
    """"因公出国(境)费、公务用车购置费和公务接待费" -> [(metric, start), …]; None if a piece names no metric."""
    result = []
    pos = 0
    head = ""
    tokens = re.split(rf"({_SEP})", chunk)
    # "公务用车购置及运行维护费" is one item, not two: join pieces whose whole names a single metric.
    merged: list[str] = []
    i = 0
    while i < len(tokens):
        if i + 2 < len(tokens) and tokens[i] and tokens[i + 1] in ("及", "和") and \
                _metric_of(tokens[i] + tokens[i + 1] + tokens[i + 2], labels) == "vehicle_total":
            merged.append(tokens[i] + tokens[i + 1] + tokens[i + 2])
            i += 3
            continue
        merged.append(tokens[i])
        i += 1
    for piece in merged:
        if piece and not re.fullmatch(_SEP, piece):
            metric = next((m for m in (_metric_of(p, labels) for p in (piece, piece + "费", head + piece,
                                                                 head + piece + "费") if p) if m), None)
            if metric is None:
                return None
            head = head or (re.match(r"公务用车|公务车", piece) or [""])[0]
            result.append((metric, offset + pos))
        pos += len(piece)
    return result


def respectively(text: str, labels: dict[str, str]) -> list[tuple[str, Hit]]:
    """"A、B、C和D分别为0万元、0万元、13.80万元和6.50万元": amounts matched to labels by position.
    The unit may be printed once, after the last amount. Counts that differ give nothing."""
    any_label = _any(labels)
    pattern = _compiled(
        rf"(?P<list>(?:{any_label}){_FILLER}(?:{_SEP}(?:{any_label}){_FILLER}){{1,7}})(?:分别|各)(?:为|是|安排)?"
        rf"(?P<amounts>{NUMBER}(?:{UNIT})?(?:{_SEP}{NUMBER}(?:{UNIT})?){{1,7}})")
    found = []
    for match in pattern.finditer(text):
        if not at_clause_start(text, match.start()):
            continue
        names = _label_list(match.group("list"), labels, match.start("list"))
        amounts = list(re.finditer(rf"(?P<num>{NUMBER})(?P<unit>{UNIT})?", match.group("amounts")))
        if not names or len(names) != len(amounts) or not amounts[-1].group("unit"):
            continue
        last_unit = amounts[-1].group("unit")
        base = match.start("amounts")
        for (metric, start), amount in zip(names, amounts):
            hit = Hit(parse_amount(amount.group("num"), amount.group("unit") or last_unit), start,
                      base + amount.start("num"), base + amount.end(), pattern="respectively")
            found.append((metric, hit))
    return found


def respective_changes(text: str, labels: dict[str, str], *, year: int | None) -> list[tuple[str, Change, int]]:
    """"C和D分别比上年减少1.20万元和0.30万元" and "A和B均与上年持平" -> (metric, change, position)."""
    any_label = _any(labels)
    found: list[tuple[str, Change, int]] = []
    listed = rf"(?P<list>(?:{any_label}){_FILLER}(?:{_SEP}(?:{any_label}){_FILLER}){{1,7}})"
    each = _compiled(
        rf"{listed}分别(?:比|较|同比)(?P<ref>{_REF})?(?:相比)?,?(?P<dir>增加|减少|增长|下降|降低|上升|压减)"
        rf"(?P<amounts>{NUMBER}(?:{UNIT})?(?:{_SEP}{NUMBER}(?:{UNIT})?){{1,7}})")
    for match in each.finditer(text):
        ref = match.group("ref") or "上年"
        names = _label_list(match.group("list"), labels, match.start("list"))
        amounts = list(re.finditer(rf"(?P<num>{NUMBER})(?P<unit>{UNIT})?", match.group("amounts")))
        if not names or len(names) != len(amounts) or not _is_prior_year_ref(ref, year):
            continue
        unit = amounts[-1].group("unit") or "万元"
        sign = _DIRECTIONS[match.group("dir")]
        for (metric, _start), amount in zip(names, amounts):
            value = parse_amount(amount.group("num"), amount.group("unit") or unit).value
            found.append((metric, Change(-abs(value) if sign < 0 else value, match.end()), match.start()))
    both = _compiled(rf"{listed}(?:均|都|皆)(?:与|比|较|同)?(?P<ref>{_REF})?(?:相比)?,?(?:{_FLAT})")
    for match in both.finditer(text):
        names = _label_list(match.group("list"), labels, match.start("list"))
        if names and _is_prior_year_ref(match.group("ref") or "上年", year):
            found += [(metric, Change(Decimal(0), match.end()), match.start()) for metric, _start in names]
    return found


_SHARED_FLAT = re.compile(rf"(?:均|都|皆)(?:与|比|较|同)?(?P<ref>{_REF})?(?:相比)?,?(?:{_FLAT})")
_SHARED_ZERO = re.compile(r"(?:(?:均|都|皆)(?:为|是)?|(?:为|是))(?:0(?:\.0+)?|零)(?:万元|元)?(?![\d.])"
                          r"|(?:均|都|皆)(?:未安排|不安排|没有安排|未发生|无|没有)(?:预算|支出)?(?:安排)?"
                          # "A和B未安排预算": without 均 the words must close the clause (not "A和B无变化")
                          r"|(?:暂)?(?:未安排|不安排|没有安排|没有发生|未发生|未列支|没有|无)(?:预算|支出)?(?:安排)?"
                          r"(?=[。;,)]|$)")


def shared_change(text: str, hits: list[tuple[str, Hit]], *, year: int | None) -> dict[int, Change]:
    """"A0万元，B0万元，均与上年持平": the 持平 after a run of items is each item's change.
    Returns {index in hits: change} for the hits of the run just before each such phrase."""
    ordered = sorted(range(len(hits)), key=lambda i: hits[i][1].start)
    result: dict[int, Change] = {}
    for match in _SHARED_FLAT.finditer(text):
        if not _is_prior_year_ref(match.group("ref") or "上年", year):
            continue
        pos = match.start()
        run = []
        for i in reversed(ordered):
            hit = hits[i][1]
            if hit.end > pos:
                continue
            if not re.fullmatch(r"[,、;和及与]*", text[hit.end:pos]):
                break
            run.append(i)
            pos = hit.start
        if len(run) >= 2:
            for i in run:
                result[i] = Change(Decimal(0), match.end())
    return result


_ALL_OF_BEFORE = re.compile(r"(?:全部|均|全额)(?:为|是|用于)$")


def both_zero(text: str, labels: dict[str, str]) -> list[tuple[str, Hit]]:
    """"因公出国(境)费和公务用车购置费均为0": one statement, a zero for each item named."""
    any_label = _any(labels)
    # "公务用车购置费和运行维护费均为零元": the car's head not repeated; "…今年都不安排": a time word before the zero
    pattern = _compiled(rf"(?P<list>(?:{any_label}){_FILLER}(?:{_SEP}(?:{any_label}|{_ELIDED}){_FILLER}){{1,7}})"
                        rf"(?:今年|本年度?|当年|全年|年内|(?:19|20)\d{{2}}年度?)?(?:{_SHARED_ZERO.pattern})")
    found = []
    for match in pattern.finditer(text):
        names = _label_list(match.group("list"), labels, match.start("list"))
        if names and _ALL_OF_BEFORE.search(text, 0, names[0][1]):
            # "4.00万元，全部为公务接待费，A、B和C均为0": the first item is the whole amount's (all_of), not a zero
            names = names[1:]
        if names and at_clause_start(text, match.start()):
            found += [(metric, Hit(_ZERO, start, start, match.end(), pattern="both_zero"))
                      for metric, start in names]
    return found


_COUNT = r"\d+(?:辆|人次|批次|次|人|台|个|名|团组|批)"


def count_then_amount(text: str, label: str) -> list[Hit]:
    """"公务用车运行维护费按现有公务用车3辆核定，安排9.60万元": counts come first, the amount is the one with a
    money unit after 安排/预算/金额 — never the count."""
    pattern = _compiled(
        rf"(?:{label}){_FILLER}[^。;\d]{{0,30}}?{_COUNT}(?:[^。;\d]{{0,12}}?{_COUNT}){{0,3}}[^。;\d]{{0,16}}?"
        rf"(?:安排|预算|金额|计|共|需要?|合计)(?:资金|经费)?(?:为|是)?(?P<num>{NUMBER})(?P<unit>{UNIT})")
    hits = []
    for match in pattern.finditer(text):
        if at_clause_start(text, match.start()):
            hits.append(Hit(parse_amount(match.group("num"), match.group("unit")), match.start(),
                            match.start("num"), match.end(), pattern="count_then_amount"))
    return hits


# A parenthesis of at most 40 characters after an amount, explaining it ("(含年中追加2.00万元)").
_ASIDE = r"(?:\([^()。;]{0,40}\),?)?"


def budget_actual(text: str, label: str) -> list[Hit]:
    """决算 "…年初预算为0.95万元，支出决算为0.00万元", "预算数为A万元，决算数为B万元", "预算安排A万元，实际开支B万元":
    the value is the actual, the budget goes beside it."""
    pattern = _compiled(
        rf"(?:{label})[^\d。;]{{0,14}}?(?:全年|年初|调整后)?预算(?:数|安排)?(?:为|是)?(?P<b>{NUMBER})(?P<bu>{UNIT})?,?"
        rf"{_ASIDE}"  # "预算数为22.00万元(含年中追加2.00万元),决算为…": an aside on the budget, not a figure
        # the actual: any short phrase naming it (实际开支, 全年实际支出, 支出决算, 决算数, 执行数, 完成) before its amount
        rf"(?:全年|当年|本年|年度|年末)?(?=[^\d。;,]{{0,6}}?(?:实际|决算|执行|完成))[^\d。;,]{{0,8}}?(?:为|是)?"
        rf"(?P<a>{NUMBER})(?P<au>{UNIT})")
    hits = []
    for match in pattern.finditer(text):
        if not at_clause_start(text, match.start()):
            continue
        unit = match.group("au")
        hits.append(Hit(parse_amount(match.group("a"), unit), match.start(), match.start("a"), match.end(),
                        budget=parse_amount(match.group("b"), match.group("bu") or unit), pattern="budget_actual"))
    return hits


_NONE = r"无|没有安排|没有|未安排|不安排|未发生|未列支|未开支"


def zero_in_words(text: str, label: str, *, what: str = r"(?:预算)?(?:安排|支出|收入|收入和支出|收支|预算)?") -> list[Hit]:
    """"2024年度无政府性基金预算财政拨款收入和支出", "无公务用车购置预算安排": a zero stated without a numeral."""
    pattern = _compiled(rf"(?:{_NONE})(?P<label>{label}){what}(?=[。;,)]|$)")
    hits = []
    for match in pattern.finditer(text):
        if at_clause_start(text, match.start()) and not in_template_sentence(text, match.start()):
            hits.append(Hit(_ZERO, match.start(), match.start(), match.end(), pattern="zero_in_words"))
    return hits


def zeros_in_words(text: str, labels: dict[str, str]) -> list[tuple[str, Hit]]:
    """"没有因公出国(境)费和公务用车购置费预算": one zero in words for each item named."""
    any_label = _stems(labels)
    pattern = _compiled(rf"(?:{_NONE})(?P<list>(?:{any_label})(?:{_SEP}(?:{any_label}|{_ELIDED})){{1,7}})"
                        rf"(?:预算|支出)?(?:安排|支出)?(?=[。;,)]|$)")
    found = []
    for match in pattern.finditer(text):
        if not at_clause_start(text, match.start()) or in_template_sentence(text, match.start()):
            continue
        names = _label_list(match.group("list"), labels, match.start("list"))
        found += [(metric, Hit(_ZERO, start, start, match.end(), pattern="zero_in_words")) for metric, start in names or []]
    return found


def change_only(text: str, label: str, *, year: int | None) -> list[tuple[Change, int, int]]:
    """"公务接待费支出决算持平", "“三公”经费决算数与2023年度持平": a change stated where the figure is not
    (the figure is given elsewhere). Returns (change, start, end)."""
    # The table pointer may close the label's sentence ("“三公”经费。详见下表，…") or name the annex ("见附表3");
    # the change's subject may be restated (总额) or be the year itself ("2019年比2018年增加…").
    this_year = rf"(?:{year}年度?)?" if year else ""
    pattern = _compiled(rf"(?:{label}){_FILLER}(?:安排)?(?:情况)?(?:[。.]?(?:详)?[如见](?:下表|附表\d*)|详见附表\d*)?,?"
                        rf"(?:总额|总计|合计|总体|整体)?{this_year}(?=比|较|与|同比|和|持平|增加|减少|增长|下降)")
    found = []
    for match in pattern.finditer(text):
        if not at_clause_start(text, match.start()):
            continue
        stop = min(sentence_end(text, match.end(), len(text)), _clause_end(text, match.end()))
        change = find_change(text, match.end(), stop, unit="万元", year=year, near=2)
        if change and change.value is not None:
            found.append((change, match.start(), change.end))
    return found


_ACTUAL_NEXT = re.compile(rf",?{_ASIDE}(?:实际)?(?:支出)?(?:决算|执行数|实际支出|实际执行)(?:支出)?(?:数)?(?:为|是)?"
                          rf"(?P<num>{NUMBER})(?P<unit>{UNIT})")


def prefer_actual(text: str, hit: Hit) -> Hit:
    """"收入年初预算数为320.00万元，决算数为335.60万元": when the amount a label reached is a 预算数 and the next
    clause names the 决算数, the value is the actual and the budget is kept beside it."""
    gap = text[hit.start:hit.num_start]
    if "预算" not in gap or re.search(r"决算|实际|执行", gap) or hit.budget is not None:
        return hit
    later = _ACTUAL_NEXT.match(text, hit.end)
    if not later:
        return hit
    return Hit(parse_amount(later.group("num"), later.group("unit")), hit.start, later.start("num"), later.end(),
               hit.change, hit.amount, "budget_actual")


_BUDGET_BESIDE = re.compile(
    rf",?(?:占|为|完成|达到)(?:全年|年度|年初|调整后)?预算(?:数)?(?P<num>{NUMBER})(?P<unit>{UNIT})的\d+(?:\.\d+)?%"
    rf"|\((?:全年|年度|年初|调整后)?预算(?:数)?(?:为|是)?(?P<pnum>{NUMBER})(?P<punit>{UNIT})\)"
    # "…支出0.86万元，年初预算1.50万元": the budget in its own clause right after the actual
    rf"|,(?:全年|年度|年初|调整后)预算(?:数)?(?:为|是)?(?P<cnum>{NUMBER})(?P<cunit>{UNIT})(?=[,;。]|$)")


def budget_beside(text: str, hit: Hit) -> Hit:
    """决算 "…支出决算46.91万元，占年度预算50.00万元的93.8%" or "…支出0元（年度预算0元）": the 预算数 written
    right after the actual goes beside it."""
    if hit.budget is not None:
        return hit
    found = _BUDGET_BESIDE.match(text, hit.end)
    if not found:
        return hit
    num, unit = next((found.group(n), found.group(u))
                     for n, u in (("num", "unit"), ("pnum", "punit"), ("cnum", "cunit")) if found.group(n))
    return Hit(hit.amount, hit.start, hit.num_start, found.end(), hit.change, parse_amount(num, unit), hit.pattern)


def bare_zero(text: str, label: str, *, breaks: frozenset[int] = frozenset()) -> list[Hit]:
    """"因公出国(境)费为0；", "出国(境)费:0" closing its line (`breaks`: offsets where a joined line starts): a zero
    printed without a unit (0 is 0 in any unit)."""
    pattern = _compiled(rf"(?:{label}){_FILLER}(?:为|是|:)?(?:0(?:\.0+)?|零)")
    return [Hit(_ZERO, m.start(), m.end() - 1, m.end(), pattern="bare_zero")
            for m in pattern.finditer(text) if at_clause_start(text, m.start())
            and (m.end() == len(text) or text[m.end()] in ";,。)"
                 # a line ending in 0 before "2、…", not a number wrapped onto the next line ("0" / ".60万元")
                 or m.end() in breaks and not _AMOUNT_GOES_ON.match(text, m.end()))]


_AMOUNT_GOES_ON = re.compile(rf"[\d.,]*(?:{UNIT})")


def all_of(text: str, labels: dict[str, str]) -> list[tuple[str, int]]:
    """"“三公”经费预算6.00万元，全部为公务用车运行维护费": the whole amount before is this one item's.
    Returns (metric, position of the phrase)."""
    pattern = _compiled(rf"[,;]?(?:全部|均|全额)(?:为|是|用于)(?P<label>{_any(labels)})(?=[。;,]|$)")
    found = []
    for match in pattern.finditer(text):
        metric = _metric_of(match.group("label"), labels)
        if metric:
            found.append((metric, match.start()))
    return found


# The parts of 公务用车购置及运行维护费 named short ("购置费", "运行费"): a full label ("公务用车运行维护费…") is read
# by label_amounts as a figure of its own.
_SHORT_PART = r"(?P<part>购置|运行(?:维护|维修)?)(?:费用?|支出|经费)?"
_PART_NAMES = {"购置": "vehicle_purchase", "运行": "vehicle_operation"}
_WHOLE_IS_PART = re.compile(r"(?:全部|均|全额|全数|都|皆)(?:为|是|用于|系)(?:公务用车|公车)?" + _SHORT_PART)
_PART_AMOUNT = re.compile(_SHORT_PART + rf"(?:预算|支出|安排)?(?:数)?(?:为|是)?"
                          rf"(?:(?P<num>{NUMBER})(?P<unit>{UNIT})|(?P<zero>0(?:\.0+)?|零)(?![\d.]))")
_PART_GLUE = re.compile(r"(?:[,、;:()]|其中|及|和)*")


@dataclass
class VehicleSplit:
    parts: dict[str, Amount | None]  # metric -> its amount as stated; None: the whole amount is this part
    end: int  # where the phrase ends (a closing bracket included)


def vehicle_split(text: str, pos: int) -> VehicleSplit | None:
    """What follows the amount of 公务用车购置及运行维护费 at `pos` when it names the parts short:
    "，全部为运行维护费（购置费为0）", "，均为运行费", "，其中购置费0", "（购置费为零，全部用于运行维护）".
    The phrase stops at the first words that are neither a part nor glue (a change, a reason, the next item)."""
    parts: dict[str, Amount | None] = {}
    end = pos
    at = pos
    while True:
        glue = _PART_GLUE.match(text, at)
        at = glue.end()
        whole = _WHOLE_IS_PART.match(text, at)
        stated = None if whole else _PART_AMOUNT.match(text, at)
        found = whole or stated
        if not found:
            break
        metric = _PART_NAMES[found.group("part")[:2]]
        if metric in parts:
            return None  # the same part twice: not a plain split
        parts[metric] = (None if whole else parse_amount(found.group("num"), found.group("unit"))
                         if found.group("num") else Amount(Decimal(0), 0, "万元"))
        at = end = found.end()
    if not parts:
        return None
    closing = re.match(r"\)", text[end:end + 1])
    return VehicleSplit(parts, end + 1 if closing and text.count("(", pos, end) > text.count(")", pos, end) else end)


# The words a sentence may open with before an amount whose subject is the heading above it.
_NO_SUBJECT = re.compile(
    r"(?:(?:19|20)\d{2}年度?,?)?(?:全年|本年度?|当年)?(?:一般公共预算)?(?:财政拨款)?(?:预算|决算)?(?:数)?"
    r"(?:安排|支出|执行|实际支出|开支)?(?:数)?(?:资金|经费)?(?:共计|合计|总计|总额|共)?(?:为|是)?"
    rf"(?P<num>{NUMBER})(?P<unit>{UNIT})(?P<aside>\([^()]{{0,24}}\))?,?其中[:,]?")


# A block that opens with a budget and its actual, no label ("2017年度预算安排2.60万元，实际支出2.15万元，…"): under a
# heading that names the total, when the items follow in that sentence or the next ("具体为：A…；B…").
_NO_SUBJECT_PAIR = re.compile(
    r"(?:(?:19|20)\d{2}年度?,?)?(?:全年|年初|年度)?预算(?:安排|数)?(?:为|是)?(?P<b>" + NUMBER + r")(?P<bu>" + UNIT + r"),"
    r"(?:全年|年度|当年)?(?:实际|决算)(?:支出|开支|执行|完成)?(?:数)?(?:为|是)?(?P<num>" + NUMBER + r")(?P<unit>" + UNIT
    + r")(?=[,;。])")


_NO_SUBJECT_CHANGE = re.compile(
    r"(?:(?:19|20)\d{2}年度?,?)?(?:全年|本年度?|当年)?(?:一般公共预算)?(?:财政拨款)?(?:预算|决算)?(?:数)?"
    rf"(?:安排|支出)(?:数)?(?:资金|经费)?(?:共计|合计|总计|共)?(?:为|是)?(?P<num>{NUMBER})(?P<unit>{UNIT})"
    r"(?=,(?:比|较|与|同比))")


def subjectless_total(text: str, labels: dict[str, str]) -> list[Hit]:
    """"二、2024年“三公”经费预算" / "2024年预算安排9.60万元，其中因公出国(境)费0万元，公务接待费2.60万元。": a
    sentence that opens with an amount and no label, then lists at least two of the items (`labels`) after 其中:
    the amount is their total."""
    hits = []
    pair = _NO_SUBJECT_PAIR.match(text)
    if pair:
        stop = sentence_end(text, sentence_end(text, pair.end(), len(text)) + 1, len(text))
        if sum(1 for label in labels.values() if _compiled(label).search(text, pair.end(), stop)) >= 2:
            hits.append(Hit(parse_amount(pair.group("num"), pair.group("unit")), pair.start("num"), pair.start("num"),
                            pair.end(), budget=parse_amount(pair.group("b"), pair.group("bu")),
                            pattern="subjectless_total"))
    opening = _NO_SUBJECT_CHANGE.match(text)
    if opening:
        # "2025年安排15.80万元，比上年少1.20万元。公务用车运行维护费…；公务接待费…": the block's first words, a change
        # after them, and the next sentence listing the items
        stop = sentence_end(text, sentence_end(text, opening.end(), len(text)) + 1, len(text))
        if sum(1 for label in labels.values() if _compiled(label).search(text, opening.end(), stop)) >= 2:
            hits.append(Hit(parse_amount(opening.group("num"), opening.group("unit")), opening.start("num"),
                            opening.start("num"), opening.end(), pattern="subjectless_total"))
    for begin in [0] + [m.end() for m in re.finditer(r"。", text)]:
        match = _NO_SUBJECT.match(text, begin)
        if not match:
            continue
        stop = sentence_end(text, match.end(), len(text))
        named = {metric for metric, label in labels.items() if _compiled(label).search(text, match.end(), stop)}
        if len(named) >= 2:
            # starting at the amount: the year before it is read like a label's (another year's total is not ours)
            hits.append(Hit(parse_amount(match.group("num"), match.group("unit")), match.start("num"),
                            match.start("num"), match.end("unit"), pattern="subjectless_total"))
    return hits


_SUM_AFTER = re.compile(rf",(?:以上|上述)?(?:几项|各项|三项|两项)?(?:合计|共计|总计|小计|共)(?:为|是)?(?P<num>{NUMBER})(?P<unit>{UNIT})")
_VEHICLE_PARTS = {"vehicle_purchase", "vehicle_operation"}


def total_after_parts(text: str, labels: dict[str, str]) -> list[tuple[str, Hit]]:
    """"…公务用车运行维护费2.40万元，公务接待费0.50万元，合计2.90万元": a sum named after two or more items of its
    sentence is their total — the “三公” total, or the car total when only the car's two parts come before it."""
    found = []
    for match in _SUM_AFTER.finditer(text):
        begin = max(text.rfind("。", 0, match.start()), text.rfind(";", 0, match.start()), match.start() - 120) + 1
        named = {metric for metric, label in labels.items() if _compiled(label).search(text, begin, match.start())}
        if len(named) < 2:
            continue
        metric = "vehicle_total" if named <= _VEHICLE_PARTS else "sangong_total"
        found.append((metric, Hit(parse_amount(match.group("num"), match.group("unit")), match.start() + 1,
                                  match.start("num"), match.end(), pattern="total_after_parts")))
    return found


def subjectless_change(text: str, *, year: int | None) -> tuple[Change, int] | None:
    """"三、“三公”经费 / 详见下表，2019年比2018年增加1.00万元": where a section whose heading names the total opens
    with a change and no label (a pointer to the table and this year allowed before it): (change, end)."""
    this_year = rf"(?:{year}年度?)?" if year else ""
    match = _compiled(r"(?:(?:详)?[如见](?:下表|附表\d*)[,。]?)?(?:总额|总计|合计|总体|整体)?"
                      rf"{this_year}(?:预算|决算)?(?:数)?(?=比|较|与|同比)").match(text)
    if not match:
        return None
    stop = min(sentence_end(text, match.end(), len(text)), _clause_end(text, match.end()))
    if re.search(rf"{NUMBER}(?:{UNIT})", text[match.end():stop]) is None:
        return None
    change = find_change(text, match.end(), stop, unit="万元", year=year, near=2)
    if change is None or change.value is None:
        return None
    return change, change.end


def _clause_end(text: str, pos: int) -> int:
    found = re.compile(r"[;。]").search(text, pos)
    return found.start() if found else len(text)
