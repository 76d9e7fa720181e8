"""Rules and reader fixes of the first runs of checks_heldout49/51/52: a PDF whose text layer breaks a line at every
glyph (pdf_pages rejoins them, so no table reader sees "3.6" for 1353.62); PR-SHARE against the total the words
split (a fund's spending in the sentence before, not the document's total); IE-INC-SUM with 用事业基金弥补收支差额
among the sources, with one source said to be 100% of the income, and for a 收支预算总数 stated apart from its
sources; PR-REPEAT of a 基本支出 whose sentence names its own fund; IE-BP in the words (支出预算 = 基本 + 项目 of
its paragraph); TB-TOTAL on a 决算's 财政拨款收支总表 with no 结转 row; PR-OPC-APPLIC on a 部门 that puts itself, by its
own name, outside 机关运行经费. Inputs written for these tests (made-up units and figures)."""
from __future__ import annotations

from disclosures.parsing.checks.prose import pr_opc_applic
from disclosures.parsing.checks.rates import pr_share
from disclosures.parsing.checks.subjects import pr_repeat_split
from disclosures.parsing.checks.summaries import summary_classes
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.totals import ie_bp_in_words
from disclosures.parsing.checks.wording import ie_inc_sum, ie_inc_sum_balanced
from disclosures.parsing.pdf import pdf_pages
from disclosures.parsing.text import page_lines
from disclosures.parsing.types import Check, ParsedDisclosure


def _result(kind: str = "预算") -> ParsedDisclosure:
    return ParsedDisclosure(unit="某县测试局", year=2025, kind=kind, scope="部门", figures={})


def _run(rule, page: str, kind: str = "预算") -> list[Check]:
    return list(rule(_result(kind), text_of(page_lines([page]))))


def _outcomes(rule, page: str, kind: str = "预算") -> list[tuple[str, str, str]]:
    return [(c.rule, c.outcome, c.severity) for c in _run(rule, page, kind)]


# ---- a text layer broken at every glyph ---------------------------------------------------------------------------

def _glyph_pdf(rows: list[tuple[int, list[tuple[int, str]]]], step: float | None) -> bytes:
    """A one-page PDF placing each character with its own matrix, `step` points after the one before (Helvetica at 11
    points advances about 6), or each cell's text in one string when `step` is None."""
    if step is None:
        ops = [f"BT /F1 11 Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET" for y, cells in rows for x, text in cells]
    else:
        ops = [f"BT /F1 11 Tf 1 0 0 1 {x + i * step:.2f} {y} Tm ({ch}) Tj ET"
               for y, cells in rows for x, text in cells for i, ch in enumerate(text)]
    stream = "\n".join(ops).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def _table(count: int = 8) -> list[tuple[int, list[tuple[int, str]]]]:
    return [(700 - 20 * i, [(50, f"R{i}"), (150, f"{1350 + i}.62"), (230, f"{610 + i}.20")]) for i in range(count)]


def test_it_rejoins_the_glyphs_of_a_row_that_the_text_layer_broke_apart() -> None:
    for step in (4.0, 6.0):  # glyphs closer than the font's advance, or about at it
        lines = pdf_pages(_glyph_pdf(_table(), step=step))[0].splitlines()
        assert lines[0] == "R0 1350.62 610.20" and lines[7] == "R7 1357.62 617.20", step
        assert len(lines) == 8  # each row stays its own line: a break to a lower row is kept


def test_it_leaves_a_page_printed_a_string_per_cell_as_pdfium_reads_it() -> None:
    import pypdfium2 as pdfium

    data = _glyph_pdf(_table(), step=None)
    text = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()
    assert pdf_pages(data) == [text] and "R0 1350.62 610.20" in text


def test_a_few_broken_lines_are_not_looked_at_glyph_by_glyph() -> None:
    import pypdfium2 as pdfium

    data = _glyph_pdf(_table(2), step=4.0)  # under twenty lines: read as pdfium gives it
    assert pdf_pages(data) == [pdfium.PdfDocument(data)[0].get_textpage().get_text_range()]


# ---- PR-SHARE: the whole the words split ---------------------------------------------------------------------------

