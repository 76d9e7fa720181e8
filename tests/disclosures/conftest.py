"""Fixtures for the storing side: a private MEDIA_ROOT per test."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def media(tmp_path: Path, settings) -> Path:
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = str(root)
    return root
