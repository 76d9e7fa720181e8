"""A grammar of the phrasings real disclosures use for the same arithmetic, and the small text statements built from it
(tests/parsing/test_checks_phrasings.py).

Every case is a whole .txt statement: a title (a county unit, a year, 预算 or 决算), every section the catalogue asks
for, and one or two paragraphs that carry the phrasing under test. A *control* is consistent; a *planted* case
differs from its control by one figure (`wrong`), which a failed error check must quote. Units and figures are made up.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import cycle

UNIT = "临川县档案局"


@dataclass(frozen=True)
class Case:
    id: str
    family: str
    text: str
    wrong: Decimal | None = None  # the planted figure a failed check must quote; None for a control
    severity: str = "error"  # the catalogue's severity for the planted inconsistency

    @property
    def planted(self) -> bool:
        return self.wrong is not None


# --- the statement the paragraphs go into ----------------------------------------------------------------------------

BUDGET_SECTIONS: dict[str, str] = {
    "概况": "一、部门概况\n（一）主要职能\n临川县档案局负责全县档案事业的统筹规划和组织协调，集中管理全县重要档案。\n"
            "（二）机构设置\n本局内设办公室、业务股2个股室。纳入本预算编制范围的只有局本级。{staff}",
    "总体": "二、收支预算总体情况\n{income}{spending}",
    "一般": "三、一般公共预算财政拨款支出情况\n{general}",
    "基本": "四、一般公共预算基本支出情况\n{basic}",
    "三公": "五、“三公”经费预算情况\n{sangong}",
    "运行": "六、机关运行经费情况\n{opc}",
    "采购": "七、政府采购情况\n{procurement}",
    "资产": "八、国有资产占用情况\n{assets}",
    "绩效": "九、预算绩效管理情况\n{performance}",
    "名词": "十、名词解释\n1.基本支出：保障机构正常运转的人员经费和公用经费。\n2.项目支出：为完成特定任务发生的支出。",
}

BUDGET_DEFAULTS: dict[str, str] = {
    "staff": "年末实有人员17人。",
    "income": "2025年收入预算512.40万元，其中一般公共预算拨款收入482.40万元，上年结转30.00万元。",
    "spending": "支出预算512.40万元，其中基本支出430.20万元，项目支出82.20万元。",
    "general": "2025年一般公共预算财政拨款支出482.40万元，其中：一般公共服务支出390.30万元，社会保障和就业支出55.70万元，"
               "卫生健康支出16.20万元，住房保障支出20.20万元。",
    "basic": "基本支出430.20万元，其中人员经费372.60万元，公用经费57.60万元。",
    "sangong": "2025年“三公”经费预算7.80万元，其中：因公出国（境）费0万元，本局无出国计划；公务用车购置及运行维护费"
               "6.40万元，其中公务用车购置费0万元，公务用车运行维护费6.40万元；公务接待费1.40万元。",
    "opc": "本局2025年机关运行经费57.60万元，主要用于办公、水电和差旅。",
    "procurement": "2025年政府采购预算20.00万元，其中货物类14.00万元，服务类6.00万元，工程类0万元。",
    "assets": "截至2024年12月31日，本局共有车辆1辆，为一般公务用车。",
    "performance": "本局2025年项目支出82.20万元，均已编制绩效目标。",
}

FINAL_SECTIONS: dict[str, str] = {
    "概况": "一、部门基本情况\n临川县档案局负责全县档案事业的统筹规划，内设办公室、业务股2个股室，纳入决算编制范围的只有局本级。{staff}",
    "总体": "二、收入支出决算总体情况说明\n{income}{spending}",
    "一般": "三、一般公共预算财政拨款支出决算情况说明\n{general}",
    "基本": "四、一般公共预算财政拨款基本支出决算情况说明\n{basic}",
    "三公": "五、“三公”经费支出决算情况说明\n{sangong}",
    "运行": "六、机关运行经费支出情况说明\n{opc}",
    "采购": "七、政府采购支出情况说明\n{procurement}",
    "资产": "八、国有资产占用情况说明\n{assets}",
    "绩效": "九、预算绩效管理情况说明\n{performance}",
    "名词": "十、名词解释\n1.基本支出：保障机构正常运转的人员经费和公用经费。\n2.项目支出：为完成特定任务发生的支出。",
}

FINAL_DEFAULTS: dict[str, str] = {
    "staff": "年末实有人员17人。",
    "income": "2024年度收入总计512.40万元，其中一般公共预算财政拨款收入482.40万元，年初结转和结余30.00万元。",
    "spending": "支出总计512.40万元，其中基本支出430.20万元，项目支出82.20万元。",
    "general": "2024年度一般公共预算财政拨款支出482.40万元，主要用于一般公共服务支出。",
    "basic": "基本支出430.20万元，其中人员经费372.60万元，公用经费57.60万元。",
    "sangong": "2024年度“三公”经费支出7.80万元，其中：因公出国（境）费0万元；公务用车购置费0万元，公务用车运行维护费"
               "6.40万元；公务接待费1.40万元。",
    "opc": "本局2024年度机关运行经费支出57.60万元，主要用于办公、水电和差旅。",
    "procurement": "2024年度政府采购支出总额20.00万元，其中货物类14.00万元，服务类6.00万元，工程类0万元。",
    "assets": "截至2024年12月31日，本局共有车辆1辆，为一般公务用车。",
    "performance": "本局2024年度项目支出82.20万元，均已开展绩效自评。",
}


def statement(kind: str = "预算", **paragraphs: str) -> str:
    """The whole statement with the given paragraphs in place of the defaults."""
    budget = kind == "预算"
    sections, defaults = (BUDGET_SECTIONS, BUDGET_DEFAULTS) if budget else (FINAL_SECTIONS, FINAL_DEFAULTS)
    unknown = set(paragraphs) - set(defaults)
    assert not unknown, unknown
    title = f"{UNIT}2025年部门预算情况说明" if budget else f"{UNIT}2024年度部门决算情况说明"
    filled = {**defaults, **paragraphs}
    return "\n\n".join([title, *(body.format(**filled) for body in sections.values())]) + "\n"


# --- surfaces: the same words printed another way -------------------------------------------------------------------

TRADITIONAL = str.maketrans({"预": "預", "说": "說", "较": "較", "与": "與", "为": "為",
                             "万": "萬", "减": "減", "长": "長", "费": "費", "经": "經", "项": "項",
                             "务": "務", "购": "購", "车": "車", "运": "運", "维": "維", "护": "護", "决": "決",
                             "数": "數", "执": "執", "结": "結", "转": "轉", "资": "資", "产": "產", "关": "關",
                             "构": "構", "设": "設", "计": "計", "负": "負", "责": "責", "统": "統", "规": "規",
                             "划": "劃", "组": "組", "织": "織", "调": "調", "协": "協", "档": "檔", "县": "縣"})


def half_width(text: str) -> str:
    return text.replace("：", ":").replace("（", "(").replace("）", ")").replace("，", ",").replace("；", ";")


def spaced_numbers(text: str) -> str:
    """A space printed inside a number by a PDF extractor: “57. 60万元”."""
    return _each_amount(text, lambda number: number.replace(".", ". ", 1))


def thousands(text: str) -> str:
    return _each_amount(text, lambda number: f"{Decimal(number):,}" if "." in number else number)


def line_break(text: str) -> str:
    """The first amount of the paragraph split by a line break before its last digit."""
    return _each_amount(text, lambda number: number[:-1] + "\n" + number[-1], count=1)


SURFACES = {"全角": lambda text: text, "半角": half_width, "数中空格": spaced_numbers, "千分位": thousands,
            "繁体": lambda text: text.translate(TRADITIONAL), "数字断行": line_break}


def _each_amount(text: str, change, count: int = 0) -> str:
    return re.sub(r"\d+\.\d+(?=\s*万?元)", lambda m: change(m.group(0)), text, count=count)


# --- numbers ---------------------------------------------------------------------------------------------------------

def money(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01")), "f")


def yuan(value: Decimal) -> str:
    return f"{(value * 10000).quantize(Decimal('0.01')):,}"


def rate(part: Decimal, base: Decimal) -> str:
    return format((part / base * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), "f")


def bump(text: str) -> str:
    """A wrong figure: the printed one off by more than any rounding."""
    value = Decimal(text.replace(",", ""))
    return money(value + 3) if "." in text else str(value + 3)


# --- a. a change on last year ----------------------------------------------------------------------------------------

UP_WORDS = ("增加", "增长", "上升", "提高", "增支")
DOWN_WORDS = ("减少", "下降", "降低", "压减", "减支", "缩减")
COMPARED = ("比上年", "较上年", "与上年相比", "同比")


@dataclass(frozen=True)
class Subject:
    key: str  # the paragraph it is stated in
    label: str
    value: Decimal
    sentence: str  # the paragraph, with {clause} where the sentence under test goes


SUBJECTS = (
    Subject("opc", "机关运行经费", Decimal("57.60"), "本局2025年{clause}主要用于办公、水电和差旅。"),
    Subject("basic", "基本支出", Decimal("430.20"), "{clause}其中人员经费372.60万元，公用经费57.60万元。"),
    Subject("procurement", "政府采购预算", Decimal("20.00"), "2025年{clause}其中货物类14.00万元，服务类6.00万元。"),
    Subject("performance", "实行绩效目标管理的项目支出", Decimal("82.20"), "本局2025年{clause}"),
)

# Each shape: its words, with {S} subject, {V} value, {P} prior, {C} change, {R} rate, {d} direction word and
# {cmp} the comparison; the slots it fills say which plantings it can carry.
CHANGE_SHAPES: dict[str, str] = {
    "值-比较-额-率": "{S}{V}万元，{cmp}{d}{C}万元，{rd}{R}%。",
    "值-上年值-额-率": "{S}{V}万元，{cmpP}{P}万元{d}{C}万元，{rd}{R}%。",
    "值-与上年值相比-额": "{S}{V}万元，与上年{P}万元相比{d}{C}万元。",
    "值-上年值-率": "{S}{V}万元，{cmpP}{P}万元{rd}{R}%。",
    "值-上年预算数为-额": "{S}{V}万元，上年预算数为{P}万元，{d}{C}万元。",
    "上年为-本年为-额-率": "{S}上年为{P}万元，本年为{V}万元，{d}{C}万元，{rd}{R}%。",
    "值-额-幅": "{S}{V}万元，{cmp}{d}{C}万元，{fu}{R}%。",
    "值-增减变化-额": "{S}{V}万元，增减变化情况：{cmp}{d}{C}万元，{rd}{R}%。",
    "值-上年值-增减变化带符号": "{S}{V}万元，上年{P}万元，增减变化{signed}万元。",
    "额在前-值在后": "{S}{cmp}{d}{C}万元，{rd}{R}%，为{V}万元。",
    "元-值-上年值-额": "{S}{Vy}元，{cmpP}{Py}元{d}{Cy}元。",
    "值-额（无上年值）": "{S}{V}万元，{cmp}{d}{C}万元。",
}

STEADY_SHAPES: dict[str, str] = {
    "持平-上年值": "{S}{V}万元，与上年{P}万元持平。",
    "无变化-上年值": "{S}{V}万元，较上年{P}万元无变化。",
    "上年为-本年为-持平": "{S}上年为{P}万元，本年为{V}万元，与上年持平。",
}


def _slots(shape: str) -> set[str]:
    words = CHANGE_SHAPES.get(shape) or STEADY_SHAPES[shape]
    found = {slot for slot in ("P", "C", "R") if "{" + slot + "}" in words}
    found |= {slot[0] for slot in ("Py", "Cy") if "{" + slot + "}" in words}
    if "{signed}" in words:
        found.add("C")
    return found


def plantings(slots: set[str]) -> list[str]:
    """What one shape can carry wrong and still be caught within its own sentence."""
    out = []
    if "C" in slots and slots & {"P", "R"}:
        out.append("额")
    if "R" in slots and slots & {"P", "C"}:
        out.append("率")
    if "P" in slots:
        out.append("方向")
    if {"P", "C"} <= slots:
        out.append("上年值")
    return out


def change_cases() -> list[Case]:
    cases: list[Case] = []
    subjects = cycle(SUBJECTS)
    compared = cycle(COMPARED)
    verbs = {True: cycle(UP_WORDS), False: cycle(DOWN_WORDS)}
    for shape in CHANGE_SHAPES:
        for up in (True, False):
            for _ in range(2):  # two direction words a shape, in turn: every word meets several shapes
                subject, cmp = next(subjects), next(compared)
                cases.extend(_change_variants(shape, subject, up, next(verbs[up]), cmp))
    for shape, words in STEADY_SHAPES.items():
        for subject in SUBJECTS:
            cases.append(_steady(shape, subject, words, subject.value, None))
            cases.append(_steady(shape, subject, words, subject.value + 3, subject.value + 3))
    return cases


def _change_variants(shape: str, subject: Subject, up: bool, word: str, cmp: str) -> list[Case]:
    value = subject.value
    change = (value * Decimal("0.08")).quantize(Decimal("0.01"))
    prior = value - change if up else value + change
    fill = {"S": subject.label, "V": money(value), "P": money(prior), "C": money(change), "R": rate(change, prior),
            "cmp": cmp, "cmpP": "比上年" if cmp in ("同比", "与上年相比") else cmp, "d": word,
            "rd": "增长" if up else "下降", "fu": "增幅" if up else "降幅",
            "signed": money(change if up else -change), "Vy": yuan(value), "Py": yuan(prior), "Cy": yuan(change)}
    name = f"a-{shape}-{'增' if up else '减'}-{word}-{subject.label}"
    slots = _slots(shape)
    words = CHANGE_SHAPES[shape]
    cases = [_case(name, "a", subject, words, fill)]
    for planting in plantings(slots):
        wrong = dict(fill)
        if planting == "额":  # half as much again: off the rate by more than its 1-point warning band
            off = max(Decimal(3), (change / 2).quantize(Decimal("0.01")))
            wrong.update(C=money(change + off), Cy=yuan(change + off), signed=money((change + off) * (1 if up else -1)))
            figure = Decimal(wrong["C"])
        elif planting == "率":
            wrong["R"] = format(Decimal(fill["R"]) + 3, "f")
            figure = Decimal(wrong["R"])
        elif planting == "方向":
            if "{signed}" in words:
                wrong["signed"] = money(-change if up else change)
            elif "{d}" not in words or "{C" not in words:
                wrong.update(rd="下降" if up else "增长", fu="降幅" if up else "增幅")
            else:
                wrong["d"] = DOWN_WORDS[UP_WORDS.index(word) % len(DOWN_WORDS)] if up else UP_WORDS[
                    DOWN_WORDS.index(word) % len(UP_WORDS)]
                wrong.update(rd="下降" if up else "增长", fu="降幅" if up else "增幅")
            figure = change if "{C" in words or "{signed}" in words else Decimal(fill["R"])
        else:
            wrong.update(P=bump(fill["P"]), Py=yuan(prior + 3))
            figure = Decimal(wrong["P"])
        cases.append(_case(f"{name}-错{planting}", "a", subject, words, wrong, figure))
    return cases


def _steady(shape: str, subject: Subject, words: str, prior: Decimal, wrong: Decimal | None) -> Case:
    fill = {"S": subject.label, "V": money(subject.value), "P": money(prior)}
    name = f"a-{shape}-{subject.label}" + ("-错上年值" if wrong is not None else "")
    return _case(name, "a", subject, words, fill, wrong)


def _case(name: str, family: str, subject: Subject, words: str, fill: dict[str, str],
          wrong: Decimal | None = None) -> Case:
    clause = words.format(**fill)
    return Case(name, family, statement(**{subject.key: subject.sentence.format(clause=clause)}), wrong)


# --- b. 决算 against 年初预算 ----------------------------------------------------------------------------------------

EXECUTION_SHAPES: dict[str, str] = {
    "完成年初预算的": "{S}决算数为{A}万元，完成年初预算{B}万元的{R}%。",
    "预算完成率": "{S}年初预算为{B}万元，决算数为{A}万元，预算完成率{R}%。",
    "决算数为年初预算的": "{S}年初预算{B}万元，决算数{A}万元，决算数为年初预算的{R}%。",
    "比年初预算增减": "{S}决算数为{A}万元，比年初预算{B}万元{d}{D}万元。",
    "大于小于年初预算数": "{S}年初预算为{B}万元，支出决算为{A}万元，决算数{cmpw}年初预算数。",
    "完成率-增减": "{S}决算数为{A}万元，为年初预算{B}万元的{R}%，比年初预算{d}{D}万元。",
}

EXECUTION_SUBJECTS = (
    Subject("general", "2024年度一般公共预算财政拨款支出", Decimal("482.40"), "{clause}"),
    Subject("opc", "本局机关运行经费", Decimal("57.60"), "{clause}"),
)


def execution_cases() -> list[Case]:
    cases: list[Case] = []
    for shape, words in EXECUTION_SHAPES.items():
        for subject in EXECUTION_SUBJECTS:
            for over in (True, False):
                cases.extend(_execution_variants(shape, words, subject, over))
    return cases


def _execution_variants(shape: str, words: str, subject: Subject, over: bool) -> list[Case]:
    actual = subject.value
    gap = (actual * Decimal("0.06")).quantize(Decimal("0.01"))
    budget = actual - gap if over else actual + gap
    fill = {"S": subject.label, "A": money(actual), "B": money(budget), "D": money(gap), "R": rate(actual, budget),
            "d": "增加" if over else "减少", "cmpw": "大于" if over else "小于"}
    name = f"b-{shape}-{'超' if over else '未完成'}-{subject.label[-6:]}"
    def build(fill: dict[str, str], wrong: Decimal | None = None) -> Case:
        return Case(name, "b", statement("决算", **{subject.key: subject.sentence.format(clause=words.format(**fill))}),
                    wrong)

    cases = [build(fill)]
    if "{R}" in words:
        cases.append(_renamed(build({**fill, "R": format(Decimal(fill["R"]) + 4, "f")},
                                    Decimal(fill["R"]) + 4), f"{name}-错率"))
    if "{D}" in words:
        cases.append(_renamed(build({**fill, "D": bump(fill["D"])}, gap + 3), f"{name}-错差额"))
        cases.append(_renamed(build({**fill, "d": "减少" if over else "增加"}, gap), f"{name}-错方向"))
    if "{cmpw}" in words:  # a comparison word against the numbers is a sign/word clash (PR-DIR): a warning
        case = build({**fill, "cmpw": "小于" if over else "大于"}, budget)
        cases.append(Case(f"{name}-错方向", "b", case.text, case.wrong, "warning"))
    return cases


def _renamed(case: Case, name: str) -> Case:
    return Case(name, case.family, case.text, case.wrong, case.severity)


# --- c. a total and its listed parts ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Listing:
    name: str
    key: str  # the paragraph it replaces
    total: str  # the words before the list, with {T} for the total
    parts: tuple[tuple[str, str], ...]  # (label, amount as printed)
    unit: str = "万元"
    severity: str = "error"
    after: str = ""  # words after the list (the rest of the paragraph)


CLASSES = (("一般公共服务支出", "390.30"), ("社会保障和就业支出", "55.70"), ("卫生健康支出", "16.20"),
           ("住房保障支出", "20.20"))
CODED = tuple((f"{label}（{code}）", amount) for (label, amount), code in zip(CLASSES, ("201", "208", "210", "221")))
CODE_FIRST = tuple((f"{code}{label}", amount) for (label, amount), code in zip(CLASSES, ("201", "208", "210", "221")))
CLASS_WORD = tuple((f"{label}（类）", amount) for label, amount in CLASSES)

LISTINGS = (
    Listing("收入来源", "income", "2025年收入预算{T}万元，", (("一般公共预算拨款收入", "482.40"), ("上年结转", "30.00"))),
    Listing("收入来源-财政拨款", "income", "2025年部门收入{T}万元，",
            (("财政拨款收入", "482.40"), ("上年结转结余", "30.00"))),
    Listing("功能分类", "general", "2025年一般公共预算财政拨款支出{T}万元，", CLASSES),
    Listing("功能分类带编码", "general", "2025年一般公共预算财政拨款支出{T}万元，", CODED),
    Listing("功能分类编码在前", "general", "2025年一般公共预算财政拨款支出{T}万元，", CODE_FIRST),
    Listing("功能分类带类字", "general", "2025年一般公共预算财政拨款支出{T}万元，", CLASS_WORD),
    Listing("三公", "sangong", "2025年“三公”经费预算{T}万元，",
            (("因公出国（境）费", "0"), ("公务用车购置费", "0"), ("公务用车运行维护费", "6.40"), ("公务接待费", "1.40"))),
    Listing("政府采购", "procurement", "2025年政府采购预算{T}万元，", (("货物类", "14.00"), ("工程类", "0"), ("服务类", "6.00"))),
    Listing("政府采购-无类字", "procurement", "2025年政府采购预算总额{T}万元，", (("货物", "14.00"), ("服务", "6.00"))),
    Listing("基本支出", "basic", "基本支出{T}万元，", (("人员经费", "372.60"), ("公用经费", "57.60"))),
    Listing("支出-基本项目", "spending", "支出预算{T}万元，", (("基本支出", "430.20"), ("项目支出", "82.20"))),
    Listing("车辆", "assets", "截至2024年12月31日，本局共有车辆{T}辆，",
            (("一般公务用车", "2"), ("执法执勤用车", "1")), unit="辆"),
    Listing("人员", "staff", "年末实有人员{T}人，", (("行政人员", "12"), ("事业人员", "3"), ("工勤人员", "2")),
            unit="人", severity="warning"),
)

CONNECTORS = ("其中：", "其中", "包括", "分别为", "主要为", "冒号列", "分号列", "编号分行")


def listed(listing: Listing, connector: str, parts: tuple[tuple[str, str], ...]) -> str:
    """The list of parts in one connector's words."""
    unit = listing.unit
    if connector == "分别为":
        return "其中" + "、".join(label for label, _ in parts) + "分别为" + "、".join(f"{a}{unit}" for _, a in parts) + "。"
    if connector == "冒号列":
        return "其中：" + "；".join(f"{label}：{a}{unit}" for label, a in parts) + "。"
    if connector == "分号列":
        return "具体为：" + "；".join(f"{label}{a}{unit}" for label, a in parts) + "。"
    if connector == "编号分行":
        return "其中：\n" + "\n".join(f"{n}.{label}{a}{unit}；" for n, (label, a) in enumerate(parts, 1))[:-1] + "。"
    joiner = "、" if connector in ("包括", "主要为") else "，"
    return connector + joiner.join(f"{label}{a}{unit}" for label, a in parts) + "。"