_FUND_SPLIT = ("（二）支出预算。2025年支出预算总额1500.00万元，其中：基本支出600.00万元，占40.0%；项目支出900.00万元，"
               "占60.0%。\n三、财政拨款支出\n2025年一般公共预算财政拨款支出1000.00万元，比上年增加20.00万元，增长2.0%，"
               "主要原因是人员增加。其中：基本支出600.00万元，占{basic}%；项目支出400.00万元，占{project}%。\n")


def test_a_split_opening_its_own_sentence_is_read_against_the_fund_total_of_the_sentence_before() -> None:
    assert _outcomes(pr_share, _FUND_SPLIT.format(basic="60.0", project="40.0")) == [("PR-SHARE", "pass", "warning")] * 4


def test_a_wrong_share_of_the_fund_total_is_an_error_naming_that_total() -> None:
    failed = [c for c in _run(pr_share, _FUND_SPLIT.format(basic="65.0", project="40.0")) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in failed] == [("PR-SHARE", "error")]
    assert "1000.00" in failed[0].message and "1500.00" not in failed[0].message


def test_a_split_whose_parts_add_up_to_no_printed_amount_is_not_read() -> None:
    page = ("2025年一般公共预算财政拨款支出1000.00万元，比上年增加20.00万元。按支出性质分：基本支出600.00万元，占60.0%；"
            "项目支出350.00万元，占40.0%。\n")
    assert [c for c in _run(pr_share, page) if c.message and "950" in c.message] == []


def test_income_shares_after_a_sentence_with_the_total_and_its_change_are_of_that_total() -> None:
    page = ("（一）收入预算。2025年收入预算总额800.00万元，比上年增加8.00万元，增长1.0%。其中：一般公共预算拨款收入"
            "640.00万元，占{share}%；政府性基金预算拨款收入160.00万元，占20.0%。\n")
    assert _outcomes(pr_share, page.format(share="80.0")) == [("PR-SHARE", "pass", "warning")] * 2
    assert ("PR-SHARE", "fail", "error") in _outcomes(pr_share, page.format(share="83.0"))
    # a new sentence that does not open with 其中 speaks of something else: no base
    other = page.format(share="83.0").replace("。其中：", "。另外，")
    assert _outcomes(pr_share, other) == []


# ---- IE-INC-SUM ----------------------------------------------------------------------------------------------------

def test_the_fund_drawn_to_close_the_gap_is_one_of_the_listed_sources() -> None:
    page = ("2025年收入预算总额600.00万元，比上年增加10.00万元。其中：一般公共预算拨款收入400.00万元，占66.7%；事业收入"
            "180.00万元，占30.0%；用事业基金弥补收支差额{fund}万元，占3.3%。\n")
    assert _outcomes(ie_inc_sum, page.format(fund="20.00")) == [("IE-INC-SUM", "pass", "error")]
    assert _outcomes(ie_inc_sum, page.format(fund="30.00")) == [("IE-INC-SUM", "fail", "error")]


def test_the_year_s_own_income_leaves_the_fund_drawn_out_as_it_leaves_the_carry_over_out() -> None:
    page = ("本年收入合计580.00万元，其中：一般公共预算拨款收入400.00万元，事业收入180.00万元，用事业基金弥补收支差额"
            "20.00万元。\n")
    assert _outcomes(ie_inc_sum, page) == [("IE-INC-SUM", "pass", "error")]


def test_one_source_said_to_be_the_whole_income_must_equal_the_total() -> None:
    page = "2025年收入预算总额790.61万元，比上年增加4.00万元。其中：一般公共预算拨款收入{amount}万元，占100.0%。\n"
    assert _outcomes(ie_inc_sum, page.format(amount="790.61")) == [("IE-INC-SUM", "pass", "error")]
    assert _outcomes(ie_inc_sum, page.format(amount="790.16")) == [("IE-INC-SUM", "fail", "error")]
    # one source without a share of 100%: the list may leave others out, nothing is read
    partial = "2025年收入预算总额790.61万元，其中：一般公共预算拨款收入700.00万元，占88.5%。\n"
    assert _outcomes(ie_inc_sum, partial) == []


