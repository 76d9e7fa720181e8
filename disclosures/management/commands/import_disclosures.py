"""Import disclosure files and folders: each file in its own transaction, then a summary."""
from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from disclosures import parsing
from disclosures.models import Scope, SourceFile
from disclosures.services import (
    ACCEPTED_SUFFIXES,
    STATUS_LABELS,
    ImportOutcome,
    disclosure_import_file,
    read_error_message,
    source_sha256,
)

# 部门 before 单位: a department's member units exist before its units' own disclosures are placed.
SCOPE_ORDER = {Scope.DEPARTMENT: 0, Scope.REGION: 0, Scope.UNIT: 1}


class Command(BaseCommand):
    help = "导入预算/决算情况说明文件或文件夹（递归；接受 .pdf .txt .md），同一文件（SHA-256）只保存一次"
    requires_system_checks: list[str] = []  # the URL checks import pandas and plotly: seconds for nothing here

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", help="文件或文件夹")

    def handle(self, *args, paths: list[str], **options) -> None:
        outcomes: dict[Path, ImportOutcome] = {}
        pending: list[tuple[Path, bytes, list[parsing.ParsedDisclosure] | None]] = []
        files, named = _collect(paths, outcomes)
        bar = dict(file=self.stderr._out, disable=not self.stderr.isatty(), unit="个")
        for path in tqdm(files, desc="解析", **bar):
            try:
                data = path.read_bytes()
            except OSError as exc:
                outcomes[path] = ImportOutcome("failed", message=f"无法读取：{read_error_message(exc)}", filename=path.name)
                continue
            if SourceFile.objects.filter(sha256=source_sha256(data)).exists():
                pending.append((path, data, None))  # the service reports it as already present
                continue
            try:
                pending.append((path, data, parsing.parse_disclosures(data, filename=path.name)))
            except parsing.NotADisclosure as exc:
                # In a folder, an index page or a notice beside the disclosures is passed over, not a failure;
                # a file named on the command line was meant to be one, so there it fails.
                status = "failed" if path in named else "skipped"
                outcomes[path] = ImportOutcome(status, message=f"不是预决算公开文件：{exc}", filename=path.name)
            except parsing.ParseError as exc:
                outcomes[path] = ImportOutcome("failed", message=str(exc), filename=path.name)
        pending.sort(key=lambda item: SCOPE_ORDER.get(item[2][0].scope, 1) if item[2] else 0)
        for path, data, parsed in tqdm(pending, desc="保存", **bar):
            outcomes[path] = disclosure_import_file(data=data, filename=path.name, parsed=parsed)
        self._report(outcomes)

    def _report(self, outcomes: dict[Path, ImportOutcome]) -> None:
        counts = {status: 0 for status in STATUS_LABELS}
        for outcome in outcomes.values():
            counts[outcome.status] += 1
        self.stdout.write("、".join(f"{label} {counts[status]}" for status, label in _SUMMARY_LABELS))
        for path in sorted(outcomes):
            outcome = outcomes[path]
            if outcome.status in {"failed", "conflict", "skipped"}:
                self.stdout.write(f"{path}  {_reason(outcome)}")
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} 个文件导入失败")


_SUMMARY_LABELS = [
    ("imported", "已导入"), ("already_present", "已存在"), ("added_source", "追加来源"),
    ("conflict", "冲突"), ("failed", "失败"), ("skipped", "跳过"),
]


def _reason(outcome: ImportOutcome) -> str:
    prefix = "已跳过" if outcome.status == "skipped" else outcome.label
    return outcome.message if outcome.message.startswith(prefix) else f"{outcome.label}：{outcome.message}"


def _collect(paths: list[str], outcomes: dict[Path, ImportOutcome]) -> tuple[list[Path], set[Path]]:
    """Accepted files in a stable order, and those named directly; other files are recorded as skipped,
    missing paths as failed."""
    files: list[Path] = []
    named: set[Path] = set()
    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            candidates = sorted(p for p in root.rglob("*") if p.is_file())
        elif root.is_file():
            candidates = [root]
            named.add(root)
        else:
            outcomes[root] = ImportOutcome("failed", message="路径不存在", filename=root.name)
            continue
        for path in candidates:
            if path.suffix.lower() in ACCEPTED_SUFFIXES:
                files.append(path)
            else:
                outcomes[path] = ImportOutcome("skipped", message="已跳过：不支持的文件类型", filename=path.name)
    return list(dict.fromkeys(files)), named