def sum_cases() -> list[Case]:
    cases: list[Case] = []
    for listing in LISTINGS:
        total = sum((Decimal(a) for _, a in listing.parts), Decimal(0))
        printed = money(total) if listing.unit == "万元" else str(total)
        for connector in CONNECTORS:
            words = lambda parts: listing.total.format(T=printed) + listed(listing, connector, parts)  # noqa: E731
            name = f"c-{listing.name}-{connector}"
            cases.append(Case(name, "c", statement(**{listing.key: words(listing.parts)})))
            index = max(range(len(listing.parts)), key=lambda i: Decimal(listing.parts[i][1]))
            label, amount = listing.parts[index]
            wrong = bump(amount)
            parts = listing.parts[:index] + ((label, wrong),) + listing.parts[index + 1:]
            cases.append(Case(f"{name}-错分项", "c", statement(**{listing.key: words(parts)}), Decimal(wrong),
                              listing.severity))
    cases.extend(_partial_controls())
    return cases


def _partial_controls() -> list[Case]:
    """其中 naming one part that is less than the whole: never a sum."""
    partial = {
        "general": "2025年一般公共预算财政拨款支出482.40万元，其中一般公共服务支出390.30万元。",
        "procurement": "2025年政府采购预算20.00万元，其中货物类14.00万元。",
        "spending": "支出预算512.40万元，其中基本支出430.20万元，主要用于保障机构运转。",
        "income": "2025年收入预算512.40万元，其中一般公共预算拨款收入482.40万元。",
        "assets": "截至2024年12月31日，本局共有车辆3辆，其中一般公务用车2辆。",
        "staff": "年末实有人员17人，其中行政人员12人。",
    }
    return [Case(f"c-其中仅列一项-{key}", "c", statement(**{key: words})) for key, words in partial.items()]