_BALANCED = ("一、收支预算总体情况\n本局所有收入和支出均纳入部门预算管理。收入{opener}：一般公共预算拨款收入{general}万元、"
             "政府性基金预算拨款收入{fund}万元；支出包括：一般公共服务支出3000.00万元。\n"
             "{year}年收支预算总数{total}万元，比上年增加100.00万元。\n")


def _balanced(**given: str) -> str:
    values = {"opener": "包括", "general": "3000.00", "fund": "0.00", "year": "2025", "total": "3000.00", **given}
    return _BALANCED.format(**values)


def test_a_balanced_total_stated_apart_equals_the_sources_listed_near_it() -> None:
    assert _outcomes(ie_inc_sum_balanced, _balanced()) == [("IE-INC-SUM", "pass", "error")]
    failed = [c for c in _run(ie_inc_sum_balanced, _balanced(total="2900.00")) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in failed] == [("IE-INC-SUM", "error")]
    assert "2900.00" in failed[0].message and "3000.00" in failed[0].message


def test_sources_short_of_the_balanced_total_are_a_hint_and_a_partial_list_is_not_read() -> None:
    assert _outcomes(ie_inc_sum_balanced, _balanced(total="3100.00")) == [("IE-INC-SUM", "fail", "info")]
    assert _outcomes(ie_inc_sum_balanced, _balanced(opener="主要包括", total="3100.00")) == []
    assert _outcomes(ie_inc_sum_balanced, _balanced(year="2024", total="2900.00")) == []


def test_a_balanced_total_within_the_half_steps_of_its_sources_is_a_rounding_note() -> None:
    page = _balanced(general="1000.00", fund="2000.00", total="3000.01")
    assert _outcomes(ie_inc_sum_balanced, page) == [("IE-INC-SUM", "fail", "info")]


# ---- PR-REPEAT: a 基本支出 whose own sentence names its fund ---------------------------------------------------------

_REPEAT = ("三、财政拨款支出预算情况\n2025年一般公共预算财政拨款支出1274.08万元，同比减少12.74万元。其中：基本支出{first}万元，"
           "与上年相比增加38.56万元；项目支出502.98万元，与上年相比减少51.30万元。\n2025年本部门无政府性基金预算拨款安排的"
           "支出。\n一般公共预算基本支出{second}万元，其中人员经费652.08万元，公用经费119.02万元。\n")


def test_a_basic_spending_naming_its_fund_is_not_taken_for_the_fund_of_the_sentence_before() -> None:
    assert _outcomes(pr_repeat_split, _REPEAT.format(first="771.10", second="771.10")) == \
        [("PR-REPEAT", "pass", "error")]


def test_the_same_basic_spending_printed_0_01_apart_is_a_warning_and_further_apart_an_error() -> None:
    assert _outcomes(pr_repeat_split, _REPEAT.format(first="771.11", second="771.10")) == \
        [("PR-REPEAT", "fail", "warning")]
    assert _outcomes(pr_repeat_split, _REPEAT.format(first="781.10", second="771.10")) == \
        [("PR-REPEAT", "fail", "error")]


def test_a_section_heading_closes_the_words_a_basic_spending_is_read_in() -> None:
    page = ("2025年本部门无政府性基金预算拨款安排的支出。\n四、一般公共预算基本支出情况\n2025年一般公共预算基本支出386.78万元，"
            "其中：人员经费334.37万元。\n三、其他\n2025年一般公共预算财政拨款支出671.54万元，比上年增加1.00万元。其中：基本支出"
            "386.79万元；项目支出284.75万元。\n")
    assert ("PR-REPEAT", "fail", "warning") in _outcomes(pr_repeat_split, page)


# ---- IE-BP in the words ------------------------------------------------------------------------------------------

_PARAGRAPH = ("（二）支出预算。2025年支出预算{total}万元，同比增加43.40万元，上升4.2%。按功能分类：社会保障和就业支出"
              "1004.88万元；卫生健康支出38.23万元；住房保障支出41.68万元。{nature}基本支出{basic}万元，占63.5%；项目支出"
              "395.69万元，占36.5%。\n")


