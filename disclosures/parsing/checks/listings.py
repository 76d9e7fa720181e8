"""What the words list under a total: a 类 and its named 款/项 (TB-HIER), a coded listing and its 合计, the
changes of a 基本/项目 split against the change of its whole (IE-CHG-BP), a function-class list against the total
it opens with (IE-EXP-SUM), and a 预算's classes listed by name against its numbered 项 list and its 一般公共预算 spending
(TB-HIER, IE-EXP-SUM), a class in any list of classes against the 项 the words state for it anywhere (TB-HIER), and
a class printed in two lists (PR-REPEAT within one scope, IE-SCOPE-LE across the 财政拨款 and all funds). Each reads
the words only (basis "text"), with the tolerance of §0.2 of CHECKS.md.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from typing import Iterator, NamedTuple

from ..prose import FUNCTION_CODES
from ..types import Check, ParsedDisclosure
from .core import UNIT_FACTOR, ZERO, Term, anchored, at_most, compare
from .splits import _FUNCTION_LIST, _SPLIT_OPENER
from .text import CHANGE_WORDS, NUM, Text, printed_decimals, text_rule, to_decimal


# “科学技术支出（类）250.12万元。其中：科学技术普及（款）机构运行（项）172.30万元，…；科普活动（项）62.82万元”
_CLASS_OPEN = re.compile(rf"[(（]类[)）](?:[(（]\d{{3}}[)）])?(?:支出)?(?:预算|决算)?数?(?:为|是|共)?{NUM}万元[。，,；;：:]?其中[:：,，]?")
_NAMED_ITEM = re.compile(rf"[(（](?:项|款)[)）](?:[(（]\d{{5,7}}[)）])?(?:支出)?(?:为|是)?{NUM}万元")


@text_rule
def class_named_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 类 stated in the words with the 款/项 it holds listed after it (“…（类）X万元，其中：…（项）A万元；…（项）B万元”):
    X = A + B + … (TB-HIER read from the words). Runs only on a list that reads as complete: every amount up to the end
    of the line (or the next 类) is an item's, named with （项）/（款）, at least two of them, no nested 其中 and no
    “主要/包括” that would make the list a selection."""
    name = "表内层级：上级科目等于下级科目之和（文字）"
    for match in _CLASS_OPEN.finditer(view.text):
        # the paragraph ends at a line start after a line ending a sentence (lines are joined with no break)
        end = next((start for start in view.starts if start > match.end() and view.text[start - 1] in "。；;"),
                   len(view.text))
        following = re.compile(r"[(（]类[)）]").search(view.text, match.end(), end)
        end = following.start() if following else end
        listing = view.text[match.end():end]
        if re.search(r"其中|主要|包括|等(?:项目|支出)", re.sub(r"用于[^；;。]*", "", listing)):
            continue
        items = list(_NAMED_ITEM.finditer(listing))
        if len(items) < 2 or len(re.findall(r"\d万元", listing)) != len(items):
            continue
        whole, values = to_decimal(match.group(1)), [to_decimal(item.group(1)) for item in items]
        if whole is None or None in values:
            continue
        page = view.page_at(match.start())
        opening = max([view.text.rfind(stop, 0, match.start()) + 1 for stop in "。；;：:"]
                      + [start for start in view.starts if start <= match.start()][-1:])
        label = view.text[opening:match.start()].strip("　 ：:、") + "(类)"
        source = view.text[opening:end][:200]
        parts = []
        for item, value in zip(items, values):
            head = max(listing.rfind(stop, 0, item.start()) for stop in "，,；;。：:") + 1
            parts.append(Term(listing[head:item.start()].strip("　 ") + listing[item.start():item.start() + 3], value, printed_decimals(item.group(1)), "万元",
                              page, source))  # type: ignore[arg-type]
        check = compare("TB-HIER", name, [Term(label, whole, printed_decimals(match.group(1)), "万元", page, source)], parts,
                        what=f"第{page}页{label}与其下所列科目之和")
        check.basis = "text"
        yield check


# A coded listing pasted into the words, one subject a line: “213 农林水支出 1,246.80” / “  2130501 行政运行286.40万元”
_CODED_LINE = re.compile(r"\s*(\d{3}(?:\d{2}){0,2})(?!\d)\s*([^\d\s,，。；;：:%][^\d。；;：:%]{0,40}?)\s*"
                         r"(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})|\d+\.\d{1,2})\s*(万元)?\s*")
_LISTING_TOTAL = re.compile(r"\s*(?:合\s*计|总\s*计)\s*(\d{1,3}(?:,\d{3})*(?:\.\d{1,2})|\d+\.\d{1,2})\s*(万元)?\s*")
_LISTING_LEAD = re.compile(rf"{NUM}万元[^\d。；;]{{0,20}}[：:]\s*")


