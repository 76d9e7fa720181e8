"""Blind held-out corpus 39 for the check engine: 18 county 部门/单位 预算 of 2024-2026 (陕西, 宁夏, 甘肃, 山西, 河北)
built by tests/fixtures/make_checks_heldout39_pdfs.py from one consistent model per document: 11 PDFs (a 情况说明
plus 11 附表 in 元 or 万元, 功能分类 to 7-digit 项 with 合计/基本/项目, 基本支出 by 部门经济分类 301/302/303 and by
政府经济分类 501/502/505/509, long tables continued on 续表 pages with repeated headers) and 7 .txt statements
(prose plus text tables, one in 元 without thousands separators). 21 errors and 10 warnings are listed in 14
documents: 项/款/类 and 经济分类 款/类 sums broken, 501 disagreeing with 301, a row 合计 not equal to 基本+项目,
财政拨款收支总表 unbalanced, transposed digits, prose vs table (三公 item, a 类, 项目支出, 一般公共预算拨款),
wrong 三公 Δ, 采购 parts, rates off by more or less than 1 point, direction word clashing with the rate, a wrong
year, a placeholder XX, a table in the 目录 but absent, headcount parts. The 4 consistent documents (a08, a10,
t03, t05) carry traps: 万元 cells rounded independently (sums off by 0.01), prose in 万元 against tables in 元, a
rate printed as a whole percent (7% for 6.60%), a vehicle purchase making 三公 jump, 运行维护费 与上年持平, a unit
without vehicles stating 未安排, empty 政府性基金 tables with their own note; a09 is a 事业单位 using 505 and
stating it is outside the 机关运行经费 scope, and t06 has project items summing 0.01 below their 款 by rounding.

First run (scored once, unchanged, on main at 22:50 UTC 2026-11-30 on engine commit db4c049, after the fixes of
checks_heldout35 to 38; the corpus was committed before anything ran on it), verbatim:

    a01_shaanxi_huyi_统计局_2024: errors 1/2, warnings 0/0, false errors 3, false warnings 4
        missed error: p7 一般公共预算支出表2010507专项普查活动项目支出840,350.00元，与本行合计830,350.00元不符，款级项目支出合计也随之不平
        false error: IE-GB p1: 正文一般公共预算拨款732.67，表中577.138071（5,771,380.71元），差155.531929，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false error: TB-HIER p7: 附表5一般公共预算支出表20105统计信息事务与其下级科目之和：20105统计信息事务594.96616（5,949,661.6元） 与 2010501行政运行+2010508统计抽样调查=439.43116（4,394,311.6元）+72.5（725,000元）=511.93116，差83.035，超出取整容差0.05001；两处披露不能同时成立，需人工复核
        false error: TB-HIER p7: 附表5一般公共预算支出表20805行政事业单位养老支出与其下级科目之和：20805行政事业单位养老支出81.834511（818,345.11元） 与 2080501行政单位离退休+2080505机关事业单位基本养老保险缴费支出=15.121111（151,211.11元）+44.4756（444,756元）=59.596711，差22.2378，超出取整容差0.000051；两处披露不能同时成立，需人工复核
        false warning: TB-TOTAL p7: 附表5一般公共预算支出表合计与类级科目之和：合计732.673071（7,326,730.71元） 与 201一般公共服务支出+208社会保障和就业支出=594.96616+81.834511=676.800671，差55.8724，超出取整容差0.000006；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: TB-TOTAL p9: 一般公共预算支出表合计与类级科目之和：合计577.138071（5,771,380.71元） 与 210卫生健康支出+221住房保障支出=22.5157+33.3567=55.8724，差521.265671，超出取整容差0.0001005；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    a02_ningxia_pingluo_农业农村局_2025: errors 1/2, warnings 1/1, false errors 1, false warnings 4
        missed error: p8 一般公共预算支出表续表中21301农业农村款合计5,127,114.06元，与其下各项之和及所属213类合计不符
        false error: IE-GB p1: 正文一般公共预算拨款637.09，表中512.459644（5,124,596.44元），差124.630356，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false warning: TB-TOTAL p7: 附表5一般公共预算支出表合计与类级科目之和：合计637.092194（6,370,921.94元） 与 208社会保障和就业支出+210卫生健康支出+213农林水支出=74.694588+20.1034+512.511406=607.309394，差29.7828，超出取整容差0.0000515；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: TB-TOTAL p9: 一般公共预算支出表合计与类级科目之和：合计512.459644（5,124,596.44元） 与 221住房保障支出29.7828，差482.676844，超出取整容差0.0000505；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    a03_gansu_yongdeng_水务局_2026: errors 0/1, warnings 1/1, false errors 1, false warnings 4
        missed error: p9 基本支出表（部门经济分类）301工资福利支出合计2,450,261.00元，与其人员经费栏2,453,861.00元及所列各款之和不符
        false error: IE-GB p1: 正文一般公共预算拨款466.14，表中410.472577（4,104,725.77元），差55.667423，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false warning: TB-TOTAL p7: 附表5一般公共预算支出表合计与类级科目之和：合计466.140127（4,661,401.27元） 与 208社会保障和就业支出+210卫生健康支出+213农林水支出=55.993744+13.7933+375.918483=445.705527，差20.4346，超出取整容差0.0000515；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: TB-TOTAL p9: 一般公共预算支出表合计与类级科目之和：合计410.472577（4,104,725.77元） 与 221住房保障支出20.4346，差390.037977，超出取整容差0.0000505；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    a04_shanxi_qingxu_自然资源局_2024: errors 0/1, warnings 1/1, false errors 0, false warnings 2
        missed error: p11 基本支出表（政府经济分类）501机关工资福利支出合计182.94万元，与其人员经费栏及50101-50103之和178.94万元、部门经济分类301合计178.94万元不一致
        false warning: TB-TOTAL p7: 附表5一般公共预算支出表合计与类级科目之和：合计491.63 与 208社会保障和就业支出+210卫生健康支出+220自然资源海洋气象等支出=40.85+10.06+425.82=476.73，差14.90，超出取整容差0.02；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: TB-TOTAL p9: 一般公共预算支出表合计与类级科目之和：合计319.06 与 221住房保障支出14.9，差304.16，超出取整容差0.055；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    a05_hebei_zhengding_文化广电和旅游局_2025: errors 1/2, warnings 0/0, false errors 2, false warnings 3
        missed error: p6 财政拨款收支总表支出总计4,699,029.73元，与收入总计4,689,029.73元不平衡
        false error: IE-GB p1: 正文一般公共预算拨款468.90，表中309.704973（3,097,049.73元），差159.195027，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false error: TB-HIER p7: 附表5一般公共预算支出表20805行政事业单位养老支出与其下级科目之和：20805行政事业单位养老支出44.864555（448,645.55元） 与 2080501行政单位离退休+2080505机关事业单位基本养老保险缴费支出=11.045555（110,455.55元）+22.546（225,460元）=33.591555，差11.273，超出取整容差0.000501；两处披露不能同时成立，需人工复核
        false warning: TB-TOTAL p9: 一般公共预算支出表合计与类级科目之和：合计309.704973（3,097,049.73元） 与 210卫生健康支出+221住房保障支出=11.4138+16.9095=28.3233，差281.381673，超出取整容差0.0001005；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    a06_shaanxi_fengxiang_卫生健康局_2026: errors 1/2, warnings 0/0, false errors 3, false warnings 4
        missed error: p7 一般公共预算支出表2080505基本支出335,347.00元（数字颠倒），与本行合计353,347.00元不符，款级基本支出之和也不平
        false error: IE-GB p1: 正文一般公共预算拨款545.28，表中433.772591（4,337,725.91元），差111.507409，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false error: TB-HIER p7: 附表5一般公共预算支出表20805行政事业单位养老支出与其下级科目之和：20805行政事业单位养老支出63.684222（636,842.22元） 与 2080501行政单位离退休+2080506机关事业单位职业年金缴费支出=10.682222（106,822.22元）+17.6673（176,673元）=28.349522，差35.3347，超出取整容差0.000051；两处披露不能同时成立，需人工复核
        false error: TB-HIER p7: 附表5一般公共预算支出表210卫生健康支出与其下级科目之和：210卫生健康支出455.091919（4,550,919.19元） 与 21001卫生健康管理事务+21004公共卫生=325.699269（3,256,992.69元）+111.50455（1,115,045.5元）=437.203819，差17.8881，超出取整容差0.000006；两处披露不能同时成立，需人工复核
        false warning: TB-TOTAL p7: 附表5一般公共预算支出表合计与类级科目之和：合计545.277141（5,452,771.41元） 与 208社会保障和就业支出+210卫生健康支出=63.684222+455.091919=518.776141，差26.501，超出取整容差0.0000015；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: TB-TOTAL p9: 一般公共预算支出表合计与类级科目之和：合计433.772591（4,337,725.91元） 与 221住房保障支出26.501，差407.271591，超出取整容差0.0005005；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    a07_gansu_linze_市场监督管理局_2024: errors 0/1, warnings 1/1, false errors 1, false warnings 2
        missed error: p4 部门支出总表2013816食品安全监管项目支出380,045.50元，与本行合计330,045.50元不符（款、类项目支出之和亦不平）
        false error: TB-HIER p7: 附表5一般公共预算支出表20805行政事业单位养老支出与其下级科目之和：20805行政事业单位养老支出75.696188（756,961.88元） 与 2080501行政单位离退休+2080505机关事业单位基本养老保险缴费支出=13.088888（130,888.88元）+41.7382（417,382元）=54.827088，差20.8691，超出取整容差0.000051；两处披露不能同时成立，需人工复核
        false warning: TB-TOTAL p7: 附表5一般公共预算支出表合计与类级科目之和：合计602.966853（6,029,668.53元） 与 201一般公共服务支出+208社会保障和就业支出=474.837165+75.696188=550.533353，差52.4335，超出取整容差0.0000015；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: TB-TOTAL p9: 一般公共预算支出表合计与类级科目之和：合计525.334303（5,253,343.03元） 与 210卫生健康支出+221住房保障支出=21.1299+31.3036=52.4335，差472.900803，超出取整容差0.0001005；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    a08_ningxia_helan_司法局_2025: errors 0/0, warnings 0/0, false errors 1, false warnings 4
        false error: TB-HIER p7: 附表5一般公共预算支出表20805行政事业单位养老支出与其下级科目之和：20805行政事业单位养老支出40.69 与 2080501行政单位离退休+2080505机关事业单位基本养老保险缴费支出=8.28+21.6=29.88，差10.81，超出取整容差0.06；两处披露不能同时成立，需人工复核
        false warning: TB-TOTAL p7: 附表5一般公共预算支出表合计与类级科目之和：合计425.28 与 204公共安全支出+208社会保障和就业支出=357.45+40.69=398.14，差27.14，超出取整容差0.015；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: TB-TOTAL p9: 一般公共预算支出表合计与类级科目之和：合计328.28 与 210卫生健康支出+221住房保障支出=10.94+16.2=27.14，差301.14，超出取整容差0.06；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    a09_shanxi_yangcheng_林业局_2026: errors 0/1, warnings 1/1, false errors 2, false warnings 4
        missed error: p9 基本支出表（部门经济分类）30113住房公积金合计126,329.00元，其人员经费栏为124,529.00元，301类合计不等于各款之和
        false error: IE-GB p1: 正文一般公共预算拨款360.39，表中270.350736（2,703,507.36元），差90.039264，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false error: TB-TOTAL p4: 附表3部门支出总表合计列：合计行合计360.390286（3,603,902.86元） 与 208社会保障和就业支出+210卫生健康支出+213农林水支出=35.951355（359,513.55元）+8.4056（84,056.00元）+303.580431（3,035,804.31元）=347.937386，差12.4529，超出取整容差0.000002；两处披露不能同时成立，需人工复核
        false warning: TB-TOTAL p7: 附表5一般公共预算支出表合计与类级科目之和：合计360.390286（3,603,902.86元） 与 208社会保障和就业支出+210卫生健康支出+213农林水支出=35.951355+8.4056+303.580431=347.937386，差12.4529，超出取整容差0.0000515；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: TB-TOTAL p9: 一般公共预算支出表合计与类级科目之和：合计270.350736（2,703,507.36元） 与 221住房保障支出12.4529，差257.897836，超出取整容差0.0000505；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    a10_hebei_luquan_应急管理局_2024: errors 0/0, warnings 0/0, false errors 2, false warnings 3
        false error: IE-GB p1: 正文一般公共预算拨款468.11，表中333.484058（3,334,840.58元），差134.625942，超出取整容差0.0050005；两处披露不能同时成立，需人工复核
        false error: TB-TOTAL p9: 一般公共预算支出表合计与类级科目之和：合计333.484058（3,334,840.58元） 与 224灾害防治及应急管理支出402.763081，差69.279023，超出取整容差0.000001；两处披露不能同时成立，需人工复核
        false warning: TB-TOTAL p7: 附表5一般公共预算支出表合计与类级科目之和：合计468.112058（4,681,120.58元） 与 208社会保障和就业支出+210卫生健康支出+221住房保障支出=39.341477+10.4806+15.5269=65.348977，差402.763081，超出取整容差0.000101；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: CP-SECT pNone: 文件未见“国有资产占用情况”部分，需人工复核是否缺少该部分说明
        false warning: CP-SECT pNone: 文件未见“名词解释”部分，需人工复核是否缺少该部分说明
    a11_shaanxi_zhouzhi_生态环境分局_2025: errors 1/2, warnings 1/1, false errors 1, false warnings 2
        missed error: p8 一般公共预算支出表续表2110301大气合计615,000.00元，与本行项目支出585,000.00元不符，21103款合计810,000.00元也不等于各项之和
        false error: TB-HIER p8: 一般公共预算支出表21103污染防治与其下级科目之和：21103污染防治81（810,000元） 与 2110302水体22.5（225,000元），差58.5，超出取整容差0.55；两处披露不能同时成立，需人工复核
        false warning: TB-TOTAL p7: 附表5一般公共预算支出表合计与类级科目之和：合计465.504929（4,655,049.29元） 与 208社会保障和就业支出+210卫生健康支出+211节能环保支出=41.4564+11.44+395.660329=448.556729，差16.9482，超出取整容差0.005051；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
        false warning: TB-TOTAL p9: 一般公共预算支出表合计与类级科目之和：合计333.500379（3,335,003.79元） 与 221住房保障支出16.9482，差316.552179，超出取整容差0.0000505；两处披露不能同时成立，需人工复核；分项之和小于合计，可能有未读出的行（如跨页续表）
    t01_gansu_jingchuan_审计局_2024: errors 1/2, warnings 0/0, false errors 0, false warnings 0
        missed error: p1 功能分类表20108审计事务款合计290.06万元（数字颠倒），与所属201类209.06万元及其各项之和不符
    t02_ningxia_yongning_民政局_2025: errors 0/1, warnings 0/1, false errors 0, false warnings 0
        missed error: p1 文字社会保障和就业支出（类）360.51万元，功能分类表为340.51万元；文字各类之和也不等于364.81万元
        missed warning: p1 基本支出306.14万元占支出364.81万元应为83.92%，文字写为84.52%（相差不足1个百分点）
    t03_shanxi_xiangyuan_交通运输局_2026: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t04_hebei_zunhua_人力资源和社会保障局_2025: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 文字一般公共预算拨款481.95万元，而收入总计493.95万元“均为一般公共预算拨款”，功能分类表合计也为493.95万元
    t05_shaanxi_lantian_教育局机关_2024: errors 0/0, warnings 0/0, false errors 0, false warnings 0
    t06_gansu_gulang_林业和草原局_2026: errors 2/2, warnings 1/1, false errors 0, false warnings 0
    t07_hebei_anping_统计局_2025: errors 0/1, warnings 1/1, false errors 0, false warnings 0
        missed error: p1 功能分类表2010501行政运行合计2521924.46元，与本行基本支出2512924.46元不符，20105款合计也不等于各项之和
    TOTAL errors found 8/21 (recall 0.381); warnings found 9/10; false errors per document 0.944; false warnings per document 2.000

Issue 9's bars: recall 8/21 = 0.38 < 0.8 (MISSED): the 一般公共预算支出表 runs onto a 续表 page under a repeated header, and the
engine does not join the pages: it sums each page's classes against the wrong 合计 (the next table's), misses the slips on
the continued page and compares the prose 一般公共预算拨款 with a part; the 基本支出 tables by 部门 and 政府 economic classification are
not held to each other or to their 人员经费 column; four text statements' slips are missed too. False errors 0.94 ≤ 1 per
document (met, barely); false warnings 2.00 ≤ 2 per document (met, at the bar): besides the page-joining cause, CP-SECT
warns on every PDF that its short 情况说明 has no 名词解释 and no 国有资产 part, which CHECKS.md requires and the writer did not
list. Blindness: the writer reports opening none of the forbidden files.

NO LONGER HELD OUT: the engine was then fixed on its items by general causes (tests/parsing/test_checks_rules16_39a.py:
a page captioned (续表) or (续) joins the table above, a caption ending in a bracketed qualifier, a 部门：… 单位： line as a unit
line, each page of a multi-page table read from its own lines; test_checks_rules16_39b.py: text-table cells printed as
-, classes listed after 全部用于以下功能科目, a 基本支出 share of the spending total, a 合计 row printed above the coded rows, printed
parts beside a blank cell above their whole, a table followed by its 续 page not summed on one page). Run after the fixes
of this session: errors found 21/21, warnings 10/10, false errors 0, false warnings 0.89 per document (all CP-SECT: the
short 情况说明 has no 名词解释 and no 国有资产 part, which CHECKS.md requires). These figures measure fitting; the first run above
remains the held-out estimate.
"""
from pathlib import Path

from tests.parsing.test_checks_heldout import assert_bars, listed_documents

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "checks_heldout39"


def test_corpus_is_the_one_described() -> None:
    assert len(listed_documents(CORPUS)) == 18


def test_heldout_bars_of_issue_9(capsys) -> None:
    assert_bars(CORPUS, capsys)