# --- d. one figure stated twice --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Twice:
    name: str
    key: str  # the paragraph that restates it
    words: str  # with {X}
    value: str
    overview: str = ""  # a sentence added to 二 that states it first, with {X}


TWICE = (
    Twice("基本支出", "basic", "基本支出{X}万元，其中人员经费372.60万元，公用经费57.60万元。", "430.20"),
    Twice("基本支出-为", "basic", "本年基本支出为{X}万元，用于人员经费372.60万元、公用经费57.60万元。", "430.20"),
    Twice("三公", "sangong", BUDGET_DEFAULTS["sangong"].replace("7.80", "{X}"), "7.80",
          "“三公”经费预算{X}万元。"),
    Twice("机关运行经费", "opc", "本局2025年机关运行经费{X}万元，主要用于办公、水电和差旅。", "57.60",
          "机关运行经费{X}万元。"),
    Twice("政府采购", "procurement", "2025年政府采购预算{X}万元，其中货物类14.00万元，服务类6.00万元，工程类0万元。", "20.00",
          "政府采购预算{X}万元。"),
    Twice("一般公共预算支出", "general", "本年一般公共预算财政拨款支出{X}万元，主要用于一般公共服务。", "482.40",
          "一般公共预算财政拨款支出{X}万元。"),
)


