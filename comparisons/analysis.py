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

import numpy as np
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
WIDE_PARTS = ("value", "change", "reason", "na", "note")


def comparison(
    long_df: pd.DataFrame,
    *,
    latest: bool = True,
    years: Iterable[int] | None = None,
    min_peers: int = MIN_PEERS,
) -> pd.DataFrame:
    """One row per subject-year-kind with stated figures, derived ratios, changes, rank, peer signal and notes.

    ``years`` (one or several) selects those years and disables ``latest``; otherwise ``latest`` keeps each
    subject's latest year per kind (each row says its year). Takes the long frame (`selectors.figures_df`);
    `comparison_from_wide` does the same from `selectors.wide_figures_df`.
    """
    return comparison_from_wide(widen(long_df), latest=latest, years=years, min_peers=min_peers)


def history(wide: pd.DataFrame, *, min_peers: int = MIN_PEERS) -> pd.DataFrame:
    """Every year of every subject in `wide` (the 历年数据 section and sheet), sorted by subject, then year."""
    if wide.empty:
        return pd.DataFrame(columns=OUTPUT_COLUMNS)
    every_year = sorted({int(y) for y in wide["year"]})
    return comparison_from_wide(wide, years=every_year, min_peers=min_peers, order="subject")


def widen(long_df: pd.DataFrame) -> pd.DataFrame:
    """Long figures frame → the `selectors.wide_figures_df` shape (one row per disclosure, ``value:<metric>``…);
    with the provenance columns (page, sentence, file, sha256) when the long frame has them."""
    columns = [f"{part}:{key}" for part in WIDE_PARTS for key in BASE_METRICS]
    if long_df.empty:
        return pd.DataFrame(columns=[*META_COLUMNS, *columns])
    long_df = long_df[long_df["metric"].isin(BASE_METRICS)].drop_duplicates(["disclosure_id", "metric"])
    provenance = ["title_name", "source_file", "sha256"] if "source_text" in long_df.columns else []
    meta = long_df.drop_duplicates("disclosure_id")[META_COLUMNS + provenance].reset_index(drop=True)
    row_index = pd.Index(meta["disclosure_id"]).get_indexer(long_df["disclosure_id"])
    column_index = pd.Index(BASE_METRICS).get_indexer(long_df["metric"])
    parts = {"value": "value", "change": "change", "reason": "reason", "na": "not_applicable", "note": "note",
             **({"page": "page", "text": "source_text"} if provenance else {})}
    data: dict[str, Any] = {}
    for part, source in parts.items():
        default = False if part == "na" else ("" if part in ("reason", "note", "text") else None)
        grid = np.full((len(meta), len(BASE_METRICS)), default, dtype=bool if part == "na" else object)
        found = long_df[source].tolist()
        if part == "na":
            found = [bool(v) for v in found]
        elif part in ("reason", "note", "text"):
            found = [v or "" for v in found]
        else:
            found = [None if v is None or (isinstance(v, float) and v != v) else v for v in found]
        grid[row_index, column_index] = found
        for number, key in enumerate(BASE_METRICS):
            data[f"{part}:{key}"] = grid[:, number]
    return pd.concat([meta, pd.DataFrame(data, index=meta.index)], axis=1)


def comparison_from_wide(
    wide: pd.DataFrame,
    *,
    latest: bool = True,
    years: Iterable[int] | None = None,
    min_peers: int = MIN_PEERS,
    order: str = "rank",
) -> pd.DataFrame:
    """`comparison` on the wide frame: vectorised with numpy; stated figures stay Decimal, counts int.

    ``order="rank"`` sorts by kind, (year,) rank; ``order="subject"`` by subject, then year (the 历年 rows)."""
    wanted_years = sorted({int(y) for y in years}) if years else []
    stated = _stated(wide)
    if stated is None:
        return pd.DataFrame(columns=OUTPUT_COLUMNS)
    chosen = _subset(stated, _select(stated, latest=latest, wanted_years=wanted_years))
    return _finish(chosen, wanted_years=wanted_years, order=order, min_peers=min_peers)


