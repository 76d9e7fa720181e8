"""Shared fixtures: where the seed documents live, and a skip when ../shared is absent."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
FIXTURES = REPO / "tests" / "fixtures"

needs_seeds = pytest.mark.skipif(
    not (SEEDS / "text").is_dir(),
    reason="../shared/seeds is not beside the repository; seed documents are never copied into it",
)


def seed_ids() -> list[str]:
    if not (SEEDS / "truth").is_dir():
        return []
    return sorted(p.stem for p in (SEEDS / "truth").glob("*.json"))


def load_truth(seed_id: str) -> dict:
    return json.loads((SEEDS / "truth" / f"{seed_id}.json").read_text(encoding="utf-8"), parse_float=Decimal)