@text_rule
def coded_listing_in_words(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A run of coded lines in the words (类 3 digits, 款 5, 项 7, each with one amount): a subject with lines under it
    equals their sum (TB-HIER), and the 类 add up to the 合计 line after the run or to the amount of the line that leads
    into it (“本年一般公共预算支出X万元，按支出功能分类：”). Not read when the tables were read with these codes."""
    read = {line.code for line in list(result.function_lines) + list(result.economic_lines) if line.code}
    name = "表内层级：上级科目等于下级科目之和（文字）"
    for number, page in sorted(view.pages.items()):
        if number in view.listing_pages:
            continue
        lines = page.lines
        at = 0
        while at < len(lines):
            run = []
            while at + len(run) < len(lines) and (found := _CODED_LINE.fullmatch(lines[at + len(run)])):
                run.append(found)
            if len(run) < 3 or {m.group(1) for m in run} & read:
                at += max(1, len(run))
                continue
            by_code: dict[str, tuple[str, Decimal, str]] = {}
            for m in run:
                value = to_decimal(m.group(3))
                if value is not None:
                    by_code.setdefault(m.group(1), (m.group(2).strip(), value, m.group(3)))
            source = "；".join(lines[at + i].strip() for i in range(len(run)))[:200]

            def term_of(code: str) -> Term:
                label, value, raw = by_code[code]
                return Term(f"{code}{label}", value, printed_decimals(raw), "万元", number, source)  # type: ignore[arg-type]

            for code in by_code:
                children = [c for c in by_code if len(c) == len(code) + 2 and c.startswith(code)]
                if children:
                    check = compare("TB-HIER", name, [term_of(code)], [term_of(c) for c in children],
                                    what=f"第{number}页所列{code}{by_code[code][0]}与其下级科目之和")
                    check.basis = "text"
                    yield check
            classes = [c for c in by_code if len(c) == 3]
            after = lines[at + len(run)] if at + len(run) < len(lines) else ""
            before = next((line for line in reversed(lines[:at]) if line.strip()), "")
            total = _LISTING_TOTAL.fullmatch(after)
            lead = _LISTING_LEAD.search(before)
            in_wan = all(m.group(4) for m in run)
            whole = None
            if total and len(classes) >= 2:
                whole = Term("所列合计", to_decimal(total.group(1)), printed_decimals(total.group(1)), "万元", number, after.strip())  # type: ignore[arg-type]
            elif lead and in_wan and len(classes) >= 2:
                whole = Term(before.strip()[:lead.start()][-20:] or "所列总额", to_decimal(lead.group(1)), printed_decimals(lead.group(1)),  # type: ignore[arg-type]
                             "万元", number, before.strip())
            if whole is not None and whole.value is not None:
                check = compare("IE-EXP-SUM", "支出合计等于各类之和（文字）", [whole], [term_of(c) for c in classes],
                                what=f"第{number}页所列合计与各类科目之和")
                check.basis = "text"
                yield check
            at += len(run)


# “…支出X万元，比上年（or the prior year by number, 比2023年）增加D万元，增长P%。其中：基本支出A万元，比上年增加a万元，主要是…；项目支出B万元，比上年增加b万元”
_SINCE = r"(?:比|较)(?:上年|上年度|去年|20\d\d年度?)(?:年初)?(?:预算数?|执行数|决算数)?(?:相比)?[,，]?"
_WHOLE_CHANGE = re.compile(
    rf"([^\d,，。;；:：]{{2,30}}?)(?:预算|决算)?数?均?(?:为|是)?{NUM}万元[,，]?{_SINCE}({CHANGE_WORDS}){NUM}万元"
    rf"(?:[,，][^。;；:：\d其]{{0,8}}-?\d+(?:\.\d+)?%)?[。,，;；]?"
    # the change's reason, which may close the total's sentence before its split (“，主要原因是…。其中：”)
    rf"(?:(?:主要)?(?:原因(?:是|为|在于)|是由于|由于)[^。;；:：\d]{{1,80}}?[。;；])?"
    # the split opens with 其中 or by the spending's nature (“按支出性质，”, “从经济性质看：”), which may follow the
    # total's list by function class in the next sentence
    rf"(?:{_FUNCTION_LIST})?(?:{_SPLIT_OPENER}|从(?:支出)?经济(?:性质|分类)上?看[:：,，]?)")
_PART_CHANGE = re.compile(
    rf"([^\d,，。;；:：、]{{2,30}}?)(?:预算|决算)?数?(?:为|是)?{NUM}万元[,，]?"
    rf"(?:{_SINCE}(?:({CHANGE_WORDS}){NUM}万元|(持平))|(?:与|同)(?:上年|上年度|去年)(持平|相同|一致))")
_AMOUNT = re.compile(rf"{NUM}万元")
_SINCE_AT = re.compile(_SINCE)  # where a `_WHOLE_CHANGE` can be: around its 比上年


def _signed(word: str | None, raw: str | None) -> Decimal | None:
    """A change in 万元 with its direction: 减少-36.20 is a fall written with its sign (−36.20); 增加-12.30 says two
    things at once (PR-DIR's finding), so it gives no value."""
    if word is None:
        return ZERO
    value = to_decimal(raw or "")
    if value is None or (value < 0 and word in ("增加", "增长", "上升")):
        return None
    return abs(value) if word in ("增加", "增长", "上升") else -abs(value)


@text_rule
def split_changes_add_up(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-CHG-BP read from the words: a total with its change, then “其中” and its parts each with its own change
    (“比上年增加/减少…万元” or “与上年持平”), up to the sentence's end. Only when the parts' amounts add up to the total
    (so they are all of it, in one scope) must their changes add up to the total's change; a part whose direction
    word is wrong shows as a change off by twice that part's change, and the message says so. The 三公 split is
    SG-CHG's, and a split the figures already compare (IE-CHG-BP on the resolved figures) is not read twice."""
    name = "总额变动额等于其中各部分变动额之和（同一句）"
    figures = result.figures
    # no match holds a sentence's or a clause's stop in front of its 比上年 (its label, amount and 万元 hold none)
    for match in anchored(_WHOLE_CHANGE, _SINCE_AT, view.text, before=90, after=420, stops="。;；:："):
        label, whole_raw, word, delta_raw = match.groups()
        if re.search(r"三公|“三公”", label):
            continue
        # a section heading on the line above runs into the label once lines are joined (“3.支出预算” + “支出预算总额”)
        line_start = view.starts[bisect_right(view.starts, match.start(2)) - 1]
        if match.start(1) < line_start and match.start(2) - line_start >= 2:
            label = view.text[line_start: match.end(1)]
        whole, whole_change = to_decimal(whole_raw), _signed(word, delta_raw)
        end = view.text.find("。", match.end())
        region = view.text[match.end(): end if end >= 0 else match.end() + 400][:400]
        parts = list(_PART_CHANGE.finditer(region))
        if whole is None or whole_change is None or len(parts) < 2:
            continue
        if len(_AMOUNT.findall(region)) != sum(1 + bool(p.group(4)) for p in parts):
            continue  # other amounts in the list (a reason's, a nested split's): the parts may not be the whole
        amounts = [to_decimal(p.group(2)) for p in parts]
        changes = [_signed(p.group(3), p.group(4)) for p in parts]
        if any(v is None for v in amounts + changes):
            continue
        page = view.page_at(match.start())
        source = view.text[match.start(): match.end() + parts[-1].end()]
        part_terms = [Term(p.group(1).strip("，,、 其中:："), v, printed_decimals(p.group(2)), "万元", page, source)
                      for p, v in zip(parts, amounts)]
        whole_term = Term(re.sub(r"^年度?", "", label.strip("，,、 ")) or "合计", whole, printed_decimals(whole_raw), "万元", page, source)
        fit = compare("IE-BP", name, [whole_term], part_terms)
        if fit.outcome == "fail" and fit.severity != "info":
            continue  # the parts are not the whole (or not all of it): their changes need not add up
        basic, project = figures.get("basic_expenditure"), figures.get("project_expenditure")
        if (basic is not None and project is not None and {basic.change, project.change} == set(changes)
                and (g := figures.get("general_budget_appropriation")) is not None and g.change == whole_change):
            continue  # ie_chg_bp compares these very changes
        change_terms = [Term(t.label + "变动", c, _printed(p), "万元", page, source)
                        for t, c, p in zip(part_terms, changes, parts)]
        check = compare("IE-CHG-BP", name,
                        [Term(whole_term.label + "变动", whole_change, printed_decimals(delta_raw), "万元", page, source)],
                        change_terms, what=f"第{page}页{whole_term.label}的变动额与其中各部分变动额之和")
        check.basis = "text"
        if check.outcome == "fail" and check.severity == "error":
            total = sum(changes, ZERO)
            for t, c in zip(change_terms, changes):
                if c and abs(total - 2 * c - whole_change) <= (check.tolerance or ZERO):
                    way = "增加" if c > 0 else "减少"
                    check.message += f"；若{t.label[:-2]}实为{'减少' if c > 0 else '增加'}{abs(c)}万元则相符，文中“{way}”的增减方向与数字矛盾"
                    break
        yield check


def _printed(part: re.Match[str]) -> int | None:
    return printed_decimals(part.group(4)) if part.group(4) else None


# “一般公共预算财政拨款支出635.77万元，…。…一般公共预算财政拨款支出决算按功能分类：社会保障和就业支出61.85万元，…”
_BY_FUNCTION = re.compile(r"([^。；;:：]{0,40}?)(?:决算|预算)?数?按(?:支出)?功能分类(?:科目)?(?:划分|分)?[:：,，]([^。]{4,400})")
_SUBJECT = re.compile(r"((?:一般公共预算|政府性基金(?:预算)?)?(?:财政)?(?:拨款)?(?:当年拨款|支出))$")
_OPENING_SUBJECT = re.compile(rf"^\s*(?:\d{{4}}年度?)?((?:一般公共预算|政府性基金(?:预算)?)(?:财政)?(?:拨款)?支出)(?:决算|预算)?数?"
                              rf"(?:合计|总额)?(?:为|是)?{NUM}万元")
_CLASS_PIECE = re.compile(rf"^([^\d]{{2,20}}?支出)(?:为)?{NUM}万元")


@text_rule
def function_list_total(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """IE-EXP-SUM where the figures hold no total of the classes' scope: a sentence listing the function classes of a
    named expenditure (“…支出决算按功能分类：A万元；B万元…”) is held to the amount an earlier sentence gives that same
    expenditure. Runs only when the classes it reads are the parser's own class lines (codes known), printed in full."""
    from .figures import _fig, _spending_of

    lines = result.expenditure_by_function
    if len(lines) < 2 or not all(line.table is None and line.level == "类" and line.code for line in lines):
        return
    if any(line.partial for line in lines):
        return  # the words give only the main classes: no sum to hold them to
    scopes = {line.fund_scope for line in lines}
    key = {"全口径": "expenditure_total", "一般公共预算财政拨款": "general_budget_appropriation"}.get(scopes.pop() if len(scopes) == 1 else "")
    if key is None:
        return
    stated = _fig(result, key)
    if stated is not None and _spending_of(stated, next(iter({line.fund_scope for line in lines})), result.kind):
        return  # the figure rule (figures.ie_exp_sum) holds the classes to that total
    for match in _BY_FUNCTION.finditer(view.text):
        subject = _SUBJECT.search(re.sub(r"(?:决算|预算)数?$", "", match.group(1)))
        if subject is None and not match.group(1).strip():
            # “…支出X万元，…。按功能分类：A万元…”: a list that opens its own sentence lists the spending the sentence
            # before it opens on
            before = view.text[:match.start()].rstrip("。")
            sentence = before[before.rfind("。") + 1:]
            subject = _OPENING_SUBJECT.match(sentence)
        if subject is None or len(subject.group(1)) < 4:
            continue
        pieces = []
        for piece in re.split(r"[，;；、]|,(?!\d{3})", match.group(2)):
            found = _CLASS_PIECE.match(piece.strip())
            if found and (value := to_decimal(found.group(2))) is not None:
                pieces.append((found.group(1), value, found.group(2)))
        if "其中" in match.group(2) or sorted(v for _, v, _ in pieces) != sorted(line.value for line in lines):
            continue
        label = subject.group(1)
        named = re.compile(rf"(?<![基目])({re.escape(label)})(?:决算|预算)?数?(?:合计|总额)?(?:为|是)?{NUM}万元")
        earlier = list(named.finditer(view.text, max(0, match.start() - 600), match.start()))
        if not earlier:
            continue
        total = earlier[-1]
        value = to_decimal(total.group(2))
        if value is None:
            continue
        page = view.page_at(match.start())
        check = compare("IE-EXP-SUM", "支出合计等于各功能分类之和",
                        [Term(label, value, printed_decimals(total.group(2)), "万元", view.page_at(total.start()), total.group(0))],
                        [Term(name, amount, printed_decimals(raw), "万元", page, name + raw) for name, amount, raw in pieces],
                        what=f"第{page}页{label}与其按功能分类所列各类之和")
        check.basis = "text"
        yield check
        return


# A 决算's classes listed in the words by name and （类）, then each 项 in its own sentence under its full path:
# “支出决算为T万元…按支出功能分类，决算支出分布在：X（类）A万元；Y（类）B万元。…（1）X支出（类）K（款）I（项）。年初预算为b
# 万元，支出决算为a万元…”
_CLASS_LIST_OPEN = re.compile(r"按(?:支出)?功能分类(?:科目)?[^。：:]{0,16}[：:]")
_CLASS_LIST_PIECE = re.compile(rf"\s*([^\d（(：:；;，,。]{{2,20}}?)[(（]类[)）](?:支出)?(?:决算数?|支出)?(?:为|是)?{NUM}万元\s*")
_LIST_TOTAL = re.compile(rf"支出决算(?:数)?(?:为|是)?{NUM}万元")
_ITEM_PATH = re.compile(r"([^\d（(：:；;，,。、）)]{2,20}?)[(（]类[)）][^。\d]{0,60}?[(（]项[)）]")
_ITEM_ACTUAL = re.compile(rf"支出决算(?:数)?(?:为|是)?{NUM}万元")
_SECTION_HEAD = re.compile(r"(?:^|\n)\s*[一二三四五六七八九十]+[、．.]")


def _class_key(name: str) -> str:
    return re.sub(r"支出$", "", name.strip())


def _listed_pieces(piece: re.Pattern[str], text: str, at: int) -> tuple[list[re.Match[str]], int]:
    """The pieces of a list from `at`, each matched by `piece` and parted by a comma, 、 or semicolon, and where the
    list stops."""
    pieces: list[re.Match[str]] = []
    while (found := piece.match(text, at)) is not None:
        pieces.append(found)
        at = found.end()
        if at < len(text) and text[at] in "；;，,、":
            at += 1
        else:
            break
    return pieces, at


@text_rule
def class_list_against_items(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 决算's function classes listed in the words (“X（类）A万元；Y（类）B万元”) against the 项 sentences that follow
    them, each under its full path (“X支出（类）…（款）…（项）…支出决算为a万元”): each class = Σ its items' 决算
    (TB-HIER), and the classes add up to the 支出决算 the list's sentence opens with (IE-EXP-SUM). The items are taken
    as complete only when every class has some and either they add up to that total or every class but one equals its
    own; a selection of items (“主要项目”) is left alone."""
    if result.kind != "决算":
        return
    for opener in _CLASS_LIST_OPEN.finditer(view.text):
        pieces, at = _listed_pieces(_CLASS_LIST_PIECE, view.text, opener.end())
        if len(pieces) < 2 or not view.text.startswith("。", at) and not view.text.startswith("，", at):
            continue
        page = view.page_at(opener.start())
        sentence_start = view.text.rfind("。", 0, opener.start()) + 1
        paragraph_start = max([s for s in view.starts if s <= opener.start()][-1:] or [0])
        totals = list(_LIST_TOTAL.finditer(view.text, min(sentence_start, paragraph_start), opener.start()))
        # the items follow, up to the next numbered section heading (“四、…”) on a line of its own
        end = next((s for s in view.starts if s > at and re.match(r"\s*[一二三四五六七八九十]+[、．.]", view.text[s:s + 4])),
                   len(view.text))
        region = view.text[at:end]
        classes = {_class_key(p.group(1)): p for p in pieces}
        items: dict[str, list[tuple[str, Decimal, str, int]]] = {key: [] for key in classes}
        paths = list(_ITEM_PATH.finditer(region))
        if not paths or re.search(r"主要|重点|部分|其他", region[:paths[0].start()]):
            continue  # “主要项目情况如下”: a selection of the items, not all of them
        clean = True
        for k, path in enumerate(paths):
            stop = paths[k + 1].start() if k + 1 < len(paths) else len(region)
            actual = _ITEM_ACTUAL.search(region, path.end(), stop)
            key = _class_key(re.sub(r"^[（(]?\d+[)）.．、]?", "", path.group(1)))
            value = to_decimal(actual.group(1)) if actual else None
            if key not in items or value is None:
                clean = False
                break
            items[key].append((path.group(0), value, actual.group(1), view.page_at(at + actual.start())))
        if not clean or not all(items.values()):
            continue
        values = {key: to_decimal(p.group(2)) for key, p in classes.items()}
        if None in values.values():
            continue
        sums = {key: sum((v for _, v, _, _ in found), ZERO) for key, found in items.items()}
        total = to_decimal(totals[-1].group(1)) if totals else None
        complete = (total is not None and sum(sums.values(), ZERO) == total) or \
            sum(values[key] != sums[key] for key in classes) <= 1 < len(classes)
        if not complete:
            continue
        name = "表内层级：上级科目等于下级科目之和（文字）"
        for key, piece in classes.items():
            label = piece.group(1).strip() + "(类)"
            parts = [Term(re.split(r"[)）]", path[:-3])[-1] + "(项)", value, printed_decimals(raw), "万元", where, path)
                     for path, value, raw, where in items[key]]
            check = compare("TB-HIER", name, [Term(label, values[key], printed_decimals(piece.group(2)), "万元", page,
                                                     piece.group(0).strip())], parts,
                            what=f"第{page}页{label}与其下所列项之和")
            check.basis = "text"
            yield check
        if total is not None:
            check = compare("IE-EXP-SUM", "支出合计等于各功能分类之和",
                            [Term("支出决算", total, printed_decimals(totals[-1].group(1)), "万元", page, totals[-1].group(0))],
                            [Term(p.group(1).strip() + "(类)", values[key], printed_decimals(p.group(2)), "万元", page,
                                  p.group(0).strip()) for key, p in classes.items()],
                            what=f"第{page}页支出决算与按功能分类所列各类之和")
            check.basis = "text"
            yield check


@text_rule
def budget_items_against_classes(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A 预算's function classes listed by name (“按支出功能分类科目（类级）划分：X支出A万元；Y支出B万元。”), then
    each 项 in a numbered list that says it is the whole (“按项级科目列示如下：1.X支出（类）K（款）I（项）a万元，…”):
    each class = Σ its items (TB-HIER), the classes add up to the spending the section opens with (IE-EXP-SUM) and,
    where they do, so do all the items. A list that names a selection (主要/重点/部分) or an item of a class the list
    did not name is left alone."""
    if result.kind == "决算":
        return
    for opener in _BUDGET_CLASS_OPEN.finditer(view.text):
        pieces, at = _listed_pieces(_BUDGET_CLASS_PIECE, view.text, opener.end())
        if len(pieces) < 2 or not view.text.startswith("。", at):
            continue
        classes = {_class_key(p.group(1)): p for p in pieces}
        values = {key: to_decimal(p.group(2)) for key, p in classes.items()}
        if len(classes) != len(pieces) or None in values.values():
            continue
        page = view.page_at(opener.start())
        end = next((s for s in view.starts if s > at and _SECTION_HEAD_LINE.match(view.text, s)), len(view.text))
        head = next((s for s in reversed(view.starts) if s <= opener.start() and _SECTION_HEAD_LINE.match(view.text, s)),
                    max(0, opener.start() - 400))
        # the section's whole spending, not a part of it (基本支出, 项目支出) stated before the list
        totals = [m for m in _BUDGET_TOTAL.finditer(view.text, head, opener.start())
                  if not re.search(r"基本|项目|人员|公用|三公", m.group(1))]
        total = to_decimal(totals[0].group(2)) if totals else None
        if total is not None:
            whole = re.sub(r"^\d{4}年度?", "", totals[0].group(1))
            check = compare("IE-EXP-SUM", "支出合计等于各功能分类之和",
                            [Term(whole, total, printed_decimals(totals[0].group(2)), "万元", page, totals[0].group(0))],
                            [Term(p.group(1).strip(), values[key], printed_decimals(p.group(2)), "万元", page,
                                  p.group(0).strip()) for key, p in classes.items()],
                            what=f"第{page}页{whole}与按功能分类所列各类之和")
            check.basis = "text"
            yield check
        region = view.text[at:end]
        claim = _WHOLE_LIST.search(region)
        if claim is None or re.search(r"主要|重点|部分", region[:claim.end()]):
            continue
        items = list(_BUDGET_ITEM.finditer(region, claim.end()))
        if len(items) < 2 or [int(m.group(1)) for m in items] != list(range(1, len(items) + 1)):
            continue
        found: dict[str, list[Term]] = {key: [] for key in classes}
        for item in items:
            key = _class_key(item.group(2))
            value = to_decimal(item.group(4))
            if key not in found or value is None:
                break
            found[key].append(Term(item.group(3).strip() + "(项)", value, printed_decimals(item.group(4)), "万元",
                                   view.page_at(at + item.start()), item.group(0)))
        else:
            name = "表内层级：上级科目等于下级科目之和（文字）"
            for key, piece in classes.items():
                if not found[key]:
                    continue
                label = piece.group(1).strip() + "(类)"
                check = compare("TB-HIER", name, [Term(label, values[key], printed_decimals(piece.group(2)), "万元", page,
                                                         piece.group(0).strip())], found[key],
                                what=f"第{page}页{label}与其下所列项之和")
                check.basis = "text"
                yield check
            if total is not None and sum(values.values(), ZERO) == total:
                parts = [t for terms in found.values() for t in terms]
                check = compare("IE-EXP-SUM", "支出合计等于所列各项之和",
                                [Term(whole, total, printed_decimals(totals[0].group(2)), "万元", page, totals[0].group(0))],
                                parts, what=f"第{page}页{whole}与所列各项之和")
                check.basis = "text"
                yield check


_BUDGET_CLASS_OPEN = re.compile(r"按(?:支出)?功能分类(?:科目)?[^。：:；;]{0,16}[：:]")
_BUDGET_CLASS_PIECE = re.compile(rf"\s*([^\d（(：:；;，,。]{{2,20}}?支出)(?:[(（]类[)）])?(?:预算)?(?:为|是)?{NUM}万元\s*")
_BUDGET_TOTAL = re.compile(rf"((?:\d{{4}}年度?)?(?:一般公共预算|财政拨款)[^\d。，,；;]{{0,10}}?支出)(?:预算)?(?:合计|总额)?(?:为|是)?{NUM}万元")
_WHOLE_LIST = re.compile(r"项级(?:科目)?[^。：:\d]{0,10}[：:]")
_BUDGET_ITEM = re.compile(rf"(?<![\d.,％%])(\d{{1,2}})[.．、]\s*([^\d（(：:；;，,。]{{2,20}}?)[(（]类[)）][^。\d]{{0,40}}?[(（]款[)）]"
                          rf"([^\d（(：:；;，,。]{{2,30}}?)[(（]项[)）](?:支出)?(?:预算)?(?:为|是)?{NUM}万元")
_SECTION_HEAD_LINE = re.compile(r"\s*[一二三四五六七八九十]+[、．.]")


budget_items_against_classes.defers = True  # type: ignore[attr-defined]  (a failure the figure rules made is not repeated)


# TB-HIER across the words: a function class printed in a list of classes (“…，卫生健康支出38.52万元，住房保障支出42.20万元”)
# against the 项 the words state for it anywhere (“住房保障支出（类）住房改革支出（款）住房公积金（项）42.20万元”,
# “住房改革支出-住房公积金（2210201）42.20万元”, a 决算's “…（项）。年初预算A万元，支出决算B万元”)
_CLASS_NAMES = "|".join(sorted(FUNCTION_CODES, key=len, reverse=True))
_CLASS_PRINTED = re.compile(rf"(?<![\u4e00-\u9fff（(）)])({_CLASS_NAMES})(?:[(（]类[)）])?(?:[(（]\d{{3}}[)）])?"
                            rf"(?:预算|决算)?(?:数)?(?:为|是|共)?[:：]?{NUM}(万元|元)")
_ITEM_MARK = re.compile(r"[(（]项[)）](?:[(（]?(\d{7})[)）]?)?|(?<!\d)[(（](\d{7})[)）]")
_ITEM_CLASS = re.compile(rf"({_CLASS_NAMES})\s*(?:[(（]类[)）]|[—\-－–]+)")
_ITEM_NOW = re.compile(rf"\s*[:：]?\s*(?:支出)?(?:预算|决算)?(?:数)?(?:为|是)?{NUM}(万元|元)")
_ITEM_ACTUAL_NEAR = re.compile(rf"(?:支出决算|决算数|决算)(?:数)?(?:为|是)?{NUM}(万元|元)")
_SELECTION = re.compile(r"主要|重点|部分|其中|例如|如[:：]")


class _Items(NamedTuple):
    """The 项 the words state for each class code: by item (its code, else its path under the class), (万元 value, as
    printed, unit, page, source); whether their list says it is the whole (“按功能分类项级科目列示如下”), and the
    scope of the words they stand in ("fiscal" or "all")."""

    listed: dict[str, dict[str, tuple[Decimal, str, str, int, str]]]
    whole: dict[str, bool]
    scope: dict[str, str]


def _function_items(result: ParsedDisclosure, view: Text) -> _Items:
    """The 项 the words state with an amount. An item printed twice with two amounts makes its class unknown (dropped);
    one stated within a selection (“主要…”, “其中…”) makes its class's items a part of it, never the whole."""
    text = view.text
    items: dict[str, dict[str, tuple[Decimal, str, str, int, str]]] = {}
    whole: dict[str, bool] = {}
    scope: dict[str, str] = {}
    unknown: set[str] = set()
    for mark in _ITEM_MARK.finditer(text):
        code = mark.group(1) or mark.group(2)
        # the item's clause: from the last stop (lines are joined with no break: a PDF's wrap is not one)
        opening = max(mark.start() - 160, *(text.rfind(stop, 0, mark.start()) for stop in "。；;"))
        clause = text[opening + 1:mark.start()]
        named = list(_ITEM_CLASS.finditer(clause))
        klass = FUNCTION_CODES.get(named[-1].group(1)) if named else (code[:3] if code else None)
        if klass is None or (code and code[:3] != klass):
            continue
        end = min(len(text), mark.end() + 90)
        stop = _ITEM_MARK.search(text, mark.end(), end)
        end = stop.start() if stop else end
        line_end = text.find("\n", mark.end(), end)
        end = line_end if line_end >= 0 else end
        found = _ITEM_ACTUAL_NEAR.search(text, mark.end(), end) if result.kind == "决算" else None
        if found is None:
            found = _ITEM_NOW.match(text, mark.end())
            if found is None or found.start(1) >= end:
                continue
        value = to_decimal(found.group(1))
        if value is None:
            continue
        value *= UNIT_FACTOR[found.group(2)]
        # an item is known by its code, else by its path under the class (two 款 may each hold a 行政运行)
        name = code or re.sub(r"\s+", "", clause[named[-1].end():] if named else clause)
        header = _list_header(view, mark.start(), mark.end())
        known = items.setdefault(klass, {})
        if name in known and known[name][0] != value:
            unknown.add(klass)
        if not known:
            whole[klass], scope[klass] = "项级" in header, _words_scope(view, mark.start())
        if _SELECTION.search(header):
            whole[klass] = False  # a selection of the class's items: within it, not all of it
        known.setdefault(name, (value, found.group(1), found.group(2), view.page_at(found.start()),
                                text[opening + 1:found.end()][:120]))
    return _Items({klass: found for klass, found in items.items() if klass not in unknown}, whole, scope)


def _list_header(view: Text, at: int, end: int) -> str:
    """The words that introduce the item at `at`: its sentence up to the sentence's first item path (“主要支出科目：”,
    “按功能分类项级科目列示如下：”) and, for a sentence that opens its line (one item a line), the last sentence of
    the line above its run of item lines. `at`, `end`: where the item's mark (its （项） or code) stands."""
    text = view.text
    start = text.rfind("。", 0, at) + 1
    first = _ITEM_MARK.search(text, start, end)
    head = text[start:first.start()] if first else ""
    named = _ITEM_CLASS.search(head)
    head = head[:named.start()] if named else head
    line = bisect_right(view.starts, start) - 1
    if line < 0 or view.starts[line] != start:
        return head
    for above in range(line - 1, max(-1, line - 30), -1):
        words = text[view.starts[above]:view.starts[above + 1]]
        if _ITEM_MARK.search(words):
            continue
        return head + "|" + re.split(r"[。；;]", words.rstrip("。 "))[-1]
    return head


def _words_scope(view: Text, offset: int) -> str:
    """"fiscal" where the sentence or the section heading above `offset` names the 财政拨款, else "all"."""
    from .subjects import _heading_before, _sentence_before

    words = _sentence_before(view, offset) + "|" + _heading_before(view, offset)
    return "fiscal" if re.search(r"财政拨款|一般公共预算|公共财政", words) else "all"


_PRINTED_AMOUNT = re.compile(rf"{NUM}(万元|元)")


_CLASS_ANCHOR = re.compile(r"(?:支出|预备费)(?:[(（]类[)）])?(?:[(（]\d{3}[)）])?(?:预算|决算)?(?:数)?(?:为|是|共)?[:：]?\d")


def _class_lists(view: Text) -> list[tuple[re.Match[str], list[re.Match[str]]]]:
    """Each sentence of the words that prints two function classes or more with an amount, and those printings (read
    once per document: two rules read them)."""
    cached = view._cache.get("class_lists")
    if cached is None:
        text = view.text
        by_sentence: dict[int, list[re.Match[str]]] = {}
        # a class's amount follows its name's last word (支出, or 预备费) within a few characters: tried only there
        for found in anchored(_CLASS_PRINTED, _CLASS_ANCHOR, text, before=16, after=40):
            by_sentence.setdefault(text.rfind("。", 0, found.start()) + 1, []).append(found)
        cached = []
        for start, printed in by_sentence.items():
            if len(printed) >= 2:
                end = text.find("。", start)
                sentence = re.compile(r"[^。]+").match(text, start, end if end >= 0 else len(text))
                again = [_CLASS_PRINTED.match(sentence.group(0), m.start() - start) for m in printed] \
                    if sentence is not None else []
                if len([m for m in again if m is not None]) >= 2:
                    cached.append((sentence, [m for m in again if m is not None]))
        view._cache["class_lists"] = cached
    return cached


@text_rule
def class_printings_against_items(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A class printed in a list of function classes against the 项 the words state for it, wherever they stand
    (TB-HIER): their sum cannot exceed it (items of a 财政拨款 list against items read under all funds are left
    alone), and equals it where the items' list says it is the whole (“项级科目列示如下”, no 主要/重点/其中) in the
    list's own scope (the same scope words, or a document whose income is all 一般公共预算), unless the gap is an
    amount the words print (a carry-over or an income they name beside)."""
    from .subjects import _one_scope

    found = _function_items(result, view)
    if not found.listed:
        return
    sums = {klass: sum((item[0] for item in listed.values()), ZERO) for klass, listed in found.listed.items()}
    one = _one_scope(result)
    printed_amounts: set[Decimal] | None = None
    for sentence, listed in _class_lists(view):
        printed = [m for m in listed if FUNCTION_CODES[m.group(1)] in sums]
        if len(printed) < 2 or re.search(r"上年|去年|年初预算|调整预算", sentence.group(0)):
            continue
        klasses = [FUNCTION_CODES[m.group(1)] for m in printed]
        if len(set(klasses)) != len(klasses):
            continue
        scope = _words_scope(view, sentence.start() + printed[0].start())
        for m, klass in zip(printed, klasses):
            value = (to_decimal(m.group(2)) or ZERO) * UNIT_FACTOR[m.group(3)]
            total = sums[klass]
            if value == total:
                continue
            same = one or scope == found.scope[klass]
            if total < value:
                if not (found.whole[klass] and same):
                    continue
                if printed_amounts is None:
                    printed_amounts = {(to_decimal(a.group(1)) or ZERO) * UNIT_FACTOR[a.group(2)]
                                       for a in _PRINTED_AMOUNT.finditer(view.text)}
                if value - total in printed_amounts:
                    continue  # the gap is an amount the words state (a carry-over, another income)
            elif scope == "fiscal" and found.scope[klass] == "all" and not one:
                continue
            yield _class_against_items(view, sentence, m, value, found.listed[klass])


def _class_against_items(view: Text, sentence: re.Match[str], m: re.Match[str], value: Decimal,
                         items: dict[str, tuple[Decimal, str, str, int, str]]) -> Check:
    page = view.page_at(sentence.start() + m.start())
    label = m.group(1)
    parts = [Term(f"科目{name}项" if name.isdigit() else re.split(r"[)）—\-－–]", name)[-1] + "(项)", amount,
                  printed_decimals(raw), unit, where, source)
             for name, (amount, raw, unit, where, source) in items.items()]
    check = compare("TB-HIER", "表内层级：上级科目等于下级科目之和（文字）",
                    [Term(label + "(类)", value, printed_decimals(m.group(2)), m.group(3), page,
                          sentence.group(0)[:200])], parts,
                    what=f"第{page}页{label}与文中所列该类各项之和")
    check.basis = "text"
    return check


class_printings_against_items.defers = True  # type: ignore[attr-defined]


_ALL_FUNDS = re.compile(r"收入支出|收支|部门支出|支出(?:预算|决算)?(?:总计|总额|合计)|全年安排支出"
                        r"|(?<!拨款)(?<!基金)支出(?:预算|决算)(?:数)?(?:为|是)?\d")
_FISCAL_WORDS = re.compile(r"财政拨款|一般公共预算|公共财政")
_FISCAL_SPENDING = re.compile(r"(?:财政拨款|一般公共预算[^。，,；;\d]{0,6}?)支出")


# a numbered part's heading “（二）一般公共预算拨款支出” (the nearest above a list names its scope before the section's)
_SUB_HEADING = re.compile(r"[(（][一二三四五六七八九十]{1,2}[)）]([^。；;，,:：\d]{2,30})")


def _list_scope(view: Text, start: int, at: int) -> str | None:
    """The scope of a list of classes (sentence at `start`, list at `at`): "fiscal" or "all" as its own words before
    the list say, else as its section's heading says (“三、一般公共预算财政拨款支出情况”, “二、收支总体情况”), else as the
    sentence before it says of spending (“…财政拨款支出X万元。按功能分类：…”); None when nothing says."""
    from .subjects import _heading_before

    text = view.text
    own = text[start:at]
    if _FISCAL_WORDS.search(own):
        return "fiscal"
    if _ALL_FUNDS.search(own):
        return "all"
    sub = list(_SUB_HEADING.finditer(text, max(0, at - 1500), at))
    heading = sub[-1].group(1) if sub else _heading_before(view, at)
    if _FISCAL_WORDS.search(heading):
        return "fiscal"
    if re.search(r"总体|收支|部门(?:收入|支出)", heading):
        return "all"
    previous = text[text.rfind("。", 0, max(0, start - 1)) + 1:start]
    if _FISCAL_SPENDING.search(previous):
        return "fiscal"
    return "all" if _ALL_FUNDS.search(previous) else None


@text_rule
def class_printed_twice(result: ParsedDisclosure, view: Text) -> Iterator[Check]:
    """A function class printed in two lists of classes (“按功能分类：…卫生健康支出38.52万元…” in 二 and “…卫生健康支出（类）
    38.52万元，占3.0%” in 三): two lists of one scope print one amount for it (PR-REPEAT), and a list of the 财政拨款
    (named in its sentence or its section's heading) cannot exceed the all-funds one (IE-SCOPE-LE). Lists of
    another year, of the 年初预算 or of a member unit are left alone."""
    from .subjects import _one_scope

    one = _one_scope(result)
    printings: dict[str, list[tuple[Decimal, re.Match[str], int, str, str]]] = {}
    for sentence, printed in _class_lists(view):
        words = sentence.group(0)
        if re.search(r"上年|去年|年初预算|调整预算|20\d\d年(?:度)?(?:年初)?预算数|本级|所属|单位[:：]", words):
            continue
        klasses = [m.group(1) for m in printed]
        if len({FUNCTION_CODES[k] for k in klasses}) != len(klasses):
            continue
        scope = "all" if one else _list_scope(view, sentence.start(), sentence.start() + printed[0].start())
        if scope is None:
            continue
        for m in printed:
            value = (to_decimal(m.group(2)) or ZERO) * UNIT_FACTOR[m.group(3)]
            printings.setdefault(FUNCTION_CODES[m.group(1)], []).append(
                (value, m, view.page_at(sentence.start() + m.start()), scope, words[:200]))
    for klass, found in printings.items():
        if len({value for value, *_ in found}) < 2:
            continue
        first = found[0]
        for later in found[1:]:
            if later[0] == first[0]:
                continue
            (a, am, ap, ascope, asource), (b, bm, bp, bscope, bsource) = first, later
            ta = Term(f"第{ap}页{am.group(1)}", a, printed_decimals(am.group(2)), am.group(3), ap, asource)
            tb = Term(f"第{bp}页{bm.group(1)}", b, printed_decimals(bm.group(2)), bm.group(3), bp, bsource)
            if ascope == bscope:
                check = compare("PR-REPEAT", f"同一数字多处刊印一致：{am.group(1)}", [ta], [tb],
                                what=f"{am.group(1)}两处所列金额")
            else:
                part, whole = (ta, tb) if ascope == "fiscal" else (tb, ta)
                part = Term(part.label + "（财政拨款）", part.value, part.scale, part.unit, part.page, part.source)
                whole = Term(whole.label + "（全部资金）", whole.value, whole.scale, whole.unit, whole.page, whole.source)
                check = at_most("IE-SCOPE-LE", "财政拨款按功能分类的支出不超过全部资金的同一类支出", part, whole,
                                severity="error")
            check.basis = "text"
            yield check
            if check.outcome == "fail":
                break


class_printed_twice.defers = True  # type: ignore[attr-defined]
