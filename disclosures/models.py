"""Region → Department → Unit, and the disclosures with their figures, stored long.

A Figure row is one metric of one disclosure (the parser's `figures` map, one-to-one), so the
dashboard pivots with pandas instead of adding a column per metric.
"""
from __future__ import annotations

import simple_history
from django.db import models
from django.db.models import Q


class Kind(models.TextChoices):
    BUDGET = "预算", "预算"
    FINAL = "决算", "决算"


class Scope(models.TextChoices):
    DEPARTMENT = "部门", "部门"
    UNIT = "单位", "单位"
    REGION = "汇总", "本级/汇总"


class Region(models.Model):
    name = models.CharField("地区", max_length=50, help_text="县级行政区，如 垫江县、铜梁区")
    province = models.CharField("省（直辖市）", max_length=50, blank=True)

    class Meta:
        verbose_name = "地区"
        verbose_name_plural = "地区"
        ordering = ["province", "name"]
        constraints = [models.UniqueConstraint(fields=["province", "name"], name="region_unique_name")]

    def __str__(self) -> str:
        return f"{self.province}{self.name}" if self.province else self.name


class DepartmentType(models.Model):
    """A normalized department kind, so 垫江县人民政府办公室 ≈ 重庆市铜梁区人民政府办公室."""

    name = models.CharField("部门类型", max_length=100, unique=True, help_text="去掉地名后的部门名称，如 人民政府办公室")

    class Meta:
        verbose_name = "部门类型"
        verbose_name_plural = "部门类型"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Department(models.Model):
    region = models.ForeignKey(Region, verbose_name="地区", on_delete=models.PROTECT, related_name="departments")
    name = models.CharField("部门名称", max_length=200, help_text="文件标题中的名称")
    department_type = models.ForeignKey(
        DepartmentType, verbose_name="部门类型", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="departments",
    )

    class Meta:
        verbose_name = "部门"
        verbose_name_plural = "部门"
        ordering = ["region__name", "name"]
        constraints = [models.UniqueConstraint(fields=["region", "name"], name="department_unique_name")]

    def __str__(self) -> str:
        return self.name


class DepartmentAlias(models.Model):
    """Another name a department went by (names drift between years); scoped to its region."""

    region = models.ForeignKey(Region, verbose_name="地区", on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField("别名", max_length=200)
    department = models.ForeignKey(Department, verbose_name="部门", on_delete=models.CASCADE, related_name="aliases")

    class Meta:
        verbose_name = "部门别名"
        verbose_name_plural = "部门别名"
        constraints = [models.UniqueConstraint(fields=["region", "alias"], name="alias_unique_per_region")]

    def __str__(self) -> str:
        return f"{self.alias} → {self.department}"


class Unit(models.Model):
    """A budget unit (预算单位) of a department; the department's own office is its principal unit (本级)."""

    department = models.ForeignKey(Department, verbose_name="所属部门", on_delete=models.CASCADE, related_name="units")
    name = models.CharField("单位名称", max_length=200)
    is_principal = models.BooleanField("本级", default=False, help_text="部门本级（机关本身）")

    class Meta:
        verbose_name = "单位"
        verbose_name_plural = "单位"
        ordering = ["department__name", "-is_principal", "name"]
        constraints = [models.UniqueConstraint(fields=["department", "name"], name="unit_unique_name")]

    def __str__(self) -> str:
        return self.name


class Disclosure(models.Model):
    """One published 预算/决算情况说明: a department (部门 scope) or one of its units (单位 scope), one year."""

    class Status(models.TextChoices):
        OK = "ok", "已解析"
        CONFLICT = "conflict", "有冲突待核对"
        INCOMPLETE = "incomplete", "待核实（身份信息不全）"
        FAILED = "failed", "解析失败"

    department = models.ForeignKey(Department, verbose_name="部门", on_delete=models.PROTECT, related_name="disclosures")
    unit = models.ForeignKey(
        Unit, verbose_name="单位", on_delete=models.PROTECT, null=True, blank=True, related_name="disclosures",
        help_text="单位预算时填写；部门预算为空",
    )
    title_name = models.CharField("标题中的单位名称", max_length=200)
    year = models.PositiveSmallIntegerField("年度", null=True, blank=True, help_text="文件未载明时为空，待核实")
    kind = models.CharField("类型", max_length=4, choices=Kind.choices, blank=True)
    scope = models.CharField("口径", max_length=4, choices=Scope.choices)
    genre = models.CharField("文件类别", max_length=20, default="情况说明")
    member_units = models.JSONField("包含单位", default=list, blank=True)
    missing = models.JSONField(
        "待补全的身份信息", default=list, blank=True, help_text="解析器未能确定的字段（unit、year、kind …），需人工补全"
    )
    identified = models.BooleanField(
        "单位、年度、类型已确定", default=True, help_text="三者缺一即不参与比较，待人工补全；缺口径或地区时仍可比较"
    )
    clues = models.JSONField("身份依据", default=dict, blank=True, help_text="每个身份字段取自何处（封面、标题、网页信息、文件名…）")
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.OK)
    error = models.TextField("错误信息", blank=True)
    warnings = models.JSONField("解析提示", default=list, blank=True)
    checks = models.JSONField("勾稽检查", default=list, blank=True)
    findings = models.JSONField(
        "未通过的检查", null=True, blank=True, editable=False,
        help_text="勾稽检查中未通过的错误和警告（规则、严重程度、指纹），与检查结果一并写入；空＝尚未检查",
    )
    parser_version = models.CharField("解析器版本", max_length=20)
    parsed_at = models.DateTimeField("解析时间")

    class Meta:
        verbose_name = "预决算公开文件"
        verbose_name_plural = "预决算公开文件"
        ordering = ["department__region__name", "department__name", "-year", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["department", "year", "kind", "scope"], condition=Q(unit__isnull=True),
                name="disclosure_unique_department",
            ),
            models.UniqueConstraint(
                fields=["unit", "year", "kind", "scope"], condition=Q(unit__isnull=False),
                name="disclosure_unique_unit",
            ),
        ]
        indexes = [models.Index(fields=["year", "kind"], name="disclosure_year_kind")]

    def __str__(self) -> str:
        year = f"{self.year}年" if self.year else "年度未知"
        return f"{self.title_name} {year}{self.scope}{self.kind or '预决算'}"

    @property
    def subject_name(self) -> str:
        return self.unit.name if self.unit_id else self.department.name


