"""Blind held-out corpus 30 for the check engine: 18 county 预算/决算 statements as portals publish them (17 text
files and one HTML page; 部门 and 单位, 行政 and 事业, 县/县级市/旗/区, 2019–2026), each in its own house style
(numbered, Q&A, bullets, pasted tables flattened into lines, all amounts in 元, 繁体, full-width digits, 亿元 mixed
with 万元, hard-wrapped lines that split numbers, key-value lines, HTML with tables). The listings name 19 errors and
9 warnings in 13 documents; the other 5 are consistent but carry traps (scopes, rounding, zeros in words, an empty
table with its note, a rate rounded to one decimal). Every listed problem was re-computed from the printed text, and
every listed figure checked to be printed in its document, before commit.

First run (scored once, unchanged, on main at 19:59 UTC 2026-11-30, the engine that scored checks_heldout28 and 29
(commit d93a0d1 only re-shaped a helper of PR-PCT); the corpus was committed before anything ran on it), verbatim:

    h30_01_numbered: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h30_02_qa: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 机关运行经费在第五问中为109.60万元，在第七问中又写为105.40万元（与上年数相同），同一指标两处不一致
    h30_03_flattables: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 目录列出“表六 政府采购预算表”，附表中只有表一至表五，表六缺失
    h30_04_yuan: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p1 收支增加318,500.00元，上年总额为5,330,500.00−318,500.00元，增幅应约6.35%，文中5.98%是以本年数为基数算出
    h30_05_trad: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 政府採購總額491.60萬元，但貨物類186.50+工程類26.00+服務類243.10=455.60萬元
    h30_06_fullwidth: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h30_07_yiwan: errors 0/1, warnings 1/1, false errors 1, false warnings 0
        missed error: p1 支出预算3.08亿元，按功能分类教育支出2.16亿元+社会保障和就业支出3,186.50万元+住房保障支出1,506.50万元，约2.63亿元，差额远超亿元取整误差
        false error: IE-EXP-SUM p1: 支出合计与功能分类之和：支出合计30800（3.08亿元） 与 教育支出+社会保障和就业支出+住房保障支出=21600+3186.50+1506.50=26293.00，差4507.00，超出取整容差50.51；两处披露不能同时成立，需人工复核
    h30_08_linebreaks: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h30_09_bullets: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h30_10_htmltables: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 正文交通运输支出为5,540.00万元，表五部门支出总表（及表一）为5,450.00万元；正文各类之和也因此不等于支出7,207.90万元
    h30_11_scopes: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h30_12_final: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h30_13_brief: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 收支比上年增加151.50万元，上年为2,337.50−151.50=2,186.00万元，增幅约6.93%，文中写增长8.93%，相差2个百分点
    h30_14_emptyfund: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h30_15_semicolon: errors 2/2, warnings 0/0, false errors 0, false warnings 0
    h30_16_keyvalue: errors 0/1, warnings 0/2, false errors 0, false warnings 1
        missed error: p1 表1中款级20808抚恤合计印为1,074.00万元，其下项级死亡抚恤212.00+伤残抚恤835.00=1,047.00万元，本行项目支出也为1,047.00万元；类级208合计2,206.80万元=43.50+1,047.00+820.00+296.30，与项级明细相符
        missed warning: p1 “表2：一般公共预算“三公”经费支出表”原样重复出现两次
        missed warning: p1 表3政府性基金预算支出表为空表，表下和正文都没有说明无政府性基金支出
        false warning: TB-DUP p1: “表2:一般公共预算“三公”经费支出表”在第1页重复刊印两次，内容相同
    h30_17_shiye: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h30_18_final_faq: errors 1/2, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 决算收入总计1,852.50万元，应等于本年支出1,756.50万元加年末结转和结余，但年末结转和结余印为116.00万元，合计1,872.50万元
        missed warning: p1 年末实有在职人员88人，但本级40人+教师进修学校29人+业余体育学校17人=86人
    TOTAL errors found 12/19 (recall 0.632); warnings found 4/9; false errors per document 0.056; false warnings per document 0.056

Issue 9's bars: recall 12/19 = 0.63 < 0.8 (MISSED); false errors 0.06 ≤ 1 per document (met); false warnings 0.06 ≤ 2
per document (met). h30_16's TB-DUP warning is found by the engine but scored as missed and false: the listing names the
table as “表2：…” and the check quotes “表2:…” (the parser's half-width colon), a limit of the scorer's token match.
Blindness: the writer listed tests/fixtures (file names only) and opened none of the forbidden files.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules15_30a.py:
用于…的 labels, a rate opening the next sentence, 计划金额 totals, 亿元 classes quoted as printed, 分功能科目看 lists, changes read
clause by clause, 决算 totals from 收入总计; test_checks_rules15_30b.py: a 目录 on the body's page, TB-EMPTY in text files,
captions quoted as printed, spaced coded tables in text files). Run after the fixes of this session: errors found 19/19,
warnings 8/9, false errors 0, false warnings 0. These figures measure fitting; the first run above remains the held-out
estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout30"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
