"""Import disclosure files and folders: each file in its own transaction, then a summary."""
from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from disclosures import parsing
from disclosures.services import ACCEPTED_SUFFIXES, STATUS_LABELS, ImportOutcome, read_error_message
from disclosures.uploads import import_path_caged


class Command(BaseCommand):
    help = "导入预算/决算情况说明文件或文件夹（递归；接受 .pdf .txt .md），同一文件（SHA-256）只保存一次"
    requires_system_checks: list[str] = []  # the URL checks import pandas and plotly: seconds for nothing here

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", help="文件或文件夹")

    def handle(self, *args, paths: list[str], **options) -> None:
        # One file at a time, each parsed in the cage (its own process, time and memory limits) and saved in
        # its own transaction: a file that fails is reported and the next one is still imported.
        outcomes: dict[Path, ImportOutcome] = {}
        files, named = _collect(paths, outcomes)
        bar = dict(file=self.stderr._out, disable=not self.stderr.isatty(), unit="个")
        for path in tqdm(files, desc="导入", **bar):
            try:
                data = path.read_bytes()
            except OSError as exc:
                outcomes[path] = ImportOutcome("failed", message=f"无法读取：{read_error_message(exc)}", filename=path.name)
                continue
            try:
                outcomes[path] = import_path_caged(data=data, filename=path.name)
            except parsing.NotADisclosure as exc:
                # In a folder, an index page or a notice beside the disclosures is passed over, not a failure;
                # a file named on the command line was meant to be one, so there it fails.
                status = "failed" if path in named else "skipped"
                outcomes[path] = ImportOutcome(status, message=f"不是预决算公开文件：{exc}", filename=path.name)
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
