"""Parse one disclosure file and print the result; touches no database (the contract in METRICS.md)."""
from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from disclosures import parsing
from disclosures.parsing import Figure, ParsedDisclosure, ParseError
from disclosures.parsing.metrics import COUNT_METRICS, METRICS
from disclosures.services import read_error_message


class Command(BaseCommand):
    help = "解析一个预算/决算情况说明文件（PDF、txt、md），不写数据库；--json 输出解析结果 JSON（文件含多份时输出 JSON 列表）"
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="要解析的文件")
        parser.add_argument("--json", action="store_true", dest="as_json", help="输出一个 JSON 对象")

    def handle(self, *args, file: str, as_json: bool = False, **options) -> None:
        path = Path(file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"无法读取文件 {path.name}：{read_error_message(exc)}") from exc
        try:
            results = parsing.parse_disclosures(data, filename=path.name)
        except ParseError as exc:
            message = " ".join(str(exc).split())
            raise CommandError(message if path.name in message else f"{path.name}：{message}") from exc
        if as_json:
            payload = results[0].to_json() if len(results) == 1 else [r.to_json() for r in results]
            self.stdout.write(json.dumps(payload, ensure_ascii=False))
            return
        if len(results) > 1:
            self.stdout.write(f"{path.name} 含 {len(results)} 份预决算公开文件")
        for result in results:
            self._summary(result)

    def _summary(self, result: ParsedDisclosure) -> None:
        self.stdout.write(
            f"{result.unit or '未识别单位'} · {result.region or '未识别地区'} · "
            f"{result.year or '年度不详'}年{result.scope or ''}{result.kind or '预算/决算不详'}"
            f"（{result.genre}，{result.pages} 页）"
        )
        if result.missing:
            names = {"unit": "单位", "year": "年度", "kind": "预算/决算", "region": "地区", "scope": "部门/单位"}
            self.stdout.write(f"待核实：未能识别{'、'.join(names.get(m, m) for m in result.missing)}")
        if result.member_units:
            self.stdout.write(f"包含单位：{'、'.join(result.member_units)}")
        for key, figure in result.figures.items():
            label = METRICS[key].label if key in METRICS else key
            page = f"第{figure.page}页" if figure.page else "页码不详"
            self.stdout.write(f"  {label}：{_describe(metric=key, figure=figure)}（{page}）")
        for warning in result.warnings:
            self.stdout.write(f"提示：{warning}")


def _describe(*, metric: str, figure: Figure) -> str:
    if figure.not_applicable:
        return "不适用" + (f"（{figure.note}）" if figure.note else "")
    text = _number(metric=metric, value=figure.value)
    if figure.change is not None:
        word = "增加" if figure.change > 0 else "减少" if figure.change < 0 else "持平"
        text += f"，比上年{word}" + ("" if figure.change == 0 else _number(metric=metric, value=abs(figure.change)))
    return text


def _number(*, metric: str, value) -> str:
    if value is None:
        return "未载明"
    if metric in COUNT_METRICS:
        return f"{value:,.0f}{METRICS[metric].unit}"
    return f"{value:,.2f}万元"
