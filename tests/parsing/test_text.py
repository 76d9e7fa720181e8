import subprocess
import sys

import pytest

from disclosures.parsing.text import is_page_furniture, is_tabular, join_lines, normalize, page_lines, to_simplified
from tests.conftest import REPO


@pytest.mark.parametrize("raw,expected", [
    ("2026 年“三公”经费预算 43.80 万元", "2026年“三公”经费预算43.80万元"),
    ("因公出国（境）费用：０万元，", "因公出国(境)费用:0万元,"),
    ("比上年增加 1 234.50 万元；", "比上年增加1234.50万元;"),
    ("OA system 维护", "OA system维护"),
    ("　全角空格　２０２４年", "全角空格2024年"),
])
def test_it_folds_widths_and_spaces(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("line", ["第 3 页", "第3页 共15页", "- 3 -", "—12—", "3/15", "共4页", "7", "Page 2 of 9"])
def test_it_recognises_page_furniture(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", ["第三部分 其他事项", "2024年预算", "三公经费3万元"])
def test_it_keeps_prose_lines(line):
    assert not is_page_furniture(line)


@pytest.mark.parametrize("line,tabular", [
    ("合计 3,064.66 2,512.29 552.37", True),
    ("合计\t12.00\t\t3.00", True),
    ("| 合计 | 12.00 | 3.00 |", True),
    ("2027 年“三公”经费预算 51.20 万元，比 2026 年增加 3.10 万元", False),
])
def test_it_tells_table_rows_from_prose(line, tabular):
    assert is_tabular(line) is tabular


def test_it_drops_a_running_footer_but_keeps_a_sentence_that_closes_two_pages_alike():
    pages = [f"县财政局编印\n某县某单位{n}本单位收入{n}00万元，\n另有车辆均为0。" for n in (1, 2, 3)]
    texts = [line.text for line in page_lines(pages)]
    assert texts.count("另有车辆均为0。") == 3
    assert "县财政局编印" not in texts


def test_joined_lines_keep_numbers_whole_and_know_their_pages():
    lines = page_lines(["公务接待费比上年增加1\n第 1 页", "2.5万元，主要原因是会议减少。\n- 2 -"])
    joined = join_lines(lines)
    assert joined.text == "公务接待费比上年增加12.5万元,主要原因是会议减少。"
    start = joined.text.index("12.5")
    assert joined.page_at(start) == 1
    assert joined.page_at(start + 2) == 2
    assert joined.cite(0, joined.text.index("万元") + 2) == "公务接待费比上年增加12.5万元"


def test_it_converts_traditional_text_only_when_it_is_traditional():
    text, converted = to_simplified("「三公」經費預算12萬元，機關運行經費")
    assert converted and text == "「三公」经费预算12万元，机关运行经费"
    assert to_simplified("三公经费预算12万元") == ("三公经费预算12万元", False)


def test_the_parser_package_loads_no_django():
    code = "import sys, disclosures.parsing as p; p.parse_disclosure; print(any(m.split('.')[0]=='django' for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
