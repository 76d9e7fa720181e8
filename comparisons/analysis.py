"""The comparison: long figures frame → one row per subject-year (pure pandas, no Django).

`comparison(long_df)` is the single computation behind the compare table, its charts, the XLSX/CSV downloads and
the JSON. Stated figures stay exact Decimals (object columns); derived ratios are floats rounded to 4 decimals;
counts are ints. A missing value is None, and every derived value that cannot be computed has a ``<column>_reason``
saying why ("未披露实有人数"), repeated in the row's 说明.
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import pandas as pd

from disclosures.parsing.metrics import METRICS, SANGONG_PARTS

AMOUNT_COLUMNS = [
    "sangong_total", *SANGONG_PARTS, "operating_costs", "basic_expenditure", "project_expenditure",
    "expenditure_total",
]
COUNT_COLUMNS = ["staff_authorized", "staff_actual", "vehicles_count"]
BASE_METRICS = AMOUNT_COLUMNS + COUNT_COLUMNS

# derived column → (numerator, denominator, scale, label)
DERIVED: dict[str, tuple[str, str, int, str]] = {
    "sangong_per_actual": ("sangong_total", "staff_actual", 1, "人均“三公”经费（按实有人数，万元/人）"),
    "sangong_per_authorized": ("sangong_total", "staff_authorized", 1, "人均“三公”经费（按编制数，万元/人）"),
    "operating_per_actual": ("operating_costs", "staff_actual", 1, "人均机关运行经费（按实有人数，万元/人）"),
    "operating_per_authorized": ("operating_costs", "staff_authorized", 1, "人均机关运行经费（按编制数，万元/人）"),
    "vehicle_operation_per_vehicle": ("vehicle_operation", "vehicles_count", 1, "每辆车运行维护费（万元/辆）"),
    "sangong_share": ("sangong_total", "expenditure_total", 100, "“三公”经费占支出合计（%）"),
}
CHANGE_METRICS = ("sangong_total", "operating_costs")

META_COLUMNS = ["subject_key", "subject_name", "region", "province", "department_type", "year", "kind", "scope",
                "member_count", "disclosure_id"]

COLUMN_LABELS: dict[str, str] = {
    "subject_key": "编号",
    "subject_name": "单位",
    "region": "地区",
    "province": "省（直辖市）",
    "department_type": "部门类型",
    "year": "年度",
    "kind": "类型",
    "scope": "口径",
    "member_count": "包含单位数",
    "disclosure_id": "文件编号",
    **{key: f"{METRICS[key].label}（{METRICS[key].unit}）" for key in BASE_METRICS},
    **{key: spec[3] for key, spec in DERIVED.items()},
    "sangong_total_change": "“三公”经费比上年增减（万元）",
    "sangong_total_change_pct": "“三公”经费比上年增减（%）",
    "sangong_total_reason": "“三公”经费增减原因",
    "operating_costs_change": "机关运行经费比上年增减（万元）",
    "operating_costs_change_pct": "机关运行经费比上年增减（%）",
    "operating_costs_reason": "机关运行经费增减原因",
    "rank": "“三公”经费排名",
    "peer_signal": "同类比较提示",
    "notes": "说明",
}
OUTPUT_COLUMNS = [
    *META_COLUMNS, *BASE_METRICS, *DERIVED,
    *[f"{key}_{suffix}" for key in CHANGE_METRICS for suffix in ("change", "change_pct", "reason")],
    "rank", "peer_signal", "notes", *[f"{key}_reason" for key in DERIVED],
]

MISSING_DENOMINATOR = {
    "staff_actual": "未披露实有人数",
    "staff_authorized": "未披露编制数",
    "vehicles_count": "未披露车辆数",
    "expenditure_total": "未披露支出合计",
}
PEER_SIGNAL_METRICS = ("sangong_total", "operating_costs", "sangong_per_authorized", "sangong_per_actual")
MAD_SCALE = 1.4826  # makes the MAD a consistent estimator of the standard deviation for normal data
MAD_THRESHOLD = 3.5  # Iglewicz & Hoaglin's cut-off for the modified z-score
MIN_PEERS = 5  # fewer peers than this give no meaningful median/MAD


def comparison(
    long_df: pd.DataFrame,
    *,
    latest: bool = True,
    years: Iterable[int] | None = None,
    min_peers: int = MIN_PEERS,
) -> pd.DataFrame:
    """One row per subject-year-kind with stated figures, derived ratios, changes, rank, peer signal and notes.

    ``years`` (one or several) selects those years and disables ``latest``; otherwise ``latest`` keeps each
    subject's latest year per kind (each row says its year).
    """
    wanted_years = sorted({int(y) for y in years}) if years else []
    long_df = long_df[long_df["metric"].isin(BASE_METRICS)] if not long_df.empty else long_df
    if wanted_years:
        long_df = long_df[long_df["year"].isin(wanted_years)]
    elif latest and not long_df.empty:
        newest = long_df.groupby(["subject_key", "kind"])["year"].transform("max")
        long_df = long_df[long_df["year"] == newest]
    if long_df.empty:
        return pd.DataFrame(columns=OUTPUT_COLUMNS)

    long_df = long_df.drop_duplicates(["disclosure_id", "metric"])
    frame = long_df.drop_duplicates("disclosure_id")[META_COLUMNS].set_index("disclosure_id", drop=False)
    wide = {part: long_df.pivot(index="disclosure_id", columns="metric", values=part)
            for part in ("value", "change", "reason", "not_applicable", "note")}
    for key in BASE_METRICS:
        frame[key] = _column(wide["value"], key, frame.index)
    for key in COUNT_COLUMNS:
        frame[key] = pd.Series([None if v is None else int(v) for v in frame[key]], index=frame.index, dtype=object)
    not_applicable = {key: _column(wide["not_applicable"], key, frame.index).map(bool) for key in BASE_METRICS}
    notes_by_metric = {key: _column(wide["note"], key, frame.index) for key in BASE_METRICS}

    numbers = {key: pd.to_numeric(frame[key].map(_to_float), errors="coerce") for key in BASE_METRICS}
    for key, (numerator, denominator, scale, _label) in DERIVED.items():
        value = numbers[numerator] / numbers[denominator].where(numbers[denominator] > 0) * scale
        frame[key] = value.round(4).astype(object).where(value.notna(), None)
        frame[f"{key}_reason"] = [
            _missing_reason(numerator, denominator, num, den, na)
            for num, den, na in zip(numbers[numerator], numbers[denominator], not_applicable[numerator])
        ]
    for key in CHANGE_METRICS:
        change = _column(wide["change"], key, frame.index)
        frame[f"{key}_change"] = change
        change_number = pd.to_numeric(change.map(_to_float), errors="coerce")
        prior = numbers[key] - change_number
        pct = change_number / prior.where(prior != 0) * 100
        frame[f"{key}_change_pct"] = pct.round(2).astype(object).where(pct.notna(), None)
        frame[f"{key}_reason"] = _column(wide["reason"], key, frame.index).map(lambda r: r or "")

    frame["rank"] = _rank(frame, numbers["sangong_total"], by_year=bool(wanted_years))
    frame["peer_signal"] = _peer_signals(frame, numbers, by_year=bool(wanted_years), min_peers=min_peers)
    frame["notes"] = _notes(frame, not_applicable, notes_by_metric, wanted_years=wanted_years)
    order = ["kind", "year", "rank", "subject_name"] if wanted_years else ["kind", "rank", "subject_name"]
    frame = frame.sort_values(order, ascending=[o != "year" for o in order], na_position="last")
    return frame[OUTPUT_COLUMNS].reset_index(drop=True)


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-ready rows: Decimals as exact strings, NaN as None, numpy scalars as Python numbers."""
    out = []
    for row in frame.to_dict("records"):
        out.append({key: _plain(value) for key, value in row.items()})
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if value is None or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _column(wide: pd.DataFrame, key: str, index: pd.Index) -> pd.Series:
    if key not in wide.columns:
        return pd.Series([None] * len(index), index=index, dtype=object)
    column = wide[key].reindex(index).astype(object)
    return column.where(column.notna(), None)