def twice_cases() -> list[Case]:
    cases: list[Case] = []
    for twice in TWICE:
        spending = BUDGET_DEFAULTS["spending"] + twice.overview
        for name, restated, wrong in (("同值", twice.value, None), ("同值少一位", _fewer(twice.value), None),
                                      ("不同值", _swap(twice.value), Decimal(_swap(twice.value)))):
            paragraphs = {"spending": spending.format(X=twice.value), twice.key: twice.words.format(X=restated)}
            cases.append(Case(f"d-{twice.name}-{name}", "d", statement(**paragraphs), wrong))
    return cases


def _fewer(value: str) -> str:
    """The same figure with its trailing zero dropped (20.00 → 20.0)."""
    return value[:-1] if value.endswith("0") and "." in value else value


def _swap(value: str) -> str:
    """A transposition of two digits, the usual slip of a figure copied twice (430.20 → 403.20)."""
    digits = value.replace(".", "")
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1]:
            swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
            point = value.index(".")
            return swapped[:point] + "." + swapped[point:]
    raise ValueError(value)


# --- e. a part greater than its whole --------------------------------------------------------------------------------

PART_WHOLE = (
    ("机关运行经费大于公用经费", {"opc": "本局2025年机关运行经费{X}万元，主要用于办公、水电和差旅。"}, "57.60", "67.60"),
    ("机关运行经费大于公用经费-为", {"opc": "2025年机关运行经费预算为{X}万元，比上年持平。"}, "57.60", "67.60"),
    ("绩效目标管理大于项目支出", {"performance": "本局2025年实行绩效目标管理的项目{n}个，涉及一般公共预算当年财政拨款{X}万元。"},
     "82.20", "92.20"),
    ("绩效目标管理大于项目支出-金额在前", {"performance": "2025年共{n}个项目实行绩效目标管理，涉及财政拨款资金{X}万元。"},
     "82.20", "92.20"),
    ("项目支出大于财政拨款支出", {"general": "2025年一般公共预算财政拨款支出482.40万元，其中项目支出{X}万元。"},
     "52.20", "492.40"),
)


