"""import_disclosures: folders, the summary, skipped and failed files, and the five seeds end to end."""
from __future__ import annotations

import io
import re
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from disclosures import parsing, uploads
from disclosures.models import Department, Disclosure, Figure, SourceFile
from tests.conftest import SEEDS, needs_seeds

from .helpers import department_result, media_files, row_counts, unit_result

pytestmark = pytest.mark.django_db

SUMMARY = re.compile(r"已导入 (\d+)、已存在 (\d+)、追加来源 (\d+)、冲突 (\d+)、失败 (\d+)、跳过 (\d+)")


def run_import(*paths: Path) -> tuple[list[int], str, bool]:
    """(counts in summary order, stdout, whether it exited non-zero)."""
    out = StringIO()
    failed = False
    try:
        call_command("import_disclosures", *map(str, paths), stdout=out, stderr=StringIO())
    except CommandError:
        failed = True
    text = out.getvalue()
    match = SUMMARY.search(text)
    assert match, text
    return [int(n) for n in match.groups()], text, failed


@pytest.fixture
def fake_parser(monkeypatch):
    """Parse by file name: dept* → a 部门 result, unit* → its member unit; anything else is not a disclosure.

    The command parses in the cage (another process), so the fake replaces the cage call itself."""
    calls: list[str] = []

    def parse(data, filename=""):
        calls.append(filename)
        if filename.startswith("dept"):
            return [department_result()]
        if filename.startswith("unit"):
            return [unit_result()]
        raise parsing.ParseError(f"{filename} 不是预算公开文件")

    monkeypatch.setattr(uploads, "parse_caged", parse)
    return calls


def test_it_imports_a_folder_one_file_at_a_time_and_lists_what_it_skipped(media, tmp_path, fake_parser):
    folder = tmp_path / "in"
    for sub in ("a", "b"):
        (folder / sub).mkdir(parents=True)
    (folder / "a" / "unit.txt").write_bytes(b"unit")  # found first
    (folder / "b" / "dept.PDF").write_bytes(b"dept")
    (folder / "notes.json").write_text("{}")

    counts, text, failed = run_import(folder)

    assert counts == [2, 0, 0, 0, 0, 1] and not failed
    assert f"{folder / 'notes.json'}  已跳过：不支持的文件类型" in text.splitlines()
    assert fake_parser == ["unit.txt", "dept.txt"]  # the suffix follows the content, not the name
    # the unit, saved first, moved under its department when the department came
    assert list(Department.objects.values_list("name", flat=True)) == ["示例县农业农村委员会"]
    assert Disclosure.objects.get(scope="单位").unit.department.name == "示例县农业农村委员会"


def test_a_second_run_parses_nothing_and_adds_nothing(media, tmp_path, fake_parser):
    (tmp_path / "dept.txt").write_bytes(b"dept")
    run_import(tmp_path / "dept.txt")
    before = row_counts()
    fake_parser.clear()

    counts, _, failed = run_import(tmp_path / "dept.txt")

    assert counts == [0, 1, 0, 0, 0, 0] and not failed
    assert fake_parser == [] and row_counts() == before


def test_it_exits_non_zero_and_names_the_failed_file(media, tmp_path, fake_parser):
    (tmp_path / "dept.txt").write_bytes(b"dept")
    (tmp_path / "other.txt").write_bytes(b"x")
    counts, text, failed = run_import(tmp_path, tmp_path / "missing.pdf")
    assert counts == [1, 0, 0, 0, 2, 0] and failed
    assert f"{tmp_path / 'other.txt'}  失败：other.txt 不是预算公开文件" in text.splitlines()
    assert f"{tmp_path / 'missing.pdf'}  失败：路径不存在" in text.splitlines()


# --- bad files through the real parser ------------------------------------------------------------------


def blank_pdf() -> bytes:
    document = pdfium.PdfDocument.new()
    document.new_page(595, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def truncated_seed_pdf() -> bytes:
    data = (SEEDS / "pdf" / "000_0373972d906b157f.pdf").read_bytes()
    return data[: len(data) // 3]


BAD_FILES = {
    "corrupt.pdf": truncated_seed_pdf,
    "empty.txt": lambda: b"",
    "page.pdf": lambda: b"<!DOCTYPE html><html><head><title>404</title></head><body>Not Found</body></html>",
    "blank.pdf": blank_pdf,
}


@needs_seeds
@pytest.mark.parametrize("name", list(BAD_FILES))
def test_a_bad_file_fails_clearly_and_changes_nothing(media, tmp_path, name):
    call_command("load_demo", stdout=StringIO())
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name]())
    before = row_counts()

    counts, text, failed = run_import(path)

    assert failed and counts == [0, 0, 0, 0, 1, 0]
    line = next(line for line in text.splitlines() if line.startswith(str(path)))
    reason = line.split("  失败：", 1)[1]
    assert re.search(r"[\u4e00-\u9fff]{2}", reason), reason
    assert row_counts() == before
    assert media_files(media) == []


# --- the five seeds ---------------------------------------------------------------------------------------