def _paragraph(**given: str) -> str:
    values = {"total": "1084.79", "nature": "按支出性质：", "basic": "689.10", **given}
    return _PARAGRAPH.format(**values)


def test_the_spending_total_equals_basic_plus_project_of_its_own_paragraph() -> None:
    assert _outcomes(ie_bp_in_words, _paragraph()) == [("IE-BP", "pass", "error")]
    assert _outcomes(ie_bp_in_words, _paragraph(nature="按支出经济性质分，")) == [("IE-BP", "pass", "error")]


def test_basic_plus_project_off_the_spending_total_is_an_error() -> None:
    failed = [c for c in _run(ie_bp_in_words, _paragraph(basic="789.10")) if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in failed] == [("IE-BP", "error")]
    assert "1084.79" in failed[0].message and "1184.79" in failed[0].message


def test_a_cent_off_within_the_half_steps_is_a_rounding_note() -> None:
    assert _outcomes(ie_bp_in_words, _paragraph(total="1084.80")) == [("IE-BP", "fail", "info")]


def test_a_fund_s_spending_or_another_part_of_the_statement_is_not_read() -> None:
    fund = _paragraph().replace("2025年支出预算", "2025年一般公共预算拨款支出预算")
    assert _outcomes(ie_bp_in_words, fund) == []
    parted = _paragraph(basic="789.10").replace("。按功能分类", "。\n三、按功能分类")
    assert _outcomes(ie_bp_in_words, parted) == []
    assert _outcomes(ie_bp_in_words, _paragraph(basic="789.10").replace("按支出性质：", "")) == []


# ---- TB-TOTAL: a 决算's 财政拨款收支总表 with no 结转 row ------------------------------------------------------------------

_FISCAL_OUTTURN = ("附表4 财政拨款收入支出决算总表\n单位：万元\n收入项目 决算数 支出项目 合计 一般公共预算 政府性基金预算\n"
                   "一般公共预算拨款 482.95 社会保障和就业支出 29.65 29.65 0.00\n政府性基金预算拨款 0.00 卫生健康支出 12.89 12.89 0.00\n"
                   "城乡社区支出 {city} {city} 0.00\n住房保障支出 19.67 19.67 0.00\n{closing}\n")


def _outturn(city: str = "420.74", closing: str = "收入合计 482.95 支出合计 482.95 482.95 0.00") -> str:
    return _FISCAL_OUTTURN.format(city=city, closing=closing)


def test_the_classes_of_an_outturn_summary_with_no_carry_over_add_up_to_its_spending_total() -> None:
    assert _outcomes(summary_classes, _outturn(), kind="决算") == [("TB-TOTAL", "pass", "error")]
    failed = [c for c in _run(summary_classes, _outturn(city="402.74"), kind="决算") if c.outcome == "fail"]
    assert [(c.rule, c.severity) for c in failed] == [("TB-TOTAL", "error")]
    assert "464.95" in failed[0].message and "482.95" in failed[0].message


def test_an_outturn_summary_with_carry_over_rows_keeps_its_spending_total_out_of_the_class_sum() -> None:
    closing = "年初结转和结余 10.00 年末结转和结余 10.00\n收入合计 492.95 支出合计 492.95 492.95 0.00"
    assert _outcomes(summary_classes, _outturn(closing=closing), kind="决算") == []


# ---- PR-OPC-APPLIC: a 部门 that puts itself, by name, outside 机关运行经费 -----------------------------------------------

def _opc(scope: str, words: str) -> list[tuple[str, str, str]]:
    from decimal import Decimal

    from disclosures.parsing.types import Figure

    figure = Figure("operating_costs", Decimal("16.26"), display_scale=2, source="句", page=1, origin="prose",
                    fund_scope="一般公共预算财政拨款")
    result = ParsedDisclosure(unit="某县某镇农业服务中心", year=2025, kind="预算", scope=scope,
                              figures={"operating_costs": figure})
    return [(c.rule, c.outcome, c.severity) for c in pr_opc_applic(result, text_of(page_lines([words])))]


