"""parse_disclosure: one JSON object on stdout, or exactly one line on stderr and a non-zero exit; no database."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.conftest import FIXTURES, REPO, SEEDS, needs_seeds

from .helpers import department_result, patch_parser

CONTRACT_KEYS = {"unit", "region", "province", "year", "kind", "scope", "member_units", "figures",
                 "expenditure_by_function", "checks", "warnings"}


def run(*args: str, tmp_path: Path, settings: str = "config.test_settings") -> subprocess.CompletedProcess:
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DJANGO_DEBUG", "SECRET_KEY")},
        "DJANGO_SETTINGS_MODULE": settings,
        # a database that cannot be opened: any query would fail the command
        "DATABASE_URL": f"sqlite:///{tmp_path / 'no-such-dir' / 'db.sqlite3'}",
    }
    return subprocess.run(
        [sys.executable, "manage.py", "parse_disclosure", *args], cwd=REPO, env=env,
        capture_output=True, text=True, timeout=120,
    )


@needs_seeds
def test_it_prints_one_json_object_with_the_contract_keys(tmp_path):
    result = run(str(SEEDS / "text" / "000_0373972d906b157f.txt"), "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert CONTRACT_KEYS <= set(data)
    assert (data["unit"], data["region"], data["year"], data["kind"], data["scope"]) == (
        "垫江县人民政府办公室", "垫江县", 2024, "预算", "部门")
    assert data["figures"]["sangong_total"]["value"] == "115.4"
    assert data["figures"]["sangong_total"]["change"] == "23.7"
    assert result.stdout.count("\n") == 1
    assert not (tmp_path / "no-such-dir").exists()


def truncated_pdf() -> bytes:
    data = (SEEDS / "pdf" / "000_0373972d906b157f.pdf").read_bytes()
    return data[: len(data) // 3]


@pytest.mark.parametrize(
    "content", [lambda: b"", lambda: b"<html><body>404</body></html>", pytest.param(truncated_pdf, marks=needs_seeds)],
    ids=["empty", "html", "corrupt"],
)
def test_a_bad_file_exits_non_zero_with_one_line_on_stderr(tmp_path, content):
    path = tmp_path / "坏文件.pdf"
    path.write_bytes(content())
    result = run(str(path), "--json", tmp_path=tmp_path)
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].count("坏文件.pdf") == 1


def test_a_missing_file_exits_non_zero_with_one_line(tmp_path):
    result = run(str(tmp_path / "缺失.txt"), tmp_path=tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == ["CommandError: 无法读取文件 缺失.txt：文件不存在"]


def test_without_json_it_prints_a_chinese_summary(tmp_path, monkeypatch):
    patch_parser(monkeypatch, lambda data, *, filename="": department_result())
    path = tmp_path / "d.txt"
    path.write_bytes(b"x")
    out = StringIO()
    call_command("parse_disclosure", str(path), stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "示例县农业农村委员会 · 示例县 · 2024年部门预算（情况说明，9 页）"
    assert lines[1] == "包含单位：示例县农业农村委员会（本级）、示例县农业技术推广站"
    assert "  “三公”经费合计：12.50万元，比上年减少1.50万元（第3页）" in lines
    assert "  公务接待费：2.50万元，比上年持平（第3页）" in lines


def test_a_file_holding_two_disclosures_prints_a_json_list_of_both(tmp_path):
    path = FIXTURES / "variants4" / "y09_huining_two_disclosures_concatenated.txt"
    result = run(str(path), "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(d["unit"], d["figures"]["sangong_total"]["value"]) for d in data] == [
        ("会宁县农业农村局", "18.4"), ("会宁县林业和草原局", "22.1")]


UNTITLED = (
    "按照预算公开的有关要求，现将我局2024年“三公”经费预算情况公开如下。\n"
    "2024年“三公”经费预算12.30万元，比上年减少0.70万元。其中：因公出国（境）费0万元，"
    "公务用车购置及运行维护费8.10万元（公务用车购置费0万元，公务用车运行维护费8.10万元），公务接待费4.20万元。\n"
)


def test_an_untitled_statement_is_printed_with_its_missing_fields_and_clues(tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text(UNTITLED, encoding="utf-8")
    result = run(str(path), "--json", tmp_path=tmp_path, settings="config.settings")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["unit"], data["year"], data["kind"], data["missing"]) == (None, 2024, "预算", ["unit", "region", "province"])
    assert data["clues"]["year"]["origin"] == "first_sentence"
    assert data["figures"]["sangong_total"]["value"] == "12.3"


def test_a_news_report_is_refused_with_one_chinese_line_and_no_secret_or_debug_needed(tmp_path):
    path = FIXTURES / "variants" / "v19_news_budget_meeting.txt"
    result = run(str(path), "--json", tmp_path=tmp_path, settings="config.settings")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        f"CommandError: {path.name}：这是新闻报道，不是部门/单位预算、决算或“三公”经费说明"]
