"""The check engine's shortcuts (issue 9: all checks of a 26-page PDF within 50 ms) find what the plain readings find."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from disclosures.parsing import parse_disclosure
from disclosures.parsing.checks import run_checks
from disclosures.parsing.checks.codes import _NAME_THEN_CODE, _names_then_codes
from disclosures.parsing.checks.core import from_amounts
from disclosures.parsing.checks.stated import _BOTH_YEARS
from disclosures.parsing.checks.statements import _CHANGE_THEN_PRIOR, _RATE, _RATE_AFTER_BOTH, sentences_with
from disclosures.parsing.checks.text import text_of
from disclosures.parsing.checks.wording import _CLAUSE_TWICE, _clause_twice
from disclosures.parsing.document import load_document
from disclosures.parsing.text import Line

SHARED = Path(__file__).resolve().parents[3] / "shared"
PDF = SHARED / "realdocs" / "pdf" / "ee47ac5b96.pdf"


def _spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("text", [
    "支出合计120.50万元，比上年增加20.50万元，上年预算为100.00万元。",
    "1,234.5678.90100.00万元，比上年减少8.90万元，上年预算为108.80万元",  # cells run together before the amount
    "12.3.45万元，比上年增加1万元，上年为0.45万元",  # the amount opens inside a run of number characters
    "万元120万元，较上年增加5万元，上年预算是115万元；30万元，比上年减少2万元，上年为32万元",
    "-5万元，比上年增加1万元，上年预算为-6万元",
    "合计50万元，与上年持平",
])
def test_it_finds_amount_led_matches_as_finditer_does(text: str) -> None:
    for pattern in (_CHANGE_THEN_PRIOR, _RATE_AFTER_BOTH, _BOTH_YEARS):
        assert _spans(from_amounts(pattern, text)) == _spans(pattern.finditer(text))
    assert [m.group(1) for m in from_amounts(_CHANGE_THEN_PRIOR, "12.3.45万元，比上年增加1万元，上年预算为0.45万元")] == ["3.45"]


def test_it_reads_both_sentences_of_a_change_stated_twice() -> None:
    text = "基本支出80万元，比上年增加10万元，上年预算为70万元。项目支出20万元，比上年减少5万元，上年预算为25万元。"
    assert [m.group(1, 2, 3, 4) for m in from_amounts(_CHANGE_THEN_PRIOR, text)] == [
        ("80", "增加", "10", "70"), ("20", "减少", "5", "25")]


@pytest.mark.parametrize("text", [
    "初中教育(项)(2050202)支出100万元",
    "教" * 40 + "(205)" + "育" * 31 + "(项)(20502)" + "支出(类)(2050202)(201)",
    "一般公共服务(201)、教育(205)",
    "(2050202)无名称",
    "小学教育(20502021)",  # eight digits: no code
])
def test_it_finds_names_before_codes_as_finditer_does(text: str) -> None:
    assert _spans(_names_then_codes(text)) == _spans(_NAME_THEN_CODE.finditer(text))


def test_it_takes_at_most_thirty_characters_of_name_before_a_code() -> None:
    found = list(_names_then_codes("教" * 40 + "(205)"))
    assert [m.group(1) for m in found] == ["教" * 30]


@pytest.mark.parametrize("line", [
    "主要用于保障机构正常运转，主要用于保障机构正常运转，",
    "本年度收入预算增加，本年度收入预算增加，支出减少",
    "主要用于保障机构正常运转，主要用于保障机构正常运行，",  # one character differs
    "短句，短句，",  # shorter than eleven characters
    "一、部门职责，二、机构设置；三、人员情况；四、收支总体情况；",
])
def test_it_finds_a_doubled_clause_as_the_pattern_does(line: str) -> None:
    plain, quick = _CLAUSE_TWICE.search(line), _clause_twice(line)
    assert (plain and (plain.span(), plain.group(1))) == (quick and (quick.span(), quick.group(1)))


def test_it_finds_the_doubled_clause_it_was_given() -> None:
    found = _clause_twice("据统计，主要用于保障机构正常运转，主要用于保障机构正常运转，其余")
    assert found is not None and found.group(1) == "主要用于保障机构正常运转，"


def _line(text: str, page: int = 1) -> Line:
    return Line(text, page, text, list(range(len(text))))


def test_it_skips_sentences_without_the_needed_word_yet_finds_the_same_rates() -> None:
    lines = [_line("全年完成预算的98.5%。"), _line("支出执行率为101.2%；预算执行较好。"), _line("执行率较高。")]
    plain = text_of(lines)
    quick = text_of(lines)
    assert [(t, m.group("pct")) for _, t, _, m in sentences_with(_RATE, plain)] == [
        ("全年完成预算的98.5%", "98.5"), ("支出执行率为101.2%", "101.2")]
    assert [(t, m.group("pct")) for _, t, _, m in sentences_with(_RATE, quick, "%")] == [
        ("全年完成预算的98.5%", "98.5"), ("支出执行率为101.2%", "101.2")]


def _outcomes(checks) -> list[tuple]:
    return [(c.rule, c.outcome, c.severity, c.page, c.message) for c in checks]


def test_it_gives_the_same_checks_when_run_again_on_the_same_document() -> None:
    if not PDF.exists():
        pytest.skip("realdocs not present")
    data = PDF.read_bytes()
    document = load_document(data, filename=PDF.name)
    result = parse_disclosure(data, filename=PDF.name)
    first = _outcomes(run_checks(result, document))
    assert document.checks_text is not None and document.checks_text[0] is document.lines
    view = text_of(document.lines, document)
    view.pages[min(view.pages)].lines.clear()  # what one run does to its view stays in that run
    view.listing_pages.add(1)
    again = _outcomes(run_checks(result, document))
    fresh = _outcomes(run_checks(result, dataclasses.replace(document, checks_text=None)))
    assert again == first == fresh
    assert len(first) > 50


def test_it_reads_the_lines_again_when_the_document_has_new_ones() -> None:
    document = load_document("一、部门职责\n主要职责是管理教育。\n".encode("utf-8"), filename="a.txt")
    old = text_of(document.lines, document)
    document.lines = [_line("一、部门职责"), _line("主要职责是管理卫生。")]
    new = text_of(document.lines, document)
    assert "教育" in old.text and "卫生" in new.text and "教育" not in new.text
    assert re.search("卫生", text_of(document.lines, document).text)


def _plain_anchored(pattern, anchor, text, *, before, after):
    """`anchored` as it read before it tried only the openings: a search of each anchor's whole window."""
    end = 0
    for hit in anchor.finditer(text):
        if hit.end() <= end:
            continue
        found = pattern.search(text, max(end, hit.start() - before), min(len(text), hit.end() + after))
        if found is not None:
            end = found.end()
            yield found


