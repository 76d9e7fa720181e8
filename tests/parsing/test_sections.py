"""Sections found by what their headings say: the 目录 is never taken for them, an early 名词解释 does not
close the document, and a 决算's 一…十一 parts fall into the groups the readers use."""
from __future__ import annotations

import pytest

from disclosures.parsing.sections import classify_heading, heading_level, split_sections
from disclosures.parsing.text import page_lines


def sections(*pages: str) -> list[tuple[str, str]]:
    return [(s.key, s.joined.text) for s in split_sections(page_lines(list(pages)))]


@pytest.mark.parametrize(("heading", "key"), [
    ("四、“三公”经费情况说明", "sangong"),
    ("(四)三公经费预算安排", "sangong"),
    ("七、财政拨款“三公”经费支出决算情况说明", "sangong"),
    ("五、其他重要事项的情况说明", "other"),
    ("其他相关情况说明", "other"),
    ("2025年部门预算编制说明", "overview"),
    ("(二)预算收支", "overview"),
    ("二、单位决算收支情况", "overview"),
    ("二、收入支出预算", "overview"),
    ("二、部门收支总体情况", "overview"),
    ("二、收入决算情况说明", "income"),
    ("三、支出决算情况说明", "expenditure"),
    ("四、财政拨款收入支出决算总体情况说明", "appropriation"),
    ("五、一般公共预算财政拨款支出决算情况说明", "general"),
    ("八、政府性基金预算财政拨款收入支出决算情况说明", "fund"),
    ("十、预算绩效管理情况", "performance"),
    ("第四部分 名词解释", "glossary"),
    ("六、专业名词解释", "glossary"),
    ("一、部门基本情况", "basic"),
    # bilingual exports print an English gloss after the heading, digits included
    ("一、部门基本情况Part1Overview", "basic"),
    ("四、“三公”经费情况说明Part 4 Three Public Expenses", "sangong"),
])
def test_it_names_the_section_a_heading_opens(heading: str, key: str) -> None:
    from disclosures.parsing.text import normalize
    found = classify_heading(normalize(heading))
    assert found is not None and found[0] == key


@pytest.mark.parametrize("line", [
    "四、部门预算编制说明........................6",  # a 目录 entry with its leader dots
    "(七)“三公”经费:是指因公出国(境)费、公务用车购置及运行费和公务接待费。",  # a glossary definition
    "2025年“三公”经费预算62.4万元",  # a wrapped sentence that starts like a heading
    "表四 “三公”经费支出预算表",  # a table caption
])
def test_it_opens_no_section_at_lines_that_only_look_like_headings(line: str) -> None:
    from disclosures.parsing.text import normalize
    assert classify_heading(normalize(line)) is None


@pytest.mark.parametrize(("heading", "level"), [
    ("第三部分 情况说明", 0), ("十一、其他重要事项", 1), ("（二）支出预算", 2), ("3.政府采购情况", 3), ("其他相关情况说明", 1),
])
def test_it_tells_the_level_of_a_heading_from_its_numbering(heading: str, level: int) -> None:
    from disclosures.parsing.text import normalize
    assert heading_level(normalize(heading)) == level


def test_it_never_takes_the_table_of_contents_for_the_sections() -> None:
    found = sections(
        "某区2025年部门预算\n",
        "目录\n一、主要职能\n二、名词解释\n三、部门预算编制说明\n四、其他相关情况说明\n",
        "一、主要职能\n负责全区的有关工作。\n二、名词解释\n(一)财政拨款收入:指本级财政拨付的资金。\n",
        "2025年部门预算编制说明\n收入预算100万元，支出预算100万元。\n其他相关情况说明\n一、2025年“三公”经费预算情况说明\n"
        "2025年“三公”经费预算数为3万元。\n",
    )
    keys = [key for key, _ in found]
    assert keys == ["preamble", "basic", "glossary", "overview", "other", "sangong"]
    assert dict(found)["overview"].startswith("收入预算100万元")


def test_it_takes_a_heading_printed_twice_as_a_contents_entry_the_first_time() -> None:
    found = sections("一、收入支出决算总体情况说明\n七、财政拨款“三公”经费支出决算情况说明\n",
                     "第三部分 情况说明\n一、收入支出决算总体情况说明\n收入支出总计20万元。\n七、财政拨款“三公”经费支出决算情况说明\n"
                     "“三公”经费支出决算为1万元。\n")
    assert [key for key, _ in found] == ["preamble", "overview", "sangong"]
    assert dict(found)["overview"].startswith("收入支出总计20万元")


def test_it_keeps_reading_sections_after_an_early_glossary_but_not_its_numbered_items() -> None:
    found = sections("三、名词解释\n(一)“三公”经费:是指三项经费的统称。\n(二)机关运行经费:是指公用经费。\n"
                     "四、部门预算编制说明\n收入预算50万元。\n")
    assert [key for key, _ in found] == ["preamble", "glossary", "overview"]


def test_it_groups_the_parts_of_a_final_account_statement() -> None:
    found = split_sections(page_lines([
        "一、收入支出决算总体情况说明\n收入支出总计30万元。\n二、收入决算情况说明\n本年收入合计28万元。\n"
        "三、支出决算情况说明\n本年支出合计27万元。\n五、一般公共预算财政拨款支出决算情况说明\n一般公共预算财政拨款支出26万元。\n"
        "八、政府性基金预算财政拨款收入支出决算情况说明\n本单位无政府性基金预算财政拨款收入和支出。\n"]))
    assert [(s.key, s.group) for s in found] == [
        ("preamble", "preamble"), ("overview", "overview"), ("general", "budget")]
    assert "本年支出合计27万元" in found[1].joined.text and "无政府性基金" in found[2].joined.text


def test_it_ends_a_bare_sub_heading_so_it_does_not_join_the_next_sentence() -> None:
    found = sections("一、部门基本情况\n四、机关运行经费\n本单位机关运行经费10万元。\n")
    assert "四、机关运行经费。本单位机关运行经费10万元" in dict(found)["basic"]
