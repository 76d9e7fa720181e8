"""One vocabulary per metric: the words a disclosure uses for it, in prose and in table labels.

Prose rules (prose.py, patterns.py) and table readers (tables.py) both read this table, so a synonym
learnt from one county's wording helps both. Every label is a regular-expression fragment written
against *normalized* text (text.normalize: half-width brackets, colons and commas, no spaces).

    metric_for_label("公务用车购置及运行维护费")  -> "vehicle_total"
    metric_for_label("（一）因公出国(境)费")        -> "outbound_travel"
    metric_for_label("一般公共服务支出")            -> None  (a function line, not a metric)
    VOCABULARY["reception"].labels                 -> ("(?:国内)?公务接待费(?:用)?", …)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import _TRADITIONAL_MARKERS, _t2s, normalize

Q = "[“”\"「」『』‘’'〝〞]?"  # an optional quote mark around 三公
SANGONG = rf"{Q}三公{Q}"
CAR = r"公(?:务用?)?车(?:辆)?"  # 公务用车, 公务车, 公车
# An item named without its closing 费 ("公务用车运行维护11.70万元", "公车购置零", "公务接待支出"): only when an
# amount, a zero or a budget word follows at once, so "公务接待批次" or "公务用车购置计划" never names the item.
BARE = r"(?=\d|零|为|是|均|预算|决算|支出|安排|和|、|:|$)"


@dataclass(frozen=True)
class Term:
    key: str  # metric key of metrics.METRICS
    labels: tuple[str, ...]  # regex fragments naming the metric, most specific first
    unit: str = "万元"  # 万元 for amounts, 人 or 辆 for counts
    fund_scope: str | None = None  # 全口径, 财政拨款, 一般公共预算财政拨款, 政府性基金; None = as stated
    exp_scope: str = "total"  # total, 基本 or 项目
    sections: tuple[str, ...] = ()  # section keys (sections.py) where prose states it, in the order to look
    table_words: tuple[str, ...] = ()  # extra words that name it only as a table column or row label


# Order matters for metric_for_label: a longer, more specific label is tried before a shorter one
# ("公务用车购置及运行费" is vehicle_total, not vehicle_purchase).
_TERMS = [
    Term("sangong_total", (rf"{SANGONG}经费(?:财政拨款)?(?:支出)?(?:预算|决算)?(?:数)?(?:合计|总额|总计)?",),
         fund_scope="一般公共预算财政拨款", sections=("sangong", "other", "budget", "preamble", "overview"),
         table_words=(r"合计", r"总计")),
    Term("vehicle_total", (r"公务用?车(?:辆)?购置及运行(?:维护|维修)?费(?:用)?", r"公务用车(?:费用?)?小计",
                           r"运行维护及购置费", rf"{CAR}购置及运行(?:维护|维修)?{BARE}",
                           # "车辆购置和运行维护费为零": 车辆 names the pair as one item
                           r"车辆购置(?:和|及)运行(?:维护|维修)?费(?:用)?",
                           # "公务用车费用3.20万元，其中：购置费…": the subtotal named by its subject alone
                           r"公务用车(?:费用|经费)(?:合计)?"),
         fund_scope="一般公共预算财政拨款", sections=("sangong", "other"), table_words=(r"小计",)),
    Term("vehicle_purchase", (r"公务用?车(?:辆)?购置费(?:用)?", r"公务用?车(?:辆)?购置支出", rf"{CAR}购置{BARE}",
                              r"车辆购置费(?:用)?", r"购车费(?:用)?"),
         fund_scope="一般公共预算财政拨款", sections=("sangong", "other"), table_words=(r"购置费?", r"购置支出")),
    Term("vehicle_operation", (r"公务用?车(?:辆)?运行(?:维护|维修|保障)?费(?:用)?",
                               r"公务用?车(?:辆)?运(?:行)?维费", rf"{CAR}运行(?:维护|维修|保障)?{BARE}",
                               r"车辆运行(?:维护|维修)?费(?:用)?"),
         fund_scope="一般公共预算财政拨款", sections=("sangong", "other"),
         table_words=(r"运行(?:维护)?费?", r"运维费")),
    Term("outbound_travel", (r"(?:因公)?出国\(?境\)?(?:经)?费(?:用)?", r"因公出境费(?:用)?", rf"因公出国\(?境\)?{BARE}"),
         fund_scope="一般公共预算财政拨款", sections=("sangong", "other")),
    Term("reception", (r"(?:国内)?公务接待费(?:用)?", rf"(?:国内)?公务接待{BARE}"),
         fund_scope="一般公共预算财政拨款", sections=("sangong", "other")),
    Term("operating_costs", (r"(?:机关)?运行经费(?:预算|决算|支出)?(?:合计|总额)?",),
         fund_scope="一般公共预算财政拨款", exp_scope="基本", sections=("other", "budget", "preamble", "overview")),
    Term("income_total", (r"(?:本年)?收入(?:预算|决算)?(?:总额|合计|总计|总数)?", r"收入总数"),
         fund_scope="全口径", sections=("overview", "income", "budget", "preamble")),
    Term("expenditure_total", (r"(?:本年)?支出(?:预算|决算)?(?:总额|合计|总计|总数)?", r"支出总数"),
         fund_scope="全口径", sections=("overview", "expenditure", "budget", "preamble")),
    Term("general_budget_appropriation",
         (r"一般公共预算(?:财政)?拨款(?:收入|支出)?(?:预算|决算)?(?:总额|合计)?",),
         fund_scope="一般公共预算财政拨款", sections=("budget", "overview", "appropriation")),
    Term("gov_fund_appropriation", (r"政府性基金(?:预算)?(?:财政)?拨款(?:收入|支出)?(?:预算|决算)?",),
         fund_scope="政府性基金", sections=("budget", "overview", "appropriation", "fund")),
    Term("carryover", (r"(?:上年|年初)结转(?:和|及)?结余|上年结转|上年结余|结转结余",),
         fund_scope="全口径", sections=("overview", "income")),
    Term("basic_expenditure", (r"基本支出(?:预算|决算)?",), exp_scope="基本",
         sections=("budget", "expenditure", "overview")),
    Term("project_expenditure", (r"项目支出(?:预算|决算)?", r"专项(?:项目)?(?:支出|经费)"), exp_scope="项目",
         sections=("budget", "expenditure", "overview")),
    Term("procurement_total", (r"政府采购(?:预算|决算|支出)(?:总额|合计|总计|金额)?",
                               r"政府采购(?:总额|合计|总计|金额)"), sections=("other", "procurement")),
    Term("performance_managed_funds", (r"绩效目标(?:管理)?",), fund_scope="一般公共预算财政拨款", exp_scope="项目",
         sections=("other", "performance")),
    Term("commissioned_services", (r"委托业务费(?:支出|预算|决算)?",), sections=("other",)),
    Term("vehicles_count", (r"车辆(?:总数|合计|共计)", r"公务用车(?:保有量|总数)", r"(?:共有|现有|实有)车辆"),
         unit="辆", sections=("other", "assets")),
    Term("vehicles_purchase_planned", (r"(?:安排|计划|拟)(?:新)?购置车辆",), unit="辆", sections=("other", "assets")),
    Term("staff_authorized", (r"编制(?:总数|数|人数)?",), unit="人", sections=("basic", "preamble")),
    Term("staff_actual", (r"(?:实有|在职|在编)(?:人员|人数|职工)?(?:总数)?", r"在职人员总数"), unit="人",
         sections=("basic", "preamble", "overview")),
]

VOCABULARY: dict[str, Term] = {term.key: term for term in _TERMS}

# Numbering, quotes and filler a table label or heading carries around the metric's name.
_LEAD = re.compile(r"^(?:\d{1,2}[.、]|\(?[一二三四五六七八九十]{1,3}[)、.]|\(\d{1,2}\)|其中[:]?|[1-9]\.)+")
_TRAIL = re.compile(r"(?<=.)(?:\((?:万元|元)\)|[:]|合计)$")


def label_pattern(key: str) -> str:
    """All labels of one metric as one alternation (for prose rules)."""
    return "|".join(f"(?:{label})" for label in VOCABULARY[key].labels)


def metric_for_label(text: str, *, table: bool = False) -> str | None:
    """The metric a row or column label names, or None when it names none (or more than one).

    `table=True` also accepts the short words a 三公 table uses under a group header (小计, 购置费, 运行费);
    those alone are too vague in prose.
    """
    label = _clean(text)
    if not label:
        return None
    return _match(label, table)


@lru_cache(maxsize=4096)
def _match(label: str, table: bool) -> str | None:
    for term in _TERMS:
        for fragment in term.labels:
            if re.fullmatch(fragment, label):
                return term.key
    if table:
        for term in _TERMS:
            for fragment in term.table_words:
                if re.fullmatch(fragment, label):
                    return term.key
    return None


def _clean(text: str) -> str:
    label = normalize(text or "")
    if any(ch in _TRADITIONAL_MARKERS for ch in label):
        label = _t2s().convert(label)
    label = _LEAD.sub("", label)
    label = re.sub(r"^(?:19|20)\d{2}年度?", "", label)
    previous = None
    while previous != label:
        previous = label
        label = _TRAIL.sub("", label)
    return label