class SourceFile(models.Model):
    """A file a disclosure was read from, kept on disk under its sha256 so it can be parsed again."""

    class Status(models.TextChoices):
        PARSED = "parsed", "已解析"
        CONFLICT = "conflict", "数字与已存文件不一致"

    disclosure = models.ForeignKey(Disclosure, verbose_name="公开文件", on_delete=models.CASCADE, related_name="sources")
    file = models.FileField("文件", upload_to="sources/")
    sha256 = models.CharField("SHA-256", max_length=64)
    segment = models.PositiveSmallIntegerField(
        "文件内序号", default=0, help_text="一个文件含多份公开文件（如部门预算后附各单位预算）时的第几份，从0起"
    )
    original_name = models.CharField("原文件名", max_length=255)
    size = models.PositiveIntegerField("大小（字节）")
    pages = models.PositiveIntegerField("页数", default=1)
    status = models.CharField("状态", max_length=10, choices=Status.choices, default=Status.PARSED)
    conflict_detail = models.TextField("冲突说明", blank=True)
    parsed = models.JSONField("解析结果", default=dict, help_text="该文件的完整解析结果（parse_disclosure JSON）")
    parser_version = models.CharField("解析器版本", max_length=20)
    imported_at = models.DateTimeField("导入时间", auto_now_add=True)

    class Meta:
        verbose_name = "源文件"
        verbose_name_plural = "源文件"
        ordering = ["disclosure", "imported_at"]
        constraints = [models.UniqueConstraint(fields=["sha256", "segment"], name="source_unique_segment")]

    def __str__(self) -> str:
        return self.original_name