def _to_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _missing_reason(numerator: str, denominator: str, num: float, den: float, not_applicable: bool) -> str:
    if not_applicable:
        return f"{METRICS[numerator].label}不适用"
    if pd.isna(num):
        return f"未披露{METRICS[numerator].label}"
    if pd.isna(den):
        return MISSING_DENOMINATOR[denominator]
    if den <= 0:
        return f"{METRICS[denominator].label}为0"
    return ""


def _groups(frame: pd.DataFrame, *, by_year: bool) -> list[str]:
    return ["kind", "year"] if by_year else ["kind"]


def _rank(frame: pd.DataFrame, totals: pd.Series, *, by_year: bool) -> pd.Series:
    ranked = totals.groupby([frame[g] for g in _groups(frame, by_year=by_year)]).rank(ascending=False, method="min")
    return ranked.map(lambda r: None if pd.isna(r) else int(r)).astype(object)


def _peer_signals(frame: pd.DataFrame, numbers: dict[str, pd.Series], *, by_year: bool,
                  min_peers: int) -> pd.Series:
    """Modified z-score |x − median| / (1.4826·MAD) > 3.5 among rows of the same department type (and kind/year)."""
    derived = {key: pd.to_numeric(frame[key], errors="coerce") for key in DERIVED}
    signals: dict[Any, list[str]] = {index: [] for index in frame.index}
    keys = [frame["department_type"]] + [frame[g] for g in _groups(frame, by_year=by_year)]
    for metric in PEER_SIGNAL_METRICS:
        values = numbers.get(metric, derived.get(metric))
        for group_key, members in values.groupby(keys):
            if not group_key[0]:
                continue
            members = members.dropna()
            if len(members) < min_peers:
                continue
            median = members.median()
            mad = (members - median).abs().median()
            if mad == 0:
                continue
            score = (members - median).abs() / (MAD_SCALE * mad)
            label = COLUMN_LABELS[metric].split("（")[0] if metric in DERIVED else METRICS[metric].label
            for index in score[score > MAD_THRESHOLD].index:
                direction = "高于" if members[index] > median else "低于"
                signals[index].append(f"{label}明显{direction}同类单位中位数，差异较大，建议核实")
    return pd.Series(["；".join(signals[i]) for i in frame.index], index=frame.index, dtype=object)


