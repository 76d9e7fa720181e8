"""Services that write: store a parsed disclosure, its figures and the file it came from.

The parser (disclosures.parsing) turns bytes into a ParsedDisclosure; everything here maps that result onto
the models in one transaction. Commands, tasks and the admin call these functions and nothing else writes.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path, PurePath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, IntegrityError, transaction
from django.utils import timezone

from . import findings, parsing
from .models import (
    Department,
    DepartmentAlias,
    DepartmentType,
    Disclosure,
    EconomicLine,
    Figure,
    FunctionLine,
    Headcount,
    Region,
    Scope,
    SourceFile,
    Unit,
)
from .parsing import ParsedDisclosure, ParseError
from .parsing.metrics import METRICS
from .parsing.names import normalize_department_type

logger = logging.getLogger(__name__)

ACCEPTED_SUFFIXES = frozenset({".pdf", ".txt", ".md", ".html", ".htm", ".mht", ".mhtml", ".xlsx", ".xls", ".ods",
                               ".docx", ".doc"})
UNKNOWN_REGION = "未识别地区"
UNKNOWN_UNIT = "未识别单位"
# Without these a disclosure cannot stand beside others; a missing scope or region only needs a person's look.
IDENTIFYING_FIELDS = frozenset({"unit", "year", "kind"})
DEMO_GENRE = "演示数据"
PRINCIPAL_SUFFIXES = ("（本级）", "(本级)", "本级")

STATUS_LABELS = {
    "imported": "已导入",
    "already_present": "已存在",
    "added_source": "追加来源",
    "conflict": "冲突",
    "failed": "失败",
    "skipped": "跳过",
}


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file. `status` is a key of STATUS_LABELS; `message` is Chinese, one line."""

    status: str
    disclosure_id: int | None = None
    message: str = ""
    filename: str = ""

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


# --- names -------------------------------------------------------------------------------------------


def unit_base_name(name: str) -> str:
    """'垫江县人民政府办公室（本级）' → '垫江县人民政府办公室': the principal unit carries the department's name."""
    text = name.strip()
    for suffix in PRINCIPAL_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)].strip()
    return text


def read_error_message(exc: OSError) -> str:
    """Why a file could not be read, in Chinese (the OS message is English)."""
    if isinstance(exc, FileNotFoundError):
        return "文件不存在"
    if isinstance(exc, IsADirectoryError):
        return "这是一个文件夹"
    if isinstance(exc, PermissionError):
        return "没有读取权限"
    return "读取出错"


def source_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def source_storage_name(*, sha256: str, filename: str) -> str:
    return f"sources/{sha256[:2]}/{sha256}{PurePath(filename).suffix.lower()}"


# --- the entry point ---------------------------------------------------------------------------------