class Figure(models.Model):
    """One metric of one disclosure: value in 万元 (or a count), change, reason and provenance."""

    disclosure = models.ForeignKey(Disclosure, verbose_name="公开文件", on_delete=models.CASCADE, related_name="figures")
    metric = models.CharField("指标", max_length=40, help_text="shared/spec/METRICS.md 中的指标键")
    period = models.CharField("期间", max_length=4, default="本年", help_text="本年 或 上年")
    origin = models.CharField("来源", max_length=8, default="prose", help_text="prose（正文）或 table（表格）")
    is_primary = models.BooleanField("主值", default=True, help_text="该指标在比较中使用的值")
    value = models.DecimalField("数值", max_digits=20, decimal_places=6, null=True, blank=True,
                                help_text="金额单位万元；人数、车辆为整数")
    change = models.DecimalField("比上年增减", max_digits=20, decimal_places=6, null=True, blank=True)
    budget_value = models.DecimalField(
        "预算数", max_digits=20, decimal_places=6, null=True, blank=True,
        help_text="决算文件中与决算数并列的年初预算数（万元）；预算文件为空",
    )
    reason = models.TextField("增减主要原因", blank=True)
    not_applicable = models.BooleanField("不适用", default=False, help_text="如事业单位不在机关运行经费统计范围：不是0")
    note = models.TextField("说明", blank=True)
    display_scale = models.PositiveSmallIntegerField("印刷小数位", null=True, blank=True)
    source_unit = models.CharField("原文单位", max_length=4, default="万元")
    fund_scope = models.CharField("资金口径", max_length=20, blank=True)
    exp_scope = models.CharField("支出口径", max_length=8, default="total")
    page = models.PositiveIntegerField("页码", null=True, blank=True)
    source_text = models.TextField("原文", blank=True)
    table_caption = models.CharField("表名", max_length=200, blank=True, help_text="取自表格时：表的标题")
    row_label = models.CharField("行", max_length=200, blank=True, help_text="取自表格时：行名")
    column_label = models.CharField("列", max_length=200, blank=True, help_text="取自表格时：列名")
    corrected = models.BooleanField("人工更正", default=False, help_text="人工更正过的数字，重新解析时保留")

    class Meta:
        verbose_name = "指标数值"
        verbose_name_plural = "指标数值"
        ordering = ["disclosure", "metric"]
        constraints = [
            models.UniqueConstraint(fields=["disclosure", "metric", "period", "origin"], name="figure_unique"),
        ]
        indexes = [models.Index(fields=["metric", "is_primary", "disclosure"], name="figure_metric_lookup")]

    def __str__(self) -> str:
        return f"{self.disclosure} · {self.metric}"


class FunctionLine(models.Model):
    """Expenditure by function category (功能分类 类, and 款/项 where a table gives them)."""

    disclosure = models.ForeignKey(
        Disclosure, verbose_name="公开文件", on_delete=models.CASCADE, related_name="function_lines"
    )
    code = models.CharField("科目编码", max_length=10, blank=True)
    name = models.CharField("科目名称", max_length=100)
    value = models.DecimalField("金额（万元）", max_digits=20, decimal_places=6)
    fund_scope = models.CharField("资金口径", max_length=20, default="全口径")
    level = models.CharField("层级", max_length=2, default="类", help_text="类（3位编码）、款（5位）或 项（7位）")
    table_caption = models.CharField("表名", max_length=200, blank=True, help_text="取自表格时：表的标题；取自正文为空")
    page = models.PositiveIntegerField("页码", null=True, blank=True)
    source_text = models.TextField("原文", blank=True)

    class Meta:
        verbose_name = "功能分类支出"
        verbose_name_plural = "功能分类支出"
        ordering = ["disclosure", "code", "name"]

    def __str__(self) -> str:
        return self.name


class EconomicLine(models.Model):
    """One row of the economic classification of basic expenditure (301 工资福利支出, 302 商品和服务支出 …)."""

    disclosure = models.ForeignKey(
        Disclosure, verbose_name="公开文件", on_delete=models.CASCADE, related_name="economic_lines"
    )
    code = models.CharField("经济分类编码", max_length=10, blank=True)
    name = models.CharField("科目名称", max_length=100)
    value = models.DecimalField("金额（万元）", max_digits=20, decimal_places=6)
    table_caption = models.CharField("表名", max_length=200, blank=True)
    page = models.PositiveIntegerField("页码", null=True, blank=True)

    class Meta:
        verbose_name = "经济分类支出"
        verbose_name_plural = "经济分类支出"
        ordering = ["disclosure", "code", "name"]

    def __str__(self) -> str:
        return self.name


class Headcount(models.Model):
    """Headcount of one member unit, where the text gives it."""

    disclosure = models.ForeignKey(Disclosure, verbose_name="公开文件", on_delete=models.CASCADE, related_name="headcounts")
    unit_name = models.CharField("单位", max_length=200)
    authorized = models.PositiveIntegerField("编制数", null=True, blank=True)
    authorized_text = models.CharField("编制说明", max_length=200, blank=True)
    actual = models.PositiveIntegerField("实有人数", null=True, blank=True)
    contracted = models.PositiveIntegerField("购买服务人员", null=True, blank=True)
    page = models.PositiveIntegerField("页码", null=True, blank=True)
    source_text = models.TextField("原文", blank=True)

    class Meta:
        verbose_name = "单位人员"
        verbose_name_plural = "单位人员"
        ordering = ["disclosure", "id"]

    def __str__(self) -> str:
        return self.unit_name