def _notes(frame: pd.DataFrame, not_applicable: dict[str, pd.Series], notes_by_metric: dict[str, pd.Series],
           *, wanted_years: list[int]) -> pd.Series:
    mixed_kinds = frame["kind"].nunique() > 1
    mixed_scopes = frame["scope"].nunique() > 1
    newest_by_kind = frame.groupby("kind")["year"].max().to_dict()
    years_by_subject = frame.groupby(["subject_key", "kind"])["year"].apply(set).to_dict()
    out = []
    for index, row in zip(frame.index, frame.to_dict("records")):  # iterrows builds a Series per row: slow
        notes = []
        if row["scope"] == "部门":
            count = int(row["member_count"] or 0)
            notes.append(f"部门口径（含{count}个单位）" if count else "部门口径")
        elif str(row["subject_key"]).startswith("d"):
            notes.append("单位口径：仅部门本级（未见部门汇总），" + ("与部门口径不宜直接比较" if mixed_scopes else "不含下属单位"))
        else:
            notes.append("单位口径")
        if mixed_kinds:
            notes.append(f"{row['kind']}数：预算与决算不宜直接比较")
        if wanted_years:
            missing = [y for y in wanted_years if y not in years_by_subject[(row["subject_key"], row["kind"])]]
            if missing:
                notes.append("缺" + "、".join(f"{y}年" for y in missing) + row["kind"])
        elif row["year"] < newest_by_kind[row["kind"]]:
            notes.append(f"未见{newest_by_kind[row['kind']]}年{row['kind']}，采用{row['year']}年")
        for key in ("operating_costs", "sangong_total"):
            if not_applicable[key][index]:
                why = notes_by_metric[key][index] or ""
                notes.append(f"{METRICS[key].label}：" + ("事业单位不适用" if "事业单位" in why else "不适用") + "（不是0）")
            elif row[key] is None:
                notes.append(f"未披露{METRICS[key].label}")
        for reason in dict.fromkeys(row[f"{key}_reason"] for key in DERIVED):
            if reason and reason.startswith("未披露") and reason not in notes:
                notes.append(reason)
        out.append("；".join(notes))
    return pd.Series(out, index=frame.index, dtype=object)