def comparison_and_history(
    wide: pd.DataFrame,
    *,
    latest: bool = True,
    years: Iterable[int] | None = None,
    min_peers: int = MIN_PEERS,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(`comparison_from_wide`, its 历年 rows) from one pass over the stated figures: what the page and XLSX show.

    The 历年 rows are every year of the subjects in the main table, sorted by subject, then year."""
    wanted_years = sorted({int(y) for y in years}) if years else []
    stated = _stated(wide)
    if stated is None:
        return pd.DataFrame(columns=OUTPUT_COLUMNS), pd.DataFrame(columns=OUTPUT_COLUMNS)
    chosen = _select(stated, latest=latest, wanted_years=wanted_years)
    main = _finish(_subset(stated, chosen), wanted_years=wanted_years, order="rank", min_peers=min_peers)
    subjects = stated["out"]["subject_key"]
    if not chosen.all():
        stated = _subset(stated, pd.Series(subjects).isin(set(subjects[chosen])).to_numpy())
    every_year = sorted({int(y) for y in stated["out"]["year"]})
    return main, _finish(stated, wanted_years=every_year, order="subject", min_peers=min_peers)


def _stated(wide: pd.DataFrame) -> dict[str, Any] | None:
    """Per row of `wide` that states any compared figure: the stated columns, derived ratios and changes."""
    if wide.empty:
        return None
    has_figure = np.zeros(len(wide), dtype=bool)
    for key in BASE_METRICS:  # a disclosure without any compared figure is not a row
        stated = ~np.isnan(wide[f"number:{key}"].to_numpy(dtype=float)) if f"number:{key}" in wide.columns \
            else pd.notna(wide[f"value:{key}"].to_numpy(dtype=object))
        has_figure |= wide[f"na:{key}"].to_numpy(dtype=bool) | stated
    positions = np.flatnonzero(has_figure)
    if not len(positions):
        return None

    def column(name: str, dtype: Any = object) -> np.ndarray:
        return wide[name].to_numpy(dtype=dtype)[positions]

    out: dict[str, Any] = {key: column(key) for key in META_COLUMNS}
    out["year"] = column("year", "int64")
    numbers: dict[str, np.ndarray] = {}
    not_applicable: dict[str, np.ndarray] = {}
    for key in BASE_METRICS:
        values = column(f"value:{key}")
        given = f"number:{key}" in wide.columns
        numbers[key] = column(f"number:{key}", float) if given else _floats(values)
        not_applicable[key] = column(f"na:{key}", bool)
        out[key] = _ints(values) if key in COUNT_COLUMNS else values
    derived_reasons = {}
    for key, (numerator, denominator, scale, _label) in DERIVED.items():
        num, den = numbers[numerator], numbers[denominator]
        with np.errstate(divide="ignore", invalid="ignore"):
            value = np.round(np.where(den > 0, num / den * scale, np.nan), 4)
        out[key] = _objects(value)
        numbers[key] = value
        out[f"{key}_reason"] = derived_reasons[key] = np.select(
            [not_applicable[numerator], np.isnan(num), np.isnan(den), den <= 0],
            [f"{METRICS[numerator].label}不适用", f"未披露{METRICS[numerator].label}",
             MISSING_DENOMINATOR[denominator], f"{METRICS[denominator].label}为0"],
            default="",
        ).astype(object)
    for key in CHANGE_METRICS:
        change = column(f"change:{key}")
        out[f"{key}_change"] = change
        prior = numbers[key] - _floats(change)
        with np.errstate(divide="ignore", invalid="ignore"):
            pct = np.round(np.where(prior != 0, (numbers[key] - prior) / prior * 100, np.nan), 2)
        out[f"{key}_change_pct"] = _objects(pct)
        out[f"{key}_reason"] = column(f"reason:{key}")
    notes_by_metric = {key: column(f"note:{key}") for key in ("operating_costs", "sangong_total")}
    return {"out": out, "numbers": numbers, "na": not_applicable, "reasons": derived_reasons,
            "notes": notes_by_metric}


def _select(stated: dict[str, Any], *, latest: bool, wanted_years: list[int]) -> np.ndarray:
    out = stated["out"]
    if wanted_years:
        return np.isin(out["year"], wanted_years)
    if latest:
        keys = pd.DataFrame({"subject_key": out["subject_key"], "kind": out["kind"], "year": out["year"]})
        return out["year"] == keys.groupby(["subject_key", "kind"])["year"].transform("max").to_numpy()
    return np.ones(len(out["year"]), dtype=bool)


def _subset(stated: dict[str, Any], mask: np.ndarray) -> dict[str, Any]:
    return {part: {key: np.asarray(values)[mask] for key, values in arrays.items()}
            for part, arrays in stated.items()}


def _finish(stated: dict[str, Any], *, wanted_years: list[int], order: str, min_peers: int) -> pd.DataFrame:
    """Rank, peer signal, notes and order for the chosen rows."""
    out, numbers = dict(stated["out"]), stated["numbers"]
    if not len(out["year"]):
        return pd.DataFrame(columns=OUTPUT_COLUMNS)
    keys = pd.DataFrame({key: out[key] for key in ("subject_key", "subject_name", "department_type", "kind", "year",
                                                  "scope", "member_count")})
    groups = [keys["kind"], keys["year"]] if wanted_years else [keys["kind"]]
    ranks = pd.Series(numbers["sangong_total"]).groupby(groups).rank(ascending=False, method="min").to_numpy()
    out["rank"] = _objects(ranks, integer=True)
    out["peer_signal"] = _peer_signals(keys, numbers, groups, min_peers=min_peers)
    out["notes"] = _notes(keys, out, stated["na"], stated["notes"], stated["reasons"], wanted_years=wanted_years)
    if order == "subject":
        keys["subject_name"] = keys["subject_name"].astype(str)
        sort, ascending = ["subject_name", "subject_key", "year", "kind"], [True] * 4
    else:
        keys["rank"] = ranks
        sort = ["kind", "year", "rank", "subject_name"] if wanted_years else ["kind", "rank", "subject_name"]
        ascending = [key != "year" for key in sort]
    position = keys.sort_values(sort, ascending=ascending, na_position="last", kind="stable").index.to_numpy()
    return pd.DataFrame({key: np.asarray(out[key])[position] for key in OUTPUT_COLUMNS})


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


def _floats(values: np.ndarray) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def _ints(values: np.ndarray) -> np.ndarray:
    return np.array([None if v is None else int(v) for v in values], dtype=object)


def _objects(values: np.ndarray, *, integer: bool = False) -> np.ndarray:
    """float array → object array with None for NaN (int when `integer`), as the frame's derived columns hold."""
    cast = int if integer else float
    return np.array([None if v != v else cast(v) for v in values.tolist()], dtype=object)


def _peer_signals(frame: pd.DataFrame, numbers: dict[str, np.ndarray], groups: list[pd.Series], *,
                  min_peers: int) -> np.ndarray:
    """Modified z-score |x − median| / (1.4826·MAD) > 3.5 among rows of the same department type (and kind/year)."""
    empty = np.full(len(frame), "", dtype=object)
    codes = frame.groupby([frame["department_type"].fillna(""), *groups], sort=False).ngroup().to_numpy()
    if len(frame) < min_peers or np.bincount(codes).max() < min_peers:
        return empty
    values = pd.DataFrame({metric: numbers[metric] for metric in PEER_SIGNAL_METRICS})
    grouped = values.groupby(codes)
    count, median = grouped.transform("count").to_numpy(), grouped.transform("median")
    deviation = (values - median).abs()
    mad = deviation.groupby(codes).transform("median").to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        score = deviation.to_numpy() / (MAD_SCALE * mad)
    has_type = (frame["department_type"].fillna("") != "").to_numpy()[:, None]
    flagged = has_type & (count >= min_peers) & (mad > 0) & (score > MAD_THRESHOLD)
    if not flagged.any():
        return empty
    higher = values.to_numpy() > median.to_numpy()
    found = []
    for number, metric in enumerate(PEER_SIGNAL_METRICS):
        label = COLUMN_LABELS[metric].split("（")[0] if metric in DERIVED else METRICS[metric].label
        found.append(np.where(flagged[:, number], np.where(
            higher[:, number], f"{label}明显高于同类单位中位数，差异较大，建议核实",
            f"{label}明显低于同类单位中位数，差异较大，建议核实"), ""))
    return np.array(["；".join(p for p in parts if p) for parts in zip(*found)], dtype=object)


def _notes(frame: pd.DataFrame, out: dict[str, Any], not_applicable: dict[str, np.ndarray],
           notes_by_metric: dict[str, np.ndarray], derived_reasons: dict[str, np.ndarray], *,
           wanted_years: list[int]) -> np.ndarray:
    mixed_kinds = frame["kind"].nunique() > 1
    mixed_scopes = frame["scope"].nunique() > 1
    newest_by_kind = frame.groupby("kind")["year"].max().to_dict()
    years_by_subject: dict[tuple[str, str], set[int]] = {}
    for subject, kind, year in zip(frame["subject_key"], frame["kind"], frame["year"].tolist()):
        years_by_subject.setdefault((subject, kind), set()).add(year)
    columns = [*[frame[c].tolist() for c in ("scope", "member_count", "subject_key", "kind", "year")],
               list(out["operating_costs"]), list(out["sangong_total"])]
    reasons = list(zip(*[derived_reasons[key] for key in DERIVED]))
    flags = {key: not_applicable[key].tolist() for key in ("operating_costs", "sangong_total")}
    undisclosed: dict[tuple, list[str]] = {}  # reasons tuple → its distinct 未披露… notes (few distinct tuples)
    missing_years: dict[tuple[str, str], str] = {}
    out = []
    for index, (scope, members, subject, kind, year, operating, sangong) in enumerate(zip(*columns)):
        notes = []
        if scope == "部门":
            count = int(members or 0)
            notes.append(f"部门口径（含{count}个单位）" if count else "部门口径")
        elif str(subject).startswith("d"):
            notes.append("单位口径：仅部门本级（未见部门汇总），" + ("与部门口径不宜直接比较" if mixed_scopes else "不含下属单位"))
        else:
            notes.append("单位口径")
        if mixed_kinds:
            notes.append(f"{kind}数：预算与决算不宜直接比较")
        if wanted_years:
            if (subject, kind) not in missing_years:
                present = years_by_subject[(subject, kind)]
                missing = [y for y in wanted_years if y not in present]
                missing_years[(subject, kind)] = ("缺" + "、".join(f"{y}年" for y in missing) + kind) if missing else ""
            if missing_years[(subject, kind)]:
                notes.append(missing_years[(subject, kind)])
        elif year < newest_by_kind[kind]:
            notes.append(f"未见{newest_by_kind[kind]}年{kind}，采用{year}年")
        for key, value in (("operating_costs", operating), ("sangong_total", sangong)):
            if flags[key][index]:
                why = notes_by_metric[key][index] or ""
                notes.append(f"{METRICS[key].label}：" + ("事业单位不适用" if "事业单位" in why else "不适用") + "（不是0）")
            elif value is None:
                notes.append(f"未披露{METRICS[key].label}")
        row_reasons = reasons[index]
        if row_reasons not in undisclosed:
            undisclosed[row_reasons] = [r for r in dict.fromkeys(row_reasons) if r and r.startswith("未披露")]
        for reason in undisclosed[row_reasons]:
            if reason not in notes:
                notes.append(reason)
        out.append("；".join(notes))
    return np.array(out, dtype=object)