def test_a_department_naming_itself_outside_operating_costs_cannot_state_an_amount() -> None:
    words = "（一）机关运行经费。某县某镇农业服务中心属公益一类事业单位，不在机关运行经费统计范围之内。机关运行经费16.26万元。"
    assert _opc("部门", words) == [("PR-OPC-APPLIC", "fail", "error")]
    assert _opc("部门", words.replace("属公益一类事业单位，", "")) == [("PR-OPC-APPLIC", "fail", "error")]


def test_a_department_putting_a_member_or_an_unnamed_unit_outside_is_not_judged() -> None:
    member = "某县某镇农业服务中心所属站所为公益一类事业单位，不在机关运行经费统计范围。机关运行经费16.26万元。"
    assert _opc("部门", member) == []
    named_after = "某县某镇农业服务中心机关食堂为事业单位，不在机关运行经费统计范围。机关运行经费16.26万元。"
    assert _opc("部门", named_after) == []
    assert _opc("部门", "本单位为公益一类事业单位，不在机关运行经费统计范围。机关运行经费16.26万元。") == []


# ---- the year's appropriation printed again as 当年拨款 (PR-REPEAT) -------------------------------------------------------

_GRANT = ("一、收支预算总体情况\n收入包括：一般公共预算拨款收入{listed}万元、政府性基金预算拨款收入0.00万元。\n"
          "二、一般公共预算当年拨款规模变化情况\n某县测试局{year}年一般公共预算当年拨款{again}万元，比上年增加185.29万元。\n"
          "{tail}")


def _grant(listed: str = "6337.40", again: str = "6337.40", year: str = "2025", tail: str = "") -> str:
    return _GRANT.format(listed=listed, again=again, year=year, tail=tail)


def _repeats(page: str) -> list[tuple[str, str, str]]:
    from disclosures.parsing.checks.subjects import ie_bal_fund_in_words

    return [(c.rule, c.outcome, c.severity) for c in _run(ie_bal_fund_in_words, page) if c.rule == "PR-REPEAT"]


def test_the_year_s_grant_printed_again_reads_as_its_listed_appropriation() -> None:
    assert _repeats(_grant()) == [("PR-REPEAT", "pass", "error")]
    assert _repeats(_grant(again="6337.39")) == [("PR-REPEAT", "fail", "warning")]
    assert _repeats(_grant(again="6373.40")) == [("PR-REPEAT", "fail", "error")]


def test_a_grant_of_another_year_or_a_part_of_the_grant_is_another_quantity() -> None:
    assert _repeats(_grant(again="6000.00", year="2024")) == []
    part = "（四）预算绩效管理情况。2025年共24个项目实行绩效目标管理，涉及一般公共预算当年拨款1650.00万元。\n"
    assert _repeats(_grant(tail=part)) == [("PR-REPEAT", "pass", "error")]


# ---- FM-YEAR: last year's year before this year's amount, after the unit's own name ------------------------------------

def test_last_year_s_year_after_the_unit_s_name_on_this_year_s_amount_is_a_warning() -> None:
    from decimal import Decimal

    from disclosures.parsing.checks.years import fm_year_on_this_years_amount
    from disclosures.parsing.types import Figure

    figure = Figure("general_budget_appropriation", Decimal("5216.77"), display_scale=2, page=1, origin="prose",
                    period="本年", source="收入包括：一般公共预算拨款收入5216.77万元")
    result = ParsedDisclosure(unit="某县测试局", year=2025, kind="预算", scope="部门",
                              figures={"general_budget_appropriation": figure})
    page = "二、规模变化情况\n某县测试局{year}年一般公共预算当年拨款{amount}万元，比上年增加164.52万元。\n"

    def found(year: str, amount: str) -> list[tuple[str, str, str]]:
        view = text_of(page_lines([page.format(year=year, amount=amount)]))
        return [(c.rule, c.outcome, c.severity) for c in fm_year_on_this_years_amount(result, view)]

    assert found("2024", "5216.77") == [("FM-YEAR", "fail", "warning")]
    assert found("2025", "5216.77") == []
    assert found("2024", "5052.25") == []  # last year's own amount under last year's year