class Upload(models.Model):
    """One file sent through the upload page or POST /api/uploads/, from arrival to its disclosures."""

    class Status(models.TextChoices):
        QUEUED = "queued", "排队中"
        PARSING = "parsing", "解析中"
        PARSED = "parsed", "已解析"
        NEEDS_REVIEW = "needs_review", "待核实"
        FAILED = "failed", "失败"
        DUPLICATE = "duplicate", "重复文件"

    user = models.ForeignKey(
        "auth.User", verbose_name="上传者", on_delete=models.SET_NULL, null=True, blank=True, related_name="uploads"
    )
    file = models.FileField("文件", upload_to="sources/", blank=True, help_text="按 SHA-256 命名，不用上传者的文件名")
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    original_name = models.CharField("原文件名", max_length=255, help_text="上传时的文件名（已去除控制字符），仅作文字保存")
    size = models.PositiveBigIntegerField("大小（字节）")
    file_kind = models.CharField("文件类型", max_length=8, help_text="由文件内容判断：pdf、text、html、docx、xlsx、xls")
    status = models.CharField("状态", max_length=12, choices=Status.choices, default=Status.QUEUED, db_index=True)
    message = models.TextField("说明", blank=True)
    stated = models.JSONField("上传者填写", default=dict, blank=True, help_text="上传者填写的单位、年度、类型、口径（线索）")
    disclosures = models.ManyToManyField(Disclosure, verbose_name="公开文件", blank=True, related_name="uploads")
    duplicate_of = models.ForeignKey(
        "self", verbose_name="与之重复", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    attempts = models.PositiveSmallIntegerField("解析次数", default=0)
    created_at = models.DateTimeField("上传时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "上传"
        verbose_name_plural = "上传"
        ordering = ["-created_at", "-id"]
        permissions = [("review_disclosure", "可以核实、更正预决算数据")]

    def __str__(self) -> str:
        return self.original_name


class FindingMark(models.Model):
    """A person's verdict on one failed check of a disclosure: 已核实 (the document is wrong) or 误报 (the check is).

    Keyed by the check's rule id and a fingerprint of the figures it read (label, value, page; its page and message
    when it read none), never by a position in `Disclosure.checks`: the checks are recomputed after every import,
    correction and parser upgrade, and a mark stays on the same finding as long as the finding reads the same
    numbers. See disclosures/findings.py."""

    class Verdict(models.TextChoices):
        CONFIRMED = "confirmed", "已核实"
        FALSE_ALARM = "false_alarm", "误报"

    disclosure = models.ForeignKey(Disclosure, verbose_name="公开文件", on_delete=models.CASCADE,
                                   related_name="finding_marks")
    rule = models.CharField("检查规则", max_length=40, help_text="shared/spec/CHECKS.md 中的规则编号")
    key = models.CharField("检查结果指纹", max_length=64, help_text="规则编号与所读数字（名称、数值、页码）的摘要")
    verdict = models.CharField("核实结论", max_length=12, choices=Verdict.choices)
    reason = models.TextField("理由")
    user = models.ForeignKey("auth.User", verbose_name="标记人", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+")
    marked_at = models.DateTimeField("标记时间", auto_now=True)

    class Meta:
        verbose_name = "勾稽检查核实标记"
        verbose_name_plural = "勾稽检查核实标记"
        ordering = ["disclosure", "rule"]
        constraints = [models.UniqueConstraint(fields=["disclosure", "key"], name="finding_mark_unique")]

    def __str__(self) -> str:
        return f"{self.disclosure_id} · {self.rule} · {self.get_verdict_display()}"


# The audit trail of corrections and identity completions (who, when, old, new, why): kept by
# django-simple-history, one historical row per save, the reason in history_change_reason.
simple_history.register(Disclosure, app="disclosures", excluded_fields=["warnings", "checks", "findings", "clues"])
simple_history.register(Figure, app="disclosures")
simple_history.register(FindingMark, app="disclosures")