@pytest.mark.parametrize("text", [
    "一般公共预算拨款支出120.50万元，比上年增加4.50万元。",
    "比上年增加4.50万元，" + "填充文字" * 3 + "基本支出80.00万元，比上年减少1.00万元。",  # a match before a later anchor
    "比上年" * 3 + "项目支出40.50万元，比上年增加5.50万元；比上年",  # anchors overlapping the windows
    "支出1万元，比上年增加1万元" + "，" * 200 + "支出2万元，比上年减少2万元",
    "比上年增加4.50万元",  # no label in front: no match
])
def test_an_anchored_search_tries_only_the_openings_yet_finds_what_the_window_finds(text: str) -> None:
    from disclosures.parsing.checks.core import anchored

    # the label, the amount and 万元 reach at most 20 + 12 + 3 characters in front of 比上年 here: each window holds
    # them (a narrower one is outside `anchored`'s contract)
    pattern = re.compile(r"([^\d,，。；]{2,20}?)(\d{1,9}(?:\.\d{1,2})?)万元，比上年(增加|减少)(\d+(?:\.\d+)?)万元")
    anchor = re.compile("比上年")
    for before, after in ((35, 40), (60, 30), (90, 420)):
        assert _spans(anchored(pattern, anchor, text, before=before, after=after)) == _spans(
            _plain_anchored(pattern, anchor, text, before=before, after=after))
        # the label holds no 。 or ；: the openings may start after the last one before the anchor
        assert _spans(anchored(pattern, anchor, text, before=before, after=after, stops="。；")) == _spans(
            _plain_anchored(pattern, anchor, text, before=before, after=after))