def disclosure_import_file(
    *, data: bytes, filename: str, parsed: list[ParsedDisclosure] | ParsedDisclosure | None = None
) -> ImportOutcome:
    """Import one file: stored once per sha256, parsed, and saved in one transaction.

    A file may hold several disclosures (a 部门 budget followed by its units'): each is saved with its own
    SourceFile row (same sha256 and stored file, its own `segment`). `parsed` lets a caller that already parsed
    the bytes skip a second parse. A file that fails to parse writes nothing, neither rows nor a file on disk.
    """
    name = PurePath(filename).name or filename
    sha = source_sha256(data)
    existing = SourceFile.objects.filter(sha256=sha).only("disclosure_id").first()
    if existing is not None:
        return ImportOutcome("already_present", existing.disclosure_id, "已存在：同一文件（SHA-256 相同）已导入", name)
    if parsed is None:
        try:
            parsed = parsing.parse_disclosures(data, filename=name)
        except ParseError as exc:
            return ImportOutcome("failed", None, f"{exc}", name)
    segments = [parsed] if isinstance(parsed, ParsedDisclosure) else list(parsed)

    storage_name = source_storage_name(sha256=sha, filename=name)
    wrote_file = False
    try:
        with transaction.atomic():
            if not default_storage.exists(storage_name):
                storage_name = default_storage.save(storage_name, ContentFile(data))
                wrote_file = True
            outcomes = []
            for segment, result in enumerate(segments):
                source = SourceFile(
                    sha256=sha, segment=segment, original_name=name[:255], size=len(data),
                    pages=max(result.pages, 1), parsed=result.to_json(), parser_version=parsing.PARSER_VERSION,
                )
                source.file.name = storage_name
                outcomes.append(_store_parsed(parsed=result, source=source, filename=name))
    except IntegrityError as exc:
        # Two workers importing the same file at once: the other one won; keep the copy its row points at.
        winner = SourceFile.objects.filter(sha256=sha).first()
        if winner is not None:
            _discard(storage_name, wrote_file and winner.file.name != storage_name)
            return ImportOutcome("already_present", winner.disclosure_id, "已存在：同一文件（SHA-256 相同）已导入", name)
        _discard(storage_name, wrote_file)
        return ImportOutcome("failed", None, f"保存失败：{_one_line(exc)}", name)
    except DatabaseError as exc:
        _discard(storage_name, wrote_file)
        return ImportOutcome("failed", None, f"保存失败：{_one_line(exc)}", name)
    except BaseException:
        _discard(storage_name, wrote_file)
        raise
    _refresh_related(outcomes)
    first = outcomes[0]
    if len(outcomes) == 1:
        return ImportOutcome(first.status, first.disclosure_id, first.message, name)
    message = f"文件含 {len(outcomes)} 份公开文件：" + "；".join(outcome.message for outcome in outcomes)
    return ImportOutcome(first.status, first.disclosure_id, message, name)


def disclosure_save_parsed(*, parsed: ParsedDisclosure) -> ImportOutcome:
    """Save a result that has no file behind it (the demo data), with the same mapping as an import."""
    with transaction.atomic():
        outcome = _store_parsed(parsed=parsed, source=None)
    _refresh_related([outcome])
    return outcome


def _refresh_related(outcomes: list[ImportOutcome]) -> None:
    """A new disclosure reruns the cross-document checks of itself and of the disclosures it relates to."""
    from .crosschecks import refresh_related

    for outcome in outcomes:
        if outcome.status == "imported" and outcome.disclosure_id:
            refresh_related(Disclosure.objects.get(pk=outcome.disclosure_id))


def disclosure_reparse(*, disclosure: Disclosure, parsed: list[ParsedDisclosure] | None = None) -> Disclosure:
    """Parse the disclosure's first source file again with the current parser and replace what it owns.

    Figures a person corrected are kept. Raises ParseError (nothing changed) when the file no longer parses,
    and ValueError when the disclosure has no source file (demo data). `parsed` is the file's parse results
    when the caller already parsed it (in the cage, uploads.disclosure_reparse_caged).
    """
    sources = disclosure.sources.order_by("imported_at", "id")
    source = sources.filter(status=SourceFile.Status.PARSED).first() or sources.first()
    if source is None:
        raise ValueError("该文件没有源文件，无法重新解析")
    if parsed is None:
        with source.file.open("rb") as handle:
            data = handle.read()
        parsed = parsing.parse_disclosures(data, filename=source.original_name)
    segments = parsed
    parsed = segments[min(source.segment, len(segments) - 1)]
    with transaction.atomic():
        disclosure = Disclosure.objects.select_for_update().get(pk=disclosure.pk)
        corrected = set(
            disclosure.figures.filter(corrected=True).values_list("metric", "period", "origin")
        )
        disclosure.figures.filter(corrected=False).delete()
        disclosure.function_lines.all().delete()
        disclosure.economic_lines.all().delete()
        disclosure.headcounts.all().delete()
        _fill_disclosure(disclosure=disclosure, parsed=parsed, keep=corrected)
        _update_header(disclosure=disclosure, parsed=parsed, warnings=list(parsed.warnings))
        disclosure.save()
        # the checks see the stored figures (corrections kept) and rerun the cross-document ones
        from .recheck import refresh_checks

        refresh_checks(disclosure)
        if disclosure.scope != Scope.UNIT:
            _ensure_member_units(department=disclosure.department, parsed=parsed)
        source.parsed = parsed.to_json()
        source.parser_version = parsing.PARSER_VERSION
        source.pages = max(parsed.pages, 1)
        source.save(update_fields=["parsed", "parser_version", "pages"])
    return disclosure