def part_cases() -> list[Case]:
    cases: list[Case] = []
    for name, paragraphs, fine, wrong in PART_WHOLE:
        # only the all-funds 项目支出 is stated: a 财政拨款 part above it is a part > whole across scopes (a warning)
        severity = "warning" if name.startswith("绩效") else "error"
        for label, value, planted in (("控制", fine, None), ("部分大于整体", wrong, Decimal(wrong))):
            filled = {key: words.format(X=value, n=2) for key, words in paragraphs.items()}
            cases.append(Case(f"e-{name}-{label}", "e", statement(**filled), planted, severity))
    return cases


# --- surfaces over a sample of every family --------------------------------------------------------------------------

def surface_cases(base: list[Case]) -> list[Case]:
    """Every surface over a few cases of each family (a control and its plantings)."""
    picked = [case for case in base if case.id.startswith(SURFACED)]
    return [Case(f"{case.id}@{name}", case.family, _surface(case.text, change), case.wrong, case.severity)
            for case in picked for name, change in SURFACES.items() if name != "全角"]


SURFACED = ("a-值-上年值-额-率-增-增加", "a-值-上年值-额-率-减-减少", "b-完成年初预算的-超-财政拨款支出",
            "c-功能分类-其中：", "c-三公-其中：", "d-基本支出-", "e-机关运行经费大于公用经费-")


