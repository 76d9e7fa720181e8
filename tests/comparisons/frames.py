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


def many_offices(count: int) -> pd.DataFrame:
    """`count` offices of three department types over 2023–2024, varied so that every per-row text differs
    somewhere: 单位口径 rows, a missing year (one only 2024 with its change, one only 2023), 机关运行经费 不适用
    for a 事业单位, no staff count, and outliers that the peer signal flags."""
    subjects = []
    for number in range(count):
        sangong = D(40 + number * 7 % 90) + D(number % 100) / 100
        if number % 37 == 5:
            sangong *= 12  # far above its peers
        staff = {} if number % 9 == 4 else {"staff_authorized": str(20 + number % 31)}
        if number % 4 == 1:
            staff["staff_actual"] = str(18 + number % 29)
        years = (2024,) if number % 7 == 3 else (2023,) if number % 11 == 6 else (2023, 2024)
        for year in years:
            step = year - 2023
            figures = {
                "sangong_total": (str(sangong + step * 2), "2"), "reception": str(sangong / 4),
                "vehicle_operation": str(sangong - sangong / 4), "outbound_travel": "0", "vehicle_purchase": "0",
                "operating_costs": ({"value": None, "not_applicable": True, "note": "事业单位"} if number % 13 == 2
                                    else (str(D(200 + number * 3 % 170) + step * 5), "5")),
                "expenditure_total": str(D(1500 + number * 11 % 900)), **staff,
            }
            subjects.append({
                "key": f"d{number + 1}", "name": f"模拟{number % 40:02d}县办公室{number:03d}",
                "region": f"模拟{number % 40:02d}县", "year": year, "disclosure_id": 2 * number + step + 1,
                "scope": "单位" if number % 5 == 2 else "部门", "member_count": number % 4,
                "department_type": ("人民政府办公室", "财政局", "")[number % 3], "figures": figures,
            })
    return long_frame(*subjects)
