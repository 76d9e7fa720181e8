"""Everyday commands need no SECRET_KEY: one is generated once and kept in var/."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _manage(*args: str, var_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DJANGO_DEBUG", "DJANGO_SETTINGS_MODULE"}}
    env["APP_VAR_DIR"] = str(var_dir)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)


def test_it_runs_a_command_without_secret_key_or_debug(tmp_path: Path) -> None:
    done = _manage("check", var_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    key_file = tmp_path / "secret_key"
    assert len(key_file.read_text().strip()) >= 50
    assert key_file.stat().st_mode & 0o777 == 0o600


def test_it_keeps_the_generated_key_across_runs(tmp_path: Path) -> None:
    _manage("check", var_dir=tmp_path)
    first = (tmp_path / "secret_key").read_text()
    _manage("check", var_dir=tmp_path)
    assert (tmp_path / "secret_key").read_text() == first