def _plain_dropped_spaces(line: Line) -> list[int]:
    """Every digit after a number character whose raw gap is whitespace: the reading `_dropped_spaces` shortens."""
    from disclosures.parsing.checks.text import _NUMBER_AFTER_NUMBER, _SPACED_NUMBER

    if not _SPACED_NUMBER.search(line.raw) or len(line.index) != len(line.text):
        return []
    return [m.start() for m in _NUMBER_AFTER_NUMBER.finditer(line.text)
            if line.raw[line.index[m.start() - 1] + 1:line.index[m.start()]].isspace()]


@pytest.mark.parametrize("raw", [
    "表8 2026年部门支出总表",
    "8.  2025年一般公共预算支出表",
    "1 2 3 4",
    "合计 120.50  80.00 40.50",
    "表⑴ 2026年收入表",  # one printed character read as several
    "（１）　２０２６年收入表",  # full-width digits and an ideographic space
    "3、 4： 5",
    "12 34万元 5",
    "无空格123",
])
def test_it_puts_back_the_spaces_the_plain_reading_does(raw: str) -> None:
    from disclosures.parsing.checks.text import _dropped_spaces
    from disclosures.parsing.text import normalize_mapped

    text, index = normalize_mapped(raw)
    line = Line(text, 1, raw, index)
    assert _dropped_spaces(line) == _plain_dropped_spaces(line)


@pytest.mark.parametrize("text", [
    "本年收入总计120.50万元，支出总计120.50万元。",
    "收入总计1万元",  # the literal at the start: no room in front of it
    "总计总计收入总计2万元上年支出总计",  # occurrences overlapping one another's openings, one at the end
    "2024年度全年一般公共预算财政拨款支出88.00万元",
])
def test_it_tries_a_pattern_only_near_its_literal_yet_finds_what_finditer_finds(text: str) -> None:
    from disclosures.parsing.checks.core import near_literal, opened_at

    grand = re.compile(r"(?<![上去前])(?:本年)?(收入|支出)总计(?:为)?(-?\d[\d,]*(?:\.\d+)?)万元")
    assert _spans(opened_at(grand, text, near_literal(text, "总计", least=2, most=4))) == _spans(grand.finditer(text))
    stated = re.compile(r"(?:(?:19|20)\d\d年度?|本年度?)?(?:全年)?一般公共预算(?:财政)?拨款支出(-?\d[\d,]*(?:\.\d+)?)万元")
    assert _spans(opened_at(stated, text, near_literal(text, "一般公共预算", least=0, most=8))) == _spans(
        stated.finditer(text))


@pytest.mark.parametrize("text", [
    "共有车辆12辆，其中：一般公务用车3辆、执勤执法用车9辆。",
    "-5万元，其中：基本支出-2万元",  # a minus sign opening the run
    "1,234.56亿元，其中项目支出234.56万元",  # a run with a comma and a point; the widest gap
    "12辆",
    "共计4,862,000.00元。合计3.5元，其中1元",
])
def test_it_tries_a_number_led_pattern_only_in_the_number_before_its_literal(text: str) -> None:
    from disclosures.parsing.checks.core import number_before, opened_at
    from disclosures.parsing.checks.sangong import _PARTS_OF
    from disclosures.parsing.checks.statements import _IN_YUAN
    from disclosures.parsing.checks.totals import _PART_OF

    for pattern, literal, gap in ((_PARTS_OF, "辆", 0), (_PART_OF, "其中", 3), (_IN_YUAN, "元", 0)):
        assert _spans(opened_at(pattern, text, number_before(text, literal, gap=gap))) == _spans(pattern.finditer(text))