@needs_seeds
def test_the_seeds_make_five_disclosures_with_two_agreeing_sources_each(media):
    counts, text, failed = run_import(SEEDS)

    assert counts == [5, 0, 5, 0, 0, 5], text
    assert not failed
    for truth in sorted((SEEDS / "truth").glob("*.json")):
        assert f"{truth}  已跳过：不支持的文件类型" in text.splitlines()
    assert Disclosure.objects.count() == 5
    for disclosure in Disclosure.objects.all():
        sources = disclosure.sources.all()
        assert sorted(Path(s.original_name).suffix for s in sources) == [".pdf", ".txt"], disclosure
        assert {s.status for s in sources} == {SourceFile.Status.PARSED}
        assert disclosure.status == Disclosure.Status.OK
    assert sorted(Disclosure.objects.values_list("year", "scope")) == [
        (2023, "部门"), (2024, "单位"), (2024, "单位"), (2024, "部门"), (2026, "部门")]
    dianjiang = Disclosure.objects.get(department__name="垫江县人民政府办公室", year=2024, scope="部门")
    sangong = dianjiang.figures.get(metric="sangong_total", is_primary=True)
    assert (sangong.value, sangong.change) == (Decimal("115.4"), Decimal("23.7"))
    assert sangong.page is not None and sangong.source_text
    assert len(media_files(media)) == 10

    before = row_counts()
    counts, text, failed = run_import(SEEDS)
    assert counts == [0, 10, 0, 0, 0, 5] and not failed
    assert row_counts() == before


@needs_seeds
def test_a_modified_copy_is_kept_as_a_conflict_and_the_figures_stay(media, tmp_path):
    run_import(SEEDS / "text", SEEDS / "pdf")
    original = (SEEDS / "text" / "000_0373972d906b157f.txt").read_text(encoding="utf-8")
    assert original.count("115.4") >= 1
    modified = tmp_path / "000_modified.txt"
    modified.write_text(original.replace("115.4", "125.4"), encoding="utf-8")

    counts, text, failed = run_import(modified)

    assert counts == [0, 0, 0, 1, 0, 0] and not failed
    disclosure = Disclosure.objects.get(department__name="垫江县人民政府办公室", year=2024, scope="部门")
    assert disclosure.status == Disclosure.Status.CONFLICT
    assert disclosure.figures.get(metric="sangong_total", is_primary=True).value == Decimal("115.4")
    conflict = disclosure.sources.get(status=SourceFile.Status.CONFLICT)
    assert conflict.original_name == "000_modified.txt"
    assert "旧值 115.4 / 新值 125.4" in conflict.conflict_detail
    assert disclosure.sources.count() == 3


@needs_seeds
def test_a_unit_imported_before_its_department_ends_up_under_it(media):
    run_import(SEEDS / "text" / "001_87115e93e4775f59.txt")
    run_import(SEEDS / "text" / "000_0373972d906b157f.txt")

    departments = Department.objects.filter(region__name="垫江县")
    assert list(departments.values_list("name", flat=True)) == ["垫江县人民政府办公室"]
    unit_disclosure = Disclosure.objects.get(scope="单位")
    assert (unit_disclosure.department.name, unit_disclosure.unit.name, unit_disclosure.year) == (
        "垫江县人民政府办公室", "垫江县人民政府电子政务中心", 2024)
    assert unit_disclosure.unit.department == departments.get()


@needs_seeds
def test_importing_the_seeds_over_the_demo_replaces_the_demo_copies(media):
    call_command("load_demo", stdout=StringIO())
    counts, text, failed = run_import(SEEDS / "text")
    assert counts == [5, 0, 0, 0, 0, 0], text
    assert Disclosure.objects.count() == 5
    assert not Disclosure.objects.filter(genre="演示数据").exists()
    assert Figure.objects.filter(metric="sangong_total", is_primary=True, source_text="").count() == 0


REALDOCS = SEEDS.parent / "realdocs"


@pytest.mark.skipif(not (REALDOCS / "pdf").is_dir(), reason="../shared/realdocs is not beside the repository")
def test_it_imports_every_real_document_of_a_folder_once(media):
    counts, text, failed = run_import(REALDOCS)

    # 8 PDFs: 6 disclosures, the corrupted copy as a second source of its original (their figures agree),
    # the blank template passed over; INDEX.md and the truth files are not disclosures.
    assert not failed, text
    assert counts[:5] == [6, 0, 1, 0, 0]
    assert "bb5707f5e6.pdf  跳过：不是预决算公开文件" in text
    assert "INDEX.md  跳过：不是预决算公开文件" in text
    assert Disclosure.objects.count() == 6
    assert SourceFile.objects.count() == 7
    assert not Disclosure.objects.exclude(status=Disclosure.Status.OK).exists()
    shown = {(d.title_name, d.year, d.kind, d.scope) for d in Disclosure.objects.all()}
    assert ("上海市普陀区财政局", 2024, "决算", "部门") in shown
    assert ("上海市普陀区人民政府办公室", 2025, "预算", "单位") in shown

    before = row_counts()
    counts, _, failed = run_import(REALDOCS)
    assert counts[:5] == [0, 7, 0, 0, 0] and not failed
    assert row_counts() == before