# --- mapping ----------------------------------------------------------------------------------------


def _store_parsed(*, parsed: ParsedDisclosure, source: SourceFile | None, filename: str = "") -> ImportOutcome:
    warnings = list(parsed.warnings)
    if parsed.unit is None:
        # No clue named the unit: the document is kept under a stand-in name for a person to complete.
        parsed.unit = f"{UNKNOWN_UNIT}（{PurePath(filename).stem or '无文件名'}）"
        warnings.append("未能确定单位名称，已暂存为待核实，请补全")
    region = _resolve_region(parsed=parsed, warnings=warnings)
    scope = parsed.scope if parsed.scope in Scope.values else Scope.DEPARTMENT
    if scope == Scope.UNIT:
        department, unit = _resolve_unit(region=region, parsed=parsed)
        lookup = {"unit": unit}
    else:
        department = _resolve_department(region=region, name=parsed.unit, parsed=parsed)
        unit = None
        lookup = {"department": department, "unit__isnull": True}
        _ensure_member_units(department=department, parsed=parsed)

    disclosure = (
        Disclosure.objects.select_for_update()
        .filter(year=parsed.year, kind=parsed.kind or "", scope=scope, **lookup)
        .first()
    )
    if disclosure is None:
        disclosure = Disclosure(department=department, unit=unit, scope=scope)
        _update_header(disclosure=disclosure, parsed=parsed, warnings=warnings)
        disclosure.save()
        _fill_disclosure(disclosure=disclosure, parsed=parsed, keep=set())
        _attach(source, disclosure)
        return ImportOutcome("imported", disclosure.pk, f"已导入：{disclosure}")

    if disclosure.genre == DEMO_GENRE and not disclosure.sources.exists():
        # The real document replaces the demo copy of its figures, so they gain page and sentence.
        disclosure.figures.all().delete()
        disclosure.function_lines.all().delete()
        disclosure.economic_lines.all().delete()
        disclosure.headcounts.all().delete()
        disclosure.status = Disclosure.Status.OK
        _update_header(disclosure=disclosure, parsed=parsed, warnings=warnings)
        disclosure.save()
        _fill_disclosure(disclosure=disclosure, parsed=parsed, keep=set())
        _attach(source, disclosure)
        return ImportOutcome("imported", disclosure.pk, f"已导入（替换演示数据）：{disclosure}")

    differences = figure_differences(disclosure=disclosure, parsed=parsed)
    if not differences:
        _attach(source, disclosure)
        return ImportOutcome("added_source", disclosure.pk, f"追加来源：数字与已存文件一致（{disclosure}）")

    detail = "；".join(differences)
    if source is not None:
        source.status = SourceFile.Status.CONFLICT
        source.conflict_detail = "\n".join(differences)
        _attach(source, disclosure)
    disclosure.status = Disclosure.Status.CONFLICT
    disclosure.save(update_fields=["status"])
    return ImportOutcome("conflict", disclosure.pk, f"冲突：与已存文件数字不一致，待核对（{detail}）")


def figure_differences(*, disclosure: Disclosure, parsed: ParsedDisclosure) -> list[str]:
    """One Chinese line per primary metric whose value, change or applicability differs (corrected ones skipped)."""
    stored = {f.metric: f for f in disclosure.figures.filter(is_primary=True)}
    lines = []
    for key in sorted(set(stored) | set(parsed.figures), key=_metric_order):
        old, new = stored.get(key), parsed.figures.get(key)
        if old is not None and old.corrected:
            continue
        label = f"{METRICS[key].label}（{key}）" if key in METRICS else key
        if old is None or new is None:
            continue  # one rendition states more (a PDF's tables): not a contradiction
        parts = []
        if old.not_applicable != new.not_applicable or not _same(old.value, new.value):
            parts.append(f"数值 旧值 {_show_figure(old)} / 新值 {_show_parsed(new)}")
        if not _same(old.change, new.change):
            parts.append(f"比上年增减 旧值 {_show(old.change)} / 新值 {_show(new.change)}")
        if parts:
            lines.append(f"{label}：" + "，".join(parts))
    return lines


