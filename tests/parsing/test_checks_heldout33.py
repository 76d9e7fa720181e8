"""Blind held-out corpus 33 for the check engine: 18 documents of county departments in 上海, 江苏, 浙江 and 安徽
(2023–2026): 12 部门/单位 预算 PDFs in the 上海 区级 layout (cover, 目录, 职能, 机构, 名词解释, 编制说明 with
“类-款-项” lines, eight tables in 元 and the 三公 table in 万元, 其他相关情况说明, 项目经费情况说明) and 6 web
statements (.txt) of six of the same departments. The listings name 19 errors and 10 warnings in 13 documents;
5 documents are consistent and carry traps (三公 all zero with an explicit statement, items 未安排, a 持平 line, a
事业单位 out of the 机关运行经费 scope, 全口径 totals above 财政拨款 ones through 结转/事业收入/政府性基金). Every
listed problem was re-computed from the printed text (pdfplumber) before commit, and every listed figure was
checked to be printed on the page given.

First run (scored once, unchanged, on main at 20:51 UTC 2026-11-30, commit 8abb19c: the engine after every fix of
checks_heldout22 to 32 and the session's speed-ups; the corpus was committed before anything ran on it), verbatim:

    h33_01_qingpu_sw: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h33_02_jiading_ws: errors 2/2, warnings 1/1, false errors 1, false warnings 0
        false error: TB-TOTAL p8: 表八部门支出总表合计列：合计行合计5309（53,090,000.00元） 与 208社会保障和就业支出+210卫生健康支出=102（1,020,000.00元）+5020（50,200,000.00元）=5122，差187，超出取整容差0.0000015；两处披露不能同时成立，需人工复核
    h33_03_jiangning_nl: errors 2/2, warnings 0/0, false errors 1, false warnings 0
        false error: TB-TOTAL p8: 表八部门支出总表合计列：合计行合计3104（31,040,000.00元） 与 213农林水支出+221住房保障支出=2993（29,930,000.00元）+69（690,000.00元）=3062，差42，超出取整容差0.0000015；两处披露不能同时成立，需人工复核
    h33_04_wujiang_hb: errors 1/1, warnings 0/1, false errors 0, false warnings 0
        missed warning: p4 安排公务用车购置费18.00万元，但说明本年计划购置公务用车0辆
    h33_05_yuhang_wl: errors 0/0, warnings 0/0, false errors 1, false warnings 0
        false error: TB-TOTAL p8: 表八部门支出总表合计列：合计行合计1469.2（14,692,000.00元） 与 207文化旅游体育与传媒支出+221住房保障支出=1169（11,690,000.00元）+40.2（402,000.00元）=1209.2，差260，超出取整容差0.0000015；两处披露不能同时成立，需人工复核
    h33_06_changxing_jy: errors 1/2, warnings 1/1, false errors 2, false warnings 0
        missed error: p5 表三302商品和服务支出印为20,741,400.00元，而公用经费合计为20,714,400.00元（合计未随明细更新）
        false error: TB-HIER p5: 表三一般公共预算基本支出经济分类预算表302商品和服务支出与其下级科目之和：302商品和服务支出2074.14 与 30201办公费+30211差旅费+30299其他商品和服务支出=828.576+414.288+828.576=2071.44，差2.7，超出取整容差0.0065；两处披露不能同时成立，需人工复核
        false error: TB-TOTAL p8: 表八部门支出总表合计列：合计行合计12748（127,480,000.00元） 与 205教育支出+208社会保障和就业支出=11738（117,380,000.00元）+690（6,900,000.00元）=12428，差320，超出取整容差0.0000015；两处披露不能同时成立，需人工复核
    h33_07_feixi_mz: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h33_08_shucheng_sl: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    h33_09_fengxian_sf: errors 1/1, warnings 2/2, false errors 0, false warnings 0
    h33_10_haimen_zj: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p7 表八221住房保障支出总计印为4,670,000.00元，基本支出560,000.00元与项目支出4,200,000.00元之和为4,760,000.00元（表二同类为4,760,000.00元）
    h33_11_linan_lc: errors 2/2, warnings 0/0, false errors 1, false warnings 0
        false error: TB-TOTAL p8: 表八部门支出总表合计列：合计行合计1218.8（12,188,000.00元） 与 208社会保障和就业支出+213农林水支出=41.8（418,000.00元）+1112（11,120,000.00元）=1153.8，差65，超出取整容差0.0000015；两处披露不能同时成立，需人工复核
    h33_12_tongcheng_ty: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h33_13_qingpu_sw_web: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 收支预算总额962.00万元，但一般公共预算拨款962.00万元加事业收入12.00万元等来源之和为974.00万元
    h33_14_jiangning_nl_web: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h33_15_yuhang_wl_web: errors 1/1, warnings 1/1, false errors 0, false warnings 0
    h33_16_feixi_mz_web: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    h33_17_fengxian_sf_web: errors 1/1, warnings 0/0, false errors 0, false warnings 0
    h33_18_linan_lc_web: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    TOTAL errors found 16/19 (recall 0.842); warnings found 9/10; false errors per document 0.333; false warnings per document 0.000

Issue 9's bars: recall 16/19 = 0.84 (met); false errors 0.33 ≤ 1 per document (met): five TB-TOTAL on a 部门支出总表 whose
class rows were read only in part, one TB-HIER on a 元 table; false warnings 0 ≤ 2 per document (met). Blindness: the
writer reported opening none of the forbidden files; it wrote the corpus in about six minutes (all 12 PDFs are 预算 from
one template).

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules15_33.py:
an uncoded funds row under the 类 rows of a 部门支出总表, a table with no kept cells quoted in the unit most tables use, text-
line rows read past an uncoded tail row, 收支预算总额均为X as the income total; SG-VCOUNT raised to CHECKS.md's warning). Run
after the fixes of this session: errors found 19/19, warnings 10/10, false errors 0, false warnings 0. These figures
measure fitting; the first run above remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout33"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
