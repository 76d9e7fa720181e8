"""The hostile corpus is generated once per test process (a few seconds: the bomb and the 100,000 pages)."""
from __future__ import annotations

import pytest

from .corpus import corpus


@pytest.fixture(scope="session")
def hostile_corpus() -> dict[str, tuple[str, bytes]]:
    return corpus()


@pytest.fixture
def media(tmp_path, settings):
    root = tmp_path / "media"
    root.mkdir()
    settings.MEDIA_ROOT = str(root)
    return root