def _resolve_region(*, parsed: ParsedDisclosure, warnings: list[str]) -> Region:
    name = (parsed.region or "").strip()
    if not name:
        name = UNKNOWN_REGION
        warnings.append(f"标题中没有县（区）名称，暂归入“{UNKNOWN_REGION}”，请核对")
    region, _ = Region.objects.get_or_create(province=(parsed.province or "").strip(), name=name)
    return region


def _resolve_department(*, region: Region, name: str, parsed: ParsedDisclosure) -> Department:
    name = unit_base_name(name)
    alias = DepartmentAlias.objects.filter(region=region, alias=name).select_related("department").first()
    if alias is not None:
        return alias.department
    department = Department.objects.filter(region=region, name=name).first()
    if department is not None:
        if department.department_type_id is None:
            department.department_type = _department_type(name=name, region=region, parsed=parsed)
            department.save(update_fields=["department_type"])
        return department
    return Department.objects.create(
        region=region, name=name, department_type=_department_type(name=name, region=region, parsed=parsed)
    )


def _department_type(*, name: str, region: Region, parsed: ParsedDisclosure) -> DepartmentType | None:
    region_name = None if region.name == UNKNOWN_REGION else region.name
    type_name = normalize_department_type(name, region=region_name, province=region.province or None).strip()
    if not type_name:
        return None
    department_type, _ = DepartmentType.objects.get_or_create(name=type_name[:100])
    return department_type


def _resolve_unit(*, region: Region, parsed: ParsedDisclosure) -> tuple[Department, Unit]:
    """Where a 单位 disclosure's unit lives: its stated parent, a department listing it, or its own department."""
    name = unit_base_name(parsed.unit)
    if parsed.parent:
        department = _resolve_department(region=region, name=parsed.parent, parsed=parsed)
        return department, _place_unit(department=department, name=name, parsed=parsed)
    unit = (
        Unit.objects.filter(department__region=region, name=name)
        .exclude(department__name=name)
        .select_related("department")
        .order_by("department__name")
        .first()
    )
    if unit is None:
        unit = Unit.objects.filter(department__region=region, name=name).select_related("department").first()
    if unit is not None:
        return unit.department, unit
    department = _resolve_department(region=region, name=name, parsed=parsed)
    return department, _place_unit(department=department, name=name, parsed=parsed)


def _place_unit(*, department: Department, name: str, parsed: ParsedDisclosure) -> Unit:
    is_principal = name == department.name
    unit, _ = Unit.objects.get_or_create(department=department, name=name, defaults={"is_principal": is_principal})
    if not is_principal:
        _rehome_standalone(department=department, unit=unit)
    return unit


def _ensure_member_units(*, department: Department, parsed: ParsedDisclosure) -> None:
    """A 部门 disclosure's member units become Units; its own office is the principal one."""
    Unit.objects.get_or_create(department=department, name=department.name, defaults={"is_principal": True})
    for member in parsed.member_units:
        name = unit_base_name(member)
        if not name or name == department.name:
            continue
        unit, _ = Unit.objects.get_or_create(department=department, name=name, defaults={"is_principal": False})
        _rehome_standalone(department=department, unit=unit)


def _rehome_standalone(*, department: Department, unit: Unit) -> None:
    """Move a unit's disclosures from a stand-in department of the same name (made by an earlier 单位 import
    that named no parent) to the department that now lists it, so import order does not matter."""
    stand_in = (
        Department.objects.filter(region_id=department.region_id, name=unit.name)
        .exclude(pk=department.pk)
        .first()
    )
    if stand_in is None or stand_in.disclosures.exclude(scope=Scope.UNIT).exists():
        return
    moved = 0
    for disclosure in stand_in.disclosures.filter(unit__name=unit.name).select_for_update():
        clash = Disclosure.objects.filter(
            unit=unit, year=disclosure.year, kind=disclosure.kind, scope=disclosure.scope
        ).exists()
        if clash:
            continue
        disclosure.department = department
        disclosure.unit = unit
        disclosure.save(update_fields=["department", "unit"])
        moved += 1
    if moved and not Disclosure.objects.filter(department=stand_in).exists():
        DepartmentAlias.objects.filter(department=stand_in).delete()
        Unit.objects.filter(department=stand_in).delete()
        stand_in.delete()