def _surface(text: str, change) -> str:
    title, _, body = text.partition("\n")
    return title + "\n" + change(body) if change is not SURFACES["繁体"] else change(text)


def all_cases() -> list[Case]:
    base = change_cases() + execution_cases() + sum_cases() + twice_cases() + part_cases()
    cases = base + surface_cases(base) + extension_cases()
    ids = [case.id for case in cases]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1][:5]
    return cases


# --- a second round of phrasings, written after the fixes above and scored once before any further change ---------

def _extension(family: str, name: str, key: str, control: str, planted: str, wrong: str, *, kind: str = "预算",
               severity: str = "error") -> list[Case]:
    return [Case(f"{family}-续-{name}", family, statement(kind, **{key: control})),
            Case(f"{family}-续-{name}-错", family, statement(kind, **{key: planted}), Decimal(wrong), severity)]


EXTENSION = [
    ("a", "上年数在括号", "opc", "本局2025年机关运行经费57.60万元（上年52.99万元），增加{C}万元。", "4.61", "7.61"),
    ("a", "比上年的", "opc", "本局2025年机关运行经费57.60万元，比上年的52.99万元增加{C}万元。", "4.61", "7.61"),
    ("a", "预算数为-比上年", "opc", "本局2025年机关运行经费预算数为57.60万元，比上年52.99万元增加{C}万元。", "4.61", "7.61"),
    ("a", "较年份", "opc", "本局2025年机关运行经费57.60万元，较2024年52.99万元增加{C}万元。", "4.61", "7.61"),
    ("a", "率在前额在括号", "opc", "本局2025年机关运行经费57.60万元，比上年增长{C}%（增加4.61万元）。", "8.7", "11.7"),
    ("a", "上年同期", "opc", "本局2025年机关运行经费57.60万元，上年同期52.99万元，同比增加{C}万元。", "4.61", "7.61"),
    ("a", "额与率分句", "basic", "基本支出430.20万元，增加30.00万元，较上年增长{C}%。其中人员经费372.60万元，公用经费57.60万元。",
     "7.5", "10.5"),
    ("a", "元-额-率", "opc", "本局2025年机关运行经费576,000.00元，比上年增加46,100.00元，增长{C}%。", "8.7", "11.7"),
    ("b", "占年初预算的", "opc", "本局机关运行经费支出决算57.60万元，占年初预算54.14万元的{C}%。", "106.4", "110.4"),
    ("b", "超支", "opc", "本局机关运行经费年初预算54.14万元，实际支出57.60万元，比年初预算超支{C}万元。", "3.46", "6.46"),
    ("b", "节约", "opc", "本局机关运行经费年初预算61.06万元，实际支出57.60万元，比年初预算节约{C}万元。", "3.46", "6.46"),
    ("c", "构成", "income", "2025年收入预算512.40万元，由一般公共预算拨款收入{C}万元和上年结转30.00万元构成。", "482.40", "485.40"),
    ("c", "列项带占比", "procurement", "2025年政府采购预算20.00万元，其中：货物类{C}万元，占70%；服务类6.00万元，占30%。",
     "14.00", "17.00"),
    ("c", "含", "procurement", "2025年政府采购预算20.00万元，含货物类{C}万元、服务类6.00万元。", "14.00", "17.00"),
    ("c", "三公分项分号", "sangong", "2025年“三公”经费预算7.80万元，具体如下：因公出国（境）费0万元；公务用车购置费0万元；"
     "公务用车运行维护费{C}万元；公务接待费1.40万元。", "6.40", "9.40"),
    ("c", "人员带冒号", "staff", "年末实有人员17人，其中：行政人员{C}人，事业人员3人，工勤人员2人。", "12", "15"),
    ("d", "三公总体与本节", "spending", BUDGET_DEFAULTS["spending"] + "“三公”经费预算{C}万元。", "7.80", "7.08"),
    ("d", "采购元与万元", "spending", BUDGET_DEFAULTS["spending"] + "政府采购预算{C}元。", "200,000.00", "210,000.00"),
    ("e", "机关运行经费元", "opc", "本局2025年机关运行经费{C}元，主要用于办公、水电和差旅。", "576,000.00", "676,000.00"),
    ("e", "其中部分元", "procurement", "2025年政府采购预算20.00万元，其中货物类{C}元。", "140,000.00", "240,000.00"),
]


def extension_cases() -> list[Case]:
    cases: list[Case] = []
    for family, name, key, words, fine, wrong in EXTENSION:
        severity = "warning" if key == "staff" else "error"
        planted = Decimal(wrong.replace(",", ""))
        if family in ("d", "e") and "元" in words and "万元" not in words.split("{C}")[1][:2]:
            planted = planted / 10000  # a figure printed in 元 is quoted in 万元
        cases.extend(_extension(family, name, key, words.format(C=fine), words.format(C=wrong), str(planted),
                                severity=severity, kind="决算" if family == "b" else "预算"))
    return cases
