"""Build long figure frames (the `selectors.figures_df` schema) in memory, for database-free tests."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pandas as pd

from comparisons.selectors import LONG_COLUMNS
from tests import factories


def long_frame(*subjects: dict[str, Any]) -> pd.DataFrame:
    """Each subject: key, name, year, figures (factories spec), and optionally kind, scope, member_count,
    department_type, region."""
    rows = []
    for number, subject in enumerate(subjects, start=1):
        for metric, spec in subject["figures"].items():
            fields = factories.figure_fields(spec)
            rows.append({
                "disclosure_id": subject.get("disclosure_id", number), "subject_key": subject["key"],
                "subject_name": subject["name"], "department_id": number, "unit_id": None,
                "department_type": subject.get("department_type", "人民政府办公室"),
                "region": subject.get("region", subject["name"][:3]), "province": "重庆市",
                "year": subject["year"], "kind": subject.get("kind", "预算"), "scope": subject.get("scope", "部门"),
                "member_count": subject.get("member_count", 0), "title_name": subject["name"], "metric": metric,
                "value": fields.get("value"), "change": fields.get("change"), "reason": fields.get("reason", ""),
                "not_applicable": bool(fields.get("not_applicable", False)), "note": fields.get("note", ""),
                "page": 2, "source_text": subject.get("source_text", f"{metric}的原文"),
                "source_file": f"{subject['name']}.pdf", "sha256": "ab" * 32,
            })
    return pd.DataFrame(rows, columns=LONG_COLUMNS)


def three_offices() -> pd.DataFrame:
    return long_frame(
        {"key": "d1", "name": "垫江县人民政府办公室", "year": 2024, "member_count": 6,
         "figures": factories.DIANJIANG_2024},
        {"key": "d2", "name": "重庆市铜梁区人民政府办公室", "region": "铜梁区", "year": 2024, "scope": "单位",
         "figures": factories.TONGLIANG_2024},
        {"key": "d3", "name": "重庆市大足区人民政府办公室", "region": "大足区", "year": 2023, "member_count": 2,
         "figures": factories.DAZU_2023},
    )


D = Decimal