def _update_header(*, disclosure: Disclosure, parsed: ParsedDisclosure, warnings: list[str]) -> None:
    disclosure.title_name = parsed.unit[:200]
    disclosure.year = parsed.year
    disclosure.kind = parsed.kind or ""
    disclosure.missing = list(parsed.missing)
    disclosure.identified = not set(parsed.missing) & IDENTIFYING_FIELDS
    disclosure.clues = {key: clue.to_json() for key, clue in parsed.clues.items()}
    if parsed.missing:
        disclosure.status = Disclosure.Status.INCOMPLETE
    elif disclosure.status == Disclosure.Status.INCOMPLETE or disclosure.status == "":
        disclosure.status = Disclosure.Status.OK
    disclosure.genre = (parsed.genre or "情况说明")[:20]
    disclosure.member_units = list(parsed.member_units)
    disclosure.warnings = warnings
    disclosure.checks = [check.to_json() for check in parsed.checks]
    findings.stamp(disclosure)
    disclosure.parser_version = parsing.PARSER_VERSION
    disclosure.parsed_at = timezone.now()


def _fill_disclosure(*, disclosure: Disclosure, parsed: ParsedDisclosure, keep: set[tuple[str, str, str]]) -> None:
    """Figures (primary, then table cells that do not collide), function lines and headcounts."""
    taken = set(keep)
    # a person's correction stays the metric's value even when a newer parser reads it from elsewhere (a table
    # cell instead of the sentence): the newly read figure is kept beside it, not as a second primary value
    corrected = {(metric, period) for metric, period, _origin in keep}
    rows = []
    for key, figure in parsed.figures.items():
        row = _figure_row(disclosure=disclosure, metric=figure.metric or key, figure=figure,
                          primary=((figure.metric or key), figure.period or "本年") not in corrected)
        if (row.metric, row.period, row.origin) in taken:
            continue
        taken.add((row.metric, row.period, row.origin))
        rows.append(row)
    for figure in parsed.table_figures:
        row = _figure_row(disclosure=disclosure, metric=figure.metric, figure=figure, primary=False)
        if (row.metric, row.period, row.origin) in taken:
            continue
        taken.add((row.metric, row.period, row.origin))
        rows.append(row)
    Figure.objects.bulk_create(rows)
    stated = parsed.expenditure_by_function
    stated_keys = {_line_key(line) for line in stated}
    table_only = [line for line in parsed.function_lines if _line_key(line) not in stated_keys]
    FunctionLine.objects.bulk_create(
        FunctionLine(
            disclosure=disclosure, code=line.code or "", name=line.name[:100], value=line.value,
            fund_scope=line.fund_scope or "全口径", level=line.level or "类", table_caption=(line.table or "")[:200],
            page=line.page, source_text=line.source,
        )
        for line in [*stated, *table_only]
    )
    EconomicLine.objects.bulk_create(
        EconomicLine(
            disclosure=disclosure, code=line.code or "", name=line.name[:100], value=line.value,
            table_caption=(line.table or "")[:200], page=line.page,
        )
        for line in parsed.economic_lines
    )
    Headcount.objects.bulk_create(
        Headcount(
            disclosure=disclosure, unit_name=head.unit[:200], authorized=head.authorized,
            authorized_text=(head.authorized_text or "")[:200], actual=head.actual, contracted=head.contracted,
            page=head.page, source_text=head.source,
        )
        for head in parsed.unit_headcount
    )


def _figure_row(*, disclosure: Disclosure, metric: str, figure: parsing.Figure, primary: bool) -> Figure:
    return Figure(
        disclosure=disclosure, metric=metric, period=figure.period or "本年", origin=figure.origin or "prose",
        is_primary=primary, value=figure.value, change=figure.change, reason=figure.reason or "",
        not_applicable=figure.not_applicable, note=figure.note or "", display_scale=figure.display_scale,
        source_unit=figure.source_unit or "万元", fund_scope=figure.fund_scope or "", exp_scope=figure.exp_scope or "total",
        page=figure.page, source_text=figure.source or "", budget_value=figure.budget,
        table_caption=(figure.table or "")[:200], row_label=(figure.row or "")[:200],
        column_label=(figure.column or "")[:200],
    )


def _line_key(line: parsing.FunctionLine) -> tuple:
    return (line.code, line.name, line.level, line.value, line.fund_scope)


def _attach(source: SourceFile | None, disclosure: Disclosure) -> None:
    if source is None:
        return
    source.disclosure = disclosure
    source.save()


def _discard(storage_name: str, wrote_file: bool) -> None:
    if wrote_file:
        try:
            default_storage.delete(storage_name)
        except OSError:
            logger.warning("could not delete %s after a failed import", storage_name)


# --- small helpers -----------------------------------------------------------------------------------


def _metric_order(key: str) -> tuple[int, str]:
    keys = list(METRICS)
    return (keys.index(key) if key in METRICS else len(keys), key)


def _same(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return Decimal(a) == Decimal(b)


def _show(value: Decimal | None) -> str:
    if value is None:
        return "未载明"
    return format(Decimal(value).normalize(), "f")


def _show_figure(figure: Figure | None) -> str:
    if figure is None:
        return "无"
    return "不适用" if figure.not_applicable else _show(figure.value)


def _show_parsed(figure: parsing.Figure | None) -> str:
    if figure is None:
        return "无"
    return "不适用" if figure.not_applicable else _show(figure.value)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


# --- demo data ---------------------------------------------------------------------------------------

DEMO_FILE = Path(__file__).resolve().parent / "demo" / "seeds.json"
DEMO_WARNING = "演示数据：数字取自公开文件，原文请导入原件"


def demo_disclosures() -> list[ParsedDisclosure]:
    """The demo data as parse results (部门 first), built from the facts in demo/seeds.json."""
    with open(DEMO_FILE, encoding="utf-8") as handle:
        entries = json.load(handle)
    results = [_demo_parsed(entry) for entry in entries]
    return sorted(results, key=lambda parsed: parsed.scope == Scope.UNIT)


def _demo_parsed(entry: dict) -> ParsedDisclosure:
    figures = {}
    for key, data in entry["figures"].items():
        value = _decimal(data.get("value"))
        figures[key] = parsing.Figure(
            metric=key, value=value, change=_decimal(data.get("change")), page=data.get("page"),
            not_applicable=bool(data.get("not_applicable")), note=data.get("note"),
            display_scale=_printed_decimals(data.get("value")),
            source_unit=METRICS[key].unit if key in METRICS else "万元",
        )
    return ParsedDisclosure(
        unit=entry["unit"], year=entry["year"], kind=entry["kind"], scope=entry["scope"],
        region=entry.get("region"), province=entry.get("province"), genre=DEMO_GENRE, parent=entry.get("parent"),
        member_units=list(entry.get("member_units", [])), figures=figures,
        expenditure_by_function=[
            parsing.FunctionLine(name=line["name"], value=Decimal(line["value"]), code=line.get("code"))
            for line in entry.get("expenditure_by_function", [])
        ],
        unit_headcount=[
            parsing.UnitHeadcount(
                unit=head["unit"], authorized=head.get("authorized"), authorized_text=head.get("authorized_text"),
                actual=head.get("actual"), contracted=head.get("contracted"),
            )
            for head in entry.get("unit_headcount", [])
        ],
        warnings=[DEMO_WARNING],
    )


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _printed_decimals(text: str | None) -> int | None:
    if text is None:
        return None
    return len(text.split(".", 1)[1]) if "." in text else 0
